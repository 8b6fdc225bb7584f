"""Admin views of review and control: draft links, withdrawal by either side, and the audited
emergency publish (DESIGN.md, "Withdraw and emergencies", "Partner reviewers without accounts").
"""

from django import forms
from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.actions.unpublish import UnpublishAction
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin import messages
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.log_actions import log
from wagtail.models import Page

from . import notifications, usage
from .models import JointApprovalTask, ShareLink
from .setup import SNIPPETS_UNDER_APPROVAL

# Draft links exist for pages and these snippets (the scope).
SHAREABLE_SNIPPETS = {"prevention.preventionmaterial", "home.alert"}
# Withdrawal and emergency publish cover everything under the approval.
CONTROLLED_SNIPPETS = {label.lower() for label in SNIPPETS_UNDER_APPROVAL}


def get_object(app_label, model_name, pk):
    label = f"{app_label}.{model_name}".lower()
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    if issubclass(model, Page):
        return get_object_or_404(Page, pk=pk).specific
    if label not in CONTROLLED_SNIPPETS:
        raise Http404
    return get_object_or_404(model, pk=pk)


def object_label(obj):
    return f"{obj._meta.app_label}.{obj._meta.model_name}"


def approver_sides(user):
    """The sides a user approves for, by the groups of the joint approval task(s)."""
    sides = set()
    for task in JointApprovalTask.objects.filter(active=True):
        sides.update(task.user_sides(user))
    return sides


def may_edit(user, obj):
    if isinstance(obj, Page):
        return obj.permissions_for_user(user).can_edit()
    return user.has_perm(f"{obj._meta.app_label}.change_{obj._meta.model_name}")


def may_share(user, obj):
    if not isinstance(obj, Page) and object_label(obj) not in SHAREABLE_SNIPPETS:
        return False
    return user.is_active and (may_edit(user, obj) or bool(approver_sides(user)))


def may_withdraw(user, obj):
    return user.is_active and obj.live and (user.is_superuser or bool(approver_sides(user)))


def url_args(obj):
    return (obj._meta.app_label, obj._meta.model_name, obj.pk)


def edit_path(obj):
    return AdminURLFinder().get_edit_url(obj) or reverse("wagtailadmin_home")


# -- draft links ---------------------------------------------------------------------------


