"""Loading the demo content from demo/data/: the German content section by section through
the factories, the demo admin, the nine other languages' pages and the synced translations."""

import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

import factory.random

from home.models import HomePage

from ..files import read
from . import editorial, events, home, languages, news, partners, prevention, translations

# In this order; each may use what the earlier ones put into the shared context. `finish`
# runs once every section exists.
SECTIONS = [partners, home, news, events, prevention, editorial]
DEMO_ADMIN_PASSWORD = "demo-admin-lokal"  # noqa: S105 - local demo only, named in the README
SEED = 2026


def load(today=None):
    """Load what is missing, seeded, in one transaction: the German content and the admin
    unless a German home exists, then the languages and translations that are missing.
    Dates of news and upcoming events count from `today` (the current date by default).
    Returns (German content loaded?, language codes added, translations created)."""
    random.seed(SEED)
    factory.random.reseed_random(SEED)
    with transaction.atomic():
        german = not HomePage.objects.filter(
            slug="start", locale__language_code=settings.LANGUAGE_CODE
        ).exists()
        if german:
            ctx = {"today": today or timezone.localdate()}
            for section in SECTIONS:
                section.load(ctx)
            for section in SECTIONS:
                if hasattr(section, "finish"):
                    section.finish(ctx)
            create_admin()
        return german, languages.load(), translations.load()


def create_admin():
    fields = read("users.toml")["admin"]
    user_model = get_user_model()
    if not user_model.objects.filter(username=fields["username"]).exists():
        user_model.objects.create_superuser(**fields, password=DEMO_ADMIN_PASSWORD)
