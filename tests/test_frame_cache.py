"""The frame every page shares (menus, partners, alerts, the language homes, breadcrumbs) is
cached per language and content generation (approvable.generation, home.invalidation). What an
editor changes and the approvers publish shows on the very next request, on every page; a
draft changes nothing."""

from django.core.cache import cache

import pytest

from home.factories import AlertFactory, NavigationItemFactory, NavigationMenuFactory
from news.factories import NewsPageFactory
from partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(home_page, news_index):
    cache.clear()
    menu = NavigationMenuFactory(location="main")
    item = NavigationItemFactory(menu=menu, link_page=news_index, link_url="", link_text="")
    footer = NavigationMenuFactory(location="footer")
    NavigationItemFactory(menu=footer, link_text="Impressum-Link")
    partner = PartnerFactory(name="Polizeiinspektion Alt", sort_order=1, publish=True)
    news = NewsPageFactory(parent=news_index, title="Die Meldung", issuer=partner, publish=True)
    return {"home": home_page, "index": news_index, "item": item, "partner": partner, "news": news}


def html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_frame_is_served_from_the_cache(client, site, django_assert_max_num_queries):
    html(client, site["news"])
    with django_assert_max_num_queries(15):
        assert "Polizeiinspektion Alt" in html(client, site["news"])


def test_a_menu_change_shows_on_the_next_request(client, site):
    assert "Impressum-Link" in html(client, site["home"])
    item = site["item"]
    item.link_text = "Alle Meldungen"
    item.save()
    assert "Alle Meldungen" in html(client, site["home"])
    assert "Alle Meldungen" in html(client, site["news"])


def test_a_published_page_title_shows_in_menu_and_breadcrumbs(client, site):
    index = site["index"]
    assert ">Aktuelles<" in html(client, site["news"])
    index.title = "Neuigkeiten"
    revision = index.save_revision()
    assert "Neuigkeiten" not in html(client, site["news"])  # a draft changes nothing
    revision.publish()
    page = html(client, site["news"])
    assert page.count(">Neuigkeiten<") >= 2  # the menu link and the breadcrumb
    assert ">Aktuelles<" not in page


def test_a_partner_change_shows_on_the_next_request(client, site):
    assert "Polizeiinspektion Alt" in html(client, site["news"])
    partner = site["partner"]
    partner.name = "Polizeiinspektion Neu"
    partner.save_revision().publish()
    page = html(client, site["news"])
    assert "Polizeiinspektion Neu" in page
    assert "Polizeiinspektion Alt" not in page


def test_an_alert_published_or_withdrawn_shows_on_the_next_request(client, site):
    assert "Straßensperrung" not in html(client, site["home"])
    alert = AlertFactory(title="Straßensperrung", publish=True)
    assert "Straßensperrung" in html(client, site["home"])
    assert "Straßensperrung" in html(client, site["news"])
    alert.unpublish()
    assert "Straßensperrung" not in html(client, site["news"])


def test_an_unpublished_menu_target_leaves_the_menu(client, site):
    assert f'href="{site["index"].url}"' in html(client, site["home"])
    site["index"].unpublish()
    assert f'href="{site["index"].url}"' not in html(client, site["home"])
