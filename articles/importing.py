"""Writing parsed dumps into the archive: one transaction per file, idempotent, nothing lost.

`import_paths` is the one entry point; `manage.py import_seeds` is a thin shell around it.
Re-importing is a no-op because every row has a unique key (content hash, article × source, …)
and existing rows are looked up in bulk, never one query per row.
"""

import collections
import gc
import glob
import hashlib
import itertools
import logging
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

from django.conf import settings
from django.core import serializers
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Q, Subquery
from django.utils import timezone
from tqdm import tqdm

from articles.bulk import commit_without_waiting, copy_rows, insert_new
from articles.entities import (
    compile_gazetteer,
    gazetteer_names,
    load_gazetteer,
    load_gazetteer_fixture,
    write_mentions,
)
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
from articles.parsing.entities import Found, Gazetteer, Name, extract, story_text
from articles.parsing.related import READ_ALSO
from articles.search import StoryText, index_articles, index_new

logger = logging.getLogger(__name__)

SOURCE_CATALOGUE = "sources.json"
# Names a credit line gives that are agencies, not outlets: `وكالات` (000, 003), `وكالة …`.
_AGENCY_PREFIXES = ("وكاله", "وكالات")
# Files are read, hashed and checked against the archive in chunks; fewer files than one chunk
# are parsed in this process, where a worker pool would cost more than it saves.
_CHUNK = 128
_CHUNKS_AHEAD = 4  # parsed ahead of the writer: enough to keep the workers busy, memory still flat


class _DryRunRollback(Exception):
    """Raised inside a file's transaction to undo it when nothing may be saved."""


@dataclass
class FileOutcome:
    path: str
    created: int = 0
    unchanged: int = 0
    error: str = ""


def expand_paths(paths: Iterable[str | os.PathLike]) -> Iterator[tuple[str, str]]:
    """(path, error) pairs: every file a path names (a file, a folder, or a glob), in sorted order.

    Streamed: a folder of a million dumps is walked one directory at a time, never listed whole.
    A path that names nothing comes back with its error, so the run reports it instead of
    silently importing less than the operator asked for.
    """
    for raw in paths:
        path = str(raw)
        if os.path.isdir(path):
            empty = True
            for root, folders, names in os.walk(path):
                folders.sort()
                for name in sorted(names):
                    if not name.startswith("."):
                        empty = False
                        yield os.path.join(root, name), ""
            if empty:
                yield path, "folder holds no files"
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


@dataclass
class ReadFile:
    """A dump read, parsed and its entities extracted; or already imported; or why it is neither."""

    path: str
    error: str = ""
    parsed: ParsedDump | None = None
    found: tuple[list[Found], ...] = ()  # per story of `parsed`
    texts: tuple[StoryText, ...] = ()  # per story of `parsed`: its own words for the search index
    stored: int = 0  # the file was imported before (same SHA-256): its stories already stored


def parse_file(path: str, data: bytes, gazetteer: Gazetteer) -> ReadFile:
    """Everything about a file that needs no database: runs in the worker processes."""
    try:
        parsed = parse_dump(data)
    except DumpError as error:
        return ReadFile(path, str(error))
    found, parsed = _extract_each(parsed, gazetteer)
    # As the article will be stored (`_parsed_fields`): the index is written from these, not read back.
    texts = tuple(StoryText.of(a.title[:500], a.title_inferred, a.body, a.published_date) for a in parsed.articles)
    for story in parsed.articles:
        story.content_hash  # noqa: B018 - hashed here, in the worker, not in the writing process
    return ReadFile(path, parsed=parsed, found=found, texts=texts)


def _extract_each(parsed: ParsedDump, gazetteer: Gazetteer) -> tuple[tuple[list[Found], ...], ParsedDump]:
    """Each story's entities. A story the extractor fails on is stored without them, the failure in its
    parse problems: a fault in one rule must not cost a file its import (`extract_entities` redoes it)."""
    found, stories = [], []
    for story in parsed.articles:
        try:
            found.append(extract(story_text(story), gazetteer))
        except Exception as error:  # any fault of a rule; recorded on the story
            found.append([])
            problem = f"entities not extracted: {type(error).__name__}: {error}"
            story = replace(story, problems=(*story.problems, problem))
        stories.append(story)
    return tuple(found), replace(parsed, articles=tuple(stories))


_worker_gazetteer: Gazetteer | None = None


def _start_worker(names: list[Name]) -> None:
    global _worker_gazetteer
    _worker_gazetteer = compile_gazetteer(names)


def _parse_in_worker(item: tuple[str, bytes]) -> ReadFile:
    return parse_file(*item, _worker_gazetteer)


