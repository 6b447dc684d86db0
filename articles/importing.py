"""Writing parsed dumps into the archive: one transaction per file, idempotent, nothing lost.

`import_paths` is the one entry point; `manage.py import_seeds` is a thin shell around it.
Re-importing is a no-op because every row has a unique key (content hash, article × source, …)
and existing rows are looked up in bulk, never one query per row.
"""

import glob
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.core import serializers
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from tqdm import tqdm

from articles.entities import load_gazetteer, load_gazetteer_fixture, write_mentions
from articles.models import (
    Article,
    ArticleSource,
    ImportFailure,
    ImportRun,
    Keyword,
    RelatedLink,
    Source,
    SourceAlias,
)
from articles.parsing import DumpError, ParsedArticle, ParsedDump, parse_dump, parse_segment
from articles.parsing.arabic import normalize
from articles.parsing.entities import Gazetteer
from articles.parsing.related import READ_ALSO

logger = logging.getLogger(__name__)

SOURCE_CATALOGUE = "sources.json"
# Names a credit line gives that are agencies, not outlets: `وكالات` (000, 003), `وكالة …`.
_AGENCY_PREFIXES = ("وكاله", "وكالات")


class _DryRunRollback(Exception):
    """Raised inside a file's transaction to undo it when nothing may be saved."""


@dataclass
class FileOutcome:
    path: str
    created: int = 0
    unchanged: int = 0
    updated: int = 0
    links_resolved: int = 0
    error: str = ""


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, str]]:
    """(path, error) pairs: every file a path names (a file, a folder, or a glob), sorted.

    A path that names nothing comes back with its error, so the run reports it instead of
    silently importing less than the operator asked for.
    """
    for raw in paths:
        path = str(raw)
        if os.path.isdir(path):
            found = sorted(str(p) for p in Path(path).rglob("*") if p.is_file() and not p.name.startswith("."))
            if not found:
                yield path, "folder holds no files"
            yield from ((p, "") for p in found)
        elif os.path.isfile(path):
            yield path, ""
        elif matches := sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p)):
            yield from ((p, "") for p in matches)
        else:
            yield path, "no such file or folder"


def load_source_catalogue() -> int:
    """Add the catalogue's outlets and agencies that the database lacks; returns how many rows.

    Rows already present are left as curators edited them: the catalogue seeds, it does not own.
    """
    path = Path(settings.FIXTURES_DIR) / SOURCE_CATALOGUE
    added = 0
    with open(path, encoding="utf-8") as stream:
        for obj in serializers.deserialize("json", stream, handle_forward_references=False):
            if obj.object.pk is None:
                obj.save()
                added += 1
    return added


class SourceResolver:
    """Normalised source names and aliases → Source ids, loaded once per run, grown as it goes."""

    def __init__(self):
        self.ids: dict[str, int] = {}
        self._added: list[str] = []  # keys created in the current file's transaction
        for source_id, key in SourceAlias.objects.values_list("source_id", "normalized_name"):
            self.ids[key] = source_id
        # A source's own name wins over another source's alias of the same spelling.
        for source_id, key in Source.objects.values_list("id", "normalized_name"):
            self.ids[key] = source_id

    def resolve(self, names: Iterable[str]) -> dict[str, int]:
        wanted = {normalize(name): name for name in names}
        missing = [key for key in wanted if key not in self.ids]
        if missing:
            Source.objects.bulk_create(
                [
                    Source(
                        name=wanted[key],
                        normalized_name=key,
                        kind=Source.Kind.AGENCY if key.startswith(_AGENCY_PREFIXES) else Source.Kind.OUTLET,
                    )
                    for key in missing
                ],
                ignore_conflicts=True,
            )
            self.ids.update(Source.objects.filter(normalized_name__in=missing).values_list("normalized_name", "id"))
            self._added += missing
        return {key: self.ids[key] for key in wanted}

    def begin(self) -> None:
        self._added = []

    def rollback(self) -> None:
        """Forget the sources created by a transaction that was rolled back."""
        for key in self._added:
            self.ids.pop(key, None)
        self._added = []


