"""Two shapes per resource: light for lists, complete for detail (DESIGN.md's field names).

Serializers read only what `get_queryset` loaded (`Article.objects.for_list()` / `for_detail()`),
so a page costs the same queries whatever its size. Staff-only fields (the verbatim raw text,
parse problems, provenance detail) are left out of the representation for everyone else.
"""

from django.utils.text import normalize_newlines
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from articles.api.permissions import is_staff
from articles.export import HEAD, head_of
from articles.models import Article, Entity, ImportFailure, ImportRun, Keyword, RelatedLink, Source
from articles.parsing.arabic import normalize


class StaffFieldsMixin:
    """Drops `Meta.staff_fields` unless the request is a staff user's."""

    def get_fields(self):
        fields = super().get_fields()
        request = self.context.get("request")
        # No request: the schema generator asks for every field (staff-only ones are optional).
        if request is not None and not is_staff(request):
            for name in getattr(self.Meta, "staff_fields", ()):
                fields.pop(name, None)
        return fields


class ArticleSourceSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="source_id", help_text="The source's id (`/api/sources/{id}/`).")
    name = serializers.CharField(source="source.name", help_text="The source's name as catalogued.")
    role = serializers.ChoiceField(
        choices=["publisher", "wire", "credit"], help_text="publisher, wire agency, or credited outlet."
    )


class ArticleListSerializer(serializers.ModelSerializer):
    sources = serializers.SerializerMethodField(help_text="The outlets and agencies the story names, with their role.")
    highlight = serializers.SerializerMethodField(
        help_text="With `q`: an HTML-safe snippet around the first hit, the hit in <mark>; else null."
    )

    class Meta:
        model = Article
        fields = [
            *HEAD,
            "status",
            "appended_to",
            "sources",
            "highlight",
        ]

    def to_representation(self, article):
        # The fields of Meta.fields, read directly: DRF's walk field by field cost more than the
        # page's queries. tests/test_api.py holds it equal to the generic representation.
        return {
            **head_of(article),
            "status": article.status,
            "appended_to": article.appended_to_id,
            "sources": self.get_sources(article),
            "highlight": self.get_highlight(article),
        }

    @extend_schema_field(ArticleSourceSerializer(many=True))
    def get_sources(self, article):
        # Read by the view in one query of tuples (`curation.sources_of`), not a model per link.
        return self.context["sources"].get(article.id, [])

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_highlight(self, article) -> str | None:
        return self.context.get("snippets", {}).get(article.id)


class MentionSerializer(serializers.Serializer):
    id = serializers.IntegerField(source="entity_id", help_text="The entity's id (`/api/entities/{id}/`).")
    name = serializers.CharField(source="entity.name")
    kind = serializers.ChoiceField(source="entity.kind", choices=Entity.Kind.choices)
    count = serializers.IntegerField(help_text="How many times the story names the entity.")


class LinkSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=RelatedLink.Kind.choices)
    title = serializers.CharField(source="headline", help_text="The headline as written in the dump.")
    url = serializers.URLField(allow_null=True, help_text="Null: dumps carry no URLs.")
    to_article = serializers.IntegerField(
        source="to_article_id", allow_null=True, help_text="The stored article the headline matched, if any."
    )


class OriginSerializer(serializers.Serializer):
    file = serializers.CharField(source="origin_file", help_text="The dump's file name.")
    sha256 = serializers.CharField(source="origin_sha256", help_text="SHA-256 of the dump file.")
    segment = serializers.IntegerField(required=False, help_text="Staff only. 0 = host story, 1+ = appended story.")
    content_hash = serializers.CharField(required=False, help_text="Staff only. SHA-256 of the normalised body.")

    def to_representation(self, article):
        data = {"file": article.origin_file, "sha256": article.origin_sha256}
        if is_staff(self.context.get("request")):
            data |= {"segment": article.segment, "content_hash": article.content_hash}
        return data


_DATETIME = serializers.DateTimeField()  # DRF's own format (ISO 8601, `Z` for UTC), without a field per use


