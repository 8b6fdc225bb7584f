"""What counts as a change of content: the values an editor's form can change, derived from
the model's own edit handler (issue 14, item 4).

A revision's content also holds Wagtail's bookkeeping (latest revision, lock, tree paths,
publication times), the approval snapshot and the page comments with their timestamps. None of
that is what a visitor sees, so none of it may void an approval. The rule is derived, not
listed: the fields and inline formsets of the edit form are the content (a tag field counts
through its tag relation); Wagtail's comments formset is not, since comments are notes
between editors that are never published."""

from functools import cache

from wagtail.admin.panels import get_edit_handler
from wagtail.models import COMMENTS_RELATION_NAME, Page


@cache
def content_keys(model):
    """(field names, {child relation: child field names}) of a model's edit form."""
    handler = model.get_edit_handler() if issubclass(model, Page) else get_edit_handler(model)
    options = handler.get_form_options()
    fields, children = set(), {}
    model_fields = {field.name: field for field in model._meta.get_fields()}
    for name in options.get("fields", []):
        field = model_fields.get(name)
        if field is None:
            continue  # a form-only input such as "comment_notifications"
        through = getattr(field, "through", None)
        if through is not None and hasattr(through, "content_object"):
            # A tag field: its values live in the revision as the tag relation's rows.
            relation = through._meta.get_field("content_object").remote_field.related_name
            children[relation] = ("tag",)
        else:
            fields.add(name)
    for relation, formset in (options.get("formsets") or {}).items():
        if relation != COMMENTS_RELATION_NAME:
            children[relation] = tuple(formset.get("fields") or ())
    return frozenset(fields), children


def public_content(revision):
    """The part of a revision's content a visitor can see."""
    model = revision.content_type.model_class()
    fields, children = content_keys(model)
    content = revision.content
    view = {name: content.get(name) for name in sorted(fields)}
    for relation, child_fields in sorted(children.items()):
        view[relation] = [
            {name: child.get(name) for name in child_fields} for child in content.get(relation, [])
        ]
    return view


def same_content(revision_a, revision_b):
    """Whether two revisions would publish the same thing."""
    return public_content(revision_a) == public_content(revision_b)
