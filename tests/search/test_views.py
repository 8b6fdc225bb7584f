"""The public search at /de/suche/ (database backend; the index updates on save)."""

from django.utils import translation
from django.utils.translation import gettext

import pytest
from bs4 import BeautifulSoup

from home.factories import StandardPageFactory, paragraphs
from news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def result_titles(client, query):
    response = client.get("/de/suche/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.find("main")
    return [a.get_text(strip=True) for a in main.select(".site-results li h2 a")], soup


def test_a_page_is_found_by_a_word_in_its_body(client, home_page, news_index):
    news = NewsPageFactory(
        parent=news_index,
        title="Aktion am Kornmarkt",
        body=paragraphs("Kostenlose Fahrradcodierung für alle."),
    )
    StandardPageFactory(parent=home_page, title="Impressum")

    titles, soup = result_titles(client, "Fahrradcodierung")

    assert titles == ["Aktion am Kornmarkt"]
    assert soup.select_one(".site-results a")["href"] == news.url
    assert soup.find(class_="site-empty") is None


def test_drafts_are_not_found(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Noch geheim",
        body=paragraphs("Fahrradcodierung im Entwurf."),
        live=False,
    )
    titles, soup = result_titles(client, "Fahrradcodierung")
    assert titles == []
    assert "Noch geheim" not in soup.find("main").get_text(" ", strip=True)


def test_no_results_are_reported_in_german(client, home_page):
    titles, soup = result_titles(client, "Zebrastreifen")
    assert titles == []
    with translation.override("de"):
        expected = gettext("No results for “%(query)s”.") % {"query": "Zebrastreifen"}
    empty = soup.find("main").find(class_="site-empty")
    assert expected in empty.get_text(" ", strip=True)
    assert soup.find("html")["lang"] == "de"


def test_a_material_is_found_by_its_title_with_its_downloads(client, home_page):
    from prevention.factories import PreventionMaterialFactory

    PreventionMaterialFactory(title="Vorsicht Enkeltrick", languages=["de", "ar"], publish=True)
    PreventionMaterialFactory(title="Sicher Rad fahren", languages=["de"], publish=True)
    draft = PreventionMaterialFactory(title="Enkeltrick Entwurf", languages=["de"])
    draft.live = False
    draft.save()

    response = client.get("/de/suche/", {"q": "Enkeltrick"})

    soup = BeautifulSoup(response.content, "html.parser")
    materials = soup.select(".site-material")
    assert [m.find(class_="kern-title").get_text(strip=True) for m in materials] == [
        "Vorsicht Enkeltrick"
    ]
    assert {a["hreflang"] for a in materials[0].select(".site-downloads a")} == {"de", "ar"}


def test_result_pages_ask_search_engines_not_to_index_them(client, home_page):
    StandardPageFactory(parent=home_page, title="Fahrradcodierung am Kornmarkt")
    for query in ({"q": "Fahrradcodierung"}, {"q": "Zebrastreifen"}, {}):
        response = client.get("/de/suche/", query)
        soup = BeautifulSoup(response.content, "html.parser")
        robots = soup.find("head").find("meta", attrs={"name": "robots"})
        assert robots is not None and "noindex" in robots["content"], query
    # Content pages stay indexable.
    soup = BeautifulSoup(client.get(home_page.url).content, "html.parser")
    assert soup.find("meta", attrs={"name": "robots"}) is None


def _accessible_name(soup, element):
    if element.get("aria-labelledby"):
        return " ".join(
            soup.find(id=ref).get_text(" ", strip=True)
            for ref in element["aria-labelledby"].split()
        )
    return element.get("aria-label", "").strip()


def test_each_search_landmark_has_a_name_of_its_own(client, home_page):
    # The header's search and the search page's form are two search landmarks on one page:
    # a screen reader's landmark list tells them apart only by their names.
    soup = BeautifulSoup(client.get("/de/suche/", {"q": "Kornmarkt"}).content, "html.parser")
    landmarks = soup.select('[role="search"], search')
    names = [_accessible_name(soup, landmark) for landmark in landmarks]
    assert len(landmarks) == 2
    assert all(names), names
    assert len(set(names)) == len(names), names
