from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["name", "street", "city", "step_free", "hearing_loop", "live"]
    list_filter = ["city", "step_free", "hearing_loop", "locale"]
    search_fields = ["name", "street"]


register_snippet(VenueViewSet)
