"""Full-text search over articles: the one search service. The admin and the API call it.

    search(Article.objects.all(), "والعراق -داعش")   # ranked QuerySet; filters compose with it
    snippets(page, q)                                # {article id: HTML snippet with <mark>}
    did_you_mean(q)                                  # a query that finds something, or None
    index_articles(ids)                              # (re)write index rows, in bulk

What is indexed, per article, normalised as the importer normalises (`arabic.normalize`): the title
(weight A; an inferred title is the body's lead and is not indexed twice), the keywords and the
entity names (B), the body (C). Each word is stored as written; a query word is looked up through
every form that carries it behind clitics (`parsing.query`), so phrases stay phrases.

- PostgreSQL: `SearchDocument` rows hold three tsvectors built here word by word (no text-search
  configuration touches them: the measurement in docs/search.md chose this over `arabic`): `doc`
  (everything) for matching, `title` and `head` (title and names) for ranking, each GIN-indexed,
  and the publication date, whose index lets a page of a common word be read newest first.
- SQLite: the FTS5 table `articles_search_fts` (rowid = article id) holds the same words.

The same query gives the same articles, in the same order, on both. Ranking: a hit whose title
holds the query comes first, then one whose title and names hold it, then body hits; the newest
first within each (undated last), then the highest id.

The index is kept current by the writers: the importer calls `index_articles` once per stored
batch and per re-parsed batch, the entity services after changing mentions, and the receivers at
the end of this module when an article, its keywords, or a keyword or entity name changes through
the ORM. `manage.py rebuild_search_index` rewrites it all.
"""

import importlib
import re
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from django.contrib.postgres.search import TrigramSimilarity
from django.db import NotSupportedError, connections, reset_queries, transaction
from django.db.models import Case, DateField, ExpressionWrapper, F, IntegerField, Lookup, Q, QuerySet, When
from django.db.models.expressions import RawSQL
from django.db.models.query import ModelIterable
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.db.models.sql.where import AND
from django.utils.html import escape

from articles.bulk import copy_rows, insert_new
from articles.db import planner_settings
from articles.models import Article, ArticleQuerySet, Entity, Keyword, Mention, SearchDocument, SearchWord
from articles.parsing.arabic import clitic_forms, normalize
from articles.parsing.query import (
    OR_WORD,
    OR_WORD_ARABIC,
    Phrase,
    Query,
    QueryError,
    index_terms,
    parse_query,
    phrase_at,
    query_key,
)
from articles.parsing.words import tokenize

__all__ = [
    "Query",
    "QueryError",
    "did_you_mean",
    "highlight",
    "index_articles",
    "parse_query",
    "rebuild_index",
    "search",
    "snippets",
]

FTS_TABLE = "articles_search_fts"

# Ranks, best first: the title holds the query; title and names do; the body is needed.
RANK_TITLE, RANK_NAMES, RANK_BODY = 3, 2, 1

# Between two names, and between the title, names and body: a word no query can hold, so no
# phrase runs from one into the next. A format character: normalize() never keeps one.
_GAP = "\u2063"
# A run of letters this long is no word (a pasted link, a row of dashes' worth of letters);
# it keeps its place but is not indexed. PostgreSQL refuses lexemes over 2,047 bytes.
_LONGEST_WORD = 100
# PostgreSQL keeps word positions up to 16,383 and 256 positions per word: beyond them, a phrase
# test on PostgreSQL sees less than SQLite does. News stories stay far below both.
_LAST_POSITION = 16383
_POSITIONS_PER_WORD = 256
_BATCH = 500
# A page first looks for a rank's hits among the newest stories, at least this many and this
# many per hit wanted (PostgreSQL): walking them is cheap, and a rank with a page of hits among
# them is common enough to be read newest first (docs/search.md has the measurements).
_RECENT = 1000
_RECENT_PER_HIT = 4
# The widest window of newest stories a rank's hits are looked for in; past it, all its hits are
# sorted. A window is walked along the date index when PostgreSQL expects hits to be common in it.
_WIDEST_WINDOW = 20000
# Hits PostgreSQL expects below which a page ranks them all at once (from the GIN indexes);
# above it, rank by rank along the date index. Of 1,000, 2,000 and 5,000, 2,000 gave the lowest
# p95 at 16k and 100k stories (docs/search.md).
_FEW_HITS = 2000
_NEWEST = (F("published_date").desc(nulls_last=True), F("article_id").desc())
# PostgreSQL planner settings while a page is read. A page reads tens to thousands of rows
# through the date and GIN indexes, and PostgreSQL cannot always see it: it ignores tsvector
# weights and takes words for independent, and then reads every row's tsvector (1.7 s instead
# of 35 ms at 100k stories, measured) or starts parallel workers, which cost more here
# (10-20 ms) than they save.
PAGE_SETTINGS = {"enable_seqscan": "off", "max_parallel_workers_per_gather": 0}
# PostgreSQL: a rank's hits newest first, sorted after the GIN index found them (`date + 0` is
# the date index's order, but no index gives it, so the planner cannot choose to walk it).
_SORTED_AFTER_GIN = (
    ExpressionWrapper(F("search_document__published_date") + 0, DateField()).desc(nulls_last=True),
    # The index row's id, not the article's (the same number): sorted on index rows alone, only the
    # page's articles are read, not every hit's (10,000 rows of a common title word at 1M).
    F("search_document__article_id").desc(),
)
# PostgreSQL: GIN indexes of the title, head and doc over the newest stories only (from a cut-off
# date, at first the newest _RECENT_STORIES). A window of newest stories reads a common word's
# hits from them: at 1M, 5,209 entries of `doc` for a word in one story in twenty instead of
# 52,291, 2.8 ms instead of 13-15 ms (measured). Their predicate is on `published_date + 0`, an
# expression the date index does not hold: on the column itself, PostgreSQL takes the date
# index's range as covering the same condition and never combines the two (seen). Built again
# from a newer cut-off once the stories past it are twice as many (keep_recent_index); `doc`'s
# is built last and says where they begin.
RECENT_INDEXES = {column: f"searchdocument_recent_{column}_idx" for column in ("title", "head", "doc")}
_RECENT_STORIES = 100_000
_RECENT_SINCE = ExpressionWrapper(F("search_document__published_date") + 0, DateField())
# PostgreSQL's share for a term it has no statistics of (DEFAULT_TS_MATCH_SEL), and how long a
# process keeps the statistics it read (they change when the table is analysed).
_DEFAULT_TERM_SHARE = 0.005
_STATISTICS_SECONDS = 600
_SNIPPET_CHARS = 200
_SNIPPET_LEAD = 60  # characters shown before the first hit
# Suggestions: pg_trgm's similarity (shared trigrams over all trigrams), computed the same here.
_SUGGESTION_SIMILARITY = 0.4
_SUGGESTION_WORDS = 20  # words read per typed word (PostgreSQL: times five, then kept by similarity)
_SUGGESTIONS_TRIED = 3  # queries tried before giving up
_QUOTES = '"“”«»'


