"""A fishing port keeps `للصيد البحري` in its name, known port or not."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.words import tokenize


def places(text, taken=None):
    tokens = tokenize(text)
    return [text[tokens[d.first].start : tokens[d.last].end] for d in discover(tokens, taken or {}) if d.kind == "LOC"]


@pytest.mark.parametrize(
    ("text", "taken", "name"),
    [
        pytest.param(
            "وصلت السفينة إلى ميناء صفاقس للصيد البحري أمس",
            {3: "LOC", 4: "LOC"},
            "ميناء صفاقس للصيد البحري",
            id="known",
        ),
        pytest.param(
            "وافتتح ميناء الدقم للصيد البحري", {1: "LOC", 2: "LOC"}, "ميناء الدقم للصيد البحري", id="known-at-the-end"
        ),
        pytest.param("في ميناء جرجيس للصيد البحري", {}, "ميناء جرجيس للصيد البحري", id="discovered"),
        pytest.param("ويعمل ميناء صفاقس للصيد منذ سنوات", {1: "LOC", 2: "LOC"}, "ميناء صفاقس للصيد", id="no-kind"),
    ],
)
def test_a_port_and_its_fishing_is_one_name(text, taken, name):
    assert places(text, taken) == [name]


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        pytest.param("وصلت السفينة إلى ميناء صفاقس أمس", {3: "LOC", 4: "LOC"}, id="no-fishing"),
        pytest.param("وصلت السفينة إلى ميناء صفاقس، للصيد البحري", {3: "LOC", 4: "LOC"}, id="comma"),
        pytest.param("قرب مدينة صفاقس للصيد البحري", {1: "LOC", 2: "LOC"}, id="no-port"),
    ],
)
def test_no_fishing_port_without_a_port_or_right_after_it(text, taken):
    assert places(text, taken) == []
