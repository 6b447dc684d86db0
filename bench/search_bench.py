"""Search latency: p50 / p95 / p99 over queries drawn from the corpus's own vocabulary.

    python bench/search_bench.py --articles 10000                  # SQLite in a temporary file
    DATABASE_URL=postgres://… python bench/search_bench.py --articles 100000 --db postgres

The database is filled by the corpus generator and the importer, as an operator would
(`make_corpus --files N/1.6`, then `import_seeds --workers 2`: a file holds 1.6 stories on
average); a database that already holds articles is used as it is, so a large one is filled once.

Queries (deterministic from --seed), in equal shares: common words (in over 20% of stories),
mid-frequency words (1-20%), rare words (one story in the sample), words typed with a clitic
(و/ب/ل + the article), two words, two- and three-word phrases, `a OR b` and `a -b`. Each query
is run once to warm the caches, then timed: the search and its first page of 20 articles (full
rows, as the admin and the API load them), then the snippets of that page, timed apart.
Prints a table per kind of query and, for the slowest query, the time of each statement its page
ran and the plan of the slowest one (EXPLAIN (ANALYZE, BUFFERS) on PostgreSQL, EXPLAIN QUERY PLAN
on SQLite); writes bench/results/search-<db>-<articles>.json.
"""

import argparse
import json
import math
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
STORIES_PER_FILE = 1.6  # the generator glues a second story onto 60% of its files
SAMPLE = 2000  # stories read to draw the vocabulary from
PAGE = 20
KINDS = ["common", "mid", "rare", "clitic", "two words", "phrase", "or", "exclude"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10000, help="stories to fill an empty database with")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--queries", type=int, default=400, help="at least 300")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.queries < 300:
        parser.error("--queries: at least 300")
    scratch = tempfile.TemporaryDirectory()
    url = os.environ.get("DATABASE_URL", "")
    if args.db == "postgres" and not url.startswith("postgres"):
        sys.exit("--db postgres: set DATABASE_URL=postgres://user@host:port/db (empty, or filled by an earlier run)")
    if args.db == "sqlite":
        url = url if url.startswith("sqlite") else f"sqlite:///{scratch.name}/bench.sqlite3"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdb.settings")
    # As in production: no query log kept per statement.
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "search-bench-only")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from articles.models import Article

    call_command("migrate", verbosity=0)
    if not Article.objects.exists():
        files = math.ceil(args.articles / STORIES_PER_FILE)
        started = time.perf_counter()
        call_command("make_corpus", out=scratch.name, files=files, seed=args.seed, verbosity=0)
        call_command("import_seeds", f"{scratch.name}/dumps", workers=2, verbosity=0)
        print(f"filled: {files} files, {Article.objects.count()} articles in {time.perf_counter() - started:.0f} s")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    total = Article.objects.count()
    queries = draw_queries(args.queries, random.Random(args.seed))
    timings = run(queries)
    report(args, connection.vendor, total, timings)