# Searching ------------------------------------------------------------------------------------


def search(queryset: QuerySet, q: "str | Query") -> QuerySet:
    """The articles of `queryset` that match `q`, ranked best first, each annotated with `rank`.

    Ranked: title hits, then hits in the title and names, then body hits (RANK_*); newest first
    within a rank (undated last), then the highest id. Raises QueryError (a ValueError with a
    one-line message) when `q` cannot be read.

    The result is a lazy QuerySet: filter it further, count it, iterate it (one query). A slice
    `[start:stop]` (what paginators take) returns a list; on PostgreSQL it is read so that a page
    costs what its own hits cost, not what ranking every hit would (SearchQuerySet).
    """
    query = q if isinstance(q, Query) else parse_query(q)
    vendor = connections[queryset.db].vendor
    if vendor == "postgresql":
        ranks = _ranks_postgresql(query)
        newest = F("search_document__published_date").desc(nulls_last=True)
    elif vendor == "sqlite":
        ranks = _ranks_sqlite(query)
        newest = F("published_date").desc(nulls_last=True)
    else:
        raise NotSupportedError(f"search: {vendor} is not supported; newsdb runs on SQLite or PostgreSQL")
    found = queryset.filter(ranks.match)
    match = found.query.where.children[-1]  # what filter() added: one node (an OR, or one lookup)
    found = found.annotate(
        rank=Case(
            When(ranks.title, then=RANK_TITLE),
            When(ranks.names, then=RANK_NAMES),
            default=RANK_BODY,
            output_field=IntegerField(),
        )
    )
    by_date = (newest, F("id").desc())
    found = found.order_by(F("rank").desc(), *by_date)
    if isinstance(found, ArticleQuerySet):
        found.__class__ = SearchQuerySet
        found._search_query = query
        # Each rank, best first, as conditions PostgreSQL can estimate (not `rank = n`), each
        # whole without the match condition (see _unmatched).
        found._search_ranks = ranks.alone
        found._search_match = match
        found._search_ordering = found.query.order_by
        found._search_by_date = by_date
    return found


@dataclass(frozen=True)
class _Ranks:
    match: Q  # the article holds the query
    title: Q  # its title holds the searched words
    names: Q  # its title, keywords and entity names hold them
    alone: tuple[Q, Q, Q] = ()  # PostgreSQL: each rank's articles, best first, match included


def _ranks_postgresql(query: Query) -> _Ranks:
    searched = tsquery(query, positive=True)
    names = Q(search_document__head__tsmatch=searched)
    # A story whose title and names hold the searched words holds them: `head` (small, kept in
    # the row) answers for it, and the body's tsvector is read only for the others (OR is
    # evaluated left to right), or to look for an excluded word.
    in_head = names & ~Q(search_document__doc__tsmatch=_tsquery_any(query.excluded)) if query.excluded else names
    in_doc = Q(search_document__doc__tsmatch=tsquery(query))
    title = Q(search_document__title__tsmatch=searched)
    return _Ranks(
        match=in_head | in_doc,
        title=title,
        names=names,
        # `doc` holds the title and names: a story whose head holds the searched words matches
        # unless it holds an excluded one, so no rank needs the match condition as well.
        # A title's words are its head's too (head = title and names).
        alone=(
            title & ~Q(search_document__doc__tsmatch=_tsquery_any(query.excluded)) if query.excluded else title,
            in_head & ~title,
            in_doc & ~names,
        ),
    )


def _ranks_sqlite(query: Query) -> _Ranks:
    def matching(expression: str) -> Q:
        # Evaluated once per query (a non-correlated IN), not once per row.
        return Q(id__in=RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [expression]))

    return _Ranks(
        match=matching(fts_query(query)),
        title=matching(fts_query(query, columns=("title",), positive=True)),
        names=matching(fts_query(query, columns=("title", "names"), positive=True)),
    )


