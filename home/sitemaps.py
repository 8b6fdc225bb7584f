"""The sitemap of all languages (issue 6). Wagtail's own sitemap lists the default Site's root
page and its descendants only, i.e. the German pages; this one lists every live, public page
of every switched-on language (home.locales), never an alias, and gives each page the same
hreflang alternates and x-default as its <link rel="alternate"> tags (one helper for both).
`/sitemap.xml` is a sitemap index of parts of at most 1,000 pages each (issue 17), so no
request renders the whole site."""

import dataclasses

from django.db.models import Max, Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import index as wagtail_index_view
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap_view
from wagtail.models import Page, Site

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

    limit = 1000  # pages per part of the sitemap index

    def items(self):
        return served_pages(live_homes(self.request)).public().order_by("path")

    def get_latest_lastmod(self):
        """The index's <lastmod> in one query (Django's default reads every page)."""
        return self.items().aggregate(latest=Max("last_published_at"))["latest"]

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


SITEMAPS = {"pages": LocalizedSitemap}


def sitemap_index(request):
    """/sitemap.xml: the index of the parts below, under the Wagtail Site's public address (the
    one the parts' page URLs use, `setup_site`), not the host the request happened to name."""
    response = wagtail_index_view(request, sitemaps=SITEMAPS, sitemap_url_name="sitemap_section")
    site = Site.find_for_request(request)
    if site is not None:
        host = f"{request.scheme}://{request.get_host()}"
        response.context_data["sitemaps"] = [
            dataclasses.replace(item, location=site.root_url + item.location.removeprefix(host))
            for item in response.context_data["sitemaps"]
        ]
    return response


def sitemap(request, section):
    """/sitemap-pages.xml?p=2: one part, 1,000 pages of every switched-on language."""
    return wagtail_sitemap_view(request, sitemaps=SITEMAPS, section=section)
