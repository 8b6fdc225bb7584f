"""Living translations (issue 9): a translated event shows the facts of its German source at
once (page, listing, calendar, JSON-LD) with the same number of queries for 5 and 50 events,
and a translation whose German source changed after it was made says it may be out of date
until the synced translation is published."""

import datetime
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail_localize.models import TranslationSource

import icalendar
import pytest
from bs4 import BeautifulSoup

from events.calendar import sequence
from events.factories import EventPageFactory, VenueFactory
from events.facts import source_facts, with_source_facts
from events.models import EventPage, EventStatus, Registration
from home.freshness import basis
from tests.conftest import translate
from tests.test_calendar import summer_start

pytestmark = pytest.mark.django_db

# Within the subscribable calendars' 12-month window (events.calendar.window_end).
START = summer_start()
NOTE = "site-out-of-date"


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def json_ld_event(soup):
    for block in soup.find("head").find_all("script", type="application/ld+json"):
        data = json.loads(block.string)
        for node in data.get("@graph", [data]):
            if node.get("@type") == "Event":
                return node
    raise AssertionError("no Event in the JSON-LD")


def publish(page, **fields):
    """What an editor's approved German change amounts to: a new published revision."""
    page = page.specific.get_latest_revision_as_object()
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return EventPage.objects.get(pk=page.pk) if isinstance(page, EventPage) else page


@pytest.fixture
def arabic_index(event_index, arabic_home):
    return translate(event_index, "ar", title="الفعاليات", slug="faaliyat")


@pytest.fixture
def talk(event_index):
    return EventPageFactory(
        parent=event_index,
        title="Gesprächsrunde im Quartier",
        slug="gespraechsrunde",
        start=START,
        end=START + datetime.timedelta(hours=2),
        venue=VenueFactory(name="Haus der Begegnung", publish=True),
        teaser="Polizei und Beirat hören zu.",
        publish=True,
    )


@pytest.fixture
def arabic_talk(talk, arabic_index):
    return translate(talk, "ar", title="حلقة نقاش في الحي", slug="halqa", teaser="نستمع إليكم.")


# --- Facts from the source -------------------------------------------------------------------


def test_a_german_cancellation_shows_at_once_on_the_arabic_page_feed_and_json_ld(
    client, talk, arabic_talk
):
    calendar_url = "/ar/feeds/veranstaltungen.ics"
    before = icalendar.Calendar.from_ical(client.get(calendar_url).content).walk("VEVENT")[0]
    assert str(before["STATUS"]) == "CONFIRMED"

    publish(talk, status=EventStatus.CANCELLED)  # in German only; the translation is untouched

    soup = soup_of(client, arabic_talk.url)
    status = soup.find(class_="site-status")
    assert status is not None and "kern-alert--danger" in status["class"]
    assert "أُلغيت" in status.get_text() or "ملغ" in status.get_text()  # Arabic: cancelled
    assert soup.find("h1").get_text(strip=True) == "حلقة نقاش في الحي"  # prose stays Arabic
    assert json_ld_event(soup)["eventStatus"] == "https://schema.org/EventCancelled"

    (event,) = icalendar.Calendar.from_ical(client.get(calendar_url).content).walk("VEVENT")
    assert str(event["STATUS"]) == "CANCELLED"
    assert event["SEQUENCE"] > before["SEQUENCE"]  # calendar clients replace their copy
    assert str(event["UID"]) == str(before["UID"])
    (single,) = icalendar.Calendar.from_ical(
        client.get(f"/ar/feeds/veranstaltung/{arabic_talk.pk}.ics").content
    ).walk("VEVENT")
    assert str(single["STATUS"]) == "CANCELLED"

    listing = soup_of(client, "/ar/faaliyat/")
    assert listing.find("main").find(class_="kern-badge--danger") is not None


def test_time_venue_and_registration_come_from_the_source(client, talk, arabic_talk):
    moved = START + datetime.timedelta(days=1, hours=1)
    elsewhere = VenueFactory(name="Rathaus", street="Hochstraße 48", publish=True)
    publish(
        talk,
        start=moved,
        end=None,
        venue=elsewhere,
        registration=Registration.EMAIL,
        registration_email="anmeldung@example.org",
    )
    stale = EventPage.objects.get(pk=arabic_talk.pk)
    assert stale.start == START  # the row of the translation still holds the old facts

    with translation.override("ar"):  # as on the Arabic page, whatever an earlier test left
        (shown,) = with_source_facts([stale])
    assert shown.facts.pk == talk.pk
    assert (shown.start, shown.end, shown.venue.name) == (moved, None, "Rathaus")
    assert shown.title == "حلقة نقاش في الحي" and shown.teaser == "نستمع إليكم."

    html = client.get(arabic_talk.url).content.decode()
    assert moved.isoformat()[:16] in html or timezone.localtime(moved).isoformat()[:16] in html
    assert "Hochstraße 48" in html and "anmeldung@example.org" in html


