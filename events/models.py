"""Events: talk rounds, prevention evenings, council meetings and the yearly Interkulturelle
Woche, with the venues they take place in."""

import contextlib
import datetime
import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from modelcluster.fields import ParentalManyToManyField

from home.admin_forms import IssuedPageForm
from home.blocks import ContentStreamBlock
from home.fields import ChoiceListField
from home.languages import MATERIAL_LANGUAGES, RTL_LANGUAGES, html_lang, language_name, name_lang
from home.metadata import SCHEMA_ORG, government_organization, iso
from home.models import BasePage, IssuedMixin
from partners.approval import ApprovedSnippet
from partners.live import is_public, public

from .facts import annotate_source_facts, with_source_facts


class EventCategory(models.TextChoices):
    INTERCULTURAL_WEEK = "intercultural_week", _("Intercultural week")
    TALK_ROUND = "talk_round", _("Talk round")
    COUNCIL_MEETING = "council_meeting", _("Council meeting")
    PREVENTION = "prevention", _("Prevention event")
    TRAFFIC_SAFETY = "traffic_safety", _("Traffic safety")
    SPECIAL_OCCASION = "special_occasion", _("Special occasion")
    RECRUITMENT = "recruitment", _("Recruitment")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")


# schema.org's eventStatus for each status.
SCHEMA_ORG_STATUS = {
    EventStatus.SCHEDULED: "EventScheduled",
    EventStatus.CANCELLED: "EventCancelled",
    EventStatus.POSTPONED: "EventPostponed",
}


class Registration(models.TextChoices):
    NONE = "none", _("No registration needed")
    EMAIL = "email", _("Registration by e-mail")
    LINK = "link", _("Registration online")


class EventAccessibility(models.TextChoices):
    SIGN_LANGUAGE = "sign_language", _("Sign language interpreting")
    EASY_LANGUAGE = "easy_language", _("Easy language")
    INTERPRETING = "interpreting", _("Interpreting into other languages")
    CHILDCARE = "childcare", _("Childcare")
    WRITTEN_INTERPRETING = "written_interpreting", _("Live captioning")


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


class EventIndexPage(BasePage):
    """The event listing of one language: upcoming events by default, with an archive."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage", "events.InterculturalWeekPage"]
    max_count_per_parent = 1  # one per language home; max_count would count all languages

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def events(self):
        """All live events below this page, including the programme of each week."""
        return annotate_source_facts(
            EventPage.objects.descendant_of(self).live().public().select_related("venue", "issuer")
        ).order_by("fact_start", "pk")

    def upcoming(self, now=None):
        """Filtered and ordered by the facts of the German sources (events.facts)."""
        now = now or timezone.now()
        return self.events().filter(
            models.Q(fact_end__gte=now) | models.Q(fact_end__isnull=True, fact_start__gte=now)
        )

    def past(self, now=None):
        now = now or timezone.now()
        return (
            self.events()
            .exclude(
                models.Q(fact_end__gte=now) | models.Q(fact_end__isnull=True, fact_start__gte=now)
            )
            .order_by("-fact_start", "-pk")
        )

    def clean_filters(self, params):
        """The valid filters among the query parameters; anything else is ignored."""
        filters = {}
        if params.get("archive") == "1":
            filters["archive"] = "1"
        if params.get("category") in EventCategory.values:
            filters["category"] = params["category"]
        month = params.get("month", "")
        with contextlib.suppress(ValueError):
            filters["month"] = datetime.datetime.strptime(month, "%Y-%m").date()
        return filters

    def filtered(self, filters, now=None):
        events = self.past(now) if filters.get("archive") else self.upcoming(now)
        if "category" in filters:
            events = events.filter(fact_category=filters["category"])
        if "month" in filters:
            first = filters["month"]
            events = events.filter(fact_start__year=first.year, fact_start__month=first.month)
        return events

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = self.clean_filters(request.GET)
        items = Paginator(self.filtered(filters), 20).get_page(request.GET.get("page"))
        items.object_list = with_source_facts(items.object_list)
        context.update(
            filters=filters,
            items=items,
            categories=EventCategory.choices,
            weeks=InterculturalWeekPage.objects.child_of(self).live().order_by("-year"),
        )
        return context


class InterculturalWeekPage(BasePage):
    """One edition of the Interkulturelle Woche; its programme is the EventPages below it."""

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = ["events.EventPage"]

    year = models.PositiveSmallIntegerField(_("year"))
    motto = models.CharField(_("motto"), max_length=255, blank=True)
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(_("last day"))
    image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            ["year", "motto", FieldRowPanel(["start_date", "end_date"])], heading=_("Edition")
        ),
        FieldPanel("image"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("motto"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("intercultural week")
        verbose_name_plural = _("intercultural weeks")

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if self.start_date and self.year and self.start_date.year != self.year:
            errors["year"] = _("The year must be the year of the first day.")
        if errors:
            raise ValidationError(errors)

    def programme(self):
        """The week's live events in order of time."""
        return annotate_source_facts(
            EventPage.objects.child_of(self).live().public().select_related("venue", "issuer")
        ).order_by("fact_start", "pk")

    def programme_by_day(self, programme=None):
        """The programme as (day, events) pairs, days counted in Europe/Berlin."""
        days = {}
        for event in with_source_facts(programme if programme is not None else self.programme()):
            days.setdefault(timezone.localtime(event.start).date(), []).append(event)
        return list(days.items())

    @property
    def is_over(self):
        """Whether the week's last day has passed (days counted in Europe/Berlin)."""
        return self.end_date < timezone.localdate()

    def german_programme(self, count):
        """For a translation whose programme has fewer than the German week's live events
        (`count` events of its own): the live German week, whose page has the whole programme;
        else None. Programme items are translated one by one, often after the week's page."""
        if self.locale_id is None or get_language() == settings.LANGUAGE_CODE:
            return None
        german = (
            InterculturalWeekPage.objects.live()
            .public()
            .filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .exclude(pk=self.pk)
            .first()
        )
        if german is None or EventPage.objects.child_of(german).live().public().count() <= count:
            return None
        return german

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        programme = list(self.programme())
        context.update(
            programme_days=self.programme_by_day(programme),
            german_programme=self.german_programme(len(programme)),
        )
        return context


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
    image = models.ForeignKey(
        "images.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
    promote_panels = [
        p for p in BasePage.promote_panels if getattr(p, "field_name", "") != "teaser"
    ]

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
        return super().get_context(request, *args, **kwargs)

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
        """The live organising partners as the page's language shows them (partners.facts);
        else the issuer, or all partners for a joint event."""
        chosen = partners.shown(partner for partner in self.partners.all() if is_public(partner))
        if chosen:
            return chosen
        issuer = partners.issuer_of(self)
        return [issuer] if issuer is not None else list(partners)

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
