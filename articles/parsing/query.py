"""Search queries: what a reader types, read into what the index must match.

The language (docs/search.md):
    العراق الحكومة        both words (a space is AND)
    "الحكومة العراقية"    the words in that order, next to each other
    -داعش                 not this word (or -"a phrase")
    بغداد OR دمشق         either (also أو); OR binds tighter than the space: a OR b c = (a or b) and c

Every word is normalised as the importer normalises (`arabic.normalize`: hamza forms, ى/ي, ة/ه,
tashkeel, tatweel, Persian letters, Arabic-Indic digits), and clitics meet through `clitic_stems`,
the one definition of "this word behind و ف ب ك ل ال": a word of the text matches a query word when
the query word is one of the text word's clitic stems. The index holds each word as written
(normalised), so the query side spells out the forms that carry the query word (`forms`), and a
phrase stays a phrase on both databases.

Pure Python: no Django. `articles.search` turns a `Query` into PostgreSQL and SQLite syntax.
"""

from dataclasses import dataclass
from functools import lru_cache

from articles.parsing.arabic import ARTICLE, clitic_forms, clitic_stems, normalize

# Words a reader puts between alternatives: `OR` as typed, `أو` (any spelling of it: او, أو).
# Outside quotes `أو` is taken for the operator: as a search word it would match most stories.
OR_WORD = "OR"
OR_WORD_ARABIC = "او"
_QUOTE_MARKS = '"“”«»'  # an Arabic keyboard types « » or “ ” as readily as "

# A typed word keeps two letters behind a clitic and the article (`والي`, governor, is no و +
# `الي`, which is how `إلى` normalises) and three once the article is off (`الله` is no ال + له).
_MINARTICLE_FORM = 4
_MIN_BARE = 3


class QueryError(ValueError):
    """A query that cannot be read; the message is one line a reader can act on."""


@dataclass(frozen=True)
class Phrase:
    """Words that must stand next to each other, in order; one word is a phrase of one.

    `words` are normalised keys. The first word matches through its clitic forms (the phrase
    `حكومه العراقيه` is in `للحكومة العراقية`); the words after it match as typed.
    """

    words: tuple[str, ...]

    def forms(self, index: int) -> tuple[str, ...]:
        return clitic_forms(self.words[0], article=True) if index == 0 else (self.words[index],)

    def terms(self) -> tuple[str, ...]:
        """What an index of stems and word pairs (`index_terms`) must hold at consecutive places.

        One word: its key, which every written form of it holds as a stem. Several: each pair of
        neighbours, the first one's left word a stem, the others as typed, since each pair's right
        word is held as typed and fixes the next pair's left word: `"الحكومه العراقيه الجديده"` is
        `حكومه العراقيه` then `العراقيه الجديده`.
        """
        if len(self.words) == 1:
            return self.words
        return tuple(f"{left} {right}" for left, right in zip(self.words, self.words[1:], strict=False))


@dataclass(frozen=True)
class Query:
    """All of `groups` must match (each group: any of its phrases), none of `excluded`."""

    groups: tuple[tuple[Phrase, ...], ...]
    excluded: tuple[Phrase, ...] = ()

    @property
    def phrases(self) -> tuple[Phrase, ...]:
        """The phrases a hit is looked for by: what snippets mark."""
        return tuple(phrase for group in self.groups for phrase in group)


