"""The demo content, loaded once for the tests of this package (loading takes several seconds):
`load_demo_content` into the empty test database inside one transaction, which each test's own
transaction nests in and which is rolled back after the package. Every module of the package
carries `xdist_group("demo_content")`, so pytest-xdist (`--dist loadgroup`) runs them all on one
worker, which loads the content once."""

import os

from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

import pytest


@pytest.fixture(scope="package")
def demo_content(django_db_setup, django_db_blocker, tmp_path_factory):
    with (
        django_db_blocker.unblock(),
        override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
        transaction.atomic(),
    ):
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        yield
        transaction.set_rollback(True)
