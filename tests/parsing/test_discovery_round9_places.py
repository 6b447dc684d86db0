"""Round 9 places: the verb `وأدى` is no wadi."""

import pytest

from articles.parsing.discovery import discover
from articles.parsing.entities import _written_name
from articles.parsing.words import tokenize


def places(text, known=()):
    """The LOC names in `text` as the extractor writes them; the words in `known` (as written) are
    places the gazetteer knows, the others' bodies."""
    tokens = tokenize(text)
    taken = {i: "LOC" for i, token in enumerate(tokens) if token.raw in known}
    return [_written_name(text, tokens, d) for d in discover(tokens, taken) if d.kind == "LOC"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("وأدى اليمين كل من السفراء", id="took-the-oath"),
        pytest.param("وأدى تبادل إطلاق النار إلى مقتل اثنين", id="led-to"),
    ],
)
def test_the_verb_adda_is_no_wadi(text):
    assert places(text) == []


def test_a_wadi_is_still_a_place():
    assert places("السيول في وادي بني خروص") == ["وادي بني خروص"]
