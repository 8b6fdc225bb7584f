"""E-mails of the joint approval, sent through Wagtail's own notifiers (`wagtail.admin.mail`).

Who hears what, and which switch under "Benutzerkonto → Benachrichtigung" silences it:
- submitted (and resubmitted after "request changes"): the approvers of both sides ("submitted");
- one side approved: the other side's approvers and the submitter ("approved");
- changes requested: the submitter and the approvers of both sides ("rejected");
- published, or approved with a go-live time in the future ("scheduled for ...", and again
  "published" when `publish_scheduled` puts it live): the same people ("approved");
- withdrawn, published by an administrator without approval, a comment through a draft link:
  always sent, since nobody else would tell them.
The acting user never receives their own notice. Mails go out after the transaction commits,
so a rolled-back approval never announces itself. No model imports at module level: models.py
imports this module."""

from functools import partial
from operator import attrgetter

from django.conf import settings
from django.contrib.admin.utils import quote
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import format_lazy

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.mail import (
    BaseGroupApprovalTaskStateEmailNotifier,
    BaseWorkflowStateEmailNotifier,
    EmailNotificationMixin,
    Notifier,
)
from wagtail.models import Page
from wagtail.users.models import UserProfile

from editorial.sides import EDITOR_GROUPS, SIDES, side_label


def content_object(workflow_state):
    obj = workflow_state.content_object
    return obj.specific if isinstance(obj, Page) else obj


def members(**filters):
    return get_user_model().objects.filter(**filters).select_related("wagtail_userprofile")


def approvers(sides, task=None):
    """Members of the groups a joint approval task names for these sides: `task`'s, or every
    active one's (an administrator may point the task at other groups in the Tasks admin)."""
    from editorial.models import JointApprovalTask  # models imports this module

    tasks = (
        [task]
        if isinstance(task, JointApprovalTask)
        else JointApprovalTask.objects.filter(active=True)
    )
    return set(members(groups__in={t.group_ids()[side] for t in tasks for side in sides}))


def editors_of_issuer(obj):
    """The editors responsible for an item: the issuing partner's side, or both for a joint
    item (and for pages that name no issuer)."""
    kind = getattr(getattr(obj, "issuer", None), "kind", None)
    names = [EDITOR_GROUPS[kind]] if kind in EDITOR_GROUPS else list(EDITOR_GROUPS.values())
    return set(members(groups__name__in=names))


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


def object_context(obj, revision):
    return {
        "object": obj,
        "title": str(obj),
        "kind": obj._meta.verbose_name,
        "revision": revision,
        "compare_url": compare_url(obj, revision) if revision else "",
        "edit_url": edit_url(obj),
    }


class EditorialEmail(EmailNotificationMixin):
    """Our texts (templates/editorial/email/<template_name>) through Wagtail's sending: only to
    active users with an address whose preference `notification` is on (None: always), one
    connection per batch, each mail in the recipient's admin language. Wagtail falls back to
    the active language, the acting user's; ours falls back to German."""

    template_directory = "editorial/email/"
    template_name = ""
    notification = None

    def get_template_set(self, instance, **kwargs):
        base = self.template_directory + self.template_name
        return {"subject": f"{base}_subject.txt", "text": f"{base}.txt"}

    def get_valid_recipients(self, instance, **kwargs):
        if self.notification:
            recipients = super().get_valid_recipients(instance, **kwargs)
        else:  # nobody can switch these off; Wagtail reads the language from the profile
            recipients = {
                user
                for user in self.get_recipient_users(instance, **kwargs)
                if user and user.is_active and user.email and UserProfile.get_for_user(user)
            }
        actor = kwargs.get("user")
        return sorted(
            (user for user in recipients if actor is None or user.pk != actor.pk),
            key=attrgetter("pk"),
        )

    def get_context(self, instance, **kwargs):
        return {**super().get_context(instance, **kwargs), "actor": kwargs.get("user")}

    def send_notifications(self, template_set, context, recipients, **kwargs):
        transaction.on_commit(
            partial(self.send_emails, template_set, context, recipients), robust=True
        )
        return True

    def send_emails(self, template_set, context, recipients, **kwargs):
        with translation.override(settings.LANGUAGE_CODE):
            return super().send_emails(template_set, context, recipients, **kwargs)


class JointTaskEmail(EditorialEmail, BaseGroupApprovalTaskStateEmailNotifier):
    """A notice about a task state of the joint approval task."""

    def can_handle(self, instance, **kwargs):
        from editorial.models import JointApprovalTask  # models imports this module

        return Notifier.can_handle(self, instance) and isinstance(
            instance.task.specific, JointApprovalTask
        )

    def get_context(self, task_state, **kwargs):
        obj = content_object(task_state.workflow_state)
        revision = kwargs.get("revision") or obj.get_latest_revision()
        return {**super().get_context(task_state, **kwargs), **object_context(obj, revision)}


