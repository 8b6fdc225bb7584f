"""A backup is one directory: the database copy, the media folder as a tar archive, and
`manifest.json`, which says what made it (engine, versions, migration state) and the size and
SHA-256 of every file. A restore checks all of it before it changes anything (README "Backup
and restore")."""

import datetime
import hashlib
import importlib.metadata
import json
import platform
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings

from . import databases
from .databases import BackupError

FORMAT = 1
MANIFEST = "manifest.json"
MEDIA = "media.tar"


def sha256(path: Path):
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def describe(path: Path):
    return {"name": path.name, "size": path.stat().st_size, "sha256": sha256(path)}


def create(target: Path):
    """Write a backup into the new directory `target` and return its manifest. It is built
    in a hidden sibling directory (only the owner may read it: it holds personal data) and
    renamed at the end, so an interrupted backup never looks complete."""
    target = target.resolve()
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(f"{target} exists and is not an empty directory.")
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        engine = databases.engine()
        database = work / databases.FILE_NAMES[engine]
        # The database first: every file its rows name was uploaded before the snapshot.
        databases.dump(database)
        archive_media(work / MEDIA)
        manifest = {
            "format": FORMAT,
            "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
            "engine": engine,
            "database": database.name,
            "media": MEDIA,
            "versions": versions(),
            "migrations": databases.migration_state(),
            "files": [describe(database), describe(work / MEDIA)],
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        if target.exists():
            target.rmdir()
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return manifest


def versions():
    return {
        "python": platform.python_version(),
        **{name: importlib.metadata.version(name) for name in ("django", "wagtail")},
        "wagtail-localize": importlib.metadata.version("wagtail-localize"),
    }


def archive_media(archive: Path):
    """The whole media folder, renditions included: their rows stay in the database, and
    Wagtail does not draw a rendition again whose row exists."""
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(archive, "w") as tar:
        if media_root.is_dir():
            for child in sorted(media_root.iterdir()):
                tar.add(child, arcname=child.name)


def read_manifest(source: Path):
    """The manifest of the backup in `source`, checked against this install: format,
    engine, migrations this code knows, and every file's size and checksum."""
    path = source / MANIFEST
    if not path.is_file():
        raise BackupError(f"{source} is not a backup: it has no {MANIFEST}.")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        format_version = manifest["format"]
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{path} is damaged: {error}.") from None
    if format_version != FORMAT:
        raise BackupError(
            f"{path} has format version {format_version!r}; this code reads version {FORMAT}."
        )
    try:
        engine, files = manifest["engine"], {entry["name"]: entry for entry in manifest["files"]}
        required = {manifest["database"], manifest["media"]}
        migrations = dict(manifest["migrations"])
    except (KeyError, TypeError, ValueError) as error:
        raise BackupError(f"{path} is damaged: missing or malformed {error}.") from None
    if engine != databases.engine():
        raise BackupError(
            f"The backup is of a {engine} database; this install uses {databases.engine()}."
        )
    if not required <= files.keys():
        raise BackupError(
            f"{path} lists no checksum for {', '.join(sorted(required - files.keys()))}."
        )
    for name, entry in files.items():
        check_file(source, name, entry)
    unknown = databases.unknown_migrations(migrations)
    if unknown:
        raise BackupError(
            "The backup was made by newer code: this code lacks the migrations "
            f"{', '.join(unknown)}. Restore it with the code version that made it."
        )
    return manifest


def check_file(source: Path, name, entry):
    if not isinstance(name, str) or Path(name).name != name or name in {"", ".", ".."}:
        raise BackupError(f"The manifest names a file outside the backup: {name!r}.")
    path = source / name
    if not path.is_file():
        raise BackupError(f"The backup is incomplete: {name} is missing.")
    if path.stat().st_size != entry.get("size") or sha256(path) != entry.get("sha256"):
        raise BackupError(f"The backup is damaged: {name} does not match its checksum.")


def restore(source: Path):
    """Restore the backup in `source` into this empty install and return its manifest.
    Nothing is changed unless the whole backup is sound and the install is empty."""
    source = source.resolve()
    manifest = read_manifest(source)
    content = databases.existing_content()
    if content:
        found = ", ".join(f"{name}: {count}" for name, count in content.items())
        raise BackupError(
            f"The target database is not empty ({found}). Restore only into a new install: "
            "a new database, migrated or not."
        )
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_dir() and any(path.is_file() for path in media_root.rglob("*")):
        raise BackupError(f"The media folder {media_root} is not empty.")
    databases.check_target(manifest["migrations"])
    databases.load(source / manifest["database"])
    media_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(source / manifest["media"]) as tar:
        tar.extractall(media_root, filter="data")
    return manifest


def prune(parent: Path, keep):
    """Delete the oldest backups in `parent` beyond the newest `keep`; return their paths.
    Only directories with a readable manifest count: nothing else there is touched."""
    backups = []
    for path in parent.iterdir():
        try:
            manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
            backups.append((manifest["created_at"], path.name, path))
        except (OSError, ValueError, KeyError, TypeError):
            continue
    backups.sort(reverse=True)
    removed = [path for _created, _name, path in backups[keep:]]
    for path in removed:
        shutil.rmtree(path)
    return removed
