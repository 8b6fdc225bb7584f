"""The news feeds (issue 6): RSS 2.0 and Atom per language that feed readers parse without
complaint, with only that language's live items, correct dates, stable guids, linked from the
news index and the home page, and a query count that does not grow with the items."""

import calendar
import datetime
import time

from django.db import connection
from django.test.utils import CaptureQueriesContext

import feedparser
import pytest
from bs4 import BeautifulSoup

from news.factories import NewsPageFactory
from tests.conftest import translate

pytestmark = pytest.mark.django_db

RSS = "/{lang}/feeds/nachrichten.rss"
ATOM = "/{lang}/feeds/nachrichten.atom"
FEEDS = [RSS, ATOM]
# Queries of a warm feed request, measured (7: language homes, site, view restrictions twice,
# news index, partners, items) plus the slack test_query_budget.py gives every page type.
FEED_BUDGET = 7 + 3


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


@pytest.fixture
def german_news(news_index, partners):
    police, _council = partners
    return [
        NewsPageFactory(
            parent=news_index,
            title="Gemeinsam gegen Telefonbetrug",
            slug="telefonbetrug",
            date=datetime.date(2026, 3, 2),
            teaser="Polizei und Beirat warnen.",
            publish=True,
        ),
        NewsPageFactory(
            parent=news_index,
            title="Neue Sprechstunde",
            slug="sprechstunde",
            date=datetime.date(2026, 3, 5),
            issuer=police,
            publish=True,
        ),
    ]


@pytest.fixture
def arabic_news(german_news, news_index, arabic_home):
    translate(news_index, "ar", title="الأخبار", slug="akhbar")
    return translate(german_news[0], "ar", title="معًا ضد الاحتيال الهاتفي", slug="ihtiyal")


@pytest.mark.parametrize("feed_url", FEEDS)
def test_the_german_feed_is_valid_and_lists_the_live_items(client, german_news, feed_url):
    NewsPageFactory(parent=german_news[0].get_parent(), title="Entwurf", live=False)
    response, feed = parse(client, feed_url.format(lang="de"))
    assert feed.version in {"rss20", "atom10"}
    assert feed.feed.language == "de"
    assert feed.feed.title.startswith("Aktuelles – ")
    assert feed.feed.link == "http://localhost/de/aktuelles/"
    assert [entry.title for entry in feed.entries] == [
        "Neue Sprechstunde",
        "Gemeinsam gegen Telefonbetrug",
    ]
    assert feed.entries[1].link == "http://localhost/de/aktuelles/telefonbetrug/"
    assert "Polizei und Beirat warnen." in feed.entries[1].summary


def test_rss_and_atom_carry_the_same_dates_and_ids(client, german_news):
    _response, rss = parse(client, RSS.format(lang="de"))
    _response, atom = parse(client, ATOM.format(lang="de"))
    item = german_news[1]
    for entry in (rss.entries[0], atom.entries[0]):
        # feedparser gives UTC; the item went live after its date, so it is dated at the
        # start of its date in Europe/Berlin.
        published = datetime.datetime.fromtimestamp(
            calendar.timegm(entry.published_parsed), tz=datetime.UTC
        )
        assert abs(published - item.published_at()) < datetime.timedelta(seconds=1)
    assert atom.entries[0].updated_parsed >= atom.entries[0].published_parsed
    assert rss.entries[0].id == atom.entries[0].id
    assert rss.entries[0].id.startswith("urn:uuid:")
    assert rss.entries[0].guidislink is False


def test_a_back_dated_item_keeps_its_date(client, german_news):
    """An item published today with an earlier date is dated on that date, not today."""
    _response, feed = parse(client, RSS.format(lang="de"))
    item = german_news[0]  # dated 2 March 2026, published when the test runs
    entry = next(e for e in feed.entries if e.title == item.title)
    assert time.strftime("%Y-%m-%d", entry.published_parsed) in {"2026-03-01", "2026-03-02"}
    assert item.published_at().isoformat().startswith("2026-03-02T00:00:00")


