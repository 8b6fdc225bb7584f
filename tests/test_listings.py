"""The listings a visitor filters: news by category, issuer and year; events upcoming or past,
by category and month; the programme of the Interkulturelle Woche by day; the material library
by topic, target group and language. Nonsense in the query string is ignored, never a 500."""

import datetime
from zoneinfo import ZoneInfo

from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

import pytest
from bs4 import BeautifulSoup

from events.factories import EventPageFactory, InterculturalWeekPageFactory
from events.models import EventCategory, EventStatus
from images.factories import DocumentFactory
from news.factories import NewsPageFactory
from news.models import NewsCategory
from partners.factories import PartnerFactory
from prevention.factories import (
    PreventionMaterialFileFactory,
)

pytestmark = pytest.mark.django_db

BERLIN = ZoneInfo("Europe/Berlin")
UTC = datetime.UTC


def de(msgid):
    with translation.override("de"):
        return gettext(msgid)


def berlin(*args):
    return datetime.datetime(*args, tzinfo=BERLIN)


def get(client, url, params=None):
    response = client.get(url, params or {})
    assert response.status_code == 200, (url, params)
    return BeautifulSoup(response.content, "html.parser")


def card_titles(soup):
    """The titles of the cards in the listing, in order (news and events)."""
    return [a.get_text(strip=True) for a in soup.select("main .site-card-list .kern-title a")]


def material_titles(soup):
    return [h.get_text(strip=True) for h in soup.select("main .site-material .kern-title")]


def selected(soup):
    """The filter values the form shows back as chosen (none when unfiltered)."""
    chosen = {
        select["name"]: option["value"]
        for select in soup.select("main form.site-filters select")
        for option in select.find_all("option", selected=True)
    }
    month = soup.select_one("main form.site-filters input[name=month]")
    if month is not None and month.get("value"):
        chosen["month"] = month["value"]
    return chosen


def status_line(soup):
    return " ".join(soup.select_one("main [role=status]").get_text().split())


# --- News ---------------------------------------------------------------------------------


@pytest.fixture
def news(news_index, partners):
    police, council = partners

    def item(title, category, issuer, date):
        return NewsPageFactory(
            parent=news_index, title=title, category=category, issuer=issuer, date=date
        )

    return {
        "joint": item("Gemeinsam", NewsCategory.JOINT_STATEMENT, None, datetime.date(2026, 3, 1)),
        "police_2026": item(
            "Polizei 2026", NewsCategory.PRESS_RELEASE, police, datetime.date(2026, 5, 1)
        ),
        "council_2025": item(
            "Beirat 2025", NewsCategory.PRESS_RELEASE, council, datetime.date(2025, 6, 1)
        ),
        "police_tip_2025": item(
            "Tipp 2025", NewsCategory.PREVENTION_TIP, police, datetime.date(2025, 2, 1)
        ),
    }


def test_news_index_lists_everything_newest_first(client, news_index, news):
    soup = get(client, news_index.url)
    assert card_titles(soup) == ["Polizei 2026", "Gemeinsam", "Beirat 2025", "Tipp 2025"]
    assert selected(soup) == {}
    with translation.override("de"):
        expected = ngettext("%(counter)s news item", "%(counter)s news items", 4) % {"counter": 4}
    assert status_line(soup) == expected
    years = [o["value"] for o in soup.select("select[name=year] option") if o["value"]]
    assert years == ["2026", "2025"]


def test_the_tabs_keep_the_filters_and_start_on_the_first_page(client, event_index, events):
    url = event_index.url
    soup = get(client, url, {"category": "talk_round", "month": "2031-04", "page": "2"})
    upcoming, past = (a["href"] for a in soup.select("main .site-tabs a"))
    assert upcoming == f"{url}?category=talk_round&month=2031-04"
    assert past == f"{url}?category=talk_round&month=2031-04&archive=1"
    upcoming, past = (a["href"] for a in get(client, url, {"archive": "1"}).select(".site-tabs a"))
    assert (upcoming.rstrip("?"), past) == (url, f"{url}?archive=1")  # no query is left


