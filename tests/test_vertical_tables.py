"""Tables whose every cell is a line of its own (text copied from a PDF viewer)."""
from __future__ import annotations

from generator.document import Document
from generator.vertical_tables import find_vertical_tables

LINES = [
    "Biểu: Kết quả thực hiện một số chỉ tiêu tại các phường tháng 9/2024 của quận",
    "STT", "Phường", "Hồ sơ ĐDĐT mức 2", "thu nhận trong tháng", "Tỷ lệ nộp trực", "tuyến (%)",
    "1", "An Biên", "119", "88,59",
    "2", "An Dương", "130", "92,90",
    "3", "Cát Dài", "2", "80,00",
    "Tổng cộng", "251", "87,92",
    "(Số liệu của Bộ phận Một cửa các phường)",
]


def test_rows_are_found_by_their_numbers_with_the_header_above_and_the_total_below():
    found = find_vertical_tables(LINES)
    assert found.rows == {
        2: [(2,), (3,), (4, 5), (6, 7)],
        8: [(8,), (9,), (10,), (11,)],
        12: [(12,), (13,), (14,), (15,)],
        16: [(16,), (17,), (18,), (19,)],
        20: [(), (20,), (21,), (22,)],
    }
    assert found.lines == set(range(2, 23))
    assert found.row_text(2, LINES) == "STT\tPhường\tHồ sơ ĐDĐT mức 2 thu nhận trong tháng\tTỷ lệ nộp trực tuyến (%)"
    assert found.row_text(20, LINES) == "\tTổng cộng\t251\t87,92"
    assert found.row_text(9, LINES) == ""
    assert found.row_text(1, LINES) is None


def test_a_numbered_list_of_short_lines_is_no_table():
    lines = ["1", "Họp Tổ công tác", "2", "Kiểm tra", "3", "Tuyên truyền"]
    assert find_vertical_tables(lines).rows == {}


def test_the_document_reads_a_vertical_row_as_one_line_and_keeps_each_cells_line():
    doc = Document("\n".join(LINES))
    assert doc.is_table(10) and not doc.is_table(1) and not doc.is_table(23)
    assert doc.table_line(8) == "1\tAn Biên\t119\t88,59"
    assert doc.cell_lines(8) == [8, 9, 10, 11]
    assert doc.cell_lines(20) == [0, 20, 21, 22]
