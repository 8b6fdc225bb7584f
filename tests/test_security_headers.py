"""Security headers and cookies (docs/architecture.md, "Quality bars"): a strict
Content-Security-Policy
on the public site and nothing inline that it would block; a relaxed policy only under
/admin/; no cookie for anonymous visitors except csrftoken on pages with a POST form."""

import datetime

from django.utils import timezone

import pytest
from bs4 import BeautifulSoup

from events.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    InterculturalWeekPageFactory,
    VenueFactory,
)
from home.factories import AlertFactory, FormFieldFactory, FormPageFactory, StandardPageFactory
from images.factories import CustomImageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerFactory
from prevention.factories import (
    PreventionIndexPageFactory,
    PreventionMaterialFactory,
    PreventionTopicPageFactory,
)
from tests.conftest import build_home_page, each_test_gets

pytestmark = pytest.mark.django_db

CSP = "Content-Security-Policy"


def policy(response):
    """The CSP header as {directive: [sources]}."""
    assert CSP in response.headers, response.request["PATH_INFO"]
    directives = {}
    for part in response.headers[CSP].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def assert_strict(directives):
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    for sources in directives.values():
        assert "'unsafe-inline'" not in sources
        assert "'unsafe-eval'" not in sources
        assert "*" not in sources
        assert not any(source.startswith(("http:", "https:")) for source in sources)


@pytest.fixture(scope="module")
def shared_home(module_db):
    return build_home_page()


@pytest.fixture
def home_page(db, shared_home):
    """This module's home page is the shared one (a second one could not be created)."""
    return each_test_gets(shared_home)


@pytest.fixture(scope="module")
def shared_site(shared_home):
    """One page of every public type, with the content that brings out their markup; built
    once for the module (tests.conftest.module_db)."""
    home_page = shared_home
    news_index = NewsIndexPageFactory(parent=home_page)
    event_index = EventIndexPageFactory(parent=home_page)
    prevention_index = PreventionIndexPageFactory(parent=home_page)
    PartnerFactory(name="Polizeiinspektion Bad Kreuznach", publish=True)
    AlertFactory(title="Sperrung", publish=True)
    news = NewsPageFactory(parent=news_index, image=CustomImageFactory())
    news.tags.add("Fahrrad")
    news.save()
    start = timezone.now() + datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=event_index, start=start, venue=VenueFactory(publish=True), image=None
    )
    week = InterculturalWeekPageFactory(parent=event_index)
    EventPageFactory(parent=week, start=timezone.make_aware(datetime.datetime(2026, 9, 21, 10)))
    topic = PreventionTopicPageFactory(parent=prevention_index)
    PreventionMaterialFactory(topics=[topic], languages=["de", "ar"], publish=True)
    standard = StandardPageFactory(parent=home_page, title="Impressum")
    form = FormPageFactory(parent=home_page, title="Kontakt")
    FormFieldFactory(page=form, label="Ihre Nachricht", field_type="multiline")
    return {
        "home": home_page.url,
        "news_index": news_index.url,
        "news_item": news.url,
        "event_index": event_index.url,
        "event_archive": f"{event_index.url}?archive=1",
        "event": event.url,
        "week": week.url,
        "prevention_index": prevention_index.url,
        "prevention_topic": topic.url,
        "standard_page": standard.url,
        "search": "/de/suche/?q=Meldung",
        "empty_search": "/de/suche/",
        "form_page": form.url,
    }


@pytest.fixture
def site(db, shared_site):
    return dict(shared_site)


PAGES_WITHOUT_FORM = [
    "home",
    "news_index",
    "news_item",
    "event_index",
    "event_archive",
    "event",
    "week",
    "prevention_index",
    "prevention_topic",
    "standard_page",
    "search",
    "empty_search",
]
PUBLIC_PAGES = [*PAGES_WITHOUT_FORM, "form_page"]