def import_paths(paths: Iterable[str | os.PathLike], *, dry_run: bool = False, out: TextIO | None = None) -> ImportRun:
    """Import every dump the paths name; one transaction per file; returns the recorded run.

    A file that cannot be read or stored is recorded as a failure with a one-line reason and the
    others still go in. With dry_run, every file is parsed and written inside a transaction that
    is rolled back, so the counts are real and nothing is saved, the run record included.
    """
    paths = [str(p) for p in paths]
    run = ImportRun(paths=paths, dry_run=dry_run)
    if not dry_run:
        run.save()
    if not dry_run:
        load_source_catalogue()
        load_gazetteer_fixture()
    resolver = SourceResolver()
    gazetteer = load_gazetteer()  # compiled once per run, not per file
    files = list(expand_paths(paths))
    failures: list[ImportFailure] = []
    for path, error in tqdm(files, desc="import", unit="file", file=out, disable=out is None or None):
        outcome = (
            FileOutcome(path=path, error=error) if error else _import_file(path, resolver, gazetteer, dry_run=dry_run)
        )
        run.files_total += 1
        run.articles_created += outcome.created
        run.articles_unchanged += outcome.unchanged
        run.links_resolved += outcome.links_resolved
        if outcome.error:
            run.files_failed += 1
            failures.append(ImportFailure(run=run, path=path, reason=outcome.error))
            logger.warning("%s: skipped, %s; other files imported", path, outcome.error)
    run.finished_at = timezone.now()
    if not dry_run:
        ImportFailure.objects.bulk_create(failures)
        run.save()
    run.failure_list = failures  # for reporting a dry run, whose failures are not saved
    return run


def _import_file(path: str, resolver: SourceResolver, gazetteer: Gazetteer, *, dry_run: bool) -> FileOutcome:
    outcome = FileOutcome(path=path)
    try:
        with open(path, "rb") as stream:
            parsed = parse_dump(stream.read())
    except DumpError as error:
        outcome.error = str(error)
        return outcome
    except OSError as error:
        outcome.error = f"cannot read: {error.strerror or error}"
        return outcome
    resolver.begin()
    try:
        with transaction.atomic():
            store_dump(parsed, origin=os.path.basename(path), resolver=resolver, gazetteer=gazetteer, outcome=outcome)
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        resolver.rollback()
    except Exception as error:  # a bad file must not take the run down; the reason is recorded
        resolver.rollback()
        logger.exception("%s: failed while storing", path)
        outcome = FileOutcome(path=path, error=f"not stored: {type(error).__name__}: {error}")
    return outcome


def store_dump(
    parsed: ParsedDump, *, origin: str, resolver: SourceResolver, gazetteer: Gazetteer, outcome: FileOutcome
) -> None:
    """Write one parsed dump: its new articles with their sources, keywords, links and mentions."""
    hashes = [article.content_hash for article in parsed.articles]
    existing = dict(Article.objects.filter(content_hash__in=hashes).values_list("content_hash", "id"))
    ids: dict[int, int] = {}  # segment → article id, for appended_to and read_also
    new: list[tuple[Article, ParsedArticle]] = []
    # Hosts first: their ids are the appended stories' appended_to. Two inserts per file at most.
    for wave in (parsed.articles[:1], parsed.articles[1:]):
        created = []
        for parsed_article in wave:
            key = parsed_article.content_hash
            if key in existing:
                ids[parsed_article.segment] = existing[key]
                outcome.unchanged += 1
                continue
            article = _article_from(parsed_article, origin=origin, sha256=parsed.sha256)
            article.appended_to_id = ids.get(0) if parsed_article.segment else None
            existing[key] = None  # the same story twice in one dump is one row
            created.append((article, parsed_article))
        Article.objects.bulk_create([article for article, _ in created])
        for article, parsed_article in created:
            existing[article.content_hash] = ids[parsed_article.segment] = article.id
        new += created
    outcome.created = len(new)
    for _, parsed_article in new:
        for problem in parsed_article.problems:
            logger.warning("%s: story %d: %s; stored, check it", origin, parsed_article.segment, problem)
    if not new:
        return
    write_sources(new, resolver)
    write_keywords(new)
    write_links(new, segment_ids=ids)
    # Each story is read on its own: an appended story's entities never reach its host.
    write_mentions([article for article, _ in new], gazetteer, fresh=True)
    outcome.links_resolved += resolve_open_links([article for article, _ in new])


