"""Remove a user's authenticator app (e.g. a lost phone): at the next login the user sets up a
new one, after the password."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = "Remove the two-factor devices of a user, who sets up a new one at the next login."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user {username!r}.")
        count, _details = TOTPDevice.objects.filter(user=user).delete()
        self.stdout.write(f"Removed {count} device(s) of {username}.")
