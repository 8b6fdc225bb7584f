"""Administrators' shortcuts that would change live content without the joint approval (issue
14, item 5): copy with "publish copies", aliases, Wagtail's own unpublish, reverting a snippet
and publishing, moving a live page, and cancelling another person's workflow."""

from django.urls import reverse

from wagtail.models import Page, PageLogEntry

import pytest

from home.factories import AlertFactory
from news.factories import NewsPageFactory
from news.models import NewsPage

from .conftest import shown
from .forms import alert_form, news_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def live_news(news_index, partners):
    page = NewsPageFactory(parent=news_index, title="Verkehrsbilanz", slug="verkehrsbilanz")
    page.save_revision().publish()
    return NewsPage.objects.get(pk=page.pk)


def copy(client, page, **options):
    data = {
        "new_title": "Kopie",
        "new_slug": "kopie",
        "new_parent_page": page.get_parent().pk,
        **options,
    }
    return client.post(reverse("wagtailadmin_pages:copy", args=(page.pk,)), data)


def test_copy_with_publish_copies_is_refused(live_news, admin_user, client):
    client.force_login(admin_user)
    copy(client, live_news, publish_copies="on")
    assert not Page.objects.filter(slug="kopie").exists()


def test_an_alias_is_not_created(live_news, admin_user, client):
    client.force_login(admin_user)
    copy(client, live_news, alias="on")
    assert not Page.objects.filter(slug="kopie").exists()
    assert not Page.objects.filter(alias_of=live_news).exists()


def test_a_plain_copy_is_a_draft(live_news, admin_user, client):
    client.force_login(admin_user)
    copy(client, live_news)
    page = Page.objects.get(slug="kopie")
    assert not page.live


def test_wagtails_unpublish_becomes_the_audited_withdrawal(
    live_news, admin_user, approver_police, approver_council, client, run, mailoutbox
):
    client.force_login(admin_user)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=(live_news.pk,)), {})
    withdraw = reverse("editorial_withdraw", args=("news", "newspage", live_news.pk))
    assert response["Location"] == withdraw
    assert NewsPage.objects.get(pk=live_news.pk).live
    run(client.post, withdraw, {"reason": "Falsch.", "revision": shown(live_news, live=True)})
    assert not NewsPage.objects.get(pk=live_news.pk).live
    assert PageLogEntry.objects.filter(action="editorial.withdraw", page=live_news).exists()
    recipients = {address for mail in mailoutbox for address in mail.to}
    assert {approver_police.email, approver_council.email} <= recipients


def test_a_snippets_unpublish_becomes_the_withdrawal(admin_user, client, editorial):
    alert = AlertFactory(title="Sperrung", publish=True)
    client.force_login(admin_user)
    url = reverse(alert.snippet_viewset.get_url_name("unpublish"), args=(alert.pk,))
    response = client.post(url, {})
    assert "zurueckziehen" in response["Location"]
    alert.refresh_from_db()
    assert alert.live


def test_reverting_a_snippet_and_publishing_asks_for_a_reason(admin_user, client, editorial):
    alert = AlertFactory(title="Sperrung", publish=True)
    old = alert.get_latest_revision()
    alert.title = "Sperrung aufgehoben"
    alert.save_revision().publish()
    client.force_login(admin_user)
    url = reverse(alert.snippet_viewset.get_url_name("revisions_revert"), args=(alert.pk, old.pk))
    data = alert_form(alert, title="Sperrung")
    data["action-publish"] = "true"
    response = client.post(url, data)
    assert "notfall-veroeffentlichen" in response["Location"]
    alert.refresh_from_db()
    assert alert.title == "Sperrung aufgehoben"


def test_a_live_page_is_not_moved(live_news, admin_user, client, home_page):
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:move_confirm", args=(live_news.pk, home_page.pk))
    client.post(url)
    assert NewsPage.objects.get(pk=live_news.pk).get_parent().pk == live_news.get_parent().pk


def test_the_other_sides_approver_cannot_cancel_the_workflow(
    draft_news, editor_police, approver_council, client
):
    draft_news.get_workflow().start(draft_news, editor_police)
    url = reverse("wagtailadmin_pages:edit", args=(draft_news.pk,))
    data = news_form(draft_news)
    data["action-cancel-workflow"] = "true"
    client.force_login(approver_council)
    client.post(url, data)
    assert NewsPage.objects.get(pk=draft_news.pk).workflow_in_progress
    client.force_login(editor_police)
    client.post(url, news_form(draft_news) | {"action-cancel-workflow": "true"})
    assert not NewsPage.objects.get(pk=draft_news.pk).workflow_in_progress
