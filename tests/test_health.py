"""The load balancer's probes and the 503 page while the database is unreachable.

The database is made unreachable for real: the connection is closed and pointed at a database
that cannot be opened, so the ORM fails as it would in an outage."""

import json
import logging

from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client, override_settings

import pytest

from tests.security.test_production_settings import random_key, run

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


@pytest.fixture
def database_down(django_db_blocker):
    """The default database unreachable for one test: a file in a missing folder on SQLite,
    a database that does not exist on PostgreSQL. The test must not hold the database open
    (no django_db mark), so no transaction is left behind."""
    with django_db_blocker.unblock():
        assert not connection.in_atomic_block
        connection.close()
        name = connection.settings_dict["NAME"]
        connection.settings_dict["NAME"] = (
            "/nonexistent-folder/health.sqlite3"
            if connection.vendor == "sqlite"
            else "health_no_such_database"
        )
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict["NAME"] = name


@pytest.fixture
def visitor():
    # An uncaught exception reaches Django's handler500 as in production, not the test.
    return Client(raise_request_exception=False)


def assert_probe_headers(response):
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "Set-Cookie" not in response


def test_healthz_answers_without_a_database(client):
    # No db mark: any database access would fail this request.
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert_probe_headers(response)


@pytest.mark.django_db
def test_readyz_reports_every_check_ok(client):
    response = client.get("/readyz")

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok", "migrations": "ok"},
    }
    assert_probe_headers(response)


@pytest.mark.django_db
def test_readyz_fails_while_a_migration_is_unapplied(client):
    last = MigrationRecorder.Migration.objects.filter(app="home").latest("id")
    MigrationRecorder(connection).record_unapplied(last.app, last.name)

    response = client.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["migrations"] == "failed"


@pytest.mark.django_db
@override_settings(CACHES=UNREACHABLE_REDIS)
def test_readyz_fails_while_the_cache_is_unreachable(client):
    response = client.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content)["checks"] == {
        "database": "ok",
        "cache": "failed",
        "migrations": "ok",
    }


def test_readyz_fails_without_an_error_log_while_the_database_is_down(
    database_down, visitor, caplog
):
    with caplog.at_level(logging.INFO, logger="django.request"):
        response = visitor.get("/readyz")

    assert response.status_code == 503
    assert json.loads(response.content) == {
        "status": "unavailable",
        "checks": {"database": "failed", "cache": "ok", "migrations": "skipped"},
    }
    assert_probe_headers(response)
    assert not [r for r in caplog.records if r.name == "django.request"]


@pytest.mark.django_db
@override_settings(ADMIN_2FA_REQUIRED=True)
def test_probes_need_no_second_factor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("admin", "a@example.org", "x"))

    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200


def test_probes_are_not_redirected_to_https_in_production():
    # A load balancer probes the web process over plain HTTP.
    code = (
        "import django; django.setup(); from django.test import Client; c = Client(); "
        "print(c.get('/healthz').status_code, c.get('/de/').status_code)"
    )
    result = run(["-c", code], SECRET_KEY=random_key(), ALLOWED_HOSTS="testserver")

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["200", "301"]


@pytest.mark.django_db
def test_robots_txt_disallows_the_probes(client):
    lines = client.get("/robots.txt").content.decode().splitlines()

    assert "Disallow: /healthz" in lines
    assert "Disallow: /readyz" in lines


@pytest.mark.parametrize(
    ("path", "lang", "direction"),
    [
        ("/ar/", "ar", "rtl"),
        ("/de/neuigkeiten/", "de", "ltr"),
        ("/documents/1/plan.pdf", "de", "ltr"),
    ],
)
def test_a_page_answers_503_in_the_visitors_language_while_the_database_is_down(
    database_down, visitor, path, lang, direction, caplog
):
    response = visitor.get(path)

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert "no-store" in response["Cache-Control"]
    content = response.content.decode()
    assert f'<html lang="{lang}" dir="{direction}">' in content
    assert "110" in content
    # An outage is an error the operators must hear of, unlike a probe's answer.
    assert [r.levelname for r in caplog.records if r.name == "django.request"] == ["ERROR"]


@override_settings(ADMIN_2FA_REQUIRED=True)
def test_a_middleware_that_reaches_the_database_answers_503_too(database_down, visitor):
    # With a session cookie the second-factor middleware loads the user from the database.
    visitor.cookies["sessionid"] = "a" * 32

    response = visitor.get("/ar/")

    assert response.status_code == 503
    assert '<html lang="ar" dir="rtl">' in response.content.decode()


def test_a_page_answers_503_while_the_shared_cache_is_down(home_page, visitor):
    # Wagtail keeps the sites' root paths in the cache: every page needs it.
    with override_settings(CACHES=UNREACHABLE_REDIS):
        response = visitor.get("/de/")

    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    assert '<html lang="de" dir="ltr">' in response.content.decode()


def test_other_errors_stay_the_500_page(visitor):
    # No db mark: the blocked database raises RuntimeError, which is no outage.
    response = visitor.get("/de/")

    assert response.status_code == 500
    assert "Polizei 110" in response.content.decode()
