"""Machine-readable metadata shared by pages, feeds and calendars: absolute URLs from the
Wagtail Site (the host name hreflang links use), stable identifiers per item and language, and
the schema.org vocabulary (issue 6). Pages build their own JSON-LD from these parts in
`structured_data()`; the template tags in home_tags put it into <head>."""

import dataclasses
import datetime
import json
import uuid

from django.utils import timezone
from django.utils.safestring import mark_safe

from wagtail.models import Site

# The Open Graph image: the 1.91:1 size link previews of messengers and social networks use.
OPEN_GRAPH_IMAGE_FILTER = "fill-1200x630"

# Open Graph wants a territory with the language (ogp.me, "og:locale").
OPEN_GRAPH_LOCALES = {
    "de": "de_DE",
    "en": "en_GB",
    "tr": "tr_TR",
    "ar": "ar_AR",
    "fa": "fa_IR",
    "uk": "uk_UA",
    "ru": "ru_RU",
    "pl": "pl_PL",
    "ro": "ro_RO",
    "bg": "bg_BG",
}

SCHEMA_ORG = "https://schema.org"

# Characters that could end a <script> data block or open a comment, escaped in JSON strings.
_JSON_LD_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """A schema.org object as an inert `<script type="application/ld+json">` data block: browsers
    never execute it, so the strict CSP allows it. <, > and & are escaped, so no text from an
    editor can close the element (Django's json_script would write type application/json)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str)
    return mark_safe(  # noqa: S308 - JSON with <, > and & escaped cannot leave the element
        f'<script type="application/ld+json">{text.translate(_JSON_LD_ESCAPES)}</script>'
    )


def site_root_url(request):
    """The scheme and host of the Wagtail Site serving the request, e.g. "https://example.org",
    the same base every page's get_full_url() uses."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        return site.root_url
    return request.build_absolute_uri("/").rstrip("/") if request is not None else ""


def absolute_url(request, path):
    """`path` (or a URL that is absolute already, e.g. on a media storage) made absolute."""
    if path.startswith(("http://", "https://")):
        return path
    return site_root_url(request) + path


def stable_uuid(obj, language_code, kind):
    """An identifier that never changes for one item in one language (RSS guid, Atom id,
    iCalendar UID): derived from the item's translation key, which survives title, slug and
    URL changes and is shared only by the item's own translations."""
    return uuid.uuid5(obj.translation_key, f"{kind}:{language_code}")


def start_of_day(day):
    """Midnight at the start of a date in Europe/Berlin, as an aware datetime."""
    return timezone.make_aware(
        datetime.datetime.combine(day, datetime.time()), timezone.get_default_timezone()
    )


def iso(value):
    """An aware datetime in ISO 8601 with its Europe/Berlin offset."""
    return timezone.localtime(value).isoformat() if value else None


def government_organization(partner, root_url):
    """A cooperation partner as schema.org GovernmentOrganization. Its @id is the same in
    every language (from the translation key), so search engines see one organisation."""
    data = {
        "@type": "GovernmentOrganization",
        "@id": f"{root_url}/#partner-{partner.translation_key}",
        "name": partner.name,
        "alternateName": partner.short_name,
    }
    if partner.website:
        data["url"] = partner.website
    if partner.email:
        data["email"] = partner.email
    if partner.phone:
        data["telephone"] = partner.phone
    address = ", ".join(line.strip() for line in partner.address.splitlines() if line.strip())
    if address:
        data["address"] = address
    return data


@dataclasses.dataclass
class PageFacts:
    """What a page's structured_data() needs besides its own fields, computed once per
    request by the metadata template tag."""

    request: object
    url: str  # the page's canonical, absolute URL
    root_url: str  # scheme and host, for identifiers
    language: str  # the language of the page
    image_url: str | None  # the absolute URL of the page's image rendition
    partners: list  # the live partners of the page's language, in their order
