"""The public forms of FormPage: Wagtail's form builder plus a honeypot, KERN markup hints,
text direction per input and an error summary. Spam protection needs no third-party captcha:
a honeypot field that people never see and a rate limit per client IP and form."""

import re

from django import forms
from django.conf import settings
from django.core import checks
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from django_ratelimit.core import is_ratelimited

# Not an editor-defined FormField: added to every form in code. FormField.clean() keeps
# editors from choosing a label with this clean name.
HONEYPOT_FIELD_NAME = "your_website"

# Long enough for any real message, short enough that bots cannot post megabytes.
MULTILINE_MAX_LENGTH = 5000

RATE_LIMITED_MESSAGE = _(
    "You have sent this form too often in a short time. Please wait a few minutes and try "
    "again. Your entries are still in the form."
)

# Inputs whose content is always left-to-right (addresses, numbers, dates), even on an
# Arabic or Persian page; free text follows what the visitor types (dir="auto").
_LTR_WIDGETS = {"email", "url", "number", "date", "datetime"}
_CLASS_BY_WIDGET = {
    "select": "kern-form-input__select",
    "selectmultiple": "kern-form-input__select",
    "radioselect": "kern-form-check__radio",
    "checkboxselectmultiple": "kern-form-check__checkbox",
    "checkbox": "kern-form-check__checkbox",
}
_ERROR_CLASS_BY_WIDGET = {
    "kern-form-input__input": "kern-form-input__input--error",
    "kern-form-input__select": "kern-form-input__select--error",
    "kern-form-check__radio": "kern-form-check__radio--error",
    "kern-form-check__checkbox": "kern-form-check__checkbox--error",
}


def widget_type(widget):
    """The short widget name Django's BoundField.widget_type uses ("email", "textarea" ...)."""
    return re.sub(r"widget$|input$", "", widget.__class__.__name__.lower())


class HoneypotMixin:
    """A last field people never see (templates wrap it in `site-honeypot`, Tab skips it) and
    bots fill in: every public form that takes text from anyone (form pages, draft-link
    comments). Its value is never stored or mailed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[HONEYPOT_FIELD_NAME] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def clean(self):
        cleaned_data = super().clean()
        cleaned_data.pop(HONEYPOT_FIELD_NAME, None)
        return cleaned_data

    @property
    def honeypot_filled(self):
        """True when a bot filled the field that people never see."""
        return self.is_bound and bool(str(self.data.get(HONEYPOT_FIELD_NAME, "")).strip())

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD_NAME]

    def public_fields(self):
        """The visible fields people fill in, in their order."""
        return [field for field in self.visible_fields() if field.name != HONEYPOT_FIELD_NAME]


class PublicForm(HoneypotMixin, BaseForm):
    """A form as visitors see it: the editors' fields, then the honeypot."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name != HONEYPOT_FIELD_NAME:
                self._prepare_widget(field.widget)

    @staticmethod
    def _prepare_widget(widget):
        kind = widget_type(widget)
        widget.attrs.setdefault("class", _CLASS_BY_WIDGET.get(kind, "kern-form-input__input"))
        if kind in _LTR_WIDGETS:
            widget.attrs.setdefault("dir", "ltr")
        elif kind in {"text", "textarea"}:
            widget.attrs.setdefault("dir", "auto")
        if kind == "email":
            # WCAG 1.3.5: the visitor's own address, so browsers may fill it in.
            widget.attrs.setdefault("autocomplete", "email")

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            widget = self.fields[name].widget if name in self.fields else None
            if widget is None:
                continue
            css = widget.attrs.get("class", "")
            error_class = _ERROR_CLASS_BY_WIDGET.get(css)
            if error_class:
                widget.attrs["class"] = f"{css} {error_class}"

    def error_summary(self):
        """One entry per error: the id to link to, the field label and the message."""
        items = [{"anchor": "", "label": "", "message": error} for error in self.non_field_errors()]
        for field in self.public_fields() + self.hidden_fields():
            # A group of radio buttons or checkboxes has no single input: link its first one.
            anchor = f"{field.auto_id}_0" if field.use_fieldset else field.id_for_label
            items += [
                {"anchor": anchor, "label": field.label, "message": error} for error in field.errors
            ]
        return items


class PublicFormBuilder(FormBuilder):
    """Wagtail's form builder with PublicForm as the base and a length cap on free text."""

    def create_multiline_field(self, field, options):
        options.setdefault("max_length", MULTILINE_MAX_LENGTH)
        return super().create_multiline_field(field, options)

    def get_form_class(self):
        return type("WagtailForm", (PublicForm,), self.formfields)


def submission_rate_limited(request, page):
    """Count this POST against the client IP's allowance for this form (all its translations)
    and say whether it is over FORM_RATE_LIMIT. Uses Django's cache (see README)."""
    rate = getattr(settings, "FORM_RATE_LIMIT", "")
    if not rate:
        return False
    return is_ratelimited(
        request,
        group=f"home.FormPage:{page.translation_key}",
        key="ip",
        rate=rate,
        method="POST",
        increment=True,
    )


_RATE_RE = re.compile(r"^\d+/\d*[smhd]$")


@checks.register(checks.Tags.security)
def check_form_rate_limit(app_configs, **kwargs):
    """A malformed FORM_RATE_LIMIT would break every form submission: report it at start."""
    rate = getattr(settings, "FORM_RATE_LIMIT", "")
    if rate and not _RATE_RE.match(rate):
        return [
            checks.Error(
                f"FORM_RATE_LIMIT {rate!r} is not a rate like '5/10m'.",
                hint="Use <count>/<period> with s, m, h or d (e.g. 5/10m), or empty to switch off.",
                id="home.E001",
            )
        ]
    return []
