"""The joint approval: both sides approve the same revision, in either order, then it goes
live exactly as approved; edits void approvals; rejections return it; one person never
supplies both approvals. Approvals go through the admin's workflow-action endpoint."""

from django.urls import reverse

from wagtail.models import PageLogEntry, TaskState, WorkflowState

import pytest

from editorial.models import SideApproval
from home.factories import AlertFactory

from .conftest import refused
from .forms import alert_form, news_form

pytestmark = pytest.mark.django_db


def submit(obj, user):
    return obj.get_workflow().start(obj, user)


def reload(page):
    return type(page).objects.get(pk=page.pk)


def test_police_then_council_publishes_the_approved_revision(
    draft_news, editor_police, approver_police, approver_council, act
):
    submit(draft_news, editor_police)
    submitted = draft_news.get_latest_revision()

    assert act(approver_police, draft_news, "approve").status_code == 302
    assert not reload(draft_news).live

    assert act(approver_council, draft_news, "approve").status_code == 302
    page = reload(draft_news)
    assert page.live
    assert page.live_revision_id == submitted.pk
    assert page.jointly_approved_at is not None
    assert sorted(page.approved_sides) == ["council", "police"]
    assert page.current_workflow_state is None


def test_council_then_police_publishes(
    draft_news, editor_council, approver_police, approver_council, act
):
    submit(draft_news, editor_council)
    act(approver_council, draft_news, "approve")
    assert not reload(draft_news).live
    act(approver_police, draft_news, "approve")
    assert reload(draft_news).live


def test_an_edit_voids_the_earlier_approval(
    draft_news, editor_police, editor_council, approver_police, approver_council, act, client
):
    submit(draft_news, editor_police)
    act(approver_police, draft_news, "approve")

    # The council's editor edits while the item awaits approval.
    client.force_login(editor_council)
    url = reverse("wagtailadmin_pages:edit", args=(draft_news.pk,))
    assert client.post(url, news_form(draft_news, title="Neuer Titel")).status_code == 302
    client.logout()
    edited = reload(draft_news).get_latest_revision()
    assert edited.content["title"] == "Neuer Titel"

    act(approver_council, draft_news, "approve")
    assert not reload(draft_news).live, "the council's approval alone must not publish"

    act(approver_police, draft_news, "approve")
    page = reload(draft_news)
    assert page.live
    assert page.title == "Neuer Titel"
    assert page.live_revision_id == edited.pk


def test_an_approver_who_edits_and_approves_voids_the_other_side(
    draft_news, editor_police, approver_police, approver_council, act, client
):
    submit(draft_news, editor_police)
    act(approver_police, draft_news, "approve")

    # The council approver changes the title and approves in one step in the editor.
    client.force_login(approver_council)
    url = reverse("wagtailadmin_pages:edit", args=(draft_news.pk,))
    data = news_form(draft_news, title="Vom Beirat geändert")
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    assert client.post(url, data).status_code == 302
    client.logout()

    page = reload(draft_news)
    assert not page.live, "the police approved an older revision"
    latest = page.get_latest_revision()
    assert latest.content["title"] == "Vom Beirat geändert"
    sides_of_latest = set(
        SideApproval.objects.filter(revision=latest).values_list("side", flat=True)
    )
    assert sides_of_latest == {"council"}

    # The status panel in the editor says the police approval is out of date.
    client.force_login(approver_police)
    html = client.get(url).content.decode()
    assert "veraltet" in html
    client.logout()

    act(approver_police, draft_news, "approve")
    page = reload(draft_news)
    assert page.live and page.title == "Vom Beirat geändert"


