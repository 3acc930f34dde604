"""generator.dates: exact readings of every printed form, typos, and properties."""
from __future__ import annotations

from datetime import date
from pathlib import Path

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


# ---- scan: which dates are flagged impossible (rule in generator.extract.scan) ---------

from generator.document import Document  # noqa: E402
from generator.extract.base import ReportMeta  # noqa: E402
from generator.extract.metadata import PROGRAMME_START, year_window  # noqa: E402
from generator.extract.scan import scan  # noqa: E402

META_2024 = ReportMeta("binh-dinh", "annual", date(2024, 12, 31), date(2024, 1, 1), date(2024, 12, 31), date(2024, 12, 31))


def _date_flags(text: str, refs, meta: ReportMeta = META_2024) -> list[tuple[str, str, int]]:
    _, out = scan(Document(text), refs, year_window(meta))
    return [(f["check"], f["printed"], f["source_line"]) for f in out.tables.get("quality_flags", []) if f["check"].endswith("_date")]


def test_window_is_programme_start_to_report_date_plus_grace():
    assert year_window(META_2024) == (PROGRAMME_START, date(2025, 3, 3))
    late_signed = ReportMeta("x", "monthly", date(2024, 2, 14), date(2024, 1, 15), date(2024, 2, 14), date(2024, 3, 20))
    assert year_window(late_signed)[1] == date(2024, 5, 21)


@pytest.mark.parametrize("text", [
    "theo quy định tại Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020 của Chính phủ.",
    "xác minh hồ sơ đối với trường hợp trước ngày 01/7/1996 và sau ngày 01/7/1996 theo quy định.",
    "Nghị quyết số 68/NQ-CP ngày 12 tháng 5 năm 2020 của Chính phủ, Quyết định số 06/QĐ-TTg ngày 06 tháng 01 năm 2022 phê duyệt Đề án 06.",
    "nộp hồ sơ trực tuyến từ ngày 01/7/2026 theo Đề án 06.",
    "hoàn thành trước ngày 30/6/2026.",
    "Lũy kế đến ngày 17/01/2025, đã thực hiện 1.532.200 trường hợp.",
    "thực hiện từ ngày 01/01/2025 đến hết ngày 31/12/2026 trên địa bàn tỉnh.",
])
def test_legitimate_old_or_future_dates_are_not_flagged(refs, text):
    assert _date_flags(text, refs) == []


@pytest.mark.parametrize("text, printed", [
    # report 001 line 392: a letter about Đề án 06 cannot predate it (typo for 2024)
    ("Công an tỉnh ban hành Công văn số 3673/CAT-PC06 ngày 13/9/2014 về việc cử thành viên tham gia Đoàn kiểm tra thực hiện Đề án 06 năm 2024.", "13/9/2014"),
    # report 001 line 413: the number says 2023, the date 2024
    ("tại khoản 10 Điều 23 Thông tư số 01/2023/TT-VPCP ngày 5/4/2024 của Văn phòng Chính phủ", "5/4/2024"),
    ("Quyết định số 57/2023/QĐ-UBND ngày 22 tháng 9 năm 2013 sửa đổi", "ngày 22 tháng 9 năm 2013"),
    # a document cited as already issued, a year after the report
    ("UBND tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 10/3/2026 về chuyển đổi số.", "10/3/2026"),
    # "as of" a day a year after the report: a typo
    ("Lũy kế đến ngày 17/01/2026, tổng số đã thực hiện 1.532.200 trường hợp.", "17/01/2026"),
])
def test_impossible_dates_are_flagged(refs, text, printed):
    assert _date_flags(text, refs) == [("impossible_date", printed, 1)]


def test_malformed_dates_are_flagged_once_per_line(refs):
    text = "từ ngày 15/012024 đến ngày 14/02/2024 (15/012024)\nngày 31/02/2024"
    assert _date_flags(text, refs) == [("malformed_date", "15/012024", 1), ("malformed_date", "31/02/2024", 2)]


def test_a_future_date_alone_in_a_table_cell_is_a_deadline(refs):
    text = "TT\tNhiệm vụ\tThời hạn\n1\tTriển khai mô hình\t30/6/2026\n2\tBan hành Kế hoạch ngày 10/3/2026\tQuý I"
    assert _date_flags(text, refs) == [("impossible_date", "10/3/2026", 3)]


def test_dates_in_table_rows_are_checked_too(refs):
    text = "TT\tNội dung\n1\tCông văn số 5/CAT-PC06 ngày 13/9/2014 triển khai Đề án 06\tCông an tỉnh"
    assert _date_flags(text, refs) == [("impossible_date", "13/9/2014", 2)]


SEED_DATE_FLAGS = {
    "000_3285350e42ccdccd.txt": [("malformed_date", "15/012024", 24)],
    "001_41c211600f587ec3.txt": [("impossible_date", "13/9/2014", 392), ("impossible_date", "5/4/2024", 413)],
    "002_75efb1c88190d799.txt": [("malformed_date", "ngày 17 năm 12 tháng 2019", 34)],
    "003_1fa459019333d3b8.txt": [],
}


@pytest.mark.parametrize("name", sorted(SEED_DATE_FLAGS))
def test_seed_report_date_flags(refs, name):
    from generator.extract.metadata import extract_metadata
    from generator.sources import open_source, read_text

    source = open_source(Path(__file__).resolve().parents[1] / "sources" / "reports" / name)
    doc = Document(read_text(source))
    _, meta, _ = extract_metadata(doc, refs, name, source.sha256, source.format)
    _, out = scan(doc, refs, year_window(meta))
    got = [(f["check"], f["printed"], f["source_line"]) for f in out.tables.get("quality_flags", []) if f["check"].endswith("_date")]
    assert sorted(got, key=lambda g: g[2]) == SEED_DATE_FLAGS[name]


def test_dates_typed_without_tone_marks():
    """`ngay 21 thang 6 nam 2024`, `thang 7/2024`, `quy II/2024` as typed without tone marks; a bare
    `nam 2024` may be a name (`Viet Nam 2024`) and is not read."""
    assert [(d.printed, d.precision, d.first, d.last) for d in find_dates("Thach Hai, ngay 21 thang 6 nam 2024; thang 7/2024; quy II/2024")] == [
        ("ngay 21 thang 6 nam 2024", "day", date(2024, 6, 21), date(2024, 6, 21)),
        ("thang 7/2024", "month", date(2024, 7, 1), date(2024, 7, 31)),
        ("quy II/2024", "quarter", date(2024, 4, 1), date(2024, 6, 30))]
    assert find_dates("Viet Nam 2024") == []
