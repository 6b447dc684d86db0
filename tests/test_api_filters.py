"""Every filter of the article list, alone and combined, against what the archive holds; bad values."""

from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from articles import search
from articles.importing import import_paths
from articles.models import Article, Entity, Mention

SEEDS_DIR = Path(settings.SEEDS_DIR)
pytestmark = pytest.mark.django_db
HOST_000, STORY_000 = ("000", 0), ("000", 1)


@pytest.fixture(autouse=True)
def _no_throttle(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "100000/minute", raising=False)


@pytest.fixture(scope="module", autouse=True)
def _seeds(django_db_setup, django_db_blocker):
    """The seeds, imported once for the module inside a transaction rolled back at its end (each
    test runs in a savepoint within it, as in Django's TestCase.setUpTestData)."""
    with django_db_blocker.unblock(), transaction.atomic():
        import_paths([SEEDS_DIR])
        Article.objects.filter(origin_file__startswith="003", segment=0).update(status="reviewed")
        Article.objects.filter(origin_file__startswith="001").update(status="rejected")
        yield
        transaction.set_rollback(True)


def _key(article):
    return (article.origin_file[:3], article.segment)


def _keys(ids):
    by_id = {article.id: _key(article) for article in Article.objects.all()}
    return {by_id[i] for i in ids}


def _listed(params):
    client, ids = APIClient(), []
    response = client.get("/api/articles/", {"page_size": 3, **params})
    while True:
        assert response.status_code == 200, response.content
        ids += [item["id"] for item in response.json()["results"]]
        if not response.json()["next"]:
            break
        response = client.get(response.json()["next"])
    assert len(ids) == len(set(ids)), "an article on two pages"
    return _keys(ids)


def _mentioning(name):
    entity = Entity.objects.get(name=name)
    return {_key(m.article) for m in Mention.objects.filter(entity=entity).select_related("article")}


def _of_kind(kind):
    return {_key(m.article) for m in Mention.objects.filter(entity__kind=kind).select_related("article")}


ALL = {(f"00{n}", s) for n in range(5) for s in (0, 1)} - {("001", 1)}
APPENDED = {key for key in ALL if key[1] == 1}

# (params, expected: a set of (file prefix, segment), or a callable computing it from the archive)
CASES = [
    pytest.param({}, ALL, id="none"),
    pytest.param({"source": "رويترز"}, {HOST_000}, id="source-name"),
    pytest.param({"source": "Reuters"}, {HOST_000}, id="source-alias"),
    pytest.param({"source": "وكالات"}, {("003", 0), STORY_000}, id="source-credit"),
    pytest.param({"source": "no such outlet"}, set(), id="source-unknown"),
    pytest.param({"entity": "داعش"}, lambda: _mentioning("داعش"), id="entity-name"),
    pytest.param({"entity": "Daesh"}, lambda: _mentioning("داعش"), id="entity-alias"),
    pytest.param({"entity": "بغداد"}, lambda: _mentioning("بغداد"), id="entity-name-2"),
    pytest.param({"entity_kind": "PERSON"}, lambda: _of_kind("PERSON"), id="entity-kind-person"),
    pytest.param({"entity_kind": "ORG"}, lambda: _of_kind("ORG"), id="entity-kind-org"),
    pytest.param({"keyword": "التحالف الدولي"}, {("004", 0)}, id="keyword"),
    pytest.param({"keyword": "القوات الاميركيه"}, {("003", 0)}, id="keyword-normalised"),
    pytest.param({"published_after": "2024-03-01"}, {("003", 0)}, id="published-after"),
    pytest.param({"published_before": "2024-03-01"}, {("002", 0)}, id="published-before"),
    pytest.param({"published_after": "2024-02-12", "published_before": "2024-02-12"}, {("002", 0)}, id="date-range"),
    pytest.param({"status": "reviewed"}, {("003", 0)}, id="status-reviewed"),
    pytest.param({"status": "rejected"}, {("001", 0)}, id="status-rejected"),
    pytest.param({"status": "new"}, ALL - {("003", 0), ("001", 0)}, id="status-new"),
    pytest.param({"appended": "true"}, APPENDED, id="appended"),
    pytest.param({"appended": "false"}, ALL - APPENDED, id="hosts"),
    pytest.param({"q": "صواريخ"}, lambda: {_key(a) for a in search.search(Article.objects.all(), "صواريخ")}, id="q"),
    pytest.param(
        {"q": "العراق -داعش"},
        lambda: {_key(a) for a in search.search(Article.objects.all(), "العراق -داعش")},
        id="q-exclude",
    ),
    pytest.param({"source": "وكالات", "appended": "true"}, {STORY_000}, id="source+appended"),
    pytest.param(
        {"entity": "العراق", "appended": "false", "status": "new"},
        lambda: _mentioning("العراق") - APPENDED - {("003", 0), ("001", 0)},
        id="entity+appended+status",
    ),
    pytest.param(
        {"keyword": "مهمة التحالف", "published_after": "2024-01-01", "source": "المسلة"},
        {("003", 0)},
        id="keyword+date+source",
    ),
    pytest.param(
        {"entity_kind": "LOC", "published_before": "2024-03-01"}, lambda: _of_kind("LOC") & {("002", 0)}, id="kind+date"
    ),
    pytest.param(
        {"q": "العراق", "appended": "false"},
        lambda: {_key(a) for a in search.search(Article.objects.hosts(), "العراق")},
        id="q+appended",
    ),
    pytest.param({"q": "العراق", "source": "رويترز", "ordering": "-id"}, {HOST_000}, id="q+source+ordering"),
]


