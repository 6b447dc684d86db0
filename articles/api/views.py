"""The API's ViewSets: thin doors over the QuerySets and services the admin uses."""

from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import IsAdminUser
from rest_framework.response import Response

from articles import curation, export, search
from articles.api.concurrency import check_if_match, etag_of
from articles.api.filters import (
    ArticleFilter,
    EntityFilter,
    KeywordFilter,
    RelatedLinkFilter,
    SourceFilter,
)
from articles.api.pagination import SEGMENTS, ArticlePagination, KeysetPagination, NumberedPagination, SearchPagination
from articles.api.permissions import is_staff
from articles.api.renderers import CSVRenderer, NDJSONRenderer
from articles.api.serializers import (
    ArticleDetailSerializer,
    ArticleListSerializer,
    ArticleUpdateSerializer,
    EntityDetailSerializer,
    EntityListSerializer,
    EntityMergeSerializer,
    EntityUpdateSerializer,
    ImportRunSerializer,
    KeywordSerializer,
    MergeResultSerializer,
    RelatedLinkSerializer,
    SourceSerializer,
)
from articles.entities import merge_entities
from articles.models import Article, Entity, ImportRun, Keyword, RelatedLink, Source

# What a list item shows (ArticleListSerializer): the other columns stay in the database.
LIST_COLUMNS = ("id", "title", "title_inferred", "published_date", "dateline_place", "author", "status", "appended_to")
# Large columns no export shows.
LIST_DEFERRED = ("raw_text", "parse_problems", "keywords_raw", "title_key", "content_hash")
STAFF_ONLY_DEFERRED = ("raw_text", "parse_problems", "keywords_raw", "title_key")

IF_MATCH = OpenApiParameter(
    "If-Match",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="The ETag of your last GET of this resource. Missing: 428; stale: 412.",
)
WRITE_ERRORS = {
    400: OpenApiResponse(description="A field is invalid; the body names it."),
    401: OpenApiResponse(description="Not authenticated (or a bad token)."),
    403: OpenApiResponse(description="Authenticated, but not staff."),
    404: OpenApiResponse(description="No such resource."),
    412: OpenApiResponse(description="Stale If-Match: the resource changed since you read it."),
    428: OpenApiResponse(description="If-Match missing."),
}
READ_ERRORS = {
    400: OpenApiResponse(description="A bad parameter; the body names it."),
    401: OpenApiResponse(description="A bad token."),
    404: OpenApiResponse(description="No such resource."),
    429: OpenApiResponse(description="Too many anonymous requests: slow down, or use a token."),
}


class FilterBackend(DjangoFilterBackend):
    """django-filter's backend, keeping the validated filterset for the view (ordering, q)."""

    def get_filterset(self, request, queryset, view):
        filterset = super().get_filterset(request, queryset, view)
        view.filterset = filterset
        return filterset


