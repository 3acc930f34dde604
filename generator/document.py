"""A report's text as numbered lines and as prose blocks that keep their line provenance.

Converted reports break lines anywhere (PDF text) or keep one paragraph per line
(Markdown). Extractors work on *blocks*: hard-wrapped lines joined back into one
paragraph or list item, with a map from every character back to its source line, so
every record can cite `source_line` and an exact `source_quote` found on that line.
Pure: text in, objects out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# A line that opens a new list item or heading: "- ", "+ ", "* ", "1. ", "1.2. ", "II. ", "(i) ", "a) "
_ITEM_START = re.compile(
    r"^\s*(?:[-+*•–]\s|\\\*|\d{1,3}(?:\.\d{1,3})*[.)]\s|[IVXLC]{1,5}[.)]?\s|\((?:[ivx]{1,5}|\d{1,2}|[a-zđ])\)\s|[a-zđ]\)\s|#{1,6}\s|\*\*)",
    re.IGNORECASE,
)
# A block ends after a line that ends a sentence or clause (. ; : ! ? …).
_BLOCK_END_CHARS = frozenset(".;:!?…")
QUOTE_LIMIT = 300


def split_lines(text: str) -> list[str]:
    """Split on LF only (as editors and `sed -n Np` count), dropping a trailing CR."""
    return [line[:-1] if line.endswith("\r") else line for line in text.split("\n")]


def is_table_line(line: str) -> bool:
    """Tab-separated table rows (Markdown converted from DOCX/PDF tables) and pipe tables."""
    return "\t" in line or line.lstrip().startswith("|")


@dataclass
class Block:
    """Consecutive source lines joined with single spaces."""

    text: str
    # (offset in text, line number, offset of the stripped part within the raw line)
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    raw_lines: dict[int, str] = field(default_factory=dict)

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

    def quote(self, start: int, end: int | None = None) -> tuple[int, str]:
        """(line, exact substring of that line) covering text[start:end] as far as it lies on one line."""
        line = self.line_at(start)
        raw = self.raw_lines[line]
        seg_start = next(s for s, n, _ in self.segments if n == line)
        stripped = raw.strip()
        pos = start - seg_start
        stop = len(stripped) if end is None else min(len(stripped), max(pos + 1, end - seg_start))
        return line, window(stripped, pos, stop)


def leading_space(text: str, start: int) -> int:
    """How many whitespace characters text[start:] begins with (without copying the rest)."""
    chunk = text[start : start + 64]
    stripped = chunk.lstrip()
    if stripped or len(chunk) < 64:
        return len(chunk) - len(stripped)
    rest = text[start:]
    return len(rest) - len(rest.lstrip())


def window(text: str, start: int, end: int, limit: int = QUOTE_LIMIT) -> str:
    """The whole text if short, else a span around [start, end) cut at clause breaks."""
    if len(text) <= limit:
        return text
    left = max(0, min(start, len(text)) - limit // 3)
    cut = max(text.rfind(". ", left, start), text.rfind("; ", left, start))
    if cut != -1:
        left = cut + 2
    right = min(len(text), max(end, left + limit))
    stop = text.find(". ", end, right)
    if stop != -1:
        right = stop + 1
    return text[left:right].strip() or text[start:end]


class Document:
    """A report's decoded text."""

    def __init__(self, text: str, name: str = "<text>") -> None:
        self.name = name
        self.lines = split_lines(text)
        self._blocks: dict[tuple[int, int | None], list[Block]] = {}
        self.memo: dict[str, object] = {}  # per-document results extractors share (read-only)

    def line(self, number: int) -> str:
        return self.lines[number - 1]

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
        which is cut after its last line within the range."""
        last = min(end, len(self.lines))
        out: list[Block] = []
        for block in self.blocks():
            if block.first_line > last:
                break
            if block.segments[-1][1] <= last:
                out.append(block)
                continue
            kept = [s for s in block.segments if s[1] <= last]
            cut = block.segments[len(kept)][0] - 1  # the space before the first line left out
            out.append(Block(block.text[:cut], kept, {n: raw for n, raw in block.raw_lines.items() if n <= last}))
            break
        return out

    def _make_blocks(self, start: int, end: int | None) -> list[Block]:
        blocks: list[Block] = []
        current: Block | None = None
        parts: list[str] = []  # the stripped lines of the current block, joined once at its end
        length = 0
        last = len(self.lines) if end is None else min(end, len(self.lines))
        for number in range(start, last + 1):
            raw = self.lines[number - 1]
            stripped = raw.strip()
            if not stripped:
                continue
            if is_table_line(raw):
                if current is not None:
                    current.text = " ".join(parts)
                current = None
                continue
            if current is None or _ITEM_START.match(raw) or parts[-1][-1] in _BLOCK_END_CHARS:
                if current is not None:
                    current.text = " ".join(parts)
                current = Block(text="")
                blocks.append(current)
                parts, length = [], 0
            offset = length + (1 if parts else 0)
            parts.append(stripped)
            length = offset + len(stripped)
            current.segments.append((offset, number, raw.find(stripped)))
            current.raw_lines[number] = raw
        if current is not None:
            current.text = " ".join(parts)
        return blocks

    def find_line(self, pattern: re.Pattern[str], start: int = 1) -> int | None:
        for number in range(start, len(self.lines) + 1):
            if pattern.search(self.lines[number - 1]):
                return number
        return None