# Each case under every ordering, but a case that sets its own ordering only once.
ORDERINGS = ["-published_date", "published_date", "-id", "id"]
ORDERED_CASES = [
    pytest.param(*case.values, ordering, id=f"{case.id}-{ordering}")
    for case in CASES
    for ordering in (ORDERINGS[:1] if "ordering" in case.values[0] else ORDERINGS)
]


@pytest.mark.parametrize(("params", "expected", "ordering"), ORDERED_CASES)
def test_article_list_filter(params, expected, ordering):
    expected = expected() if callable(expected) else expected
    assert (
        _listed({"ordering": ordering, **params} if "q" not in params or ordering != "-published_date" else params)
        == expected
    )


def test_entity_articles_endpoint_lists_the_entitys_articles():
    entity = Entity.objects.get(name="داعش")
    response = APIClient().get(f"/api/entities/{entity.pk}/articles/", {"page_size": 100})
    assert _keys(item["id"] for item in response.json()["results"]) == _mentioning("داعش")


def test_entity_articles_of_an_unknown_entity_is_404():
    assert APIClient().get("/api/entities/999999/articles/").status_code == 404


def _order(ordering):
    client, ids = APIClient(), []
    url = f"/api/articles/?page_size=2&ordering={ordering}"
    while url:
        data = client.get(url).json()
        ids += [item["id"] for item in data["results"]]
        url = data["next"]
    return ids


def test_newest_first_puts_undated_articles_last_newest_import_first():
    dated = list(
        Article.objects.exclude(published_date=None).order_by("-published_date", "-id").values_list("id", flat=True)
    )
    undated = list(Article.objects.filter(published_date=None).order_by("-id").values_list("id", flat=True))
    assert _order("-published_date") == dated + undated


def test_oldest_first_also_puts_undated_articles_last():
    dated = list(
        Article.objects.exclude(published_date=None).order_by("published_date", "id").values_list("id", flat=True)
    )
    undated = list(Article.objects.filter(published_date=None).order_by("id").values_list("id", flat=True))
    assert _order("published_date") == dated + undated


@pytest.mark.parametrize("ordering", ["-published_date", "published_date", "-id", "id"])
def test_previous_links_walk_back_through_the_same_pages(ordering):
    client, pages = APIClient(), []
    url = f"/api/articles/?page_size=2&ordering={ordering}"
    while url:
        data = client.get(url).json()
        pages.append([item["id"] for item in data["results"]])
        url = data["next"]
    assert len(pages) == 5
    back, url = [], data["previous"]
    while url:
        data = client.get(url).json()
        back.append([item["id"] for item in data["results"]])
        url = data["previous"]
    assert back == pages[-2::-1]


def test_search_hits_are_ranked_and_carry_a_marked_highlight():
    data = APIClient().get("/api/articles/", {"q": "صواريخ"}).json()
    expected = [a.id for a in search.search(Article.objects.all(), "صواريخ")]
    assert [item["id"] for item in data["results"]] == expected
    assert all("<mark>" in item["highlight"] for item in data["results"])


