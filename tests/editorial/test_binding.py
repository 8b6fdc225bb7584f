"""An approval names the revision the approver saw (issue 14, item 3): when an edit was saved
after the approver's screen was loaded, approve, reject, emergency publish and withdrawal are
refused with a message that links the comparison, and nothing is recorded."""

from django.urls import reverse

from wagtail.models import PageLogEntry

import pytest

from editorial.models import SideApproval
from news.models import NewsPage

from .conftest import shown
from .forms import news_form

pytestmark = pytest.mark.django_db


def reload(page):
    return NewsPage.objects.get(pk=page.pk)


def edit(client, user, page, **changes):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    assert client.post(url, news_form(page, **changes)).status_code == 302
    client.logout()


@pytest.fixture
def submitted(draft_news, editor_police):
    draft_news.get_workflow().start(draft_news, editor_police)
    return reload(draft_news)


def modal_url(page, action):
    task_state = reload(page).current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))


def test_two_approvers_whose_screens_went_stale_are_both_refused(
    submitted, editor_council, approver_police, approver_council, client
):
    seen = shown(submitted)  # both open the approval form now
    edit(client, editor_council, submitted, title="Nachträglich geändert")

    for approver in (approver_police, approver_council):
        client.force_login(approver)
        response = client.post(
            modal_url(submitted, "approve"),
            {"comment": "", "revision": seen},
            headers={"x-requested-with": "XMLHttpRequest"},
        )
        html = response.json()["html"]
        assert "Nothing was recorded" in html or "Es wurde nichts" in html
        latest = reload(submitted).get_latest_revision()
        compare = reverse(
            "wagtailadmin_pages:revisions_compare",
            args=(submitted.pk, int(seen.split(":")[0]), latest.pk),
        )
        assert compare in html
        client.logout()

    assert not SideApproval.objects.exists()
    assert not reload(submitted).live


def test_the_modal_offers_the_latest_revision_again_after_a_refusal(
    submitted, editor_council, approver_police, client
):
    seen = shown(submitted)
    edit(client, editor_council, submitted, title="Neu")
    client.force_login(approver_police)
    html = client.post(
        modal_url(submitted, "approve"),
        {"comment": "", "revision": seen},
        headers={"x-requested-with": "XMLHttpRequest"},
    ).json()["html"]
    assert f'value="{shown(submitted)}"' in html
    # A second click, now on the revision shown, is recorded.
    client.post(modal_url(submitted, "approve"), {"comment": "", "revision": shown(submitted)})
    assert SideApproval.objects.get().revision_id == reload(submitted).get_latest_revision().pk


def test_a_rejection_of_a_stale_screen_is_refused_too(
    submitted, editor_council, approver_police, client
):
    seen = shown(submitted)
    edit(client, editor_council, submitted, title="Neu")
    client.force_login(approver_police)
    client.post(modal_url(submitted, "reject"), {"comment": "Bitte ändern.", "revision": seen})
    assert reload(submitted).current_workflow_state.status == "in_progress"


def test_the_editor_refuses_an_approval_of_the_revision_loaded_before_an_edit(
    submitted, editor_council, approver_police, approver_council, act, client
):
    act(approver_police, submitted, "approve")
    loaded_form = news_form(submitted)  # the council's approver opens the editor
    edit(client, editor_council, submitted, title="Unbemerkt geändert")

    client.force_login(approver_council)
    loaded_form.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=(submitted.pk,)), loaded_form)
    assert response.status_code == 302
    page = reload(submitted)
    assert not page.live, "an edit nobody approved went live"
    assert SideApproval.objects.filter(side="council").count() == 0
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("revision" in m.lower() for m in messages)


def test_the_dashboard_row_names_its_revision_and_refuses_when_it_changed(
    submitted, editor_council, approver_police, client
):
    client.force_login(approver_police)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    decide = reverse("editorial_decide", args=(submitted.current_workflow_task_state.pk, "approve"))
    assert decide in dashboard
    seen = shown(submitted)
    assert seen.split(":")[0] in dashboard
    # Wagtail's own "Awaiting your review" approved whatever was latest when clicked: gone.
    assert "data-workflow-action-url" not in dashboard
    client.logout()

    edit(client, editor_council, submitted, title="Neu")
    client.force_login(approver_police)
    response = client.post(decide, {"comment": "", "revision": seen})
    assert response.status_code == 200
    html = response.content.decode()
    assert "revisions/compare" in html or "/compare/" in html
    assert not SideApproval.objects.exists()
    # The page now shows the new revision; approving it is recorded.
    response = client.post(decide, {"comment": "", "revision": shown(submitted)})
    assert response.status_code == 302
    assert SideApproval.objects.count() == 1


def test_a_stale_emergency_publish_publishes_nothing(
    draft_news, editor_council, admin_user, client
):
    url = reverse("editorial_emergency_publish", args=("news", "newspage", draft_news.pk))
    client.force_login(admin_user)
    seen = shown(draft_news)
    assert seen in client.get(url).content.decode()
    client.logout()
    edit(client, editor_council, draft_news, title="Nicht gesehen")
    client.force_login(admin_user)
    response = client.post(url, {"reason": "Gefahr im Verzug.", "revision": seen})
    assert response.status_code == 200
    assert not reload(draft_news).live
    assert not PageLogEntry.objects.filter(action="editorial.emergency_publish").exists()


def test_a_withdrawal_names_the_live_revision(news_index, partners, approver_police, client):
    from news.factories import NewsPageFactory

    page = NewsPageFactory(parent=news_index, title="Live")
    page.save_revision().publish()
    seen = shown(page, live=True)
    page = reload(page)
    page.title = "Neu veröffentlicht"
    page.save_revision().publish()  # republished in between (e.g. a scheduled revision)
    client.force_login(approver_police)
    url = reverse("editorial_withdraw", args=("news", "newspage", page.pk))
    client.post(url, {"reason": "Veraltet.", "revision": seen})
    assert reload(page).live
    client.post(url, {"reason": "Veraltet.", "revision": shown(page, live=True)})
    assert not reload(page).live


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_approvals_at_the_same_moment_publish_exactly_once(
    draft_news, editor_police, approver_police, approver_council
):
    """Both sides click at once: no error page, both approvals recorded, one publication
    (SQLite: immediate transactions with a busy timeout; PostgreSQL: row locks)."""
    import threading

    from django.db import connection
    from django.test import Client

    draft_news.get_workflow().start(draft_news, editor_police)
    url, token = modal_url(draft_news, "approve"), shown(draft_news)
    barrier = threading.Barrier(2)
    statuses = []

    def approve(user):
        client = Client()
        client.force_login(user)
        barrier.wait()
        try:
            statuses.append(client.post(url, {"comment": "", "revision": token}).status_code)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=approve, args=(u,)) for u in (approver_police, approver_council)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert statuses == [302, 302]
    assert reload(draft_news).live
    assert SideApproval.objects.count() == 2
    assert PageLogEntry.objects.filter(action="editorial.publish_joint").count() == 1


def test_the_last_approval_from_the_dashboard_says_it_is_published(
    submitted, approver_police, approver_council, act, client
):
    act(approver_police, submitted, "approve")
    client.force_login(approver_council)
    decide = reverse("editorial_decide", args=(submitted.current_workflow_task_state.pk, "approve"))
    response = client.post(decide, {"comment": "", "revision": shown(submitted)}, follow=True)
    assert reload(submitted).live
    texts = [str(message) for message in response.context["messages"]]
    assert any("veröffentlicht" in text or "published" in text for text in texts)
