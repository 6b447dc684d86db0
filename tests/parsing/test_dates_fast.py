"""The common date forms are read without dateparser: the same answer as dateparser, for every month name."""

import pytest

from articles.parsing import dates
from articles.parsing.dates import _ENGLISH_MONTH_NUMBERS, _MONTH_NUMBERS, _common_date

_ENGLISH = [spelling for name in _ENGLISH_MONTH_NUMBERS for spelling in (name, name.title(), name.upper())]
_DAYS = (1, 29, 31, 32)
_YEARS = (2023, 2024)


def _by_dateparser(key: str):
    return dates._parse_key.__wrapped__(key)  # uncached: the fast path must not hide behind the cache


@pytest.mark.parametrize("month", list(_MONTH_NUMBERS))
def test_arabic_month_line_reads_as_dateparser_reads_it(month):
    for year in _YEARS:
        for day in _DAYS:
            for key in (f"{day} {month} {year}", f"{day:02d} {month} {year}"):
                fast = _common_date(key)
                assert fast == _by_dateparser(key), key
                assert (fast is None) == (_by_dateparser(key) is None), key


@pytest.mark.parametrize("month", _ENGLISH)
def test_english_month_line_reads_as_dateparser_reads_it(month):
    for year in _YEARS:
        for day in _DAYS:
            for key in (f"{day} {month} {year}", f"{day}th {month} {year}"):
                assert _common_date(key) == _by_dateparser(key), key


@pytest.mark.parametrize("key", ["12th شباط 2024", "12 شباط 24", "شباط 12 2024", "12 Sept 2024", "31 شباط 2024"])
def test_other_forms_are_left_to_dateparser(key):
    assert _common_date(key) is None


def test_common_line_never_reaches_dateparser(monkeypatch):
    monkeypatch.setattr(dates, "_parse_key", None)  # would raise if called
    assert dates.parse_date_line("الثلاثاء ٢٤ سبتمبر، ٢٠٢٤ 12:30 م") == dates.date(2024, 9, 24)
    assert dates.parse_published_line("تاريخ النشر: 12th, February 2024 GMT") == dates.date(2024, 2, 12)
