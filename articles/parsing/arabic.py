"""Arabic normalisation: one definition of "the same text" for keys, search, matching and dedup.

The stored text is never rewritten with these functions; they build comparison keys only.
DESIGN.md, "Arabic text rules", is the specification this module implements.
"""

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

# Tashkeel (U+064B-U+0652), superscript alef (U+0670) and tatweel (U+0640) carry no meaning for
# matching: "مُوالٍ" and "موالٍ" are one word, "تـونس" and "تونس" one name.
_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")

# Letters folded before comparison. ی and ک are the Persian forms some sites emit (003: الأمیرکیة).
_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ي": "ي",
        "ک": "ك",
        "ؤ": "و",
        "ئ": "ي",
    }
)
# Only for matching keys: ة and ه are confused constantly in headlines and user queries.
_TA_MARBUTA = str.maketrans({"ة": "ه"})

# Arabic-Indic (U+0660-9) and Persian (U+06F0-9) digits to ASCII.
_DIGITS = str.maketrans({chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)})
# All three folds in one table, with the diacritics dropped and `_` made a separator (it is a
# word character for `re`): one pass over the text instead of five.
_KEY_FOLDS = _LETTERS | _TA_MARBUTA | _DIGITS | {code: None for code in [*range(0x064B, 0x0653), 0x0670, 0x0640]}
_KEY_FOLDS[ord("_")] = " "
# str.translate raises and catches a LookupError for every character its table lacks, which cost
# more than the lookups: ASCII, Arabic and general punctuation map to themselves here instead.
_KEY_FOLDS = {code: code for code in [*range(0x0700), *range(0x2000, 0x2070)]} | _KEY_FOLDS

# Letters Persian writers use where Arabic has its own; these are display fixes, not key folds.
_PERSIAN_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك"})

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")

# Clitics written onto the front of a word, in the order Arabic stacks them: a conjunction (و ف),
# then a preposition (ب ك ل), then the article; ل + ال is spelled لل (للعراق).
_CONJUNCTIONS = ("", "و", "ف")
_PREPOSITIONS = ("", "ب", "ك", "ل")
# A stem shorter than this is not trusted: "ول" is no word to strip down to.
_MIN_STEM = 2


def fold_persian(text: str) -> str:
    """Replace Persian ی ک by Arabic ي ك: the text as an Arabic reader expects to see it."""
    return text.translate(_PERSIAN_TO_ARABIC)


def clean_spaces(text: str) -> str:
    """NBSP, thin spaces and runs of white space become one ASCII space; ends trimmed."""
    return _SPACES.sub(" ", text.replace("\u200f", "").replace("\u200e", "")).strip()


def normalize(text: str) -> str:
    """The comparison key of a text: folded letters, ASCII digits, no punctuation, single spaces.

    Two spellings a reader takes for the same words get the same key:
    >>> normalize("الأمیرکیة") == normalize("الاميركيه")
    True
    """
    # Anything that is not a letter or digit separates words: quotes, punctuation, dashes, marks.
    return " ".join(_WORD.findall(unicodedata.normalize("NFKC", text).translate(_KEY_FOLDS))).casefold()


# Called for every word of every article; the vocabulary repeats. 8,192 entries hit as often as
# 65,536 over corpus-10k's 2.1 M lookups (99.22%).
@lru_cache(maxsize=1 << 13)
def clitic_stems(word: str) -> tuple[str, ...]:
    """Every reading of one normalised word with its attached clitics taken off, the word first.

    A word cannot tell by itself whether its first letter is a clitic ("وزير" is a word, "وبغداد"
    is و + بغداد), so all readings are returned and the caller matches any of them against known
    names: "والعراق", "بالعراق", "للعراق" each include "العراق" and "عراق".
    """
    stems = [word]
    for conjunction in _CONJUNCTIONS:
        if not word.startswith(conjunction):
            continue
        after_conjunction = word[len(conjunction) :]
        for preposition in _PREPOSITIONS:
            rest = after_conjunction[len(preposition) :]
            if not after_conjunction.startswith(preposition) or len(rest) < _MIN_STEM:
                continue
            if preposition == "ل" and rest.startswith("ل") and len(rest) > _MIN_STEM:
                stems += ["ال" + rest[1:], rest[1:]]  # للعراق = ل + العراق
                stems.append("ال" + rest)  # للجنة = ل + اللجنة: a stem in ل loses the article's ل too
            if conjunction or preposition:
                stems.append(rest)
            if rest.startswith("ال") and len(rest) - 2 >= _MIN_STEM:
                stems.append(rest[2:])
    return tuple(dict.fromkeys(stems))


