"""The curators' desk through Django's test client (SQLite and PostgreSQL): query counts that do not
grow with a page, the actions and their services, history, roles and the language switch."""

import csv
import io
import json
from datetime import date

import pytest
from django.contrib.auth.models import Permission, User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles import admin as desk
from articles.entities import extract_entities
from articles.models import (
    Article,
    ArticleSource,
    Entity,
    EntityAlias,
    ImportFailure,
    ImportRun,
    Keyword,
    Mention,
    RejectedMention,
    RelatedLink,
    Source,
    SourceAlias,
)

pytestmark = pytest.mark.django_db


# Builders --------------------------------------------------------------------------------------


def _article(key, *, title=None, published=date(2024, 2, 12), appended_to=None, status=Article.Status.NEW):
    return Article.objects.create(
        title=title or f"خبر رقم {key}",
        body=f"نص الخبر رقم {key} عن بغداد.",
        raw_text=f"خبر رقم {key}\nنص الخبر رقم {key} عن بغداد.",
        published_date=published,
        content_hash=f"hash-{key}",
        origin_file=f"{key}.txt",
        origin_sha256=f"sha-{key}",
        appended_to=appended_to,
        status=status,
    )


def _entity(name, kind=Entity.Kind.PERSON, aliases=()):
    entity = Entity.objects.create(name=name, kind=kind)
    for alias in aliases:
        EntityAlias.objects.create(entity=entity, name=alias)
    return entity


def _fill(n):
    """n host stories, each with an appended story, two sources, two mentions, keywords and links."""
    publisher = Source.objects.create(name="المسلة")
    wire = Source.objects.create(name="رويترز", kind=Source.Kind.AGENCY)
    SourceAlias.objects.create(source=wire, name="Reuters")
    run = ImportRun.objects.create(files_total=n, files_failed=n)
    for i in range(n):
        host = _article(f"h{i}")
        appended = _article(f"a{i}", appended_to=host)
        ArticleSource.objects.create(article=host, source=publisher, role=ArticleSource.Role.PUBLISHER)
        ArticleSource.objects.create(article=host, source=wire, role=ArticleSource.Role.WIRE)
        person = _entity(f"شخص {i}", aliases=[f"لقب {i}"])
        place = _entity(f"مكان {i}", Entity.Kind.LOC)
        Mention.objects.create(article=host, entity=person, count=2, surface_forms=[person.name])
        Mention.objects.create(article=host, entity=place, surface_forms=[place.name])
        Mention.objects.create(article=appended, entity=place, surface_forms=[place.name])
        host.keywords.add(Keyword.objects.create(name=f"وسم {i}"))
        RelatedLink.objects.create(from_article=host, kind=RelatedLink.Kind.READ_ALSO, headline=appended.title,
                                   position=0, to_article=appended)  # fmt: skip
        RelatedLink.objects.create(from_article=host, kind=RelatedLink.Kind.SIMILAR, headline=f"عنوان {i}", position=1)
        ImportFailure.objects.create(run=run, path=f"bad{i}.txt", reason="skipped, empty file")


def _queries(client, url):
    client.get(url)  # warm the process-wide caches (content types) the first request fills
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries.captured_queries)


@pytest.fixture
def curator(client, curator_group):
    user = User.objects.create_user("amal", password="pw-for-tests-only", is_staff=True)
    user.groups.add(curator_group)
    client.force_login(user)
    return user


# Query counts: constant whatever the page shows --------------------------------------------------

CHANGELISTS = [
    ("article", desk.ArticleAdmin),
    ("article", desk.ArticleAdmin, "?q=بغداد"),
    ("article", desk.ArticleAdmin, "?entity_kind=PERSON&has_appended=yes&status__exact=new"),
    ("entity", desk.EntityAdmin),
    ("source", desk.SourceAdmin),
    ("keyword", desk.KeywordAdmin),
    ("relatedlink", desk.RelatedLinkAdmin, "?to_article__isempty=1"),
    ("relatedlink", desk.RelatedLinkAdmin),
    ("importrun", desk.ImportRunAdmin),
    ("importfailure", desk.ImportFailureAdmin),
    ("articlesource", desk.ArticleSourceAdmin),
    ("mention", desk.MentionAdmin),
    ("sourcealias", desk.SourceAliasAdmin),
    ("entityalias", desk.EntityAliasAdmin),
]


