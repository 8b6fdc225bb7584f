"""Nonsense and hostile query parameters on every listing and the search are ignored, never a
500: each listing still shows its one item. The listings are built once for the module."""

import pytest
from bs4 import BeautifulSoup

from events.factories import EventIndexPageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionTopicPageFactory,
)
from tests.conftest import build_home_page, each_test_gets
from tests.test_listings import FUTURE, add_file, card_titles, event, material_titles, selected

pytestmark = pytest.mark.django_db

# --- Nonsense and hostile parameters ------------------------------------------------------

# One item per listing; every bad parameter is ignored, so the listing shows that item.
UNICODE_DIGIT = "\N{SUPERSCRIPT TWO}"  # str.isdigit() is True, int() fails
BAD_PARAMS = [
    ("news_index", {"category": "xx"}),
    ("news_index", {"issuer": "99999999999999999999999"}),
    ("news_index", {"issuer": "-1"}),
    ("news_index", {"issuer": "<script>alert(1)</script>"}),
    ("news_index", {"year": "abcd"}),
    ("news_index", {"year": "99999"}),
    ("news_index", {"year": "-202"}),
    # Year 0 is no date at all; years 1 and 9999 reach past Python's dates in some time zone.
    ("news_index", {"year": "0000"}),
    ("news_index", {"year": "0001"}),
    ("news_index", {"year": "9999"}),
    ("news_index", {"page": "-1"}),
    ("news_index", {"page": "abc"}),
    ("news_index", {"page": "99999"}),
    ("news_index", {"page": "99999999999999999999999"}),
    ("news_index", {"page": "1e999"}),
    ("event_index", {"category": "xx"}),
    ("event_index", {"archive": "<script>"}),
    ("event_index", {"month": "2026-13"}),
    ("event_index", {"month": "2026-00"}),
    ("event_index", {"month": "<script>"}),
    ("event_index", {"month": "0000-01"}),
    ("event_index", {"month": "99999-01"}),
    ("event_index", {"month": "0001-01"}),
    ("event_index", {"month": "9999-12"}),
    ("event_index", {"month": "x" * 10000}),
    ("event_index", {"page": "-1"}),
    ("event_index", {"page": "abc"}),
    ("event_index", {"page": "99999"}),
    ("prevention_index", {"topic": "1'"}),
    ("prevention_index", {"topic": "1 OR 1=1"}),
    ("prevention_index", {"topic": "99999999999999999999999"}),
    ("prevention_index", {"group": "<script>"}),
    ("prevention_index", {"group": '"'}),
    ("prevention_index", {"language": "xx"}),
    ("prevention_index", {"language": "%"}),
    ("prevention_index", {"page": "-1"}),
    ("prevention_index", {"page": "abc"}),
    ("prevention_index", {"page": "99999"}),
    ("news_index", {"issuer": UNICODE_DIGIT}),
    ("news_index", {"year": UNICODE_DIGIT * 4}),
    ("prevention_index", {"topic": UNICODE_DIGIT}),
]


@pytest.fixture(scope="module")
def shared_one_of_each(module_db):
    """Built once for the module (tests.conftest.module_db): the listings are only read."""
    home_page = build_home_page()
    news_index = NewsIndexPageFactory(parent=home_page)
    event_index = EventIndexPageFactory(parent=home_page)
    prevention_index = PreventionIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news_index, title="Die Meldung")
    event(event_index, "Die Veranstaltung", FUTURE)
    topic = PreventionTopicPageFactory(parent=prevention_index, title="Das Thema")
    add_file(PreventionMaterialFactory(title="Das Material", topics=[topic], publish=True), "de")
    return {
        "news_index": (news_index, card_titles, "Die Meldung"),
        "event_index": (event_index, card_titles, "Die Veranstaltung"),
        "prevention_index": (prevention_index, material_titles, "Das Material"),
    }


@pytest.fixture
def one_of_each(db, shared_one_of_each):
    return each_test_gets(shared_one_of_each)


@pytest.mark.parametrize(
    ("index", "params"),
    BAD_PARAMS,
    ids=lambda value: (
        value if isinstance(value, str) else "&".join(f"{k}={v[:20]}" for k, v in value.items())
    ),
)
def test_nonsense_parameters_are_ignored(client, one_of_each, index, params):
    page, titles, only_item = one_of_each[index]
    response = client.get(page.url, params)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert titles(soup) == [only_item]
    assert selected(soup) == {}
    assert "<script>" not in str(soup.find("main"))


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10000,
        "<script>alert(1)</script>",
        "1' OR '1'='1",
        "%",
        "\u202e",
        # SQLite FTS5 rejects unbalanced quotes (wagtail/wagtail#13227); the view strips them.
        '"',
        '"Fahrrad',
        "a\x00b",
    ],
)
def test_hostile_search_terms_give_an_empty_result(client, one_of_each, query):
    response = client.get("/de/suche/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.find("main")
    assert main.select(".site-results li") == []
    assert main.find(class_="site-empty") is not None
    assert len(main.find("input", attrs={"name": "q"})["value"]) <= 200
    assert "<script>" not in str(main)
