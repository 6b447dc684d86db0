"""Pages that stay fast a million rows deep.

The article list is read by keyset ("cursor") pagination: a page is the rows after the last one
seen, along an index (`article_published_idx` for dates, the primary key for ids), so page 50,000
costs what page 1 does. DRF's CursorPagination keys on one field and cannot place undated
articles; here the order is a sequence of segments, each walked along its own index:

    -published_date:  dated articles (date, id) descending, then undated ones by id descending
    published_date:   dated articles (date, id) ascending,  then undated ones by id ascending

A page that crosses from one segment into the next runs one more query. Search results (`q`,
ranked) are numbered pages: `articles.search` reads a page rank by rank, never ranking all hits.
Lists whose count is cheap (sources, keywords, entities, import runs) have numbered pages.
"""

import base64
import json
from dataclasses import dataclass
from datetime import date

from django.db.models import Exists, OuterRef, Q, prefetch_related_objects
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.pagination import BasePagination, PageNumberPagination
from rest_framework.response import Response

from articles.api.filters import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE
from articles.db import planner_settings


def url_with(request, **params) -> str:
    """This request's URL with `params` replaced (None removes one).

    Built from the decoded parameters: DRF's helpers re-quote the raw query string, which turns
    Arabic sent unescaped (as curl sends it) into mojibake.
    """
    query = request.query_params.copy()
    for name, value in params.items():
        if value is None:
            query.pop(name, None)
        else:
            query[name] = str(value)
    url = request.build_absolute_uri(request.path)
    return f"{url}?{query.urlencode()}" if query else url


def page_size_of(request) -> int:
    raw = request.query_params.get("page_size")
    if raw is None:
        return DEFAULT_PAGE_SIZE
    try:
        size = int(raw)
    except ValueError:
        size = 0
    if not 1 <= size <= MAX_PAGE_SIZE:
        raise ValidationError({"page_size": [f"Expected a whole number from 1 to {MAX_PAGE_SIZE}."]})
    return size


@dataclass(frozen=True)
class Segment:
    """Rows of one part of an ordering: a condition and the keys they are walked by."""

    condition: Q
    keys: tuple[str, ...]  # ("published_date", "id") or ("id",)
    descending: bool

    def ordered(self, queryset, reverse: bool):
        down = self.descending != reverse
        return queryset.filter(self.condition).order_by(*(f"-{key}" if down else key for key in self.keys))

    def after(self, queryset, values: list, reverse: bool):
        """The rows of this segment past `values` (the keys of a row), in walking order."""
        down = self.descending != reverse
        op = "lt" if down else "gt"
        if len(self.keys) == 1:
            rows = queryset.filter(**{f"{self.keys[0]}__{op}": values[0]})
        else:
            (first, second), (a, b) = self.keys, values
            # `first <= a` bounds the index range; the OR only sorts out the rows of that one date.
            bound = "lte" if down else "gte"
            rows = queryset.filter(**{f"{first}__{bound}": a}).filter(
                Q(**{f"{first}__{op}": a}) | Q(**{first: a, f"{second}__{op}": b})
            )
        return self.ordered(rows, reverse)

    def on_links(self) -> "Segment":
        """This segment over mention or source rows: their copied date, and `article_id` for `id`."""
        keys = tuple("article_id" if key == "id" else key for key in self.keys)
        return Segment(self.condition, keys, self.descending)

    def rows(self, queryset, values: list | None, reverse: bool, limit: int, walk=None) -> list:
        """Up to `limit` rows of `queryset` in this segment, past `values` if given, in walking order.

        With `walk` (link rows of one entity or source, `curation.links_of_one`) the page's ids are
        found along the links' index, each link's article checked against `queryset`'s filters;
        then those articles are read: still one query.
        """
        if walk is None:
            found = self.ordered(queryset, reverse) if values is None else self.after(queryset, values, reverse)
            return list(found[:limit])
        links = self.on_links()
        walked = links.ordered(walk, reverse) if values is None else links.after(walk, values, reverse)
        ids = walked.filter(Exists(queryset.filter(pk=OuterRef("article_id")))).values("article_id")[:limit]
        # PostgreSQL may start a parallel worker for the walk: 8 ms to read 21 index rows (measured).
        with planner_settings(queryset.db, max_parallel_workers_per_gather=0):
            return list(self.ordered(queryset.filter(pk__in=ids), reverse))

    def values_of(self, row) -> list:
        return [_jsonable(getattr(row, key)) for key in self.keys]


def _jsonable(value):
    return value.isoformat() if isinstance(value, date) else value


def _dated(descending: bool) -> list[Segment]:
    return [
        Segment(Q(published_date__isnull=False), ("published_date", "id"), descending),
        Segment(Q(published_date__isnull=True), ("id",), descending),
    ]


SEGMENTS = {
    "-published_date": _dated(True),
    "published_date": _dated(False),
    "-id": [Segment(Q(), ("id",), True)],
    "id": [Segment(Q(), ("id",), False)],
}


