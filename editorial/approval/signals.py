"""Signal wiring: our notifiers (Wagtail's, with our recipients and texts) replace Wagtail's
workflow e-mails, and the public "jointly approved" snapshot follows the live revision: written
when a jointly approved revision goes live (at the approval, or later through
`publish_scheduled`), cleared by any other publish and by every unpublish."""

from contextvars import ContextVar

from django.utils import timezone

from wagtail.models import Page, Revision, TaskState, WorkflowState
from wagtail.signals import (
    page_published,
    page_unpublished,
    published,
    task_submitted,
    unpublished,
    workflow_approved,
    workflow_rejected,
    workflow_submitted,
)

from editorial.approval import notifications

# True while the finish action publishes: that publish is the approval's own, and its mail goes
# out from on_approved.
finishing = ContextVar("editorial_finishing", default=False)


def on_approved(sender, instance, user=None, **kwargs):
    """The last approval: "published", or "scheduled for ..." when the revision waits for its
    go-live time (the go-live itself mails again, see on_published)."""
    revision = Revision.objects.get(pk=instance.current_task_state.revision_id)
    if revision.approved_go_live_at is not None:
        notifications.notify_scheduled(instance, user=user, revision=revision)
    else:
        notifications.notify_published(instance, user=user, revision=revision)


def is_scheduled_go_live(revision):
    """publish_scheduled publishes revisions whose approved_go_live_at has passed; the publish
    clears the field in the database, not on the instance it was called on."""
    go_live_at = getattr(revision, "approved_go_live_at", None)
    return go_live_at is not None and go_live_at <= timezone.now()


def on_published(sender, instance, revision=None, **kwargs):
    """Write the snapshot when the revision going live is the one both sides approved (now, or
    earlier and scheduled); any other publish clears it. A scheduled go-live is announced."""
    from editorial.models import joint_approval  # models import this module's app, not the reverse

    approval = None
    ours = finishing.get() or is_scheduled_go_live(revision)
    if ours and instance.live and revision is not None and instance.live_revision_id == revision.pk:
        approval = joint_approval(revision)
    if approval is None:
        clear_snapshot(sender, instance)
        return
    type(instance)._default_manager.filter(pk=instance.pk).update(
        jointly_approved_at=approval["approved_at"], approved_sides=approval["sides"]
    )
    instance.jointly_approved_at = approval["approved_at"]
    instance.approved_sides = approval["sides"]
    if not finishing.get():
        # Nobody acted: everybody concerned hears of it.
        notifications.notify_published(approval["task_state"].workflow_state, revision=revision)


def on_snippet_published(sender, instance, **kwargs):
    # Wagtail sends `published` for pages too, after page_published.
    if not isinstance(instance, Page):
        on_published(sender, instance, **kwargs)


def clear_snapshot(sender, instance, **kwargs):
    """A publish outside the joint approval (an administrator's direct publish) must not
    carry an older "jointly approved on" line. Unpublishing (withdrawal or Wagtail's own)
    clears it too."""
    if getattr(instance, "jointly_approved_at", None) is None:
        return
    type(instance)._default_manager.filter(pk=instance.pk).update(
        jointly_approved_at=None, approved_sides=[]
    )
    instance.jointly_approved_at = None
    instance.approved_sides = []


# Wagtail's own workflow notices (wagtail.admin.signal_handlers), by signal, sender and
# dispatch uid: they go to superusers and know nothing of sides; ours replace them.
WAGTAIL_NOTICES = [
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
]


def connect():
    # wagtail.admin connects its notices in its ready(), which runs first: "editorial" is
    # listed after the Wagtail apps in INSTALLED_APPS.
    for signal, sender, uid in WAGTAIL_NOTICES:
        signal.disconnect(sender=sender, dispatch_uid=uid)

    # Wagtail starts the task again on a resubmission after "request changes": task_submitted
    # covers the first submission and every later one.
    task_submitted.connect(
        notifications.notify_submitted, sender=TaskState, dispatch_uid="editorial_submit"
    )
    workflow_rejected.connect(
        notifications.notify_rejected, sender=WorkflowState, dispatch_uid="editorial_reject"
    )
    workflow_approved.connect(on_approved, sender=WorkflowState, dispatch_uid="editorial_approve")
    page_published.connect(on_published, dispatch_uid="editorial_clear_snapshot_page")
    published.connect(on_snippet_published, dispatch_uid="editorial_clear_snapshot_snippet")
    page_unpublished.connect(clear_snapshot, dispatch_uid="editorial_clear_snapshot_page_off")
    unpublished.connect(clear_snapshot, dispatch_uid="editorial_clear_snapshot_snippet_off")
