"""Prevention teasers for other pages (the home page composes them without importing)."""

from django import template

from home.templatetags.home_tags import active_locale
from prevention.models import PreventionIndexPage

register = template.Library()


@register.inclusion_tag("prevention/includes/topic_list.html", takes_context=True)
def prevention_topics(context):
    """The live prevention topics of the active language."""
    index = PreventionIndexPage.objects.live().filter(locale=active_locale(context)).first()
    topics = list(index.topics()) if index is not None else []
    return {"request": context.get("request"), "index": index, "topics": topics}
