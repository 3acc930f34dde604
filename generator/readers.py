"""PDF and DOCX reports -> plain text the extractors read like the Markdown reports.

Tables come out as one tab-separated line per row (cell text on one line), in document
order with the prose around them, so the table extractors see the same layout whatever
the format. Text is NFC. A file that cannot be read raises InputError naming the file
(and the page, for a PDF), never a traceback.
"""
from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path
from typing import Iterable

from generator.errors import InputError
from generator.limits import DEFAULTS, MB, Limits, megabytes

# a cell's inner line breaks and runs of spaces become one space
_SPACES = re.compile(r"\s+")


def extract_text(path: Path, fmt: str, data: bytes, limits: Limits = DEFAULTS) -> str:
    """Text of a .pdf or .docx report (bytes as received)."""
    if not data.strip():
        raise InputError(path, "empty file: no report text")
    if fmt == "pdf":
        lines = pdf_lines(path, data, limits)
    elif fmt == "docx":
        lines = docx_lines(path, data, limits)
    else:
        raise InputError(path, f"no reader for format '{fmt}'")
    text = unicodedata.normalize("NFC", "\n".join(lines)).replace("\x00", "")
    if not text.strip():
        what = "a scanned PDF (images only) must go through OCR first" if fmt == "pdf" else "the document is empty"
        raise InputError(path, f"no text found: {what}")
    return text + "\n"


def table_row(cells: Iterable[str | None]) -> str:
    """One table row as a tab-separated line; a cell's own line breaks become spaces."""
    return "\t".join(_SPACES.sub(" ", cell or "").strip() for cell in cells)


def table_lines(rows: Iterable[Iterable[str | None]]) -> list[str]:
    out = []
    for row in rows:
        line = table_row(row)
        if line.strip():
            out.append(line)
    return out


def _reason(exc: Exception) -> str:
    """The library's own words, on one line and short."""
    words = _SPACES.sub(" ", str(exc)).strip()[:160]
    return f"{type(exc).__name__}: {words}" if words else type(exc).__name__


# ---------------------------------------------------------------- PDF (pdfplumber)

ENCRYPTED_PDF = "password-protected (encrypted) PDF: it cannot be read without its password; save or print it to a PDF without protection and add that"


def _encrypted(data: bytes, exc: BaseException) -> bool:
    """Whether a failure to open comes from the PDF's encryption (pdfplumber wraps
    pdfminer's PDFPasswordIncorrect / PDFEncryptionError in its own exception)."""
    seen: list[BaseException] = [exc]
    while seen:
        current = seen.pop()
        if type(current).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
            return True
        seen.extend(a for a in current.args if isinstance(a, BaseException))
        seen.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return b"/Encrypt" in data


def pdf_lines(path: Path, data: bytes, limits: Limits = DEFAULTS) -> list[str]:
    if not data.lstrip().startswith(b"%PDF-"):
        raise InputError(path, "not a PDF file (no %PDF- header); check the file extension")
    if b"%%EOF" not in data[-2048:]:
        raise InputError(path, "truncated PDF (no end-of-file marker): the download or copy was cut off; get the file again")
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many types for damaged files
        if _encrypted(data, exc):
            raise InputError(path, ENCRYPTED_PDF) from None
        raise InputError(path, f"damaged PDF, cannot be opened ({_reason(exc)})") from None
    lines: list[str] = []
    with pdf:
        try:
            pages = list(pdf.pages)
        except Exception as exc:
            if _encrypted(data, exc):
                raise InputError(path, ENCRYPTED_PDF) from None
            raise InputError(path, f"damaged PDF, cannot list its pages ({_reason(exc)})") from None
        if len(pages) > limits.max_pdf_pages:
            raise InputError(path, f"PDF too long: {len(pages):,} pages ({limits.where('max_pdf_pages')})")
        for number, page in enumerate(pages, start=1):
            try:
                lines.extend(page_lines(page))
            except Exception as exc:
                raise InputError(path, f"damaged PDF, page {number} cannot be read ({_reason(exc)})") from None
    return lines


