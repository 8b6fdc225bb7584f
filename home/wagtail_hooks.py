from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.live import is_public
from security.snippets import ExportSnippetViewSet

from .locales import active_home
from .models import Alert, NavigationMenu


@hooks.register("before_serve_page")
def serve_only_pages_of_the_active_language(page, request, serve_args, serve_kwargs):
    """The routing guard (docs/architecture.md, "Languages"). Wagtail routes /ar/... through the
    German
    tree while the Arabic home is missing or not live, and serves the aliases wagtail-localize
    creates for untranslated parents; both would show German text under an Arabic address.
    So a page is served only if its language is switched on, it belongs to that language and
    it is not an alias of another language's page (an alias within one language is fine)."""
    home = active_home(request)
    if home is None or page.locale_id != home.locale_id:
        raise Http404
    if (
        page.alias_of_id is not None
        and not Page.objects.filter(pk=page.alias_of_id, locale_id=page.locale_id).exists()
    ):
        raise Http404


class LivePageLinkHandler(PageLinkHandler):
    """Rich-text links to pages: a link to a page the public may not see (a draft or withdrawn
    page) keeps its text but loses its address, as Wagtail does for a deleted page."""

    @classmethod
    def get_many(cls, attrs_list):
        return [page if is_public(page) else None for page in super().get_many(attrs_list)]


@hooks.register("register_rich_text_features", order=100)
def link_only_live_pages(features):
    """Runs after Wagtail's own hook (order 100), so this handler replaces its "page" one."""
    features.register_link_type(LivePageLinkHandler)


# The snippet viewsets below are registered in the admin's "Bausteine" group by
# editorial/wagtail_hooks.py, which may import every content app.


class AlertViewSet(ExportSnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    list_display = ["title", "level", "expire_at", "live"]
    list_filter = ["level", "live", "locale"]
    list_export = ["title", "get_level_display", "expire_at", "locale", "status_string"]
    export_headings = {
        "get_level_display": Alert._meta.get_field("level").verbose_name,
        **ExportSnippetViewSet.export_headings,
    }
    export_filename = "hinweismeldungen"
    search_fields = ["title", "message"]


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation")
    list_display = ["location", "locale"]
    list_filter = ["location", "locale"]


# An alt text ending in an image extension, with an underscore, a camera's file name
# (IMG_1234, DSC01234, PXL_2024...) or a single hyphenated word with digits (foto-2024-05-01).
ALT_TEXT_LIKE_A_FILE_NAME = (
    r"\.(avif|gif|jpe?g|png|svg|webp|heic)$|_"
    r"|^(img|dsc|dscn|dcim|pxl|p|photo|foto|bild|image|screenshot)[-_ ]?\d+"
    r"|^[^\s]*-[^\s]*\d[^\s]*$"
)


class ProjectContentChecker(ContentCheckerItem):
    """The userbar's accessibility checker (also the "Checks" panel of the editor's preview)
    with the project's rules: Wagtail's defaults plus missing alternative text, and alt texts
    that look like a file name (IMG_1234, foto-2024-05-01.jpg) instead of describing the
    picture. The full WCAG A/AA check runs in the test suite (tests/e2e/test_gates.py)."""

    axe_run_only = [*ContentCheckerItem.axe_run_only, "image-alt"]
    axe_custom_checks = [
        {
            "id": "check-image-alt-text",
            "options": {"pattern": ALT_TEXT_LIKE_A_FILE_NAME},
        },
        *[
            check
            for check in ContentCheckerItem.axe_custom_checks
            if check["id"] != "check-image-alt-text"
        ],
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without alternative text"),
            "help_text": _("Describe the picture, or mark it as decorative"),
        },
        "alt-text-quality": {
            "error_name": _("Alternative text looks like a file name"),
            "help_text": _("Describe what the picture shows"),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_the_project_content_checker(request, items, page):
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, ProjectContentChecker):
            items[index] = ProjectContentChecker(in_editor=item.in_editor)
