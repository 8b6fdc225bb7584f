"""The menus a visitor sees in one language. The German main menu is the list of sections:
every other language's main menu follows it, each link leading to the live translation of its
page in that language and left out where there is none, so a section appears in a language's
menu the moment its translation goes live, without editing ten menus. The language's own main
menu adds its links after those (a link of its own to a German page leads to the translation
once there is one, and otherwise stays German, marked lang="de"). Footers are each language's
own: their links to the German legal pages say so in their texts. Two queries per request
(one for German)."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language_info

from wagtail.models import Page

from partners.live import is_public, live_only

from .models import NavigationItem


@dataclass
class MenuLink:
    """One link as the header and footer render it (the attributes of a NavigationItem)."""

    link_page: Page | None
    link_url: str
    text: str
    lang: str = ""  # set when the text is in another language than the page around it
    dir: str = "ltr"


def _link(item, page=None):
    page = page or item.link_page
    return MenuLink(link_page=page, link_url=item.link_url, text=item.link_text or page.title)


def menus(locale):
    """{"main": [MenuLink], "footer": [MenuLink]} for the language of `locale`."""
    default = settings.LANGUAGE_CODE
    is_default = locale.language_code == default
    where = Q(menu__locale=locale)
    if not is_default:
        where |= Q(menu__locale__language_code=default, menu__location="main")
    items = list(
        NavigationItem.objects.filter(where)
        .select_related("link_page__locale", "menu")
        .order_by("sort_order", "pk")
    )
    own = {"main": [], "footer": []}
    german_main = []
    for item in items:
        if item.menu.locale_id == locale.pk:
            own.setdefault(item.menu.location, []).append(item)
        else:
            german_main.append(item)
    footer = [_link(item) for item in own["footer"] if _shown(item)]
    if is_default:
        return {"main": [_link(item) for item in own["main"] if _shown(item)], "footer": footer}
    translations = _translations(locale, german_main, own["main"])
    return {"main": _main(locale, german_main, own["main"], translations), "footer": footer}


def _shown(item):
    # A link to a page the public may not see (draft, withdrawn) is left out.
    return item.link_page_id is None or is_public(item.link_page)


def _translations(locale, german_items, own_items):
    """The live translations in `locale` of the pages the items lead to, by translation key."""
    foreign = [
        item.link_page
        for item in [*german_items, *own_items]
        if item.link_page_id is not None and item.link_page.locale_id != locale.pk
    ]
    if not foreign:
        return {}
    return {
        page.translation_key: page
        for page in live_only(
            Page.objects.filter(
                locale=locale,
                alias_of__isnull=True,
                translation_key__in={page.translation_key for page in foreign},
            )
        )
    }


def _main(locale, german_items, own_items, translations):
    """The German sections in their translations, then the language's own further links."""
    own_texts = {
        item.link_page.translation_key: item.link_text
        for item in own_items
        if item.link_page_id is not None and item.link_text
    }
    links, seen = [], set()
    for item in german_items:
        # An external German link has a German text: a language's own menu may add its own.
        target = translations.get(item.link_page.translation_key) if item.link_page_id else None
        if target is None:
            continue
        text = own_texts.get(target.translation_key) or target.title
        links.append(MenuLink(link_page=target, link_url="", text=text))
        seen.add(target.translation_key)
    for item in own_items:
        page = item.link_page
        if page is None:
            links.append(_link(item))
            continue
        page = page if page.locale_id == locale.pk else translations.get(page.translation_key, page)
        if page.translation_key in seen or not is_public(page):
            continue
        seen.add(page.translation_key)
        link = _link(item, page)
        if page.locale_id != locale.pk and not item.link_text:
            link.lang = page.locale.language_code
            link.dir = "rtl" if get_language_info(link.lang)["bidi"] else "ltr"
        links.append(link)
    return links


def missing_sections():
    """(locale, page) for every live page right below a language's home that is marked "show
    in menus" but that its language's main menu does not lead to, for the translation status
    report. Three queries, whatever the number of languages and pages."""
    default = settings.LANGUAGE_CODE
    items = list(
        NavigationItem.objects.filter(menu__location="main")
        .select_related("link_page__locale", "menu__locale")
        .order_by("sort_order", "pk")
    )
    sections = list(
        live_only(Page.objects.filter(depth=3, show_in_menus=True, alias_of__isnull=True))
        .select_related("locale")
        .order_by("locale__language_code", "path")
    )
    keys = {item.link_page.translation_key for item in items if item.link_page_id is not None}
    live = {}
    for page in live_only(Page.objects.filter(alias_of__isnull=True, translation_key__in=keys)):
        live.setdefault(page.locale_id, {})[page.translation_key] = page
    german_items = [item for item in items if item.menu.locale.language_code == default]
    gaps = []
    for locale_id in dict.fromkeys(page.locale_id for page in sections):
        locale = next(page.locale for page in sections if page.locale_id == locale_id)
        own = [item for item in items if item.menu.locale_id == locale_id]
        if locale.language_code == default:
            reached = {item.link_page_id for item in own if _shown(item)}
        else:
            links = _main(locale, german_items, own, live.get(locale_id, {}))
            reached = {link.link_page.pk for link in links if link.link_page is not None}
        gaps.extend(
            (locale, page)
            for page in sections
            if page.locale_id == locale_id and page.pk not in reached
        )
    return gaps
