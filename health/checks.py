"""The readiness checks: each answers True when its dependency works, and never raises, so
that one broken dependency still lets the others be reported."""

import logging
import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.db.migrations.executor import MigrationExecutor

logger = logging.getLogger(__name__)


def database():
    """A trivial query on the default database."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError as error:
        logger.warning("Readiness: database unreachable (%s)", error)
        return False


def cache_roundtrip():
    """Sets and reads back a short-lived key of its own, so concurrent probes of several
    processes never read each other's value."""
    key = f"readyz:{secrets.token_hex(8)}"
    try:
        cache.set(key, "ok", timeout=10)
        found = cache.get(key) == "ok"
        cache.delete(key)
    except Exception as error:  # a cache backend raises its client's own errors (Redis)
        logger.warning("Readiness: cache unreachable (%s)", error)
        return False
    if not found:
        logger.warning("Readiness: cache did not return the value just set")
    return found


def migrations_applied():
    """No migration of the deployed code is missing in the database: a process started
    before `migrate` ran must not receive traffic."""
    try:
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as error:
        logger.warning("Readiness: migrations not readable (%s)", error)
        return False
    if plan:
        logger.warning("Readiness: %d unapplied migrations", len(plan))
    return not plan
