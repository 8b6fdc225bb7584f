"""The demo content: what a new user sees after the README's first command."""

import os
import subprocess
import sys
from pathlib import Path

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from events.models import EventPage, EventStatus, InterculturalWeekPage
from home.models import Alert, HomePage, StandardPage
from news.models import NewsPage
from partners.models import Partner, PartnerKind
from prevention.models import PreventionMaterial, PreventionTopicPage

BASE_DIR = Path(__file__).resolve().parent.parent


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


@pytest.mark.django_db(transaction=False)
def test_demo_content_is_complete_and_a_second_run_changes_nothing(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115

    home = HomePage.objects.get(locale__language_code="de")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()

    partners = Partner.objects.filter(live=True)
    assert {p.short_name for p in partners} == {"PI Bad Kreuznach", "KI Bad Kreuznach", "Beirat"}
    assert partners.get(kind=PartnerKind.COUNCIL).legal_entity.startswith("Landkreis Bad Kreuznach")

    news = NewsPage.objects.live()
    assert news.count() >= 8
    assert len({item.category for item in news}) >= 5
    assert news.filter(issuer__isnull=True).exists() and news.filter(issuer__isnull=False).exists()

    assert EventPage.objects.live().count() >= 10
    week = InterculturalWeekPage.objects.get(year=2026)
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
