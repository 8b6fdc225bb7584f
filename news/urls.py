"""The news feeds of the active language (included under the language prefix)."""

from django.urls import path

from home.locales import require_language_on

from .feeds import NewsAtomFeed, NewsRssFeed

urlpatterns = [
    path("nachrichten.rss", require_language_on(NewsRssFeed()), name="news_rss"),
    path("nachrichten.atom", require_language_on(NewsAtomFeed()), name="news_atom"),
]