class SearchQuerySet(ArticleQuerySet):
    """What `search` returns: a ranked QuerySet whose slices are read rank by rank.

    Ranking every hit before showing the first page costs as much as the hits are many, and a
    common word is in most stories. A slice instead fills the page from the title hits, then
    the names hits, then the body hits, each newest first: their order in the whole ranking.

    On PostgreSQL each rank is first read among the newest stories only (a range of a date
    index, so the walk is bounded): a rank with enough hits there gives the page, exactly, since
    no older story comes before them. A rank with fewer is rare lately; its hits are fetched
    through the GIN index and sorted. Either way a page costs about what its own hits cost.
    The articles are the slice of the whole ranked QuerySet; tests check it on both databases.
    """

    _search_query: Query | None = None
    _search_ranks: tuple[Q, ...] = ()
    _search_match = None  # the where-clause node search() added
    _search_ordering: tuple = ()
    _search_by_date: tuple = ()

    def _clone(self):
        clone = super()._clone()
        clone._search_query = self._search_query
        clone._search_ranks = self._search_ranks
        clone._search_match = self._search_match
        clone._search_ordering = self._search_ordering
        clone._search_by_date = self._search_by_date
        return clone

    def __getitem__(self, k):
        if (
            isinstance(k, slice)
            and k.step is None
            and k.stop is not None
            and 0 <= (k.start or 0) < k.stop
            and self._result_cache is None
            and not self.query.is_sliced
            and self._iterable_class is ModelIterable  # model instances, not values()
            and self.query.order_by == self._search_ordering  # not re-ordered since search()
        ):
            return self._page(k.start or 0, k.stop)
        return super().__getitem__(k)

    def _page(self, start: int, stop: int) -> list[Article]:
        if connections[self.db].vendor != "postgresql":
            return list(super().__getitem__(slice(start, stop)))  # SQLite: one query ranks them all
        with planner_settings(self.db, **PAGE_SETTINGS):
            query = self._search_query
            statistics = _TermStatistics.of(self.db)
            # A phrase of three words or more is two pairs at consecutive places: PostgreSQL reads
            # each candidate's `doc` to check them, so ranking all of even 2,000 hits cost 40-80 ms
            # (measured at a million stories), where a page rank by rank reads only its window's.
            positional = any(len(phrase.words) > 2 for phrase in (*query.phrases, *query.excluded))
            if positional or statistics.stories_holding(query, "doc") > _FEW_HITS:
                return self._page_rank_by_rank(start, stop, statistics)
            # Few hits: rank them all at once from the GIN indexes.
            return self._by_ids(self, start, stop)

    def _by_ids(self, ranked: QuerySet, start: int, stop: int) -> list[Article]:
        """The slice of `ranked` (hits in this search's order), ranked by their ids only, and then
        only the page's articles read: no article row is read for a hit that is not on the page
        (reading every hit's article to sort them cost a third more at a million stories).

        Bitmap scans only: the hits come from the GIN indexes, not from a walk of a whole primary
        key (160 ms at 16k stories), nor of one backwards through a million rows looking for a
        phrase PostgreSQL wrongly expects often (2.4 s, measured).
        """
        page = self._unmatched().filter(id__in=ranked.values("id")[start:stop]).order_by(*self._search_ordering)
        with planner_settings(self.db, enable_indexscan="off"):
            return list(page)

    def _unmatched(self) -> QuerySet:
        """This search without its match condition, every other filter kept: for statements whose
        other conditions imply it (a rank's, or ids already found). Left in, PostgreSQL reads its
        index as well: a title rank of 1,187 hits of a word in a quarter of the stories read that
        word's 254,247 entries of `doc` too, 126 ms (measured at 1M).
        """
        unmatched = self._chain()
        where = unmatched.query.where
        if where.connector == AND and not where.negated and self._search_match in where.children:
            where.children.remove(self._search_match)
        return unmatched

    def _page_rank_by_rank(self, start: int, stop: int, statistics: "_TermStatistics") -> list[Article]:
        query = self._search_query
        found: list[Article] = []
        skip, wanted = start, stop - start
        cutoff = statistics.recent_cutoff
        for condition, share in zip(self._search_ranks, statistics.rank_shares(query), strict=True):
            if wanted <= 0:
                break
            rank = self._unmatched().filter(condition)
            rows: list[Article] = []
            window = _first_window(share, skip + wanted, stop)
            while window is not None and (recent_from := _newest_from(self.db, window)) is not None:
                # Exact, not a guess: every hit outside the window is older than every hit in it.
                recent = rank.filter(search_document__published_date__gte=recent_from)
                if cutoff is not None and recent_from >= cutoff:
                    # Implied by the window's own bound; it lets PostgreSQL read the recent index.
                    recent = _past_cutoff(recent, cutoff)
                rows = list(recent.order_by(*self._search_by_date)[skip : skip + wanted])
                if len(rows) == wanted or window >= _WIDEST_WINDOW:
                    break
                # Not a page: widen the window to where the hits seen so far say a page is, or to
                # the widest if none was seen. A word in one title in a hundred has 10 title hits
                # among the newest 1,000 stories, a page among 3,000: read from the date and GIN
                # indexes together, a few milliseconds, where sorting its 10,000 title hits took
                # 350 ms at 1M (measured); a word in one title in 400 often has none among 1,000.
                seen = skip + len(rows)
                widened = window * 1.5 * (skip + wanted) / seen if seen else _WIDEST_WINDOW
                window = min(_WIDEST_WINDOW, int(widened))
            if (
                len(rows) < wanted
                and cutoff is not None
                and (share is None or share * _RECENT_STORIES >= skip + wanted)
            ):
                # Not among the newest few thousand: sort the hits past the recent indexes'
                # cut-off, a tenth of a million stories. A three-word phrase's 1,430 candidates
                # each had their `doc` read to check the words' places: 57 ms sorting them all,
                # a tenth of that from the recent index (measured at 1M).
                span = _past_cutoff(rank, cutoff)
                rows = self._by_ids(span.order_by(*_SORTED_AFTER_GIN), skip, skip + wanted)
            if len(rows) < wanted:
                # Fewer hits lately than the page needs: this rank's hits are few, taken from
                # the GIN indexes and sorted by their index rows alone.
                rank = rank.order_by(*_SORTED_AFTER_GIN)
                rows = self._by_ids(rank, skip, skip + wanted)
                if not rows and skip:
                    with planner_settings(self.db, enable_indexscan="off"):
                        skip -= rank.count()  # the page starts past this rank
                    continue
            skip = 0
            found += rows
            wanted -= len(rows)
        return found


def _past_cutoff(hits: QuerySet, cutoff: date) -> QuerySet:
    """`hits` dated from the recent indexes' cut-off on, stated as their predicate states it, so
    that PostgreSQL can read them."""
    return hits.alias(recent_since=_RECENT_SINCE).filter(recent_since__gte=cutoff)


def _first_window(share: float | None, needed: int, stop: int) -> int | None:
    """How many of the newest stories to look among first for a rank's `needed` hits, given the
    share of stories PostgreSQL's statistics say hold them (None: no statistics); None when even
    the widest window would not hold them, and the rank's hits are few enough to sort.

    Enough stories to expect twice the hits needed, rounded up to a step of a short ladder (the
    steps' dates are cached): a window that falls short costs a statement, and a title word in
    one story in 500 would otherwise walk three windows before its sorted hits (measured at 1M).
    """
    if share is None:
        return max(_RECENT, _RECENT_PER_HIT * stop)
    if share * _WIDEST_WINDOW < 2 * needed:
        return None
    wanted = 2 * needed / share
    return next((step for step in _window_steps() if step >= wanted), _WIDEST_WINDOW)


