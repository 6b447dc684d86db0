"""Keyword tags: `كلمات دلالية: …` lines, where the site's tags are run together with plain spaces.

004 writes eleven tags as one line: `ملفات ملفات ملفات التحالف الدولي القوات الأمنية العراقية العراق
وأميركا قوات التحالف …`. No delimiter survives the scrape, so tags are rebuilt from how Arabic noun
phrases hold together: an adjective follows its noun, a construct (إضافة) joins an indefinite noun to
a definite one, `في` and a `و` conjunction bind their neighbours. Everything else starts a new tag.
"""

import re

from articles.parsing.arabic import fold_persian, normalize

# `كلمات دلالية: الولایات المتحدة فی العراق` (000, 002-004); other sites write `الكلمات المفتاحية`.
KEYWORDS_LINE = re.compile(
    r"^(?:كلمات دلالية|الكلمات الدلالية|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|وسوم)\s*[:：]?\s*(?P<tags>.*)$"
)
# Comma- or bullet-separated tag lines need no grammar.
_EXPLICIT_SEPARATORS = re.compile(r"\s*[,،;؛|•#]\s*")

# Prepositions bind the words on both sides into one tag: `الولايات المتحدة في العراق` (000).
_BINDING = {"في", "فى", "من", "الى", "على", "عن", "ضد", "مع", "بين", "لدى"}
# Words that begin with و without it being a conjunction; `واشنطن وبغداد` is two names, not one.
_WAW_WORDS = {
    normalize(w)
    for w in (
        "واشنطن",
        "وزارة",
        "وزير",
        "وزراء",
        "وكالة",
        "وفد",
        "وقف",
        "وسط",
        "ولاية",
        "وثيقة",
        "وادي",
        "وطن",
        "وحدة",
        "واقع",
        "وضع",
        "وهران",
        "ورقة",
        "وعد",
        "وقود",
        "ولي",
        "وباء",
        "وظائف",
        "وجود",
    )
}


def _is_definite(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


def _is_adjective_of(word: str, noun: str) -> bool:
    """A definite adjective agreeing with the definite noun before it.

    Nisba adjectives end in ي/يه (`الدولي`, `العراقيه`); a feminine adjective (`المتحده`) follows a
    feminine or plural noun (`الولايات`). `العراق` after `العراقيه` is a new tag (004).
    """
    if not (_is_definite(word) and _is_definite(noun)):
        return False
    if word.endswith(("ي", "يه")):
        return True
    return word.endswith("ه") and noun.endswith(("ات", "ه"))


def _is_conjunct(word: str) -> bool:
    return word.startswith("و") and len(word) > 3 and word not in _WAW_WORDS


def split_tags(text: str) -> tuple[str, ...]:
    """The tags of a keyword line in order, as written (Persian letters folded), first of each kept."""
    parts = [part for part in _EXPLICIT_SEPARATORS.split(text) if part.strip()]
    tags = parts if len(parts) > 1 else _split_run_together(text)
    unique: dict[str, str] = {}
    for tag in tags:
        tag = fold_persian(tag.strip())
        key = normalize(tag)
        if key and key not in unique:
            unique[key] = tag
    return tuple(unique.values())


def _split_run_together(text: str) -> list[str]:
    words = text.split()
    keys = [normalize(word) for word in words]
    tags: list[list[str]] = []
    conjunct_ended = False  # the current tag ends in `و…`: a construct cannot follow it
    for i, (word, key) in enumerate(zip(words, keys, strict=True)):
        previous = keys[i - 1] if i else ""
        joins = bool(tags) and (
            key in _BINDING
            or previous in _BINDING
            or _is_adjective_of(key, previous)
            or (_is_conjunct(key) and key != previous)
            or (
                _is_definite(key)
                and previous
                and not _is_definite(previous)
                and not conjunct_ended
                # `ملفات ملفات ملفات` (004): a repeated word is a tag of its own, so it cannot
                # open a construct with the next word.
                and not (i >= 2 and keys[i - 2] == previous)
            )
        )
        if joins:
            tags[-1].append(word)
        else:
            tags.append([word])
        conjunct_ended = _is_conjunct(key) and joins
    return [" ".join(tag) for tag in tags]


def parse_keywords_line(text: str) -> str | None:
    """The tag text of a keyword line (possibly empty), or None if the line is no keyword line."""
    match = KEYWORDS_LINE.match(text)
    return match["tags"].strip() if match else None
