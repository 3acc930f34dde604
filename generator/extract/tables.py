"""Table text -> rows of plain-text cells that remember their source lines.

Layouts read (all found in converted reports):
- tab-separated rows, with HTML inside cells, breaking across pages: the header row is
  repeated mid-table, a row's text goes on in a row whose number cell is empty
  (appended cell by cell), separator rows (`----\t--`) are skipped;
- Markdown pipe tables; HTML `<table>` markup;
- PDF text where the table lost its columns ("flattened"): a row starts with a bare
  number line, then the task, a deadline phrase, the result; a page break repeats the
  header lines mid-row;
- PDF text that kept its columns with runs of spaces (`aligned_tables`) or printed every
  cell on a line of its own (`column_tables`): read on request (the pilot-model reader),
  not by read_tables.
Group heading rows (`<b>I. ... (08 NHIỆM VỤ)</b>`, `## II. ...` between rows) are kept as
rows with `heading` set. Columns are identified by header words (codelists/table_columns.csv),
never by position; the words that end a table and the deadline phrases of a flattened one are
vocabulary (document_part, deadline). The code lists come from References (`Columns`, built
once per References). Pure: text in, tables out.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from generator.codelists import References
from generator.document import RULE_LINE, Document, csv_cells, is_pipe_row, semicolon_cells, window
from generator.fold import fold, matches_all
from generator.vocabulary import alternatives


class Columns:
    """What tables are read by, from the code lists: the column rules of
    codelists/table_columns.csv (role, keyword groups), the number column's headings
    (`STT`, `TT`, `Số TT`, …: its rule's words), and from the vocabulary the line that ends a
    table (document_part) and the deadline phrases of a flattened table (deadline).
    Built once per References (`columns(refs)`)."""

    def __init__(self, refs: References) -> None:
        self.rules = refs.table_columns
        self.number_heads = {alt for role, groups in self.rules if role == "number" for group in groups for alt in group}
        # a flattened table's header line starts with a one-word number heading (`STT Nội dung …`)
        one_word = [h for h in self.number_heads if " " not in h]
        self.flat_header = re.compile(rf"^\s*{alternatives(one_word)}\s+\S", re.IGNORECASE)
        parts = refs.term_values("document_part", form="printed")
        ends = parts.get("distribution", []) + parts.get("appendix", [])
        self.end = re.compile(rf"^\s*(?:#{{1,6}}\s|\**\s*{alternatives(ends, space=' ')}\b)", re.IGNORECASE)
        self.deadline = re.compile(_deadline_pattern(refs.term_values("deadline", form="printed")))


def columns(refs: References) -> Columns:
    return refs.prepare("table_columns", Columns)


def _deadline_pattern(words: dict[str, list[str]]) -> str:
    """A deadline cell as printed (case kept: a cell starts with a capital)."""
    def w(value: str) -> str:
        return alternatives(words.get(value, []))

    return "|".join((
        rf"{w('month')}\s+[\dIVX]{{1,4}}\s*/\s*\d{{4}}",  # Tháng 3/2024, Quý II/2024
        rf"{w('whole_year')}(?:\s+\d{{4}})?",  # Trong năm 2024
        rf"{w('year')}\s+\d{{4}}",  # Năm 2024
        rf"(?:{w('every_lead')}\s+)?{w('every')}\s+{w('every_unit')}",  # (Định kỳ) hàng tháng
        rf"(?:{w('ongoing_lead')}\s+)?{w('ongoing')}",  # (Thực hiện) thường xuyên
        rf"{w('roadmap')}(?:\s+[^.;\n]{{0,40}})?",  # Theo lộ trình …
        rf"{w('before_date')}\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*\d{{4}}",  # Trước ngày 30/6/2025
    ))


_NEW_ITEM = re.compile(r"^(?:[•*+-]\s|\d{1,3}\s*[-.)]\s)")


@dataclass
class Cell:
    """Plain text of one cell and, for each stretch of it, the source line it came from."""

    text: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, line)

    def add(self, text: str, line: int) -> None:
        text = text.strip()
        if not text:
            return
        if self.text:
            self.text += "\n" if re.search(r"[.;:!?]$", self.text) or _NEW_ITEM.match(text) else " "
        self.spans.append((len(self.text), line))
        self.text += text

    def line_at(self, offset: int) -> int | None:
        line = None
        for start, number in self.spans:
            if start > offset:
                break
            line = number
        return line


@dataclass
class Row:
    cells: list[Cell]
    line: int
    heading: str = ""  # group heading as printed (plain text) when this row is one


@dataclass
class Table:
    layout: str  # tsv, pipe, html, flat
    header: list[str]
    roles: dict[str, int]
    rows: list[Row]
    start_line: int
    end_line: int
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (line, why) of rows left out

    def cell(self, row: Row, role: str) -> Cell | None:
        index = self.roles.get(role)
        if index is None or index >= len(row.cells):
            return None
        return row.cells[index]

    def text(self, row: Row, role: str) -> str:
        cell = self.cell(row, role)
        return cell.text if cell else ""

    @property
    def data_rows(self) -> list[Row]:
        return [r for r in self.rows if not r.heading]


# ---------------------------------------------------------------- cell text

_BLOCK_TAG = re.compile(r"</?(?:p|ul|ol|div|tr|table|tbody|thead)\b[^>]*>|<br\s*/?>", re.IGNORECASE)
_LI_TAG = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_LEAD_BULLET = re.compile(r"^•\s*(?:[-+–]\s+)?")


def html_to_text(raw: str) -> str:
    """Cell markup -> plain text: block elements become line breaks, list items `• `."""
    text = raw
    if "<" in text:  # every tag pattern starts with '<'
        text = _LI_TAG.sub("\n• ", text)
        text = _BLOCK_TAG.sub("\n", text)
        text = _ANY_TAG.sub("", text)
    text = html.unescape(text).replace("**", "").replace("\\*", "*")
    lines = []
    for part in text.split("\n"):
        part = " ".join(part.split())
        if part.startswith("•"):
            part = _LEAD_BULLET.sub("• ", part)
            if part.strip() == "•":
                continue
        if part:
            lines.append(part)
    return "\n".join(lines)


def is_bold(raw: str) -> bool:
    return bool(re.search(r"<(?:b|strong)\b|\*\*", raw, re.IGNORECASE))


def mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8


# ---------------------------------------------------------------- headers

def header_roles(cells: list[str], cols: Columns) -> dict[str, int]:
    """role -> column index, from header words; each role and column used once."""
    return _roles([fold(html_to_text(text)) for text in cells], cols)


def _roles(folded_cells: list[str], cols: Columns) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, folded in enumerate(folded_cells):
        if not folded:
            continue
        for role, groups in cols.rules:
            if role not in roles and matches_all(folded, groups):
                roles[role] = index
                break
    return roles


def is_header(cells: list[str], cols: Columns) -> bool:
    folded = [fold(html_to_text(c)) for c in cells]
    if cols.number_heads.isdisjoint(folded):
        return False  # no number column heading: no header, whatever the other cells say
    roles = _roles(folded, cols)
    return "number" in roles and len(roles) >= 2 and folded[roles["number"]] in cols.number_heads


_SEPARATOR = re.compile(r"^[\s:|=-]*$")
_NUMBER = re.compile(r"^\s*(\d{1,3})\s*\.?\s*$")


def row_number(text: str) -> int | None:
    m = _NUMBER.match(text)
    return int(m.group(1)) if m else None


# ---------------------------------------------------------------- cell rows (tsv, pipe, html)

@dataclass
class RawRow:
    cells: list[str]  # raw cell text (may hold markup)
    lines: list[int]  # source line of each cell


def _rows_to_table(layout: str, header: list[str], raw_rows: list[RawRow], start: int, end: int, cols: Columns) -> Table:
    folded_header = [fold(html_to_text(c)) for c in header]
    roles = _roles(folded_header, cols)
    number_at = roles.get("number", 0)
    rows: list[Row] = []
    for raw in raw_rows:
        plain = [html_to_text(c) for c in raw.cells]
        if all(_SEPARATOR.match(c) for c in raw.cells) and any("-" in c for c in raw.cells):
            continue
        if len(plain) >= len(folded_header) and all(fold(c) == h for c, h in zip(plain, folded_header)):
            continue  # header repeated after a page break
        filled = [c for c in plain if c]
        if not filled:
            continue
        number = plain[number_at] if number_at < len(plain) else ""
        raw_text = " ".join(raw.cells)
        joined = " ".join(filled)
        if number and row_number(number) is None and len(filled) <= 2 and (is_bold(raw_text) or mostly_upper(joined)):
            rows.append(Row([], raw.lines[0], heading=joined))
            continue
        if number == "" and rows and not rows[-1].heading:
            previous = rows[-1]
            for i, text in enumerate(plain):
                while len(previous.cells) <= i:
                    previous.cells.append(Cell())
                previous.cells[i].add(text, raw.lines[i])
            continue
        cells = []
        for i, text in enumerate(plain):
            cell = Cell()
            cell.add(text, raw.lines[i])
            cells.append(cell)
        rows.append(Row(cells, raw.lines[number_at] if number_at < len(raw.lines) else raw.lines[0]))
    return Table(layout, [html_to_text(h) for h in header], roles, rows, start, end)


def _split_line(line: str) -> tuple[str, list[str]] | None:
    if "\t" in line and line.strip():
        return "tsv", line.split("\t")
    stripped = line.strip()
    if (stripped.startswith("|") and stripped.count("|") >= 2) or is_pipe_row(stripped):
        inner = stripped[1:] if stripped.startswith("|") else stripped
        inner = inner[:-1] if inner.endswith("|") else inner
        return "pipe", [c.strip() for c in inner.split("|")]
    if semicolon_cells(stripped):
        return "tsv", stripped.split(";")
    if (quoted := csv_cells(stripped)) is not None:
        return "tsv", [cell for _, cell in quoted]
    return None


_HEADING_LINE = re.compile(r"^\s*(?:#{1,6}\s+|<(?:b|strong)>|\*\*)")
LOOKAHEAD = 4


def _heading_line(line: str) -> bool:
    text = html_to_text(line).strip("# ")
    return bool(text) and (bool(_HEADING_LINE.match(line)) or mostly_upper(text)) and len(text) < 200


def cell_tables(doc: Document, cols: Columns) -> list[Table]:
    """Tab-separated and pipe tables: from a header row to the last row that follows it."""
    tables: list[Table] = []
    n = len(doc.lines)
    number = 1
    while number <= n:
        split = _split_line(doc.line(number))
        if not split or not is_header(split[1], cols):
            number += 1
            continue
        layout, header = split
        roles = header_roles(header, cols)
        raw_rows: list[RawRow] = []
        last = number
        cursor = number + 1
        while cursor <= n:
            line = doc.line(cursor)
            split = _split_line(line)
            if split and split[0] == layout and is_header(split[1], cols) and header_roles(split[1], cols) != roles:
                break  # another table's header: that table starts here
            if split and split[0] == layout:
                raw_rows.append(RawRow(split[1], [cursor] * len(split[1])))
                last = cursor
                cursor += 1
                continue
            if not line.strip():
                cursor += 1
                continue
            # a heading line between rows belongs to the table when more rows follow
            ahead = [k for k in range(cursor + 1, min(n, cursor + LOOKAHEAD) + 1) if doc.line(k).strip()]
            if _heading_line(line) and ahead and (_split_line(doc.line(ahead[0])) or (None, None))[0] == layout:
                text = html_to_text(line).strip("# ").strip()
                raw_rows.append(RawRow([f"<b>{text}</b>"] + [""] * (len(header) - 1), [cursor] * len(header)))
                cursor += 1
                continue
            break
        tables.append(_rows_to_table(layout, header, raw_rows, number, last, cols))
        number = last + 1
    return tables


class _HtmlTables(HTMLParser):
    def __init__(self, first_line: int) -> None:
        super().__init__(convert_charrefs=False)
        self.first_line = first_line
        self.tables: list[tuple[int, int, list[RawRow]]] = []
        self._rows: list[RawRow] | None = None
        self._row: RawRow | None = None
        self._cell: list[str] | None = None
        self._start = 0
        self._span = (1, 1)  # the open cell's (rowspan, colspan)
        self._cell_line = 0  # the line its tag opens on
        self._pending: dict[int, list] = {}  # column -> [rows left, text, line] of a cell spanning rows down

    def _line(self) -> int:
        return self.first_line + self.getpos()[0] - 1

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._rows, self._start, self._pending = [], self._line(), {}
        elif tag == "tr" and self._rows is not None:
            self._row = RawRow([], [])
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            spans = dict(attrs)
            self._span = (_span(spans.get("rowspan")), _span(spans.get("colspan")))
            self._cell_line = self._line()
            self._fill_spanned()
        elif self._cell is not None:
            self._cell.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._row is not None and self._cell is not None:
            text, (down, across) = "".join(self._cell), self._span
            for k in range(across):  # a merged cell's text in the first column it spans, the others empty
                if down > 1:
                    self._pending[len(self._row.cells)] = [down - 1, text if k == 0 else "", self._cell_line]
                self._row.cells.append(text if k == 0 else "")
                self._row.lines.append(self._cell_line)
            self._cell = None
        elif tag == "tr" and self._rows is not None and self._row is not None:
            self._fill_spanned()
            if self._row.cells:
                self._rows.append(self._row)
            self._row = None
        elif tag == "table" and self._rows is not None:
            self.tables.append((self._start, self._line(), self._rows))
            self._rows = None
        elif self._cell is not None:
            self._cell.append(f"</{tag}>")

    def handle_startendtag(self, tag, attrs):
        if self._cell is not None:
            self._cell.append(f"<{tag}>")

    def _fill_spanned(self) -> None:
        """Cells of rows above that span down into this row (`rowspan`), at their columns."""
        assert self._row is not None
        while (column := len(self._row.cells)) in self._pending:
            left, text, line = self._pending[column]
            self._row.cells.append(text)
            self._row.lines.append(line)
            if left <= 1:
                del self._pending[column]
            else:
                self._pending[column][0] = left - 1

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)

    def handle_entityref(self, name):
        self.handle_data(f"&{name};")

    def handle_charref(self, name):
        self.handle_data(f"&#{name};")


def _span(value: str | None) -> int:
    """A `rowspan`/`colspan` value (1 when absent or not a small number)."""
    return int(value) if value and value.isdigit() and 0 < int(value) <= MAX_SPAN else 1


MAX_SPAN = 50  # cells a merged cell may span


def html_tables(doc: Document, cols: Columns) -> list[Table]:
    """`<table>` markup: rows and cells from the tags; the first row with header words is the header."""
    if not any("<table" in line.lower() for line in doc.lines):
        return []
    parser = _HtmlTables(1)
    parser.feed("\n".join(doc.lines))
    parser.close()
    tables = []
    for start, end, rows in parser.tables:
        for i, row in enumerate(rows):
            if is_header(row.cells, cols):
                header = list(row.cells)
                while i + 1 < len(rows) and len(rows[i + 1].cells) == len(header) and is_header(rows[i + 1].cells, cols) \
                        and not any(re.search(r"\d", html_to_text(c)) for c in rows[i + 1].cells if c not in header):
                    # a header over two rows (`Số hồ sơ` spanning `Tổng số | Trực tuyến | Trực tiếp`): one name per column
                    i += 1
                    header = [a if a == b else " ".join(x for x in (a, b) if x) for a, b in zip(header, rows[i].cells)]
                tables.append(_rows_to_table("html", header, rows[i + 1 :], start, end, cols))
                break
    return tables


# ---------------------------------------------------------------- flattened PDF tables

BLANK_RUN_END = 4


def _flat_roles(header_text: str, cols: Columns) -> list[str]:
    """Roles in the order their header words appear in the flattened header text."""
    folded = fold(header_text)
    found = []
    for role, groups in cols.rules:
        for first_group in groups[:1]:
            positions = [folded.find(a) for a in first_group if a and folded.find(a) != -1]
            if positions:
                found.append((min(positions), role))
    found.sort()
    roles, taken = [], set()
    for _, role in found:
        if role not in taken:
            roles.append(role)
            taken.add(role)
    return roles


def flat_tables(doc: Document, cols: Columns) -> list[Table]:
    tables = []
    n = len(doc.lines)
    number = 1
    while number <= n:
        line = doc.line(number)
        if "\t" in line or not cols.flat_header.match(line):
            number += 1
            continue
        header_lines = [line.strip()]
        cursor = number + 1
        while cursor <= n and row_number(doc.line(cursor)) is None and len(header_lines) < 8:
            if doc.line(cursor).strip():
                header_lines.append(doc.line(cursor).strip())
            cursor += 1
        roles = _flat_roles(" ".join(header_lines), cols)
        if "number" not in roles or "task" not in roles or cursor > n or row_number(doc.line(cursor)) != 1:
            number += 1
            continue
        table, last = _read_flat(doc, cursor, header_lines, roles, cols)
        table.start_line = number
        tables.append(table)
        number = last + 1
    return tables


def _read_flat(doc: Document, first: int, header_lines: list[str], roles: list[str], cols: Columns) -> tuple[Table, int]:
    folded_header = {fold(h) for h in header_lines}
    rows: list[tuple[int, int, list[tuple[int, str, bool]]]] = []  # (number, line, pieces(line, text, after_break))
    expected = 1
    blank = 0
    last = first
    broke = False
    for number in range(first, len(doc.lines) + 1):
        line = doc.line(number)
        stripped = line.strip()
        if "\t" in line or cols.end.match(line):
            break
        if not stripped:
            blank += 1
            if blank >= BLANK_RUN_END:
                break
            continue
        blank = 0
        if fold(stripped) in folded_header:
            broke = True
            continue
        m = re.match(r"^(\d{1,3})(?:\s+(\S.*))?$", stripped)
        if m and int(m.group(1)) == expected:
            rows.append((expected, number, []))
            if m.group(2):
                rows[-1][2].append((number, m.group(2), False))
            expected += 1
            broke = False
        elif rows:
            rows[-1][2].append((number, stripped, broke))
            broke = False
        last = number
    header = [h for h in roles]
    table_rows = [_flat_row(num, line, pieces, roles, cols) for num, line, pieces in rows]
    return Table("flat", header, {r: i for i, r in enumerate(roles)}, table_rows, first, last), last


def _flat_row(num: int, line: int, pieces: list[tuple[int, str, bool]], roles: list[str], cols: Columns) -> Row:
    cells = {role: Cell() for role in roles}
    cells["number"].add(str(num), line)
    task_role = "task"
    after = [r for r in roles[roles.index(task_role) + 1 :]]
    offsets, joined = [], ""
    for _, text, _ in pieces:
        offsets.append(len(joined) + (1 if joined else 0))
        joined = f"{joined} {text}" if joined else text
    split_at = None
    if "deadline" in after:
        for i in range(1, len(pieces)):
            m = cols.deadline.match(joined, offsets[i])
            if m:
                split_at = (i, m)
                break
    if split_at is None:
        for ln, text, _ in pieces:
            cells[task_role].add(text, ln)
    else:
        i, m = split_at
        for ln, text, _ in pieces[:i]:
            cells[task_role].add(text, ln)
        cells["deadline"].add(m.group(0), pieces[i][0])
        rest_role = next((r for r in after if r not in ("deadline", "status")), None)
        end = m.end()
        for j in range(i, len(pieces)):
            ln, text, after_break = pieces[j]
            start, stop = offsets[j], offsets[j] + len(text)
            if stop <= end:
                continue
            piece = text[max(0, end - start) :].strip()
            if after_break and piece[:1].islower() and not re.search(r"[.;:!?]$", cells[task_role].text) and ". " in piece:
                head, tail = piece.split(". ", 1)
                cells[task_role].add(head + ".", ln)
                piece = tail
            if rest_role:
                cells[rest_role].add(piece, ln)
    return Row([cells[r] for r in roles], line)


# ---------------------------------------------------------------- space-aligned PDF tables

_CHUNK = re.compile(r"\S+(?: \S+)*")  # a cell: words set apart by single spaces
_LEAD_NUMBER = re.compile(r"^(\d{1,3})\.?\s+(\S.*)$")
ALIGN_TOLERANCE = 2  # columns a row's number may stand right of the number column's start
ALIGNED_BLANK_END = 3


def _chunks(line: str) -> list[tuple[int, str]]:
    """(column, text) of each run of words set apart from the next by two spaces or more."""
    return [(m.start(), m.group(0)) for m in _CHUNK.finditer(line)]


def _column_of(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """The column a piece of text at [start, end) belongs to: the header it overlaps most
    (centred headers, left-aligned cells), else the nearest one."""
    overlaps = [max(0, min(end, b) - max(start, a)) for a, b in spans]
    best = max(range(len(spans)), key=lambda i: (overlaps[i], -i))
    if overlaps[best] > 0:
        return best
    return min(range(len(spans)), key=lambda i: (max(spans[i][0] - end, start - spans[i][1], 0), i))


def aligned_tables(doc: Document, refs: References) -> list[Table]:
    """PDF text whose columns are kept by runs of spaces: a header line with a number column
    and header words (`STT   Tên mô hình   Đơn vị chủ trì   Tình trạng`), header words
    wrapped onto the lines below it, rows that start with their number under the number
    column, and cell text wrapped onto indented lines (each piece filed under the column
    it starts in)."""
    cols = columns(refs)
    tables: list[Table] = []
    n = len(doc.lines)
    number = 1
    while number <= n:
        line = doc.line(number)
        chunks = _chunks(line) if "\t" not in line and not is_pipe_row(line) and "  " in line.strip() else []
        if len(chunks) < 3 or not is_header([c for _, c in chunks], cols):
            number += 1
            continue
        starts = [c for c, _ in chunks]
        spans = [(c, c + len(t)) for c, t in chunks]
        header = [c for _, c in chunks]
        cursor = number + 1
        while cursor <= n and doc.line(cursor).strip() and "\t" not in doc.line(cursor):  # header words wrapped below
            if RULE_LINE.match(doc.line(cursor)):
                cursor += 1
                continue
            pieces = _chunks(doc.line(cursor))
            if _LEAD_NUMBER.match(doc.line(cursor).strip()) or row_number(pieces[0][1]) is not None or pieces[0][0] < starts[1] - ALIGN_TOLERANCE:
                break
            for col, text in pieces:
                i = _column_of(spans, col, col + len(text))
                header[i] = f"{header[i]} {text}"
            cursor += 1
        header_words = {fold(t) for k in range(number, cursor) for _, t in _chunks(doc.line(k))}
        rows: list[Row] = []
        blank = 0
        last = cursor - 1
        while cursor <= n:
            raw = doc.line(cursor)
            if not raw.strip():
                blank += 1
                if blank >= ALIGNED_BLANK_END:
                    break
                cursor += 1
                continue
            blank = 0
            if "\t" in raw or cols.end.match(raw):
                break
            if RULE_LINE.match(raw):
                cursor += 1
                continue
            pieces = _chunks(raw)
            texts = [t for _, t in pieces]
            if is_header(texts, cols) or all(fold(t) in header_words for t in texts):
                cursor += 1  # the header (or its wrapped words) repeated after a page break
                continue
            lead = _LEAD_NUMBER.match(pieces[0][1])
            first = row_number(pieces[0][1])
            margin = pieces[0][0] < spans[0][1]  # starts under the number column
            if margin and (first is not None or lead) and _number_at(spans, pieces[0][0]):
                if lead and first is None:
                    pieces = [(pieces[0][0], lead.group(1)), (pieces[0][0] + raw[pieces[0][0]:].find(lead.group(2)), lead.group(2))] + pieces[1:]
                rows.append(Row([Cell() for _ in header], cursor))
            elif margin or not rows or _spills(spans, pieces):
                break  # text back at the margin, or prose across the columns: the table has ended
            for col, text in pieces:
                rows[-1].cells[_column_of(spans, col, col + len(text))].add(text, cursor)
            last = cursor
            cursor += 1
        if rows:
            tables.append(Table("aligned", header, header_roles(header, cols), rows, number, last))
        number = max(last, number) + 1
    return tables


def _number_at(spans: list[tuple[int, int]], col: int) -> bool:
    return col < spans[1][0] - ALIGN_TOLERANCE


def _spills(spans: list[tuple[int, int]], pieces: list[tuple[int, str]]) -> bool:
    """A continuation line whose text runs across the next column's header: prose."""
    for col, text in pieces:
        i = _column_of(spans, col, col + len(text))
        if i + 1 < len(spans) and col + len(text) > spans[i + 1][0] + ALIGN_TOLERANCE:
            return True
    return False


# ---------------------------------------------------------------- one cell per line

_ROMAN_HEAD = re.compile(r"^[IVX]{1,5}[.)]?\s")
COLUMN_HEAD_LIMIT = 60  # a header line longer than this is prose, not a column heading


def column_tables(doc: Document, refs: References, anchors: dict[str, Callable[[str], bool]] | None = None) -> list[Table]:
    """PDF text that printed every cell on a line of its own: the header as one short line
    per column (`STT`, `Tên mô hình`, `Đơn vị chủ trì`, ...), then each row as its number
    on a line and one line per cell. A cell wrapped onto a line that starts in lower case
    is joined back. With more lines than columns left, a line that `anchors[role]` accepts
    as the whole cell of that column (a status column's `Đã hoàn thành`) places the lines
    around it when each side is then one line per column, or all of them in its only
    column; a row whose lines still do not match the columns is left out (listed in
    the table's `skipped`). A repeated header is skipped; a line in
    capitals between rows is a group heading."""
    cols = columns(refs)
    tables: list[Table] = []
    n = len(doc.lines)
    number = 1
    blank_breaks = doc.blank_lines_break()
    while number <= n:
        head = doc.line(number).strip()
        if len(head) > 10 or fold(head) not in cols.number_heads or "\t" in head:
            number += 1
            continue
        header = [doc.line(number).strip()]
        cursor = number + 1
        while cursor <= n and len(header) < 12:
            text = doc.line(cursor).strip()
            if not text:
                cursor += 1
                continue
            if row_number(text) is not None or len(text) > COLUMN_HEAD_LIMIT or "\t" in text or _group_line(text, cols):
                break
            header.append(text)
            cursor += 1
        roles = header_roles(header, cols)
        headings: list[tuple[int, str]] = []
        while cursor <= n and (_group_line(doc.line(cursor).strip(), cols) or not doc.line(cursor).strip()):
            if doc.line(cursor).strip():
                headings.append((cursor, doc.line(cursor).strip()))  # a group heading before the first row
            cursor += 1
        if len(header) < 3 or len(roles) < 3 or cursor > n or row_number(doc.line(cursor)) != 1:
            number += 1
            continue
        width = len(header) - 1  # cells after the number
        folded_header = [fold(h) for h in header]
        raw_rows: list[tuple[int, int, list[tuple[int, str]]]] = []  # (number, line, [(line, text)])
        expected = 1
        last = cursor
        k = cursor
        while k <= n:
            text = doc.line(k).strip()
            if not text:
                ahead = _next_text(doc, k)
                if blank_breaks and raw_rows and len(raw_rows[-1][2]) >= width and row_number(ahead) != expected and fold(ahead) != folded_header[0]:
                    break
                k += 1
                continue
            if "\t" in text or cols.end.match(doc.line(k)):
                break
            if fold(text) == folded_header[0] and [fold(doc.line(j).strip()) for j in range(k, min(n, k + width) + 1)] == folded_header:
                k += len(header)  # the header repeated after a page break
                continue
            if row_number(text) == expected:
                raw_rows.append((expected, k, []))
                expected += 1
            elif raw_rows and len(raw_rows[-1][2]) >= width and _group_line(text, cols):
                headings.append((k, text))
            elif raw_rows and len(raw_rows[-1][2]) < 3 * width:
                raw_rows[-1][2].append((k, text))
            else:
                break
            last = k
            k += 1
        rows: list[Row] = []
        skipped: list[tuple[int, str]] = []
        anchor = next(((roles[r] - 1, test) for r, test in (anchors or {}).items() if roles.get(r, 0) > 0), None)
        for row_no, line, pieces in raw_rows:
            while headings and headings[0][0] < line:
                rows.append(Row([], headings[0][0], heading=headings.pop(0)[1]))
            cells = _column_cells(pieces, width, anchor)
            if cells is None:
                skipped.append((line, f"row {row_no}: {len(pieces)} lines for {width} columns"))
                continue
            number_cell = Cell()
            number_cell.add(str(row_no), line)
            rows.append(Row([number_cell] + cells, line))
        if raw_rows:
            tables.append(Table("column", header, roles, rows, number, last, skipped))
        number = last + 1
    return tables


def _group_line(text: str, cols: Columns) -> bool:
    """A group heading between rows (`I. NHÓM DỊCH VỤ CÔNG`): numbered in Roman numerals, or
    in capitals and no column's heading words."""
    return bool(text) and len(text) < 200 and bool(_ROMAN_HEAD.match(text) or (mostly_upper(text) and not header_roles([text], cols)))


def _next_text(doc: Document, k: int) -> str:
    for j in range(k + 1, min(len(doc.lines), k + 4) + 1):
        if doc.line(j).strip():
            return doc.line(j).strip()
    return ""


def _column_cells(pieces: list[tuple[int, str]], width: int, anchor: tuple[int, Callable[[str], bool]] | None = None) -> list[Cell] | None:
    """One cell per column from a row's lines; a line starting in lower case goes on the
    cell before it. None when the lines cannot be matched to the columns."""
    joined: list[list[tuple[int, str]]] = []
    for line, text in pieces:
        if joined and text[:1].islower() and len(pieces) > width:
            joined[-1].append((line, text))
        else:
            joined.append([(line, text)])
    if len(joined) > width and anchor is not None:
        column, test = anchor
        at = [i for i, parts in enumerate(joined) if len(parts) == 1 and test(parts[0][1])]
        if len(at) == 1:
            before = _spread(joined[: at[0]], column)
            after = _spread(joined[at[0] + 1 :], width - column - 1)
            joined = before + [joined[at[0]]] + after if before is not None and after is not None else joined
    if len(joined) != width:
        return None
    cells = []
    for parts in joined:
        cell = Cell()
        for line, text in parts:
            cell.add(text, line)
        cells.append(cell)
    return cells


def _spread(groups: list[list[tuple[int, str]]], columns: int) -> list[list[tuple[int, str]]] | None:
    """Line groups placed in `columns` cells: one each, or all in the only one."""
    if len(groups) == columns:
        return groups
    if columns == 1 and groups:
        return [[part for group in groups for part in group]]
    return None


# ---------------------------------------------------------------- all layouts

def read_tables(doc: Document, refs: References) -> list[Table]:
    """Every table in the document with a recognisable header, in document order.

    Read once per document (tasks, models and counts share it; callers must not modify it)."""
    def build() -> list[Table]:
        cols = columns(refs)
        return sorted(cell_tables(doc, cols) + html_tables(doc, cols) + flat_tables(doc, cols), key=lambda t: t.start_line)

    return doc.context.once("tables", build)


def quote_for(doc: Document, line: int, snippet: str) -> str:
    """An exact substring of the (stripped) line around snippet (or its start), as a quote."""
    text = doc.line(line).strip()
    snippet = snippet.strip()
    for probe in (snippet, snippet[:60], snippet[:25], snippet.split(":")[0][:20]):
        probe = probe.strip()
        if probe and (pos := text.find(probe)) != -1:
            return window(text, pos, pos + len(probe))
    return window(text, 0, 0)
