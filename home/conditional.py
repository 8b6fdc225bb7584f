"""Conditional GET for feeds and calendars (issue 17): feed readers and subscribed calendars
fetch the same URL every few hours; when nothing they list has changed they get `304 Not
Modified` instead of the whole document. What changed is read from Wagtail's log, which
records every publication, unpublication, withdrawal, move and deletion of a page or snippet,
so a removal counts as a change too (the items' own `last_published_at` would miss it)."""

import datetime
import functools

from django.contrib.contenttypes.models import ContentType
from django.db.models import Max
from django.utils import timezone
from django.views.decorators.http import condition

from wagtail.models import ModelLogEntry, Page, PageLogEntry


def latest_change(models):
    """When a page or snippet of one of `models` last changed (None: never), in at most two
    queries: the newest log entry of their content types."""
    content_types = ContentType.objects.get_for_models(*models)
    pages = [ct for model, ct in content_types.items() if issubclass(model, Page)]
    others = [ct for model, ct in content_types.items() if not issubclass(model, Page)]
    stamps = []
    for log, types in ((PageLogEntry, pages), (ModelLogEntry, others)):
        if types:
            stamps.append(
                log.objects.filter(content_type__in=types).aggregate(t=Max("timestamp"))["t"]
            )
    return max((stamp for stamp in stamps if stamp), default=None)


def unless_changed(*models, daily=False):
    """Answer `304 Not Modified` to If-Modified-Since / If-None-Match while no page or snippet
    of `models` has changed; `daily` for lists of upcoming things, which change when a day
    passes without any edit (an event in the past drops out)."""

    def last_modified(request, *args, **kwargs):
        if not hasattr(request, "latest_change"):
            stamp = latest_change(models)
            if daily:
                today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
                stamp = max(stamp or today, today)
            request.latest_change = stamp
        return request.latest_change

    def etag(request, *args, **kwargs):
        # Exact to the microsecond: HTTP dates have whole seconds only.
        stamp = last_modified(request)
        return stamp.astimezone(datetime.UTC).isoformat() if stamp else None

    def decorator(view):
        @functools.wraps(view)
        def ours_only(request, *args, **kwargs):
            # Django's feeds set Last-Modified to their newest item's date, which may lie before
            # the log entry compared here: a reader sending it back would never get a 304.
            response = view(request, *args, **kwargs)
            if response.has_header("Last-Modified"):
                del response.headers["Last-Modified"]
            return response

        return condition(etag_func=etag, last_modified_func=last_modified)(ours_only)

    return decorator