@pytest.mark.parametrize("case", CHANGELISTS, ids=["-".join([c[0], *c[2:]]) for c in CHANGELISTS])
def test_changelist_queries_do_not_grow_with_the_page_size(admin_client, monkeypatch, case):
    model, model_admin, query = (*case, "")[:3]
    _fill(8)
    url = f"/admin/articles/{model}/{query}"
    counts = []
    for per_page in (2, 8):
        monkeypatch.setattr(model_admin, "list_per_page", per_page)
        counts.append(_queries(admin_client, url))
    assert counts[0] == counts[1]


def test_article_list_costs_a_fixed_number_of_queries(admin_client):
    _fill(5)
    # session, user, source filter choices, count, page, prefetched sources; on PostgreSQL the
    # count first asks pg_class, and counts (up to its limit) only when the table looks small.
    expected = 7 if connection.vendor == "postgresql" else 6
    assert _queries(admin_client, "/admin/articles/article/") == expected


def test_article_change_page_queries_are_the_same_with_two_or_eight_mentions(admin_client):
    few, many = _article("few"), _article("many")
    for i in range(8):
        entity = _entity(f"كيان {i}")
        Mention.objects.create(article=many, entity=entity)
        ArticleSource.objects.create(article=many, source=Source.objects.create(name=f"مصدر {i}"), role="credit")
        RelatedLink.objects.create(from_article=many, kind=RelatedLink.Kind.SIMILAR, headline=f"ع {i}", position=i)
        many.keywords.add(Keyword.objects.create(name=f"وسم {i}"))
        if i < 2:
            Mention.objects.create(article=few, entity=entity)
            ArticleSource.objects.create(article=few, source=Source.objects.get(name=f"مصدر {i}"), role="credit")
            RelatedLink.objects.create(from_article=few, kind=RelatedLink.Kind.SIMILAR, headline=f"ع {i}", position=i)
            few.keywords.add(Keyword.objects.get(name=f"وسم {i}"))
    assert _queries(admin_client, f"/admin/articles/article/{few.pk}/change/") == _queries(
        admin_client, f"/admin/articles/article/{many.pk}/change/"
    )


def test_entity_change_page_queries_are_the_same_with_one_or_eight_aliases(admin_client):
    few, many = _entity("أ", aliases=["ب"]), _entity("ج", aliases=[f"د {i}" for i in range(8)])
    assert _queries(admin_client, f"/admin/articles/entity/{few.pk}/change/") == _queries(
        admin_client, f"/admin/articles/entity/{many.pk}/change/"
    )


def test_source_change_page_queries_are_the_same_with_one_or_eight_aliases(admin_client):
    few, many = Source.objects.create(name="أ"), Source.objects.create(name="ب")
    SourceAlias.objects.create(source=few, name="أأ")
    for i in range(8):
        SourceAlias.objects.create(source=many, name=f"ب {i}")
    assert _queries(admin_client, f"/admin/articles/source/{few.pk}/change/") == _queries(
        admin_client, f"/admin/articles/source/{many.pk}/change/"
    )


def test_article_history_page_queries_are_the_same_with_two_or_eight_edits(admin_client):
    few, many = _article("few"), _article("many")
    for i in range(7):
        many.title = f"عنوان {i}"
        many.save()
    few.title = "عنوان"
    few.save()
    assert _queries(admin_client, f"/admin/articles/article/{few.pk}/history/") == _queries(
        admin_client, f"/admin/articles/article/{many.pk}/history/"
    )


def test_import_run_page_queries_are_the_same_with_one_or_eight_failures(admin_client):
    few, many = ImportRun.objects.create(), ImportRun.objects.create()
    ImportFailure.objects.create(run=few, path="a.txt", reason="empty file")
    for i in range(8):
        ImportFailure.objects.create(run=many, path=f"{i}.txt", reason="empty file")
    assert _queries(admin_client, f"/admin/articles/importrun/{few.pk}/change/") == _queries(
        admin_client, f"/admin/articles/importrun/{many.pk}/change/"
    )


