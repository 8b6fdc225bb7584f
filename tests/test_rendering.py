"""Every page type renders for a visitor, in German, with its title and main fields, inside the
site frame (emergency numbers, alerts, menus)."""

import datetime
import time

from django.utils import timezone, translation
from django.utils.translation import gettext

import pytest
from bs4 import BeautifulSoup

from events.factories import EventPageFactory, InterculturalWeekPageFactory, VenueFactory
from events.models import EventCategory, EventStatus, Registration
from home.factories import (
    AlertFactory,
    FormFieldFactory,
    FormPageFactory,
    NavigationItemFactory,
    NavigationMenuFactory,
    StandardPageFactory,
    paragraphs,
)
from images.factories import CustomImageFactory
from news.factories import NewsPageFactory
from news.models import NewsCategory
from prevention.factories import PreventionMaterialFactory, PreventionTopicPageFactory

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2027, 3, 12, 18, 30))


def visit(client, page_or_url):
    url = page_or_url if isinstance(page_or_url, str) else page_or_url.url
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    return html, BeautifulSoup(html, "html.parser")


def de(msgid):
    """The German UI text for an English msgid (the catalogue is still being completed)."""
    with translation.override("de"):
        return gettext(msgid)


def text_of(soup):
    return soup.get_text(" ", strip=True)


def flat(element):
    """The text as a reader sees it: whitespace collapsed, nothing added between tags."""
    return " ".join(element.get_text().split())


def main_text(soup):
    return soup.find("main").get_text(" ", strip=True)


def assert_german_frame(html, soup, title):
    assert '<html lang="de" dir="ltr">' in html
    assert soup.title.get_text(strip=True).startswith(title)
    assert soup.find("h1").get_text(strip=True) == title
    assert_emergency_numbers(soup)


def assert_emergency_numbers(soup):
    """The footer of every page names the emergency numbers as phone links."""
    emergency = soup.find("footer").find(class_="site-emergency")
    assert emergency.find("h2").get_text(strip=True) == de("In an emergency")
    numbers = [flat(li) for li in emergency.select(".site-emergency__numbers li")]
    assert f"{de('Police')}: 110" in numbers
    assert f"{de('Fire brigade and ambulance')}: 112" in numbers
    assert emergency.find("a", href="tel:110") is not None
    assert emergency.find("a", href="tel:112") is not None


def test_public_urls_carry_the_language_prefix(home_page, news_index):
    assert home_page.url == "/de/"
    assert news_index.url == "/de/aktuelles/"


def test_home_page_renders(client, home_page, news_index, event_index):
    home_page.intro = "<p>Polizei und Beirat arbeiten zusammen.</p>"
    home_page.body = paragraphs("Willkommen in Bad Kreuznach.")
    home_page.save_revision().publish()
    NewsPageFactory(parent=news_index, title="Fahrradcodierung am Kornmarkt")
    EventPageFactory(parent=event_index, title="Gesprächsrunde Moschee", start=START)

    html, soup = visit(client, home_page)

    assert '<html lang="de" dir="ltr">' in html
    assert soup.find("h1").get_text(strip=True) == "Gemeinsam für Sicherheit und Vertrauen"
    main = soup.find("main")
    assert "Polizei und Beirat arbeiten zusammen." in main_text(soup)
    assert "Willkommen in Bad Kreuznach." in main_text(soup)
    # The sections: next events and latest news, each with its teaser and a link to the index.
    events = main.find(id="next-events-heading").find_parent("section")
    assert events.find("h2").get_text(strip=True) == de("Next events")
    assert "Gesprächsrunde Moschee" in flat(events)
    assert events.find("a", href=event_index.url) is not None
    news = main.find(id="latest-news-heading").find_parent("section")
    assert news.find("h2").get_text(strip=True) == de("Latest news")
    assert "Fahrradcodierung am Kornmarkt" in flat(news)
    assert news.find("a", href=news_index.url) is not None
    assert_emergency_numbers(soup)


def test_standard_page_renders(client, home_page):
    page = StandardPageFactory(
        parent=home_page,
        title="Impressum",
        teaser="Angaben gemäß § 5 DDG",
        body=paragraphs("Verantwortlich: Polizeipräsidium Mainz."),
    )
    html, soup = visit(client, page)
    assert_german_frame(html, soup, "Impressum")
    main = main_text(soup)
    assert "Angaben gemäß § 5 DDG" in main
    assert "Verantwortlich: Polizeipräsidium Mainz." in main


def test_form_page_renders_its_fields_and_the_emergency_notice(client, home_page):
    page = FormPageFactory(parent=home_page, title="Kontakt", intro="<p>Schreiben Sie uns.</p>")
    FormFieldFactory(page=page, label="Ihre Nachricht", field_type="multiline")
    html, soup = visit(client, page)
    assert_german_frame(html, soup, "Kontakt")
    main = main_text(soup)
    assert "Schreiben Sie uns." in main
    assert "Ihre Nachricht" in main
    assert de("Not for emergencies: call 110.") in main
    assert soup.find("main").find("button", type="submit").get_text(strip=True) == de("Send")


