"""Translations go through the joint approval: a translator translates and submits, both sides
approve, and only then is the translation live. Every wagtail-localize publish path is tried by
direct POST and must leave the public site unchanged."""

from django.test.client import MULTIPART_CONTENT, encode_multipart
from django.urls import reverse

from wagtail.models import Page, WorkflowState
from wagtail_localize.models import LocaleSynchronization, StringSegment, Translation

import pytest

from editorial.models import SideApproval
from events.factories import EventPageFactory
from home.factories import NavigationMenuFactory
from news.factories import NewsPageFactory
from news.models import NewsPage

from ..conftest import translate
from .conftest import refused, shown

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_news_index(arabic_home, news_index):
    return translate(news_index, "ar", title="الأخبار")


@pytest.fixture
def german_news(arabic_news_index, news_index, partners):
    return NewsPageFactory(
        parent=news_index, title="Sprechstunde", teaser="Jeden Dienstag.", publish=True
    )


def start_translation(client, user, page, locale):
    client.force_login(user)
    url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
    response = client.post(url, {"locales": [locale.pk]})
    client.logout()
    return response


def arabic_version(page, arabic):
    return NewsPage.objects.filter(translation_key=page.translation_key, locale=arabic).first()


def fill(client, user, page, arabic, prefix="نص"):
    """Translate every text of the page through the translation editor's string endpoint."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=arabic
    )
    client.force_login(user)
    for index, segment in enumerate(StringSegment.objects.filter(source=translation.source)):
        url = reverse("wagtail_localize:edit_string_translation", args=(translation.pk, segment.pk))
        body = encode_multipart("BoUnDaRy", {"value": f"{prefix} {index}"})
        response = client.put(
            url, body, content_type=MULTIPART_CONTENT.replace("BoUnDaRyStRiNg", "BoUnDaRy")
        )
        assert response.status_code in (200, 201), response.content
    client.logout()
    return translation


def submit(client, user, obj):
    client.force_login(user)
    args = (obj._meta.app_label, obj._meta.model_name, obj.pk)
    response = client.post(reverse("editorial_submit_translation", args=args))
    client.logout()
    return response


@pytest.fixture
def submitted_arabic(german_news, arabic, translator, client):
    start_translation(client, translator, german_news, arabic)
    target = arabic_version(german_news, arabic)
    fill(client, translator, german_news, arabic)
    assert submit(client, translator, target).status_code == 302
    return NewsPage.objects.get(pk=target.pk)


def test_a_submitted_translation_goes_live_only_after_both_sides(
    submitted_arabic, approver_police, approver_council, act
):
    assert not submitted_arabic.live
    assert submitted_arabic.workflow_in_progress
    act(approver_police, submitted_arabic, "approve")
    assert not NewsPage.objects.get(pk=submitted_arabic.pk).live
    act(approver_council, submitted_arabic, "approve")
    page = NewsPage.objects.get(pk=submitted_arabic.pk)
    assert page.live
    assert page.title.startswith("نص")


def test_an_incomplete_translation_cannot_be_submitted(german_news, arabic, translator, client):
    start_translation(client, translator, german_news, arabic)
    target = arabic_version(german_news, arabic)
    submit(client, translator, target)
    assert not NewsPage.objects.get(pk=target.pk).workflow_in_progress


def test_a_rejected_translation_returns_to_the_translator_with_the_comment(
    submitted_arabic,
    translator,
    approver_council,
    act,
    django_capture_on_commit_callbacks,
    mailoutbox,
):
    with django_capture_on_commit_callbacks(execute=True):
        act(approver_council, submitted_arabic, "reject", comment="Bitte das Datum prüfen.")
    state = WorkflowState.objects.get(object_id=str(submitted_arabic.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.requested_by == translator
    assert any(
        "translator@example.org" in m.to and "Bitte das Datum prüfen." in m.body for m in mailoutbox
    )
    assert not NewsPage.objects.get(pk=submitted_arabic.pk).live


def test_an_edit_to_a_translation_during_approval_voids_approvals(
    submitted_arabic,
    german_news,
    arabic,
    translator,
    approver_police,
    approver_council,
    act,
    client,
):
    act(approver_police, submitted_arabic, "approve")
    fill(client, translator, german_news, arabic, prefix="نص معدل")
    submit(client, translator, submitted_arabic)
    act(approver_council, submitted_arabic, "approve")
    assert not NewsPage.objects.get(pk=submitted_arabic.pk).live, "police approved an older text"
    act(approver_police, submitted_arabic, "approve")
    page = NewsPage.objects.get(pk=submitted_arabic.pk)
    assert page.live and page.title.startswith("نص معدل")


@pytest.fixture
def live_arabic(submitted_arabic, approver_police, approver_council, act):
    act(approver_police, submitted_arabic, "approve")
    act(approver_council, submitted_arabic, "approve")
    page = NewsPage.objects.get(pk=submitted_arabic.pk)
    assert page.live
    return page


def test_resubmitting_a_live_translation_leaves_the_live_text_until_approved(
    live_arabic, german_news, arabic, translator, client
):
    live_title = live_arabic.title
    fill(client, translator, german_news, arabic, prefix="جديد")
    submit(client, translator, live_arabic)
    page = NewsPage.objects.get(pk=live_arabic.pk)
    assert page.live
    assert page.title == live_title, "the live row must not change before both approvals"
    assert client.get(page.url).content.decode().count("جديد") == 0


# -- every publish path, by direct POST --------------------------------------------------


def test_the_translation_editor_cannot_publish(
    submitted_arabic, translator, admin_user, client, django_capture_on_commit_callbacks
):
    client.force_login(translator)
    url = reverse("wagtailadmin_pages:edit", args=(submitted_arabic.pk,))
    assert refused(client.post(url, {"action": "publish"}))
    assert not NewsPage.objects.get(pk=submitted_arabic.pk).live
    # An administrator's publish from the translation editor takes the emergency path too:
    # the texts are saved as a revision, and only a reason publishes it.
    client.force_login(admin_user)
    response = client.post(url, {"action": "publish"})
    emergency = reverse(
        "editorial_emergency_publish", args=("news", "newspage", submitted_arabic.pk)
    )
    assert response["Location"] == emergency
    assert not NewsPage.objects.get(pk=submitted_arabic.pk).live
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            emergency,
            {
                "reason": "Warnung muss sofort auf Arabisch online.",
                "revision": shown(submitted_arabic),
            },
        )
    assert NewsPage.objects.get(pk=submitted_arabic.pk).live


def test_update_translations_cannot_publish_immediately(
    live_arabic, german_news, translator, client
):
    german_news.title = "Sprechstunde neu"
    german_news.save_revision().publish()
    translation = Translation.objects.get(
        target_locale=live_arabic.locale, source__object_id=german_news.translation_key
    )
    client.force_login(translator)
    url = reverse("wagtail_localize:update_translations", args=(translation.source_id,))
    page = client.get(url).content.decode()
    assert 'name="publish_translations"' not in page
    client.post(url, {"publish_translations": "on"})
    page = NewsPage.objects.get(pk=live_arabic.pk)
    assert page.live_revision_id == live_arabic.live_revision_id
    assert page.title == live_arabic.title


def test_convert_to_alias_is_for_administrators_only(live_arabic, translator, client):
    client.force_login(translator)
    url = reverse("wagtail_localize:convert_to_alias", args=(live_arabic.pk,))
    assert refused(client.post(url, {}))
    assert NewsPage.objects.get(pk=live_arabic.pk).alias_of_id is None


def test_no_parent_page_is_created_as_a_live_alias(
    arabic_home, event_index, arabic, translator, client
):
    event = EventPageFactory(parent=event_index, title="Gesprächsrunde", publish=True)
    response = start_translation(client, translator, event, arabic)
    assert response.status_code == 200
    assert "zuerst" in response.content.decode()
    assert not Page.objects.filter(locale=arabic, alias_of__isnull=False).exists()
    assert not Page.objects.filter(locale=arabic, translation_key=event.translation_key).exists()


def test_locale_synchronisation_cannot_be_configured_by_translators(arabic, translator, client):
    client.force_login(translator)
    client.post(
        reverse("wagtaillocales:edit", args=(arabic.pk,)),
        {
            "language_code": "ar",
            "component-wagtail_localize_localesynchronization-enabled": "on",
            "component-wagtail_localize_localesynchronization-sync_from": arabic.pk,
        },
    )
    assert not LocaleSynchronization.objects.exists()


def test_a_snippet_without_drafts_cannot_be_translated_by_translators(
    home_page, arabic_home, arabic, translator, client
):
    menu = NavigationMenuFactory(locale=home_page.locale)
    client.force_login(translator)
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=("home", "navigationmenu", menu.pk)
    )
    assert refused(client.post(url, {"locales": [arabic.pk]}))
    assert menu.get_translations().count() == 0


def test_a_snippet_translation_is_not_published_by_the_translator(
    arabic_home, arabic, translator, client
):
    from home.factories import AlertFactory
    from home.models import Alert

    alert = AlertFactory(title="Sperrung", publish=True)
    client.force_login(translator)
    url = reverse("wagtail_localize:submit_snippet_translation", args=("home", "alert", alert.pk))
    client.post(url, {"locales": [arabic.pk]})
    translated = Alert.objects.filter(translation_key=alert.translation_key, locale=arabic).first()
    assert translated is not None and not translated.live
    edit = reverse(Alert.snippet_viewset.get_url_name("edit"), args=(translated.pk,))
    client.post(edit, {"action": "publish"})
    translated.refresh_from_db()
    assert not translated.live
    assert not SideApproval.objects.exists()


def test_approvers_review_the_translation_beside_the_source(
    submitted_arabic, approver_police, editor_police, client
):
    args = ("news", "newspage", submitted_arabic.pk)
    url = reverse("editorial_review_translation", args=args)
    client.force_login(editor_police)
    assert refused(client.get(url))
    client.force_login(approver_police)
    html = client.get(url).content.decode()
    assert "Sprechstunde" in html and "Jeden Dienstag." in html
    assert "نص" in html
    assert 'lang="ar"' in html
    task_state = submitted_arabic.current_workflow_task_state
    approve_url = reverse("editorial_decide", args=(task_state.pk, "approve"))
    assert approve_url in html
    client.post(
        approve_url, {"comment": "Übersetzung geprüft.", "revision": shown(submitted_arabic)}
    )
    assert SideApproval.objects.filter(side="police", user=approver_police).exists()
