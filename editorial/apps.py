from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Joint approval")

    def ready(self):
        from . import localize, media, signals

        signals.connect()
        localize.install()
        media.install()
