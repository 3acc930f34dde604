"""generator.redact: which lines are the signature block; e-mails and phones blanked."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.document import split_lines
from generator.redact import EMAIL_MARK, PHONE_MARK, redact, signature_lines

REPORTS = Path(__file__).resolve().parents[2] / "sources" / "reports"


def ranges(numbers: set[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for n in sorted(numbers):
        if out and n == out[-1][1] + 1:
            out[-1] = (out[-1][0], n)
        else:
            out.append((n, n))
    return out


def test_block_runs_from_noi_nhan_to_the_next_appendix():
    lines = ["Báo cáo", "Nội dung.", "Nơi nhận:", "- Như trên;", "GIÁM ĐỐC", "Nguyễn Văn A", "", "Phụ lục", "1\tNhiệm vụ"]
    assert signature_lines(lines) == {3, 4, 5, 6, 7}


def test_block_runs_to_the_end_without_appendix():
    lines = ["Nội dung.", "**Nơi nhận:**", "- Lưu: VT.", "Trần Thị B"]
    assert signature_lines(lines) == {2, 3, 4}


@pytest.mark.parametrize("heading", ["### Phụ lục 01", "**Phụ lục 02**", "PHỤ LỤC I", "<b>Phụ lục</b>"])
def test_appendix_heading_forms(heading):
    assert signature_lines(["Nơi nhận:", "- A;", heading, "x"]) == {1, 2}


def test_appendix_mentioned_in_text_does_not_end_or_start_anything():
    lines = ["(Có phụ lục kèm theo)", "Nơi nhận:", "- Lưu: VT (kèm phụ lục).", "Ký tên"]
    assert signature_lines(lines) == {2, 3, 4}


def test_no_block_when_no_noi_nhan():
    assert signature_lines(["Văn bản", "không có nơi nhận ở đầu dòng"]) == set()


def test_trailing_signature_stamps_after_an_appendix():
    lines = ["Phụ lục", "1\tĐang thực hiện.", "", "\t\tCỤC CHỨNG THỰC SỐ VÀ BẢO MẬT THÔNG TIN - ĐT: 0243.7738668",
             "\t2024-03-01T07:47:33+0700", "\tỦY BAN NHÂN DÂN TỈNH", "\tNguyễn Văn A<a@b.gov.vn> đã ký lên văn bản này!", "", ""]
    assert signature_lines(lines) == {4, 5, 6, 7, 8, 9}


@pytest.mark.parametrize("name, expected", [
    ("000_3285350e42ccdccd.txt", [(239, 277), (460, 495)]),
    ("001_41c211600f587ec3.txt", [(362, 383)]),
    ("002_75efb1c88190d799.txt", []),
    ("003_1fa459019333d3b8.txt", [(664, 688)]),
])
def test_seed_reports(name, expected):
    lines = split_lines((REPORTS / name).read_text(encoding="utf-8"))
    assert ranges(signature_lines(lines)) == expected


def test_redact_emails_and_phones():
    text = "ĐT: 0243.7738668; Fax: (024) 3773 8668; Email: ca@bcy.gov.vn; gọi 0912 345 678 hoặc +84 912345678."
    assert redact(text) == f"ĐT: {PHONE_MARK}; Fax: {PHONE_MARK}; Email: {EMAIL_MARK}; gọi {PHONE_MARK} hoặc {PHONE_MARK}."


@pytest.mark.parametrize("text", [
    "Tiếp nhận 1.300.879 lượt, 24.657 hồ sơ (91,43%)", "18.535.000.000 đồng", "ngày 15/01/2024, số 05/2024",
    "Quyết định số 4466/QĐ-UBND", "05 hồ sơ; 0123456 x", "2024-03-01T07:47:33+0700",
])
def test_redact_keeps_figures_dates_and_numbers(text):
    assert redact(text) == text
