"""Form submissions in the admin: the CSV export neutralises formulas, and the page editor's
submissions panel shows only to those who may read the submissions.

A spreadsheet opening a CSV runs a cell that starts with =, +, -, @ (or a tab or carriage
return before one) as a formula, so a visitor's "=HYPERLINK(...)" would run on the editor's
machine (CSV injection). Such values are exported with a leading apostrophe, which spreadsheets
show as text. Wagtail's XLSX export already stores them as text cells."""

from functools import cache

from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.forms.utils import get_forms_for_user

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


@cache
def safe_submissions_list_view():
    """Wagtail's submissions list with neutralised CSV cells. Built on first use: the forms
    views import models, which the form page's module must not do while models load."""
    from wagtail.contrib.forms.views import SubmissionsListView

    class SafeSubmissionsListView(SubmissionsListView):
        def preprocess_field_value(self, field, value, export_format):
            value = super().preprocess_field_value(field, value, export_format)
            if export_format == self.FORMAT_CSV:
                return neutralise_formula(value)
            return value

    return SafeSubmissionsListView


class HandlerFormSubmissionsPanel(FormSubmissionsPanel):
    """Wagtail's panel (count, date of the last submission, link to the list), shown only to
    users for whom `get_forms_for_user` lists the page, i.e. after our
    filter_form_submissions_for_user hook."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            if not self.instance.pk or self.request is None:
                return False
            if not get_forms_for_user(self.request.user).filter(pk=self.instance.pk).exists():
                return False
            return super().is_shown()
