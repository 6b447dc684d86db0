"""The curators' desk: the Django admin in Arabic, right to left, over the curation services.

Every write goes through a service (`articles.curation`, `articles.entities`, `articles.importing`);
the admin reads the request, calls one, and reports. Lists cost a constant number of queries
whatever the page size (tests/test_admin.py counts them), and no list counts a million rows.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.options import IncorrectLookupParameters
from django.contrib.admin.views.main import ORDER_VAR, SEARCH_VAR, ChangeList
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import models
from django.db.models import Q
from django.forms.models import BaseInlineFormSet
from django.http import StreamingHttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin

from articles import curation, entities, export, search
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
from articles.pagination import EstimatedCountPaginator
from articles.parsing.arabic import normalize

admin.site.site_header = _("newsdb: the curators' desk")
admin.site.site_title = _("newsdb")
admin.site.index_title = _("Archive")

# Set on an intermediate page's form: the curator confirmed, the action runs.
APPLY = "apply"


def _change_link(obj, text=None):
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, text if text is not None else obj)


def _selected(request):
    """The ids an action was applied to, for the intermediate page to send back."""
    return request.POST.getlist(ACTION_CHECKBOX_NAME)


class ReadOnlyAdmin(admin.ModelAdmin):
    """Records written by the importer: viewable, never edited by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class BaselineHistoryAdmin(SimpleHistoryAdmin):
    """History, revertible from the object's page, also for rows the importer wrote without history."""

    def save_model(self, request, obj, form, change):
        if change:
            curation.record_baseline(self.model.objects.filter(pk=obj.pk))
        super().save_model(request, obj, form, change)


class LabelsMixin:
    """Labels for relation fields the models leave unnamed (their names would show in English)."""

    field_labels = {
        "keywords": _("keywords"),
        "source": _("source"),
        "entity": _("entity"),
        "article": _("article"),
        "from_article": _("article"),
    }

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if db_field.name in self.field_labels:
            kwargs.setdefault("label", self.field_labels[db_field.name])
        return super().formfield_for_dbfield(db_field, request, **kwargs)


class CachedChoicesMixin:
    """A small table's choices read once per page, not once per inline row (Django reads them per form)."""

    cached_choice_fields: tuple[str, ...] = ()

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name in self.cached_choice_fields and request is not None:
            cache = request.__dict__.setdefault("_cached_choices", {})
            key = (self.model, db_field.name)
            if key not in cache:
                cache[key] = list(field.choices)
            field.choices = cache[key]
        return field


# Sources, keywords ----------------------------------------------------------------------------


class SourceAliasInline(admin.TabularInline):
    model = SourceAlias
    fields = ["name"]
    extra = 0


# An outlet's address typed without a scheme is read as https, Django 6's default; saying so here
# keeps Django 5.2 from warning on every form with a URL.
URL_FORM_FIELD = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Source)
class SourceAdmin(BaselineHistoryAdmin):
    list_display = ["name", "kind", "country", "url", "articles_link"]
    formfield_overrides = URL_FORM_FIELD
    list_filter = ["kind", "country"]
    search_fields = ["name", "normalized_name", "aliases__normalized_name"]
    readonly_fields = ["normalized_name"]
    inlines = [SourceAliasInline]

    @admin.display(description=_("articles"))
    def articles_link(self, source):
        url = reverse("admin:articles_article_changelist") + "?" + urlencode({SourceFilter.parameter_name: source.pk})
        return format_html('<a href="{}">{}</a>', url, _("articles"))


@admin.register(Keyword)
class KeywordAdmin(admin.ModelAdmin):
    list_display = ["name", "normalized_name"]
    search_fields = ["name", "normalized_name"]
    readonly_fields = ["normalized_name"]


# Entities -------------------------------------------------------------------------------------


class EntityAliasFormSet(BaseInlineFormSet):
    """Aliases added or removed on an entity's page go through the alias services (history records them)."""

    user = None

    def save_new(self, form, commit=True):
        return entities.add_alias(self.instance, form.cleaned_data["name"], user=self.user)

    def delete_existing(self, obj, commit=True):
        if commit:
            entities.remove_alias(self.instance, obj.name, user=self.user)


