"""Curators' writes to articles and entities: one function per change, one transaction each.

The API calls these; every write lands in the row's django-simple-history history with the user
and a change reason naming the fields, keywords included (simple-history does not track M2M rows).
Entity merges and aliases go through `articles.entities`, which records themselves.
"""

from collections.abc import Iterable

from django.db import transaction

from articles.entities import add_alias, remove_alias
from articles.models import Article, Entity, Keyword
from articles.parsing.arabic import normalize

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
