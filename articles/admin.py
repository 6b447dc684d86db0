"""The curators' desk. A first cut: every model listed with what a curator scans for; the full
desk (actions, search, history views) builds on the same services."""

from django.contrib import admin, messages
from django.contrib.admin.views.main import ORDER_VAR, SEARCH_VAR, ChangeList
from django.db.models import Count
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from articles import search
from articles.models import (
    Article,
    ArticleSource,
    Entity,
    EntityAlias,
    ImportFailure,
    ImportRun,
    Keyword,
    Mention,
    RelatedLink,
    Source,
    SourceAlias,
)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the importer: viewable, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    fields = ["name"]
    extra = 0


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "url"]
    list_filter = ["kind", "country"]
    search_fields = ["name", "normalized_name", "aliases__normalized_name"]
    readonly_fields = ["normalized_name"]
    inlines = [SourceAliasInline]


class EntityAliasInline(admin.TabularInline):
    model = EntityAlias
    fields = ["name"]
    extra = 0


@admin.register(Entity)
class EntityAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "status", "article_count"]
    list_filter = ["kind", "status"]
    search_fields = ["name", "normalized_name", "aliases__normalized_name"]
    readonly_fields = ["normalized_name", "created_at", "updated_at"]
    inlines = [EntityAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("mentions"))

    @admin.display(description=_("articles"), ordering="article_count")
    def article_count(self, entity):
        return entity.article_count


@admin.register(Keyword)
class KeywordAdmin(admin.ModelAdmin):
    list_display = ["name", "normalized_name"]
    search_fields = ["name", "normalized_name"]
    readonly_fields = ["normalized_name"]


class ArticleSourceInline(admin.TabularInline):
    model = ArticleSource
    autocomplete_fields = ["source"]
    extra = 0


class RelatedLinkInline(admin.TabularInline):
    model = RelatedLink
    fk_name = "from_article"
    fields = ["kind", "position", "headline", "to_article"]
    raw_id_fields = ["to_article"]
    extra = 0


class MentionInline(admin.TabularInline):
    model = Mention
    fields = ["entity", "count", "surface_forms", "first_offset"]
    autocomplete_fields = ["entity"]
    extra = 0


class RankedChangeList(ChangeList):
    """A search lists the best hits first (articles.search's rank), unless a column is clicked."""

    def get_ordering(self, request, queryset):
        if ORDER_VAR not in self.params and "rank" in queryset.query.annotations:
            return list(queryset.query.order_by)  # as search() ordered it
        return super().get_ordering(request, queryset)


@admin.register(Article)
class ArticleAdmin(SimpleHistoryAdmin):
    list_display = ["title", "published_date", "dateline_place", "status", "appended_to", "origin_file"]
    list_filter = ["status", "title_inferred", ("appended_to", admin.EmptyFieldListFilter)]
    list_select_related = ["appended_to"]
    # Shows the search box; get_search_results hands the words to articles.search.
    search_fields = ["title"]
    search_help_text = _('All words must match. "a phrase", -excluded word, either OR or.')
    date_hierarchy = "published_date"
    raw_id_fields = ["appended_to", "duplicate_of"]
    filter_horizontal = ["keywords"]
    readonly_fields = [
        "origin_file",
        "origin_sha256",
        "segment",
        "raw_text",
        "parse_problems",
        "content_hash",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (None, {"fields": ["title", "title_inferred", "published_date", "dateline_place", "author", "status"]}),
        (_("Text"), {"fields": ["body", "keywords", "keywords_raw"]}),
        (_("Links"), {"fields": ["appended_to", "duplicate_of"]}),
        (
            _("Provenance"),
            {
                "fields": [
                    "origin_file",
                    "origin_sha256",
                    "segment",
                    "content_hash",
                    "parse_problems",
                    "raw_text",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
    ]
    inlines = [ArticleSourceInline, MentionInline, RelatedLinkInline]
    show_full_result_count = False  # no COUNT(*) over the whole archive on every page

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        try:
            found = search.search(queryset, search_term)
        except search.QueryError as error:
            self.message_user(request, _("Search: %(error)s") % {"error": error}, messages.ERROR)
            return queryset.none(), False
        if not found.exists() and (suggestion := search.did_you_mean(search_term)):
            link = format_html('<a href="?{}">{}</a>', urlencode({SEARCH_VAR: suggestion}), suggestion)
            self.message_user(request, format_html("{} {}", _("Nothing found. Did you mean:"), link), messages.INFO)
        return found, False

    def get_changelist(self, request, **kwargs):
        return RankedChangeList

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Keywords and inline mentions are saved after the article: index what the curator saw.
        search.index_articles([form.instance.pk])


@admin.register(RelatedLink)
class RelatedLinkAdmin(admin.ModelAdmin):
    list_display = ["headline", "kind", "from_article", "to_article"]
    list_filter = ["kind", ("to_article", admin.EmptyFieldListFilter)]
    list_select_related = ["from_article", "to_article"]
    raw_id_fields = ["from_article", "to_article"]
    search_fields = ["headline", "headline_key"]


class ImportFailureInline(admin.TabularInline):
    model = ImportFailure
    fields = ["path", "reason"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(ImportRun)
class ImportRunAdmin(ReadOnlyAdmin):
    list_display = [
        "__str__",
        "files_total",
        "files_failed",
        "articles_created",
        "articles_unchanged",
        "dry_run",
        "reparse",
    ]
    inlines = [ImportFailureInline]


@admin.register(ArticleSource)
class ArticleSourceAdmin(admin.ModelAdmin):
    list_display = ["article", "source", "role"]
    list_filter = ["role"]
    list_select_related = ["article", "source"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["source"]


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ["entity", "article", "count", "first_offset"]
    list_filter = ["entity__kind"]
    list_select_related = ["entity", "article"]
    raw_id_fields = ["article"]
    autocomplete_fields = ["entity"]


@admin.register(SourceAlias)
class SourceAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "source"]
    list_select_related = ["source"]
    search_fields = ["name", "normalized_name"]
    autocomplete_fields = ["source"]


@admin.register(EntityAlias)
class EntityAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "entity"]
    list_select_related = ["entity"]
    search_fields = ["name", "normalized_name"]
    autocomplete_fields = ["entity"]


@admin.register(ImportFailure)
class ImportFailureAdmin(ReadOnlyAdmin):
    list_display = ["path", "reason", "run"]
    list_select_related = ["run"]