def _read_all(items: Iterator[tuple[str, str]], names: list[Name], workers: int) -> Iterator[ReadFile]:
    """Every file, in order: read and hashed here, parsed in `workers` processes unless known.

    A file whose SHA-256 is already in the archive was imported before and is not parsed again:
    re-importing a corpus costs a read, a hash and one query per chunk. The pool parses the next
    chunks while this process writes the current one.
    """
    chunks = _batched(items, _CHUNK)
    first = next(chunks, ())
    _start_worker(names)
    if workers <= 1 or len(first) < _CHUNK:
        for chunk in itertools.chain([first], chunks):
            loaded, to_parse = _load(chunk)
            yield from _merge(loaded, map(_parse_in_worker, to_parse))
        return
    # The gazetteer's automaton (60 MB for the fixture's names) is built once, here, and the
    # workers share its pages: forked, they inherit it, and nothing writes to it. gc.freeze()
    # keeps the collector from writing into every inherited object, which would copy its page.
    gc.freeze()
    try:
        # fork: workers inherit the loaded code; they never touch the database connection.
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pending: collections.deque = collections.deque()
            for chunk in itertools.chain([first], chunks):
                loaded, to_parse = _load(chunk)
                pending.append((loaded, pool.map_async(_parse_in_worker, to_parse, chunksize=8)))
                if len(pending) > _CHUNKS_AHEAD:
                    loaded, parsing = pending.popleft()
                    yield from _merge(loaded, iter(parsing.get()))
            while pending:
                loaded, parsing = pending.popleft()
                yield from _merge(loaded, iter(parsing.get()))
    finally:
        gc.unfreeze()


def _load(chunk: tuple[tuple[str, str], ...]) -> tuple[list[ReadFile | None], list[tuple[str, bytes]]]:
    """Read and hash a chunk of files; those already imported or unreadable are settled here."""
    loaded: list[ReadFile | None] = []
    to_parse: list[tuple[str, bytes]] = []
    hashes: dict[str, list[int]] = {}
    for path, error in chunk:
        if error:
            loaded.append(ReadFile(path, error))
            continue
        try:
            with open(path, "rb") as stream:
                data = stream.read()
        except OSError as read_error:
            loaded.append(ReadFile(path, f"cannot read: {read_error.strerror or read_error}"))
            continue
        hashes.setdefault(hashlib.sha256(data).hexdigest(), []).append(len(loaded))
        loaded.append(None)  # settled below
        to_parse.append((path, data))
    known = dict(
        Article.objects.filter(origin_sha256__in=hashes)
        .values("origin_sha256")
        .annotate(stories=Count("id"))
        .values_list("origin_sha256", "stories")
    )
    if known:
        skip = {index: stories for sha, stories in known.items() for index in hashes[sha]}
        parse_next = []
        for index, item in zip((i for i, f in enumerate(loaded) if f is None), to_parse, strict=True):
            if index in skip:
                loaded[index] = ReadFile(item[0], stored=skip[index])
            else:
                parse_next.append(item)
        to_parse = parse_next
    return loaded, to_parse


def _merge(loaded: list[ReadFile | None], parsed: Iterator[ReadFile]) -> Iterator[ReadFile]:
    for item in loaded:
        yield item if item is not None else next(parsed)


def import_paths(
    paths: Iterable[str | os.PathLike],
    *,
    dry_run: bool = False,
    out: TextIO | None = None,
    workers: int | None = None,
    batch_size: int = 200,
) -> ImportRun:
    """Import every dump the paths name; returns the recorded run.

    Files are read and parsed in `workers` processes (default: one per CPU) and written in
    batches, each batch one transaction. A file that cannot be read or stored is recorded as a
    failure with a one-line reason and the others still go in: a batch that fails is written again
    file by file, so each file still commits or fails alone. With dry_run, everything is written
    inside transactions that are rolled back, so the counts are real and nothing is saved, the run
    record included.
    """
    paths = [str(p) for p in paths]
    run = ImportRun(paths=paths, dry_run=dry_run)
    run.failure_list = []  # for reporting a dry run, whose failures are not saved
    if not dry_run:
        run.save()
        load_source_catalogue()
        load_gazetteer_fixture()
    resolver = SourceResolver()
    names = gazetteer_names()
    read = _read_all(expand_paths(paths), names, workers or os.cpu_count() or 1)
    progress = tqdm(desc="import", unit="file", file=out, disable=out is None or None)
    for batch in _batched(read, batch_size):
        failures = []
        outcomes, run_links = _store_batch(list(batch), resolver, dry_run=dry_run)
        run.links_resolved += run_links
        for outcome in outcomes:
            run.files_total += 1
            run.articles_created += outcome.created
            run.articles_unchanged += outcome.unchanged
            if outcome.error:
                run.files_failed += 1
                failures.append(ImportFailure(run=run, path=outcome.path, reason=outcome.error[:1000]))
                logger.warning("%s: skipped, %s; other files imported", outcome.path, outcome.error)
        if not dry_run:
            ImportFailure.objects.bulk_create(failures)
        run.failure_list += failures
        progress.update(len(batch))
    progress.close()
    run.finished_at = timezone.now()
    if not dry_run:
        run.save()
    return run


