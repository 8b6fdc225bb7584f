"""The event listings: the calendar index and the Interkulturelle Woche page."""

import contextlib
import datetime

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

from events.facts import annotate_source_facts, is_german_locale, with_source_facts
from events.models.choices import EventCategory
from events.models.event_page import EventPage
from home.blocks import ContentStreamBlock
from home.filters import FILTER_YEARS
from home.models import BasePage, SectionIndexPage
from images.models import optional_image


class EventIndexPage(SectionIndexPage):
    """The event listing of one language: upcoming events by default, with an archive."""

    subpage_types = ["events.EventPage", "events.InterculturalWeekPage"]

    class Meta:
        verbose_name = _("event index page")
        verbose_name_plural = _("event index pages")

    def events(self):
        """All live events below this page, including the programme of each week."""
        return annotate_source_facts(
            EventPage.objects.descendant_of(self).live().public().select_related("venue", "issuer"),
            own=is_german_locale(self.locale_id),
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
        with contextlib.suppress(ValueError):
            month = datetime.datetime.strptime(params.get("month", ""), "%Y-%m").date()
            if month.year in FILTER_YEARS:
                filters["month"] = month
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
    image = optional_image(_("image"))
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
            EventPage.objects.child_of(self).live().public().select_related("venue", "issuer"),
            own=is_german_locale(self.locale_id),
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
