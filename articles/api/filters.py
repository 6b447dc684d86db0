"""The filters of the API contract, one django-filter FilterSet per resource.

Every filter is validated by its form field, so a bad value is a 400 naming the parameter
(`{"published_after": ["Enter a valid date."]}`), never a 500. Names (`?source=`, `?entity=`,
`?keyword=`) are compared on their normalised form (`arabic.normalize`), aliases included, and
resolved to ids first: PostgreSQL plans a list for known ids, not for a subquery's guess.
"""

from django import forms
from django.db.models import Q
from django_filters import rest_framework as filters

from articles import curation, search
from articles.models import (
    Article,
    Entity,
    EntityAlias,
    Keyword,
    RelatedLink,
    Source,
    SourceAlias,
)
from articles.parsing.arabic import normalize

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
# `ordering` values; `-` is descending. Undated articles come last in both date orders.
ORDERINGS = {
    "-published_date": "newest first (undated last), then highest id",
    "published_date": "oldest first (undated last), then lowest id",
    "-id": "most recently imported first",
    "id": "first imported first",
    "rank": "best search hit first (the default with `q`; needs `q`)",
}
BOOLEAN_CHOICES = [("true", "true"), ("false", "false")]


class QueryField(forms.CharField):
    """A search query, read by `articles.search` (its QueryError is the parameter's 400)."""

    def clean(self, value):
        value = super().clean(value)
        if not value or not value.strip():
            return None
        try:
            return search.parse_query(value)
        except search.QueryError as error:
            raise forms.ValidationError(str(error)) from error


class SearchQueryFilter(filters.CharFilter):
    field_class = QueryField


class IntegerFilter(filters.NumberFilter):
    field_class = forms.IntegerField


def _id_or_key(value: str) -> tuple[int | None, str]:
    value = value.strip()
    # Past 18 digits no id exists (ids are 64-bit), and PostgreSQL would refuse the number.
    return (int(value), "") if value.isdigit() and len(value) <= 18 else (None, normalize(value))


def _named(model, aliases, value: str) -> list[int]:
    """The rows of `model` that `value` names: an id, or a name or alias (normalised)."""
    pk, key = _id_or_key(value)
    if pk is not None:
        return [pk]
    owner = f"{model._meta.model_name}_id"
    alias_owners = aliases.objects.filter(normalized_name=key).values(owner)
    return list(model.objects.filter(Q(normalized_name=key) | Q(id__in=alias_owners)).values_list("id", flat=True))


def entity_ids(value: str) -> list[int]:
    return _named(Entity, EntityAlias, value)


def source_ids(value: str) -> list[int]:
    return _named(Source, SourceAlias, value)


def keyword_ids(value: str) -> list[int]:
    pk, key = _id_or_key(value)
    if pk is not None:
        return [pk]
    return list(Keyword.objects.filter(normalized_name=key).values_list("id", flat=True))


class FilterSet(filters.FilterSet):
    """django-filter's FilterSet, building its form class once rather than on every request
    (a few milliseconds of a 20-row page; the fields depend on no request)."""

    _form_classes: dict = {}

    def get_form_class(self):
        cls = type(self)
        if cls not in FilterSet._form_classes:
            FilterSet._form_classes[cls] = super().get_form_class()
        return FilterSet._form_classes[cls]


class ArticleFilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("ordering") == "rank" and not cleaned.get("q"):
            self.add_error("ordering", "ordering=rank needs a search: add q=…")
        return cleaned