@pytest.mark.skipif("connection.vendor != 'postgresql'", reason="the estimate is PostgreSQL's (SQLite counts)")
def test_article_list_never_counts_the_whole_table_on_postgresql(admin_client, monkeypatch):
    _fill(6)
    monkeypatch.setattr(desk.EstimatedCountPaginator, "exact_up_to", 3)
    with CaptureQueriesContext(connection) as queries:
        response = admin_client.get("/admin/articles/article/", {"status__exact": "new"})
    counts = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT COUNT(")]
    assert counts
    assert all("LIMIT 4" in sql for sql in counts)
    assert response.context["cl"].result_count >= 4


def test_paginator_counts_exactly_below_its_limit(admin_client):
    _fill(3)
    response = admin_client.get("/admin/articles/article/", {"has_appended": "yes"})
    assert response.context["cl"].result_count == 3


# The list: columns and filters -------------------------------------------------------------------


def test_article_list_shows_publisher_entity_count_and_host_or_appended(admin_client):
    _fill(1)
    host, appended = Article.objects.get(content_hash="hash-h0"), Article.objects.get(content_hash="hash-a0")
    cl = admin_client.get("/admin/articles/article/").context["cl"]
    rows = {a.pk: a for a in cl.result_list}
    model_admin = cl.model_admin
    assert model_admin.publisher(rows[host.pk]) == "المسلة"
    assert (rows[host.pk].entity_count, rows[appended.pk].entity_count) == (2, 1)
    assert "خبر أصلي · 1 ملحق" in model_admin.host_or_appended(rows[host.pk])
    assert f"/admin/articles/article/{host.pk}/change/" in model_admin.host_or_appended(rows[appended.pk])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param({"entity_kind": "PERSON"}, ["hash-h0", "hash-h1"], id="entity-kind"),
        pytest.param({"has_appended": "yes"}, ["hash-h0", "hash-h1"], id="has-appended"),
        pytest.param({"has_appended": "no"}, ["hash-a0", "hash-a1"], id="has-no-appended"),
        pytest.param({"appended_to__isempty": "0"}, ["hash-a0", "hash-a1"], id="appended-story"),
        pytest.param({"status__exact": "reviewed"}, [], id="status"),
        pytest.param({"title_inferred__exact": "1"}, [], id="title-inferred"),
        pytest.param({"published_date__gte": "2024-02-13"}, [], id="date"),
    ],
)
def test_article_filters_select_their_articles(admin_client, query, expected):
    _fill(2)
    cl = admin_client.get("/admin/articles/article/", query).context["cl"]
    assert sorted(a.content_hash for a in cl.result_list) == expected


def test_source_and_entity_filters_select_their_articles(admin_client):
    _fill(2)
    other = _article("solo")
    ArticleSource.objects.create(article=other, source=Source.objects.create(name="الثورة نت"), role="credit")
    source = Source.objects.get(name="الثورة نت")
    place = Entity.objects.get(name="مكان 1")
    by_source = admin_client.get("/admin/articles/article/", {"source": source.pk}).context["cl"].result_list
    by_entity = admin_client.get("/admin/articles/article/", {"entity": place.pk}).context["cl"].result_list
    assert [a.content_hash for a in by_source] == ["hash-solo"]
    assert sorted(a.content_hash for a in by_entity) == ["hash-a1", "hash-h1"]


def test_entity_page_links_to_its_articles(admin_client):
    place = _entity("بغداد", Entity.Kind.LOC)
    response = admin_client.get(f"/admin/articles/entity/{place.pk}/change/")
    assert f'href="/admin/articles/article/?entity={place.pk}"' in response.content.decode()


def test_entity_list_shows_article_count_and_aliases(admin_client):
    _fill(2)
    cl = admin_client.get("/admin/articles/entity/", {"kind__exact": "LOC"}).context["cl"]
    assert sorted((e.name, e.article_count) for e in cl.result_list) == [("مكان 0", 2), ("مكان 1", 2)]
    person = admin_client.get("/admin/articles/entity/", {"kind__exact": "PERSON"}).context["cl"].result_list[0]
    assert cl.model_admin.alias_list(person) == f"لقب {person.name.split()[-1]}"


def test_entity_search_finds_a_name_typed_with_other_letters(admin_client):
    _entity("محمد شياع السوداني")
    cl = admin_client.get("/admin/articles/entity/", {"q": "السودانى"}).context["cl"]
    assert [e.name for e in cl.result_list] == ["محمد شياع السوداني"]


# Actions -----------------------------------------------------------------------------------------


