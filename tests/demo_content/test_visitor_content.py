"""What a visitor of the demo looks for (issue 19, item 4): the career page from every
language's navigation, with the application site and the information evening; the contact
page with every partner's address, phone and hours; a barrier report naming a page by its
title. The demo content is loaded once for the package (conftest.py)."""

from django.conf import settings
from django.core.cache import cache

from wagtail.contrib.forms.models import FormSubmission

import pytest
from bs4 import BeautifulSoup

from events.models import EventPage
from home.models import FormPage, StandardPage
from partners.models import Partner

pytestmark = [pytest.mark.xdist_group("demo_content"), pytest.mark.django_db]

APPLICATION_SITE = "https://www.polizei.rlp.de/karriere"


def page_soup(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def test_every_languages_navigation_leads_to_the_career_page(demo_content, client):
    career = StandardPage.objects.get(locale__language_code="de", slug="karriere")
    for code, _name in settings.LANGUAGES:
        frame = page_soup(client, f"/{code}/").select("header a[href], footer a[href]")
        assert career.url in [a["href"] for a in frame], code


def test_the_career_page_links_the_application_site_and_the_information_evening(
    demo_content, client
):
    career = StandardPage.objects.get(locale__language_code="de", slug="karriere")
    evening = EventPage.objects.get(
        locale__language_code="de", title="Informationsabend: Beruf Polizei"
    )
    links = [a["href"] for a in page_soup(client, career.url).select("main a[href]")]
    assert APPLICATION_SITE in links
    assert evening.url in links


@pytest.mark.parametrize("code", ["de", "ar"])
def test_the_contact_page_shows_every_partners_address_phone_and_hours(demo_content, client, code):
    contact = FormPage.objects.get(
        locale__language_code=code, title__in=["Kontakt", "تواصلوا معنا"]
    )
    cards = page_soup(client, contact.url).select("main .site-partner-contacts article")
    partners = list(Partner.objects.filter(locale__language_code="de").order_by("sort_order"))
    assert [card.find("h3").get_text(strip=True) for card in cards] == [p.name for p in partners]
    for card, partner in zip(cards, partners, strict=True):
        text = card.get_text(" ", strip=True)
        assert partner.opening_hours and partner.opening_hours in text
        assert card.select_one(f'a[href="tel:{partner.phone.replace(" ", "")}"]') is not None
        assert partner.address.splitlines()[-1] in card.find("address").get_text()
        if code != "de":
            assert card.find("h3")["lang"] == "de"  # the partners are German only


def test_the_barrier_form_takes_the_name_of_a_page(demo_content, client):
    cache.clear()  # the form's rate limit
    form_page = FormPage.objects.get(locale__language_code="de", slug="barriere-melden")
    fields = {field.label: field.clean_name for field in form_page.get_form_fields()}
    response = client.post(
        form_page.url,
        {
            fields["Welche Seite?"]: "Startseite",
            fields["Beschreibung der Barriere"]: "Der Kontrast der Notrufleiste ist zu schwach.",
        },
    )
    assert response.status_code == 200
    assert "kern-form-input--error" not in response.content.decode()
    submission = FormSubmission.objects.get(page=form_page)
    assert submission.get_data()[fields["Welche Seite?"]] == "Startseite"
