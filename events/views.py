"""Calendar downloads and subscriptions of the active language (events.calendar)."""

from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.conditional import unless_changed
from home.locales import active_home, require_language_on

from .calendar import CALENDAR_ITEMS, build_calendar, in_window, with_sequence
from .models import EventCategory, EventIndexPage, EventPage, InterculturalWeekPage, Venue

MAX_ID = 2**63 - 1  # the largest primary key of SQLite and PostgreSQL (bigint)


def _calendar_response(calendar, filename, attachment):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def _language_events(request):
    """The live, public events of the active language that are not aliases."""
    return with_sequence(
        EventPage.objects.live()
        .public()
        .filter(locale_id=active_home(request).locale_id, alias_of__isnull=True)
        .select_related("venue")
        .defer_streamfields()
    )


@require_language_on
def event_calendar(request, pk):
    """One event as an .ics download ("Add to calendar")."""
    if pk > MAX_ID:  # the database cannot even compare it
        raise Http404
    event = _language_events(request).filter(pk=pk).first()
    if event is None:
        raise Http404
    calendar = build_calendar([event], request, get_language())
    return _calendar_response(calendar, f"{event.slug}.ics", attachment=True)


@require_language_on
@unless_changed(EventPage, InterculturalWeekPage, EventIndexPage, Venue, daily=True)
def upcoming_calendar(request, category=None):
    """The upcoming events of the active language, or of one category, to subscribe to."""
    if category is not None and category not in EventCategory.values:
        raise Http404
    index = (
        EventIndexPage.objects.child_of(active_home(request))
        .live()
        .public()
        .filter(alias_of__isnull=True)
        .first()
    )
    if index is None:
        raise Http404
    events = with_sequence(
        in_window(index.upcoming().filter(alias_of__isnull=True).defer_streamfields())
    )
    name = index.title
    if category is not None:
        events = events.filter(fact_category=category)
        name = f"{name}: {EventCategory(category).label}"
    name = f"{name} – {_('Police and Migration Council Bad Kreuznach')}"
    calendar = build_calendar(events[:CALENDAR_ITEMS], request, get_language(), name=name)
    filename = f"{category or 'veranstaltungen'}.ics".replace("_", "-")
    return _calendar_response(calendar, filename, attachment=False)
