"""Exports of articles: CSV, NDJSON and JSON, streamed in constant memory. The admin's export
actions and the API's `/api/articles/export/` both write these rows.

Rows are read with `.iterator(chunk_size=EXPORT_CHUNK)`: Django runs the prefetches once per chunk
(a few queries per 1,000 articles, none per row) and PostgreSQL streams them through a server-side
cursor, so an export of the whole archive holds one chunk in memory at a time.
"""

import csv
import json
from collections.abc import Iterator

from django.db.models import Prefetch, QuerySet

from articles.models import ArticleSource, Mention

EXPORT_CHUNK = 1000
# The fields every shape of an article opens with: export rows, the API's list items and details.
HEAD = ["id", "title", "title_inferred", "published_date", "dateline_place", "author"]
COLUMNS = [
    *HEAD,
    "dateline_in_lead",
    "status",
    "publisher",
    "appended_to",
    "duplicate_of",
    "sources",
    "keywords",
    "entities",
    "origin_file",
    "body",
]


def for_export(articles: QuerySet) -> QuerySet:
    """`articles` with what a row shows prefetched (sources in their order, keywords, entities),
    in place of whatever the list that hands them over prefetched."""
    return articles.prefetch_related(None).prefetch_related(
        Prefetch("article_sources", ArticleSource.objects.select_related("source").order_by("id")),
        "keywords",
        Prefetch("mentions", Mention.objects.select_related("entity").order_by("-count", "id")),
    )


def head_of(article) -> dict:
    """The HEAD fields of an article, as JSON values."""
    day = article.published_date
    return {
        "id": article.id,
        "title": article.title,
        "title_inferred": article.title_inferred,
        "published_date": day.isoformat() if day is not None else None,
        "dateline_place": article.dateline_place,
        "author": article.author,
    }


def export_row(article) -> dict:
    sources = list(article.article_sources.all())
    return {
        **head_of(article),
        "dateline_in_lead": article.dateline_in_lead,
        "status": article.status,
        "publisher": next((s.source.name for s in sources if s.role == ArticleSource.Role.PUBLISHER), None),
        "appended_to": article.appended_to_id,
        "duplicate_of": article.duplicate_of_id,
        "sources": [{"id": link.source_id, "name": link.source.name, "role": link.role} for link in sources],
        "keywords": [keyword.name for keyword in article.keywords.all()],
        "entities": [
            {"id": m.entity_id, "name": m.entity.name, "kind": m.entity.kind, "count": m.count}
            for m in article.mentions.all()
        ],
        "origin_file": article.origin_file,
        "body": article.body,
    }


def _rows(articles: QuerySet) -> Iterator[dict]:
    for article in for_export(articles).iterator(chunk_size=EXPORT_CHUNK):
        yield export_row(article)


class _Line:
    """A file-like object csv.writer writes one line into, handed back at once."""

    def write(self, value: str) -> str:
        return value


def csv_lines(articles: QuerySet, *, header: bool = True) -> Iterator[str]:
    """One line per article; lists joined with ` | ` (sources as `name (role)`, entities as `name (kind)`)."""
    writer = csv.writer(_Line())
    if header:
        yield "\ufeff" + writer.writerow(COLUMNS)  # a BOM: spreadsheets then read the Arabic as UTF-8
    for row in _rows(articles):
        row["sources"] = " | ".join(f"{source['name']} ({source['role']})" for source in row["sources"])
        row["keywords"] = " | ".join(row["keywords"])
        row["entities"] = " | ".join(f"{entity['name']} ({entity['kind']})" for entity in row["entities"])
        yield writer.writerow([row[column] if row[column] is not None else "" for column in COLUMNS])


def ndjson_lines(articles: QuerySet) -> Iterator[str]:
    for row in _rows(articles):
        yield json.dumps(row, ensure_ascii=False) + "\n"


def json_lines(articles: QuerySet) -> Iterator[str]:
    """A JSON array, one article per line."""
    yield "["
    for index, row in enumerate(_rows(articles)):
        yield ("," if index else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"
