"""The search service against the database. The suite runs on SQLite and on PostgreSQL (`make test`),
so every expected list of articles here is what both databases must return."""

import io
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.http import urlencode

from articles import search
from articles.entities import add_mention, extract_entities, merge_entities, remove_mention
from articles.importing import import_paths, reparse_articles
from articles.models import Article, Entity, Keyword
from articles.parsing.entities import Gazetteer, Name
from articles.parsing.query import parse_query, phrase_at

pytestmark = pytest.mark.django_db
SEEDS_DIR = Path(settings.SEEDS_DIR)


def _article(key, body="", *, title="", published=None, keywords=(), title_inferred=False):
    article = Article.objects.create(
        title=title or f"مقال {key}",
        title_inferred=title_inferred,
        body=body,
        published_date=published,
        raw_text=body,
        content_hash=key,
        origin_file=f"{key}.txt",
        origin_sha256=key,
    )
    for name in keywords:
        keyword, _ = Keyword.objects.get_or_create(name=name)
        article.keywords.add(keyword)
    return article


def _found(q, queryset=None):
    """The keys of the articles `q` finds, best first."""
    return list(search.search(queryset or Article.objects.all(), q).values_list("content_hash", flat=True))


def _index_rows():
    table = "articles_searchdocument" if connection.vendor == "postgresql" else search.FTS_TABLE
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM {table}")
        return cursor.fetchone()[0]


# Arabic normalisation: each query meets its article through one rule only ----------------------

RULES = [
    # (id, what the article says, what the reader types)
    ("alef-maqsura-typed", "التقى رئيس الوزراء السوداني وفدا", "السودانى"),
    ("alef-maqsura-written", "افتتح المستشفى الجديد", "المستشفي"),
    ("hamza-above", "وصل الوفد إلى أمريكا صباحا", "امريكا"),
    ("hamza-below", "عاد إبراهيم من السفر", "ابراهيم"),
    ("madda", "تبدأ الامتحانات في آذار", "اذار"),
    ("wasla", "زار الوفد ٱلقدس", "القدس"),
    ("ta-marbuta", "قررت الحكومة العراقية تأجيل الاجتماع", "الحكومه العراقيه"),
    ("tashkeel-written", "وصل مُحَمَّد إلى المطار", "محمد"),
    ("tashkeel-typed", "أرض الخضراء", "الخَضْرَاء"),
    ("tatweel-written", "عاد الوفد من تـــونس", "تونس"),
    ("tatweel-typed", "نظمت الجزائر مؤتمرا", "الجـزائر"),
    ("persian-letters-written", "قالت الخارجية الأمیرکیة", "الاميركية"),
    ("persian-letters-typed", "سقطت كابل", "کابل"),
    ("arabic-indic-digits-written", "في عام ٢٠١٩ تغير كل شيء", "2019"),
    ("arabic-indic-digits-typed", "ولد عام 1998 في حلب", "١٩٩٨"),
    ("persian-digits-written", "ثورة ۱۹۷۹ في طهران", "1979"),
    ("clitic-in-text-wa-bi-al", "وبالموصل جرت الانتخابات", "الموصل"),
    ("clitic-in-text-li", "وصلت المساعدات لطرابلس", "طرابلس"),
    ("clitic-in-text-lil", "قدمت الدعم للبصرة", "البصرة"),
    ("article-typed-construct-written", "بدأ انسحاب القوات", "الانسحاب"),
]
CLITIC_QUERIES = ["العراق", "والعراق", "بالعراق", "للعراق", "فالعراق", "وللعراق", "كالعراق", "وبالعراق"]


@pytest.fixture
def rule_articles():
    for key, body, _ in RULES:
        _article(key, body)
    _article("iraq", "العراق بلد عريق")
    _article("iraqi", "أكد الجيش العراقي جاهزيته")  # another word: العراقي is not العراق
    _article("ila", "سافر الوفد إلى أربيل")  # إلى normalises to الي
    _article("wali", "عين والي نينوى الجديد")


@pytest.mark.parametrize(("key", "query"), [pytest.param(key, query, id=key) for key, _, query in RULES])
def test_query_meets_the_text_through_each_normalisation_rule(rule_articles, key, query):
    assert _found(query) == [key]


@pytest.mark.parametrize("query", CLITIC_QUERIES)
def test_clitic_prefixes_in_the_query_find_the_bare_name(rule_articles, query):
    assert _found(query) == ["iraq"]