def test_the_links_encode_and_escape_what_the_visitor_typed(client, event_index, events):
    response = client.get(event_index.url, {"category": 'x"><b>&y=1'})
    html = response.content.decode()
    assert '"><b>' not in html
    assert f"{event_index.url}?category=x%22%3E%3Cb%3E%26y%3D1&amp;archive=1" in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "press_release"}, ["Polizei 2026", "Beirat 2025"]),
        ({"category": "prevention_tip"}, ["Tipp 2025"]),
        ({"issuer": "joint"}, ["Gemeinsam"]),
        ({"issuer": "{police}"}, ["Polizei 2026", "Tipp 2025"]),
        ({"issuer": "{council}"}, ["Beirat 2025"]),
        ({"year": "2025"}, ["Beirat 2025", "Tipp 2025"]),
        ({"category": "press_release", "issuer": "{police}"}, ["Polizei 2026"]),
        ({"category": "press_release", "year": "2025"}, ["Beirat 2025"]),
        ({"issuer": "{police}", "year": "2025"}, ["Tipp 2025"]),
        ({"issuer": "joint", "year": "2026", "category": "joint_statement"}, ["Gemeinsam"]),
        ({"issuer": "joint", "year": "2025"}, []),
    ],
)
def test_news_index_filters_by_category_issuer_and_year(
    client, news_index, news, partners, params, expected
):
    police, council = partners
    params = {k: v.format(police=police.pk, council=council.pk) for k, v in params.items()}

    soup = get(client, news_index.url, params)

    assert card_titles(soup) == expected
    assert selected(soup) == params
    if not expected:
        assert de("No news items match these filters.") in soup.find("main").get_text()


def test_news_of_an_unpublished_partner_cannot_be_chosen_as_issuer(client, news_index, news):
    hidden = PartnerFactory(name="Entwurf", live=False)
    soup = get(client, news_index.url, {"issuer": hidden.pk})
    assert len(card_titles(soup)) == 4  # the unknown issuer is ignored
    issuers = [o["value"] for o in soup.select("select[name=issuer] option")]
    assert str(hidden.pk) not in issuers


def test_news_index_paginates_at_ten(client, news_index):
    first = datetime.date(2026, 1, 1)
    for day in range(23):
        NewsPageFactory(
            parent=news_index,
            title=f"Meldung {day:02d}",
            date=first + datetime.timedelta(days=day),
            category=NewsCategory.REPORT if day % 2 else NewsCategory.PRESS_RELEASE,
        )
    newest_first = [f"Meldung {day:02d}" for day in reversed(range(23))]

    pages = [card_titles(get(client, news_index.url, {"page": n})) for n in (1, 2, 3)]

    assert pages == [newest_first[:10], newest_first[10:20], newest_first[20:]]
    soup = get(client, news_index.url, {"page": 2})
    nav = soup.select_one("main .site-pagination")
    assert nav.select_one("a[rel=prev]")["href"] == "?page=1"
    assert nav.select_one("a[rel=next]")["href"] == "?page=3"
    # The page links keep the filters: 11 reports make two pages.
    soup = get(client, news_index.url, {"category": "report"})
    assert len(card_titles(soup)) == 10
    assert soup.select_one("main a[rel=next]")["href"] == "?category=report&page=2"
    reports = card_titles(get(client, news_index.url, {"category": "report", "page": 2}))
    assert reports == ["Meldung 01"]


def test_a_short_news_listing_has_no_pagination(client, news_index, news):
    soup = get(client, news_index.url)
    assert soup.select_one("main .site-pagination") is None


# --- Events -------------------------------------------------------------------------------

FUTURE = berlin(2031, 4, 15, 18, 0)
PAST = berlin(2024, 5, 10, 18, 0)


def event(parent, title, start, **kwargs):
    kwargs.setdefault("end", start + datetime.timedelta(hours=2))
    return EventPageFactory(parent=parent, title=title, start=start, **kwargs)


