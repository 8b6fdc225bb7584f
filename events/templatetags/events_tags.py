"""Event teasers for other pages (the home page composes them without importing events)."""

from django import template

from events.models import EventIndexPage
from home.templatetags.home_tags import active_locale

register = template.Library()


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def upcoming_events(context, count=3):
    """The next live events of the active language."""
    index = EventIndexPage.objects.live().filter(locale=active_locale(context)).first()
    events = list(index.upcoming()[:count]) if index is not None else []
    return {"request": context.get("request"), "index": index, "events": events}