class ShareLinkForm(forms.Form):
    note = forms.CharField(
        label=gettext_lazy("Note"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("For whom the link is, e.g. 'Beirat, Arbeitskreis Prävention'."),
    )
    days = forms.IntegerField(
        label=gettext_lazy("Valid for (days)"),
        min_value=1,
        max_value=30,
        initial=7,
    )


def share_links(request, app_label, model_name, pk):
    obj = get_object(app_label, model_name, pk)
    if not may_share(request.user, obj):
        raise PermissionDenied
    form = ShareLinkForm(request.POST or None)
    if request.method == "POST":
        revision = obj.get_latest_revision()
        if revision is None:
            messages.error(request, _("Save a draft first: a draft link shows a saved revision."))
        elif form.is_valid():
            with transaction.atomic():
                link = ShareLink.objects.create(
                    revision=revision,
                    created_by=request.user,
                    expires_at=timezone.now() + timezone.timedelta(days=form.cleaned_data["days"]),
                    note=form.cleaned_data["note"],
                )
                log(
                    instance=obj,
                    action="editorial.share_link.create",
                    user=request.user,
                    revision=revision,
                    data={"link_id": link.pk, "expires_at": link.expires_at.isoformat()},
                )
            messages.success(
                request,
                _("Draft link created. Copy it from the list below and send it to the reviewers."),
            )
            return redirect(request.path)
    links = list(ShareLink.objects.for_object(obj).select_related("created_by", "revision"))
    for link in links:
        link.url = request.build_absolute_uri(link.get_absolute_url())
    return TemplateResponse(
        request,
        "editorial/admin/share_links.html",
        {
            "object": obj,
            "links": links,
            "form": form,
            "edit_url": edit_path(obj),
            "latest_revision": obj.get_latest_revision(),
        },
    )


@require_POST
def revoke_share_link(request, link_id):
    link = get_object_or_404(ShareLink.objects.select_related("revision"), pk=link_id)
    obj = link.content_object()
    if not may_share(request.user, obj):
        raise PermissionDenied
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
        log(
            instance=obj,
            action="editorial.share_link.revoke",
            user=request.user,
            revision=link.revision,
            data={"link_id": link.pk},
        )
        messages.success(request, _("The draft link has been revoked; it no longer opens."))
    return redirect(reverse("editorial_share_links", args=url_args(obj)))


# -- withdrawal and emergency publish ------------------------------------------------------


def reason_page(request, obj, form, *, heading, intro, submit_label, **extra):
    """The form that asks for the reason of a withdrawal or an emergency publish."""
    context = {"object": obj, "form": form, "edit_url": edit_path(obj), "heading": heading}
    context.update(intro=intro, submit_label=submit_label, **extra)
    return TemplateResponse(request, "editorial/admin/reason_form.html", context)


class ReasonForm(forms.Form):
    reason = forms.CharField(
        label=gettext_lazy("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=gettext_lazy("Recorded in the history and sent to the people notified."),
    )


def withdraw(request, app_label, model_name, pk):
    obj = get_object(app_label, model_name, pk)
    if not may_withdraw(request.user, obj):
        raise PermissionDenied
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        sides = sorted(approver_sides(request.user))
        with transaction.atomic():
            # Approvers hold no publish permission; this view is their permission check.
            action = UnpublishPageAction if isinstance(obj, Page) else UnpublishAction
            action(obj, user=request.user).execute(skip_permission_checks=True)
            log(
                instance=obj,
                action="editorial.withdraw",
                user=request.user,
                data={"reason": reason, "sides": sides},
            )
            notifications.notify_withdrawn(obj, request.user, sides, reason)
        messages.success(request, _("'%(title)s' has been withdrawn.") % {"title": obj})
        return redirect(edit_path(obj))
    return reason_page(
        request,
        obj,
        form,
        heading=_("Withdraw '%(title)s'") % {"title": obj},
        intro=_(
            "Withdrawing takes the item offline at once; one side's decision is enough. "
            "The other side's approvers and the responsible editors are notified."
        ),
        submit_label=_("Withdraw now"),
        used_by=usage.live_users(obj),
    )


def emergency_publish(request, app_label, model_name, pk):
    """An administrator's direct publish: only with a reason, audited, mailed at once."""
    if not request.user.is_superuser:
        raise PermissionDenied
    obj = get_object(app_label, model_name, pk)
    revision = obj.get_latest_revision()
    if revision is None:
        raise Http404
    form = ReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        with transaction.atomic():
            revision.publish(user=request.user, skip_permission_checks=True)
            log(
                instance=obj,
                action="editorial.emergency_publish",
                user=request.user,
                revision=revision,
                data={"reason": reason, "revision_id": revision.pk},
            )
            notifications.notify_emergency(obj, request.user, revision, reason)
        messages.warning(
            request,
            _("'%(title)s' was published without the joint approval; both sides were informed.")
            % {"title": obj},
        )
        return redirect(edit_path(obj))
    return reason_page(
        request,
        obj,
        form,
        heading=_("Emergency publish '%(title)s'") % {"title": obj},
        intro=_(
            "Publishing directly bypasses the joint approval. Use it only when neither side "
            "can approve in time and waiting would put people at risk. The reason is "
            "recorded and both sides' approvers are informed by e-mail at once. The latest "
            "saved revision (%(revision)s) will be published."
        )
        % {"revision": revision.pk},
        submit_label=_("Publish now"),
    )


def emergency_url(obj):
    return reverse("editorial_emergency_publish", args=url_args(obj))
