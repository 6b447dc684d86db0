"""A dump, read the way a curator reads it: the host story, the stories glued after `إقرأ أيضاً:`,
and the site's furniture around them.

A dump is cut into segments first (`split_segments`), then each segment is read on its own
(`parse_segment`), so a stored article can be re-read from its own raw text after a parser change.
"""

import hashlib
import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property

from articles.parsing import dates, keywords, related, sources
from articles.parsing.arabic import normalize
from articles.parsing.decoding import decode
from articles.parsing.lines import Line, ends_sentence, split_lines, word_count
from articles.parsing.related import ParsedLink
from articles.parsing.sources import ParsedSource

# A glued-on story starts here (000, 002-004: `إقرأ أيضاً:`); matched on the normalised line, so
# `اقرأ أيضا`, `اقرأ ايضاً` and `إقرأ ايضا` are one marker. Text after the colon is its title.
READ_ALSO = re.compile(r"^اقرا ايضا(?: (?P<title>.+))?$")

# Site furniture on a line of its own (001 ends with `أحدث المواد`).
BOILERPLATE_LINES = {
    normalize(line)
    for line in ("أحدث المواد", "الأكثر قراءة", "الأكثر مشاهدة", "اقرأ المزيد", "شارك هذا المقال", "شارك الخبر")
}
# `About Post Author زينSee author's posts` (003); `بقلم: …` and `كتب: …` on other sites.
AUTHOR_PATTERNS = (
    re.compile(r"About Post Author\s*(?P<name>.+?)\s*See author['’]s posts", re.IGNORECASE),
    re.compile(r"^(?:بقلم|كتب|كتبت|إعداد)\s*[:：]\s*(?P<name>[^.،,]{2,60})$"),
)
# A title is a line, not a paragraph: 000 and 004 open with a 30-word sentence ending in `.`.
MAX_TITLE_WORDS = 25
# An inferred title is the lead sentence, cut on a word boundary near this length.
MAX_INFERRED_TITLE = 120
_SENTENCE_BREAK = re.compile(r"(?<=[.!?؟])\s+")


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    title_inferred: bool  # no title line (000, 004): the lead sentence stands in
    published_date: date | None  # None if the dump gives none; never read from the body
    dateline_place: str
    author: str
    body: str  # paragraphs and subheadings, separated by blank lines; no boilerplate
    sources: tuple[ParsedSource, ...]
    keywords: tuple[str, ...]
    keywords_raw: str  # the keyword line's tags exactly as written
    links: tuple[ParsedLink, ...]
    raw_text: str  # the segment exactly as read
    segment: int  # 0 for the host story, 1… for appended stories in order
    problems: tuple[str, ...] = ()
    # The dateline opened the lead (`الرباط – …`), which is story text; a stand-alone credit line's
    # place (`بغداد (وكالات)` on its own line) is not.
    dateline_in_lead: bool = False

    @cached_property  # computed once, in the worker that parsed the story, and pickled with it
    def content_hash(self) -> str:
        """SHA-256 of the normalised body (the title if the body is empty): one story, one key."""
        return hashlib.sha256(normalize(self.body or self.title).encode()).hexdigest()


@dataclass(frozen=True)
class ParsedDump:
    articles: tuple[ParsedArticle, ...]  # host first
    encoding: str
    sha256: str


@dataclass(frozen=True)
class Segment:
    index: int
    lines: tuple[Line, ...]

    @property
    def raw_text(self) -> str:
        return "".join(line.raw for line in self.lines)


def parse_dump(data: bytes) -> ParsedDump:
    """Read a whole dump from its bytes. Raises DumpError for a file that is not a text dump."""
    decoded = decode(data)
    segments = split_segments(decoded.text)
    host, *appended = (parse_segment(segment.raw_text, segment.index, segment.lines) for segment in segments)
    # The host page links to each story glued onto it; the link is the dump's, not the host text's.
    read_also = tuple(ParsedLink(related.READ_ALSO, story.title, story.segment) for story in appended)
    host = replace(host, links=read_also + host.links)
    return ParsedDump(articles=(host, *appended), encoding=decoded.encoding, sha256=hashlib.sha256(data).hexdigest())


