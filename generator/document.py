"""A report's text as numbered lines and as prose blocks that keep their line provenance.

Converted reports break lines anywhere (PDF text) or keep one paragraph per line
(Markdown). Extractors work on *blocks*: hard-wrapped lines joined back into one
paragraph or list item, with a map from every character back to its source line, so
every record can cite `source_line` and an exact `source_quote` found on that line.
Pure: text in, objects out.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from generator.context import ReportContext
from generator.markup import CleanLine, clean_line
from generator.vertical_tables import VerticalTables, find_vertical_tables

# A line that opens a new list item or heading: "- ", "+ ", "* ", "1. ", "1.2. ", "II. ", "(i) ", "a) ", or a symbol
# or an emoji that marks items in chat and social posts ("✅ ", "► ", "📌 ")
_ITEM_START = re.compile(
    r"^\s*(?:[-+*•–]\s|[\u2139\u2190-\u2bff\U0001f300-\U0001faff]\ufe0f?\s|\\\*|\d{1,3}(?:\.\d{1,3})*[.)]\s|[IVXLC]{1,5}[.)]?\s|\((?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)\s|[a-zđ]\)\s|#{1,6}\s|\*\*)",
    re.IGNORECASE,
)
_PAGE_AT_END = re.compile(r"\s{3,}(?:Trang|Page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*$", re.IGNORECASE)
PAGE_NUMBER = re.compile(r"\s*(?:(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?|\d{1,3}\s*/\s*\d{1,3}|(?:Trang|Page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?)\s*", re.IGNORECASE)
# A block ends after a line that ends a sentence or clause (. ; : ! ? …).
_BLOCK_END_CHARS = frozenset(".;:!?…")
QUOTE_LIMIT = 300


def split_lines(text: str) -> list[str]:
    """Split on LF only (as editors and `sed -n Np` count), dropping a trailing CR."""
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]


# a list marker then a tab, then text with no other tab (a bare `1` is a table's STT cell)
_TAB_ITEM = re.compile(r"^\s*(?:[-+*•–]|[a-zđ]\)|\(?\d{1,3}[.)]|\d{1,3}(?:\.\d{1,3})+\.?|[IVXLC]{1,5}[.)])\t+[^\t]+$", re.IGNORECASE)


def is_table_line(line: str) -> bool:
    """Tab-separated table rows (Markdown converted from DOCX/PDF tables), pipe tables and rows
    pasted as CSV; a list item whose marker a tab follows (`-\tHỗ trợ …`, `1.1.\tKết quả …`, as
    Word writes them) is prose, not a row."""
    if "\t" in line:
        return _TAB_ITEM.match(line) is None
    return is_pipe_row(line) or is_semicolon_row(line) or csv_cells(line) is not None


_CSV_CELL = re.compile(r'\s*"((?:[^"]|"")*)"\s*(?:,|$)')
CSV_CELLS = 3  # quoted cells a CSV row has at least


def csv_cells(line: str) -> list[tuple[int, str]] | None:
    """A row pasted as CSV with every cell quoted (`"6","Tỷ lệ tài khoản đã kích hoạt","%","","91,6"`):
    (offset of each cell's text in the line, its text with doubled quotes undone), or None."""
    if not line.lstrip().startswith('"') or line.count('","') < CSV_CELLS - 1:
        return None
    cells: list[tuple[int, str]] = []
    at = 0
    while at < len(line.rstrip()):
        m = _CSV_CELL.match(line, at)
        if m is None:
            return None
        cells.append((m.start(1), m.group(1).replace('""', '"')))
        at = m.end()
    return cells if len(cells) >= CSV_CELLS else None


def _semicolon_headers(lines: list[str], rows: set[int]) -> set[int]:
    """A spreadsheet header pasted with `;` (`STT;Tên dịch vụ công;Tổng số hồ sơ;…`: words only)
    right above a `;` row."""
    return {n for n, line in enumerate(lines, start=1) if n + 1 in rows and semicolon_cells(line) and is_semicolon_row(lines[n])}


SEMICOLON_CELL = 60  # a cell of a spreadsheet row pasted with `;` is short; prose between semicolons is not


def semicolon_cells(line: str) -> bool:
    """Cells set apart by `;` (three or more, each short): a spreadsheet row or its header."""
    return line.count(";") >= 3 and all(len(c.strip()) <= SEMICOLON_CELL for c in line.split(";"))


def is_semicolon_row(line: str) -> bool:
    """A spreadsheet row pasted with `;` between cells (`1;Tổ dân phố 3;1.245;1.198;96,22`,
    `;;;Số hồ sơ;Tỷ lệ (%)`): three separators or more, every cell short, and an empty or a
    numeric cell (a prose list `a; b; c` has neither)."""
    if line.count(";") < 3:
        return False
    cells = [c.strip() for c in line.split(";")]
    return all(len(c) <= SEMICOLON_CELL for c in cells) and (
        any(not c for c in cells[:-1]) or any(re.fullmatch(r"[\d.,%]+", c) for c in cells))


def is_pipe_row(line: str) -> bool:
    """A pipe table's row: `| a | b |`, or `a | b | c | d` without the outer pipes (three
    separators or more)."""
    stripped = line.lstrip()
    return stripped.startswith("|") or stripped.count(" | ") + stripped.endswith(" |") >= PIPE_SEPARATORS


PIPE_SEPARATORS = 3


@dataclass
class Block:
    """Consecutive source lines read as one paragraph, list item, heading or footnote.

    `text` is the reading text (markup dropped, lines joined with single spaces); every
    character maps back to its line and column in the file as received."""

    text: str
    # (offset in text, line number, column of the line's first reading character in the raw line)
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    raw_lines: dict[int, str] = field(default_factory=dict)
    # per line: the raw column of each reading character (absent: the line had no markup)
    cols: dict[int, tuple[int, ...]] = field(default_factory=dict)
    kind: str = "paragraph"  # paragraph, heading, footnote
    level: int = 0  # heading level (0: not a heading)
    headings: tuple[str, ...] = ()  # the headings this block sits under, outermost first
    emphasised: bool = False  # one wholly bold or italic line (ends where it ends)

    @property
    def first_line(self) -> int:
        return self.segments[0][1]

    def line_at(self, offset: int) -> int:
        line = self.segments[0][1]
        for start, number, _ in self.segments:
            if start > offset:
                break
            line = number
        return line

    def raw_span(self, start: int, end: int) -> tuple[int, int, int]:
        """(line, a, b): text[start:end] as far as it lies on the line of `start`, as the
        columns [a, b) of that raw line."""
        line = self.line_at(start)
        index = next(i for i, seg in enumerate(self.segments) if seg[1] == line)
        seg_start, _, first_col = self.segments[index]
        seg_end = self.segments[index + 1][0] - 1 if index + 1 < len(self.segments) else len(self.text)
        pos = max(0, start - seg_start)
        stop = min(seg_end - seg_start, max(pos + 1, end - seg_start))
        cols = self.cols.get(line)
        if cols is None:
            return line, first_col + pos, first_col + stop
        pos = min(pos, len(cols) - 1)
        return line, cols[pos], cols[max(pos, min(stop, len(cols)) - 1)] + 1

    def quote(self, start: int, end: int | None = None) -> tuple[int, str]:
        """(line, exact substring of that line) covering text[start:end] as far as it lies on one line."""
        line, a, b = self.raw_span(start, len(self.text) if end is None else end)
        raw = self.raw_lines[line]
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        if end is None:
            a, b = a, lead + len(stripped)
        return line, window(stripped, a - lead, b - lead)


def leading_space(text: str, start: int) -> int:
    """How many whitespace characters text[start:] begins with (without copying the rest)."""
    chunk = text[start : start + 64]
    stripped = chunk.lstrip()
    if stripped or len(chunk) < 64:
        return len(chunk) - len(stripped)
    rest = text[start:]
    return len(rest) - len(rest.lstrip())


_LEADING_BULLET = re.compile(r"^(?:[-+*•–=@]\s+)+")


def window(text: str, start: int, end: int, limit: int = QUOTE_LIMIT) -> str:
    """The whole text if short, else a span around [start, end) cut at clause breaks; a
    leading list bullet (`- `, `+ `, `* `) is left out when the span starts after it, and
    the span never crosses an HTML tag's `<` or `>` (a cell's text, not its markup)."""
    bullet = _LEADING_BULLET.match(text)
    if bullet and start >= bullet.end():
        return window(text[bullet.end() :], start - bullet.end(), end - bullet.end(), limit)
    if len(text) <= limit:
        left, right = 0, len(text)
    else:
        left = max(0, min(start, len(text)) - limit // 3)
        cut = max(text.rfind(". ", left, start), text.rfind("; ", left, start))
        if cut != -1:
            left = cut + 2
        right = min(len(text), max(end, left + limit))
        stop = text.find(". ", end, right)
        if stop != -1:
            right = stop + 1
    # never across markup: a quote from an HTML table cell stays inside its tags
    whole = text[left:right].strip()
    opened = text.rfind(">", left, start)
    if opened != -1:
        left = opened + 1
    closed = text.find("<", end, right)
    if closed != -1:
        right = closed
    # a span past the line's last `>` (the space that joins it to the next line) keeps the window
    return text[left:right].strip() or text[start:end].strip() or whole


class Document:
    """A report's text (NFC) as numbered lines, their reading text, and prose blocks."""

    def __init__(self, text: str, name: str = "<text>") -> None:
        self.name = name
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        self.lines = split_lines(text)
        self._clean: list[CleanLine | None] = [None] * len(self.lines)
        self._table_lines: set[int] | None = None
        self._vertical: VerticalTables | None = None
        self._blocks: dict[tuple[int, int | None], list[Block]] = {}
        self.context = ReportContext()  # what is computed once for this report (generator.context)

    @property
    def memo(self) -> ReportContext:
        """The report context under its older name (the figure reader and the indicator
        extractor read and write entries through it)."""
        return self.context

    def line(self, number: int) -> str:
        return self.lines[number - 1]

    def clean(self, number: int) -> CleanLine:
        """The reading text of line `number` (markup dropped, columns kept)."""
        found = self._clean[number - 1]
        if found is None:
            found = self._clean[number - 1] = clean_line(self.lines[number - 1])
        return found

    def is_table(self, number: int) -> bool:
        """A table row: tab-separated, a pipe table, inside HTML `<table>` markup, or a row
        of a table whose columns PDF conversion aligned with spaces."""
        if self._table_lines is None:
            self._table_lines = _html_table_lines(self.lines) | aligned_table_lines(self.lines) | {
                n for n, line in enumerate(self.lines, start=1) if is_table_line(line)}
            self._table_lines |= _semicolon_headers(self.lines, self._table_lines)
            self._table_lines |= self.vertical.lines
        return number in self._table_lines

    @property
    def vertical(self) -> VerticalTables:
        """Tables whose every cell is a line of its own (generator.vertical_tables)."""
        if self._vertical is None:
            self._vertical = find_vertical_tables(self.lines)
        return self._vertical

    def table_line(self, number: int) -> str:
        """A table row's text: the line, or, in a table whose cells are lines of their own, the
        row it starts as one tab-separated line ("" for its other lines)."""
        row = self.vertical.row_text(number, self.lines)
        return self.lines[number - 1] if row is None else row

    def cell_lines(self, number: int) -> list[int] | None:
        """The line of each cell of the vertical row starting at `number` (0: no cell), or None."""
        cells = self.vertical.rows.get(number)
        return None if cells is None else [cell[0] if cell else 0 for cell in cells]

    def blocks(self, start: int = 1, end: int | None = None) -> list[Block]:
        """Prose blocks between lines start..end (1-based, inclusive); table lines are skipped.

        Computed once per range; callers must not modify the blocks."""
        key = (start, end)
        if key not in self._blocks:
            if start == 1 and end is not None:
                self._blocks[key] = self._head_blocks(end)
            else:
                self._blocks[key] = self._make_blocks(start, end)
        return self._blocks[key]

    def _head_blocks(self, end: int) -> list[Block]:
        """The blocks of lines 1..end, cut from the whole text's blocks: a block depends only
        on the lines before it, so they are the same up to the one that runs past `end`,
        which is cut after its last line within the range (a paragraph a footnote body
        interrupted is cut likewise)."""
        last = min(end, len(self.lines))
        out: list[Block] = []
        for block in self.blocks():
            if block.first_line > last:
                continue
            if block.segments[-1][1] <= last:
                out.append(block)
                continue
            kept = [s for s in block.segments if s[1] <= last]
            cut = block.segments[len(kept)][0] - 1  # the space before the first line left out
            lines = {s[1] for s in kept}
            out.append(Block(block.text[:cut], kept, {n: r for n, r in block.raw_lines.items() if n in lines},
                             {n: c for n, c in block.cols.items() if n in lines}, block.kind, block.level, block.headings))
        return out

    def furniture(self) -> set[int]:
        """Lines a PDF repeats on every page, not text: a page number alone on its line (`4`,
        `- 4 -`, `Trang 4`), a running header or footer (the same line three times or more,
        each near a page number), and the blank lines around them. A paragraph a page break
        cuts goes on across them."""
        def build() -> set[int]:
            pages = {n for n, line in enumerate(self.lines, start=1) if PAGE_NUMBER.fullmatch(line) and not self.is_table(n)}
            # a running header or footer that carries its page number (`Báo cáo số … của UBND phường …    Trang 2/5`)
            stems: dict[str, list[int]] = {}
            for n, line in enumerate(self.lines, start=1):
                if (m := _PAGE_AT_END.search(line)) is not None and line[: m.start()].strip():
                    stems.setdefault(" ".join(line[: m.start()].split()), []).append(n)
            pages |= {n for numbers in stems.values() if len(numbers) >= 2 for n in numbers}
            if len(pages) < 2:
                return set()
            seen: dict[str, list[int]] = {}
            for n, line in enumerate(self.lines, start=1):
                text = " ".join(line.split())
                if 10 <= len(text) <= 160 and any(ch.isalpha() for ch in text):
                    seen.setdefault(text, []).append(n)
            near = {k for p in pages for k in range(p - 3, p + 4)}
            out = set(pages)
            for numbers in seen.values():
                if len(numbers) >= 3 and all(n in near for n in numbers):
                    out.update(numbers)
            for n in sorted(out):
                for step in (-1, 1):
                    k = n + step
                    while 1 <= k <= len(self.lines) and not self.lines[k - 1].strip():
                        out.add(k)
                        k += step
            return out

        return self.context.once("furniture", build)  # type: ignore[no-any-return]

    def _make_blocks(self, start: int, end: int | None) -> list[Block]:
        blocks: list[Block] = []
        builder = _BlockBuilder(self, blocks)
        last = len(self.lines) if end is None else min(end, len(self.lines))
        blank_breaks = self.blank_lines_break()
        width = self.line_width()
        furniture = self.furniture()
        for number in range(start, last + 1):
            if number in furniture:
                continue
            raw = self.lines[number - 1]
            if not raw.strip():
                if blank_breaks:
                    builder.pending_break = True
                continue
            if self.is_table(number):
                builder.close()
                continue
            clean = self.clean(number)
            if clean.kind in ("blank", "rule") or not clean.cols:
                continue  # (a heading mark with no words, `# `: nothing to read)
            builder.add(number, raw, clean, width)
        builder.close()
        return blocks

    def blank_lines_break(self) -> bool:
        """Whether a blank line ends a paragraph here: true when most lines of text follow
        each other directly (Markdown, DOCX); PDF text that puts a blank line after every
        line says nothing by it."""
        def build() -> bool:
            filled = [bool(line.strip()) for line in self.lines]
            texts = sum(filled)
            adjacent = sum(1 for a, b in zip(filled, filled[1:]) if a and b)
            return texts > 0 and adjacent / texts > 0.3

        return bool(self.context.once("blank_breaks", build))

    def line_width(self) -> int:
        """The usual length of a full line of prose (90th percentile): a line much shorter
        than this that does not end a sentence ends a heading or a paragraph."""
        def build() -> int:
            lengths = sorted(len(line.strip()) for line in self.lines if line.strip() and not is_table_line(line))
            return lengths[int(len(lengths) * 0.9)] if lengths else 0

        return int(self.context.once("line_width", build))

    def find_line(self, pattern: re.Pattern[str], start: int = 1) -> int | None:
        for number in range(start, len(self.lines) + 1):
            if pattern.search(self.lines[number - 1]):
                return number
        return None


_BOLD_START = re.compile(r"^\s*(?:\*\*|__|<(?:b|strong)>)", re.IGNORECASE)
_HTML_TABLE_OPEN = re.compile(r"<table\b", re.IGNORECASE)
_HTML_TABLE_CLOSE = re.compile(r"</table\s*>", re.IGNORECASE)


def _html_table_lines(lines: list[str]) -> set[int]:
    """Line numbers inside `<table>` … `</table>` (inclusive)."""
    found: set[int] = set()
    depth = 0
    for number, line in enumerate(lines, start=1):
        if depth == 0 and "<" not in line:
            continue
        opened = len(_HTML_TABLE_OPEN.findall(line)) if "<" in line else 0
        closed = len(_HTML_TABLE_CLOSE.findall(line)) if "<" in line else 0
        if depth or opened:
            found.add(number)
        depth = max(0, depth + opened - closed)
    return found


# Heading levels of numbered block starts: "II. ", "2. ", "2.1. ", "2.1.3 ", "a) ".
_NUMBERING = [
    (re.compile(r"^[IVXLC]{1,5}[.)]\s"), 1),
    (re.compile(r"^\d{1,2}[.)]\s"), 2),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.?\s"), 3),
    (re.compile(r"^\d{1,2}\.\d{1,2}\.\d{1,2}\.?\s"), 4),
    (re.compile(r"^[a-zđ]\)\s"), 5),
]
HEADING_LIMIT = 160  # a numbered block longer than this is a list item, not a heading


# a figure alone on its line (an infographic's `1.305.442` over `tài khoản đã được phê duyệt`):
# it opens a paragraph, its words on the lines after it
# a label, a wide gap, then a short value that opens with its number (`… toàn trình          1.046 thủ tục`)
_TWO_COLUMN_ROW = re.compile(r"\s*(?:\d{1,3}[.)]?\s+)?[^\W\d_].*?\S {8,}(?P<value>\d[\d.,/]*\s*%?[^\W\d_ ]*(?: [^\W\d_]+){0,2})\s*$")
ROW_GAP = " " * 8  # (a line without such a gap is no row: the pattern is not tried)
ROW_VALUE_SLACK = 2  # characters a wrapped value may start before the value column
_LONE_FIGURE = re.compile(r"^\s*\d[\d.,]*\s*%?\s*$")


def numbering_level(text: str) -> int:
    """The outline level a block's numbering gives it (0: not numbered)."""
    for pattern, level in _NUMBERING:
        if pattern.match(text):
            return level
    return 0


EMPHASIS_LEVEL = 6  # a wholly bold or italic line heads what follows it, below every numbered heading


def _is_heading(block: Block) -> int:
    """The heading level of a finished block (0: not a heading)."""
    if block.kind == "heading":
        return block.level or 1
    if block.kind != "paragraph":
        return 0
    if block.emphasised and len(block.text) <= HEADING_LIMIT and len(block.segments) == 1:
        return numbering_level(block.text) or EMPHASIS_LEVEL
    level = numbering_level(block.text)
    if not level or len(block.text) > HEADING_LIMIT:
        return 0
    if block.text.endswith(":") or block.text[-1] not in ".;" or _mostly_upper(block.text):
        return level
    return 0


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.8


class _BlockBuilder:
    """Joins lines into blocks: a block ends after a line that ends a sentence, before a
    line that starts a list item or a heading; a footnote body (Markdown `<sup>1</sup> …`
    or `[^1]: …`) is its own block and the paragraph it interrupts goes on after it."""

    def __init__(self, doc: Document, blocks: list[Block]) -> None:
        self.doc = doc
        self.blocks = blocks
        self.current: Block | None = None
        self.parts: list[str] = []
        self.length = 0
        self.suspended: tuple[Block, list[str], int] | None = None
        self.stack: list[tuple[int, str]] = []  # open headings (level, text)
        self.current_short = False  # the last line added was much shorter than a full line
        self.pending_break = False  # a blank line came before the next line
        self.last_indent = 0  # leading spaces of the last line added
        self.row_value = -1  # where the value of the last line added stood, when that line was a row of two columns

    def close(self) -> None:
        self._finish()
        if self.suspended is not None:
            self.current, self.parts, self.length = self.suspended
            self.suspended = None
            self._finish()

    def _finish(self) -> None:
        block = self.current
        if block is None:
            return
        block.text = " ".join(self.parts)
        self.current, self.parts, self.length = None, [], 0
        if block.kind == "footnote":
            return
        level = _is_heading(block)
        if level:
            block.kind, block.level = "heading", level
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
            block.headings = tuple(text for _, text in self.stack)
            self.stack.append((level, block.text))

    def _open(self, kind: str, level: int = 0) -> None:
        self.current = Block(text="", kind=kind, level=level, headings=tuple(text for _, text in self.stack))
        self.blocks.append(self.current)
        self.parts, self.length = [], 0

    def add(self, number: int, raw: str, clean: CleanLine, width: int = 0) -> None:
        text = clean.text
        if self.pending_break:
            self.pending_break = False
            # a blank line ends a paragraph, unless the paragraph stops mid-sentence and this
            # line goes on in lower case (a line break a conversion made)
            if not (self.current is not None and self.current.kind == "paragraph" and self.parts
                    and self.parts[-1][-1] not in _BLOCK_END_CHARS and text[:1].islower()):
                self.close()
        short = bool(self.parts) and width >= 40 and len(self.parts[-1]) < 0.6 * width and text[:1].isupper() and self.current_short
        indent = len(raw) - len(raw.lstrip(" "))
        # PDF text: a line indented further than the one before, in capitals, opens a paragraph
        # (`1. Kết quả cung cấp …` / `     Toàn tỉnh duy trì …`), or with a figure (`4. Lĩnh vực giáo dục` / `     100% trường …`)
        short = short or (bool(self.parts) and indent >= self.last_indent + PARAGRAPH_INDENT and (text[:1].isupper() or text[:1].isdigit()))
        if short and self.current is not None and self.current.kind == "paragraph" and self.parts and self._item_runs_on(text):
            short = False  # `- Đăng ký thường trú:` / `Tiếp nhận 3.216 hồ sơ …`: the item's figures on the next line
        # a row of a table of two columns set by spaces (`Hồ sơ DVC thiết yếu tiếp nhận          248.617 hồ sơ`): a block
        # of its own, with the indented line its value wraps onto (`759.870 tài` / `khoản`), never the next row's label
        row = _TWO_COLUMN_ROW.match(raw) if ROW_GAP in raw else None
        row_break = row is not None or (self.row_value >= 0 and indent < self.row_value - ROW_VALUE_SLACK)
        self.row_value = row.start("value") if row is not None else (self.row_value if self.row_value >= 0 and not row_break else -1)
        self.last_indent = indent
        if clean.kind == "footnote":
            if self.current is not None and self.current.kind == "paragraph" and self.parts and self.parts[-1][-1] not in _BLOCK_END_CHARS:
                self.suspended = (self.current, self.parts, self.length)
                self.current = None
            else:
                self._finish()
            self._open("footnote")
        else:
            if self.current is not None and self.current.kind == "footnote" and self.suspended is not None and not _ITEM_START.match(text):
                self._finish()
                self.current, self.parts, self.length = self.suspended
                self.suspended = None
            elif self.suspended is not None:
                self.close()
            if (self.current is None or clean.kind == "heading" or self.current.kind in ("heading", "footnote")
                    or _ITEM_START.match(text) or (self.parts[-1][-1] in _BLOCK_END_CHARS and not self._item_runs_on(text))
                    or _BOLD_START.match(raw) or (_LONE_FIGURE.match(text) and not _LONE_FIGURE.match(self.parts[-1]))
                    or self.current.emphasised or clean.emphasised or short or row_break):
                self._finish()
                self._open("heading" if clean.kind == "heading" else "paragraph", clean.level)
                self.current.emphasised = clean.emphasised
        block = self.current
        assert block is not None
        self.current_short = len(text) < 0.6 * width if width else False
        offset = self.length + (1 if self.parts else 0)
        self.parts.append(text)
        self.length = offset + len(text)
        block.segments.append((offset, number, clean.cols[0]))
        block.raw_lines[number] = raw
        if clean.cols != tuple(range(clean.cols[0], clean.cols[0] + len(text))):
            block.cols[number] = clean.cols


    def _item_runs_on(self, text: str) -> bool:
        """A bulleted item whose lead ends its line with `:` and whose figures wrap onto the
        next line (`- Đăng ký biến động đất đai …:` / `3.604 hồ sơ, trực tuyến 1.155 hồ sơ`)."""
        if not (self.parts[-1].endswith(":") and _BULLET_ITEM.match(self.parts[0]) is not None):
            return False
        if text[:1].isdigit() or text[:1].islower():
            return True
        # `- Đăng ký thường trú:` alone on its line, its figures on the next (`Tiếp nhận 3.216 hồ sơ, …`)
        return len(self.parts) == 1 and not any(ch.isdigit() for ch in self.parts[0]) and len(self.parts[0]) <= LEAD_ALONE


LEAD_ALONE = 100  # characters of a bulleted lead alone on its line (`- Đăng ký thường trú:`) whose figures follow
PARAGRAPH_INDENT = 3  # spaces further in than the line before: a PDF paragraph's first line
_BULLET_ITEM = re.compile(r"^\s*(?:[-+•–]|\(\d{1,2}\))\s")
_ALIGNED = re.compile(r"\S {3,}\S.*\S {3,}\S")  # three columns or more, set apart by runs of spaces
_INDENTED = re.compile(r"^ {4,}\S")
_NUMBERED_LABEL = re.compile(r"^\s{0,3}\d{1,3}\.?\s{2,}\S")  # `5   Liên thông …`: a row whose label wraps, its figures below
ALIGNED_RUN = 3  # rows in a run before it is taken for a table
RULE_LINE = re.compile(r"^[\s\-=_+|:]*[-=_]{3}[\s\-=_+|:]*$")  # `---  ------  ----`: a rule under a header


PROSE_WIDTH = 60  # characters of text with no run of spaces in it: a line of prose, never a wrapped cell


def _prose_line(line: str) -> bool:
    """A line of prose indented like the rest of a `pdftotext -layout` page (`     hiểm y tế cho trẻ
    em dưới 6 tuổi", trong năm có 1.204.663 hồ sơ …`): wider than a table's label column, with no
    column gap; it ends the table above it."""
    text = line.strip()
    return len(text) >= PROSE_WIDTH and "   " not in text


def aligned_table_lines(lines: list[str]) -> set[int]:
    """Line numbers of tables whose columns are aligned with spaces (PDF text): runs of at
    least ALIGNED_RUN lines of three or more space-separated columns, with the indented
    continuation lines, blank lines and numbered rows whose label wraps between them."""
    found: set[int] = set()
    run: list[int] = []
    pending: list[int] = []
    for number, line in enumerate(lines, start=1):
        if "\t" not in line and _ALIGNED.search(line):
            run.extend(pending)
            pending = []
            run.append(number)
        elif run and (not line.strip() or (_INDENTED.match(line) and not _prose_line(line)) or _NUMBERED_LABEL.match(line)
                      or RULE_LINE.match(line)):
            pending.append(number)
        else:
            if sum(1 for n in run if _ALIGNED.search(lines[n - 1])) >= ALIGNED_RUN:
                found.update(run)
            run, pending = [], []
    if sum(1 for n in run if _ALIGNED.search(lines[n - 1])) >= ALIGNED_RUN:
        found.update(run)
    return found