@extend_schema_view(
    list=extend_schema(
        summary="Articles, filtered, searched and paged",
        description="Keyset pages (`cursor`) in date or id order; with `q`, numbered pages (`page`) of ranked hits.",
        responses={200: ArticleListSerializer(many=True), **READ_ERRORS},
    ),
    retrieve=extend_schema(
        summary="One article, complete",
        description="The `ETag` response header is what a PATCH sends back in `If-Match`.",
        responses={200: ArticleDetailSerializer, **READ_ERRORS},
    ),
    partial_update=extend_schema(
        summary="Correct an article's curated fields (staff)",
        parameters=[IF_MATCH],
        request=ArticleUpdateSerializer,
        responses={200: ArticleDetailSerializer, **WRITE_ERRORS},
    ),
)
class ArticleViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    filter_backends = [FilterBackend]
    filterset_class = ArticleFilter
    pagination_class = ArticlePagination  # documents both; `paginator` picks one per request
    lookup_value_regex = r"\d+"
    filterset = None

    def get_queryset(self):
        articles = Article.objects.all()
        if "entity_pk" in self.kwargs:
            articles = curation.with_entity(articles, [self.kwargs["entity_pk"]])
        if self.action == "list":
            return articles.only(*LIST_COLUMNS, "body")  # the body only for a search's snippets: see filter_queryset
        if self.action == "export":
            return articles.defer(*LIST_DEFERRED)
        if self.action == "retrieve" and not is_staff(self.request):
            return articles.for_detail().defer(*STAFF_ONLY_DEFERRED)
        return articles.for_detail()

    def get_serializer_class(self):
        if self.action == "list":
            return ArticleListSerializer
        if self.action == "partial_update":
            return ArticleUpdateSerializer
        return ArticleDetailSerializer

    @property
    def query(self):
        return self.filterset.form.cleaned_data.get("q") if self.filterset is not None else None

    @property
    def ordering_key(self):
        ordering = self.filterset.form.cleaned_data.get("ordering") if self.filterset is not None else None
        return ordering or ("rank" if self.query else "-published_date")

    @property
    def walk(self):
        """Link rows the keyset pagination walks for a list of one entity's or source's articles."""
        if self.query:
            return None
        if "entity_pk" in self.kwargs:
            return curation.links_of_one(entity_ids=[int(self.kwargs["entity_pk"])])
        return getattr(self.filterset, "walk", None)

    @property
    def paginator(self):
        if not hasattr(self, "_paginator"):
            # The filters are validated before a page is cut: the order is known by then.
            self._paginator = SearchPagination() if self.ordering_key == "rank" else KeysetPagination()
        return self._paginator

    def filter_queryset(self, queryset):
        if self.action not in ("list", "export"):
            return queryset  # one article by id: the list's filters do not apply (nor cost a form)
        articles = super().filter_queryset(queryset)
        if self.action == "list" and not self.query:
            articles = articles.defer("body")
        if self.query and self.ordering_key != "rank":
            articles = articles.order_by()  # the pagination orders them
        return articles

    def list(self, request, *args, **kwargs):
        if "entity_pk" in kwargs:
            get_object_or_404(Entity.objects.only("id"), pk=kwargs["entity_pk"])
        page = self.paginate_queryset(self.filter_queryset(self.get_queryset()))
        context = self.get_serializer_context() | {"sources": curation.sources_of(article.id for article in page)}
        if self.query:
            context["snippets"] = search.snippets(page, self.query)
        data = ArticleListSerializer(page, many=True, context=context).data
        return self.get_paginated_response(data)

    def _detail(self, article):
        context = self.get_serializer_context() | {"sources": curation.sources_of([article.id])}
        return Response(ArticleDetailSerializer(article, context=context).data, headers={"ETag": etag_of(article)})

    def retrieve(self, request, *args, **kwargs):
        return self._detail(self.get_object())

    def partial_update(self, request, *args, **kwargs):
        article = self.get_object()
        check_if_match(request, article)
        changes = ArticleUpdateSerializer(instance=article, data=request.data, partial=True)
        changes.is_valid(raise_exception=True)
        curation.update_article(article, user=request.user, **changes.validated_data)
        return self._detail(self.get_queryset().get(pk=article.pk))

    @extend_schema(
        summary="Export the filtered articles as CSV or NDJSON",
        description="Same filters as the list (`page_size` and `cursor` do not apply): every matching article, "
        "streamed. `?format=csv` (default) or `?format=ndjson`.",
        parameters=[OpenApiParameter("format", OpenApiTypes.STR, enum=["csv", "ndjson"])],
        responses={
            (200, "text/csv"): OpenApiTypes.STR,
            (200, "application/x-ndjson"): OpenApiTypes.STR,
            **READ_ERRORS,
        },
    )
    @action(detail=False, renderer_classes=[CSVRenderer, NDJSONRenderer], pagination_class=None)
    def export(self, request):
        articles = self.filter_queryset(self.get_queryset())
        if self.ordering_key == "rank":
            parts = [articles]
        else:
            parts = [segment.ordered(articles, reverse=False) for segment in SEGMENTS[self.ordering_key]]
        if request.accepted_renderer.format == "ndjson":
            lines = (line for part in parts for line in export.ndjson_lines(part))
            response = StreamingHttpResponse(lines, content_type="application/x-ndjson; charset=utf-8")
            name = "articles.ndjson"
        else:
            lines = (line for index, part in enumerate(parts) for line in export.csv_lines(part, header=index == 0))
            response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
            name = "articles.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


