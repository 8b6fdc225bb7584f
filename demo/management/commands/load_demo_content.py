"""Load realistic demo content from demo/data/: German partners, pages, events, materials,
demo users and a demo admin, and the translated pages that switch the nine other languages on
(demo.loaders). It runs in one transaction, is seeded, and changes nothing when the demo
content is already there."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.files import read
from demo.loaders import DEMO_ADMIN_PASSWORD, load


class Command(BaseCommand):
    help = "Load the demo content in all ten languages and a demo admin (never in production)."

    def handle(self, *args, **options):
        if getattr(settings, "IS_PRODUCTION", False):
            raise CommandError(
                "Refusing to load demo content under production settings: "
                "demo users and texts must never reach the public site."
            )
        german, languages, translated = load()
        if not german and not languages and not translated:
            self.stdout.write("Demo content is already present; nothing changed.")
            return
        if languages:
            self.stdout.write(f"Languages switched on: {', '.join(languages)}.")
        if translated:
            self.stdout.write(f"Synced translations of news, events and prevention: {translated}.")
        admin = read("users.toml")["admin"]["username"]
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content loaded. Admin: http://127.0.0.1:8000/admin/ "
                f"user {admin!r}, password {DEMO_ADMIN_PASSWORD!r} (local only)."
            )
        )
