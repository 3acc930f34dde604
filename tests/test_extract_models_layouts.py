"""Pilot models in layouts the seed reports do not show: headings with the status in the
paragraph below, model tables in pipe, tab, HTML, space-aligned and one-cell-per-line
text whose rows need not say "Mô hình N", local models with a provisional id, and the
status words read with partial completion and held-up reasons. One small fixture each."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.document import Document
from generator.extract.base import ReportMeta
from generator.extract.models import Catalogue, extract_models, local_model_id
from generator.extract.status import statement_status, status_named

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DISTRICT = ReportMeta("nam-dan-nghe-an", "semiannual", date(2024, 6, 14))
PROVINCE = ReportMeta("quang-nam", "monthly", date(2024, 9, 14))


def _models(name: str, meta: ReportMeta, refs):
    doc = Document((FIXTURES / name).read_text(encoding="utf-8"), name)
    found = extract_models(doc, refs, meta)
    rows = found.tables.get("pilot_model_status", [])
    for row in rows:
        assert row["source_quote"] and row["source_quote"] in doc.line(row["source_line"]), row
    return rows, found


def _summary(rows):
    return [(r["source_line"], r["local_number"], r["model_id"] or r["local_model_id"], r["status"]) for r in rows]


def test_headings_and_paragraphs(refs):
    rows, found = _models("models_sections.md", DISTRICT, refs)
    assert {r["source_kind"] for r in rows} == {"section"}
    assert _summary(rows) == [
        (17, None, "local-nam-dan-nghe-an-cho-4-0-thanh-toan-khong-dung-tien-mat", "completed"),  # ### 9.1 Mô hình "…" tại chợ Sa Nam
        (21, None, "local-nam-dan-nghe-an-xom-thong-minh", "in_progress"),  # 9.2. Mô hình … (no quotes)
        (25, None, "ai-camera-tourist-sites", "not_started"),  # no funding yet: not started, not held up
        (29, 4, "health-id-card", "in_progress"),  # **Mô hình 4: …** / "Đã hoàn thành 5/12 trạm": part done
        (33, None, "local-nam-dan-nghe-an-xom-so", "completed"),  # a) heading run into its paragraph; 22/22 done
        (37, None, "accommodation-coaches", "blocked"),  # "Chưa triển khai do vướng mắc"
        (39, None, "local-nam-dan-nghe-an-tu-sach-phap-luat-dien-tu", "blocked"),  # list item: "chưa có quy định"
        (45, None, "local-nam-dan-nghe-an-ben-xe-khach-thong-minh", "unknown"),  # "Dự kiến hoàn thành": not done
        (53, None, "local-nam-dan-nghe-an-truong-hoc-so", "in_progress"),  # under "10. Mô hình …" (a heading about models)
    ]
    first = rows[0]
    assert first["name_printed"] == '"Chợ 4.0 - thanh toán không dùng tiền mặt" tại chợ Sa Nam'
    assert first["status_printed"].startswith("Mô hình đã hoàn thành, ra mắt ngày 12/4/2024")
    assert first["results"].startswith("Mô hình đã hoàn thành") and first["model_id"] == ""
    # a local model goes to the review output, not to the quality flags
    assert not found.tables.get("quality_flags")
    assert any("local-nam-dan-nghe-an-xom-so" in r["reason"] for r in found.review)


def test_headings_not_read_as_models(refs):
    rows, _ = _models("models_sections.md", DISTRICT, refs)
    names = " ".join(r["name_printed"] for r in rows)
    assert "chuyển đổi số cấp xã" not in names  # "10. Mô hình chuyển đổi số cấp xã" lists models under it
    assert "Trạm y tế số" not in names  # under "PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI": a plan, not a status
    assert "này" not in names  # "- Mô hình này được …": no name of its own
    assert "Xóm văn hóa số" not in names  # a list item that names a model but gives no status: a mention


def test_pipe_table_with_status_column(refs):
    rows, _ = _models("models_pipe.md", PROVINCE, refs)
    assert _summary(rows) == [
        (5, 1, "health-id-card", "completed"),
        (6, 2, "local-quang-nam-ban-ve-tham-quan-dien-tu-tai-khu-den-thap-my-son", "in_progress"),
        (7, 3, "accommodation-coaches", "blocked"),  # status column "Vướng mắc"
        (8, 4, "notary-certification", "not_started"),  # empty status column: the result text says it
    ]
    assert rows[0]["results"] == "259/259 cơ sở KCB" and rows[0]["source_kind"] == "table"


def test_tab_table_free_names_and_mixed_table(refs):
    rows, found = _models("models_tsv.txt", PROVINCE, refs)
    assert _summary(rows) == [
        (4, 1, "local-quang-nam-cho-khong-dung-tien-mat", "in_progress"),  # "Đã hoàn thành 8/10 chợ"
        (5, 2, "unsecured-loans", "completed"),
        (6, 3, "provincial-soc", "unknown"),  # "Đã kết nối 36/52 hệ thống" says no status
    ]
    assert rows[0]["name_printed"] == "Chợ không dùng tiền mặt"
    # "Nội dung nhiệm vụ, mô hình": tasks and models mixed, a row must say "Mô hình N"
    assert any(r["source_line"] == 9 and "without a 'Mô hình N' name" in r["reason"] for r in found.review)


def test_html_table_free_names(refs):
    rows, _ = _models("models_html_free.txt", PROVINCE, refs)
    assert _summary(rows) == [(4, 1, "local-quang-nam-truong-hoc-so", "in_progress"), (5, 2, "ai-camera-tourist-sites", "not_started")]


def test_space_aligned_table(refs):
    rows, _ = _models("models_aligned.txt", PROVINCE, refs)
    assert _summary(rows) == [
        (6, 1, "health-id-card", "completed"),
        (8, 2, "local-quang-nam-ban-ve-tham-quan-dien-tu-tai-khu-den-thap-my-son", "in_progress"),
        (10, 3, "accommodation-coaches", "blocked"),
    ]
    assert rows[0]["name_printed"] == "Khám chữa bệnh sử dụng thẻ CCCD và ứng dụng VNeID"  # wrapped cell joined
    assert rows[1]["results"] == "Khoảng 68% lượt khách"


def test_one_cell_per_line_table(refs):
    rows, found = _models("models_column.txt", PROVINCE, refs)
    assert _summary(rows) == [
        (10, 1, "health-id-card", "completed"),
        (27, 3, "accommodation-coaches", "blocked"),  # result wrapped onto a lower-case line, page-break header skipped
        (33, 4, "notary-certification", "not_started"),
    ]
    assert rows[0]["group"] == "I. NHÓM DỊCH VỤ CÔNG"
    assert rows[1]["results"] == "Chưa có quy định về thông báo lưu trú trên xe khách"
    # row 2's name wraps onto a capitalised line: which column it belongs to is not certain
    assert any(r["source_line"] == 14 and "not read" in r["reason"] for r in found.review)


def test_status_words(refs):
    def status(text):
        found = statement_status(text, refs)
        return found.status if found else None

    assert status("Đã hoàn thành 75/159 xã, thị trấn") == "in_progress"
    assert status("22/22 xã đã hoàn thành việc xây dựng và ra mắt") == "completed"
    assert status("Mô hình đã hoàn thành, ra mắt ngày 12/4/2024") == "completed"  # a date is not a ratio
    assert status("chưa triển khai do vướng mắc, chưa có quy định cụ thể") == "blocked"
    assert status("Mô hình chưa triển khai do chưa bố trí được kinh phí") == "not_started"
    assert status("chưa hoàn thành") is None  # negated
    assert status("Mô hình đang tiếp tục nhân rộng") == "in_progress"
    assert status("Phấn đấu hoàn thành trong quý III/2024") is None  # a target
    assert status("Đề nghị các xã hoàn thành trước ngày 30/9") is None  # an instruction
    assert status("Các nhiệm vụ được giao đã hoàn thành") == "completed"  # a target reached
    assert status("Theo kế hoạch, đang triển khai") == "in_progress"
    assert status_named("Vướng mắc", refs) == "blocked" and status_named("Vướng mắc về kinh phí", refs) is None


def test_catalogue_by_number_then_by_name(refs):
    cat = Catalogue(refs)
    # Bắc Giang numbers its models: the number decides, the name confirms
    assert cat.resolve("bac-giang", 4, "Khám chữa bệnh sử dụng thẻ CCCD và VNeID")[0] == "health-id-card"
    assert cat.resolve("bac-giang", 4, "Phân tích tình hình dân cư")[:1] == ("",)
    assert cat.resolve("bac-giang", 99, "Mô hình lạ")[2] is True  # outside the province's numbering: flagged
    # no numbering (a district, a row number): the name, when exactly one model matches
    assert cat.resolve("quang-nam", 3, "Camera AI kiểm soát ra, vào tại Khu phố cổ Hội An", printed_number=False)[0] == "ai-camera-tourist-sites"
    assert cat.resolve("quang-nam", None, "Chăm sóc người cao tuổi")[0] == ""  # not "SOC"
    mid, why, flagged = cat.resolve("quang-nam", None, "Camera AI")
    assert (mid, flagged) == ("", False) and "no catalogue model" in why


def test_local_model_id_is_stable():
    assert local_model_id("nam-dan-nghe-an", '"Xóm thông minh - công dân số" tại xóm Sen 1') == "local-nam-dan-nghe-an-xom-thong-minh-cong-dan-so"
    assert local_model_id("nam-dan-nghe-an", "Xóm thông minh - Công dân số") == "local-nam-dan-nghe-an-xom-thong-minh-cong-dan-so"
    long = local_model_id("quang-nam", "Bán vé tham quan điện tử tại Khu đền tháp Mỹ Sơn và các điểm di tích khác của tỉnh")
    assert len(long) <= len("local-quang-nam-") + 60 and not long.endswith("-")


def test_space_aligned_centred_headers_and_prose_after(refs):
    text = (
        "PHỤ LỤC\n"
        " STT          Tên mô hình               Đơn vị chủ trì        Tình trạng\n"
        "  1   Chợ 4.0 - thanh toán không     UBND xã Kim Liên      Đã hoàn thành\n"
        "      dùng tiền mặt\n"
        "  2   Xóm thông minh                 UBND xã Nam Giang     Đang triển khai\n"
        "\n"
        "     Năm 2024, huyện tiếp tục chỉ đạo các xã nhân rộng các mô hình trên, bảo đảm hiệu quả và tiết kiệm.\n"
    )
    rows = extract_models(Document(text), refs, DISTRICT).tables["pilot_model_status"]
    assert [(r["local_number"], r["name_printed"], r["status"]) for r in rows] == [
        (1, "Chợ 4.0 - thanh toán không dùng tiền mặt", "completed"), (2, "Xóm thông minh", "in_progress")]


def test_body_counts_each_status_goes_with_its_own_number(refs):
    from generator.extract.counts import all_counts

    text = ("6. Triển khai các mô hình điểm\n"
            "Năm 2024, tỉnh đăng ký triển khai 08 mô hình điểm: đã hoàn thành 03 mô hình, đang triển khai 03 mô hình, "
            "chưa triển khai 01 mô hình, 01 mô hình vướng mắc về cơ chế.\n")
    counts = all_counts(Document(text), refs, PROVINCE)
    assert [(c.status, c.count) for c in counts] == [("completed", 3), ("in_progress", 3), ("not_started", 1)]


def test_numbered_items_name_then_colon_then_status(refs):
    """`2. Mô hình <name, no quotes>: đang triển khai`: a numbered item whose name runs to a
    colon and whose status follows it is a model; an item with no status (`… được người dân
    hưởng ứng`) is a mention."""
    rows, _ = _models("models_numbered_items.md", PROVINCE, refs)
    assert _summary(rows) == [
        (3, None, "local-quang-nam-cho-4-0-thanh-toan-khong-dung-tien-mat", "completed"),
        # `nhà trọ` and `khu công nghiệp` each name a catalogue model: two matches, so a provisional id
        (4, None, "local-quang-nam-quan-ly-luu-tru-tai-nha-tro-cong-nhan-khu-cong-nghiep-dien", "in_progress"),
        (5, None, "ai-camera-tourist-sites", "not_started"),
    ]


def test_no_guidance_yet_is_held_up(refs):
    found = statement_status("Vướng mắc, chưa có hướng dẫn kết nối của Bộ Y tế", refs)
    assert found is not None and found.status == "blocked"


def test_a_list_of_models_that_never_says_mo_hinh(refs):
    """Under a heading about models, `(N) <name>: <status>` items are models even without the
    word `Mô hình`; the same shape under another heading is not."""
    rows, _ = _models("models_listed_plain.txt", PROVINCE, refs)
    assert _summary(rows) == [
        (2, None, "health-id-card", "completed"),
        (3, None, "local-quang-nam-cho-dan-sinh-khong-dung-tien-mat-tai-cho-tuy-an", "in_progress"),
        (4, None, "ai-camera-tourist-sites", "not_started"),
    ]


def test_a_listed_models_status_on_the_next_pdf_line(refs):
    """`(N) <name>:` ending a PDF line, its status on the next: one item."""
    rows, _ = _models("models_listed_wrapped.txt", PROVINCE, refs)
    assert [(r["local_number"], r["model_id"] or r["local_model_id"], r["status"]) for r in rows] == [
        (None, "ai-camera-tourist-sites", "not_started"),
        (None, "unsecured-loans", "in_progress"),
    ]


def test_models_listed_in_one_sentence_of_prose(refs):
    """`mô hình X đã hoàn thành; mô hình Y …; …`: a clause per model; a lone mention of a
    model in a sentence is no list."""
    rows, _ = _models("models_inline_prose.txt", PROVINCE, refs)
    assert [(r["source_line"], r["model_id"] or r["local_model_id"], r["status"]) for r in rows] == [
        (1, "health-id-card", "completed"),
        (1, "local-quang-nam-thu-phi-cho-khong-dung-tien-mat-tai-cho-an-hoa", "completed"),
        (1, "ai-camera-tourist-sites", "not_started"),
    ]


def test_models_in_paragraphs_and_lettered_items(refs):
    """A paragraph that opens with `Mô hình <name>` and states its status is a model; `a) <name>:
    <status>` items under a heading about models are models; a bold line `Mô hình điểm: …` with
    models after it and no status of its own heads them."""
    rows, _ = _models("models_paragraphs_and_letters.txt", PROVINCE, refs)
    assert [(r["source_line"], r["status"]) for r in rows] == [(3, "completed"), (6, "in_progress"), (7, "completed")]
