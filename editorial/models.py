"""The custom workflow task "Gemeinsame Freigabe" and the per-side approval rows.

Wagtail's group approval completes on the first approval. Here one approver of the police side
and one of the council side must approve the *same* revision, in any order. Each approval is a
row against the object's latest revision; a newer revision leaves older rows behind (they count
as out of date), so an edit during approval voids what was approved before it."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.log_actions import log
from wagtail.models import Page, Revision, Task, TaskState, WorkflowState

from editorial.approval import binding
from editorial.approval.content import same_content
from editorial.approval.notifications import notify_side_approved
from editorial.sides import COUNCIL, POLICE, SIDES, side_label


def content_object(task_state):
    """The page (specific) or snippet a task state belongs to."""
    obj = task_state.workflow_state.content_object
    return obj.specific if isinstance(obj, Page) else obj


class JointApprovalTask(Task):
    """Complete when an approver of each side has approved the same, latest revision."""

    police_group = models.ForeignKey(
        Group,
        verbose_name=_("approvers of the police side"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    council_group = models.ForeignKey(
        Group,
        verbose_name=_("approvers of the council side"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    admin_form_fields = [*Task.admin_form_fields, "police_group", "council_group"]

    class Meta:
        verbose_name = _("joint approval")
        verbose_name_plural = _("joint approvals")

    @classmethod
    def get_description(cls):
        return _(
            "An approver of the police and one of the migration council approve the same "
            "revision, in either order; then it is published."
        )

    def clean(self):
        # One group for both sides would let one side approve twice, through two people.
        super().clean()
        if self.police_group_id and self.police_group_id == self.council_group_id:
            raise ValidationError(
                {
                    "council_group": _(
                        "The two sides need different groups: with one group for both, the "
                        "approvers of one side could approve for the other."
                    )
                }
            )

    # -- who may act -------------------------------------------------------------------------

    def group_ids(self):
        return {POLICE: self.police_group_id, COUNCIL: self.council_group_id}

    def user_sides(self, user):
        """The sides a user approves for. Superusers approve for none: the emergency path is
        a separate, audited action, never a silent second approval."""
        if not user.is_authenticated or not user.is_active or user.is_superuser:
            return []
        cache = user.__dict__.setdefault("_joint_approval_groups", {})
        if "ids" not in cache:
            cache["ids"] = set(user.groups.values_list("id", flat=True))
        return [side for side, group_id in self.group_ids().items() if group_id in cache["ids"]]

    def approvals_for(self, task_state, revision):
        """{side: SideApproval} valid for `revision`: approvals of it, or of an earlier revision
        with the same content (the editor's approve button saves a revision even when nothing
        changed; only a change of content voids an approval)."""
        result = {}
        rows = SideApproval.objects.filter(task_state=task_state).select_related("user", "revision")
        for row in rows.order_by("approved_at", "pk"):
            if row.revision_id == revision.pk or same_content(row.revision, revision):
                result[row.side] = row
        return result

    def side_to_approve(self, obj, user, task_state, approvals=None):
        """The side this user would approve the latest revision for, or None: a side not yet
        approved for it, and never a second side by the same user. `approvals`: those valid
        for the latest revision, where the caller has them already."""
        sides = self.user_sides(user)
        if not sides or task_state is None:
            return None
        if approvals is None:
            approvals = self.approvals_for(task_state, obj.get_latest_revision())
        if any(row.user_id == user.pk for row in approvals.values()):
            return None
        return next((side for side in sides if side not in approvals), None)

    def user_can_access_editor(self, obj, user):
        return bool(self.user_sides(user))

    def locked_for_user(self, obj, user):
        # Editors may keep editing during approval; every edit voids earlier approvals.
        return False

    def get_actions(self, obj, user):
        if not self.user_sides(user):
            return []
        return self.actions_for(self.side_to_approve(obj, user, obj.current_workflow_task_state))

    def actions_for(self, side):
        """An approver's actions: request changes, and approve where `side` is one they may
        still approve for. Every action opens the form that names the revision the approver
        saw (binding.py)."""
        actions = [("reject", _("Request changes"), True)]
        if side:
            actions.append(
                ("approve", _("Approve for %(side)s") % {"side": side_label(side)}, True)
            )
        return actions

    def get_form_for_action(self, action):
        from editorial.approval.forms import ApprovalActionForm  # forms import models

        return ApprovalActionForm

    def get_template_for_action(self, action):
        return "editorial/admin/workflow_action_modal.html"

    def get_task_states_user_can_moderate(self, user, **kwargs):
        if self.user_sides(user):
            return self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        return TaskState.objects.none()

    # -- acting ------------------------------------------------------------------------------

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        comment = kwargs.get("comment", "") or ""
        workflow_state = WorkflowState.objects.select_for_update().get(
            pk=task_state.workflow_state_id
        )
        task_state = TaskState.objects.select_for_update().get(pk=task_state.pk)
        if (
            task_state.status != TaskState.STATUS_IN_PROGRESS
            or workflow_state.current_task_state_id != task_state.pk
            or task_state.task_id != self.pk
        ):
            raise PermissionDenied
        obj = content_object(task_state)
        # The revision the approver saw (the admin's forms always send it; the editor's own
        # path checks it before saving the approver's edits and then leaves it out).
        if "revision" in kwargs:
            binding.check(obj, kwargs["revision"])

        if action_name == "reject":
            if not self.user_sides(user):
                raise PermissionDenied
            task_state.reject(user=user, comment=comment)
            return None
        if action_name != "approve":
            raise PermissionDenied

        side = self.side_to_approve(obj, user, task_state)
        if side is None:
            raise PermissionDenied
        revision = obj.get_latest_revision()
        SideApproval.objects.create(
            task_state=task_state, side=side, user=user, revision=revision, comment=comment
        )
        log(
            instance=obj,
            action="editorial.approve_side",
            user=user,
            revision=revision,
            data={"side": side, "revision_id": revision.pk, "comment": comment},
        )
        approvals = self.approvals_for(task_state, revision)
        if set(SIDES) <= set(approvals):
            # Wagtail fixed task_state.revision when the task started, and only counts task
            # states of the latest revision as successful: point it at the revision both sides
            # approved, or an edit during approval would leave the workflow unable to finish.
            task_state.revision = revision
            task_state.save(update_fields=["revision"])
            task_state.approve(user=user, comment=comment)
            # For the editor's confirmation (editorial.wagtail_hooks.tell_last_approver): the
            # last approver gets no mail of their own.
            user._editorial_finished_revision = revision.pk
        else:
            notify_side_approved(task_state, user=user, side=side, revision=revision)
        return None

    def status_rows(self, obj, task_state):
        """For the status panel: each side's approval valid for the latest revision, or the
        older revision it approved (out of date), or nothing yet."""
        current = self.approvals_for(task_state, obj.get_latest_revision())
        latest_by_side = {}
        for row in SideApproval.objects.filter(task_state=task_state).order_by("approved_at", "pk"):
            latest_by_side[row.side] = row
        return [
            {
                "side": side,
                "label": side_label(side),
                "current": current.get(side),
                "stale": None if side in current else latest_by_side.get(side),
            }
            for side in SIDES
        ]


def joint_approval(revision):
    """The joint approval that completed for exactly this revision, or None: {"task_state",
    "approved_at" (when the last side approved), "sides"}. It is how a publish long after the
    approval (scheduled, then published by `publish_scheduled`) still knows who approved."""
    if revision is None:
        return None
    task_states = TaskState.objects.filter(
        revision=revision,
        status=TaskState.STATUS_APPROVED,
        task__in=JointApprovalTask.objects.all(),
    ).select_related("workflow_state", "workflow_state__requested_by")
    for task_state in task_states.order_by("-finished_at", "-pk"):
        rows = task_state.task.specific.approvals_for(task_state, revision).values()
        sides = sorted({row.side for row in rows})
        if set(SIDES) <= set(sides) and len({row.user_id for row in rows}) >= len(SIDES):
            approved_at = max(row.approved_at for row in rows)
            return {"task_state": task_state, "approved_at": approved_at, "sides": sides}
    return None


class SideApproval(models.Model):
    """One side's approval of one revision within one task state."""

    task_state = models.ForeignKey(
        TaskState, on_delete=models.CASCADE, related_name="side_approvals"
    )
    side = models.CharField(
        _("side"), max_length=20, choices=[(side, side_label(side)) for side in SIDES]
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    revision = models.ForeignKey(Revision, on_delete=models.CASCADE, related_name="+")
    comment = models.TextField(_("comment"), blank=True)
    approved_at = models.DateTimeField(_("approved at"), default=timezone.now)

    class Meta:
        verbose_name = _("side approval")
        verbose_name_plural = _("side approvals")
        ordering = ["approved_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["task_state", "revision", "side"], name="one_approval_per_side"
            ),
            models.UniqueConstraint(
                fields=["task_state", "revision", "user"], name="one_side_per_user"
            ),
        ]

    def __str__(self):
        return f"{side_label(self.side)}: {self.user} (revision {self.revision_id})"


