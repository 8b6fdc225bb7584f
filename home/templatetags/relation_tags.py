"""Attributes for links to content in another language than the page: a German event, news
item or topic listed on an Arabic page (partners.relations falls back to German where no live
translation exists) gets hreflang="de" on its link, as its text gets lang="de" (lang_tags)."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language

from home.languages import html_lang

from .lang_tags import language_of

register = template.Library()


@register.simple_tag(takes_context=True)
def hreflang_attr(context, obj):
    """` hreflang="de"` on a link to `obj` when it is in another language than the page."""
    if getattr(obj, "locale_id", None) is None:
        return ""
    code = language_of(obj, context.get("request"))
    return "" if code == get_language() else format_html(' hreflang="{}"', html_lang(code))


@register.simple_tag
def featured_item(page):
    """The home page's featured item in the page's language: its live translation, else the
    live German item (the relation is copied verbatim into translations), else None. One
    query, plus one for the specific page."""
    from wagtail.models import Page

    from partners.relations import resolve_keys

    if getattr(page, "featured_page_id", None) is None:
        return None
    keys = Page.objects.filter(pk=page.featured_page_id).values("translation_key")
    chosen = list(resolve_keys(Page.objects.public(), keys, page.locale_id).values())
    return chosen[0].specific if chosen else None


@register.simple_tag(takes_context=True)
def alert_links(context, alerts):
    """{alert pk: the page its link leads to}, each in the active language: the linked page's
    live translation, else the live German page (hreflang="de" on the link). One query for all
    alerts, none without linked pages."""
    from wagtail.models import Page

    from partners.relations import resolve_many

    from .home_tags import active_locale

    alerts = [alert for alert in alerts if alert.link_page_id is not None]
    if not alerts:
        return {}
    locale = active_locale(context)
    resolved = {
        page.translation_key: page
        for page in resolve_many(
            Page.objects.public(), [alert.link_page for alert in alerts], locale.pk
        )
    }
    return {
        alert.pk: resolved[alert.link_page.translation_key]
        for alert in alerts
        if alert.link_page.translation_key in resolved
    }


@register.filter
def get_link(links, key):
    """`{{ links|get_link:alert.pk }}`: one entry of alert_links."""
    return links.get(key)
