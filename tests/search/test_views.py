"""The public search at /de/suche/ (database backend; the index updates on save)."""

import pytest
from bs4 import BeautifulSoup

from home.factories import StandardPageFactory, paragraphs
from news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def result_titles(client, query):
    response = client.get("/de/suche/", {"q": query})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.find("main").select("ul a")], soup


def test_a_page_is_found_by_a_word_in_its_body(client, home_page, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Aktion am Kornmarkt",
        body=paragraphs("Kostenlose Fahrradcodierung für alle."),
    )
    StandardPageFactory(parent=home_page, title="Impressum")

    titles, _soup = result_titles(client, "Fahrradcodierung")

    assert titles == ["Aktion am Kornmarkt"]


def test_drafts_are_not_found(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Noch geheim",
        body=paragraphs("Fahrradcodierung im Entwurf."),
        live=False,
    )
    titles, _soup = result_titles(client, "Fahrradcodierung")
    assert titles == []


def test_no_results_are_reported_in_german(client, home_page):
    titles, soup = result_titles(client, "Zebrastreifen")
    assert titles == []
    assert "Keine Ergebnisse für „Zebrastreifen“." in soup.find("main").get_text(" ", strip=True)
    assert soup.find("html")["lang"] == "de"
