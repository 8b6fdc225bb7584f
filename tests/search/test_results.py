"""What a search result page tells a visitor (issue 15): each result's type and date, a count
in the language's plural form, and links to the sections when nothing was found."""

import datetime

from django.utils import formats, timezone, translation
from django.utils.translation import gettext, ngettext

import pytest
from bs4 import BeautifulSoup

from events.factories import EventPageFactory
from home.factories import StandardPageFactory, paragraphs
from home.templatetags.lang_tags import date_time
from news.factories import NewsPageFactory
from prevention.factories import PreventionTopicPageFactory
from search.views import count_text
from tests.conftest import translate

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2026, 6, 4, 18, 30))


def main_of(client, lang, query):
    response = client.get(f"/{lang}/suche/", {"q": query})
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").find("main")


def result_meta(main):
    return {
        li.select_one("h2 a").get_text(strip=True): li.select_one(".site-result__meta")
        for li in main.select(".site-results li")
    }


def test_results_show_their_type_and_date(
    client, home_page, news_index, event_index, prevention_index
):
    NewsPageFactory(parent=news_index, title="Kornmarkt aktuell", date=datetime.date(2026, 3, 5))
    EventPageFactory(parent=event_index, title="Abend am Kornmarkt", start=START, end=None)
    topic = PreventionTopicPageFactory(parent=prevention_index, title="Sicher am Kornmarkt")
    topic.save_revision().publish()
    StandardPageFactory(parent=home_page, title="Kornmarkt", body=paragraphs("Lageplan."))

    meta = result_meta(main_of(client, "de", "Kornmarkt"))

    with translation.override("de"):
        kinds = {title: m.select_one(".site-result__kind").get_text() for title, m in meta.items()}
        assert kinds == {
            "Kornmarkt aktuell": gettext("News item"),
            "Abend am Kornmarkt": gettext("Event"),
            "Sicher am Kornmarkt": gettext("Prevention topic"),
            "Kornmarkt": gettext("Page"),
        }
        assert meta["Kornmarkt aktuell"].time["datetime"] == "2026-03-05"
        assert meta["Kornmarkt aktuell"].time.get_text() == "5. März 2026"
        assert meta["Abend am Kornmarkt"].time.get_text() == date_time(START)
        today = formats.date_format(timezone.localdate(), "DATE_FORMAT")  # last publication
        assert today in meta["Sicher am Kornmarkt"].get_text()
        assert meta["Sicher am Kornmarkt"].time is None


def test_a_translated_event_shows_the_date_of_its_german_source(client, arabic_home, event_index):
    german = EventPageFactory(parent=event_index, title="Abend am Kornmarkt", start=START, end=None)
    translate(event_index, "ar", title="الفعاليات", slug="faaliyat")
    translate(
        german,
        "ar",
        title="أمسية Kornmarkt",
        slug="amsiya",
        start=START - datetime.timedelta(days=7),
    )
    german.start = START + datetime.timedelta(days=1)  # moved later in German
    german.save_revision().publish()

    meta = result_meta(main_of(client, "ar", "Kornmarkt"))

    with translation.override("ar"):
        assert meta["أمسية Kornmarkt"].time.get_text() == date_time(
            START + datetime.timedelta(days=1)
        )


def test_no_results_link_the_sections_of_the_language(
    client, home_page, news_index, event_index, prevention_index
):
    main = main_of(client, "de", "Zebrastreifen")
    links = main.select(".site-empty a")
    assert [a["href"] for a in links] == [news_index.url, event_index.url, prevention_index.url]
    assert [a.get_text() for a in links] == [
        news_index.title,
        event_index.title,
        prevention_index.title,
    ]
    assert all(not a.has_attr("lang") for a in links)


def test_no_results_in_arabic_link_german_sections_marked_german(
    client, arabic_home, news_index, event_index, prevention_index
):
    arabic_news = translate(news_index, "ar", title="الأخبار", slug="akhbar")
    links = main_of(client, "ar", "Zebrastreifen").select(".site-empty a")
    assert [(a["href"], a.get("lang")) for a in links] == [
        (arabic_news.url, None),
        (event_index.url, "de"),
        (prevention_index.url, "de"),
    ]


def test_the_count_names_results_in_the_plural_form_of_the_language(client, home_page, news_index):
    for n in range(2):
        NewsPageFactory(parent=news_index, title=f"Einbruch {n}")
    main = main_of(client, "de", "Einbruch")
    with translation.override("de"):
        expected = ngettext(
            "%(count)s result for “%(query)s”.", "%(count)s results for “%(query)s”.", 2
        ) % {"count": "2", "query": "Einbruch"}
    assert main.select_one("[role=status]").get_text(strip=True) == expected


def test_the_count_is_formatted_for_the_language():
    with translation.override("de"):
        assert count_text(1234, "Betrug").startswith("1.234 ")
    with translation.override("en"):
        assert count_text(1234, "Betrug").startswith("1,234 ")
