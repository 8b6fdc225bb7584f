"""News teasers and feed links for other pages (the home page composes them without importing
news)."""

from django import template

from home.sections import section_index
from home.templatetags.home_tags import _cached, active_locale
from news.models import NewsIndexPage

register = template.Library()


def news_index(context):
    """The live news index of the active language, looked up once per request."""
    return _cached(
        context,
        "news_index",
        lambda: NewsIndexPage.objects.live().filter(locale=active_locale(context)).first(),
    )


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count=3, exclude=None):
    """The newest live news items of the active language, or of the German news (marked as
    German) while the language has no news section (home.sections)."""
    index, in_german = section_index(context, NewsIndexPage)
    items = []
    if index is not None:
        items = index.news()
        if exclude is not None:
            items = items.exclude(pk=exclude.pk)
        items = list(items[:count])
    return {
        "request": context.get("request"),
        "index": index,
        "items": items,
        "in_german": in_german,
    }


@register.inclusion_tag("news/includes/feed_links.html", takes_context=True)
def news_feed_links(context):
    """<link rel="alternate"> to the RSS and Atom feeds of the active language's news (on the
    home page), if it has a news index."""
    index = news_index(context)
    return {"show": index is not None, "title": index.title if index is not None else ""}
