import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command

from articles.models import Article
from newsdb.settings import env_bool


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize(("value", "expected"), [("true", True), ("0", False), ("", True)])
def test_boolean_setting_is_read_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("DEBUG", value)
    assert env_bool("DEBUG", True) is expected


def test_bad_boolean_setting_stops_start_up_naming_the_variable(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match=r"^DEBUG='maybe': expected true or false$"):
        env_bool("DEBUG", True)


def test_admin_sends_anonymous_visitors_to_the_login_page(client):
    response = client.get("/admin/")
    assert (response.status_code, response.url) == (302, "/admin/login/?next=/admin/")


@pytest.mark.django_db
def test_admin_lists_every_model_for_a_superuser(admin_client):
    call_command("import_seeds", verbosity=0)
    models = ["article", "articlesource", "source", "sourcealias", "entity", "entityalias", "mention"]
    models += ["keyword", "relatedlink", "importrun", "importfailure"]
    for model in models:
        assert admin_client.get(f"/admin/articles/{model}/").status_code == 200
    article = Article.objects.hosts().first()
    assert admin_client.get(f"/admin/articles/article/{article.pk}/change/").status_code == 200
