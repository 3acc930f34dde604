"""The package as one spreadsheet workbook (.xlsx): an `about` sheet (title, edition,
licence, citation in each language), a `dictionary` sheet made from the Table Schemas
(every field's type, titles and descriptions in each language, constraints, keys), then
one sheet per table, header row frozen.

This is where spreadsheet safety lives: every text cell is stored as text (never as a
formula: a cell that starts with `=` is typed as a string and marked with Excel's quote
prefix), without the apostrophe the CSV files carry; numbers are numbers, dates are
dates, booleans are booleans, empty cells are empty.

Deterministic: the zip entries carry a fixed timestamp and the document properties the
package's date, so the same package gives the same bytes. Each sheet entry is written
from pieces (zippieces.py): its head and end, and the rows of each table file it holds,
numbered and compressed once and kept under the file's sha256 and where its rows stand
(an add compresses the rows of the files it changed and of those after them in their
table, whose rows moved down).
"""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

from generator import cache
from generator.site.datapackage import DataPackage, Resource
from generator.site.sheetxml import Styles, numbered, row_templates
from generator.site.zippieces import Kept, Piece, deflate, join, write_zip

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SHEET_LIMIT = 31  # Excel's limit on a sheet name
ROW_LIMIT = 1_048_576
CHUNK_ROWS = 4096  # a large changed table file is kept in pieces of this many rows (KeptRows.piece)
BOLD = Font(bold=True)


class Sheet:
    """A write-only sheet: header row in bold and frozen, cells typed."""

    def __init__(self, book: Workbook, name: str, header: list[str], limit: int = ROW_LIMIT) -> None:
        self.limit = limit
        self.sheet = book.create_sheet(title=name[:SHEET_LIMIT])
        self.sheet.freeze_panes = "A2"
        head = []
        for text in header:
            cell = text_cell(self.sheet, text)
            cell.font = BOLD
            head.append(cell)
        self.sheet.append(head)
        self.rows = 1

    def append(self, values: list[Any], types: list[str] | None = None) -> None:
        if self.rows >= self.limit:
            raise ValueError(f"sheet {self.sheet.title}: more than {self.limit} rows do not fit a sheet")
        self.sheet.append([typed_cell(self.sheet, v, types[i] if types else None) for i, v in enumerate(values)])
        self.rows += 1


def text_cell(sheet: Any, text: str) -> WriteOnlyCell:
    """A string cell that can never run: typed as text, quote-prefixed if it looks like a formula."""
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # openpyxl types '=…' as a formula on assignment: undo that
    if text.startswith(FORMULA_START):
        cell.quotePrefix = True
    return cell


def typed_cell(sheet: Any, value: Any, kind: str | None) -> Any:
    """A plain value where openpyxl stores it as is (text, number, boolean), a cell where
    it needs telling (formula-like text, dates)."""
    if value is None or value == "":
        return None
    if value.__class__ is str and value[0] not in FORMULA_START and kind != "date":
        return value  # most cells: openpyxl writes plain text as a string
    if isinstance(value, (bool, int, float)):
        return value
    if kind == "date" and isinstance(value, str) and len(value) == 10:
        try:
            cell = WriteOnlyCell(sheet, value=date.fromisoformat(value))
            cell.number_format = "yyyy-mm-dd"
            return cell
        except ValueError:
            pass
    return text_cell(sheet, str(value))


def constraints_text(field: dict[str, Any]) -> str:
    return "; ".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in sorted((field.get("constraints") or {}).items()))


def dictionary(book: Workbook, package: DataPackage, languages: tuple[str, ...], kept: "KeptRows") -> None:
    header = ["table", "field", "type"] + [f"title_{lang}" for lang in languages] + [f"description_{lang}" for lang in languages] + \
             ["constraints", "primary_key", "foreign_key"]
    sheet = Sheet(book, "dictionary", header)
    for name, res in package.resources.items():
        keys = set(res.primary_key)
        foreign = {}
        for fk in res.schema.get("foreignKeys", []):
            fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
            ref = fk["reference"]["fields"]
            ref = ref if isinstance(ref, list) else [ref]
            for own, other in zip(fields, ref):
                foreign[own] = f"{fk['reference'].get('resource') or name}.{other}"
        sheet.append([name, "", "table"] + [res.title(lang) for lang in languages] + [res.description(lang) for lang in languages] +
                     [f"{kept.count(res)} rows", ", ".join(res.primary_key), ""])
        for field in res.fields:
            sheet.append([name, field["name"], field.get("type", "string")] +
                         [_own(field, "title", lang) for lang in languages] + [_own(field, "description", lang) for lang in languages] +
                         [constraints_text(field), "yes" if field["name"] in keys else "", foreign.get(field["name"], "")])


