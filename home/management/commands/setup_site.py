"""Give the default Wagtail Site the public host and port from SITE_HOSTNAME and SITE_PORT, so
absolute URLs (canonical, hreflang, feeds, sitemap, calendar) name the real address. Run after
migrate (`make setup`, every deploy); running it again changes nothing."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Site


class Command(BaseCommand):
    help = "Set the default site's host name and port from SITE_HOSTNAME and SITE_PORT."

    def handle(self, *args, **options):
        hostname, port = settings.SITE_HOSTNAME, settings.SITE_PORT
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site; run `manage.py migrate` first.")
        if not hostname:
            self._say(options, f"SITE_HOSTNAME is not set; the site stays {site.root_url}.")
            return
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            try:
                site.full_clean()
            except ValidationError as error:
                raise CommandError(f"{hostname}:{port}: {' '.join(error.messages)}") from None
            site.save()
        self._say(options, f"The default site is {site.root_url}.")

    def _say(self, options, message):
        if options["verbosity"] > 0:
            self.stdout.write(message)
