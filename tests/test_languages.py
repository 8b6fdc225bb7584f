"""The ten site languages (issue 5): URLs with a prefix for every language, `/` chosen by
Accept-Language, the routing guard, the language switcher, reciprocal hreflang links, no
language cookie, and the admin's language."""

from django.conf import settings
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from wagtail.models import Page
from wagtail.users.models import UserProfile

import pytest
from bs4 import BeautifulSoup

from home.factories import StandardPageFactory
from home.models import HomePage
from home.wagtail_hooks import serve_only_pages_of_the_active_language
from tests.conftest import translate

pytestmark = pytest.mark.django_db

TEN = [code for code, _name in settings.LANGUAGES]
RIGHT_TO_LEFT = {"ar", "fa"}
UNTRANSLATED_NOTE = (
    "The page you were reading is not available in this language yet, so you are on the home "
    "page instead."
)


def soup_of(response):
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(response):
    nav = soup_of(response).find("nav", class_="site-languages")
    return {a["hreflang"]: a for a in nav.find_all("a")} if nav else {}


def alternates(response):
    links = soup_of(response).find_all("link", rel="alternate", hreflang=True)
    return {link["hreflang"]: link["href"] for link in links}


def path_of(url):
    return "/" + url.split("://", 1)[-1].split("/", 1)[1]


@pytest.fixture
def about(home_page):
    return StandardPageFactory(
        parent=home_page, title="Über die Kooperation", slug="kooperation", publish=True
    )


# --- Locales ---------------------------------------------------------------------------------


def test_administrators_add_locales_for_the_other_site_languages(admin_client, german):
    """German is the default locale; the form for a new locale offers each other site
    language, named in its own script, and nothing else."""
    assert german.is_default
    html = admin_client.get(reverse("wagtaillocales:add")).content.decode()
    options = BeautifulSoup(html, "html.parser").select("select[name=language_code] option")
    offered = {option["value"]: option.get_text(strip=True) for option in options}
    assert offered == {code: name for code, name in settings.LANGUAGES if code != "de"}
    assert offered["ar"] == "العربية" and offered["uk"] == "Українська"


# --- Every home -----------------------------------------------------------------------------------


def test_the_german_home_keeps_its_prefix(client, home_page):
    assert client.get("/de/").status_code == 200
    assert reverse("search").startswith("/de/")


# --- `/` and Accept-Language ----------------------------------------------------------------------


def test_the_root_never_redirects_to_a_language_that_is_not_switched_on(client, home_page):
    translate(home_page, "ar", title="مسودة", publish=False)  # a draft home: Arabic stays off
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="ar")
    assert response["Location"] == "/de/"


# --- No language cookie ---------------------------------------------------------------------------


# --- The routing guard ----------------------------------------------------------------------------


def test_without_an_arabic_home_no_german_page_is_served_under_ar(client, rf, about):
    # Wagtail itself routes /ar/... through the German tree (Page.localized falls back).
    with translation.override("ar"):
        assert Page.find_for_request(rf.get("/ar/kooperation/"), "/kooperation/") == about
    assert client.get("/ar/").status_code == 404
    assert client.get("/ar/kooperation/").status_code == 404
    assert client.get("/de/kooperation/").status_code == 200


def test_with_an_arabic_home_an_untranslated_page_is_not_served_under_ar(
    client, arabic_home, about
):
    assert client.get("/ar/").status_code == 200
    assert client.get("/ar/kooperation/").status_code == 404


def test_the_guard_refuses_a_page_of_another_language(rf, arabic_home, about):
    with translation.override("ar"), pytest.raises(Http404):
        serve_only_pages_of_the_active_language(about, rf.get("/ar/kooperation/"), [], {})
    with translation.override("de"):
        assert serve_only_pages_of_the_active_language(about, rf.get("/"), [], {}) is None


