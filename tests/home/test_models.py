"""The shared page types (home, standard, form), alerts and navigation menus."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from wagtail.models import Page

import pytest

from events.models import EventIndexPage
from home.factories import (
    AlertFactory,
    FormPageFactory,
    HomePageFactory,
    NavigationItemFactory,
    NavigationMenuFactory,
    StandardPageFactory,
)
from home.models import Alert, FormPage, HomePage, NavigationItem, StandardPage
from news.models import NewsIndexPage
from prevention.models import PreventionIndexPage

pytestmark = pytest.mark.django_db

ONE_HOME_PER_LANGUAGE = (
    "Für diese Sprache gibt es bereits eine Startseite. "
    "Es ist nur eine Startseite je Sprache zulässig."
)
ALERT_NEEDS_END = "Jede Hinweismeldung braucht ein Ende: Geben Sie an, bis wann sie angezeigt wird."
ALERT_END_IN_FUTURE = "Das Ende der Hinweismeldung muss in der Zukunft liegen."
PAGE_OR_ADDRESS = "Wählen Sie entweder eine Seite oder eine externe Internetadresse."
LINK_NEEDS_TEXT = "Ein externer Link braucht einen Linktext."


def messages(exc_info, field=None):
    """The messages of a ValidationError (of one field, or all), rendered in German."""
    error = exc_info.value
    with translation.override("de"):
        if field is None:
            return [str(m) for m in error.messages]
        return [str(m) for m in error.message_dict[field]]


# --- Page tree ------------------------------------------------------------------------------


def test_home_page_lives_only_under_the_root(page_asserts):
    page_asserts.assertAllowedParentPageTypes(HomePage, {Page})


def test_home_page_holds_the_sections(page_asserts):
    page_asserts.assertAllowedSubpageTypes(
        HomePage, {NewsIndexPage, EventIndexPage, PreventionIndexPage, StandardPage, FormPage}
    )


def test_standard_page_sits_under_home_or_another_standard_page(page_asserts):
    page_asserts.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
    page_asserts.assertAllowedSubpageTypes(StandardPage, {StandardPage, FormPage})


def test_form_page_sits_under_home_or_standard_page_and_has_no_children(page_asserts):
    page_asserts.assertAllowedParentPageTypes(FormPage, {HomePage, StandardPage})
    page_asserts.assertAllowedSubpageTypes(FormPage, set())


def test_a_home_page_is_created_under_the_root_and_nowhere_else(root_page, home_page):
    standard = StandardPageFactory(parent=home_page)
    assert HomePage.can_create_at(root_page)
    assert not HomePage.can_create_at(home_page)
    assert not HomePage.can_create_at(standard)


def test_a_second_home_page_in_the_same_language_is_refused(root_page, home_page):
    # Page.save() validates, so every way of saving a second German home is stopped.
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        HomePageFactory(parent=root_page, title="Noch eine Startseite", slug="start-2")
    assert ONE_HOME_PER_LANGUAGE in messages(exc_info)
    assert HomePage.objects.filter(locale=home_page.locale).count() == 1


def test_each_language_gets_its_own_home_page(root_page, home_page, english):
    english_home = HomePageFactory(parent=root_page, title="Home", slug="home", locale=english)
    english_home.full_clean()  # no error: the rule is one per language, not one per site
    assert HomePage.objects.count() == 2


def test_the_existing_home_page_still_validates(home_page):
    home_page.full_clean()


def test_index_pages_are_singletons_under_one_home(home_page, news_index, event_index):
    assert not NewsIndexPage.can_create_at(home_page)
    assert not EventIndexPage.can_create_at(home_page)
    assert PreventionIndexPage.can_create_at(home_page)
    assert StandardPage.can_create_at(home_page)  # normal pages are not limited


def test_form_page_falls_back_to_the_default_recipient(home_page, settings):
    settings.FORMS_DEFAULT_RECIPIENT = "kontakt@example.org"
    page = FormPageFactory(parent=home_page, to_address="")
    page.refresh_from_db()
    assert page.to_address == "kontakt@example.org"


# --- Alerts -----------------------------------------------------------------------------------


def make_alert(german, **kwargs):
    defaults = {"title": "Hinweis", "message": "Straßensperrung", "locale": german}
    return Alert(**{**defaults, **kwargs})


def test_an_alert_without_end_is_refused_in_german(german):
    alert = make_alert(german, expire_at=None)
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        alert.full_clean()
    assert messages(exc_info, "expire_at") == [ALERT_NEEDS_END]


def test_a_new_alert_must_end_in_the_future(german):
    alert = make_alert(german, expire_at=timezone.now() - datetime.timedelta(minutes=1))
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        alert.full_clean()
    assert messages(exc_info, "expire_at") == [ALERT_END_IN_FUTURE]


def test_an_alert_links_either_a_page_or_an_address(german, home_page):
    alert = make_alert(
        german,
        expire_at=timezone.now() + datetime.timedelta(days=1),
        link_page=home_page,
        link_url="https://example.org/",
    )
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        alert.full_clean()
    assert messages(exc_info, "link_url") == [PAGE_OR_ADDRESS]


def test_a_complete_alert_is_valid(german):
    make_alert(german, expire_at=timezone.now() + datetime.timedelta(days=1)).full_clean()


def test_an_expired_alert_can_still_be_edited():
    """The future rule is for new alerts; an old one must stay editable (e.g. its text)."""
    alert = AlertFactory()
    Alert.objects.filter(pk=alert.pk).update(expire_at=timezone.now() - datetime.timedelta(1))
    alert.refresh_from_db()
    alert.full_clean()


def test_only_live_unexpired_alerts_of_the_language_are_active(german, english):
    now = timezone.now()
    current = AlertFactory(publish=True, title="Aktuell")
    AlertFactory(title="Entwurf", live=False)
    expired = AlertFactory(publish=True, title="Abgelaufen")
    Alert.objects.filter(pk=expired.pk).update(expire_at=now - datetime.timedelta(hours=1))
    AlertFactory(publish=True, title="English", locale=english)

    assert list(Alert.objects.active(locale=german)) == [current]


# --- Navigation -------------------------------------------------------------------------------


def test_a_navigation_item_with_page_and_address_is_refused_in_german(home_page):
    item = NavigationItem(
        menu=NavigationMenuFactory(),
        link_page=home_page,
        link_url="https://example.org/",
        link_text="Beispiel",
    )
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        item.full_clean()
    assert messages(exc_info) == [PAGE_OR_ADDRESS]


def test_a_navigation_item_without_any_target_is_refused():
    item = NavigationItem(menu=NavigationMenuFactory(), link_text="Ins Leere")
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        item.full_clean()
    assert messages(exc_info) == [PAGE_OR_ADDRESS]


def test_an_external_navigation_link_needs_a_text():
    item = NavigationItem(menu=NavigationMenuFactory(), link_url="https://example.org/")
    with translation.override("de"), pytest.raises(ValidationError) as exc_info:
        item.full_clean()
    assert messages(exc_info, "link_text") == [LINK_NEEDS_TEXT]


def test_a_page_link_shows_the_page_title_unless_overridden(home_page):
    item = NavigationItemFactory(link_url="", link_text="", link_page=home_page)
    assert item.text == home_page.title
    item.link_text = "Start"
    assert item.text == "Start"
