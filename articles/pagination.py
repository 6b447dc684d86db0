"""A paginator for lists over a million rows: PostgreSQL counts at most a page's worth, then estimates.

An exact COUNT(*) of a million articles reads every row (or every entry of an index) on every
page; a curator needs "about 918,000", not the last digit. SQLite archives are small: counted.
"""

import json
import math

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property


class EstimatedCountPaginator(Paginator):
    """Exact up to `exact_up_to` rows; above, PostgreSQL's estimate (pg_class or the query's plan).

    Each path is one query, so a list costs the same number of queries whatever it shows. Pages
    stop at `max_rows`; the count still says how many there are.
    """

    exact_up_to = 1000
    # Page N is read with OFFSET, which walks every row before it: page 1,000 of a million
    # articles took 1.5 s. Past this many rows a curator filters or searches instead.
    max_rows = 20_000

    @cached_property
    def num_pages(self) -> int:
        return min(super().num_pages, max(1, math.ceil(self.max_rows / self.per_page)))

    @cached_property
    def count(self) -> int:
        queryset = self.object_list
        if not isinstance(queryset, QuerySet) or connections[queryset.db].vendor != "postgresql":
            return super().count
        if not queryset.query.where:
            # The whole table: the row count ANALYZE and autovacuum keep in pg_class (-1: never analysed).
            estimate = table_rows(queryset)
            if estimate > self.exact_up_to:
                return estimate
        # Only the ids: the annotations a page shows (counts per row) would be computed for each.
        ids = queryset.order_by().values("pk")
        counted = ids[: self.exact_up_to + 1].count()
        if counted <= self.exact_up_to:
            return counted
        plan = json.loads(ids.explain(format="json"))
        return max(counted, int(plan[0]["Plan"]["Plan Rows"]))


def table_rows(queryset: QuerySet) -> int:
    """PostgreSQL's estimate of the rows in `queryset`'s table; -1 when it has none."""
    with connections[queryset.db].cursor() as cursor:
        table = queryset.model._meta.db_table
        cursor.execute("SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass", [table])
        row = cursor.fetchone()
    return int(row[0]) if row else -1
