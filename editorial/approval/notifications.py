"""E-mails of the joint approval, in the recipient's admin language (German by default).

Who hears what:
- submitted: the approvers of both sides;
- one side approved: the other side's approvers and the submitter;
- resubmitted after "request changes": the approvers of both sides, like a first submission;
- changes requested (rejected) and published: the submitter and the approvers of both sides;
- approved with a go-live time in the future: the same people hear "scheduled for ...", and
  again "published" when `publish_scheduled` puts it live.
The acting user never receives their own notice. Mails go out after the transaction commits,
so a rolled-back approval never announces itself. No model imports at module level: models.py
imports this module."""

import logging

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from editorial.sides import EDITOR_GROUPS, SIDES, side_label

logger = logging.getLogger(__name__)


def editors_of_issuer(obj):
    """The editors responsible for an item: the issuing partner's side, or both for a joint
    item (and for pages that name no issuer)."""
    issuer = getattr(obj, "issuer", None)
    kind = getattr(issuer, "kind", None)
    names = [EDITOR_GROUPS[kind]] if kind in EDITOR_GROUPS else list(EDITOR_GROUPS.values())
    return members(names)


def approvers(*sides):
    """Active members of the groups the joint approval task names for these sides (an
    administrator may point the task at other groups in the Tasks admin)."""
    from editorial.models import JointApprovalTask  # models imports this module

    group_ids = {
        task.group_ids()[side]
        for task in JointApprovalTask.objects.filter(active=True)
        for side in sides
    }
    return members(groups__in=group_ids)


def members(group_names=None, **filters):
    """Active members of these groups (by name, or by other filters) with an e-mail address."""
    if group_names is not None:
        filters["groups__name__in"] = group_names
    return list(
        get_user_model()
        .objects.filter(is_active=True, **filters)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .distinct()
    )


def _full_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def compare_url(obj, revision):
    """The admin's comparison of the live version (or the first revision) with `revision`."""
    base = "live" if getattr(obj, "live", False) else "earliest"
    if isinstance(obj, Page):
        path = reverse("wagtailadmin_pages:revisions_compare", args=(obj.pk, base, revision.pk))
    else:
        url_name = obj.snippet_viewset.get_url_name("revisions_compare")
        path = reverse(url_name, args=(quote(obj.pk), base, revision.pk))
    return _full_url(path)


def edit_url(obj):
    path = AdminURLFinder().get_edit_url(obj)
    return _full_url(path) if path else ""


def _send(event, recipients, context, actor=None):
    recipients = [
        user for user in recipients if user is not None and (actor is None or user.pk != actor.pk)
    ]
    seen = set()
    messages = []
    for user in recipients:
        if user.pk in seen or not user.email:
            continue
        seen.add(user.pk)
        language = getattr(getattr(user, "wagtail_userprofile", None), "preferred_language", "")
        with translation.override(language or settings.LANGUAGE_CODE):
            ctx = {**context, "recipient": user}
            subject = " ".join(
                render_to_string(f"editorial/email/{event}_subject.txt", ctx).split()
            )
            body = render_to_string(f"editorial/email/{event}.txt", ctx)
        messages.append(EmailMessage(subject, body, to=[user.email]))

    def deliver():
        for message in messages:
            try:
                message.send()
            except Exception:  # a mail server outage must not undo an approval
                logger.exception("Could not send the %s notice to %s", event, message.to)

    if messages:
        transaction.on_commit(deliver)


def _context(obj, revision, **extra):
    return {
        "object": obj,
        "title": str(obj),
        "kind": obj._meta.verbose_name,
        "revision": revision,
        "compare_url": compare_url(obj, revision) if revision else "",
        "edit_url": edit_url(obj),
        **extra,
    }


def notify_submitted(workflow_state, obj, user):
    revision = obj.get_latest_revision()
    resubmitted = workflow_state.task_states.count() > 1
    context = _context(obj, revision, actor=user, resubmitted=resubmitted)
    _send("submitted", approvers(*SIDES), context, actor=user)


def notify_side_approved(task_state, obj, side, user, revision):
    others = [other for other in SIDES if other != side]
    recipients = [*approvers(*others), task_state.workflow_state.requested_by]
    row = task_state.side_approvals.filter(side=side, revision=revision).first()
    context = _context(
        obj, revision, actor=user, side=side_label(side), comment=row.comment if row else ""
    )
    _send("side_approved", recipients, context, actor=user)


def notify_rejected(workflow_state, obj, user):
    """Names and compares the latest revision: the one the approver looked at when asking for
    changes (Wagtail's task state still points at the revision the task started with)."""
    task_state = workflow_state.current_task_state
    recipients = [workflow_state.requested_by, *approvers(*SIDES)]
    revision = obj.get_latest_revision() or task_state.revision
    context = _context(obj, revision, actor=user, comment=task_state.comment)
    _send("rejected", recipients, context, actor=user)


def notify_published(workflow_state, obj, user):
    recipients = [workflow_state.requested_by, *approvers(*SIDES)]
    context = _context(obj, workflow_state.current_task_state.revision, actor=user)
    _send("published", recipients, context, actor=user)


def notify_scheduled(workflow_state, obj, user, revision):
    """Both sides approved a revision with a go-live time in the future: it is only scheduled."""
    recipients = [workflow_state.requested_by, *approvers(*SIDES)]
    context = _context(obj, revision, actor=user, go_live_at=revision.approved_go_live_at)
    _send("scheduled", recipients, context, actor=user)


def notify_went_live(workflow_state, obj, revision):
    """A scheduled, jointly approved revision went live (publish_scheduled): nobody acted, so
    everybody concerned hears of it."""
    recipients = [workflow_state.requested_by, *approvers(*SIDES)]
    _send("published", recipients, _context(obj, revision))


def notify_withdrawn(obj, user, sides, reason):
    """One side withdrew a live item: tell the other side's approvers and the editors."""
    others = [side for side in SIDES if side not in sides] or list(SIDES)
    context = _context(
        obj,
        obj.get_latest_revision(),
        actor=user,
        reason=reason,
        side=", ".join(str(side_label(side)) for side in sides),
    )
    _send("withdrawn", [*approvers(*others), *editors_of_issuer(obj)], context, actor=user)


def notify_emergency(obj, user, revision, reason):
    """An administrator published directly: both sides' approvers hear of it at once."""
    context = _context(obj, revision, actor=user, reason=reason)
    _send("emergency", approvers(*SIDES), context, actor=user)
