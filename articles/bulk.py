"""Bulk writes for the import's hot tables: rows as tuples, straight to the database driver.

`QuerySet.bulk_create` builds a model instance per row and prepares every value field by field;
at the import's rate that was more than half of its time (10 of 18 s for 2,000 files). These
helpers take plain tuples in the order of the fields named and send them in one statement per
chunk:

- `copy_rows`: rows that cannot conflict (children of articles created in the same transaction).
  `COPY … FROM STDIN` on PostgreSQL, `executemany` on SQLite.
- `insert_new`: rows that may already exist (another file, another importer): `INSERT … ON
  CONFLICT DO NOTHING`, the unique key deciding, never a query per row. It returns the rows it
  inserted, so the caller learns their ids without asking again.

Values are adapted as Django would store them (dates, aware datetimes, JSON), once per column.
"""

import contextlib
import functools
import json
from collections.abc import Iterable, Sequence

import psycopg
from django.db import connection, models
from django.db.backends.utils import CursorDebugWrapper

# Rows per statement on SQLite: its limit is 32,766 bound variables per statement.
_SQLITE_VARIABLES = 30_000


def copy_rows(model: type[models.Model], fields: Sequence[str], rows: Iterable[tuple]) -> int:
    """Insert rows that cannot conflict with stored ones; returns how many."""
    table, columns, rows = _prepare(model, fields, rows)
    if not rows:
        return 0
    if connection.vendor == "postgresql":
        sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with _server_cursor() as cursor, _logged(cursor, sql), cursor.cursor.copy(sql) as copy:
            for row in rows:
                copy.write_row(row)
    else:
        marks = ", ".join(["%s"] * len(columns))
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    return len(rows)


def insert_new(
    model: type[models.Model],
    fields: Sequence[str],
    rows: Iterable[tuple],
    *,
    unique: Sequence[str],
    returning: Sequence[str] = (),
) -> list[tuple]:
    """Insert the rows whose `unique` key is not stored yet; returns `returning` of those inserted.

    `unique` names the fields of the unique constraint that decides (the conflict target).
    """
    table, columns, rows = _prepare(model, fields, rows)
    if not rows:
        return []
    meta = model._meta
    target = ", ".join(meta.get_field(name).column for name in unique)
    tail = f" ON CONFLICT ({target}) DO NOTHING"
    if returning:
        tail += " RETURNING " + ", ".join(meta.get_field(name).column for name in returning)
    inserted: list[tuple] = []
    if connection.vendor == "postgresql":
        # One statement whatever the row count: each column travels as one array parameter, in
        # binary: quoting a batch's bodies into array text cost 9x more (45 against 5 ms for 320 stories).
        types = [meta.get_field(name).db_type(connection) for name in fields]
        arrays = ", ".join(f"%b::{db_type}[]" for db_type in types)
        with _server_cursor() as cursor:
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({arrays}){tail}",
                [list(column) for column in zip(*rows, strict=True)],
            )
            if returning:
                inserted += cursor.fetchall()
        return inserted
    size = max(1, _SQLITE_VARIABLES // len(columns))
    marks = "(" + ", ".join(["%s"] * len(columns)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES {', '.join([marks] * len(chunk))}{tail}",
                [value for row in chunk for value in row],
            )
            if returning:
                inserted += cursor.fetchall()
    return inserted


def commit_without_waiting() -> None:
    """PostgreSQL: the current transaction's COMMIT returns before its WAL is flushed to disk.

    For the import only, where it is safe: a crash of the server loses at most the last few
    commits (about 0.6 s of them, `wal_writer_delay` x 3), never a part of one, and the files they
    held are not stored, so running the import again redoes them. The run's own record is saved
    with a normal commit at the end, which flushes every earlier one. A batch's commit waited
    about 90 ms for the disk (15 commits, 1.4 of 30 s on 3,000 files).
    """
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit = off")


def _server_cursor():
    """A psycopg cursor that binds parameters on the server.

    Django's cursors quote every value into the SQL text on the client (psycopg's ClientCursor);
    for a statement carrying a batch's columns as arrays, that quoting cost more than the insert.
    """
    connection.ensure_connection()
    cursor = psycopg.Cursor(connection.connection)
    # Wrapped as Django wraps its own, so query logging and counting see these statements too.
    return connection.make_debug_cursor(cursor) if connection.queries_logged else connection.make_cursor(cursor)


def _logged(cursor, sql: str):
    """COPY bypasses the wrapper's execute(): record it where Django records queries."""
    return cursor.debug_sql(sql) if isinstance(cursor, CursorDebugWrapper) else contextlib.nullcontext()


def _prepare(model: type[models.Model], fields: Sequence[str], rows: Iterable[tuple]) -> tuple[str, list, list]:
    meta = model._meta
    quote = connection.ops.quote_name
    model_fields = [meta.get_field(name) for name in fields]
    adapters = [_adapter(field) for field in model_fields]
    rows = list(rows)
    if any(adapters):
        rows = [
            tuple(
                value if adapt is None or value is None else adapt(value)
                for value, adapt in zip(row, adapters, strict=True)
            )
            for row in rows
        ]
    return quote(meta.db_table), [quote(field.column) for field in model_fields], rows


def _adapter(field: models.Field):
    if isinstance(field, models.JSONField):
        return json.dumps  # what JSONField stores (ASCII-escaped, like the ORM's rows)
    # Rows of one batch mostly share a time (`now`): the last value's adaptation is kept.
    if isinstance(field, models.DateTimeField):
        return functools.lru_cache(maxsize=1)(connection.ops.adapt_datetimefield_value)
    if isinstance(field, models.DateField):
        return functools.lru_cache(maxsize=1)(connection.ops.adapt_datefield_value)
    return None