def _article_from(parsed: ParsedArticle, *, origin: str, sha256: str) -> Article:
    return Article(
        **_parsed_fields(parsed),
        language="ar",
        origin_file=origin,
        origin_sha256=sha256,
        segment=parsed.segment,
        raw_text=parsed.raw_text,
        content_hash=parsed.content_hash,
    )


def _parsed_fields(parsed: ParsedArticle) -> dict:
    """The article fields the parser decides (and a re-parse may change)."""
    return {
        "title": parsed.title[:500],
        "title_key": normalize(parsed.title[:500]),
        "title_inferred": parsed.title_inferred,
        "body": parsed.body,
        "published_date": parsed.published_date,
        "dateline_place": parsed.dateline_place[:100],
        "author": parsed.author[:200],
        "keywords_raw": parsed.keywords_raw,
        "parse_problems": list(parsed.problems),
    }


def write_sources(new: list[tuple[Article, ParsedArticle]], resolver: SourceResolver) -> None:
    source_ids = resolver.resolve(source.name for _, parsed in new for source in parsed.sources)
    ArticleSource.objects.bulk_create(
        [
            ArticleSource(article=article, source_id=source_ids[normalize(source.name)], role=source.role)
            for article, parsed in new
            for source in parsed.sources
        ],
        ignore_conflicts=True,
    )


def write_keywords(new: list[tuple[Article, ParsedArticle]]) -> None:
    names = {normalize(tag): tag for _, parsed in new for tag in parsed.keywords}
    if not names:
        return
    Keyword.objects.bulk_create(
        [Keyword(name=name, normalized_name=key) for key, name in names.items()], ignore_conflicts=True
    )
    keyword_ids = dict(Keyword.objects.filter(normalized_name__in=names).values_list("normalized_name", "id"))
    Through = Article.keywords.through
    Through.objects.bulk_create(
        [
            Through(article_id=article.id, keyword_id=keyword_ids[normalize(tag)])
            for article, parsed in new
            for tag in parsed.keywords
        ],
        ignore_conflicts=True,
    )


def write_links(new: list[tuple[Article, ParsedArticle]], *, segment_ids: dict[int, int]) -> None:
    links: list[RelatedLink] = []
    for article, parsed in new:
        positions: dict[str, int] = {}
        for link in parsed.links:
            positions[link.kind] = positions.get(link.kind, 0) + 1
            target = segment_ids.get(link.target_segment) if link.kind == READ_ALSO else None
            links.append(
                RelatedLink(
                    from_article=article,
                    kind=link.kind,
                    headline=link.headline[:500],
                    headline_key=normalize(link.headline[:500]),
                    position=positions[link.kind],
                    to_article_id=target,
                )
            )
    _resolve_by_title(links)
    RelatedLink.objects.bulk_create(links, ignore_conflicts=True)


def _resolve_by_title(links: list[RelatedLink]) -> None:
    """Point each unresolved link at the article whose title matches its headline, if any."""
    open_links = [link for link in links if link.to_article_id is None]
    keys = {link.headline_key for link in open_links}
    if not keys:
        return
    targets: dict[str, int] = {}
    # The oldest article with that title: a stable answer when a headline was published twice.
    for key, article_id in (
        Article.objects.filter(title_key__in=keys, title_inferred=False).order_by("id").values_list("title_key", "id")
    ):
        targets.setdefault(key, article_id)
    for link in open_links:
        target = targets.get(link.headline_key)
        if target is not None and target != link.from_article_id:
            link.to_article_id = target


