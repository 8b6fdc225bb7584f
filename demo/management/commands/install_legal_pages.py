"""Install the legal and accessibility pages on a real site (production included) as drafts
for the joint approval; see demo.legal.install."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from demo.legal import NotInstallable, install


class Command(BaseCommand):
    help = (
        "Add Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit, Leichte Sprache "
        "and Gebärdensprache as drafts below the German home page and submit them to the "
        "joint approval (publishes nothing; pages that exist are left alone)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--user", help="username the drafts are submitted by (shown to the approvers)"
        )

    def handle(self, *args, user=None, **options):
        if user is not None:
            try:
                user = get_user_model().objects.get(username=user)
            except get_user_model().DoesNotExist:
                raise CommandError(f"There is no user {user!r}.") from None
        try:
            with transaction.atomic():
                created, left_alone, missing = install(user)
        except NotInstallable as error:
            raise CommandError(str(error)) from None
        for title in left_alone:
            self.stdout.write(f"{title}: the page exists already; left alone.")
        for page in created:
            self.stdout.write(f"{page.title}: draft created and submitted for the joint approval.")
        if missing:
            self.stdout.write(
                self.style.WARNING(
                    "Linked as text only, as no page has the slug yet: "
                    f"{', '.join(missing)}. Add the links before approving."
                )
            )
        if not created:
            self.stdout.write("All legal pages exist already; nothing changed.")
