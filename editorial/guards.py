"""Admin hooks that keep actions bound to what the actor saw (editorial.binding).

The page and snippet editors send an approval or rejection together with the form: the
revision the approver loaded is in Wagtail's own `loaded_revision_id`/`loaded_revision_created_at`
fields (or `overwrite_revision_id` after an autosave), and the workflow modal adds our token to
`workflow-action-extra-data`. If another revision was saved in between, the action is refused
before anything is saved; the approver sees what changed and decides again. Registered from
wagtail_hooks.py."""

import json

from django.shortcuts import redirect

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder

from . import binding

EXTRA_DATA = "workflow-action-extra-data"


def _loaded_is_latest(post, latest):
    """Wagtail's own out-of-date rule of the edit views (EditView.is_out_of_date), strict:
    without any loaded revision in the POST the action is not bound and counts as stale."""
    if latest is None:
        return True
    if overwrite := post.get("overwrite_revision_id"):
        return overwrite == str(latest.pk)
    if post.get("loaded_revision_id") != str(latest.pk):
        return False
    return post.get("loaded_revision_created_at", "") == latest.created_at.isoformat()


def _extra_data(post):
    try:
        data = json.loads(post.get(EXTRA_DATA) or "{}")
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def bound_workflow_action(request, obj):
    """Before an editor view handles "action-workflow-action": refuse a stale decision."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None
    data = _extra_data(request.POST)
    if data is None:
        return None  # malformed extra data is answered elsewhere (400)
    latest = obj.get_latest_revision()
    seen = data.get(binding.FIELD) or binding.token(latest)
    stale = not _loaded_is_latest(request.POST, latest)
    try:
        if stale:
            raise binding.StaleRevision(obj, request.POST.get("loaded_revision_id"), latest)
        binding.check(obj, seen, latest)
    except binding.StaleRevision as error:
        messages.error(request, binding.stale_message(error))
        return redirect(AdminURLFinder(request.user).get_edit_url(obj) or request.path)
    # Checked: the editor view may now save the approver's own edits (a new revision) and act
    # on it; the token would name the revision before those edits.
    data.pop(binding.FIELD, None)
    post = request.POST.copy()
    post[EXTRA_DATA] = json.dumps(data)
    request.POST = post
    return None


@hooks.register("before_edit_page", order=-2)
def page_workflow_action_is_bound(request, page):
    return bound_workflow_action(request, page.specific)


@hooks.register("before_edit_snippet", order=-2)
def snippet_workflow_action_is_bound(request, instance):
    return bound_workflow_action(request, instance)
