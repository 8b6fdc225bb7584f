"""One event: when, where, who organises it, and how to take part."""

import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from modelcluster.fields import ParentalManyToManyField

from events.facts import with_source_facts
from events.models.choices import (
    SCHEMA_ORG_STATUS,
    EventAccessibility,
    EventCategory,
    EventStatus,
    Registration,
)
from events.models.venues import Venue
from home.admin_forms import IssuedPageForm
from home.blocks import ContentStreamBlock
from home.fields import ChoiceListField
from home.languages import MATERIAL_LANGUAGES, RTL_LANGUAGES, html_lang, language_name, name_lang
from home.metadata import SCHEMA_ORG, government_organization, iso
from home.models import PROMOTE_PANELS_WITHOUT_TEASER, BasePage, IssuedMixin
from images.models import optional_image
from partners.facts import partners_for
from partners.live import is_public, public


class EventPage(IssuedMixin, BasePage):
    """One dated event: a talk round, a prevention evening, a programme item of the
    Interkulturelle Woche. Lives under an EventIndexPage or an InterculturalWeekPage."""

    parent_page_types = ["events.EventIndexPage", "events.InterculturalWeekPage"]
    subpage_types = []

    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    category = models.CharField(_("category"), max_length=30, choices=EventCategory.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )
    status_note = models.CharField(
        _("note on the status"),
        max_length=255,
        blank=True,
        help_text=_('e.g. "Postponed to 12 March because of the weather".'),
    )
    venue = models.ForeignKey(
        Venue,
        verbose_name=_("venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    location_note = models.CharField(
        _("where exactly"), max_length=255, blank=True, help_text=_('e.g. "Room 2, first floor".')
    )
    languages = ChoiceListField(_("languages spoken"), item_choices=MATERIAL_LANGUAGES, blank=True)
    accessibility = ChoiceListField(
        _("accessibility"), item_choices=EventAccessibility.choices, blank=True
    )
    registration = models.CharField(
        _("registration"), max_length=10, choices=Registration.choices, default=Registration.NONE
    )
    registration_email = models.EmailField(_("registration e-mail"), blank=True)
    registration_url = models.URLField(_("registration web address"), blank=True)
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    image = optional_image(_("image"))
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)
    partners = ParentalManyToManyField(
        "partners.Partner", verbose_name=_("organising partners"), blank=True, related_name="+"
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldRowPanel(["start", "end"]), "category", "status", "status_note"],
            heading=_("Date and status"),
        ),
        MultiFieldPanel(["venue", "location_note"], heading=_("Place")),
        MultiFieldPanel(["issuer", "partners", "languages", "accessibility"], heading=_("Facts")),
        MultiFieldPanel(
            ["registration", "registration_email", "registration_url", "registration_deadline"],
            heading=_("Registration"),
        ),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    promote_panels = PROMOTE_PANELS_WITHOUT_TEASER

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("start"),
        index.FilterField("category"),
        index.FilterField("status"),
    ]

    base_form_class = IssuedPageForm
    # The place and the partners are facts of the German source: a translation points to the
    # same venue and issuer, never to an untranslated copy (see IssuedMixin).
    override_translatable_fields = [
        *IssuedMixin.override_translatable_fields,
        SynchronizedField("venue", overridable=False),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        # The listings, the calendars and the home teasers filter and order by the facts
        # (events.facts): on German listings these are the columns themselves.
        indexes = [
            models.Index(fields=["start", "page_ptr"], name="events_start_idx"),
            models.Index(fields=["end"], name="events_end_idx"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end cannot be before the start.")
        if self.registration == Registration.EMAIL and not self.registration_email:
            errors["registration_email"] = _("Enter the e-mail address for registrations.")
        if self.registration == Registration.LINK and not self.registration_url:
            errors["registration_url"] = _("Enter the address of the registration form.")
        if self.registration == Registration.NONE and self.registration_deadline:
            errors["registration_deadline"] = _("A deadline needs a way to register.")
        if self.registration_deadline and self.start and self.registration_deadline > self.start:
            errors["registration_deadline"] = _(
                "The registration deadline must be before the start."
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        with_source_facts([self])  # the facts of the German source, also for the JSON-LD
        context = super().get_context(request, *args, **kwargs)
        context["organizers"] = self.organizers(partners_for(self.locale, request))
        return context

    @property
    def public_venue(self):
        """The venue if the public may see it (live), else None: a draft or withdrawn venue
        never shows, the page says "Venue to be announced" instead (venue_announced)."""
        return public(self.venue) if self.venue_id is not None else None

    @property
    def venue_pending(self):
        """Whether the event has a venue the public may not see yet (draft or withdrawn)."""
        return self.venue_id is not None and self.public_venue is None

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    def language_names(self):
        """(code for lang=, own name, right-to-left?) of the languages spoken."""
        return [
            (name_lang(code), language_name(code), code in RTL_LANGUAGES)
            for code in self.languages or []
        ]

    def accessibility_labels(self):
        return self._meta.get_field("accessibility").labels(self.accessibility)

    def organizers(self, partners):
        """The live organising partners of the German source (a fact, events.facts) as the
        page's language shows them (partners.facts); else the issuer, or all partners for a
        joint event. The page and its JSON-LD name the same."""
        source = getattr(self, "facts", self)
        if "_organizing_partners" not in source.__dict__:  # one query for page and JSON-LD
            source._organizing_partners = list(source.partners.all())
        chosen = partners.shown(p for p in source._organizing_partners if is_public(p))
        if chosen:
            return chosen
        return partners.speakers(self)

    def structured_data(self, facts):
        organization = functools.partial(government_organization, root_url=facts.root_url)
        data = {
            "@context": SCHEMA_ORG,
            "@type": "Event",
            "@id": f"{facts.url}#event",
            "name": self.title,
            "url": facts.url,
            "startDate": iso(self.start),
            "eventStatus": f"{SCHEMA_ORG}/{SCHEMA_ORG_STATUS[self.status]}",
            "eventAttendanceMode": f"{SCHEMA_ORG}/OfflineEventAttendanceMode",
            # The partners' events cost nothing: the model has no fee to state.
            "isAccessibleForFree": True,
            # The languages spoken; an event names none when it is held in German.
            "inLanguage": [html_lang(code) for code in self.languages or [settings.LANGUAGE_CODE]],
            "organizer": [organization(partner) for partner in self.organizers(facts.partners)],
        }
        if self.end:
            data["endDate"] = iso(self.end)
        venue = self.public_venue
        if venue is not None:
            data["location"] = {
                "@type": "Place",
                "name": venue.name,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": venue.street,
                    "postalCode": venue.postcode,
                    "addressLocality": venue.city,
                    "addressCountry": "DE",
                },
            }
        if self.meta_description():
            data["description"] = self.meta_description()
        if facts.image_url:
            data["image"] = facts.image_url
        return data


def next_change(now):
    """The next start, end or registration deadline of a live event after `now`: the moment
    the upcoming lists, the event's "has taken place" and its registration change without an
    edit (home.caching bounds the shared cache's lifetime by it, in three queries)."""
    live = EventPage.objects.live()
    moments = [
        live.filter(**{f"{name}__gt": now}).aggregate(soonest=models.Min(name))["soonest"]
        for name in ("start", "end", "registration_deadline")
    ]
    return min((moment for moment in moments if moment), default=None)
