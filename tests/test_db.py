import pytest
from django.db import connection, transaction

from articles.db import planner_settings

pytestmark = pytest.mark.skipif("connection.vendor != 'postgresql'", reason="planner settings are PostgreSQL's")


def _setting(name):
    with connection.cursor() as cursor:
        cursor.execute(f"SHOW {name}")
        return cursor.fetchone()[0]


def _settings():
    return _setting("enable_seqscan"), _setting("max_parallel_workers_per_gather")


def _settings_before_inside_and_after():
    before = _settings()
    with planner_settings("default", enable_seqscan="off", max_parallel_workers_per_gather=0):
        inside = _settings()
    return before, inside, _settings()


@pytest.mark.django_db
def test_planner_settings_inside_a_transaction_hold_for_its_statements_only():
    with transaction.atomic():
        before, inside, after = _settings_before_inside_and_after()
    assert inside == ("off", "0")
    assert after == before != inside


@pytest.mark.django_db(transaction=True)
def test_planner_settings_outside_a_transaction_end_with_the_one_they_open():
    assert not connection.in_atomic_block
    before, inside, after = _settings_before_inside_and_after()
    assert inside == ("off", "0")
    assert after == before != inside
