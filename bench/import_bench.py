"""Import speed: files/s, MB/s and peak memory of `import_seeds`, beside a COPY floor and a per-row baseline.

    python bench/import_bench.py --files 100000 --db postgres
    python bench/import_bench.py --files 10000 --db sqlite --corpus /var/tmp/corpus-10k
    python bench/import_bench.py --files 3000 --corpus /var/tmp/corpus-3k --worker-only
    DATABASE_URL=postgres://… python bench/import_bench.py --files 3000 --corpus /var/tmp/corpus-3k --where

One run, one generated corpus (`make_corpus`, reused when --corpus already holds one), four figures:
- `import`: a full `manage.py import_seeds DIR --workers W` into an empty database (decode, parse,
  entities, write), with the peak RSS of its largest process and the peak memory of its whole
  process tree (PSS: a page the processes share counts once; the plain sum of RSS is given too);
- `re-import`: the same command again: every file already imported, nothing written;
- `copy`: the rows that import wrote, its search index included, loaded into another empty
  database by a bare COPY (PostgreSQL) or INSERT … SELECT (SQLite): the physical floor, no parsing;
- `save`: a naive importer on the first --baseline-files files: the same parser and extractor,
  then one Model.save() (or get_or_create) per row in autocommit, as a first version would.
--worker-only times the parse workers' function alone, in one process: CPU seconds per 1,000 files.
--where imports the first --files files of --corpus into a new database on DATABASE_URL's PostgreSQL
and says where the time went: CPU of the writing process, of the workers and of the writer's
PostgreSQL backend, the writer's wait for the workers, and per statement (pg_stat_statements, when
the server preloads it: `shared_preload_libraries = 'pg_stat_statements'`) time, rows and WAL.
PostgreSQL is DATABASE_URL's server, else one the bench starts on 127.0.0.1 (bench/pg.py).
Prints a table and writes bench/results/import-<db>-<files>.json.
"""

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench import pg  # noqa: E402

# The tables an import fills, parents first; `entity` holds only the names it discovered.
TABLES = (
    ("articles_entity", "status = 'discovered'"),
    ("articles_keyword", ""),
    ("articles_article", ""),
    ("articles_articlesource", ""),
    ("articles_article_keywords", ""),
    ("articles_relatedlink", ""),
    ("articles_mention", ""),
)
# The search index the import writes in the same run: part of the same rows, so part of the floor.
SEARCH_TABLES = {
    "postgresql": (("articles_searchdocument", ""), ("articles_searchword", "")),
    "sqlite": (("articles_search_fts", ""), ("articles_searchword", "")),
}
# An FTS5 table's `SELECT *` leaves out its rowid, the article id.
_COLUMNS = {"articles_search_fts": "rowid, title, names, body"}