def test_a_word_behind_a_clitic_without_the_article_is_searched_as_typed(rule_articles):
    # و + الي would be إلى: `والي` (governor) finds the governor only.
    assert _found("والي") == ["wali"]


@pytest.mark.parametrize("typed", ["الالتزام", "بالالتزام", "الإلتزام"])
def test_a_word_whose_root_begins_with_alif_lam_finds_itself_with_the_article(typed):
    # ال of الالتزام's root was taken for the article, and the article was never put back.
    _article("commitment", "أكد الوزير الالتزام بالاتفاق")
    _article("other", "أكد الوزير التزامه بالاتفاق")
    assert _found(typed) == ["commitment"]


# Query language ---------------------------------------------------------------------------------


@pytest.fixture
def language_articles():
    _article("phrase", "الحكومة العراقية قررت")
    _article("reversed", "العراقية الحكومة")
    _article("apart", "الحكومة المحلية العراقية")
    _article("clitic-phrase", "قالت مصادر للحكومة العراقية")
    _article("title-then-body", "بغداد تستضيف القادة", title="قمة")
    _article("body-phrase", "عقدت قمة بغداد أمس")
    _article("two-keywords", "نص", keywords=["السلام", "الشرق", "الأوسط"])
    _article("one-keyword", "نص آخر", keywords=["الشرق الأوسط"])
    _article("syria-too", "العراق وسوريا")
    _article("damascus", "وصل إلى دمشق")
    _article("beirut", "وصل إلى بيروت")
    _article("beirut-lebanon", "بيروت عاصمة لبنان")
    _article("amman", "وصل إلى عمان")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param("الحكومة العراقية", {"phrase", "reversed", "apart", "clitic-phrase"}, id="words-in-any-order"),
        pytest.param('"الحكومة العراقية"', {"phrase", "clitic-phrase"}, id="phrase-in-order-and-adjacent"),
        pytest.param('"قمة بغداد"', {"body-phrase"}, id="phrase-never-runs-from-title-into-body"),
        pytest.param('"الشرق الأوسط"', {"one-keyword"}, id="phrase-never-runs-from-one-keyword-into-the-next"),
        pytest.param("العراق -سوريا", set(), id="exclusion-meets-clitics-too"),
        pytest.param("وصل -دمشق", {"beirut", "amman"}, id="exclusion"),
        pytest.param('الحكومة -"الحكومة المحلية"', {"phrase", "reversed", "clitic-phrase"}, id="excluded-phrase"),
        pytest.param("دمشق OR بيروت", {"damascus", "beirut", "beirut-lebanon"}, id="or"),
        pytest.param("دمشق أو بيروت", {"damascus", "beirut", "beirut-lebanon"}, id="arabic-or"),
        pytest.param("دمشق OR بيروت لبنان", {"beirut-lebanon"}, id="or-binds-tighter-than-and"),
    ],
)
def test_query_language(language_articles, query, expected):
    assert set(_found(query)) == expected


def test_bad_query_raises_query_error_with_its_message():
    with pytest.raises(search.QueryError, match=r'^unclosed quote at character 1: add the closing " or remove'):
        search.search(Article.objects.all(), '"الحكومة')


def test_search_composes_with_other_filters(language_articles):
    queryset = Article.objects.exclude(content_hash="beirut")
    assert set(_found("دمشق OR بيروت", queryset)) == {"damascus", "beirut-lebanon"}


# Ranking ----------------------------------------------------------------------------------------


def test_title_hits_rank_above_keyword_hits_above_body_hits_newest_first():
    word = "الكرملين"
    _article("body-2023", f"رد {word} على البيان", published=date(2023, 5, 1))
    _article("body-undated", f"قال {word} إن")
    _article("title-2020", "نص", title=f"بيان {word}", published=date(2020, 1, 1))
    _article("keyword-2019", "نص", keywords=[word], published=date(2019, 1, 1))
    _article("body-2025", f"أعلن {word} أمس", published=date(2025, 1, 1))
    _article("title-2021", "نص", title=f"{word} يرد", published=date(2021, 1, 1))
    # An inferred title is the body's lead sentence: a body hit, not a title hit.
    _article("inferred-2024", f"{word} يعلن", title=f"{word} يعلن", title_inferred=True, published=date(2024, 1, 1))
    ranked = search.search(Article.objects.all(), word)
    assert [(a.content_hash, a.rank) for a in ranked] == [
        ("title-2021", search.RANK_TITLE),
        ("title-2020", search.RANK_TITLE),
        ("keyword-2019", search.RANK_NAMES),
        ("body-2025", search.RANK_BODY),
        ("inferred-2024", search.RANK_BODY),
        ("body-2023", search.RANK_BODY),
        ("body-undated", search.RANK_BODY),
    ]


