"""Factories for events, the intercultural week and venues."""

import datetime

from django.utils import timezone

import factory

from home.factories import BasePageFactory, paragraphs
from partners.factories import PublishedSnippetFactory

from .models import EventCategory, EventIndexPage, EventPage, InterculturalWeekPage, Venue


class VenueFactory(PublishedSnippetFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Bürgerhaus {n}")
    street = "Kornmarkt 1"
    postcode = "55543"
    city = "Bad Kreuznach"
    step_free = True


class EventIndexPageFactory(BasePageFactory):
    class Meta:
        model = EventIndexPage

    title = "Veranstaltungen"
    slug = "veranstaltungen"


class InterculturalWeekPageFactory(BasePageFactory):
    class Meta:
        model = InterculturalWeekPage

    title = factory.LazyAttribute(lambda o: f"Interkulturelle Woche {o.year}")
    year = factory.LazyAttribute(lambda o: o.start_date.year)
    start_date = datetime.date(2026, 9, 20)
    end_date = datetime.date(2026, 9, 27)


class EventPageFactory(BasePageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Veranstaltung {n}")
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=14))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    category = EventCategory.TALK_ROUND
    body = factory.LazyFunction(lambda: paragraphs("Beschreibung der Veranstaltung."))