def _window_steps() -> list[int]:
    steps = [_RECENT * factor for factor in (1, 2, 5, 10, 20, 50, 100)]
    return [step for step in steps if step < _WIDEST_WINDOW] + [_WIDEST_WINDOW]


# The date from which the newest N stories begin, per database and N: (when read, index
# generation, date). Any date is an exact cut (see _page_rank_by_rank), so a stale one costs only
# speed; they are re-read after the index changes here, or after a while for other writers.
_newest_dates: dict[tuple[str, int], tuple[float, int, date | None]] = {}
_NEWEST_DATES_SECONDS = 60
_index_generation = 0


def _newest_from(using: str, window: int) -> date | None:
    """The date from which the newest `window` stories begin; None if there are fewer.

    Reading it walks `window` entries of the date index: 3-7 ms for 20,000 (measured at 1M), on
    every page of a word that needs the window, before it was cached.
    """
    now = time.monotonic()
    cached = _newest_dates.get((using, window))
    if cached is None or cached[1] != _index_generation or now - cached[0] > _NEWEST_DATES_SECONDS:
        newest = SearchDocument.objects.using(using).order_by(*_NEWEST)
        cached = (now, _index_generation, newest.values_list("published_date", flat=True)[window - 1 :].first())
        _newest_dates[(using, window)] = cached
    return cached[2]


# Database -> (when read, index generation, statistics): read again after this process wrote the
# index (a new story may be the first of a term), or after a while for other writers.
_term_statistics: dict[str, tuple[float, int, "_TermStatistics"]] = {}


