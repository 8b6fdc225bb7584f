"""The main menu of every language follows the German list of sections (issue 15, item 4): a
section shows in a language's menu once its translation is live there, without editing that
language's menu; a section without a live translation is left out, never a German page under a
translated name; a German page a language links on purpose is marked lang="de"."""

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from home.factories import NavigationItemFactory, NavigationMenuFactory, StandardPageFactory
from home.menus import missing_sections
from home.models import NavigationMenu
from tests.conftest import translate

pytestmark = pytest.mark.django_db


def menu_links(client, page):
    response = client.get(page.url)
    assert response.status_code == 200, page.url
    nav = BeautifulSoup(response.content, "html.parser").select_one("nav.site-nav")
    return nav.find_all("a")


def item(menu, page=None, order=0, **kwargs):
    fields = {"link_page": page, "link_url": "", "link_text": ""} if page else {}
    return NavigationItemFactory(menu=menu, sort_order=order, **{**fields, **kwargs})


@pytest.fixture
def sections(home_page, news_index, event_index, prevention_index):
    """The German main menu: news, events, prevention, the cooperation page, an external link."""
    about = StandardPageFactory(parent=home_page, title="Über die Kooperation", slug="kooperation")
    menu = NavigationMenuFactory(location="main")
    for order, page in enumerate([news_index, event_index, prevention_index, about]):
        item(menu, page, order)
    item(menu, order=9, link_url="https://www.polizei.rlp.de/", link_text="Polizei RLP")
    return {
        "news": news_index,
        "events": event_index,
        "prevention": prevention_index,
        "about": about,
    }


def test_a_translated_menu_shows_every_section_that_is_live_in_its_language(
    client, sections, arabic_home
):
    news = translate(sections["news"], "ar", title="الأخبار", slug="akhbar")
    about = translate(sections["about"], "ar", title="عن التعاون", slug="taawun")
    translate(sections["prevention"], "ar", publish=False, title="الوقاية", slug="wiqaya")
    # The Arabic menu as the demo had it: only the cooperation page.
    item(NavigationMenuFactory(location="main", locale=arabic_home.locale), about)

    links = menu_links(client, arabic_home)

    # The German order; the events (untranslated), prevention (a draft translation) and the
    # German external link are left out; the cooperation page comes once.
    assert [(a.get_text(strip=True), a["href"]) for a in links] == [
        ("الأخبار", news.url),
        ("عن التعاون", about.url),
    ]
    assert all(not a.has_attr("lang") for a in links)


def test_a_language_without_a_menu_of_its_own_still_gets_its_sections(client, sections, homes):
    english_events = translate(sections["events"], "en", title="Events", slug="events")
    links = menu_links(client, homes["en"])
    assert [(a.get_text(strip=True), a["href"]) for a in links] == [("Events", english_events.url)]
    # The German menu itself is unchanged.
    german = [a.get_text(strip=True) for a in menu_links(client, homes["de"])]
    assert german == [
        sections["news"].title,
        sections["events"].title,
        sections["prevention"].title,
        "Über die Kooperation",
        "Polizei RLP",
    ]


def test_an_own_link_to_a_german_page_is_marked_german_until_it_is_translated(
    client, home_page, arabic_home
):
    career = StandardPageFactory(
        parent=home_page, title="Karriere bei der Polizei", slug="karriere"
    )
    menu = NavigationMenuFactory(location="main", locale=arabic_home.locale)
    item(menu, career)

    (link,) = menu_links(client, arabic_home)
    assert link.get_text(strip=True) == "Karriere bei der Polizei"
    assert (link["lang"], link["hreflang"], link["dir"]) == ("de", "de", "ltr")
    assert link["href"] == career.url

    arabic_career = translate(career, "ar", title="العمل في الشرطة", slug="amal")
    (link,) = menu_links(client, arabic_home)
    assert (link.get_text(strip=True), link["href"]) == ("العمل في الشرطة", arabic_career.url)
    assert not link.has_attr("lang")


def test_an_own_link_text_names_the_followed_section(client, sections, arabic_home):
    news = translate(sections["news"], "ar", title="الأخبار", slug="akhbar")
    menu = NavigationMenuFactory(location="main", locale=arabic_home.locale)
    item(menu, sections["news"], link_text="آخر الأخبار")  # an own item to the German page
    (link,) = menu_links(client, arabic_home)
    assert (link.get_text(strip=True), link["href"]) == ("آخر الأخبار", news.url)


def test_the_translation_status_report_flags_a_section_missing_from_a_menu(
    admin_client, sections, arabic_home
):
    career = StandardPageFactory(
        parent=sections["about"].get_parent(), title="Karriere", slug="karriere", show_in_menus=True
    )
    translate(sections["news"], "ar", title="الأخبار", slug="akhbar")
    arabic_career = translate(career, "ar", title="العمل في الشرطة", slug="amal")
    StandardPageFactory(parent=arabic_home, title="صفحة بلا قائمة", slug="x")  # not for menus

    assert [(locale.language_code, page.pk) for locale, page in missing_sections()] == [
        ("ar", arabic_career.pk),
        ("de", career.pk),
    ]

    response = admin_client.get(reverse("editorial_translation_status"))
    gaps = BeautifulSoup(response.content, "html.parser").select("[data-menu-gaps] li")
    assert [(li["data-locale"], li.a.get_text(strip=True)) for li in gaps] == [
        ("ar", "العمل في الشرطة"),
        ("de", "Karriere"),
    ]

    # The German main menu gets the page: both languages follow.
    item(NavigationMenu.objects.get(locale__language_code="de", location="main"), career, 5)
    assert missing_sections() == []