@pytest.fixture
def ranked_articles():
    word = "الكرملين"
    for i in range(4):
        _article(f"title-{i}", "نص", title=f"{word} {i}", published=date(2020, 1, 1 + i) if i != 2 else None)
    for i in range(3):
        _article(f"keyword-{i}", "نص", keywords=[word], published=date(2021, 1, 1 + i))
    for i in range(5):
        _article(f"body-{i}", f"قال {word}", published=date(2022, 1, 1 + i) if i % 2 else None)
    _article("other", "لا شيء هنا")
    return word


@pytest.fixture(params=["few-hits", "rank-by-rank", "rank-by-rank-widening", "rank-by-rank-recent-index"])
def page_path(request, monkeypatch):
    """How PostgreSQL reads a page: all hits ranked at once, or rank by rank from the newest
    stories (the path of common words; here with a window of the 3 newest stories, or of the 2
    newest widened up to the 7 newest where a rank has some hits there but not a page, or with
    the windows read through the recent index)."""
    if request.param.startswith("rank-by-rank"):
        monkeypatch.setattr(search, "_FEW_HITS", -1)
        monkeypatch.setattr(search, "_RECENT", 3)
        monkeypatch.setattr(search, "_RECENT_PER_HIT", 0)
    if request.param == "rank-by-rank-widening":
        monkeypatch.setattr(search, "_RECENT", 2)
        monkeypatch.setattr(search, "_WIDEST_WINDOW", 7)
    if request.param == "rank-by-rank-recent-index" and connection.vendor == "postgresql":
        search._build_recent_index(date(2019, 6, 1), "default")  # older than every dated story here
    return request.param


@pytest.mark.parametrize(
    ("start", "stop"),
    [(0, 2), (0, 4), (0, 5), (0, 20), (2, 6), (3, 8), (4, 7), (6, 9), (7, 12), (10, 20), (12, 20)],
)
def test_a_page_of_hits_is_that_slice_of_all_the_hits_ranked(ranked_articles, page_path, start, stop):
    ranked = search.search(Article.objects.all(), ranked_articles)
    everything = [(a.content_hash, a.rank) for a in ranked]  # iterated: every hit ranked in one query
    assert [(a.content_hash, a.rank) for a in ranked[start:stop]] == everything[start:stop]


@pytest.mark.parametrize("q", ["الكرملين -قال", '"قال الكرملين" OR الكرملين', "الكرملين نص"])
def test_a_page_of_a_query_with_exclusions_phrases_or_two_words_is_that_slice(ranked_articles, page_path, q):
    ranked = search.search(Article.objects.all(), q)
    everything = [a.content_hash for a in ranked]
    assert everything
    assert [a.content_hash for a in ranked[1:6]] == everything[1:6]


def test_a_page_costs_the_same_queries_however_many_the_hits(page_path):
    def page_queries(older_hits):
        Article.objects.all().delete()
        for i in range(3):
            _article(f"title-{i}", "نص", title=f"الكرملين {i}", published=date(2025, 1, 1 + i))
        for i in range(older_hits):
            _article(f"body-{i}", f"قال الكرملين {i}", published=date(2020, 1, 1 + i % 28))
        with CaptureQueriesContext(connection) as page:
            assert len(search.search(Article.objects.all(), "الكرملين")[:3]) == 3
        return len(page)

    assert page_queries(3) == page_queries(60)


