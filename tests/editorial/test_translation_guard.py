"""The guard around wagtail-localize's `create_or_update_translation`
(editorial.translations.localize), branch by branch, called as wagtail-localize's own views and
`Translation.save_target` call it: what it refuses, what it saves as a draft only, what it
leaves to wagtail-localize, and that the draft path keeps what upstream keeps (the view
restriction of the German page)."""

from django.core.exceptions import PermissionDenied, ValidationError

from wagtail.models import Page, PageViewRestriction
from wagtail_localize.models import TranslationSource

import pytest

from news.factories import NewsPageFactory
from news.models import NewsPage

from ..conftest import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def german_news(news_index, partners):
    return NewsPageFactory(parent=news_index, title="Sprechstunde", publish=True)


@pytest.fixture
def source(german_news):
    return TranslationSource.get_or_create_from_instance(german_news)[0]


@pytest.fixture
def arabic_news_index(arabic_home, news_index):
    return translate(news_index, "ar", title="الأخبار")


@pytest.fixture
def live_arabic_news(source, arabic_news_index, arabic, django_capture_on_commit_callbacks):
    """The Arabic translation, published the way wagtail-localize publishes (after commit)."""
    with django_capture_on_commit_callbacks(execute=True):
        page, _created = source.create_or_update_translation(arabic, publish=True, fallback=True)
    page = NewsPage.objects.get(pk=page.pk)
    assert page.live
    return page


def arabic_version(page, arabic):
    return NewsPage.objects.filter(translation_key=page.translation_key, locale=arabic).first()


def test_a_translator_cannot_publish_a_translation(source, german_news, arabic, translator):
    with pytest.raises(PermissionDenied):
        source.create_or_update_translation(arabic, user=translator, publish=True, fallback=True)
    assert arabic_version(german_news, arabic) is None


def test_a_translator_cannot_have_parent_pages_created_as_aliases(
    source, german_news, arabic_home, arabic, translator
):
    # "Translate the parent page 'Aktuelles' into العربية first." (in the admin's German)
    with pytest.raises(ValidationError, match="Aktuelles.*العربية"):
        source.create_or_update_translation(
            arabic, user=translator, publish=False, copy_parent_pages=True, fallback=True
        )
    assert not Page.objects.filter(locale=arabic, alias_of__isnull=False).exists()
    assert arabic_version(german_news, arabic) is None


def test_a_first_translation_by_a_translator_is_a_draft(
    source, german_news, arabic_news_index, arabic, translator
):
    page, created = source.create_or_update_translation(
        arabic, user=translator, publish=False, fallback=True
    )
    assert created
    assert not NewsPage.objects.get(pk=page.pk).live


def test_a_live_translation_is_updated_in_a_revision_only(
    source, german_news, live_arabic_news, arabic, translator
):
    german_news.title = "Sprechstunde am Mittwoch"
    german_news.save_revision().publish()
    source.update_from_db()
    page, created = source.create_or_update_translation(
        arabic, user=translator, publish=False, fallback=True
    )
    assert not created
    row = NewsPage.objects.get(pk=live_arabic_news.pk)
    assert row.live and row.title == "Sprechstunde", "the live row waits for the approval"
    assert row.get_latest_revision().as_object().title == "Sprechstunde am Mittwoch"


def test_administrators_publish_as_wagtail_localize_does(
    source, german_news, arabic_news_index, arabic, admin_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        page, _created = source.create_or_update_translation(
            arabic, user=admin_user, publish=True, fallback=True
        )
    assert NewsPage.objects.get(pk=page.pk).live


@pytest.mark.parametrize("live", [False, True], ids=["new", "live"])
def test_a_translation_keeps_the_view_restriction_of_the_german_page(
    live, source, german_news, arabic_news_index, arabic, translator, client, request
):
    if live:
        request.getfixturevalue("live_arabic_news")
    PageViewRestriction.objects.create(
        page=german_news, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    page, _created = source.create_or_update_translation(
        arabic, user=translator, publish=False, fallback=True
    )
    restriction = PageViewRestriction.objects.get(page=page)
    assert restriction.restriction_type == PageViewRestriction.PASSWORD
    assert restriction.password == "geheim"
    if live:
        # The live translation asks visitors for the password, as the German page does.
        response = client.get(NewsPage.objects.get(pk=page.pk).url)
        assert response.status_code == 200
        assert 'name="password"' in response.content.decode()