def draw_queries(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query) pairs from the words of a sample of stored stories."""
    from articles.models import Article
    from articles.parsing.arabic import normalize
    from articles.parsing.words import tokenize

    ids = list(Article.objects.values_list("id", flat=True))
    sample = Article.objects.filter(id__in=rng.sample(ids, min(SAMPLE, len(ids)))).values_list("title", "body")
    stories = [[token.raw for token in tokenize(f"{title}\n{body}")] for title, body in sample]
    frequency = Counter(word for words in stories for word in {normalize(w) for w in words})
    spelling = {normalize(word): word for words in stories for word in words}
    arabic = [word for word in frequency if word[:1] >= "\u0600" and len(word) > 2]

    def share(low, high):
        return sorted(word for word in arabic if low < frequency[word] / len(stories) <= high)

    common, mid = share(0.2, 1.0), share(0.01, 0.2)
    rare = sorted(word for word in frequency if frequency[word] == 1 and len(word) > 2)
    definite = [word for word in common + mid if word.startswith("ال")]
    per_kind = math.ceil(count / len(KINDS))
    drawn: list[tuple[str, str]] = []
    for _ in range(per_kind):
        words = rng.choice(stories)
        start = rng.randrange(max(1, len(words) - 3))
        drawn += [
            ("common", spelling[rng.choice(common)]),
            ("mid", spelling[rng.choice(mid)]),
            ("rare", spelling[rng.choice(rare)]),
            ("clitic", rng.choice(["و", "ب", "ل"]) + spelling[rng.choice(definite)]),
            ("two words", " ".join(rng.sample(words, 2))),
            ("phrase", '"' + " ".join(words[start : start + rng.choice([2, 3])]) + '"'),
            ("or", f"{spelling[rng.choice(mid)]} OR {spelling[rng.choice(rare)]}"),
            ("exclude", f"{spelling[rng.choice(common)]} -{spelling[rng.choice(mid)]}"),
        ]
    return drawn[:count]


def run(queries: list[tuple[str, str]]) -> list[dict]:
    from articles import search
    from articles.models import Article

    def page(q):
        return list(search.search(Article.objects.all(), q)[:PAGE])

    for _, q in queries:  # warm the caches: an archive in use has its index in memory
        page(q)
    timings = []
    for kind, q in queries:
        started = time.perf_counter()
        hits = page(q)
        searched = time.perf_counter() - started
        started = time.perf_counter()
        search.snippets(hits, q)
        snipped = time.perf_counter() - started
        timings.append(
            {"kind": kind, "query": q, "ms": searched * 1000, "snippets_ms": snipped * 1000, "hits": len(hits)}
        )
    return timings


def percentiles(values: list[float]) -> dict[str, float]:
    cuts = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
    return {"p50": cuts[49], "p95": cuts[94], "p99": cuts[98], "max": max(values)}


def report(args, vendor: str, total: int, timings: list[dict]) -> None:
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    from articles import search
    from articles.models import Article

    print(f"\n{vendor}, {total} articles, {len(timings)} queries (first page of {PAGE}, warm caches)")
    print(f"{'queries':<12}{'n':>5}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'empty':>7}{'snip p95':>10}")
    rows = {}
    for kind in [*KINDS, "all"]:
        chosen = [t for t in timings if kind in ("all", t["kind"])]
        stats = percentiles([t["ms"] for t in chosen])
        snippets = percentiles([t["snippets_ms"] for t in chosen])
        empty = sum(1 for t in chosen if not t["hits"])
        rows[kind] = {"n": len(chosen), **{k: round(v, 2) for k, v in stats.items()}, "empty": empty}
        rows[kind]["snippets_p95"] = round(snippets["p95"], 2)
        print(
            f"{kind:<12}{len(chosen):>5}{stats['p50']:>9.1f}{stats['p95']:>9.1f}{stats['p99']:>9.1f}"
            f"{stats['max']:>9.1f}{empty:>7}{snippets['p95']:>10.1f}"
        )
    slowest = max(timings, key=lambda t: t["ms"])
    print(f"\nslowest: {slowest['query']!r} ({slowest['kind']}, {slowest['ms']:.1f} ms)")
    with CaptureQueriesContext(connection) as page:
        list(search.search(Article.objects.all(), slowest["query"])[:PAGE])
    plans = []
    explain = "EXPLAIN (ANALYZE, BUFFERS) " if vendor == "postgresql" else "EXPLAIN QUERY PLAN "
    statements = [q for q in page.captured_queries if q["sql"].startswith("SELECT")]  # not SET, SAVEPOINT
    settings = search.PAGE_SETTINGS if vendor == "postgresql" else {}
    with transaction.atomic(), connection.cursor() as cursor:
        for name, value in settings.items():  # as the page ran them
            cursor.execute(f"SET LOCAL {name} = {value}")
        for statement in statements:
            cursor.execute(explain + statement["sql"])
            plans.append("\n".join(" | ".join(str(column) for column in row) for row in cursor.fetchall()))
    print(f"{len(plans)} statements: " + ", ".join(f"{float(q['time']) * 1000:.1f} ms" for q in statements))
    text = max(zip(statements, plans, strict=True), key=lambda pair: float(pair[0]["time"]))[1]
    print(text)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / f"search-{vendor}-{total}.json").write_text(
        json.dumps(
            {
                "database": vendor,
                "server": connection.cursor().connection.info.server_version if vendor == "postgresql" else None,
                "articles": total,
                "queries": len(timings),
                "seed": args.seed,
                "summary": rows,
                "slowest": slowest,
                "slowest_plans": plans,
                "timings": timings,
            },
            ensure_ascii=False,
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