def test_a_page_keeps_filters_added_after_the_search(ranked_articles, page_path):
    found = search.search(Article.objects.all(), ranked_articles).exclude(content_hash__startswith="title")
    assert [a.content_hash for a in found[:3]] == ["keyword-2", "keyword-1", "keyword-0"]


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the recent indexes are PostgreSQL's")
def test_the_recent_indexes_start_at_the_newest_stories_and_move_once_they_are_twice_as_many():
    for day in range(1, 6):
        _article(f"d{day}", "نص", published=date(2024, 1, day))
    _article("undated", "نص")
    assert search.keep_recent_index(stories=2) == date(2024, 1, 4) == search.recent_cutoff()
    for day in range(6, 8):
        _article(f"d{day}", "نص", published=date(2024, 1, day))
    assert search.keep_recent_index(stories=2, out=(quiet := io.StringIO())) == date(2024, 1, 4)  # four: kept
    _article("d8", "نص", published=date(2024, 1, 8))
    assert search.keep_recent_index(stories=2, out=(told := io.StringIO())) == date(2024, 1, 7)  # five: again
    assert quiet.getvalue() == ""
    assert told.getvalue().startswith("Search: indexing the newest 2 stories again, from 2024-01-07 (minutes")
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname LIKE 'searchdocument_recent%%' ORDER BY 1")
        assert [row[0] for row in cursor.fetchall()] == [
            f"CREATE INDEX {search.RECENT_INDEXES[column]} ON public.articles_searchdocument USING gin ({column}) "
            "WHERE ((published_date + 0) >= '2024-01-07'::date)"
            for column in ("doc", "head", "title")
        ]


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the recent indexes are PostgreSQL's")
def test_no_recent_index_is_built_before_the_archive_holds_twice_its_stories_with_dates():
    for day in range(1, 5):
        _article(f"d{day}", "نص", published=date(2024, 1, day))
        _article(f"undated{day}", "نص")
    assert search.keep_recent_index(stories=2) is None is search.recent_cutoff()


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="pages are read rank by rank on PostgreSQL")
def test_a_rank_is_read_without_the_match_condition_and_with_every_other_filter(ranked_articles):
    found = search.search(Article.objects.exclude(status="rejected"), ranked_articles).exclude(content_hash="x")
    whole, unmatched = str(found.query), str(found._unmatched().query)
    assert unmatched.count("@@") == whole.count("@@") - 2  # the match's head and doc conditions
    assert "status" in unmatched
    assert "content_hash" in unmatched


def test_a_reordered_search_is_sliced_as_ordered(ranked_articles):
    found = search.search(Article.objects.all(), ranked_articles).order_by("content_hash")
    assert [a.content_hash for a in found[:2]] == ["body-0", "body-1"]


def test_rank_counts_the_searched_words_not_the_excluded_ones():
    _article("title", "نص فيه موسكو", title="الكرملين يرد")
    assert [(a.content_hash, a.rank) for a in search.search(Article.objects.all(), "الكرملين -واشنطن")] == [
        ("title", search.RANK_TITLE)
    ]


def test_search_is_one_query(django_assert_num_queries):
    _article("one", "العراق")
    _article("two", "والعراق", keywords=["العراق"])
    with django_assert_num_queries(1):
        assert len(list(search.search(Article.objects.all(), "العراق -سوريا"))) == 2


# Seeds: appended stories, and the databases agree with the rules in Python ---------------------


@pytest.fixture
def seeds_imported():
    return import_paths([SEEDS_DIR])


def test_appended_story_is_found_by_its_words_and_not_its_host(seeds_imported):
    appended = Article.objects.get(origin_file="002_6b8f8232c79e6353.txt", segment=1)
    assert list(search.search(Article.objects.all(), '"محادثات إسطنبول" ويتكوف').values_list("id", flat=True)) == [
        appended.id
    ]


SEED_QUERIES = [
    "العراق",
    "والعراق",
    "للعراق",
    "الولايات المتحدة",
    '"الولايات المتحدة"',
    '"الحكومة العراقية"',
    "السودانى",
    "الامريكيه",
    "العراق -التحالف",
    "بغداد OR دمشق",
    "واشنطن أو طهران الاتفاق",
    '"قوات التحالف" OR الانسحاب',
    "٢٠٢٤",
    "المقاومة الإسلامية",
    '"المقاومة الإسلامية في العراق"',  # four words: three pairs on PostgreSQL
    '"والولايات المتحدة الأمريكية"',  # the first word typed behind a clitic
    '"في العراق وسوريا" -ويتكوف',
    "ويتكوف",
    "رويترز",
]


