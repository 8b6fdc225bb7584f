"""README's settings table stays true: every environment variable the settings read has a row,
and so has every variable of the operator's site/env.example."""

import re
from pathlib import Path

from django.conf import settings

BASE_DIR = Path(settings.BASE_DIR)
READ = re.compile(r'(?:os\.environ\.get|os\.environ\[|env_bool|env_list)\(?\s*"([A-Z0-9_]+)"')


def table_variables():
    """The variables named in the first column of README's settings table."""
    readme = (BASE_DIR / "README.md").read_text()
    table = readme.split("## Settings", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|")[1] for line in table.splitlines() if line.startswith("| `")]
    return {name for row in rows for name in re.findall(r"`([A-Z0-9_]+)`", row)}


def test_every_variable_the_settings_read_is_in_the_table():
    read = {
        name
        for path in (BASE_DIR / "config" / "settings").glob("*.py")
        for name in READ.findall(path.read_text())
    }
    assert "CACHE_URL" in read
    assert read - table_variables() == set()


def test_every_variable_of_env_example_is_in_the_table():
    lines = (BASE_DIR / "site" / "env.example").read_text().splitlines()
    named = {m.group(1) for line in lines if (m := re.match(r"#?([A-Z][A-Z0-9_]+)=", line))}
    assert "SITE_HOSTNAME" in named
    assert named - table_variables() == set()
