from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Site")

    def ready(self):
        from home import caching, invalidation, purge, restrictions  # need the models

        caching.connect()
        purge.connect()
        invalidation.connect()
        restrictions.install()
