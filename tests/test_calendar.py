"""The event calendars (issue 6): an .ics per event and subscribable calendars of the upcoming
events per language and category that parse as RFC 5545, with stable UIDs, the Europe/Berlin
VTIMEZONE, a SEQUENCE that rises with every publication, STATUS:CANCELLED for a cancellation,
summaries in the calendar's language and the venue's address; and a query count that does
not grow with the events."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

import icalendar
import pytest
from bs4 import BeautifulSoup

from events.calendar import window_end
from events.factories import EventPageFactory, InterculturalWeekPageFactory, VenueFactory
from events.models import EventCategory, EventStatus
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def summer_start():
    """The first day from two weeks ahead that falls in June, July or August (summer time,
    +02:00), at 18:30: at most about ten months ahead, so it and the 50 days after it lie within
    the calendars' 12-month window (events.calendar.window_end)."""
    day = timezone.localdate() + datetime.timedelta(days=14)
    while day.month not in (6, 7, 8):
        day += datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(18, 30)))


START = summer_start()
UPCOMING = "/{lang}/feeds/veranstaltungen.ics"
CATEGORY = "/{lang}/feeds/veranstaltungen/{category}.ics"
# Queries of a warm calendar request, measured (5: language homes, view restrictions twice,
# event index, events with venues and their publication counts) plus the slack
# test_query_budget.py gives every page type.
CALENDAR_BUDGET = 5 + 3


def event_url(event, lang="de"):
    return f"/{lang}/feeds/veranstaltung/{event.pk}.ics"


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    for event in calendar.walk("VEVENT"):
        assert_complete(event, calendar)
    return response, calendar


def assert_complete(event, calendar):
    """What every client needs: UID, DTSTAMP and DTSTART in Europe/Berlin, whose VTIMEZONE
    the calendar carries."""
    for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "SEQUENCE", "STATUS"):
        assert name in event, name
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert event.decoded("DTSTAMP").utcoffset() == datetime.timedelta(0)
    assert "Europe/Berlin" in {tz["TZID"] for tz in calendar.walk("VTIMEZONE")}
    assert calendar.get_missing_tzids() == set()


