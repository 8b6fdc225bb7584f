"""One URL per public page type of the German site, found in the database the benchmark
seeded (demo content plus seed_bench), and a profile of each: SQL queries and time of a warm
request through Django's test client. `python -m tests.bench.pages` prints the profile."""

import os
import re
import time

PAGE_TYPES = (
    "home",
    "news_index",
    "news_page",
    "event_index",
    "event_page",
    "topic_page",
    "material_library",
    "search",
    "not_found",
    "rss",
    "calendar",
    "sitemap",
)


def page_urls():
    """{page type: path} of the German site (Django must be set up)."""
    from django.conf import settings

    from events.models import EventIndexPage, EventPage
    from news.models import NewsIndexPage, NewsPage
    from prevention.models import PreventionIndexPage, PreventionTopicPage

    german = {"locale__language_code": settings.LANGUAGE_CODE}

    def first(model, order="-pk", **filters):
        page = model.objects.live().filter(**german, **filters).order_by(order).first()
        return page.url if page is not None else None

    return {
        "home": "/de/",
        "news_index": first(NewsIndexPage),
        # the newest item: the one a burst after a press release goes to
        "news_page": first(NewsPage, "-date"),
        "event_index": first(EventIndexPage),
        "event_page": first(EventPage, "start"),
        "topic_page": first(PreventionTopicPage, "pk"),
        "material_library": first(PreventionIndexPage),
        "search": "/de/suche/?q=Polizei",
        "not_found": "/de/gibt-es-nicht/",
        "rss": "/de/feeds/nachrichten.rss",
        "calendar": "/de/feeds/veranstaltungen.ics",
        "sitemap": "/sitemap-pages.xml",
    }


def profile(urls, repeat=5):
    """{page type: (status, queries of a warm request, median ms, ms in SQL of the warm
    request)} through the test client."""
    from django.db import connection
    from django.test import Client

    client = Client()
    result = {}
    for name, url in urls.items():
        if url is None:
            continue
        client.get(url)  # the first request fills caches and creates renditions
        queries = []

        def count(execute, sql, params, many, context, queries=queries):
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                queries.append((sql, (time.perf_counter() - started) * 1000))

        with connection.execute_wrapper(count):
            response = client.get(url)
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        sql_ms = sum(ms for _sql, ms in queries)
        median = sorted(times)[len(times) // 2]
        result[name] = (response.status_code, len(queries), median, sql_ms)
        if os.environ.get("BENCH_SHOW_SQL"):
            print(f"--- {name}")
            for sql, ms in queries:
                print(
                    f"{ms:7.1f} ms", re.sub(r"SELECT .*? FROM", "SELECT … FROM", sql, count=1)[:300]
                )
    return result


if __name__ == "__main__":
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    django.setup()
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    import sys

    urls = page_urls()
    if sys.argv[1:]:
        urls = {name: url for name, url in urls.items() if name in sys.argv[1:]}
    for name, (status, queries, ms, sql_ms) in profile(urls).items():
        print(
            f"{name:18} {status} {queries:3d} queries {sql_ms:6.1f} ms SQL {ms:7.1f} ms",
            urls[name],
        )
