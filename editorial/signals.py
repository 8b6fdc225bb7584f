"""Signal wiring: our notices replace Wagtail's workflow e-mails, and any publish that is not
the joint approval's clears the public "jointly approved" snapshot."""

from wagtail.models import Page, TaskState, WorkflowState
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

from . import notifications


def _content(workflow_state):
    obj = workflow_state.content_object
    return obj.specific if isinstance(obj, Page) else obj


def on_submitted(sender, instance, user=None, **kwargs):
    notifications.notify_submitted(instance, _content(instance), user)


def on_rejected(sender, instance, user=None, **kwargs):
    notifications.notify_rejected(instance, _content(instance), user)


def on_approved(sender, instance, user=None, **kwargs):
    notifications.notify_published(instance, _content(instance), user)


def clear_snapshot(sender, instance, **kwargs):
    """A publish outside the joint approval (an administrator's direct publish) must not
    carry an older "jointly approved on" line; the finish action writes it after publishing.
    Unpublishing (withdrawal or Wagtail's own) clears it too."""
    if getattr(instance, "jointly_approved_at", None) is None:
        return
    type(instance)._default_manager.filter(pk=instance.pk).update(
        jointly_approved_at=None, approved_sides=[]
    )
    instance.jointly_approved_at = None
    instance.approved_sides = []


def connect():
    # Wagtail's own notices go to superusers and know nothing of sides; ours replace them.
    # wagtail.admin connects them in its ready(), which runs first: "editorial" is listed
    # after the Wagtail apps in INSTALLED_APPS.
    task_submitted.disconnect(
        sender=TaskState, dispatch_uid="group_approval_task_submitted_email_notification"
    )
    for signal, uid in (
        (workflow_submitted, "workflow_state_submitted_email_notification"),
        (workflow_rejected, "workflow_state_rejected_email_notification"),
        (workflow_approved, "workflow_state_approved_email_notification"),
    ):
        signal.disconnect(sender=WorkflowState, dispatch_uid=uid)

    workflow_submitted.connect(on_submitted, sender=WorkflowState, dispatch_uid="editorial_submit")
    workflow_rejected.connect(on_rejected, sender=WorkflowState, dispatch_uid="editorial_reject")
    workflow_approved.connect(on_approved, sender=WorkflowState, dispatch_uid="editorial_approve")
    page_published.connect(clear_snapshot, dispatch_uid="editorial_clear_snapshot_page")
    published.connect(clear_snapshot, dispatch_uid="editorial_clear_snapshot_snippet")
    page_unpublished.connect(clear_snapshot, dispatch_uid="editorial_clear_snapshot_page_off")
    unpublished.connect(clear_snapshot, dispatch_uid="editorial_clear_snapshot_snippet_off")
