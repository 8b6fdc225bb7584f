"""Prevention teasers for other pages (the home page composes them without importing)."""

from django import template
from django.urls import reverse
from django.utils.translation import get_language

from home.languages import LANGUAGE_NAMES
from home.sections import section_index
from partners.relations import in_language
from prevention.facts import has_file_in
from prevention.models import PreventionIndexPage, PreventionMaterial

register = template.Library()


@register.inclusion_tag("prevention/includes/topic_list.html", takes_context=True)
def prevention_topics(context):
    """The live prevention topics of the active language, or the German ones (marked as
    German) while the language has no prevention section, and a link to the material library
    of the active language (every language has one, prevention/library.py) filtered to the
    materials with a file in the visitor's language, so each of them is two steps away."""
    index, in_german = section_index(context, PreventionIndexPage)
    topics = list(index.topics()) if index is not None else []
    language = get_language()
    own_files = 0
    locale = context.get("page").locale_id if context.get("page") is not None else None
    if language in LANGUAGE_NAMES and locale is not None:
        own_files = (
            in_language(PreventionMaterial.objects.all(), locale)
            .filter(has_file_in(language))
            .count()
        )
    if index is not None and not in_german:
        library_url = index.get_url(context.get("request"))
    else:
        library_url = reverse("material_library")
    return {
        "request": context.get("request"),
        "index": index,
        "topics": topics,
        "in_german": in_german,
        "library_url": library_url,
        "own_files": own_files,
        "language_name": LANGUAGE_NAMES.get(language, ""),
        "language": language,
    }
