from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .locales import active_home
from .models import Alert, NavigationMenu


@hooks.register("before_serve_page")
def serve_only_pages_of_the_active_language(page, request, serve_args, serve_kwargs):
    """The routing guard (DESIGN.md, "Languages"). Wagtail routes /ar/... through the German
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


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    add_to_admin_menu = True
    menu_order = 290
    list_display = ["title", "level", "expire_at", "live"]
    list_filter = ["level", "live", "locale"]
    search_fields = ["title", "message"]


class NavigationMenuViewSet(SnippetViewSet):
    model = NavigationMenu
    icon = "list-ul"
    menu_label = _("Navigation")
    add_to_admin_menu = True
    menu_order = 800
    list_display = ["location", "locale"]
    list_filter = ["location", "locale"]


register_snippet(AlertViewSet)
register_snippet(NavigationMenuViewSet)
