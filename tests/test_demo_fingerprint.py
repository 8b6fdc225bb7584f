"""The demo content is what it was before it moved from code into data files (issue 16): its
fingerprint (tests/demo_fingerprint.py) equals the one computed on the old code and committed
as tests/data/demo_fingerprint.json. WRITE_DEMO_FINGERPRINT=1 writes the file instead."""

import difflib
import io
import json
import os
from pathlib import Path

from django.core.management import call_command
from django.utils import timezone

import factory
import pytest

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


@pytest.mark.django_db
def test_the_demo_content_has_the_fingerprint_of_the_code_it_replaced(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    reset_factory_sequences()
    started = timezone.now()
    call_command("load_demo_content", stdout=io.StringIO())
    actual = dump(fingerprint(started, timezone.now(), timezone.localdate(started)))
    if os.environ.get("WRITE_DEMO_FINGERPRINT"):
        FINGERPRINT.write_text(actual, encoding="utf-8")
    expected = FINGERPRINT.read_text(encoding="utf-8")
    diff = difflib.unified_diff(
        expected.splitlines(), actual.splitlines(), "committed", "loaded", lineterm="", n=2
    )
    assert actual == expected, "\n".join(list(diff)[:200])
