"""Canaries of the cache headers and the purge (places 23 and 24 of tests/canaries/__init__.py)."""

import inspect

from django.contrib.sessions import middleware as session_middleware

from wagtail.contrib.frontend_cache import tasks as frontend_cache_tasks
from wagtail.contrib.frontend_cache.backends import HTTPBackend

from . import on_upgrade

# -- 23. Wagtail's HTTP purge backend and the purge task --------------------------------------


def test_the_http_backend_and_the_purge_task_are_as_recorded():
    recheck = "home/purge.py VarnishBackend (_send) and WAGTAILFRONTENDCACHE_LANGUAGES = []"
    backend = HTTPBackend({"LOCATION": "http://127.0.0.1:6081"})
    assert (backend.cache_scheme, backend.cache_netloc) == ("http", "127.0.0.1:6081"), on_upgrade(
        "the attributes of wagtail.contrib.frontend_cache HTTPBackend", recheck
    )
    source = inspect.getsource(frontend_cache_tasks.purge_urls_from_cache_task.func)
    assert '"WAGTAILFRONTENDCACHE_LANGUAGES"' in source, on_upgrade(
        "how the purge task repeats each URL per language", recheck
    )
    assert "if settings.USE_I18N and languages:" in source, on_upgrade(
        "an empty WAGTAILFRONTENDCACHE_LANGUAGES switching the repetition off", recheck
    )
    assert "backend.purge_batch(urls)" in source, on_upgrade(
        "the purge task sending each host's URLs as one batch", recheck
    )


# -- 24. The session middleware's Vary: Cookie ------------------------------------------------


def test_the_session_middleware_adds_vary_cookie_as_recorded():
    recheck = "home/caching.py CacheHeadersMiddleware (above SessionMiddleware, drops the header)"
    source = inspect.getsource(session_middleware.SessionMiddleware.process_response)
    assert "accessed = request.session.accessed" in source, on_upgrade(
        "when django's SessionMiddleware marks a response", recheck
    )
    assert 'patch_vary_headers(response, ("Cookie",))' in source, on_upgrade(
        "how django's SessionMiddleware adds Vary: Cookie", recheck
    )
