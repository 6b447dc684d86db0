"""`evaluate_entities`: scoring extraction against the gold files in tests/gold/."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.entities import load_gazetteer_fixture
from articles.evaluation import GoldError, _bare_too, evaluate
from articles.parsing.arabic import normalize

pytestmark = pytest.mark.django_db
GOLD = Path(__file__).parent / "gold"


@pytest.fixture(autouse=True)
def gazetteer():
    load_gazetteer_fixture()


def test_seed_gold_is_matched_exactly():
    evaluation = evaluate(GOLD / "seeds.json")
    assert evaluation.stories == 9
    assert evaluation.errors == []
    assert (evaluation.overall.precision, evaluation.overall.recall) == (1.0, 1.0)


@pytest.mark.parametrize(
    ("gold", "stories", "precision", "recall"),
    [
        # Floors at the last measured figures minus 0.001, so that no change lowers a score unseen. Each
        # set's first run, before anyone read its errors, is in the README's table; who moved a floor and
        # by how much is in the commit that moved it. Issue 4's target on unseen text: 0.95 / 0.90.
        # Tuning sets: their texts and errors have been read and rules and data were chosen from them.
        ("unseen.json", 14, 0.999, 0.995),
        ("blind.json", 16, 0.996, 0.999),
        ("blind3.json", 17, 0.994, 0.991),
        ("blind4.json", 17, 0.997, 0.990),
        ("blind5.json", 16, 0.996, 0.996),
        ("blind6.json", 17, 0.990, 0.975),
        ("blind7.json", 17, 0.992, 0.990),
        ("blind8.json", 17, 0.996, 0.991),
        ("blind9.json", 17, 0.992, 0.975),
        ("blind10.json", 13, 0.989, 0.953),
        ("blind11.json", 14, 0.999, 0.976),
        ("blind15.json", 16, 0.982, 0.976),
        # blind12-14, 16 and 17 (80 stories, 1,547 entities), written blind in session 9 and held out until
        # session 11 (pooled 0.912 / 0.778 on session 9's first code, 0.933 / 0.844 on session 10's last);
        # tuning sets from session 11, which chose its classes from their errors.
        ("blind12.json", 16, 0.986, 0.946),
        ("blind13.json", 14, 0.984, 0.977),
        ("blind14.json", 16, 0.986, 0.980),
        ("blind16.json", 16, 0.976, 0.982),
        ("blind17.json", 18, 0.978, 0.967),
        # blind18-21 (59 stories, 1,249 entities), written blind in session 10: 0.893 / 0.722 on their first
        # run, tuning sets since.
        ("blind18.json", 16, 0.972, 0.947),
        ("blind19.json", 14, 0.984, 0.955),
        ("blind20.json", 14, 0.986, 0.974),
        ("blind21.json", 15, 0.982, 0.951),
        # blind22-24 (46 stories, 922 entities), written at the end of session 10 and held out until session
        # 12 (0.930 / 0.862 on session 11's last code, names as written); tuning sets from session 12.
        ("blind22.json", 16, 0.985, 0.964),
        ("blind23.json", 14, 0.989, 0.979),
        ("blind24.json", 16, 0.969, 0.951),
        # blind25-28 (60 stories, 1,248 entities), written at the start of session 11 and held out until
        # session 13 (0.935 / 0.841 on session 12's last code); tuning sets from session 13.
        ("blind25.json", 16, 0.970, 0.933),
        ("blind26.json", 14, 0.973, 0.961),
        ("blind27.json", 14, 0.983, 0.956),
        ("blind28.json", 16, 0.988, 0.947),
        # blind29-31 (49 stories, 943 entities), written at the start of session 12 and held out until
        # session 14 (0.937 / 0.868 on session 13's last code); tuning sets from session 14.
        ("blind29.json", 17, 0.964, 0.961),
        ("blind30.json", 16, 0.974, 0.957),
        ("blind31.json", 16, 0.972, 0.952),
        # blind32-34 (41 stories, 865 entities), written at the start of session 13 and held out until
        # session 15 (0.940 / 0.843 pooled on session 14's last code); tuning sets from session 15.
        ("blind32.json", 14, 0.985, 0.950),
        ("blind33.json", 13, 0.981, 0.946),
        ("blind34.json", 14, 0.956, 0.910),
        # blind35-37 (44 stories, 926 entities), written at the start of session 14 and held out until
        # session 16 (0.946 / 0.870 pooled on session 15's last code); tuning sets from session 16.
        ("blind35.json", 16, 0.964, 0.928),
        ("blind36.json", 14, 0.965, 0.962),
        # blind37's three bare `النيابة العامة`, the only set of three that names it bare (round 13 recount).
        ("blind37.json", 14, 0.999, 0.957),
        # blind38-40 (41 stories, 911 entities), written at the start of session 15 and held out until
        # session 17 (0.957 / 0.890 pooled on session 14's last code, 0.953 / 0.900 on session 16's last);
        # tuning sets from session 17. blind38's appended story opens on the credit line `أنجمينا/وكالات:`,
        # which the dump parser keeps as text: once the gazetteer knows `أنجمينا` (round 14) it is read there.
        ("blind38.json", 13, 0.983, 0.938),
        ("blind39.json", 14, 0.969, 0.931),
        ("blind40.json", 14, 0.972, 0.956),
        # blind41-43 (42 stories, 996 entities), written at the start of session 16 and held out until
        # session 18 (0.944 / 0.876 pooled on session 16's last code, 0.945 / 0.878 on session 17's last);
        # tuning sets from session 18.
        ("blind41.json", 14, 0.962, 0.931),
        ("blind42.json", 14, 0.982, 0.910),
        ("blind43.json", 14, 0.989, 0.920),
        # Held out, never tuned on: only their totals have been run. blind44-46 (42 stories, 993 entities),
        # written at the start of session 17, blind47-49 (42 stories, 1,015 entities), written at the start
        # of session 18, each before any code ran on them, and blind50-52 (42 stories, 988 entities), written
        # during session 18 and first run on its last code.
        ("blind44.json", 14, 0.948, 0.885),
        ("blind45.json", 14, 0.960, 0.893),
        ("blind46.json", 14, 0.952, 0.923),
        ("blind47.json", 14, 0.961, 0.923),
        ("blind48.json", 14, 0.952, 0.890),
        ("blind49.json", 14, 0.962, 0.950),
        ("blind50.json", 14, 0.971, 0.944),
        ("blind51.json", 14, 0.967, 0.920),
        ("blind52.json", 14, 0.974, 0.957),
    ],
)
def test_articles_of_our_own_score_no_worse_than_last_measured(gold, stories, precision, recall):
    evaluation = evaluate(GOLD / gold)
    assert evaluation.stories == stories
    assert evaluation.overall.precision >= precision, evaluation.errors
    assert evaluation.overall.recall >= recall, evaluation.errors


def _gold(tmp_path, entities, absent=()):
    path = tmp_path / "gold.json"
    story = {"file": str(GOLD.parent.parent / "seeds" / "002_6b8f8232c79e6353.txt"), "segment": 0}
    story |= {
        "entities": [{"name": n, "kind": k} for n, k in entities],
        "absent": [{"name": n, "kind": k} for n, k in absent],
    }
    path.write_text(json.dumps({"articles": [story]}), encoding="utf-8")
    return path


def test_a_gold_name_may_be_any_alias_and_a_wrong_kind_counts_against_both_scores(tmp_path):
    story = json.loads((GOLD / "seeds.json").read_text(encoding="utf-8"))["articles"][3]
    entities = [(e["name"], e["kind"]) for e in story["entities"]]
    entities = [("أميركا" if n == "الولايات المتحدة" else n, k) for n, k in entities]  # an alias
    entities = [(n, "ORG" if n == "الأردن" else k) for n, k in entities]  # a wrong kind
    evaluation = evaluate(_gold(tmp_path, entities))
    assert evaluation.by_kind["LOC"].correct == evaluation.by_kind["LOC"].found - 1
    assert evaluation.by_kind["ORG"].recalled == evaluation.by_kind["ORG"].gold - 1
    assert any("missed الأردن (ORG)" in line for line in evaluation.errors)
    assert any("spurious الأردن (LOC)" in line for line in evaluation.errors)


def test_a_gold_entitys_own_aliases_count_as_its_name(tmp_path):
    # Seed 002's host names المقاومة الإسلامية في العراق; the gold spells it otherwise, with the
    # extractor's spelling as an alias the annotator accepts.
    path = _gold(tmp_path, [("فصائل المقاومة العراقية", "ORG")])
    story = json.loads(path.read_text(encoding="utf-8"))
    story["articles"][0]["entities"][0]["aliases"] = ["المقاومة الإسلامية في العراق"]
    path.write_text(json.dumps(story), encoding="utf-8")
    evaluation = evaluate(path)
    assert evaluation.by_kind["ORG"].recalled == 1
    assert not any("فصائل المقاومة العراقية" in line or "spurious المقاومة" in line for line in evaluation.errors)


def test_a_name_with_or_without_its_class_noun_is_one_entity_unless_strict(tmp_path):
    # Seed 002's host names غزة; an annotator may write مدينة غزة, as others write حي X for X.
    path = _gold(tmp_path, [("مدينة غزة", "LOC")])
    assert evaluate(path).by_kind["LOC"].recalled == 1
    strict = evaluate(path, strict=True)
    assert strict.by_kind["LOC"].recalled == 0
    assert any("missed مدينة غزة (LOC)" in line for line in strict.errors)
    assert any("spurious" in line and "غزة" in line for line in strict.errors)


def test_a_class_noun_is_optional_only_before_a_name():
    assert _bare_too({normalize("حي الشجاعية")}) == {normalize("حي الشجاعية"), normalize("الشجاعية")}
    assert _bare_too({normalize("حي")}) == {normalize("حي")}
    assert _bare_too({normalize("مجلس النواب")}) == {normalize("مجلس النواب")}


def test_a_forbidden_entity_is_named_as_such(tmp_path):
    evaluation = evaluate(_gold(tmp_path, [("العراق", "LOC")], absent=[("إيران", "LOC")]))
    assert any("must not have إيران (LOC)" in line for line in evaluation.errors)
    assert evaluation.overall.recall == 1.0
    assert evaluation.overall.precision < 0.2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not JSON"),
        ('{"stories": []}', "expected"),
        ('{"articles": [{"file": "x.txt", "segment": 0, "entities": []}]}', "cannot read the dump"),
    ],
)
def test_a_bad_gold_file_is_one_clear_error(tmp_path, content, message):
    path = tmp_path / "gold.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        evaluate(path)


def test_command_prints_precision_recall_and_f1_per_kind(capsys):
    call_command("evaluate_entities", str(GOLD / "seeds.json"))
    out = capsys.readouterr().out
    assert "precision" in out
    assert [line.split()[0] for line in out.splitlines()[2:]] == ["PERSON", "ORG", "LOC", "all"]
    with pytest.raises(CommandError, match="cannot read"):
        call_command("evaluate_entities", "no-such.json")


def test_command_pools_several_gold_files_into_one_more_telling_figure(capsys):
    seeds, unseen = evaluate(GOLD / "seeds.json"), evaluate(GOLD / "unseen.json")
    call_command("evaluate_entities", str(GOLD / "seeds.json"), str(GOLD / "unseen.json"))
    out = capsys.readouterr().out
    assert f"{GOLD / 'seeds.json'}: {seeds.stories} stories" in out
    assert f"{GOLD / 'unseen.json'}: {unseen.stories} stories" in out
    assert f"2 gold files pooled: {seeds.stories + unseen.stories} stories" in out
    pooled = out.split("pooled")[1].splitlines()[-1].split()
    gold = seeds.overall.gold + unseen.overall.gold
    correct = seeds.overall.correct + unseen.overall.correct
    assert pooled[:4] == ["all", str(gold), str(seeds.overall.found + unseen.overall.found), str(correct)]
