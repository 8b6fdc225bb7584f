"""News: the listing per language and the news items with their attribution."""

import datetime

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest

from home.models import HomePage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerFactory
from partners.models import PartnerKind

pytestmark = pytest.mark.django_db


def test_news_index_sits_under_home_and_holds_news_items(page_asserts):
    page_asserts.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
    page_asserts.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})


def test_news_item_sits_only_in_the_news_index_and_has_no_children(page_asserts):
    page_asserts.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
    page_asserts.assertAllowedSubpageTypes(NewsPage, set())
    page_asserts.assertCanNotCreateAt(HomePage, NewsPage)


def test_a_second_news_index_under_the_same_home_is_refused(home_page, news_index):
    assert not NewsIndexPage.can_create_at(home_page)


def test_the_first_news_index_can_be_created(home_page):
    assert NewsIndexPage.can_create_at(home_page)
    NewsIndexPageFactory(parent=home_page)
    assert not NewsIndexPage.can_create_at(home_page)


def test_the_listing_shows_live_items_newest_first(news_index):
    old = NewsPageFactory(parent=news_index, date=datetime.date(2026, 1, 5))
    new = NewsPageFactory(parent=news_index, date=datetime.date(2026, 3, 1))
    NewsPageFactory(parent=news_index, date=datetime.date(2026, 4, 1), live=False)
    assert list(news_index.news()) == [new, old]


def test_a_joint_statement_names_all_partners_in_german(news_index):
    PartnerFactory(name="Polizeiinspektion Bad Kreuznach", sort_order=1, publish=True)
    PartnerFactory(
        name="Beirat für Migration und Integration",
        kind=PartnerKind.COUNCIL,
        sort_order=2,
        publish=True,
    )
    page = NewsPageFactory(parent=news_index)
    with translation.override("de"):
        assert str(page.attribution()) == (
            "Gemeinsame Mitteilung von Polizeiinspektion Bad Kreuznach und "
            "Beirat für Migration und Integration"
        )


def test_an_item_of_one_partner_says_it_is_coordinated_with_the_others(news_index):
    police = PartnerFactory(name="Polizeiinspektion Bad Kreuznach", sort_order=1, publish=True)
    PartnerFactory(name="Kriminalinspektion Bad Kreuznach", sort_order=2, publish=True)
    PartnerFactory(
        name="Beirat für Migration und Integration",
        kind=PartnerKind.COUNCIL,
        sort_order=3,
        publish=True,
    )
    page = NewsPageFactory(parent=news_index, issuer=police)
    with translation.override("de"):
        assert str(page.attribution()) == (
            "Mitteilung von Polizeiinspektion Bad Kreuznach, abgestimmt mit "
            "Kriminalinspektion Bad Kreuznach und Beirat für Migration und Integration"
        )


def test_the_listing_fetches_its_partners_once(client, news_index, partners):
    """The issuer filter, every attribution line and the JSON-LD share one partner set."""
    police, _council = partners
    for day in range(1, 4):
        NewsPageFactory(parent=news_index, date=datetime.date(2026, 3, day), issuer=police)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(news_index.url)
    assert response.status_code == 200
    assert "Polizeiinspektion" in response.content.decode()
    partner_queries = [q for q in queries if 'FROM "partners_partner"' in q["sql"]]
    assert len(partner_queries) == 1, [q["sql"] for q in partner_queries]
