from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("News archive")

    def ready(self):
        from articles import search

        search.connect_signals()  # keep the full-text index current on one-row ORM writes
