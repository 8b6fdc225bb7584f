"""Demo content: the three real cooperation partners and fictional contact persons.

Addresses and phone numbers are demo values to be checked before launch; every person is
invented (the real signatories of the agreement are not used)."""

from images.factories import CustomImageFactory

from .factories import ContactPersonFactory, PartnerFactory
from .models import PartnerKind


def load(ctx):
    pi = PartnerFactory(
        name="Polizeiinspektion Bad Kreuznach",
        name_as_issuer="der Polizeiinspektion Bad Kreuznach",
        name_as_partner="der Polizeiinspektion Bad Kreuznach",
        short_name="PI Bad Kreuznach",
        kind=PartnerKind.POLICE,
        legal_entity="Land Rheinland-Pfalz, vertreten durch das Polizeipräsidium Mainz",
        address="Polizeiinspektion Bad Kreuznach\nRingstraße 66\n55543 Bad Kreuznach",
        phone="0671 8811-0",
        email="pibadkreuznach@polizei.rlp.de",
        website="https://www.polizei.rlp.de/",
        description="<p>Die Polizeiinspektion ist rund um die Uhr für die Stadt Bad Kreuznach "
        "und die umliegenden Gemeinden da.</p>",
        sort_order=1,
        logo=CustomImageFactory(title="Logo Polizei Rheinland-Pfalz", credit="Polizei RLP"),
        publish=True,
    )
    ki = PartnerFactory(
        name="Kriminalinspektion Bad Kreuznach",
        name_as_issuer="der Kriminalinspektion Bad Kreuznach",
        name_as_partner="der Kriminalinspektion Bad Kreuznach",
        short_name="KI Bad Kreuznach",
        kind=PartnerKind.POLICE,
        legal_entity="Land Rheinland-Pfalz, vertreten durch das Polizeipräsidium Mainz",
        address="Kriminalinspektion Bad Kreuznach\nRingstraße 66\n55543 Bad Kreuznach",
        phone="0671 8811-0",
        email="kibadkreuznach@polizei.rlp.de",
        website="https://www.polizei.rlp.de/",
        description="<p>Die Kriminalinspektion ermittelt bei Straftaten und berät zur "
        "Kriminalprävention.</p>",
        sort_order=2,
        publish=True,
    )
    beirat = PartnerFactory(
        name="Beirat für Migration und Integration des Landkreises Bad Kreuznach",
        name_as_issuer="des Beirats für Migration und Integration des Landkreises Bad Kreuznach",
        name_as_partner="dem Beirat für Migration und Integration des Landkreises Bad Kreuznach",
        short_name="Beirat",
        kind=PartnerKind.COUNCIL,
        legal_entity="Landkreis Bad Kreuznach (der Beirat ist ein beratendes Gremium "
        "des Kreistags und keine eigene juristische Person)",
        address="Kreisverwaltung Bad Kreuznach\nBeirat für Migration und Integration\n"
        "Salinenstraße 47\n55543 Bad Kreuznach",
        phone="0671 803-0",
        email="beirat-migration@example.org",
        website="https://www.kreis-badkreuznach.de/",
        description="<p>Der Beirat vertritt die Interessen der Menschen mit "
        "Migrationsgeschichte im Landkreis und berät Kreistag und Verwaltung.</p>",
        sort_order=3,
        publish=True,
    )
    contacts = [
        ContactPersonFactory(
            name="Jana Beispiel",
            role="Präventionsberaterin",
            partner=ki,
            phone="0671 8811-100",
            email="praevention.demo@example.org",
            consent_name_and_photo=True,
            publish=True,
        ),
        ContactPersonFactory(
            name="Murat Muster",
            role="Bezirksbeamter Innenstadt",
            partner=pi,
            phone="0671 8811-200",
            email="bezirksdienst.demo@example.org",
            consent_name_and_photo=True,
            publish=True,
        ),
        ContactPersonFactory(
            name="Olena Probe",
            role="Vorsitzende des Beirats",
            partner=beirat,
            email="vorsitz.demo@example.org",
            consent_name_and_photo=True,
            publish=True,
        ),
        ContactPersonFactory(
            name="Samir Testmann",
            role="Verkehrssicherheitsberater",
            partner=pi,
            phone="0671 8811-300",
            consent_name_and_photo=False,
            publish=True,
        ),
    ]
    ctx.update(police=pi, criminal_police=ki, council=beirat, contacts=contacts)
