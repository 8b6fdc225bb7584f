"""Demo content: venues, upcoming events and the Interkulturelle Woche 2026 with its programme."""

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone

from home.factories import paragraphs

from .factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InterculturalWeekPageFactory,
    VenueFactory,
)
from .models import EventCategory, EventStatus, Registration

BERLIN = ZoneInfo("Europe/Berlin")


def at(day, hour, minute=0):
    """An aware datetime in Europe/Berlin (stored as UTC)."""
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=BERLIN)


def load(ctx):
    venues = {
        "kreishaus": VenueFactory(
            name="Kreisverwaltung, Großer Sitzungssaal",
            street="Salinenstraße 47",
            postcode="55543",
            step_free=True,
            accessible_toilet=True,
            hearing_loop=True,
            public_transport="Bus 201 und 203, Haltestelle Kreisverwaltung",
            publish=True,
        ),
        "kornmarkt": VenueFactory(
            name="Kornmarkt (Stand unter freiem Himmel)",
            street="Kornmarkt",
            postcode="55543",
            step_free=True,
            public_transport="Alle Stadtbuslinien, Haltestelle Kornmarkt",
            publish=True,
        ),
        "jugendzentrum": VenueFactory(
            name="Jugendzentrum Mühlenstraße",
            street="Mühlenstraße 12",
            postcode="55543",
            step_free=False,
            accessibility_notes="Drei Stufen am Eingang; eine mobile Rampe ist vorhanden.",
            public_transport="Bus 202, Haltestelle Mühlenstraße",
            publish=True,
        ),
        "polizei": VenueFactory(
            name="Polizeiinspektion Bad Kreuznach, Schulungsraum",
            street="Ringstraße 66",
            postcode="55543",
            step_free=True,
            accessible_toilet=True,
            public_transport="Bus 201, Haltestelle Ringstraße",
            publish=True,
        ),
    }
    index = EventIndexPageFactory(
        parent=ctx["home"],
        title="Veranstaltungen",
        slug="veranstaltungen",
        intro="Gesprächsrunden, Präventionsabende und die Interkulturelle Woche.",
        show_in_menus=True,
        publish=True,
    )
    week = InterculturalWeekPageFactory(
        parent=index,
        title="Interkulturelle Woche 2026",
        slug="interkulturelle-woche-2026",
        year=2026,
        motto="Dafür!",
        start_date=datetime.date(2026, 9, 20),
        end_date=datetime.date(2026, 9, 27),
        teaser="Polizei und Beirat sind gemeinsam dabei – mit Stand, Gesprächen und Aktionen.",
        intro="Eine Woche Begegnung: Polizei und Beirat für Migration und Integration laden "
        "zu Gesprächen, Aktionen und Informationen ein.",
        publish=True,
    )
    police, council = ctx["police"], ctx["council"]
    events = []

    def event(parent, title, start, hours, category, venue, **kwargs):
        texts = kwargs.pop(
            "texts", ["Polizei und Beirat laden gemeinsam ein. Der Eintritt ist frei."]
        )
        page = EventPageFactory(
            parent=parent,
            title=title,
            start=start,
            end=start + datetime.timedelta(hours=hours),
            category=category,
            venue=venues[venue],
            body=paragraphs(*texts),
            **kwargs,
        )
        page.partners.set([police, council])
        page.save_revision().publish()
        events.append(page)
        return page

    # The programme of the Interkulturelle Woche 2026.
    event(
        week,
        "Eröffnung am gemeinsamen Stand",
        at(datetime.date(2026, 9, 20), 11),
        3,
        EventCategory.INTERCULTURAL_WEEK,
        "kornmarkt",
        languages=["de", "ar", "tr", "uk"],
        teaser="Polizei und Beirat eröffnen ihren Stand auf dem Kornmarkt.",
    )
    event(
        week,
        "Fahrradcodierung gegen Diebstahl",
        at(datetime.date(2026, 9, 21), 14),
        4,
        EventCategory.INTERCULTURAL_WEEK,
        "kornmarkt",
        languages=["de", "ar", "fa"],
        teaser="Lassen Sie Ihr Fahrrad kostenlos codieren. Bitte Kaufbeleg und Ausweis mitbringen.",
        issuer=ctx["police"],
    )
    event(
        week,
        "Gesprächsrunde „Polizei fragen“",
        at(datetime.date(2026, 9, 22), 18),
        2,
        EventCategory.INTERCULTURAL_WEEK,
        "kreishaus",
        languages=["de", "ar", "tr", "ru"],
        accessibility=["sign_language", "interpreting"],
        teaser="Stellen Sie der Polizei Ihre Fragen – in Ihrer Sprache.",
    )
    event(
        week,
        "Lesung: Geschichten vom Ankommen",
        at(datetime.date(2026, 9, 24), 19),
        2,
        EventCategory.INTERCULTURAL_WEEK,
        "kreishaus",
        status=EventStatus.CANCELLED,
        status_note="Die Lesung fällt wegen Krankheit aus und wird im Frühjahr nachgeholt.",
        issuer=council,
        teaser="Autorinnen und Autoren lesen aus ihren Texten.",
    )
    event(
        week,
        "Sicher unterwegs mit dem Pedelec",
        at(datetime.date(2026, 9, 26), 10),
        3,
        EventCategory.INTERCULTURAL_WEEK,
        "polizei",
        languages=["de", "uk", "ru"],
        registration=Registration.EMAIL,
        registration_email="verkehr-demo@example.org",
        registration_deadline=at(datetime.date(2026, 9, 24), 12),
        teaser="Training auf dem Übungsplatz mit der Verkehrssicherheitsberatung.",
    )

    # Upcoming events, relative to today so the listing never runs empty.
    today = timezone.localdate()

    def soon(days, hour):
        return at(today + datetime.timedelta(days=days), hour)

    event(
        index,
        "Gesprächsrunde in der Verbandsgemeinde",
        soon(7, 18),
        2,
        EventCategory.TALK_ROUND,
        "kreishaus",
        languages=["de", "ar", "tr"],
        teaser="Vertrauen entsteht im Gespräch: Polizei und Beirat hören zu.",
    )
    event(
        index,
        "Öffentliche Sitzung des Beirats",
        soon(14, 17),
        3,
        EventCategory.COUNCIL_MEETING,
        "kreishaus",
        issuer=council,
        languages=["de"],
        accessibility=["easy_language"],
        teaser="Die Polizei ist zu Gast und berichtet.",
    )
    event(
        index,
        "Präventionsabend: Falsche Polizeibeamte",
        soon(21, 18),
        2,
        EventCategory.PREVENTION,
        "polizei",
        issuer=ctx["criminal_police"],
        languages=["de", "ru", "pl"],
        registration=Registration.LINK,
        registration_url="https://example.org/anmeldung",
        teaser="Wie Betrüger am Telefon vorgehen und wie Sie sich schützen.",
    )
    event(
        index,
        "Sicher im Netz für Jugendliche",
        soon(28, 15),
        3,
        EventCategory.PREVENTION,
        "jugendzentrum",
        languages=["de", "ar", "uk"],
        teaser="Workshop zu Cybermobbing und Abzocke im Internet.",
    )
    event(
        index,
        "Informationsabend: Beruf Polizei",
        soon(35, 18),
        2,
        EventCategory.RECRUITMENT,
        "polizei",
        issuer=police,
        languages=["de", "tr", "ar"],
        teaser="Studium, Voraussetzungen, Alltag: junge Polizistinnen und Polizisten erzählen.",
    )
    event(
        index,
        "Verkehrssicherheitstag für Neuzugewanderte",
        soon(42, 10),
        4,
        EventCategory.TRAFFIC_SAFETY,
        "kornmarkt",
        languages=["de", "ar", "fa", "uk"],
        status=EventStatus.POSTPONED,
        status_note="Neuer Termin wegen des Wetters.",
        teaser="Verkehrsregeln in Deutschland: für Fußgänger, Rad- und Autofahrer.",
    )

    ctx.update(event_index=index, intercultural_week=week, events=events, venues=venues)
