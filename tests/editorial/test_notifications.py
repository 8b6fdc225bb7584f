"""Who is told what: submit → both sides' approvers; one side approves → the other side and
the submitter; rejection and publication → the submitter and both sides. Never the actor."""

from django.contrib.auth.models import Group
from django.core.mail.backends import locmem
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from wagtail.users.models import UserProfile

import pytest

from editorial.models import JointApprovalTask

from .forms import news_form

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


def de(msgid, **values):
    """The German text of one of our messages, as the admin renders it."""
    with translation.override("de"):
        return gettext(msgid) % values


def edit(client, user, page, **post):
    client.force_login(user)
    data = news_form(page.get_latest_revision_as_object(), **post.pop("changes", {}))
    data.update(post)
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    client.logout()
    assert response.status_code == 302
    page.refresh_from_db()
    return response


def test_resubmission_after_changes_requested_tells_both_sides(
    draft_news, editor_police, approver_police, approver_council, act, run, client, mailoutbox
):
    run(draft_news.get_workflow().start, draft_news, editor_police)
    run(act, approver_council, draft_news, "reject", comment="Bitte Uhrzeit ergänzen.")
    mailoutbox.clear()

    run(
        edit,
        client,
        editor_police,
        draft_news,
        changes={"title": "Mit Uhrzeit"},
        **{"action-submit": "true"},
    )
    assert draft_news.current_workflow_state.status == "in_progress"
    assert recipients(mailoutbox) == ["approver_council@example.org", "approver_police@example.org"]
    latest = draft_news.get_latest_revision()
    assert all(f"/revisions/compare/earliest...{latest.pk}/" in mail.body for mail in mailoutbox)
    assert all("Mit Uhrzeit" in mail.body for mail in mailoutbox)


def test_the_rejection_mail_names_and_compares_the_latest_revision(
    draft_news, editor_police, approver_police, approver_council, act, run, client, mailoutbox
):
    run(draft_news.get_workflow().start, draft_news, editor_police)
    started_with = draft_news.current_workflow_task_state.revision
    edit(client, editor_police, draft_news, changes={"title": "Nachgebessert"})
    latest = draft_news.get_latest_revision()
    assert latest.pk != started_with.pk
    mailoutbox.clear()

    run(act, approver_police, draft_news, "reject", comment="Noch nicht.")
    assert mailoutbox
    for mail in mailoutbox:
        assert f" {latest.pk})" in mail.body
        assert f"/revisions/compare/earliest...{latest.pk}/" in mail.body
        assert f"...{started_with.pk}/" not in mail.body


def test_the_last_approver_is_told_it_is_published(
    draft_news, editor_police, approver_police, approver_council, act, client
):
    edit(client, editor_police, draft_news)  # the content as the editor's form saves it
    draft_news.get_workflow().start(draft_news, editor_police)
    act(approver_police, draft_news, "approve")
    client.force_login(approver_council)
    data = news_form(draft_news)
    data.update({"action-workflow-action": "true", "workflow-action-name": "approve"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=(draft_news.pk,)), data)
    html = client.get(response["Location"]).content.decode()
    draft_news.refresh_from_db()
    assert draft_news.live
    expected = de(
        "Both sides approved revision %(revision)s of '%(title)s': it is now published.",
        revision=draft_news.live_revision_id,
        title="Gemeinsame Sprechstunde",
    )
    assert escape(expected) in html


def profile(user, **values):
    UserProfile.objects.update_or_create(user=user, defaults=values)


def test_a_switched_off_kind_of_notice_stays_off_only_for_that_user(
    draft_news, editor_police, approver_police, approver_council, act, run, mailoutbox
):
    """ "Konto → Benachrichtigungen": no submission mails, but still the approval ones."""
    profile(approver_police, submitted_notifications=False)
    run(draft_news.get_workflow().start, draft_news, editor_police)
    assert recipients(mailoutbox) == ["approver_council@example.org"]
    mailoutbox.clear()

    run(act, approver_council, draft_news, "approve")
    assert recipients(mailoutbox) == ["approver_police@example.org", "editor_police@example.org"]


def test_each_mail_is_in_the_recipients_admin_language(
    draft_news, editor_police, approver_police, approver_council, run, mailoutbox
):
    profile(approver_council, preferred_language="en")
    # The acting user's language is no one else's: without a choice of their own, German.
    with translation.override("en"):
        run(draft_news.get_workflow().start, draft_news, editor_police)
    mails = {mail.to[0]: mail for mail in mailoutbox}
    english = mails["approver_council@example.org"]
    assert english.subject == 'Please approve: "Gemeinsame Sprechstunde"'
    assert english.body.startswith("Hello Approver Test,")
    german = mails["approver_police@example.org"]
    assert german.subject == "Bitte freigeben: „Gemeinsame Sprechstunde“"
    assert german.body.startswith("Guten Tag Approver Test,")


class CountingBackend(locmem.EmailBackend):
    """The outbox backend, counting the connections opened."""

    opened = 0

    def open(self):
        CountingBackend.opened += 1
        return super().open()


def test_one_connection_for_all_mails_of_one_event(
    draft_news, editor_police, approver_police, approver_council, run, mailoutbox, settings
):
    settings.EMAIL_BACKEND = f"{__name__}.CountingBackend"
    CountingBackend.opened = 0
    run(draft_news.get_workflow().start, draft_news, editor_police)
    assert len(mailoutbox) == 2
    assert CountingBackend.opened == 1
