from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Alert, NavigationMenu


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