# The forms of names and word lists are checked uncached: the gazetteer's hundred thousand forms
# would fill the cache before the first text is read, and a forked worker that evicts them
# writes to pages it shares with the importer.
_stems = clitic_stems.__wrapped__


def written_forms(words: Iterable[str]) -> frozenset[str]:
    """Every word whose `clitic_stems` include one of `words`: `key in written_forms(words)` is
    `any(stem in words for stem in clitic_stems(key))`, one set lookup instead of a cache entry per word.

    A stem is what is left of a word after a conjunction and a preposition (`c + p + rest`): `rest`
    itself, `rest` without its article, or for ل before a word in ل (`للعراق`) that word with and
    without the article. So a word behind clitics is one of these four shapes, each checked.
    """
    forms = set()
    for word in words:
        forms.add(word)
        bare = [word, ARTICLE + word]
        lam = ["لل" + word] + (["لل" + word[2:], "ل" + word[2:]] if word.startswith(ARTICLE) else [])
        for conjunction in _CONJUNCTIONS:
            candidates = [conjunction + preposition + base for preposition in _PREPOSITIONS for base in bare]
            forms.update(form for form in candidates + [conjunction + form for form in lam] if word in _stems(form))
    return frozenset(forms)


ARTICLE = "ال"
# From this length on, every clitic form built for a key has the key among its stems.
_ALWAYS_A_STEM = _MIN_STEM + 2  # `للعراق`: ل + `لعراق`, whose ل then stands for the article


@lru_cache(maxsize=1 << 14)
def clitic_forms(key: str, *, article: bool = False) -> tuple[str, ...]:
    """Every spelling of a normalised word or name behind clitics, `key` first: the inverse of
    `clitic_stems`, and checked against it (a form is kept only if `key` is one of its stems).

    `العراق` → العراق والعراق بالعراق للعراق وللعراق …. With `article`, a word without the article
    takes it too (`انسحاب` → الانسحاب والانسحاب …): what a search word needs, since Arabic makes a
    noun definite without ال in a construct. A gazetteer name does not: `حماس` is no `الحماس`.
    """
    # Every candidate is checked against clitic_stems, so the forms are exactly the words that
    # have `key` among their stems: the article base too when `key` begins with ال (`الالتزام` is
    # ال + `التزام`) or is no Arabic word, where a stem can still be reached through it.
    bases = [key, ARTICLE + key] if article else [key]
    # From four letters on every candidate passes the check (clitic_stems keeps any stem of two letters
    # or more), and checking the gazetteer's names took most of the second its automaton cost to build.
    checked = len(key) < _ALWAYS_A_STEM
    forms = [key]
    for base in bases:
        for conjunction in _CONJUNCTIONS:
            for preposition in _PREPOSITIONS:
                candidates = [conjunction + preposition + base]
                if preposition == "ل" and base.startswith(ARTICLE):
                    candidates.append(conjunction + "لل" + base[2:])  # ل + العراق is written للعراق
                    if base.startswith("الل"):
                        candidates.append(conjunction + "ل" + base[2:])  # ل + اللجنة is written للجنة
                forms += [form for form in candidates if not checked or key in _stems(form)]
    return tuple(dict.fromkeys(forms))


def fold_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII, nothing else touched."""
    return text.translate(_DIGITS)


def strip_diacritics(text: str) -> str:
    return _DIACRITICS.sub("", text)