@dataclass(frozen=True)
class _TermStatistics:
    """PostgreSQL's statistics of the index's terms, per column (`pg_stats`: the most common
    terms and the share of stories holding each), read once a while per process.

    A page chooses its path from how many stories hold the query, per rank. Asking PostgreSQL
    (EXPLAIN) cost 1-1.5 ms a term at 1M, most of it reading these same statistics; they change
    only when the table is analysed. Estimated as PostgreSQL does (`tsmatchsel`): a term not
    among the most common is given half the least common's share, at most 0.5%.
    """

    stories: float  # 0: no statistics (never analysed)
    shares: dict[str, dict[str, float]]  # column -> term -> share of stories holding it
    rare: dict[str, float]  # column -> share given a term not among the most common
    recent_cutoff: date | None = None  # the recent index's first date, if there is one

    @classmethod
    def of(cls, using: str) -> "_TermStatistics":
        now = time.monotonic()
        cached = _term_statistics.get(using)
        if cached is None or cached[1] != _index_generation or now - cached[0] > _STATISTICS_SECONDS:
            cached = (now, _index_generation, cls._read(using))
            _term_statistics[using] = cached
        return cached[2]

    @classmethod
    def _read(cls, using: str) -> "_TermStatistics":
        table = SearchDocument._meta.db_table
        with connections[using].cursor() as cursor:
            cursor.execute(
                "SELECT attname, most_common_elems::text::text[], most_common_elem_freqs, "
                "(SELECT reltuples FROM pg_class WHERE oid = %s::regclass) FROM pg_stats "
                "WHERE schemaname = current_schema() AND tablename = %s AND attname IN ('title', 'head', 'doc')",
                [table, table],
            )
            rows = cursor.fetchall()
            if not rows:
                cursor.execute("SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [table])
                rows = [(None, None, None, cursor.fetchone()[0])]
        shares, rare = {}, {}
        for column, terms, frequencies, _ in rows:
            if column and terms and frequencies and len(frequencies) == len(terms) + 2:
                shares[column] = dict(zip(terms, frequencies, strict=False))
                rare[column] = min(_DEFAULT_TERM_SHARE, frequencies[-2] / 2)
        return cls(stories=max(rows[0][3] or 0, 0), shares=shares, rare=rare, recent_cutoff=recent_cutoff(using))

    def share(self, column: str, term: str) -> float:
        if column not in self.shares:
            return _DEFAULT_TERM_SHARE
        return self.shares[column].get(term, self.rare[column])

    def share_holding(self, query: Query, column: str) -> float:
        """At most the share of stories whose `column` holds the query's searched words.

        No story holds a phrase, or all of a group's words, more often than its rarest term:
        PostgreSQL would multiply the terms' shares, as if independent, and the words typed
        together, or the pairs of a phrase, are not (it guessed 252 stories for a phrase 5,185
        hold).
        """
        return min(
            min(1.0, sum(min(self.share(column, term) for term in phrase.terms()) for phrase in group))
            for group in query.groups
        )

    def stories_holding(self, query: Query, column: str) -> float:
        return self.stories * self.share_holding(query, column)

    def rank_shares(self, query: Query) -> tuple[float | None, float | None, float | None]:
        """At most the share of stories in each rank (title, names, body); None without statistics.

        Upper bounds, not differences: a rank whose hits are thought fewer than they are is
        sorted whole (a names rank of 30,000 hits estimated as head minus title at 0 took 275 ms,
        measured at 1M), where one thought more common only looks in a window that falls short.
        """
        if not self.stories or not self.shares:
            return (None, None, None)
        return tuple(self.share_holding(query, column) for column in ("title", "head", "doc"))


class _TsMatch(Lookup):
    """`vector @@ 'literal'::tsquery`: the query is built here word by word, never re-parsed."""

    lookup_name = "tsmatch"

    def as_sql(self, compiler, connection):
        lhs, lhs_params = self.process_lhs(compiler, connection)
        rhs, rhs_params = self.process_rhs(compiler, connection)
        return f"{lhs} @@ ({rhs})::tsquery", (*lhs_params, *rhs_params)


for _field in ("title", "head", "doc"):
    SearchDocument._meta.get_field(_field).register_lookup(_TsMatch)


def tsquery(query: Query, *, positive: bool = False) -> str:
    """PostgreSQL tsquery text: `'عراق' & 'حكومه العراقيه' & !'داعش'`, over `index_terms`.

    `positive` leaves out the excluded words (a rank says where the searched words are).
    """

    def phrase(p: Phrase) -> str:
        return " <-> ".join(_lexeme(term) for term in p.terms())

    text = " & ".join("(" + " | ".join(f"({phrase(p)})" for p in group) + ")" for group in query.groups)
    if not positive:
        text += "".join(f" & !({phrase(p)})" for p in query.excluded)
    return text


def _tsquery_any(phrases: Sequence[Phrase]) -> str:
    """Any of these phrases, as tsquery text."""
    return tsquery(Query((tuple(phrases),)))


def fts_query(query: Query, *, columns: Sequence[str] = (), positive: bool = False) -> str:
    """SQLite FTS5 query text: `(("العراق" OR "والعراق" OR …)) NOT ("داعش" OR …)`.

    `columns` restricts the words to those columns; `positive` as in `tsquery`.
    """

    def phrase(p: Phrase) -> str:
        # FTS5 has no alternatives inside a phrase: one phrase per form of the first word.
        rest = " ".join(p.words[1:])
        return "(" + " OR ".join(f'"{f"{form} {rest}".strip()}"' for form in p.forms(0)) + ")"

    text = " AND ".join("(" + " OR ".join(phrase(p) for p in group) + ")" for group in query.groups)
    if columns:
        text = "{" + " ".join(columns) + "} : (" + text + ")"
    text = f"({text})"
    if not positive:
        text += "".join(f" NOT {phrase(p)}" for p in query.excluded)
    return text


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


# Snippets ------------------------------------------------------------------------------------


def highlight(text: str, q: "str | Query", *, chars: int = _SNIPPET_CHARS) -> str | None:
    """A short HTML-safe piece of `text` around its first match of `q`, every match in `<mark>`.

    None when `text` holds no match. Everything but the marks is escaped.
    """
    query = q if isinstance(q, Query) else parse_query(q)
    # Each phrase with the spellings its first word may take: most words of a text are none.
    phrases = [(phrase, frozenset(phrase.forms(0))) for phrase in query.phrases]
    tokens = tokenize(text)
    keys = [token.key for token in tokens]
    hits: list[tuple[int, int]] = []
    end = len(text)
    for index, key in enumerate(keys):
        if tokens[index].start > end:
            break  # past the snippet: later hits are not shown
        for phrase, first in phrases:
            if key in first and phrase_at(phrase, keys, index):
                hits.append((tokens[index].start, tokens[index + len(phrase.words) - 1].end))
                if len(hits) == 1:
                    start = min(_word_start(text, hits[0][0] - _SNIPPET_LEAD), hits[0][0])
                    end = _word_end(text, max(start + chars, hits[0][1]))
                break
    if not hits:
        return None
    pieces = ["…" if start else ""]
    cursor = start
    for hit_start, hit_end in hits:
        if hit_start < cursor or hit_end > end:
            continue  # overlaps the previous mark, or runs past the snippet
        pieces += [escape(text[cursor:hit_start]), "<mark>", escape(text[hit_start:hit_end]), "</mark>"]
        cursor = hit_end
    pieces += [escape(text[cursor:end]), "…" if end < len(text) else ""]
    return " ".join("".join(pieces).split())  # paragraphs and runs of spaces become one line


def snippets(articles: Iterable[Article], q: "str | Query") -> dict[int, str]:
    """{article id: snippet}: around the first match in the body, else in the title, else the
    body's opening (the hit was in the keywords or entity names). No query to the database."""
    query = q if isinstance(q, Query) else parse_query(q)
    found = {}
    for article in articles:
        snippet = highlight(article.body, query) or highlight(article.title, query)
        if snippet is None:
            end = _word_end(article.body, _SNIPPET_CHARS)
            snippet = " ".join(escape(article.body[:end]).split()) + ("…" if end < len(article.body) else "")
        found[article.id] = snippet
    return found


_SPACE = re.compile(r"\s")


def _word_start(text: str, index: int) -> int:
    """The start of the first word that begins at or after `index`."""
    if index <= 0:
        return 0
    space = _SPACE.search(text, index - 1)
    return space.end() if space else len(text)


def _word_end(text: str, index: int) -> int:
    """The end of the word that runs through `index`."""
    space = _SPACE.search(text, index)
    return space.start() if space else len(text)


# Did you mean --------------------------------------------------------------------------------


def did_you_mean(q: str) -> str | None:
    """The query with its unknown words replaced by the nearest title or entity-name words.

    For a query that found nothing: each searched word that no title or entity name holds is
    replaced by a similar word that one does (pg_trgm's trigram similarity, at least 0.4; the
    most similar first, then the most frequent). The best few are tried; the first that finds
    something is returned. None if none does, or for a query that cannot be read.
    """
    try:
        parse_query(q)
    except QueryError:
        return None
    choices: dict[str, list[str]] = {}  # a typed word, normalised → spellings to try, best first
    for piece in q.split():
        typed = normalize(piece.strip(_QUOTES))
        if piece.startswith("-") or piece == OR_WORD or typed in (OR_WORD_ARABIC, "") or " " in typed:
            continue  # excluded words are not corrected; nor operators, nor F-16
        if typed in choices:
            continue
        candidates = _spelling_candidates(typed)  # {normalised word: as written}
        if not candidates or candidates.keys() & set(clitic_forms(query_key(typed), article=True)):
            continue  # no word like it, or a title or name holds it: not misspelt
        ranked = sorted(
            candidates,
            key=lambda key: (
                -similarity(typed, key),
                key not in (query_key(key), "ال" + query_key(key)),  # spellings without clitics first
                key,
            ),
        )
        choices[typed] = [candidates[key] for key in ranked[:_SUGGESTIONS_TRIED]]
    if not choices:
        return None
    for attempt in range(_SUGGESTIONS_TRIED):
        replacements = {word: spellings[min(attempt, len(spellings) - 1)] for word, spellings in choices.items()}
        suggestion = " ".join(_replace_word(piece, replacements) for piece in q.split())
        if _finds_anything(suggestion):
            return suggestion
    return None


def _finds_anything(q: str) -> bool:
    found = search(Article.objects.all(), q)
    if connections[found.db].vendor != "postgresql":
        return found.exists()
    # From the GIN indexes (bitmap scans only): PostgreSQL would otherwise prove a query finds
    # nothing by reading every tsvector (1.2 s at 100k stories, measured).
    with planner_settings(found.db, **PAGE_SETTINGS, enable_indexscan="off"):
        return found.exists()


def _replace_word(piece: str, replacements: dict[str, str]) -> str:
    """One space-separated piece of the query, its word replaced; quotes and minus kept."""
    head, word, tail = re.fullmatch(rf"(-?[{_QUOTES}]?)(.*?)([{_QUOTES}]?)", piece).groups()
    spelling = replacements.get(normalize(word))
    return piece if spelling is None else head + spelling + tail


def _spelling_candidates(word: str) -> dict[str, str]:
    """Title and entity-name words like `word` (SearchWord): {normalised: as written}."""
    words = SearchWord.objects.all()
    if connections[words.db].vendor == "postgresql":
        # `%` through the trigram index: pg_trgm's similarity over its threshold (0.3 by default).
        words = words.filter(word__trigram_similar=word).order_by(TrigramSimilarity("word", word).desc(), "word")
        words = words[: _SUGGESTION_WORDS * 5]
    # SQLite: no trigram index; the vocabulary of an embedded archive is read whole.
    return {
        key: spelling
        for key, spelling in words.values_list("word", "spelling")
        if similarity(word, key) >= _SUGGESTION_SIMILARITY or key == word
    }


def _trigrams(word: str) -> frozenset[str]:
    padded = f"  {word} "  # pg_trgm pads a word with two spaces before and one after
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def similarity(a: str, b: str) -> float:
    """pg_trgm's similarity() of two words: shared trigrams over all trigrams."""
    ta, tb = _trigrams(a), _trigrams(b)
    return len(ta & tb) / len(ta | tb) if ta or tb else 0.0


# Indexing ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryText:
    """What a story gives its index row by itself, computed where it was parsed (the import's workers).

    Its title's and body's words, normalised and space-separated as `IndexEntry` holds them, and
    its title's words as written (did_you_mean's vocabulary). Its keywords and entity names are
    not here: their stored spellings are decided by the writer's transaction (a keyword or a
    discovered name may already be stored as written elsewhere), so `index_new` reads them.
    """

    title: str
    body: str
    published_date: date | None
    spellings: dict[str, str]

    @classmethod
    def of(cls, title: str, title_inferred: bool, body: str, published_date: date | None) -> "StoryText":
        """From an article's stored fields: `title` as stored (an inferred title is not indexed)."""
        title = "" if title_inferred else title
        return cls(" ".join(_words(title)), " ".join(_words(body)), published_date, _spelling(title))


@dataclass(frozen=True)
class IndexEntry:
    """An article as the index holds it: its words in order (`_GAP` between names and fields)."""

    title: list[str]
    names: list[str]
    body: list[str]
    published_date: date | None = None  # PostgreSQL: a page's newest-first walk reads it here

    @classmethod
    def of(cls, title: str, names: Iterable[str], body: str, published_date: date | None = None) -> "IndexEntry":
        return cls(_words(title), _name_words(names), _words(body), published_date)

    @classmethod
    def of_story(cls, story: StoryText, names: Iterable[str]) -> "IndexEntry":
        return cls(_split(story.title), _name_words(names), _split(story.body), story.published_date)

    def fts_row(self) -> tuple[str, str, str]:
        return " ".join(self.title), " ".join(self.names), " ".join(self.body)

    def tsvectors(self) -> tuple[str, str, str]:
        """(title, head, doc) as tsvector text: `'عراق':1A,9C 'عراق الجديد':1A`, places as in FTS5.

        Not the words but their `index_terms`: each word's clitic stems and the pairs it starts,
        so that a query word is one term however it is written, and a phrase a few rare ones.
        """
        places: dict[str, list[str]] = {}
        position = 1
        vectors = []
        for field in (self.title, self.names, self.body):
            labels = _PLACES[len(vectors)]
            for place, term in index_terms(field, _GAP):
                at = position + place
                found = places.get(term)
                if found is None:
                    places[term] = [labels[at if at < _LAST_POSITION else _LAST_POSITION]]
                elif len(found) < _POSITIONS_PER_WORD:
                    found.append(labels[at if at < _LAST_POSITION else _LAST_POSITION])
            position += len(field) + 1  # a gap between fields
            # Words are normalize()'s runs of word characters: no quote or backslash to escape.
            vectors.append(" ".join(f"'{term}':{','.join(at)}" for term, at in places.items()))
        return vectors[0], vectors[1], vectors[2]


# "12A", "12B", "12C" for every position a tsvector keeps, built once: a tsvector's text is
# mostly these, and formatting each again cost more than the rest of building it.
_PLACES = tuple(tuple(f"{at}{weight}" for at in range(_LAST_POSITION + 1)) for weight in "ABC")


def _words(text: str) -> list[str]:
    return [word if len(word) <= _LONGEST_WORD else _GAP for word in normalize(text).split()]


def _split(words: str) -> list[str]:
    return words.split(" ") if words else []


def _name_words(names: Iterable[str]) -> list[str]:
    words: list[str] = []
    for name in names:
        if words:
            words.append(_GAP)
        words += _words_of_name(name)
    return words


# Keyword and entity names repeat from story to story (a batch of 320 stories has about 9,000
# mentions of a few hundred names): each is normalised and tokenised once.
@lru_cache(maxsize=1 << 14)
def _words_of_name(name: str) -> tuple[str, ...]:
    return tuple(_words(name))


@lru_cache(maxsize=1 << 14)
def _spelling_of_name(name: str) -> tuple[tuple[str, str], ...]:
    return tuple(_spelling(name).items())


def index_articles(ids: Iterable[int]) -> int:
    """Write the index rows of these articles (replacing what was there), in bulk.

    A constant number of queries per 500 articles, whatever their keywords and mentions.
    Ids of deleted articles lose their rows. Returns how many articles were indexed.
    """
    ids = sorted(set(ids))
    indexed = 0
    for start in range(0, len(ids), _BATCH):
        chunk = ids[start : start + _BATCH]
        entries, spellings = _texts(chunk)
        with transaction.atomic():
            indexed += _write(chunk, entries)
            _write_spellings(spellings)
    return indexed


def index_new(stories: dict[int, StoryText]) -> int:
    """Write the index rows of articles created in this transaction, from their parse's `StoryText`.

    The rows `index_articles` would write for them, without reading their titles and bodies back:
    only their keyword and entity names are read (two queries), then one COPY (PostgreSQL) or one
    INSERT (SQLite) for the rows and one for the words. Returns how many articles were indexed.
    """
    ids = sorted(stories)
    names, spellings = _names(ids)
    entries = {}
    for article_id in ids:
        story = stories[article_id]
        entries[article_id] = IndexEntry.of_story(story, sorted(names[article_id]))
        spellings.update(story.spellings)
    indexed = _write(ids, entries, new=True)
    _write_spellings(spellings)
    return indexed


def _write_spellings(spellings: dict[str, str]) -> None:
    # A word already known keeps its first spelling.
    insert_new(SearchWord, ("word", "spelling"), spellings.items(), unique=["word"])


def rebuild_index(*, batch: int = 2000, progress=None, bulk: bool = False) -> int:
    """Index every article again and drop rows no article has; returns how many were indexed.

    `bulk` (PostgreSQL): drop the search indexes first and build each once at the end. Keeping
    three GIN indexes current row by row made a rebuild of a million stories ten times slower
    (about 100 stories/s against 1,000/s, measured); meanwhile searches are slow, not wrong.
    """
    connection = connections["default"]
    SearchWord.objects.all().delete()  # words of titles and names since edited or deleted go too
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid NOT IN (SELECT id FROM articles_article)")
        elif bulk:
            for name, _ in _postgresql_indexes():
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
            for name in RECENT_INDEXES.values():
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
    indexed = 0
    last = 0
    while ids := list(Article.objects.filter(id__gt=last).order_by("id").values_list("id", flat=True)[:batch]):
        indexed += index_articles(ids)
        # In DEBUG, Django keeps the last 9,000 statements, each batch's megabytes of tsvectors
        # included: a million-story rebuild grew past 1.5 GB (seen) before this.
        reset_queries()
        last = ids[-1]
        if progress:
            progress(indexed)
    if connection.vendor == "postgresql" and bulk:
        with connection.cursor() as cursor:
            cursor.execute("SET maintenance_work_mem = '1GB'")  # an index built in memory, not in runs on disk
            # Inside an outer transaction the rows' deferred foreign-key checks would block CREATE INDEX.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for _, create in _postgresql_indexes():
                cursor.execute(create)
            cursor.execute("ANALYZE articles_searchdocument")
            cursor.execute("ANALYZE articles_searchword")
    keep_recent_index()
    return indexed


def _postgresql_indexes() -> list[tuple[str, str]]:
    """(name, CREATE INDEX statement) of each search index, as migration 0003 made them."""
    migration = importlib.import_module("articles.migrations.0003_search")
    return [
        (backward.removeprefix("DROP INDEX "), forward)
        for forward, backward in migration.POSTGRESQL
        if forward.startswith("CREATE INDEX")
    ]


def recent_cutoff(using: str = "default") -> date | None:
    """The first date of the recent indexes (RECENT_INDEXES), or None if there are none."""
    if connections[using].vendor != "postgresql":
        return None
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT pg_get_expr(indpred, indrelid) FROM pg_index WHERE indexrelid = to_regclass(%s)",
            [RECENT_INDEXES["doc"]],
        )
        row = cursor.fetchone()
    found = re.search(r"'(\d{4}-\d{2}-\d{2})'::date", row[0] or "") if row else None
    return date.fromisoformat(found.group(1)) if found else None


