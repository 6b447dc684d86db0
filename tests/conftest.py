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