def _action(client, model, action, ids, **extra):
    data = {"action": action, "_selected_action": [str(pk) for pk in ids], **extra}
    return client.post(f"/admin/articles/{model}/", data)


def test_mark_reviewed_records_who_did_it_in_history(client, curator):
    a, b = _article("a"), _article("b")
    response = _action(client, "article", "mark_reviewed", [a.pk, b.pk])
    assert response.status_code == 302
    assert set(Article.objects.values_list("status", flat=True)) == {"reviewed"}
    latest = a.history.latest()
    assert (latest.history_user, latest.status, latest.history_change_reason) == (
        curator,
        "reviewed",
        "status: reviewed",
    )


def test_mark_rejected_changes_only_what_was_selected(admin_client):
    a = _article("a")
    _article("b")
    _action(admin_client, "article", "mark_rejected", [a.pk])
    assert dict(Article.objects.values_list("content_hash", "status")) == {"hash-a": "rejected", "hash-b": "new"}


def test_mark_duplicate_asks_for_the_original_then_marks_the_others(admin_client):
    a, b, c = _article("a"), _article("b"), _article("c")
    page = _action(admin_client, "article", "mark_duplicate", [a.pk, b.pk])
    assert page.status_code == 200
    assert page.templates[0].name == "admin/articles/article/mark_duplicate.html"
    assert Article.objects.filter(duplicate_of__isnull=False).count() == 0
    _action(admin_client, "article", "mark_duplicate", [a.pk, b.pk], apply="1", original=str(c.pk))
    assert dict(Article.objects.values_list("content_hash", "duplicate_of")) == {
        "hash-a": c.pk,
        "hash-b": c.pk,
        "hash-c": None,
    }


def test_mark_duplicate_never_makes_the_original_its_own_duplicate(admin_client):
    a, b = _article("a"), _article("b")
    _action(admin_client, "article", "mark_duplicate", [a.pk, b.pk], apply="1", original=str(a.pk))
    assert dict(Article.objects.values_list("content_hash", "duplicate_of")) == {"hash-a": None, "hash-b": a.pk}


def test_reparse_action_rereads_new_articles_from_their_raw_text(admin_client):
    call_command("import_seeds", verbosity=0)
    article = Article.objects.filter(title_inferred=False, appended_to__isnull=True).first()
    title = article.title
    Article.objects.filter(pk=article.pk).update(title="عنوان خاطئ")
    _action(admin_client, "article", "reparse", [article.pk])
    article.refresh_from_db()
    assert article.title == title


def test_reextract_action_keeps_a_mention_the_curator_removed(admin_client):
    call_command("import_seeds", verbosity=0)
    article = Article.objects.get(origin_file="003_071eff8cf92bc83d.txt", segment=0)
    mention = article.mentions.get(entity__name="محمد شياع السوداني")
    from articles.entities import remove_mention

    remove_mention(article, mention.entity)
    _action(admin_client, "article", "reextract", [article.pk])
    assert not article.mentions.filter(entity__name="محمد شياع السوداني").exists()
    assert article.mentions.exists()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export_selected_articles(admin_client, fmt):
    _fill(1)
    host = Article.objects.get(content_hash="hash-h0")
    response = _action(admin_client, "article", f"export_{fmt}", [host.pk])
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert response["Content-Disposition"] == f'attachment; filename="articles.{fmt}"'
    if fmt == "json":
        (row,) = json.loads(body)
        assert (row["title"], row["publisher"], len(row["entities"])) == (host.title, "المسلة", 2)
    else:
        (row,) = list(csv.DictReader(io.StringIO(body)))
        assert (row["title"], row["publisher"], row["sources"]) == (
            host.title,
            "المسلة",
            "المسلة (publisher) | رويترز (wire)",
        )


def test_merge_shows_what_will_move_then_moves_it(admin_client):
    article = _article("a")
    keep, other = _entity("نوري المالكي", aliases=["المالكي"]), _entity("نوري كامل المالكي", aliases=["أبو إسراء"])
    Mention.objects.create(article=article, entity=keep)
    for key in ("b", "c"):
        Mention.objects.create(article=_article(key), entity=other)
    page = _action(admin_client, "entity", "merge", [keep.pk, other.pk])
    preview = {row.entity.name: (row.mentions, row.aliases) for row in page.context["preview"]}
    assert preview == {"نوري المالكي": (1, ["المالكي"]), "نوري كامل المالكي": (2, ["أبو إسراء"])}
    assert Entity.objects.count() == 2  # nothing moved yet
    _action(admin_client, "entity", "merge", [keep.pk, other.pk], apply="1", survivor=str(keep.pk))
    assert list(Entity.objects.values_list("name", flat=True)) == ["نوري المالكي"]
    assert Mention.objects.filter(entity=keep).count() == 3
    assert set(keep.aliases.values_list("name", flat=True)) == {"المالكي", "أبو إسراء", "نوري كامل المالكي"}


