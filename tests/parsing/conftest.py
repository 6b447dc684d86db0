"""The whole shipped gazetteer, compiled once per test session for the tests that read text through it."""

import json
from pathlib import Path

import pytest

from articles.parsing.arabic import normalize
from articles.parsing.entities import Gazetteer, extract

FIXTURE = json.loads((Path(__file__).parents[2] / "fixtures" / "gazetteer.json").read_text(encoding="utf-8"))


def _entity(row: dict) -> tuple[str, str]:
    fields = row["fields"]
    return (fields["normalized_name"], fields["kind"]) if row["model"] == "articles.entity" else tuple(fields["entity"])


@pytest.fixture(scope="session")
def owners() -> dict[str, set[tuple[str, str]]]:
    """Each normalised spelling in the fixture and the entities (normalised name, kind) that own it."""
    spellings: dict[str, set[tuple[str, str]]] = {}
    for row in FIXTURE:
        spellings.setdefault(row["fields"]["normalized_name"], set()).add(_entity(row))
    return spellings


@pytest.fixture(scope="session")
def found():
    """What extraction finds in a text with the whole fixture: (kind, normalised name) of each entity, the
    canonical name of a gazetteer entity and the name as written of a discovered one."""
    ids: dict[tuple[str, str], int] = {}
    names = []
    for row in FIXTURE:
        key = _entity(row)
        ids.setdefault(key, len(ids) + 1)
        names.append((ids[key], row["fields"]["name"], row["model"] == "articles.entity", key[1]))
    gazetteer = Gazetteer(names)
    keys = {entity_id: key for key, entity_id in ids.items()}

    def read(text: str) -> set[tuple[str, str]]:
        return {
            (item.kind, keys[item.entity_id][0] if item.entity_id else normalize(item.name))
            for item in extract(text, gazetteer)
        }

    return read
