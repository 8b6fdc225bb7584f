"""Production settings (issue 10, item 4): `manage.py check --deploy` with a random 50-character
key reports nothing but the commented SILENCED_SYSTEM_CHECKS; HTTPS, HSTS and Secure cookies;
SECURE_PROXY_SSL_HEADER from the environment; no start without SECRET_KEY or ALLOWED_HOSTS."""

import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import pytest

BASE_DIR = Path(settings.BASE_DIR)
PRODUCTION = BASE_DIR / "config" / "settings" / "production.py"


def random_key():
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(50))


def run(args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DJANGO_SETTINGS_MODULE",
            "CACHE_URL",
            "SESSION_ENGINE",
        }
    }
    environment.update(DJANGO_SETTINGS_MODULE="config.settings.production", **env)
    return subprocess.run(  # noqa: S603 - our own interpreter and arguments
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def production_value(expression, **env):
    """Evaluate an expression on the production settings in a fresh interpreter."""
    code = f"import django; from django.conf import settings; django.setup(); print({expression})"
    result = run(["-c", code], SECRET_KEY=random_key(), ALLOWED_HOSTS="example.org", **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_check_deploy_reports_nothing_but_the_silenced_checks(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=random_key(),
        ALLOWED_HOSTS="polizei-beirat.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CACHE_URL="redis://127.0.0.1:6379/1",  # checked, not connected to
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (2 silenced)." in result.stdout


def test_every_silenced_check_says_why():
    lines = PRODUCTION.read_text().splitlines()
    start = lines.index("SILENCED_SYSTEM_CHECKS = [")
    end = lines.index("]", start)
    entries = [i for i in range(start + 1, end) if lines[i].strip().startswith('"')]
    assert entries
    for index in entries:
        assert lines[index - 1].strip().startswith("#"), f"no comment above {lines[index]}"


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {"SECRET_KEY": random_key(), "ALLOWED_HOSTS": "example.org"}
    del env[missing]
    result = run(["manage.py", "check"], **env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_https_hsts_and_secure_cookies():
    values = production_value(
        "settings.SECURE_SSL_REDIRECT, settings.SECURE_HSTS_SECONDS >= 31536000, "
        "settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, settings.SESSION_COOKIE_SECURE, "
        "settings.CSRF_COOKIE_SECURE, settings.SECURE_CONTENT_TYPE_NOSNIFF, "
        "settings.SECURE_REFERRER_POLICY, bool(settings.PERMISSIONS_POLICY), "
        "settings.ADMIN_2FA_REQUIRED, settings.DEBUG"
    )
    assert values == "True True True True True True same-origin True True False"


def test_the_proxy_ssl_header_comes_from_the_environment():
    assert production_value("settings.SECURE_PROXY_SSL_HEADER") == "None"
    value = production_value(
        "settings.SECURE_PROXY_SSL_HEADER", SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https"
    )
    assert value == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_passwords_need_twelve_characters():
    validators = {v["NAME"].rsplit(".", 1)[-1]: v for v in settings.AUTH_PASSWORD_VALIDATORS}
    assert validators["MinimumLengthValidator"]["OPTIONS"]["min_length"] >= 12
    assert "CommonPasswordValidator" in validators