def test_news_index_lists_its_items(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title="Fahrradcodierung am Kornmarkt",
        date=datetime.date(2026, 5, 4),
        category=NewsCategory.PREVENTION_TIP,
    )
    NewsPageFactory(parent=news_index, title="Noch nicht freigegeben", live=False)
    html, soup = visit(client, news_index)
    assert_german_frame(html, soup, "Aktuelles")
    main = main_text(soup)
    assert "Fahrradcodierung am Kornmarkt" in main
    card = soup.select_one("main .site-card")
    assert card.find("time")["datetime"] == "2026-05-04"
    assert flat(card.find(class_="kern-preline")) == f"4. Mai 2026 · {de('Prevention tip')}"
    assert "Noch nicht freigegeben" not in main


def test_news_item_renders_date_category_attribution_teaser_image_and_body(
    client, news_index, partners
):
    police, _council = partners
    image = CustomImageFactory(credit="Foto: Polizeipräsidium Mainz")
    page = NewsPageFactory(
        parent=news_index,
        title="Gemeinsam gegen Telefonbetrug",
        date=datetime.date(2026, 11, 3),
        category=NewsCategory.JOINT_STATEMENT,
        teaser="Polizei und Beirat warnen.",
        body=paragraphs("Legen Sie einfach auf."),
        image=image,
        issuer=police,
    )
    html, soup = visit(client, page)
    assert_german_frame(html, soup, "Gemeinsam gegen Telefonbetrug")
    main = main_text(soup)
    preline = soup.find("main").find(class_="kern-preline")
    assert flat(preline) == f"3. November 2026 · {de('Joint statement')}"  # date · category
    assert preline.find("time")["datetime"] == "2026-11-03"
    assert flat(soup.find(class_="site-attribution")) == de(
        "Statement of {issuer}, coordinated with {others}"
    ).format(
        issuer="Polizeiinspektion Bad Kreuznach", others="Beirat für Migration und Integration"
    )
    assert "Polizei und Beirat warnen." in main
    assert "Legen Sie einfach auf." in main
    assert soup.find("figcaption").get_text(strip=True) == "Foto: Polizeipräsidium Mainz"
    assert soup.find("figure").find("img") is not None


def test_event_index_lists_upcoming_events(client, event_index):
    EventPageFactory(parent=event_index, title="Gesprächsrunde Moschee", start=START)
    EventPageFactory(
        parent=event_index,
        title="Vergangene Runde",
        start=timezone.now() - datetime.timedelta(days=30),
    )
    EventPageFactory(
        parent=event_index,
        title="Abgesagter Abend",
        start=START,
        status=EventStatus.CANCELLED,
    )
    html, soup = visit(client, event_index)
    assert_german_frame(html, soup, "Veranstaltungen")
    main = main_text(soup)
    assert "Gesprächsrunde Moschee" in main
    assert "Vergangene Runde" not in main
    cards = {card.find("a").get_text(strip=True): card for card in soup.select("main .site-card")}
    assert set(cards) == {"Gesprächsrunde Moschee", "Abgesagter Abend"}
    when = cards["Gesprächsrunde Moschee"].find("time")
    assert when["datetime"] == "2027-03-12T18:30:00+01:00"
    assert "12. März 2027, 18:30" in flat(when)
    assert cards["Gesprächsrunde Moschee"].find(class_="kern-badge") is None
    badge = cards["Abgesagter Abend"].find(class_="kern-badge")
    assert badge.get_text(strip=True) == de("Cancelled")


def test_event_page_renders_time_place_category_registration_and_body(
    client, event_index, partners
):
    venue = VenueFactory(name="Haus des Gastes", street="Kurhausstraße 28", postcode="55543")
    page = EventPageFactory(
        parent=event_index,
        title="Sicher im Straßenverkehr",
        start=START,
        end=START + datetime.timedelta(hours=2),
        category=EventCategory.TRAFFIC_SAFETY,
        venue=venue,
        location_note="Saal 1",
        registration=Registration.EMAIL,
        registration_email="anmeldung@example.org",
        status=EventStatus.POSTPONED,
        status_note="Neuer Termin folgt",
        teaser="Für Radfahrende und zu Fuß Gehende.",
        body=paragraphs("Mit Fahrradparcours."),
    )
    html, soup = visit(client, page)
    assert_german_frame(html, soup, "Sicher im Straßenverkehr")
    main = main_text(soup)
    facts = {
        flat(item.find("dt")): item.find("dd")
        for item in soup.select(".site-facts .kern-description-list-item")
    }
    when = facts[de("When")]
    assert "12. März 2027, 18:30 – 20:30" in flat(when)
    assert [time["datetime"] for time in when.find_all("time")] == [
        "2027-03-12T18:30:00+01:00",
        "2027-03-12T20:30:00+01:00",
    ]
    where = facts[de("Where")]
    address = where.find("address")
    assert [line.strip() for line in address.stripped_strings] == [
        "Haus des Gastes",
        "Kurhausstraße 28",
        "55543 Bad Kreuznach",
    ]
    assert "Saal 1" in flat(where)
    assert de("Step-free access") in flat(facts[de("Access")])
    registration = facts[de("Registration")]
    assert de("By e-mail to") in flat(registration)
    assert registration.find("a", href="mailto:anmeldung@example.org") is not None
    assert soup.find(class_="kern-preline").get_text(strip=True) == "Verkehrssicherheit"
    status = soup.find(class_="site-status")
    assert de("This event is postponed.") in flat(status)
    assert "Neuer Termin folgt" in flat(status)
    joint = de("Joint statement of {partners}").format(
        partners=de("{first} and {last}").format(
            first="Polizeiinspektion Bad Kreuznach", last="Beirat für Migration und Integration"
        )
    )
    assert flat(soup.find(class_="site-attribution")) == joint
    assert "Für Radfahrende und zu Fuß Gehende." in main
    assert "Mit Fahrradparcours." in main


