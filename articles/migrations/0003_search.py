"""The full-text index (articles/search.py, docs/search.md): one per database.

PostgreSQL: `articles_searchdocument`, tsvectors per article, GIN-indexed, deleted with its
article by the foreign key; a pg_trgm index on `articles_searchword` for "did you mean".
SQLite: the FTS5 table `articles_search_fts` (rowid = article id).
`manage.py rebuild_search_index` fills either from the articles already stored.
"""

import django.contrib.postgres.search
import django.db.models.deletion
from django.contrib.postgres.operations import TrigramExtension
from django.db import NotSupportedError, migrations, models

POSTGRESQL = [
    (
        """CREATE TABLE articles_searchdocument (
            article_id bigint NOT NULL PRIMARY KEY
                REFERENCES articles_article (id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
            published_date date NULL,
            title tsvector NOT NULL,
            head tsvector NOT NULL,
            doc tsvector NOT NULL
        )""",
        "DROP TABLE articles_searchdocument",
    ),
    (
        # A query's words are mostly rare. With the default statistics PostgreSQL guesses a rare
        # word (times its clitic forms) at thousands of rows and scans the whole table, reading
        # every tsvector; with these it knows the rare from the common (measured in docs/search.md).
        "ALTER TABLE articles_searchdocument ALTER COLUMN doc SET STATISTICS 10000, "
        "ALTER COLUMN head SET STATISTICS 10000, ALTER COLUMN title SET STATISTICS 10000",
        "",
    ),
    (
        "CREATE INDEX searchdocument_doc_idx ON articles_searchdocument USING gin (doc)",  # ?q
        "DROP INDEX searchdocument_doc_idx",
    ),
    (
        # A rank's hits when they are few: title hits, then hits in the title and names
        "CREATE INDEX searchdocument_title_idx ON articles_searchdocument USING gin (title)",
        "DROP INDEX searchdocument_title_idx",
    ),
    (
        "CREATE INDEX searchdocument_head_idx ON articles_searchdocument USING gin (head)",
        "DROP INDEX searchdocument_head_idx",
    ),
    (
        # A page of a common word's hits: walked newest first, stopping when the page is full
        "CREATE INDEX searchdocument_date_idx ON articles_searchdocument "
        "(published_date DESC NULLS LAST, article_id DESC)",
        "DROP INDEX searchdocument_date_idx",
    ),
    (
        # did_you_mean: the title and entity-name words like one that found nothing
        "CREATE INDEX searchword_trgm_idx ON articles_searchword USING gin (word gin_trgm_ops)",
        "DROP INDEX searchword_trgm_idx",
    ),
]

SQLITE = [
    (
        # `ascii`: every non-ASCII character is a word character, so the words are exactly the
        # space-separated ones articles.search writes (already normalised, punctuation gone).
        "CREATE VIRTUAL TABLE articles_search_fts USING fts5(title, names, body, tokenize = 'ascii')",
        "DROP TABLE articles_search_fts",
    ),
    (
        # Rows of deleted articles go with them. If a later migration rebuilds articles_article
        # (SQLite's way of altering a table) the trigger goes too: ids are never reused
        # (AUTOINCREMENT), so left-over rows match nothing, and rebuild_search_index drops them.
        """CREATE TRIGGER articles_search_fts_delete AFTER DELETE ON articles_article
        BEGIN DELETE FROM articles_search_fts WHERE rowid = old.id; END""",
        "DROP TRIGGER articles_search_fts_delete",
    ),
]


def _statements(schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        return POSTGRESQL
    if vendor == "sqlite":
        return SQLITE
    raise NotSupportedError(f"search index: {vendor} is not supported; newsdb runs on SQLite or PostgreSQL")


def create_index(apps, schema_editor):
    for forward, _ in _statements(schema_editor):
        schema_editor.execute(forward)


def drop_index(apps, schema_editor):
    for _, backward in reversed(_statements(schema_editor)):
        if backward:
            schema_editor.execute(backward)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_mention_origin"),
    ]

    operations = [
        TrigramExtension(),  # PostgreSQL only; skipped on SQLite by the operation itself
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("word", models.CharField(max_length=100, unique=True)),
                ("spelling", models.CharField(max_length=100)),
            ],
        ),
        migrations.SeparateDatabaseAndState(
            # The model is PostgreSQL's index table; its SQL is above, per database.
            state_operations=[
                migrations.CreateModel(
                    name="SearchDocument",
                    fields=[
                        (
                            "article",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                primary_key=True,
                                related_name="search_document",
                                serialize=False,
                                to="articles.article",
                            ),
                        ),
                        ("published_date", models.DateField(null=True)),
                        ("title", django.contrib.postgres.search.SearchVectorField()),
                        ("head", django.contrib.postgres.search.SearchVectorField()),
                        ("doc", django.contrib.postgres.search.SearchVectorField()),
                    ],
                ),
            ],
            database_operations=[migrations.RunPython(create_index, drop_index)],
        ),
    ]
