"""Restore a backup of `manage.py backup` into an empty install, after checking the whole
backup (README "Backup and restore")."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.backups import restore
from operations.databases import BackupError


class Command(BaseCommand):
    help = "Restore a backup into an empty install (new database, empty media folder)."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="the backup directory")

    def handle(self, *args, directory, **options):
        try:
            manifest = restore(directory)
        except BackupError as error:
            raise CommandError(f"{error} Nothing was changed.") from None
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored the backup of {manifest['created_at']}. Run `manage.py migrate` "
                "if this code is newer than the backup's, then restart the site."
            )
        )
