"""Finding known names (a gazetteer) in Arabic text: one pass of an Aho–Corasick automaton.

Matching is on the normalised form of DESIGN.md, whole words only, with the clitics Arabic writes
onto a name's first word (`والعراق`, `بالعراق`, `للعراق`), longest match first: `المقاومة الإسلامية
في العراق` is one name, not a name with `العراق` inside it. A nationality adjective (`الإيرانية`) is
another word than the state (`إيران`), so whole-word matching leaves it alone.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from articles.parsing.arabic import normalize

# A word as written: letters and digits with their diacritics and tatweel.
_WORD = re.compile(r"[\w\u064b-\u0652\u0670\u0640]+")
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")


@dataclass(frozen=True)
class Match:
    entity_id: int
    start: int  # offsets in the text searched
    end: int
    surface: str  # as written, clitics included


@dataclass(frozen=True)
class Mentions:
    entity_id: int
    count: int
    surface_forms: tuple[str, ...]  # distinct, in order of appearance
    first_offset: int


def clitic_forms(key: str) -> set[str]:
    """A normalised name with every clitic prefix Arabic may write onto its first word."""
    forms = set()
    for conjunction in _CONJUNCTIONS:
        for preposition in _PREPOSITIONS:
            if preposition == "ل" and key.startswith("ال"):
                forms.add(conjunction + "لل" + key[2:])  # ل + العراق = للعراق
            else:
                forms.add(conjunction + preposition + key)
    return forms


class Gazetteer:
    """Names of entities, compiled once; `find` is a single pass over the text."""

    def __init__(self, names: Iterable[tuple[int, str, bool]]):
        """names: (entity id, spelling, is the entity's canonical name)."""
        owners: dict[str, dict[int, bool]] = {}
        for entity_id, name, canonical in names:
            key = normalize(name)
            if key:
                owners.setdefault(key, {})
                owners[key][entity_id] = owners[key].get(entity_id, False) or canonical
        self._automaton = ahocorasick.Automaton()
        self.size = 0
        for key, entities in owners.items():
            entity_id = self._owner(entities)
            if entity_id is None:
                continue
            words = key.count(" ") + 1
            for form in clitic_forms(key):
                # Spaces around the key make every hit a whole-word hit in the spaced text.
                self._automaton.add_word(f" {form} ", (entity_id, words))
            self.size += 1
        if self.size:
            self._automaton.make_automaton()

    @staticmethod
    def _owner(entities: dict[int, bool]) -> int | None:
        """The one entity a spelling names: the only one, or the one whose own name it is.

        A spelling two entities share only as an alias is ambiguous and matches neither.
        """
        if len(entities) == 1:
            return next(iter(entities))
        canonical = [entity_id for entity_id, is_canonical in entities.items() if is_canonical]
        return canonical[0] if len(canonical) == 1 else None

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, longest first, in order of appearance."""
        if not self.size:
            return []
        spans: list[tuple[int, int]] = []
        keys: list[str] = []
        for word in _WORD.finditer(text):
            for part in normalize(word.group()).split():
                spans.append(word.span())
                keys.append(part)
        spaced = " " + " ".join(keys) + " "
        # Position in `spaced` of each word's first character → word index.
        word_at: dict[int, int] = {}
        position = 1
        for index, key in enumerate(keys):
            word_at[position] = index
            position += len(key) + 1
        candidates = []
        for end, (entity_id, words) in self._automaton.iter(spaced):
            # `end` is the trailing space; walk back over the key to its first word.
            first = word_at[_start_of(spaced, end, words)]
            candidates.append((words, first, entity_id))
        taken = [False] * len(keys)
        chosen = []
        for words, first, entity_id in sorted(candidates, key=lambda c: (-c[0], c[1])):
            if any(taken[first : first + words]):
                continue
            taken[first : first + words] = [True] * words
            start, stop = spans[first][0], spans[first + words - 1][1]
            chosen.append(Match(entity_id, start, stop, text[start:stop]))
        return sorted(chosen, key=lambda match: match.start)


def _start_of(spaced: str, end: int, words: int) -> int:
    position = end
    for _ in range(words):
        position = spaced.rfind(" ", 0, position)
    return position + 1


def count_mentions(matches: list[Match]) -> list[Mentions]:
    """Matches folded into one record per entity, in order of first appearance."""
    by_entity: dict[int, list[Match]] = {}
    for match in matches:
        by_entity.setdefault(match.entity_id, []).append(match)
    return [
        Mentions(
            entity_id=entity_id,
            count=len(found),
            surface_forms=tuple(dict.fromkeys(match.surface for match in found)),
            first_offset=found[0].start,
        )
        for entity_id, found in by_entity.items()
    ]
