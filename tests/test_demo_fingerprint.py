"""The demo content is what it was before it moved from code into data files (issue 16): its
fingerprint (tests/demo_fingerprint.py) equals the one computed on the old code and committed
as tests/data/demo_fingerprint.json. After a deliberate change of the demo data,
WRITE_DEMO_FINGERPRINT=1 writes the file anew (as of today), and its diff shows the change."""

import datetime
import difflib
import json
import os
from pathlib import Path

from django.apps import apps
from django.core.management.color import no_style
from django.db import connection
from django.utils import timezone

import factory
import pytest

from demo.loaders import load

from .demo_fingerprint import fingerprint

FINGERPRINT = Path(__file__).parent / "data" / "demo_fingerprint.json"


def dump(data):
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def reset_factory_sequences():
    """Count factory sequences from 0, as a fresh `manage.py load_demo_content` does: a demo
    contact without an e-mail address gets the factory's numbered one."""
    factories = [factory.base.Factory]
    while factories:
        cls = factories.pop()
        factories.extend(cls.__subclasses__())
        if cls._meta.model is not None and not cls._meta.abstract:
            cls.reset_sequence(0, force=True)


def reset_database_sequences():
    """Number new rows as a fresh database does. PostgreSQL does not roll its sequences back
    with the tests that used them (SQLite reuses the ids), and some ids show in the content:
    the position of a menu item in the reference index, an image chosen in a translation."""
    statements = connection.ops.sequence_reset_sql(no_style(), apps.get_models())
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


@pytest.mark.django_db
def test_the_demo_content_has_the_fingerprint_of_the_code_it_replaced(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    expected = FINGERPRINT.read_text(encoding="utf-8")
    # As of the day the fingerprint was taken: news dates and upcoming events count from it.
    loaded_on = datetime.date.fromisoformat(json.loads(expected)["loaded_on"])
    if os.environ.get("WRITE_DEMO_FINGERPRINT"):
        loaded_on = timezone.localdate()
    reset_factory_sequences()
    reset_database_sequences()
    started = timezone.now()
    load(today=loaded_on)
    actual = dump(fingerprint(started, timezone.now(), loaded_on))
    if os.environ.get("WRITE_DEMO_FINGERPRINT"):
        FINGERPRINT.write_text(actual, encoding="utf-8")
        expected = actual
    if actual != expected:
        pytest.fail(differences(json.loads(expected), json.loads(actual)))


def differences(expected, actual):
    """A diff per table (per page for the page tree), so it says where the content changed."""
    parts = {table: rows for table, rows in expected.items() if table != "pages"}
    changed = {table: rows for table, rows in actual.items() if table != "pages"}
    for rows, into in [(expected["pages"], parts), (actual["pages"], changed)]:
        into.update({f"page {row['locale']}:{row['url_path']}": row for row in rows})
    lines = []
    for name in sorted(parts.keys() | changed.keys()):
        old, new = parts.get(name), changed.get(name)
        if old != new:
            lines += difflib.unified_diff(
                dump(old).splitlines(), dump(new).splitlines(), name, name, lineterm="", n=3
            )
    return "\n".join(lines[:300])
