"""The Wagtail admin as a superuser sees it: German labels, every page type creatable where
it belongs, and the German validation messages on the forms."""

import csv
import datetime
import json

from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from bs4 import BeautifulSoup

from events.factories import InterculturalWeekPageFactory, VenueFactory
from events.models import EventIndexPage, EventPage, InterculturalWeekPage
from home.factories import NavigationMenuFactory
from home.models import Alert, FormPage, HomePage, NavigationItem, StandardPage
from images.factories import DocumentFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerFactory
from prevention.models import PreventionIndexPage, PreventionMaterial, PreventionTopicPage

pytestmark = pytest.mark.django_db


def admin_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def body(text="Ein Absatz."):
    return streamfield([("paragraph", rich_text(f"<p>{text}</p>"))])


# --- Menus and listings -----------------------------------------------------------------------


def sidebar_labels(html):
    """All menu labels of the admin sidebar (it is rendered from JSON by the browser)."""
    props = BeautifulSoup(html, "html.parser").find(id="wagtail-sidebar-props")
    labels = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("label"), str):
                labels.append(node["label"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.string))
    return labels


def test_the_admin_is_in_german(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert '<html lang="de"' in response.content.decode()


def test_the_sidebar_offers_every_snippet_with_its_german_name(admin_client):
    labels = sidebar_labels(admin_client.get("/admin/").content.decode())
    for label in [
        "Partner",
        "Ansprechpersonen",
        "Veranstaltungsorte",
        "Präventionsmaterialien",
        "Hinweismeldungen",
        "Navigation",
        "Seiten",
        "Bilder",
    ]:
        assert label in labels


def main_menu(html):
    """(label, [labels of its submenu]) of each top-level item of the admin's main menu."""
    props = json.loads(BeautifulSoup(html, "html.parser").find(id="wagtail-sidebar-props").string)
    module = next(m for m in props["modules"] if m["_type"] == "wagtail.sidebar.MainMenuModule")
    return [
        (item["_args"][0]["label"], [child["_args"][0]["label"] for child in item["_args"][1]])
        if item["_type"] == "wagtail.sidebar.SubMenuItem"
        else (item["_args"][0]["label"], [])
        for item in module["_args"][0]
    ]


def test_the_snippets_share_one_menu_item(admin_client):
    menu = dict(main_menu(admin_client.get("/admin/").content.decode()))
    with translation.override("de"):
        group = gettext("Building blocks")
    assert menu[group] == [
        "Hinweismeldungen",
        "Partner",
        "Ansprechpersonen",
        "Veranstaltungsorte",
        "Präventionsmaterialien",
        "Navigation",
    ]
    assert not set(menu[group]) & set(menu), "a snippet also has its own top-level item"
    assert "Snippets" not in menu


SNIPPET_LISTINGS = [
    ("partners", "partner", "Partner", "Partner", "Rechtsträger *"),
    ("partners", "contactperson", "Ansprechpersonen", "Ansprechperson", "Funktion *"),
    ("events", "venue", "Veranstaltungsorte", "Veranstaltungsort", "Stufenloser Zugang"),
    ("prevention", "preventionmaterial", "Präventionsmaterialien", "Präventionsmaterial", "Themen"),
    ("home", "alert", "Hinweismeldungen", "Hinweismeldung", "Sichtbar bis *"),
    ("home", "navigationmenu", "Navigationsmenüs", "Navigationsmenü", "Position *"),
]
SNIPPET_IDS = [case[1] for case in SNIPPET_LISTINGS]


@pytest.mark.parametrize(
    ("app", "model", "plural", "singular", "_label"), SNIPPET_LISTINGS, ids=SNIPPET_IDS
)
def test_each_snippet_listing_shows_its_german_name(
    admin_client, app, model, plural, singular, _label
):
    response = admin_client.get(f"/admin/snippets/{app}/{model}/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.string.strip().startswith(plural)
    assert f"{singular} hinzufügen" in soup.get_text(" ", strip=True)


@pytest.mark.parametrize(
    ("app", "model", "filters"),
    [
        ("partners", "partner", {"kind", "locale", "live"}),
        ("partners", "contactperson", {"partner", "consent_name_and_photo", "locale", "live"}),
        ("events", "venue", {"city", "step_free", "hearing_loop", "locale", "live"}),
        ("prevention", "preventionmaterial", {"format", "accessible_pdf", "locale", "live"}),
        ("home", "alert", {"level", "live", "locale"}),
        ("home", "navigationmenu", {"location", "locale"}),
    ],
    ids=SNIPPET_IDS,
)
def test_each_snippet_listing_offers_its_filters(admin_client, homes, app, model, filters):
    response = admin_client.get(f"/admin/snippets/{app}/{model}/")
    soup = BeautifulSoup(response.content, "html.parser")
    offered = {field["name"] for field in soup.select("#filters-drilldown [name]")}
    assert filters <= offered


def test_a_filter_narrows_the_partner_listing(admin_client, partners):
    response = admin_client.get("/admin/snippets/partners/partner/", {"kind": "council"})
    text = BeautifulSoup(response.content, "html.parser").select_one("#listing-results").text
    assert "Beirat für Migration und Integration" in text
    assert "Polizeiinspektion Bad Kreuznach" not in text


def test_the_partner_csv_export_in_german_with_formulas_neutralised(admin_client, partners):
    PartnerFactory(name="=HYPERLINK(1)", short_name="X", publish=True)
    response = admin_client.get("/admin/snippets/partners/partner/", {"export": "csv"})
    assert response["Content-Type"] == "text/csv"
    assert 'filename="partner.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(b"".join(response.streaming_content).decode().splitlines()))
    assert rows[0] == [
        "Name",
        "Kurzbezeichnung",
        "Freigabeseite",
        "Rechtsträger",
        "Telefon",
        "E-Mail",
        "Website",
        "Sprache",
        "Status",
    ]
    by_name = {row[0]: row for row in rows[1:]}
    assert (
        by_name["Beirat für Migration und Integration"][2] == "Beirat für Migration und Integration"
    )
    assert by_name["Polizeiinspektion Bad Kreuznach"][-2:] == ["Deutsch", "Veröffentlicht"]
    assert "'=HYPERLINK(1)" in by_name


def test_the_venue_export_answers_yes_or_no(admin_client):
    VenueFactory(name="Bürgerhaus", step_free=True, hearing_loop=False, publish=True)
    response = admin_client.get("/admin/snippets/events/venue/", {"export": "csv"})
    header, row = csv.reader(b"".join(response.streaming_content).decode().splitlines())
    assert dict(zip(header, row, strict=True))["Stufenloser Zugang"] == "Ja"
    assert dict(zip(header, row, strict=True))["Induktionsschleife"] == "Nein"


@pytest.mark.parametrize(
    ("app", "model", "_plural", "singular", "label"), SNIPPET_LISTINGS, ids=SNIPPET_IDS
)
def test_each_snippet_add_form_is_labelled_in_german(
    admin_client, app, model, _plural, singular, label
):
    response = admin_client.get(f"/admin/snippets/{app}/{model}/add/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.title.string.strip().startswith(f"Neu: {singular}")
    assert label in {element.get_text(" ", strip=True) for element in soup.find_all("label")}


def addable_page_types(client, parent):
    response = client.get(f"/admin/pages/{parent.pk}/add_subpage/")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        a["href"].split("/")[5]: a.get_text(" ", strip=True)
        for a in soup.select('a[href^="/admin/pages/add/"]')
    }


def test_the_add_subpage_chooser_under_home_lists_the_german_section_types(admin_client, home_page):
    assert addable_page_types(admin_client, home_page) == {
        "newsindexpage": "Meldungsübersicht",
        "eventindexpage": "Veranstaltungsübersicht",
        "preventionindexpage": "Präventionsübersicht",
        "standardpage": "Standardseite",
        "formpage": "Formularseite",
    }


def test_the_chooser_offers_no_second_news_index(admin_client, home_page, news_index):
    assert "newsindexpage" not in addable_page_types(admin_client, home_page)


def test_the_chooser_under_the_event_index_offers_events_and_weeks(admin_client, event_index):
    assert addable_page_types(admin_client, event_index) == {
        "eventpage": "Veranstaltung",
        "interculturalweekpage": "Interkulturelle Woche",
    }


@pytest.mark.parametrize(
    ("parent_fixture", "child"),
    [("news_index", "news/newspage"), ("prevention_index", "prevention/preventiontopicpage")],
)
def test_an_index_with_one_child_type_goes_straight_to_its_form(
    admin_client, request, parent_fixture, child
):
    parent = request.getfixturevalue(parent_fixture)
    response = admin_client.get(f"/admin/pages/{parent.pk}/add_subpage/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/add/{child}/{parent.pk}/"


def test_the_page_editor_shows_german_field_labels(admin_client, news_index):
    response = admin_client.get(f"/admin/pages/add/news/newspage/{news_index.pk}/")
    soup = BeautifulSoup(response.content, "html.parser")
    labels = {label.get_text(" ", strip=True) for label in soup.find_all("label")}
    assert {"Datum *", "Kategorie *", "Herausgeber", "Zuständige Partner", "Anrisstext"} <= labels


# --- Creating every page type through the admin -----------------------------------------------


def form_page_data():
    return nested_form_data(
        {
            "title": "Kontakt",
            "intro": rich_text("<p>Schreiben Sie uns.</p>"),
            "thank_you_text": rich_text("<p>Danke.</p>"),
            "form_fields": inline_formset(
                [
                    {
                        "label": "Ihre Nachricht",
                        "field_type": "multiline",
                        "required": "on",
                        "choices": "",
                        "default_value": "",
                        "help_text": "",
                    }
                ]
            ),
            "to_address": "redaktion@example.org",
            "from_address": "noreply@example.org",
            "subject": "Kontaktformular",
        }
    )


def event_page_data():
    start = timezone.now() + datetime.timedelta(days=10)
    return nested_form_data(
        {
            "title": "Gesprächsrunde im Bürgerhaus",
            "start": admin_datetime(start),
            "end": admin_datetime(start + datetime.timedelta(hours=2)),
            "category": "talk_round",
            "status": "scheduled",
            "registration": "none",
            "body": body("Wir laden ein."),
        }
    )


CREATE_CASES = [
    (
        "root_page",
        HomePage,
        lambda: nested_form_data(
            {"title": "Startseite", "hero_heading": "Willkommen", "body": streamfield([])}
        ),
    ),
    (
        "home_page",
        StandardPage,
        lambda: nested_form_data({"title": "Impressum", "teaser": "Wer wir sind", "body": body()}),
    ),
    ("home_page", FormPage, form_page_data),
    ("home_page", NewsIndexPage, lambda: {"title": "Aktuelles", "intro": "Meldungen"}),
    (
        "news_index",
        NewsPage,
        lambda: nested_form_data(
            {
                "title": "Gemeinsame Erklärung",
                "date": "2026-11-20",
                "category": "joint_statement",
                "teaser": "Kurz",
                "body": body("Polizei und Beirat erklären."),
                "tags": "",
            }
        ),
    ),
    ("home_page", EventIndexPage, lambda: {"title": "Veranstaltungen", "intro": ""}),
    (
        "event_index",
        InterculturalWeekPage,
        lambda: nested_form_data(
            {
                "title": "Interkulturelle Woche 2027",
                "year": "2027",
                "motto": "Dafür!",
                "start_date": "2027-09-19",
                "end_date": "2027-09-26",
                "body": streamfield([]),
            }
        ),
    ),
    ("event_index", EventPage, event_page_data),
    ("home_page", PreventionIndexPage, lambda: {"title": "Prävention", "intro": ""}),
    (
        "prevention_index",
        PreventionTopicPage,
        lambda: nested_form_data(
            {
                "title": "Telefonbetrug",
                "teaser": "Falsche Polizeibeamte",
                "body": body("Legen Sie auf."),
                "contacts": inline_formset([]),
                "related_events": inline_formset([]),
            }
        ),
    ),
]


@pytest.mark.parametrize(
    ("parent_fixture", "model", "make_data"),
    CREATE_CASES,
    ids=[model.__name__ for _, model, _ in CREATE_CASES],
)
def test_a_superuser_creates_each_page_type_where_it_belongs(
    admin_client, page_asserts, request, parent_fixture, model, make_data
):
    parent = request.getfixturevalue(parent_fixture)  # root_page: no German home exists yet
    data = make_data()

    # Saved as a draft: even a superuser publishes only through the approval or, with a
    # reason, the emergency path (tests/editorial/test_control.py).
    page_asserts.assertCanCreate(parent, model, data, publish=False)

    created = model.objects.get(title=data["title"])
    assert not created.live
    assert created.get_parent().pk == parent.pk


def test_an_event_is_created_in_the_programme_of_a_week(admin_client, page_asserts, event_index):
    week = InterculturalWeekPageFactory(parent=event_index)
    page_asserts.assertCanCreate(week, EventPage, event_page_data(), publish=False)
    assert EventPage.objects.child_of(week).get().title == "Gesprächsrunde im Bürgerhaus"


# --- German validation messages on the admin forms --------------------------------------------


def test_a_second_german_home_is_refused_by_the_admin(admin_client, root_page, home_page):
    data = nested_form_data({"title": "Zweite Startseite", "slug": "zwei", "body": streamfield([])})
    response = admin_client.post(f"/admin/pages/add/home/homepage/{root_page.pk}/", data)
    assert response.status_code == 200
    assert "Für diese Sprache gibt es bereits eine Startseite." in response.content.decode()
    assert HomePage.objects.count() == 1


def test_a_news_item_without_body_cannot_be_published(admin_client, news_index):
    data = nested_form_data(
        {
            "title": "Ohne Text",
            "slug": "ohne-text",
            "date": "2026-11-20",
            "category": "report",
            "body": streamfield([]),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/news/newspage/{news_index.pk}/", data)
    assert response.status_code == 200
    assert "Die Seite konnte wegen Prüfungsfehlern nicht erstellt werden." in (
        response.content.decode()
    )
    assert "Dieses Feld muss ausgefüllt werden." in streamfield_errors(response)
    assert not NewsPage.objects.exists()


def test_an_event_ending_before_it_starts_is_refused_by_the_admin(admin_client, event_index):
    data = event_page_data()
    start = timezone.now() + datetime.timedelta(days=10)
    data.update(start=admin_datetime(start), end=admin_datetime(start - datetime.timedelta(1)))
    data["slug"] = "falsch"
    response = admin_client.post(f"/admin/pages/add/events/eventpage/{event_index.pk}/", data)
    assert response.status_code == 200
    assert "Das Ende darf nicht vor dem Beginn liegen." in response.content.decode()
    assert not EventPage.objects.exists()


def error_messages(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [error.get_text(" ", strip=True) for error in soup.select(".error-message")]


def streamfield_errors(response):
    """Block errors of a StreamField: the admin hands them to its JavaScript as JSON."""
    soup = BeautifulSoup(response.content, "html.parser")
    messages = []
    for element in soup.select("[data-w-block-arguments-value]"):
        for argument in json.loads(element["data-w-block-arguments-value"]):
            if isinstance(argument, dict):
                messages += argument.get("messages", [])
    return messages


def alert_data(**overrides):
    data = {
        "title": "Sperrung Innenstadt",
        "message": "Wegen des Jahrmarkts ist die Innenstadt gesperrt.",
        "level": "warning",
        "expire_at": admin_datetime(timezone.now() + datetime.timedelta(days=3)),
        "link_page": "",
        "link_url": "",
    }
    return {**data, **overrides}


def test_an_alert_without_end_is_refused_by_the_admin_in_german(admin_client):
    response = admin_client.post("/admin/snippets/home/alert/add/", alert_data(expire_at=""))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jede Hinweismeldung braucht ein Ende" in html
    assert "konnte aufgrund von Fehlern nicht erstellt werden" in html
    assert not Alert.objects.exists()


def test_an_alert_ending_in_the_past_is_refused_by_the_admin(admin_client):
    past = admin_datetime(timezone.now() - datetime.timedelta(hours=2))
    response = admin_client.post("/admin/snippets/home/alert/add/", alert_data(expire_at=past))
    assert response.status_code == 200
    # Wagtail's own check of expire_at answers first, in German.
    assert any("Das Ablaufdatum muss in der Zukunft liegen." in m for m in error_messages(response))
    assert not Alert.objects.exists()


def test_an_alert_ending_in_the_past_gets_one_clear_message(admin_client):
    past = admin_datetime(timezone.now() - datetime.timedelta(hours=2))
    response = admin_client.post("/admin/snippets/home/alert/add/", alert_data(expire_at=past))
    assert not any("braucht ein Ende" in message for message in error_messages(response))


def test_a_complete_alert_is_saved_by_the_admin(admin_client):
    response = admin_client.post("/admin/snippets/home/alert/add/", alert_data())
    assert response.status_code == 302
    alert = Alert.objects.get()
    assert alert.title == "Sperrung Innenstadt"
    assert alert.expire_at > timezone.now()


def test_a_material_needs_at_least_one_file(admin_client):
    data = nested_form_data(
        {
            "title": "Flyer ohne Datei",
            "description": "",
            "format": "flyer",
            "publisher": "",
            "files": inline_formset([], min=1),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post("/admin/snippets/prevention/preventionmaterial/add/", data)
    assert response.status_code == 200
    # Django's own formset message ("Bitte mindestens 1 Formular abschicken.").
    assert any("1 Formular" in message for message in error_messages(response))
    assert not PreventionMaterial.objects.exists()


def test_a_material_file_without_language_is_refused_by_the_admin(admin_client):
    document = DocumentFactory()
    data = nested_form_data(
        {
            "title": "Flyer Enkeltrick",
            "description": "",
            "format": "flyer",
            "publisher": "",
            "files": inline_formset([{"language": "", "document": str(document.pk)}], min=1),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post("/admin/snippets/prevention/preventionmaterial/add/", data)
    assert response.status_code == 200
    assert any(
        "Wählen Sie die Sprache dieser Datei aus." in message
        for message in error_messages(response)
    )
    assert not PreventionMaterial.objects.exists()


def test_a_menu_link_with_page_and_address_is_refused_by_the_admin(admin_client, home_page):
    menu = NavigationMenuFactory()
    data = nested_form_data(
        {
            "location": "main",
            "items": inline_formset(
                [
                    {
                        "link_page": str(home_page.pk),
                        "link_url": "https://example.org/",
                        "link_text": "Start",
                    }
                ]
            ),
        }
    )
    response = admin_client.post(f"/admin/snippets/home/navigationmenu/edit/{menu.pk}/", data)
    assert response.status_code == 200
    assert "Wählen Sie entweder eine Seite oder eine externe Internetadresse." in (
        response.content.decode()
    )
    assert not NavigationItem.objects.exists()
