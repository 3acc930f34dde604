"""Headline indicators claimed from the figures read: one small fixture per quirk, read by
hand; provenance and purity on the bundled reports. Accuracy over whole reports is measured
against the hand labels in tests/accuracy (tests/test_accuracy.py)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from seed_reports import read_report, refuse_file_access, report_path

from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.indicators import extract_indicators

FIXTURES = Path(__file__).resolve().parent / "fixtures"
META = ReportMeta("x", "monthly", date(2024, 3, 31))


def _filed(text: str, refs) -> list[tuple]:
    doc = Document(text, "fixture")
    rows = extract_indicators(doc, refs, META).tables.get("indicator_values", [])
    return [(r["source_line"], r["indicator_id"], r["value"], r["numerator"], r["denominator"], r["time_scope"]) for r in rows]


def test_district_markdown_files_only_what_says_what_it_counts(refs):
    text = (FIXTURES / "reader" / "district_markdown.md").read_text(encoding="utf-8")
    assert _filed(text, refs) == [
        (3, "id_cards_collected", 10260, None, None, "period"),  # `10.260 hồ sơ cấp CCCD`: the counted noun says it
        (3, "id_cards_collected", 138517, None, None, "cumulative"),  # `lũy kế 138.517 hồ sơ`: the same, cumulative
        (7, "vneid_accounts_activated", 8120, None, None, ""),
        (7, "vneid_accounts_activated_rate", 91.5, None, None, ""),  # `(đạt 91,5%)` after the count
    ]  # not `07 phương thức` (ways, not identity cards), not `100% xã … trang cấp thiết bị`, not the target


def test_other_layout_district_fixture(refs):
    text = (FIXTURES / "indicators_district.txt").read_text(encoding="utf-8")
    assert _filed(text, refs) == [
        (12, "digitisation_rate", 88.5, None, None, ""),  # the levels after `trong đó` stay unfiled (figures table)
        (13, "id_cards_collected", 1234, None, None, "period"),
        (14, "cashless_hospital_amount", 10000000000, None, None, ""),
        (14, "cashless_hospital_amount_rate", 80, 10000000000, 12500000000, ""),
    ]


@pytest.mark.parametrize("text,expected", [
    ("- Tỷ lệ hồ sơ trực tuyến dịch vụ công thiết yếu đạt 90,5% (chỉ tiêu tỉnh giao 80%).", [(1, "essential_services_online_rate", 90.5, None, None, "")]),
    ("- Chỉ đạo các xã đảm bảo 100% hồ sơ được số hóa.", []),  # a directive
    ("Đồng thời, đề nghị các sở, ngành bảo đảm tỷ lệ số hóa hồ sơ đạt 100%.", []),  # a directive after a linking word
    ("- Đạt 105,26% kế hoạch thu nhận hồ sơ căn cước.", []),  # progress against a plan
    ("- Số tài khoản kích hoạt tăng 12% so với tháng trước.", []),  # a change
    ("- Còn lại 124 TTHC chưa cung cấp trực tuyến toàn trình.", []),  # what is left
    ("- Đến nay đã kích hoạt hơn 1,6 triệu tài khoản định danh điện tử, đạt tỷ lệ 133% chỉ tiêu.",
     [(1, "vneid_accounts_activated", 1600000, None, None, "")]),  # a share over 100 % is progress
    ("- Trạm y tế tiếp đón 356 lượt khám chữa bệnh BHYT bằng thẻ Căn cước.", [(1, "health_insurance_checks", 356, None, None, "")]),
    ("#### a) Mục tiêu đến năm 2025\n\nTrọng tâm là: 100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình; "
     "100% kết quả giải quyết thủ tục hành chính được lưu trữ điện tử và tái sử dụng.", []),  # a goals section
    ("Toàn tỉnh đã thu nhận trên 1 triệu hồ sơ căn cước công dân, trong đó cấp tài khoản định danh điện tử kèm hồ sơ "
     "cho 5.474 trường hợp và cấp tài khoản định danh điện tử cho 564 trường hợp.",
     [(1, "id_cards_collected", 1000000, None, None, "")]),  # two listed parts: neither is all accounts issued
])
def test_one_quirk_per_line(refs, text, expected):
    assert _filed(text, refs) == expected


def test_annex_table_total_row_under_a_bracketed_note(refs):
    """A space-aligned annex table: its title is the line above the bracketed `(Kèm theo …)`
    note; the `Tổng cộng` row's total is the essential-services total and its channel
    columns are that total's parts; the services' own rows are not filed."""
    text = (FIXTURES / "reader" / "annex_aligned_total_row.txt").read_text(encoding="utf-8")
    assert _filed(text, refs) == [
        (9, "essential_services_dossiers", 3404, None, None, ""),
        (9, "essential_services_online", 3204, None, None, ""),
        (9, "essential_services_in_person", 200, None, None, ""),
        (9, "essential_services_online_rate", 94.12, 3204, 3404, ""),
    ]


def test_appendix_prose_cell_files_only_on_its_own_close_evidence(refs):
    """A task's result in a long cell of an appendix table: the figure whose counted noun says
    what it is is filed; a part (`Trong đó … dưới 06 tuổi là 2.410`: an age between `trong
    đó` and the figure does not break the part) is not."""
    row = ("| 1 | Đẩy mạnh thu nhận hồ sơ căn cước | Công an tỉnh | Đã hoàn thành - Đã cấp căn cước gắn chip cho "
           "1.565.845 công dân trên địa bàn (Trong đó cấp Căn cước cho người dưới 06 tuổi là 2.410 trường hợp) |")
    text = "| TT | Nhiệm vụ | Đơn vị | Kết quả |\n|---|---|---|---|\n" + row + "\n"
    assert _filed(text, refs) == [(3, "id_cards_issued", 1565845, None, None, "")]


# essential-service group totals (read by hand): (line, indicator, value, numerator, denominator)
GROUPS = {
    "001": [(150, "essential_services_police_dossiers", 385566, None, None),
            (150, "essential_services_police_in_person", 30672, None, None),
            (150, "essential_services_police_online", 354894, None, None),
            (150, "essential_services_police_online_rate", 92.04, 354894, 385566),
            (166, "essential_services_sectors_dossiers", 155158, None, None),
            (166, "essential_services_sectors_in_person", 1770, None, None),
            (166, "essential_services_sectors_online", 153388, None, None),
            (166, "essential_services_sectors_online_rate", 98.86, 153388, 155158)],
    "003": [(93, "essential_services_dossiers", 57274, None, None),
            (93, "essential_services_online", 54958, None, None),
            (95, "essential_services_online_rate", 95.96, 54958, 57274),
            (153, "essential_services_district_commune_dossiers", 33751, None, None),
            (155, "essential_services_district_commune_online", 33211, None, None),
            (155, "essential_services_district_commune_online_rate", 98.34, 33211, 33751)],
}


@pytest.mark.parametrize("key", sorted(GROUPS))
def test_essential_service_group_totals(refs, key):
    doc, meta = read_report(report_path(key), refs)
    rows = extract_indicators(doc, refs, meta).tables["indicator_values"]
    got = [(r["source_line"], r["indicator_id"], r["value"], r["numerator"], r["denominator"]) for r in rows
           if r["indicator_id"].startswith("essential_services")]
    assert got == GROUPS[key]


@pytest.mark.parametrize("key", ["000", "001", "002", "003"])
def test_quotes_are_exact_substrings_of_their_line(refs, key):
    path = report_path(key)
    doc, meta = read_report(path, refs)
    ex = extract_indicators(doc, refs, meta)
    lines = path.read_text(encoding="utf-8").split("\n")
    for row in ex.tables.get("indicator_values", []):
        assert row["source_quote"] and row["source_quote"] in lines[row["source_line"] - 1], row
        assert row["value_printed"] in lines[row["source_line"] - 1]
        assert row["indicator_id"] in refs.ids("indicators") and row["unit"] in refs.ids("units")
        assert row["rule_id"] in refs.ids("indicator_rules")


def test_pure_no_file_access(refs, monkeypatch):
    doc, meta = read_report(report_path("003"), refs)
    expected = extract_indicators(doc, refs, meta).tables
    doc, meta = read_report(report_path("003"), refs)
    refuse_file_access(monkeypatch)
    assert extract_indicators(doc, refs, meta).tables == expected
