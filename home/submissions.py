"""Form submissions in the admin: the CSV export neutralises formulas (security.spreadsheets),
and the page editor's submissions panel shows only to those who may read the submissions."""

from functools import cache

from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.forms.utils import get_forms_for_user

from security.spreadsheets import NeutralCSVMixin


@cache
def safe_submissions_list_view():
    """Wagtail's submissions list with neutralised CSV cells. Built on first use: the forms
    views import models, which the form page's module must not do while models load."""
    from wagtail.contrib.forms.views import SubmissionsListView

    class SafeSubmissionsListView(NeutralCSVMixin, SubmissionsListView):
        pass

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
