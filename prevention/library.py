"""The material library of one language, shared by the prevention index page and the
language-independent library route (/<lang>/materialien/), which every live language has even
where its prevention section is not translated yet: a Persian reader finds the Persian flyers
from the Persian home in two steps (home, library, file)."""

from django.core.paginator import Paginator
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from home.languages import LANGUAGE_NAMES, MATERIAL_LANGUAGES
from home.locales import active_home
from partners.relations import in_language

from .facts import with_source_files
from .models import (
    PreventionIndexPage,
    PreventionTopicPage,
    TargetGroup,
    clean_filters,
    library_materials,
)

PER_PAGE = 20


def library_context(request, locale_id, topics):
    """Filters, choices and the current page of materials for a library of `locale_id`'s
    language. `topics` are the topics offered as a filter (those of the language's index, or
    German ones where it has none); a topic matches in every language version."""
    keys = {topic.pk: topic.translation_key for topic in topics}
    filters = clean_filters(request.GET, list(keys))
    language = get_language()
    materials = library_materials(
        locale_id,
        filters,
        topic_keys=keys,
        first_language=language if language in LANGUAGE_NAMES else None,
    )
    page = Paginator(materials, PER_PAGE).get_page(request.GET.get("page"))
    page.object_list = with_source_files(page.object_list)
    return {
        "topics": topics,
        "topic_choices": [
            (str(topic.pk), topic.title, "" if topic.locale_id == locale_id else "de")
            for topic in topics
        ],
        "filters": filters,
        "materials": page,
        "target_groups": TargetGroup.choices,
        "languages": MATERIAL_LANGUAGES,
    }


def language_index(locale_id):
    """The live prevention index of the language, or None where it has none."""
    return PreventionIndexPage.objects.live().public().filter(locale_id=locale_id).first()


def library(request):
    """The material library of the active language. Where the language has a live prevention
    section, its index page is the library (one address per language: redirect there with the
    filters); elsewhere this view lists every live material, in German where untranslated, with
    the German topics as filter. It is a view of its own: no German page is served under a
    foreign prefix (home.wagtail_hooks, routing guard)."""
    home = active_home(request)
    if home is None:
        raise Http404
    index = language_index(home.locale_id)
    if index is not None:
        query = request.GET.urlencode()
        return HttpResponseRedirect(
            f"{index.get_url(request)}{'?' + query if query else ''}#material"
        )
    topics = list(
        in_language(PreventionTopicPage.objects.public(), home.locale_id).order_by("title")
    )
    context = library_context(request, home.locale_id, topics)
    context["home"] = home
    return TemplateResponse(request, "prevention/material_library.html", context)
