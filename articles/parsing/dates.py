"""Publication dates. Only a `تاريخ النشر:` line or a stand-alone date line at the top of an article
counts; a date mentioned in the body ("الأحد المقبل الموافق 11 شباط/ فبراير 2024", 001) never does.

dateparser reads the languages; this module only decides which lines are dates and prepares them.
"""

import re
from datetime import date
from functools import lru_cache

from dateparser.date import DateDataParser

from articles.parsing.arabic import clean_spaces, fold_digits, strip_diacritics

# `تاريخ النشر: 12th, February 2024 GMT` (002, 003). Also seen on other sites: `نشر في:`, `بتاريخ`.
PUBLISHED_LABEL = re.compile(r"^\s*(?:تاريخ\s+النشر|تاريخ\s+نشر|نشر\s+في|نشر\s+بتاريخ|بتاريخ)\s*[:：]?\s*")

# The two month-name sets Arabic sites use, Levantine/Iraqi (شباط) and Egyptian/Gulf (فبراير),
# plus Maghrebi spellings. Only used to tell a date line from a text line before asking dateparser.
MONTHS = (
    "كانون الثاني",
    "شباط",
    "آذار",
    "اذار",
    "نيسان",
    "أيار",
    "ايار",
    "حزيران",
    "تموز",
    "آب",
    "اب",
    "أيلول",
    "ايلول",
    "تشرين الأول",
    "تشرين الاول",
    "تشرين الثاني",
    "كانون الأول",
    "كانون الاول",
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "إبريل",
    "مايو",
    "يونيو",
    "يونيه",
    "يوليو",
    "يوليه",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "جانفي",
    "فيفري",
    "أفريل",
    "افريل",
    "ماي",
    "جوان",
    "جويلية",
    "أوت",
    "اوت",
)
_MONTH = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
# `11 شباط/ فبراير 2024`, `يناير/كانون الثاني`: one month written in both sets; keep the second.
_DUAL_MONTH = re.compile(rf"(?:{_MONTH})\s*/\s*({_MONTH})")
_MONTH_WORD = re.compile(rf"(?<!\w)(?:{_MONTH})(?!\w)")
_ENGLISH_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}$")
# Words that may stand beside a date on its own line: weekdays, "GMT", a time, the Hijri marker.
_DATE_LINE_NOISE = re.compile(
    r"(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|GMT|UTC|"
    r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:ص|م|AM|PM|am|pm)?|\bم\b|ميلادي)",
)
_MAX_DATE_LINE_WORDS = 8

_SETTINGS = {
    # A date without a day ("سبتمبر 2024") is not a publication date: never complete it with today.
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    # A publication date is written out; "منذ ساعتين" read against today's clock is no archive date.
    "PARSERS": ["timestamp", "absolute-time", "no-spaces-time"],
}
# Levantine months (شباط, كانون الثاني) need the ar-SY locale, Maghrebi ones (جانفي) ar-DZ; plain
# languages cover Egyptian/Gulf months and English lines (`12th, February 2024`). Built once: a
# parser loads its locales' data when it is made.
_PARSERS = (
    DateDataParser(locales=["ar-SY"], settings=_SETTINGS),
    DateDataParser(locales=["ar-DZ"], settings=_SETTINGS),
    DateDataParser(languages=["ar", "en"], settings=_SETTINGS),
)


def _prepare(text: str) -> str:
    text = clean_spaces(fold_digits(strip_diacritics(text)))
    text = _DUAL_MONTH.sub(r"\1", text)
    return text.replace("،", " ").replace(",", " ")


def _parse(prepared: str) -> date | None:
    # The weekday, the clock time and "GMT" say nothing about the day: without them a day's
    # date lines share one key, and dateparser (a millisecond a line) runs once a day and format.
    key = clean_spaces(_DATE_LINE_NOISE.sub(" ", prepared))
    common = _common_date(key)
    return common if common is not None else _parse_key(key)