def split_segments(text: str) -> list[Segment]:
    """The host segment and one per appended story, each a verbatim run of the dump's lines.

    `مقالات مشابهة` blocks belong to the host page even when they follow an appended story (000,
    004), so they are moved to the host's segment; every other line stays where it stands.
    """
    lines = split_lines(text)
    similar = _similar_block_lines(lines)
    segments: list[list[Line]] = [[]]
    for i, line in enumerate(lines):
        if i in similar:
            continue
        if READ_ALSO.match(line.key):
            segments.append([])
        segments[-1].append(line)
    segments[0] += [lines[i] for i in sorted(similar)]
    # A marker with nothing after it (a scrape cut short) is no story: its line stays with the
    # story before it, so the raw text still holds every line.
    kept: list[list[Line]] = []
    for seg in segments:
        if kept and all(line.blank for line in seg[1:]):
            kept[-1] += seg
        else:
            kept.append(seg)
    return [Segment(index, tuple(seg)) for index, seg in enumerate(kept)]


def _similar_block_lines(lines: list[Line]) -> set[int]:
    block: set[int] = set()
    for i, line in enumerate(lines):
        if line.key not in related.SIMILAR_HEADERS:
            continue
        block.add(i)
        for j in range(i + 1, len(lines)):
            if not (lines[j].blank or related.BULLET.match(lines[j].text)):
                break
            block.add(j)
    return block


@dataclass
class _Reading:
    """What has been read from a segment so far."""

    title: str = ""
    published_date: date | None = None
    dateline_place: str = ""
    dateline_in_lead: bool = False
    author: str = ""
    paragraphs: list[str] = field(default_factory=list)
    source_lines: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    keywords_raw: list[str] = field(default_factory=list)
    links: list[ParsedLink] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def parse_segment(raw_text: str, index: int = 0, lines: tuple[Line, ...] | None = None) -> ParsedArticle:
    """Read one segment: the host story (index 0) or an appended story (its marker line first).

    `lines`: the segment's lines as `split_segments` read them, if they are `raw_text`'s lines.
    """
    # Normalising every line is most of reading one; the dump's were read once, to cut it.
    if lines is None or [line.raw for line in lines] != raw_text.splitlines(keepends=True):
        lines = split_lines(raw_text)
    lines = [line for line in lines if not line.blank]
    reading = _Reading()
    if index and lines and (marker := READ_ALSO.match(lines[0].key)):
        # The title may follow the marker on its line (`إقرأ أيضاً: عنوان`); keep it as written.
        inline_title = lines[0].text.split(":", 1)[1].strip() if marker["title"] and ":" in lines[0].text else ""
        lines = lines[1:]
        if inline_title:
            reading.title = inline_title
        elif lines:
            reading.title, lines = lines[0].text, lines[1:]
    elif (lines := _read_header(lines, reading)) and _is_title(lines[0].text):  # a date may come first
        reading.title, lines = lines[0].text, lines[1:]
    # 001 repeats its title on the next line.
    while reading.title and lines and lines[0].key == normalize(reading.title):
        lines = lines[1:]
    lines = _read_header(lines, reading)
    _read_body(lines, reading)
    _take_dateline(reading)
    body_paragraphs = _take_injected_headlines(reading)

    title, inferred = reading.title, False
    if not title:
        title, inferred = infer_title(body_paragraphs), True
        if not title:
            reading.problems.append("no title and no body to infer one from")
    return ParsedArticle(
        title=title,
        title_inferred=inferred,
        published_date=reading.published_date,
        dateline_place=reading.dateline_place,
        dateline_in_lead=reading.dateline_in_lead,
        author=reading.author,
        body="\n\n".join(body_paragraphs),
        sources=sources.assign_roles(reading.source_lines, reading.publishers, reading.credits),
        keywords=tuple(dict.fromkeys(tag for raw in reading.keywords_raw for tag in keywords.split_tags(raw))),
        keywords_raw="\n".join(reading.keywords_raw),
        links=tuple(reading.links),
        raw_text=raw_text,
        segment=index,
        problems=tuple(reading.problems),
    )


def _is_title(text: str) -> bool:
    return (
        (not ends_sentence(text) or text.endswith(("؟", "?", "!")))
        and word_count(text) <= MAX_TITLE_WORDS
        # A short line ending no sentence with `X: …` is a headline naming its subject; a lead that
        # opens on a bare-colon dateline is longer or ends its sentence.
        and sources.split_dateline(text, bare_colon=False) is None
        and not _labelled(text)
    )


def _labelled(text: str) -> bool:
    return bool(
        sources.SOURCE_LINE.match(text)
        or keywords.KEYWORDS_LINE.match(text)
        or dates.PUBLISHED_LABEL.match(text)
        or related.RELATED_LINE.match(text)
    )