@pytest.fixture
def events(event_index):
    return [
        event(event_index, "Gesprächsrunde", FUTURE, category=EventCategory.TALK_ROUND),
        event(
            event_index,
            "Präventionsabend",
            FUTURE + datetime.timedelta(days=1),
            category=EventCategory.PREVENTION,
        ),
        event(event_index, "Beiratssitzung", PAST, category=EventCategory.COUNCIL_MEETING),
        event(
            event_index,
            "Alter Präventionsabend",
            PAST - datetime.timedelta(days=30),
            category=EventCategory.PREVENTION,
        ),
    ]


def test_event_index_shows_upcoming_events_soonest_first(client, event_index, events):
    running = event(
        event_index,
        "Läuft gerade",
        timezone.now() - datetime.timedelta(hours=1),
        end=timezone.now() + datetime.timedelta(hours=1),
    )
    soup = get(client, event_index.url)
    assert card_titles(soup) == [running.title, "Gesprächsrunde", "Präventionsabend"]
    tabs = soup.select("main .site-tabs a")
    assert [a.get("aria-current") for a in tabs] == ["page", None]


def test_event_archive_shows_past_events_newest_first(client, event_index, events):
    soup = get(client, event_index.url, {"archive": "1"})
    assert card_titles(soup) == ["Beiratssitzung", "Alter Präventionsabend"]
    tabs = soup.select("main .site-tabs a")
    assert [a.get("aria-current") for a in tabs] == [None, "page"]
    # The filter form stays in the archive.
    assert soup.select_one("form.site-filters input[name=archive]")["value"] == "1"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"category": "prevention"}, ["Präventionsabend"]),
        ({"category": "prevention", "archive": "1"}, ["Alter Präventionsabend"]),
        ({"category": "talk_round"}, ["Gesprächsrunde"]),
        ({"category": "recruitment"}, []),
        ({"month": "2031-04"}, ["Gesprächsrunde", "Präventionsabend"]),
        ({"month": "2031-05"}, []),
        ({"month": "2024-05", "archive": "1"}, ["Beiratssitzung"]),
        ({"month": "2024-04", "archive": "1"}, ["Alter Präventionsabend"]),
        ({"month": "2031-04", "category": "talk_round"}, ["Gesprächsrunde"]),
        ({"month": "2024-05", "category": "prevention", "archive": "1"}, []),
    ],
)
def test_event_index_filters_by_category_and_month(client, event_index, events, params, expected):
    soup = get(client, event_index.url, params)
    assert card_titles(soup) == expected
    shown = {k: v for k, v in params.items() if k != "archive"}
    assert selected(soup) == shown
    if not expected:
        assert de("No events match these filters.") in soup.find("main").get_text()


def test_the_month_is_counted_in_berlin_time(client, event_index):
    # 22:30 UTC on 31 March is 00:30 on 1 April in Berlin (summer time since 30 March 2031).
    night = datetime.datetime(2031, 3, 31, 22, 30, tzinfo=UTC)
    event(event_index, "Nachtwanderung", night)
    # 23:30 UTC on 30 April is 01:30 on 1 May in Berlin.
    event(event_index, "Maifeier", datetime.datetime(2031, 4, 30, 23, 30, tzinfo=UTC))

    assert card_titles(get(client, event_index.url, {"month": "2031-03"})) == []
    assert card_titles(get(client, event_index.url, {"month": "2031-04"})) == ["Nachtwanderung"]
    assert card_titles(get(client, event_index.url, {"month": "2031-05"})) == ["Maifeier"]


def test_event_index_paginates(client, event_index):
    for number in range(25):
        event(event_index, f"Termin {number:02d}", FUTURE + datetime.timedelta(days=number))

    first = card_titles(get(client, event_index.url))
    second = card_titles(get(client, event_index.url, {"page": 2}))

    assert first == [f"Termin {n:02d}" for n in range(20)]
    assert second == [f"Termin {n:02d}" for n in range(20, 25)]
    soup = get(client, event_index.url, {"page": 2, "category": "talk_round"})
    assert card_titles(soup) == second
    assert soup.select_one("main a[rel=prev]")["href"] == "?page=1&category=talk_round"


