"""Dump parsing: bytes in, frozen dataclasses out. Pure Python; nothing here imports Django."""

from articles.parsing.dump import ParsedArticle, ParsedDump, parse_dump, parse_segment, split_segments
from articles.parsing.errors import DumpError
from articles.parsing.related import ParsedLink
from articles.parsing.sources import ParsedSource

__all__ = [
    "DumpError",
    "ParsedArticle",
    "ParsedDump",
    "ParsedLink",
    "ParsedSource",
    "parse_dump",
    "parse_segment",
    "split_segments",
]
