"""The curators' desk at scale: how long each admin list, filter, search and change page takes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5433/newsdb python bench/admin_bench.py [--runs 5]

Runs against an existing archive (the million-article database of the scale work), READ-ONLY:
the connection is set read-only, and the views are called in-process with Django's
RequestFactory and an unsaved superuser, so not even a session or a login is written. Each page
is requested once to warm the caches, then `--runs` times; the time is the view and its template
rendered, as a browser would receive it. Prints a table (median and slowest run, queries) and
writes bench/results/admin-<db>-<articles>.json. The target: every page under a second.
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_MS = 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="timed requests per page (after one to warm up)")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdb.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.contrib.messages.storage.cookie import CookieStorage
    from django.contrib.sessions.backends.signed_cookies import SessionStore
    from django.db import connection
    from django.db.backends.signals import connection_created
    from django.db.models import Count
    from django.test import RequestFactory
    from django.test.utils import CaptureQueriesContext
    from django.urls import resolve
    from django.utils import translation

    from articles.models import Article, ArticleSource, Entity, Mention, Source

    def read_only(sender, connection, **kwargs):
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")

    connection_created.connect(read_only)
    connection.close()  # the next query opens a read-only connection

    user = User(pk=-1, username="bench", is_staff=True, is_superuser=True, is_active=True)  # never saved
    factory = RequestFactory()

    def get(path: str):
        request = factory.get(path)
        request.user = user
        request.session = SessionStore()
        request._messages = CookieStorage(request)
        request.LANGUAGE_CODE = "ar"
        match = resolve(request.path_info)
        request.resolver_match = match
        with translation.override("ar"):
            response = match.func(request, *match.args, **match.kwargs)
            if hasattr(response, "render"):
                response.render()
        if response.status_code != 200:
            raise SystemExit(f"{path}: HTTP {response.status_code} {response.get('Location', '')}")
        return response

    vendor = connection.vendor
    total = Article.objects.order_by().values("id").last()  # highest id: the size, without a COUNT(*)
    total = total["id"] if total else 0
    by_use = ArticleSource.objects.values("source").annotate(n=Count("id")).order_by("-n")
    common_source, rare_source = by_use.first()["source"], by_use.last()["source"]
    common_entity = Mention.objects.values("entity").order_by().annotate(n=Count("id")).order_by("-n").first()["entity"]
    rare_entity = Entity.objects.filter(kind=Entity.Kind.PERSON, mentions__isnull=False).order_by("-id").first().pk
    host = Article.objects.filter(appended_stories__isnull=False).order_by("-id").first()
    dated = Article.objects.filter(published_date__isnull=False)
    newest = dated.order_by("-published_date", "-id").values_list("published_date", flat=True).first()
    week_ago = newest.toordinal() - 7
    from datetime import date

    since = date.fromordinal(week_ago).isoformat()
    source_name = Source.objects.get(pk=common_source).name

    base = "/admin/articles/article/"
    pages = [
        ("article list", base),
        ("article list, page 2", base + "?p=2"),
        ("article list, page 200 (the last)", base + "?p=200"),
        ("filter status=new", base + "?status__exact=new"),
        ("filter status=reviewed (none)", base + "?status__exact=reviewed"),
        (f"filter source={source_name}", base + f"?source={common_source}"),
        ("filter source (rarest)", base + f"?source={rare_source}"),
        ("filter date (last 7 days)", base + f"?published_date__gte={since}"),
        ("filter entity kind PERSON", base + "?entity_kind=PERSON"),
        ("filter has appended=yes", base + "?has_appended=yes"),
        ("filter has appended=no", base + "?has_appended=no"),
        ("filter title inferred", base + "?title_inferred__exact=1"),
        ("filter appended story", base + "?appended_to__isnull=False"),
        ("filter entity (most mentioned)", base + f"?entity={common_entity}"),
        ("filter entity (a rare person)", base + f"?entity={rare_entity}"),
        ("filters combined", base + f"?status__exact=new&entity_kind=ORG&source={common_source}"),
        ("search السودانى", base + "?q=السودانى"),
        ("search العراق (common)", base + "?q=العراق"),
        ('search "الحكومة العراقية"', base + "?q=" + '"الحكومة العراقية"'),
        ("search + filter", base + "?q=بغداد&entity_kind=PERSON"),
        ("article change page", f"{base}{host.pk}/change/"),
        ("article history", f"{base}{host.pk}/history/"),
        ("entity list", "/admin/articles/entity/"),
        ("entity list, kind=PERSON", "/admin/articles/entity/?kind__exact=PERSON"),
        ("entity search", "/admin/articles/entity/?q=السوداني"),
        ("entity change page", f"/admin/articles/entity/{common_entity}/change/"),
        ("related links, unresolved", "/admin/articles/relatedlink/?to_article__isempty=1"),
        ("mention list", "/admin/articles/mention/"),
        ("source list", "/admin/articles/source/"),
        (
            "article autocomplete",
            "/admin/autocomplete/?app_label=articles&model_name=relatedlink&field_name=to_article&term=العراق",
        ),
    ]

    rows = []
    for label, path in pages:
        get(path)
        times = []
        for _ in range(args.runs):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                get(path)
                times.append((time.perf_counter() - started) * 1000)
        rows.append(
            {
                "page": label,
                "path": path,
                "median_ms": round(statistics.median(times), 1),
                "max_ms": round(max(times), 1),
                "queries": len(queries.captured_queries),
                "slowest_query_ms": round(max(float(q["time"]) for q in queries.captured_queries) * 1000, 1),
            }
        )
        row = rows[-1]
        flag = "" if row["max_ms"] < TARGET_MS else "  OVER 1 s"
        print(
            f"{label:<34}{row['median_ms']:>10.1f}{row['max_ms']:>10.1f}{row['queries']:>6}"
            f"{row['slowest_query_ms']:>10.1f}{flag}",
            flush=True,
        )

    print(f"\n{vendor}, ~{total} articles (highest id), {args.runs} runs per page after one warm-up")
    print(f"{'page':<34}{'median ms':>10}{'max ms':>10}{'queries':>8}{'slowest q':>10}")
    for row in rows:
        print(
            f"{row['page']:<34}{row['median_ms']:>10.1f}{row['max_ms']:>10.1f}{row['queries']:>8}"
            f"{row['slowest_query_ms']:>10.1f}"
        )
    over = [row["page"] for row in rows if row["max_ms"] >= TARGET_MS]
    print(f"\n{len(rows) - len(over)} of {len(rows)} pages under {TARGET_MS} ms" + (f"; over: {over}" if over else ""))
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    out = results / f"admin-{vendor}-{total}.json"
    out.write_text(json.dumps({"vendor": vendor, "articles": total, "runs": args.runs, "pages": rows}, indent=2))
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
