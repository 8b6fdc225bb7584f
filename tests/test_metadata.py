"""Metadata in <head> (issue 6): canonical link, meta description, Open Graph with an absolute
image URL, and schema.org JSON-LD for news, events and the partner organisations, as inert
data blocks that parse as JSON whatever editors type."""

import datetime
import json

from django.contrib.staticfiles import finders
from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from events.factories import EventPageFactory, VenueFactory
from events.models import EventStatus
from home.factories import StandardPageFactory
from home.metadata import json_ld
from images.factories import CustomImageFactory
from news.factories import NewsPageFactory
from tests.conftest import translate
from tests.test_languages import alternates

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2031, 1, 20, 19, 0))  # winter time: +01:00


def head_of(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404), url
    return BeautifulSoup(response.content, "html.parser").find("head")


def meta(head, prop):
    tag = head.find("meta", property=prop) or head.find("meta", attrs={"name": prop})
    return tag["content"] if tag else None


def structured_data(head):
    """Every JSON-LD block of the page, parsed (each must be valid JSON)."""
    blocks = head.find_all("script", type="application/ld+json")
    return [json.loads(block.string) for block in blocks]


def nodes(data):
    """The schema.org objects of the page: its blocks and the members of their @graph."""
    found = []
    for block in data:
        found += block.get("@graph", [block])
    return found


def of_type(head, schema_type):
    found = [node for node in nodes(structured_data(head)) if node.get("@type") == schema_type]
    assert found, f"no {schema_type} in {structured_data(head)}"
    return found


@pytest.fixture
def news_item(news_index, partners):
    police, _council = partners
    return NewsPageFactory(
        parent=news_index,
        title="Sicher unterwegs im Winter",
        slug="winter",
        date=datetime.date(2026, 1, 15),
        teaser="Tipps für den Heimweg.",
        issuer=police,
        image=CustomImageFactory(title="Straße im Schnee"),
        publish=True,
    )


@pytest.fixture
def event(event_index, partners):
    event = EventPageFactory(
        parent=event_index,
        title="Gesprächsrunde",
        slug="gespraechsrunde",
        start=START,
        end=START + datetime.timedelta(hours=2),
        venue=VenueFactory(
            name="Bürgerhaus", street="Mannheimer Straße 1", postcode="55545", publish=True
        ),
        languages=["de", "ar", "gsg"],
        teaser="Fragen an Polizei und Beirat.",
        publish=True,
    )
    event.partners.set([partners[1]])
    event.save_revision().publish()
    return event


def test_a_news_item_has_canonical_description_and_open_graph(client, news_item):
    head = head_of(client, news_item.url)
    canonical = "http://localhost/de/aktuelles/winter/"
    assert head.find("link", rel="canonical")["href"] == canonical
    assert alternates(client.get(news_item.url))["de"] == canonical  # as hreflang says
    assert meta(head, "description") == "Tipps für den Heimweg."
    assert meta(head, "og:title") == "Sicher unterwegs im Winter"
    assert meta(head, "og:type") == "article"
    assert meta(head, "og:url") == canonical
    assert meta(head, "og:locale") == "de_DE"
    image = meta(head, "og:image")
    assert image.startswith("http://localhost/media/")
    assert "fill-1200x630" in image
    assert meta(head, "og:image:alt") == "Straße im Schnee"


def test_the_search_description_wins_over_the_teaser(client, news_item):
    news_item.search_description = "Wie Sie im Winter sicher nach Hause kommen."
    news_item.save_revision().publish()
    head = head_of(client, news_item.url)
    assert meta(head, "description") == "Wie Sie im Winter sicher nach Hause kommen."
    assert meta(head, "og:description") == "Wie Sie im Winter sicher nach Hause kommen."


def test_a_news_item_is_a_news_article(client, news_item, partners):
    (article,) = of_type(head_of(client, news_item.url), "NewsArticle")
    news_item.refresh_from_db()
    assert article["headline"] == "Sicher unterwegs im Winter"
    assert article["datePublished"] == "2026-01-15T00:00:00+01:00"
    assert datetime.datetime.fromisoformat(article["dateModified"]) == news_item.last_published_at
    assert article["inLanguage"] == "de"
    assert article["url"] == "http://localhost/de/aktuelles/winter/"
    assert article["image"].startswith("http://localhost/media/")
    assert [author["name"] for author in article["author"]] == [partners[0].name]
    assert {author["@type"] for author in article["author"] + article["publisher"]} == {
        "GovernmentOrganization"
    }
    assert [org["name"] for org in article["publisher"]] == [p.name for p in partners]


def test_a_joint_statement_names_all_partners_as_authors(client, news_item, partners):
    news_item.issuer = None
    news_item.save_revision().publish()
    (article,) = of_type(head_of(client, news_item.url), "NewsArticle")
    assert [author["name"] for author in article["author"]] == [p.name for p in partners]


