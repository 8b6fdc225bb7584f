"""The snippet viewset the content apps build on: Wagtail's, whose CSV export neutralises
formulas (security.spreadsheets) and writes yes/no instead of True/False."""

from django.utils.translation import gettext, gettext_lazy

from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from security.spreadsheets import NeutralCSVMixin


def yes_no(value):
    return gettext("Yes") if value else gettext("No")


class ExportIndexView(NeutralCSVMixin, IndexView):
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        bool: {IndexView.FORMAT_CSV: yes_no},
    }


class ExportSnippetViewSet(SnippetViewSet):
    index_view_class = ExportIndexView
    export_headings = {"locale": gettext_lazy("Language"), "status_string": gettext_lazy("Status")}
