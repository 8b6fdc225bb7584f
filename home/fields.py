"""Model fields shared by the content apps."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _


class ExplainedCharField(models.CharField):
    """A CharField whose "blank" message also answers an empty admin form field, so editors
    read the same specific German message in the admin and from model validation."""

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        # Django keeps the field's own error_messages argument in _error_messages.
        blank_message = (self._error_messages or {}).get("blank")
        if field is not None and blank_message:
            field.error_messages["required"] = blank_message
        return field


class ChoiceListField(models.JSONField):
    """A list of values from a fixed set of choices, edited as checkboxes and stored as JSON
    (works on SQLite and PostgreSQL alike, without an extra table per list). The choices are
    not a field argument migrations know (JSONField's deconstruct leaves them out), so a new
    language or a reworded label needs no migration."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {key for key, _label in self.item_choices}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise ValidationError(
                _("Unknown value(s): %(values)s."), params={"values": ", ".join(map(str, unknown))}
            )

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=self.item_choices,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
        )

    def labels(self, values):
        """The display labels of the given stored values, in the order of the choices."""
        chosen = set(values or [])
        return [label for key, label in self.item_choices if key in chosen]
