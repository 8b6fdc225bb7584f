"""States that tell the truth (issue 15, item 5): a cancelled or postponed event never "has
already taken place"; a translated Interkulturelle Woche whose programme is not translated yet
says that the programme exists in German and links it, instead of "will be published soon";
a past edition says it is over."""

import datetime

from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from bs4 import BeautifulSoup

from events.factories import EventPageFactory, InterculturalWeekPageFactory
from events.models import EventStatus
from tests.conftest import translate

pytestmark = pytest.mark.django_db

PAST = timezone.now() - datetime.timedelta(days=30)
NEXT_YEAR = timezone.localdate().year + 1


def ui(msgid, code="de", **values):
    with translation.override(code):
        return gettext(msgid) % values if values else gettext(msgid)


def page_text(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    soup = BeautifulSoup(response.content, "html.parser")
    return soup, soup.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("status", "note"),
    [
        (EventStatus.CANCELLED, "This event is cancelled."),
        (EventStatus.POSTPONED, "This event is postponed."),
    ],
)
def test_a_past_cancelled_or_postponed_event_did_not_take_place(client, event_index, status, note):
    event = EventPageFactory(parent=event_index, start=PAST, status=status)
    _soup, text = page_text(client, event)
    assert ui(note) in text
    assert ui("This event has already taken place.") not in text


def test_a_past_scheduled_event_has_taken_place(client, event_index):
    event = EventPageFactory(parent=event_index, start=PAST)
    _soup, text = page_text(client, event)
    assert ui("This event has already taken place.") in text


@pytest.fixture
def english_week(home_page, event_index):
    """A past German week with two programme items; its English page, none of its events."""
    translate(home_page, "en", title="Police and Council")
    week = InterculturalWeekPageFactory(
        parent=event_index,
        start_date=datetime.date(2025, 9, 21),
        end_date=datetime.date(2025, 9, 28),
    )
    for day in (21, 22):
        EventPageFactory(
            parent=week, start=timezone.make_aware(datetime.datetime(2025, 9, day, 18))
        )
    translate(event_index, "en", title="Events", slug="events")
    english = translate(week, "en", title="Intercultural Week 2025", slug="week-2025")
    return week, english


def test_an_untranslated_programme_says_it_exists_in_german_and_links_it(client, english_week):
    week, english = english_week
    soup, text = page_text(client, english)

    assert "The programme exists only in German so far." in text
    assert "The programme will be published soon." not in text
    (link,) = soup.select(".site-german-only a")
    assert (link["href"], link["hreflang"]) == (week.url, "de")
    german_title = link.find(lang="de")
    assert german_title.get_text(strip=True) == week.title and german_title["dir"] == "ltr"


def test_a_partly_translated_programme_points_to_the_rest(client, english_week):
    week, english = english_week
    first = week.get_children().specific().first()
    translate(first, "en", title="Opening", slug="opening")
    soup, text = page_text(client, english)
    assert "Opening" in text
    assert "Further programme items exist only in German so far." in text
    assert soup.select_one(".site-german-only a")["href"] == week.url


def test_a_fully_translated_programme_needs_no_note(client, english_week):
    week, english = english_week
    for number, event in enumerate(week.get_children().specific()):
        translate(event, "en", title=f"Item {number}", slug=f"item-{number}")
    soup, _text = page_text(client, english)
    assert soup.select(".site-german-only") == []


def test_the_german_week_has_no_note(client, english_week):
    week, _english = english_week
    soup, _text = page_text(client, week)
    assert soup.select(".site-german-only") == []


def test_a_past_edition_says_it_is_over_and_a_coming_one_does_not(client, event_index):
    past = InterculturalWeekPageFactory(
        parent=event_index,
        start_date=datetime.date(2025, 9, 21),
        end_date=datetime.date(2025, 9, 28),
    )
    coming = InterculturalWeekPageFactory(
        parent=event_index,
        start_date=datetime.date(NEXT_YEAR, 9, 20),
        end_date=datetime.date(NEXT_YEAR, 9, 27),
    )
    _soup, text = page_text(client, past)
    assert ui("The Intercultural Week %(year)s is over.", year=2025) in text
    assert ui("The programme will be published soon.") not in text  # it never was
    assert ui("No programme was published for this week.") in text
    _soup, text = page_text(client, coming)
    assert ui("The Intercultural Week %(year)s is over.", year=NEXT_YEAR) not in text
    assert ui("The programme will be published soon.") in text
