"""Views of the site frame outside the pages: robots.txt."""

from django.conf import settings
from django.http import HttpResponse
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
