"""Views of the site frame outside the pages: robots.txt and /favicon.ico."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import FileResponse, Http404, HttpResponse
from django.urls import reverse

from .metadata import absolute_url


def robots_txt(request):
    """robots.txt: crawl everything but the admin, the draft links for reviewers and the
    load balancer's probes, and find every page of every language in the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Disallow: {settings.DRAFT_LINK_PATH}",
        f"Disallow: {reverse('healthz')}",
        f"Disallow: {reverse('readyz')}",
        "",
        f"Sitemap: {absolute_url(request, reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page links: the icon
    from the static files (static/favicon.ico, built by `manage.py build_identity_assets`),
    collected or, in development, found where it lies. Cached for a day: its name has no hash."""
    try:
        icon = staticfiles_storage.open("favicon.ico")
    except (OSError, ValueError):
        found = finders.find("favicon.ico")
        if not found:
            raise Http404("favicon.ico is not among the static files") from None
        icon = open(found, "rb")  # noqa: SIM115 - FileResponse closes it
    response = FileResponse(icon, content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response