@pytest.mark.parametrize("q", SEED_QUERIES)
def test_database_finds_what_the_rules_find_in_python_on_the_seeds(seeds_imported, q):
    # The reference: each article's indexed words, matched with phrase_at (the query module's rule).
    # Both databases must agree with it, so they agree with each other.
    query = parse_query(q)
    fields = search.index_entries(list(Article.objects.values_list("id", flat=True)))

    def holds(text, phrase):
        return any(
            phrase_at(phrase, words, start)
            for words in (text.title, text.names, text.body)
            for start in range(len(words))
        )

    expected = {
        article_id
        for article_id, text in fields.items()
        if all(any(holds(text, p) for p in group) for group in query.groups)
        and not any(holds(text, p) for p in query.excluded)
    }
    found = set(search.search(Article.objects.all(), q).values_list("id", flat=True))
    assert expected  # each query finds something in the seeds
    assert found == expected


# Snippets ---------------------------------------------------------------------------------------


def test_snippet_marks_the_hit_and_escapes_everything_else():
    body = 'قال <b>المتحدث</b> & أضاف: "والعراق" أولاً'
    assert search.highlight(body, "العراق") == (
        "قال &lt;b&gt;المتحدث&lt;/b&gt; &amp; أضاف: &quot;<mark>والعراق</mark>&quot; أولاً"
    )


def test_snippet_is_a_window_around_the_first_hit_with_the_phrase_marked_whole():
    before = " ".join(f"كلمة{i}" for i in range(40))
    after = " ".join(f"لفظ{i}" for i in range(80))
    snippet = search.highlight(f"{before}\n\nقالت الحكومة العراقية اليوم {after}", '"الحكومة العراقية"')
    assert snippet.startswith("…")
    assert snippet.endswith("…")
    assert "قالت <mark>الحكومة العراقية</mark> اليوم" in snippet
    assert len(snippet) < 260


def test_snippet_is_none_without_a_hit():
    assert search.highlight("نص لا يذكر شيئا", "العراق") is None


def test_snippets_of_a_page_fall_back_to_the_title_then_the_opening_without_a_query(django_assert_num_queries):
    in_body = _article("body", "زار الوزير بغداد")
    in_title = _article("title", "نص عن الزيارة", title="بغداد تستقبل")
    in_keyword = _article("keyword", "مقدمة <النص> الطويل", keywords=["بغداد"])
    with django_assert_num_queries(0):
        found = search.snippets([in_body, in_title, in_keyword], "بغداد")
    assert found == {
        in_body.id: "زار الوزير <mark>بغداد</mark>",
        in_title.id: "<mark>بغداد</mark> تستقبل",
        in_keyword.id: "مقدمة &lt;النص&gt; الطويل",
    }


# Keeping the index current ---------------------------------------------------------------------


def test_article_saved_through_the_orm_is_reindexed():
    article = _article("a", "نص", title="زيارة إلى دمشق")
    article.title = "زيارة إلى بيروت"
    article.save()
    assert (_found("دمشق"), _found("بيروت")) == ([], ["a"])


def test_keywords_added_and_removed_are_reindexed():
    article = _article("a", "نص")
    keyword = Keyword.objects.create(name="النفط")
    article.keywords.add(keyword)
    assert _found("النفط") == ["a"]
    keyword.articles.remove(article)
    assert _found("النفط") == []


def test_keyword_and_entity_renamed_or_deleted_are_reindexed():
    article = _article("a", "نص", keywords=["النفط"])
    entity = Entity.objects.create(name="شركة أرامكو", kind=Entity.Kind.ORG)
    add_mention(article, entity)
    keyword = Keyword.objects.get(name="النفط")
    keyword.name = "الغاز"
    keyword.save()
    entity.name = "أرامكو السعودية"
    entity.save()
    assert (_found("النفط"), _found("الغاز"), _found("شركة"), _found("السعودية")) == ([], ["a"], [], ["a"])
    entity.delete()
    assert _found("السعودية") == []


def test_curators_mention_edits_and_merges_are_reindexed():
    article = _article("a", "نص")
    survivor = Entity.objects.create(name="تنظيم الدولة", kind=Entity.Kind.ORG)
    other = Entity.objects.create(name="داعش", kind=Entity.Kind.ORG)
    add_mention(article, other)
    assert _found("داعش") == ["a"]
    merge_entities(survivor, [other])
    assert (_found("داعش"), _found("تنظيم")) == ([], ["a"])
    remove_mention(article, survivor)
    assert _found("تنظيم") == []


def test_extract_entities_reindexes_the_names_it_finds():
    _article("a", "صرح ستيف ويتكوف أمس")
    entity = Entity.objects.create(name="ستيف ويتكوف", kind=Entity.Kind.PERSON)
    assert search.search(Article.objects.all(), '"ستيف ويتكوف"').get().rank == search.RANK_BODY
    extract_entities(gazetteer=Gazetteer([Name(entity.id, entity.name, True, entity.kind)]))
    assert search.search(Article.objects.all(), '"ستيف ويتكوف"').get().rank == search.RANK_NAMES