def test_a_cancelled_event_says_so_on_its_page_and_in_listings(client, event_index):
    cancelled = event(
        event_index,
        "Abgesagter Abend",
        FUTURE,
        status=EventStatus.CANCELLED,
        status_note="Wegen Krankheit",
    )
    scheduled = event(event_index, "Findet statt", FUTURE)

    soup = get(client, cancelled.url)
    status = soup.select_one("main .site-status")
    assert de("This event is cancelled.") in status.get_text()
    assert "Wegen Krankheit" in status.get_text()

    soup = get(client, event_index.url)
    cards = {card.find("a").get_text(strip=True): card for card in soup.select("main .site-card")}
    assert cards["Abgesagter Abend"].select_one(".kern-badge").get_text(strip=True) == de(
        "Cancelled"
    )
    assert "site-card--cancelled" in cards["Abgesagter Abend"]["class"]
    assert cards["Findet statt"].select_one(".kern-badge") is None
    # A scheduled event has no status box on its page.
    assert get(client, scheduled.url).select_one(".site-status") is None


# --- The Interkulturelle Woche ------------------------------------------------------------


def test_the_week_groups_its_programme_by_berlin_day(client, event_index):
    week = InterculturalWeekPageFactory(
        parent=event_index,
        start_date=datetime.date(2026, 9, 20),
        end_date=datetime.date(2026, 9, 27),
    )
    event(week, "Fest der Kulturen", berlin(2026, 9, 22, 18, 0))
    # 22:30 UTC on 21 September is 00:30 on 22 September in Berlin (summer time).
    event(week, "Nachtcafé", datetime.datetime(2026, 9, 21, 22, 30, tzinfo=UTC))
    event(week, "Eröffnung", berlin(2026, 9, 20, 16, 0))
    event(week, "Entwurf", berlin(2026, 9, 23, 16, 0), live=False)

    soup = get(client, week.url)

    days = [
        (
            section.find("h3").get_text(strip=True),
            card_titles(section),
        )
        for section in soup.select("main section.site-day")
    ]
    assert days == [
        ("Sonntag, 20. September 2026", ["Eröffnung"]),
        ("Dienstag, 22. September 2026", ["Nachtcafé", "Fest der Kulturen"]),
    ]


def test_a_week_without_programme_says_so(client, event_index):
    """A coming week says its programme follows; a past one that had none says so."""
    today = timezone.localdate()
    coming = InterculturalWeekPageFactory(
        parent=event_index,
        title="Kommende Woche",
        slug="kommende-woche",
        start_date=today + datetime.timedelta(days=30),
        end_date=today + datetime.timedelta(days=37),
    )
    soup = get(client, coming.url)
    assert soup.select("main section.site-day") == []
    assert de("The programme will be published soon.") in soup.find("main").get_text()
    past = InterculturalWeekPageFactory(
        parent=event_index,
        title="Vergangene Woche",
        slug="vergangene-woche",
        start_date=today - datetime.timedelta(days=60),
        end_date=today - datetime.timedelta(days=53),
    )
    text = get(client, past.url).find("main").get_text()
    assert de("The programme will be published soon.") not in text
    assert de("No programme was published for this week.") in text


def add_file(material, language):
    """A file of the material in one language; a tiny PDF stub keeps the tests fast."""
    document = DocumentFactory(
        title=f"{material.title} ({language})",
        file=ContentFile(b"%PDF-1.4\n%%EOF\n", name=f"{language}.pdf"),
    )
    return PreventionMaterialFileFactory(material=material, language=language, document=document)


@pytest.mark.parametrize("page", ["-1", "abc", "99999"])
def test_search_pages_out_of_range_show_a_page_of_results(client, home_page, news_index, page):
    NewsPageFactory(parent=news_index, title="Fahrradcodierung")
    response = client.get("/de/suche/", {"q": "Fahrradcodierung", "page": page})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert [a.get_text(strip=True) for a in soup.select("main .site-results h2 a")] == [
        "Fahrradcodierung"
    ]
