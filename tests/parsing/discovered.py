"""What discovery finds in a string, as the tests compare it: each name as the text writes it."""

from articles.parsing.discovery import PLACES, discover
from articles.parsing.entities import _written_name
from articles.parsing.words import tokenize


def names(text, kind, taken=None, places=PLACES):
    tokens = tokenize(text)
    return [
        text[tokens[d.first].start : tokens[d.last].end]
        for d in discover(tokens, taken or {}, places)
        if d.kind == kind
    ]


def people(text, taken=None, places=PLACES):
    return names(text, "PERSON", taken, places)


def organisations(text, known=(), people=()):
    """The ORG names in `text`; the words in `known` (as written) are places the gazetteer knows, those in
    `people` its people."""
    tokens = tokenize(text)
    taken = {i: "LOC" for i, token in enumerate(tokens) if token.raw in known}
    taken |= {i: "PERSON" for i, token in enumerate(tokens) if token.raw in people}
    return names(text, "ORG", taken)


def written_places(text, known=()):
    """The LOC names in `text` as the extractor writes them (no clitic or listing و); the words in
    `known` (as written) are places the gazetteer knows."""
    tokens = tokenize(text)
    taken = {i: "LOC" for i, token in enumerate(tokens) if token.raw in known}
    return [_written_name(text, tokens, d) for d in discover(tokens, taken) if d.kind == "LOC"]


def organisations_beside_known_bodies(text, bodies):
    """The ORG names discovered in `text`, as written, when the gazetteer knows the bodies in `bodies`."""
    tokens = tokenize(text)
    taken = {}
    for body in bodies:
        start = text.index(body)
        taken |= {i: "ORG" for i, token in enumerate(tokens) if start <= token.start < start + len(body)}
    return [_written_name(text, tokens, d) for d in discover(tokens, taken) if d.kind == "ORG"]
