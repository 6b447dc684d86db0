from datetime import date

import pytest

from articles.parsing.dates import parse_date_line, parse_published_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("24 سبتمبر، 2024", date(2024, 9, 24), id="arabic-month-seed-003"),
        pytest.param("١٢ شباط ٢٠٢٤", date(2024, 2, 12), id="levantine-month-indic-digits"),
        pytest.param("5 كانون الثاني 2024", date(2024, 1, 5), id="two-word-levantine-month"),
        pytest.param("24 أيلول 2024", date(2024, 9, 24), id="levantine-september"),
        pytest.param("11 شباط/ فبراير 2024", date(2024, 2, 11), id="dual-month-form"),
        pytest.param("يناير/كانون الثاني 3، 2024", date(2024, 1, 3), id="dual-month-form-reversed"),
        pytest.param("الثلاثاء 24 سبتمبر 2024", date(2024, 9, 24), id="with-weekday"),
        pytest.param("24 سبتمبر 2024 12:30 م", date(2024, 9, 24), id="with-time"),
        pytest.param("3 جانفي 2024", date(2024, 1, 3), id="maghrebi-month"),
        pytest.param("2024-09-24", date(2024, 9, 24), id="iso"),
        pytest.param("24/09/2024", date(2024, 9, 24), id="day-first-numeric"),
        pytest.param("٢٤ سبتمبر ٢٠٢٤", date(2024, 9, 24), id="all-indic-digits"),
    ],
)
def test_stand_alone_date_line_is_read(line, expected):
    assert parse_date_line(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("سبتمبر 2024", id="no-day-is-never-completed-with-today"),
        pytest.param("الأحد المقبل الموافق 11 شباط/ فبراير 2024", id="date-inside-a-sentence"),
        pytest.param("يوم 24 سبتمبر 2024 قال الوزير", id="sentence-starting-with-a-date"),
        pytest.param("وتنشر الولايات المتحدة نحو 2500 جندي", id="number-without-month"),
        pytest.param("31 شباط 2024", id="impossible-day"),
    ],
)
def test_line_that_is_not_a_whole_date_gives_none(line):
    assert parse_date_line(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("تاريخ النشر: 12th, February 2024 GMT", date(2024, 2, 12), id="english-seed-002"),
        pytest.param("تاريخ النشر: 24th, September 2024 GMT", date(2024, 9, 24), id="english-seed-003"),
        pytest.param("تاريخ النشر: ١٢ شباط ٢٠٢٤", date(2024, 2, 12), id="arabic-value"),
        pytest.param("نشر في: 2024-02-12", date(2024, 2, 12), id="other-label"),
        pytest.param("تاريخ النشر: قريبا", None, id="unreadable-value-is-none"),
    ],
)
def test_published_label_line_is_read(line, expected):
    assert parse_published_line(line) == expected


def test_line_without_published_label_is_not_a_published_line():
    assert parse_published_line("24 سبتمبر، 2024") is False
