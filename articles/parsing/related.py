"""Headlines of other stories that a page lists: `مقالات مشابهة` bullets, `أخبار ذات صلة` lines and
headline lines injected into the body."""

import re
from dataclasses import dataclass
from itertools import pairwise

from articles.parsing.arabic import normalize
from articles.parsing.lines import ends_sentence, word_count

READ_ALSO, SIMILAR, RELATED = "read_also", "similar", "related"


@dataclass(frozen=True)
class ParsedLink:
    kind: str
    headline: str
    # For read_also: which segment of the same dump is the linked story (1 = first appended).
    target_segment: int | None = None


# `مقالات مشابهة` (000, 004): a header, then `  • headline` bullets. Other sites' names for the block.
SIMILAR_HEADERS = {
    normalize(h)
    for h in ("مقالات مشابهة", "مقالات ذات صلة", "مواضيع ذات صلة", "مواضيع مشابهة", "أخبار مشابهة", "قد يعجبك أيضا")
}
# `أخبار ذات صلة الإمارات تعبر … العراق يدين …` (000): headlines run together after the label.
RELATED_LINE = re.compile(
    r"^(?:أخبار ذات صلة|اخبار ذات صلة|ذات صلة|اقرأ أيضا في|روابط ذات صلة)\s*[:：]?\s*(?P<rest>.*)$"
)
BULLET = re.compile(r"^[•·▪●◦‣*-]\s*(?P<headline>.+)$")

# An injected headline is a short line without final punctuation (002: four in a row mid-body).
MAX_HEADLINE_WORDS = 16
# One unpunctuated line alone is a subheading (`تقدير الموقف العسكري`, 002); two or more in a row
# are headlines of other stories.
MIN_HEADLINE_RUN = 2

_PREPOSITIONS = {normalize(w) for w in ("في", "من", "على", "إلى", "عن", "مع", "بين", "ضد", "لدى", "حول", "منذ")}


def is_headline_like(text: str) -> bool:
    return not ends_sentence(text) and word_count(text) <= MAX_HEADLINE_WORDS


def _is_imperfect_verb(word: str) -> bool:
    return word[:1] in {"ي", "ت"} and len(word) >= 4 and not word.startswith("ال")


def split_run_together(text: str) -> list[str]:
    """Headlines written on one line without separators, split where a new `Subject Verb…` starts.

    `… التصعيد في لبنان العراق يدين الهجوم …` splits before `العراق`: a definite noun that
    follows a non-preposition and is followed by a present-tense verb opens a new headline.
    """
    words = text.split()
    keys = [normalize(word) for word in words]
    starts = [0]
    for i in range(1, len(words) - 1):
        if (
            keys[i].startswith("ال")
            and _is_imperfect_verb(keys[i + 1])
            and keys[i - 1] not in _PREPOSITIONS
            and i - starts[-1] >= 3
        ):
            starts.append(i)
    bounds = [*starts, len(words)]
    return [" ".join(words[a:b]) for a, b in pairwise(bounds) if a < b]
