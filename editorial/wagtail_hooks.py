"""Admin integration of the joint approval: audit-log actions shown in History, the URLs of
draft links, withdrawal and emergency publish, the buttons that lead there, the guard that
turns every direct publish into the audited emergency path, the dashboard panels, and the
"Bausteine" menu group of the content apps' snippets."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

# robust first (decide imports it): malformed workflow data is answered (400) before guards
# checks the revision.
from editorial.approval import (
    decide,
    guards,  # noqa: F401 (registers the editor hooks)
)
from editorial.hook_pairs import register_for_pages_and_snippets
from editorial.reports import status
from editorial.review import (
    admin_views,
    robust,  # noqa: F401 (registers its hooks)
)
from editorial.review.panels import ReturnedToMePanel, WaitingForMySidePanel, WithdrawnRecentlyPanel
from editorial.sides import side_label
from editorial.translations import views as localize_views
from editorial.translations.localize import save_translation_draft
from events.wagtail_hooks import VenueViewSet
from home.wagtail_hooks import AlertViewSet, NavigationMenuViewSet
from partners.wagtail_hooks import ContactPersonViewSet, PartnerViewSet
from prevention.wagtail_hooks import PreventionMaterialViewSet


@hooks.register("register_log_actions")
def register_log_actions(actions):
    @actions.register_action("editorial.approve_side")
    class ApproveSide(LogFormatter):
        label = gettext_lazy("Approve for one side")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            message = _("Approved for %(side)s (revision %(revision)s)") % {
                "side": side_label(data.get("side", "")),
                "revision": data.get("revision_id", "?"),
            }
            if data.get("comment"):
                message = f"{message}: {data['comment']}"
            return message

    @actions.register_action("editorial.publish_joint")
    class PublishJoint(LogFormatter):
        label = gettext_lazy("Publish after joint approval")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            if data.get("go_live_at"):
                return _(
                    "Both sides approved revision %(revision)s; scheduled to go live at "
                    "its go-live time"
                ) % {"revision": data.get("revision_id", "?")}
            return _("Published revision %(revision)s after approval by both sides") % {
                "revision": data.get("revision_id", "?")
            }

    @actions.register_action("editorial.withdraw")
    class Withdraw(LogFormatter):
        label = gettext_lazy("Withdraw")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Withdrawn: %(reason)s") % {"reason": data.get("reason", "")}

    @actions.register_action("editorial.emergency_publish")
    class EmergencyPublish(LogFormatter):
        label = gettext_lazy("Emergency publish")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            return _("Published without joint approval (emergency): %(reason)s") % {
                "reason": data.get("reason", "")
            }

    actions.register_action(
        "editorial.share_link.create",
        gettext_lazy("Create draft link"),
        gettext_lazy("Draft link created"),
    )
    actions.register_action(
        "editorial.share_link.revoke",
        gettext_lazy("Revoke draft link"),
        gettext_lazy("Draft link revoked"),
    )
    actions.register_action(
        "editorial.draft_comment",
        gettext_lazy("Comment through a draft link"),
        gettext_lazy("Comment received through a draft link"),
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "entwurfslinks/<str:app_label>/<str:model_name>/<str:pk>/",
            admin_views.share_links,
            name="editorial_share_links",
        ),
        path(
            "entwurfslinks/widerrufen/<int:link_id>/",
            admin_views.revoke_share_link,
            name="editorial_revoke_share_link",
        ),
        path(
            "zurueckziehen/<str:app_label>/<str:model_name>/<str:pk>/",
            admin_views.withdraw,
            name="editorial_withdraw",
        ),
        path(
            "freigabe/<int:task_state_id>/<str:action>/",
            decide.decide,
            name="editorial_decide",
        ),
        path(
            "notfall-veroeffentlichen/<str:app_label>/<str:model_name>/<str:pk>/",
            admin_views.emergency_publish,
            name="editorial_emergency_publish",
        ),
    ]


@hooks.register("register_admin_urls", order=-1)
def override_wagtail_localize_urls():
    """Listed before wagtail-localize's own URLs, so these paths reach our views: "update
    translations" without "publish immediately", convert-to-alias for administrators only,
    and "translate this page" that refuses to create parent pages as live aliases."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            localize_views.SafeUpdateTranslationsView.as_view(),
            name="editorial_update_translations",
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            localize_views.convert_to_alias,
            name="editorial_convert_to_alias",
        ),
        path(
            "localize/submit/page/<int:page_id>/",
            localize_views.SafeSubmitPageTranslationView.as_view(),
            name="editorial_submit_page_translation",
        ),
        path(
            "uebersetzung-einreichen/<str:app_label>/<str:model_name>/<str:pk>/",
            localize_views.submit_translation_for_approval,
            name="editorial_submit_translation",
        ),
        path(
            "uebersetzung-pruefen/<str:app_label>/<str:model_name>/<str:pk>/",
            localize_views.review_translation,
            name="editorial_review_translation",
        ),
    ]


