"""iCalendar (RFC 5545) export of events with the `icalendar` package: one event as a download
("Add to calendar") and subscribable calendars of the upcoming events of one language, also
per category. Community centres and visitors subscribe to these, so a change published on the
site has to reach their calendars: each publication raises SEQUENCE, a cancellation keeps
the event in the calendar with STATUS:CANCELLED, and UIDs never change."""

import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

import icalendar

from home.metadata import stable_uuid

from .facts import publish_count, with_source_facts
from .models import EventStatus

PRODID = "-//Polizei und Beirat Bad Kreuznach//Veranstaltungen//DE"
LOCAL_TIMEZONE = ZoneInfo(settings.TIME_ZONE)  # Europe/Berlin
# How often subscribed clients should fetch the calendar again (RFC 7986 REFRESH-INTERVAL).
REFRESH_INTERVAL = datetime.timedelta(hours=6)
# At most this many upcoming events in one calendar, and only those that start within the
# next CALENDAR_MONTHS months (README "Feeds, calendars, sitemap").
CALENDAR_ITEMS = 500
CALENDAR_MONTHS = 12

ICALENDAR_STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
    # Postponed: the event will happen, but not at the time shown.
    EventStatus.POSTPONED: "TENTATIVE",
}


def window_end(today=None):
    """The end of the subscribable calendars' window: the local midnight after the day
    CALENDAR_MONTHS months from today (29 February: the 28th). It moves at midnight only, like
    the calendars' Last-Modified (home.conditional, daily), so a 304 stays right all day."""
    today = today or timezone.localdate()
    months = today.month - 1 + CALENDAR_MONTHS
    year, month = today.year + months // 12, months % 12 + 1
    day = min(today.day, calendar_days(year, month))
    last = datetime.date(year, month, day)
    return datetime.datetime.combine(
        last + datetime.timedelta(days=1), datetime.time.min, tzinfo=LOCAL_TIMEZONE
    )


def calendar_days(year, month):
    """The number of days of a month."""
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return (following - datetime.timedelta(days=1)).day


def in_window(events, today=None):
    """The events (annotated with the facts, events.facts) that start before window_end()."""
    return events.filter(fact_start__lt=window_end(today))


def with_sequence(events):
    """Annotate events with `publish_count`, how often each has been published, in the same
    query."""
    return events.annotate(publish_count=publish_count())


def sequence(event):
    """The SEQUENCE of an event: 0 for its first published version and one more with every
    later publication (a cancellation, a new time, a corrected title), so calendar clients
    replace the version they hold. It never goes down: publications are never un-logged."""
    count = getattr(event, "publish_count", 0)
    source = getattr(event, "facts", event)
    if source is not event:
        # A translation shows the facts of its German source: a cancellation published in
        # German changes the translation's event too, so the source's publications count.
        count += getattr(source, "publish_count", 0)
    return max(count - 1, 0)


def last_published(event):
    """When the event as shown (its own text, its source's facts) was last published."""
    source = getattr(event, "facts", event)
    times = [t for t in (event.last_published_at, source.last_published_at) if t is not None]
    return max(times, default=None)


def summary(event):
    """The title in the calendar's language, marked "Cancelled:" or "Postponed:" for clients
    that do not show STATUS."""
    if event.status == EventStatus.SCHEDULED:
        return event.title
    return f"{event.get_status_display()}: {event.title}"


def location(event):
    """The venue's name, the room and the postal address, as one line (a venue the public may
    not see is left out)."""
    venue = event.public_venue
    parts = [venue.name if venue else "", event.location_note, venue.address if venue else ""]
    return ", ".join(part for part in parts if part)


def _utc(value):
    return value.astimezone(datetime.UTC)


def event_component(event, url, language):
    """One VEVENT. `url` is the event page's absolute URL; `language` the calendar's."""
    modified = last_published(event)
    published = modified or event.first_published_at or timezone.now()
    component = icalendar.Event()
    component.add("uid", str(stable_uuid(event, language, "event")))
    # In a calendar without METHOD, DTSTAMP is when the information was last revised (RFC 5545).
    component.add("dtstamp", _utc(published))
    if modified:
        component.add("last-modified", _utc(modified))
    if event.first_published_at:
        component.add("created", _utc(event.first_published_at))
    component.add("sequence", sequence(event))
    component.add("status", ICALENDAR_STATUS[event.status])
    component.add("summary", summary(event))
    component.add("dtstart", event.start.astimezone(LOCAL_TIMEZONE))
    if event.end:
        component.add("dtend", event.end.astimezone(LOCAL_TIMEZONE))
    where = location(event)
    if where:
        component.add("location", where)
    description = [event.teaser, event.status_note, url]
    component.add("description", "\n\n".join(part for part in description if part))
    component.add("url", url)
    component.add("categories", [str(event.get_category_display())])
    component.add("class", "PUBLIC")
    return component


def build_calendar(events, request, language, name=None):
    """A VCALENDAR of `events` (with_sequence() annotated; facts from their German sources),
    with the Europe/Berlin VTIMEZONE
    their times refer to. With a `name` it is a calendar to subscribe to (clients show the
    name and fetch it again); without, a file to import once."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    days = []
    for event in with_source_facts(events):
        calendar.add_component(event_component(event, event.get_full_url(request), language))
        days += [event.start.astimezone(LOCAL_TIMEZONE).date()]
        if event.end:
            days += [event.end.astimezone(LOCAL_TIMEZONE).date()]
    if days:
        # The rules of the years the events fall in (the default range is 1970-2038).
        calendar.add_missing_timezones(
            first_date=min(days) - datetime.timedelta(days=366),
            last_date=max(days) + datetime.timedelta(days=366),
        )
    return calendar
