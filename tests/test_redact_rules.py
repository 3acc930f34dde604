"""generator.redact: every kind of personal data the reports print, blanked; figures never.

Each pattern has its own test; property tests (hypothesis) check that number-like figures
survive in any company and that phone numbers are caught in any usual grouping; quotes cut
from a published line stay exact substrings of it.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from generator.redact import (
    EMAIL_MARK, PHONE_MARK, PLACEHOLDER, published_lines, redact, redact_quote, redact_tables, signature_lines,
)

# ---------------------------------------------------------------- phones and e-mails


@pytest.mark.parametrize("text, expected", [
    ("SĐT 0905 123 456", f"SĐT {PHONE_MARK}"),
    ("ĐT: 0243.7738668", f"ĐT: {PHONE_MARK}"),
    ("Điện thoại: 0255 3822 123; Fax: (0255) 3822 124", f"Điện thoại: {PHONE_MARK}; Fax: {PHONE_MARK}"),
    ("Hotline 0912-345-678", f"Hotline {PHONE_MARK}"),
    ("Zalo: 0 9 0 5 1 2 3 4 5 6", f"Zalo: {PHONE_MARK}"),  # after a phone word: any grouping
])
def test_phone_after_a_keyword(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("number", [
    "0905123456", "0905 123 456", "0905.123.456", "0905-123-456", "090 512 3456", "0905 12 34 56",
    "+84 905 123 456", "+84905123456", "(+84) 905 123 456", "0389 123 456", "0703.123.456",
])
def test_bare_mobile_in_usual_groupings(number):
    assert redact(f"liên hệ {number} để được hỗ trợ") == f"liên hệ {PHONE_MARK} để được hỗ trợ"


@pytest.mark.parametrize("number", ["(0255) 3822 123", "(024) 3773 8668", "(0255)3822123", "0255 3822 123", "024.3773.8668"])
def test_landline_with_area_code_not_after_a_keyword(number):
    assert redact(f"đồng chí Lê Văn A, {number}, phụ trách") == f"đồng chí Lê Văn A, {PHONE_MARK}, phụ trách"


def test_phone_on_a_line_that_holds_a_figure():
    line = "- Tiếp nhận 1.234 trường hợp (SĐT 0905 123 456, email a.lv@binhson.gov.vn)."
    assert redact(line) == f"- Tiếp nhận 1.234 trường hợp (SĐT {PHONE_MARK}, email {EMAIL_MARK})."


@pytest.mark.parametrize("text", ["a.lv@binhson.gov.vn", "Nguyen.Van-A+de06@gmail.com", "ca@bcy.gov.vn", "a.lv@localhost", "a.lv@…"])
def test_email(text):
    assert EMAIL_MARK in redact(f"email {text}") and "@" not in redact(f"email {text}")


def test_two_numbers_in_a_row_are_both_blanked():
    assert redact("0905 123 456 hoặc 0912 345 678") == f"{PHONE_MARK} hoặc {PHONE_MARK}"
    assert redact("0905123456-0912345678") == f"{PHONE_MARK}-{PHONE_MARK}"


@pytest.mark.parametrize("text", [
    "Tiếp nhận 1.300.879 lượt, 24.657 hồ sơ (91,43%)", "18.535.000.000 đồng", "0,5%", "1.234.567", "1,300,879 lượt",
    "16,331/32,901", "96.79%", "ngày 15/01/2024, số 05/2024", "Quyết định số 4466/QĐ-UBND", "05 hồ sơ; 0123456 x",
    "2024-03-01T07:47:33+0700", "0 120 96 24 80%", "05 12 34 56 78", "0905.123.456.789", "Điện thoại 1.234 cuộc",
    "Hotline 1900 1234", "CCCD 001234567890", "từ 0905 đến 0912", "09/05/2024 - 12/3/2024",
])
def test_figures_dates_and_numbers_stay(text):
    assert redact(text) == text


# property: figures of every style survive, alone, in prose and in flattened table rows
_vi_int = st.integers(min_value=1, max_value=10**12).map(lambda n: f"{n:,}".replace(",", "."))
_en_int = st.integers(min_value=1, max_value=10**12).map(lambda n: f"{n:,}")
_small = st.integers(min_value=0, max_value=99).map(lambda n: f"{n:02d}")
_rate = st.tuples(st.integers(0, 100), st.integers(0, 99)).map(lambda t: f"{t[0]},{t[1]:02d}%")
_rate_en = st.tuples(st.integers(0, 100), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]:02d}%")
_plain = st.integers(min_value=0, max_value=10**9).map(str)
_ratio = st.tuples(_vi_int, _vi_int).map(lambda t: f"{t[0]}/{t[1]}")
_day = st.dates().map(lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}")
FIGURE = st.one_of(_vi_int, _en_int, _small, _rate, _rate_en, _plain, _ratio, _day)
WORDS = st.sampled_from(["hồ sơ", "trường hợp", "tài khoản", "lượt", "đạt", "tỷ lệ", "triệu đồng", ";", ",", "(", ")", "-", "Đạt"])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(FIGURE, WORDS), min_size=1, max_size=12), st.sampled_from([" ", "\t", " | ", "  "]))
def test_number_like_figures_are_never_blanked(parts, sep):
    text = sep.join(parts)
    assert redact(text) == text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from("35789"), st.text("0123456789", min_size=8, max_size=8),
       st.sampled_from([[10], [4, 3, 3], [3, 3, 4], [4, 6], [3, 7], [4, 2, 2, 2], [4, 3, 3]]),
       st.sampled_from([" ", ".", "-"]), st.sampled_from(["", "+84 ", "(+84) "]))
def test_mobile_numbers_are_blanked_in_any_usual_grouping(second, rest, sizes, sep, country):
    digits = "0" + second + rest
    if country:
        digits, sizes = digits[1:], [sizes[0] - 1] + sizes[1:] if sizes != [10] else [9]
    groups, at = [], 0
    for size in sizes:
        groups.append(digits[at : at + size])
        at += size
    number = country + sep.join(groups)
    text = f"Tổ trưởng tổ công nghệ số cộng đồng: Lê Văn A, {number}; đã tiếp nhận 1.234 hồ sơ."
    out = redact(text)
    assert out == f"Tổ trưởng tổ công nghệ số cộng đồng: Lê Văn A, {PHONE_MARK}; đã tiếp nhận 1.234 hồ sơ.", (number, out)


# ---------------------------------------------------------------- signature blocks and stamps


def test_signature_stamp_lines_anywhere():
    lines = ["Ký bởi: Nguyễn Văn An", "Email: an.nv@quangngai.gov.vn", "Cơ quan: Ủy ban nhân dân huyện Bình Sơn",
             "Thời gian ký: 20.03.2024 08:15:00 +07:00", "", "ỦY BAN NHÂN DÂN", "HUYỆN BÌNH SƠN", "Cơ quan: chủ trì là Sở Tư pháp"]
    assert signature_lines(lines) == {1, 2, 3, 4}


def test_stamp_lines_without_accents():
    assert signature_lines(["Ky boi: Nguyen Van An", "Thoi gian ky: 20.03.2024"]) == {1, 2}


@pytest.mark.parametrize("titles", [
    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    ["TỔ TRƯỞNG"],
    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)"],
    ["**TM. ỦY BAN NHÂN DÂN**", "**CHỦ TỊCH**"],
])
def test_signature_without_noi_nhan_is_recognised_by_its_shape(titles):
    body = ["BÁO CÁO", "I. KẾT QUẢ", "1. Tiếp nhận 120 hồ sơ.", "Trên đây là báo cáo của Ủy ban nhân dân huyện."]
    lines = body + [""] + titles + ["", "Trần Thị Bích", ""]
    hidden = signature_lines(lines)
    assert hidden == set(range(len(body) + 2, len(lines)))  # the title lines through the name
    assert "Trần Thị Bích" not in "\n".join(published_lines(lines))


def test_shaped_signature_before_an_appendix():
    lines = ["Nội dung.", "TỔ TRƯỞNG", "Nguyễn Văn Hùng", "Phụ lục", "1\tNhiệm vụ\tĐang thực hiện"]
    assert signature_lines(lines) == {2, 3}


@pytest.mark.parametrize("ending", [
    ["III. NHIỆM VỤ THÁNG 4", "Tiếp tục đẩy mạnh dịch vụ công."],  # a heading then prose: no name
    ["KẾT QUẢ THỰC HIỆN", "Đạt Yêu Cầu"],  # no title line above
    ["CHỦ TỊCH", "Ủy Ban Nhân Dân Tỉnh"],  # an organisation, not a person
])
def test_body_endings_that_are_not_signatures(ending):
    assert signature_lines(["BÁO CÁO", "Nội dung."] + ending) == set()


# ---------------------------------------------------------------- quotes stay on their published line


def test_quote_cut_inside_a_phone_number_takes_all_of_it():
    line = "Tổ công nghệ số (SĐT 0905 123 456) đã hỗ trợ 1.234 trường hợp."
    quote = line[:28]  # ends inside the number
    assert quote.endswith("0905 12")
    clean = redact_quote(line, quote)
    assert clean == f"Tổ công nghệ số (SĐT {PHONE_MARK}" and clean in published_lines([line])[0]


def test_quote_on_a_hidden_line_is_the_placeholder():
    assert redact_quote("Trần Thị Bích", "Trần Thị Bích", hidden=True) == PLACEHOLDER


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 60), st.integers(1, 80), st.sampled_from(["SĐT 0905 123 456", "a.lv@binhson.gov.vn", "(0255) 3822 123", "0912.345.678"]))
def test_a_redacted_quote_is_a_substring_of_its_published_line(start, length, personal):
    line = f"- Tiếp nhận 1.234 trường hợp đăng ký thường trú (liên hệ {personal}, đồng chí Lê Văn A) đạt 91,43%."
    quote = line[start : start + length].strip()
    if not quote:
        return
    clean = redact_quote(line, quote)
    published = published_lines([line])[0]
    assert clean in published
    leftover = personal.replace("SĐT ", "")
    assert leftover not in clean and leftover[:7] not in clean


def test_redact_tables_every_text_cell_and_quotes_in_context():
    line = "- Tiếp nhận 1.234 trường hợp (SĐT 0905 123 456, email a.lv@binhson.gov.vn)."
    original = ["BÁO CÁO", line, "Ký bởi: Nguyễn Văn An"]
    published = published_lines(original)
    tables = {
        "service_results": [{"report_id": "r", "source_line": 2, "source_quote": line[:40], "service_printed": "gọi 0905123456", "total": 1234}],
        "quality_flags": [{"report_id": "r", "source_line": 3, "source_quote": "Ký bởi: Nguyễn Văn An", "printed": "a\rb\x0bc\td\ne"}],
        "units": [{"unit_id": "count", "name_vi": "số"}],
    }
    out = redact_tables(tables, lambda rid: published, lambda rid: original)
    service = out["service_results"][0]
    assert service["source_quote"] == f"- Tiếp nhận 1.234 trường hợp (SĐT {PHONE_MARK}" and service["source_quote"] in published[1]
    assert service["service_printed"] == f"gọi {PHONE_MARK}" and service["total"] == 1234
    flag = out["quality_flags"][0]
    assert flag["source_quote"] == PLACEHOLDER == published[2]
    assert flag["printed"] == "a b c\td\ne"  # no control character but tab and line feed
    assert out["units"][0] is tables["units"][0]  # untouched rows are not copied
    assert tables["service_results"][0]["source_quote"] == line[:40]  # the input is not modified


def test_no_control_character_but_tab_and_newline_in_any_cell():
    tables = {"t": [{"a": "x\r\ny\x00z\x1b\u2028w\x85"}]}
    cell = redact_tables(tables, lambda r: None, lambda r: None)["t"][0]["a"]
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]", cell)


def test_reports_pasted_one_after_another_keep_every_signature_and_every_body():
    """A file of weekly reports pasted one after another: each report's signature block (from `Nơi
    nhận` to the next report's own heading in capitals) is hidden; the next report's body is not."""
    lines = ["BÁO CÁO TUẦN 1 THÁNG 11/2025", "- Tài khoản đã kích hoạt: 27 tài khoản", "Nơi nhận:", "- Lưu: CAX.",
             "TRƯỞNG CÔNG AN XÃ", "Thiếu tá Hà Văn Khải", "", "CÔNG AN XÃ MINH HÒA", "BÁO CÁO TUẦN 2 THÁNG 11/2025",
             "- Tài khoản đã kích hoạt: 31 tài khoản", "Nơi nhận:", "TRƯỞNG CÔNG AN XÃ", "Thiếu tá Hà Văn Khải"]
    assert signature_lines(lines) == {3, 4, 5, 6, 7, 8, 11, 12, 13}
