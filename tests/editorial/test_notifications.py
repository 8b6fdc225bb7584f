"""Who is told what: submit → both sides' approvers; one side approves → the other side and
the submitter; rejection and publication → the submitter and both sides. Never the actor."""

from django.contrib.auth.models import Group

import pytest

from editorial.models import JointApprovalTask

pytestmark = pytest.mark.django_db


def recipients(mails):
    return sorted(address for mail in mails for address in mail.to)


def test_notices_along_the_whole_approval(
    draft_news,
    editor_police,
    editor_council,
    approver_police,
    approver_council,
    admin_user,
    act,
    run,
    mailoutbox,
):
    run(draft_news.get_workflow().start, draft_news, editor_police)
    assert recipients(mailoutbox) == ["approver_council@example.org", "approver_police@example.org"]
    assert "Bitte freigeben" in mailoutbox[0].subject
    assert "/admin/pages/" in mailoutbox[0].body and "/revisions/compare/" in mailoutbox[0].body
    assert "Gemeinsame Sprechstunde" in mailoutbox[0].body
    mailoutbox.clear()

    run(act, approver_police, draft_news, "approve", comment="Von unserer Seite passt es.")
    assert recipients(mailoutbox) == ["approver_council@example.org", "editor_police@example.org"]
    assert "Freigegeben für Polizei" in mailoutbox[0].subject
    assert "Von unserer Seite passt es." in mailoutbox[0].body
    mailoutbox.clear()

    run(act, approver_council, draft_news, "approve")
    assert recipients(mailoutbox) == ["approver_police@example.org", "editor_police@example.org"]
    assert all("veröffentlicht" in mail.subject for mail in mailoutbox)
    assert "admin@example.org" not in recipients(mailoutbox)


def test_rejection_notice_carries_the_comment(
    draft_news, editor_council, approver_police, approver_council, act, run, mailoutbox
):
    run(draft_news.get_workflow().start, draft_news, editor_council)
    mailoutbox.clear()
    run(act, approver_council, draft_news, "reject", comment="Bitte Quelle nennen.")
    assert recipients(mailoutbox) == ["approver_police@example.org", "editor_council@example.org"]
    assert all("Bitte Quelle nennen." in mail.body for mail in mailoutbox)
    assert all("Änderungen erbeten" in mail.subject for mail in mailoutbox)


def test_inactive_approvers_hear_nothing(
    draft_news, editor_police, approver_police, run, mailoutbox
):
    approver_police.is_active = False
    approver_police.save()
    run(draft_news.get_workflow().start, draft_news, editor_police)
    assert "approver_police@example.org" not in recipients(mailoutbox)
    assert Group.objects.get(name="Freigabe Polizei").user_set.count() == 1


def test_notices_follow_the_groups_the_task_names(
    draft_news, editor_police, approver_police, approver_council, run, mailoutbox, django_user_model
):
    """An administrator may point the task at another group; the notices follow the task."""
    standby = Group.objects.create(name="Freigabe Polizei (Vertretung)")
    deputy = django_user_model.objects.create_user(
        "deputy", email="deputy@example.org", password="not-used"
    )
    deputy.groups.add(standby)
    JointApprovalTask.objects.update(police_group=standby)
    run(draft_news.get_workflow().start, draft_news, editor_police)
    assert recipients(mailoutbox) == ["approver_council@example.org", "deputy@example.org"]
