"""The public side of the approval: the live item says when both sides approved it, and an
administrator's direct publish does not borrow an older approval date."""

from django.urls import reverse

import pytest

from .conftest import shown
from .forms import news_form

pytestmark = pytest.mark.django_db


def test_a_jointly_approved_item_says_so_publicly(
    draft_news, editor_police, approver_police, approver_council, act, client
):
    draft_news.get_workflow().start(draft_news, editor_police)
    act(approver_police, draft_news, "approve")
    act(approver_council, draft_news, "approve")
    draft_news.refresh_from_db()
    html = client.get(draft_news.url).content.decode()
    assert "von beiden Seiten freigegeben am" in html
    index_html = client.get(draft_news.get_parent().url).content.decode()
    assert "von beiden Seiten freigegeben am" in index_html


def test_a_direct_publish_by_an_administrator_clears_the_approval_line(
    draft_news, editor_police, approver_police, approver_council, act, admin_user, client
):
    draft_news.get_workflow().start(draft_news, editor_police)
    act(approver_police, draft_news, "approve")
    act(approver_council, draft_news, "approve")
    draft_news.refresh_from_db()
    assert draft_news.jointly_approved_at is not None

    client.force_login(admin_user)
    data = news_form(draft_news, title="Eilig korrigiert")
    data["action-publish"] = "true"
    response = client.post(reverse("wagtailadmin_pages:edit", args=(draft_news.pk,)), data)
    reason = {
        "reason": "Falsche Uhrzeit, Freigabe nicht erreichbar.",
        "revision": shown(draft_news),
    }
    client.post(response["Location"], reason)
    client.logout()
    draft_news.refresh_from_db()
    assert draft_news.title == "Eilig korrigiert"
    assert draft_news.jointly_approved_at is None
    assert "freigegeben am" not in client.get(draft_news.url).content.decode()