def page_lines(page) -> list[str]:
    """Prose lines and table rows of one page, top to bottom."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside_tables(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    items: list[tuple[float, int, list[str]]] = []
    prose = page.filter(outside_tables) if boxes else page
    for line in prose.extract_text_lines(return_chars=False):
        items.append((line["top"], 0, [line["text"]]))
    for table in tables:
        items.append((table.bbox[1], 1, table_lines(table.extract())))
    items.sort(key=lambda item: (round(item[0], 1), item[1]))
    return [text for _, _, texts in items for text in texts]


# ---------------------------------------------------------------- DOCX (python-docx)

OLE_HEADER = bytes.fromhex("d0cf11e0a1b11ae1")  # an old .doc, or a password-protected Office file


def check_docx_size(path: Path, data: bytes, limits: Limits = DEFAULTS) -> None:
    """Refuse a DOCX whose parts, once unzipped, exceed the limit, from the sizes its zip
    directory declares (zipfile never inflates a member beyond its declared size), before
    anything is inflated: a zip bomb stops here."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise InputError(path, f"damaged DOCX, cannot be opened ({_reason(exc)})") from None
    if size > limits.max_docx_unpacked_mb * MB:
        raise InputError(path, f"DOCX too large once unpacked: {megabytes(size)} from a {megabytes(len(data))} file ({limits.where('max_docx_unpacked_mb', ' MB')})")


def docx_lines(path: Path, data: bytes, limits: Limits = DEFAULTS) -> list[str]:
    if data.startswith(OLE_HEADER):
        raise InputError(path, "not a DOCX file: an old .doc or a password-protected document; save it as .docx without a password first")
    if not data.startswith(b"PK"):
        raise InputError(path, "not a DOCX file (not a zip package); an old .doc must be saved as .docx first")
    check_docx_size(path, data, limits)
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # bad zip, missing parts, broken XML
        raise InputError(path, f"damaged DOCX, cannot be opened ({_reason(exc)})") from None
    from generator.docx_numbering import Numbering

    numbering = Numbering(document)
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            lines.extend(docx_table_lines(item))
        else:
            # Word's automatic number before a list paragraph (`1.1.`, `a)`, `-`), as Word shows it
            number = numbering.label(item)
            typed = _TYPED_NUMBER.match(item.text)  # (the author typed the number too: Word shows it twice; written once)
            lines.extend((f"{number} {item.text}" if number and item.text.strip() and not typed else item.text).split("\n"))
    return lines + docx_footnote_lines(data)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TYPED_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVXLC]{1,5}\.|[-+•–])\s", re.IGNORECASE)


def docx_footnote_lines(data: bytes) -> list[str]:
    """The footnotes' paragraphs, one line each, in the order the document numbers them
    (word/footnotes.xml; the separator notes Word adds are not footnotes). Each footnote's
    first line opens with its mark as Markdown writes a footnote's body (`[^2]: …`): the reader
    knows it for a footnote, and a signature block before it does not run on into it."""
    import zipfile
    from xml.etree import ElementTree

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        if "word/footnotes.xml" not in package.namelist():
            return []
        root = ElementTree.fromstring(package.read("word/footnotes.xml"))
    lines = []
    for note in root.iter(f"{_W}footnote"):
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        for k, paragraph in enumerate(note.iter(f"{_W}p")):
            parts = [f"[^{note.get(f'{_W}id')}]: "] if k == 0 else []
            for node in paragraph.iter():
                if node.tag == f"{_W}t":
                    parts.append(node.text or "")
                elif node.tag == f"{_W}tab":
                    parts.append("\t")
            lines.append("".join(parts))
    return lines


def docx_table_lines(table) -> list[str]:
    """Rows of a Word table; a cell merged across columns is written once."""
    rows = []
    for row in table.rows:
        cells, last = [], None
        for cell in row.cells:
            if cell._tc is last:
                continue
            last = cell._tc
            cells.append(cell.text)
        rows.append(cells)
    return table_lines(rows)
