"""PostgreSQL: GIN indexes of the title, head and doc over the newest stories (search.RECENT_INDEXES).

A page of a common word looks for its hits among the newest stories first; from the full index
that meant reading every hit's entry (52,291 for a word in one story in twenty at 1M, 13-15 ms),
from these only the newest stories' (2.8 ms, measured). Built over the newest 100,000 stories
(2.7 min at 1M); `import_seeds` builds them again from a newer cut-off as stories are added.
"""

from django.db import migrations


def build(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from articles.search import keep_recent_index

        keep_recent_index(using=schema_editor.connection.alias)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        from articles.search import RECENT_INDEXES

        for name in RECENT_INDEXES.values():
            schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    atomic = False  # CREATE INDEX CONCURRENTLY: searches and imports go on while it is built

    dependencies = [("articles", "0007_search_terms")]

    operations = [migrations.RunPython(build, drop)]
