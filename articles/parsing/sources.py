"""Who published, wired or is credited with a story, and the dateline it was filed under.

Conventions (DESIGN.md): one `المصدر:` line names the publisher; with two, the first is the wire
agency and the last the publisher. An outlet named only in a disclaimer or app ad is the publisher.
The slashed or bracketed part of a credit line is a credit. One row per outlet, strongest role kept.
"""

import re
from dataclasses import dataclass

from articles.parsing.arabic import normalize
from articles.parsing.lines import ends_sentence, strip_quotes, word_count

PUBLISHER, WIRE, CREDIT = "publisher", "wire", "credit"
_STRENGTH = {PUBLISHER: 0, WIRE: 1, CREDIT: 2}


@dataclass(frozen=True)
class ParsedSource:
    name: str
    role: str


# `المصدر: “رويترز”` (000), `المصدر: الجزيرة` (002).
SOURCE_LINE = re.compile(r"^(?:المصدر|مصدر الخبر|المصدر الأصلي)\s*[:：]\s*(?P<name>.+)$")

# A credit line on its own: `بغداد (وكالات)` (000), `عمان (بترا)`, `نيروبي – (رويترز)`, `جنيف- (د ب أ):`,
# `جاكرتا/ (وكالات)`.
CREDIT_PLACE_OUTLET = re.compile(
    r"^(?P<place>[^\W\d][^()/:–—-]{1,30}?)\s*(?:[–—/-]\s*)?\((?P<outlet>[^()]{2,40})\)\s*:?$"
)
# `الثورة نت/` (004): the outlet, then a slash, then nothing.
CREDIT_OUTLET_SLASH = re.compile(r"^(?P<outlet>[^/:()]{2,40})/$")
# Under a title, a place, a slash and the outlet: `أربيل/ رووداو`, `كاراكاس / وكالات`, `كويتا/إسلام آباد –
# وكالات`, `مسقط/ العُمانية/`. Only there: elsewhere a short line with a slash may be a subheading (`بغداد/أربيل`).
_CREDIT_WORDS = r"[^\W\d][^\s/:–—()\-.،]*(?: [^\W\d][^\s/:–—()\-.،]*)?"
CREDIT_PLACE_SLASH = re.compile(
    rf"^(?P<place>{_CREDIT_WORDS})\s*/\s*(?:{_CREDIT_WORDS}\s+[–—-]\s*)?"
    rf"(?P<outlet>{_CREDIT_WORDS}(?: [^\W\d][^\s/]*)?)\s*/?$"
)
# `المسلة – متابعة – وكالات` (003): outlets joined by dashes.
CREDIT_DASHED = re.compile(r"^[^–—:()/]{2,30}(?:\s+[–—-]\s+[^–—:()/]{2,30})+$")
_DASH = re.compile(r"\s+[–—-]\s+")
# Words in a credit line that describe the work, not who did it.
CREDIT_NOT_OUTLET = {normalize(w) for w in ("متابعة", "خاص", "تقرير", "ترجمة", "تحرير", "تغطية")}
_MAX_CREDIT_WORDS = 8

# A dateline at the start of the first paragraph: `بغداد/المسلة:` (003), `العراق –` (000),
# `بغداد (وكالات) -`, `دمشق:`. The place is one or two words.
_PLACE = r"(?P<place>[^\W\d][^\s/:–—()\-.،]*(?: [^\W\d][^\s/:–—()\-.،]*)?)"
_MARKED_DATELINES = (
    re.compile(rf"^{_PLACE}\s*/\s*(?P<outlet>[^:/]{{2,30}}?)\s*:\s*"),
    re.compile(rf"^{_PLACE}\s*\((?P<outlet>[^()]{{2,30}})\)\s*[:–—-]?\s*"),
    re.compile(rf"^{_PLACE}\s+[–—-]\s+"),
)
DATELINE_PATTERNS = (*_MARKED_DATELINES, re.compile(rf"^{_PLACE}\s*:\s+"))
# Words that start a sentence with a colon but are no place: `وقال: …`, `أضاف:`.
_NOT_PLACE = re.compile(r"^(?:و|ف)?(?:قال|قالت|أضاف|أضافت|تابع|أكد|أكدت|وأضاف|كتب|كتبت|بقلم)$")