def keep_recent_index(*, stories: int = _RECENT_STORIES, using: str = "default", out=None) -> date | None:
    """Build the recent indexes (PostgreSQL) once the archive holds more than twice `stories`
    dated stories, and build them again from a newer cut-off once the stories past it are that
    many; returns their cut-off (None: none yet, or not PostgreSQL).

    The import calls it after each run; building them over 100,000 stories took 2.7 min at 1M.
    Built CONCURRENTLY when outside a transaction, so searches and imports go on meanwhile.
    `out` (a stream) is told when a build starts: it runs minutes at a million stories.
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        return None
    cutoff = recent_cutoff(using)
    dated = SearchDocument.objects.using(using).exclude(published_date=None)
    # Until then the recent indexes would hold half the archive or more: little shorter than the
    # whole ones, and building them cost an import of 10,000 files a tenth of its time (measured).
    if not (dated if cutoff is None else dated.filter(published_date__gte=cutoff))[2 * stories :].exists():
        return cutoff
    new_cutoff = dated.order_by(*_NEWEST).values_list("published_date", flat=True)[stories - 1 : stories].first()
    if new_cutoff is None or new_cutoff == cutoff:
        return cutoff
    if out is not None:
        out.write(
            f"Search: indexing the newest {stories:,} stories again, from {new_cutoff} "
            "(minutes at a million stories; searches go on meanwhile)"
        )
    _build_recent_index(new_cutoff, using)
    return new_cutoff


def _build_recent_index(cutoff: date, using: str) -> None:
    connection = connections[using]
    concurrently = "" if connection.in_atomic_block else " CONCURRENTLY"
    with connection.cursor() as cursor:
        if not concurrently:
            # Inside a transaction, the rows' deferred foreign-key checks would block CREATE INDEX.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for column, name in RECENT_INDEXES.items():
            building = f"{name}_new"
            cursor.execute(f"DROP INDEX{concurrently} IF EXISTS {building}")  # a build cut short leaves one
            cursor.execute(
                f"CREATE INDEX{concurrently} {building} ON {SearchDocument._meta.db_table} USING gin ({column}) "
                f"WHERE (published_date + 0) >= '{cutoff.isoformat()}'::date"
            )
            with transaction.atomic(using=using):
                cursor.execute(f"DROP INDEX IF EXISTS {name}")
                cursor.execute(f"ALTER INDEX {building} RENAME TO {name}")
    _term_statistics.pop(using, None)


def index_entries(ids: list[int]) -> dict[int, IndexEntry]:
    """These articles as the index holds them (what tests and benchmarks compare against)."""
    return _texts(ids)[0]


def _texts(ids: list[int]) -> tuple[dict[int, IndexEntry], dict[str, str]]:
    """The batch's index entries, and the words of its titles and entity names as written."""
    names, spellings = _names(ids)
    entries = {}
    for article_id, title, inferred, body, published in (
        Article.objects.filter(id__in=ids)
        .order_by("id")
        .values_list("id", "title", "title_inferred", "body", "published_date")
    ):
        story = StoryText.of(title, inferred, body, published)
        entries[article_id] = IndexEntry.of_story(story, sorted(names[article_id]))
        spellings.update(story.spellings)
    return entries, spellings


