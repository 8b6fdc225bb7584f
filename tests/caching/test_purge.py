"""Every change purges every URL whose output it changed (issue 17, home/purge.py): a real HTTP
server on a random loopback port stands in for Varnish and records the PURGE and BAN requests
the site sends when pages and snippets are published, unpublished, moved or deleted."""

import http.server
import re
import threading

from django.test import override_settings

import pytest

from events.factories import EventPageFactory, VenueFactory
from home import purge
from home.factories import AlertFactory, StandardPageFactory, paragraphs
from images.factories import CustomImageFactory
from news.factories import NewsPageFactory
from partners.factories import PartnerFactory
from prevention.factories import PreventionMaterialFactory, PreventionTopicPageFactory
from tests.conftest import translate

pytestmark = pytest.mark.django_db


class Recorder(http.server.BaseHTTPRequestHandler):
    def _record(self):
        self.server.requests.append(
            (self.command, self.headers["Host"], self.path, self.headers.get("X-Ban-Url"))
        )
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_PURGE = do_BAN = _record

    def log_message(self, *args):
        pass


class Cache:
    """What the stand-in cache was asked to forget."""

    def __init__(self, server):
        self.server = server

    @property
    def requests(self):
        return list(self.server.requests)

    def clear(self):
        self.server.requests.clear()

    @property
    def purged(self):
        return {path for method, _host, path, _ban in self.requests if method == "PURGE"}

    @property
    def bans(self):
        bans = {ban for method, _host, _path, ban in self.requests if method == "BAN"}
        # The cache puts the regex into its ban expression unquoted.
        assert not any(re.search(r'[\s"]', ban) for ban in bans), bans
        return bans

    def removes(self, path):
        """Whether a PURGE or a BAN removed `path` (with its query string)."""
        return path in self.purged or any(re.search(ban, path) for ban in self.bans)


@pytest.fixture
def cache():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    with override_settings(FRONTEND_CACHE_URLS=[f"http://127.0.0.1:{server.server_port}"]):
        yield Cache(server)
    server.shutdown()
    server.server_close()


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the block's on-commit callbacks, as a real transaction's commit does. What the
    fixtures did before stays in the test's transaction, which never commits."""

    def block():
        purge.discard_pending()
        return django_capture_on_commit_callbacks(execute=True)

    return block


@pytest.fixture
def news(news_index):
    return NewsPageFactory(parent=news_index, title="Sicher unterwegs", slug="sicher", publish=True)


LANGUAGE_WIDE = [
    "/de/feeds/nachrichten.rss",
    "/de/feeds/nachrichten.atom",
    "/de/feeds/veranstaltungen.ics",
    "/de/feeds/veranstaltungen/talk_round.ics",
    "/de/materialien/?topic=3",
    "/de/suche/?q=sicher",
    "/sitemap.xml",
    "/sitemap-pages.xml?p=2",
]


def test_publishing_a_news_item_purges_it_its_listings_feeds_and_sitemap(
    cache, committed, news, news_index, homes
):
    translate(news_index, "ar", title="أخبار")
    arabic = translate(news, "ar", title="آمن")
    cache.clear()
    with committed():
        news.save_revision().publish()
    for path in [
        "/de/aktuelles/sicher/",
        "/de/aktuelles/sicher/?untranslated=1",
        arabic.url,  # its translation's language switcher
        "/de/aktuelles/",
        "/de/aktuelles/?page=2&category=press_release",
        "/de/",
        "/ar/",
        "/ar/feeds/nachrichten.rss",
        *LANGUAGE_WIDE,
    ]:
        assert cache.removes(path), path
    # Not the whole site, nor other pages of the language.
    assert not cache.removes("/de/veranstaltungen/")
    assert not cache.removes("/en/")
    hosts = {host for _m, host, _p, _b in cache.requests}
    assert hosts == {"localhost"}


def test_nothing_is_sent_before_the_commit(cache, news):
    cache.clear()
    news.save_revision().publish()  # inside the test's transaction, never committed
    assert cache.requests == []


def test_unpublishing_and_deleting_purge_the_page_and_its_listings(cache, committed, news):
    cache.clear()
    with committed():
        news.unpublish()
    assert cache.removes("/de/aktuelles/sicher/")
    assert cache.removes("/de/aktuelles/?page=3")
    assert cache.removes("/de/feeds/nachrichten.rss")

    cache.clear()
    with committed():
        news.delete()
    assert cache.removes("/de/aktuelles/sicher/")
    assert cache.removes("/de/")
    assert cache.removes("/sitemap.xml")


def test_moving_purges_the_old_and_the_new_place(cache, committed, news, home_page):
    target = StandardPageFactory(parent=home_page, title="Archiv", slug="archiv", publish=True)
    cache.clear()
    with committed():
        news.move(target, pos="last-child")
    assert cache.removes("/de/aktuelles/sicher/")
    assert cache.removes("/de/aktuelles/")
    assert cache.removes("/de/archiv/sicher/")
    assert cache.removes("/de/archiv/")


def test_a_new_slug_purges_the_old_url(cache, committed, news):
    cache.clear()
    news.slug = "neu"
    with committed():
        news.save_revision().publish()
    assert cache.removes("/de/aktuelles/sicher/")
    assert cache.removes("/de/aktuelles/neu/")


def test_pages_that_refer_to_a_changed_page_are_purged(cache, committed, news, home_page):
    linking = StandardPageFactory(
        parent=home_page,
        slug="verweis",
        body=paragraphs(f'Siehe <a linktype="page" id="{news.pk}">die Meldung</a>.'),
        publish=True,
    )
    assert linking.url == "/de/verweis/"
    cache.clear()
    with committed():
        news.save_revision().publish()
    assert cache.removes("/de/verweis/")


