"""Test settings: fast password hashing, local memory e-mail, plain static storage."""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES, cache_from_url

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "test-artifacts" / "media"
# Local memory, whatever CACHE_URL a shell exports: parallel test processes must not count
# each other's form posts. Tests that prove sharing name a Redis of their own here.
CACHES = cache_from_url(os.environ.get("TEST_CACHE_URL", ""))

# A named SQLite test database makes pytest's --reuse-db work between runs.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    _test_db = Path(
        os.environ.get("TEST_SQLITE_NAME", BASE_DIR / "test-artifacts" / "test.sqlite3")
    )
    _test_db.parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["TEST"] = {"NAME": str(_test_db)}
elif os.environ.get("TEST_DATABASE_NAME"):
    # A private test database on a shared PostgreSQL server (parallel worktrees, CI lanes).
    DATABASES["default"]["TEST"] = {"NAME": os.environ["TEST_DATABASE_NAME"]}
