"""Translating a page creates no live-looking stand-ins (issue 14, item 1): the issuer, the
partners and the venue are facts of the German source (SynchronizedField), so wagtail-localize
keeps pointing to the German snippets instead of creating untranslated copies, and the German
forms and filters list every partner once."""

import datetime

from django.utils import timezone

from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

import pytest
from bs4 import BeautifulSoup

from events.factories import EventPageFactory, VenueFactory
from events.models import EventPage, Venue
from news.factories import NewsPageFactory
from news.models import NewsPage
from partners.models import Partner

pytestmark = pytest.mark.django_db


@pytest.fixture
def turkish(db):
    return Locale.objects.get_or_create(language_code="tr")[0]


def translate_with_localize(user, page, locale):
    """wagtail-localize's own path, as its submit view takes it (TranslationCreator)."""
    TranslationCreator(user, [locale]).create_translations(page)
    return page.get_translation(locale).specific


def test_translating_a_news_item_creates_no_partner_copies(
    admin_client, admin_user, news_index, partners, turkish
):
    police, council = partners
    item = NewsPageFactory(parent=news_index, issuer=police, publish=True)
    item.partners.set([police, council])
    item.save_revision().publish()
    before = set(Partner.objects.values_list("pk", flat=True))

    translation = translate_with_localize(admin_user, item, turkish)

    assert set(Partner.objects.values_list("pk", flat=True)) == before
    assert translation.issuer_id == police.pk
    assert set(translation.partners.values_list("pk", flat=True)) == {police.pk, council.pk}
    # The German news filter and the German admin form name each partner once.
    html = admin_client.get(news_index.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    options = [o.get_text(strip=True) for o in soup.select("select[name=issuer] option")]
    assert options.count(police.short_name) == 1
    assert options.count(council.short_name) == 1
    edit = admin_client.get(f"/admin/pages/{item.pk}/edit/").content.decode()
    soup = BeautifulSoup(edit, "html.parser")
    names = [o.get_text(strip=True) for o in soup.select("select[name=partners] option")]
    assert names.count(police.name) == 1


def test_a_partner_translated_elsewhere_is_not_offered_twice(admin_client, news_index, partners):
    """Even a copy made some other way (an older translation) is not offered to German items."""
    police, _council = partners
    copy = police.copy_for_translation(Locale.objects.get_or_create(language_code="tr")[0])
    copy.live = False
    copy.save()
    item = NewsPageFactory(parent=news_index, publish=True)
    soup = BeautifulSoup(
        admin_client.get(f"/admin/pages/{item.pk}/edit/").content.decode(), "html.parser"
    )
    names = [o.get_text(strip=True) for o in soup.select("select[name=partners] option")]
    assert names.count(police.name) == 1


def test_translating_an_event_keeps_the_german_venue(admin_user, event_index, partners, turkish):
    venue = VenueFactory(publish=True)
    event = EventPageFactory(
        parent=event_index,
        venue=venue,
        issuer=partners[1],
        start=timezone.now() + datetime.timedelta(days=9),
        publish=True,
    )
    venues = Venue.objects.count()

    translation = translate_with_localize(admin_user, event, turkish)

    assert Venue.objects.count() == venues
    assert Partner.objects.filter(live=True).count() == 2
    assert isinstance(translation, EventPage) and translation.venue_id == venue.pk
    assert NewsPage.objects.count() == 0