def events_of(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def venue(db):
    return VenueFactory(
        name="Haus der Begegnung", street="Kornmarkt 5", postcode="55545", publish=True
    )


@pytest.fixture
def talk(event_index, venue):
    return EventPageFactory(
        parent=event_index,
        title="Gesprächsrunde im Quartier",
        slug="gespraechsrunde",
        start=START,
        end=START + datetime.timedelta(hours=2),
        venue=venue,
        location_note="Raum 2",
        teaser="Polizei und Beirat hören zu.",
        publish=True,
    )


@pytest.fixture
def traffic(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Fahrradkontrolle",
        start=START + datetime.timedelta(days=7),
        category=EventCategory.TRAFFIC_SAFETY,
        publish=True,
    )


def test_an_event_downloads_as_a_valid_ics_file(client, talk):
    response, calendar = parse(client, event_url(talk))
    assert response["Content-Disposition"] == 'attachment; filename="gespraechsrunde.ics"'
    assert calendar["VERSION"] == "2.0"
    assert "PRODID" in calendar
    (event,) = calendar.walk("VEVENT")
    assert event["SUMMARY"] == "Gesprächsrunde im Quartier"
    assert event.decoded("DTSTART") == START
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(hours=2)
    assert event.decoded("DTEND") == START + datetime.timedelta(hours=2)
    assert event["STATUS"] == "CONFIRMED"
    assert event["SEQUENCE"] == 0
    assert event["LOCATION"] == "Haus der Begegnung, Raum 2, Kornmarkt 5, 55545 Bad Kreuznach"
    assert event["URL"] == "http://localhost/de/veranstaltungen/gespraechsrunde/"
    assert "Polizei und Beirat hören zu." in event["DESCRIPTION"]
    talk.refresh_from_db()
    assert event.decoded("DTSTAMP") == talk.last_published_at.replace(microsecond=0)


def test_a_cancellation_yields_status_cancelled_with_a_higher_sequence(client, talk):
    _response, before = parse(client, event_url(talk))
    (scheduled,) = before.walk("VEVENT")

    talk.status = EventStatus.CANCELLED
    talk.status_note = "Wegen Krankheit abgesagt."
    talk.save_revision().publish()

    for url in (event_url(talk), UPCOMING.format(lang="de")):
        _response, after = parse(client, url)
        (cancelled,) = after.walk("VEVENT")
        assert cancelled["STATUS"] == "CANCELLED"
        assert cancelled["SEQUENCE"] > scheduled["SEQUENCE"]
        assert cancelled["UID"] == scheduled["UID"]
        assert cancelled["SUMMARY"] == "Abgesagt: Gesprächsrunde im Quartier"
        assert "Wegen Krankheit abgesagt." in cancelled["DESCRIPTION"]
        assert cancelled.decoded("DTSTAMP") >= scheduled.decoded("DTSTAMP")


def test_every_published_change_raises_the_sequence_and_keeps_the_uid(client, talk):
    sequences, uids = [], set()
    for title in ["Gesprächsrunde am Kornmarkt", "Gesprächsrunde (neuer Ort)"]:
        talk.title = title
        talk.slug = "neu"
        talk.save_revision().publish()
        (event,) = parse(client, event_url(talk))[1].walk("VEVENT")
        sequences.append(event["SEQUENCE"])
        uids.add(str(event["UID"]))
    talk.title = "Nur ein Entwurf"
    talk.save_revision()  # saved, not published: the calendar does not change
    (event,) = parse(client, event_url(talk))[1].walk("VEVENT")
    assert sequences == [1, 2]
    assert event["SEQUENCE"] == 2
    assert event["SUMMARY"] == "Gesprächsrunde (neuer Ort)"
    assert uids == {str(event["UID"])}


def test_a_postponed_event_is_tentative(client, talk):
    talk.status = EventStatus.POSTPONED
    talk.save_revision().publish()
    (event,) = parse(client, event_url(talk))[1].walk("VEVENT")
    assert event["STATUS"] == "TENTATIVE"
    assert event["SUMMARY"] == "Verschoben: Gesprächsrunde im Quartier"


def test_the_upcoming_calendar_lists_the_languages_upcoming_events(
    client, event_index, talk, traffic
):
    week = InterculturalWeekPageFactory(parent=event_index, publish=True)
    EventPageFactory(parent=week, title="Programmpunkt", start=START, publish=True)
    EventPageFactory(parent=event_index, title="Vorbei", start=START.replace(year=2020, day=1))
    EventPageFactory(parent=event_index, title="Entwurf", start=START, live=False)
    response, calendar = parse(client, UPCOMING.format(lang="de"))
    assert response["Content-Disposition"].startswith("inline")
    assert set(events_of(calendar)) == {
        "Gesprächsrunde im Quartier",
        "Fahrradkontrolle",
        "Programmpunkt",
    }
    assert calendar["X-WR-CALNAME"].startswith("Veranstaltungen – ")
    assert calendar["X-WR-TIMEZONE"] == "Europe/Berlin"
    assert "REFRESH-INTERVAL" in calendar


def test_a_category_calendar_lists_only_that_category(client, talk, traffic):
    _response, calendar = parse(client, CATEGORY.format(lang="de", category="traffic_safety"))
    assert set(events_of(calendar)) == {"Fahrradkontrolle"}
    assert "Verkehrssicherheit" in calendar["X-WR-CALNAME"]
    _response, calendar = parse(client, CATEGORY.format(lang="de", category="recruitment"))
    assert events_of(calendar) == {}


@pytest.mark.parametrize(
    "url",
    [
        CATEGORY.format(lang="de", category="unbekannt"),
        CATEGORY.format(lang="de", category="%3Cscript%3E"),
        "/de/feeds/veranstaltung/999999.ics",
        "/de/feeds/veranstaltung/99999999999999999999999.ics",  # beyond any database integer
        "/de/feeds/veranstaltung/abc.ics",
        UPCOMING.format(lang="ar"),  # Arabic is not switched on
    ],
)
def test_bad_addresses_answer_404(client, talk, url):
    assert client.get(url).status_code == 404


def test_unknown_query_parameters_are_ignored(client, talk):
    response = client.get(UPCOMING.format(lang="de"), {"category": "x", "month": "<script>"})
    assert response.status_code == 200


def test_drafts_and_other_languages_events_have_no_ics(client, talk, event_index, arabic_home):
    draft = EventPageFactory(parent=event_index, title="Entwurf", start=START, live=False)
    assert client.get(event_url(draft)).status_code == 404
    # The German event under the Arabic prefix: the routing guard's rule holds here too.
    assert client.get(event_url(talk, "ar")).status_code == 404


def test_each_language_has_its_own_calendar_in_its_own_words(
    client, event_index, talk, traffic, arabic_home
):
    translate(event_index, "ar", title="الفعاليات", slug="faaliyat")
    arabic_talk = translate(talk, "ar", title="حلقة نقاش في الحي", slug="halqa")
    translate(traffic, "ar", title="فحص الدراجات", publish=False)  # a draft: not listed
    aliased = EventPageFactory(parent=event_index, title="Nur Deutsch", start=START, publish=True)
    aliased.copy_for_translation(arabic_talk.locale, alias=True)  # an alias: never listed

    _response, arabic = parse(client, UPCOMING.format(lang="ar"))
    _response, german = parse(client, UPCOMING.format(lang="de"))
    assert set(events_of(arabic)) == {"حلقة نقاش في الحي"}
    event = events_of(arabic)["حلقة نقاش في الحي"]
    assert event["URL"] == "http://localhost/ar/faaliyat/halqa/"
    with translation.override("ar"):
        assert [str(c) for c in event["CATEGORIES"].cats] == [str(EventCategory.TALK_ROUND.label)]
    assert "Kornmarkt 5, 55545 Bad Kreuznach" in event["LOCATION"]
    # Stable per event and language: the Arabic entry is not the German one.
    german_uid = str(events_of(german)["Gesprächsrunde im Quartier"]["UID"])
    assert str(event["UID"]) != german_uid
    (single,) = parse(client, event_url(arabic_talk, "ar"))[1].walk("VEVENT")
    assert str(single["UID"]) == str(event["UID"])


def test_the_event_page_offers_its_ics_and_the_index_the_subscription(client, talk, traffic):
    soup = BeautifulSoup(client.get(talk.url).content, "html.parser")
    link = soup.find("main").find("a", href=event_url(talk))
    assert link.get_text(strip=True) == "Zum Kalender hinzufügen"
    parse(client, link["href"])

    soup = BeautifulSoup(
        client.get("/de/veranstaltungen/", {"category": "traffic_safety"}).content,
        "html.parser",
    )
    head_link = soup.find("link", rel="alternate", type="text/calendar")
    assert head_link["href"] == UPCOMING.format(lang="de")
    main = soup.find("main")
    assert main.find("a", href=UPCOMING.format(lang="de"))
    category_link = main.find("a", href=CATEGORY.format(lang="de", category="traffic_safety"))
    assert category_link is not None
    assert set(events_of(parse(client, category_link["href"])[1])) == {"Fahrradkontrolle"}


def test_a_past_event_offers_no_calendar_entry(client, event_index):
    past = EventPageFactory(parent=event_index, start=START.replace(year=2020, day=1), publish=True)
    soup = BeautifulSoup(client.get(past.url).content, "html.parser")
    assert soup.find("main").find("a", href=event_url(past)) is None


# --- Query budget ------------------------------------------------------------------------------


def warm_queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response


@pytest.mark.parametrize("url", [UPCOMING, CATEGORY])
def test_calendar_queries_do_not_grow_with_the_events(client, event_index, url):
    def grow(n, start):
        for i in range(start, n):
            EventPageFactory(
                parent=event_index,
                title=f"Termin {i}",
                start=START + datetime.timedelta(days=i),
                venue=VenueFactory(publish=True),
                status=EventStatus.CANCELLED if i % 4 == 0 else EventStatus.SCHEDULED,
                publish=i % 2 == 0,
            )

    url = url.format(lang="de", category=EventCategory.TALK_ROUND)
    grow(5, 0)
    small, response = warm_queries(client, url)
    assert len(icalendar.Calendar.from_ical(response.content).walk("VEVENT")) == 5
    grow(50, 5)
    large, response = warm_queries(client, url)
    assert len(icalendar.Calendar.from_ical(response.content).walk("VEVENT")) == 50
    assert small == large
    assert large <= CALENDAR_BUDGET, large


def test_the_calendars_hold_the_next_twelve_months_only(client, event_index):
    """A subscription carries the coming year (README "Feeds, calendars, sitemap"): an event in
    eleven months is in it, on the last day of the window too, one in thirteen months is not
    yet, in the category calendar alike; its own .ics download still works."""
    today = timezone.localdate()
    end = window_end(today)
    at = datetime.time(10, 0)

    def event(title, day):
        return EventPageFactory(
            parent=event_index,
            title=title,
            start=timezone.make_aware(datetime.datetime.combine(day, at)),
            category=EventCategory.TALK_ROUND,
            publish=True,
        )

    event("In elf Monaten", today + datetime.timedelta(days=335))
    event("Letzter Tag", end.date() - datetime.timedelta(days=1))
    later = event("In dreizehn Monaten", today + datetime.timedelta(days=396))
    for url in (UPCOMING.format(lang="de"), CATEGORY.format(lang="de", category="talk_round")):
        _response, calendar = parse(client, url)
        assert set(events_of(calendar)) == {"In elf Monaten", "Letzter Tag"}, url
    _response, calendar = parse(client, event_url(later))
    assert set(events_of(calendar)) == {"In dreizehn Monaten"}


@pytest.mark.parametrize(
    ("today", "last_day"),
    [
        (datetime.date(2027, 3, 15), datetime.date(2028, 3, 15)),
        (datetime.date(2028, 2, 29), datetime.date(2029, 2, 28)),
        (datetime.date(2027, 12, 31), datetime.date(2028, 12, 31)),
    ],
)
def test_the_window_ends_after_the_same_day_a_year_later(today, last_day):
    end = window_end(today)
    assert end.date() == last_day + datetime.timedelta(days=1)
    assert (end.hour, end.minute, str(end.tzinfo)) == (0, 0, "Europe/Berlin")


def test_the_event_index_offers_a_webcal_subscription_beside_the_download(client, event_index):
    # On a phone a tap on an https: link downloads a one-off copy; webcal: subscribes.
    EventPageFactory(parent=event_index, title="Gesprächsrunde", start=START)
    for params, path in [
        ({}, UPCOMING.format(lang="de")),
        ({"category": "talk_round"}, CATEGORY.format(lang="de", category="talk_round")),
    ]:
        soup = BeautifulSoup(client.get(event_index.url, params).content, "html.parser")
        box = soup.select_one("main .site-subscribe")
        hrefs = [a["href"] for a in box.select("a")]
        assert f"webcal://localhost{path}" in hrefs, params
        assert path in hrefs, params  # the download stays
        assert box.select_one(f'a[href="{path}"]')["type"] == "text/calendar"
