"""The snippet viewset the content apps build on: Wagtail's, whose CSV export neutralises
formulas (security.spreadsheets), and whose listing and export write yes/no (German "Ja"/"Nein")
instead of True/False."""

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext, gettext_lazy

from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from security.spreadsheets import NeutralCSVMixin


def yes_no(value):
    return gettext("Yes") if value else gettext("No")


class YesNoColumn(Column):
    """A boolean field as the words "Ja"/"Nein": Wagtail's generic column prints the Python
    value ("True"), its BooleanColumn an icon titled "True"."""

    def get_value(self, instance):
        return yes_no(super().get_value(instance))


class ExportIndexView(NeutralCSVMixin, IndexView):
    custom_value_preprocess = {
        **IndexView.custom_value_preprocess,
        bool: {IndexView.FORMAT_CSV: yes_no},
    }

    def _get_custom_column(self, field_name, column_class=Column, **kwargs):
        try:
            field = self.model._meta.get_field(field_name)
        except FieldDoesNotExist:
            field = None
        if isinstance(field, models.BooleanField) and column_class is Column:
            column_class = YesNoColumn
        return super()._get_custom_column(field_name, column_class, **kwargs)


class ExportSnippetViewSet(SnippetViewSet):
    index_view_class = ExportIndexView
    export_headings = {"locale": gettext_lazy("Language"), "status_string": gettext_lazy("Status")}
