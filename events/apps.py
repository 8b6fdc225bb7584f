from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from events.models import next_change  # needs the models, so not at import time
        from home.caching import register_next_change

        register_next_change(next_change)
