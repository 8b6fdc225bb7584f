"""Template tags of the site frame: the active language's home, menus, alerts, the language
switcher and hreflang links, breadcrumbs, pagination links and the attribution line. Each does
a fixed number of queries per request, whatever the amount of content, so page query budgets
stay flat."""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation

from wagtail.models import Locale, Page

from approvable.generation import cached, earliest
from home.locales import active_home, hreflang_alternates, live_homes
from home.menus import menus
from home.models import Alert
from partners.facts import partners_for
from partners.live import public as public_target

register = template.Library()


def _cached(context, key, build):
    """Compute once per request (template tags run in includes and loops)."""
    request = context.get("request")
    store = getattr(request, "_home_tags_cache", None) if request is not None else None
    if store is None:
        store = {}
        if request is not None:
            request._home_tags_cache = store
    if key not in store:
        store[key] = build()
    return store[key]


def active_locale(context):
    """The Locale of the active language, looked up once per request (from its live home,
    which the routing guard has fetched already, when the language is switched on)."""

    def build():
        home = active_home(context.get("request"))
        return home.locale if home is not None else Locale.get_active()

    return _cached(context, "locale", build)


@register.simple_tag(takes_context=True)
def site_frame(context):
    """Everything the header, footer and alert area need: the menus and alerts of the active
    language from the frame cache (approvable.generation; an alert's entry ends with the alert),
    built in two queries (one more for the translations a language other than German's main
    menu leads to, home.menus) once per content generation."""

    def build():
        locale = active_locale(context)
        home = active_home(context.get("request"))
        links = cached(
            "menus",
            (locale.language_code,),
            lambda: menus(locale),
            expires=lambda links: earliest(
                getattr(link.link_page, "expire_at", None)
                for group in links.values()
                for link in group
            ),
        )
        alerts = cached(
            "alerts",
            (locale.language_code,),
            lambda: list(Alert.objects.active(locale=locale).select_related("link_page")),
            # An alert leaves the frame the moment it ends, cached or not.
            expires=lambda alerts: earliest(alert.expire_at for alert in alerts),
        )
        now = timezone.now()
        return {
            "home": home,
            "main_menu": links["main"],
            "footer_menu": links["footer"],
            # the entry ends with the first alert's end; this drops one that ended meanwhile
            "alerts": [alert for alert in alerts if alert.expire_at > now],
        }

    return _cached(context, "frame", build)


@register.filter
def public(target):
    """`{{ page.featured_page|public }}`: the related object if the public may see it (live),
    else None (partners.live), so a template never shows a draft or withdrawn target."""
    return public_target(target)


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the active language's home page, or / if it has none yet."""
    home = site_frame(context)["home"]
    return home.url if home else "/"


@register.simple_tag(takes_context=True)
def language_versions(context):
    """The language switcher and the hreflang links, in one query.

    `links`: every switched-on language (code, own name, direction, URL, whether current).
    On a page it leads to the page's live translation, or else to that language's home with
    `?untranslated=1`, which shows a note there; on another view (search) to the same view in
    that language, keeping the query; otherwise (404) to that language's home.
    `alternates`: the page's live translations and x-default for <link rel="alternate">
    (home.locales.hreflang_alternates, which the sitemap shares), and `canonical`: its own
    absolute URL; both only on a live page that is itself one of them (not on a draft, a 404
    or search). The canonical URL of an alias within one language is its original's."""

    def build():
        request = context.get("request")
        homes = live_homes(request)
        current = translation.get_language()
        page = context.get("page")
        translations = {}
        if isinstance(page, Page) and page.translation_key:
            codes = {home.locale_id: code for code, home in homes.items()}
            translations = {
                codes[other.locale_id]: other
                for other in Page.objects.live()
                .public()
                .filter(
                    translation_key=page.translation_key,
                    alias_of__isnull=True,
                    locale_id__in=list(codes),
                )
            }
        names = dict(settings.LANGUAGES)
        links = [
            {
                "code": code,
                "name": names[code],
                "dir": "rtl" if translation.get_language_info(code)["bidi"] else "ltr",
                "url": _version_url(request, page, code, home, translations),
                "current": code == current,
            }
            for code, home in homes.items()
        ]
        served = translations.get(current)
        alternates = []
        canonical = None
        if served is not None and served.pk == page.pk:
            alternates = hreflang_alternates(translations, request)
            canonical = next(link["url"] for link in alternates if link["code"] == current)
        elif isinstance(page, Page) and page.live and page.alias_of_id is not None:
            # An alias within one language repeats its original: that is the canonical page.
            original = Page.objects.filter(pk=page.alias_of_id, live=True).first()
            canonical = original.get_full_url(request) if original is not None else None
        return {"links": links, "alternates": alternates, "canonical": canonical}

    return _cached(context, "versions", build)


def _version_url(request, page, code, home, translations):
    """Where the switcher's link for one language leads (see language_versions)."""
    if code in translations:
        return translations[code].get_url(request)
    if isinstance(page, Page):
        return f"{home.get_url(request)}?untranslated=1"
    match = getattr(request, "resolver_match", None)
    if match is not None and match.url_name and match.url_name != "wagtail_serve":
        try:
            with translation.override(code):
                url = reverse(match.view_name, args=match.args, kwargs=match.kwargs)
        except NoReverseMatch:
            return home.get_url(request)
        query = request.GET.urlencode()
        return f"{url}?{query}" if query else url
    return home.get_url(request)


@register.simple_tag
def is_current(page, item):
    """Whether a menu item leads to the page or one of its ancestors (for aria-current)."""
    target = item.link_page
    if not isinstance(page, Page) or target is None:
        return False
    if target.depth <= 2:
        return page.pk == target.pk
    return page.path.startswith(target.path)


@register.simple_tag
def breadcrumbs(page):
    """The ancestors between the home page and the page itself; keyed by the page in the
    frame cache (a move or a publication of an ancestor's new title bumps the generation)."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return cached(
        "breadcrumbs",
        (page.pk, page.path),
        lambda: list(page.get_ancestors().filter(depth__gte=2).specific(defer=True)),
        expires=lambda crumbs: earliest(crumb.expire_at for crumb in crumbs),
    )


@register.simple_tag(takes_context=True)
def live_partners(context):
    """The live partners as the active language shows them (partners.facts: the translation
    where one is live, else the German row), fetched once per request."""
    return partners_for(active_locale(context), context.get("request"))


@register.simple_tag(takes_context=True)
def attribution(context, item):
    """'Joint statement of ...' or 'Statement of ..., coordinated with ...' for a news item,
    event or material, from its issuer and the partner list (no query per item: the issuer is
    looked up in the request's partner set). An issuer that is not live is never named; a
    German name on a non-German page carries lang="de"."""
    partners = live_partners(context)
    # "approved by both sides" belongs to the live version, never to the item a preview or a
    # draft link shows (live items listed on a previewed index keep theirs).
    previewed = context.get("page") or context.get("object")
    approved = not (getattr(context.get("request"), "is_preview", False) and item is previewed)
    return item.attribution(partners, approved=approved)