def _batched(items: Iterator, size: int) -> Iterator[tuple]:
    iterator = iter(items)
    while batch := tuple(itertools.islice(iterator, size)):
        yield batch


def _store_batch(batch: list[ReadFile], resolver: SourceResolver, *, dry_run: bool) -> tuple[list[FileOutcome], int]:
    """Write a batch of files in one transaction; if it fails, write them one by one.

    Returns each file's outcome and how many earlier links the batch's new articles resolved.
    """
    outcomes = {f.path: FileOutcome(path=f.path, error=f.error, unchanged=f.stored) for f in batch}
    readable = [f for f in batch if f.parsed is not None]
    resolved = 0
    if not readable:
        return list(outcomes.values()), resolved
    resolver.begin()
    try:
        with transaction.atomic():
            commit_without_waiting()
            resolved = store_dumps(readable, resolver=resolver, outcomes=outcomes)
            if dry_run:
                raise _DryRunRollback
    except _DryRunRollback:
        resolver.rollback()
    except Exception as error:  # a bad file must not take the others down; find it and record why
        resolver.rollback()
        resolved = 0
        if len(readable) == 1:
            logger.exception("%s: failed while storing", readable[0].path)
            outcomes[readable[0].path] = FileOutcome(
                path=readable[0].path, error=f"not stored: {type(error).__name__}: {error}"
            )
        else:
            for f in readable:
                (outcomes[f.path],), links = _store_batch([f], resolver, dry_run=dry_run)
                resolved += links
    return list(outcomes.values()), resolved


def store_dumps(files: list[ReadFile], *, resolver: SourceResolver, outcomes: dict[str, FileOutcome]) -> int:
    """Write parsed files: their new articles with sources, keywords, links and mentions.

    A constant number of queries per batch, whatever its number of files, stories and names.
    Counts each file's new and unchanged stories in `outcomes`; returns how many links stored
    earlier now point at one of the new articles.
    """
    hashes = [story.content_hash for f in files for story in f.parsed.articles]
    existing = dict(Article.objects.filter(content_hash__in=hashes).values_list("content_hash", "id"))
    ids: dict[tuple[str, int], int] = {}  # (file sha256, segment) → article id: appended_to, read_also
    new: list[tuple[Article, ParsedArticle]] = []
    found: list[list[Found]] = []
    texts: dict[int, StoryText] = {}  # new article id → its words for the search index
    now = timezone.now()
    # Hosts first: their ids are the appended stories' appended_to. Two inserts per batch.
    for wave in (slice(0, 1), slice(1, None)):
        created, repeated = [], []
        for f in files:
            outcome, sha = outcomes[f.path], f.parsed.sha256
            for story, entities, text in zip(f.parsed.articles[wave], f.found[wave], f.texts[wave], strict=True):
                key = story.content_hash
                if key in existing:
                    repeated.append(((sha, story.segment), key))
                    outcome.unchanged += 1
                    continue
                article = _article_from(story, origin=os.path.basename(f.path), sha256=sha)
                article.appended_to_id = ids.get((sha, 0)) if story.segment else None
                article.created_at = article.updated_at = now
                existing[key] = None  # the same story twice in one batch is one row
                created.append((article, story, entities, text, outcome))
        stored = dict(
            insert_new(
                Article,
                _ARTICLE_FIELDS,
                [tuple(getattr(article, name) for name in _ARTICLE_COLUMNS) for article, *_ in created],
                unique=["content_hash"],
                returning=["content_hash", "id"],
            )
        )
        for article, story, entities, text, outcome in created:
            article.id = stored.get(article.content_hash)
            if article.id is None:  # another importer stored this story since we looked
                repeated.append(((article.origin_sha256, story.segment), article.content_hash))
                outcome.unchanged += 1
                continue
            existing[article.content_hash] = ids[article.origin_sha256, story.segment] = article.id
            new.append((article, story))
            found.append(entities)
            texts[article.id] = text
            outcome.created += 1
        if missing := [key for _, key in repeated if existing[key] is None]:
            existing |= dict(Article.objects.filter(content_hash__in=missing).values_list("content_hash", "id"))
        for place, key in repeated:
            ids[place] = existing[key]
    for article, story in new:
        for problem in story.problems:
            logger.warning("%s: story %d: %s; stored, check it", article.origin_file, story.segment, problem)
    if not new:
        return 0
    write_sources(new, resolver)
    write_keywords(new)
    write_links(new, segment_ids=ids)
    # Each story was read on its own: an appended story's entities never reach its host.
    write_mentions([article for article, _ in new], fresh=True, found=found)
    index_new(texts)  # after keywords and mentions: their names are indexed too
    return resolve_open_links([article for article, _ in new])


