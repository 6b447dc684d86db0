"""Entity extraction speed: articles per second, parsing excluded.

    python bench/extract_bench.py --articles 20000            # SQLite in a temporary file
    python bench/extract_bench.py --corpus /var/tmp/corpus-10k   # the stories of a generated corpus
    DATABASE_URL=postgres://… python bench/extract_bench.py   # an existing (empty) PostgreSQL database

Two figures, on the seed stories repeated (each copy made distinct so it is its own article), or on
the first --articles stories of a corpus that `make_corpus` wrote:
- `extract`: the pure-Python extractor (gazetteer automaton + discovery) over the article texts;
- `extract_entities`: the management command's service over the same articles stored in the
  database — read in batches, extract, write mentions in bulk.
Prints a table and writes bench/results/extract.json.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20000)
    parser.add_argument("--corpus", type=Path, help="a make_corpus directory: its stories instead of the seeds'")
    args = parser.parse_args()
    scratch = tempfile.TemporaryDirectory()
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch.name}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdb.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from articles.entities import extract_entities, load_gazetteer, load_gazetteer_fixture
    from articles.models import Article
    from articles.parsing import parse_dump
    from articles.parsing.entities import article_text, extract

    call_command("migrate", verbosity=0)
    if Article.objects.exists():
        sys.exit("the benchmark needs an empty database")
    load_gazetteer_fixture()
    gazetteer = load_gazetteer()
    stories = list(_stories(args.corpus / "dumps" if args.corpus else ROOT / "seeds", args.articles, parse_dump))
    articles = []
    for i in range(args.articles):
        story = stories[i % len(stories)]
        # A distinct closing line per copy: distinct content hashes, the same Arabic to read.
        body = f"{story.body}\n\nتحديث رقم {i}"
        articles.append(
            Article(
                title=story.title,
                title_inferred=story.title_inferred,
                body=body,
                raw_text=body,
                content_hash=f"bench-{i}",
                origin_file=f"bench-{i}.txt",
            )
        )
    texts = [article_text(a.title, a.body, a.title_inferred) for a in articles]
    started, cpu = time.perf_counter(), time.process_time()
    found = sum(len(extract(text, gazetteer)) for text in texts)
    pure, cpu = time.perf_counter() - started, time.process_time() - cpu

    Article.objects.bulk_create(articles, batch_size=2000)
    started = time.perf_counter()
    counts = extract_entities(gazetteer=gazetteer)
    stored = time.perf_counter() - started

    megabytes = sum(len(text.encode()) for text in texts) / 1e6
    rows = [
        ("extract (pure Python)", args.articles, pure, found),
        (f"extract_entities ({connection.vendor})", counts.articles, stored, counts.mentions),
    ]
    print(f"{'step':<32}{'articles':>10}{'seconds':>10}{'articles/s':>12}{'MB/s':>8}{'mentions':>10}")
    for name, n, seconds, mentions in rows:
        print(f"{name:<32}{n:>10}{seconds:>10.2f}{n / seconds:>12.0f}{megabytes / seconds:>8.2f}{mentions:>10}")
    # A shared machine slows the wall clock, less the CPU clock: the steadier figure of the two.
    print(f"extract (pure Python): {cpu:.2f} CPU s, {args.articles / cpu:.0f} articles per CPU second")
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "extract.json").write_text(
        json.dumps(
            {
                "articles": args.articles,
                "source": str(args.corpus or "seeds"),
                "extract_cpu_seconds": round(cpu, 3),
                "database": connection.vendor,
                "megabytes": round(megabytes, 2),
                "steps": [
                    {"step": name, "articles": n, "seconds": round(s, 3), "articles_per_s": round(n / s)}
                    for name, n, s, _ in rows
                ],
            },
            indent=1,
        )
    )


def _stories(folder: Path, wanted: int, parse_dump):
    """The stories of the dumps in `folder`, in file order, up to `wanted` (the seeds have nine)."""
    count = 0
    for path in sorted(folder.rglob("*.txt")):
        for story in parse_dump(path.read_bytes()).articles:
            yield story
            count += 1
            if count == wanted:
                return


if __name__ == "__main__":
    main()