def test_a_german_alert_bans_every_german_page_only(cache, committed, homes):
    cache.clear()
    with committed():
        AlertFactory(title="Sperrung", publish=True)
    assert "^/de/" in cache.bans
    assert cache.removes("/de/aktuelles/irgendwas/?page=2")
    assert not cache.removes("/ar/")


def test_an_arabic_alert_bans_every_arabic_page(cache, committed, homes, arabic):
    alert = AlertFactory(title="تنبيه", locale=arabic)
    cache.clear()
    with committed():
        alert.save_revision().publish()
    assert "^/ar/" in cache.bans
    assert not cache.removes("/de/")


def test_a_venue_purges_the_events_that_show_it_and_their_listings(cache, committed, event_index):
    venue = VenueFactory(name="Haus der Begegnung", publish=True)
    event = EventPageFactory(parent=event_index, slug="runde", venue=venue, publish=True)
    other = EventPageFactory(parent=event_index, slug="andere", publish=True)
    cache.clear()
    with committed():
        venue.name = "Haus der Kulturen"
        venue.save_revision().publish()
    assert cache.removes(event.url)
    assert cache.removes("/de/veranstaltungen/?month=2026-05")
    assert cache.removes(f"/de/feeds/veranstaltung/{event.pk}.ics")
    assert cache.removes("/de/feeds/veranstaltungen.ics")
    assert not cache.removes(other.url)


def test_a_partner_purges_the_items_it_issued_and_every_home(cache, committed, news, homes):
    partner = PartnerFactory(name="Kriminalinspektion", publish=True)
    news.issuer = partner
    news.save_revision().publish()
    cache.clear()
    with committed():
        partner.save_revision().publish()
    assert cache.removes(news.url)
    assert cache.removes("/de/aktuelles/?page=2")
    for code in ("de", "ar", "en"):
        assert cache.removes(f"/{code}/"), code
    assert not cache.removes("/de/veranstaltungen/")

    cache.clear()
    with committed():
        partner.unpublish()
    assert cache.removes(news.url)


def test_a_material_purges_its_topic_pages_and_the_library(cache, committed, prevention_index):
    topic = PreventionTopicPageFactory(parent=prevention_index, slug="betrug", publish=True)
    material = PreventionMaterialFactory(title="Flyer", publish=True)
    material.topics.set([topic])
    cache.clear()
    with committed():
        material.save_revision().publish()
    assert cache.removes(topic.url)
    assert cache.removes("/de/materialien/?topic=1&language=ar")
    assert cache.removes(prevention_index.url)


def test_an_unpublished_page_purges_its_images(cache, committed, news_index):
    image = CustomImageFactory()
    page = NewsPageFactory(parent=news_index, image=image, publish=True)
    rendition = image.get_rendition("fill-1200x630")
    cache.clear()
    with committed():
        page.unpublish()
    assert cache.removes(rendition.url)
    assert cache.removes(image.file.url.replace("/images/", "/original_images/"))


def test_without_caches_nothing_is_sent(news, committed, settings):
    settings.FRONTEND_CACHE_URLS = []
    with committed():
        news.save_revision().publish()  # no error, no request


def test_a_withdrawal_purges_like_an_unpublish(cache, committed, news, admin_user):
    from wagtail.actions.unpublish_page import UnpublishPageAction

    cache.clear()
    with committed():
        UnpublishPageAction(news, user=admin_user).execute(skip_permission_checks=True)
    assert cache.removes(news.url)
    assert cache.removes("/de/aktuelles/")


def test_a_scheduled_go_live_purges_when_publish_scheduled_runs(cache, committed, news_index):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    page = NewsPageFactory(parent=news_index, slug="geplant")
    revision = page.save_revision()
    revision.approved_go_live_at = timezone.now() - datetime.timedelta(minutes=1)
    revision.save()
    cache.clear()
    with committed():
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert cache.removes("/de/aktuelles/geplant/")
    assert cache.removes("/de/aktuelles/?page=2")
    assert cache.removes("/de/feeds/nachrichten.atom")


def test_a_deleted_alert_bans_its_language(cache, committed, home_page):
    alert = AlertFactory(publish=True)
    cache.clear()
    with committed():
        alert.delete()
    assert "^/de/" in cache.bans


def test_menus_settings_and_redirects_purge_what_shows_them(cache, committed, homes):
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Locale, Site

    from home.factories import NavigationItemFactory, NavigationMenuFactory
    from home.models import SiteSettings

    cache.clear()
    with committed():
        NavigationItemFactory(menu__locale=Locale.objects.get(language_code="ar"))
    assert "^/ar/" in cache.bans
    assert not cache.removes("/de/")

    cache.clear()
    with committed():  # the German main menu: every language's menu follows it
        NavigationMenuFactory(locale=Locale.objects.get(language_code="de"))
    assert "^/" in cache.bans

    cache.clear()
    with committed():
        SiteSettings.for_site(Site.objects.get(is_default_site=True)).save()
    assert "^/" in cache.bans

    cache.clear()
    with committed():
        Redirect.objects.create(old_path="/alt", redirect_link="/de/")
    assert cache.removes("/alt/")
    assert cache.removes("/alt")
    assert not cache.removes("/alter/")


def test_a_path_with_a_space_is_banned_without_one(cache, committed, home_page):
    from wagtail.contrib.redirects.models import Redirect

    cache.clear()
    with committed():
        Redirect.objects.create(old_path='/alt mit "zitat"', redirect_link="/de/")
    assert cache.removes('/alt mit "zitat"')
