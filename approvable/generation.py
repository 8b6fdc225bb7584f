"""The content generation: one number in the configured cache that changes whenever what the
public sees may have changed (a page published, unpublished, moved or deleted; an approved
snippet published, unpublished or deleted; a menu, the site settings, a view restriction, a
Locale or a Site saved). The frame every page shares (the ten language homes, menus, alerts,
partners, section indexes, view restrictions, site settings) is cached under keys that contain
the generation, so a change makes every old entry unreachable at once, in every process that
shares the cache (`CACHE_URL`; the local-memory default is per process, see README).

The signal receivers live in `home.apps` (connected once); this module has no model imports so
the lowest layers (partners) can cache through it too."""

import hashlib
import math
import time

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone

KEY = "content-generation"
# Entries of an old generation are unreachable garbage: let the cache drop them after a day
# even if nothing changes (a new generation never reuses a number, see current()).
LIFETIME = 24 * 60 * 60
_MISSING = object()


def current():
    """The generation now. A missing key (a new or flushed cache, an evicted entry) starts at
    the current time in nanoseconds, so a restarted count never meets an old entry's number."""
    value = cache.get(KEY)
    if value is None:
        value = time.time_ns()
        if not cache.add(KEY, value, timeout=None):
            value = cache.get(KEY) or value
    return value


def bump():
    """Make every cached frame entry unreachable (all languages, all processes on the cache)."""
    try:
        cache.incr(KEY)
    except ValueError:  # not there: any new start differs from every number used before
        cache.set(KEY, time.time_ns(), timeout=None)


def bump_now_and_after_commit(**kwargs):
    """A signal receiver: bump at once, and again when the transaction commits, so that a
    request that rebuilt the frame between the change and the commit (and read the old rows)
    does not keep its copy."""
    bump()
    transaction.on_commit(bump)


def cached(name, parts, build, expires=None):
    """`build()` once per generation, `name` and `parts` (e.g. the language code). `expires`
    maps the value to the earliest datetime it stops being true (an alert's end), or None;
    the entry lives no longer than that."""
    digest = hashlib.sha256(repr(tuple(parts)).encode()).hexdigest()[:24]
    key = f"frame:{name}:{current()}:{digest}"
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        timeout = LIFETIME
        until = expires(value) if expires is not None else None
        if until is not None:
            seconds = (until - timezone.now()).total_seconds()
            if seconds <= 0:
                return value  # already due: do not store
            timeout = min(timeout, max(1, math.floor(seconds)))
        cache.set(key, value, timeout=timeout)
    return value


def earliest(datetimes):
    """The earliest of some optional datetimes (for `expires`), or None."""
    return min((value for value in datetimes if value is not None), default=None)
