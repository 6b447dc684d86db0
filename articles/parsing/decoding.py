"""Bytes to text. Dumps arrive as UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1256."""

import codecs
import re
from dataclasses import dataclass

from articles.parsing.errors import DumpError

# Windows-1256 maps almost every byte to something, so any binary file would "decode"; these
# tests keep binary files and non-Arabic text from being imported as articles.
_CONTROL_CHAR = re.compile("[\x00-\x08\x0e-\x1f]")  # C0 controls but tab, newlines, form feed
_MAX_CONTROL_SHARE = 0.01
_MIN_ARABIC_SHARE = 0.2  # of the letters; boilerplate in Latin script is fine, a dump of it is not


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


# Counted with regular expressions, not a loop per character: decoding runs on every file.
_NOT_LETTERS = re.compile(r"[\W\d_]+")
_NOT_ARABIC = re.compile(r"[^\u0600-\u06ff\u0750-\u077f\ufb50-\ufefc]+")


def decode(data: bytes) -> DecodedText:
    """Decode a dump, or raise DumpError saying in one line why it is not a text dump."""
    if not data.strip():
        raise DumpError("empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16"), "utf-16"
    elif (nul := data.find(b"\x00")) >= 0:
        raise DumpError(f"binary file (NUL byte at {nul})")
    else:
        try:
            text, encoding = data.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError as utf8_error:
            try:
                text, encoding = data.decode("cp1256"), "cp1256"
            except UnicodeDecodeError:
                byte = data[utf8_error.start]
                raise DumpError(f"not UTF-8 or cp1256 (byte 0x{byte:02x} at {utf8_error.start})") from None
    controls = len(_CONTROL_CHAR.findall(text))
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DumpError(f"binary file ({controls} control characters in {len(text)})")
    only_letters = _NOT_LETTERS.sub("", text)
    letters = len(only_letters)
    arabic = len(_NOT_ARABIC.sub("", only_letters))
    if not letters or arabic < _MIN_ARABIC_SHARE * letters:
        raise DumpError(f"no Arabic text ({encoding}, {arabic} Arabic letters of {letters})")
    return DecodedText(text=text, encoding=encoding)
