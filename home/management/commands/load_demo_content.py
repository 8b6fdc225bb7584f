"""Load realistic demo content: German partners, pages, events, materials, a demo admin, and
the translated home, cooperation and contact pages that switch the nine other languages on.

Each content app contributes its part in a module `demo.py` with `load(ctx)` (and optionally
`finish(ctx)`, run after every app has loaded). The command finds them in INSTALLED_APPS order,
so `home` does not import the apps above it. Then home.demo.load_translations() adds every
language that has no home yet, and home.demo.load_content_translations() the synced
translations of news, events and prevention (home/demo_content_translations.py). It runs in
one transaction, is seeded, and changes nothing when the demo content is already there."""

import random
from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import module_has_submodule

import factory.random

from home.demo import load_content_translations, load_translations
from home.models import HomePage

DEMO_ADMIN_USERNAME = "admin"
DEMO_ADMIN_PASSWORD = "demo-admin-lokal"  # noqa: S105 - local demo only, named in the README
SEED = 2026


class Command(BaseCommand):
    help = "Load the demo content in all ten languages and a demo admin (never in production)."

    def handle(self, *args, **options):
        if getattr(settings, "IS_PRODUCTION", False):
            raise CommandError(
                "Refusing to load demo content under production settings: "
                "demo users and texts must never reach the public site."
            )
        german_present = HomePage.objects.filter(
            slug="start", locale__language_code=settings.LANGUAGE_CODE
        ).exists()

        random.seed(SEED)
        factory.random.reseed_random(SEED)
        with transaction.atomic():
            if not german_present:
                self.load_german()
                self.create_admin()
            languages = load_translations()
            translated = load_content_translations()

        if german_present and not languages and not translated:
            self.stdout.write("Demo content is already present; nothing changed.")
            return
        if languages:
            self.stdout.write(f"Languages switched on: {', '.join(languages)}.")
        if translated:
            self.stdout.write(f"Synced translations of news, events and prevention: {translated}.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded. Admin: http://127.0.0.1:8000/admin/ "
                f"user {DEMO_ADMIN_USERNAME!r}, password {DEMO_ADMIN_PASSWORD!r} (local only)."
            )
        )

    def load_german(self):
        modules = [
            import_module(f"{config.name}.demo")
            for config in apps.get_app_configs()
            if module_has_submodule(config.module, "demo")
        ]
        ctx = {}
        for module in modules:
            module.load(ctx)
        for module in modules:
            if hasattr(module, "finish"):
                module.finish(ctx)

    def create_admin(self):
        user_model = get_user_model()
        if user_model.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
            return
        user_model.objects.create_superuser(
            username=DEMO_ADMIN_USERNAME,
            email="admin@example.org",
            password=DEMO_ADMIN_PASSWORD,
            first_name="Demo",
            last_name="Administration",
        )