class KeysetPagination(BasePagination):
    """`{"next", "previous", "results"}`; `next` and `previous` are URLs with an opaque `cursor`."""

    cursor_query_param = "cursor"
    invalid_cursor = "Invalid cursor: use the `next` or `previous` link of a page as it is."

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = page_size_of(request)
        self.ordering = getattr(view, "ordering_key", None) or "-published_date"
        segments = SEGMENTS[self.ordering]
        start, reverse, values = self._decode(request.query_params.get(self.cursor_query_param), len(segments))
        lookups = queryset._prefetch_related_lookups
        plain = queryset.prefetch_related(None)
        wanted = self.page_size + 1  # one more: is there a page after this one?
        rows: list[tuple[int, object]] = []
        order = range(start, -1, -1) if reverse else range(start, len(segments))
        walk = getattr(view, "walk", None)
        for index in order:
            found = segments[index].rows(plain, values if index == start else None, reverse, wanted - len(rows), walk)
            rows += [(index, row) for row in found]
            if len(rows) == wanted:
                break
        more = len(rows) == wanted
        rows = rows[: self.page_size]
        if reverse:
            rows.reverse()
        self.has_next = more if not reverse else True
        self.has_previous = (values is not None or reverse) if not reverse else more
        self.rows = rows
        self.segments = segments
        page = [row for _, row in rows]
        prefetch_related_objects(page, *lookups)
        if not page:
            self.has_next = False
            self.has_previous = values is not None
        return page

    def _decode(self, cursor: str | None, segments: int) -> tuple[int, bool, list | None]:
        if not cursor:
            return 0, False, None
        try:
            data = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
            index, reverse, values = int(data["s"]), bool(data["r"]), list(data["k"])
            if not 0 <= index < segments or not values:
                raise ValueError(index)
            if len(values) == 2:
                values[0] = date.fromisoformat(values[0])
            if not isinstance(values[-1], int):
                raise ValueError(values)
        except (ValueError, KeyError, TypeError, UnicodeError, json.JSONDecodeError) as error:
            raise ValidationError({self.cursor_query_param: [self.invalid_cursor]}) from error
        return index, reverse, values

    def _link(self, index: int, row, reverse: bool) -> str:
        data = {"s": index, "r": reverse, "k": self.segments[index].values_of(row)}
        cursor = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode()
        return url_with(self.request, **{self.cursor_query_param: cursor})

    def get_next_link(self):
        if not self.has_next or not self.rows:
            return None
        index, row = self.rows[-1]
        return self._link(index, row, reverse=False)

    def get_previous_link(self):
        if not self.has_previous:
            return None
        if not self.rows:
            return url_with(self.request, **{self.cursor_query_param: None})
        index, row = self.rows[0]
        return self._link(index, row, reverse=True)

    def get_paginated_response(self, data):
        return Response({"next": self.get_next_link(), "previous": self.get_previous_link(), "results": data})

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "nullable": True, "format": "uri"}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Opaque position: follow the `next` and `previous` links as given.",
                "schema": {"type": "string"},
            }
        ]


class SearchPagination(KeysetPagination):
    """Numbered pages of ranked search hits, without a count: `next` while there are more."""

    page_query_param = "page"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = page_size_of(request)
        raw = request.query_params.get(self.page_query_param, "1")
        if not raw.isdigit() or not 1 <= int(raw) <= 10_000:
            raise ValidationError({self.page_query_param: ["Expected a page number from 1 to 10000."]})
        self.number = int(raw)
        lookups = queryset._prefetch_related_lookups
        start = (self.number - 1) * self.page_size
        page = list(queryset.prefetch_related(None)[start : start + self.page_size + 1])
        self.has_next = len(page) > self.page_size
        page = page[: self.page_size]
        prefetch_related_objects(page, *lookups)
        return page

    def get_next_link(self):
        if not self.has_next:
            return None
        return url_with(self.request, **{self.page_query_param: self.number + 1})

    def get_previous_link(self):
        if self.number == 1:
            return None
        return url_with(self.request, **{self.page_query_param: self.number - 1})

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.page_query_param,
                "required": False,
                "in": "query",
                "description": "With `q` (ranked hits): the page number, from 1.",
                "schema": {"type": "integer", "minimum": 1, "maximum": 10000},
            }
        ]


class ArticlePagination(KeysetPagination):
    """What the article list documents: a `cursor`, or with `q` a `page` (the view picks the class)."""

    def get_schema_operation_parameters(self, view):
        return super().get_schema_operation_parameters(view) + SearchPagination().get_schema_operation_parameters(view)


class NumberedPagination(PageNumberPagination):
    """`{"count", "next", "previous", "results"}` for lists whose count is cheap."""

    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return page_size_of(request)

    def get_next_link(self):
        return url_with(self.request, page=self.page.next_page_number()) if self.page.has_next() else None

    def get_previous_link(self):
        if not self.page.has_previous():
            return None
        number = self.page.previous_page_number()
        return url_with(self.request, page=number if number > 1 else None)

    def paginate_queryset(self, queryset, request, view=None):
        try:
            return super().paginate_queryset(queryset, request, view)
        except NotFound as error:
            # "Invalid page." alone names nothing: a bad page number is a bad parameter.
            raise ValidationError({self.page_query_param: [str(error.detail)]}) from error
