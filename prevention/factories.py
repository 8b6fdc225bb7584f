"""Factories for prevention topics and materials (with generated PDF files per language)."""

import factory

from home.factories import BasePageFactory, paragraphs
from images.factories import DocumentFactory
from partners.factories import PublishedSnippetFactory, publish_revision

from .models import (
    MaterialFormat,
    PreventionIndexPage,
    PreventionMaterial,
    PreventionMaterialFile,
    PreventionTopicPage,
)


class PreventionIndexPageFactory(BasePageFactory):
    class Meta:
        model = PreventionIndexPage

    title = "Prävention"
    slug = "praevention"


class PreventionTopicPageFactory(BasePageFactory):
    class Meta:
        model = PreventionTopicPage

    title = factory.Sequence(lambda n: f"Thema {n}")
    body = factory.LazyFunction(lambda: paragraphs("Rat und Hilfe zum Thema."))


class PreventionMaterialFactory(PublishedSnippetFactory):
    class Meta:
        model = PreventionMaterial
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Flyer {n}")
    description = "Ein Faltblatt mit Tipps."
    format = MaterialFormat.FLYER
    target_groups = factory.LazyFunction(lambda: ["everyone"])

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):
        """languages=["de", "ar"] creates one generated PDF per language."""
        if not create or not extracted:
            return
        for code in extracted:
            PreventionMaterialFileFactory(material=obj, language=code)

    @factory.post_generation
    def topics(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.topics.set(extracted)
            obj.save()

    # Declared again so it runs after the files and topics above exist.
    publish = factory.PostGeneration(publish_revision)


class PreventionMaterialFileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PreventionMaterialFile

    material = factory.SubFactory(PreventionMaterialFactory)
    language = "de"
    document = factory.SubFactory(
        DocumentFactory,
        title=factory.LazyAttribute(
            lambda o: f"{o.factory_parent.material} ({o.factory_parent.language})"
        ),
    )
