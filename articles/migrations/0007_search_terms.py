"""PostgreSQL's search rows hold terms, not words: each word's clitic stems and the word pairs it
starts (`parsing.query.index_terms`), so a query word is one term and a phrase a few rare ones.
Rows written before this hold the words as written, which the new queries would not find: they
are written again. SQLite's FTS5 table holds the words and is read as before."""

from django.db import migrations

# Above this, the search indexes are dropped while the rows are written and built once at the end
# (`rebuild_index(bulk=True)`): ten times faster on a large archive, searches slow meanwhile.
BULK_FROM = 100_000
# `doc` holds three to four times the terms it held as words, and PostgreSQL keeps ten most common
# elements per unit of target: at 10,000 (0003) every statement that tested `doc` spent 5-8 ms
# reading 100,000 of them before it was planned (measured at a million stories, 0.4 ms at 1,000).
# At 1,000 the least common kept is in 0.3% of stories; a rarer term is estimated at half that,
# below the 2,000 hits under which a page ranks them all at once (search._FEW_HITS).
DOC_STATISTICS = 1000


def write_terms(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE articles_searchdocument ALTER COLUMN doc SET STATISTICS {DOC_STATISTICS}")
        cursor.execute("SELECT count(*) FROM articles_searchdocument")
        (rows,) = cursor.fetchone()
    if rows:
        from articles.search import rebuild_index

        rebuild_index(bulk=rows > BULK_FROM)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_searchdocument")


class Migration(migrations.Migration):
    # A million stories take half an hour: batch by batch, not one transaction.
    atomic = False

    dependencies = [
        ("articles", "0006_link_dates"),
    ]

    operations = [migrations.RunPython(write_terms, migrations.RunPython.noop, elidable=True)]
