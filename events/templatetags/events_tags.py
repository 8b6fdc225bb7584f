"""Event teasers for other pages (the home page composes them without importing events)."""

from django import template
from django.urls import reverse

from events.facts import with_source_facts
from events.models import EventIndexPage
from home.metadata import absolute_url
from home.sections import section_index

register = template.Library()


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def upcoming_events(context, count=3):
    """The next live events of the active language, or of the German calendar (marked as
    German) while the language has no events section (home.sections)."""
    index, in_german = section_index(context, EventIndexPage)
    events = with_source_facts(index.upcoming()[:count]) if index is not None else []
    return {
        "request": context.get("request"),
        "index": index,
        "events": events,
        "in_german": in_german,
    }


@register.simple_tag
def with_facts(events):
    """The events (e.g. a topic's related events) with the facts of their German sources."""
    return with_source_facts(events)


@register.simple_tag(takes_context=True)
def webcal_url(context, name, **kwargs):
    """The subscription address (`webcal://`) of a calendar route: a tap on it lets a phone's
    calendar app subscribe, where the `https:` link downloads a one-off copy. Host and port
    are the Wagtail Site's, as in every absolute URL (home.metadata)."""
    url = absolute_url(context.get("request"), reverse(name, kwargs=kwargs))
    return "webcal://" + url.split("://", 1)[1]