def test_guids_survive_a_new_title_and_slug(client, german_news):
    _response, before = parse(client, RSS.format(lang="de"))
    item = german_news[0]
    item.title = "Gemeinsam gegen Betrug am Telefon"
    item.slug = "betrug-am-telefon"
    item.save_revision().publish()
    _response, after = parse(client, RSS.format(lang="de"))
    ids_before = {entry.id for entry in before.entries}
    ids_after = {entry.id for entry in after.entries}
    assert ids_before == ids_after
    assert "http://localhost/de/aktuelles/betrug-am-telefon/" in {e.link for e in after.entries}


@pytest.mark.parametrize("feed_url", FEEDS)
def test_each_language_lists_only_its_own_items(client, german_news, arabic_news, feed_url):
    # An alias of a German item in the Arabic tree and an unpublished translation: neither
    # belongs in the Arabic feed.
    german_news[1].copy_for_translation(arabic_news.locale, alias=True)
    german = parse(client, feed_url.format(lang="de"))[1]
    arabic = parse(client, feed_url.format(lang="ar"))[1]
    assert arabic.feed.language == "ar"
    assert [entry.title for entry in arabic.entries] == ["معًا ضد الاحتيال الهاتفي"]
    assert arabic.entries[0].link == "http://localhost/ar/akhbar/ihtiyal/"
    assert {entry.title for entry in german.entries} == {
        "Neue Sprechstunde",
        "Gemeinsam gegen Telefonbetrug",
    }
    # One guid per item and language: the translation is another item in another feed.
    assert not {entry.id for entry in arabic.entries} & {entry.id for entry in german.entries}


@pytest.mark.parametrize("feed_url", FEEDS)
def test_no_feed_in_a_language_that_is_off_or_has_no_news(client, german_news, feed_url):
    assert client.get(feed_url.format(lang="ar")).status_code == 404  # Arabic is off
    translate(german_news[0].get_parent().get_parent(), "tr", title="Ana sayfa")
    assert client.get(feed_url.format(lang="tr")).status_code == 404  # no Turkish news index


def test_unknown_query_parameters_are_ignored(client, german_news):
    response = client.get(RSS.format(lang="de"), {"category": "<script>", "page": "x"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("lang", "url"),
    [("de", "/de/aktuelles/"), ("de", "/de/"), ("ar", "/ar/akhbar/"), ("ar", "/ar/")],
)
def test_the_news_index_and_the_home_link_their_languages_feeds(
    client, german_news, arabic_news, lang, url
):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    links = {
        link["type"]: link["href"] for link in soup.find_all("link", rel="alternate", type=True)
    }
    assert links["application/rss+xml"] == RSS.format(lang=lang)
    assert links["application/atom+xml"] == ATOM.format(lang=lang)
    for href in links.values():
        assert client.get(href).status_code == 200


def test_the_news_index_offers_the_subscription_in_the_visitors_language(client, german_news):
    soup = BeautifulSoup(client.get("/de/aktuelles/").content, "html.parser")
    link = soup.find("main").find("a", href=RSS.format(lang="de"))
    assert link.get_text(strip=True) == "Meldungen abonnieren (RSS)"


# --- Query budget ------------------------------------------------------------------------------


def warm_feed_queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries), response


@pytest.mark.parametrize("feed_url", FEEDS)
def test_feed_queries_do_not_grow_with_the_items(client, news_index, partners, feed_url):
    issuers = [None, *partners]

    def grow(n, start):
        for i in range(start, n):
            NewsPageFactory(
                parent=news_index,
                title=f"Meldung {i}",
                date=datetime.date(2026, 1, 1) + datetime.timedelta(days=i),
                issuer=issuers[i % 3],
            )

    url = feed_url.format(lang="de")
    grow(5, 0)
    small, response = warm_feed_queries(client, url)
    assert len(feedparser.parse(response.content).entries) == 5
    grow(50, 5)
    large, response = warm_feed_queries(client, url)
    assert len(feedparser.parse(response.content).entries) == 30  # FEED_ITEMS
    assert small == large
    assert large <= FEED_BUDGET, large


def test_a_password_protected_item_is_in_neither_the_listing_nor_the_feeds(client, german_news):
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=german_news[1], restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for feed_url in FEEDS:
        _response, feed = parse(client, feed_url.format(lang="de"))
        assert [entry.title for entry in feed.entries] == ["Gemeinsam gegen Telefonbetrug"]
    listing = client.get("/de/aktuelles/").content.decode()
    assert "Gemeinsam gegen Telefonbetrug" in listing
    assert "Neue Sprechstunde" not in listing
