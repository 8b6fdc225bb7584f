"""How the joint approval ends: WAGTAIL_FINISH_WORKFLOW_ACTION.

Wagtail's default publishes the latest revision *as the last approver* and fails when that
approver may not publish (nobody but administrators may). This publishes exactly the revision
both sides approved, after checking again that it is the latest and that both sides approved it,
without the per-user publish check, for pages and snippets alike.

Wagtail imports this module while `wagtail.models` loads: no model imports at module level."""

from django.core.exceptions import PermissionDenied


def publish_jointly_approved(workflow_state, user=None):
    from wagtail.log_actions import log

    from editorial.approval.signals import finishing
    from editorial.models import content_object
    from editorial.sides import SIDES

    task_state = workflow_state.current_task_state
    revision = task_state.revision
    obj = content_object(task_state)
    latest = obj.get_latest_revision()
    if latest is None or latest.pk != revision.pk:
        raise PermissionDenied("The approved revision is no longer the latest one.")
    approvals = task_state.task.specific.approvals_for(task_state, revision).values()
    sides = {row.side for row in approvals}
    users = {row.user_id for row in approvals}
    if not set(SIDES) <= sides or len(users) < len(SIDES):
        raise PermissionDenied("Both sides must approve the same revision.")

    token = finishing.set(True)
    try:
        # The publish signal writes the snapshot (editorial.approval.signals.on_published); a
        # revision with a future go-live time is only scheduled, and gets it when it goes live.
        revision.publish(user=user, skip_permission_checks=True)
    finally:
        finishing.reset(token)
    revision.refresh_from_db(fields=["approved_go_live_at"])
    data = {"revision_id": revision.pk, "sides": sorted(sides)}
    if revision.approved_go_live_at is not None:
        data["go_live_at"] = revision.approved_go_live_at.isoformat()
    log(instance=obj, action="editorial.publish_joint", user=user, revision=revision, data=data)
