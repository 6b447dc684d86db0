"""Entities in the archive: extraction at import, re-extraction, merging and aliases (SQLite and PostgreSQL)."""

import json
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.entities import (
    add_alias,
    add_mention,
    extract_entities,
    load_gazetteer,
    merge_entities,
    remove_alias,
    remove_mention,
    write_mentions,
)
from articles.importing import import_paths
from articles.models import Article, Entity, EntityAlias, Mention, RejectedMention
from articles.parsing.arabic import normalize
from articles.parsing.entities import Found

pytestmark = pytest.mark.django_db
SEEDS_DIR = Path(settings.SEEDS_DIR)
GOLD = json.loads((Path(__file__).parent / "gold" / "seeds.json").read_text(encoding="utf-8"))


@pytest.fixture
def seeds_imported():
    return import_paths([SEEDS_DIR])


def _article(name, segment):
    return Article.objects.get(origin_file=name, segment=segment)


def _spellings(article):
    """Every normalised spelling (name or alias) of every entity the article mentions, with its kind."""
    found = set()
    for entity in Entity.objects.filter(mentions__article=article).prefetch_related("aliases"):
        found.add((entity.normalized_name, entity.kind))
        found |= {(alias.normalized_name, entity.kind) for alias in entity.aliases.all()}
    return found


@pytest.mark.parametrize(
    "story", GOLD["articles"], ids=[f"{a['file'].rsplit('/', 1)[-1][:3]}-{a['segment']}" for a in GOLD["articles"]]
)
def test_seed_story_has_its_own_entities_and_none_of_the_story_glued_to_it(seeds_imported, story):
    found = _spellings(_article(Path(story["file"]).name, story["segment"]))
    must = {(normalize(e["name"]), e["kind"]) for e in story["entities"]}
    must_not = {(normalize(e["name"]), e["kind"]) for e in story["absent"]}
    assert must - found == set()
    assert must_not & found == set()


def test_seed_002_host_and_appended_story_keep_their_own_people(seeds_imported):
    host = _spellings(_article("002_6b8f8232c79e6353.txt", 0))
    appended = _spellings(_article("002_6b8f8232c79e6353.txt", 1))
    for name, kind in [("يحيى رسول", "PERSON"), ("الأردن", "LOC"), ("المقاومة الإسلامية في العراق", "ORG")]:
        assert (normalize(name), kind) in host
        assert (normalize(name), kind) not in appended
    for name in ["ستيف ويتكوف", "فلاديمير بوتين"]:
        assert (normalize(name), "PERSON") in appended
        assert (normalize(name), "PERSON") not in host


def test_mention_counts_surface_forms_and_first_offset_point_into_the_text(seeds_imported):
    article = _article("003_071eff8cf92bc83d.txt", 0)
    mention = article.mentions.get(entity__name="محمد شياع السوداني")
    text = f"{article.title}\n\n{article.body}"
    # Once in full, once by the family name alone (`السوداني، الذي يركز…`).
    assert (mention.count, mention.surface_forms) == (2, ["محمد شياع السوداني", "السوداني"])
    assert text[mention.first_offset :].startswith("محمد شياع السوداني")


def test_introduced_people_are_stored_as_discovered_entities(seeds_imported):
    discovered = set(Entity.objects.filter(status=Entity.Status.DISCOVERED).values_list("name", "kind"))
    assert {("توماس إيريك", "PERSON"), ("أركان العلياوي", "PERSON"), ("بومدين بن عتو", "PERSON")} <= discovered
    assert ("وكالة الاستخبارات والتحقيقات الاتحادية", "ORG") in discovered


def test_discovered_entity_is_reused_not_duplicated_on_reextraction(seeds_imported):
    before = Entity.objects.count()
    extract_entities()
    assert Entity.objects.count() == before
    assert Entity.objects.filter(name="توماس إيريك").count() == 1


def test_gazetteer_fixture_is_loaded_once_and_not_forced_back_after_curators_delete(seeds_imported, tmp_path):
    assert Entity.objects.filter(status=Entity.Status.CURATED).count() > 1000
    Entity.objects.filter(name="مسقط").delete()
    import_paths([SEEDS_DIR])
    assert not Entity.objects.filter(name="مسقط").exists()


def test_reextraction_replaces_extracted_mentions_and_keeps_curator_edits(seeds_imported):
    article = _article("002_6b8f8232c79e6353.txt", 0)
    jordan = Entity.objects.get(name="الأردن")
    putin = Entity.objects.get(name="فلاديمير بوتين")
    remove_mention(article, jordan)
    add_mention(article, putin)
    Mention.objects.filter(article=article, entity__name="العراق").update(count=99)
    counts = extract_entities([article.id])
    assert counts.articles == 1
    entities = set(article.mentions.values_list("entity__name", "origin"))
    assert ("فلاديمير بوتين", "curator") in entities
    assert "الأردن" not in {name for name, _ in entities}
    assert article.mentions.get(entity__name="العراق").count == 7  # rebuilt from the text
    add_mention(article, jordan)  # a curator can change their mind
    extract_entities([article.id])
    assert RejectedMention.objects.filter(article=article).count() == 0
    assert article.mentions.filter(entity=jordan).exists()


