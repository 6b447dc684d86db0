"""The REST API (issue 8): shapes, filters, pagination, errors, permissions, writes."""

import json
from datetime import date
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.core.serializers.json import DjangoJSONEncoder
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle
from rest_framework.views import APIView

from articles.api.serializers import ArticleDetailSerializer, ArticleListSerializer
from articles.importing import import_paths
from articles.models import Article, ArticleSource, Entity, Keyword, Mention, Source
from tests.seed_expectations import SEEDS

SEEDS_DIR = Path(settings.SEEDS_DIR)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_throttle(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "100000/minute", raising=False)


@pytest.fixture
def seeds_imported():
    return import_paths([SEEDS_DIR])


@pytest.fixture
def anon():
    return APIClient()


@pytest.fixture
def staff():
    user = User.objects.create_user("curator", password="x", is_staff=True)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    client.user = user
    return client


@pytest.fixture
def reader():
    user = User.objects.create_user("reader", password="x")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def _seed(name, segment):
    return Article.objects.get(origin_file=name, segment=segment)


def _ids(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()["results"]]


def _all_ids(client, url, **params):
    """Every id of a list, following `next` links."""
    ids, response = [], client.get(url, {"page_size": 2, **params})
    while True:
        assert response.status_code == 200, response.content
        ids += [item["id"] for item in response.json()["results"]]
        if not response.json()["next"]:
            return ids
        response = client.get(response.json()["next"])


# Shapes ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "segment"), list(SEEDS), ids=[f"{n[:3]}-{s}" for n, s in SEEDS])
def test_detail_of_every_seed_article_has_the_contract_shape_and_values(seeds_imported, anon, name, segment):
    expected = SEEDS[(name, segment)]
    article = _seed(name, segment)
    data = anon.get(f"/api/articles/{article.pk}/").json()

    assert set(data) == {
        "id", "title", "title_inferred", "published_date", "dateline_place", "dateline_in_lead", "author",
        "language", "body", "status", "appended_to", "appended_stories", "duplicate_of", "sources", "keywords", "entities",
        "related_links", "origin", "created_at", "updated_at",
    }  # fmt: skip
    assert data["id"] == article.pk
    assert data["title"] == expected["title"]
    assert data["title_inferred"] is expected["title_inferred"]
    published = expected["published_date"]
    assert data["published_date"] == (published.isoformat() if published else None)
    assert data["dateline_place"] == expected["dateline_place"]
    assert data["dateline_in_lead"] is expected["dateline_in_lead"]
    assert data["author"] == expected["author"]
    assert data["body"].startswith(expected["body_starts"])
    assert data["body"].endswith(expected["body_ends"])
    assert data["status"] == "new"
    host = _seed(name, 0).pk if segment else None
    assert data["appended_to"] == host
    assert [(s["name"], s["role"]) for s in data["sources"]] == expected["sources"]
    assert all(set(s) == {"id", "name", "role"} for s in data["sources"])
    assert sorted(data["keywords"]) == sorted(expected["keywords"])
    links = {}
    for link in data["related_links"]:
        assert set(link) == {"kind", "title", "url", "to_article"}
        assert link["url"] is None
        links.setdefault(link["kind"], []).append(link["title"])
    assert links == expected["links"]
    assert data["origin"] == {"file": name, "sha256": article.origin_sha256}
    mentions = {m.entity_id: m for m in Mention.objects.filter(article=article).select_related("entity")}
    assert {e["id"] for e in data["entities"]} == set(mentions)
    for entity in data["entities"]:
        assert entity == {
            "id": entity["id"],
            "name": mentions[entity["id"]].entity.name,
            "kind": mentions[entity["id"]].entity.kind,
            "count": mentions[entity["id"]].count,
        }


def test_read_also_link_points_at_the_appended_story(seeds_imported, anon):
    host, story = _seed("000_c729addcbd090b77.txt", 0), _seed("000_c729addcbd090b77.txt", 1)
    data = anon.get(f"/api/articles/{host.pk}/").json()
    [read_also] = [link for link in data["related_links"] if link["kind"] == "read_also"]
    assert read_also["to_article"] == story.pk
    assert data["appended_stories"] == [story.pk]


def test_list_items_are_light(seeds_imported, anon):
    item = anon.get("/api/articles/").json()["results"][0]
    assert set(item) == {
        "id", "title", "title_inferred", "published_date", "dateline_place", "author", "status", "appended_to",
        "sources", "highlight",
    }  # fmt: skip
    assert item["highlight"] is None


