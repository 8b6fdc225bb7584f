"""The sitemap of all languages (issue 6). Wagtail's own sitemap lists the default Site's root
page and its descendants only, i.e. the German pages; this one lists every live, public page
of every switched-on language (home.locales), never an alias, and gives each page the same
hreflang alternates and x-default as its <link rel="alternate"> tags (one helper for both)."""

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap_view
from wagtail.models import Page

from .locales import hreflang_alternates, live_homes


def served_pages(homes):
    """The live, non-alias pages each switched-on language serves: those of its language in
    its home's tree (the routing guard refuses the rest)."""
    in_a_tree = Q(pk__in=[])
    for home in homes.values():
        in_a_tree |= Q(path__startswith=home.path, locale_id=home.locale_id)
    return Page.objects.live().filter(in_a_tree, alias_of__isnull=True)


class LocalizedSitemap(Sitemap):
    """Every page a search engine may index, in every switched-on language."""

    def items(self):
        return served_pages(live_homes(self.request)).public().order_by("path")

    def _urls(self, page, protocol, domain):
        homes = live_homes(self.request)
        codes = {home.locale_id: code for code, home in homes.items()}
        pages = list(self.paginator.page(page).object_list)
        # All language versions of this sitemap page's pages, in one query.
        versions = {}
        for version in (
            served_pages(homes)
            .public()
            .filter(translation_key__in={item.translation_key for item in pages})
        ):
            versions.setdefault(version.translation_key, {})[codes[version.locale_id]] = version
        urls = []
        for item in pages:
            alternates = hreflang_alternates(versions.get(item.translation_key, {}), self.request)
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": item.last_published_at,
                    "alternates": [
                        {"lang_code": link["code"], "location": link["url"]} for link in alternates
                    ],
                }
            )
        lastmods = [url["lastmod"] for url in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def sitemap(request):
    """/sitemap.xml: every page of every switched-on language."""
    return wagtail_sitemap_view(request, sitemaps={"pages": LocalizedSitemap})