def test_extract_entities_command_needs_ids_or_all_and_reports_its_rate(seeds_imported, capsys):
    with pytest.raises(CommandError, match="ids or --all"):
        call_command("extract_entities")
    with pytest.raises(CommandError, match="no article with id"):
        call_command("extract_entities", "0")
    call_command("extract_entities", "--all")
    assert "9 articles: 101 mentions, 0 new discovered entities" in capsys.readouterr().out


def test_a_name_added_to_the_gazetteer_reaches_stored_articles_through_reextraction(seeds_imported):
    article = _article("004_531aee5e3cc5c08f.txt", 0)
    committee = Entity.objects.create(name="اللجنة العسكرية العليا", kind="ORG")
    assert not article.mentions.filter(entity=committee).exists()
    extract_entities([article.id])
    assert article.mentions.get(entity=committee).surface_forms == ["اللجنة العسكرية العليا"]


def test_mentions_of_a_batch_are_written_in_constant_queries(seeds_imported):
    gazetteer = load_gazetteer()
    articles = list(Article.objects.order_by("origin_file", "segment"))
    with CaptureQueriesContext(connection) as three:
        write_mentions(articles[:3], gazetteer)  # 000 host and appended, 001 (a discovered name)
    with CaptureQueriesContext(connection) as nine:
        write_mentions(articles, gazetteer)
    assert len(nine) == len(three)


@pytest.mark.parametrize("batches", [1, 2], ids=["one-batch", "two-batches"])
def test_a_new_discovered_entity_is_named_as_first_read_wherever_a_batch_ends(seeds_imported, batches):
    articles = list(Article.objects.order_by("origin_file", "segment"))[:2]
    spellings = ["أحمد الكبيسي", "احمد الكبيسى"]  # one key, two spellings
    found = [[Found(None, name, "PERSON", 1, (name,), 0)] for name in spellings]
    if batches == 1:
        write_mentions(articles, found=found)
    else:
        write_mentions(articles[:1], found=found[:1])
        write_mentions(articles[1:], found=found[1:])
    person = Entity.objects.get(normalized_name=normalize(spellings[0]), kind="PERSON")
    assert (person.name, person.mentions.count()) == ("أحمد الكبيسي", 2)


# Merging ------------------------------------------------------------------------------------


@pytest.fixture
def duplicate_person(seeds_imported):
    """`يحيى رسول` entered twice: a second entity with its own alias and mentions in two articles."""
    twin = Entity.objects.create(name="اللواء يحيى رسول", kind=Entity.Kind.PERSON, status=Entity.Status.DISCOVERED)
    EntityAlias.objects.create(entity=twin, name="يحيي رسول الزبيدي")
    EntityAlias.objects.create(entity=twin, name="يحيى رسول")  # already a name of the survivor
    shared = _article("001_57670411fffd694b.txt", 0)  # the survivor is mentioned here too
    only_twin = _article("000_c729addcbd090b77.txt", 0)
    Mention.objects.create(article=shared, entity=twin, count=3, surface_forms=["اللواء رسول"], first_offset=5)
    Mention.objects.create(article=only_twin, entity=twin, count=1, surface_forms=["رسول"], first_offset=40)
    return twin, shared, only_twin


def test_merge_moves_mentions_and_aliases_and_adds_the_counts(duplicate_person):
    twin, shared, only_twin = duplicate_person
    survivor = Entity.objects.get(name="يحيى رسول", kind="PERSON")
    before = Mention.objects.get(article=shared, entity=survivor)
    total = sum(Mention.objects.filter(entity__in=[survivor, twin]).values_list("count", flat=True))

    result = merge_entities(survivor, [twin])

    assert (result.mentions_moved, result.mentions_combined) == (1, 1)
    assert not Entity.objects.filter(pk=twin.pk).exists()
    combined = Mention.objects.get(article=shared, entity=survivor)
    assert combined.count == before.count + 3
    assert combined.surface_forms == [*before.surface_forms, "اللواء رسول"]
    assert combined.first_offset == min(before.first_offset, 5)
    assert Mention.objects.get(article=only_twin, entity=survivor).count == 1
    assert sum(Mention.objects.filter(entity=survivor).values_list("count", flat=True)) == total
    aliases = set(survivor.aliases.values_list("name", flat=True))
    assert {"اللواء يحيى رسول", "يحيي رسول الزبيدي"} <= aliases  # the merged name lives on as an alias
    assert "يحيى رسول" not in aliases  # the survivor's own name is not its alias
    assert result.aliases_moved == 2


