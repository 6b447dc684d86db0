"""Entities in the archive: the gazetteer, extraction into mentions, and the curators' edits.

Extraction runs inside the import (in bulk, per file) and again through `extract_entities` after the
gazetteer changes. Curators' hand edits survive re-extraction: a mention they added has origin
`curator`, one they removed is remembered as a `RejectedMention`. The admin and the API call the
services here (`merge_entities`, `add_alias`, `remove_alias`, `add_mention`, `remove_mention`).
"""

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from articles.bulk import copy_rows, insert_new
from articles.models import Article, Entity, EntityAlias, Mention, RejectedMention
from articles.parsing.arabic import normalize
from articles.parsing.entities import Found, Gazetteer, Name, extract, story_text
from articles.search import index_articles

GAZETTEER_FIXTURE = "gazetteer.json"
_BATCH = 500


def load_gazetteer() -> Gazetteer:
    """The curated entities and their aliases, compiled; discovered ones wait for a curator."""
    return compile_gazetteer(gazetteer_names())


def compile_gazetteer(names: Iterable[Name]) -> Gazetteer:
    """The automaton for these names, built again only when they differ from the last ones.

    Building it takes a second or two for the fixture's 19,000 spellings, and the curated names
    change far less often than imports, re-parses and evaluations read them. Comparing the names
    costs a query and a tuple comparison. One compiled gazetteer is kept per process.
    """
    return _compiled(tuple(names))


@functools.lru_cache(maxsize=1)
def _compiled(names: tuple[Name, ...]) -> Gazetteer:
    return Gazetteer(names)


def gazetteer_names() -> list[Name]:
    """What a gazetteer is compiled from: plain tuples, cheap to send to worker processes."""
    # Ordered, so that the same names give the same tuple and reuse the compiled automaton.
    curated = Entity.objects.filter(status=Entity.Status.CURATED).order_by("id")
    names = [Name(pk, name, True, kind) for pk, name, kind in curated.values_list("id", "name", "kind")]
    kinds = {name.entity_id: name.kind for name in names}
    # Two scans and a dict, not a join: PostgreSQL's plan for the join, with statistics taken
    # before the fixture went in, was a nested loop over both tables (seconds per import in tests).
    aliases = EntityAlias.objects.order_by("id").values_list("entity_id", "name")
    names += [Name(pk, name, False, kinds[pk]) for pk, name in aliases if pk in kinds]
    return names


def load_gazetteer_fixture() -> int:
    """Load `fixtures/gazetteer.json` into an archive that has no curated entity yet; returns rows added.

    Once curators own the gazetteer it is never reloaded behind their backs: an entity they deleted
    or merged would come back. New fixture entries go in with `manage.py loaddata gazetteer`.
    Rows go in as tuples (`insert_new`): model instances for its 19,000 rows took most of a second.
    """
    if Entity.objects.filter(status=Entity.Status.CURATED).exists():
        return 0
    rows = json.loads((Path(settings.FIXTURES_DIR) / GAZETTEER_FIXTURE).read_text(encoding="utf-8"))
    now = timezone.now()
    # The fixture's own normalised names: tests/test_gazetteer.py keeps them equal to normalize(name).
    entities = {
        (fields["normalized_name"], fields["kind"]): (
            fields["name"],
            fields.get("status", Entity.Status.CURATED),
            fields.get("description", ""),
        )
        for fields in (row["fields"] for row in rows if row["model"] == "articles.entity")
    }
    inserted = insert_new(
        Entity,
        ("name", "normalized_name", "kind", "status", "description", "created_at", "updated_at"),
        [(name, key, kind, status, about, now, now) for (key, kind), (name, status, about) in entities.items()],
        unique=("normalized_name", "kind"),
        returning=("normalized_name", "kind", "id"),
    )
    ids = {(key, kind): pk for key, kind, pk in inserted}
    ids |= _entity_ids(set(entities) - set(ids))  # a discovered entity already had the name
    aliases = {
        (ids[tuple(fields["entity"])], fields["normalized_name"]): fields["name"]
        for fields in (row["fields"] for row in rows if row["model"] == "articles.entityalias")
    }
    added = insert_new(
        EntityAlias,
        ("entity", "name", "normalized_name"),
        [(entity_id, name, key) for (entity_id, key), name in aliases.items()],
        unique=("entity", "normalized_name"),
        returning=("id",),
    )
    return len(inserted) + len(added)


