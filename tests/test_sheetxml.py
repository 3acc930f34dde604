"""The workbook's table rows written as strings (generator/site/sheetxml.py) are the bytes
openpyxl's write-only writer gives for the same cells (workbook.typed_cell)."""
from __future__ import annotations

import io
import zipfile

import pytest
from openpyxl import Workbook
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.writer.excel import ExcelWriter

from generator.site.sheetxml import Styles, rows_xml
from generator.site.workbook import Sheet

TYPES = ["string", "number", "date", "boolean", "string"]
ROWS = [
    ['&<>"\'\r\n\tx', 1.5, "2024-01-05", True, " lead"],
    ["#N/A", float("nan"), "2024-13-45", False, "trail "],
    ["=SUM(A1)", 10 ** 17, "05/01/2024", None, "é😀\x85"],
    ["", 3, "=2024", 0, "+84 912"],
    ["x" * 40000, -0.000123, None, 1, "@who"],
]


def openpyxl_rows(rows: list[list], types: list[str]) -> tuple[bytes, bytes]:
    """(the <row> elements after the header, styles.xml) as openpyxl writes them."""
    book = Workbook(write_only=True)
    sheet = Sheet(book, "t", [f"c{i}" for i in range(len(types))])
    for values in rows:
        sheet.append(values, types)
    return _saved(book, "xl/worksheets/sheet1.xml")


def _saved(book: Workbook, name: str) -> tuple[bytes, bytes]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        ExcelWriter(book, archive).save()
    with zipfile.ZipFile(buffer) as archive:
        xml = archive.read(name)
        return xml.split(b"</row>", 1)[1].split(b"</sheetData>")[0], archive.read("xl/styles.xml")


def test_rows_are_the_bytes_openpyxl_writes():
    """And the styles table too: the date and quote-prefix styles registered as first used."""
    expected, styles = openpyxl_rows(ROWS, TYPES)
    book = Workbook(write_only=True)
    sheet = Sheet(book, "t", [f"c{i}" for i in range(len(TYPES))])
    made = b"".join(rows_xml(ROWS, TYPES, 2, Styles(sheet.sheet), chunk=2))
    assert made == expected
    assert b's="2" t="n"><v>45296</v>' in made and b's="3" t="inlineStr"><is><t>=SUM(A1)</t>' in made  # date, quoted
    assert _saved(book, "xl/worksheets/sheet1.xml")[1] == styles


def test_a_control_character_is_refused_as_openpyxl_refuses_it():
    with pytest.raises(IllegalCharacterError):
        b"".join(rows_xml([["bell\x07"]], ["string"], 2, Styles(Workbook(write_only=True).create_sheet("t"))))
