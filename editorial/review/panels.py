"""Dashboard panels: waiting for my side's approval (with age), returned to me, withdrawn
recently. Each runs a handful of queries; the lists are short by nature."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.ui.components import Component
from wagtail.models import ModelLogEntry, PageLogEntry, TaskState, WorkflowState

from editorial.approval.decide import decide_url
from editorial.models import JointApprovalTask, content_object
from editorial.sides import side_label
from editorial.translations.views import translation_of

WITHDRAWN_DAYS = 30


class EditorialPanel(Component):
    template_name = "editorial/admin/panel.html"
    heading = ""
    panel_id = ""
    empty_text = ""

    def rows(self, user):
        return []

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        return {
            "rows": self.rows(request.user),
            "heading": self.heading,
            "panel_id": self.panel_id,
            "empty_text": self.empty_text,
            "request": request,
        }


class WaitingForMySidePanel(EditorialPanel):
    order = 90
    heading = _("Waiting for our side's approval")
    panel_id = "editorial-waiting"
    empty_text = _("Nothing is waiting for your side.")

    def rows(self, user):
        finder = AdminURLFinder(user)
        dashboard = reverse("wagtailadmin_home")
        result = []
        for task in JointApprovalTask.objects.filter(active=True):
            sides = task.user_sides(user)
            if not sides:
                continue
            states = (
                TaskState.objects.filter(task=task, status=TaskState.STATUS_IN_PROGRESS)
                .select_related("workflow_state")
                .order_by("started_at")
            )
            for state in states:
                obj = content_object(state)
                revision = obj.get_latest_revision()
                approvals = task.approvals_for(state, revision)
                missing = [side for side in sides if side not in approvals]
                if not missing:
                    continue
                side = task.side_to_approve(obj, user, state, approvals)
                # A translation is checked beside its German source.
                url = finder.get_edit_url(obj)
                if translation_of(obj) is not None:
                    url = reverse(
                        "editorial_review_translation",
                        args=(obj._meta.app_label, obj._meta.model_name, obj.pk),
                    )
                result.append(
                    {
                        "title": str(obj),
                        "url": url,
                        "detail": ", ".join(str(side_label(side)) for side in missing),
                        "since": state.workflow_state.created_at,
                        "revision": revision,
                        # Bound to the revision this row shows (editorial.approval.binding).
                        "actions": [
                            (label, decide_url(state, name, revision, dashboard))
                            for name, label, _modal in task.actions_for(side)
                        ],
                    }
                )
        return result


class ReturnedToMePanel(EditorialPanel):
    order = 95
    heading = _("Returned to me")
    panel_id = "editorial-returned"
    empty_text = _("Nothing has been returned to you.")

    def rows(self, user):
        finder = AdminURLFinder(user)
        states = (
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_NEEDS_CHANGES, requested_by=user
            )
            .select_related("current_task_state__finished_by")
            .order_by("-current_task_state__finished_at")
        )
        result = []
        for state in states:
            obj = state.content_object
            obj = getattr(obj, "specific", obj)
            task_state = state.current_task_state
            result.append(
                {
                    "title": str(obj),
                    "url": finder.get_edit_url(obj),
                    "detail": task_state.comment if task_state else "",
                    "since": task_state.finished_at if task_state else state.created_at,
                }
            )
        return result


class WithdrawnRecentlyPanel(EditorialPanel):
    order = 96
    heading = _("Withdrawn recently")
    panel_id = "editorial-withdrawn"
    empty_text = _("Nothing was withdrawn in the last 30 days.")

    def rows(self, user):
        since = timezone.now() - timezone.timedelta(days=WITHDRAWN_DAYS)
        entries = []
        for model in (PageLogEntry, ModelLogEntry):
            entries += list(
                model.objects.filter(action="editorial.withdraw", timestamp__gte=since)
                .select_related("user")
                .order_by("-timestamp")[:20]
            )
        entries.sort(key=lambda entry: entry.timestamp, reverse=True)
        return [
            {
                "title": entry.label,
                "url": "",
                "detail": (entry.data or {}).get("reason", ""),
                "since": entry.timestamp,
                "by": entry.user,
            }
            for entry in entries[:20]
        ]
