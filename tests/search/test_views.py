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