def get_public(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


# --- Content-Security-Policy --------------------------------------------------------------


@pytest.mark.parametrize("page", ["home", "news_index", "news_item", "search", "form_page"])
def test_public_pages_carry_the_strict_policy(client, site, page):
    assert_strict(policy(get_public(client, site[page])))


def test_the_404_page_carries_the_strict_policy(client, home_page):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert_strict(policy(response))


def test_the_public_policy_stays_strict_for_a_logged_in_editor(admin_client, site):
    """An editor browsing the site (with the Wagtail user bar) gets the public policy too."""
    assert_strict(policy(get_public(admin_client, site["home"])))


def admin_policy_allows_inline(directives):
    assert "'unsafe-inline'" in directives["script-src"]
    assert "'unsafe-inline'" in directives["style-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]  # the preview is framed by the admin


def test_the_admin_login_page_carries_the_admin_policy(client, home_page):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    admin_policy_allows_inline(policy(response))


def test_the_admin_dashboard_carries_the_admin_policy(admin_client, home_page):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    admin_policy_allows_inline(policy(response))


def test_other_security_headers(client, site):
    response = get_public(client, site["home"])
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response.headers["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


# --- Nothing inline that the policy would block -------------------------------------------


@pytest.mark.parametrize("page", PUBLIC_PAGES)
def test_public_pages_have_no_inline_script_or_style(client, site, page):
    soup = BeautifulSoup(get_public(client, site[page]).content, "html.parser")
    assert_nothing_inline(soup)


def test_the_404_page_has_no_inline_script_or_style(client, home_page):
    response = client.get("/de/gibt-es-nicht/")
    assert_nothing_inline(BeautifulSoup(response.content, "html.parser"))


def assert_nothing_inline(soup):
    inline_scripts = [
        str(script)[:120]
        for script in soup.find_all("script")
        if not script.get("src") and script.get("type") != "application/ld+json"
    ]
    assert inline_scripts == []
    assert [str(style)[:120] for style in soup.find_all("style")] == []
    assert [tag.name for tag in soup.find_all(style=True)] == []
    handlers = [
        (tag.name, attribute)
        for tag in soup.find_all(True)
        for attribute in tag.attrs
        if attribute.lower().startswith("on")
    ]
    assert handlers == []  # onclick= and friends are inline script too
    javascript_links = [a["href"] for a in soup.find_all(href=True) if "javascript:" in a["href"]]
    assert javascript_links == []
    # Nothing from another origin either: scripts, styles and images are the site's own.
    # (<link rel="alternate" hreflang> and rel="canonical" load nothing and must be absolute,
    # so they are left out.)
    for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src")):
        for element in soup.find_all(tag, attrs={attribute: True}):
            if tag == "link" and {"alternate", "canonical"} & set(element.get("rel", [])):
                continue
            assert not element[attribute].startswith(("http:", "https:", "//")), element


# --- Cookies ------------------------------------------------------------------------------


@pytest.mark.parametrize("page", PAGES_WITHOUT_FORM)
def test_anonymous_visitors_get_no_cookie(client, site, page):
    response = get_public(client, site[page])
    assert dict(response.cookies) == {}


def test_the_404_page_sets_no_cookie(client, home_page):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert dict(response.cookies) == {}


def test_a_page_with_a_form_sets_only_the_csrf_cookie(client, site):
    response = get_public(client, site["form_page"])
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("main").find("form", method="post") is not None
    assert set(response.cookies) == {"csrftoken"}
    assert response.cookies["csrftoken"]["samesite"] == "Lax"


def test_the_admin_sends_nothing_to_third_parties(admin_client):
    """No Gravatar avatars (hashes of editors' e-mail addresses) and no release check."""
    for url in ["/admin/", "/admin/users/", "/admin/account/"]:
        response = admin_client.get(url, follow=True)
        assert response.status_code == 200
        content = response.content.decode()
        assert "gravatar.com" not in content
        assert "releases.wagtail.org" not in content
        assert "data-w-upgrade" not in content
