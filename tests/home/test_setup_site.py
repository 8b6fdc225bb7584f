"""`manage.py setup_site` (issue 17, item 2): SITE_HOSTNAME and SITE_PORT become the default
Site's address, under production settings too, so the sitemap and the feeds link the public
host; running it again changes nothing; without SITE_HOSTNAME the Site stays as it is."""

import datetime
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from io import StringIO

from django.conf import settings
from django.core.management import CommandError, call_command

from wagtail.models import Site

import feedparser
import pytest

from news.factories import NewsPageFactory
from tests.security.test_production_settings import random_key
from tests.security.test_shared_cache import database_url

PUBLIC = "https://polizei-beirat.example.org"


def setup_site():
    out = StringIO()
    call_command("setup_site", stdout=out)
    return out.getvalue()


def default_site():
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def news(news_index):
    return NewsPageFactory(
        parent=news_index, slug="sprechstunde", date=datetime.date(2026, 3, 5), publish=True
    )


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_under_production_settings_the_sitemap_and_feed_name_the_public_host(client, news):
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=random_key(),
        ALLOWED_HOSTS="polizei-beirat.example.org",
        DATABASE_URL=database_url(),
        SITE_HOSTNAME="polizei-beirat.example.org",
        SITE_PORT="443",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "setup_site"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"The default site is {PUBLIC}." in result.stdout

    index = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 - our own response
    parts = [loc.text for loc in index.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert parts == [f"{PUBLIC}/sitemap-pages.xml"]
    sitemap = ET.fromstring(client.get("/sitemap-pages.xml").content)  # noqa: S314
    locations = [
        loc.text for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert f"{PUBLIC}/de/aktuelles/sprechstunde/" in locations
    assert all(location.startswith(f"{PUBLIC}/") for location in locations)
    feed = feedparser.parse(client.get("/de/feeds/nachrichten.rss").content)
    assert feed.feed.link == f"{PUBLIC}/de/aktuelles/"
    assert [entry.link for entry in feed.entries] == [f"{PUBLIC}/de/aktuelles/sprechstunde/"]


@pytest.mark.django_db
def test_running_it_again_changes_nothing(settings):
    settings.SITE_HOSTNAME, settings.SITE_PORT = "polizei-beirat.example.org", 443
    setup_site()
    site = default_site()

    assert setup_site() == f"The default site is {PUBLIC}.\n"
    assert Site.objects.count() == 1
    again = default_site()
    assert (again.pk, again.hostname, again.port) == (site.pk, site.hostname, 443)


@pytest.mark.django_db
def test_a_port_other_than_443_and_80_is_part_of_the_address(settings):
    settings.SITE_HOSTNAME, settings.SITE_PORT = "127.0.0.1", 8000
    assert setup_site() == "The default site is http://127.0.0.1:8000.\n"


@pytest.mark.django_db
def test_without_a_hostname_the_site_stays_as_it_is(settings):
    settings.SITE_HOSTNAME = ""
    before = default_site()
    assert setup_site() == f"SITE_HOSTNAME is not set; the site stays {before.root_url}.\n"
    after = default_site()
    assert (after.hostname, after.port) == (before.hostname, before.port)


@pytest.mark.django_db
def test_an_address_another_site_has_is_refused(settings, root_page):
    Site.objects.create(hostname="polizei-beirat.example.org", port=443, root_page=root_page)
    settings.SITE_HOSTNAME, settings.SITE_PORT = "polizei-beirat.example.org", 443
    with pytest.raises(CommandError, match="polizei-beirat.example.org:443"):
        setup_site()
    assert default_site().hostname == "localhost"
