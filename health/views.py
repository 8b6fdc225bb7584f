"""The probes of a load balancer and the 503 page while the database is unreachable.

The probes answer at `/healthz` and `/readyz`, outside the language prefixes; they set no
cookie and are never cached. Their 503 is no error to log (health.logfilters)."""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views import defaults
from django.views.decorators.cache import never_cache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from . import checks

# What an outage of the database or the shared cache (Redis, CACHE_URL) raises.
OUTAGES = (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError)

# Seconds after which a client may try again while the database is unreachable.
RETRY_AFTER = 60


@never_cache
def healthz(request):
    """Liveness: the process answers. Touches neither the database nor the cache, so a
    database outage does not make the load balancer restart every web process."""
    return HttpResponse("ok\n", content_type="text/plain; charset=utf-8")


@never_cache
def readyz(request):
    """Readiness: the database answers, the cache keeps a value, and every migration is
    applied. 200 with the checks as JSON, or 503 naming the check that failed."""
    results = {"database": checks.database(), "cache": checks.cache_roundtrip()}
    # Without a database the migrations cannot be read; one failure is enough to report.
    results["migrations"] = checks.migrations_applied() if results["database"] else None
    ready = all(results.values())
    body = {
        "status": "ok" if ready else "unavailable",
        "checks": {
            name: "skipped" if passed is None else "ok" if passed else "failed"
            for name, passed in results.items()
        },
    }
    return JsonResponse(body, status=200 if ready else 503)


def server_error(request):
    """Django's handler500, which every uncaught exception of a view or a middleware
    reaches: a lost database or cache connection is a 503 with a static page in the
    visitor's language; anything else stays Django's 500 with templates/500.html."""
    if isinstance(sys.exc_info()[1], OUTAGES):
        return database_unavailable(request)
    return defaults.server_error(request)


def database_unavailable(request):
    """templates/503.html in the language of the URL prefix (German without one), rendered
    without the request: context processors could reach the database (user, site settings)."""
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        content = loader.get_template("503.html").render()
    response = HttpResponse(content, status=503)
    response.headers["Retry-After"] = str(RETRY_AFTER)
    add_never_cache_headers(response)
    return response
