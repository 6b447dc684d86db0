"""Permissions, curated writes with optimistic concurrency, history, throttling, exports, docs."""

import csv
import io
import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from articles.importing import import_paths
from articles.models import Article, Entity, EntityAlias, Keyword

SEEDS_DIR = Path(settings.SEEDS_DIR)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_throttle(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "100000/minute", raising=False)


@pytest.fixture
def seeds_imported():
    return import_paths([SEEDS_DIR])


def _client(user=None):
    client = APIClient(HTTP_ACCEPT_LANGUAGE="en")
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
        client.user = user
    return client


@pytest.fixture
def staff():
    return _client(User.objects.create_user("curator", password="x", is_staff=True))


@pytest.fixture
def reader():
    return _client(User.objects.create_user("reader", password="x"))


@pytest.fixture
def article(seeds_imported):
    return Article.objects.get(origin_file__startswith="003", segment=0)


def _etag(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response["ETag"]


# Permissions -----------------------------------------------------------------------------------


def test_anonymous_cannot_write_and_is_told_to_authenticate(article):
    response = _client().patch(f"/api/articles/{article.pk}/", {"status": "reviewed"}, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Token realm="api"' or response["WWW-Authenticate"].startswith("Token")
    article.refresh_from_db()
    assert article.status == "new"


def test_non_staff_token_cannot_write(article, reader):
    url = f"/api/articles/{article.pk}/"
    response = reader.patch(url, {"status": "reviewed"}, format="json", HTTP_IF_MATCH=_etag(reader, url))
    assert response.status_code == 403
    article.refresh_from_db()
    assert article.status == "new"


def test_bad_token_is_a_401_even_for_reading(article):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.get("/api/articles/").status_code == 401


def test_anonymous_cannot_merge_or_edit_entities(seeds_imported):
    entity = Entity.objects.get(name="داعش")
    assert _client().patch(f"/api/entities/{entity.pk}/", {"aliases": []}, format="json").status_code == 401
    assert _client().post(f"/api/entities/{entity.pk}/merge/", {"merge": [1]}, format="json").status_code == 401


@pytest.mark.parametrize(("who", "status"), [("anon", 401), ("reader", 403), ("staff", 200)])
def test_import_runs_are_staff_only(seeds_imported, request, who, status):
    client = _client() if who == "anon" else request.getfixturevalue(who)
    assert client.get("/api/import-runs/").status_code == status


def test_staff_sees_import_runs_with_their_failures(tmp_path, staff):
    (tmp_path / "empty.txt").write_bytes(b"")
    run = import_paths([tmp_path])
    data = staff.get(f"/api/import-runs/{run.pk}/").json()
    assert data["files_failed"] == 1
    assert data["failures"] == [{"path": str(tmp_path / "empty.txt"), "reason": "empty file"}]


def test_session_login_of_a_staff_user_can_write(article):
    User.objects.create_user("desk", password="pw", is_staff=True)
    client = APIClient()
    assert client.login(username="desk", password="pw")
    url = f"/api/articles/{article.pk}/"
    response = client.patch(url, {"status": "reviewed"}, format="json", HTTP_IF_MATCH=_etag(client, url))
    assert response.status_code == 200


# Writes --------------------------------------------------------------------------------------


def test_staff_patch_changes_curated_fields_and_records_who_in_history(article, staff):
    url = f"/api/articles/{article.pk}/"
    original = Article.objects.get(origin_file__startswith="002", segment=0)
    response = staff.patch(
        url,
        {
            "title": "عنوان مصحح",
            "published_date": "2024-09-25",
            "status": "reviewed",
            "duplicate_of": original.pk,
            "keywords": ["مهمة التحالف", "وسم جديد", "وسم  جديد"],
        },
        format="json",
        HTTP_IF_MATCH=_etag(staff, url),
    )
    assert response.status_code == 200, response.content
    data = response.json()
    assert (data["title"], data["published_date"], data["status"], data["duplicate_of"]) == (
        "عنوان مصحح",
        "2024-09-25",
        "reviewed",
        original.pk,
    )
    assert sorted(data["keywords"]) == ["مهمة التحالف", "وسم جديد"]
    assert response["ETag"] != ""
    latest = article.history.latest()
    assert latest.history_user == staff.user
    assert latest.history_change_reason == "API: title, published_date, status, duplicate_of, keywords"
    assert latest.title == "عنوان مصحح"


def test_keywords_set_through_the_api_are_searchable(article, staff):
    url = f"/api/articles/{article.pk}/"
    staff.patch(url, {"keywords": ["كلمةنادرة"]}, format="json", HTTP_IF_MATCH=_etag(staff, url))
    found = _client().get("/api/articles/", {"keyword": "كلمةنادرة"}).json()["results"]
    assert [item["id"] for item in found] == [article.pk]
    assert Keyword.objects.filter(name="كلمةنادرة").count() == 1


def test_stale_write_is_a_412_and_changes_nothing(article, staff):
    url = f"/api/articles/{article.pk}/"
    etag = _etag(staff, url)
    assert staff.patch(url, {"status": "reviewed"}, format="json", HTTP_IF_MATCH=etag).status_code == 200
    response = staff.patch(url, {"status": "rejected"}, format="json", HTTP_IF_MATCH=etag)
    assert response.status_code == 412
    assert response.json()["detail"].startswith("The resource changed since you read it")
    article.refresh_from_db()
    assert article.status == "reviewed"


def test_write_without_if_match_is_a_428(article, staff):
    response = staff.patch(f"/api/articles/{article.pk}/", {"status": "reviewed"}, format="json")
    assert response.status_code == 428
    assert "If-Match" in response.json()["detail"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"body": "نص"}, "body"),
        ({"raw_text": "x"}, "raw_text"),
        ({"status": "published"}, "status"),
        ({"published_date": "2024-02-30"}, "published_date"),
        ({"duplicate_of": 999999}, "duplicate_of"),
        ({"title": "   "}, "title"),
    ],
)
def test_bad_write_is_a_400_naming_the_field(article, staff, body, field):
    url = f"/api/articles/{article.pk}/"
    response = staff.patch(url, body, format="json", HTTP_IF_MATCH=_etag(staff, url))
    assert response.status_code == 400
    assert list(response.json()) == [field]


