"""Through the running production stack (tests/stack/conftest.py: nginx -> Varnish -> two
gunicorn): a publication is visible through the cache within a second on every URL it changed,
though each of them was cached before (issue 17; home/purge.py, site/varnish.vcl). Needs the
stack's app servers and its `manage` to send purges to its Varnish (FRONTEND_CACHE_URLS)."""

import time
import uuid

import pytest

conftest = pytest.importorskip("tests.stack.conftest")

pytestmark = conftest.STACK_TESTS

VISIBLE_WITHIN = 1.0  # seconds

PUBLISH_NEWS = """
from news.factories import NewsPageFactory
from news.models import NewsIndexPage
index = NewsIndexPage.objects.get(locale__language_code="de")
page = NewsPageFactory(parent=index, title={title!r}, slug={slug!r}, publish=True)
print(page.url)
"""

PUBLISH_ALERT = """
from home.factories import AlertFactory
from wagtail.models import Locale
AlertFactory(title={title!r}, locale=Locale.objects.get(language_code="de"), publish=True)
"""

UNPUBLISH_ALERT = """
from home.models import Alert
Alert.objects.get(title={title!r}).unpublish()
"""


def cached(stack, path):
    """Fetch `path` until the cache serves it (a HIT), so a later change must purge it."""
    for _ in range(3):
        response = stack.get(path)
        if response.headers.get("X-Cache") == "HIT":
            return response
    raise AssertionError(f"{path} is not cached: {response.headers.get('Cache-Control')}")


def seen_within(stack, path, text, present=True):
    """Whether `text` is (or is no longer) in `path` through the cache within the limit."""
    deadline = time.monotonic() + VISIBLE_WITHIN
    while True:
        response = stack.get(path)
        if (text in response.text) == present:
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def test_a_published_news_item_is_visible_everywhere_within_a_second(stack):
    title = f"Stack-Meldung {uuid.uuid4().hex[:8]}"
    slug = title.lower().replace(" ", "-")
    listed = [
        "/de/aktuelles/",
        "/de/",
        "/de/feeds/nachrichten.rss",
        "/de/feeds/nachrichten.atom",
        "/sitemap-pages.xml",
    ]
    for path in listed:
        cached(stack, path)
    url = stack.manage("shell", "-c", PUBLISH_NEWS.format(title=title, slug=slug))
    url = url.strip().splitlines()[-1]
    started = time.monotonic()
    assert stack.get(url).status_code == 200
    for path in listed:
        shown = slug if path.startswith("/sitemap") else title
        assert seen_within(stack, path, shown), path
    assert time.monotonic() - started < VISIBLE_WITHIN * len(listed)


def test_an_alert_shows_and_goes_on_every_german_page_within_a_second(stack):
    title = f"Stack-Hinweis {uuid.uuid4().hex[:8]}"
    german = ["/de/", "/de/aktuelles/", "/de/veranstaltungen/", "/de/kontakt/"]
    for path in german[:3]:
        cached(stack, path)
    arabic = cached(stack, "/ar/")
    stack.manage("shell", "-c", PUBLISH_ALERT.format(title=title))
    for path in german:
        assert seen_within(stack, path, title), path
    assert title not in stack.get("/ar/").text
    assert arabic.status_code == 200

    for path in german[:3]:
        cached(stack, path)
    stack.manage("shell", "-c", UNPUBLISH_ALERT.format(title=title))
    for path in german:
        assert seen_within(stack, path, title, present=False), path
