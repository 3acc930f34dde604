"""generator.document: numbered lines, prose blocks and quotes that are exact substrings
of their source line."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings, strategies as st

from generator.document import QUOTE_LIMIT, Document, is_table_line, split_lines, window

REPORTS = Path(__file__).resolve().parents[1] / "sources" / "reports"


def test_split_lines_counts_like_sed():
    assert split_lines("a\r\nb\n\nc") == ["a", "b", "", "c"]
    assert split_lines("a\n") == ["a", ""]
    assert Document("x\ny").line(2) == "y"


def test_hard_wrapped_pdf_text_is_joined_into_one_block():
    doc = Document((REPORTS / "000_3285350e42ccdccd.txt").read_text(encoding="utf-8"))
    block = next(b for b in doc.blocks(20, 40) if b.first_line == 22)
    assert block.text == ("Văn phòng Ủy ban nhân dân tỉnh báo cáo kết quả triển khai thực hiện "
                          "nhiệm vụ Đề án 06 trong tháng 02 năm 2024 (từ ngày 15/012024 đến ngày "
                          "14/02/2024), như sau:")
    assert [n for _, n, _ in block.segments] == [22, 24, 26]
    at = block.text.index("14/02/2024")
    assert block.quote(at, at + 10) == (26, "14/02/2024), như sau:")
    assert block.line_at(at) == 26


def test_list_items_and_headings_start_new_blocks():
    doc = Document("I. KẾT QUẢ\n1. Tiếp nhận 05 hồ sơ\ntrong tháng\n- Trực tuyến 03 hồ sơ\na) ghi chú\n(i) khác")
    assert [b.text for b in doc.blocks()] == [
        "I. KẾT QUẢ", "1. Tiếp nhận 05 hồ sơ trong tháng", "- Trực tuyến 03 hồ sơ", "a) ghi chú", "(i) khác"]


def test_table_lines_are_not_prose():
    doc = Document("Văn bản\nTT\tTên\tSố\n1\tA\t5\n| a | b |\nTiếp theo")
    assert [b.first_line for b in doc.blocks()] == [1, 5]
    assert is_table_line("1\tA") and is_table_line("  | a |") and not is_table_line("a | b")


def test_window_keeps_short_lines_whole_and_cuts_long_ones_at_clauses():
    assert window("ngắn", 0, 2) == "ngắn"
    long = "Câu một dài. " * 20 + "Đạt 91,43% hồ sơ. " + "Câu sau dài. " * 20
    at = long.index("91,43")
    quoted = window(long, at, at + 5)
    assert "91,43" in quoted and quoted in long and len(quoted) <= QUOTE_LIMIT + 20
    assert quoted.startswith("Câu một dài.") or quoted.startswith("Đạt")


def test_blocks_range_beyond_the_text_is_clipped():
    assert [b.text for b in Document("a\nb").blocks(1, 99)] == ["a b"]


def test_find_line():
    import re

    doc = Document("a\nNơi nhận:\nb")
    assert doc.find_line(re.compile("Nơi nhận")) == 2
    assert doc.find_line(re.compile("Nơi nhận"), start=3) is None


lines = st.lists(
    st.one_of(
        st.text(alphabet=st.sampled_from(list("abcđờ 0123456789.,;:-*()%\t<>/_`\\#&|[]!")), max_size=60),
        st.sampled_from(["", "  ", "- mục", "1. mục", "II. PHẦN", "a) ý", "kết thúc.", "x" * 400 + ". y",
                         "### 9.1 Mô hình", "**10.260** hồ sơ<sup>1</sup>", "<sup>2</sup> Gồm: xã A", "\\* Đang triển khai",
                         "*\\* Đối với 11/25 dịch vụ*", "&nbsp;Tổng&amp;số <b>12</b>", "[^3]: chú thích", "đạt [91,4%](x)"]),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(lines, st.data())
def test_every_quote_is_an_exact_substring_of_its_line(raw_lines, data):
    doc = Document("\n".join(raw_lines))
    for block in doc.blocks():
        assert block.text == block.text.strip() and block.text
        for _ in range(3):
            start = data.draw(st.integers(0, len(block.text) - 1))
            end = data.draw(st.integers(start + 1, len(block.text)))
            line, quote = block.quote(start, end)
            assert line in block.raw_lines
            assert quote and quote == quote.strip() or not doc.line(line).strip()
            assert quote in doc.line(line)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("ab đờ 0123.,%*_`<>/\\#&;|[]()!^") + ["<sup>1</sup>", "**", "&nbsp;", "&amp;", "\\*", "<b>", "</b>"]), max_size=40).map("".join))
def test_markup_never_invents_a_character(raw):
    """Every reading character is printed at its mapped column (entities: the `&`; escapes: the character)."""
    from generator.markup import clean_line

    clean = clean_line(raw)
    assert len(clean.cols) == len(clean.text)
    assert list(clean.cols) == sorted(clean.cols) and all(0 <= c < len(raw) for c in clean.cols)
    for ch, col in zip(clean.text, clean.cols):
        assert raw[col] == ch or raw[col] == "&" or (ch == " " and raw[col] == "<")


def test_markup_keeps_figures_whole_and_drops_footnote_marks():
    from generator.markup import clean_line

    assert clean_line("tiếp nhận **10.260** hồ sơ<sup>1</sup>, trong đó").text == "tiếp nhận 10.260 hồ sơ1, trong đó"
    assert clean_line("### 9.1 Mô hình").kind == "heading" and clean_line("### 9.1 Mô hình").level == 3
    body = clean_line("<sup>1</sup> Gồm: xã A, xã B")
    assert (body.kind, body.note, body.text) == ("footnote", "1", "Gồm: xã A, xã B")
    assert clean_line("\\* Đang triển khai: 20").text == "* Đang triển khai: 20"
    assert clean_line("| a | **5** |").text == "| a | 5 |"
    # a plain `[2]` glued to a word is a mark kept glued; after a stop it is dropped; after a space it is text
    assert clean_line("đạt 87,36% số hồ sơ đã thu nhận[2]; riêng 131.582 hồ sơ.[3] Danh sách [4] xã").text == \
        "đạt 87,36% số hồ sơ đã thu nhận2; riêng 131.582 hồ sơ. Danh sách [4] xã"


def test_footnote_body_inside_a_paragraph_does_not_split_it():
    doc = Document("Trong kỳ tiếp nhận 120 hồ sơ<sup>1</sup> và\n<sup>1</sup> Gồm các xã.\ntrả kết quả 100 hồ sơ.")
    texts = [(b.kind, b.text) for b in doc.blocks()]
    assert texts == [("paragraph", "Trong kỳ tiếp nhận 120 hồ sơ1 và trả kết quả 100 hồ sơ."), ("footnote", "Gồm các xã.")]
    block = doc.blocks()[0]
    at = block.text.index("100")
    assert block.quote(at, at + 3) == (3, "trả kết quả 100 hồ sơ.")


@given(st.text(max_size=700), st.data())
def test_window_is_a_substring_containing_the_span(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quoted = window(text, start, end)
    assert quoted in text
    if len(text) > QUOTE_LIMIT and text[start:end].strip() and end - start < QUOTE_LIMIT // 2:
        assert text[start:end].strip() in quoted


def test_a_span_past_a_lines_last_angle_bracket_still_quotes_the_line():
    """Found by the property test above: `0>` then `a` make one block `0> a`; a span on
    the joining space maps past the `>`, where the markup rule left an empty quote. (It was
    found as `0>` then `0`: a figure alone on its line now opens a block of its own.)"""
    doc = Document("0>\na")
    (block,) = doc.blocks()
    assert block.quote(2, 3) == (1, "0>")


def test_a_figure_alone_on_its_line_opens_a_block():
    """An infographic's `1.305.442` over its words: a block of its own, with the words under it."""
    doc = Document("ĐỊNH DANH ĐIỆN TỬ\n1.390.118\nhồ sơ đã thu nhận\n1.305.442\ntài khoản đã phê duyệt\n")
    assert [b.text for b in doc.blocks()] == ["ĐỊNH DANH ĐIỆN TỬ", "1.390.118 hồ sơ đã thu nhận", "1.305.442 tài khoản đã phê duyệt"]