def test_merge_of_one_entity_says_to_select_two(admin_client):
    one = _entity("أ")
    response = _action(admin_client, "entity", "merge", [one.pk])
    assert response.status_code == 302
    assert Entity.objects.count() == 1


# Change forms route through the services -------------------------------------------------------------


def _form_data(response):
    """The change form as the browser would post it back unchanged."""
    forms = [response.context["adminform"].form]
    for inline in response.context.get("inline_admin_formsets", []):
        forms += [inline.formset.management_form, *inline.formset.forms]
    data = {}
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False:
                continue
            if isinstance(value, (list, tuple)):
                data[form.add_prefix(name)] = [str(getattr(v, "pk", v)) for v in value]
            else:
                data[form.add_prefix(name)] = "on" if value is True else str(getattr(value, "pk", value))
    return data


def test_removing_a_mention_on_the_article_page_records_it_so_extraction_leaves_it_out(admin_client):
    call_command("import_seeds", verbosity=0)
    article = Article.objects.get(origin_file="003_071eff8cf92bc83d.txt", segment=0)
    url = f"/admin/articles/article/{article.pk}/change/"
    response = admin_client.get(url)
    data = _form_data(response)
    formset = next(
        f.formset for f in response.context["inline_admin_formsets"] if isinstance(f.opts, desk.MentionInline)
    )
    (form,) = [f for f in formset.forms if f.instance.entity.name == "محمد شياع السوداني"]
    data[form.add_prefix("DELETE")] = "on"
    assert admin_client.post(url, data).status_code == 302
    assert RejectedMention.objects.filter(article=article, entity=form.instance.entity).exists()
    extract_entities([article.pk])
    assert not article.mentions.filter(entity=form.instance.entity).exists()


def test_adding_a_mention_on_the_article_page_makes_a_curator_mention(admin_client):
    article = _article("a")
    entity = _entity("ستيف ويتكوف")
    url = f"/admin/articles/article/{article.pk}/change/"
    response = admin_client.get(url)
    data = _form_data(response)
    formset = next(
        f.formset for f in response.context["inline_admin_formsets"] if isinstance(f.opts, desk.AddMentionInline)
    )
    data[formset.forms[0].add_prefix("entity")] = str(entity.pk)
    assert admin_client.post(url, data).status_code == 302
    assert list(article.mentions.values_list("entity__name", "origin")) == [("ستيف ويتكوف", "curator")]


def test_editing_an_article_is_recorded_and_can_be_reverted(client, curator):
    article = _article("a", title="العنوان الأول")
    url = f"/admin/articles/article/{article.pk}/change/"
    data = _form_data(client.get(url))
    data["title"] = "العنوان المصحح"
    assert client.post(url, data).status_code == 302
    edit = article.history.latest()
    assert (edit.title, edit.history_user) == ("العنوان المصحح", curator)
    first = article.history.earliest()
    revert_url = f"/admin/articles/article/{article.pk}/history/{first.history_id}/"
    assert client.post(revert_url, _form_data(client.get(revert_url))).status_code == 302
    article.refresh_from_db()
    assert article.title == "العنوان الأول"
    assert article.history.count() == 3


def test_alias_removed_on_the_entity_page_is_recorded_in_its_history(admin_client, admin_user):
    entity = _entity("نوري المالكي", aliases=["المالكي"])
    url = f"/admin/articles/entity/{entity.pk}/change/"
    response = admin_client.get(url)
    data = _form_data(response)
    formset = response.context["inline_admin_formsets"][0].formset
    data[formset.forms[0].add_prefix("DELETE")] = "on"
    assert admin_client.post(url, data).status_code == 302
    assert not entity.aliases.exists()
    assert entity.history.filter(history_change_reason="alias removed: المالكي", history_user=admin_user).exists()