def test_staff_see_raw_text_and_provenance_detail(seeds_imported, staff):
    article = _seed("001_57670411fffd694b.txt", 0)
    data = staff.get(f"/api/articles/{article.pk}/").json()
    assert data["raw_text"] == article.raw_text
    assert data["parse_problems"] == article.parse_problems
    assert data["keywords_raw"] == article.keywords_raw
    assert data["origin"] == {
        "file": article.origin_file,
        "sha256": article.origin_sha256,
        "segment": 0,
        "content_hash": article.content_hash,
    }


@pytest.mark.parametrize("client_name", ["anon", "reader"])
def test_anonymous_and_non_staff_do_not_see_staff_fields(seeds_imported, request, client_name):
    client = request.getfixturevalue(client_name)
    article = _seed("001_57670411fffd694b.txt", 0)
    data = client.get(f"/api/articles/{article.pk}/").json()
    assert not {"raw_text", "parse_problems", "keywords_raw"} & set(data)
    assert set(data["origin"]) == {"file", "sha256"}


def _count_queries(django_assert_max_num_queries, client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # warm: a search reads the index's term statistics once per process (search.py)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.fixture
def many_articles(seeds_imported):
    """25 dated articles, each with two sources, two keywords and a mention: enough for pages of 20+."""
    reuters, other = Source.objects.get(name="رويترز"), Source.objects.exclude(name="رويترز").first()
    tags = [Keyword.objects.create(name=f"وسم {i}") for i in range(2)]
    entity = Entity.objects.create(name="مدينة الاختبار", kind=Entity.Kind.LOC)
    for i in range(25):
        article = Article.objects.create(
            title=f"خبر رقم {i}", body=f"نص الخبر {i}", content_hash=f"h{i}", published_date=date(2020, 1, 1 + i)
        )
        ArticleSource.objects.create(article=article, source=reuters, role="wire")
        ArticleSource.objects.create(article=article, source=other, role="publisher")
        article.keywords.set(tags)
        Mention.objects.create(article=article, entity=entity, count=2)
    return entity


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles/?page_size={n}",
        "/api/articles/?page_size={n}&ordering=published_date",
        "/api/articles/?page_size={n}&ordering=-id",
        "/api/articles/?page_size={n}&source=رويترز",
        "/api/articles/?page_size={n}&entity=مدينة الاختبار&keyword=وسم 1",
        "/api/articles/?page_size={n}&q=الخبر",
        "/api/entities/?page_size={n}",
        "/api/sources/?page_size={n}",
        "/api/keywords/?page_size={n}",
        "/api/related-links/?page_size={n}",
    ],
)
def test_list_queries_do_not_grow_with_the_page_size(many_articles, anon, url, django_assert_max_num_queries):
    small = _count_queries(django_assert_max_num_queries, anon, url.format(n=1))
    large = _count_queries(django_assert_max_num_queries, anon, url.format(n=21))
    assert small == large


def test_article_list_is_two_queries(many_articles, anon, django_assert_num_queries):
    with django_assert_num_queries(2):  # the page, its sources
        anon.get("/api/articles/?page_size=20")


def test_detail_queries_do_not_grow_with_sources_keywords_or_links(many_articles, anon, django_assert_num_queries):
    light = Article.objects.get(content_hash="h0")
    heavy = _seed("000_c729addcbd090b77.txt", 0)  # 11 links, 2 sources, an appended story
    with django_assert_num_queries(6):  # article, sources, keywords, links, mentions, appended stories
        anon.get(f"/api/articles/{light.pk}/")
    with django_assert_num_queries(6):
        anon.get(f"/api/articles/{heavy.pk}/")


@pytest.mark.parametrize("serializer_class", [ArticleListSerializer, ArticleDetailSerializer])
@pytest.mark.parametrize("client_name", ["anon", "staff"])
def test_direct_representations_equal_drfs_field_by_field_walk(seeds_imported, request, serializer_class, client_name):
    # The serializers read their fields directly for speed; DRF's generic walk over Meta.fields is the reference.
    from rest_framework.serializers import ModelSerializer

    from articles import curation

    wsgi = request.getfixturevalue(client_name).get("/api/").wsgi_request
    http = APIView().initialize_request(wsgi)
    http.user = getattr(request.getfixturevalue(client_name), "user", None) or AnonymousUser()
    for article in Article.objects.for_detail():
        context = {
            "request": http,
            "sources": curation.sources_of([article.id]),
            "snippets": {article.id: "<mark>x</mark>"},
        }
        serializer = serializer_class(context=context)
        direct = serializer.to_representation(article)
        generic = dict(ModelSerializer.to_representation(serializer, article))
        assert direct == json.loads(json.dumps(generic, cls=DjangoJSONEncoder)), article
        assert list(direct) == list(generic)
        assert ("raw_text" in direct) == (client_name == "staff" and serializer_class is ArticleDetailSerializer)