def test_an_auto_aliased_parent_is_never_served(client, arabic_home, about):
    """wagtail-localize's copy_parent_pages creates a live alias of an untranslated parent."""
    talk_round = StandardPageFactory(parent=about, title="Gesprächsrunde", publish=True)
    arabic_talk_round = talk_round.copy_for_translation(arabic_home.locale, copy_parents=True)
    arabic_about = Page.objects.get(
        translation_key=about.translation_key, locale=arabic_home.locale
    )
    assert arabic_about.alias_of_id == about.pk and arabic_about.live

    assert client.get("/ar/kooperation/").status_code == 404
    # The real translation below it is Arabic content and may be served once published.
    arabic_talk_round.save_revision().publish()
    assert client.get(arabic_talk_round.url).status_code == 200


def test_an_aliased_home_does_not_switch_a_language_on(client, home_page, about, arabic):
    """Translating a page before its home makes the home an alias: still not switched on."""
    arabic_about = about.copy_for_translation(arabic, copy_parents=True)
    arabic_about.save_revision().publish()
    arabic_home = HomePage.objects.get(locale=arabic)
    assert arabic_home.alias_of_id == home_page.pk

    assert client.get("/ar/").status_code == 404
    assert client.get("/ar/kooperation/").status_code == 404
    assert "ar" not in switcher_links(client.get("/de/kooperation/"))


def test_an_alias_within_one_language_is_served(client, home_page, about):
    other = StandardPageFactory(parent=home_page, title="Woanders", slug="woanders", publish=True)
    alias = about.create_alias(parent=other, update_slug="kooperation-kopie")
    assert client.get(alias.url).status_code == 200


def test_pages_a_locale_synchronisation_creates_are_not_served(
    client, home_page, arabic_home, about
):
    """wagtail-localize's "synchronise content from another locale" (administrators only)
    creates a live alias of every German page not translated yet: none answers under /ar/."""
    from wagtail_localize.models import LocaleSynchronization

    LocaleSynchronization.objects.create(locale=arabic_home.locale, sync_from=home_page.locale)
    aliases = Page.objects.filter(locale=arabic_home.locale, alias_of__isnull=False)
    synced = aliases.get(translation_key=about.translation_key)
    assert synced.live and synced.url == "/ar/kooperation/"
    for alias in aliases:
        assert client.get(alias.url).status_code == 404, alias.url
    assert "/ar/kooperation/" not in client.get("/sitemap.xml").content.decode()


# --- The switcher ---------------------------------------------------------------------------------


def test_the_switcher_offers_only_languages_that_are_switched_on(client, home_page):
    translate(home_page, "en", title="Home")
    translate(home_page, "tr", title="Ana sayfa", publish=False)
    links = switcher_links(client.get("/de/"))
    assert list(links) == ["de", "en"]
    assert client.get("/tr/").status_code == 404


def test_search_answers_404_in_a_language_that_is_not_switched_on(client, home_page):
    assert client.get("/de/suche/").status_code == 200
    assert client.get("/ar/suche/").status_code == 404


# --- hreflang -------------------------------------------------------------------------------------


# --- The admin's language -------------------------------------------------------------------------


def admin_lang(client):
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9")
    assert response.status_code == 200
    return soup_of(response).find("html")["lang"]


def test_the_admin_speaks_german_by_default(admin_client):
    assert admin_lang(admin_client) == "de"


def test_a_user_who_picks_english_gets_the_english_admin(admin_client, admin_user):
    response = admin_client.get(reverse("wagtailadmin_account"))
    assert 'value="en"' in response.content.decode()  # offered in the account settings
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    assert admin_lang(admin_client) == "en"


# --- Queries -------------------------------------------------------------------------------------


def warm_query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_switcher_costs_the_same_queries_for_two_or_ten_languages(client, home_page, about):
    translate(home_page, "en", title="Home")
    translate(about, "en", title="About the cooperation")
    with_two = warm_query_count(client, "/de/kooperation/")
    for code in TEN[2:]:
        translate(home_page, code, title=f"Home {code}")
        translate(about, code, title=f"About {code}")
    assert len(switcher_links(client.get("/de/kooperation/"))) == 10
    assert warm_query_count(client, "/de/kooperation/") == with_two
