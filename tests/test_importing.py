"""The import service and `import_seeds`, against the database (SQLite or PostgreSQL)."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import importing, search
from articles.corpus import Corpus, write_corpus
from articles.importing import import_paths, reparse_articles
from articles.models import (
    Article,
    ArticleSource,
    Entity,
    ImportFailure,
    ImportRun,
    Keyword,
    Mention,
    RelatedLink,
    SearchWord,
    Source,
)
from tests.seed_expectations import SCALAR_FIELDS, SEEDS

pytestmark = pytest.mark.django_db
SEEDS_DIR = Path(settings.SEEDS_DIR)


@pytest.fixture
def seeds_imported():
    return import_paths([SEEDS_DIR])


def _stored(name, segment):
    return Article.objects.for_detail().get(origin_file=name, segment=segment)


def test_seeds_import_as_nine_articles_five_hosts_four_appended(seeds_imported):
    assert (seeds_imported.articles_created, seeds_imported.files_failed) == (9, 0)
    assert Article.objects.hosts().count() == 5
    assert Article.objects.filter(appended_to__isnull=False).count() == 4


@pytest.mark.parametrize(
    ("name", "segment", "expected"), [pytest.param(n, s, e, id=f"{n[:3]}-{s}") for (n, s), e in SEEDS.items()]
)
def test_seed_article_is_stored_field_by_field(seeds_imported, name, segment, expected):
    article = _stored(name, segment)
    assert {field: getattr(article, field) for field in SCALAR_FIELDS} == {
        field: expected[field] for field in SCALAR_FIELDS
    }
    assert [(s.source.name, s.role) for s in article.article_sources.order_by("id")] == expected["sources"]
    assert sorted(k.name for k in article.keywords.all()) == sorted(expected["keywords"])
    links = {}
    for link in article.related_links.all():
        links.setdefault(link.kind, []).append(link.headline)
    assert links == expected["links"]
    assert (article.appended_to_id is not None) == bool(segment)


def test_appended_story_is_linked_from_its_host_by_read_also(seeds_imported):
    host, appended = _stored("002_6b8f8232c79e6353.txt", 0), _stored("002_6b8f8232c79e6353.txt", 1)
    link = host.related_links.get(kind="read_also")
    assert (link.to_article_id, appended.appended_to_id) == (appended.id, host.id)


def test_similar_headline_matching_an_article_title_is_resolved(seeds_imported):
    host, appended = _stored("004_531aee5e3cc5c08f.txt", 0), _stored("004_531aee5e3cc5c08f.txt", 1)
    link = host.related_links.get(kind="similar", position=6)
    assert link.to_article_id == appended.id


def test_unmatched_headlines_stay_unresolved(seeds_imported):
    # 30 links: 4 read_also and 2 similar bullets point at seed articles; the rest name other stories.
    assert RelatedLink.objects.filter(to_article__isnull=True).count() == 24


def test_raw_text_and_provenance_are_kept_verbatim(seeds_imported):
    host = _stored("001_57670411fffd694b.txt", 0)
    data = (SEEDS_DIR / "001_57670411fffd694b.txt").read_bytes()
    assert host.raw_text == data.decode("utf-8")
    assert len(host.origin_sha256) == 64


def test_importing_the_same_files_again_creates_nothing(seeds_imported):
    counts = [m.objects.count() for m in (Article, ArticleSource, Keyword, RelatedLink, Source)]
    again = import_paths([SEEDS_DIR])
    assert (again.articles_created, again.articles_unchanged) == (0, 9)
    assert [m.objects.count() for m in (Article, ArticleSource, Keyword, RelatedLink, Source)] == counts


def test_same_story_under_another_file_name_is_one_article(tmp_path, seeds_imported):
    shutil.copy(SEEDS_DIR / "001_57670411fffd694b.txt", tmp_path / "copy.txt")
    run = import_paths([tmp_path])
    assert (run.articles_created, run.articles_unchanged, Article.objects.count()) == (0, 1, 9)


def test_link_resolves_when_its_target_arrives_in_a_later_run(tmp_path):
    (tmp_path / "a.txt").write_text(
        "عنوان أ\nنص الخبر الأول عن بغداد وواشنطن.\n\nمقالات مشابهة\n\n  • عنوان ب\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("عنوان ب\nنص الخبر الثاني عن دمشق وبيروت.\n", encoding="utf-8")
    import_paths([tmp_path / "a.txt"])
    link = RelatedLink.objects.get(kind="similar")
    assert link.to_article is None
    run = import_paths([tmp_path / "b.txt"])
    link.refresh_from_db()
    assert link.to_article == Article.objects.get(title="عنوان ب")
    assert run.links_resolved == 1


def test_folder_with_empty_binary_and_good_files_imports_the_good_and_names_the_bad(tmp_path):
    shutil.copy(SEEDS_DIR / "002_6b8f8232c79e6353.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    run = import_paths([tmp_path])
    assert (run.files_total, run.files_failed, run.articles_created) == (3, 2, 2)
    assert sorted((Path(f.path).name, f.reason) for f in ImportFailure.objects.filter(run=run)) == [
        ("empty.txt", "empty file"),
        ("image.txt", "binary file (NUL byte at 8)"),
    ]


def test_command_names_bad_files_and_exits_non_zero(tmp_path, capsys):
    shutil.copy(SEEDS_DIR / "003_071eff8cf92bc83d.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(CommandError, match=r"^1 file\(s\) failed; see import run \d+$"):
        call_command("import_seeds", str(tmp_path))
    out, err = capsys.readouterr()
    assert f"{tmp_path / 'empty.txt'}: skipped, empty file" in err
    assert out.strip() == "2 files: 2 articles (2 new, 0 unchanged), 1 failed"
    assert Article.objects.count() == 2


def test_missing_path_is_reported_not_ignored(tmp_path):
    run = import_paths([tmp_path / "nowhere"])
    assert [(f.path, f.reason) for f in run.failures.all()] == [(str(tmp_path / "nowhere"), "no such file or folder")]


def test_glob_pattern_selects_files(tmp_path):
    for name in ("000_c729addcbd090b77.txt", "001_57670411fffd694b.txt"):
        shutil.copy(SEEDS_DIR / name, tmp_path / name)
    run = import_paths([str(tmp_path / "001_*.txt")])
    assert (run.files_total, run.articles_created) == (1, 1)


def test_command_without_paths_imports_the_seeds_folder(capsys):
    call_command("import_seeds")
    assert capsys.readouterr().out.strip() == "5 files: 9 articles (9 new, 0 unchanged), 0 failed"


def test_dry_run_counts_but_saves_nothing(capsys):
    call_command("import_seeds", "--dry-run")
    assert (
        capsys.readouterr().out.strip() == "5 files: 9 articles (9 new, 0 unchanged), 0 failed [dry run: nothing saved]"
    )
    assert (Article.objects.count(), Source.objects.count(), ImportRun.objects.count()) == (0, 0, 0)


def test_import_run_records_its_counts(seeds_imported):
    run = ImportRun.objects.get()
    assert (run.files_total, run.articles_created, run.files_failed, run.finished_at is not None) == (5, 9, 0, True)


def test_source_catalogue_aliases_resolve_to_the_canonical_source(tmp_path):
    (tmp_path / "a.txt").write_text(
        "عنوان\nنص الخبر عن بغداد وواشنطن والمحادثات.\nالمصدر: وكالة رويترز\nالمصدر: Al Jazeera\n", encoding="utf-8"
    )
    import_paths([tmp_path])
    article = Article.objects.get()
    assert sorted((s.source.name, s.role) for s in article.article_sources.all()) == [
        ("الجزيرة", "publisher"),
        ("رويترز", "wire"),
    ]


def test_unknown_outlet_becomes_a_new_source(tmp_path):
    (tmp_path / "a.txt").write_text(
        "عنوان\nنص الخبر عن بغداد وواشنطن والمحادثات.\nالمصدر: صحيفة جديدة تماما\n", encoding="utf-8"
    )
    import_paths([tmp_path])
    assert Source.objects.get(name="صحيفة جديدة تماما").kind == Source.Kind.OUTLET


def test_reparse_rewrites_new_articles_from_raw_text_and_keeps_curated_ones(seeds_imported):
    new, reviewed = _stored("002_6b8f8232c79e6353.txt", 0), _stored("003_071eff8cf92bc83d.txt", 0)
    Article.objects.filter(pk=new.pk).update(title="عنوان خاطئ", published_date=None)
    Article.objects.filter(pk=reviewed.pk).update(title="عنوان صححه محرر", status=Article.Status.REVIEWED)
    ArticleSource.objects.filter(article=new).delete()
    run = reparse_articles()
    new.refresh_from_db()
    reviewed.refresh_from_db()
    assert (run.articles_updated, run.articles_unchanged) == (1, 8)
    assert (new.title, new.published_date) == (
        SEEDS[("002_6b8f8232c79e6353.txt", 0)]["title"],
        SEEDS[("002_6b8f8232c79e6353.txt", 0)]["published_date"],
    )
    assert [(s.source.name, s.role) for s in new.article_sources.all()] == [("الجزيرة", "publisher")]
    assert new.related_links.filter(kind="read_also").count() == 1
    assert reviewed.title == "عنوان صححه محرر"


def test_reparse_tells_an_archive_imported_before_migration_0009_which_datelines_open_their_lead(seeds_imported):
    # Seed 000's host opens on `العراق –`; rows imported before 0009 hold the column's default.
    Article.objects.update(dateline_in_lead=False)
    run = reparse_articles()
    assert run.articles_updated == Article.objects.filter(dateline_in_lead=True).count() > 0
    assert _stored("000_c729addcbd090b77.txt", 0).dateline_in_lead is True


def test_reparse_of_an_unchanged_archive_changes_nothing(seeds_imported, capsys):
    call_command("import_seeds", "--reparse")
    assert capsys.readouterr().out.strip() == "0 files: 9 articles (0 new, 9 unchanged, 0 re-parsed), 0 failed"


def _queries_to_import(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    with CaptureQueriesContext(connection) as queries:
        import_paths([tmp_path / name])
    return len(queries)


def test_import_queries_do_not_grow_with_sources_keywords_or_links(tmp_path):
    import_paths([SEEDS_DIR / "001_57670411fffd694b.txt"])  # catalogue loaded, run machinery warm
    story = "نص الخبر عن بغداد وواشنطن والمحادثات الجارية بين البلدين."
    small = _queries_to_import(
        tmp_path,
        "small.txt",
        f"عنوان صغير\n{story}\nالمصدر: الجزيرة\nكلمات دلالية: العراق\n\nمقالات مشابهة\n  • خبر 1\n",
    )
    bullets = "".join(f"  • خبر رقم {i}\n" for i in range(20))
    large = _queries_to_import(
        tmp_path,
        "large.txt",
        f"عنوان كبير\n{story} وأكثر.\nالمصدر: رويترز\nالمصدر: فرانس برس\nالمصدر: العربية\n"
        f"كلمات دلالية: العراق، سوريا، لبنان، الأردن، مصر\n\nمقالات مشابهة\n{bullets}",
    )
    assert small == large


def test_parse_problem_is_stored_on_the_article_and_the_article_still_goes_in(tmp_path):
    (tmp_path / "a.txt").write_text("عنوان\nتاريخ النشر: قريبا\nنص الخبر عن بغداد وواشنطن.\n", encoding="utf-8")
    run = import_paths([tmp_path])
    assert (run.articles_created, run.files_failed) == (1, 0)
    assert Article.objects.get().parse_problems == ["unreadable publication date: تاريخ النشر: قريبا"]


def test_a_story_the_extractor_fails_on_goes_in_without_entities_and_says_why(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(
        "عنوان الخبر\nنص الخبر عن بغداد.\n\nإقرأ أيضاً:\nخبر آخر\nنص الخبر الآخر عن دمشق.\n", encoding="utf-8"
    )
    real = importing.extract

    def fail_on_baghdad(text, gazetteer):
        if "بغداد" in text:
            raise IndexError("list index out of range")
        return real(text, gazetteer)

    monkeypatch.setattr(importing, "extract", fail_on_baghdad)
    run = import_paths([tmp_path])
    assert (run.articles_created, run.files_failed) == (2, 0)
    host, appended = Article.objects.order_by("segment")
    assert host.parse_problems == ["entities not extracted: IndexError: list index out of range"]
    assert not host.mentions.exists()
    assert appended.parse_problems == []
    assert appended.mentions.filter(entity__name="دمشق").exists()


def test_a_file_that_fails_while_stored_is_skipped_and_the_rest_of_its_batch_goes_in(tmp_path, monkeypatch):
    for name in ("a.txt", "bad.txt", "c.txt"):
        (tmp_path / name).write_text(f"عنوان {name}\nنص الخبر عن بغداد ودمشق في {name}.\n", encoding="utf-8")
    real = importing.write_keywords

    def fail_on_bad(new):
        if any(article.origin_file == "bad.txt" for article, _ in new):
            raise RuntimeError("disk full")
        real(new)

    monkeypatch.setattr(importing, "write_keywords", fail_on_bad)
    run = import_paths([tmp_path])
    assert (run.files_total, run.files_failed, run.articles_created) == (3, 1, 2)
    assert run.failures.get().reason == "not stored: RuntimeError: disk full"
    assert sorted(Article.objects.values_list("origin_file", flat=True)) == ["a.txt", "c.txt"]


def test_worker_processes_import_a_corpus_and_a_second_run_skips_every_file(tmp_path):
    write_corpus(tmp_path, Corpus(150, seed=5))
    first = import_paths([tmp_path / "dumps"], workers=2)
    assert (first.files_total, first.files_failed) == (150, 0)
    assert first.articles_created == Article.objects.count() > 150
    assert Mention.objects.filter(article__segment=1).exists()
    second = import_paths([tmp_path / "dumps"], workers=2)
    assert (second.articles_created, second.articles_unchanged) == (
        0,
        first.articles_created + first.articles_unchanged,
    )


def _archive() -> dict:
    """The archive's content without its ids: what two imports of one corpus must agree on."""
    by_hash = dict(Article.objects.values_list("id", "content_hash"))
    articles = {}
    for article in Article.objects.for_detail().order_by("id"):
        articles[article.content_hash] = {
            "fields": [getattr(article, name) for name in (*SCALAR_FIELDS, "origin_file", "segment", "raw_text")],
            "appended_to": by_hash.get(article.appended_to_id),
            "sources": sorted((s.source.normalized_name, s.role) for s in article.article_sources.all()),
            "keywords": sorted(k.normalized_name for k in article.keywords.all()),
            "links": sorted(
                (link.kind, link.position, link.headline, by_hash.get(link.to_article_id))
                for link in article.related_links.all()
            ),
            "mentions": sorted(
                (
                    m.entity.normalized_name,
                    m.entity.kind,
                    m.entity.status,
                    m.count,
                    tuple(m.surface_forms),
                    m.first_offset,
                )
                for m in article.mentions.all()
            ),
        }
    return articles