# The month names a common line spells, by number. A day and a year around one of them is what
# most date lines are, and dateparser reads each in a millisecond: a corpus of many days misses
# its cache. Checked against dateparser for every name, days 0-32, five years from 1999 to 2026
# and a sample of 1900-2099; tests/parsing/test_dates_fast.py keeps checking every name.
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("كانون الثاني", "يناير", "جانفي"),
            ("شباط", "فبراير", "فيفري"),
            ("آذار", "اذار", "مارس"),
            ("نيسان", "أبريل", "ابريل", "إبريل", "أفريل", "افريل"),
            ("أيار", "ايار", "مايو", "ماي"),
            ("حزيران", "يونيو", "يونيه", "جوان"),
            ("تموز", "يوليو", "يوليه", "جويلية"),
            ("آب", "اب", "أغسطس", "اغسطس", "أوت", "اوت"),
            ("أيلول", "ايلول", "سبتمبر"),
            ("تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر"),
            ("تشرين الثاني", "نوفمبر"),
            ("كانون الأول", "كانون الاول", "ديسمبر"),
        ),
        start=1,
    )
    for name in names
}
_ENGLISH_MONTH_NUMBERS = {
    name: number
    for number, month in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
    for name in (month, month[:3])
}
# `24 سبتمبر 2024`, `12th February 2024` (a date line without its weekday, clock and commas).
# dateparser reads an ordinal suffix beside an English month only: `12th شباط` is none of these.
_COMMON_DATE = re.compile(r"([0-9]{1,2})((?:st|nd|rd|th)?) ([^\W\d_]+(?: [^\W\d_]+)?) ((?:19|20)[0-9]{2})")


def _common_date(key: str) -> date | None:
    """The date of a line in a common form, or None: not such a line, or no such day (dateparser decides)."""
    match = _COMMON_DATE.fullmatch(key)
    if match is None:
        return None
    day, suffix, month, year = match.groups()
    number = _MONTH_NUMBERS.get(month) if not suffix else None
    if number is None:
        number = _ENGLISH_MONTH_NUMBERS.get(month.casefold())
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


@lru_cache(maxsize=1 << 15)
def _parse_key(text: str) -> date | None:
    for parser in _PARSERS:
        parsed = parser.get_date_data(text).date_obj
        if parsed is not None:
            return parsed.date()
    return None


def looks_like_date(text: str) -> bool:
    """Cheap test before dateparser: a short line with a digit and a month name or numeric date."""
    words = text.split()
    if not words or len(words) > _MAX_DATE_LINE_WORDS or not any(ch.isdigit() for ch in text):
        return False
    prepared = _prepare(text)
    return bool(_MONTH_WORD.search(prepared) or _ENGLISH_MONTH.search(prepared) or _NUMERIC_DATE.match(prepared))


def parse_date_line(line: str) -> date | None:
    """The date a stand-alone date line gives (`24 سبتمبر، 2024`, `١٢ شباط ٢٠٢٤`), else None.

    The whole line must be the date: a sentence that mentions a date is not a date line.
    """
    if not looks_like_date(line):
        return None
    prepared = _prepare(line)
    leftover = _DATE_LINE_NOISE.sub(" ", _MONTH_WORD.sub(" ", _ENGLISH_MONTH.sub(" ", prepared)))
    if re.search(r"[^\W\d_]{3,}", re.sub(r"\d+(?:st|nd|rd|th)\b", " ", leftover)):
        return None  # other words beside the date: a sentence, not a date line
    return _parse(prepared)


def parse_published_line(line: str) -> date | bool | None:
    """For a `تاريخ النشر:` line, the date it gives (None if unreadable); False for any other line."""
    match = PUBLISHED_LABEL.match(line)
    if not match:
        return False
    value = line[match.end() :]
    if not looks_like_date(value):
        return None
    return _parse(_prepare(value))
