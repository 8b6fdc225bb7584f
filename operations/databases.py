"""The database part of a backup, per engine: SQLite through its online backup API (a
consistent copy while the site keeps running), PostgreSQL through pg_dump's custom format.
The password reaches pg_dump and pg_restore only through PGPASSWORD, never the command line,
where every user of the host could read it."""

import os
import shutil
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder

from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

ENGINES = {
    "django.db.backends.sqlite3": "sqlite",
    "django.db.backends.postgresql": "postgresql",
}
FILE_NAMES = {"sqlite": "database.sqlite3", "postgresql": "database.pgdump"}


class BackupError(Exception):
    """A backup cannot be made or restored; the message says why and what to do."""


def engine():
    """The engine of the default database, as a manifest names it."""
    name = ENGINES.get(connection.settings_dict["ENGINE"])
    if name is None:
        raise BackupError(f"Backups support SQLite and PostgreSQL, not {connection.vendor}.")
    return name


def migration_state():
    """The latest applied migration of each app, as recorded in the database."""
    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return {}
    latest = {}
    for app, name in recorder.migration_qs.values_list("app", "name"):
        # By number: a squashed migration is recorded after the ones it replaces.
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


def unknown_migrations(state):
    """The migrations of `state` that this code does not have (a backup of newer code)."""
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    return [f"{app}.{name}" for app, name in state.items() if (app, name) not in known]


def existing_content():
    """What the database holds beyond what Wagtail's migrations create (the root page and
    the welcome page), as {"pages": 12, ...}; empty for a new install."""
    tables = set(connection.introspection.table_names())
    if Page._meta.db_table not in tables:
        return {}
    welcome = ContentType.objects.get_for_model(Page, for_concrete_model=False)
    querysets = {
        "pages": Page.objects.exclude(depth=1).exclude(depth=2, content_type=welcome),
        "revisions": Revision.objects.all(),
        "users": get_user_model().objects.all(),
        "images": get_image_model().objects.all(),
        "documents": get_document_model().objects.all(),
        "form submissions": FormSubmission.objects.all(),
    }
    counts = {name: queryset.count() for name, queryset in querysets.items()}
    return {name: count for name, count in counts.items() if count}


def _pg_env():
    """libpq's environment for the default database (password included, never argv)."""
    settings = connection.settings_dict
    options = settings.get("OPTIONS", {})
    env = {
        "PGHOST": settings.get("HOST") or "",
        "PGPORT": str(settings.get("PORT") or ""),
        "PGUSER": settings.get("USER") or "",
        "PGPASSWORD": str(settings.get("PASSWORD") or ""),
        "PGDATABASE": settings["NAME"],
        "PGSSLMODE": options.get("sslmode", ""),
        "PGSSLROOTCERT": options.get("sslrootcert", ""),
        "PGSSLCERT": options.get("sslcert", ""),
        "PGSSLKEY": options.get("sslkey", ""),
    }
    return {**os.environ, **{key: value for key, value in env.items() if value}}


def _run(command):
    program = shutil.which(command[0])
    if program is None:
        raise BackupError(f"{command[0]} is not installed (Debian: apt install postgresql-client).")
    result = subprocess.run(  # noqa: S603 (fixed program, our own arguments)
        [program, *command[1:]], env=_pg_env(), capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def dump(target: Path):
    """Write a consistent copy of the default database to `target`."""
    if engine() == "sqlite":
        with (
            closing(sqlite3.connect(connection.settings_dict["NAME"])) as source,
            closing(sqlite3.connect(target)) as copy,
        ):
            source.backup(copy)
            # A self-contained file: no -wal/-shm files appear next to it when it is read.
            copy.execute("PRAGMA journal_mode=DELETE")
    else:
        _run(["pg_dump", "--format=custom", "--no-password", f"--file={target}"])


def check_target(state):
    """Refuse a PostgreSQL target that other code migrated: pg_restore --clean replaces the
    backup's own tables only, so tables of newer migrations would stay behind."""
    if engine() == "postgresql":
        current = migration_state()
        if current and current != state:
            raise BackupError(
                "The target database was migrated to another state than the backup's. Restore "
                "into a new, empty database (or one migrated by the same code)."
            )


def load(source: Path):
    """Replace the default database's content with the copy in `source`."""
    connection.close()
    if engine() == "sqlite":
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as copy,
            closing(sqlite3.connect(connection.settings_dict["NAME"])) as target,
        ):
            copy.backup(target)
    else:
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                # The new server need not have the old server's roles.
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                "--no-password",
                f"--dbname={connection.settings_dict['NAME']}",
                str(source),
            ]
        )
