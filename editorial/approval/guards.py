"""Admin hooks that guard live content: actions bound to what the actor saw
(editorial.approval.binding), and administrators' shortcuts routed through the audited paths.

The page and snippet editors send an approval or rejection together with the form: the
revision the approver loaded is in Wagtail's own `loaded_revision_id`/`loaded_revision_created_at`
fields (or `overwrite_revision_id` after an autosave), and the workflow modal adds our token to
`workflow-action-extra-data`. If another revision was saved in between, the action is refused
before anything is saved; the approver sees what changed and decides again. Registered from
wagtail_hooks.py."""

import json

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder

from editorial.approval import binding
from editorial.hook_pairs import register_for_pages_and_snippets

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


@register_for_pages_and_snippets("before_edit", order=-2)
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


# -- administrators' shortcuts that change live content (issue 14, item 5) -------------------
#
# Publishing goes through the emergency form (wagtail_hooks.py). Unpublishing goes through the
# withdrawal (reason, audit entry, mail to both sides). Copies are never published on copying,
# aliases (a live copy of approved content at another address) are not created, and a live
# page is not moved; reverting saves a draft, whose publication again needs the approval or
# the emergency form.


def _refuse(request, message, url):
    messages.error(request, message)
    return redirect(url)


@hooks.register("before_copy_page")
def copies_are_drafts(request, page):
    if request.method == "POST" and (
        request.POST.get("publish_copies") or request.POST.get("alias")
    ):
        return _refuse(
            request,
            _(
                "Copies are created as drafts and go live through the joint approval; an "
                "alias, a live copy at another address, cannot be created. Copy without "
                "'publish copies' and 'alias'."
            ),
            request.get_full_path(),
        )
    return None


@hooks.register("before_move_page")
def live_pages_stay_where_they_were_approved(request, page, destination):
    if page.live or page.get_descendants().live().exists():
        return _refuse(
            request,
            _(
                "'%(title)s' or a page below it is live; moving it would change published "
                "addresses without the joint approval. Withdraw it first, move it, and submit "
                "it for approval again."
            )
            % {"title": page.get_admin_display_title()},
            reverse("wagtailadmin_explore", args=(page.get_parent().pk,)),
        )
    return None


@register_for_pages_and_snippets("before_unpublish")
def unpublishing_is_a_withdrawal(request, obj):
    return _refuse(
        request,
        _("Taking content offline needs a reason, which both sides are told."),
        reverse("editorial_withdraw", args=(obj._meta.app_label, obj._meta.model_name, obj.pk)),
    )


@hooks.register("before_bulk_action")
def no_bulk_unpublish_or_live_move(request, action_type, objects, action_class_instance):
    live = [obj for obj in objects if getattr(obj, "live", False)]
    if action_type == "unpublish" or (action_type == "move" and live):
        return _refuse(
            request,
            _(
                "Live content is taken offline or moved one item at a time, with a reason "
                "that both sides are told."
            ),
            reverse("wagtailadmin_explore_root"),
        )
    return None


@register_for_pages_and_snippets("before_edit", order=-2)
def cancel_is_for_the_submitter(request, obj):
    """Wagtail lets every approver cancel a workflow; here only the person who submitted it
    and administrators may, so the other side cannot end an approval silently."""
    if request.method != "POST" or not request.POST.get("action-cancel-workflow"):
        return None
    state = obj.current_workflow_state
    if state is None or request.user.is_superuser or state.requested_by_id == request.user.pk:
        return None
    return _refuse(
        request,
        _(
            "Only the person who submitted it or an administrator can cancel the approval. "
            "Use 'Request changes' to return it with a comment."
        ),
        AdminURLFinder(request.user).get_edit_url(obj) or request.path,
    )
