"""The geometry of a table as text: which line is a header, which cells stand under which
column (space-aligned PDF text, a row of column marks, a merged header cell read once), which
row is numbered or a sub-row, which line between rows keeps the table. Pure: no reading of
figures (generator.reading.read reads them, with these)."""
from __future__ import annotations

import re

from generator.fold import fold

GROUP_ROW = re.compile(r"\s*[IVX]{1,4}\.?\s+\S")  # `   II    THỦ TỤC HÀNH CHÍNH, …`: a group row in a table
WRAPPED_LABEL = re.compile(r"\s{5,}\S.{0,60}$")  # `         liệu quốc gia về dân cư`: a row label's second line
HEADER_DATE = re.compile(r"(?:^|\s)(?:\d{1,2}/\d{1,2}/)?(?:19|20)\d\d$")  # `năm 2024`, `31/12/2024` in a header cell
NUMBERING_MARK = re.compile(r"\(\d{1,2}\)(?:\s*=\s*[\d()/*x+%\s-]+)?")
LABEL_UNIT = re.compile(r"\(([^()\d]{1,16})\)\s*$")
ROMAN = re.compile(r"[IVX]{1,4}\.?")
SUB_ROW = re.compile(r"[a-zđ][).]?|[-+*•]")
ROW_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,2}){0,3}\.?")
HEADER_CELL = 60  # a header cell is a short column name


def numbering_row(plain: list[tuple[int, str]]) -> bool:
    """A row of column numbers (`(1)  (2)  (3)  (6)=(4)/(3)`), printed under a header."""
    filled = [text.strip() for _, text in plain if text.strip()]
    return len(filled) >= 3 and all(NUMBERING_MARK.fullmatch(text) for text in filled)


def columns_named(fragments: list[tuple[int, str]], starts: list[int]) -> list[str]:
    """Each column's name: the header words whose centre stands over it, top line first; words
    spanning whole columns (a merged cell) name each of them."""
    names: list[list[str]] = [[] for _ in starts]
    bounds = list(zip(starts, starts[1:] + [10**6]))
    for offset, text in fragments:
        end, centre = offset + len(text), offset + len(text) / 2
        for i, (a, b) in enumerate(bounds):
            if a <= centre < b or (offset <= a and b <= end):  # over its centre, or spanning the whole column
                names[i].append(text)
    return [" ".join(words) for words in names]


def merged_header(upper: list[str], lower: list[str]) -> list[str]:
    """A header over two lines whose upper line printed a merged cell once (`Số hồ sơ tiếp nhận`
    over `Tổng số | Trực tuyến | Trực tiếp`): the lower line's cells, those under the merged
    cell led by its words (the cells both lines share at either end kept as they are); several merged
    cells side by side over a multiple of their number of cells each lead as many."""
    n, m = len(upper), len(lower)
    p = 0
    while p < min(n, m) and fold(upper[p]) == fold(lower[p]):
        p += 1
    q = 0
    while q < min(n, m) - p and fold(upper[n - 1 - q]) == fold(lower[m - 1 - q]):
        q += 1
    above = [cell.strip() for cell in upper[p : n - q]]
    under = m - q - p
    if len(above) > 1 and all(above) and under % len(above) == 0:
        # several merged cells side by side (`Căn cước | Định danh điện tử` over `Trong tháng | Lũy kế | Trong
        # tháng | Lũy kế`): each over as many lower cells
        span = under // len(above)
        return [f"{above[(i - p) // span]} {cell}" if p <= i < m - q else cell for i, cell in enumerate(lower)]
    middle = " ".join(above).strip()
    return [f"{middle} {cell}" if middle and p <= i < m - q else cell for i, cell in enumerate(lower)]


def stacked_header(upper: list[str], lower: list[str]) -> list[str]:
    """A header over two rows of as many cells, the upper one's merged cells printed once and left
    blank after (`Hồ sơ TTHC tiếp nhận trong kỳ | ` over `Tổng số | Trong đó: trực tuyến`): each column
    named by the upper cell over it (or the last one before it) and its own lower cell."""
    out, carry = [], ""
    for above, below in zip(upper, lower):
        carry = above.strip() or carry
        name = above.strip() or (carry if below.strip() else "")
        out.append(f"{name} {below.strip()}".strip())
    return out


def within_table(line: str) -> bool:
    """A line between two rows that the table goes on over (not prose between two tables)."""
    return bool(GROUP_ROW.match(line) or WRAPPED_LABEL.fullmatch(line))


def by_offset(plain: list[tuple[int, str]], starts: list[int]) -> list[tuple[int, str]]:
    """The cells of a space-aligned row placed under the header column each starts in."""
    out = [(start, "") for start in starts]
    for offset, text in plain:
        col = max((i for i, start in enumerate(starts) if start <= offset + 2), default=0)
        out[col] = (offset, f"{out[col][1]} {text}".strip())
    return out


def overlapping(offset: int, length: int, cells: list[tuple[int, str]]) -> int:
    """The cell whose span overlaps [offset, offset + length) most (headers are centred or
    right-aligned over their column), else the nearest."""
    def overlap(cell: tuple[int, str]) -> int:
        return max(0, min(offset + length, cell[0] + len(cell[1])) - max(offset, cell[0]))

    best = max(range(len(cells)), key=lambda i: (overlap(cells[i]), -abs(cells[i][0] - offset)))
    if overlap(cells[best]):
        return best
    return min(range(len(cells)), key=lambda i: abs(cells[i][0] - offset))


def extend_header(header: list[str], printed: list[str], plain: list[tuple[int, str]]) -> tuple[list[str], list[str]]:
    """A header printed over two lines (`Tổng số` / `hồ sơ`): each column's words joined."""
    texts = [text for _, text in plain]
    return ([f"{h} {fold(t)}".strip() for h, t in zip(header, texts)],
            [f"{h} {t}".strip() for h, t in zip(printed, texts)])


def looks_like_header(plain: list[tuple[int, str]]) -> bool:
    filled = [text for _, text in plain if text]
    return len(filled) >= 2 and all(len(text) <= HEADER_CELL for text in filled)
