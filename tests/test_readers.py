"""PDF and DOCX -> text: prose and tables in document order, tables as tab-separated rows."""
from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "maintainer"))
import maintainer_builders as mb  # noqa: E402

from generator.errors import InputError  # noqa: E402
from generator.readers import extract_text, table_row  # noqa: E402
from generator.sources import Source, read_text, sha256_of  # noqa: E402

EXPECTED = [
    "ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN",
    "Số: 45/BC-UBND",
    "Bình Sơn, ngày 20 tháng 3 năm 2024",
    "BÁO CÁO",
    mb.DISTRICT_TITLE,
    "Ủy ban nhân dân huyện Bình Sơn báo cáo kết quả triển khai Đề án 06 (từ ngày 15/02/2024 đến ngày 14/3/2024) như sau:",
    "I. KẾT QUẢ",
    "1. Thu nhận hồ sơ cấp thẻ Căn cước: 1.250 hồ sơ; kích hoạt định danh điện tử mức độ 2: 980 tài khoản.",
    "TT\tDịch vụ công\tTổng số hồ sơ\tTrực tuyến\tTỷ lệ",
    "1\tĐăng ký khai sinh\t120\t96\t80%",
    "2\tCấp phiếu lý lịch tư pháp\t45\t45\t100%",
    "Trên đây là báo cáo của Ủy ban nhân dân huyện Bình Sơn, tỉnh Quảng Ngãi.",
]


def test_docx_paragraphs_and_tables_in_order():
    text = extract_text(Path("r.docx"), "docx", mb.make_docx(mb.report_blocks()))
    assert text.splitlines() == EXPECTED
    assert unicodedata.is_normalized("NFC", text)


def test_pdf_text_and_table_cells_across_pages():
    blocks = mb.report_blocks()
    text = extract_text(Path("r.pdf"), "pdf", mb.make_pdf([blocks[:8], blocks[8:]]))
    assert text.splitlines() == EXPECTED
    assert unicodedata.is_normalized("NFC", text)


def test_read_text_goes_through_the_reader(tmp_path):
    path = tmp_path / "r.docx"
    data = mb.make_docx(mb.report_blocks())
    path.write_bytes(data)
    assert read_text(Source(path, sha256_of(data), "docx")).splitlines() == EXPECTED


def test_docx_decomposed_text_comes_out_nfc():
    decomposed = unicodedata.normalize("NFD", "Đề án 06 định danh")
    text = extract_text(Path("r.docx"), "docx", mb.make_docx([("p", decomposed)]))
    assert text == "Đề án 06 định danh\n"


def test_table_cell_line_breaks_become_spaces():
    assert table_row(["1", "Đăng ký\nkhai sinh", None, " 5 "]) == "1\tĐăng ký khai sinh\t\t5"


@pytest.mark.parametrize(
    "fmt, data, message",
    [
        ("pdf", lambda: mb.truncated(mb.make_pdf([mb.report_blocks()])), "truncated PDF"),
        ("pdf", lambda: mb.truncated(mb.make_pdf([mb.report_blocks()])) + b"\n%%EOF\n", "damaged PDF"),
        ("pdf", lambda: b"just text, named .pdf", "not a PDF file"),
        ("pdf", lambda: mb.make_pdf([[]]), "no text found"),
        ("docx", lambda: b"just text, named .docx", "not a DOCX file"),
        ("docx", lambda: mb.make_docx(mb.report_blocks())[:2000], "damaged DOCX"),
        ("docx", lambda: b"   \n", "empty file"),
    ],
)
def test_unreadable_files_raise_one_line_input_errors(fmt, data, message):
    with pytest.raises(InputError) as info:
        extract_text(Path(f"bad.{fmt}"), fmt, data())
    assert message in str(info.value)
    assert str(info.value).startswith(f"bad.{fmt}")
    assert "\n" not in str(info.value)


def _with_footnotes(docx: bytes, notes: list[str]) -> bytes:
    """A DOCX with a footnotes part (as Word writes it: two separator notes, then the notes)."""
    import io
    import zipfile

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join(f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {n}</w:t></w:r></w:p></w:footnote>'
                   for i, n in enumerate(notes, start=1))
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f"{body}</w:footnotes>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/footnotes.xml", xml)
    return out.getvalue()


def test_docx_footnotes_follow_the_body_one_line_each():
    """Figures in a DOCX's footnotes are read: each footnote paragraph is a line after the body."""
    data = _with_footnotes(mb.make_docx(mb.report_blocks()), ["Năm 2023 tiếp nhận 3.071 hồ sơ.", "Tỷ lệ đạt 99,7%."])
    text = extract_text(Path("r.docx"), "docx", data)
    assert text.splitlines() == EXPECTED + ["[^1]:  Năm 2023 tiếp nhận 3.071 hồ sơ.", "[^2]:  Tỷ lệ đạt 99,7%."]


def test_docx_footnotes_after_the_signature_are_read():
    """Word's footnotes follow the signature block (`Nơi nhận`, the signer) in the text: the
    block ends where they begin, and their figures are read."""
    from generator.codelists import References
    from generator.document import Document
    from generator.reading.read import read_figures

    blocks = mb.report_blocks() + [("p", "Nơi nhận:"), ("p", "- Lưu: VT."), ("p", "CHỦ TỊCH"), ("p", "Nguyễn Văn An")]
    data = _with_footnotes(mb.make_docx(blocks), ["Tỷ lệ số hóa hồ sơ đạt 99,7%."])
    text = extract_text(Path("r.docx"), "docx", data)
    refs = References.load(Path(__file__).resolve().parent.parent / "codelists")
    read = [(f.line, f.printed) for f in read_figures(Document(text, "r.docx"), refs)]
    assert read[-1] == (len(text.splitlines()), "99,7")


def test_word_numbering_is_written_as_word_shows_it():
    """A list paragraph's number is Word's to compute (`word/numbering.xml`): `1.`, `1.1.`, `a)`
    and bullets are written before the text as Word shows them; a number the author also typed
    is written once."""
    import io

    import docx

    from generator.readers import docx_lines

    d = docx.Document()
    for text, style in (("Ban hành văn bản", "List Number"), ("Hội nghị", "List Number"), ("Đăng ký thường trú: 35 hồ sơ", "List Bullet"),
                        ("1. Đã đánh số tay", "List Number"), ("Đoạn thường", "Normal")):
        d.add_paragraph(text, style=style)
    data = io.BytesIO()
    d.save(data)
    assert docx_lines(Path("x.docx"), data.getvalue()) == [
        "1. Ban hành văn bản", "2. Hội nghị", "- Đăng ký thường trú: 35 hồ sơ", "1. Đã đánh số tay", "Đoạn thường"]
    # a province's report with multilevel numbering (1., 1.1., a)): every line as Word shows it
    layouts = Path(__file__).resolve().parent / "accuracy" / "layouts"
    lines = extract_text(layouts / "1071_ubnd-tinh-phu-tho-2025-quy3.docx", "docx",
                         (layouts / "1071_ubnd-tinh-phu-tho-2025-quy3.docx").read_bytes()).split("\n")
    assert (lines[12], lines[33], lines[40][:10], lines[41][:10]) == (
        "1. Ban hành văn bản chỉ đạo, hướng dẫn", "1.1. Cung cấp dịch vụ công trực tuyến", "a) Tỷ lệ s", "b) So với ")
