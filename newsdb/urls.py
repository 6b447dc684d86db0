from django.contrib import admin
from django.urls import include, path
from django.views.generic import RedirectView

urlpatterns = [
    path("", RedirectView.as_view(url="/admin/", permanent=False)),
    path("admin/", admin.site.urls),
    # The admin's language switch (Arabic / English) posts to set_language.
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", include("articles.api.urls")),
]