def tables(vendor: str) -> tuple[tuple[str, str], ...]:
    return TABLES + SEARCH_TABLES[vendor]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--corpus", type=Path, help="corpus directory (generated there if empty)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--baseline-files", type=int, default=300)
    parser.add_argument(
        "--worker-only", action="store_true", help="only the parse workers' CPU per file, in one process (--corpus)"
    )
    parser.add_argument(
        "--where", action="store_true", help="where an import's time goes (--corpus, DATABASE_URL's PostgreSQL)"
    )
    args = parser.parse_args()
    if args.worker_only:
        _worker_report(args)
        return
    if args.where:
        _where_report(args)
        return

    scratch = Path(tempfile.mkdtemp(prefix="newsdb-bench-", dir="/var/tmp"))
    corpus = args.corpus or scratch / "corpus"
    results: dict = {"files": args.files, "db": args.db, "workers": args.workers, "cpus": os.cpu_count()}
    if not (corpus / "dumps").is_dir():
        seconds, _, _ = _measure(
            [
                sys.executable,
                "manage.py",
                "make_corpus",
                "--out",
                str(corpus),
                *("--files", str(args.files)),
                *("--seed", str(args.seed)),
            ],
            os.environ,
        )
        results["corpus_seconds"] = round(seconds, 1)
    files = sorted((corpus / "dumps").rglob("*.txt"))
    if len(files) != args.files:
        sys.exit(f"{corpus} holds {len(files)} dumps, not --files {args.files}")
    megabytes = sum(path.stat().st_size for path in files) / 1e6
    results["corpus_mb"] = round(megabytes, 1)

    with pg.cluster() if args.db == "postgres" else _sqlite(scratch) as server:
        urls = {name: _database(server, args.db, name, scratch) for name in ("import", "copy", "save")}
        for url in urls.values():
            _manage(url, "migrate", "--verbosity", "0")
            # The catalogues every import starts from, loaded before the clock starts.
            _manage(url, "shell", "-c", _PRELOAD)
        command = [sys.executable, "manage.py", "import_seeds", str(corpus / "dumps"), "--workers", str(args.workers)]
        env = os.environ | {"DATABASE_URL": urls["import"], "DEBUG": "0", "SECRET_KEY": "bench"}
        seconds, peak, tree = _measure(command, env)
        results["import"] = _rate(args.files, megabytes, seconds) | {
            "peak_rss_mb": peak,
            "peak_tree_pss_mb": tree[0],
            "peak_tree_rss_sum_mb": tree[1],
        }
        seconds, peak, tree = _measure(command, env)
        results["reimport"] = _rate(args.files, megabytes, seconds) | {"peak_rss_mb": peak}
        results["rows"] = _stage("count", urls["import"])
        results["copy"] = _rate(args.files, megabytes, _stage("copy", urls["copy"], urls["import"], scratch)["seconds"])
        sample = files[: args.baseline_files]
        naive = _stage("save", urls["save"], *map(str, sample))
        results["save"] = _rate(len(sample), sum(p.stat().st_size for p in sample) / 1e6, naive["seconds"])
        if args.db == "postgres":
            results["settings"] = _stage("settings", urls["import"])
    results["import_vs_copy"] = round(results["copy"]["files_per_s"] / results["import"]["files_per_s"], 2)
    results["import_vs_save"] = round(results["import"]["files_per_s"] / results["save"]["files_per_s"], 1)
    _report(results)
    out = ROOT / "bench" / "results" / f"import-{args.db}-{args.files}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {out.relative_to(ROOT)}")
    if not args.corpus:
        subprocess.run(["rm", "-rf", str(scratch)], check=False)


_PRELOAD = (
    "from articles.importing import load_source_catalogue; from articles.entities import load_gazetteer_fixture; "
    "load_source_catalogue(); load_gazetteer_fixture()"
)


class _sqlite:  # a context manager standing in for pg.cluster()
    def __init__(self, scratch: Path):
        self.scratch = scratch

    def __enter__(self) -> str:
        return str(self.scratch)

    def __exit__(self, *exc) -> None:
        pass


def _database(server: str, db: str, name: str, scratch: Path) -> str:
    if db == "postgres":
        return pg.database_url(server, f"newsdb_bench_{name}")
    path = scratch / f"{name}.sqlite3"
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def _manage(url: str, *args: str) -> None:
    env = os.environ | {"DATABASE_URL": url}
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def _rate(files: int, megabytes: float, seconds: float) -> dict:
    return {
        "seconds": round(seconds, 2),
        "files_per_s": round(files / seconds, 1),
        "mb_per_s": round(megabytes / seconds, 2),
    }


# Peak RSS ------------------------------------------------------------------------------------------

_WRAPPER = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)"
)


