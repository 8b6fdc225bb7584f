"""The scheduled jobs of site/crontab exist and run on an empty site. The jobs are read from
the crontab itself, so the tested list is the installed one."""

import re
import shlex
from io import StringIO

from django.conf import settings
from django.core.management import call_command, get_commands

import pytest

CRONTAB = settings.BASE_DIR / "site" / "crontab"
# Five schedule fields, then a command that runs manage.py.
JOB = re.compile(r"^(?P<schedule>(\S+\s+){5})(?P<command>.*manage\.py\s+(?P<args>.+))$")


def crontab_jobs():
    lines = CRONTAB.read_text().splitlines()
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    jobs = [JOB.match(line) for line in entries if "=" not in line.split()[0]]
    assert all(jobs), "every crontab entry runs manage.py after five schedule fields"
    return [shlex.split(job["args"]) for job in jobs]


def test_the_crontab_schedules_the_known_jobs():
    names = {args[0] for args in crontab_jobs()}

    assert {"publish_scheduled", "delete_old_form_submissions", "clearsessions"} <= names


@pytest.mark.django_db
@pytest.mark.parametrize("args", crontab_jobs(), ids=lambda args: args[0])
def test_each_job_exists_and_runs(args):
    assert args[0] in get_commands()

    call_command(*args, stdout=StringIO(), stderr=StringIO())
