"""The form of every joint-approval action (approve, request changes): a comment and the token
of the revision the approver saw (editorial.approval.binding)."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Revision

from editorial.approval import binding


class ApprovalActionForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"), required=False, widget=forms.Textarea({"rows": 2})
    )
    revision = forms.CharField(widget=forms.HiddenInput, required=True, max_length=64)

    def clean_revision(self):
        value = self.cleaned_data["revision"]
        revision = Revision.objects.filter(pk=binding.seen_id(value)).first()
        if revision is None:
            raise ValidationError(_("This revision does not exist."))
        obj = revision.content_object
        obj = obj.specific if isinstance(obj, Page) else obj
        try:
            binding.check(obj, value)
        except binding.StaleRevision as error:
            raise ValidationError(binding.stale_message(error)) from error
        return value
