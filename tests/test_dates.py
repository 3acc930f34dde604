"""generator.dates: exact readings of every printed form, typos, and properties."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, strategies as st

from generator.dates import find_dates, read_date


@pytest.mark.parametrize("text, precision, first, last, malformed", [
    ("15/01/2024", "day", date(2024, 1, 15), date(2024, 1, 15), False),
    ("14/2/2024", "day", date(2024, 2, 14), date(2024, 2, 14), False),
    ("ngày 07 tháng 02 năm 2024", "day", date(2024, 2, 7), date(2024, 2, 7), False),
    ("Ngày 7 tháng 2 năm 2024", "day", date(2024, 2, 7), date(2024, 2, 7), False),
    ("tháng 02/2024", "month", date(2024, 2, 1), date(2024, 2, 29), False),
    ("tháng 02 năm 2023", "month", date(2023, 2, 1), date(2023, 2, 28), False),
    ("Quý I/2024", "quarter", date(2024, 1, 1), date(2024, 3, 31), False),
    ("quý IV năm 2023", "quarter", date(2023, 10, 1), date(2023, 12, 31), False),
    ("Quý 3/2024", "quarter", date(2024, 7, 1), date(2024, 9, 30), False),
    ("năm 2024", "year", date(2024, 1, 1), date(2024, 12, 31), False),
    # typos: read as the day they still name, flagged malformed
    ("15/012024", "day", date(2024, 1, 15), date(2024, 1, 15), True),
    ("ngày 17 năm 12 tháng 2019", "day", date(2019, 12, 17), date(2019, 12, 17), True),
    # cannot exist: malformed, no date (never shifted to 02/03 or 29/02)
    ("31/02/2024", "day", None, None, True),
    ("ngày 30 tháng 02 năm 2024", "day", None, None, True),
    ("tháng 13/2024", "month", None, None, True),
    ("năm 0000", "year", None, None, True),
])
def test_exact(text, precision, first, last, malformed):
    found = find_dates(text)
    assert len(found) == 1
    d = found[0]
    assert (d.printed, d.precision, d.first, d.last, d.malformed) == (text, precision, first, last, malformed)
    assert d.day == (first if precision == "day" else None)


def test_in_prose_with_positions():
    text = "(từ ngày 15/012024 đến ngày 14/02/2024), Quyết định số 63/2019/QĐ-UBND ngày 17 năm 12 tháng 2019 của"
    found = find_dates(text)
    assert [(d.printed, d.first, d.malformed) for d in found] == [
        ("15/012024", date(2024, 1, 15), True),
        ("14/02/2024", date(2024, 2, 14), False),
        ("ngày 17 năm 12 tháng 2019", date(2019, 12, 17), True),
    ]
    for d in found:
        assert text[d.start:d.end] == d.printed


def test_document_numbers_and_ratios_are_not_dates():
    assert find_dates("Quyết định số 57/2023/QĐ-UBND") == []
    assert find_dates("đạt 1.536.816/1.536.098 hồ sơ") == []
    assert find_dates("Kế hoạch 07/KH-UBND") == []


def test_longest_reading_wins_and_no_overlaps():
    found = find_dates("ngày 07 tháng 02 năm 2024")
    assert len(found) == 1 and found[0].precision == "day"
    assert read_date("báo cáo tháng 02 năm 2024 và Quý I/2024").precision == "month"
    assert read_date("không có ngày") is None


# ---- properties -------------------------------------------------------------------------

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@given(days)
def test_slash_dates_round_trip(d):
    for printed in (f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}"):
        found = find_dates(f"ngày {printed} của")
        assert [(x.first, x.malformed) for x in found] == [(d, False)]


@given(days)
def test_words_dates_round_trip(d):
    found = find_dates(f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}")
    assert [(x.first, x.precision, x.malformed) for x in found] == [(d, "day", False)]


@given(days)
def test_missing_slash_is_malformed_but_read(d):
    found = find_dates(f"từ ngày {d.day}/{d.month:02d}{d.year} đến")
    assert [(x.first, x.malformed) for x in found] == [(d, True)]


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2099))
def test_impossible_days_are_malformed_without_a_date(dd, mm, yy):
    found = find_dates(f"{dd}/{mm}/{yy}")
    try:
        expected = date(yy, mm, dd)
    except ValueError:
        expected = None
    assert [(x.first, x.malformed) for x in found] == [(expected, expected is None)]


@given(st.integers(1, 12), st.integers(1900, 2099))
def test_month_spans_cover_the_whole_month(mm, yy):
    d = read_date(f"tháng {mm}/{yy}")
    assert d.first == date(yy, mm, 1)
    assert d.last.month == mm and (d.last.replace(day=1) == d.first)
    assert (d.last.toordinal() + 1 == date(yy + (mm == 12), mm % 12 + 1, 1).toordinal())


PIECES = list("0123456789/.- \n\tIV") + ["ngày ", "tháng ", "năm ", "Quý ", "quý ", "/QĐ-UBND", "đ"]


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_find_dates_never_crashes_on_date_like_soup(text):
    found = find_dates(text)
    ends = [(d.start, d.end) for d in found]
    assert ends == sorted(ends)
    for (s1, e1), (s2, e2) in zip(ends, ends[1:]):
        assert e1 <= s2  # no overlaps
    for d in found:
        assert text[d.start:d.end] == d.printed
        assert d.malformed or (d.first is not None and d.first <= d.last)


@given(st.text(max_size=300))
def test_find_dates_never_crashes_on_any_text(text):
    find_dates(text)
