"""The public side of the approval: the live item says when both sides approved it, and an
administrator's direct publish does not borrow an older approval date."""

from django.urls import reverse

import pytest

from editorial.models import ShareLink

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


APPROVED_LINE = "von beiden Seiten freigegeben am"


@pytest.fixture
def approved_news(draft_news, editor_police, approver_police, approver_council, act):
    """The news item live after the joint approval, with its approval line."""
    draft_news.get_workflow().start(draft_news, editor_police)
    act(approver_police, draft_news, "approve")
    act(approver_council, draft_news, "approve")
    draft_news.refresh_from_db()
    assert draft_news.jointly_approved_at is not None
    return draft_news


def save_draft(client, user, page, **changes):
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), news_form(page, **changes)
    )
    client.logout()
    assert response.status_code == 302
    page.refresh_from_db()
    return page.get_latest_revision()


def test_drafts_previews_and_draft_links_never_show_the_approval_line(
    approved_news, editor_police, client
):
    revision = save_draft(client, editor_police, approved_news, title="Neue Fassung")
    assert "jointly_approved_at" not in revision.content
    assert revision.as_object().jointly_approved_at is None

    # The live version keeps its line.
    assert APPROVED_LINE in client.get(approved_news.url).content.decode()

    # A draft link of the new revision does not.
    client.force_login(editor_police)
    args = ("news", "newspage", approved_news.pk)
    client.post(reverse("editorial_share_links", args=args), {"note": "Beirat", "days": 7})
    link = ShareLink.objects.get()
    # The editor's preview of the draft and of the revision does not either.
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(approved_news.pk,))
    client.post(preview_url, news_form(approved_news, title="Neue Fassung"))
    preview = client.get(preview_url).content.decode()
    revision_view = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=(approved_news.pk, revision.pk))
    ).content.decode()
    client.logout()
    assert "Neue Fassung" in preview and APPROVED_LINE not in preview
    assert "Neue Fassung" in revision_view and APPROVED_LINE not in revision_view
    draft = client.get(link.get_absolute_url()).content.decode()
    assert "ENTWURF" in draft and "Neue Fassung" in draft
    assert APPROVED_LINE not in draft


def test_a_revision_that_still_carries_an_old_snapshot_does_not_show_it(approved_news, client):
    """Revisions saved before the snapshot was left out of revision content."""
    revision = approved_news.get_latest_revision()
    revision.content["jointly_approved_at"] = approved_news.jointly_approved_at.isoformat()
    revision.content["approved_sides"] = ["council", "police"]
    revision.save(update_fields=["content"])
    assert revision.as_object().jointly_approved_at is None
    assert revision.as_object().approved_sides == []


def test_a_new_translation_starts_without_an_approval(approved_news, english, client):
    translation = approved_news.copy_for_translation(english, copy_parents=True)
    translation.refresh_from_db()
    assert translation.jointly_approved_at is None
    assert translation.approved_sides == []
    translation.save_revision().publish()
    translation.refresh_from_db()
    assert translation.live and translation.jointly_approved_at is None


def test_reverting_to_an_earlier_draft_does_not_bring_the_line_along(
    approved_news, editor_police, client
):
    """A draft saved while the page was live and approved, restored later."""
    earlier = save_draft(client, editor_police, approved_news, title="Zwischenstand")
    save_draft(client, editor_police, approved_news, title="Dritte Fassung")
    client.force_login(editor_police)
    data = news_form(approved_news, title="Zwischenstand")
    data["revision"] = earlier.pk  # what the revert screen posts
    client.post(reverse("wagtailadmin_pages:edit", args=(approved_news.pk,)), data)
    preview = client.get(
        reverse("wagtailadmin_pages:revisions_view", args=(approved_news.pk, earlier.pk))
    ).content.decode()
    client.logout()
    approved_news.refresh_from_db()
    reverted = approved_news.get_latest_revision()
    assert reverted.content["title"] == "Zwischenstand"
    assert "jointly_approved_at" not in reverted.content
    assert reverted.as_object().jointly_approved_at is None
    assert "Zwischenstand" in preview and APPROVED_LINE not in preview
    assert APPROVED_LINE in client.get(approved_news.url).content.decode()
