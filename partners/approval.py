"""The abstract base of every snippet that goes through the joint approval.

Partner, ContactPerson, Venue, PreventionMaterial and Alert are drafted, revised, previewed,
approved by both partners and translated like pages. Giving them all the same mixins from the
first migration lets the approval and translation issues add behaviour without reshaping models.
It lives in `partners`, the lowest content app, because every app above may import it."""

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
    """When and by which sides the live version was approved, written by the editorial finish
    action after publishing (and cleared by any other publish), so that public listings show
    "jointly approved on ..." from fields alone."""

    jointly_approved_at = models.DateTimeField(
        _("jointly approved at"), null=True, blank=True, editable=False
    )
    approved_sides = models.JSONField(
        _("approving sides"), default=list, blank=True, editable=False
    )

    class Meta:
        abstract = True


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
