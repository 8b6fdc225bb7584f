"""Facts from the German source. A translation of an event may lag behind its German page, but
it must never tell a visitor something the German page no longer says: the time, the status,
the place and the registration of every event are read from the live German version at request
time, in every language, while the prose (title, teaser, note on the status, body) stays
translated. One query fetches the sources of a whole listing by `translation_key`."""

from django.conf import settings
from django.db import models
from django.db.models import Count, Exists, F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import get_language

from wagtail.models import PageLogEntry

from approvable.generation import cached
from partners.live import is_public

# The facts of an event: shared by all languages, decided in German.
FACT_FIELDS = (
    "start",
    "end",
    "category",
    "status",
    "languages",
    "accessibility",
    "registration",
    "registration_email",
    "registration_url",
    "registration_deadline",
)
# The facts of a venue; its name and public transport directions are translated prose.
VENUE_FACT_FIELDS = ("street", "postcode", "city", "step_free", "accessible_toilet", "hearing_loop")


def publish_count():
    """How often each page of the query has been published (Wagtail logs every publication,
    whoever or whatever published it), as an annotation in the same query."""
    publications = (
        PageLogEntry.objects.filter(page_id=OuterRef("pk"), action="wagtail.publish")
        .order_by()
        .values("page_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(publications, output_field=IntegerField()), 0)


def _source_queryset():
    from .models import EventPage  # facts is imported by models

    return (
        EventPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("venue")
        .defer_streamfields()
        .annotate(publish_count=publish_count())
    )


def annotate_source_facts(events, own=False):
    """`fact_start`, `fact_end` and `fact_category`: the values of the live German source (an
    event's own when it has none), in the same query, so that listings filter and order by the
    facts they show: an event the German page moved to last year is not "upcoming" in Arabic.
    `own`: the events are German (a German listing), each its own source, so the facts are
    their own columns: no subquery per row, and the indexes on start and end serve."""
    from .models import EventPage

    if own:
        return events.annotate(
            fact_start=F("start"), fact_end=F("end"), fact_category=F("category")
        )

    source = EventPage.objects.live().filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    )

    def fact(name, field):
        return models.Case(
            models.When(Exists(source), then=Subquery(source.values(name)[:1])),
            default=F(name),
            output_field=field,
        )

    return events.annotate(
        fact_start=fact("start", models.DateTimeField()),
        fact_end=fact("end", models.DateTimeField()),
        fact_category=fact("category", models.CharField()),
    )


def is_german_locale(locale_id):
    """Whether `locale_id` is the German (source) locale; from the frame cache."""
    from wagtail.models import Locale

    german = cached(
        "locale-id",
        (settings.LANGUAGE_CODE,),
        lambda: (
            Locale.objects.filter(language_code=settings.LANGUAGE_CODE)
            .values_list("pk", flat=True)
            .first()
        ),
    )
    return locale_id == german


def source_facts(pages):
    """{translation_key: live German EventPage} for the given events that are translations, in
    one query (none when German is the active language: then every page is its own source)."""
    if get_language() == settings.LANGUAGE_CODE:
        return {}  # German pages are served in German and are their own sources
    keys = {page.translation_key for page in pages}
    if not keys:
        return {}
    sources = _source_queryset().filter(translation_key__in=keys)
    return {source.translation_key: source for source in sources}


def apply_facts(page, source):
    """Put the facts of `source` on `page` (in memory only, never saved) and keep the source as
    `page.facts`. A translation without a live German source keeps its own facts."""
    if source is None or source.pk == page.pk:
        page.facts = page
        return page
    page.facts = source
    for name in FACT_FIELDS:
        setattr(page, name, getattr(source, name))
    own_venue = page.venue if page.venue_id is not None else None
    if source.venue is None:
        page.venue = None
    elif (
        is_public(own_venue)
        and is_public(source.venue)
        and own_venue.translation_key == source.venue.translation_key
    ):
        # The same place: keep its translated name, take its address from the source.
        for name in VENUE_FACT_FIELDS:
            setattr(own_venue, name, getattr(source.venue, name))
    else:
        # Another place than the translation names, or one of them is not live: the German
        # one is right (and shows only if it is live, see EventPage.public_venue).
        page.venue = source.venue
    return page


def with_source_facts(pages):
    """The pages (a list, e.g. a page of a listing) with the facts of their German sources."""
    pages = list(pages)
    sources = source_facts(pages)
    for page in pages:
        apply_facts(page, sources.get(page.translation_key))
    return pages