def _entity_ids(keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    if not keys:
        return {}
    names = {name for name, _ in keys}
    rows = Entity.objects.filter(normalized_name__in=names).values_list("normalized_name", "kind", "id")
    return {(name, kind): pk for name, kind, pk in rows if (name, kind) in keys}


@dataclass
class ExtractionCounts:
    articles: int = 0
    mentions: int = 0
    discovered: int = 0  # entities created with status `discovered`

    def __add__(self, other: "ExtractionCounts") -> "ExtractionCounts":
        return ExtractionCounts(
            self.articles + other.articles, self.mentions + other.mentions, self.discovered + other.discovered
        )


def write_mentions(
    articles: Sequence[Article],
    gazetteer: Gazetteer | None = None,
    *,
    fresh: bool = False,
    found: Sequence[list[Found]] | None = None,
) -> ExtractionCounts:
    """Store the mentions of `articles`, in a constant number of queries.

    `found` is what extraction found in each article (the importer extracts in its worker
    processes); without it the articles are read here with `gazetteer`. The articles' extracted
    mentions are replaced; mentions a curator added or removed are kept as they are. `fresh` says
    the articles were just created, so there is nothing to replace or keep.
    """
    if found is None:
        found = [extract(_text_of(article), gazetteer) for article in articles]
    found = {article.pk: items for article, items in zip(articles, found, strict=True)}
    # The first spelling read names a new entity: the last one would make the stored name depend on
    # where a batch ends.
    discovered: dict[tuple[str, str], Found] = {}
    for items in found.values():
        for item in items:
            if item.entity_id is None:
                discovered.setdefault(item.key, item)
    discovered_ids, created = _discovered_entity_ids(discovered)
    kept: set[tuple[int, int]] = set()
    if not fresh:
        ids = list(found)
        Mention.objects.filter(article_id__in=ids, origin=Mention.Origin.EXTRACTED).delete()
        kept |= set(Mention.objects.filter(article_id__in=ids).values_list("article_id", "entity_id"))
        kept |= set(RejectedMention.objects.filter(article_id__in=ids).values_list("article_id", "entity_id"))
    mentions: dict[tuple[int, int], list] = {}  # (article, entity) → [count, surface forms, first offset]
    for article_id, items in found.items():
        for item in items:
            entity_id = item.entity_id if item.entity_id is not None else discovered_ids[item.key]
            if (article_id, entity_id) in kept:
                continue
            mention = mentions.get((article_id, entity_id))
            if mention is None:
                mentions[article_id, entity_id] = [item.count, list(item.surface_forms), item.first_offset]
            else:  # a discovered name that is an alias of a matched entity
                mention[0] += item.count
                mention[1] = list(dict.fromkeys([*mention[1], *item.surface_forms]))
                mention[2] = min(mention[2], item.first_offset)
    extracted = Mention.Origin.EXTRACTED.value
    dates = {article.pk: article.published_date for article in articles}
    copy_rows(
        Mention,
        ("article", "entity", "count", "surface_forms", "first_offset", "origin", "published_date"),
        [(*key, *values, extracted, dates[key[0]]) for key, values in mentions.items()],
    )
    return ExtractionCounts(articles=len(articles), mentions=len(mentions), discovered=created)


def _text_of(article: Article) -> str:
    return story_text(article)


def _discovered_entity_ids(discovered: dict[tuple[str, str], Found]) -> tuple[dict[tuple[str, str], int], int]:
    """Entity ids for discovered names: an entity of that name or alias and kind, else a new one."""
    if not discovered:
        return {}, 0
    keys = set(discovered)
    ids = _entity_ids(keys)
    # A name a curator merged away lives on as an alias: it must land on the survivor.
    aliases = EntityAlias.objects.filter(normalized_name__in={name for name, _ in keys - ids.keys()})
    for name, kind, entity_id in aliases.values_list("normalized_name", "entity__kind", "entity_id"):
        if (name, kind) in keys:
            ids.setdefault((name, kind), entity_id)
    missing = keys - ids.keys()
    if missing:
        Entity.objects.bulk_create(
            [
                Entity(
                    name=discovered[key].name[:200],
                    normalized_name=key[0][:200],
                    kind=key[1],
                    status=Entity.Status.DISCOVERED,
                )
                for key in missing
            ],
            ignore_conflicts=True,  # another importer may have created it meanwhile
        )
        ids |= _entity_ids(missing)
    return ids, len(missing)


def extract_entities(
    article_ids: Iterable[int] | None = None, *, gazetteer: Gazetteer | None = None
) -> ExtractionCounts:
    """Re-run extraction on the given articles (all when None), one transaction per batch of 500."""
    gazetteer = gazetteer or load_gazetteer()
    queryset = Article.objects.only(
        "id", "title", "body", "title_inferred", "dateline_place", "dateline_in_lead", "published_date"
    ).order_by("id")
    if article_ids is not None:
        queryset = queryset.filter(id__in=list(article_ids))
    counts = ExtractionCounts()
    last_id = 0
    while batch := list(queryset.filter(id__gt=last_id)[:_BATCH]):
        with transaction.atomic():
            counts += write_mentions(batch, gazetteer)
            index_articles(article.id for article in batch)  # entity names are indexed
        last_id = batch[-1].id
    return counts


# Curation -------------------------------------------------------------------------------------


@dataclass
class MergeResult:
    survivor: Entity
    merged: list[str]  # names of the entities merged away
    mentions_moved: int = 0  # reassigned to the survivor
    mentions_combined: int = 0  # folded into a mention the survivor already had in that article
    aliases_moved: int = 0


@transaction.atomic
def merge_entities(survivor: Entity, others: Iterable[Entity], *, user=None) -> MergeResult:
    """Fold `others` into `survivor`: their mentions, aliases and names move to it; they are deleted.

    In an article both mention, the counts add up and the surface forms join. Every merged name
    becomes an alias of the survivor, so extraction keeps landing on it. One transaction; the
    survivor's history records what was merged, and by whom.
    """
    others = [other for other in others if other.pk != survivor.pk]
    result = MergeResult(survivor=survivor, merged=[other.name for other in others])
    if not others:
        return result
    other_ids = [other.pk for other in others]
    affected = list(Mention.objects.filter(entity_id__in=other_ids).values_list("article_id", flat=True))
    result.mentions_moved, result.mentions_combined = _move_mentions(survivor, other_ids)
    _move_rejections(survivor, other_ids)
    result.aliases_moved = _move_aliases(survivor, others)
    summary = (
        f"merged {', '.join(f'{other.name} (#{other.pk})' for other in others)}: "
        f"{result.mentions_moved} mentions moved, {result.mentions_combined} combined, "
        f"{result.aliases_moved} aliases moved"
    )
    for other in others:
        _record(other, f"merged into {survivor.name} (#{survivor.pk})", user)
        other.delete()
    _record(survivor, summary, user)
    survivor.save()
    index_articles(affected)  # their entity names changed
    return result


def _move_mentions(survivor: Entity, other_ids: list[int]) -> tuple[int, int]:
    moving = list(Mention.objects.filter(entity_id__in=other_ids).order_by("article_id", "id"))
    held = {
        m.article_id: m for m in Mention.objects.filter(entity=survivor, article_id__in=[m.article_id for m in moving])
    }
    changed: dict[int, Mention] = {}
    folded: list[int] = []
    moved = 0
    for mention in moving:
        target = held.get(mention.article_id)
        if target is None:
            mention.entity_id = survivor.pk
            held[mention.article_id] = changed[mention.pk] = mention
            moved += 1
            continue
        target.count += mention.count
        target.surface_forms = list(dict.fromkeys([*target.surface_forms, *mention.surface_forms]))
        target.first_offset = min(target.first_offset, mention.first_offset)
        if mention.origin == Mention.Origin.CURATOR:
            target.origin = Mention.Origin.CURATOR
        changed[target.pk] = target
        folded.append(mention.pk)
    # Delete the folded rows first: a row moved onto the survivor must not meet its twin.
    Mention.objects.filter(pk__in=folded).delete()
    Mention.objects.bulk_update(changed.values(), ["entity", "count", "surface_forms", "first_offset", "origin"])
    return moved, len(folded)


def _move_rejections(survivor: Entity, other_ids: list[int]) -> None:
    rejected = set(RejectedMention.objects.filter(entity=survivor).values_list("article_id", flat=True))
    moving = RejectedMention.objects.filter(entity_id__in=other_ids)
    RejectedMention.objects.bulk_create(
        [
            RejectedMention(article_id=a, entity=survivor)
            for a in set(moving.values_list("article_id", flat=True)) - rejected
        ]
    )
    moving.delete()


def _move_aliases(survivor: Entity, others: list[Entity]) -> int:
    have = set(survivor.aliases.values_list("normalized_name", flat=True)) | {survivor.normalized_name}
    moving = list(EntityAlias.objects.filter(entity__in=others))
    wanted = [(alias.name, alias.normalized_name) for alias in moving]
    wanted += [(other.name, other.normalized_name) for other in others]
    new = {}
    for name, key in wanted:
        if key not in have and key not in new:
            new[key] = EntityAlias(entity=survivor, name=name, normalized_name=key)
    EntityAlias.objects.filter(pk__in=[alias.pk for alias in moving]).delete()
    EntityAlias.objects.bulk_create(new.values())
    return len(new)


def _record(entity: Entity, reason: str, user) -> None:
    """What the next history row of `entity` says happened, and who did it (django-simple-history)."""
    entity._change_reason = reason[:100]
    if user is not None:
        entity._history_user = user


def add_alias(entity: Entity, name: str, *, user=None) -> EntityAlias:
    """Give `entity` another name; the entity's history records it."""
    key = normalize(name)
    if not key:
        raise ValidationError("an alias needs at least one letter or digit")
    if key == entity.normalized_name:
        raise ValidationError(f"«{name}» is the entity's own name")
    with transaction.atomic():
        alias, created = EntityAlias.objects.get_or_create(entity=entity, normalized_name=key, defaults={"name": name})
        if created:
            _record(entity, f"alias added: {name}", user)
            entity.save(update_fields=["updated_at"])
    return alias


def remove_alias(entity: Entity, name: str, *, user=None) -> bool:
    """Take a name off `entity`; False if it had no such alias."""
    with transaction.atomic():
        deleted, _ = EntityAlias.objects.filter(entity=entity, normalized_name=normalize(name)).delete()
        if deleted:
            _record(entity, f"alias removed: {name}", user)
            entity.save(update_fields=["updated_at"])
    return bool(deleted)


@transaction.atomic
def add_mention(article: Article, entity: Entity) -> Mention:
    """A curator says `article` is about `entity`; re-extraction keeps it."""
    RejectedMention.objects.filter(article=article, entity=entity).delete()
    mention, created = Mention.objects.get_or_create(
        article=article,
        entity=entity,
        defaults={"origin": Mention.Origin.CURATOR, "count": 0, "published_date": article.published_date},
    )
    if not created and mention.origin != Mention.Origin.CURATOR:
        mention.origin = Mention.Origin.CURATOR
        mention.save(update_fields=["origin"])
    if created:
        index_articles([article.pk])
    return mention


@transaction.atomic
def remove_mention(article: Article, entity: Entity) -> None:
    """A curator says `article` is not about `entity`; re-extraction does not put it back."""
    deleted, _ = Mention.objects.filter(article=article, entity=entity).delete()
    RejectedMention.objects.get_or_create(article=article, entity=entity)
    if deleted:
        index_articles([article.pk])
