"""What voids an approval (issue 14, item 4): a change a visitor can see always does; comments,
their timestamps and Wagtail's bookkeeping never do. The rule comes from each model's edit form
(editorial.approval.content), and this test walks the revision content of every model under
approval, so a field added later is either in the form or shown here as not-content."""

import json

from django.apps import apps
from django.urls import reverse

from wagtail.models import (
    COMMENTS_RELATION_NAME,
    DraftStateMixin,
    LockableMixin,
    Page,
    PreviewableMixin,
    Revision,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from approvable.models import ApprovalSnapshotMixin
from editorial.approval.content import content_keys, same_content
from editorial.setup import SNIPPETS_UNDER_APPROVAL

from .conftest import shown
from .forms import news_form

pytestmark = pytest.mark.django_db

OUR_APPS = {"home", "news", "events", "prevention", "partners"}
BASES = (
    Page,
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
    ApprovalSnapshotMixin,
)


def models_under_approval():
    pages = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model._meta.app_label in OUR_APPS
    ]
    return pages + [apps.get_model(label) for label in SNIPPETS_UNDER_APPROVAL]


def bookkeeping_names():
    """Fields the Wagtail mixins and the approval snapshot add: never content."""
    names = {"id", "pk", COMMENTS_RELATION_NAME}
    for base in BASES:
        if not hasattr(base, "_meta"):
            continue  # PreviewableMixin adds no field
        for field in base._meta.get_fields():
            names.update({field.name, getattr(field, "attname", field.name)})
    return names


def revision_of(model, content):
    return Revision(content=content, content_type_id=_content_type(model).pk)


def _content_type(model):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_model(model)


@pytest.mark.parametrize("model", models_under_approval(), ids=lambda m: m._meta.label)
def test_every_key_of_a_revision_is_content_or_bookkeeping(model):
    content = model().serializable_data()
    fields, children = content_keys(model)
    bookkeeping = bookkeeping_names()
    unexplained = set(content) - set(fields) - set(children) - bookkeeping
    # Parent links of multi-table inheritance (page_ptr) are bookkeeping too.
    unexplained = {key for key in unexplained if not key.endswith("_ptr")}
    assert not unexplained, (
        f"{model._meta.label}: revision keys neither in the edit form nor Wagtail's own: "
        f"{sorted(unexplained)} – add them to the panels or decide they are not content"
    )


@pytest.mark.parametrize("model", models_under_approval(), ids=lambda m: m._meta.label)
def test_a_change_of_any_form_value_voids_and_bookkeeping_never_does(model):
    content = model().serializable_data()
    fields, children = content_keys(model)
    base = revision_of(model, content)
    for key in fields:
        changed = revision_of(model, {**content, key: "geändert"})
        assert not same_content(base, changed), f"{model._meta.label}.{key} must void"
    for relation in children:
        changed = revision_of(model, {**content, relation: [{"pk": 1}]})
        assert not same_content(base, changed), f"{model._meta.label}.{relation} must void"
    for key in set(content) - set(fields) - set(children):
        changed = revision_of(model, {**content, key: "2031-01-01T00:00:00Z"})
        assert same_content(base, changed), f"{model._meta.label}.{key} must not void"
    comments = revision_of(
        model, {**content, COMMENTS_RELATION_NAME: [{"text": "Notiz", "updated_at": "now"}]}
    )
    assert same_content(base, comments)


def test_a_commented_page_goes_live_after_both_approve(
    draft_news, editor_police, approver_police, approver_council, act, client
):
    url = reverse("wagtailadmin_pages:edit", args=(draft_news.pk,))
    client.force_login(editor_police)  # written in the editor, as every real page is
    assert client.post(url, news_form(draft_news)).status_code == 302
    draft_news = type(draft_news).objects.get(pk=draft_news.pk)
    draft_news.get_workflow().start(draft_news, editor_police)
    act(approver_police, draft_news, "approve")

    # The council's approver adds a field comment in the editor and approves from there.
    client.force_login(approver_council)
    data = news_form(draft_news)
    data.update(
        nested_form_data(
            {
                "comments": inline_formset(
                    [
                        {
                            "contentpath": "title",
                            "text": "Titel passt, bitte beim nächsten Mal kürzer.",
                            "position": "",
                            "replies": inline_formset([]),
                        }
                    ]
                )
            }
        )
    )
    data.update(
        {
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(
                {"comment": "", "revision": shown(draft_news)}
            ),
        }
    )
    assert client.post(url, data).status_code == 302
    page = type(draft_news).objects.get(pk=draft_news.pk)
    assert page.wagtail_admin_comments.count() == 1
    assert page.live, "a comment voided the other side's approval"
