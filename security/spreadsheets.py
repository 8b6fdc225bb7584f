"""Spreadsheet exports from the admin (form submissions, reports, snippet listings) without
CSV injection.

A spreadsheet opening a CSV runs a cell that starts with =, +, -, @ (or a tab or carriage
return before one) as a formula, so a visitor's "=HYPERLINK(...)" would run on the editor's
machine. Such values are exported with a leading apostrophe, which spreadsheets show as text.
Wagtail's XLSX export already stores them as text cells."""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class NeutralCSVMixin:
    """For a view with Wagtail's SpreadsheetExportMixin: neutralised CSV cells."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise_formula(value)
        return value