@extend_schema_view(
    list=extend_schema(summary="Entities", responses={200: EntityListSerializer(many=True), **READ_ERRORS}),
    retrieve=extend_schema(
        summary="One entity, with its aliases and article count", responses={200: EntityDetailSerializer, **READ_ERRORS}
    ),
    partial_update=extend_schema(
        summary="Rename, re-kind, confirm an entity or set its aliases (staff)",
        parameters=[IF_MATCH],
        request=EntityUpdateSerializer,
        responses={200: EntityDetailSerializer, **WRITE_ERRORS},
    ),
)
class EntityViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    filter_backends = [FilterBackend]
    filterset_class = EntityFilter
    pagination_class = NumberedPagination
    lookup_value_regex = r"\d+"

    def get_queryset(self):
        entities = Entity.objects.order_by("name", "id")
        return entities if self.action == "list" else entities.prefetch_related("aliases")

    def get_serializer_class(self):
        return EntityListSerializer if self.action == "list" else EntityDetailSerializer

    def _detail(self, entity):
        entity.article_count = entity.mentions.count()
        return Response(
            EntityDetailSerializer(entity, context=self.get_serializer_context()).data,
            headers={"ETag": etag_of(entity)},
        )

    def retrieve(self, request, *args, **kwargs):
        return self._detail(self.get_object())

    def partial_update(self, request, *args, **kwargs):
        entity = self.get_object()
        check_if_match(request, entity)
        changes = EntityUpdateSerializer(instance=entity, data=request.data, partial=True)
        changes.is_valid(raise_exception=True)
        curation.update_entity(entity, user=request.user, **changes.validated_data)
        return self._detail(self.get_queryset().get(pk=entity.pk))

    @extend_schema(
        summary="Merge other entities into this one (staff)",
        description="Their mentions, aliases and names move to this entity; they are deleted. "
        "Recorded in this entity's history.",
        request=EntityMergeSerializer,
        responses={200: MergeResultSerializer, **WRITE_ERRORS},
    )
    @action(detail=True, methods=["post"])
    def merge(self, request, pk=None):
        survivor = self.get_object()
        body = EntityMergeSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        result = merge_entities(survivor, body.validated_data["merge"], user=request.user)
        survivor = self.get_queryset().get(pk=survivor.pk)
        survivor.article_count = survivor.mentions.count()
        result.survivor = survivor
        return Response(MergeResultSerializer(result, context=self.get_serializer_context()).data)


@extend_schema_view(
    list=extend_schema(
        summary="Sources: outlets and agencies", responses={200: SourceSerializer(many=True), **READ_ERRORS}
    ),
    retrieve=extend_schema(summary="One source", responses={200: SourceSerializer, **READ_ERRORS}),
)
class SourceViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Source.objects.order_by("name", "id").prefetch_related("aliases")
    serializer_class = SourceSerializer
    filter_backends = [FilterBackend]
    filterset_class = SourceFilter
    pagination_class = NumberedPagination
    lookup_value_regex = r"\d+"


@extend_schema_view(
    list=extend_schema(summary="Keywords", responses={200: KeywordSerializer(many=True), **READ_ERRORS}),
    retrieve=extend_schema(summary="One keyword", responses={200: KeywordSerializer, **READ_ERRORS}),
)
class KeywordViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = Keyword.objects.order_by("name", "id")
    serializer_class = KeywordSerializer
    filter_backends = [FilterBackend]
    filterset_class = KeywordFilter
    pagination_class = NumberedPagination
    lookup_value_regex = r"\d+"


@extend_schema_view(
    list=extend_schema(summary="Related headlines", responses={200: RelatedLinkSerializer(many=True), **READ_ERRORS}),
    retrieve=extend_schema(summary="One related headline", responses={200: RelatedLinkSerializer, **READ_ERRORS}),
)
class RelatedLinkViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = RelatedLink.objects.all()
    serializer_class = RelatedLinkSerializer
    filter_backends = [FilterBackend]
    filterset_class = RelatedLinkFilter
    pagination_class = KeysetPagination  # ten per article: ten million rows at a million articles
    lookup_value_regex = r"\d+"
    ordering_key = "id"


@extend_schema_view(
    list=extend_schema(summary="Import runs (staff)", responses={200: ImportRunSerializer(many=True), **WRITE_ERRORS}),
    retrieve=extend_schema(
        summary="One import run and its failed files (staff)", responses={200: ImportRunSerializer, **WRITE_ERRORS}
    ),
)
class ImportRunViewSet(viewsets.ReadOnlyModelViewSet):
    queryset = ImportRun.objects.prefetch_related("failures")
    serializer_class = ImportRunSerializer
    permission_classes = [IsAdminUser]
    pagination_class = NumberedPagination
    lookup_value_regex = r"\d+"
