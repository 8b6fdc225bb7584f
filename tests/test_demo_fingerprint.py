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

import pytest

from .demo_fingerprint import fingerprint

FINGERPRINT = Path(__file__).parent / "data" / "demo_fingerprint.json"


def dump(data):
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


@pytest.mark.django_db
def test_the_demo_content_has_the_fingerprint_of_the_code_it_replaced(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
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
