"""The sitemap of all languages and robots.txt (issue 6): every live page of every switched-on
language, in parts of at most 1,000 pages under a sitemap index (issue 17), with reciprocal
xhtml:link alternates and x-default that match the pages' own hreflang links; no drafts,
aliases, private pages or pages of a language that is off."""

import xml.etree.ElementTree as ET

from django.conf import settings
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction

import pytest

from home.factories import StandardPageFactory
from home.sitemaps import LocalizedSitemap
from news.factories import NewsPageFactory
from tests.conftest import translate
from tests.test_languages import alternates as page_alternates
from tests.test_languages import path_of

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def xml_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)  # noqa: S314 - our own response


def parts(client):
    """The paths of the parts that the sitemap index /sitemap.xml lists."""
    index = xml_of(client, "/sitemap.xml")
    return [path_of(loc.text) for loc in index.findall("s:sitemap/s:loc", NS)]


def sitemap(client):
    """{location: {hreflang: href}} of all parts of the sitemap, each well-formed XML."""
    urls = [url for part in parts(client) for url in xml_of(client, part).findall("s:url", NS)]
    entries = {}
    for url in urls:
        location = url.findtext("s:loc", namespaces=NS)
        assert location not in entries, f"listed twice: {location}"
        entries[location] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
    return entries


@pytest.fixture
def about(home_page):
    return StandardPageFactory(
        parent=home_page, title="Über die Kooperation", slug="kooperation", publish=True
    )


@pytest.fixture
def site_in_languages(homes, about, news_index):
    """German pages, some translated (one only as a draft, one only as an alias)."""
    item = NewsPageFactory(parent=news_index, title="Meldung", slug="meldung", publish=True)
    translate(about, "ar", title="عن التعاون", slug="taawun")
    translate(about, "uk", title="Про співпрацю", slug="spivpratsia")
    translate(about, "ru", title="О сотрудничестве", slug="o-sotrudnichestve", publish=False)
    about.copy_for_translation(homes["fa"].locale, alias=True)
    translate(news_index, "tr", title="Haberler", slug="haberler")
    translate(item, "tr", title="Haber", slug="haber")
    return {"about": about, "item": item}


def test_every_live_page_of_every_language_is_listed_once(client, site_in_languages):
    entries = sitemap(client)
    expected = {
        page.get_full_url()
        for page in Page.objects.live().filter(depth__gte=2, alias_of__isnull=True)
    }
    assert set(entries) == expected
    paths = {path_of(url) for url in entries}
    assert {f"/{code}/" for code, _name in settings.LANGUAGES} <= paths
    assert {"/de/kooperation/", "/ar/taawun/", "/uk/spivpratsia/", "/tr/haberler/haber/"} <= paths
    assert "/ru/o-sotrudnichestve/" not in paths  # a draft
    assert "/fa/kooperation/" not in paths  # an alias of the German page
    for url in entries:
        assert client.get(path_of(url)).status_code == 200, url


def test_alternates_are_reciprocal_and_name_german_as_x_default(client, site_in_languages):
    entries = sitemap(client)
    for location, links in entries.items():
        languages = {code: href for code, href in links.items() if code != "x-default"}
        assert location in languages.values(), location  # each page names itself
        for href in languages.values():
            assert entries[href] == links, (location, href)
        if "de" in links:
            assert links["x-default"] == links["de"]
        else:
            assert "x-default" not in links
    about = entries["http://localhost/de/kooperation/"]
    assert set(about) == {"de", "ar", "uk", "x-default"}


def test_alternates_are_the_pages_own_hreflang_links(client, site_in_languages):
    for location, links in sitemap(client).items():
        assert page_alternates(client.get(path_of(location))) == links, location


def test_a_language_that_is_off_is_left_out(client, home_page, about, arabic_home):
    translate(about, "ar", title="عن التعاون", slug="taawun")
    assert "http://localhost/ar/taawun/" in sitemap(client)
    arabic_home.unpublish()
    entries = sitemap(client)
    assert not [url for url in entries if path_of(url).startswith("/ar/")]
    # German pages no longer name the Arabic page, which answers 404 now.
    assert set(entries["http://localhost/de/kooperation/"]) == {"de", "x-default"}


def test_private_pages_are_left_out(client, home_page, about):
    secret = StandardPageFactory(parent=home_page, title="Intern", slug="intern", publish=True)
    PageViewRestriction.objects.create(page=secret, restriction_type="login")
    entries = sitemap(client)
    assert "http://localhost/de/kooperation/" in entries
    assert "http://localhost/de/intern/" not in entries


def test_a_bad_page_number_or_part_is_a_404(client, home_page):
    assert client.get("/sitemap-pages.xml", {"p": "abc"}).status_code == 404
    assert client.get("/sitemap-pages.xml", {"p": "99"}).status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_the_index_splits_the_pages_into_parts_with_their_alternates(
    client, site_in_languages, monkeypatch
):
    whole = sitemap(client)
    monkeypatch.setattr(LocalizedSitemap, "limit", 2)  # 1,000 on the site
    assert parts(client) == ["/sitemap-pages.xml"] + [
        f"/sitemap-pages.xml?p={page}" for page in range(2, (len(whole) + 1) // 2 + 1)
    ]
    assert sitemap(client) == whole


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_off_draft_links(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert reverse("editorial_draft", args=("token",)).startswith(settings.DRAFT_LINK_PATH)
    assert "User-agent: *" in lines
    assert f"Disallow: {settings.DRAFT_LINK_PATH}" in lines
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert client.get("/sitemap.xml").status_code == 200
