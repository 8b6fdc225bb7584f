"""The partners' snippet viewsets; editorial/wagtail_hooks.py registers them in the admin's
"Bausteine" group."""

from django.utils.translation import gettext_lazy as _

from security.snippets import ExportSnippetViewSet

from .models import ContactPerson, Partner


class PartnerViewSet(ExportSnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    list_display = ["name", "short_name", "kind", "legal_entity", "live"]
    list_filter = ["kind", "locale", "live"]
    list_export = [
        "name",
        "short_name",
        "get_kind_display",
        "legal_entity",
        "phone",
        "email",
        "website",
        "locale",
        "status_string",
    ]
    export_headings = {
        "get_kind_display": Partner._meta.get_field("kind").verbose_name,
        **ExportSnippetViewSet.export_headings,
    }
    export_filename = "partner"
    search_fields = ["name", "short_name"]


class ContactPersonViewSet(ExportSnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["name", "role", "partner", "consent_name_and_photo", "live"]
    list_filter = ["partner", "consent_name_and_photo", "locale", "live"]
    list_export = [
        "name",
        "role",
        "partner",
        "phone",
        "email",
        "consent_name_and_photo",
        "locale",
        "status_string",
    ]
    export_filename = "ansprechpersonen"
    search_fields = ["name", "role"]
