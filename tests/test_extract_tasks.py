"""Plan tasks and printed status counts: golden values from the real reports."""
from __future__ import annotations

from pathlib import Path


from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.counts import extract_counts
from generator.extract.metadata import extract_metadata
from generator.extract.tasks import extract_tasks

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "sources" / "reports"


def _read(name: str, refs):
    path = next(REPORTS.glob(f"{name}_*.txt"))
    doc = Document(path.read_text(encoding="utf-8"), path.name)
    _, meta, _ = extract_metadata(doc, refs, path.name, "0" * 64, "txt")
    return doc, meta


def test_000_flattened_tasks(refs):
    doc, meta = _read("000", refs)
    rows = extract_tasks(doc, refs, meta).tables["plan_tasks"]
    assert [(r["task_number"], r["deadline"], r["status"]) for r in rows] == [
        (1, "Tháng 3/2024", "in_progress"), (2, "Tháng 6/2024", "in_progress"), (3, "Tháng 6/2023", "in_progress"),
        (4, "Hàng tháng", "unknown"), (5, "Trong năm 2024", "unknown"), (6, "Trong năm 2024", "unknown"),
        (7, "Thực hiện thường xuyên", "in_progress"), (8, "Tháng 4/2024", "unknown"), (9, "Trong năm 2024", "in_progress"),
        (10, "Thực hiện thường xuyên", "in_progress")]
    assert rows[0]["task"] == "Quy chế thực hiện công tác số hóa và tái sử dụng dữ liệu thành phần hồ sơ, kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh."
    assert rows[0]["source_line"] == 301 and rows[0]["lead_unit"] == "" and rows[0]["group"] == ""


def test_001_tasks_groups_and_group_count_flag(refs):
    doc, meta = _read("001", refs)
    found = extract_tasks(doc, refs, meta)
    rows = found.tables["plan_tasks"]
    assert [r["task_number"] for r in rows] == list(range(1, 41))
    assert len({r["group"] for r in rows}) == 7
    by_number = {r["task_number"]: r for r in rows}
    assert (by_number[21]["deadline"], by_number[21]["status"], by_number[21]["result"]) == ("Quý I/2024", "completed", "Đã hoàn thành")
    assert (by_number[27]["deadline"], by_number[27]["status"]) == ("Theo Lộ trình của Chính phủ", "in_progress")
    assert (by_number[2]["lead_unit"], by_number[2]["source_line"]) == ("Công an tinh", 395)
    assert by_number[22]["group"] == "IV. VỀ PHÁT TRIỂN CÔNG DÂN SỐ (08 NHIỆM VỤ)"
    from collections import Counter
    assert Counter(r["status"] for r in rows) == {"completed": 10, "in_progress": 10, "unknown": 20}
    (flag,) = found.tables["quality_flags"]
    assert (flag["check"], flag["printed"], flag["computed"], flag["source_line"]) == ("summary_count_mismatch", "08", "7", 437)


def test_status_counts(refs):
    got = {}
    for name in ("000", "001", "002", "003"):
        doc, meta = _read(name, refs)
        rows = extract_counts(doc, refs, meta).tables.get("status_counts", [])
        got[name] = [(r["source_line"], r["subject"], r["status"], r["count"], r["listed_numbers"]) for r in rows]
    assert got["000"] == [] and got["002"] == []
    assert got["001"] == [
        (31, "plan_tasks", "total", 40, ""),
        (33, "plan_tasks", "completed", 38, ""),
        (34, "plan_tasks", "in_progress", 1, ""),
        (270, "pilot_models", "total", 42, ""),
        (270, "pilot_models", "completed", 16, "1 5 6 7 8 16 17 20 23 26 27 28 29 32 35 42"),
        (270, "pilot_models", "in_progress", 26, ""),
        (395, "pilot_models", "completed", 15, "1 5 6 8 16 17 20 23 26 27 28 29 32 35 42"),
        (401, "pilot_models", "in_progress", 20, "3 4 7 9 11 15 18 24 25 30 31 33 34 36 37 38 39 40 41 43"),
        (401, "pilot_models", "not_started", 7, "10 12 13 14 19 21 22"),
    ]
    assert got["003"] == [
        (437, "pilot_models", "completed", 4, "2 15 24 19"),
        (437, "pilot_models", "in_progress", 15, "1 3 4 6 7 9 10 11 12 13 14 16 17 23 22"),
        (439, "pilot_models", "blocked", 5, "5 8 18 21 20"),  # "chưa triển khai do vướng mắc, chưa có quy định"
    ]


def test_pipe_fixture_tasks(refs):
    path = ROOT / "tests" / "fixtures" / "tasks_pipe.txt"
    doc = Document(path.read_text(encoding="utf-8"), path.name)
    meta = ReportMeta("binh-dinh", "annual", __import__("datetime").date(2024, 12, 31))
    found = extract_tasks(doc, refs, meta)
    rows = found.tables["plan_tasks"]
    assert [(r["task_number"], r["lead_unit"], r["status"], r["group"]) for r in rows] == [
        (1, "Sở Tư pháp", "completed", "I. NHÓM PHÁP LÝ (02 NHIỆM VỤ)"),
        (2, "Văn phòng UBND tỉnh", "in_progress", "I. NHÓM PHÁP LÝ (02 NHIỆM VỤ)")]
    assert "quality_flags" not in found.tables
