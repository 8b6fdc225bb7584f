"""Every search has a bounded cost (issue 17): the hits are ranked in the one full-text match
(not once more per hit), at most eight words are searched, and a search that runs past
settings.SEARCH_TIMEOUT_MS is cancelled and answered with a note, never an error. Run on both
databases."""

from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils.translation import gettext, override

import pytest
from bs4 import BeautifulSoup

from home.factories import paragraphs
from news.factories import NewsIndexPageFactory, NewsPageFactory
from search.backends import MAX_WORDS, SearchTimeout, search_time_limit
from search.views import PER_PAGE
from tests.conftest import build_home_page, each_test_gets

pytestmark = pytest.mark.django_db

HITS = 60  # enough for six pages; the cost must not depend on it
TOO_LONG = "The search took too long. Please try fewer or other words."


@pytest.fixture(scope="module")
def shared_news(module_db):
    """Built once for the module (tests.conftest.module_db): only searched, never changed."""
    index = NewsIndexPageFactory(parent=build_home_page())
    best = NewsPageFactory(parent=index, title="Betrug am Telefon", body=paragraphs("Anrufe."))
    for number in range(HITS - 1):
        NewsPageFactory(
            parent=index, title=f"Meldung {number}", body=paragraphs("Ein Betrug in der Stadt.")
        )
    long_text = " ".join(["Ein langer Bericht über die Innenstadt."] * 20)
    NewsPageFactory(parent=index, title="Bericht", body=paragraphs(f"{long_text} Fahrrad."))
    NewsPageFactory(parent=index, title="Fahrrad gestohlen", body=paragraphs("Fahrrad weg."))
    return best


@pytest.fixture
def news(db, shared_news):
    return each_test_gets(shared_news)


def page_of(client, query, page=1):
    response = client.get("/de/suche/", {"q": query, "page": page})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def titles(main):
    return [a.get_text(strip=True) for a in main.select(".site-results li h2 a")]


def notes(main):
    return [note.get_text(strip=True) for note in main.select(".site-search-note")]


def full_text_matches(queries):
    """How often the SQL of `queries` runs a full-text match."""
    token = " MATCH " if connection.vendor == "sqlite" else "@@"
    return sum(query["sql"].count(token) for query in queries)


def test_many_hits_are_ranked_in_one_match_per_searched_model(client, news):
    client.get("/de/suche/", {"q": "Betrug"})  # warm: site, locale, menus
    with CaptureQueriesContext(connection) as queries:
        main = page_of(client, "Betrug")

    found = titles(main)
    assert len(found) == PER_PAGE
    assert main.select_one(".site-result-count").get_text().startswith(f"{HITS} ")
    # One match for the pages and one for the materials, whatever the number of hits.
    assert full_text_matches(queries.captured_queries) == 2


def test_the_more_relevant_hit_comes_first(client, news):
    assert titles(page_of(client, "Fahrrad")) == ["Fahrrad gestohlen", "Bericht"]


def test_every_hit_is_on_exactly_one_page(client, news):
    pages = [titles(page_of(client, "Betrug", page)) for page in range(1, HITS // PER_PAGE + 1)]
    seen = [title for page in pages for title in page]
    assert len(seen) == HITS
    assert len(set(seen)) == HITS


def test_words_after_the_eighth_are_not_searched_and_the_visitor_is_told(client, news):
    eight = ["Wort"] * (MAX_WORDS - 1) + ["Telefon"]
    main = page_of(client, " ".join(eight))
    assert notes(main) == []

    main = page_of(client, " ".join(["Wort"] * MAX_WORDS + ["Telefon"]))
    assert titles(main) == []  # "Telefon", the ninth word, was not searched
    with override("de"):
        assert notes(main) == [
            gettext("Only the first %(count)s words were searched.") % {"count": MAX_WORDS}
        ]


@override_settings(SEARCH_TIMEOUT_MS=0)
def test_a_search_that_runs_too_long_is_answered_with_a_note(client, news):
    if connection.vendor != "sqlite":
        pytest.skip("only SQLite's progress handler expires a search deterministically")
    main = page_of(client, "Betrug")
    assert titles(main) == []
    with override("de"):
        assert notes(main) == [gettext(TOO_LONG)]
    assert main.select_one(".site-result-count") is None  # no "0 results"


@override_settings(SEARCH_TIMEOUT_MS=50)
def test_the_time_limit_cancels_a_runaway_query_and_leaves_the_connection_usable(db):
    runaway = (
        "SELECT pg_sleep(5)"
        if connection.vendor == "postgresql"
        else "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 1e9)"
        " SELECT count(*) FROM n"
    )
    with pytest.raises(SearchTimeout), search_time_limit(), connection.cursor() as cursor:
        cursor.execute(runaway)

    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        assert cursor.fetchone() == (1,)
        if connection.vendor == "postgresql":  # the limit was for the search only
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone() != ("50ms",)