def test_search_highlight_escapes_html():
    article = Article.objects.create(
        title="عنوان", body="<b>صواريخ</b> & غيرها", content_hash="x-html", published_date=date(2024, 1, 1)
    )
    [item] = [
        i
        for i in APIClient().get("/api/articles/", {"q": "صواريخ", "page_size": 50}).json()["results"]
        if i["id"] == article.id
    ]
    assert item["highlight"] == "&lt;b&gt;<mark>صواريخ</mark>&lt;/b&gt; &amp; غيرها"
    article.delete()


def test_search_pages_are_numbered_and_cover_every_hit_once():
    client, ids, page = APIClient(), [], 1
    expected = [a.id for a in search.search(Article.objects.all(), "العراق")]
    url = "/api/articles/?q=العراق&page_size=2"
    while url:
        data = client.get(url).json()
        ids += [item["id"] for item in data["results"]]
        url, page = data["next"], page + 1
    assert ids == expected
    assert len(ids) > 2


@pytest.mark.parametrize(
    ("params", "parameter", "message"),
    [
        ({"published_after": "2024-13-01"}, "published_after", "Enter a valid date."),
        ({"published_before": "yesterday"}, "published_before", "Enter a valid date."),
        ({"ordering": "title"}, "ordering", "Select a valid choice. title is not one of the available choices."),
        ({"ordering": "rank"}, "ordering", "ordering=rank needs a search: add q=…"),
        ({"q": '"الحكومة العراقية'}, "q", None),
        ({"q": "-"}, "q", None),
        ({"page_size": "0"}, "page_size", None),
        ({"page_size": "101"}, "page_size", None),
        ({"page_size": "ten"}, "page_size", None),
        ({"status": "published"}, "status", None),
        ({"appended": "maybe"}, "appended", None),
        ({"entity_kind": "PLACE"}, "entity_kind", None),
        ({"cursor": "not-a-cursor"}, "cursor", "Invalid cursor: use the `next` or `previous` link of a page as it is."),
        ({"q": "العراق", "page": "0"}, "page", None),
    ],
)
def test_bad_parameter_is_a_400_naming_it(params, parameter, message):
    response = APIClient().get("/api/articles/", params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert list(response.json()) == [parameter]
    if message:
        assert response.json()[parameter] == [message]


def test_malformed_search_says_what_is_wrong():
    response = APIClient().get("/api/articles/", {"q": '"الحكومة العراقية'})
    assert response.json()["q"] == [str(_query_error('"الحكومة العراقية'))]


def _query_error(q):
    try:
        search.parse_query(q)
    except search.QueryError as error:
        return error
    raise AssertionError(f"{q!r} parses")


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/entities/?kind=THING", "kind"),
        ("/api/entities/?page=abc", "page"),
        ("/api/entities/?page=999", "page"),
        ("/api/sources/?page_size=1000", "page_size"),
        ("/api/related-links/?from_article=x", "from_article"),
        ("/api/related-links/?resolved=perhaps", "resolved"),
    ],
)
def test_bad_parameter_of_other_lists_is_a_400_naming_it(url, parameter):
    response = APIClient().get(url)
    assert response.status_code == 400
    assert list(response.json()) == [parameter]


def test_entity_list_q_matches_part_of_a_name_or_an_alias_and_kind_narrows_it():
    by_name = APIClient().get("/api/entities/", {"q": "داعش", "page_size": 100}).json()["results"]
    by_alias = APIClient().get("/api/entities/", {"q": "daesh"}).json()["results"]
    people = APIClient().get("/api/entities/", {"q": "بغداد", "kind": "PERSON"}).json()["results"]
    assert "داعش" in [e["name"] for e in by_name]
    assert [e["name"] for e in by_alias] == ["داعش"]
    assert people
    assert {e["kind"] for e in people} == {"PERSON"}
    assert all("بغداد" in e["name"] for e in people)


def test_entity_detail_has_aliases_and_article_count():
    entity = Entity.objects.get(name="داعش")
    data = APIClient().get(f"/api/entities/{entity.pk}/").json()
    assert "Daesh" in data["aliases"]
    assert data["article_count"] == len(_mentioning("داعش"))


def test_source_list_filters_by_name_or_alias():
    assert [s["name"] for s in APIClient().get("/api/sources/", {"q": "reuters"}).json()["results"]] == ["رويترز"]


def test_related_links_filter_by_kind_and_resolution():
    data = APIClient().get("/api/related-links/", {"kind": "read_also", "resolved": "true", "page_size": 100}).json()
    assert len(data["results"]) == 4
    assert all(link["to_article"] for link in data["results"])
