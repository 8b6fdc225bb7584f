"""Cache-Control for a shared cache in front of the site (issue 17): what every anonymous
visitor gets alike may be kept by a proxy; nothing personal ever is.

A response is **public** when it answers a GET or HEAD without a session cookie, outside the
admin, the draft links and the probes, with a status a cache may keep (200, 301, 302, 304, 404,
410), sets no cookie, did not render a CSRF token (so form pages, whose token is per visitor,
are never cached: they stay private), and no view marked it private already (draft links,
media served to editors or reviewers, `never_cache`). It gets

    Cache-Control: public, max-age=<BROWSER_CACHE_SECONDS>, s-maxage=<PUBLIC_CACHE_SECONDS>

and loses `Vary: Cookie`: Django's session middleware adds it whenever anything read the
session (the user in a template tag, the messages), but for a request without a session cookie
the answer is the same for everyone, and the cache in front passes every request that carries a
session cookie to the application (site/varnish). Everything else gets `private, no-store`.

The shared lifetime is long because every change purges what it changed (home/purge.py). What
changes without an edit bounds it: a page of a language is kept no longer than until that
language's next alert ends (alerts are filtered at render time); no response longer than until
the next moment an app registered (`register_next_change`: events drop out of the upcoming
lists when they end, and say they have taken place), nor past the next local midnight (what
depends on the date: a past Interkulturelle Woche, the calendars). Scheduled go-live and
expiry of pages and snippets need no bound: `publish_scheduled` publishes and unpublishes them,
which purges."""

import datetime
import math

from django.conf import settings
from django.core.cache import cache
from django.db.models import Min
from django.utils import timezone
from django.utils.cache import patch_cache_control

from home.models import Alert

CACHEABLE_STATUS = {200, 301, 302, 304, 404, 410}
# Never shared, whatever they answer: the admin (previews included), draft links, probes.
PRIVATE_PREFIXES = ("/admin/", "/healthz", "/readyz")


def _private_prefixes():
    return (*PRIVATE_PREFIXES, settings.DRAFT_LINK_PATH)


def _marked_private(response):
    value = response.get("Cache-Control", "").lower()
    return any(word in value for word in ("private", "no-store", "no-cache"))


def is_public(request, response):
    """Whether `response` is the same for every anonymous visitor and may be shared."""
    return (
        request.method in ("GET", "HEAD")
        and response.status_code in CACHEABLE_STATUS
        and not request.path.startswith(_private_prefixes())
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not response.cookies
        # Set by django.middleware.csrf.get_token(): the response shows this visitor's token.
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not getattr(request, "_editorial_private_media", False)
        and not _marked_private(response)
    )


NEXT_CHANGE_KEY = "home.caching.next-change"
NEXT_CHANGE_SECONDS = 60  # re-read at least this often; forgotten on every publication
_next_change_sources = []


def register_next_change(source):
    """Register `source(now)`: the next moment (or None) at which an app's public output
    changes without an edit. Called from the apps' ready()."""
    if source not in _next_change_sources:
        _next_change_sources.append(source)


def forget_next_change(**kwargs):
    """A publication may bring a sooner change (a page_published/unpublished receiver)."""
    cache.delete(NEXT_CHANGE_KEY)


def connect():
    """Forget the soonest change on every publication (HomeConfig.ready)."""
    from wagtail.signals import page_published, page_unpublished

    page_published.connect(forget_next_change, dispatch_uid="home.caching.published")
    page_unpublished.connect(forget_next_change, dispatch_uid="home.caching.unpublished")


def next_change(now):
    """The soonest registered change after `now`, through the shared cache."""
    stamp = cache.get(NEXT_CHANGE_KEY)
    if stamp is None or (stamp and stamp <= now):
        found = [when for source in _next_change_sources if (when := source(now))]
        stamp = min((when for when in found if when > now), default="")
        cache.set(NEXT_CHANGE_KEY, stamp, NEXT_CHANGE_SECONDS)
    return stamp or None


def next_midnight(now):
    local = timezone.localtime(now)
    return timezone.make_aware(
        datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time())
    )


def seconds_until_next_change(request, now=None):
    """Seconds until what this response shows may change without an edit."""
    now = now or timezone.now()
    ends = [next_midnight(now), next_change(now), next_alert_end(request, now)]
    end = min(when for when in ends if when is not None)
    return max(0, math.ceil((end - now).total_seconds()))


def _frame_alerts(request):
    """The active alerts the site frame fetched for this request (home_tags.site_frame)."""
    frame = (getattr(request, "_home_tags_cache", None) or {}).get("frame")
    return None if frame is None else frame.get("alerts")


def next_alert_end(request, now):
    """When the next active alert of the request's language ends (None: none), from the
    alerts the frame shows or, where the frame was not rendered, one query."""
    alerts = _frame_alerts(request)
    if alerts is not None:
        ends = [alert.expire_at for alert in alerts if alert.expire_at and alert.expire_at > now]
        end = min(ends, default=None)
    else:
        language = getattr(request, "LANGUAGE_CODE", None)
        if not language or not request.path.startswith(f"/{language}/"):
            return None  # no alert outside the language prefixes (sitemap, robots, media)
        end = (
            Alert.objects.active(now=now)
            .filter(locale__language_code=language)
            .aggregate(end=Min("expire_at"))["end"]
        )
    return end


def _remove_vary(response, header):
    if not response.has_header("Vary"):
        return
    kept = [
        value.strip()
        for value in response["Vary"].split(",")
        if value.strip() and value.strip().lower() != header.lower()
    ]
    if kept:
        response["Vary"] = ", ".join(kept)
    else:
        del response["Vary"]


class CacheHeadersMiddleware:
    """Public, bounded Cache-Control for anonymous responses, `private, no-store` for the
    rest (module docstring). Sits above the session middleware, so it sees the `Vary: Cookie`
    that one adds, and below ConditionalGetMiddleware, which then gives public pages an ETag
    and answers If-None-Match with 304."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not is_public(request, response):
            if not _marked_private(response):
                response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
            return response
        shared = settings.PUBLIC_CACHE_SECONDS
        browser = settings.BROWSER_CACHE_SECONDS
        bound = seconds_until_next_change(request)
        shared, browser = min(shared, bound), min(browser, bound)
        _remove_vary(response, "Cookie")
        patch_cache_control(response, public=True, max_age=browser, s_maxage=shared)
        return response
