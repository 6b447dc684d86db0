import importlib
from pathlib import Path

import pytest
from django.conf import settings

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
