"""Curators' writes and reads on articles, links and entities: the admin calls these, the API will too.

Every write records itself in the objects' history (django-simple-history) with the curator who made
it, so a bulk action is as accountable as an edit on an article's page.
"""

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.entities import extract_entities
from articles.importing import reparse_articles
from articles.models import Article, ArticleSource, Entity, EntityAlias, ImportRun, Mention


def _count_of(queryset: QuerySet, field: str):
    """A correlated COUNT: computed for the rows a page shows, not grouped over the whole table."""
    counted = queryset.filter(**{field: OuterRef("pk")}).order_by().values(field).annotate(n=Count("*")).values("n")
    return Coalesce(Subquery(counted), 0)


# Reads ----------------------------------------------------------------------------------------


def articles_for_desk(queryset: QuerySet | None = None) -> QuerySet:
    """Articles with what a list of them shows: sources (prefetched), host, entity and appended counts."""
    queryset = queryset if queryset is not None else Article.objects.all()
    # A list shows no text: leaving it out keeps rows narrow, so PostgreSQL sorts a filtered page
    # in memory (a filtered page sorted with the text spilt 60 MB to disk and took 1.6 s at 1M).
    text = ["body", "raw_text", "parse_problems", "keywords_raw"]
    return (
        queryset.for_list()
        .defer(*text, *(f"appended_to__{name}" for name in text))
        .annotate(
            entity_count=_count_of(Mention.objects, "article"),
            appended_count=_count_of(Article.objects, "appended_to"),
        )
    )


def entities_for_desk(queryset: QuerySet | None = None) -> QuerySet:
    """Entities with their article count and aliases, in a constant number of queries per page."""
    queryset = queryset if queryset is not None else Entity.objects.all()
    return queryset.annotate(article_count=_count_of(Mention.objects, "entity")).prefetch_related(
        Prefetch("aliases", EntityAlias.objects.order_by("name", "id"))
    )


def with_entity(queryset: QuerySet, entity_id: int) -> QuerySet:
    """The articles of `queryset` that mention an entity (EXISTS: one row per article, index mention_uniq)."""
    return queryset.filter(Exists(Mention.objects.filter(article=OuterRef("pk"), entity_id=entity_id)))


def with_entity_kind(queryset: QuerySet, kind: str) -> QuerySet:
    return queryset.filter(Exists(Mention.objects.filter(article=OuterRef("pk"), entity__kind=kind)))


def with_source(queryset: QuerySet, source_id: int) -> QuerySet:
    return queryset.filter(Exists(ArticleSource.objects.filter(article=OuterRef("pk"), source_id=source_id)))


def with_appended(queryset: QuerySet, has: bool) -> QuerySet:
    """Hosts that carry appended stories (`has`), or articles that carry none."""
    appended = Exists(Article.objects.filter(appended_to=OuterRef("pk")))
    return queryset.filter(appended if has else ~appended)


@dataclass(frozen=True)
class MergePreview:
    """What a merge would move, per entity, for the curator to confirm."""

    entity: Entity
    mentions: int
    aliases: list[str]


def merge_preview(entities: Iterable[Entity]) -> list[MergePreview]:
    """The mention counts and aliases of `entities` (two queries, whatever their number)."""
    ids = [entity.pk for entity in entities]
    rows = (
        Entity.objects.filter(pk__in=ids)
        .annotate(mention_count=_count_of(Mention.objects, "entity"))
        .prefetch_related(Prefetch("aliases", EntityAlias.objects.order_by("name", "id")))
        .order_by("-mention_count", "id")
    )
    return [MergePreview(e, e.mention_count, [alias.name for alias in e.aliases.all()]) for e in rows]


# Writes ---------------------------------------------------------------------------------------

BASELINE_REASON = "as imported"


def record_baseline(queryset: QuerySet) -> int:
    """Give the rows of `queryset` that have no history yet a first history row: their state now.

    The importer writes in bulk, without history (a million history rows nobody reads); so before a
    curator's first edit of a row, its state as imported is recorded, and the edit can be reverted.
    Call it before changing the rows. Two queries whatever their number; returns rows recorded.
    """
    history = queryset.model.history
    rows = list(queryset.order_by())
    recorded = set(history.filter(id__in=[row.pk for row in rows]).values_list("id", flat=True).distinct())
    missing = [row for row in rows if row.pk not in recorded]
    for row in missing:
        row._history_date = getattr(row, "created_at", None) or timezone.now()
    if missing:
        history.bulk_history_create(missing, default_change_reason=BASELINE_REASON)
    return len(missing)