# What an imported article's row holds; the rest takes the model's defaults.
_ARTICLE_FIELDS = (
    *("title", "title_key", "title_inferred", "body", "published_date", "dateline_place", "dateline_in_lead"),
    "author",
    *("keywords_raw", "parse_problems", "language", "origin_file", "origin_sha256", "segment", "raw_text"),
    *("content_hash", "appended_to", "status", "created_at", "updated_at"),
)
_ARTICLE_COLUMNS = tuple(Article._meta.get_field(name).attname for name in _ARTICLE_FIELDS)


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
        "dateline_in_lead": parsed.dateline_in_lead,
        "author": parsed.author[:200],
        "keywords_raw": parsed.keywords_raw,
        "parse_problems": list(parsed.problems),
    }


def write_sources(new: list[tuple[Article, ParsedArticle]], resolver: SourceResolver) -> None:
    source_ids = resolver.resolve(source.name for _, parsed in new for source in parsed.sources)
    rows: dict[tuple[int, int], str] = {}  # two credits naming one source are one row, the first role
    for article, parsed in new:
        for source in parsed.sources:
            rows.setdefault((article.id, source_ids[normalize(source.name)]), (source.role, article.published_date))
    copy_rows(
        ArticleSource, ("article", "source", "role", "published_date"), [(*key, *row) for key, row in rows.items()]
    )


def write_keywords(new: list[tuple[Article, ParsedArticle]]) -> None:
    names = {normalize(tag): tag for _, parsed in new for tag in parsed.keywords}
    if not names:
        return
    insert_new(Keyword, ("name", "normalized_name"), [(n, k) for k, n in names.items()], unique=["normalized_name"])
    keyword_ids = dict(Keyword.objects.filter(normalized_name__in=names).values_list("normalized_name", "id"))
    rows = {(article.id, keyword_ids[normalize(tag)]) for article, parsed in new for tag in parsed.keywords}
    copy_rows(Article.keywords.through, ("article", "keyword"), sorted(rows))


def write_links(new: list[tuple[Article, ParsedArticle]], *, segment_ids: dict[tuple[str, int], int]) -> None:
    links: list[RelatedLink] = []
    for article, parsed in new:
        positions: dict[str, int] = {}
        for link in parsed.links:
            positions[link.kind] = positions.get(link.kind, 0) + 1
            target = segment_ids.get((article.origin_sha256, link.target_segment)) if link.kind == READ_ALSO else None
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
    # A re-parse keeps its read_also links: the same key again is left as stored.
    insert_new(
        RelatedLink,
        _LINK_FIELDS,
        [tuple(getattr(link, name) for name in _LINK_COLUMNS) for link in links],
        unique=["from_article", "kind", "position"],
    )


_LINK_FIELDS = ("from_article", "kind", "headline", "headline_key", "position", "to_article")
_LINK_COLUMNS = tuple(RelatedLink._meta.get_field(name).attname for name in _LINK_FIELDS)


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
    """Resolve links stored earlier (other files, other runs) whose headline is a new article's title.

    One UPDATE for the whole batch: each waiting link takes the oldest new article of that title.
    """
    keys = {article.title_key for article in articles if not article.title_inferred}
    if not keys:
        return 0
    target = (
        Article.objects.filter(
            id__in=[article.id for article in articles], title_key=OuterRef("headline_key"), title_inferred=False
        )
        .exclude(id=OuterRef("from_article_id"))
        .order_by("id")
        .values("id")[:1]
    )
    waiting = RelatedLink.objects.filter(to_article__isnull=True, headline_key__in=keys)
    return waiting.filter(Exists(target)).update(to_article_id=Subquery(target))


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
    Article.objects.filter(pk__in=changed_ids).copy_dates_to_links()  # a curator's mentions stay, under the new date
    index_articles(changed_ids)
