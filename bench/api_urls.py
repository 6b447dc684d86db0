"""The API's URLs, and beside them the bare views the benchmark compares it with: the same rows
as `.values()` in JSON, with no serializer, filterset, pagination or authentication.

"The same rows" means every row the API's answer shows: a list page's articles and their sources,
a detail's article with its sources, keywords, entities, related links and appended stories.
"""

import json
from datetime import date

from django.db.models import Exists, OuterRef, Q
from django.http import HttpResponse
from django.urls import path

from articles import search
from articles.models import Article, ArticleSource, Mention, RelatedLink
from newsdb.urls import urlpatterns as project_urlpatterns

LIST_FIELDS = ["id", "title", "title_inferred", "published_date", "dateline_place", "author", "status", "appended_to"]
DETAIL_FIELDS = [
    *LIST_FIELDS, "body", "language", "duplicate_of", "origin_file", "origin_sha256", "created_at", "updated_at"
]  # fmt: skip
SOURCE_FIELDS = ["article_id", "source_id", "source__name", "role"]
PAGE = 20


def _json(rows) -> HttpResponse:
    return HttpResponse(json.dumps(list(rows), default=str, ensure_ascii=False), content_type="application/json")


def bare_list(request):
    articles = Article.objects.filter(published_date__isnull=False)
    params = request.GET
    if "entity" in params:
        articles = articles.filter(Exists(Mention.objects.filter(article=OuterRef("pk"), entity_id=params["entity"])))
    if "source" in params:
        articles = articles.filter(article_sources__source_id=params["source"])
    if "published_after" in params:
        articles = articles.filter(published_date__gte=params["published_after"])
    if "published_before" in params:
        articles = articles.filter(published_date__lte=params["published_before"])
    if "before_date" in params:  # the deep page: rows past a (date, id) key
        day, last = date.fromisoformat(params["before_date"]), int(params["before_id"])
        articles = articles.filter(published_date__lte=day).filter(
            Q(published_date__lt=day) | Q(published_date=day, id__lt=last)
        )
    page = list(articles.order_by("-published_date", "-id").values(*LIST_FIELDS)[:PAGE])
    sources = ArticleSource.objects.filter(article_id__in=[row["id"] for row in page]).values(*SOURCE_FIELDS)
    return _json([{"articles": page, "sources": list(sources)}])


def bare_detail(request, pk):
    one = {"article_id": pk}
    rows = {
        "article": list(Article.objects.filter(pk=pk).values(*DETAIL_FIELDS)),
        "sources": list(ArticleSource.objects.filter(**one).values(*SOURCE_FIELDS)),
        "keywords": list(Article.keywords.through.objects.filter(**one).values("keyword_id", "keyword__name")),
        "links": list(
            RelatedLink.objects.filter(from_article_id=pk).values("kind", "headline", "url", "to_article_id")
        ),
        "entities": list(
            Mention.objects.filter(**one).values("entity_id", "entity__name", "entity__kind", "count", "first_offset")
        ),
        "appended": list(Article.objects.filter(appended_to_id=pk).values("id")),
    }
    return _json([rows])


def bare_search(request):
    hits = search.search(Article.objects.all(), request.GET["q"])[:PAGE]
    return _json({field: getattr(article, field + "_id" if field == "appended_to" else field) for field in LIST_FIELDS}
                 for article in hits)  # fmt: skip


urlpatterns = [
    path("bare/articles/", bare_list),
    path("bare/articles/<int:pk>/", bare_detail),
    path("bare/search/", bare_search),
    *project_urlpatterns,
]