def test_indented_prose_after_an_aligned_table_is_not_its_rows():
    """`pdftotext -layout` indents a whole page: the prose lines after a table (wide, with no column
    gap) end it, though a second table follows them; a table's wrapped label lines stay in it."""
    from generator.document import aligned_table_lines

    lines = [
        "      TT   Dịch vụ công thiết yếu                Tổng số hồ sơ    Trực tuyến    Tỷ lệ",
        "      1    Đăng ký thường trú                        3.416.287     2.587.941    75,75",
        "      2    Đăng ký tạm trú                           4.982.530     4.113.804    82,56",
        "      3    Cấp đổi, cấp lại giấy phép lái xe,",
        "           quốc tế                                   1.126.940       932.810    82,77",
        "",
        "          Đối với nhóm thủ tục liên thông khai sinh, trong năm có 1.204.663 hồ sơ được giải quyết",
        "     qua liên thông điện tử, trong đó trên 62% hồ sơ nộp qua ứng dụng VNeID; nhóm liên thông khai",
        "",
        "      TT   Địa phương                           Điểm          Xếp hạng     Ghi chú",
        "      1    Quảng Ninh                           90,12         1            -",
        "      2    Hải Phòng                            89,40         2            -",
    ]
    assert sorted(aligned_table_lines(lines)) == [1, 2, 3, 4, 5, 10, 11, 12]


