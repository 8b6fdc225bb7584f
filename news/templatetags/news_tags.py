"""News teasers for other pages (the home page composes them without importing news)."""

from django import template

from home.templatetags.home_tags import active_locale
from news.models import NewsIndexPage

register = template.Library()


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count=3, exclude=None):
    """The newest live news items of the active language."""
    index = NewsIndexPage.objects.live().filter(locale=active_locale(context)).first()
    items = []
    if index is not None:
        items = index.news()
        if exclude is not None:
            items = items.exclude(pk=exclude.pk)
        items = list(items[:count])
    return {"request": context.get("request"), "index": index, "items": items}