def _read_header(lines: list[Line], reading: _Reading) -> list[Line]:
    """Date and credit lines between the title and the body (002, 003; 000's `بغداد (وكالات)`)."""
    while lines:
        text = lines[0].text
        published = dates.parse_published_line(text)
        if published is not False:
            if published is None:
                reading.problems.append(f"unreadable publication date: {text}")
            reading.published_date = reading.published_date or published
        elif (stand_alone := dates.parse_date_line(text)) is not None:
            reading.published_date = reading.published_date or stand_alone
        elif (credit := sources.parse_credit_line(text, under_title=True)) is not None:
            place, outlets = credit
            reading.dateline_place = reading.dateline_place or place
            reading.credits += outlets
        else:
            break
        lines = lines[1:]
    return lines


def _read_body(lines: list[Line], reading: _Reading) -> None:
    list_kind = None  # the kind of the bullets that follow a list header
    for line in lines:
        text = line.text
        if READ_ALSO.match(line.key):  # an empty read-also section kept in this segment
            continue
        if line.key in related.SIMILAR_HEADERS:
            list_kind = related.SIMILAR
            continue
        if list_kind and (bullet := related.BULLET.match(text)):
            reading.links.append(ParsedLink(list_kind, bullet["headline"].strip()))
            continue
        list_kind = None
        if (name := sources.parse_source_line(text)) is not None:
            reading.source_lines.append(name)
        elif (tags := keywords.parse_keywords_line(text)) is not None:
            reading.keywords_raw.append(tags)
        elif match := related.RELATED_LINE.match(text):
            headlines = related.split_run_together(match["rest"]) if match["rest"] else []
            reading.links += [ParsedLink(related.RELATED, headline) for headline in headlines]
            list_kind = None if headlines else related.RELATED
        elif author := _author(text):
            reading.author = reading.author or author
        elif (outlet := sources.outlet_named_in_boilerplate(text)) is not False:
            if outlet:
                reading.publishers.append(outlet)
        elif line.key in BOILERPLATE_LINES:
            continue
        elif (credit := sources.parse_credit_line(text)) is not None:
            place, outlets = credit
            reading.dateline_place = reading.dateline_place or place
            reading.credits += outlets
        elif dates.parse_published_line(text) is not False and not reading.paragraphs:
            reading.published_date = reading.published_date or dates.parse_published_line(text)
        else:
            reading.paragraphs.append(text)


def _author(text: str) -> str:
    for pattern in AUTHOR_PATTERNS:
        if match := pattern.search(text):
            return match["name"].strip()
    return ""


def _take_dateline(reading: _Reading) -> None:
    """`بغداد/المسلة: تستمر …` (003) → place بغداد, credit المسلة, paragraph without the prefix."""
    if not reading.paragraphs:
        return
    dateline = sources.split_dateline(reading.paragraphs[0])
    if dateline is None:
        return
    place, outlet, rest = dateline
    if reading.dateline_place in ("", place):
        reading.dateline_place, reading.dateline_in_lead = place, True
    if outlet:
        reading.credits.append(outlet)
    reading.paragraphs[0] = rest


def _take_injected_headlines(reading: _Reading) -> list[str]:
    """Body paragraphs without the runs of headline lines injected mid-body (002's appended story).

    A lone unpunctuated short line is a subheading and stays; a run of two or more is other
    stories' headlines and becomes `related` links of this story.
    """
    paragraphs = reading.paragraphs
    kept: list[str] = []
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and related.is_headline_like(paragraphs[j]):
            j += 1
        run = paragraphs[i:j]
        # A run reaching the end of the body is also headlines: nothing follows them to head.
        if len(run) >= related.MIN_HEADLINE_RUN:
            reading.links += [ParsedLink(related.RELATED, headline) for headline in run]
            i = j
        else:
            kept.append(paragraphs[i])
            i += 1
    return kept


def infer_title(paragraphs: list[str]) -> str:
    """The lead sentence of the body, cut on a word boundary, standing in for a missing title."""
    if not paragraphs:
        return ""
    lead = _SENTENCE_BREAK.split(paragraphs[0], maxsplit=1)[0].rstrip(".!؟? ")
    if len(lead) <= MAX_INFERRED_TITLE:
        return lead
    cut = lead[:MAX_INFERRED_TITLE].rsplit(" ", 1)[0].rstrip("،,:؛ ")
    return cut + "…"
