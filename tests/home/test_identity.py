"""The site's identity in the browser's tab and on a home screen (issue 19): /favicon.ico
answers on every first visit, every page links an SVG icon and a touch icon from our own
static files, and the home page's title names the site once."""

from django.contrib.staticfiles import finders

import pytest
from bs4 import BeautifulSoup

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SITE_NAME = "Police and Migration Council Bad Kreuznach"  # msgid; German after the merge


def test_favicon_ico_is_served_at_the_root(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    body = b"".join(response.streaming_content)
    assert body[:4] == b"\x00\x00\x01\x00", "not an ICO file"
    assert "max-age" in response["Cache-Control"]
    assert not response.cookies


def test_every_page_links_its_icons_from_our_static_files(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Impressum", publish=True)
    head = BeautifulSoup(client.get(page.url).content, "html.parser").head
    icons = {link["href"]: link for link in head.find_all("link", rel="icon")}
    assert any(href.endswith(".svg") for href in icons)
    touch = head.find("link", rel="apple-touch-icon")["href"]
    assert touch.startswith("/static/") and touch.endswith(".png")
    for path in ("identity/icon.svg", "identity/apple-touch-icon.png", "favicon.ico"):
        assert finders.find(path), path


def test_the_home_title_names_the_site_once(client, home_page):
    title = BeautifulSoup(client.get(home_page.url).content, "html.parser").title.get_text()
    site_name = title.strip()
    assert " – " not in title, title
    assert site_name


def test_another_pages_title_is_the_page_then_the_site(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Impressum", publish=True)
    title = BeautifulSoup(client.get(page.url).content, "html.parser").title.get_text()
    assert title.startswith("Impressum – ")
    assert title.count(" – ") == 1
