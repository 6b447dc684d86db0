"""API throughput and latency against an existing archive, behind gunicorn, beside bare views.

    python bench/api_bench.py                                    # the 1M archive on 127.0.0.1:5433
    python bench/api_bench.py --db postgres://user@host:port/db --requests 300 --concurrency 2

Starts gunicorn (settings `bench.api_settings`: the project's URLs plus bare views returning the
same rows as `.values()` JSON, a read-only database session, throttling off) on a free port of
127.0.0.1, then for each case times the API endpoint and its bare twin in the same run:
list, list filtered by entity / by source / by date range, detail, a deep cursor page, search
(last: the index may still be building). Each case: warm-up, then --requests requests from
--concurrency client threads (a new connection per request, as gunicorn's sync workers close
them). Prints requests/s and p50/p99 per case and the API/bare throughput ratio; writes
bench/results/api-<db name>.json. The targets (issue 8): p50 <= 15 ms for pages of 20 of the
list, filtered lists and detail; API throughput >= 50% of the bare view's.
"""

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from base64 import urlsafe_b64encode
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = "postgres://postgres@127.0.0.1:5433/newsdb"
WARMUP = 20


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _sample(db: str) -> dict:
    """Ids and keys to ask for, read from the archive (read-only)."""
    import psycopg

    with psycopg.connect(db, options="-c default_transaction_read_only=on") as connection:
        one = connection.execute

        def value(sql):
            return one(sql).fetchone()[0]

        total = value("SELECT count(*) FROM articles_article")
        # A mid-frequency entity and a mid-size source: neither the commonest nor a rare one.
        entity = value(
            "SELECT entity_id FROM (SELECT entity_id, count(*) n FROM articles_mention "
            "WHERE entity_id IN (SELECT id FROM articles_entity ORDER BY id LIMIT 200) GROUP BY 1) t "
            "ORDER BY abs(n - 20000) LIMIT 1"
        )
        source = value(
            "SELECT source_id FROM articles_articlesource WHERE source_id IN "
            "(SELECT id FROM articles_source ORDER BY id LIMIT 50) GROUP BY 1 ORDER BY abs(count(*) - 15000) LIMIT 1"
        )
        detail = value(
            "SELECT id FROM articles_article ORDER BY id OFFSET (SELECT count(*) / 2 FROM articles_article) LIMIT 1"
        )
        # The deep page: half way down the dated articles, newest first.
        deep_date, deep_id = one(
            "SELECT published_date, id FROM articles_article WHERE published_date IS NOT NULL "
            "ORDER BY published_date DESC, id DESC OFFSET 300000 LIMIT 1"
        ).fetchone()
        word = value("SELECT word FROM articles_searchword ORDER BY id OFFSET 500 LIMIT 1")
    return {
        "articles": total, "entity": entity, "source": source, "detail": detail,
        "deep": (deep_date.isoformat(), deep_id), "word": word,
    }  # fmt: skip


def _cursor(day: str, pk: int) -> str:
    data = json.dumps({"s": 0, "r": False, "k": [day, pk]}, separators=(",", ":")).encode()
    return urlsafe_b64encode(data).decode()


def _cases(sample: dict) -> list[tuple[str, str, str]]:
    """(name, API path, bare path); pages of 20."""
    q = urllib.parse.urlencode
    day, pk = sample["deep"]
    dates = {"published_after": "2019-03-01", "published_before": "2019-03-31"}
    pairs = [
        ("list", {}, {}),
        ("list ?entity", {"entity": sample["entity"]}, {"entity": sample["entity"]}),
        ("list ?source", {"source": sample["source"]}, {"source": sample["source"]}),
        ("list ?dates", dates, dates),
        ("deep cursor", {"cursor": _cursor(day, pk)}, {"before_date": day, "before_id": pk}),
    ]
    cases = [(name, f"/api/articles/?{q(api)}", f"/bare/articles/?{q(bare)}") for name, api, bare in pairs]
    cases.insert(4, ("detail", f"/api/articles/{sample['detail']}/", f"/bare/articles/{sample['detail']}/"))
    cases.append(("search", f"/api/articles/?{q({'q': sample['word']})}", f"/bare/search/?{q({'q': sample['word']})}"))
    return cases


def _get(base: str, path: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(base + path, timeout=60) as response:
        response.read()
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")
    return time.perf_counter() - started


def _time(base: str, path: str, requests: int, concurrency: int) -> dict:
    for _ in range(WARMUP):
        _get(base, path)
    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = sorted(pool.map(lambda _: _get(base, path), range(requests)))
    elapsed = time.perf_counter() - started
    return {
        "rps": requests / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=os.environ.get("DATABASE_URL") or DEFAULT_DB, help="a PostgreSQL URL")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per endpoint")
    parser.add_argument("--concurrency", type=int, default=2, help="client threads")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--skip", nargs="*", default=[], help="case names to leave out (e.g. search)")
    args = parser.parse_args()

    sample = _sample(args.db)
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.api_settings",
        "DATABASE_URL": args.db,
        "DEBUG": "false",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "api-bench-only"),
        "ALLOWED_HOSTS": "127.0.0.1",
        "API_ANON_RATE": "none",
    }
    gunicorn = [
        str(Path(sys.executable).parent / "gunicorn"), "--workers", str(args.workers), "--bind", f"127.0.0.1:{port}",
        "--chdir", str(ROOT), "--log-level", "warning", "newsdb.wsgi:application",
    ]  # fmt: skip
    server = subprocess.Popen(gunicorn, env=env, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                _get(base, "/api/")
                break
            except OSError:
                time.sleep(0.2)
        print(f"{sample['articles']:,} articles; gunicorn {args.workers} workers on :{port}; "
              f"{args.requests} requests per case, {args.concurrency} client threads")  # fmt: skip
        columns = f"{'r/s':>8} {'p50 ms':>7} {'p99 ms':>7}"
        header = f"{'case':<14} API {columns}   bare {columns}  ratio"
        print(header)
        print("-" * len(header))
        results = {}
        for name, api_path, bare_path in _cases(sample):
            if name in args.skip:
                continue
            api = _time(base, api_path, args.requests, args.concurrency)
            bare = _time(base, bare_path, args.requests, args.concurrency)
            ratio = api["rps"] / bare["rps"]
            results[name] = {"api": api, "bare": bare, "ratio": ratio, "api_path": api_path}
            print(
                f"{name:<14}     {api['rps']:8.1f} {api['p50_ms']:7.1f} {api['p99_ms']:7.1f}   "
                f"     {bare['rps']:8.1f} {bare['p50_ms']:7.1f} {bare['p99_ms']:7.1f}  {ratio:5.0%}",
                flush=True,
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
    name = urllib.parse.urlsplit(args.db).path.strip("/") or "db"
    out = ROOT / "bench" / "results" / f"api-{name}.json"
    out.write_text(json.dumps({"sample": sample, "args": vars(args), "results": results}, indent=2, default=str))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
