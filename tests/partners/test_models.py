"""The cooperation partners and their contact persons."""

from django.core.exceptions import ValidationError
from django.utils import translation

import pytest

from images.factories import CustomImageFactory
from partners.factories import ContactPersonFactory, PartnerFactory
from partners.models import ContactPerson, Partner, PartnerKind

pytestmark = pytest.mark.django_db

BAD_PHONE = "Geben Sie die Telefonnummer nur mit Ziffern, Leerzeichen, +, /, - oder Klammern ein."


def german_errors(obj):
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        obj.full_clean()
    with translation.override("de"):
        return {
            field: [str(m) for m in msgs] for field, msgs in exc_info.value.message_dict.items()
        }


def test_a_partner_needs_name_side_legal_entity_and_address(german):
    errors = german_errors(Partner(locale=german))
    assert set(errors) == {"name", "short_name", "kind", "legal_entity", "address"}
    assert errors["legal_entity"] == ["Dieses Feld darf nicht leer sein."]


@pytest.mark.parametrize("phone", ["0671 8811-0", "+49 (0)671 / 8811 0"])
def test_usual_phone_numbers_are_accepted(phone):
    partner = PartnerFactory(phone=phone)
    partner.full_clean()


@pytest.mark.parametrize("phone", ["call us", "0671; DROP TABLE", "12"])
def test_a_phone_number_with_letters_is_refused_in_german(phone):
    partner = PartnerFactory.build(phone=phone)
    assert german_errors(partner) == {"phone": [BAD_PHONE]}


def test_partners_are_ordered_by_sort_order_then_name():
    beirat = PartnerFactory(name="Beirat", kind=PartnerKind.COUNCIL, sort_order=2)
    ki = PartnerFactory(name="Kriminalinspektion", sort_order=1)
    pi = PartnerFactory(name="Polizeiinspektion", sort_order=1)
    assert list(Partner.objects.all()) == [ki, pi, beirat]


def test_a_contact_shows_name_and_photo_only_with_consent():
    photo = CustomImageFactory()
    with_consent = ContactPersonFactory(name="Erika Beispiel", photo=photo)
    without = ContactPersonFactory(name="Max Muster", photo=photo, consent_name_and_photo=False)

    assert with_consent.public_name == "Erika Beispiel"
    assert with_consent.public_photo == photo
    assert without.public_name == ""
    assert without.public_photo is None


def test_a_contact_belongs_to_a_partner(german):
    errors = german_errors(ContactPerson(name="Erika", role="Beratung", locale=german))
    assert "partner" in errors