def test_approving_in_the_editor_without_changes_keeps_the_other_approval(
    draft_news, editor_police, approver_police, approver_council, act, client
):
    """The editor's approve button saves a new revision even when nothing changed; only a
    change of content voids the other side's approval."""
    client.force_login(editor_police)
    url = reverse("wagtailadmin_pages:edit", args=(draft_news.pk,))
    assert client.post(url, news_form(draft_news)).status_code == 302
    client.logout()
    submit(reload(draft_news), editor_police)
    act(approver_police, draft_news, "approve")
    client.force_login(approver_council)
    data = news_form(reload(draft_news))
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    assert client.post(url, data).status_code == 302
    assert reload(draft_news).live


@pytest.mark.parametrize("rejecting", ["approver_police", "approver_council"])
def test_rejection_by_either_side_returns_it(
    rejecting, request, draft_news, editor_police, approver_police, act
):
    submit(draft_news, editor_police)
    act(approver_police, draft_news, "approve")
    rejecter = request.getfixturevalue(rejecting)
    act(rejecter, draft_news, "reject", comment="Bitte die Uhrzeit ergänzen.")

    page = reload(draft_news)
    assert not page.live
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Bitte die Uhrzeit ergänzen."


def test_one_person_cannot_approve_for_both_sides(draft_news, editor_police, approver_both, act):
    submit(draft_news, editor_police)
    assert act(approver_both, draft_news, "approve").status_code == 302
    # The second approval by the same person is refused.
    assert refused(act(approver_both, draft_news, "approve"))
    assert not reload(draft_news).live
    assert SideApproval.objects.count() == 1


def test_superusers_get_no_approve_action(draft_news, editor_police, admin_user, act):
    submit(draft_news, editor_police)
    task = draft_news.current_workflow_task
    assert task.get_actions(draft_news, admin_user) == []
    assert refused(act(admin_user, draft_news, "approve"))
    assert not SideApproval.objects.exists()


def test_an_old_task_state_cannot_be_approved(
    draft_news, editor_police, approver_police, approver_council, act
):
    submit(draft_news, editor_police)
    old_state = draft_news.current_workflow_task_state
    act(approver_police, draft_news, "reject", comment="Nein.")
    state = WorkflowState.objects.get(object_id=str(draft_news.pk))
    state.resume(user=editor_police)
    assert TaskState.objects.filter(pk=old_state.pk, status="rejected").exists()
    assert refused(act(approver_council, draft_news, "approve", task_state=old_state))
    assert not SideApproval.objects.filter(task_state=old_state).exists()


def test_approvals_are_in_history(
    draft_news, editor_police, approver_police, approver_council, admin_user, act, client
):
    submit(draft_news, editor_police)
    act(approver_police, draft_news, "approve", comment="Passt.")
    act(approver_council, draft_news, "approve")
    actions = list(
        PageLogEntry.objects.filter(page=draft_news)
        .order_by("timestamp", "pk")
        .values_list("action", flat=True)
    )
    assert actions.count("editorial.approve_side") == 2
    assert "editorial.publish_joint" in actions
    client.force_login(admin_user)
    response = client.get(reverse("wagtailadmin_pages:history", args=(draft_news.pk,)))
    text = response.content.decode()
    assert "Freigegeben für Polizei" in text
    assert "Freigegeben für Beirat für Migration und Integration" in text


def test_an_alert_goes_through_the_same_path(
    editor_police, approver_police, approver_council, act, client
):
    alert = AlertFactory(title="Straßensperrung", live=False)
    alert.save_revision()
    client.force_login(editor_police)
    url = reverse(alert.snippet_viewset.get_url_name("edit"), args=(alert.pk,))
    response = client.post(url, {**alert_form(alert), "action-submit": "true"})
    assert response.status_code == 302
    client.logout()
    alert.refresh_from_db()
    assert alert.workflow_in_progress

    act(approver_police, alert, "approve")
    alert.refresh_from_db()
    assert not alert.live
    act(approver_council, alert, "approve")
    alert.refresh_from_db()
    assert alert.live
    assert alert.live_revision_id == alert.get_latest_revision().pk
    assert alert.jointly_approved_at is not None
