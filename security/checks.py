"""Deployment checks (`manage.py check --deploy`) for what must be shared by every process of
a site. The form and draft-comment rate limits count in the cache, and so do cache-backed
sessions: in a per-process cache each gunicorn worker would count, or remember a logout, for
itself. The login throttling (django-axes) counts in the database and needs no check."""

from django.conf import settings
from django.core import checks

# Backends whose entries only the process that wrote them can see.
PER_PROCESS_CACHES = {
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
}
CACHE_SESSIONS = {
    "django.contrib.sessions.backends.cache",
    "django.contrib.sessions.backends.cached_db",
}


def _per_process(alias):
    return settings.CACHES.get(alias, {}).get("BACKEND") in PER_PROCESS_CACHES


@checks.register(checks.Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """Warn where a rate limit or the sessions live in a cache of one process."""
    warnings = []
    if _per_process(getattr(settings, "RATELIMIT_USE_CACHE", "default")):
        warnings.append(
            checks.Warning(
                "The form and draft-comment rate limits count in a local-memory cache: each "
                "process counts for itself, so a client gets the limit once per worker.",
                hint="Set CACHE_URL to a Redis shared by every process, e.g. "
                "redis://127.0.0.1:6379/1.",
                id="security.W101",
            )
        )
    if settings.SESSION_ENGINE in CACHE_SESSIONS and _per_process(settings.SESSION_CACHE_ALIAS):
        warnings.append(
            checks.Warning(
                f"SESSION_ENGINE {settings.SESSION_ENGINE} keeps sessions in a local-memory "
                "cache: a login or logout is seen by one process only.",
                hint="Set CACHE_URL to a shared Redis, or leave SESSION_ENGINE unset "
                "(database sessions).",
                id="security.W102",
            )
        )
    return warnings
