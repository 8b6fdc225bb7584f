"""The <head> metadata of a page (issue 6): canonical link, meta description, Open Graph with
an absolute image URL, and schema.org JSON-LD. The canonical URL and the hreflang links come
from one place (home_tags.language_versions), which the sitemap shares."""

from django import template
from django.templatetags.static import static
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext

from wagtail.models import Page

from home.metadata import (
    OPEN_GRAPH_IMAGE_FILTER,
    OPEN_GRAPH_LOCALES,
    PageFacts,
    absolute_url,
    site_root_url,
)
from home.metadata import json_ld as json_ld_block

from .home_tags import language_versions, live_partners

register = template.Library()


@register.filter
def json_ld(data):
    """`{{ data|json_ld }}`: a `<script type="application/ld+json">` data block."""
    return json_ld_block(data) if data else ""


# The site's own preview image (static/identity/og-default.png, built by
# `manage.py build_identity_assets`) for a page without an image of its own.
DEFAULT_OPEN_GRAPH_IMAGE = "identity/og-default.png"
DEFAULT_OPEN_GRAPH_SIZE = (1200, 630)


def default_open_graph_image(request):
    width, height = DEFAULT_OPEN_GRAPH_SIZE
    return {
        "url": absolute_url(request, static(DEFAULT_OPEN_GRAPH_IMAGE)),
        "width": width,
        "height": height,
        "alt": gettext("Police and Migration Council Bad Kreuznach"),
    }


@register.simple_tag(takes_context=True)
def page_metadata(context):
    """Everything <head> says about the page to search engines and link previews: `canonical`,
    `description`, `open_graph` (title, type, url, image, locales) and `structured_data`, the
    page's schema.org object. Empty for views that are not a page (search, 404)."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or not hasattr(page, "structured_data"):
        return {}
    versions = language_versions(context)
    language = translation.get_language()
    canonical = versions["canonical"]
    root_url = site_root_url(request)
    image = page.social_image()
    open_graph_image = None
    if image is not None:
        rendition = image.get_rendition(OPEN_GRAPH_IMAGE_FILTER)
        open_graph_image = {
            "url": absolute_url(request, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text,
        }
    open_graph = open_graph_image or default_open_graph_image(request)
    url = canonical or page.get_full_url(request)
    facts = PageFacts(
        request=request,
        url=url,
        root_url=root_url,
        language=language,
        image_url=open_graph_image["url"] if open_graph_image else None,
        # Fetched only by the page types whose structured data names organisations.
        partners=SimpleLazyObject(lambda: live_partners(context)),
    )
    return {
        "canonical": canonical,
        "description": page.meta_description(),
        "open_graph": {
            "title": page.seo_title or page.title,
            "type": page.open_graph_type,
            "url": url,
            "image": open_graph,
            "locale": OPEN_GRAPH_LOCALES.get(language),
            "alternate_locales": [
                OPEN_GRAPH_LOCALES[link["code"]]
                for link in versions["alternates"]
                if link["code"] in OPEN_GRAPH_LOCALES and link["code"] != language
            ],
        },
        "structured_data": page.structured_data(facts),
    }