class ArticleFilter(FilterSet):
    q = SearchQueryFilter(
        method="filter_q",
        help_text="Full-text search, Arabic-normalised (hamza, ى/ي, ة/ه, tashkeel, clitics و ب ل ال). "
        'Words are ANDed; "a phrase"; -excluded; a OR b (or أو). Hits are ranked (title, names, body) '
        "and carry a `highlight` snippet with <mark>.",
    )
    source = filters.CharFilter(
        method="filter_source", help_text="A source's id, or its name or an alias (e.g. رويترز, Reuters)."
    )
    entity = filters.CharFilter(
        method="filter_entity", help_text="An entity's id, or its name or any of its aliases (e.g. داعش)."
    )
    entity_kind = filters.ChoiceFilter(
        choices=Entity.Kind.choices,
        method="filter_entity_kind",
        help_text="Articles that mention an entity of this kind.",
    )
    keyword = filters.CharFilter(method="filter_keyword", help_text="A keyword's id or its text (normalised).")
    published_after = filters.DateFilter(
        field_name="published_date", lookup_expr="gte", help_text="ISO date (YYYY-MM-DD), inclusive."
    )
    published_before = filters.DateFilter(
        field_name="published_date", lookup_expr="lte", help_text="ISO date (YYYY-MM-DD), inclusive."
    )
    status = filters.ChoiceFilter(choices=Article.Status.choices, help_text="Curation status.")
    appended = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES,
        method="filter_appended",
        help_text="true: only stories appended to another page (after إقرأ أيضاً); false: only host stories.",
    )
    ordering = filters.ChoiceFilter(
        choices=list(ORDERINGS.items()),
        method="keep",
        help_text="; ".join(f"`{key}`: {text}" for key, text in ORDERINGS.items())
        + ". Default: `rank` with q, else `-published_date`.",
    )
    page_size = IntegerFilter(
        method="keep",
        min_value=1,
        max_value=MAX_PAGE_SIZE,
        help_text=f"Results per page, 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}).",
    )

    class Meta:
        model = Article
        fields = []
        form = ArticleFilterForm

    def keep(self, queryset, name, value):
        return queryset  # read by the pagination, validated here

    def filter_q(self, queryset, name, value):
        return search.search(queryset, value) if value else queryset

    walk = None  # link rows the pagination may walk instead of the articles (curation.links_of_one)

    def filter_source(self, queryset, name, value):
        ids = source_ids(value)
        if self.walk is None:
            self.walk = curation.links_of_one(source_ids=ids)
        return curation.with_source(queryset, ids)

    def filter_entity(self, queryset, name, value):
        ids = entity_ids(value)
        links = curation.links_of_one(entity_ids=ids)
        if links is not None:
            self.walk = links  # an entity's articles are fewer than a source's: walk those
        return curation.with_entity(queryset, ids)

    def filter_entity_kind(self, queryset, name, value):
        return curation.with_entity_kind(queryset, value)

    def filter_keyword(self, queryset, name, value):
        return curation.with_keyword(queryset, keyword_ids(value))

    def filter_appended(self, queryset, name, value):
        return queryset.filter(appended_to__isnull=value != "true")


class EntityFilter(FilterSet):
    kind = filters.ChoiceFilter(choices=Entity.Kind.choices, help_text="PERSON, ORG or LOC.")
    status = filters.ChoiceFilter(choices=Entity.Status.choices, help_text="curated or discovered.")
    q = filters.CharFilter(
        method="filter_q", help_text="Part of the entity's name or of an alias, compared normalised."
    )

    class Meta:
        model = Entity
        fields = []

    def filter_q(self, queryset, name, value):
        key = normalize(value)
        return queryset.filter(
            Q(normalized_name__contains=key)
            | Q(id__in=EntityAlias.objects.filter(normalized_name__contains=key).values("entity_id"))
        )


class SourceFilter(FilterSet):
    kind = filters.ChoiceFilter(choices=Source.Kind.choices, help_text="agency or outlet.")
    country = filters.CharFilter(help_text="ISO 3166 code, e.g. IQ.")
    q = filters.CharFilter(method="filter_q", help_text="Part of the source's name or of an alias, normalised.")

    class Meta:
        model = Source
        fields = []

    def filter_q(self, queryset, name, value):
        key = normalize(value)
        return queryset.filter(
            Q(normalized_name__contains=key)
            | Q(id__in=SourceAlias.objects.filter(normalized_name__contains=key).values("source_id"))
        )


class KeywordFilter(FilterSet):
    q = filters.CharFilter(
        field_name="normalized_name", method="filter_q", help_text="Part of the keyword, compared normalised."
    )

    class Meta:
        model = Keyword
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(normalized_name__contains=normalize(value))


class RelatedLinkFilter(FilterSet):
    kind = filters.ChoiceFilter(choices=RelatedLink.Kind.choices, help_text="read_also, similar or related.")
    from_article = IntegerFilter(
        field_name="from_article_id", min_value=1, max_value=2**63 - 1, help_text="The article the link is on."
    )
    resolved = filters.ChoiceFilter(
        choices=BOOLEAN_CHOICES, method="filter_resolved", help_text="true: the headline matched a stored article."
    )

    class Meta:
        model = RelatedLink
        fields = []

    def filter_resolved(self, queryset, name, value):
        return queryset.filter(to_article__isnull=value != "true")