SHARE_LINK_SALT = "editorial.share-link"


def default_link_expiry():
    return timezone.now() + timezone.timedelta(days=7)


class ShareLinkQuerySet(models.QuerySet):
    def for_object(self, obj):
        return self.filter(
            revision__base_content_type=obj.get_base_content_type(),
            revision__object_id=str(obj.pk),
        )

    def usable(self):
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())


class ShareLink(models.Model):
    """A draft link: one revision, readable without an account through a signed token until
    it expires or is revoked (docs/architecture.md, "Partner reviewers without accounts")."""

    revision = models.ForeignKey(
        Revision, on_delete=models.CASCADE, related_name="+", verbose_name=_("revision")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), default=default_link_expiry)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    note = models.CharField(
        _("note"),
        max_length=200,
        blank=True,
        help_text=_("For whom the link is, e.g. 'Beirat, Arbeitskreis Prävention'."),
    )

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("draft link")
        verbose_name_plural = _("draft links")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.revision} ({self.created_at:%Y-%m-%d})"

    def get_absolute_url(self):
        return reverse("editorial_draft", args=(self.token,))

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()

    @property
    def is_usable(self):
        return self.revoked_at is None and not self.is_expired

    @property
    def token(self):
        """The signed token of the public URL; changing one character makes it invalid."""
        return signing.Signer(salt=SHARE_LINK_SALT).sign(str(self.pk))

    @classmethod
    def from_token(cls, token):
        """The link a token names; BadSignature for an altered token, DoesNotExist for an
        unknown one."""
        pk = signing.Signer(salt=SHARE_LINK_SALT).unsign(token)
        return cls.objects.select_related("revision", "created_by").get(pk=int(pk))

    def content_object(self):
        obj = self.revision.content_object
        return obj.specific if isinstance(obj, Page) else obj
