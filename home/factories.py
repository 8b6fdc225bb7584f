"""Factories for the shared page types, alerts and menus."""

import datetime

from django.utils import timezone

from wagtail.rich_text import RichText

import factory
import wagtail_factories

from partners.factories import PublishedSnippetFactory, publish_revision

from .models import (
    Alert,
    FormField,
    FormPage,
    HomePage,
    NavigationItem,
    NavigationMenu,
    StandardPage,
)


def paragraphs(*texts):
    """A StreamField value of rich-text paragraphs."""
    return [("paragraph", RichText("".join(f"<p>{text}</p>" for text in texts)))]


class BasePageFactory(wagtail_factories.PageFactory):
    """Creates a page; with publish=True it gets a published revision like an admin edit."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    publish = factory.PostGeneration(publish_revision)


class HomePageFactory(BasePageFactory):
    class Meta:
        model = HomePage

    title = "Startseite"
    slug = "start"
    hero_heading = "Gemeinsam für Sicherheit und Vertrauen"


class StandardPageFactory(BasePageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Seite {n}")
    body = factory.LazyFunction(lambda: paragraphs("Ein Absatz Text."))


class FormPageFactory(BasePageFactory):
    class Meta:
        model = FormPage

    title = factory.Sequence(lambda n: f"Formular {n}")
    to_address = "redaktion@example.org"
    from_address = "noreply@example.org"
    subject = "Nachricht über die Website"


class FormFieldFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FormField

    page = factory.SubFactory(FormPageFactory)
    label = factory.Sequence(lambda n: f"Feld {n}")
    field_type = "singleline"
    required = True


class AlertFactory(PublishedSnippetFactory):
    class Meta:
        model = Alert

    title = "Hinweis"
    message = "Wegen einer Großveranstaltung ist die Innenstadt gesperrt."
    expire_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))


class NavigationMenuFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NavigationMenu

    location = "main"


class NavigationItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NavigationItem

    menu = factory.SubFactory(NavigationMenuFactory)
    link_url = "https://example.org/"
    link_text = "Beispiel"