def test_an_article_cannot_be_its_own_duplicate(article, staff):
    url = f"/api/articles/{article.pk}/"
    response = staff.patch(url, {"duplicate_of": article.pk}, format="json", HTTP_IF_MATCH=_etag(staff, url))
    assert response.json() == {"duplicate_of": ["An article cannot be a duplicate of itself."]}


def test_put_is_not_allowed(article, staff):
    assert staff.put(f"/api/articles/{article.pk}/", {}, format="json").status_code == 405


def test_staff_sets_entity_aliases_and_the_entity_filter_follows(seeds_imported, staff):
    entity = Entity.objects.get(name="داعش")
    url = f"/api/entities/{entity.pk}/"
    aliases = [*entity.aliases.values_list("name", flat=True), "دولة الخرافة"]
    response = staff.patch(url, {"aliases": aliases}, format="json", HTTP_IF_MATCH=_etag(staff, url))
    assert response.status_code == 200, response.content
    assert "دولة الخرافة" in response.json()["aliases"]
    assert entity.history.latest().history_change_reason == "alias added: دولة الخرافة"
    assert entity.history.latest().history_user == staff.user
    by_alias = _client().get("/api/articles/", {"entity": "دولة الخرافة", "page_size": 100}).json()["results"]
    assert len(by_alias) == entity.mentions.count()


def test_entity_alias_equal_to_its_name_is_a_400(seeds_imported, staff):
    entity = Entity.objects.get(name="داعش")
    url = f"/api/entities/{entity.pk}/"
    response = staff.patch(url, {"aliases": ["داعش"]}, format="json", HTTP_IF_MATCH=_etag(staff, url))
    assert response.status_code == 400
    assert list(response.json()) == ["aliases"]


def test_stale_entity_write_is_a_412(seeds_imported, staff):
    entity = Entity.objects.get(name="داعش")
    url = f"/api/entities/{entity.pk}/"
    etag = _etag(staff, url)
    assert staff.patch(url, {"description": "تنظيم"}, format="json", HTTP_IF_MATCH=etag).status_code == 200
    assert staff.patch(url, {"description": "آخر"}, format="json", HTTP_IF_MATCH=etag).status_code == 412


