"""Round 12, institutions named by their kind: a bare parliament goes to the country whose adjective a story
writes when it names no country."""

import pytest

from articles.parsing.entities import Gazetteer

EGYPT, LIBYA, SUDAN, EGYPTIAN_HOUSE, LIBYAN_HOUSE = 31, 32, 33, 34, 35
HOUSES = Gazetteer(
    [
        (EGYPT, "مصر", True, "LOC"),
        (LIBYA, "ليبيا", True, "LOC"),
        (SUDAN, "السودان", True, "LOC"),
        (EGYPTIAN_HOUSE, "مجلس النواب المصري", True, "ORG"),
        (LIBYAN_HOUSE, "مجلس النواب الليبي", True, "ORG"),
    ]
)


def houses(text):
    return [m.entity_id for m in HOUSES.find(text) if m.entity_id in (EGYPTIAN_HOUSE, LIBYAN_HOUSE)]


def test_a_bare_parliament_of_a_story_that_names_no_country_is_that_of_the_adjective_it_writes():
    text = "وارتفع سعر الجنيه المصري أمس. وقال عضو مجلس النواب عن دائرة جرجا إن الأسعار ارتفعت"
    assert houses(text) == [EGYPTIAN_HOUSE]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("قال الخبير المصري إن النفط الليبي يتراجع، وقال عضو مجلس النواب إن", id="adjectives-tied"),
        pytest.param(
            "قال الجيش السوداني والمسؤول السوداني والخبير المصري إن عضو مجلس النواب", id="another-nationality-first"
        ),
        pytest.param("وقال رئيس مجلس النواب إن الجلسة تأجلت", id="no-adjective"),
    ],
)
def test_a_bare_parliament_goes_to_no_country_when_the_adjectives_tell_none(text):
    assert houses(text) == []


def test_a_named_country_still_comes_before_the_adjectives():
    text = "وصوّت مجلس النواب في ليبيا على القانون بعد مداخلة الخبير المصري والوزير المصري"
    assert houses(text) == [LIBYAN_HOUSE]
