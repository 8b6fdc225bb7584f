"""What every process of a site shares (issue 17, item 2): CACHE_URL picks Django's Redis
cache, without it each process has its own local memory and `check --deploy` says so; with
Redis, form posts from two processes count against one allowance; failed logins count in the
database, so a lockout holds in every process."""

import json
import os
import subprocess
import sys
from urllib.parse import quote

from django.conf import settings
from django.db import connection

import pytest
import redis

from home.factories import FormFieldFactory, FormPageFactory
from tests.security.test_production_settings import production_value, random_key, run

BASE_DIR = settings.BASE_DIR
# A Redis database no other test and no site on this machine uses; flushed before and after.
REDIS_URL = "redis://127.0.0.1:6379/9"

POSTS = """
import json, sys
import django
django.setup()
from django.test import Client
from django.test.utils import setup_test_environment
setup_test_environment()  # the test client's host allowed, e-mail kept in memory
url, data, times = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
client = Client()
print(json.dumps([client.post(url, data).status_code for _ in range(times)]))
"""


def test_cache_url_selects_the_redis_cache_with_its_prefix_and_version():
    caches = production_value(
        "settings.CACHES['default']",
        CACHE_URL="redis://127.0.0.1:6379/1",
        CACHE_KEY_PREFIX="polizei-beirat",
        CACHE_VERSION="3",
    )
    assert caches == repr(
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/1",
            "KEY_PREFIX": "polizei-beirat",
            "VERSION": 3,
        }
    )


def test_without_cache_url_each_process_keeps_its_own_memory():
    backend = production_value("settings.CACHES['default']['BACKEND']")
    assert backend == "django.core.cache.backends.locmem.LocMemCache"
    assert settings.CACHES["default"]["BACKEND"] == backend  # the tests, unless TEST_CACHE_URL


def test_a_cache_url_that_is_no_redis_refuses_to_start():
    result = run(
        ["manage.py", "check"],
        SECRET_KEY=random_key(),
        ALLOWED_HOSTS="example.org",
        CACHE_URL="memcached://127.0.0.1:11211",
    )
    assert result.returncode != 0
    assert "is no redis://" in result.stderr


def test_sessions_stay_in_the_database_unless_configured():
    assert production_value("settings.SESSION_ENGINE") == "django.contrib.sessions.backends.db"
    engine = "django.contrib.sessions.backends.cached_db"
    assert production_value("settings.SESSION_ENGINE", SESSION_ENGINE=engine) == engine


@pytest.mark.parametrize(
    ("env", "warnings"),
    [
        ({}, ["security.W101"]),
        ({"SESSION_ENGINE": "django.contrib.sessions.backends.cache"}, ["W101", "W102"]),
        (
            {
                "SESSION_ENGINE": "django.contrib.sessions.backends.cached_db",
                "CACHE_URL": "redis://127.0.0.1:6379/1",
            },
            [],
        ),
    ],
)
def test_check_deploy_warns_of_a_cache_of_one_process(tmp_path, env, warnings):
    result = run(
        ["manage.py", "check", "--deploy"],
        SECRET_KEY=random_key(),
        ALLOWED_HOSTS="polizei-beirat.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **env,
    )
    assert result.returncode == 0, result.stderr
    for warning in warnings:
        assert warning in result.stderr
    if warnings:
        assert "Set CACHE_URL to a" in result.stderr
    else:
        assert "security.W10" not in result.stderr


def database_url():
    """The test database this process uses, as a URL another process can open."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    credentials = quote(db["USER"] or "") + (f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def posts_from_another_process(url, data, times, **env):
    """Status codes of `times` POSTs by a test client in a new interpreter on this test
    database (the test settings; TEST_CACHE_URL picks its cache)."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "TEST_CACHE_URL"}
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings.test", DATABASE_URL=database_url(), **env
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, "-c", POSTS, url, json.dumps(data), str(times)],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def shared_redis():
    """An empty Redis database for this test only, or a skip where no Redis runs."""
    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.exceptions.ConnectionError as error:
        pytest.skip(f"no Redis at {REDIS_URL}: {error}")
    client.flushdb()
    yield REDIS_URL
    client.flushdb()
    client.close()


@pytest.fixture
def contact_form(home_page):
    page = FormPageFactory(parent=home_page, slug="kontakt", to_address="redaktion@example.org")
    FormFieldFactory(page=page, label="Nachricht", field_type="multiline")
    return page


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_processes_share_one_form_allowance_in_redis(shared_redis, contact_form):
    # A day's window, so the few seconds of the test never straddle a window's end.
    env = {"TEST_CACHE_URL": shared_redis, "FORM_RATE_LIMIT": "5/d"}
    data = {"nachricht": "Hallo"}

    first = posts_from_another_process(contact_form.url, data, 3, **env)
    second = posts_from_another_process(contact_form.url, data, 3, **env)
    first_again = posts_from_another_process(contact_form.url, data, 1, **env)

    # In a cache of their own, each process would have accepted all of its posts.
    assert (first, second, first_again) == ([200, 200, 200], [200, 200, 429], [429])


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_login_lockout_holds_in_every_process(admin_user):
    wrong = {"username": "admin", "password": "not-the-password"}
    first = posts_from_another_process("/admin/login/", wrong, 3)
    second = posts_from_another_process("/admin/login/", wrong, 3)
    assert first == [200, 200, 200]
    assert second[-1] == 429
    right = {"username": "admin", "password": "not-used-force-login"}
    assert posts_from_another_process("/admin/login/", right, 1) == [429]