class ArticleDetailSerializer(StaffFieldsMixin, ArticleListSerializer):
    keywords = serializers.SerializerMethodField(help_text="The keyword tags, as written.")
    entities = serializers.SerializerMethodField(help_text="Entities named in the story, most named first.")
    related_links = LinkSerializer(many=True, read_only=True)
    appended_stories = serializers.SerializerMethodField(help_text="Ids of the stories appended to this page.")
    origin = OriginSerializer(source="*", read_only=True)

    class Meta:
        model = Article
        fields = [
            *HEAD,
            "dateline_in_lead",
            "language",
            "body",
            "status",
            "appended_to",
            "appended_stories",
            "duplicate_of",
            "sources",
            "keywords",
            "entities",
            "related_links",
            "origin",
            "created_at",
            "updated_at",
            "raw_text",
            "parse_problems",
            "keywords_raw",
        ]
        staff_fields = ["raw_text", "parse_problems", "keywords_raw"]
        extra_kwargs = {
            "dateline_in_lead": {
                "help_text": "Whether the dateline opened the lead (`الرباط – …`), where it is story text, "
                "rather than a credit line of its own."
            },
            "raw_text": {"help_text": "Staff only. The segment of the dump exactly as read.", "required": False},
            "parse_problems": {"help_text": "Staff only. What the parser could not read.", "required": False},
            "keywords_raw": {"help_text": "Staff only. The keyword line as written.", "required": False},
        }

    def get_fields(self):
        fields = super().get_fields()
        fields.pop("highlight", None)
        return fields

    def to_representation(self, article):
        # As the list's: Meta.fields read directly, held equal to the generic walk by a test.
        data = {
            **head_of(article),
            "dateline_in_lead": article.dateline_in_lead,
            "language": article.language,
            "body": article.body,
            "status": article.status,
            "appended_to": article.appended_to_id,
            "appended_stories": self.get_appended_stories(article),
            "duplicate_of": article.duplicate_of_id,
            "sources": self.get_sources(article),
            "keywords": self.get_keywords(article),
            "entities": self.get_entities(article),
            "related_links": [
                {"kind": link.kind, "title": link.headline, "url": link.url, "to_article": link.to_article_id}
                for link in article.related_links.all()
            ],
            "origin": OriginSerializer(context=self.context).to_representation(article),
            "created_at": _DATETIME.to_representation(article.created_at),
            "updated_at": _DATETIME.to_representation(article.updated_at),
        }
        if is_staff(self.context.get("request")):
            data |= {
                "raw_text": article.raw_text,
                "parse_problems": article.parse_problems,
                "keywords_raw": article.keywords_raw,
            }
        return data

    def get_keywords(self, article) -> list[str]:
        return [keyword.name for keyword in sorted(article.keywords.all(), key=lambda k: (k.name, k.id))]

    @extend_schema_field(MentionSerializer(many=True))
    def get_entities(self, article):
        mentions = sorted(article.mentions.all(), key=lambda m: (-m.count, m.first_offset, m.entity_id))
        return [{"id": m.entity_id, "name": m.entity.name, "kind": m.entity.kind, "count": m.count} for m in mentions]

    def get_appended_stories(self, article) -> list[int]:
        return sorted(story.id for story in article.appended_stories.all())


class ArticleUpdateSerializer(serializers.Serializer):
    """What a curator may change; anything else sent is an error, not silently dropped."""

    title = serializers.CharField(max_length=500, required=False)
    published_date = serializers.DateField(allow_null=True, required=False)
    status = serializers.ChoiceField(choices=Article.Status.choices, required=False)
    duplicate_of = serializers.PrimaryKeyRelatedField(
        queryset=Article.objects.only("id"), allow_null=True, required=False, help_text="The original's id, or null."
    )
    keywords = serializers.ListField(
        child=serializers.CharField(max_length=200), required=False, help_text="Replaces the article's keyword tags."
    )

    def validate_title(self, value):
        value = " ".join(normalize_newlines(value).split())
        if not normalize(value):
            raise serializers.ValidationError("A title needs at least one letter or digit.")
        return value

    def validate_duplicate_of(self, value):
        if value is not None and self.instance is not None and value.pk == self.instance.pk:
            raise serializers.ValidationError("An article cannot be a duplicate of itself.")
        return value

    def validate(self, attrs):
        unknown = set(self.initial_data) - set(self.fields) if isinstance(self.initial_data, dict) else set()
        if unknown:
            raise serializers.ValidationError(
                {name: ["Not a curated field: it cannot be changed here."] for name in sorted(unknown)}
            )
        return attrs


