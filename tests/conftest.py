"""Shared fixtures. Roles and pages are named so a test reads like the sentence it checks."""

import copy
import os
from pathlib import Path

from django.conf import settings
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail.test.utils import WagtailPageTestCase

import hypothesis
import pytest

from events.factories import EventIndexPageFactory
from home.factories import HomePageFactory
from news.factories import NewsIndexPageFactory
from partners.factories import PartnerFactory
from partners.models import PartnerKind
from prevention.factories import PreventionIndexPageFactory

# Property-based tests (tests/test_fuzz_parameters.py) draw the same examples on every run in
# CI; `HYPOTHESIS_PROFILE=deep` draws many more, at random, to look for new faults.
_FUZZ = {
    "deadline": None,  # a request's time depends on the machine, not on the drawn value
    "database": None,  # no .hypothesis/ folder in the checkout
    "print_blob": True,  # a failure prints the decorator that replays it
}
hypothesis.settings.register_profile("ci", derandomize=True, max_examples=40, **_FUZZ)
hypothesis.settings.register_profile("deep", max_examples=1000, **_FUZZ)
hypothesis.settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_configure(config):
    # The file-named SQLite test database (and MEDIA_ROOT) live in test-artifacts/, which a
    # fresh checkout does not have; SQLite cannot create the folder itself.
    test_name = settings.DATABASES["default"].get("TEST", {}).get("NAME")
    if test_name:
        Path(test_name).parent.mkdir(parents=True, exist_ok=True)
    Path(settings.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    # Whitenoise looks for collected static files, which tests never need.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(scope="session", autouse=True)
def _data_of_the_migrations_survive(django_db_setup, django_db_blocker):
    """A transactional test (concurrent approvals) flushes every table when it ends, the root
    page, site and locale that Wagtail's migrations created included; Django restores them
    only at the start of the next such test. Restore them at the end of the session too, so a
    reused test database (--reuse-db) starts the next run intact."""
    yield
    with django_db_blocker.unblock():
        restore_data_of_the_migrations()


@pytest.fixture(autouse=True)
def _each_test_starts_with_an_empty_cache():
    """The database rolls back after each test, the cache does not: a frame entry cached under
    the content generation of an earlier test (an alert, a menu) would still be valid for the
    next one, which never had that row. Each test starts with an empty cache, as a site starts
    after its cache restarted."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def restore_data_of_the_migrations():
    """Put back the rows Wagtail's migrations created if a transactional test flushed them."""
    from django.db import connection

    contents = getattr(connection, "_test_serialized_contents", None)
    if contents and not Page.objects.filter(depth=1).exists():
        connection.creation.deserialize_db_from_string(contents)


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a whole test module, like Django's `setUpTestData`: data that
    the module's tests share is built once by a module-scoped fixture that asks for this one,
    each test's own transaction nests in it (a savepoint, rolled back after the test), and
    everything is rolled back after the module. Give each test a copy (`each_test_gets`), so a
    test that changes an object in memory cannot change what the next one sees. Not for
    modules with transactional tests (they would flush the shared data)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


def each_test_gets(shared):
    """A test's own copy of module-shared objects (model instances included)."""
    return copy.deepcopy(shared)


def build_home_page():
    """A live German home page that the default Site serves (the `home_page` fixture)."""
    home = HomePageFactory(parent=Page.objects.get(depth=1), publish=True)
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    # Wagtail's migration created a welcome page; the demo content replaces it the same way.
    Page.objects.filter(depth=2).exclude(pk=home.pk).delete()
    return home


def build_homes(home_page):
    """A live home page in each of the ten languages (the `homes` fixture)."""
    return {
        "de": home_page,
        **{
            code: translate(home_page, code, title=f"Home {code}")
            for code, _name in settings.LANGUAGES
            if code != "de"
        },
    }


def build_partners():
    """A police and a council partner, live, in this order (the `partners` fixture)."""
    police = PartnerFactory(name="Polizeiinspektion Bad Kreuznach", sort_order=1, publish=True)
    council = PartnerFactory(
        name="Beirat für Migration und Integration",
        kind=PartnerKind.COUNCIL,
        sort_order=2,
        publish=True,
    )
    return police, council


@pytest.fixture
def root_page(db):
    return Page.objects.get(depth=1)


@pytest.fixture
def german(db):
    return Locale.objects.get(language_code="de")


@pytest.fixture
def english(db):
    """A second content locale (a row only: no home, so the language is not switched on)."""
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def arabic(db):
    return Locale.objects.get_or_create(language_code="ar")[0]


def translate(page, language_code, publish=True, **fields):
    """A copy of `page` in another language (its Locale is created if missing), with the given
    fields set, published by default: what a translator's approved translation amounts to."""
    locale = Locale.objects.get_or_create(language_code=language_code)[0]
    translation = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translation, name, value)
    revision = translation.save_revision()
    if publish:
        revision.publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def arabic_home(home_page, arabic):
    """The live Arabic translation of the home page: Arabic is switched on."""
    return translate(home_page, "ar", title="الصفحة الرئيسية", hero_heading="معًا")


@pytest.fixture
def homes(home_page):
    """A live home page in each of the ten languages, by language code: all are switched on."""
    return build_homes(home_page)


@pytest.fixture
def home_page(root_page):
    """A live German home page that the default Site serves."""
    return build_home_page()


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def event_index(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def prevention_index(home_page):
    return PreventionIndexPageFactory(parent=home_page)


@pytest.fixture
def admin_user(django_user_model):
    """A superuser: sees every page type and snippet in the admin."""
    return django_user_model.objects.create_superuser(
        username="admin", email="admin@example.org", password="not-used-force-login"
    )


@pytest.fixture
def admin_client(client, admin_user):
    """A test client logged in as the superuser (force_login: axes rejects plain logins)."""
    client.force_login(admin_user)
    return client


class _PageAssertions(WagtailPageTestCase):
    def runTest(self):  # pragma: no cover - never run, only its assertions are used
        pass


@pytest.fixture
def page_asserts(db, client):
    """Wagtail's page assertions (assertCanCreateAt, assertAllowedSubpageTypes,
    assertCanCreate ...) for pytest-style tests; assertCanCreate posts with `client`."""
    case = _PageAssertions()
    case.client = client
    return case


@pytest.fixture
def partners(db):
    """A police and a council partner, live, in this order."""
    return build_partners()
