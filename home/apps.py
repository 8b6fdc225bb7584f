from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from home import caching, purge  # need the models, so not at import time

        caching.connect()
        purge.connect()
