from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ContactPerson, Partner


class PartnerViewSet(SnippetViewSet):
    model = Partner
    icon = "group"
    menu_label = _("Partners")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "short_name", "kind", "legal_entity", "live"]
    list_filter = ["kind", "locale", "live"]
    search_fields = ["name", "short_name"]


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "role", "partner", "consent_name_and_photo", "live"]
    list_filter = ["partner", "consent_name_and_photo", "locale"]
    search_fields = ["name", "role"]


register_snippet(PartnerViewSet)
register_snippet(ContactPersonViewSet)
