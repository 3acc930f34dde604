"""A table's rows as SpreadsheetML, fast: the bytes openpyxl's write-only writer gives for
the same cells (workbook.typed_cell), written as strings instead of one cell object and
one XML element at a time (issue 13: about 13 µs a cell, 3 million cells at N = 2,000).

The cells are workbook.py's: plain text as an inline string (`xml:space="preserve"` when
it starts or ends with white space), Excel's error words as errors, numbers and booleans
as values, dates as day numbers with the date style, formula-like text as text with the
quote-prefix style; empty cells left out. Text is escaped as lxml escapes it (`&`, `<`,
`>`, carriage return, every character past ASCII as a character reference). A text
openpyxl refuses (a control character) is refused here with openpyxl's own error; text
past Excel's 32,767 characters is cut there, as openpyxl cuts it. Style numbers come from
the workbook's style table (openpyxl's), asked when a style is first used, as openpyxl does.
tests/site/test_site_downloads.py compares the bytes with openpyxl's.
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any, Callable, Iterable, Iterator

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
TEXT_LIMIT = 32767
CHUNK = 5000  # rows per piece of XML handed to the zip writer


class Styles:
    """The style numbers of a date cell and of a quote-prefixed text cell, registered in the
    workbook's style table when first used."""

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        self._date: int | None = None
        self._quote: int | None = None

    def date(self) -> int:
        if self._date is None:
            cell = WriteOnlyCell(self.sheet, value=date(2000, 1, 1))
            cell.number_format = "yyyy-mm-dd"
            self._date = cell.style_id
        return self._date

    def quote(self) -> int:
        if self._quote is None:
            cell = WriteOnlyCell(self.sheet, value="=")
            cell.data_type = "s"
            cell.quotePrefix = True
            self._quote = cell.style_id
        return self._quote


def _text(value: str) -> str:
    if len(value) > TEXT_LIMIT:
        value = value[:TEXT_LIMIT]
    if ILLEGAL_CHARACTERS_RE.search(value):
        raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
    return value


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _inline(ref: str, text: str, style: str = "") -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


def _number(value: Any) -> str:
    return "" if math.isnan(value) or math.isinf(value) else "%.16g" % value


def cell_xml(ref: str, value: Any, kind: str | None, styles: Styles) -> str:
    """One cell as workbook.typed_cell types it and openpyxl writes it ('' for an empty one)."""
    if value is None or value == "":
        return ""
    if value.__class__ is str and value[0] not in FORMULA_START and kind != "date":
        value = _text(value)
        if value in ERROR_CODES:
            return f'<c r="{ref}" t="e"><v>{_escape(value)}</v></c>'
        return _inline(ref, value)
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{_number(value)}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}" t="n"><v>{_number(value)}</v></c>'
    if kind == "date" and isinstance(value, str) and len(value) == 10:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return f'<c r="{ref}" s="{styles.date()}" t="n"><v>{_number(to_excel(day))}</v></c>'
    text = _text(str(value))
    return _inline(ref, text, f' s="{styles.quote()}"' if text.startswith(FORMULA_START) else "")


NUMBER = "\x00"  # where a row's number goes in its template: a character no cell can hold (_text refuses it)


def row_templates(rows: Iterable[list[Any]], types: list[str], styles: Styles) -> Iterator[str]:
    """Each row's `<row>` element with NUMBER for its row number (in `r` of the row and of
    each cell): the same for a row wherever it stands, so kept between runs (workbook.py)."""
    letters = [f"{get_column_letter(i + 1)}{NUMBER}" for i in range(len(types))]
    kinds: list[Any] = types
    for values in rows:
        cells = "".join(cell_xml(letters[i], v, kinds[i], styles) for i, v in enumerate(values))
        yield f'<row r="{NUMBER}">{cells}</row>'


def numbered(templates: Iterable[str], first: int, chunk: int = CHUNK) -> Iterator[bytes]:
    """Row templates numbered from `first`, in pieces of `chunk` rows (ASCII bytes)."""
    piece: list[str] = []
    number = first
    for template in templates:
        piece.append(template.replace(NUMBER, str(number)))
        number += 1
        if len(piece) >= chunk:
            yield "".join(piece).encode("ascii", "xmlcharrefreplace")
            piece = []
    if piece:
        yield "".join(piece).encode("ascii", "xmlcharrefreplace")


def rows_xml(rows: Iterable[list[Any]], types: list[str], first: int, styles: Styles,
             chunk: int = CHUNK) -> Iterator[bytes]:
    """`<row>` elements of these rows (values in column order), numbered from `first`, in
    pieces of `chunk` rows (ASCII bytes)."""
    return numbered(row_templates(rows, types, styles), first, chunk)


Pieces = Callable[[], Iterator[bytes]]
