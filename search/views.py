"""The public search view: live pages and prevention materials of the active language, found
by prefix and inflected form in that language (search.backends), each result labelled with
its type and date; with no results, links to the sections of the language."""

import unicodedata

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.utils import formats
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from events.facts import with_source_facts as with_event_facts
from events.models import EventIndexPage, EventPage, InterculturalWeekPage
from news.models import NewsIndexPage, NewsPage
from prevention.facts import with_source_files
from prevention.models import (
    PreventionIndexPage,
    PreventionMaterial,
    PreventionTopicPage,
    files_prefetch,
)

from .backends import MAX_WORDS, SearchTimeout, all_words, search_time_limit

MAX_QUERY_LENGTH = 200
MAX_MATERIALS = 10
PER_PAGE = 10

# The type a visitor sees on a result; the date shown: the item's own, else its last update.
KINDS = {
    NewsPage: _("News item"),
    EventPage: _("Event"),
    InterculturalWeekPage: _("Event"),
    PreventionTopicPage: _("Prevention topic"),
}
OTHER_KIND = _("Page")
MATERIAL_KIND = _("Prevention material")
SECTIONS = (NewsIndexPage, EventIndexPage, PreventionIndexPage)


def clean_query(raw):
    """The search words without control characters and double quotes (SQLite's full-text
    syntax would reject an unbalanced quote), whitespace collapsed, length capped."""
    text = "".join(
        " " if char == '"' or unicodedata.category(char).startswith("C") else char for char in raw
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def label(result):
    """Put the type (`search_kind`) and the date to show (`search_date`, with
    `search_date_is_update` when it is the last publication, not the item's own date) on a
    result."""
    result.search_kind = KINDS.get(type(result), OTHER_KIND)
    own = {
        NewsPage: lambda: result.date,
        EventPage: lambda: result.start,
        InterculturalWeekPage: lambda: result.start_date,
    }.get(type(result))
    result.search_date = own() if own else result.last_published_at
    result.search_date_is_update = own is None
    return result


def sections(locale):
    """The news, events and prevention sections of the language (where one is missing: the
    German one, which the template marks lang="de"), for the empty state. One query."""
    german = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    candidates = Page.objects.live().public().type(*SECTIONS).filter(locale__in={locale, german})
    found = {}
    for page in candidates.specific().order_by("path"):
        kind = type(page)
        if kind not in found or (
            found[kind].locale_id != locale.pk and page.locale_id == locale.pk
        ):
            found[kind] = page
    return [found[kind] for kind in SECTIONS if kind in found]


def count_text(count, query):
    """ "3 results for “Betrug”." with the plural form of the language (Arabic has six, its
    dual and singular forms name no number) and the number in the language's format."""
    return ngettext(
        "%(count)s result for “%(query)s”.", "%(count)s results for “%(query)s”.", count
    ) % {"count": formats.number_format(count, force_grouping=True), "query": query}


def find(query, locale, page_number):
    """The page of page results and the materials for `query`; SearchTimeout when the
    database took longer than settings.SEARCH_TIMEOUT_MS."""
    backend = get_search_backend()
    pages = Page.objects.none()
    materials = []
    with search_time_limit():
        if query:
            pages = backend.search(
                query,
                Page.objects.live().public().filter(locale=locale).specific(),
                language=locale.language_code,
            )
            materials = list(
                backend.search(
                    query,
                    PreventionMaterial.objects.filter(locale=locale, live=True),
                    language=locale.language_code,
                )[:MAX_MATERIALS]
            )
        results = Paginator(pages, PER_PAGE).get_page(page_number)
        hits = list(results.object_list)
    return results, hits, materials


def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    locale = Locale.get_active()
    notes = []
    if len(all_words(query)) > MAX_WORDS:
        notes.append(
            gettext("Only the first %(count)s words were searched.") % {"count": MAX_WORDS}
        )
    try:
        results, hits, materials = find(query, locale, request.GET.get("page"))
    except SearchTimeout:
        results, hits, materials = Paginator([], PER_PAGE).get_page(1), [], []
        notes.append(gettext("The search took too long. Please try fewer or other words."))
        searched = False
    else:
        searched = bool(raw.strip())
    prefetch_related_objects(materials, files_prefetch())
    materials = with_source_files(materials)  # the files of the German sources
    for material in materials:
        material.search_kind = MATERIAL_KIND
    with_event_facts([hit for hit in hits if isinstance(hit, EventPage)])  # German dates
    hits = [label(hit) for hit in hits]
    count = results.paginator.count + len(materials)
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "query": query,
            "searched": searched,
            "notes": notes,
            "results": results,
            "hits": hits,
            "materials": materials,
            "count_text": count_text(count, query) if searched else "",
            "sections": sections(locale) if searched and not count else [],
        },
    )
