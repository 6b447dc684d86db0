import importlib

from django.db import migrations, models

# SQLite adds a NOT NULL column by rebuilding articles_article, which drops the trigger that takes a
# deleted article's row out of the search index (0003): it is made again.
SEARCH = importlib.import_module("articles.migrations.0003_search")
DELETE_TRIGGER = SEARCH.SQLITE[1][0].replace("CREATE TRIGGER", "CREATE TRIGGER IF NOT EXISTS", 1)


def restore_search_trigger(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(DELETE_TRIGGER)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0008_recent_search_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="dateline_in_lead",
            field=models.BooleanField(
                default=False,
                help_text="The place opened the lead paragraph (story text), not a stand-alone credit line.",
                verbose_name="dateline opens the lead",
            ),
        ),
        migrations.AddField(
            model_name="historicalarticle",
            name="dateline_in_lead",
            field=models.BooleanField(
                default=False,
                help_text="The place opened the lead paragraph (story text), not a stand-alone credit line.",
                verbose_name="dateline opens the lead",
            ),
        ),
        migrations.RunPython(restore_search_trigger, migrations.RunPython.noop),
    ]
