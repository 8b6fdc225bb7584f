"""Factories for news pages."""

import factory

from home.factories import BasePageFactory, paragraphs

from .models import NewsCategory, NewsIndexPage, NewsPage


class NewsIndexPageFactory(BasePageFactory):
    class Meta:
        model = NewsIndexPage

    title = "Aktuelles"
    slug = "aktuelles"


class NewsPageFactory(BasePageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Meldung {n}")
    category = NewsCategory.PRESS_RELEASE
    teaser = "Kurzfassung der Meldung."
    body = factory.LazyFunction(lambda: paragraphs("Text der Meldung."))
