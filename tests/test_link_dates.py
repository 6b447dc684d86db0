"""Mentions and source rows carry their article's date (models.DatedLink), and lists of one entity's
or one source's articles are walked by it (curation.links_of_one): the same pages, in the same
order, as the articles' own date order; and every write path keeps the copies equal."""

from datetime import date, timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient
from rest_framework.throttling import AnonRateThrottle

from articles import curation
from articles.entities import add_mention, extract_entities, merge_entities
from articles.importing import import_paths, reparse_articles
from articles.models import Article, ArticleSource, Entity, Mention, Source

SEEDS_DIR = Path(settings.SEEDS_DIR)
pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_throttle(monkeypatch):
    monkeypatch.setattr(AnonRateThrottle, "rate", "100000/minute", raising=False)


def _stale_links():
    """Mentions and source rows whose date is not their article's."""
    return [
        (link.article_id, link.published_date, link.article.published_date)
        for model in (Mention, ArticleSource)
        for link in model.objects.select_related("article")
        if link.published_date != link.article.published_date
    ]


@pytest.fixture
def archive():
    """60 articles on 7 dates (some undated, many sharing a date); one entity in two of three, one
    source in every other, a quarter of them reviewed."""
    entity = Entity.objects.create(name="كيان الاختبار", kind=Entity.Kind.ORG)
    other = Entity.objects.create(name="كيان آخر", kind=Entity.Kind.ORG)
    source = Source.objects.create(name="مصدر الاختبار")
    for i in range(60):
        day = None if i % 7 == 3 else date(2024, 1, 1) + timedelta(days=i % 6)
        article = Article.objects.create(
            title=f"خبر {i}",
            body=f"نص {i}",
            content_hash=f"walk{i}",
            published_date=day,
            status="reviewed" if i % 4 == 1 else "new",
        )
        if i % 3:
            Mention.objects.create(article=article, entity=entity)
        if i % 5 == 0:
            Mention.objects.create(article=article, entity=other)
        if i % 2:
            ArticleSource.objects.create(article=article, source=source, role="wire")
    return entity, source


def _walk(url):
    client, pages = APIClient(), []
    while url:
        data = client.get(url).json()
        pages.append([item["id"] for item in data["results"]])
        url = data["next"]
    back, url = [], data["previous"]
    while url:
        data = client.get(url).json()
        back.append([item["id"] for item in data["results"]])
        url = data["previous"]
    assert back == pages[-2::-1], "previous links walk back through other pages"
    return [pk for page in pages for pk in page]


def _expected(articles, ordering):
    if ordering in ("id", "-id"):
        return list(articles.order_by(ordering).values_list("id", flat=True))
    key = ordering.lstrip("-")
    down = ordering.startswith("-")
    dated = articles.exclude(published_date=None).order_by(ordering, "-id" if down else "id")
    undated = articles.filter(published_date=None).order_by("-id" if down else "id")
    return [*dated.values_list("id", flat=True), *undated.values_list("id", flat=True)] if key else []


@pytest.mark.parametrize("ordering", ["-published_date", "published_date", "-id", "id"])
@pytest.mark.parametrize("extra", [{}, {"status": "reviewed"}, {"published_after": "2024-01-03"}], ids=str)
@pytest.mark.parametrize("by", ["entity", "source"])
def test_one_entitys_or_sources_pages_walked_by_their_links_equal_the_articles_order(archive, by, extra, ordering):
    entity, source = archive
    articles = Article.objects.filter(**({"mentions__entity": entity} if by == "entity" else {"sources": source}))
    if "status" in extra:
        articles = articles.filter(status=extra["status"])
    if "published_after" in extra:
        articles = articles.filter(published_date__gte=extra["published_after"])
    target = entity.pk if by == "entity" else source.pk
    query = "&".join(f"{name}={value}" for name, value in extra.items())
    walked = _walk(f"/api/articles/?page_size=4&ordering={ordering}&{by}={target}&{query}")
    assert walked == _expected(articles, ordering)
    assert len(walked) > 4


def test_an_entitys_own_article_list_is_walked_by_its_mentions(archive):
    entity, _ = archive
    walked = _walk(f"/api/entities/{entity.pk}/articles/?page_size=5")
    assert walked == _expected(Article.objects.filter(mentions__entity=entity), "-published_date")


def test_a_page_of_one_entity_reads_the_mention_index_in_two_queries(archive):
    entity, _ = archive
    with CaptureQueriesContext(connection) as queries:
        assert APIClient().get(f"/api/articles/?entity={entity.pk}&page_size=20").status_code == 200
    # The page (its ids walked along the mentions, in a subquery), its sources; on PostgreSQL the
    # walk also sets a planner setting for its statement and restores it (in the test's transaction).
    reads = [q["sql"] for q in queries if q["sql"].startswith("SELECT")]
    assert len(reads) == 2, reads
    assert "articles_mention" in reads[0]
    assert len(queries) - len(reads) == (2 if connection.vendor == "postgresql" else 0), queries


def test_two_entities_by_one_name_are_found_from_the_articles_side(archive):
    entity, _ = archive
    assert curation.links_of_one(entity_ids=[entity.pk, entity.pk + 1]) is None
    assert curation.links_of_one(entity_ids=[entity.pk]) is not None


def test_import_writes_each_links_date_as_its_articles():
    import_paths([SEEDS_DIR])
    assert Mention.objects.exclude(published_date=None).exists()
    assert ArticleSource.objects.exclude(published_date=None).exists()
    assert _stale_links() == []


def test_an_edited_date_reaches_the_articles_mentions_and_sources():
    import_paths([SEEDS_DIR])
    article = Article.objects.filter(mentions__isnull=False, article_sources__isnull=False).distinct().first()
    curation.update_article(article, published_date=date(1999, 9, 9))
    assert set(Mention.objects.filter(article=article).values_list("published_date", flat=True)) == {date(1999, 9, 9)}
    article.published_date = None
    article.save()
    assert _stale_links() == []


def test_reparse_extract_add_and_merge_keep_the_copies_equal():
    import_paths([SEEDS_DIR])
    article = Article.objects.filter(mentions__isnull=False).first()
    entity = Entity.objects.exclude(mentions__article=article).first()
    add_mention(article, entity)
    Article.objects.filter(pk=article.pk).update(published_date=date(2001, 1, 1))  # as a re-parse would read it
    reparse_articles(Article.objects.filter(pk=article.pk))
    extract_entities()
    survivor, merged = Entity.objects.filter(mentions__isnull=False).distinct()[:2]
    merge_entities(survivor, [merged])
    assert _stale_links() == []
