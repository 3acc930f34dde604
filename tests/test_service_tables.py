"""Per-service figures printed as tables (pipe, tab-separated, HTML)."""
from pathlib import Path

import pytest

from generator.codelists import References
from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.service_tables import extract_service_tables

ROOT = Path(__file__).resolve().parents[1]
DISTRICT = ROOT / "tests" / "fixtures" / "maintainer" / "binh-son-2024-03.md"


@pytest.fixture(scope="module")
def refs():
    return References.load(ROOT / "codelists")


def _rows(text, refs):
    from datetime import date

    meta = ReportMeta("binh-son-quang-ngai", "monthly", date(2024, 3, 14))
    out = extract_service_tables(Document(text), refs, meta)
    return [(r["source_line"], r["service_id"], r["total"], r["online"], r["offline"], r["online_rate_reported"], r["online_rate"])
            for r in out.tables.get("service_results", [])], out


def test_pipe_table_of_the_district_fixture(refs):
    text = DISTRICT.read_text(encoding="utf-8")
    rows, out = _rows(text, refs)
    assert rows == [
        (28, "birth_registration", 120, 96, 24, 80, 80.0),
        (29, "permanent_residence", 310, 279, 31, 90, 90.0),
        (30, "criminal_record", 45, 45, 0, 100, 100.0),
    ]
    lines = text.split("\n")
    for row in out.tables["service_results"]:
        assert row["source_quote"] in lines[row["source_line"] - 1]


def test_tab_table_with_vietnamese_numbers_and_an_unknown_service(refs):
    text = "\n".join([
        "STT\tTên dịch vụ công thiết yếu\tTổng số hồ sơ\tHồ sơ trực tuyến\tHồ sơ trực tiếp\tTỷ lệ trực tuyến",
        "1\tĐăng ký kết hôn\t1.204\t1.150\t54\t95,51%",
        "2\tCấp giấy phép xây dựng nhà ở riêng lẻ\t30\t10\t20\t33,3%",
    ])
    rows, out = _rows(text, refs)
    assert rows == [(2, "marriage_registration", 1204, 1150, 54, 95.51, 95.51)]
    assert [f["check"] for f in out.tables["quality_flags"]] == ["unknown_service"]
    assert out.review[0]["source_line"] == 3


def test_tables_of_tasks_are_not_service_tables(refs):
    text = (ROOT / "sources" / "reports" / "001_41c211600f587ec3.txt").read_text(encoding="utf-8")
    rows, _ = _rows(text, refs)
    assert rows == []


def test_an_html_table_with_a_cell_spanning_rows_down_and_a_header_over_two_rows(refs):
    """A CMS's `<td rowspan="2">UBND cấp xã</td>` beside the first of two service rows, under a header
    whose `Số hồ sơ` spans `Tổng số | Trực tuyến | Trực tiếp`: each row keeps its columns."""
    text = ("<table>\n<tr><th rowspan=\"2\">STT</th><th rowspan=\"2\">Tên dịch vụ công thiết yếu</th><th rowspan=\"2\">Cơ quan tiếp nhận</th>"
            "<th colspan=\"3\">Số hồ sơ tiếp nhận</th><th rowspan=\"2\">Tỷ lệ trực tuyến (%)</th></tr>\n"
            "<tr><th>Tổng số</th><th>Trực tuyến</th><th>Trực tiếp</th></tr>\n"
            "<tr><td>1</td><td>Đăng ký khai sinh</td><td rowspan=\"2\">UBND cấp xã</td><td>812</td><td>698</td><td>114</td><td>85,96</td></tr>\n"
            "<tr><td>2</td><td>Đăng ký kết hôn</td><td>395</td><td>312</td><td>83</td><td>78,99</td></tr>\n</table>\n")
    rows, _ = _rows(text, refs)
    assert [(line, service, total, online, offline, printed) for line, service, total, online, offline, printed, _ in rows] == [
        (4, "birth_registration", 812, 698, 114, 85.96), (5, "marriage_registration", 395, 312, 83, 78.99)]