# Roles ---------------------------------------------------------------------------------------------


def test_curator_group_has_no_user_or_group_permissions(curator_group):
    permissions = Permission.objects.filter(group__name="curator")
    assert permissions.exists()
    assert set(permissions.values_list("content_type__app_label", flat=True)) == {"articles"}
    assert not permissions.filter(codename__in=["add_article", "delete_article"]).exists()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/auth/user/",
        "/admin/auth/group/",
        "/admin/auth/user/add/",
        "/admin/auth/user/{admin}/change/",
        "/admin/auth/user/{admin}/password/",
    ],
)
def test_curator_cannot_reach_users_groups_or_passwords(client, curator, admin_user, url):
    assert client.get(url.format(admin=admin_user.pk)).status_code == 403


def test_curator_reaches_the_desk(client, curator):
    article = _article("a")
    assert client.get("/admin/articles/article/").status_code == 200
    assert client.get(f"/admin/articles/article/{article.pk}/change/").status_code == 200
    assert client.get("/admin/articles/entity/").status_code == 200
    index = client.get("/admin/").content.decode()
    assert "/admin/auth/" not in index


@pytest.mark.parametrize("url", ["/admin/articles/article/", "/admin/articles/entity/", "/admin/auth/user/"])
def test_anonymous_visitor_is_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert (response.status_code, response.url) == (302, f"/admin/login/?next={url}")


def test_make_curator_command_puts_a_staff_user_in_the_group(capsys):
    call_command("make_curator", "huda")
    user = User.objects.get(username="huda")
    assert (user.is_staff, user.is_superuser, list(user.groups.values_list("name", flat=True))) == (
        True,
        False,
        ["curator"],
    )
    assert capsys.readouterr().out.startswith("huda: curator (created)")


# Language --------------------------------------------------------------------------------------------


def test_desk_is_arabic_right_to_left_with_english_one_click_away(client, curator):
    arabic = client.get("/admin/").content.decode()
    assert '<html lang="ar" dir="rtl"' in arabic
    assert "articles/admin.css" in arabic
    client.post("/i18n/setlang/", {"language": "en", "next": "/admin/"})
    english = client.get("/admin/").content.decode()
    assert '<html lang="en" dir="ltr"' in english


def test_article_page_shows_the_raw_text_verbatim_beside_the_body(admin_client):
    article = _article("a")
    page = admin_client.get(f"/admin/articles/article/{article.pk}/change/").content.decode()
    assert '<pre class="raw-text" dir="rtl" lang="ar">خبر رقم a\nنص الخبر رقم a عن بغداد.</pre>' in page


def test_list_pages_stop_at_the_paginators_row_limit(admin_client, monkeypatch):
    _fill(3)  # 6 articles
    monkeypatch.setattr(desk.EstimatedCountPaginator, "max_rows", 4)
    monkeypatch.setattr(desk.ArticleAdmin, "list_per_page", 2)
    cl = admin_client.get("/admin/articles/article/", {"p": "2"}).context["cl"]
    assert (cl.result_count, cl.paginator.num_pages, len(cl.result_list)) == (6, 2, 2)
    assert admin_client.get("/admin/articles/article/", {"p": "3"}).url == "/admin/articles/article/?e=1"


def test_first_edit_of_an_imported_article_can_be_reverted(client, curator):
    call_command("import_seeds", verbosity=0)  # bulk: no history rows
    article = Article.objects.filter(appended_to__isnull=True).first()
    title = article.title
    assert not article.history.exists()
    url = f"/admin/articles/article/{article.pk}/change/"
    data = _form_data(client.get(url))
    data["title"] = "عنوان جديد"
    client.post(url, data)
    baseline = article.history.earliest()
    assert (baseline.title, baseline.history_change_reason, article.history.count()) == (title, "as imported", 2)
    revert_url = f"/admin/articles/article/{article.pk}/history/{baseline.history_id}/"
    client.post(revert_url, _form_data(client.get(revert_url)))
    article.refresh_from_db()
    assert article.title == title


def test_status_action_on_an_imported_article_keeps_its_state_before(admin_client):
    call_command("import_seeds", verbosity=0)
    article = Article.objects.first()
    _action(admin_client, "article", "mark_reviewed", [article.pk])
    assert list(article.history.order_by("history_date").values_list("status", flat=True)) == ["new", "reviewed"]
