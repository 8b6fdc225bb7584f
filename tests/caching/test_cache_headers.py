"""Cache-Control for the cache in front of the site (issue 17, home/caching.py): what every
anonymous visitor gets alike is public with a shared lifetime; nothing personal is ever shared;
public pages do not vary on Cookie and answer If-None-Match with 304."""

import datetime

from django.test import override_settings
from django.utils import timezone

import pytest

from events.factories import EventPageFactory
from home import caching
from home.factories import AlertFactory, FormFieldFactory, FormPageFactory
from news.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def directives(response):
    value = response.get("Cache-Control", "")
    return {
        part.split("=")[0].strip(): (part.split("=")[1].strip() if "=" in part else True)
        for part in value.split(",")
        if part.strip()
    }


def vary(response):
    return {value.strip().lower() for value in response.get("Vary", "").split(",") if value}


@pytest.fixture(autouse=True)
def _no_remembered_change():
    caching.forget_next_change()


def seconds_to_midnight():
    now = timezone.now()
    return (caching.next_midnight(now) - now).total_seconds()


def assert_public(response, s_maxage=86400, max_age=60):
    """Public with the lifetimes of the settings, or up to the next local midnight (what
    depends on the date changes then)."""
    cache = directives(response)
    assert cache.get("public") is True, response.get("Cache-Control")
    assert "private" not in cache and "no-store" not in cache
    midnight = seconds_to_midnight()
    assert min(s_maxage, midnight) - 5 <= int(cache["s-maxage"]) <= s_maxage
    assert min(max_age, midnight) - 5 <= int(cache["max-age"]) <= max_age
    assert "cookie" not in vary(response)


def assert_private(response):
    cache = directives(response)
    assert cache.get("private") is True, response.get("Cache-Control")
    assert cache.get("no-store") is True
    assert "public" not in cache and "s-maxage" not in cache


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Sicher unterwegs", publish=True)


@pytest.fixture
def form_page(home_page):
    page = FormPageFactory(parent=home_page, title="Kontakt", slug="kontakt", publish=True)
    FormFieldFactory(page=page, label="Name")
    return page


