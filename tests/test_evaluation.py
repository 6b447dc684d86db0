"""`evaluate_entities`: scoring extraction against the gold files in tests/gold/."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from articles.entities import load_gazetteer_fixture
from articles.evaluation import GoldError, evaluate

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
        # First runs, before any rule was tuned on the set: unseen 0.921 / 0.723 (session 2),
        # blind 0.869 / 0.705, and 0.923 / 0.842 with the broadened gazetteer, still blind.
        # Now 0.977 / 0.945 and 0.965 / 0.848, both tuned on. Issue 4's target is 0.95 / 0.90.
        # blind3 (session 5, 17 stories, written by a helper that saw neither the extractor nor the
        # gazetteer): 0.920 / 0.787 on its first run; 0.939 / 0.817 after the gazetteer grew (its
        # author never saw the gold sets). No rule has been tuned on blind3.
        # Session 6 (head nouns, purposes, quoted names, more roles, missing states' bodies and
        # cities; tuned on unseen and blind, not on blind3): unseen 0.992 / 0.960, blind 0.981 / 0.951,
        # blind3 0.941 / 0.843 (332 of 394). blind3's errors were never read, but its pass/fail against the old
        # floor decided which of that session's rules stayed (two were dropped for its precision):
        # it is lightly tuned on now.
        # Session 7 (bare parliaments and courts resolved to the story's country, trades and
        # appositions introducing people, roles over nouns in construct, 128 more gazetteer entities):
        # unseen 0.992 / 0.964, blind 0.984 / 0.964, blind3 0.968 / 0.929. blind3's errors were read
        # and several gazetteer entries were chosen from its misses: it is tuned on now.
        # blind4 (session 7, 17 stories, 459 entities, written and annotated by a helper that saw
        # neither the extractor, the gazetteer nor the other sets' texts; run once, after the
        # session-7 rules were merged): 0.948 / 0.828 (380 found right of 401; 380 of 459). The honest figure, below target.
        # Session 7b (places after a settlement noun and on plain facility nouns, companies and funds
        # by name and purpose, people by more roles, trades and changes of office, عُمان from its
        # vowel or the story; classes chosen by reading blind4's misses): unseen 0.993 / 0.971,
        # blind 0.984 / 0.967, blind3 0.971 / 0.944, blind4 0.975 / 0.922. blind4 is tuned on now.
        # blind5 (session 7, 16 stories, 392 entities, written like blind4; run once, after 7b was
        # merged): 0.911 / 0.811 (318 found right of 349; 318 of 392). The honest figure, below target.
        # Then the scorer took each gold entity's own aliases as its name (they had been ignored):
        # blind5 0.928 / 0.821, unseen 1.0 / 0.974, blind 0.991 / 0.967, blind3 0.977 / 0.947,
        # blind4 0.982 / 0.922.
        # Session 7c (a breadth pass over the gazetteer by class, +1,027 entities: provinces, towns,
        # parties, outlets, state bodies, companies; no gold text or error read, no rule changed):
        # blind4 0.982 / 0.924, blind5 0.935 / 0.837, the others unchanged.
        # Session 8, ent10 (organisations named by nouns in construct, a known place or facility, a joint
        # country, a list of banks, a company's own words before a nationality; bare parliaments of Oman
        # and on a tie; classes read from blind5's ORG misses, then blind3's and blind4's): unseen
        # 1.0 / 0.982, blind 0.991 / 0.973, blind3 0.979 / 0.957, blind4 0.989 / 0.932, blind5 0.957 / 0.898.
        # Session 8 (gaz10: a second breadth pass by class, +1,332 entities: ministers, governors and
        # chiefs, banks, companies, state bodies, landforms, West Bank villages, settlements and
        # checkpoints, towns, prisons, ports; some names chosen from blind5's misses, no rule changed):
        # unseen 1.0 / 0.978, blind3 0.979 / 0.954, blind4 0.982 / 0.950, blind5 0.956 / 0.944, the
        # others unchanged.
        # Session 8, people and places (no person of a year or a verb and its object, people by
        # one-of, an aside, a kunya, a long role or among-them, common-word places read in context,
        # facility lists after a dual, Egypt's new cities; chosen by reading blind5's misses):
        # unseen 1.0 / 0.985, blind 0.991 / 0.982, blind3 0.990 / 0.970, blind4 0.984 / 0.939,
        # blind5 0.972 / 0.890.
        # All three merged (ent10, gaz10, ent11): unseen 1.0 / 0.993, blind 0.991 / 0.988, blind3 0.992 / 0.980,
        # blind4 0.991 / 0.965, blind5 0.987 / 0.992. Every set here is tuned on now.
        # blind8 and blind9 (17 stories each, everyday news, written blind): 0.905 / 0.727 and 0.911 / 0.709
        # on their first run. gaz11 (a breadth pass by class: districts, towns, landmarks, hospitals,
        # universities, unions, chambers, courts, police, utilities, clubs; some chosen from their misses,
        # no rule changed): blind8 0.970 / 0.907, blind9 0.967 / 0.904, the others unchanged.
        # Session 8 round 2, ent12 (organisations of everyday news: a city's police, courts, chamber and
        # council, hospitals, unions, cooperatives, regional offices, diwans, research institutes; where
        # a body's name ends): blind8 0.905 / 0.727 -> 0.927 / 0.783, blind9 0.911 / 0.709 -> 0.938 /
        # 0.757 (their first, honest run was on aca0604), the others unchanged.
        # gaz11 and ent12 merged: blind8 0.970 / 0.907, blind9 0.969 / 0.906, the others unchanged.
        # ent13 (people and places: no person in a clause, a noun and its adjective,
        # a building named after a ruler or a body's purpose; people by trade; gates, citadels, souqs,
        # districts by a compass word, saints' dams; وجدة read as و + جدة in context): blind8
        # 0.940 / 0.746, blind9 0.945 / 0.736, the others unchanged.
        # All of round 2 merged (gaz11, ent12, ent13): blind8 0.991 / 0.924, blind9 0.985 / 0.925, the others unchanged.
        # blind6 and blind7 (17 stories each, 453 and 450 entities, written blind at the start of session 8
        # and held out: nobody read their texts or errors before this run). On the code of the session's
        # start: 0.946 / 0.848 and 0.928 / 0.851. Their one run on the final code (3407d89), the honest
        # figure: 0.943 / 0.881 and 0.930 / 0.884. Below the 0.95 / 0.90; their errors have been
        # read since (not tuned on).
        # Round 3, ent14 (tuned on blind6/blind7: an airport's or port's الدولي, no person opening on a
        # purpose or holding a direction, no facility or town of an ordinary word or a noun with a
        # pronoun): blind6 0.953 / 0.885, blind7 0.946 / 0.887, the others unchanged.
        # Round 3, gaz12 (data only: everyday-word places read in context, الخيام سيول الأبيض طويلة المطلة...;
        # Golan hills, Tehran's dams and regions, Red Sea projects, the region's nuclear and desalination plants,
        # Algerian coast, NGOs, Moroccan, Korean, Turkish and Nigerien bodies; chosen from blind6/blind7's
        # misses by class): blind6 0.968 / 0.940, blind7 0.966 / 0.956, blind8 0.991 / 0.927, blind9
        # 0.985 / 0.928, the others unchanged. Then the bare names of العلمة and ديرة, and سعير, بورصة and
        # يزد read in context: blind8 0.991 / 0.935, blind9 0.987 / 0.938.
        # Round 3 merged (ent14, gaz12): blind6 0.973 / 0.940, blind7 0.975 / 0.956, blind8 0.991 / 0.935,
        # blind9 0.987 / 0.938, the others unchanged.
        # blind10 and blind11 (13 and 14 stories, 305 and 304 entities, written blind during round 3 and
        # held out): 0.926 / 0.780 and 0.923 / 0.753 on the code of the session's start, 0.947 / 0.820 and
        # 0.907 / 0.799 after rounds 1 and 2; their one run on the final code, the honest figure:
        # 0.951 / 0.820 and 0.910 / 0.803. Round 3, tuned on blind6 and blind7, moved them by one entity.
        # Round 4, gaz13 (data only, by class from counting all twelve sets' misses: Cairo's and Giza's districts,
        # stadiums, airports, prisons, Egyptian antiquities, gulfs, exchanges, space and development agencies,
        # Mogadishu, Bamako and Horn towns, Jordan's and Oman's sites, Turkish and كوردستان and عبد spellings):
        # blind 0.994 / 0.991, blind4 0.991 / 0.969, blind7 0.977 / 0.960, blind8 0.994 / 0.938,
        # blind10 0.960 / 0.872, blind11 0.944 / 0.888, the others unchanged.
        # Round 4, ent15 (organisations, tuned on all twelve sets' ORG errors by class: a second body after
        # و, a purpose after عن or opening with من أجل, a plain body's في + known place, ministries of many
        # portfolios, federations, bodies named after a known place or person with a purpose, embassies in a
        # known city, fishing ports, names in quotes after a firm, association, hotel or list, the كوردستان
        # spelling): blind3 0.992 / 0.982, blind4 0.991 / 0.969, blind7 0.980 / 0.964, blind8 0.991 / 0.938,
        # blind10 0.956 / 0.843, blind11 0.930 / 0.836, the others unchanged.
        # Round 4, ent16 (people and places, classes counted over all twelve sets: a speaker after a verb
        # of speech or an unknown description with a given-name list as evidence, a known person read
        # into a longer name, bodies in quotes inside roles, fishing ports): blind6 0.973 / 0.945,
        # blind7 0.978 / 0.969, blind8 0.991 / 0.946, blind9 0.987 / 0.945, blind10 0.963 / 0.849,
        # blind11 0.929 / 0.819, the others unchanged.
        # Round 4b, gaz14 (data only: the rest of the world by class, cities, US, Indian, Chinese, German,
        # Brazilian and Australian states, landmarks, volcanoes, rivers, stadiums, airlines, clubs, outlets):
        # blind4 0.991 / 0.974, blind10 0.961 / 0.879, blind11 0.948 / 0.895, the others unchanged; blind15
        # (16 stories, held out until round 4b) 0.866 / 0.703 before, 0.900 / 0.776 after.
        # Round 4 merged, with the integrator's rules (a trade of sport, culture or the street, a nationality
        # standing for a person, an age in brackets, مدير عام, parliamentary committees, السعودية as an
        # adjective, the bare الجزيرة, every hospital ORG) and round 5 (ent17: everyday-word places read in
        # context; ent18: quoted bodies, institutes named after a founder or with an adjective before
        # their purpose): blind3 0.995 / 0.987, blind4 0.993 / 0.980, blind5 0.990 / 0.992, blind6 0.975 /
        # 0.949, blind7 0.984 / 0.980, blind8 0.997 / 0.961, blind9 0.993 / 0.957, blind10 0.976 / 0.921,
        # blind11 0.973 / 0.941, blind15 0.933 / 0.832 (first run 0.857 / 0.670, then tuned on).
        # These floors guard against going back.
        # Round 7, ent26 (people: `يدعى`, a name a role sets off between commas, a first name alone, given
        # names of South Asia, Latin America, East Asia, the Horn): blind8 0.997 / 0.977, blind9 0.993 / 0.962,
        # blind10 0.976 / 0.928, blind12 0.929 / 0.821, blind13 0.949 / 0.873, blind14 0.935 / 0.869, blind16
        # 0.928 / 0.865, blind17 0.955 / 0.858, blind20 0.959 / 0.947, blind21 0.969 / 0.897.
        # Then a given name after a role too long to read through: blind10 0.976 / 0.931, blind14 0.935 / 0.872.
        ("unseen.json", 14, 0.999, 0.992),
        ("blind.json", 16, 0.993, 0.993),
        ("blind3.json", 17, 0.994, 0.991),
        ("blind4.json", 17, 0.992, 0.982),
        ("blind5.json", 16, 0.989, 0.991),
        ("blind8.json", 17, 0.996, 0.974),
        ("blind9.json", 17, 0.992, 0.956),
        ("blind6.json", 17, 0.985, 0.959),
        ("blind7.json", 17, 0.986, 0.983),
        ("blind10.json", 13, 0.975, 0.924),
        ("blind11.json", 14, 0.975, 0.950),
        ("blind15.json", 16, 0.967, 0.91),
        # blind12-14, 16 and 17 (80 stories, 1,547 entities), written blind in session 9 and held out:
        # pooled 0.912 / 0.778 on the session's first code, 0.927 / 0.828 on its last; 0.933 / 0.844 on
        # session 10's last (round 6 merged: ent19-23, gaz15 and the integrator's rules). Not tuned on.
        # Round 7, gaz17 (places by class: Arab towns, world cities, seas, straits, rivers, `جزيرة X`, regions):
        # blind12 0.926 / 0.821, blind13 0.961 / 0.887, blind16 0.921 / 0.859, blind17 0.951 / 0.846, blind21 0.969 / 0.897.
        # Round 7, gaz16 (gazetteer by class, picked from these five sets' misses: Kenya's counties, Horn,
        # Sahel and Kurdish towns and camps, oil fields, listed companies, channels, AFC and African clubs,
        # Egyptian markaz towns, regions): blind6 0.986 / 0.960, blind11 0.976 / 0.951, blind12 0.935 / 0.856,
        # blind13 0.955 / 0.916, blind14 0.943 / 0.894, blind16 0.941 / 0.919, blind17 0.956 / 0.884,
        # blind18 0.939 / 0.890, blind19 0.977 / 0.912, the others unchanged.
        ("blind12.json", 16, 0.934, 0.855),
        ("blind13.json", 14, 0.954, 0.915),
        ("blind14.json", 16, 0.942, 0.893),
        ("blind16.json", 16, 0.940, 0.918),
        ("blind17.json", 18, 0.955, 0.883),
        # blind18-21 (59 stories, 1,249 entities: sport and culture, local services, world news, Levant
        # and Maghreb politics), written blind in session 10 and run once on its first code (1c64eb1):
        # pooled 0.893 / 0.722. Tuned on from then; round 6 merged: pooled 0.960 / 0.908.
        # Round 6, ent21 (organisations: town halls, a local body's town after ب, directorates, prosecutions,
        # courts of cassation and numbered chambers, health centres, departments, publishers, party organs
        # left out): blind6 0.977 / 0.951, blind15 0.934 / 0.835, blind18 0.846 / 0.631, blind19 0.889 / 0.702,
        # blind20 0.945 / 0.863, blind21 0.950 / 0.785.
        # gaz15 (gazetteer: Gulf, Jordanian, Egyptian and Maghreb local places, Spain and France, outlets,
        # culture and historical figures; twelve towns read in context): blind8 0.997 / 0.963, blind15
        # 0.934 / 0.842, blind18 0.841 / 0.657, blind19 0.891 / 0.776, blind20 0.947 / 0.897, blind21 0.928 / 0.817.
        # Then (قريات, العامرة and the camps البقعة, اليرموك read in context, كردستان): blind 0.994 / 0.994,
        # blind8 0.997 / 0.966, blind18 0.842 / 0.660, blind19 0.891 / 0.779, blind20 0.948 / 0.907.
        # Then Kuwait's areas by their head noun (الخيران, الوفرة read in context): blind10 0.976 / 0.925.
        # Then Beirut's البربير: blind18 0.842 / 0.663.
        # Round 6, ent20 (local places by head noun: roads with their kind, tunnels, stations of a kind, wells,
        # plants, parks, halls, museums, streets and bases named after people, a facility before a known
        # place, a town named after a ruler): blind15 0.937 / 0.838, blind18 0.842 / 0.631, blind19
        # 0.892 / 0.699, blind20 0.949 / 0.866, blind21 0.932 / 0.788, the others unchanged.
        # ent22 (people: cues of culture and local life, `د.`, where a name ends before its object, phrases
        # after a role that name nobody): blind6 0.982 / 0.954, blind7 0.987 / 0.984, blind8 0.997 / 0.969,
        # blind15 0.945 / 0.845, blind18 0.859 / 0.666, blind19 0.884 / 0.673, blind20 0.949 / 0.869,
        # blind21 0.937 / 0.801.
        # Session 10, ent19 (sport: bare clubs read in a sport story, stadiums, scorers, fans, sport data):
        # blind15 0.953 / 0.875, blind18 0.910 / 0.791, blind20 0.945 / 0.863, blind21 0.931 / 0.769.
        # Round 6, ent23 (companies by initials or an English word of trade, a group's one word before its
        # stance, a quoted word with its purpose or unit noun): blind4 0.993 / 0.983, blind11 0.973 / 0.947,
        # blind20 0.949 / 0.872, blind21 0.955 / 0.808; then alliances and parties before a quoted name:
        # blind20 0.949 / 0.879.
        # Round 7, ent24 (organisations: schools with their kind or founder, hospitals by one word, an imam
        # or whom they treat, a known hospital's kind, chambers by their firms, emergency or city after في,
        # a field joined to a known body's purpose, a country's Red Cross, a fund by what it pays for):
        # blind11 0.973 / 0.951, blind12 0.931 / 0.840, blind13 0.946 / 0.880, blind14 0.944 / 0.862,
        # blind15 0.969 / 0.914, blind16 0.924 / 0.859, blind17 0.951 / 0.843, blind19 0.977 / 0.915,
        # blind21 0.969 / 0.901, the others unchanged.
        # Round 7, ent25 (places: a settlement's one-word name ends before a compass adverb, the unit it lies
        # in, a quote or the list's next name; towns given as examples after `قرى/مدن/مخيمات ... مثل`):
        # blind3 0.995 / 0.992, blind14 0.930 / 0.849, blind15 0.969 / 0.917, blind17 0.949 / 0.860.
        # Then roads named after a ruler, or a person with the road's kind, and a place read after `أو`
        # and a known place: blind12 0.923 / 0.818, blind13 0.946 / 0.880, blind14 0.931 / 0.853.
        # Then a town named by a facility's noun keeps its article (`بلدتي القصر`): blind12 0.926 / 0.821.
        # Round 7, gaz18 (gazetteer by class: UN agencies and NGOs with their spellings (اليونيسيف), Red Cross
        # and Red Crescent societies, world papers and broadcasters (صوت أمريكا), parties of the G20 and blocs of
        # Iraq, Lebanon, Libya, Sudan and Yemen, coast, border and national guards, development banks, Nobel
        # laureates, UN heads, activists, ministers): blind10 0.976 / 0.928, blind12 0.927 / 0.831, blind13
        # 0.953 / 0.876, blind14 0.933 / 0.846, blind17 0.955 / 0.855, blind20 0.968 / 0.947; then NGOs, Iraqi
        # and Lebanese blocs, agencies and people of a second pass: blind21 0.969 / 0.897.
        ("blind18.json", 16, 0.938, 0.889),
        ("blind19.json", 14, 0.976, 0.911),
        ("blind20.json", 14, 0.958, 0.943),
        ("blind21.json", 15, 0.968, 0.900),
        # blind22-24 (46 stories, 922 entities: business, security and aid, society pages), written blind at
        # the end of session 10 and run once on its last code: pooled 0.927 / 0.852 (0.933 / 0.848 on its
        # first code, 1c64eb1). Held out: never tuned on.
        ("blind22.json", 16, 0.928, 0.873),
        ("blind23.json", 14, 0.947, 0.904),
        ("blind24.json", 16, 0.902, 0.786),
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
