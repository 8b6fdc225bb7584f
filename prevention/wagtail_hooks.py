"""The prevention materials' snippet viewset; editorial/wagtail_hooks.py registers it in the
admin's "Bausteine" group."""

from django.utils.translation import gettext_lazy as _

from security.snippets import ExportSnippetViewSet

from .models import PreventionMaterial


class PreventionMaterialViewSet(ExportSnippetViewSet):
    model = PreventionMaterial
    icon = "doc-full"
    menu_label = _("Prevention materials")
    list_display = ["title", "format", "publisher", "accessible_pdf", "live"]
    list_filter = ["format", "accessible_pdf", "locale", "live"]
    list_export = [
        "title",
        "get_format_display",
        "publisher",
        "accessible_pdf",
        "locale",
        "status_string",
    ]
    export_headings = {
        "get_format_display": PreventionMaterial._meta.get_field("format").verbose_name,
        **ExportSnippetViewSet.export_headings,
    }
    export_filename = "praeventionsmaterialien"
    search_fields = ["title", "description", "publisher"]
