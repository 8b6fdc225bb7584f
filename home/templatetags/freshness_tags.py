"""The out-of-date note of translations (home.freshness)."""

from django import template

from home.freshness import stale_source

register = template.Library()


@register.simple_tag(takes_context=True)
def german_original_if_stale(context):
    """The live German page when the page shown is a translation that may be out of date."""
    return stale_source(context.get("page"))
