"""Factories for partners and contact persons; the demo content and the tests share them."""

import factory
from factory.django import DjangoModelFactory

from .models import ContactPerson, Partner, PartnerKind


def publish_revision(obj, create, extracted, **kwargs):
    """With publish=True, give the object a first published revision the way the admin does,
    so History and the approval see a normal object (pages and snippets alike)."""
    if create and extracted:
        obj.save_revision().publish()


class PublishedSnippetFactory(DjangoModelFactory):
    """Creates a snippet; publish=True publishes it (see publish_revision)."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    publish = factory.PostGeneration(publish_revision)


class PartnerFactory(PublishedSnippetFactory):
    class Meta:
        model = Partner

    name = factory.Sequence(lambda n: f"Polizeiinspektion Beispielstadt {n}")
    short_name = factory.Sequence(lambda n: f"PI {n}")
    kind = PartnerKind.POLICE
    legal_entity = "Land Rheinland-Pfalz, vertreten durch das Polizeipräsidium Mainz"
    address = "Musterstraße 1\n55543 Bad Kreuznach"
    phone = "0671 8811-0"
    email = factory.Sequence(lambda n: f"partner{n}@example.org")


class ContactPersonFactory(PublishedSnippetFactory):
    class Meta:
        model = ContactPerson

    name = factory.Sequence(lambda n: f"Erika Beispiel {n}")
    role = "Präventionsberaterin"
    partner = factory.SubFactory(PartnerFactory)
    email = factory.Sequence(lambda n: f"kontakt{n}@example.org")
    consent_name_and_photo = True
