"""The venues' snippet viewset; editorial/wagtail_hooks.py registers it in the admin's
"Bausteine" group."""

from django.utils.translation import gettext_lazy as _

from security.snippets import ExportSnippetViewSet

from .models import Venue


class VenueViewSet(ExportSnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "street", "city", "step_free", "hearing_loop", "live"]
    list_filter = ["city", "step_free", "hearing_loop", "locale", "live"]
    list_export = [
        "name",
        "street",
        "postcode",
        "city",
        "step_free",
        "accessible_toilet",
        "hearing_loop",
        "locale",
        "status_string",
    ]
    export_filename = "veranstaltungsorte"
    search_fields = ["name", "street"]