class SubmittedEmail(JointTaskEmail):
    """Wagtail starts the task on the first submission and again on a resubmission after
    "request changes"; either way it sends `task_submitted`."""

    notification = "submitted"
    template_name = "submitted"

    def get_recipient_users(self, task_state, **kwargs):
        return approvers(SIDES, task_state.task.specific)

    def get_context(self, task_state, **kwargs):
        context = super().get_context(task_state, **kwargs)
        context["resubmitted"] = task_state.workflow_state.task_states.exclude(
            pk=task_state.pk
        ).exists()
        return context


class SideApprovedEmail(JointTaskEmail):
    notification = "approved"
    template_name = "side_approved"

    def get_recipient_users(self, task_state, side, **kwargs):
        others = [other for other in SIDES if other != side]
        return {
            *approvers(others, task_state.task.specific),
            task_state.workflow_state.requested_by,
        }

    def get_context(self, task_state, side, revision, **kwargs):
        context = super().get_context(task_state, revision=revision, **kwargs)
        row = task_state.side_approvals.filter(side=side, revision=revision).first()
        context.update(side=side_label(side), comment=row.comment if row else "")
        return context


class WorkflowEmail(EditorialEmail, BaseWorkflowStateEmailNotifier):
    """A notice about the end of a joint approval round: to the submitter and both sides."""

    def get_recipient_users(self, workflow_state, **kwargs):
        task = workflow_state.current_task_state.task.specific
        return {workflow_state.requested_by, *approvers(SIDES, task)}

    def get_context(self, workflow_state, revision, **kwargs):
        obj = content_object(workflow_state)
        return {**super().get_context(workflow_state, **kwargs), **object_context(obj, revision)}


class RejectedEmail(WorkflowEmail):
    """Names and compares the latest revision: the one the approver looked at when asking for
    changes (Wagtail's task state still points at the revision the task started with)."""

    notification = "rejected"
    template_name = "rejected"

    def get_context(self, workflow_state, **kwargs):
        task_state = workflow_state.current_task_state
        revision = content_object(workflow_state).get_latest_revision() or task_state.revision
        context = super().get_context(workflow_state, revision=revision, **kwargs)
        context["comment"] = task_state.comment
        return context


class PublishedEmail(WorkflowEmail):
    """Both sides approved `revision` and it is live (at the approval, or when
    `publish_scheduled` put it live: then nobody acted, so everybody concerned hears of it)."""

    notification = "approved"
    template_name = "published"


class ScheduledEmail(WorkflowEmail):
    """Both sides approved a revision with a go-live time in the future: it is only scheduled."""

    notification = "approved"
    template_name = "scheduled"

    def get_context(self, workflow_state, revision, **kwargs):
        context = super().get_context(workflow_state, revision=revision, **kwargs)
        context["go_live_at"] = revision.approved_go_live_at
        return context


class ObjectEmail(EditorialEmail, Notifier):
    """A notice about a page or snippet outside an approval round."""

    def __init__(self):
        super().__init__((models.Model,))

    def get_context(self, obj, revision=None, **kwargs):
        return {**super().get_context(obj, **kwargs), **object_context(obj, revision)}


class WithdrawnEmail(ObjectEmail):
    """One side withdrew a live item: the other side's approvers and the editors hear of it."""

    template_name = "withdrawn"

    def get_recipient_users(self, obj, sides, **kwargs):
        others = [side for side in SIDES if side not in sides] or list(SIDES)
        return approvers(others) | editors_of_issuer(obj)

    def get_context(self, obj, sides, reason, **kwargs):
        context = super().get_context(obj, revision=obj.get_latest_revision(), **kwargs)
        # Lazy, so each recipient reads the sides in their own language.
        side = format_lazy(", ".join(["{}"] * len(sides)), *map(side_label, sides))
        context.update(reason=reason, side=side)
        return context


class EmergencyEmail(ObjectEmail):
    """An administrator published directly: both sides' approvers hear of it at once."""

    template_name = "emergency"

    def get_recipient_users(self, obj, **kwargs):
        return approvers(SIDES)

    def get_context(self, obj, reason, **kwargs):
        return {**super().get_context(obj, **kwargs), "reason": reason}


class DraftCommentEmail(EditorialEmail, Notifier):
    """A partner without an account commented through a draft link: to the link's creator,
    always (the comment exists nowhere else)."""

    template_name = "draft_comment"

    def __init__(self):
        super().__init__((models.Model,))

    def get_recipient_users(self, link, **kwargs):
        return {link.created_by}

    def get_context(self, link, obj, name, comment, **kwargs):
        context = {**super().get_context(link, **kwargs), **object_context(obj, None)}
        context.update(link=link, name=name, comment=comment)
        return context


notify_submitted = SubmittedEmail()
notify_side_approved = SideApprovedEmail()
notify_rejected = RejectedEmail()
notify_published = PublishedEmail()
notify_scheduled = ScheduledEmail()
notify_withdrawn = WithdrawnEmail()
notify_emergency = EmergencyEmail()
notify_draft_comment = DraftCommentEmail()