# The header buttons of a page: (who may, label, admin URL name, icon, priority).
PAGE_HEADER_BUTTONS = [
    (
        localize_views.may_submit_translation,
        gettext_lazy("Submit for approval"),
        "editorial_submit_translation",
        "resubmit",
        60,
    ),
    (admin_views.may_share, gettext_lazy("Create draft link"), "editorial_share_links", "link", 61),
    (admin_views.may_withdraw, gettext_lazy("Withdraw"), "editorial_withdraw", "cross", 62),
]


@hooks.register("register_page_header_buttons")
def page_header_buttons(page, user, view_name, next_url=None):
    for may, label, url_name, icon, priority in PAGE_HEADER_BUTTONS:
        if may(user, page):
            url = reverse(url_name, args=admin_views.url_args(page))
            yield Button(label, url, icon_name=icon, priority=priority)


@register_for_pages_and_snippets("before_publish")
def publishing_needs_a_reason(request, obj):
    """Every direct publish asks for a reason first: the edits are already saved as a
    revision, and the emergency view publishes it once a reason is given."""
    messages.warning(
        request,
        _(
            "Your changes are saved as a draft. Publishing without the joint approval needs "
            "a reason."
        ),
    )
    return redirect(admin_views.emergency_url(obj))


# Before wagtail-localize's own hooks, which render (and publish from) the translation editor.
@register_for_pages_and_snippets("before_edit", order=-1)
def translation_publish_needs_a_reason(request, obj):
    """The translation editor's "publish" (wagtail-localize publishes at once, without the
    approval): for everyone the same emergency path as the page editor's publish. The current
    texts are saved as a revision first, so nothing typed is lost."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = localize_views.translation_of(obj)
    if translation is None:
        return None
    if not request.user.is_superuser:
        raise PermissionDenied
    save_translation_draft(translation.source, translation.target_locale, request.user, True)
    return publishing_needs_a_reason(request, obj)


@hooks.register("before_bulk_action")
def no_bulk_publish(request, action_type, objects, action_class_instance):
    if action_type == "publish":
        messages.error(
            request,
            _(
                "Bulk publishing is switched off: content goes live through the joint approval "
                "or, in an emergency, one item at a time with a reason."
            ),
        )
        return redirect(
            get_valid_next_url_from_request(request) or reverse("wagtailadmin_explore_root")
        )
    return None


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    # Wagtail's "Awaiting your review" approves whatever revision is latest when clicked;
    # "Waiting for our side's approval" replaces it with actions bound to the revision shown.
    panels[:] = [
        panel for panel in panels if getattr(panel, "name", "") != "workflow_objects_to_moderate"
    ]
    panels.extend([WaitingForMySidePanel(), ReturnedToMePanel(), WithdrawnRecentlyPanel()])


@hooks.register("register_admin_urls")
def register_translation_status_url():
    view = status.TranslationStatusView
    return [
        path("uebersetzungsstand/", view.as_view(), name="editorial_translation_status"),
        path(
            "uebersetzungsstand/results/",
            view.as_view(results_only=True),
            name="editorial_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return status.TranslationStatusMenuItem(
        gettext_lazy("Translation status"),
        reverse("editorial_translation_status"),
        icon_name="wagtail-localize-language",
        order=900,
    )


@register_for_pages_and_snippets("after_edit")
def tell_last_approver(request, instance):
    """The last approval publishes (or schedules) at once: say so instead of only "updated"."""
    decide.tell_last_approver(request, instance)


class BuildingBlocks(SnippetViewSetGroup):
    """The snippets under one menu item instead of six; registered here, above the content
    apps, the one place that may import all their viewsets."""

    menu_label = gettext_lazy("Building blocks")
    menu_icon = "snippet"
    menu_order = 290
    items = (
        AlertViewSet,
        PartnerViewSet,
        ContactPersonViewSet,
        VenueViewSet,
        PreventionMaterialViewSet,
        NavigationMenuViewSet,
    )


register_snippet(BuildingBlocks)
