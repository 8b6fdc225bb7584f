"""The public search view: live pages and prevention materials of the active language."""

import unicodedata

from django.core.paginator import Paginator
from django.db.models import Prefetch, prefetch_related_objects
from django.template.response import TemplateResponse

from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from prevention.facts import with_source_files
from prevention.models import PreventionMaterial, PreventionMaterialFile

MAX_QUERY_LENGTH = 200
MAX_MATERIALS = 10


def clean_query(raw):
    """The search words without control characters and double quotes (SQLite's full-text
    syntax would reject an unbalanced quote), whitespace collapsed, length capped."""
    text = "".join(
        " " if char == '"' or unicodedata.category(char).startswith("C") else char for char in raw
    )
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(request):
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    locale = Locale.get_active()
    pages = Page.objects.none()
    materials = []
    if query:
        pages = Page.objects.live().public().filter(locale=locale).specific().search(query)
        materials = list(
            get_search_backend().search(
                query, PreventionMaterial.objects.filter(locale=locale, live=True)
            )[:MAX_MATERIALS]
        )
        prefetch_related_objects(
            materials,
            Prefetch(
                "files",
                queryset=PreventionMaterialFile.objects.select_related("document").order_by(
                    "sort_order"
                ),
            ),
        )
        materials = with_source_files(materials)  # the files of the German sources
    results = Paginator(pages, 10).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "search/search.html",
        {"query": query, "searched": bool(raw.strip()), "results": results, "materials": materials},
    )
