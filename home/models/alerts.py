"""The site-wide alert of one language, with a required end."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import (
    FieldPanel,
    PageChooserPanel,
)
from wagtail.search import index

from approvable.models import ApprovedSnippet


class AlertLevel(models.TextChoices):
    INFO = "info", _("Information")
    WARNING = "warning", _("Warning")
    DANGER = "danger", _("Danger")


class AlertQuerySet(models.QuerySet):
    def active(self, locale=None, now=None):
        """Live alerts that have not expired yet: filtered at render time, so an alert
        disappears on time even before the publish_scheduled job unpublishes it."""
        qs = self.filter(live=True, expire_at__gt=now or timezone.now())
        if locale is not None:
            qs = qs.filter(locale=locale)
        return qs.order_by("-expire_at")


class AlertForm(WagtailAdminModelForm):
    """Makes the end date a required field in the admin, so editors see one clear message."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("expire_at")
        if field is not None:
            field.required = True
            field.error_messages["required"] = EXPIRY_REQUIRED

    def _post_clean(self):
        self.instance._expiry_reported_by_form = "expire_at" in self.errors
        super()._post_clean()


EXPIRY_REQUIRED = _("Every alert needs an end: enter the date until it is shown.")


class Alert(ApprovedSnippet):
    """A site-wide notice for special occasions (big events, serious accidents or crimes),
    shown on every page of its language until it expires."""

    title = models.CharField(_("title"), max_length=200)
    message = models.TextField(_("message"), max_length=1000)
    level = models.CharField(
        _("severity"), max_length=10, choices=AlertLevel.choices, default=AlertLevel.INFO
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("more information (page)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField(_("more information (address)"), blank=True)

    objects = AlertQuerySet.as_manager()
    base_form_class = AlertForm

    panels = [
        "title",
        "message",
        "level",
        FieldPanel(
            "expire_at",
            heading=_("Visible until"),
            help_text=_("Required. The alert disappears from the site at this time."),
        ),
        PageChooserPanel("link_page"),
        "link_url",
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("message"),
        index.FilterField("locale"),
        index.FilterField("live"),
    ]

    class Meta(ApprovedSnippet.Meta):
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = {}
        # The admin form reports a missing or past date on the field itself (AlertForm).
        if not self.expire_at:
            if not getattr(self, "_expiry_reported_by_form", False):
                errors["expire_at"] = EXPIRY_REQUIRED
        elif self._state.adding and self.expire_at <= timezone.now():
            errors["expire_at"] = _("The end of the alert must lie in the future.")
        if self.link_page_id and self.link_url:
            errors["link_url"] = _("Choose either a page or an external address.")
        if errors:
            raise ValidationError(errors)
