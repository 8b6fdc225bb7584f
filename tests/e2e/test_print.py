"""Printing (issue 19): a short news item prints on one A4 page, with the page's address and
the day it was printed, and without the navigation, search, language switcher or alert; the
emergency notice prints as black text."""

import datetime
import io
import re
import zoneinfo

from wagtail.rich_text import RichText

import pytest
from pypdf import PdfReader

from news.factories import NewsPageFactory
from news.models import NewsIndexPage

pytestmark = pytest.mark.browser


@pytest.fixture
def short_news(site_url):
    index = NewsIndexPage.objects.live().filter(locale__language_code="de").first()
    page = NewsPageFactory(
        parent=index,
        title="Fundfahrrad am Bahnhof abgegeben",
        teaser="Ein Damenrad wartet bei der Polizei auf seine Besitzerin.",
        body=[
            (
                "paragraph",
                RichText(
                    "<p>Am Montag wurde bei der Polizeiinspektion ein blaues Damenrad abgegeben, "
                    "das am Bahnhof gefunden wurde.</p><p>Wer das Rad vermisst, meldet sich mit "
                    "einer Beschreibung bei der Wache; bitte bringen Sie einen Ausweis mit.</p>"
                ),
            )
        ],
        publish=True,
    )
    page.refresh_from_db()
    yield page
    page.delete()


def _flat(text):
    return re.sub(r"\s+", "", text)


def test_a_short_news_item_prints_on_one_page_with_its_address(page, short_news):
    page.goto(short_news.url)
    page.evaluate("document.fonts.ready.then(() => true)")
    printed_day = page.evaluate("document.querySelector('#site-print-date time').dateTime")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = "\n".join(sheet.extract_text() for sheet in pdf.pages)

    assert len(pdf.pages) == 1, f"{len(pdf.pages)} pages"
    assert short_news.title in text
    assert "Wache" in text  # the body
    assert _flat(short_news.get_full_url()) in _flat(text), "the page's address is missing"
    # The day of printing, from the browser's clock (static/js/print-date.js).
    # The browser runs in Europe/Berlin (conftest.page).
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Berlin")).date()
    assert printed_day == today.isoformat()
    shown = page.evaluate("document.querySelector('#site-print-date time').textContent")
    assert shown and _flat(shown) in _flat(text)
    # No frame but the emergency notice.
    for absent in ("Weihnachtsmarkt", "Suchbegriff", "Menü", "Menu", "Sprache"):
        assert absent not in text, absent
    assert "110" in text and "112" in text


def test_the_emergency_notice_prints_black_on_white(page, short_news):
    page.goto(short_news.url)
    page.emulate_media(media="print")
    colours = page.evaluate(
        """() => [...document.querySelectorAll('.site-emergency, .site-emergency *')]
            .filter((e) => e.getClientRects().length)
            .map((e) => getComputedStyle(e).color)"""
    )
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.site-footer')).backgroundColor"
    )
    assert colours and set(colours) == {"rgb(0, 0, 0)"}
    assert background in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 255)")
    hidden = page.evaluate(
        """() => ['.site-nav', '.site-search', '.site-languages', '.site-alert', '.site-menu']
            .filter((s) => document.querySelector(s))
            .filter((s) => document.querySelector(s).getClientRects().length)"""
    )
    assert hidden == []
