"""The ten site languages with a live home each (the tests of tests/test_languages.py that
need all ten): every home renders, `/` follows Accept-Language, no language cookie, the
switcher and hreflang. The ten homes and the page "Über die Kooperation" are built once for
the module (tests.conftest.module_db)."""

from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import translation

import pytest

from home.factories import StandardPageFactory
from tests.conftest import build_home_page, build_homes, each_test_gets, translate
from tests.test_languages import (
    RIGHT_TO_LEFT,
    TEN,
    UNTRANSLATED_NOTE,
    alternates,
    path_of,
    soup_of,
    switcher_links,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def shared(module_db):
    homes = build_homes(build_home_page())
    about = StandardPageFactory(
        parent=homes["de"], title="Über die Kooperation", slug="kooperation", publish=True
    )
    return {"homes": homes, "about": about}


@pytest.fixture
def homes(db, shared):
    return each_test_gets(shared["homes"])


@pytest.fixture
def about(db, shared):
    return each_test_gets(shared["about"])


def test_every_languages_home_renders_with_its_lang_and_direction(client, homes):
    for code in TEN:
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        html = soup_of(response).find("html")
        assert html["lang"] == code
        assert html["dir"] == ("rtl" if code in RIGHT_TO_LEFT else "ltr"), code
        assert homes[code].title in response.content.decode()


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("ar,en;q=0.8", "/ar/"),
        ("fa-IR,fa;q=0.9", "/fa/"),
        ("en-GB,en;q=0.9,de;q=0.8", "/en/"),
        ("fr-FR,fr;q=0.9,tr;q=0.5", "/tr/"),  # French is no site language: the next choice
        ("fr-FR,es;q=0.5", "/de/"),  # nothing we offer: German
        ("", "/de/"),
    ],
)
def test_the_root_redirects_by_accept_language(client, homes, accept_language, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]
    assert not response.cookies


def test_nothing_sets_a_language_cookie(client, homes):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ar").cookies == {}
    for code in TEN:
        response = client.get(f"/{code}/")
        assert settings.LANGUAGE_COOKIE_NAME not in response.cookies
        assert response.cookies == {}
    with pytest.raises(NoReverseMatch):
        reverse("set_language")  # Django's set_language view is not routed


def test_a_language_cookie_does_not_change_the_language(client, homes):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/de/"
    assert soup_of(client.get("/en/")).find("html")["lang"] == "en"


def test_the_switcher_names_each_language_in_its_own_words(client, homes):
    links = switcher_links(client.get("/de/"))
    assert list(links) == TEN
    for code, name in settings.LANGUAGES:
        link = links[code]
        assert link.get_text(strip=True) == name
        assert link["lang"] == code
        assert link["dir"] == ("rtl" if code in RIGHT_TO_LEFT else "ltr")
    assert links["de"]["aria-current"] == "true"
    assert [code for code, a in links.items() if a.has_attr("aria-current")] == ["de"]


def test_the_switcher_leads_to_the_live_translation(client, homes, about):
    arabic_about = translate(about, "ar", title="عن التعاون")
    translate(about, "en", title="About", publish=False)  # a draft is no translation yet

    links = switcher_links(client.get("/de/kooperation/"))
    assert links["ar"]["href"] == arabic_about.url == "/ar/kooperation/"
    assert links["en"]["href"] == "/en/?untranslated=1"
    assert links["de"]["href"] == "/de/kooperation/"

    back = switcher_links(client.get("/ar/kooperation/"))
    assert back["de"]["href"] == "/de/kooperation/"
    assert back["ar"]["aria-current"] == "true"


def test_the_switcher_never_leads_to_a_404(client, homes, about):
    translate(about, "ar", title="عن التعاون")
    translate(about, "fa", title="دربارهٔ همکاری", publish=False)
    StandardPageFactory(parent=about, title="Nur Deutsch", slug="nur-deutsch", publish=True)
    for start in ["/de/", "/de/kooperation/", "/de/kooperation/nur-deutsch/", "/ar/kooperation/"]:
        for code, link in switcher_links(client.get(start)).items():
            response = client.get(link["href"])
            assert response.status_code == 200, (start, code, link["href"])
            assert soup_of(response).find("html")["lang"] == code


def test_an_untranslated_page_leads_to_the_home_with_a_note_in_the_new_language(
    client, homes, about
):
    link = switcher_links(client.get("/de/kooperation/"))["ar"]["href"]
    response = client.get(link)
    soup = soup_of(response)
    note = soup.find(class_="site-untranslated")
    assert note is not None
    with translation.override("ar"):
        expected = translation.gettext(UNTRANSLATED_NOTE)
    assert expected != UNTRANSLATED_NOTE
    assert expected in note.get_text(" ", strip=True)
    assert soup.find("main").find(class_="site-untranslated") is note
    assert client.get("/ar/").content.decode().count("site-untranslated") == 0


def test_the_switcher_on_search_keeps_the_query(client, homes):
    links = switcher_links(client.get("/de/suche/", {"q": "Fahrrad"}))
    assert links["ar"]["href"] == "/ar/suche/?q=Fahrrad"
    assert client.get(links["ar"]["href"]).status_code == 200


def test_the_switcher_on_a_404_leads_to_each_home(client, homes):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    links = switcher_links(response)
    assert links["ar"]["href"] == "/ar/"
    assert links["de"]["href"] == "/de/"


def test_hreflang_links_are_reciprocal_and_every_target_answers(client, homes, about):
    translate(about, "ar", title="عن التعاون")
    translate(about, "uk", title="Про співпрацю")
    translate(about, "ru", title="О сотрудничестве", publish=False)  # a draft: not listed
    about.copy_for_translation(homes["fa"].locale, alias=True)  # an alias: not listed

    german = alternates(client.get("/de/kooperation/"))
    assert set(german) == {"de", "ar", "uk", "x-default"}
    assert path_of(german["x-default"]) == "/de/kooperation/"
    for code in ["de", "ar", "uk"]:
        assert german[code].startswith("http")
        response = client.get(path_of(german[code]))
        assert response.status_code == 200, german[code]
        assert alternates(response) == german, code


def test_the_homes_list_every_language_as_alternate(client, homes):
    links = alternates(client.get("/fa/"))
    assert set(links) == {*TEN, "x-default"}
    assert path_of(links["x-default"]) == "/de/"


def test_no_hreflang_links_on_a_404(client, homes):
    assert alternates(client.get("/ar/gibt-es-nicht/")) == {}