def parse_query(text: str) -> Query:
    """Read a query, or raise QueryError saying what is wrong with it and how to mend it."""
    groups: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    pending_or = False
    last_negated = False
    for token, quoted, negated in _tokens(text):
        if not quoted and not negated and (token == OR_WORD or normalize(token) == OR_WORD_ARABIC):
            if last_negated:
                raise QueryError(f"an excluded word cannot take {token}: write the alternatives without a minus")
            if not groups or pending_or:
                raise QueryError(f"{token} needs a word on each side, e.g. بغداد OR دمشق")
            pending_or = True
            continue
        phrase = _phrase(token)
        if phrase is None:
            if pending_or:
                raise QueryError(f"OR needs a word on each side, not «{token}»")
            continue  # punctuation alone, e.g. a stray «،»
        if negated:
            if pending_or:
                raise QueryError(f"an excluded word cannot take OR: remove the minus from -{token}")
            excluded.append(phrase)
        elif pending_or:
            groups[-1].append(phrase)
            pending_or = False
        else:
            groups.append([phrase])
        last_negated = negated
    if pending_or:
        raise QueryError("OR needs a word on each side, e.g. بغداد OR دمشق")
    if not groups:
        if excluded:
            raise QueryError("only excluded words: add a word to look for, e.g. العراق -داعش")
        raise QueryError("empty query: type at least one word")
    unique_groups = dict.fromkeys(tuple(dict.fromkeys(group)) for group in groups)
    return Query(tuple(unique_groups), tuple(dict.fromkeys(excluded)))


def _tokens(text: str):
    """(text, quoted, negated) for each word or quoted phrase; raises on a stray quote or minus."""
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        negated = text[i] == "-"
        if negated:
            i += 1
            if i == n or text[i].isspace():
                raise QueryError('a minus must stand right before a word or a "phrase": -word')
        if text[i] in _QUOTE_MARKS:
            end = next((j for j in range(i + 1, n) if text[j] in _QUOTE_MARKS), None)
            if end is None:
                raise QueryError(f'unclosed quote at character {i + 1}: add the closing " or remove this one')
            phrase = text[i + 1 : end]
            if not normalize(phrase):
                raise QueryError('empty phrase: put words between the quotes, e.g. "الحكومة العراقية"')
            yield phrase, True, negated
            i = end + 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in _QUOTE_MARKS:
            i += 1
        yield text[start:i], False, negated


def _phrase(text: str) -> Phrase | None:
    words = normalize(text).split()
    if not words:
        return None
    # A word punctuation splits (`f-16`, `U.S.`) is a phrase of its parts.
    return Phrase((query_key(words[0]), *words[1:]))


@lru_cache(maxsize=4096)
def query_key(word: str) -> str:
    """A typed word as it is looked up: without the clitics and the article in front of it.

    `والعراق`, `بالعراق`, `للعراق`, `العراق` are looked up as `عراق`, whose forms are all of them.
    The article goes too because Arabic makes a noun definite without it in a construct
    (`انسحاب القوات`): `الانسحاب` must find `انسحاب`. A word with a clitic and no article stays as
    typed: `وبغداد` cannot be told from `وزير` without a dictionary (type `بغداد` to find `وبغداد`).
    """
    if word.startswith(ARTICLE):
        article_form = word
    else:
        readings = (stem for stem in clitic_stems(word)[1:] if stem.startswith(ARTICLE))
        article_form = next((stem for stem in readings if len(stem) >= _MINARTICLE_FORM), None)
        if article_form is None:
            return word
    bare = article_form[len(ARTICLE) :]
    return bare if len(bare) >= _MIN_BARE else article_form


def index_terms(words: list[str], gap: str) -> list[tuple[int, str]]:
    """(place, term) for each term an index of these words holds, for `Phrase.terms` to find.

    At each word's place: every clitic stem of it (the word itself first), and for the pair it
    starts, each stem followed by the next word as written. No pair spans a `gap` word. A phrase
    then matches as a few rare terms instead of common words whose every place must be checked:
    `"التحالف الدولي في"` was 2 s at a million stories, its three words being in 291,341 of them.
    """
    terms = []
    for place, word in enumerate(words):
        if word == gap:
            continue
        stems = clitic_stems(word)
        terms += [(place, stem) for stem in stems]
        following = words[place + 1] if place + 1 < len(words) else gap
        if following != gap:
            terms += [(place, f"{stem} {following}") for stem in stems]
    return terms


def phrase_at(phrase: Phrase, keys: list[str], start: int) -> bool:
    """Whether the normalised words `keys` hold `phrase` at `start`: the databases' rule, in Python."""
    if start + len(phrase.words) > len(keys):
        return False
    return all(keys[start + i] in phrase.forms(i) for i in range(len(phrase.words)))
