"""Admin views of review and control: draft links, withdrawal by either side, and the audited
emergency publish (docs/architecture.md, "Withdraw and emergencies", "Partner reviewers without
accounts").
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

from editorial.approval import binding, notifications
from editorial.models import JointApprovalTask, ShareLink
from editorial.review import usage
from editorial.review.robust import object_pk
from editorial.setup import SNIPPETS_UNDER_APPROVAL

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
        return get_object_or_404(Page, pk=object_pk(Page, pk)).specific
    if label not in CONTROLLED_SNIPPETS:
        raise Http404
    return get_object_or_404(model, pk=object_pk(model, pk))


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
    if withdraw_refusal(obj):
        return False
    return user.is_active and obj.live and (user.is_superuser or bool(approver_sides(user)))


def withdraw_refusal(obj):
    """Why nobody may withdraw this object here, or "": the root page and a language's start
    page would take the whole site or a whole language offline at once."""
    if isinstance(obj, Page) and obj.depth <= 2:
        return _(
            "The root page and the start page of a language cannot be withdrawn: that would "
            "take the whole website or a whole language offline. Withdraw the individual "
            "pages instead."
        )
    return ""


def live_descendants(obj):
    """The live pages below a page: withdrawing the page alone leaves them live and reachable
    at their own addresses (Wagtail's routing does not check the parents)."""
    if not isinstance(obj, Page):
        return []
    return list(obj.get_descendants().live().specific().order_by("path"))


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


class BoundReasonForm(ReasonForm):
    """A reason, and the token of the revision the form showed (editorial.approval.binding)."""

    revision = forms.CharField(widget=forms.HiddenInput, max_length=64)

    def __init__(self, data, *, obj, current):
        super().__init__(data, initial={"revision": binding.token(current)})
        self.obj, self.current = obj, current

    def clean_revision(self):
        try:
            binding.check(self.obj, self.cleaned_data["revision"], self.current)
        except binding.StaleRevision as error:
            # Show the revision that is there now; the next submit acts on it.
            self.data = self.data.copy()
            self.data["revision"] = binding.token(self.current)
            raise forms.ValidationError(binding.stale_message(error)) from error
        return self.cleaned_data["revision"]


class WithdrawDescendantsForm(BoundReasonForm):
    include_descendants = forms.BooleanField(
        label=gettext_lazy("Also withdraw the live pages below it"),
        required=False,
    )


def withdraw(request, app_label, model_name, pk):
    obj = get_object(app_label, model_name, pk)
    if refusal := withdraw_refusal(obj):
        messages.error(request, refusal)
        return redirect(edit_path(obj))
    if not may_withdraw(request.user, obj):
        raise PermissionDenied
    descendants = live_descendants(obj)
    # Bound to the live revision the approver saw: a publication in between is refused.
    form = (WithdrawDescendantsForm if descendants else BoundReasonForm)(
        request.POST or None, obj=obj, current=obj.live_revision
    )
    if request.method == "POST" and form.is_valid():
        reason = form.cleaned_data["reason"]
        sides = sorted(approver_sides(request.user))
        with transaction.atomic():
            # Approvers hold no publish permission; this view is their permission check.
            action = UnpublishPageAction if isinstance(obj, Page) else UnpublishAction
            action(obj, user=request.user).execute(skip_permission_checks=True)
            # Wagtail's include_descendants checks the user's unpublish permission per page;
            # approvers hold none, so this view withdraws the pages below itself.
            for page in descendants if form.cleaned_data.get("include_descendants") else []:
                action(page, user=request.user).execute(skip_permission_checks=True)
            log(
                instance=obj,
                action="editorial.withdraw",
                user=request.user,
                data={"reason": reason, "sides": sides},
            )
            notifications.notify_withdrawn(obj, user=request.user, sides=sides, reason=reason)
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
        live_descendants=descendants,
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
    # Bound to the revision named on the form: an edit saved in between is refused.
    form = BoundReasonForm(request.POST or None, obj=obj, current=revision)
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
            notifications.notify_emergency(obj, user=request.user, revision=revision, reason=reason)
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
