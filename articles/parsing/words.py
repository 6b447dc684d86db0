"""The words of a text with their offsets and what separates them: the unit entity rules work on."""

import re
from functools import lru_cache
from typing import NamedTuple

from articles.parsing.arabic import normalize, strip_diacritics

# A word as written: letters and digits with their diacritics and tatweel.
_WORD = re.compile(r"[\w\u064b-\u0652\u0670\u0640]+")
# Between two words, these end a name or a role: a sentence, a clause in brackets or quotes, a line.
BREAKS = frozenset(".!?:;؛()[]{}\n“”«»\"'–—-/|…•")
_COMMAS = frozenset("،,")
# Abbreviations written with a dot before a name: `د. سامر الحياري` ("Dr."). That dot ends no sentence.
_ABBREVIATIONS = frozenset(("د",))


class Token(NamedTuple):  # a tuple: articles have thousands of words and this is built for each
    start: int  # offsets in the text
    end: int
    raw: str  # as written
    key: str  # normalised (DESIGN.md)
    gap: str  # the text between the previous word and this one, as written

    @property
    def after_break(self) -> bool:
        """A sentence, line, bracket or quote starts between the previous word and this one."""
        return any(char in BREAKS for char in self.gap)

    @property
    def after_comma(self) -> bool:
        return any(char in _COMMAS for char in self.gap)

    @property
    def definite(self) -> bool:
        """Carries the article ال, alone or behind a clitic: `الجيش`, `والتحقيقات`, `للقوات`, `بالعراق`."""
        return _definite(self.raw)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    previous_end = 0
    for word in _WORD.finditer(text):
        start, end = word.span()
        raw = word[0]
        gap = text[previous_end:start]
        if tokens and gap.strip() == "." and tokens[-1].raw in _ABBREVIATIONS:
            gap = gap.replace(".", "")
        # Normalising can split a word (an underscore); every part keeps the word's span.
        for part in _word_keys(raw):
            append(_new_token(Token, (start, end, raw, part, gap)))  # Token(…) without its Python-level __new__
        previous_end = end
    return tokens


_new_token = tuple.__new__


# News vocabulary repeats: most words are normalised once per process. Replaying corpus-10k's 2.8 M
# lookups (22,512 words): 16,384 entries hit 99.18%, 131,072 99.19%; one copy per worker.
@lru_cache(maxsize=1 << 14)
def _word_keys(word: str) -> tuple[str, ...]:
    return tuple(normalize(word).split())


@lru_cache(maxsize=1 << 16)
def _definite(raw: str) -> bool:
    # On the word as written: the article is a bare alef, so `ألينا` and `إلى` are no `ال`.
    key = strip_diacritics(raw)
    if key[:1] in ("و", "ف"):
        key = key[1:]
    if key[:1] in ("ب", "ك") and key[1:3] == "ال":
        key = key[1:]
    # Two letters at least after the article: `وكالة` is no ك + `الة`.
    return (key.startswith("ال") or key.startswith("لل")) and len(key) >= 4
