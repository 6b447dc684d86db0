import importlib
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management.color import no_style
from django.db import connection

SEEDS_DIR = Path(settings.SEEDS_DIR)


@pytest.fixture
def seed_bytes():
    def read(name: str) -> bytes:
        return (SEEDS_DIR / name).read_bytes()

    return read


def pytest_report_header(config):
    database = settings.DATABASES["default"]
    return f"database: {database['ENGINE'].rsplit('.', 1)[-1]} {database.get('HOST') or database['NAME']}"


@pytest.fixture
def curator_group(django_db_blocker):
    """The `curator` group as migration 0004 makes it (again: a live-server test's flush removes it)."""
    from django.apps import apps
    from django.contrib.auth.models import Group

    migration = importlib.import_module("articles.migrations.0004_curator_group")
    migration.create_curator_group(apps, None)
    return Group.objects.get(name=migration.GROUP)


@pytest.fixture(autouse=True)
def _entity_ids_from_one(request):
    """On PostgreSQL, number entities and aliases from where the database's rows end, in every test.

    The compiled gazetteer is cached on its names *with their ids* (`articles/entities.py`).
    SQLite reuses a rolled-back test's ids, so the next test that loads the fixture hits the cache;
    PostgreSQL's sequences do not roll back, so each such test got new ids and compiled the
    automaton again (3 s of CPU, hundreds of tests). `setval` is not rolled back either, which is
    why this runs at the start of each test rather than once.
    """
    uses_db = request.node.get_closest_marker("django_db") or "_django_db_helper" in request.fixturenames
    if not uses_db or connection.vendor != "postgresql":
        return
    request.getfixturevalue("_django_db_helper")
    from articles.models import Entity, EntityAlias

    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), [Entity, EntityAlias]):
            cursor.execute(sql)
