"""The legal and accessibility pages of the demo content say what the law asks of them."""

import re
from typing import NamedTuple

import pytest
from bs4 import BeautifulSoup

from home.models import FormPage, StandardPage

pytestmark = pytest.mark.xdist_group("demo_content")

REQUIRED_PHRASES = {
    "Impressum": [
        "§ 5 DDG",
        "§ 18 Abs. 2 MStV",
        "Land Rheinland-Pfalz, vertreten durch das Polizeipräsidium Mainz",
        "Valenciaplatz 2",
        "55118 Mainz",
        "Landkreis Bad Kreuznach",
        "Landrätin oder den Landrat [Name – Demo]",
        "Salinenstraße 47",
        "55543 Bad Kreuznach",
        "keine eigene juristische Person",
        "Aufsichtsbehörden",
        "Ministerium des Innern und für Sport",
        "Aufsichts- und Dienstleistungsdirektion",
        "Haftung für Links",
    ],
    "Datenschutzerklärung": [
        "Art. 13",
        "Art. 26 DSGVO",
        "Das Wesentliche unserer Vereinbarung",
        "Datenschutzbeauftragte",
        "datenschutz-ppmainz-demo@example.org",
        "datenschutz-kreis-demo@example.org",
        "Art. 6 Abs. 1 Buchst. e DSGVO",
        "Server-Protokolldateien",
        "nach 7 Tagen automatisch gelöscht",
        "nach 90 Tagen automatisch gelöscht",
        "fehlgeschlagenen Anmeldeversuch",
        "E-Mail",
        "csrftoken",
        "§ 25 Abs. 2 Nr. 2 TDDDG",
        "keine Analyse- oder Tracking-Werkzeuge",
        "Art. 15 DSGVO",
        "Art. 21 DSGVO",
        "Art. 77 DSGVO",
        "Landesbeauftragte für den Datenschutz und die Informationsfreiheit Rheinland-Pfalz",
        "Hintere Bleiche 34",
        "55116 Mainz",
    ],
    "Erklärung zur Barrierefreiheit": [
        "§ 10 des Landesinklusionsgesetzes",
        "BITV RP",
        "BITV 2.0",
        "EN 301 549",
        "teilweise vereinbar",
        "Nicht barrierefreie Inhalte",
        "PDF-Dateien anderer Herausgeber",
        "Video in Deutscher Gebärdensprache",
        "Diese Erklärung wurde am 25. November 2026 erstellt",
        "Feedback und Kontaktangaben",
        "barrierefreiheit-demo@example.org",
        "Durchsetzungsverfahren",
        "Landesbeauftragten für die Belange von Menschen mit Behinderungen",
        "Bauhofstraße 9",
    ],
    "Leichte Sprache": [
        "Leichte Sprache ist einfaches Deutsch.",
        "Wer macht diese Internet-Seite?",
        "Oben auf jeder Seite ist das Menü.",
        "Die Internet-Seite ist zum Teil barriere-frei.",
        "110",
        "112",
    ],
    "Gebärdensprache": [
        "Deutscher Gebärdensprache (DGS)",
        "wird gerade produziert",
        "Transkript",
        "So finden Sie sich zurecht",
        "teilweise barrierefrei",
    ],
}


class Visit(NamedTuple):
    html: str
    soup: BeautifulSoup
    text: str  # the text of <main>, whitespace collapsed


def visit(client, title):
    page = StandardPage.objects.get(title=title, locale__language_code="de")
    response = client.get(page.url)
    assert response.status_code == 200, title
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return Visit(html, soup, " ".join(soup.find("main").get_text(" ").split()))


def test_the_demo_legal_pages_say_what_the_law_asks_of_them(db, demo_content, client):
    pages = {title: visit(client, title) for title in REQUIRED_PHRASES}

    missing = {
        title: [phrase for phrase in phrases if phrase not in pages[title].text]
        for title, phrases in REQUIRED_PHRASES.items()
    }
    assert not {title: phrases for title, phrases in missing.items() if phrases}
    for title, page in pages.items():
        assert page.soup.find("h1").get_text(strip=True) == title
        # The DDG replaced the Telemediengesetz in May 2024; citing it is a classic mistake.
        assert not re.search(r"\bTMG\b|Telemediengesetz", page.html), title

    assert_links_the_barrier_form(pages["Erklärung zur Barrierefreiheit"])
    assert_is_easy_language(pages["Leichte Sprache"])
    assert_is_an_honest_placeholder(pages["Gebärdensprache"])


def assert_links_the_barrier_form(statement):
    form = FormPage.objects.get(slug="barriere-melden")
    stream = statement.soup.find("div", class_="site-stream")
    # in the feedback list and in the call to action (besides the list of sub-pages)
    assert len(stream.select(f'a[href="{form.url}"]')) == 2


def assert_is_easy_language(page):
    """Short sentences, one statement each, no subordinate clauses."""
    blocks = page.soup.find("div", class_="site-stream").find_all(["h2", "p", "li"])
    sentences = [
        sentence
        for block in blocks
        for sentence in re.split(r"(?<=[.!?:])\s+", " ".join(block.get_text(" ").split()))
    ]
    longest = max(sentences, key=lambda sentence: len(sentence.split()))
    assert len(longest.split()) <= 12, longest
    conjunctions = r"\b(weil|dass|obwohl|wenn|falls|sodass|nachdem|damit)\b"
    assert not re.findall(conjunctions, " ".join(sentences), re.IGNORECASE)


def assert_is_an_honest_placeholder(page):
    """No video without a real file: the info box says the DGS video is being produced."""
    assert "<video" not in page.html
    box = page.soup.find("div", class_="site-stream").find("aside", class_="info-box")
    assert "wird gerade produziert" in box.get_text()
