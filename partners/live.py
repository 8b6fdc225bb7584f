"""Which related objects the public may see: only approved (live) ones.

Wagtail writes a non-live snippet's or page's draft straight onto its database row, while a
live object's row keeps its live content (drafts go only into revisions). So a live page that
follows a relation to a draft or withdrawn venue, partner or page would show unapproved text.
Every public render (pages, listings, feeds, calendars, JSON-LD, search) resolves a related
object through `public()` or filters querysets with `live_only()`; tests/test_live_relations.py
enumerates the relations from the models and fails for one without such a scenario.

Images and documents have no live state; their rule is the media design (issue 14, item 2).
It lives in `partners`, the lowest content app, so every app above may use it."""

from django.db.models import Q
from django.utils import timezone

from wagtail.models import DraftStateMixin, Page


def is_public(target, now=None):
    """Whether the public may see `target`: live, and for a page also not expired. Objects
    without a live state (images, documents, tags) are governed elsewhere and count as shown."""
    if target is None:
        return False
    if isinstance(target, Page | DraftStateMixin):
        if not target.live:
            return False
        expire_at = getattr(target, "expire_at", None)
        return expire_at is None or expire_at > (now or timezone.now())
    return True


def public(target):
    """`target` if the public may see it, else None (a template or layout then falls back)."""
    return target if is_public(target) else None


def live_q(prefix=""):
    """A filter for rows the public may see, optionally across a relation (`prefix="venue__"`)."""
    now = timezone.now()
    return Q(**{f"{prefix}live": True}) & (
        Q(**{f"{prefix}expire_at__isnull": True}) | Q(**{f"{prefix}expire_at__gt": now})
    )


def live_only(queryset, prefix=""):
    """The queryset restricted to objects the public may see (see `is_public`)."""
    return queryset.filter(live_q(prefix))
