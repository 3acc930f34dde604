"""Pilot-model status from tables, lists and footnotes; catalogue mapping; provenance;
the summary_count_mismatch flags the pipeline raises. Golden values from the real reports."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.document import Document
from generator.extract import SECTIONS
from generator.extract.base import ReportMeta
from generator.extract.metadata import extract_metadata
from generator.extract.counts import all_counts
from generator.extract.models import extract_models

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "sources" / "reports"

# 001 Phụ lục 02: local number ("Mô hình N") -> status read from the notes / results
APPENDIX_001 = {
    1: "completed", 3: "in_progress", 4: "completed", 5: "completed", 6: "completed", 7: "completed", 8: "completed",
    9: "in_progress", 10: "not_started", 11: "in_progress", 12: "not_started", 13: "not_started", 14: "not_started",
    15: "in_progress", 16: "unknown", 17: "completed", 18: "in_progress", 19: "not_started", 20: "completed",
    21: "not_started", 22: "not_started", 23: "completed", 24: "unknown", 25: "in_progress", 26: "completed",
    27: "completed", 28: "completed", 29: "completed", 30: "in_progress", 31: "in_progress", 32: "completed",
    33: "not_started", 34: "in_progress", 35: "completed", 36: "in_progress", 37: "in_progress", 38: "in_progress",
    39: "unknown", 40: "unknown", 41: "unknown", 42: "completed", 43: "in_progress",
}


def _read(name: str, refs):
    path = next(REPORTS.glob(f"{name}_*.txt"))
    doc = Document(path.read_text(encoding="utf-8"), path.name)
    _, meta, _ = extract_metadata(doc, refs, path.name, "0" * 64, "txt")
    return doc, meta


def test_001_appendix_every_model(refs):
    doc, meta = _read("001", refs)
    found = extract_models(doc, refs, meta)
    rows = [r for r in found.tables["pilot_model_status"] if r["source_kind"] == "table"]
    assert {r["local_number"]: r["status"] for r in rows} == APPENDIX_001
    assert len(rows) == 42 and all(r["model_id"] for r in rows)
    six = next(r for r in rows if r["local_number"] == 6)
    assert (six["model_id"], six["name_printed"], six["funding"], six["source_line"]) == (
        "health-id-card", "Khám chữa bệnh sử dụng thẻ CCCD và VNNeID", "Đầu tư kinh phí mua máy đọc thẻ CCCD gắn chíp", 502)
    assert six["group"] == "II NHÓM TIỆN ÍCH PHÁT TRIỂN KINH TẾ XÃ HỘI (16 MÔ HÌNH)"
    flags = [(f["printed"], f["computed"], f["source_line"]) for f in found.tables["quality_flags"] if f["check"] == "summary_count_mismatch"]
    assert flags == [("05", "4", 490), ("16", "17", 501), ("10", "11", 544), ("06", "7", 584)]
    # "Đã hoàn thành 75/159 xã, thị trấn": part of the communes, in progress
    assert next(r for r in rows if r["local_number"] == 34)["status_printed"].startswith("Đã hoàn thành 75/159")


def test_001_task_cell_lists(refs):
    doc, meta = _read("001", refs)
    counts = [c for c in all_counts(doc, refs, meta) if c.subject == "pilot_models" and c.listed and c.line >= 395]
    listed = {c.status: c.listed for c in counts}
    assert listed["completed"] == [1, 5, 6, 8, 16, 17, 20, 23, 26, 27, 28, 29, 32, 35, 42]
    assert listed["not_started"] == [10, 12, 13, 14, 19, 21, 22]
    assert len(listed["in_progress"]) == 20
    first = counts[0].items[0]
    assert (first.number, first.name, first.line) == (1, "Triển khai 53 dịch vụ công thiết yếu", 395)
    body = next(c for c in all_counts(doc, refs, meta) if c.line == 270 and c.status == "completed")
    assert len(body.listed) == 16


def test_001_one_row_per_model_and_statement(refs):
    """The body lists and the appendix table state most models' status twice: one row each,
    the table's; a list that gives a status the table leaves open, or contradicts it,
    keeps its own row (the contradiction flagged)."""
    doc, meta = _read("001", refs)
    found = extract_models(doc, refs, meta)
    rows = found.tables["pilot_model_status"]
    lists = {(r["local_number"], r["status"], r["source_line"]) for r in rows if r["source_kind"] == "list"}
    assert lists == {(16, "completed", 270), (24, "in_progress", 401), (39, "in_progress", 401), (40, "in_progress", 401), (41, "in_progress", 401),
                     (4, "in_progress", 401), (7, "in_progress", 401), (33, "in_progress", 401)}
    conflicts = sorted((f["subject_id"], f["computed"], f["printed"]) for f in found.tables["quality_flags"] if f["check"] == "model_status_conflict")
    assert conflicts == [("e-document-storage", "completed", "in_progress"), ("e-health-labour-books", "not_started", "in_progress"),
                         ("health-biometrics-kiosk", "completed", "in_progress")]
    # each model's first row states a status when any of its rows does
    first: dict[str, str] = {}
    for r in rows:
        first.setdefault(r["model_id"], r["status"])
    assert first["single-sign-on"] == "in_progress" and first["conditional-businesses"] == "completed"


def test_003_footnotes(refs):
    doc, meta = _read("003", refs)
    rows = extract_models(doc, refs, meta).tables["pilot_model_status"]
    assert {r["source_kind"] for r in rows} == {"footnote"}
    assert {r["local_number"]: r["status"] for r in rows} == {
        **{n: "completed" for n in (2, 15, 24, 19)},
        **{n: "in_progress" for n in (1, 3, 4, 6, 7, 9, 10, 11, 12, 13, 14, 16, 17, 23, 22)},
        # "05 nhiệm vụ, mô hình chưa triển khai do vướng mắc, chưa có quy định cụ thể ...": held up
        **{n: "blocked" for n in (5, 8, 18, 21, 20)},
    }
    by_number = {r["local_number"]: r for r in rows}
    assert by_number[4]["model_id"] == "health-id-card"  # Bình Định's 6
    assert by_number[22]["model_id"] == "combined-situation-analysis"
    assert (by_number[8]["name_printed"], by_number[8]["difficulties"]) == (
        "Triển khai nền tảng quản lý lưu trú trên xe khách đường dài", "Luật cư trú chưa có quy định cư trú trên xe khách đường dài")
    assert by_number[5]["difficulties"].startswith("Sở Tư pháp đã rà soát, tuy nhiên kinh phí thực hiện lớn")
    assert by_number[18]["difficulties"] == "Bộ Công an chưa triển khai" and by_number[18]["source_line"] == 486
    assert by_number[6]["difficulties"] == ""  # a colon in a name of a model listed as in progress is not a reason
    assert all(r["model_id"] for r in rows)


def test_unknown_model_goes_to_review_and_flag(refs):
    path = ROOT / "tests" / "fixtures" / "models_html.txt"
    doc = Document(path.read_text(encoding="utf-8"), path.name)
    found = extract_models(doc, refs, ReportMeta("bac-giang", "monthly", date(2024, 1, 31)))
    rows = found.tables["pilot_model_status"]
    assert [(r["local_number"], r["model_id"], r["status"]) for r in rows] == [(4, "health-id-card", "completed"), (99, "", "not_started")]
    assert rows[0]["results"] == "• 197 cơ sở\n• Đã kết nối" and rows[0]["difficulties"] == "Thiếu máy đọc"
    assert [f["check"] for f in found.tables["quality_flags"]] == ["unknown_model"]
    assert found.review[0]["source_line"] == 6 and "no catalogue mapping for bac-giang model 99" in found.review[0]["reason"]


def test_name_disagreeing_with_number_is_not_mapped(refs):
    text = "STT\tTên Mô hình\tKết quả\n1\tMô hình 4: Phân tích tình hình dân cư\tĐang triển khai\n"
    found = extract_models(Document(text), refs, ReportMeta("bac-giang", "monthly", date(2024, 1, 31)))
    (row,) = found.tables["pilot_model_status"]
    assert row["model_id"] == "" and "does not match" in found.review[0]["reason"]


def test_every_quote_is_on_its_line(refs):
    for path in sorted(REPORTS.glob("*.txt")):
        doc = Document(path.read_text(encoding="utf-8"), path.name)
        _, meta, _ = extract_metadata(doc, refs, path.name, "0" * 64, "txt")
        for section in SECTIONS:
            for table, rows in section(doc, refs, meta).tables.items():
                for row in rows:
                    assert row["source_quote"] and row["source_quote"] in doc.line(row["source_line"]), (path.name, table, row["source_line"])


def test_pipeline_summary_flags(built_project):
    _, built = built_project
    flags = [f for f in built["tables"]["quality_flags"] if f["check"] == "summary_count_mismatch" and f["report_id"].startswith("binh-dinh-2024-12")]
    got = sorted((f["source_line"], f["printed"], f["computed"]) for f in flags)
    # the appendix: 16 completed, 13 in progress (11 "đang tiếp tục nhân rộng" and 34 "Đã hoàn
    # thành 75/159 xã" among them), 8 not started, 5 with no status: the body's 16 completed
    # (line 270) agrees with it
    assert got == sorted([
        (33, "38", "10-30"), (34, "1", "10-30"), (270, "26", "13-18"), (395, "15", "16-21"),
        (401, "20", "13-18"), (401, "7", "8-13"),
        (437, "08", "7"), (490, "05", "4"), (501, "16", "17"), (544, "10", "11"), (584, "06", "7"),
    ])
    assert not [f for f in built["tables"]["quality_flags"] if f["check"] in ("summary_count_mismatch", "unknown_model") and f["report_id"].startswith("bac-giang")]


@pytest.mark.parametrize("text, status", [
    ("Mô hình Camera AI kiểm soát ra/vào tại khu du lịch: đang khảo sát, đã lắp đặt thử nghiệm 08 camera.", "in_progress"),
    ("Mô hình Chợ 4.0: đang nhân rộng, đã triển khai tại 09 chợ.", "in_progress"),
])
def test_statuses_in_a_models_own_words(refs, text, status):
    """`đang khảo sát` (surveying) and `đang nhân rộng` (scaling up) are under way
    (codelists/statuses.csv)."""
    from generator.extract.status import first_status

    assert first_status(text, refs).status == status