def test_a_row_pasted_as_csv_with_quoted_cells_is_a_table_row():
    """`"6","Tỷ lệ tài khoản đã kích hoạt","%","","91,6"`: five cells, each at its offset, doubled
    quotes undone; prose with quotes in it is no row."""
    from generator.document import csv_cells

    row = '"6","Tỷ lệ tài khoản đã kích hoạt","%","","91,6"'
    assert csv_cells(row) == [(1, "6"), (5, "Tỷ lệ tài khoản đã kích hoạt"), (36, "%"), (40, ""), (43, "91,6")]
    assert is_table_line(row) and Document(row).is_table(1)
    assert csv_cells('"1","Dịch vụ ""A""","12"') == [(1, "1"), (5, 'Dịch vụ "A"'), (21, "12")]
    assert csv_cells('"Nhà mình" nói, "nhanh lắm", "ok"') is None
    assert not is_table_line('Ông nói: "nhanh", "gọn", "tiện".')


def test_a_pdf_paragraph_indented_further_opens_with_a_figure():
    """`pdftotext -layout`: a paragraph's first line is indented further than its other lines; one
    that opens with a figure (`100% trường …`) still opens a paragraph after a short heading line."""
    text = ("      4. Lĩnh vực giáo dục\n"
            "            100% trường tiểu học, THCS đã triển khai học bạ số; đã phát hành 52.806 học bạ số; đã\n"
            "      làm sạch, xác thực 99,2% hồ sơ học sinh với CSDLQG về dân cư.\n")
    blocks = Document(text, "x").blocks()
    assert [(b.first_line, b.text[:24]) for b in blocks] == [(1, "4. Lĩnh vực giáo dục"), (2, "100% trường tiểu học, TH")]


def test_a_heading_mark_with_no_words_is_nothing_to_read():
    # `# ` alone on a line (found by the property test above): no block, no error
    doc = Document("# \nTrong tháng tiếp nhận 1.204 hồ sơ.\n## \n")
    assert [(b.kind, b.text) for b in doc.blocks()] == [("paragraph", "Trong tháng tiếp nhận 1.204 hồ sơ.")]