def _measure(command: list[str], env) -> tuple[float, float, tuple[float, float]]:
    """Run a command; its wall time, the peak RSS of its largest process, and the peak (PSS, RSS
    sum) of its process tree (MB).

    A fresh wrapper process reports the largest RSS among its descendants (getrusage), so earlier
    commands do not count. A sampler adds up the tree's memory every 100 ms. The workers are forked
    from the importer and share its pages (the gazetteer's automaton, the loaded code): each one's
    RSS counts them whole, so the sum of RSS counts them once per process. PSS (proportional set
    size) charges each process its share of a shared page, so its sum is the tree's memory.
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", _WRAPPER, *command], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
    )
    tree_peak = [0, 0]
    sampler = threading.Thread(target=_sample_tree, args=(process, tree_peak), daemon=True)
    sampler.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if process.returncode:
        sys.exit(f"{' '.join(command)} failed:\n{stderr}")
    largest_kb = int(stderr.strip().splitlines()[-1])
    return seconds, round(largest_kb / 1024, 1), (round(tree_peak[0] / 1024, 1), round(tree_peak[1] / 1024, 1))


def _sample_tree(process: subprocess.Popen, peak: list[int]) -> None:
    """peak: [PSS, RSS] of the tree, in kB."""
    while process.poll() is None:
        pss = rss = 0
        for pid in _descendants(process.pid):
            with contextlib.suppress(OSError, KeyError, ValueError):  # it ended since it was listed
                sizes = _memory(pid)
                pss, rss = pss + sizes["Pss"], rss + sizes["Rss"]
        peak[0], peak[1] = max(peak[0], pss), max(peak[1], rss)
        time.sleep(0.1)


def _memory(pid: int) -> dict[str, int]:
    """A process's memory totals in kB (Rss, Pss, …), from /proc/PID/smaps_rollup."""
    lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()[1:]
    return {name: int(value.split()[0]) for name, value in (line.split(":", 1) for line in lines)}


