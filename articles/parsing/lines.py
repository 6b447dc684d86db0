"""Lines of a dump: the text a rule reads, and the verbatim text the archive keeps."""

import re
from dataclasses import dataclass

from articles.parsing.arabic import clean_spaces, normalize


@dataclass(frozen=True)
class Line:
    raw: str  # exactly as in the file, line ending included
    text: str  # white space cleaned; what the rules read
    key: str  # normalised, for comparing against markers

    @classmethod
    def read(cls, raw: str) -> "Line":
        text = clean_spaces(raw)
        return cls(raw=raw, text=text, key=normalize(text))

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Every line of the text, CRLF and lone CR included, with its ending kept for the raw copy."""
    return [Line.read(raw) for raw in text.splitlines(keepends=True)]


# A sentence is finished by one of these, possibly followed by closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?؟…:؛]['\"”’»)\]]*$")
_QUOTES = "\"'“”«»‘’„"


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def word_count(text: str) -> int:
    return len(text.split())


def strip_quotes(text: str) -> str:
    """`“رويترز”` → `رويترز`; inner quotes stay."""
    return text.strip().strip(_QUOTES + " .،,:").strip()