def test_intercultural_week_renders_motto_dates_and_programme(client, event_index):
    week = InterculturalWeekPageFactory(
        parent=event_index,
        motto="Dafür!",
        intro="Eine Woche der Begegnung.",
        start_date=datetime.date(2026, 9, 20),
        end_date=datetime.date(2026, 9, 27),
    )
    EventPageFactory(parent=week, title="Fest der Kulturen", start=START)
    html, soup = visit(client, week)
    assert_german_frame(html, soup, "Interkulturelle Woche 2026")
    main = main_text(soup)
    assert "Dafür!" in main
    assert "20. September 2026 – 27. September 2026" in main
    assert "Eine Woche der Begegnung." in main
    assert "Fest der Kulturen" in main


def test_prevention_index_lists_its_topics(client, prevention_index):
    PreventionTopicPageFactory(parent=prevention_index, title="Telefonbetrug")
    html, soup = visit(client, prevention_index)
    assert_german_frame(html, soup, "Prävention")
    assert "Telefonbetrug" in main_text(soup)


def test_prevention_topic_renders_advice_and_materials_in_every_language(client, prevention_index):
    topic = PreventionTopicPageFactory(
        parent=prevention_index,
        title="Telefonbetrug",
        teaser="Falsche Polizeibeamte am Telefon.",
        body=paragraphs("Die echte Polizei fragt nie nach Geld."),
    )
    PreventionMaterialFactory(
        title="Flyer Enkeltrick", topics=[topic], languages=["de", "ar"], publish=True
    )
    PreventionMaterialFactory(title="Entwurf", topics=[topic], languages=["de"], live=False)
    html, soup = visit(client, topic)
    assert_german_frame(html, soup, "Telefonbetrug")
    main = main_text(soup)
    assert "Falsche Polizeibeamte am Telefon." in main
    assert "Die echte Polizei fragt nie nach Geld." in main
    assert "Materialien" in main
    assert "Flyer Enkeltrick" in main
    assert "Entwurf" not in main
    arabic = soup.find("a", hreflang="ar")
    assert arabic.find("span", lang="ar", dir="rtl").get_text(strip=True) == "العربية"
    assert arabic["href"].endswith(".pdf")
    german = soup.find("a", hreflang="de")
    assert german.find("span", lang="de", dir="ltr").get_text(strip=True) == "Deutsch"


def test_an_active_alert_is_shown_on_every_page_until_it_expires(client, home_page):
    """Until its end, and not a moment longer, although the frame (alerts included) is cached
    (approvable.generation): the clock runs, nothing is published or withdrawn."""
    page = StandardPageFactory(parent=home_page, title="Über uns")
    ends = timezone.now() + datetime.timedelta(seconds=8)
    AlertFactory(
        title="Sperrung Innenstadt", message="Wegen des Jahrmarkts.", expire_at=ends, publish=True
    )
    for target in (home_page, page):
        _html, soup = visit(client, target)
        (shown,) = soup.select(".site-alert .kern-alert")
        assert shown.find("h2").get_text(strip=True) == "Sperrung Innenstadt"
        assert "Wegen des Jahrmarkts." in text_of(shown)

    time.sleep(max(0, (ends - timezone.now()).total_seconds()) + 0.1)
    _html, soup = visit(client, page)
    assert soup.select(".site-alert, .kern-alert") == []
    assert "Sperrung Innenstadt" not in text_of(soup)


def test_the_main_menu_links_its_items(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    menu = NavigationMenuFactory(location="main")
    NavigationItemFactory(menu=menu, link_page=page, link_url="", link_text="", sort_order=1)
    NavigationItemFactory(
        menu=menu, link_url="https://www.polizei.rlp.de/", link_text="Polizei RLP", sort_order=2
    )
    _html, soup = visit(client, home_page)
    nav = soup.find("nav", attrs={"aria-label": "Hauptnavigation"})
    links = [(a.get_text(strip=True), a["href"]) for a in nav.find_all("a")]
    assert links == [("Über uns", "/de/ueber-uns/"), ("Polizei RLP", "https://www.polizei.rlp.de/")]


def test_an_unknown_address_gives_a_german_404(client, home_page):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("html")["lang"] == "de"
    assert soup.find("h1").get_text(strip=True) == de("Page not found")
    assert_emergency_numbers(soup)
