"""generator.figures (numbers with units, ratios) and the number flags of the scan."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.metadata import extract_metadata, year_window
from generator.extract.scan import scan
from generator.figures import find_figures, unit_after
from generator.numbers import NUMBER_TOKEN
from generator.sources import open_source, read_text

REPORTS = Path(__file__).resolve().parents[1] / "sources" / "reports"


def test_figures_with_units_ratios_and_no_dates(refs):
    text = "tiếp nhận 1.609 hồ sơ, đạt 91,43%; 16,331/32,901 hồ sơ; 40,795 tỷ đồng; ngày 15/01/2024; Quyết định 540/QĐ-UBND"
    figs = find_figures(text, refs.number_words)
    got = [(f.printed, f.unit, f.value, f.ratio_part) for f in figs]
    assert got == [
        ("1.609", "count", 1609, ""),
        ("91,43", "percent", 91.43, ""),
        ("16,331", "count", 16331, "numerator"),
        ("32,901", "count", 32901, "denominator"),
        ("40,795", "vnd", 40795000000, ""),
    ]


def test_footnote_marks_and_list_numbers_are_not_figures(refs):
    assert find_figures("đã hoàn thành xong1 hồ sơ", refs.number_words) == []
    # items numbered with a dash in a cell (`1- Mô hình 1: …; 5- Mô hình 16: …`): their numbers are no figures
    assert [f.printed for f in find_figures("1- Mô hình 1: Triển khai dịch vụ; 5- Mô hình 16: Triển khai 12 cơ sở", refs.number_words)] == ["12"]
    assert [f.printed for f in find_figures("1. Có 05 nhiệm vụ", refs.number_words, include_bare=True)] == ["05"]


def test_number_token_does_not_cut_dates_or_document_numbers():
    assert [m.group(0) for m in NUMBER_TOKEN.finditer("số 540/QĐ-UBND, 258 /BC")] == ["258"]


def test_unit_words_come_from_the_code_list(refs):
    assert unit_after("5 tỷ đồng", 1, refs.number_words)[:3] == ("vnd", 1e9, "scaled")
    assert unit_after("5 triệu", 1, refs.number_words)[:3] == ("count", 1e6, "scaled")  # a multiplier: the word after it decides
    assert unit_after("5 triệu đồng", 1, refs.number_words)[:3] == ("vnd", 1e6, "scaled")
    assert unit_after("84,7 triệu lượt", 4, refs.number_words)[:3] == ("count", 1e6, "scaled")
    assert unit_after("5 hồ sơ", 1, refs.number_words)[:3] == ("count", 1.0, "count")
    assert unit_after("5 %", 1, refs.number_words)[:3] == ("percent", 1.0, "percent")
    assert unit_after("5 năm", 1, refs.number_words)[0] == "other"
    assert unit_after("5 ghế", 1, refs.number_words)[0] == ""
    assert unit_after("5 tỉnh", 1, refs.number_words)[0] == "count"


def test_scaled_amounts_and_leading_zeros(refs):
    figs = find_figures("bố trí 18.535.000.000 đồng và 2,5 tỷ đồng; 05 hồ sơ", refs.number_words)
    assert [(f.printed, f.value, f.unit) for f in figs] == [
        ("18.535.000.000", 18535000000, "vnd"), ("2,5", 2500000000, "vnd"), ("05", 5, "count")]


def test_scan_flags_malformed_and_ambiguous_numbers(refs):
    meta = ReportMeta("binh-dinh", "monthly", date(2024, 2, 14), date(2024, 1, 15), date(2024, 2, 14))
    text = "đã nhập 1.536.816/1.1536.098 hồ sơ\nĐăng ký tạm trú (100,%)\nđạt 16,331 điểm\n- Nơi nhận:\nNơi nhận:\nđạt 1,23 hồ sơ"
    seen, out = scan(Document(text), refs, year_window(meta))
    flags = [(f["check"], f["printed"], f["source_line"]) for f in out.tables["quality_flags"]]
    assert flags == [
        ("malformed_number", "1.1536.098", 1),
        ("malformed_number", "100,", 2),
        ("ambiguous_number", "16,331", 3),
    ]  # line 6 is inside the signature block: skipped
    assert [(f.line, f.printed) for f in seen] == [(1, "1.536.816"), (1, "1.1536.098"), (2, "100,"), (3, "16,331")]


SEED_NUMBER_FLAGS = {
    "000_3285350e42ccdccd.txt": [],
    "001_41c211600f587ec3.txt": [("malformed_number", "1.1536.098", 456)],
    "002_75efb1c88190d799.txt": [],
    "003_1fa459019333d3b8.txt": [("malformed_number", "100,", 101)],
}


@pytest.mark.parametrize("name", sorted(SEED_NUMBER_FLAGS))
def test_seed_reports_number_flags_and_figures_seen(refs, name):
    source = open_source(REPORTS / name)
    doc = Document(read_text(source))
    _, meta, _ = extract_metadata(doc, refs, name, source.sha256, source.format)
    seen, out = scan(doc, refs, year_window(meta))
    got = [(f["check"], f["printed"], f["source_line"]) for f in out.tables.get("quality_flags", []) if f["check"].endswith("_number")]
    assert got == SEED_NUMBER_FLAGS[name]
    for fig in seen:
        assert fig.quote in doc.line(fig.line)
