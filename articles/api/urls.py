from django.urls import path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from articles.api import views

router = DefaultRouter()
router.register("articles", views.ArticleViewSet, basename="article")
router.register("entities", views.EntityViewSet, basename="entity")
router.register("sources", views.SourceViewSet, basename="source")
router.register("keywords", views.KeywordViewSet, basename="keyword")
router.register("related-links", views.RelatedLinkViewSet, basename="relatedlink")
router.register("import-runs", views.ImportRunViewSet, basename="importrun")

urlpatterns = [
    path(
        "entities/<int:entity_pk>/articles/",
        views.ArticleViewSet.as_view({"get": "list"}),
        name="entity-articles",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="swagger-ui"),
    path("redoc/", SpectacularRedocView.as_view(url_name="schema"), name="redoc"),
    *router.urls,
]
