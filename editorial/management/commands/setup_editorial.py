"""Create the editorial groups, permissions, collections and the joint-approval workflow."""

from django.core.management.base import BaseCommand

from editorial.setup import setup_editorial


class Command(BaseCommand):
    help = (
        "Set up roles, permissions, collections and the workflow 'Gemeinsame Freigabe' "
        "(idempotent; run after migrate)."
    )

    def handle(self, *args, **options):
        groups, workflow = setup_editorial()
        if options["verbosity"] > 0:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Editorial set-up complete: {len(groups)} groups, workflow {workflow.name!r}."
                )
            )
