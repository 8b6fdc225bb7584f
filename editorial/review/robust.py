"""Robustness of the editorial admin against malformed requests: an id in our URLs that is not
the canonical form of a primary key is a 404 (never a 500 from the database), the JSON that the
editor's workflow buttons send ("workflow-action-extra-data") is checked before Wagtail saves
anything, and form submissions are shown only to the groups that handle them.

The hooks register on import; editorial/wagtail_hooks.py imports this module."""

import json

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from editorial.hook_pairs import register_for_pages_and_snippets
from editorial.setup import FORM_SUBMISSION_GROUPS

# -- ids in URLs ---------------------------------------------------------------------------


def object_pk(model, raw):
    """The primary key value of `model` that the URL segment `raw` spells, or Http404.

    Only the canonical spelling counts ("12", not "012", " 12" or Arabic-Indic digits that
    int() would accept), so one object has one admin address."""
    field = model._meta.pk
    try:
        value = field.to_python(raw)
        field.get_prep_value(value)
    except (ValidationError, ValueError, TypeError, OverflowError) as error:
        raise Http404 from error
    if value is None or str(value) != raw:
        raise Http404
    return value


# -- the editor's workflow buttons -------------------------------------------------------------

JSON_SCALARS = (str, int, float, bool, type(None))
MALFORMED_WORKFLOW_DATA = _(
    "The workflow action was not carried out and nothing was saved: the data sent with it "
    "is malformed. Reload the page and try again."
)


def workflow_extra_data_problem(request, obj):
    """Why the POSTed "workflow-action-extra-data" is unusable, or None when it is fine.

    Wagtail's page and snippet editors pass it to `json.loads` and then as keyword arguments
    to the task's `on_action`: invalid JSON or a non-object is a 500 after the revision is
    saved, and unknown keys reach `on_action` unchecked. Accepted is what Wagtail's own modal
    sends: an object with the fields of the task's form for that action, which validate."""
    raw = request.POST.get("workflow-action-extra-data", "{}")
    try:
        data = json.loads(raw)
    except ValueError:
        return "invalid JSON"
    if not isinstance(data, dict):
        return "not a JSON object"
    if not all(isinstance(value, JSON_SCALARS) for value in data.values()):
        return "values must be plain values"
    task = obj.current_workflow_task
    if task is None:
        # The workflow ended meanwhile: Wagtail ignores the action and only saves.
        return None
    form_class = task.specific.get_form_for_action(request.POST.get("workflow-action-name", ""))
    fields = set(form_class.base_fields) if form_class else set()
    if set(data) - fields:
        return "unknown keys"
    if form_class and data:
        form = form_class(data={key: "" if v is None else str(v) for key, v in data.items()})
        # Whether the revision named is still the latest is answered by editorial.approval.guards,
        # with a message and the comparison, not as malformed data.
        if not form.is_valid() and set(form.errors) - {"revision"}:
            return "invalid values"
    return None


# Before every other edit hook (the translation editor's publish runs at order -1), so a
# malformed request is refused before anything is saved.
@register_for_pages_and_snippets("before_edit", order=-2)
def check_workflow_extra_data(request, obj):
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    if workflow_extra_data_problem(request, obj) is None:
        return None
    return HttpResponseBadRequest(
        str(MALFORMED_WORKFLOW_DATA), content_type="text/plain; charset=utf-8"
    )


# -- form submissions ----------------------------------------------------------------------


def handles_form_submissions(user):
    """Administrators and the groups of FORM_SUBMISSION_GROUPS read what visitors send."""
    if not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name__in=FORM_SUBMISSION_GROUPS).exists()


@hooks.register("filter_form_submissions_for_user")
def form_submissions_only_for_handlers(user, editable_forms):
    """Wagtail shows the submissions of every form page a user may edit; translators may edit
    every page, but submissions (names, addresses, reports) are not theirs to read."""
    if handles_form_submissions(user):
        return editable_forms
    return editable_forms.none()
