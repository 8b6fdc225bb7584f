from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PreventionMaterial


class PreventionMaterialViewSet(SnippetViewSet):
    model = PreventionMaterial
    icon = "doc-full"
    menu_label = _("Prevention materials")
    add_to_admin_menu = True
    menu_order = 330
    list_display = ["title", "format", "publisher", "accessible_pdf", "live"]
    list_filter = ["format", "accessible_pdf", "locale", "live"]
    search_fields = ["title", "description", "publisher"]


register_snippet(PreventionMaterialViewSet)
