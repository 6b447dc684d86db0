"""CSV and NDJSON exports of a filtered article list, streamed in constant memory.

Rows are read with `.iterator(chunk_size=EXPORT_CHUNK)`: Django runs the list's prefetches once per
chunk (a few queries per 1,000 articles, none per row) and PostgreSQL streams them through a
server-side cursor, so an export of the whole archive holds one chunk in memory at a time.
"""

import csv
import json
from collections.abc import Iterator

from rest_framework.renderers import BaseRenderer

EXPORT_CHUNK = 1000
COLUMNS = [
    "id",
    "title",
    "title_inferred",
    "published_date",
    "dateline_place",
    "author",
    "status",
    "appended_to",
    "duplicate_of",
    "sources",
    "keywords",
    "origin_file",
    "body",
]


class CSVRenderer(BaseRenderer):
    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return json.dumps(data, ensure_ascii=False).encode()  # errors only: exports stream themselves


class NDJSONRenderer(CSVRenderer):
    media_type = "application/x-ndjson"
    format = "ndjson"


def export_row(article) -> dict:
    return {
        "id": article.id,
        "title": article.title,
        "title_inferred": article.title_inferred,
        "published_date": article.published_date.isoformat() if article.published_date else None,
        "dateline_place": article.dateline_place,
        "author": article.author,
        "status": article.status,
        "appended_to": article.appended_to_id,
        "duplicate_of": article.duplicate_of_id,
        "sources": [
            {"id": link.source_id, "name": link.source.name, "role": link.role}
            for link in article.article_sources.all()
        ],
        "keywords": [keyword.name for keyword in article.keywords.all()],
        "origin_file": article.origin_file,
        "body": article.body,
    }


class _Line:
    """A file-like object csv.writer writes one line into, handed back at once."""

    def write(self, value: str) -> str:
        return value


def csv_lines(articles) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield "\ufeff" + writer.writerow(COLUMNS)  # a BOM: spreadsheets then read the Arabic as UTF-8
    for article in articles.iterator(chunk_size=EXPORT_CHUNK):
        row = export_row(article)
        row["sources"] = "; ".join(f"{source['name']} ({source['role']})" for source in row["sources"])
        row["keywords"] = "; ".join(row["keywords"])
        yield writer.writerow([row[column] if row[column] is not None else "" for column in COLUMNS])


def ndjson_lines(articles) -> Iterator[str]:
    for article in articles.iterator(chunk_size=EXPORT_CHUNK):
        yield json.dumps(export_row(article), ensure_ascii=False) + "\n"