class EntityAliasInline(admin.TabularInline):
    model = EntityAlias
    formset = EntityAliasFormSet
    fields = ["name"]
    extra = 0


class MergeForm(forms.Form):
    survivor = forms.ModelChoiceField(
        queryset=Entity.objects.all(), widget=forms.RadioSelect, label=_("Keep"), empty_label=None
    )


@admin.register(Entity)
class EntityAdmin(BaselineHistoryAdmin):
    list_display = ["name", "kind", "status", "article_count", "alias_list", "articles_link"]
    list_filter = ["kind", "status"]
    search_fields = ["name", "normalized_name", "aliases__normalized_name"]
    readonly_fields = ["normalized_name", "created_at", "updated_at", "articles_link"]
    inlines = [EntityAliasInline]
    actions = ["merge"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "articles_entity_changelist":
            return curation.entities_for_desk(queryset)
        return queryset

    def get_search_results(self, request, queryset, search_term):
        # Typed as a curator types (hamza, ى, tashkeel): matched on the normalised names too.
        term = search_term.strip()
        if not term:
            return queryset, False
        key = normalize(term)
        found = queryset.filter(
            Q(name__icontains=term)
            | Q(normalized_name__contains=key)
            | Q(pk__in=EntityAlias.objects.filter(normalized_name__contains=key).values("entity_id"))
        )
        return found, False

    @admin.display(description=_("articles"))
    def article_count(self, entity):
        return entity.article_count

    @admin.display(description=_("aliases"))
    def alias_list(self, entity):
        return "، ".join(alias.name for alias in entity.aliases.all())

    @admin.display(description=_("articles"))
    def articles_link(self, entity):
        url = reverse("admin:articles_article_changelist") + "?" + urlencode({EntityFilter.parameter_name: entity.pk})
        return format_html('<a href="{}">{}</a>', url, _("Articles mentioning it"))

    def save_formset(self, request, form, formset, change):
        formset.user = request.user
        super().save_formset(request, form, formset, change)

    @admin.action(description=_("Merge the selected entities…"), permissions=["change", "delete"])
    def merge(self, request, queryset):
        chosen = list(queryset.order_by("id"))
        if len(chosen) < 2:
            self.message_user(request, _("Select at least two entities to merge."), messages.WARNING)
            return None
        preview = curation.merge_preview(chosen)
        form = MergeForm(request.POST if APPLY in request.POST else None, initial={"survivor": preview[0].entity.pk})
        form.fields["survivor"].queryset = queryset
        if form.is_valid():
            survivor = form.cleaned_data["survivor"]
            result = entities.merge_entities(survivor, [e for e in chosen if e.pk != survivor.pk], user=request.user)
            self.message_user(
                request,
                _(
                    "Merged %(merged)s into %(survivor)s: %(moved)d mentions moved, %(combined)d combined, "
                    "%(aliases)d aliases added."
                )
                % {
                    "merged": "، ".join(result.merged),
                    "survivor": survivor.name,
                    "moved": result.mentions_moved,
                    "combined": result.mentions_combined,
                    "aliases": result.aliases_moved,
                },
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge entities"),
            "opts": self.model._meta,
            "preview": preview,
            "form": form,
            "selected": _selected(request),
            "action": "merge",
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "apply": APPLY,
        }
        return TemplateResponse(request, "admin/articles/entity/merge.html", context)


# Articles -------------------------------------------------------------------------------------


class SourceFilter(admin.SimpleListFilter):
    title = _("source")
    parameter_name = "source"

    def lookups(self, request, model_admin):
        return list(Source.objects.order_by("name", "id").values_list("id", "name"))

    def queryset(self, request, queryset):
        if self.value():
            return curation.with_source(queryset, [_int_parameter(self.parameter_name, self.value())])
        return queryset


class EntityFilter(admin.SimpleListFilter):
    """`?entity=ID`, the link on an entity's page; the side bar names only the chosen entity."""

    title = _("entity")
    parameter_name = "entity"

    def lookups(self, request, model_admin):
        if not self.value():
            return []
        chosen = Entity.objects.filter(pk=_int_parameter(self.parameter_name, self.value()))
        return list(chosen.values_list("id", "name"))

    def has_output(self):
        return bool(self.value())

    def queryset(self, request, queryset):
        if self.value():
            return curation.with_entity(queryset, [_int_parameter(self.parameter_name, self.value())])
        return queryset


class EntityKindFilter(admin.SimpleListFilter):
    title = _("entity kind")
    parameter_name = "entity_kind"

    def lookups(self, request, model_admin):
        return Entity.Kind.choices

    def queryset(self, request, queryset):
        if self.value() in Entity.Kind.values:
            return curation.with_entity_kind(queryset, self.value())
        return queryset


class HasAppendedFilter(admin.SimpleListFilter):
    title = _("has appended stories")
    parameter_name = "has_appended"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() in ("yes", "no"):
            return curation.with_appended(queryset, self.value() == "yes")
        return queryset


def _int_parameter(name, value):
    try:
        return int(value)
    except (TypeError, ValueError):
        raise IncorrectLookupParameters(f"{name}={value!r}: expected an id") from None


class ArticleSourceInline(LabelsMixin, CachedChoicesMixin, admin.TabularInline):
    model = ArticleSource
    cached_choice_fields = ("source",)
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source")  # each row's title names its source


class MentionFormSet(BaseInlineFormSet):
    """Removing a mention goes through `remove_mention`: re-extraction must not put it back."""

    def delete_existing(self, obj, commit=True):
        if commit:
            entities.remove_mention(self.instance, obj.entity)


class AddMentionFormSet(BaseInlineFormSet):
    """Adding one goes through `add_mention`: re-extraction keeps it."""

    def save_new(self, form, commit=True):
        return entities.add_mention(self.instance, form.cleaned_data["entity"])


class MentionInline(admin.TabularInline):
    """The mentions as extraction or a curator left them; a ticked one is removed for good."""

    model = Mention
    formset = MentionFormSet
    fields = ["entity_link", "kind", "count", "surface_forms", "first_offset", "origin"]
    readonly_fields = fields
    extra = 0
    max_num = 0  # added below, through add_mention
    verbose_name_plural = _("mentions")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("entity").order_by("first_offset", "id")

    @admin.display(description=_("entity"))
    def entity_link(self, mention):
        return _change_link(mention.entity)

    @admin.display(description=_("kind"))
    def kind(self, mention):
        return mention.entity.get_kind_display()


class AddMentionInline(LabelsMixin, admin.TabularInline):
    model = Mention
    formset = AddMentionFormSet
    fields = ["entity"]
    autocomplete_fields = ["entity"]
    extra = 1
    can_delete = False
    verbose_name = _("mention to add")
    verbose_name_plural = _("add mentions")

    def get_queryset(self, request):
        return super().get_queryset(request).none()

    def has_change_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)


