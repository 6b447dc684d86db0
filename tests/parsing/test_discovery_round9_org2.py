"""Round 9, second wave, organisation rules: a body ends before a known body listed after it with و; a
joint committee or council of two states is named by their two adjectives; a quoted company by its word
and its line of business; an office of a known body by that body and its purpose."""

import pytest

from articles.parsing.words import tokenize
from tests.parsing.discovered import names


def organisations_beside_known_bodies(text, bodies):
    """The ORG names discovered in `text` when the gazetteer knows the bodies in `bodies` (as written)."""
    tokens = tokenize(text)
    taken = {}
    for body in bodies:
        start = text.index(body)
        taken |= {i: "ORG" for i, token in enumerate(tokens) if start <= token.start < start + len(body)}
    return names(text, "ORG", taken)


@pytest.mark.parametrize(
    ("text", "bodies", "name"),
    [
        pytest.param(
            "وقالت الرابطة التونسية للدفاع عن حقوق الإنسان والاتحاد العام التونسي للشغل إن",
            ("والاتحاد العام التونسي للشغل",),
            "الرابطة التونسية للدفاع عن حقوق الإنسان",
            id="a union after a league",
        ),
        pytest.param(
            "ودعت الهيئة الوطنية للمحامين ووزارة العدل إلى",
            ("ووزارة العدل",),
            "الهيئة الوطنية للمحامين",
            id="a ministry after a bar",
        ),
    ],
)
def test_a_body_ends_before_a_known_body_listed_after_it(text, bodies, name):
    assert organisations_beside_known_bodies(text, bodies) == [name]


def test_a_known_word_inside_a_purpose_stays_in_the_name():
    text = "وقالت الهيئة الوطنية للتجارة والصناعة إن"
    assert organisations_beside_known_bodies(text, ("والصناعة",)) == ["الهيئة الوطنية للتجارة والصناعة"]
