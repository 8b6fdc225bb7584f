"""The news of one language as RSS 2.0 and Atom (Django's syndication framework), for
journalists and feed readers. A feed lists only its language's live, public items that are
not aliases; guids come from home.metadata.stable_uuid, so they survive title and URL changes."""

import dataclasses

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from home.attribution import author_names
from home.locales import active_home
from home.metadata import absolute_url, stable_uuid
from partners.facts import partners_for

from .models import NewsIndexPage, listed_in

# How many of the newest items a feed carries.
FEED_ITEMS = 30


@dataclasses.dataclass
class FeedSource:
    """One request's feed: the language's news index, its items and its partners
    (partners.facts.PartnerSet)."""

    request: object
    index: NewsIndexPage
    language: str
    partners: list


class NewsRssFeed(Feed):
    """RSS 2.0 of the active language's news, at /<lang>/feeds/nachrichten.rss."""

    feed_type = Rss201rev2Feed
    url_name = "news_rss"

    def get_object(self, request, *args, **kwargs):
        home = active_home(request)
        index = (
            NewsIndexPage.objects.child_of(home).live().public().filter(alias_of__isnull=True)
            if home is not None
            else NewsIndexPage.objects.none()
        ).first()
        if index is None:
            raise Http404
        # The partners as the feed's language shows them, else in German (partners.facts).
        return FeedSource(request, index, get_language(), partners_for(get_language(), request))

    def title(self, obj):
        return f"{obj.index.title} – {_('Police and Migration Council Bad Kreuznach')}"

    def description(self, obj):
        return obj.index.intro or _(
            "News, press releases and joint statements of the police and the migration "
            "council in Bad Kreuznach."
        )

    def link(self, obj):
        return obj.index.get_full_url(obj.request)

    def feed_url(self, obj):
        return absolute_url(obj.request, reverse(self.url_name))

    def author_name(self, obj):
        return _("Police and Migration Council Bad Kreuznach")

    def items(self, obj):
        items = list(
            listed_in(obj.index, aliases=False)
            .select_related("issuer")
            .defer_streamfields()[:FEED_ITEMS]
        )
        for item in items:
            # Item methods get only the item: give it what they need from the request.
            item.feed_link = item.get_full_url(obj.request)
            item.feed_guid = f"urn:uuid:{stable_uuid(item, obj.language, 'news')}"
            item.feed_authors = item.authors(obj.partners)
        return items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.meta_description()

    def item_link(self, item):
        return item.feed_link

    def item_guid(self, item):
        return item.feed_guid

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.published_at()

    def item_updateddate(self, item):
        return item.updated_at()

    def item_author_name(self, item):
        return author_names(item.feed_authors) or None

    def item_categories(self, item):
        return [str(item.get_category_display())]


class NewsAtomFeed(NewsRssFeed):
    """Atom 1.0 of the same items, at /<lang>/feeds/nachrichten.atom."""

    feed_type = Atom1Feed
    url_name = "news_atom"

    def subtitle(self, obj):
        return self.description(obj)
