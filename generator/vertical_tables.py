"""Tables whose every cell came out on a line of its own (text copied from a PDF viewer): the
rows are found by their numbers (`1`, then `2` the same number of lines further, …), the
header is the short lines above the first row (a line opening in lower case goes on the one
above it: `Hồ sơ ĐDĐT mức 2` / `thu nhận trong tháng`), and a total row may follow the last
row without a number of its own. Each row is read as if its cells stood on one line, every
figure keeping the line its cell is printed on.

    STT            1          2          Tổng cộng
    Phường         An Biên    An Dương   1.874
    Hồ sơ …        119        130        3.105
    Tỷ lệ (%)      88,59      92,90      87,92

Pure; lines are 1-based."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

MIN_COLUMNS = 3  # cells a row has, its number included
MIN_ROWS = 3  # numbered rows before a run is taken for a table
CELL_CHARS = 60  # a cell's line is short; a longer one is prose
_ROW_NUMBER = re.compile(r"\s*(\d{1,3})\.?\s*")
_HAS_DIGIT = re.compile(r"\d")


@dataclass
class VerticalTables:
    """Every vertical table of a text: the line each of its rows starts on, and the lines of
    each cell of that row (one tuple per column, a wrapped header cell's lines all; empty
    where a row has no cell, as a total row's number)."""

    rows: dict[int, list[tuple[int, ...]]] = field(default_factory=dict)
    lines: set[int] = field(default_factory=set)

    def row_text(self, number: int, text_of: list[str]) -> str | None:
        """The row starting at `number` as one tab-separated line; "" for a line inside a row;
        None for a line of no vertical table."""
        if number not in self.lines:
            return None
        cells = self.rows.get(number)
        if cells is None:
            return ""
        return "\t".join(" ".join(text_of[line - 1].strip() for line in cell) for cell in cells)


def find_vertical_tables(lines: list[str]) -> VerticalTables:
    found = VerticalTables()
    n = len(lines)
    i = 0
    while i < n:
        if _number(lines[i]) != 1:
            i += 1
            continue
        width, rows = _rows(lines, i)
        if not rows:
            i += 1
            continue
        header = _header(lines, i, width)
        for start in rows:
            found.rows[start + 1] = [(start + 1 + k,) for k in range(width)]
        end = rows[-1] + width
        total = _total_row(lines, end, width)
        if total:
            found.rows[end + 1] = [()] + [(end + 1 + k,) for k in range(width - 1)]
            end += width - 1
        if header:
            found.rows[header[0][0]] = [tuple(group) for group in header]
            found.lines.update(line for group in header for line in group)
        found.lines.update(range(i + 1, end + 1))
        i = end
    return found


def _number(line: str) -> int | None:
    m = _ROW_NUMBER.fullmatch(line)
    return int(m.group(1)) if m else None


def _short(line: str) -> bool:
    text = line.strip()
    return bool(text) and len(text) <= CELL_CHARS and "\t" not in text and "|" not in text


def _cells_ok(lines: list[str], start: int, width: int) -> bool:
    """A row's cells: short lines, one of them past the number a figure."""
    cells = lines[start : start + width]
    return len(cells) == width and all(_short(c) for c in cells) and any(_HAS_DIGIT.search(c) for c in cells[1:])


def _rows(lines: list[str], start: int) -> tuple[int, list[int]]:
    """The width of the rows from row 1 at `start` (the distance to the `2` after it, the
    narrowest that chains MIN_ROWS rows or more) and the index each row starts at."""
    for width in range(MIN_COLUMNS, 12):
        if start + width >= len(lines) or _number(lines[start + width]) != 2 or not _cells_ok(lines, start, width):
            continue
        rows = [start]
        while rows[-1] + width < len(lines) and _number(lines[rows[-1] + width]) == len(rows) + 1 \
                and _cells_ok(lines, rows[-1] + width, width):
            rows.append(rows[-1] + width)
        if len(rows) >= MIN_ROWS:
            return width, rows
    return 0, []


def _header(lines: list[str], first_row: int, width: int) -> list[list[int]]:
    """The header's cells above the first row, each a list of its lines (1-based): the short
    lines up to a blank or a long one, a line opening in lower case joined to the one above;
    none unless they make as many cells as the row has, or more (then the last ones)."""
    k = first_row - 1
    above: list[int] = []
    while k >= 0 and _short(lines[k]) and _number(lines[k]) is None and first_row - k <= 3 * width:
        above.insert(0, k)
        k -= 1
    groups: list[list[int]] = []
    for k in above:
        text = lines[k].strip()
        if groups and (text[:1].islower() or text[:1] in "(%"):
            groups[-1].append(k + 1)
        else:
            groups.append([k + 1])
    return groups[-width:] if len(groups) >= width else []


def _total_row(lines: list[str], start: int, width: int) -> bool:
    """A row right after the last numbered one with no number of its own: a label, then one
    figure per column after the label's."""
    cells = lines[start : start + width - 1]
    return len(cells) == width - 1 and all(_short(c) for c in cells) and not _HAS_DIGIT.search(cells[0]) \
        and all(_HAS_DIGIT.search(c) for c in cells[1:])