def set_status(*, articles: QuerySet, status: str, user=None) -> int:
    """Set the curation status of `articles`; each changed article gets a history row. Returns how many."""
    changing = list(articles.exclude(status=status).order_by())
    now = timezone.now()
    with transaction.atomic():
        record_baseline(Article.objects.filter(pk__in=[article.pk for article in changing]))
        for article in changing:
            article.status = status
            article.updated_at = now  # bulk_update skips auto_now
        bulk_update_with_history(
            changing, Article, ["status", "updated_at"], default_user=user, default_change_reason=f"status: {status}"
        )
    return len(changing)


def mark_duplicates(*, articles: QuerySet, original: Article, user=None) -> int:
    """Mark `articles` as duplicates of `original` (which is never its own duplicate). Returns how many."""
    changing = list(articles.exclude(pk=original.pk).order_by())
    now = timezone.now()
    with transaction.atomic():
        record_baseline(Article.objects.filter(pk__in=[article.pk for article in changing]))
        for article in changing:
            article.duplicate_of = original
            article.updated_at = now
        bulk_update_with_history(
            changing,
            Article,
            ["duplicate_of", "updated_at"],
            default_user=user,
            default_change_reason=f"duplicate of #{original.pk}"[:100],
        )
    return len(changing)


def reparse(*, articles: QuerySet) -> ImportRun:
    """Re-read `articles` from their verbatim raw text (only those still `new`: see reparse_articles)."""
    return reparse_articles(articles)


def reextract(*, articles: QuerySet) -> int:
    """Re-run entity extraction on `articles`; curators' added and removed mentions stay. Returns mentions."""
    return extract_entities(articles.values_list("id", flat=True)).mentions


# Export ---------------------------------------------------------------------------------------

EXPORT_FIELDS = [
    "id",
    "title",
    "title_inferred",
    "published_date",
    "status",
    "publisher",
    "sources",
    "author",
    "dateline_place",
    "appended_to",
    "duplicate_of",
    "keywords",
    "entities",
    "origin_file",
    "body",
]


def export_rows(articles: QuerySet) -> list[dict]:
    """`articles` as plain rows (one query per relation, not per article), for CSV and JSON export."""
    rows = []
    # Afresh: `articles` may come from a list that prefetched less.
    for article in Article.objects.filter(pk__in=articles.values("pk")).for_detail().order_by("id"):
        sources = list(article.article_sources.all())
        rows.append(
            {
                "id": article.pk,
                "title": article.title,
                "title_inferred": article.title_inferred,
                "published_date": article.published_date.isoformat() if article.published_date else None,
                "status": article.status,
                "publisher": next((s.source.name for s in sources if s.role == ArticleSource.Role.PUBLISHER), None),
                "sources": [{"name": s.source.name, "role": s.role} for s in sources],
                "author": article.author,
                "dateline_place": article.dateline_place,
                "appended_to": article.appended_to_id,
                "duplicate_of": article.duplicate_of_id,
                "keywords": [keyword.name for keyword in article.keywords.all()],
                "entities": [
                    {"name": m.entity.name, "kind": m.entity.kind, "count": m.count} for m in article.mentions.all()
                ],
                "origin_file": article.origin_file,
                "body": article.body,
            }
        )
    return rows


def export_json(articles: QuerySet) -> str:
    return json.dumps(export_rows(articles), ensure_ascii=False, indent=2)


def export_csv(articles: QuerySet) -> str:
    """One row per article; lists joined with ` | ` (sources as `name (role)`, entities as `name (kind)`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=EXPORT_FIELDS)
    writer.writeheader()
    for row in export_rows(articles):
        row["sources"] = " | ".join(f"{s['name']} ({s['role']})" for s in row["sources"])
        row["keywords"] = " | ".join(row["keywords"])
        row["entities"] = " | ".join(f"{e['name']} ({e['kind']})" for e in row["entities"])
        writer.writerow(row)
    return out.getvalue()
