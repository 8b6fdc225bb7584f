"""Back up the database and the media folder into one directory (README "Backup and
restore"); with --keep, delete the oldest backups beside it."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from operations.backups import create, prune
from operations.databases import BackupError


class Command(BaseCommand):
    help = "Back up the database and the media folder into a new directory."

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="the new backup directory")
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="then delete the oldest backups in the same parent folder beyond the newest N",
        )

    def handle(self, *args, directory, keep, **options):
        if keep is not None and keep < 1:
            raise CommandError("--keep must be at least 1: it counts the new backup too.")
        try:
            manifest = create(directory)
        except BackupError as error:
            raise CommandError(str(error)) from None
        size = sum(entry["size"] for entry in manifest["files"])
        self.stdout.write(
            self.style.SUCCESS(f"Backup written to {directory} ({size / 1e6:.1f} MB).")
        )
        if keep is not None:
            for path in prune(directory.resolve().parent, keep):
                self.stdout.write(f"Deleted the old backup {path}.")
