"""Round 13, where a name ends: two known names side by side stay two when the second opens on a
preposition."""

import pytest

from articles.parsing.entities import Gazetteer, extract

PLACES = Gazetteer(
    [
        (1, "القرن الأفريقي", True, "LOC"),
        (2, "الخرطوم", True, "LOC"),
        (3, "الخليج", True, "LOC"),
        (4, "الصين", True, "LOC"),
        (5, "تونس", True, "LOC"),
    ]
)


def _names(text, gazetteer=PLACES):
    return sorted((f.name or f.surface_forms[0], f.kind) for f in extract(text, gazetteer))


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        pytest.param(
            "ويرى الباحث في مركز دراسات القرن الأفريقي بالخرطوم أن الحرب",
            "مركز دراسات القرن الأفريقي",
            "بالخرطوم",
            id="preposition-and-article",
        ),
        pytest.param(
            "ويرى الباحث في مركز دراسات القرن الأفريقي بتونس أن الحرب",
            "مركز دراسات القرن الأفريقي",
            "بتونس",
            id="preposition-before-a-one-word-place",
        ),
    ],
)
def test_a_known_place_after_a_preposition_is_no_part_of_the_body_named_by_the_place_before(text, body, place):
    assert _names(text) == sorted([(body, "ORG"), (place, "LOC")])


def test_two_known_places_joined_by_and_still_name_one_body():
    text = "وقال الباحث في مركز الخليج والصين للأبحاث إن"
    assert ("مركز الخليج والصين للأبحاث", "ORG") in _names(text)
