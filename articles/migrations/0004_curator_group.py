"""The `curator` group: exactly what the curators' desk needs, and nothing of users or groups.

Curators review, correct, merge and link; they do not create or delete articles (imports do; a
bad article is rejected, not deleted), and import records are read-only to them.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "curator"
PERMISSIONS = {
    "article": ["view", "change"],
    "articlesource": ["view", "add", "change", "delete"],
    "entity": ["view", "add", "change", "delete"],  # a merge deletes the entities merged away
    "entityalias": ["view", "add", "change", "delete"],
    "importfailure": ["view"],
    "importrun": ["view"],
    "keyword": ["view", "add", "change"],
    "mention": ["view", "add", "change", "delete"],
    "rejectedmention": ["view"],
    "relatedlink": ["view", "add", "change", "delete"],
    "source": ["view", "add", "change"],
    "sourcealias": ["view", "add", "change", "delete"],
}


def create_curator_group(apps, schema_editor):
    # Permissions are made after migrations run (post_migrate); a fresh database needs them now.
    app_config = apps.get_app_config("articles")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=GROUP)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    permissions = Permission.objects.filter(content_type__app_label="articles", codename__in=codenames)
    group.permissions.set(permissions)


def delete_curator_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_search"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_curator_group, delete_curator_group)]