class EntityListSerializer(serializers.ModelSerializer):
    class Meta:
        model = Entity
        fields = ["id", "name", "kind", "status"]


class EntityDetailSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField(help_text="Other names: `?entity=` on articles matches these too.")
    article_count = serializers.IntegerField(read_only=True, help_text="Articles that mention the entity.")

    class Meta:
        model = Entity
        fields = ["id", "name", "kind", "status", "description", "aliases", "article_count", "created_at", "updated_at"]

    def get_aliases(self, entity) -> list[str]:
        return sorted(alias.name for alias in entity.aliases.all())


class EntityUpdateSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=200, required=False)
    kind = serializers.ChoiceField(choices=Entity.Kind.choices, required=False)
    status = serializers.ChoiceField(choices=Entity.Status.choices, required=False)
    description = serializers.CharField(max_length=300, allow_blank=True, required=False)
    aliases = serializers.ListField(
        child=serializers.CharField(max_length=200), required=False, help_text="Replaces the entity's aliases."
    )

    def validate_name(self, value):
        if not normalize(value):
            raise serializers.ValidationError("A name needs at least one letter or digit.")
        return value

    def validate(self, attrs):
        entity = self.instance
        name = attrs.get("name", entity.name if entity else "")
        kind = attrs.get("kind", entity.kind if entity else "")
        twin = Entity.objects.filter(normalized_name=normalize(name), kind=kind)
        if entity is not None and twin.exclude(pk=entity.pk).exists():
            raise serializers.ValidationError(
                {"name": ["Another entity of this kind has this name: merge them instead."]}
            )
        for alias in attrs.get("aliases", []):
            if not normalize(alias):
                raise serializers.ValidationError({"aliases": [f"«{alias}»: an alias needs a letter or digit."]})
            if normalize(alias) == normalize(name):
                raise serializers.ValidationError({"aliases": [f"«{alias}» is the entity's own name."]})
        return attrs


class EntityMergeSerializer(serializers.Serializer):
    merge = serializers.PrimaryKeyRelatedField(
        queryset=Entity.objects.all(), many=True, help_text="Ids of the entities to fold into this one."
    )

    def validate_merge(self, value):
        if not value:
            raise serializers.ValidationError("Name at least one entity to merge.")
        return value


class MergeResultSerializer(serializers.Serializer):
    survivor = EntityDetailSerializer()
    merged = serializers.ListField(child=serializers.CharField())
    mentions_moved = serializers.IntegerField()
    mentions_combined = serializers.IntegerField()
    aliases_moved = serializers.IntegerField()


class SourceSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField(help_text="Other spellings, e.g. Reuters for رويترز.")

    class Meta:
        model = Source
        fields = ["id", "name", "kind", "url", "country", "aliases"]

    def get_aliases(self, source) -> list[str]:
        return sorted(alias.name for alias in source.aliases.all())


class KeywordSerializer(serializers.ModelSerializer):
    class Meta:
        model = Keyword
        fields = ["id", "name"]


class RelatedLinkSerializer(serializers.ModelSerializer):
    title = serializers.CharField(source="headline", help_text="The headline as written in the dump.")

    class Meta:
        model = RelatedLink
        fields = ["id", "from_article", "kind", "title", "url", "position", "to_article"]


class ImportFailureSerializer(serializers.ModelSerializer):
    class Meta:
        model = ImportFailure
        fields = ["path", "reason"]


class ImportRunSerializer(serializers.ModelSerializer):
    failures = ImportFailureSerializer(many=True, read_only=True)

    class Meta:
        model = ImportRun
        fields = [
            "id",
            "started_at",
            "finished_at",
            "paths",
            "dry_run",
            "reparse",
            "files_total",
            "files_failed",
            "articles_created",
            "articles_unchanged",
            "articles_updated",
            "links_resolved",
            "failures",
        ]