def test_an_event_is_an_event_with_place_organizer_and_languages(client, event, partners):
    (data,) = of_type(head_of(client, event.url), "Event")
    assert data["name"] == "Gesprächsrunde"
    assert data["startDate"] == "2031-01-20T19:00:00+01:00"
    assert data["endDate"] == "2031-01-20T21:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["isAccessibleForFree"] is True
    assert data["inLanguage"] == ["de", "ar", "gsg"]
    assert data["location"] == {
        "@type": "Place",
        "name": "Bürgerhaus",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Mannheimer Straße 1",
            "postalCode": "55545",
            "addressLocality": "Bad Kreuznach",
            "addressCountry": "DE",
        },
    }
    assert [(o["@type"], o["name"]) for o in data["organizer"]] == [
        ("GovernmentOrganization", partners[1].name)
    ]
    assert data["description"] == "Fragen an Polizei und Beirat."


@pytest.mark.parametrize(
    ("status", "schema_status"),
    [(EventStatus.CANCELLED, "EventCancelled"), (EventStatus.POSTPONED, "EventPostponed")],
)
def test_a_cancelled_or_postponed_event_says_so(client, event, status, schema_status):
    event.status = status
    event.save_revision().publish()
    (data,) = of_type(head_of(client, event.url), "Event")
    assert data["eventStatus"] == f"https://schema.org/{schema_status}"


def test_the_home_page_names_the_partner_organisations(client, home_page, partners):
    head = head_of(client, "/de/")
    (website,) = of_type(head, "WebSite")
    organizations = of_type(head, "GovernmentOrganization")
    assert [org["name"] for org in organizations] == [p.name for p in partners]
    assert [ref["@id"] for ref in website["publisher"]] == [org["@id"] for org in organizations]
    assert organizations[0]["email"] == partners[0].email
    assert organizations[0]["address"] == "Musterstraße 1, 55543 Bad Kreuznach"
    assert website["url"] == "http://localhost/de/"
    assert head.find("link", rel="canonical")["href"] == "http://localhost/de/"


def test_an_arabic_page_speaks_arabic_and_names_the_german_partners(
    client, event, event_index, arabic_home, partners
):
    translate(event_index, "ar", title="الفعاليات", slug="faaliyat")
    arabic = translate(event, "ar", title="حلقة نقاش", slug="halqa")
    head = head_of(client, arabic.url)
    assert head.find("link", rel="canonical")["href"] == "http://localhost/ar/faaliyat/halqa/"
    assert meta(head, "og:locale") == "ar_AR"
    assert meta(head, "og:locale:alternate") == "de_DE"
    (data,) = of_type(head, "Event")
    assert data["name"] == "حلقة نقاش"
    (home,) = of_type(head_of(client, "/ar/"), "WebSite")
    assert home["inLanguage"] == "ar"
    # The partner snippets are not translated yet: the organisations keep their names.
    organizations = of_type(head_of(client, "/ar/"), "GovernmentOrganization")
    assert [org["name"] for org in organizations] == [p.name for p in partners]


def test_json_ld_cannot_be_closed_by_what_editors_type(client, news_index):
    title = '</script><script>alert("x")</script> & <!-- Mehr'
    item = NewsPageFactory(parent=news_index, title=title, slug="tricky", publish=True)
    html = client.get(item.url).content.decode()
    assert "</script><script>alert" not in html
    (article,) = of_type(head_of(client, item.url), "NewsArticle")
    assert article["headline"] == title
    block = str(json_ld({"text": "<>&"}))
    assert block == '<script type="application/ld+json">{"text":"\\u003C\\u003E\\u0026"}</script>'


def test_no_canonical_or_structured_data_where_there_is_no_page(client, home_page):
    for url in ["/de/suche/?q=Polizei", "/de/gibt-es-nicht/"]:
        head = head_of(client, url)
        assert head.find("link", rel="canonical") is None
        assert structured_data(head) == []


def test_a_page_without_image_shows_the_sites_own_preview_image(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Impressum", publish=True)
    head = head_of(client, page.url)
    image = meta(head, "og:image")
    assert image.startswith("http://localhost/static/identity/og-default")
    assert image.endswith(".png")
    assert (meta(head, "og:image:width"), meta(head, "og:image:height")) == ("1200", "630")
    assert meta(head, "og:image:alt")
    assert finders.find("identity/og-default.png"), "the image is not among the static files"
    assert meta(head, "og:type") == "website"
    assert head.find("link", rel="canonical")["href"] == page.get_full_url()


def test_an_alias_within_a_language_points_to_its_original(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt", publish=True)
    alias = page.create_alias(update_slug="kontakt-kopie")
    head = head_of(client, alias.url)
    assert head.find("link", rel="canonical")["href"] == "http://localhost/de/kontakt/"
