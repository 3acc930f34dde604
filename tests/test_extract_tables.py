"""Table reading for each layout: tab-separated with page breaks (001), flattened PDF (000),
pipe tables and HTML <table> markup (fixtures)."""
from __future__ import annotations

from pathlib import Path

from generator.document import Document
from generator.extract.tables import html_to_text, read_tables

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "sources" / "reports"
FIXTURES = ROOT / "tests" / "fixtures"


def _doc(path: Path) -> Document:
    return Document(path.read_text(encoding="utf-8"), path.name)


def test_html_cell_markup_becomes_plain_text():
    raw = '<p>Kết quả:</p> <ul style="x"> <li>- Một <b>đậm</b></li><li>Hai<br>ba</li> </ul><i>Cuối</i> &amp; hết'
    assert html_to_text(raw) == "Kết quả:\n• Một đậm\n• Hai\nba\nCuối & hết"


def test_tab_table_with_page_breaks_continuations_and_headings(refs):
    tables = read_tables(_doc(REPORTS / "001_41c211600f587ec3.txt"), refs)
    tasks, models = [t for t in tables if t.layout == "tsv"]
    assert tasks.roles == {"number": 0, "task": 1, "lead_unit": 2, "result": 3, "deadline": 4, "notes": 5}
    assert len(tasks.data_rows) == 40
    assert [r.heading for r in tasks.rows if r.heading][1] == "II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN (09 NHIỆM VỤ)"
    row10 = next(r for r in tasks.data_rows if tasks.text(r, "number") == "10")
    assert tasks.text(row10, "result").endswith("và Quyết định số 2632/QĐ-UBND ngày 19/7/2023 của UBND tỉnh.")
    row37 = next(r for r in tasks.data_rows if tasks.text(r, "number") == "37")  # separator row `----\t--` skipped
    assert tasks.text(row37, "task").endswith("trên màn hình led...).")
    assert models.roles["model"] == 1 and models.roles["notes"] == 6
    assert len(models.data_rows) == 42
    row2 = models.data_rows[1]
    assert models.text(row2, "model") == "Mô hình 3: Xây dựng tối thiểu 20 dịch vụ công không sử dụng hồ sơ giấy."
    assert models.cell(row2, "model").spans == [(0, 492), (46, 495)]


def test_flattened_pdf_table(refs):
    (table,) = read_tables(_doc(REPORTS / "000_3285350e42ccdccd.txt"), refs)
    assert table.layout == "flat" and list(table.roles) == ["number", "task", "deadline", "result"]
    assert [table.text(r, "deadline") for r in table.rows] == [
        "Tháng 3/2024", "Tháng 6/2024", "Tháng 6/2023", "Hàng tháng", "Trong năm 2024", "Trong năm 2024",
        "Thực hiện thường xuyên", "Tháng 4/2024", "Trong năm 2024", "Thực hiện thường xuyên"]
    row6 = table.rows[5]  # a page break repeats the header mid-row; the task ends after it
    assert table.text(row6, "task").endswith("tích hợp với Cổng Dịch vụ công quốc gia.")
    assert table.text(row6, "result").endswith("do Bộ Công an cung cấp (VNeID mức độ 2) để nộp hồ sơ trực tuyến từ ngày 01/7/2024, gửi các cơ quan, đơn vị trong địa bàn tỉnh để phối hợp thực hiện.")
    assert table.text(table.rows[0], "result") == "Đang thực hiện."
    assert "CỤC CHỨNG THỰC" not in table.text(table.rows[-1], "result")


def test_pipe_table(refs):
    (table,) = read_tables(_doc(FIXTURES / "tasks_pipe.txt"), refs)
    assert table.layout == "pipe"
    assert [r.heading for r in table.rows if r.heading] == ["I. NHÓM PHÁP LÝ (02 NHIỆM VỤ)"]
    row2 = table.data_rows[1]
    assert table.text(row2, "task") == "Rà soát văn bản và báo cáo"
    assert table.text(row2, "result") == "Đang thực hiện tiếp"
    assert table.text(row2, "deadline") == "Thường xuyên"


def test_html_table(refs):
    (table,) = read_tables(_doc(FIXTURES / "models_html.txt"), refs)
    assert table.layout == "html" and table.roles["model"] == 1
    assert table.rows[0].heading == "I. NHÓM DỊCH VỤ CÔNG (02 MÔ HÌNH)"
    row = table.data_rows[0]
    assert table.text(row, "result") == "• 197 cơ sở\n• Đã kết nối"
    assert table.text(row, "difficulties") == "Thiếu máy đọc"
    assert row.line == 5