def _own(spec: dict[str, Any], key: str, lang: str) -> str:
    """A bilingual metadata text: `key_<lang>`, else `key` (the English one) for English."""
    value = spec.get(f"{key}_{lang}")
    if value in (None, "") and lang == "en":
        value = spec.get(key)
    return "" if value is None else str(value)


def about(book: Workbook, package: DataPackage, lines: list[tuple[str, dict[str, str]]], languages: tuple[str, ...],
          kept: "KeptRows", limit: int = ROW_LIMIT) -> None:
    sheet = Sheet(book, "about", ["item"] + list(languages))
    for item, texts in lines:
        sheet.append([item] + [texts.get(lang, "") for lang in languages])
    for name, res in package.resources.items():
        sheets = sheet_names(name, kept.count(res), limit)
        for n, title in enumerate(sheets, start=1):
            part = f" ({n}/{len(sheets)})" if len(sheets) > 1 else ""
            sheet.append([f"sheet {title}"] + [res.title(lang) + part for lang in languages])


def sheet_names(name: str, rows: int, limit: int = ROW_LIMIT) -> list[str]:
    """The sheets a table fills: one, or as many as its rows need under the row limit
    (each with the header row): `figures`, `figures_2`, … At national scale the `figures`
    table (every figure read) has more rows than a sheet holds."""
    per = limit - 1
    count = max(1, -(-rows // per))
    return [name[:SHEET_LIMIT]] + [f"{name[:SHEET_LIMIT - 1 - len(str(i))]}_{i}" for i in range(2, count + 1)]


class KeptRows:
    """The row templates (sheetxml.row_templates) of each file of a table, kept in a cache
    folder under the file's sha256 and what the cells depend on (the column types, the two
    style numbers): an add renders the rows of the files it changed, and numbers the others'
    kept rows where they now stand. prune() forgets the files a workbook did not use."""

    SEPARATOR = "\x01"  # between two rows' templates: a character no cell can hold
    FORMAT = 1  # raise when row_templates writes differently
    PIECES = 2  # raise when a sheet's pieces are cut or compressed differently

    def __init__(self, folder: Path | None, files: dict[str, str] | None = None, pieces: Kept | None = None) -> None:
        """pieces: where each file's numbered rows are kept compressed (piece())."""
        self.folder = folder
        self.files = files or {}
        self.used: set[str] = set()
        self.pieces = pieces or Kept(None)

    def __call__(self, res: Resource, rel: str, types: list[str], styles: Styles) -> list[str]:
        def render() -> list[str]:
            names = res.field_names
            return list(row_templates(([row.get(n) for n in names] for row in res.file_rows(rel)), types, styles))

        if self.folder is None:
            return render()
        name = self._templates(res, rel, types, styles)
        data = cache.read(self.folder / name)
        if data is not None:
            text = zlib.decompress(data).decode("utf-8")
            return text.split(self.SEPARATOR) if text else []
        templates = render()
        cache.write(self.folder / name, zlib.compress(self.SEPARATOR.join(templates).encode("utf-8"), 1))
        return templates

    def _templates(self, res: Resource, rel: str, types: list[str], styles: Styles) -> str:
        return self._name(f"sheet-rows {self.FORMAT} {json.dumps(types)} {styles.date()} {styles.quote()} {res.name}", res, rel)

    def count(self, res: Resource) -> int:
        """How many rows the table has (its sheets, the about and dictionary sheets): each
        file's count kept as its rows are, so the rows of an unchanged file are not read."""
        if self.folder is None or "rows" in res.__dict__:
            return len(res.rows)
        return sum(self.file_count(res, rel) for rel in res.paths)

    def file_count(self, res: Resource, rel: str) -> int:
        if self.folder is None or "rows" in res.__dict__:
            return len(res.file_rows(rel))
        name = self._name("sheet-count", res, rel)
        data = cache.read(self.folder / name)
        if data is None:
            data = str(len(res.file_rows(rel))).encode("ascii")
            cache.write(self.folder / name, data)
        return int(data)

    def piece(self, res: Resource, rel: str, types: list[str], styles: Styles, rows: tuple[int, int], first: int) -> Piece:
        """The file's rows[0]..rows[1] (its own row indexes) numbered from `first`, compressed
        (zippieces.deflate); kept under the file's sha256 and where the rows stand. Rows of a
        large file are made of pieces of CHUNK_ROWS rows (boundaries at multiples of it in
        the file) kept under their values too: the edition record changes on every add, at
        its end only."""
        style = f"{json.dumps(types)} {styles.date()} {styles.quote()}"
        name = self._name(f"sheet-piece {self.FORMAT} {self.PIECES} {style} {rows[0]} {rows[1]} {first}", res, rel)
        if self.folder is not None:
            self._templates(res, rel, types, styles)  # kept too, though not read: an add before this file moves its rows
        found = self.pieces.get(name)
        if found is not None:
            return found
        low, high = rows
        if high - low < 4 * CHUNK_ROWS:
            return self.pieces(name, lambda: b"".join(numbered(self(res, rel, types, styles)[low:high], first)))
        names = res.field_names
        kept = res.file_rows(rel)
        chunks = []
        start = low
        while start < high:
            end = min(high, start - start % CHUNK_ROWS + CHUNK_ROWS)
            values = [[row.get(n) for n in names] for row in kept[start:end]]
            at = first + start - low
            digest = hashlib.blake2b(json.dumps(values, ensure_ascii=False, default=str).encode("utf-8"), digest_size=20).hexdigest()
            chunks.append(self.pieces(f"sheet-chunk {self.FORMAT} {style} {at} {digest}",
                                      lambda values=values, at=at: b"".join(numbered(row_templates(values, types, styles), at))))
            start = end
        return self.pieces.put(name, join(chunks))

    def _name(self, what: str, res: Resource, rel: str) -> str:
        """The cache entry of this about a table file (its sha256 in the key), marked used."""
        sha = self.files.get(rel) or hashlib.sha256((res.package.folder / rel).read_bytes()).hexdigest()
        name = hashlib.sha256(f"{what} {res.name} {rel} {sha}".encode("utf-8")).hexdigest()
        self.used.add(name)
        return name

    def prune(self) -> None:
        cache.prune(self.folder, self.used)


def table_sheet(book: Workbook, res: Resource, limit: int = ROW_LIMIT,
                kept: KeptRows | None = None) -> list[tuple[Any, Callable[[], list[Piece]]]]:
    """The table's sheets, header row only, each with the maker of its other rows' XML
    (sheetxml.py: spliced in when the workbook is written), one compressed piece per table
    file (or the part of a file the sheet holds), kept by `kept` when given."""
    names = res.field_names
    types = [f.get("type", "string") for f in res.fields]
    kept = kept or KeptRows(None)
    counts = [(rel, kept.file_count(res, rel)) for rel in res.paths]
    sheets = sheet_names(res.name, sum(n for _, n in counts), limit)
    per = limit - 1
    out = []
    for part, title in enumerate(sheets):
        sheet = Sheet(book, title, names, limit)
        styles = Styles(sheet.sheet)

        def pieces(part: int = part, styles: Styles = styles) -> list[Piece]:
            first, last = part * per, (part + 1) * per  # the table's rows this sheet holds
            found, start = [], 0
            for rel, count in counts:
                low, high = max(start, first), min(start + count, last)
                if low < high:
                    found.append(kept.piece(res, rel, types, styles, (low - start, high - start), 2 + low - first))
                start += count
            return found

        out.append((sheet.sheet, pieces))
    return out


def package_workbook(package: DataPackage, languages: tuple[str, ...], lines: list[tuple[str, dict[str, str]]],
                     moment: datetime, limit: int = ROW_LIMIT, kept: KeptRows | None = None) -> bytes:
    """The workbook's bytes: about, dictionary, then every table of the package (a table
    with more rows than a sheet holds continues on further sheets; `limit`: rows per
    sheet, header included). The date and quote-prefix styles are registered before the
    tables' sheets (their numbers do not depend on which table first uses them)."""
    book = Workbook(write_only=True)
    kept = kept or KeptRows(None)
    about(book, package, lines, languages, kept, limit)
    dictionary(book, package, languages, kept)
    rows: dict[str, Callable[[], list[Piece]]] = {}
    registered = False
    for res in package.resources.values():
        for sheet, pieces in table_sheet(book, res, limit, kept):
            if not registered:
                styles = Styles(sheet)
                styles.date()
                styles.quote()
                registered = True
            rows[f"xl/worksheets/sheet{book.worksheets.index(sheet) + 1}.xml"] = pieces
    book.properties.creator = package.name
    book.properties.title = package.title("en")
    book.properties.created = book.properties.modified = moment.replace(tzinfo=None)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()  # not save_workbook(): it stamps the clock into the properties
    return fixed_zip(buffer.getvalue(), moment, rows)


def fixed_zip(data: bytes, moment: datetime, rows: dict[str, Callable[[], list[Piece]]] | None = None) -> bytes:
    """The same zip, compressed, every entry stamped with moment's date (zipfile stamps the
    clock), written from pieces (zippieces.write_zip); rows: {sheet entry: the pieces of
    its rows' XML}, spliced in before `</sheetData>`."""
    entries = []
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        for info in source.infolist():
            content = source.read(info.filename)
            if rows and info.filename in rows:
                head, end, tail = content.partition(b"</sheetData>")
                entries.append((info.filename, [deflate(head), *rows[info.filename](), deflate(end + tail)]))
            else:
                entries.append((info.filename, [deflate(content)]))
    return write_zip(entries, (moment.year, moment.month, moment.day))