def _names(ids: list[int]) -> tuple[dict[int, list[str]], dict[str, str]]:
    """The keyword and entity names of these articles, and the entity names' words as written.

    In a fixed order, so that one batch gives the same spellings however it is written.
    """
    names: dict[int, list[str]] = defaultdict(list)
    spellings: dict[str, str] = {}  # did_you_mean's vocabulary
    for article_id, name in Article.keywords.through.objects.filter(article_id__in=ids).values_list(
        "article_id", "keyword__name"
    ):
        names[article_id].append(name)
    for article_id, name in (
        Mention.objects.filter(article_id__in=ids)
        .order_by("article_id", "entity_id")
        .values_list("article_id", "entity__name")
    ):
        names[article_id].append(name)
        spellings.update(_spelling_of_name(name))
    return names, spellings


def _spelling(text: str) -> dict[str, str]:
    return {token.key: token.raw for token in tokenize(text) if len(token.raw) <= _LONGEST_WORD}


def _write(ids: list[int], texts: dict[int, IndexEntry], *, new: bool = False) -> int:
    """Write the rows of `texts`, replacing those of `ids`; `new`: none of them has a row yet."""
    global _index_generation
    _index_generation += 1  # the newest stories may have changed
    connection = connections["default"]
    if connection.vendor == "postgresql":
        rows = [(article_id, entry.published_date, *entry.tsvectors()) for article_id, entry in texts.items()]
        if new:
            copy_rows(SearchDocument, ("article", "published_date", "title", "head", "doc"), rows)
        elif rows:
            with connection.cursor() as cursor:
                # One statement for the batch: new rows inserted, existing ones replaced.
                cursor.execute(
                    "INSERT INTO articles_searchdocument (article_id, published_date, title, head, doc) "
                    "SELECT id, published_date, title::tsvector, head::tsvector, doc::tsvector "
                    "FROM unnest(%b::bigint[], %b::date[], %b::text[], %b::text[], %b::text[]) "
                    "AS batch (id, published_date, title, head, doc) "
                    "ON CONFLICT (article_id) DO UPDATE SET published_date = EXCLUDED.published_date, "
                    "title = EXCLUDED.title, head = EXCLUDED.head, doc = EXCLUDED.doc",
                    [list(column) for column in zip(*rows, strict=True)],
                )
    elif connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            if not new:
                cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({', '.join(['%s'] * len(ids))})", ids)
            cursor.executemany(
                f"INSERT INTO {FTS_TABLE} (rowid, title, names, body) VALUES (%s, %s, %s, %s)",
                [(article_id, *text.fts_row()) for article_id, text in texts.items()],
            )
    else:
        raise NotSupportedError(f"search: {connection.vendor} is not supported")
    return len(texts)


