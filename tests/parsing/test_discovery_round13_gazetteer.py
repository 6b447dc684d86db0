"""The gazetteer's data of round 13 (gaz25), read through the whole fixture as the importer reads it: duplicates
merged into one entity, a name that is an everyday phrase left to discovery, and the real people, bodies,
outlets and towns of the breadth pass found in the phrasing news gives them."""

import json
from pathlib import Path

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.entities import Gazetteer, extract

FIXTURE = json.loads((Path(__file__).parents[2] / "fixtures" / "gazetteer.json").read_text(encoding="utf-8"))


def _owners() -> dict[str, set[tuple[str, str]]]:
    owners: dict[str, set[tuple[str, str]]] = {}
    for row in FIXTURE:
        fields = row["fields"]
        entity = (
            (fields["normalized_name"], fields["kind"])
            if row["model"] == "articles.entity"
            else tuple(fields["entity"])
        )
        owners.setdefault(fields["normalized_name"], set()).add(entity)
    return owners


@pytest.fixture(scope="module")
def found():
    """What extraction finds in a text with the whole fixture: (kind, normalised name) of each entity, the
    canonical name of a gazetteer entity and the name as written of a discovered one."""
    ids: dict[tuple[str, str], int] = {}
    names = []
    for row in FIXTURE:
        fields = row["fields"]
        canonical = row["model"] == "articles.entity"
        key = (fields["normalized_name"], fields["kind"]) if canonical else tuple(fields["entity"])
        ids.setdefault(key, len(ids) + 1)
        names.append((ids[key], fields["name"], canonical, key[1]))
    gazetteer = Gazetteer(names)
    keys = {entity_id: key for key, entity_id in ids.items()}

    def read(text: str) -> set[tuple[str, str]]:
        return {
            (item.kind, keys[item.entity_id][0] if item.entity_id else normalize(item.name))
            for item in extract(text, gazetteer)
        }

    return read


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("كرري", "محلية كرري", id="karari-locality"),
        pytest.param("كيا موتورز", "شركة كيا", id="kia"),
        pytest.param("بتروجت", "نادي بتروجت", id="petrojet-and-its-club"),
    ],
)
def test_a_name_and_its_other_form_are_one_entity(first, second):
    owners = _owners()
    assert owners[normalize(first)] == owners[normalize(second)]
    assert len(owners[normalize(first)]) == 1


def test_the_owner_of_a_building_is_no_person(found):
    text = "الجنايات تقضي بسجن مالك عقار العمرانية المنهار 10 سنوات ومهندس الحي 5 سنوات"
    assert not [name for kind, name in found(text) if kind == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قال نائب رئيس مجلس السيادة مالك عقار إن الحرب ستنتهي.", id="after-his-office"),
        pytest.param("وأكد مالك عقار أن الحكومة ماضية في الحوار.", id="after-a-verb-of-speech"),
    ],
)
def test_malik_agar_is_still_read_where_news_names_him(text, found):
    assert ("PERSON", normalize("مالك عقار")) in found(text)
