"""Curators' writes and reads on articles, links and entities: the admin and the API call these.

Every write records itself in the objects' history (django-simple-history) with the curator who made
it, so a bulk action or an API PATCH is as accountable as an edit on an article's page. Entity
merges and aliases go through `articles.entities`, which records them itself.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Prefetch, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from simple_history.utils import bulk_update_with_history

from articles.entities import add_alias, extract_entities, remove_alias
from articles.importing import reparse_articles
from articles.models import Article, ArticleSource, Entity, EntityAlias, ImportRun, Keyword, Mention
from articles.parsing.arabic import normalize


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


def sources_of(article_ids: Iterable[int]) -> dict[int, list[dict]]:
    """Each article's sources as `{"id", "name", "role"}`, in the order they were stored.

    One query of tuples for a whole page: prefetching them built two model instances per link,
    which cost an API page more than its queries did.
    """
    found: dict[int, list[dict]] = {}
    links = (
        ArticleSource.objects.filter(article_id__in=article_ids)
        .order_by("article_id", "id")
        .values_list("article_id", "source_id", "source__name", "role")
    )
    for article_id, source_id, name, role in links:
        found.setdefault(article_id, []).append({"id": source_id, "name": name, "role": role})
    return found


def links_of_one(*, entity_ids: Sequence[int] = (), source_ids: Sequence[int] = ()) -> QuerySet | None:
    """The link rows a list filtered by one entity (or one source) is best walked by, or None.

    Mentions and source rows carry their article's date and are indexed by (entity or source,
    date, article): a page of one entity's articles, newest first, reads its index in order. Found
    from the article side instead, PostgreSQL walks the whole archive by date and probes each
    article for the entity: thousands of probes for an entity in one story of 200.
    """
    if len(entity_ids) == 1:
        return Mention.objects.filter(entity_id=entity_ids[0])
    if len(source_ids) == 1:
        return ArticleSource.objects.filter(source_id=source_ids[0])
    return None


def with_entity(queryset: QuerySet, entity_ids: Iterable[int]) -> QuerySet:
    """The articles of `queryset` that mention any of these entities (EXISTS: one row per article,
    index mention_uniq)."""
    return queryset.filter(Exists(Mention.objects.filter(article=OuterRef("pk"), entity_id__in=entity_ids)))


def with_entity_kind(queryset: QuerySet, kind: str) -> QuerySet:
    return queryset.filter(Exists(Mention.objects.filter(article=OuterRef("pk"), entity__kind=kind)))


def with_source(queryset: QuerySet, source_ids: Iterable[int]) -> QuerySet:
    return queryset.filter(Exists(ArticleSource.objects.filter(article=OuterRef("pk"), source_id__in=source_ids)))


def with_keyword(queryset: QuerySet, keyword_ids: Iterable[int]) -> QuerySet:
    tagged = Article.keywords.through.objects.filter(article=OuterRef("pk"), keyword_id__in=keyword_ids)
    return queryset.filter(Exists(tagged))


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


# Field edits (the API's PATCH) -------------------------------------------------------------

ARTICLE_FIELDS = ("title", "published_date", "status", "duplicate_of")
ENTITY_FIELDS = ("name", "kind", "status", "description")
_REASON_CHARS = 100  # simple-history's history_change_reason column


def _record(instance, reason: str, user) -> None:
    instance._change_reason = reason[:_REASON_CHARS]
    if user is not None and user.is_authenticated:
        # HistoryRequestMiddleware sees Django's request.user, which a token-authenticated API
        # request leaves anonymous: name the user explicitly.
        instance._history_user = user


def keywords_named(names: Iterable[str]) -> list[Keyword]:
    """Keyword rows for these tags (created where missing), de-duplicated on the normalised form."""
    wanted: dict[str, str] = {}
    for name in names:
        name = " ".join(name.split())
        key = normalize(name)
        if key and key not in wanted:
            wanted[key] = name
    found = {keyword.normalized_name: keyword for keyword in Keyword.objects.filter(normalized_name__in=wanted)}
    for key, name in wanted.items():
        if key not in found:
            found[key], _ = Keyword.objects.get_or_create(normalized_name=key, defaults={"name": name})
    return [found[key] for key in wanted]


@transaction.atomic
def update_article(article: Article, *, user=None, **changes) -> list[str]:
    """Change an article's curated fields; returns the names of the fields that changed.

    `changes` holds any of `title`, `published_date`, `status`, `duplicate_of` (an Article or
    None) and `keywords` (tags as written; they replace the article's). What is not given stays.
    Nothing changed: nothing is written, and the history stays as it was.
    """
    unknown = changes.keys() - {*ARTICLE_FIELDS, "keywords"}
    if unknown:
        raise TypeError(f"update_article: not curated fields: {', '.join(sorted(unknown))}")
    changed = []
    for field in ARTICLE_FIELDS:
        if field in changes and getattr(article, field) != changes[field]:
            setattr(article, field, changes[field])
            changed.append(field)
    if "keywords" in changes:
        tags = keywords_named(changes["keywords"])
        if {tag.pk for tag in tags} != set(article.keywords.values_list("pk", flat=True)):
            article.keywords.set(tags)  # the m2m signal reindexes the article for search
            changed.append("keywords")
    if changed:
        record_baseline(Article.objects.filter(pk=article.pk))  # so that this first edit can be reverted
        _record(article, "API: " + ", ".join(changed), user)
        article.save()  # updated_at moves on: the article's ETag changes
    return changed


@transaction.atomic
def update_entity(entity: Entity, *, user=None, aliases: list[str] | None = None, **fields) -> list[str]:
    """Change an entity's name, kind, status or description, and set its aliases exactly.

    Aliases are added and removed through `entities.add_alias` / `remove_alias` (each records
    itself in the entity's history). Returns the names of what changed.
    """
    changed = [field for field, value in fields.items() if field in ENTITY_FIELDS and getattr(entity, field) != value]
    for field in changed:
        setattr(entity, field, fields[field])
    if changed:
        record_baseline(Entity.objects.filter(pk=entity.pk))
        _record(entity, "API: " + ", ".join(changed), user)
        entity.save()
    if aliases is not None:
        current = {alias.normalized_name: alias.name for alias in entity.aliases.all()}
        wanted = {normalize(name): name for name in aliases if normalize(name)}
        for key in current.keys() - wanted.keys():
            remove_alias(entity, current[key], user=user)
        for key in wanted.keys() - current.keys():
            add_alias(entity, wanted[key], user=user)
        if current.keys() != wanted.keys():
            changed.append("aliases")
    return changed
