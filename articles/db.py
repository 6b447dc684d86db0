"""Database helpers shared by the services."""

from contextlib import contextmanager

from django.db import connections, transaction


@contextmanager
def planner_settings(using: str, **settings):
    """PostgreSQL planner settings for the statements inside, restored before anything else runs;
    nothing on other databases."""
    if connections[using].vendor != "postgresql":
        yield
        return
    with transaction.atomic(using=using), connections[using].cursor() as cursor:
        for name, value in settings.items():
            cursor.execute(f"SET LOCAL {name} = {value}")
        try:
            yield
        finally:
            for name in settings:
                cursor.execute(f"SET LOCAL {name} TO DEFAULT")
