"""Backup and restore: the demo content with an approval row and a form submission, backed up
and restored into a new install, is the same content, row for row and file for file; a
damaged or incomplete backup and a non-empty install are refused and nothing changes.

The round trip runs in subprocesses (`manage.py backup`, `manage.py restore`) against
installs of their own: the test database sits inside a transaction, which a backup would not
see. Each install starts as a copy of the migrated, empty test database, so nothing migrates
twice."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from contextlib import closing
from urllib.parse import quote

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection

from wagtail.models import Page

import psycopg
import pytest

from tests.conftest import restore_data_of_the_migrations
from tests.test_demo_fingerprint import differences

POSTGRES = connection.vendor == "postgresql"


def server():
    """An autocommit connection to the PostgreSQL server of the tests (for CREATE DATABASE)."""
    db = settings.DATABASES["default"]
    return psycopg.connect(
        host=db["HOST"],
        port=db["PORT"] or 5432,
        user=db["USER"],
        password=db["PASSWORD"] or None,
        dbname="postgres",
        autocommit=True,
    )


class Install:
    """A site install that subprocesses run against: its own database and media folder."""

    def __init__(self, folder, name):
        self.media = folder / f"{name}-media"
        self.description = folder / f"{name}.json"
        db = settings.DATABASES["default"]
        if POSTGRES:
            self.database = f"backup_{name}_{uuid.uuid4().hex[:8]}"
            password = f":{quote(db['PASSWORD'])}" if db["PASSWORD"] else ""
            self.url = (
                f"postgres://{quote(db['USER'])}{password}@{db['HOST']}:{db['PORT'] or 5432}"
                f"/{self.database}"
            )
        else:
            self.database = folder / f"{name}.sqlite3"
            self.url = f"sqlite:///{self.database}"

    def copy_test_database(self):
        """Start as the committed, migrated and empty test database."""
        restore_data_of_the_migrations()
        test_database = connection.settings_dict["NAME"]
        if POSTGRES:
            connection.close()  # a template database must have no other sessions
            with server() as admin:
                admin.execute(f'CREATE DATABASE "{self.database}" TEMPLATE "{test_database}"')
        else:
            with (
                closing(sqlite3.connect(test_database)) as source,
                closing(sqlite3.connect(self.database)) as copy,
            ):
                source.backup(copy)

    def drop(self):
        if POSTGRES:
            with server() as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')

    def run(self, *args):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.operations.settings",
            "DATABASE_URL": self.url,
            "MEDIA_ROOT": str(self.media),
        }
        return subprocess.run(  # noqa: S603
            [sys.executable, *args],
            env=env,
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            check=False,
        )

    def content(self, command="describe"):
        """What the install holds (tests/operations/content.py); `populate` loads it first."""
        finished = self.run("-m", "tests.operations.content", command, str(self.description))
        assert finished.returncode == 0, finished.stderr
        return json.loads(self.description.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def installs(django_db_setup, django_db_blocker, tmp_path_factory):
    """New installs, each a copy of the empty test database; dropped after the module."""
    folder = tmp_path_factory.mktemp("installs")
    made = []

    def new(name):
        install = Install(folder, name)
        made.append(install)
        with django_db_blocker.unblock():
            install.copy_test_database()
        return install

    yield new
    for install in made:
        install.drop()


@pytest.fixture(scope="module")
def round_trip(installs, tmp_path_factory):
    """The demo site, its backup, and a new install the backup was restored into."""
    site = installs("site")
    before = site.content("populate")
    backup = tmp_path_factory.mktemp("backups") / "nightly"
    made = site.run("manage.py", "backup", str(backup))
    assert made.returncode == 0, made.stderr
    new = installs("new")
    restored = new.run("manage.py", "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    return {"backup": backup, "before": before, "after": new.content(), "restored": restored}


def test_a_restored_install_has_every_row_and_file_of_the_backed_up_one(round_trip):
    before, after = round_trip["before"], round_trip["after"]
    counts = before["fingerprint"]["row counts"]
    assert counts["pages"] > 100
    assert counts["editorial.SideApproval"] == 1
    assert any(row["model"] == "wagtailforms.formsubmission" for row in before["rows"])
    if after["fingerprint"] != before["fingerprint"]:
        pytest.fail(differences(before["fingerprint"], after["fingerprint"]))
    assert after["rows"] == before["rows"]
    assert "Restored the backup of" in round_trip["restored"].stdout


def test_the_manifest_names_what_a_restore_needs(round_trip):
    manifest = json.loads((round_trip["backup"] / "manifest.json").read_text())
    assert manifest["format"] == 1
    assert manifest["engine"] == ("postgresql" if POSTGRES else "sqlite")
    assert manifest["versions"]["wagtail"] == "8.0.1"
    assert manifest["migrations"]["editorial"].startswith("0")
    files = {entry["name"]: entry for entry in manifest["files"]}
    assert set(files) == {manifest["database"], "media.tar"}
    assert all(len(entry["sha256"]) == 64 and entry["size"] > 0 for entry in files.values())
    assert sorted(path.name for path in round_trip["backup"].iterdir()) == sorted(
        [*files, "manifest.json"]
    )


def flip_a_byte_of_the_database(backup):
    manifest = json.loads((backup / "manifest.json").read_text())
    path = backup / manifest["database"]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def edit_manifest(**changes):
    def edit(backup):
        path = backup / "manifest.json"
        manifest = json.loads(path.read_text())
        manifest.update({key: value(manifest) for key, value in changes.items()})
        path.write_text(json.dumps(manifest))

    return edit


DAMAGES = {
    "a flipped byte": (flip_a_byte_of_the_database, "does not match its checksum"),
    "the media archive deleted": (lambda b: (b / "media.tar").unlink(), "media.tar is missing"),
    "the manifest deleted": (lambda b: (b / "manifest.json").unlink(), "no manifest.json"),
    "an unknown format": (edit_manifest(format=lambda m: 2), "format version 2"),
    "the other engine": (
        edit_manifest(engine=lambda m: "sqlite" if POSTGRES else "postgresql"),
        "this install uses",
    ),
    "a migration of newer code": (
        edit_manifest(migrations=lambda m: {**m["migrations"], "home": "9999_future"}),
        "newer code",
    ),
    "a file outside the backup": (
        edit_manifest(database=lambda m: "../" + m["database"]),
        "lists no checksum",
    ),
}


@pytest.fixture
def empty_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.mark.django_db
@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_a_damaged_backup_is_refused_and_nothing_changes(damage, round_trip, tmp_path, empty_media):
    damaged = shutil.copytree(round_trip["backup"], tmp_path / "damaged")
    do, message = damage
    do(damaged)
    pages = list(Page.objects.values_list("pk", "title"))

    with pytest.raises(CommandError, match=message) as refusal:
        call_command("restore", damaged)

    assert "Nothing was changed." in str(refusal.value)
    assert list(Page.objects.values_list("pk", "title")) == pages
    assert not empty_media.exists()


@pytest.mark.django_db
def test_an_install_with_content_is_refused(round_trip, home_page, empty_media):
    with pytest.raises(CommandError, match=r"not empty \(pages: 1"):
        call_command("restore", round_trip["backup"])
    assert Page.objects.get(pk=home_page.pk).live


@pytest.mark.django_db
def test_an_install_with_media_files_is_refused(round_trip, empty_media):
    (empty_media / "original_images").mkdir(parents=True)
    (empty_media / "original_images" / "old.jpg").write_bytes(b"old")
    with pytest.raises(CommandError, match="media folder .* is not empty"):
        call_command("restore", round_trip["backup"])
    assert [path.name for path in empty_media.rglob("*")] == ["original_images", "old.jpg"]


@pytest.mark.django_db
def test_keep_deletes_only_the_oldest_backups_beyond_it(tmp_path, empty_media):
    folder = tmp_path / "backups"
    (folder / "notes").mkdir(parents=True)
    for name in ["monday", "tuesday", "wednesday"]:
        call_command("backup", folder / name, "--keep", "2", stdout=open(os.devnull, "w"))  # noqa: SIM115
    assert sorted(path.name for path in folder.iterdir()) == ["notes", "tuesday", "wednesday"]


@pytest.mark.django_db
def test_a_backup_never_overwrites_a_directory_with_files(tmp_path, empty_media):
    target = tmp_path / "nightly"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(CommandError, match="not an empty directory"):
        call_command("backup", target)
    assert [path.name for path in target.iterdir()] == ["keep.txt"]
