"""The abstract base of every snippet that goes through the joint approval.

Partner, ContactPerson, Venue, PreventionMaterial and Alert are drafted, revised, previewed,
approved by both partners and translated like pages. Giving them all the same mixins from the
first migration lets the approval and translation issues add behaviour without reshaping models.
It lives on the floor (`approvable`), below `partners`, so that the approval snapshot is one
concept shared by every app and `editorial`, not a part of the partners app."""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from modelcluster.models import ClusterableModel


class ApprovalSnapshotMixin(models.Model):
    """When and by which sides the live version was approved, so that public listings show
    "jointly approved on ..." from fields alone. The fields describe the live row only: they
    are left out of revision content (a draft, preview, draft link or reverted draft never
    carries them) and out of copies and new translations. The editorial publish signal writes
    them when a jointly approved revision goes live, also later through `publish_scheduled`,
    and clears them on any other publish or unpublish."""

    SNAPSHOT_FIELDS = ("jointly_approved_at", "approved_sides")
    exclude_fields_in_copy = list(SNAPSHOT_FIELDS)

    jointly_approved_at = models.DateTimeField(
        _("jointly approved at"), null=True, blank=True, editable=False
    )
    approved_sides = models.JSONField(
        _("approving sides"), default=list, blank=True, editable=False
    )

    class Meta:
        abstract = True

    def serializable_data(self):
        data = super().serializable_data()
        for name in self.SNAPSHOT_FIELDS:
            data.pop(name, None)
        return data

    def with_content_json(self, content):
        # Revisions saved before the fields were left out still carry them: drop them here.
        obj = super().with_content_json(content)
        obj.jointly_approved_at = None
        obj.approved_sides = []
        return obj


class ApprovedSnippet(
    ApprovalSnapshotMixin,
    PreviewableMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    """A translatable snippet with drafts, revisions, preview and workflow."""

    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )
    revisions = GenericRelation(
        "wagtailcore.Revision",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    class Meta(TranslatableMixin.Meta):
        abstract = True

    def get_preview_template(self, request, mode_name):
        return f"{self._meta.app_label}/previews/{self._meta.model_name}.html"

    def get_preview_context(self, request, mode_name):
        context = super().get_preview_context(request, mode_name)
        context["object"] = self
        return context
