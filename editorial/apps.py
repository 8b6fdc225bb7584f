from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Joint approval")

    def ready(self):
        from editorial import admin_texts
        from editorial.approval import signals
        from editorial.files import guard
        from editorial.translations import localize

        signals.connect()
        localize.install()
        guard.install()
        admin_texts.install()