def test_public_pages_listings_feeds_and_files_are_shared(client, news, event_index):
    urls = [
        "/de/",
        news.url,
        "/de/aktuelles/",
        "/de/aktuelles/?page=2",
        "/de/veranstaltungen/",
        "/de/feeds/nachrichten.rss",
        "/de/feeds/veranstaltungen.ics",
        "/de/suche/?q=sicher",
        "/sitemap.xml",
        "/sitemap-pages.xml",
        "/robots.txt",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_public(response)


def test_a_404_is_shared_too(client, home_page):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assert_public(response)


@override_settings(PUBLIC_CACHE_SECONDS=3600, BROWSER_CACHE_SECONDS=30)
def test_the_lifetimes_come_from_the_settings(client, home_page):
    assert_public(client.get("/de/"), s_maxage=3600, max_age=30)


def test_no_vary_cookie_on_an_anonymous_page_but_accept_language_on_the_root(client, news):
    response = client.get(news.url)
    assert "cookie" not in vary(response)
    root = client.get("/")
    assert root.status_code == 302
    assert "accept-language" in vary(root)
    assert "cookie" not in vary(root)


def test_a_page_answers_if_none_match_with_304(client, news):
    response = client.get(news.url)
    assert response["ETag"]
    again = client.get(news.url, headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert again.content == b""
    assert directives(again).get("public") is True


def test_a_feed_answers_if_none_match_with_304(client, news):
    response = client.get("/de/feeds/nachrichten.rss")
    again = client.get("/de/feeds/nachrichten.rss", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    assert directives(again).get("public") is True


def test_a_form_page_with_its_csrf_token_is_private(client, form_page):
    response = client.get(form_page.url)
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert_private(response)
    # A visitor who has the CSRF cookie already: the page still shows their token.
    assert_private(client.get(form_page.url, headers={"cookie": "csrftoken=" + "a" * 32}))


def test_a_post_is_private(client, form_page):
    assert_private(client.post(form_page.url, {"name": "x"}))


def test_a_logged_in_editor_gets_private_pages(admin_client, news):
    for url in ("/de/", news.url, "/de/feeds/nachrichten.rss"):
        response = admin_client.get(url)
        assert response.status_code == 200
        assert_private(response)


def test_the_admin_and_its_preview_are_private(admin_client, news, client):
    assert_private(admin_client.get("/admin/"))
    assert_private(admin_client.get(f"/admin/pages/{news.pk}/edit/preview/"))
    # The login page sets a cookie or not: it is never shared.
    assert_private(client.get("/admin/login/"))


def test_a_draft_link_is_private(admin_client, client, news):
    from editorial.models import ShareLink

    link = ShareLink.objects.create(revision=news.latest_revision)
    response = client.get(link.get_absolute_url())
    assert response.status_code == 200
    assert_private(response)


def test_probes_are_never_shared(client, home_page):
    for url in ("/healthz", "/readyz"):
        assert_private(client.get(url))


def test_a_response_that_sets_a_cookie_is_private(client, home_page):
    from django.http import HttpResponse

    from home.caching import CacheHeadersMiddleware

    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("tracking", "1")
        return response

    from django.test import RequestFactory

    request = RequestFactory().get("/de/")
    assert_private(CacheHeadersMiddleware(view)(request))


def test_an_alert_bounds_the_shared_lifetime(client, home_page):
    AlertFactory(
        title="Sperrung", expire_at=timezone.now() + datetime.timedelta(seconds=600), publish=True
    )
    response = client.get("/de/")
    assert "Sperrung" in response.content.decode()
    cache = directives(response)
    assert 590 <= int(cache["s-maxage"]) <= 600
    assert int(cache["max-age"]) <= 60


def test_an_alert_bounds_a_page_without_the_frame_by_a_query(client, home_page):
    AlertFactory(expire_at=timezone.now() + datetime.timedelta(seconds=30), publish=True)
    cache = directives(client.get("/de/feeds/nachrichten.rss"))
    assert int(cache["s-maxage"]) <= 30
    assert int(cache["max-age"]) <= 30
    # The sitemap shows no alert.
    assert_public(client.get("/sitemap.xml"))


def test_the_next_end_of_an_event_bounds_every_lifetime(client, event_index):
    soon = timezone.now() + datetime.timedelta(minutes=20)
    EventPageFactory(
        parent=event_index, start=soon - datetime.timedelta(hours=1), end=soon, publish=True
    )
    assert 1190 <= int(directives(client.get("/de/veranstaltungen/"))["s-maxage"]) <= 1200
    # A newer event that ends sooner counts at once: publishing forgets the remembered one.
    sooner = timezone.now() + datetime.timedelta(minutes=5)
    EventPageFactory(
        parent=event_index, start=sooner - datetime.timedelta(hours=1), end=sooner, publish=True
    )
    assert 290 <= int(directives(client.get("/de/"))["s-maxage"]) <= 300


def test_media_of_live_content_are_shared_but_never_what_an_editor_gets(
    client, admin_client, news_index
):
    from django.core.cache import cache

    from images.factories import CustomImageFactory, DocumentFactory

    cache.clear()  # Wagtail caches renditions; an earlier test's image may share an id
    image, document = CustomImageFactory(), DocumentFactory()
    NewsPageFactory(
        parent=news_index,
        image=image,
        body=[("download", {"document": document, "title": ""})],
        publish=True,
    )
    rendition = image.get_rendition("fill-200x100").url
    anonymous = client.__class__()
    for url in (rendition, image.file.url, document.url):
        response = anonymous.get(url)
        assert response.status_code == 200, url
        assert_public(response)
        response = admin_client.get(url)
        assert response.status_code == 200, url
        assert_private(response)
