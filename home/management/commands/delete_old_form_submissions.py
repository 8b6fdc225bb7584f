"""Delete stored form submissions after the retention period (FORM_SUBMISSION_RETENTION_DAYS,
default 90): the privacy statement promises it, so cron runs this daily (see README)."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission


def positive_days(value):
    """A whole number of days greater than zero, from the command line, a call or a setting."""
    if isinstance(value, bool):
        raise CommandError(f"--days must be a whole number greater than 0, not {value!r}.")
    try:
        days = int(str(value).strip())
    except (TypeError, ValueError):
        raise CommandError(
            f"--days must be a whole number greater than 0, not {value!r}."
        ) from None
    if days <= 0:
        raise CommandError(f"--days must be a whole number greater than 0, not {value!r}.")
    return days


class Command(BaseCommand):
    help = (
        "Delete form submissions older than FORM_SUBMISSION_RETENTION_DAYS (or --days). "
        "Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            help="Delete submissions older than this many days "
            "(default: the FORM_SUBMISSION_RETENTION_DAYS setting).",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count the submissions that would be deleted; delete nothing.",
        )

    def handle(self, *args, days=None, dry_run=False, **options):
        if days is None:
            days = settings.FORM_SUBMISSION_RETENTION_DAYS
        days = positive_days(days)
        cutoff = timezone.now() - datetime.timedelta(days=days)
        old = FormSubmission.objects.filter(submit_time__lt=cutoff)
        before = timezone.localtime(cutoff).strftime("%Y-%m-%d %H:%M %Z")

        if dry_run:
            count = old.count()
            self.stdout.write(
                f"Dry run: {count} form submission(s) older than {days} days "
                f"(submitted before {before}) would be deleted; nothing was deleted."
            )
            return

        with transaction.atomic():
            count, _by_model = old.delete()
        self.stdout.write(
            self.style.SUCCESS(
                f"Deleted {count} form submission(s) older than {days} days "
                f"(submitted before {before})."
            )
        )
