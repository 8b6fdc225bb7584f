"""Honest freshness: a live translation whose German source was published after the source
snapshot it was built from says so, with a link to the German original.

wagtail-localize takes a snapshot of the German page when a translation is started and again
whenever it is synced (`TranslationSource.last_updated_at`); the translation's live revision
was built from the snapshot taken before that revision was created. So the translation's basis
is the earlier of the two: the snapshot time, or, when the snapshot was retaken after the live
revision (synced but not yet published), the live revision's creation. A German publication
after that basis is something the translation does not say yet. Publishing the synced
translation moves the basis past the German publication and the note goes away."""

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils.translation import get_language

from wagtail.models import Page, Revision
from wagtail_localize.models import TranslationSource


def basis(snapshot_at, built_at, fallback):
    """The time of the German version a translation was built from (see the module's text)."""
    times = [time for time in (snapshot_at, built_at) if time is not None]
    return min(times) if times else fallback


def stale_source(page):
    """The live German page of `page` when `page` is a translation that may be out of date,
    else None. One query (none for German pages and aliases, which are never out of date)."""
    if (
        not isinstance(page, Page)
        or get_language() == settings.LANGUAGE_CODE
        or getattr(page, "alias_of_id", None) is not None
        or not page.live
    ):
        return None
    snapshot = TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"), locale_id=OuterRef("locale_id")
    ).values("last_updated_at")[:1]
    built = Revision.objects.filter(pk=page.live_revision_id).values("created_at")[:1]
    source = (
        Page.objects.live()
        .filter(translation_key=page.translation_key, locale__language_code=settings.LANGUAGE_CODE)
        .exclude(pk=page.pk)
        .annotate(snapshot_at=Subquery(snapshot), built_at=Subquery(built))
        .first()
    )
    if source is None or source.last_published_at is None:
        return None
    since = basis(source.snapshot_at, source.built_at, page.last_published_at)
    if since is not None and source.last_published_at > since:
        return source
    return None
