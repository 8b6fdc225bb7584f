"""Real-browser fixtures: Debian's Chromium, driven by Playwright's sync API, against the demo
content served by Django's LiveServerThread inside the pytest process.

Browser tests are marked `browser` and run in their own invocation (`make test` runs
`pytest -m browser --create-db tests/e2e`) on a test database of their own, because the demo
content must never reach the other tests' database. Not pytest-django's `live_server`: its
teardown flushes every table, including the root page, site and locale of Wagtail's migrations.
Tests have database access without a wrapping transaction (so the server sees their writes);
do not mark them `django_db`."""

import io
import os
import re
import shutil
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.db import DEFAULT_DB_ALIAS, connections
from django.test.testcases import LiveServerThread
from django.test.utils import override_settings, setup_databases, teardown_databases

import pytest
from playwright.sync_api import sync_playwright

from home.models import HomePage

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
# Playwright downloads no browser here; these flags keep Debian's Chromium from calling Google
# (the closed network refuses it) and let it run as root in a container.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-sync",
    "--metrics-recording-only",
    "--no-first-run",
    "--no-default-browser-check",
]
HOST = "127.0.0.1"
ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    """Keep browser tests out of a run that also selects other tests (e.g. a bare `pytest`):
    they would load the demo content into the database those tests expect empty."""
    browser = [item for item in items if item.get_closest_marker("browser")]
    if not browser or len(browser) == len(items):
        return
    items[:] = [item for item in items if not item.get_closest_marker("browser")]
    config.hook.pytest_deselected(items=browser)
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter:
        reporter.write_line(
            f"Deselected {len(browser)} browser test(s): they run on their own, "
            "`pytest -m browser --create-db tests/e2e` (make test does both runs).",
            yellow=True,
        )


def _browser_test_db_name(db):
    """The normal test database's name with "-browser" added: the browser run's own (and the
    worker's, "-browser-gw0", where pytest-xdist runs the browser tests in parallel)."""
    name = db.get("TEST", {}).get("NAME")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    suffix = f"-browser-{worker}" if worker else "-browser"
    if db["ENGINE"] == "django.db.backends.sqlite3":
        path = Path(name) if name else ARTIFACTS / "test.sqlite3"
        return str(path.with_name(f"{path.stem}{suffix}{path.suffix}"))
    return f"{name or 'test_' + db['NAME']}{suffix.replace('-', '_')}"


@pytest.fixture(scope="session")
def django_db_setup(
    request, django_test_environment, django_db_blocker, django_db_keepdb, django_db_createdb
):
    """The browser run's own test database, migrated (no demo content yet); gives its name.

    Replaces pytest-django's fixture, which sets up only the databases that tests marked
    `django_db` ask for (without one, the ORM would reach the configured database itself), and
    browser tests are not marked: the mark's transaction would hide their writes from the
    server thread. The name gets "-browser" (test-artifacts/test-browser.sqlite3), so the demo
    content never reaches the other tests' database, however pytest is invoked."""
    db = connections[DEFAULT_DB_ALIAS].settings_dict
    name = db.setdefault("TEST", {})["NAME"] = _browser_test_db_name(db)
    keepdb = django_db_keepdb and not django_db_createdb
    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=request.config.option.verbose,
            interactive=False,
            aliases={DEFAULT_DB_ALIAS},
            keepdb=keepdb,
        )
    yield name
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=request.config.option.verbose)


@pytest.fixture(scope="session")
def site_url(django_db_setup, django_db_blocker):
    """Base URL (no trailing slash) of the demo site, served with static and media files.

    The demo content is loaded once into the browser run's test database, its images into a
    media folder beside it. The database stays unblocked for the session, because the server
    thread serves requests while tests run."""
    name = connections[DEFAULT_DB_ALIAS].settings_dict["NAME"]
    if name != django_db_setup:
        pytest.fail(f"Refusing to load the demo content into {name!r}, not {django_db_setup!r}.")
    media = ARTIFACTS / f"{Path(name).stem}-media"
    with (
        override_settings(MEDIA_ROOT=media),
        django_db_blocker.unblock(),
    ):
        if not HomePage.objects.exists():  # a fresh database (a reused one keeps its media)
            shutil.rmtree(media, ignore_errors=True)
        media.mkdir(parents=True, exist_ok=True)
        call_command("load_demo_content", stdout=io.StringIO())
        server = LiveServerThread(HOST, StaticFilesHandler)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield f"http://{HOST}:{server.port}"
        finally:
            server.terminate()


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install Debian's package (`apt-get install chromium`), "
            "or skip the browser run with BROWSER_TESTS=0."
        )
    with pytest.MonkeyPatch.context() as env, sync_playwright() as playwright:
        # Playwright's sync API runs an event loop in this thread, beside which Django's ORM
        # refuses to run unless told to (https://docs.djangoproject.com/en/5.2/topics/async/).
        env.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(site_url, browser):
    """A fresh German browser tab (own cookies) at 1280 x 900 whose relative URLs go to the
    demo site. Requests to any other host are aborted and listed in `page.foreign_requests`:
    the site makes no third-party request of any kind."""
    context = browser.new_context(
        base_url=site_url,
        locale="de-DE",
        timezone_id="Europe/Berlin",
        viewport={"width": 1280, "height": 900},
    )
    foreign = []

    def block(route):
        foreign.append(route.request.url)
        route.abort()

    context.route(re.compile(rf"^(?!{re.escape(site_url)}/)(?!data:|blob:)"), block)
    tab = context.new_page()
    tab.foreign_requests = foreign
    yield tab
    context.close()
