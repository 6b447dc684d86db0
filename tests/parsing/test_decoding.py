import codecs

import pytest

from articles.parsing import DumpError, parse_dump
from articles.parsing.decoding import decode

STORY = "عنوان الخبر\nبغداد – قال مسؤول عراقي إن المحادثات مستمرة.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(STORY.encode("utf-8"), "utf-8", id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + STORY.encode("utf-8"), "utf-8", id="utf-8-bom"),
        pytest.param(STORY.encode("cp1256"), "cp1256", id="windows-1256"),
        pytest.param(STORY.encode("utf-16"), "utf-16", id="utf-16-bom"),
    ],
)
def test_supported_encodings_decode_to_the_same_text(data, encoding):
    decoded = decode(data)
    assert (decoded.text, decoded.encoding) == (STORY, encoding)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "empty file", id="empty"),
        pytest.param(b" \n\r\n\t", "empty file", id="only-white-space"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (NUL byte at 8)", id="png"),
        pytest.param(b"Just an English line.\n", "no Arabic text (utf-8, 0 Arabic letters of 17)", id="not-arabic"),
    ],
)
def test_unreadable_input_is_a_one_line_error(data, message):
    with pytest.raises(DumpError) as raised:
        decode(data)
    assert str(raised.value) == message


def test_crlf_dump_parses_like_lf_and_keeps_its_line_ends_in_raw_text():
    lf = parse_dump(STORY.encode()).articles[0]
    crlf = parse_dump(STORY.replace("\n", "\r\n").encode()).articles[0]
    assert (crlf.title, crlf.body, crlf.dateline_place) == (lf.title, lf.body, lf.dateline_place)
    assert crlf.raw_text == STORY.replace("\n", "\r\n")


def test_old_mac_cr_line_ends_split_lines():
    article = parse_dump(STORY.replace("\n", "\r").encode()).articles[0]
    assert article.title == "عنوان الخبر"


def test_windows_1256_dump_parses_like_utf8():
    assert parse_dump(STORY.encode("cp1256")).articles[0].body == parse_dump(STORY.encode()).articles[0].body