# Keeping the index current on ORM writes -----------------------------------------------------
# Bulk writers (the importer, the entity services) call index_articles themselves: bulk_create
# and bulk_update send no signals. These receivers cover one-row edits: the admin, the API, shell.


def _article_saved(sender, instance, **kwargs):
    index_articles([instance.pk])


def _keywords_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear" and reverse:
        instance._search_articles = list(instance.articles.values_list("id", flat=True))
    elif action in ("post_add", "post_remove", "post_clear"):
        if not reverse:
            index_articles([instance.pk])
        else:
            index_articles(pk_set if pk_set is not None else getattr(instance, "_search_articles", []))


def _articles_of(instance) -> list[int]:
    if isinstance(instance, Keyword):
        return list(instance.articles.values_list("id", flat=True))
    return list(Mention.objects.filter(entity=instance).values_list("article_id", flat=True))


def _name_saving(sender, instance, raw=False, **kwargs):
    if instance.pk is not None and not raw:
        instance._search_old_name = sender.objects.filter(pk=instance.pk).values_list("name", flat=True).first()


def _name_saved(sender, instance, created, raw=False, **kwargs):
    old = getattr(instance, "_search_old_name", None)
    if not created and not raw and old is not None and normalize(old) != normalize(instance.name):
        index_articles(_articles_of(instance))


def _name_deleting(sender, instance, **kwargs):
    instance._search_articles = _articles_of(instance)


def _name_deleted(sender, instance, **kwargs):
    index_articles(getattr(instance, "_search_articles", []))


def connect_signals() -> None:
    """Called once, from AppConfig.ready()."""
    post_save.connect(_article_saved, sender=Article, dispatch_uid="search_article_saved")
    m2m_changed.connect(_keywords_changed, sender=Article.keywords.through, dispatch_uid="search_keywords")
    for model in (Keyword, Entity):
        uid = f"search_{model._meta.model_name}"
        pre_save.connect(_name_saving, sender=model, dispatch_uid=f"{uid}_saving")
        post_save.connect(_name_saved, sender=model, dispatch_uid=f"{uid}_saved")
        pre_delete.connect(_name_deleting, sender=model, dispatch_uid=f"{uid}_deleting")
        post_delete.connect(_name_deleted, sender=model, dispatch_uid=f"{uid}_deleted")