class RelatedLinkInline(admin.TabularInline):
    model = RelatedLink
    fk_name = "from_article"
    fields = ["kind", "position", "headline", "target"]
    readonly_fields = ["target"]
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("to_article")

    @admin.display(description=_("target article"))
    def target(self, link):
        if link.pk is None:
            return "—"
        resolve = _change_link(link, _("choose…"))
        if link.to_article_id is None:
            return format_html("{} {}", _("unresolved"), resolve)
        return format_html("{} ({})", _change_link(link.to_article), resolve)


class RankedChangeList(ChangeList):
    """A search lists the best hits first (articles.search's rank), unless a column is clicked."""

    def get_ordering(self, request, queryset):
        if ORDER_VAR not in self.params and "rank" in queryset.query.annotations:
            return list(queryset.query.order_by)  # as search() ordered it
        return super().get_ordering(request, queryset)


class DuplicateForm(forms.Form):
    original = forms.ModelChoiceField(
        queryset=Article.objects.all(),
        label=_("Original article"),
        widget=AutocompleteSelect(Article._meta.get_field("duplicate_of"), admin.site),
    )


@admin.register(Article)
class ArticleAdmin(LabelsMixin, BaselineHistoryAdmin):
    list_display = ["title", "publisher", "published_date", "status", "entity_count", "host_or_appended"]
    list_filter = [
        "status",
        SourceFilter,
        ("published_date", admin.DateFieldListFilter),
        EntityKindFilter,
        HasAppendedFilter,
        "title_inferred",
        ("appended_to", admin.EmptyFieldListFilter),
        EntityFilter,
    ]
    # Shows the search box; get_search_results hands the words to articles.search.
    search_fields = ["title"]
    search_help_text = _('All words must match. "a phrase", -excluded word, either OR or.')
    autocomplete_fields = ["appended_to", "duplicate_of", "keywords"]
    readonly_fields = [
        "raw_text_block",
        "appended_stories_links",
        "origin_file",
        "origin_sha256",
        "segment",
        "parse_problems",
        "content_hash",
        "created_at",
        "updated_at",
    ]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "title_inferred",
                    "published_date",
                    ("dateline_place", "dateline_in_lead"),
                    "author",
                    "status",
                ]
            },
        ),
        (
            _("Text"),
            {
                "fields": [("body", "raw_text_block"), "keywords", "keywords_raw"],
                "description": _("The cleaned body beside the text exactly as the dump had it."),
                "classes": ["article-text"],
            },
        ),
        (_("Links"), {"fields": ["appended_to", "appended_stories_links", "duplicate_of"]}),
        (
            _("Provenance"),
            {
                "fields": [
                    "origin_file",
                    "origin_sha256",
                    "segment",
                    "content_hash",
                    "parse_problems",
                    "created_at",
                    "updated_at",
                ],
                "classes": ["collapse"],
            },
        ),
    ]
    inlines = [ArticleSourceInline, MentionInline, AddMentionInline, RelatedLinkInline]
    actions = ["mark_reviewed", "mark_rejected", "mark_duplicate", "reparse", "reextract", "export_csv", "export_json"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False  # no COUNT(*) over the whole archive on every page

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.resolver_match and request.resolver_match.url_name == "articles_article_changelist":
            return curation.articles_for_desk(queryset)
        return queryset

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

    # Columns

    @admin.display(description=_("publisher"))
    def publisher(self, article):
        # From the prefetched sources (articles_for_desk): no query per row.
        names = [s.source.name for s in article.article_sources.all() if s.role == ArticleSource.Role.PUBLISHER]
        return "، ".join(names) or "—"

    @admin.display(description=_("entities"))
    def entity_count(self, article):
        return article.entity_count

    @admin.display(description=_("host or appended"))
    def host_or_appended(self, article):
        if article.appended_to_id:
            return format_html(
                "↳ {}", _change_link(article.appended_to, Truncator(article.appended_to.title).chars(40))
            )
        if article.appended_count:
            url = reverse("admin:articles_article_changelist") + "?" + urlencode({"appended_to__exact": article.pk})
            text = ngettext("host · %d appended", "host · %d appended", article.appended_count) % article.appended_count
            return format_html('<a href="{}">{}</a>', url, text)
        return _("host")

    # Change page

    @admin.display(description=_("raw text as read"))
    def raw_text_block(self, article):
        return format_html('<pre class="raw-text" dir="rtl" lang="ar">{}</pre>', article.raw_text)

    @admin.display(description=_("appended stories"))
    def appended_stories_links(self, article):
        stories = list(article.appended_stories.order_by("segment", "id"))
        if not stories:
            return "—"
        return format_html_join(mark_safe("<br>"), "↳ {}", ((_change_link(story),) for story in stories))

    # Actions

    @admin.action(description=_("Mark as reviewed"), permissions=["change"])
    def mark_reviewed(self, request, queryset):
        n = curation.set_status(articles=queryset, status=Article.Status.REVIEWED, user=request.user)
        self.message_user(request, ngettext("%d article marked reviewed.", "%d articles marked reviewed.", n) % n)

    @admin.action(description=_("Mark as rejected"), permissions=["change"])
    def mark_rejected(self, request, queryset):
        n = curation.set_status(articles=queryset, status=Article.Status.REJECTED, user=request.user)
        self.message_user(request, ngettext("%d article marked rejected.", "%d articles marked rejected.", n) % n)

    @admin.action(description=_("Mark as duplicate of…"), permissions=["change"])
    def mark_duplicate(self, request, queryset):
        chosen = list(queryset.order_by("id")[:101])
        form = DuplicateForm(request.POST if APPLY in request.POST else None, initial={"original": chosen[0].pk})
        if form.is_valid():
            original = form.cleaned_data["original"]
            n = curation.mark_duplicates(articles=queryset, original=original, user=request.user)
            self.message_user(
                request,
                ngettext(
                    "%(n)d article marked as a duplicate of «%(original)s».",
                    "%(n)d articles marked as duplicates of «%(original)s».",
                    n,
                )
                % {"n": n, "original": original},
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Mark as duplicate of…"),
            "opts": self.model._meta,
            "articles": chosen[:100],
            "more": len(chosen) > 100,
            "form": form,
            "media": self.media + form.media,
            "selected": _selected(request),
            "action": "mark_duplicate",
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "apply": APPLY,
        }
        return TemplateResponse(request, "admin/articles/article/mark_duplicate.html", context)

    @admin.action(description=_("Re-parse from the raw text"), permissions=["change"])
    def reparse(self, request, queryset):
        run = curation.reparse(articles=queryset)
        self.message_user(
            request,
            _("Re-parsed: %(updated)d changed, %(unchanged)d unchanged (reviewed and rejected articles are kept).")
            % {"updated": run.articles_updated, "unchanged": run.articles_unchanged},
        )

    @admin.action(description=_("Re-extract entities"), permissions=["change"])
    def reextract(self, request, queryset):
        n = curation.reextract(articles=queryset)
        self.message_user(request, _("Entities re-extracted: %(n)d mentions.") % {"n": n})

    @admin.action(description=_("Export selected as CSV"), permissions=["view"])
    def export_csv(self, request, queryset):
        return _attachment(export.csv_lines(queryset), "articles.csv", "text/csv; charset=utf-8")

    @admin.action(description=_("Export selected as JSON"), permissions=["view"])
    def export_json(self, request, queryset):
        return _attachment(export.json_lines(queryset), "articles.json", "application/json; charset=utf-8")


def _attachment(lines, filename, content_type):
    response = StreamingHttpResponse(lines, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# Links, imports -------------------------------------------------------------------------------


@admin.register(RelatedLink)
class RelatedLinkAdmin(LabelsMixin, admin.ModelAdmin):
    list_display = ["headline", "kind", "from_article", "to_article"]
    formfield_overrides = URL_FORM_FIELD
    list_filter = ["kind", ("to_article", admin.EmptyFieldListFilter)]
    list_select_related = ["from_article", "to_article"]
    autocomplete_fields = ["from_article", "to_article"]
    search_fields = ["headline", "headline_key"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False


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
        "articles_updated",
        "dry_run",
        "reparse",
    ]
    list_filter = ["dry_run", "reparse"]
    inlines = [ImportFailureInline]


@admin.register(ArticleSource)
class ArticleSourceAdmin(LabelsMixin, CachedChoicesMixin, admin.ModelAdmin):
    list_display = ["article", "source", "role"]
    list_filter = ["role"]
    list_select_related = ["article", "source"]
    autocomplete_fields = ["article", "source"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False


@admin.register(Mention)
class MentionAdmin(LabelsMixin, admin.ModelAdmin):
    list_display = ["entity", "article", "count", "first_offset", "origin"]
    list_filter = ["entity__kind", "origin"]
    list_select_related = ["entity", "article"]
    autocomplete_fields = ["article", "entity"]
    paginator = EstimatedCountPaginator
    show_full_result_count = False

    def delete_model(self, request, obj):
        entities.remove_mention(obj.article, obj.entity)

    def delete_queryset(self, request, queryset):
        for mention in queryset.select_related("article", "entity"):
            entities.remove_mention(mention.article, mention.entity)


@admin.register(SourceAlias)
class SourceAliasAdmin(LabelsMixin, admin.ModelAdmin):
    list_display = ["name", "source"]
    list_select_related = ["source"]
    search_fields = ["name", "normalized_name"]
    autocomplete_fields = ["source"]


@admin.register(EntityAlias)
class EntityAliasAdmin(LabelsMixin, admin.ModelAdmin):
    list_display = ["name", "entity"]
    list_select_related = ["entity"]
    search_fields = ["name", "normalized_name"]
    autocomplete_fields = ["entity"]


@admin.register(ImportFailure)
class ImportFailureAdmin(ReadOnlyAdmin):
    list_display = ["path", "reason", "run"]
    list_select_related = ["run"]
