"""Bytes to text. Dumps arrive as UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1256."""

import codecs
from dataclasses import dataclass

from articles.parsing.errors import DumpError

# Windows-1256 maps almost every byte to something, so any binary file would "decode"; these
# tests keep binary files and non-Arabic text from being imported as articles.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r", "\f", "\v"}
_MAX_CONTROL_SHARE = 0.01
_MIN_ARABIC_SHARE = 0.2  # of the letters; boilerplate in Latin script is fine, a dump of it is not


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _is_arabic_letter(char: str) -> bool:
    return "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\ufb50" <= char <= "\ufefc"


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
    controls = sum(1 for char in text if char in _CONTROL)
    if controls > _MAX_CONTROL_SHARE * len(text):
        raise DumpError(f"binary file ({controls} control characters in {len(text)})")
    letters = [char for char in text if char.isalpha()]
    arabic = sum(1 for char in letters if _is_arabic_letter(char))
    if not letters or arabic < _MIN_ARABIC_SHARE * len(letters):
        raise DumpError(f"no Arabic text ({encoding}, {arabic} Arabic letters of {len(letters)})")
    return DecodedText(text=text, encoding=encoding)
