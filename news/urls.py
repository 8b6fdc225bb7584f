"""The news feeds of the active language (included under the language prefix)."""

from django.urls import path

from home.conditional import unless_changed
from home.locales import require_language_on
from partners.models import Partner

from .feeds import NewsAtomFeed, NewsRssFeed
from .models import NewsIndexPage, NewsPage

# A feed shows the items, the index's title and intro and the partners as authors.
unchanged = unless_changed(NewsPage, NewsIndexPage, Partner)

urlpatterns = [
    path("nachrichten.rss", require_language_on(unchanged(NewsRssFeed())), name="news_rss"),
    path("nachrichten.atom", require_language_on(unchanged(NewsAtomFeed())), name="news_atom"),
]
