"""generator.numbers: exact readings and properties (hypothesis); find_figures never crashes."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from generator.figures import find_figures
from generator.numbers import format_en, format_vi, read_number, resolve, text_convention


@pytest.mark.parametrize("printed, kind, value, style", [
    ("1.234.567", "count", 1234567, "vi"),
    ("1,234,567", "count", 1234567, "en"),
    ("24.657", "count", 24657, "vi"),
    ("1.609", "unknown", 1609, "vi"),  # '.' groups thousands by default
    ("16,331", "count", 16331, "en"),
    ("40,795", "scaled", 40.795, "vi"),  # 40,795 tỷ đồng
    ("137.033", "scaled", 137033, "vi"),  # 137.033 triệu đồng: '.' groups thousands before a multiplier too
    ("1.95", "scaled", 1.95, "en"),  # 1.95 triệu thẻ
    ("91,43", "percent", 91.43, "vi"),
    ("96.79", "percent", 96.79, "en"),
    ("100.05", "percent", 100.05, "en"),
    ("1.234,5", "unknown", 1234.5, "vi"),
    ("1,234.5", "unknown", 1234.5, "en"),
    ("05", "count", 5, "plain"),
    ("0", "count", 0, "plain"),
    ("18.535.000.000", "count", 18535000000, "vi"),
])
def test_exact_readings(printed, kind, value, style):
    reading = read_number(printed, kind)
    assert (reading.value, reading.style, reading.malformed) == (value, style, False)
    assert type(reading.value) is type(value)


def test_ambiguous_keeps_both_candidates_and_resolves():
    reading = read_number("16,331", "unknown")
    assert reading.ambiguous and reading.value is None
    assert reading.alternatives == (16331, 16.331)
    assert resolve(reading, 16331).value == 16331 and resolve(reading, 16331).style == "en"
    assert resolve(reading, 16.331).value == 16.331 and resolve(reading, 16.331).style == "vi"
    assert resolve(reading, 7).ambiguous  # a value that is neither candidate settles nothing


@pytest.mark.parametrize("printed, kind, value", [
    ("1.1536.098", "count", None),  # report 001 line 456: a digit too many in a group
    ("1234.567", "count", None),  # four digits before a thousands group
    ("1.23.456", "unknown", None),
    ("1.234,567.8", "unknown", None),  # '.' both groups and decimal point
    ("1,23", "count", None),  # a count cannot be a fraction: typo, not 1.23
    ("1.234,5", "count", None),
    ("100,", "percent", 100),  # "100,%" (report 003): the digits leave no doubt
    ("12a", "count", None),
    ("", "count", None),
])
def test_malformed_is_flagged_not_guessed(printed, kind, value):
    reading = read_number(printed, kind)
    assert reading.malformed
    assert reading.value == value
    assert not reading.ambiguous


def test_printed_text_is_kept():
    assert read_number(" 1.609 ", "count").printed == " 1.609 "


# ---- properties -------------------------------------------------------------------------

integers = st.integers(min_value=0, max_value=10**15)
# decimals with 1-2 fractional digits (rates as reports print them), as exact strings
decimals = st.tuples(st.integers(0, 10**6), st.integers(1, 99)).map(lambda t: t[0] + t[1] / 100)


@given(integers)
def test_vietnamese_grouping_round_trips_as_count(n):
    printed = format_vi(n)
    reading = read_number(printed, "count")
    assert reading.value == n and not reading.malformed and not reading.ambiguous
    assert reading.style in ("vi", "plain")


@given(integers)
def test_english_grouping_round_trips_as_count(n):
    printed = format_en(n)
    reading = read_number(printed, "count")
    assert reading.value == n and not reading.malformed and not reading.ambiguous
    assert reading.style in ("en", "plain")


@given(decimals)
def test_vietnamese_decimal_round_trips_as_percent(x):
    printed = format_vi(x)  # 91,43 / 1.234,5
    reading = read_number(printed, "percent")
    assert reading.value == pytest.approx(x, abs=1e-9) and not reading.malformed


@given(decimals)
def test_english_decimal_round_trips_as_percent(x):
    printed = format_en(x)  # 96.79 / 1,234.5
    reading = read_number(printed, "percent")
    assert reading.value == pytest.approx(x, abs=1e-9) and not reading.malformed


@given(st.integers(0, 999), st.integers(0, 999))
def test_three_digit_fraction_follows_the_kind(whole, frac):
    printed = f"{whole},{frac:03d}"
    assert read_number(printed, "percent").value == pytest.approx(float(f"{whole}.{frac:03d}"))
    if whole:
        assert read_number(printed, "count").value == whole * 1000 + frac


@given(st.text(alphabet=st.sampled_from("0123456789.,"), max_size=20))
def test_read_number_never_crashes_on_digit_soup(token):
    reading = read_number(token, "unknown")
    assert reading.malformed or reading.ambiguous or reading.value is not None
    for kind in ("percent", "count", "scaled"):
        read_number(token, kind)


@given(st.text(max_size=200))
def test_read_number_never_crashes_on_any_text(text):
    reading = read_number(text, "count")
    assert reading.printed == text


PIECES = list("0123456789.,/%- \t\nađ") + ["hồ sơ", "tỷ đồng", "ngày ", "tháng ", "năm ", "Quý I", "/QĐ-UBND"]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_find_figures_never_crashes(refs, text):
    for fig in find_figures(text, refs.number_words, include_bare=True):
        assert text[fig.start:fig.end] == fig.printed
        assert 0 <= fig.start < fig.end <= len(text)


@given(st.text(max_size=200))
def test_find_figures_never_crashes_on_any_text(refs, text):
    find_figures(text, refs.number_words, include_bare=True)


@pytest.mark.parametrize("text, expected", [
    ("Tiếp nhận 1,234,567 hồ sơ, đạt 77.18%; 2,031,870 tài khoản; tỷ lệ 95.5%.", "en"),
    ("Tiếp nhận 1.234.567 hồ sơ, đạt 77,18%; 2.031.870 tài khoản; tỷ lệ 95,5%.", "vi"),
    ("Tiếp nhận 1,234,567 hồ sơ, đạt 77,18%; 2.031.870 tài khoản; tỷ lệ 95.5%.", None),  # mixed: nothing settled
    ("Tiếp nhận 3,412 hồ sơ và 1,215 hồ sơ.", None),  # only ambiguous numbers: no evidence
])
def test_a_texts_own_number_convention(text, expected):
    assert text_convention(text) == expected
