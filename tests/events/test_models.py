"""Events, the Interkulturelle Woche and venues."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

import pytest

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InterculturalWeekPageFactory,
    VenueFactory,
)
from events.models import EventIndexPage, EventPage, InterculturalWeekPage, Registration
from home.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db

END_BEFORE_START = "Das Ende darf nicht vor dem Beginn liegen."
REGISTRATION_EMAIL_MISSING = "Geben Sie die E-Mail-Adresse für Anmeldungen an."
REGISTRATION_URL_MISSING = "Geben Sie die Internetadresse des Anmeldeformulars an."
DEADLINE_WITHOUT_REGISTRATION = (
    "Ein Anmeldeschluss setzt eine Anmeldemöglichkeit voraus. "
    "Wählen Sie aus, wie man sich anmelden kann."
)
DEADLINE_AFTER_START = "Der Anmeldeschluss darf nicht nach dem Beginn der Veranstaltung liegen."
LAST_DAY_BEFORE_FIRST = "Der letzte Tag darf nicht vor dem ersten Tag liegen."
YEAR_OF_FIRST_DAY = "Das Jahr muss mit dem Jahr des ersten Tages übereinstimmen."

START = timezone.make_aware(datetime.datetime(2026, 9, 22, 18, 0))


def field_errors(page):
    """Validate the page in German and return {field: [messages]}."""
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        page.full_clean()
    with translation.override("de"):
        return {
            field: [str(m) for m in msgs] for field, msgs in exc_info.value.message_dict.items()
        }


@pytest.fixture
def event(event_index):
    return EventPageFactory(
        parent=event_index, start=START, end=START + datetime.timedelta(hours=2)
    )


# --- Page tree ------------------------------------------------------------------------------


def test_event_index_sits_under_home_and_holds_events_and_weeks(page_asserts):
    page_asserts.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
    page_asserts.assertAllowedSubpageTypes(EventIndexPage, {EventPage, InterculturalWeekPage})


def test_intercultural_week_sits_in_the_event_index_and_holds_its_programme(page_asserts):
    page_asserts.assertAllowedParentPageTypes(InterculturalWeekPage, {EventIndexPage})
    page_asserts.assertAllowedSubpageTypes(InterculturalWeekPage, {EventPage})


def test_event_sits_in_the_index_or_a_week_and_has_no_children(page_asserts):
    page_asserts.assertAllowedParentPageTypes(EventPage, {EventIndexPage, InterculturalWeekPage})
    page_asserts.assertAllowedSubpageTypes(EventPage, set())
    page_asserts.assertCanNotCreateAt(HomePage, EventPage)
    page_asserts.assertCanNotCreateAt(StandardPage, EventPage)


def test_a_second_event_index_under_the_same_home_is_refused(home_page):
    assert EventIndexPage.can_create_at(home_page)
    EventIndexPageFactory(parent=home_page)
    assert not EventIndexPage.can_create_at(home_page)


def test_every_year_can_have_its_own_week(event_index):
    InterculturalWeekPageFactory(parent=event_index, slug="iwo-2026")
    assert InterculturalWeekPage.can_create_at(event_index)


# --- Event validation -----------------------------------------------------------------------


def test_an_event_cannot_end_before_it_starts(event):
    event.end = event.start - datetime.timedelta(minutes=30)
    assert field_errors(event) == {"end": [END_BEFORE_START]}


def test_an_event_without_end_is_fine(event):
    event.end = None
    event.full_clean()


def test_registration_by_email_needs_an_address(event):
    event.registration = Registration.EMAIL
    event.registration_email = ""
    assert field_errors(event) == {"registration_email": [REGISTRATION_EMAIL_MISSING]}


def test_online_registration_needs_an_address(event):
    event.registration = Registration.LINK
    assert field_errors(event) == {"registration_url": [REGISTRATION_URL_MISSING]}


def test_a_deadline_without_registration_is_refused(event):
    event.registration = Registration.NONE
    event.registration_deadline = event.start - datetime.timedelta(days=2)
    assert field_errors(event) == {"registration_deadline": [DEADLINE_WITHOUT_REGISTRATION]}


def test_the_deadline_must_not_be_after_the_start(event):
    event.registration = Registration.EMAIL
    event.registration_email = "anmeldung@example.org"
    event.registration_deadline = event.start + datetime.timedelta(hours=1)
    assert field_errors(event) == {"registration_deadline": [DEADLINE_AFTER_START]}


def test_a_complete_registration_is_valid(event):
    event.registration = Registration.LINK
    event.registration_url = "https://example.org/anmeldung"
    event.registration_deadline = event.start - datetime.timedelta(days=1)
    event.full_clean()


def test_unknown_languages_are_refused_in_german(event):
    event.languages = ["de", "xx"]
    assert field_errors(event) == {"languages": ["Unbekannte(r) Wert(e): xx."]}


# --- Intercultural week ---------------------------------------------------------------------


def test_the_last_day_of_the_week_cannot_be_before_the_first(event_index):
    week = InterculturalWeekPageFactory(parent=event_index)
    week.end_date = week.start_date - datetime.timedelta(days=1)
    assert field_errors(week) == {"end_date": [LAST_DAY_BEFORE_FIRST]}


def test_the_year_of_the_week_is_the_year_of_its_first_day(event_index):
    week = InterculturalWeekPageFactory(parent=event_index)
    week.year = week.start_date.year + 1
    assert field_errors(week) == {"year": [YEAR_OF_FIRST_DAY]}


def test_the_programme_lists_the_weeks_live_events_in_time_order(event_index):
    week = InterculturalWeekPageFactory(parent=event_index)
    late = EventPageFactory(parent=week, start=START + datetime.timedelta(days=1))
    early = EventPageFactory(parent=week, start=START)
    EventPageFactory(parent=week, start=START, live=False)
    EventPageFactory(parent=event_index, start=START)  # not part of the week
    assert list(week.programme()) == [early, late]


# --- Listing --------------------------------------------------------------------------------


def test_upcoming_events_include_running_ones_and_the_weeks_programme(event_index):
    now = timezone.now()
    week = InterculturalWeekPageFactory(parent=event_index)
    past = EventPageFactory(parent=event_index, start=now - datetime.timedelta(days=3))
    running = EventPageFactory(
        parent=event_index,
        start=now - datetime.timedelta(hours=1),
        end=now + datetime.timedelta(hours=1),
    )
    in_week = EventPageFactory(parent=week, start=now + datetime.timedelta(days=2))

    upcoming = list(event_index.upcoming(now=now))

    assert upcoming == [running, in_week]
    assert past not in upcoming


def test_a_venue_has_a_full_address():
    venue = VenueFactory(name="Haus des Gastes", street="Kurhausstraße 28", postcode="55543")
    assert venue.address == "Kurhausstraße 28, 55543 Bad Kreuznach"
    assert str(venue) == "Haus des Gastes, Bad Kreuznach"


def test_german_sign_language_stored_as_dgs_becomes_gsg(event):
    # Events saved before the code was corrected, live and in their drafts (issue 19).
    import importlib

    from django.apps import apps

    EventPage.objects.filter(pk=event.pk).update(languages=["de", "dgs"])
    revision = event.save_revision()
    revision.content["languages"] = ["dgs"]
    revision.save()
    migration = importlib.import_module("events.migrations.0006_german_sign_language_gsg")

    migration.forwards(apps, None)

    event.refresh_from_db()
    revision.refresh_from_db()
    assert event.languages == ["de", "gsg"]
    assert revision.content["languages"] == ["gsg"]
    event.full_clean()  # "gsg" is a language editors can choose