def test_merge_is_recorded_in_the_survivors_history_with_the_user(duplicate_person, django_user_model):
    twin, _, _ = duplicate_person
    curator = django_user_model.objects.create_user("curator")
    survivor = Entity.objects.get(name="يحيى رسول", kind="PERSON")
    merge_entities(survivor, [twin], user=curator)
    record = survivor.history.latest()
    assert record.history_change_reason.startswith("merged اللواء يحيى رسول")
    assert record.history_user == curator


def test_merge_moves_a_curators_rejection_too(duplicate_person):
    twin, _, only_twin = duplicate_person
    remove_mention(only_twin, twin)
    survivor = Entity.objects.get(name="يحيى رسول", kind="PERSON")
    merge_entities(survivor, [twin])
    assert RejectedMention.objects.filter(article=only_twin, entity=survivor).exists()
    extract_entities([only_twin.id])
    assert not Mention.objects.filter(article=only_twin, entity=survivor).exists()


def test_merge_rolls_back_entirely_when_it_fails(duplicate_person, monkeypatch):
    twin, _, _ = duplicate_person
    survivor = Entity.objects.get(name="يحيى رسول", kind="PERSON")
    mentions = set(Mention.objects.values_list("id", "entity_id", "count"))

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(EntityAlias.objects, "bulk_create", fail)
    with pytest.raises(RuntimeError):
        merge_entities(survivor, [twin])
    assert Entity.objects.filter(pk=twin.pk).exists()
    assert set(Mention.objects.values_list("id", "entity_id", "count")) == mentions


def test_merged_name_found_again_by_discovery_lands_on_the_survivor(seeds_imported):
    thomas = Entity.objects.get(name="توماس إيريك")
    survivor = Entity.objects.create(name="توماس إي. إيريك", kind="PERSON", status=Entity.Status.DISCOVERED)
    merge_entities(survivor, [thomas])
    extract_entities()
    assert not Entity.objects.filter(name="توماس إيريك").exists()
    assert survivor.mentions.count() == 1


def test_merging_an_entity_into_itself_changes_nothing(seeds_imported):
    iraq = Entity.objects.get(name="العراق", kind="LOC")
    mentions = iraq.mentions.count()
    assert merge_entities(iraq, [iraq]).merged == []
    assert iraq.mentions.count() == mentions


# Aliases ------------------------------------------------------------------------------------


def test_alias_added_and_removed_is_recorded_in_history():
    entity = Entity.objects.create(name="قوات الدعم السريع", kind="ORG")
    alias = add_alias(entity, "الدعم السريع")
    assert alias.normalized_name == normalize("الدعم السريع")
    assert add_alias(entity, "الدعم  السريع").pk == alias.pk  # same spelling once normalised
    assert remove_alias(entity, "الدعم السريع") is True
    assert remove_alias(entity, "الدعم السريع") is False
    reasons = list(entity.history.values_list("history_change_reason", flat=True))
    assert "alias added: الدعم السريع" in reasons
    assert "alias removed: الدعم السريع" in reasons


@pytest.mark.parametrize(("name", "message"), [("  ", "at least one letter"), ("قوات الدعم السريع", "own name")])
def test_alias_that_says_nothing_new_is_refused(name, message):
    entity = Entity.objects.create(name="قوات الدعم السريع", kind="ORG")
    with pytest.raises(ValidationError, match=message):
        add_alias(entity, name)


def test_the_compiled_gazetteer_is_reused_until_the_curated_names_change():
    place = Entity.objects.create(name="كسلا", kind=Entity.Kind.LOC, status=Entity.Status.CURATED)
    first = load_gazetteer()
    assert load_gazetteer() is first
    EntityAlias.objects.create(entity=place, name="مدينة كسلا")
    changed = load_gazetteer()
    assert changed is not first
    assert [m.entity_id for m in changed.find("وصل الوفد إلى مدينة كسلا")] == [place.pk]


def test_a_story_filed_from_a_place_it_does_not_name_again_mentions_that_place_and_extraction_keeps_it(tmp_path):
    (tmp_path / "rabat.txt").write_text(
        "الحج بحصة 34 ألف حاج\nالرباط – أعلنت وزارة الأوقاف والشؤون الإسلامية أن حصة المملكة من الحجاج لم تتغير.\n",
        encoding="utf-8",
    )
    import_paths([tmp_path])
    article = Article.objects.get(origin_file__endswith="rabat.txt")
    assert (article.dateline_place, article.dateline_in_lead) == ("الرباط", True)
    assert (normalize("الرباط"), Entity.Kind.LOC) in _spellings(article)
    call_command("extract_entities", "--all")
    assert (normalize("الرباط"), Entity.Kind.LOC) in _spellings(article)