def _descendants(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


# Stages that need Django, each run in a process of its own with its own DATABASE_URL -------------


def _stage(name: str, url: str, *args) -> dict:
    env = os.environ | {"DATABASE_URL": url, "DEBUG": "0", "SECRET_KEY": "bench"}
    done = subprocess.run(
        [sys.executable, __file__, "--stage", name, *map(str, args)], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(f"stage {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_stage(name: str, args: list[str]) -> dict:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdb.settings")
    import django

    django.setup()
    from django.db import connection

    if name == "count":
        with connection.cursor() as cursor:
            counts = {}
            for table, where in tables(connection.vendor):
                cursor.execute(f"SELECT count(*) FROM {table}" + (f" WHERE {where}" if where else ""))
                counts[table.removeprefix("articles_")] = cursor.fetchone()[0]
            if connection.vendor == "postgresql":
                cursor.execute("SELECT pg_database_size(current_database())")
                size = cursor.fetchone()[0]
            else:
                size = Path(connection.settings_dict["NAME"]).stat().st_size
        return counts | {"database_mb": round(size / 1e6, 1)}
    if name == "settings":
        with connection.cursor() as cursor:
            shown = {}
            for setting in ("server_version", "fsync", "synchronous_commit", "shared_buffers", "max_wal_size"):
                cursor.execute(f"SHOW {setting}")
                shown[setting] = cursor.fetchone()[0]
        return shown
    if name == "copy":
        return {"seconds": _copy(connection, args[0], Path(args[1]))}
    if name == "save":
        return {"seconds": _naive_import([Path(arg) for arg in args])}
    if name == "worker":
        return _worker(Path(args[0]), int(args[1]))
    if name == "where":
        return _where(Path(args[0]), int(args[1]), int(args[2]))
    raise SystemExit(f"unknown stage {name}")


def _worker(corpus: Path, files: int) -> dict:
    """CPU seconds of what a parse worker does (`parse_file`) over a corpus's first files, in this one
    process, and the parsing caches it filled: entries, hit rate."""
    from articles.entities import gazetteer_names
    from articles.importing import parse_file
    from articles.parsing import arabic, dates, words
    from articles.parsing.discovery import common as discovery
    from articles.parsing.entities import Gazetteer

    gazetteer = Gazetteer(gazetteer_names())
    paths = sorted(corpus.rglob("*.txt"))[:files]
    cpu = 0.0
    for path in paths:
        data = path.read_bytes()  # reading is the importer's work, not the worker's
        started = time.process_time()
        parse_file(str(path), data, gazetteer)
        cpu += time.process_time() - started
    caches = {}
    for name, function in (
        ("words._word_keys", words._word_keys),
        ("words._definite", words._definite),
        ("arabic.clitic_stems", arabic.clitic_stems),
        ("discovery._with_pronoun", discovery._with_pronoun),
        ("discovery.head_stem", discovery.head_stem),
        ("dates._parse_key", dates._parse_key),
    ):
        info = function.cache_info()
        lookups = info.hits + info.misses
        caches[name] = {
            "entries": info.currsize,
            "maxsize": info.maxsize,
            "hit_rate": round(info.hits / (lookups or 1), 4),
        }
    return {
        "files": len(paths),
        "cpu_seconds": round(cpu, 2),
        "cpu_s_per_1000_files": round(cpu / len(paths) * 1000, 2),
        "files_per_cpu_s": round(len(paths) / cpu, 1),
        "caches": caches,
    }


def _where(corpus: Path, files: int, workers: int) -> dict:
    """Import a corpus's first files here; the CPU of each process of it, the writer's wait for the
    workers, and the statements PostgreSQL ran, most time first."""
    import multiprocessing.pool
    import resource

    from django.db import connection

    from articles.importing import import_paths

    waited = [0.0]
    get = multiprocessing.pool.ApplyResult.get

    def timed_get(self, timeout=None):  # the writer's wait for a chunk the workers parse
        started = time.perf_counter()
        try:
            return get(self, timeout)
        finally:
            waited[0] += time.perf_counter() - started

    multiprocessing.pool.ApplyResult.get = timed_get
    with connection.cursor() as cursor:
        try:
            cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements")
            cursor.execute("SELECT pg_stat_statements_reset()")
            statements = True
        except Exception:  # not preloaded: the per-statement table is left out
            statements = False
    if not statements:
        connection.close()  # the failed statement aborted the connection's transaction
    connection.ensure_connection()
    backend = connection.connection.info.backend_pid

    def backend_cpu() -> float | None:
        with contextlib.suppress(OSError):  # a server on another machine, or another user's
            fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return None

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    paths = sorted(corpus.rglob("*.txt"))[:files]
    wall, writer, workers_cpu, postgres = time.perf_counter(), time.process_time(), children_cpu(), backend_cpu()
    run = import_paths(paths, workers=workers)
    results = {
        "files": run.files_total,
        "articles": run.articles_created,
        "wall_seconds": round(time.perf_counter() - wall, 2),
        "writer_cpu_seconds": round(time.process_time() - writer, 2),
        "workers_cpu_seconds": round(children_cpu() - workers_cpu, 2),
        "postgres_cpu_seconds": None if postgres is None else round(backend_cpu() - postgres, 2),
        "writer_waited_for_workers_seconds": round(waited[0], 2),
        "statements": [],
    }
    if statements:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT calls, total_exec_time, rows, wal_bytes, regexp_replace(query, '\\s+', ' ', 'g') "
                "FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                "ORDER BY total_exec_time DESC LIMIT 15"
            )
            results["statements"] = [
                {
                    "calls": calls,
                    "ms": round(float(ms)),
                    "rows": rows,
                    "wal_mb": round(float(wal) / 1e6, 1),
                    "query": query[:90],
                }
                for calls, ms, rows, wal, query in cursor.fetchall()
            ]
    return results


def _copy(connection, source_url: str, scratch: Path) -> float:
    """Load the import's rows into this (empty, migrated) database; the load alone is timed."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        source = source_url.removeprefix("sqlite:///")
        with connection.cursor() as cursor:
            cursor.execute("ATTACH DATABASE %s AS source", [source])
            started = time.perf_counter()
            with connection.constraint_checks_disabled():
                cursor.execute("BEGIN")
                for table, where in tables(connection.vendor):
                    columns = _COLUMNS.get(table, "*")
                    into = f"{table} ({columns})" if table in _COLUMNS else table
                    where = f" WHERE {where}" if where else ""
                    cursor.execute(f"INSERT INTO {into} SELECT {columns} FROM source.{table}{where}")
                cursor.execute("COMMIT")
            return time.perf_counter() - started
    import psycopg

    dumps = []
    with psycopg.connect(source_url) as source:  # written to files first: only the load is timed
        for table, where in tables(connection.vendor):
            path = scratch / f"{table}.copy"
            query = f"SELECT * FROM {table}" + (f" WHERE {where}" if where else "")
            with source.cursor().copy(f"COPY ({query}) TO STDOUT") as copy, path.open("wb") as out:
                for block in copy:
                    out.write(block)
            dumps.append((table, path))
    raw = connection.connection
    started = time.perf_counter()
    with raw.transaction():
        for table, path in dumps:
            with raw.cursor().copy(f"COPY {table} FROM STDIN") as copy, path.open("rb") as stream:
                while block := stream.read(1 << 20):
                    copy.write(block)
    seconds = time.perf_counter() - started
    for _, path in dumps:
        path.unlink()
    return seconds


def _naive_import(paths: list[Path]) -> float:
    """What a first importer would do: the same parsing, then a query or two per row, autocommit."""
    from articles.entities import load_gazetteer
    from articles.importing import parse_file
    from articles.models import Article, ArticleSource, Entity, Keyword, Mention, RelatedLink, Source
    from articles.parsing.arabic import normalize

    gazetteer = load_gazetteer()
    started = time.perf_counter()
    for path in paths:
        read = parse_file(str(path), path.read_bytes(), gazetteer)
        host = None
        for story, found in zip(read.parsed.articles, read.found, strict=True):
            if Article.objects.filter(content_hash=story.content_hash).exists():
                continue
            article = Article(
                title=story.title[:500],
                title_inferred=story.title_inferred,
                body=story.body,
                published_date=story.published_date,
                dateline_place=story.dateline_place[:100],
                author=story.author[:200],
                keywords_raw=story.keywords_raw,
                parse_problems=list(story.problems),
                origin_file=path.name,
                origin_sha256=read.parsed.sha256,
                segment=story.segment,
                raw_text=story.raw_text,
                content_hash=story.content_hash,
                appended_to=host if story.segment else None,
            )
            article.save()
            host = host or article
            for source in story.sources:
                record, _ = Source.objects.get_or_create(
                    normalized_name=normalize(source.name), defaults={"name": source.name}
                )
                ArticleSource.objects.get_or_create(article=article, source=record, defaults={"role": source.role})
            for tag in story.keywords:
                keyword, _ = Keyword.objects.get_or_create(normalized_name=normalize(tag), defaults={"name": tag})
                article.keywords.add(keyword)
            positions: dict[str, int] = {}
            for link in story.links:
                positions[link.kind] = positions.get(link.kind, 0) + 1
                RelatedLink(
                    from_article=article, kind=link.kind, headline=link.headline[:500], position=positions[link.kind]
                ).save()
            for item in found:
                if item.entity_id is None:
                    entity, _ = Entity.objects.get_or_create(
                        normalized_name=item.key[0],
                        kind=item.key[1],
                        defaults={"name": item.name, "status": "discovered"},
                    )
                    entity_id = entity.id
                else:
                    entity_id = item.entity_id
                mention, created = Mention.objects.get_or_create(
                    article=article,
                    entity_id=entity_id,
                    defaults={
                        "count": item.count,
                        "surface_forms": list(item.surface_forms),
                        "first_offset": item.first_offset,
                    },
                )
                if not created:
                    mention.count += item.count
                    mention.save()
    return time.perf_counter() - started


def _worker_report(args) -> None:
    """The workers' share of an import, load-independent: CPU seconds of `parse_file` per 1,000 files."""
    if not args.corpus or not (args.corpus / "dumps").is_dir():
        sys.exit("--worker-only needs --corpus DIR holding dumps/")
    scratch = Path(tempfile.mkdtemp(prefix="newsdb-bench-", dir="/var/tmp"))
    url = f"sqlite:///{scratch / 'gazetteer.sqlite3'}"  # the gazetteer's names come from a database
    _manage(url, "migrate", "--verbosity", "0")
    _manage(url, "shell", "-c", _PRELOAD)
    results = _stage("worker", url, args.corpus / "dumps", args.files)
    subprocess.run(["rm", "-rf", str(scratch)], check=False)
    print(
        f"\nparse_file over {results['files']:,} files of {args.corpus}, one process: {results['cpu_seconds']} CPU s, "
        f"{results['cpu_s_per_1000_files']} s per 1,000 files ({results['files_per_cpu_s']} files per CPU second)"
    )
    print(f"{'cache':<28}{'entries':>9}{'maxsize':>9}{'hit rate':>10}")
    for name, row in results["caches"].items():
        print(f"{name:<28}{row['entries']:>9,}{row['maxsize']:>9,}{row['hit_rate']:>10.1%}")
    out = ROOT / "bench" / "results" / f"import-worker-{args.files}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {out.relative_to(ROOT)}")


