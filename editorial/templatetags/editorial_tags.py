"""Admin template tags of the joint approval."""

import json

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page, TaskState

from editorial.models import JointApprovalTask
from editorial.review import admin_views
from editorial.translations import views as localize_views

register = template.Library()


@register.simple_tag
def joint_approval_status(obj):
    """Each side's approval state of the object's latest revision, for the status panel, or
    None when the object is not at a joint approval task."""
    task_state = getattr(obj, "current_workflow_task_state", None)
    if task_state is None or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    task = task_state.task.specific
    if not isinstance(task, JointApprovalTask):
        return None
    return {"rows": task.status_rows(obj, task_state), "latest": obj.get_latest_revision()}


@register.simple_tag(takes_context=True)
def control_links(context, obj):
    """Links of review and control for the status panel: draft links, withdrawal, and for
    administrators the emergency publish."""
    request = context.get("request")
    if request is None or not getattr(obj, "pk", None):
        return []
    user = request.user
    label = admin_views.object_label(obj)
    if not isinstance(obj, Page) and label not in admin_views.CONTROLLED_SNIPPETS:
        return []
    args = admin_views.url_args(obj)
    links = []
    if admin_views.may_share(user, obj):
        links.append((_("Create draft link"), reverse("editorial_share_links", args=args)))
    if admin_views.may_withdraw(user, obj):
        links.append((_("Withdraw"), reverse("editorial_withdraw", args=args)))
    if user.is_superuser and obj.get_latest_revision() is not None:
        links.append((_("Emergency publish"), reverse("editorial_emergency_publish", args=args)))
    return links


@register.simple_tag(takes_context=True)
def translation_actions(context, obj):
    """URLs for a translated object: submit for approval (translators) and the side-by-side
    review (approvers, while it is at the joint approval)."""
    request = context.get("request")
    result = {"submit_url": "", "review_url": ""}
    if (
        request is None
        or not getattr(obj, "pk", None)
        or localize_views.translation_of(obj) is None
    ):
        return result
    args = admin_views.url_args(obj)
    if localize_views.may_submit_translation(request.user, obj):
        result["submit_url"] = reverse("editorial_submit_translation", args=args)
    task_state = getattr(obj, "current_workflow_task_state", None)
    task = task_state.task.specific if task_state else None
    if isinstance(task, JointApprovalTask) and (
        request.user.is_superuser or task.user_sides(request.user)
    ):
        result["review_url"] = reverse("editorial_review_translation", args=args)
    return result


@register.simple_tag(takes_context=True)
def shown_revision(context, obj):
    """The revision an approval form shows and its token: the one named in the URL (a dashboard
    row opened earlier) or else the latest. `stale` says the named one is no longer the latest."""
    from editorial.approval import binding

    request = context.get("request")
    latest = obj.get_latest_revision()
    named = request.GET.get(binding.FIELD, "") if request is not None else ""
    stale = None
    if named:
        try:
            binding.check(obj, named, latest)
        except binding.StaleRevision as error:
            stale = binding.stale_message(error)
    return {
        "revision": latest,
        "token": named if named and stale is None else binding.token(latest),
        "stale": stale,
        "compare_live": binding.compare_url(obj, getattr(obj, "live_revision_id", None), latest.pk)
        if latest
        else None,
    }


@register.filter
def editor_props(props, user):
    """wagtail-localize's translation-editor props without the footer actions that are not a
    translator's: "Delete" (Wagtail lets anyone who edits delete a draft page, so it became the
    main footer button of a new translation) and "Convert to alias" (administrators only,
    editorial/wagtail_hooks.py). "Submit for approval" takes the main place instead
    (static/editorial/translation-editor.js)."""
    if user.is_superuser:
        return props
    data = json.loads(props)
    data["perms"]["canDelete"] = False
    data["links"]["convertToAliasUrl"] = None
    return json.dumps(data)


@register.simple_tag
def editor_texts(translation):
    """The English that wagtail-localize's editor script writes without gettext, with its
    translation: {English: admin language}, applied by static/editorial/translation-editor.js."""
    source = translation.source.locale.get_display_name()
    target = translation.target_locale.get_display_name()
    return {
        "More actions": _("More actions"),
        f"{source} to {target} translation": _("%(source)s to %(target)s translation")
        % {"source": source, "target": target},
    }
