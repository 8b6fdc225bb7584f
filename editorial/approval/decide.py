"""The approval page behind the dashboard rows and the side-by-side translation review: one
task state, one action (approve / request changes), bound to the revision the approver saw.

GET shows which revision is decided on (with the comparison with the live version); POST
records the decision only if that revision is still the latest, otherwise it says what
happened, records nothing and shows the new revision instead (editorial.approval.binding)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import TaskState

from editorial.approval import binding
from editorial.approval.forms import ApprovalActionForm
from editorial.models import JointApprovalTask, content_object
from editorial.review.admin_views import edit_path


def decide(request, task_state_id, action):
    task_state = get_object_or_404(TaskState, pk=task_state_id)
    task = task_state.task.specific
    if not isinstance(task, JointApprovalTask) or action not in ("approve", "reject"):
        raise Http404
    obj = content_object(task_state)
    next_url = get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
    if (
        task_state.status != TaskState.STATUS_IN_PROGRESS
        or obj.current_workflow_task_state != task_state
    ):
        messages.info(
            request, _("'%(title)s' is not awaiting approval (any more).") % {"title": obj}
        )
        return redirect(next_url)
    labels = {name: label for name, label, _modal in task.get_actions(obj, request.user)}
    if action not in labels:
        raise PermissionDenied

    form = ApprovalActionForm(request.POST or None)
    if request.method == "POST":
        if action == "reject" and not request.POST.get("comment", "").strip():
            form.add_error("comment", _("Please say what needs to change."))
        if form.is_valid():
            task.on_action(task_state, request.user, action, **form.cleaned_data)
            if action == "approve" and not tell_last_approver(request, obj):
                messages.success(
                    request, _("Your approval of '%(title)s' has been recorded.") % {"title": obj}
                )
            elif action == "reject":
                messages.success(
                    request, _("'%(title)s' has been returned to the editors.") % {"title": obj}
                )
            return redirect(next_url)
    return TemplateResponse(
        request,
        "editorial/admin/decide.html",
        {
            "object": obj,
            "form": form,
            "action": action,
            "action_verbose": labels[action],
            "task_state": task_state,
            "status": task.status_rows(obj, task_state),
            "edit_url": edit_path(obj),
            "next": next_url,
        },
    )


def decide_url(task_state, action, revision, next_url=None):
    """The approval page of one action, naming the revision shown where the link is."""
    from urllib.parse import urlencode

    query = {binding.FIELD: binding.token(revision)}
    if next_url:
        query["next"] = next_url
    url = reverse("editorial_decide", args=(task_state.pk, action))
    return f"{url}?{urlencode(query)}"


def tell_last_approver(request, obj):
    """If this request's approval was the last one, say that it is published (or scheduled)
    and return True. The task marks the revision it finished on the acting user."""
    from zoneinfo import ZoneInfo

    from django.utils.formats import date_format
    from django.utils.timezone import localtime

    from wagtail.models import Revision

    revision_id = getattr(request.user, "_editorial_finished_revision", None)
    if revision_id is None:
        return False
    revision = Revision.objects.get(pk=revision_id)
    if revision.approved_go_live_at is not None:
        berlin = localtime(revision.approved_go_live_at, ZoneInfo("Europe/Berlin"))
        when = date_format(berlin, "SHORT_DATETIME_FORMAT")
        message = _(
            "Both sides approved revision %(revision)s of '%(title)s': it is scheduled for "
            "%(when)s (Berlin time) and goes live then."
        ) % {"revision": revision.pk, "title": obj, "when": when}
    else:
        message = _(
            "Both sides approved revision %(revision)s of '%(title)s': it is now published."
        ) % {"revision": revision.pk, "title": obj}
    messages.success(request, message)
    return True