# Disclaimers that name the outlet: 001 `المقالات المنشورة في "نداء بوست" تعبّر عن آراء كتابها`,
# 003 `… لايعبّر بالضرورة عن وجهة نظر المسلة، والمصدر هو المسؤول عن المحتوى`.
DISCLAIMERS = (
    re.compile(r"المقالات المنشورة (?:في|على) [\"“«]?(?P<outlet>[^\"”»]{2,40}?)[\"”»]? تعب"),
    re.compile(r"لا ?يعب[ّ]?ر بالضرورة عن (?:وجهة نظر|رأي) (?P<outlet>[^،,.]{2,40}?)\s*[،,.]"),
    re.compile(r"(?:لا تعبر|لا تعبّر) بالضرورة عن (?:رأي|وجهة نظر|سياسة) (?P<outlet>[^،,.]{2,40}?)\s*[،,.]"),
    # `… تعبّر عن آراء كتابها وليس بالضرورة عن رأي موقع "الشارع المغاربي".`
    re.compile(r"وليس بالضرورة عن (?:رأي|وجهة نظر) موقع [\"“«]?(?P<outlet>[^\"”»،,.]{2,40}?)[\"”»]?\s*\.?$"),
)
# App advertisements: `إضغط على الصورة لتحميل تطبيق النهار للإطلاع على كل الآخبار …` (003).
APP_AD = re.compile(r"^[إا]ضغط (?:على الصورة|هنا) لتحميل تطبيق (?P<outlet>.{2,40}?) (?:لل[إا]طلاع|على)")
# Outlet names in disclaimers are often the site, not its full name: "الموقع" means "this site".
_GENERIC_OUTLET = {normalize(w) for w in ("الموقع", "الصحيفة", "الجريدة", "الوكالة", "القناة")}


def parse_source_line(text: str) -> str | None:
    match = SOURCE_LINE.match(text)
    return strip_quotes(match["name"]) if match else None


def parse_credit_line(text: str, *, under_title: bool = False) -> tuple[str, list[str]] | None:
    """A stand-alone credit line as (place, outlets), or None. The place may be empty."""
    if word_count(text) > _MAX_CREDIT_WORDS:
        return None
    if match := CREDIT_PLACE_OUTLET.match(text):  # its own end: `جنيف- (د ب أ):` ends on a colon
        return match["place"].strip(), [strip_quotes(match["outlet"])]
    if ends_sentence(text):
        return None
    if under_title and (match := CREDIT_PLACE_SLASH.match(text)):
        return match["place"].strip(), [strip_quotes(match["outlet"])]
    if match := CREDIT_OUTLET_SLASH.match(text):
        return "", [strip_quotes(match["outlet"])]
    if CREDIT_DASHED.match(text):
        parts = [strip_quotes(part) for part in _DASH.split(text)]
        return "", [part for part in parts if part and normalize(part) not in CREDIT_NOT_OUTLET]
    return None


def split_dateline(paragraph: str, *, bare_colon: bool = True) -> tuple[str, str, str] | None:
    """(place, outlet, rest of paragraph) when the paragraph opens with a dateline, else None.

    bare_colon: also `دمشق: …`, a place and a colon alone, which is how a headline names its
    subject too (`تركيا: البرلمان يشكل لجنة…`, `الصحة العالمية: …`).
    """
    for pattern in DATELINE_PATTERNS if bare_colon else _MARKED_DATELINES:
        match = pattern.match(paragraph)
        if not match or _NOT_PLACE.match(match["place"]) or normalize(match["place"]) in CREDIT_NOT_OUTLET:
            continue
        rest = paragraph[match.end() :].strip()
        if word_count(rest) < 3:  # `العراق : اعتقال …` as a whole short line is a headline
            continue
        outlet = match.groupdict().get("outlet") or ""
        return match["place"].strip(), strip_quotes(outlet), rest
    return None


def outlet_named_in_boilerplate(text: str) -> str | bool | None:
    """The outlet a disclaimer or app ad names; None if it names none; False if not boilerplate."""
    for pattern in (*DISCLAIMERS, APP_AD):
        if match := pattern.search(text):
            outlet = strip_quotes(match["outlet"])
            return None if normalize(outlet) in _GENERIC_OUTLET else outlet
    return False


def assign_roles(source_lines: list[str], publishers: list[str], credits: list[str]) -> tuple[ParsedSource, ...]:
    """One ParsedSource per outlet (by normalised name), with its strongest role, in order of appearance."""
    named: list[tuple[str, str]] = []
    if source_lines:
        *wires, publisher = source_lines
        named += [(name, WIRE) for name in wires] + [(publisher, PUBLISHER)]
    named += [(name, PUBLISHER) for name in publishers] + [(name, CREDIT) for name in credits]
    chosen: dict[str, ParsedSource] = {}
    for name, role in named:
        key = normalize(name)
        if not key:
            continue
        current = chosen.get(key)
        if current is None or _STRENGTH[role] < _STRENGTH[current.role]:
            chosen[key] = ParsedSource(name=current.name if current else name, role=role)
    return tuple(chosen.values())
