"""Schemathesis fuzzes every operation and parameter of the live OpenAPI schema: no 5xx, and
every response matches the schema. Bounded (a few examples per operation) to keep the suite fast."""

from pathlib import Path

import pytest
import schemathesis
from django.conf import settings
from django.core import signals
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from rest_framework.throttling import AnonRateThrottle
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from articles.importing import import_paths
from newsdb.wsgi import application

SEEDS_DIR = Path(settings.SEEDS_DIR)


CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
FUZZ = hypothesis_settings(
    max_examples=12,
    deadline=None,
    derandomize=True,  # the same cases on every run: a failure is reproducible
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _operations():
    # Loaded at collection: the schema view reads no table. (Schemathesis' own pytest plugin does
    # not run under pytest 9, so each operation is a test of its own here.)
    schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
    return [result.ok() for result in schema.get_all_operations()]


OPERATIONS = _operations()


@pytest.fixture
def seeded(db, monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "1000000/minute", raising=False)
    # As Django's test client does: the WSGI handler would close the test's connection (inside
    # its transaction) at each request's start and end.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    import_paths([SEEDS_DIR])
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.mark.parametrize("operation", OPERATIONS, ids=[operation.label for operation in OPERATIONS])
def test_operation_conforms_to_the_schema_and_never_fails(seeded, operation):
    @FUZZ
    @given(case=operation.as_strategy())
    def fuzz(case):
        case.call_and_validate(checks=CHECKS)

    fuzz()


def test_every_endpoint_is_fuzzed():
    paths = {operation.path for operation in OPERATIONS}
    assert {"/api/articles/", "/api/articles/{id}/", "/api/articles/export/", "/api/entities/{id}/merge/",
            "/api/entities/{entity_pk}/articles/", "/api/related-links/", "/api/import-runs/"} <= paths  # fmt: skip