def test_staff_merges_entities_through_the_entity_service(seeds_imported, staff):
    survivor = Entity.objects.get(name="داعش")
    twin = Entity.objects.create(name="تنظيم داعش الإرهابي", kind=Entity.Kind.ORG)
    response = staff.post(f"/api/entities/{survivor.pk}/merge/", {"merge": [twin.pk]}, format="json")
    assert response.status_code == 200, response.content
    assert response.json()["merged"] == ["تنظيم داعش الإرهابي"]
    assert not Entity.objects.filter(pk=twin.pk).exists()
    assert EntityAlias.objects.filter(entity=survivor, name="تنظيم داعش الإرهابي").exists()
    assert survivor.history.latest().history_user == staff.user


# Throttling, CORS --------------------------------------------------------------------------------


def test_anonymous_clients_are_throttled(seeds_imported, monkeypatch):
    from django.core.cache import cache

    cache.clear()
    monkeypatch.setattr(AnonRateThrottle, "rate", "2/minute", raising=False)
    client = _client()
    assert [client.get("/api/sources/").status_code for _ in range(3)] == [200, 200, 429]
    cache.clear()


def test_no_cors_headers_are_sent(seeds_imported):
    response = _client().get("/api/articles/", HTTP_ORIGIN="https://elsewhere.example")
    assert not [header for header in response.headers if header.lower().startswith("access-control-")]


# Exports ---------------------------------------------------------------------------------------


def _streamed(response):
    assert response.streaming
    return b"".join(response.streaming_content).decode()


def test_csv_export_streams_the_filtered_articles_in_list_order(seeds_imported):
    response = _client().get("/api/articles/export/", {"format": "csv", "appended": "false"})
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(_streamed(response).removeprefix("\ufeff"))))
    listed = _client().get("/api/articles/", {"appended": "false"}).json()["results"]
    assert [int(row["id"]) for row in rows] == [item["id"] for item in listed]
    first = Article.objects.get(pk=rows[0]["id"])
    assert rows[0]["title"] == first.title
    assert rows[0]["body"] == first.body


def test_ndjson_export_has_one_article_per_line(seeds_imported):
    response = _client().get("/api/articles/export/", {"format": "ndjson", "source": "رويترز"})
    lines = _streamed(response).splitlines()
    assert [json.loads(line)["sources"] for line in lines] == [
        [
            {"id": s.source_id, "name": s.source.name, "role": s.role}
            for s in Article.objects.get(origin_file__startswith="000", segment=0).article_sources.order_by("id")
        ]
    ]


def test_export_queries_do_not_grow_with_rows(seeds_imported, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(params):
        with CaptureQueriesContext(connection) as queries:
            _streamed(_client().get("/api/articles/export/", {"format": "ndjson", **params}))
        return len(queries)

    assert count({"ordering": "id", "appended": "true"}) == count({"ordering": "id"})  # 4 rows, 9 rows


def test_export_with_a_bad_filter_is_a_400(seeds_imported):
    response = _client().get("/api/articles/export/", {"format": "csv", "published_after": "soon"})
    assert response.status_code == 400


# Docs ------------------------------------------------------------------------------------------


def test_openapi_schema_describes_every_filter():
    response = _client().get("/api/schema/", {"format": "json"})
    schema = json.loads(response.content)
    assert schema["openapi"].startswith("3.")
    parameters = {p["name"]: p for p in schema["paths"]["/api/articles/"]["get"]["parameters"]}
    for name in ["q", "source", "entity", "entity_kind", "keyword", "published_after", "published_before",
                 "status", "appended", "ordering", "page_size", "cursor", "page"]:  # fmt: skip
        assert parameters[name].get("description"), name


def test_swagger_ui_is_served_from_local_static_files():
    html = _client().get("/api/docs/").content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/" in html
    # Every asset from this site: no src or href to another host (a random token in the page may
    # hold any letters, "cdn" included: seen once).
    assert not re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", html, flags=re.IGNORECASE)