def test_a_german_event_is_its_own_source_and_costs_no_query(talk, django_assert_num_queries):
    with translation.override("de"), django_assert_num_queries(0):
        assert source_facts([talk]) == {}
        assert with_source_facts([talk])[0].facts is talk


def test_the_calendar_sequence_counts_the_sources_publications(talk, arabic_talk):
    with translation.override("ar"):
        (shown,) = with_source_facts([EventPage.objects.get(pk=arabic_talk.pk)])
    shown.publish_count = 1
    first = sequence(shown)
    shown.facts.publish_count += 1
    assert sequence(shown) == first + 1


def warm_count(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries.captured_queries)


def test_the_arabic_index_and_calendar_keep_their_query_count(client, event_index, arabic_index):
    def grow(start, n):
        for i in range(start, n):
            german = EventPageFactory(
                parent=event_index,
                title=f"Termin {i}",
                start=START + datetime.timedelta(days=i),
                venue=VenueFactory(publish=True),
                publish=True,
            )
            translate(german, "ar", title=f"موعد {i}", slug=f"mawid-{i}")
            if i % 4 == 0:
                publish(german, status=EventStatus.CANCELLED)

    urls = ["/ar/faaliyat/", "/ar/feeds/veranstaltungen.ics"]
    grow(0, 5)
    small = [warm_count(client, url) for url in urls]
    grow(5, 50)
    large = [warm_count(client, url) for url in urls]
    assert small == large
    calendar = icalendar.Calendar.from_ical(client.get(urls[1]).content)
    statuses = [str(event["STATUS"]) for event in calendar.walk("VEVENT")]
    assert len(statuses) == 50 and statuses.count("CANCELLED") == 13


# --- Honest freshness -------------------------------------------------------------------------


def test_the_basis_is_the_earlier_of_snapshot_and_live_revision():
    t1, t2 = START, START + datetime.timedelta(hours=1)
    assert basis(t1, t2, None) == t1  # built from the current snapshot
    assert basis(t2, t1, None) == t1  # synced again after the live revision: not yet published
    assert basis(None, None, t2) == t2


def test_the_out_of_date_note_comes_with_a_german_publish_and_goes_with_the_synced_translation(
    client, talk, arabic_index
):
    # The translator starts from a snapshot of the live German page, then it is published.
    source, _created = TranslationSource.get_or_create_from_instance(talk)
    arabic_talk = translate(talk, "ar", title="حلقة نقاش في الحي", slug="halqa")
    assert soup_of(client, arabic_talk.url).find(class_=NOTE) is None

    publish(talk, title="Gesprächsrunde im Quartier (neuer Raum)")

    note = soup_of(client, arabic_talk.url).find(class_=NOTE)
    assert note is not None
    assert "قد تكون هذه الترجمة قديمة" in note.get_text()  # in the visitor's language
    link = note.find("a", hreflang="de")
    assert link["href"] == talk.url
    assert link.find(lang="de").get_text() == "Gesprächsrunde im Quartier (neuer Raum)"
    assert soup_of(client, talk.url).find(class_=NOTE) is None  # never on the German page

    source.refresh_from_db()
    source.update_from_db()  # the translator syncs: a new snapshot, a draft to approve
    assert soup_of(client, arabic_talk.url).find(class_=NOTE) is not None  # not live yet

    arabic_talk.refresh_from_db()
    arabic_talk.save_revision().publish()  # the synced translation is approved and published
    assert soup_of(client, arabic_talk.url).find(class_=NOTE) is None


def test_a_translation_without_a_snapshot_compares_with_its_live_revision(
    client, talk, arabic_talk
):
    assert soup_of(client, arabic_talk.url).find(class_=NOTE) is None
    publish(talk, teaser="Neu.")
    assert soup_of(client, arabic_talk.url).find(class_=NOTE) is not None
    arabic_talk.refresh_from_db()
    arabic_talk.save_revision().publish()
    assert soup_of(client, arabic_talk.url).find(class_=NOTE) is None


def test_the_arabic_listing_files_a_moved_event_by_its_german_date(client, talk, arabic_talk):
    last_year = START.replace(year=2020, day=1)
    publish(talk, start=last_year, end=last_year + datetime.timedelta(hours=2))

    upcoming = soup_of(client, "/ar/faaliyat/").find("main")
    assert upcoming.find("a", href=arabic_talk.url) is None
    archive = soup_of(client, "/ar/faaliyat/?archive=1").find("main")
    assert archive.find("a", href=arabic_talk.url) is not None
    calendar = icalendar.Calendar.from_ical(client.get("/ar/feeds/veranstaltungen.ics").content)
    assert calendar.walk("VEVENT") == []