def test_parallel_and_one_worker_imports_of_a_corpus_build_the_same_archive(tmp_path):
    write_corpus(tmp_path, Corpus(150, seed=11, dup_rate=0.1, near_dup_rate=0.1))
    import_paths([tmp_path / "dumps"], workers=2)
    parallel = _archive()
    Article.objects.all().delete()
    Keyword.objects.all().delete()
    Entity.objects.filter(status=Entity.Status.DISCOVERED).delete()
    import_paths([tmp_path / "dumps"], workers=1)
    assert _archive() == parallel
    assert len(parallel) > 150


def test_parallel_import_records_bad_files_and_stores_the_good_ones_around_them(tmp_path):
    write_corpus(tmp_path, Corpus(140, seed=12))
    folder = tmp_path / "dumps" / "0000"
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    run = import_paths([tmp_path / "dumps"], workers=2)
    assert (run.files_total, run.files_failed) == (142, 2)
    assert sorted(Path(f.path).name for f in run.failures.all()) == ["binary.txt", "empty.txt"]
    assert Article.objects.values("origin_file").distinct().count() == 140
    again = import_paths([tmp_path / "dumps"], workers=2)
    assert (again.articles_created, again.files_failed) == (0, 2)


def _search_rows() -> tuple[list, list]:
    """The search index as stored (by content hash, not id) and did_you_mean's words."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT a.content_hash, s.published_date, s.title::text, s.head::text, s.doc::text "
                "FROM articles_searchdocument s JOIN articles_article a ON a.id = s.article_id ORDER BY 1"
            )
        else:
            cursor.execute(
                f"SELECT a.content_hash, s.title, s.names, s.body FROM {search.FTS_TABLE} s "
                "JOIN articles_article a ON a.id = s.rowid ORDER BY 1"
            )
        documents = cursor.fetchall()
    return documents, list(SearchWord.objects.order_by("word").values_list("word", "spelling"))


def test_import_writes_the_search_rows_a_rebuild_of_the_index_writes(tmp_path):
    # The import builds the rows from its workers' words, without reading the articles back; a
    # rebuild reads them back. One batch each (under 200 files, under 500 stories): the same
    # spellings win.
    write_corpus(tmp_path, Corpus(120, seed=13, dup_rate=0.05, near_dup_rate=0.05))
    run = import_paths([tmp_path / "dumps"], workers=2)
    imported = _search_rows()
    assert len(imported[0]) == run.articles_created == Article.objects.count() > 120
    assert Mention.objects.exists()
    assert Keyword.objects.exists()
    assert imported[1]
    call_command("rebuild_search_index")
    assert _search_rows() == imported