def _where_report(args) -> None:
    """Where an import's time goes, on DATABASE_URL's PostgreSQL (a database of its own is created there)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")) or not args.corpus:
        sys.exit("--where needs DATABASE_URL=postgres://… (a server of your own) and --corpus DIR holding dumps/")
    url = pg.database_url(url, "newsdb_bench_where")
    _manage(url, "migrate", "--verbosity", "0")
    _manage(url, "shell", "-c", _PRELOAD)
    results = _stage("where", url, args.corpus / "dumps", args.files, args.workers)
    print(
        f"\nimport of {results['files']:,} files ({results['articles']:,} stories), {args.workers} workers: "
        f"{results['wall_seconds']} s; CPU s: writer {results['writer_cpu_seconds']} (the gazetteer's build included), "
        f"workers {results['workers_cpu_seconds']}, PostgreSQL backend {results['postgres_cpu_seconds']}; "
        f"the writer waited {results['writer_waited_for_workers_seconds']} s for the workers"
    )
    if results["statements"]:
        print(f"{'calls':>8}{'ms':>8}{'rows':>9}{'WAL MB':>8}  statement")
        for row in results["statements"]:
            print(f"{row['calls']:>8,}{row['ms']:>8,}{row['rows']:>9,}{row['wal_mb']:>8}  {row['query']}")
    out = ROOT / "bench" / "results" / f"import-where-{args.files}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten to {out.relative_to(ROOT)}")


def _report(results: dict) -> None:
    print(
        f"\nimport of {results['files']:,} generated dumps ({results['corpus_mb']} MB) into {results['db']}, "
        f"{results['workers']} workers, {results['cpus']} CPUs"
    )
    print(f"{'':<12}{'seconds':>10}{'files/s':>10}{'MB/s':>8}{'peak RSS MB':>13}{'tree PSS MB':>13}{'RSS sum MB':>12}")
    for name in ("import", "reimport", "copy", "save"):
        row = results[name]
        print(
            f"{name:<12}{row['seconds']:>10}{row['files_per_s']:>10}{row['mb_per_s']:>8}"
            f"{row.get('peak_rss_mb', ''):>13}{row.get('peak_tree_pss_mb', ''):>13}"
            f"{row.get('peak_tree_rss_sum_mb', ''):>12}"
        )
    print(
        f"import is {results['import_vs_copy']}x slower than the bare load and "
        f"{results['import_vs_save']}x faster than per-row save()"
    )
    print("rows: " + ", ".join(f"{table} {count:,}" for table, count in results["rows"].items()))
    if "settings" in results:
        print("postgres: " + ", ".join(f"{k}={v}" for k, v in results["settings"].items()))


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--stage":
        print(json.dumps(run_stage(sys.argv[2], sys.argv[3:])))
    else:
        main()
