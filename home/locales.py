"""Which site languages visitors can use, and how a request finds its language.

A language from settings.LANGUAGES is switched on only while its translated HomePage is live
(not an alias of the German one): until then its URLs answer 404 and the switcher leaves it
out. The language itself lives in the URL prefix (/de/, /ar/ ...); only `/` looks at the
browser's Accept-Language to choose a home. Nothing sets a language cookie."""

import functools

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language, get_supported_language_variant
from django.utils.translation.trans_real import parse_accept_lang_header

from approvable.generation import cached, earliest

from .models import HomePage


def live_homes(request):
    """The live, non-alias home page of each switched-on language, in settings.LANGUAGES
    order, keyed by language code; shared by the routing guard, the site frame and the
    switcher. One query per content generation (approvable.generation: any publish bumps it),
    read from the frame cache otherwise, once per request."""
    homes = getattr(request, "_live_homes", None) if request is not None else None
    if homes is None:
        languages = tuple(code for code, _name in settings.LANGUAGES)
        homes = cached("live-homes", languages, _live_homes, expires=_homes_expiry)
        if request is not None:
            request._live_homes = homes
    return homes


def _live_homes():
    found = {
        home.locale.language_code: home
        for home in HomePage.objects.live()
        .filter(alias_of__isnull=True)
        .select_related("locale", "easy_language_page", "sign_language_page")
        .defer_streamfields()
    }
    return {code: found[code] for code, _name in settings.LANGUAGES if code in found}


def _homes_expiry(homes):
    """The earliest expiry of a home or of its accessible versions' pages (their links)."""
    pages = [
        page
        for home in homes.values()
        for page in (home, home.easy_language_page, home.sign_language_page)
        if page is not None
    ]
    return earliest(page.expire_at for page in pages)


def active_home(request):
    """The live home page of the active language, or None while that language is off."""
    return live_homes(request).get(get_language())


def language_is_on(request):
    return active_home(request) is not None


def require_language_on(view):
    """A view decorator: 404 under the prefix of a language that is not switched on."""

    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not language_is_on(request):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapped


def hreflang_alternates(translations, request=None):
    """The hreflang targets of one page, shared by the <link rel="alternate"> tags of every page
    and the sitemap so both always say the same: `translations` maps a switched-on language's
    code to the page's live, non-alias version in it. Returns {"code", "url"} dicts in
    settings.LANGUAGES order, then x-default, the German version (left out where there is none)."""
    links = [
        {"code": code, "url": translations[code].get_full_url(request)}
        for code, _name in settings.LANGUAGES
        if code in translations
    ]
    german = next((link for link in links if link["code"] == settings.LANGUAGE_CODE), None)
    if german is not None:
        links.append({"code": "x-default", "url": german["url"]})
    return links


def preferred_language(request):
    """The switched-on language the browser asks for first (Accept-Language), else German."""
    homes = live_homes(request)
    for tag, _quality in parse_accept_lang_header(request.headers.get("Accept-Language", "")):
        if tag == "*":
            continue
        try:
            code = get_supported_language_variant(tag)
        except LookupError:
            continue
        if code in homes:
            return code
    return settings.LANGUAGE_CODE


def language_root(request):
    """`/`: redirect to the home of the visitor's language (temporary: it depends on the
    browser, so caches must vary on Accept-Language)."""
    code = preferred_language(request)
    home = live_homes(request).get(code)
    response = HttpResponseRedirect(home.get_url(request) if home else f"/{code}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response
