"""Admin template tags of the joint approval."""

from django import template

from wagtail.models import TaskState

from editorial.models import JointApprovalTask

register = template.Library()


@register.simple_tag
def joint_approval_status(obj):
    """Each side's approval state of the object's latest revision, for the status panel, or
    None when the object is not at a joint approval task."""
    task_state = getattr(obj, "current_workflow_task_state", None)
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    task = task_state.task.specific
    if not isinstance(task, JointApprovalTask):
        return None
    return {"rows": task.status_rows(obj, task_state), "latest": obj.get_latest_revision()}
