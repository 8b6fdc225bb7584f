"""Venues: a snippet under the joint approval, shared by the events held there."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldRowPanel, MultiFieldPanel
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from approvable.models import ApprovedSnippet


class Venue(ApprovedSnippet):
    """A place where events happen, with what visitors with disabilities need to know.
    No map embed: a map service would load third-party content."""

    name = models.CharField(_("name"), max_length=255)
    street = models.CharField(_("street and number"), max_length=255)
    postcode = models.CharField(_("postcode"), max_length=10)
    city = models.CharField(_("town"), max_length=100, default="Bad Kreuznach")
    step_free = models.BooleanField(_("step-free access"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    public_transport = models.TextField(
        _("public transport"), blank=True, help_text=_('e.g. "Bus 201, stop Kornmarkt".')
    )
    accessibility_notes = models.TextField(_("notes on accessibility"), blank=True)

    override_translatable_fields = [
        SynchronizedField("street"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        TranslatableField("public_transport"),
    ]

    panels = [
        "name",
        MultiFieldPanel(["street", FieldRowPanel(["postcode", "city"])], heading=_("Address")),
        MultiFieldPanel(
            ["step_free", "accessible_toilet", "hearing_loop", "accessibility_notes"],
            heading=_("Accessibility"),
        ),
        "public_transport",
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("street"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(ApprovedSnippet.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def address(self):
        return f"{self.street}, {self.postcode} {self.city}"
