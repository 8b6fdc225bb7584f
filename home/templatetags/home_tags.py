"""Template tags of the site frame: the active language's home, menus, alerts, breadcrumbs,
pagination links and the attribution line. Each does a fixed number of queries per request,
whatever the amount of content, so page query budgets stay flat."""

from django import template
from django.http import QueryDict

from wagtail.models import Locale, Page

from home.models import Alert, HomePage, NavigationItem
from partners.models import Partner

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
    """The Locale of the active language, looked up once per request."""
    return _cached(context, "locale", Locale.get_active)


@register.simple_tag(takes_context=True)
def site_frame(context):
    """Everything the header, footer and alert area need, in four queries."""

    def build():
        locale = active_locale(context)
        home = (
            HomePage.objects.live()
            .filter(locale=locale)
            .select_related("easy_language_page", "sign_language_page")
            .first()
        )
        items = list(
            NavigationItem.objects.filter(menu__locale=locale)
            .select_related("link_page", "menu")
            .order_by("sort_order")
        )
        return {
            "home": home,
            "main_menu": [item for item in items if item.menu.location == "main"],
            "footer_menu": [item for item in items if item.menu.location == "footer"],
            "alerts": list(Alert.objects.active(locale=locale)),
        }

    return _cached(context, "frame", build)


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the active language's home page, or / if it has none yet."""
    home = site_frame(context)["home"]
    return home.url if home else "/"


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
    """The ancestors between the home page and the page itself."""
    if not isinstance(page, Page) or page.depth <= 2:
        return []
    return list(page.get_ancestors().filter(depth__gte=2).specific(defer=True))


@register.simple_tag(takes_context=True)
def live_partners(context):
    """The live partners of the active language, fetched once per request."""
    return _cached(
        context,
        "partners",
        lambda: list(
            Partner.objects.filter(locale=active_locale(context), live=True).order_by(
                "sort_order", "name"
            )
        ),
    )


@register.simple_tag(takes_context=True)
def attribution(context, item):
    """'Joint statement of ...' or 'Statement of ..., coordinated with ...' for a news item,
    event or material, from its issuer and the partner list (no query per item)."""
    partners = live_partners(context)
    by_pk = {partner.pk: partner for partner in partners}
    if item.issuer_id is not None and item.issuer_id in by_pk:
        # Reuse the fetched partner instead of a query per item.
        item.issuer = by_pk[item.issuer_id]
    return item.attribution(partners)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None removes one)."""
    request = context.get("request")
    query = request.GET.copy() if request is not None else QueryDict(mutable=True)
    for key, value in changes.items():
        if value in (None, ""):
            query.pop(key, None)
        else:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"
