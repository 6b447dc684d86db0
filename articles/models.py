"""The archive's schema. The database keeps the rules: unique keys make re-import a no-op, and every
filter of the API contract has the index it needs (named `<model>_<filter>_idx`).
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import F, OuterRef, Prefetch, Q, Subquery
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from articles.parsing.arabic import normalize


class NaturalKeyManager(models.Manager):
    """Fixtures name rows by their normalised name, so `loaddata` updates instead of duplicating."""

    def get_by_natural_key(self, normalized_name):
        return self.get(normalized_name=normalized_name)


class NamedModel(models.Model):
    """A name as written and its normalised key, kept in step on every save (admin, API, services)."""

    name = models.CharField(_("name"), max_length=200)
    normalized_name = models.CharField(_("normalised name"), max_length=200)

    class Meta:
        abstract = True
        ordering = ["name", "id"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.normalized_name = normalize(self.name)
        super().save(*args, **kwargs)


class Source(NamedModel):
    class Kind(models.TextChoices):
        AGENCY = "agency", _("news agency")
        OUTLET = "outlet", _("outlet")

    normalized_name = models.CharField(_("normalised name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind, default=Kind.OUTLET)
    url = models.URLField(_("URL"), blank=True)
    country = models.CharField(_("country"), max_length=2, blank=True, help_text=_("ISO 3166 code"))

    objects = NaturalKeyManager()
    history = HistoricalRecords()

    class Meta(NamedModel.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def natural_key(self):
        return (self.normalized_name,)


class SourceAlias(NamedModel):
    """Another spelling of a source: `وكالة رويترز` and `Reuters` are `رويترز`."""

    source = models.ForeignKey(Source, models.CASCADE, related_name="aliases")
    normalized_name = models.CharField(_("normalised name"), max_length=200, unique=True)

    objects = NaturalKeyManager()

    class Meta(NamedModel.Meta):
        verbose_name = _("source alias")
        verbose_name_plural = _("source aliases")

    def natural_key(self):
        return (self.normalized_name,)


class Keyword(NamedModel):
    normalized_name = models.CharField(_("normalised name"), max_length=200, unique=True)

    class Meta(NamedModel.Meta):
        verbose_name = _("keyword")
        verbose_name_plural = _("keywords")


class EntityManager(models.Manager):
    def get_by_natural_key(self, normalized_name, kind):
        return self.get(normalized_name=normalized_name, kind=kind)


class EntityAliasManager(models.Manager):
    def get_by_natural_key(self, normalized_name, entity_normalized_name, entity_kind):
        return self.get(
            normalized_name=normalized_name,
            entity__normalized_name=entity_normalized_name,
            entity__kind=entity_kind,
        )


class Entity(NamedModel):
    class Kind(models.TextChoices):
        PERSON = "PERSON", _("person")
        ORG = "ORG", _("organisation")
        LOC = "LOC", _("location")

    class Status(models.TextChoices):
        CURATED = "curated", _("curated")
        DISCOVERED = "discovered", _("discovered")

    kind = models.CharField(_("kind"), max_length=6, choices=Kind)
    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.CURATED)
    description = models.CharField(_("description"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = EntityManager()
    history = HistoricalRecords()

    class Meta(NamedModel.Meta):
        verbose_name = _("entity")
        verbose_name_plural = _("entities")
        constraints = [
            # One person may share a name with a place (صلاح الدين), never with another person.
            models.UniqueConstraint(fields=["normalized_name", "kind"], name="entity_name_kind_uniq"),
        ]
        indexes = [models.Index(fields=["kind", "status"], name="entity_kind_status_idx")]  # ?kind

    def natural_key(self):
        return (self.normalized_name, self.kind)


class EntityAlias(NamedModel):
    """Another name of an entity (`داعش` for `تنظيم الدولة الإسلامية`); `?entity=` matches these too."""

    entity = models.ForeignKey(Entity, models.CASCADE, related_name="aliases")

    objects = EntityAliasManager()

    class Meta(NamedModel.Meta):
        verbose_name = _("entity alias")
        verbose_name_plural = _("entity aliases")
        constraints = [
            models.UniqueConstraint(fields=["entity", "normalized_name"], name="entityalias_uniq"),
        ]
        indexes = [models.Index(fields=["normalized_name"], name="entityalias_name_idx")]  # ?entity=name

    def natural_key(self):
        return (self.normalized_name, *self.entity.natural_key())

    natural_key.dependencies = ["articles.entity"]


class ArticleQuerySet(models.QuerySet):
    def hosts(self):
        return self.filter(appended_to__isnull=True)

    def for_list(self):
        # Each Prefetch stops the N+1 a list of articles with their sources would run.
        return self.select_related("appended_to").prefetch_related(
            Prefetch("article_sources", ArticleSource.objects.select_related("source"))
        )

    def copy_dates_to_links(self) -> int:
        """Copy these articles' dates onto their mentions and source rows; returns the rows written.

        The importer writes the copies with the rows; a date changed later (a curator's edit, a
        re-parse) is copied by this, called from `Article.save` and by the bulk writers.
        """
        date = Subquery(Article.objects.filter(pk=OuterRef("article_id")).values("published_date")[:1])
        ids = self.values("pk")
        return sum(
            model.objects.filter(article__in=ids).update(published_date=date) for model in (Mention, ArticleSource)
        )

    def for_detail(self):
        # Sources come from `curation.sources_of`, as on a list page; `appended_to` is shown as an id.
        return self.prefetch_related(
            "keywords",
            Prefetch("related_links", RelatedLink.objects.order_by("kind", "position")),
            Prefetch("mentions", Mention.objects.select_related("entity")),
            # Their ids, not their bodies and raw text: a detail page links to them.
            Prefetch("appended_stories", Article.objects.only("id", "appended_to")),
        )


class Article(models.Model):
    class Status(models.TextChoices):
        NEW = "new", _("new")
        REVIEWED = "reviewed", _("reviewed")
        REJECTED = "rejected", _("rejected")

    title = models.CharField(_("title"), max_length=500)
    title_inferred = models.BooleanField(
        _("title inferred"), default=False, help_text=_("The dump had no title line: the lead sentence stands in.")
    )
    # Normalised title: what a related headline is matched against.
    title_key = models.CharField(max_length=500, editable=False, db_index=False)
    body = models.TextField(_("body"))
    published_date = models.DateField(_("publication date"), null=True, blank=True)
    dateline_place = models.CharField(_("dateline place"), max_length=100, blank=True)
    dateline_in_lead = models.BooleanField(
        _("dateline opens the lead"),
        default=False,
        help_text=_("The place opened the lead paragraph (story text), not a stand-alone credit line."),
    )
    author = models.CharField(_("author"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=8, default="ar")
    sources = models.ManyToManyField(Source, through="ArticleSource", related_name="articles")
    keywords = models.ManyToManyField(Keyword, blank=True, related_name="articles")
    keywords_raw = models.TextField(_("keyword line as written"), blank=True)
    entities = models.ManyToManyField(Entity, through="Mention", related_name="articles")
    appended_to = models.ForeignKey(
        "self",
        models.CASCADE,
        null=True,
        blank=True,
        related_name="appended_stories",
        verbose_name=_("appended to"),
        help_text=_("The host page this story was glued onto."),
    )

    # Provenance: where the article came from, exactly as read.
    origin_file = models.CharField(_("origin file"), max_length=500)
    origin_sha256 = models.CharField(_("file SHA-256"), max_length=64)
    segment = models.PositiveSmallIntegerField(_("segment"), default=0, help_text=_("0 = host story"))
    raw_text = models.TextField(_("raw text"))
    # What the parser could not read in this segment, one line each, for a curator to check.
    parse_problems = models.JSONField(_("parse problems"), default=list, blank=True)
    # SHA-256 of the normalised body: the same story imported twice is one row.
    content_hash = models.CharField(max_length=64, unique=True, editable=False)

    status = models.CharField(_("status"), max_length=10, choices=Status, default=Status.NEW)
    duplicate_of = models.ForeignKey(
        "self",
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name=_("duplicate of"),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()
    # Curators' edits are history; the verbatim text never changes, so it is not copied per edit.
    history = HistoricalRecords(excluded_fields=["raw_text", "title_key", "content_hash", "parse_problems"])

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_date", "-id"]
        indexes = [
            # ?published_after / ?published_before and the default ordering
            models.Index(fields=["-published_date", "-id"], name="article_published_idx"),
            # ?status in the default order, id included: 387k undated stories at 1M form one date
            # group that an index without id left to a sort spilling to disk (1.3 s; admin_bench).
            models.Index(fields=["status", "-published_date", "-id"], name="article_status_idx"),  # ?status
            models.Index(fields=["title_key"], name="article_title_key_idx"),  # headline resolution
            models.Index(fields=["origin_sha256"], name="article_origin_idx"),  # re-import, provenance
            models.Index(fields=["-created_at"], name="article_created_idx"),  # newest imports first
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(duplicate_of=F("pk")), name="article_not_own_duplicate"),
            models.CheckConstraint(condition=~Q(appended_to=F("pk")), name="article_not_own_host"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.title_key = normalize(self.title)
        adding = self._state.adding
        super().save(*args, **kwargs)
        fields = kwargs.get("update_fields")
        if not adding and (fields is None or "published_date" in fields):
            # An edited date reaches the copies that entity and source lists are walked by.
            Article.objects.filter(pk=self.pk).copy_dates_to_links()


class SearchDocument(models.Model):
    """An article's row in PostgreSQL's full-text index; `articles.search` writes and reads it.

    PostgreSQL only (migration 0003): on SQLite the index is the FTS5 table `articles_search_fts`.
    The table's foreign key deletes the row with its article (ON DELETE CASCADE in the database),
    so Django never looks for it when an article is deleted, on either database.
    """

    article = models.OneToOneField(Article, models.DO_NOTHING, primary_key=True, related_name="search_document")
    # The article's, copied: a page of hits is read newest first along an index of this table.
    published_date = models.DateField(null=True)
    title = SearchVectorField()  # the title (weight A): a title hit ranks first
    head = SearchVectorField()  # the title, keywords and entity names (B): a names hit next
    doc = SearchVectorField()  # the head and the body (C): what a query must match

    def __str__(self):
        return f"search document of article {self.article_id}"


class SearchWord(models.Model):
    """A word of a stored title or entity name, for "did you mean" (`articles.search` writes it)."""

    word = models.CharField(max_length=100, unique=True)  # normalised
    spelling = models.CharField(max_length=100)  # as first written

    def __str__(self):
        return self.spelling


class DatedLink(models.Model):
    """A row that ties an article to something (a source, an entity) and carries the article's date.

    A list of one source's or one entity's articles, newest first, then walks one index, (source or
    entity, date, article), instead of probing every article of the archive. The importer writes
    the date with the row; `ArticleQuerySet.copy_dates_to_links` copies an edited one.
    """

    published_date = models.DateField(_("published"), null=True, blank=True, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self._state.adding:
            self.published_date = self.article.published_date
        super().save(*args, **kwargs)


class ArticleSource(DatedLink):
    class Role(models.TextChoices):
        # Ordered strongest first: one row per outlet per article keeps the strongest role.
        PUBLISHER = "publisher", _("publisher")
        WIRE = "wire", _("wire agency")
        CREDIT = "credit", _("credit")

    article = models.ForeignKey(Article, models.CASCADE, related_name="article_sources")
    source = models.ForeignKey(Source, models.PROTECT, related_name="article_sources")
    role = models.CharField(_("role"), max_length=10, choices=Role)

    class Meta:
        verbose_name = _("article source")
        verbose_name_plural = _("article sources")
        constraints = [models.UniqueConstraint(fields=["article", "source"], name="articlesource_uniq")]
        indexes = [
            models.Index(fields=["source", "article"], name="articlesource_source_idx"),  # ?source&ordering=-id
            models.Index(fields=["source", "published_date", "article"], name="articlesource_source_date_idx"),
        ]

    def __str__(self):
        return f"{self.source} ({self.get_role_display()})"


class Mention(DatedLink):
    class Origin(models.TextChoices):
        EXTRACTED = "extracted", _("extracted")  # re-extraction replaces these
        CURATOR = "curator", _("added by a curator")  # re-extraction keeps these

    article = models.ForeignKey(Article, models.CASCADE, related_name="mentions")
    entity = models.ForeignKey(Entity, models.CASCADE, related_name="mentions")
    count = models.PositiveIntegerField(_("count"), default=1)
    surface_forms = models.JSONField(_("surface forms"), default=list, blank=True)
    first_offset = models.PositiveIntegerField(_("first offset"), default=0)
    origin = models.CharField(_("origin"), max_length=10, choices=Origin, default=Origin.EXTRACTED)

    class Meta:
        verbose_name = _("mention")
        verbose_name_plural = _("mentions")
        constraints = [models.UniqueConstraint(fields=["article", "entity"], name="mention_uniq")]
        indexes = [
            models.Index(fields=["entity", "article"], name="mention_entity_idx"),  # ?entity&ordering=-id
            models.Index(fields=["entity", "published_date", "article"], name="mention_entity_date_idx"),
        ]

    def __str__(self):
        return f"{self.entity} × {self.count}"


class RejectedMention(models.Model):
    """A mention a curator removed: extraction does not put it back."""

    article = models.ForeignKey(Article, models.CASCADE, related_name="rejected_mentions")
    entity = models.ForeignKey(Entity, models.CASCADE, related_name="rejected_mentions")
    rejected_at = models.DateTimeField(_("rejected"), auto_now_add=True)

    class Meta:
        verbose_name = _("rejected mention")
        verbose_name_plural = _("rejected mentions")
        constraints = [models.UniqueConstraint(fields=["article", "entity"], name="rejectedmention_uniq")]
        indexes = [models.Index(fields=["entity"], name="rejectedmention_entity_idx")]  # merges move them

    def __str__(self):
        return f"{self.article_id} ✗ {self.entity}"


class RelatedLink(models.Model):
    class Kind(models.TextChoices):
        READ_ALSO = "read_also", _("read also (appended story)")
        SIMILAR = "similar", _("similar articles")
        RELATED = "related", _("related news")

    from_article = models.ForeignKey(Article, models.CASCADE, related_name="related_links")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind)
    headline = models.CharField(_("headline as written"), max_length=500)
    headline_key = models.CharField(max_length=500, editable=False)
    # Dumps carry no URLs: null says "not known", which the API shows as null (DESIGN.md).
    url = models.URLField(_("URL"), max_length=1000, null=True, blank=True)  # noqa: DJ001
    position = models.PositiveSmallIntegerField(_("position"))
    to_article = models.ForeignKey(
        Article,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="incoming_links",
        verbose_name=_("target article"),
    )

    class Meta:
        verbose_name = _("related link")
        verbose_name_plural = _("related links")
        ordering = ["from_article", "kind", "position"]
        constraints = [
            models.UniqueConstraint(fields=["from_article", "kind", "position"], name="relatedlink_uniq"),
        ]
        indexes = [
            # Resolution looks up the links still waiting for a target by their headline.
            models.Index(fields=["headline_key"], condition=Q(to_article__isnull=True), name="relatedlink_open_idx"),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        self.headline_key = normalize(self.headline)
        super().save(*args, **kwargs)


class ImportRun(models.Model):
    started_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    paths = models.JSONField(_("paths"), default=list)
    dry_run = models.BooleanField(_("dry run"), default=False)
    reparse = models.BooleanField(_("re-parse"), default=False)
    files_total = models.PositiveIntegerField(_("files"), default=0)
    files_failed = models.PositiveIntegerField(_("files failed"), default=0)
    articles_created = models.PositiveIntegerField(_("articles created"), default=0)
    articles_unchanged = models.PositiveIntegerField(_("articles unchanged"), default=0)
    articles_updated = models.PositiveIntegerField(_("articles updated"), default=0)
    links_resolved = models.PositiveIntegerField(_("links resolved"), default=0)

    class Meta:
        verbose_name = _("import run")
        verbose_name_plural = _("import runs")
        ordering = ["-started_at", "-id"]

    def __str__(self):
        return f"#{self.pk} {self.started_at:%Y-%m-%d %H:%M}"

    def summary(self) -> str:
        """One line for the operator, e.g. `5 files: 9 articles (9 new, 0 unchanged), 0 failed`."""
        articles = self.articles_created + self.articles_unchanged + self.articles_updated
        parts = [f"{self.articles_created} new", f"{self.articles_unchanged} unchanged"]
        if self.reparse:
            parts.append(f"{self.articles_updated} re-parsed")
        line = f"{self.files_total} files: {articles} articles ({', '.join(parts)}), {self.files_failed} failed"
        if self.links_resolved:
            line += f"; {self.links_resolved} related links resolved"
        return line + (" [dry run: nothing saved]" if self.dry_run else "")


class ImportFailure(models.Model):
    run = models.ForeignKey(ImportRun, models.CASCADE, related_name="failures")
    path = models.CharField(_("path"), max_length=1000)
    reason = models.CharField(_("reason"), max_length=1000)

    class Meta:
        verbose_name = _("import failure")
        verbose_name_plural = _("import failures")
        ordering = ["run", "id"]

    def __str__(self):
        return f"{self.path}: {self.reason}"