def test_reparse_reindexes_what_it_rewrites(seeds_imported):
    appended = Article.objects.get(origin_file="002_6b8f8232c79e6353.txt", segment=1)
    Article.objects.filter(pk=appended.pk).update(body="نص قديم")  # a parser's old output, no signal
    search.index_articles([appended.pk])
    assert _found('"أول لقاء مباشر"') == []
    reparse_articles()
    assert _found('"أول لقاء مباشر"') == [appended.content_hash]


def test_deleted_article_leaves_the_index():
    keep, gone = _article("keep", "دمشق"), _article("gone", "دمشق")
    gone.delete()
    assert (_found("دمشق"), _index_rows()) == (["keep"], 1)
    assert keep.pk


def test_index_is_written_in_constant_queries_whatever_the_batch():
    def queries(count, offset):
        ids = []
        for i in range(count):
            article = _article(f"n{offset + i}", "نص", keywords=[f"وسم{offset + i}", "مشترك"])
            add_mention(article, Entity.objects.get_or_create(name=f"اسم{i}", kind=Entity.Kind.PERSON)[0])
            ids.append(article.id)
        with CaptureQueriesContext(connection) as captured:
            search.index_articles(ids)
        return len(captured)

    assert queries(2, 0) == queries(20, 100)


def test_rebuild_command_indexes_every_article(capsys):
    _article("a", "دمشق")
    _article("b", "بيروت")
    call_command("rebuild_search_index")
    assert capsys.readouterr().out.startswith("2 articles indexed in ")
    assert _index_rows() == 2


def test_bulk_rebuild_builds_the_search_indexes_again_and_finds_the_same():
    _article("a", "دمشق")
    _article("b", "بيروت", title="بيروت اليوم")
    call_command("rebuild_search_index", "--bulk")
    assert _index_rows() == 2
    assert _found("بيروت") == ["b"]
    assert search.did_you_mean("بيرووت") == "بيروت"
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename LIKE 'articles_search%%'")
            indexes = {name for (name,) in cursor.fetchall()}
        assert {name for name, _ in search._postgresql_indexes()} <= indexes


# Did you mean ----------------------------------------------------------------------------------


def test_did_you_mean_corrects_a_misspelt_title_word():
    _article("a", "نص", title="محادثات إسطنبول الأخيرة")
    assert _found("اسطنبل") == []
    assert search.did_you_mean("اسطنبل") == "إسطنبول"


def test_did_you_mean_corrects_a_misspelt_entity_name_and_keeps_the_rest_of_the_query():
    article = _article("a", "صرح المبعوث أمس")
    add_mention(article, Entity.objects.create(name="ويتكوف", kind=Entity.Kind.PERSON))
    assert search.did_you_mean("المبعوث ويتكف") == "المبعوث ويتكوف"


def test_did_you_mean_says_nothing_when_nothing_is_near():
    _article("a", "نص", title="محادثات إسطنبول الأخيرة")
    assert search.did_you_mean("كمبيوتر") is None


# The admin's search box ----------------------------------------------------------------------------


def test_admin_search_box_uses_the_search_service(admin_client):
    _article("a", "نص", title="العراق يستأنف المحادثات")
    _article("b", "نص", title="سوريا")
    response = admin_client.get("/admin/articles/article/", {"q": "بالعراق"})
    assert [article.content_hash for article in response.context["cl"].result_list] == ["a"]


def test_admin_search_with_bad_syntax_says_why(admin_client):
    response = admin_client.get("/admin/articles/article/", {"q": '"العراق'})
    assert response.status_code == 200
    assert [str(m) for m in response.context["messages"]] == [
        'Search: unclosed quote at character 1: add the closing " or remove this one'
    ]


def test_admin_search_that_finds_nothing_suggests_a_spelling(admin_client):
    _article("a", "نص", title="محادثات إسطنبول الأخيرة")
    response = admin_client.get("/admin/articles/article/", {"q": "اسطنبل"})
    link = f'<a href="?{urlencode({"q": "إسطنبول"})}">إسطنبول</a>'
    assert [str(m) for m in response.context["messages"]] == [f"Nothing found. Did you mean: {link}"]
