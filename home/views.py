"""Views of the site frame outside the pages: robots.txt, /favicon.ico and the page of a form
that could not be sent (CSRF_FAILURE_VIEW)."""

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.http import FileResponse, Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme

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


def csrf_failure(request, reason=""):
    """A form sent without its CSRF cookie or with an outdated token (a browser that blocks
    cookies, a form left open for days): instead of Django's English page, a 403 in the site
    frame in the language of the URL prefix, saying what to do and that the site takes no
    emergencies. Django logs the technical `reason` itself; the page never shows it."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        form_url = request.path
        if not url_has_allowed_host_and_scheme(form_url, allowed_hosts=None):
            form_url = "/"  # "//host/..." would lead elsewhere
        response = TemplateResponse(request, "403_csrf.html", {"form_url": form_url}, status=403)
        response.render()
    add_never_cache_headers(response)
    return response


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