def resolve_open_links(articles: list[Article]) -> int:
    """Resolve links stored earlier (other files, other runs) whose headline is a new article's title."""
    by_key = {article.title_key: article.id for article in articles if not article.title_inferred}
    if not by_key:
        return 0
    resolved = 0
    waiting = RelatedLink.objects.filter(to_article__isnull=True, headline_key__in=by_key)
    for key, article_id in by_key.items():
        resolved += (
            waiting.filter(headline_key=key).exclude(from_article_id=article_id).update(to_article_id=article_id)
        )
    return resolved


def reparse_articles(queryset=None, *, dry_run: bool = False, out: TextIO | None = None) -> ImportRun:
    """Re-read stored articles from their verbatim raw text with the current parser.

    Only articles still `new` are rewritten: a curator's reviewed or rejected article keeps what
    the curator saw and corrected. Sources, keywords and links parsed from the text are replaced;
    read_also links (which come from the dump's structure, not the text) stay.
    """
    run = ImportRun(reparse=True, dry_run=dry_run, paths=["--reparse"])
    if not dry_run:
        run.save()
    queryset = (queryset if queryset is not None else Article.objects.all()).order_by("id")
    resolver = SourceResolver()
    gazetteer = load_gazetteer()
    ids = list(queryset.values_list("id", flat=True))
    batch_size = 500
    for start in tqdm(
        range(0, len(ids), batch_size), desc="re-parse", unit="batch", file=out, disable=out is None or None
    ):
        try:
            with transaction.atomic():
                _reparse_batch(ids[start : start + batch_size], resolver, gazetteer, run)
                if dry_run:
                    raise _DryRunRollback
        except _DryRunRollback:
            pass
    run.finished_at = timezone.now()
    if not dry_run:
        run.save()
    run.failure_list = []
    return run


def _reparse_batch(ids: list[int], resolver: SourceResolver, gazetteer: Gazetteer, run: ImportRun) -> None:
    changed: list[tuple[Article, ParsedArticle]] = []
    for article in Article.objects.filter(id__in=ids).order_by("id"):
        if article.status != Article.Status.NEW:
            run.articles_unchanged += 1
            continue
        parsed = parse_segment(article.raw_text, article.segment)
        fields = _parsed_fields(parsed)
        if all(getattr(article, name) == value for name, value in fields.items()):
            run.articles_unchanged += 1
            continue
        for name, value in fields.items():
            setattr(article, name, value)
        article.updated_at = timezone.now()  # bulk_update skips auto_now
        changed.append((article, parsed))
    if not changed:
        return
    # A new body may now equal another stored story's; that article keeps its old key.
    taken = set(
        Article.objects.filter(content_hash__in=[parsed.content_hash for _, parsed in changed]).values_list(
            "content_hash", flat=True
        )
    )
    for article, parsed in changed:
        if parsed.content_hash not in taken:
            article.content_hash = parsed.content_hash
    Article.objects.bulk_update(
        [article for article, _ in changed], [*_parsed_fields(changed[0][1]), "content_hash", "updated_at"]
    )
    run.articles_updated += len(changed)
    changed_ids = [article.id for article, _ in changed]
    ArticleSource.objects.filter(article_id__in=changed_ids).delete()
    Article.keywords.through.objects.filter(article_id__in=changed_ids).delete()
    # read_also links come from the dump's structure, not from this segment's text: they stay.
    RelatedLink.objects.filter(from_article_id__in=changed_ids).filter(~Q(kind=READ_ALSO)).delete()
    write_sources(changed, resolver)
    write_keywords(changed)
    write_links(changed, segment_ids={})
    write_mentions([article for article, _ in changed], gazetteer)
