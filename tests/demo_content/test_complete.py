"""The demo content: what a new user sees after the README's first command."""

import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Site
from wagtail_localize.models import LocaleSynchronization

import pytest

from demo.loaders.languages import FOOTER_LEGAL_PAGES
from demo.loaders.translations import LANGUAGES as DEMO_LANGUAGES
from events.models import EventPage, EventStatus, InterculturalWeekPage
from home.models import Alert, HomePage, NavigationMenu, StandardPage
from news.models import NewsPage
from partners.models import Partner, PartnerKind
from prevention.models import PreventionMaterial, PreventionTopicPage

SECTIONS = ["aktuelles", "veranstaltungen", "praevention"]
BASE_DIR = Path(__file__).resolve().parents[2]


def row_counts():
    """Rows per model of our apps and Wagtail's, to prove a second run writes nothing."""
    labels = {
        "images",
        "partners",
        "home",
        "news",
        "events",
        "prevention",
        "wagtailcore",
        "wagtaildocs",
        "auth",
    }
    return {
        model._meta.label: model.objects.count()
        for model in apps.get_models()
        if model._meta.app_label in labels
    }


pytestmark = pytest.mark.xdist_group("demo_content")


@pytest.mark.django_db
def test_demo_content_is_complete_and_a_second_run_changes_nothing(demo_content):
    home = HomePage.objects.get(locale__language_code="de")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    # Every page below the root is a home page of one of the ten languages.
    assert set(Page.objects.filter(depth=2).values_list("translation_key", flat=True)) == {
        home.translation_key
    }
    assert_every_language_is_switched_on(home)

    partners = Partner.objects.filter(live=True)
    assert {p.short_name for p in partners} == {"PI Bad Kreuznach", "KI Bad Kreuznach", "Beirat"}
    assert partners.get(kind=PartnerKind.COUNCIL).legal_entity.startswith("Landkreis Bad Kreuznach")

    news = NewsPage.objects.live()
    assert news.count() >= 8
    assert len({item.category for item in news}) >= 5
    assert news.filter(issuer__isnull=True).exists() and news.filter(issuer__isnull=False).exists()

    assert EventPage.objects.live().count() >= 10
    week = InterculturalWeekPage.objects.get(year=2026, locale__language_code="de")
    programme = EventPage.objects.child_of(week).live()
    assert programme.count() >= 5
    assert programme.filter(status=EventStatus.CANCELLED).exists()

    assert PreventionTopicPage.objects.live().count() >= 5
    materials = PreventionMaterial.objects.filter(live=True).prefetch_related("files")
    assert all(material.files.count() >= 2 for material in materials)
    assert all(f.document.file.size > 0 for m in materials for f in m.files.all())

    titles = set(StandardPage.objects.live().values_list("title", flat=True))
    for title in [
        "Impressum",
        "Datenschutzerklärung",
        "Erklärung zur Barrierefreiheit",
        "Leichte Sprache",
        "Gebärdensprache",
        "Über die Kooperation",
        "Karriere bei der Polizei",
    ]:
        assert title in titles
    assert Alert.objects.active().exists()
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("demo-admin-lokal")

    before = row_counts()
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert row_counts() == before


def assert_every_language_is_switched_on(german_home):
    """Each language has a live, real (not aliased) home, cooperation and contact page in its
    own words, and its own menus; Leichte Sprache and the legal pages stay German."""
    german = {
        page.slug: page
        for page in Page.objects.filter(locale__language_code="de", depth=3).specific()
    }
    for code, _name in settings.LANGUAGES:
        home = HomePage.objects.get(locale__language_code=code)
        assert home.live and home.alias_of_id is None, code
        pages = {page.slug: page for page in home.get_children().live().specific()}
        if code == "de":
            assert set(pages) == set(german)
            continue
        # The news, events and prevention sections have synced demo translations in some
        # languages (tests/demo_content/test_translations.py).
        sections = {german[slug].translation_key for slug in SECTIONS}
        assert {"kooperation", "kontakt"} <= set(pages), code
        assert {p.translation_key for s, p in pages.items() if s not in german} <= sections
        assert set(pages) - {"kooperation", "kontakt"} == set() or code in DEMO_LANGUAGES
        assert home.title != german_home.title and home.hero_heading, code
        assert home.featured_page is None
        for slug in ["kooperation", "kontakt"]:
            assert pages[slug].translation_key == german[slug].translation_key
        assert pages["kooperation"].title != german["kooperation"].title, code
        assert pages["kontakt"].intro != german["kontakt"].intro, code  # pl: "Kontakt" too
        labels = [field.label for field in pages["kontakt"].form_fields.all()]
        assert "Ihre Nachricht" not in labels and len(labels) == 3
        menus = NavigationMenu.objects.filter(locale=home.locale).prefetch_related("items")
        links = {menu.location: [item.link_page_id for item in menu.items.all()] for menu in menus}
        # The German career page follows as the language's own link (issue 19).
        assert links["main"] == [
            pages["kooperation"].pk,
            pages["kontakt"].pk,
            german["karriere"].pk,
        ]
        assert links["footer"] == [german[slug].pk for slug in FOOTER_LEGAL_PAGES]
        assert Alert.objects.active(locale=home.locale).exists(), code
    for slug in ["leichte-sprache", "gebaerdensprache", *FOOTER_LEGAL_PAGES]:
        assert Page.objects.filter(translation_key=german[slug].translation_key).count() == 1
    assert not LocaleSynchronization.objects.exists()


def test_demo_content_refuses_production_settings(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'never-created.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo_content"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0
    assert "Refusing to load demo content under production settings" in result.stderr
    assert not (tmp_path / "never-created.sqlite3").exists()
