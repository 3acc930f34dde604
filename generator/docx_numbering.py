"""Word's automatic numbering, rendered as Word shows it (`1.`, `1.1.`, `a)`, `-`).

A DOCX list paragraph does not hold its number: Word computes it from `word/numbering.xml`
(a `w:num` points to an abstract numbering whose levels give a format, a start and a text
such as `%1.%2.`) and the paragraph's `w:numPr` (or its style's). Reports number their
sections, items and sub-items this way; without the numbers a heading `a) Mục tiêu` and a
list item `- Đăng ký thường trú: …` lose what makes them one. One `Numbering` per document
keeps the counters while the paragraphs are read in order.
"""
from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BULLET = "-"  # a bullet level (any symbol-font glyph) is written as a dash, as a report typed by hand would
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
          (5, "v"), (4, "iv"), (1, "i"))


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    """a … z, then aa, bb … (Word's letter numbering)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    return str(n)  # decimal, decimalZero and the rest


def _val(element: Any, tag: str) -> str | None:
    child = element.find(f"{_W}{tag}") if element is not None else None
    return child.get(f"{_W}val") if child is not None else None


class Numbering:
    """The numbering definitions of one document and the counters of its lists."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        self.styles = document.styles
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in node.iter(f"{_W}lvl"):
                start = _val(lvl, "start")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "",
                                                          int(start) if start and start.isdigit() else 1)
            abstract[node.get(f"{_W}abstractNumId", "")] = levels
        for node in root.iter(f"{_W}num"):
            levels = dict(abstract.get(_val(node, "abstractNumId") or "", {}))
            for override in node.iter(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                start = _val(override, "startOverride")
                if ilvl in levels and start and start.isdigit():
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start))
            self.levels[node.get(f"{_W}numId", "")] = levels

    def _num_pr(self, paragraph: Any) -> tuple[str, int] | None:
        """(numId, level) of a paragraph: its own `w:numPr`, else its style's (up its `basedOn`s)."""
        ppr = paragraph._p.pPr
        num_pr = ppr.numPr if ppr is not None else None
        style = paragraph.style
        seen = 0
        while num_pr is None and style is not None and seen < 10:
            spr = style.element.pPr
            num_pr = spr.numPr if spr is not None else None
            style, seen = style.base_style, seen + 1
        if num_pr is None or num_pr.numId is None:
            return None
        ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        return str(num_pr.numId.val), int(ilvl)

    def label(self, paragraph: Any) -> str:
        """The number Word shows before the paragraph (`1.2.`, `a)`, `-`), or ""; advances the
        list's counters."""
        found = self._num_pr(paragraph)
        if found is None:
            return ""
        num_id, ilvl = found
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a level restarts under each item of the level above
        if fmt == "bullet":
            return BULLET
        if fmt == "none":
            return ""
        for k in range(9, -1, -1):  # `%1.%2.`: each level's counter in its level's format
            if f"%{k + 1}" in text:
                level = levels.get(k, ("decimal", "", 1))
                text = text.replace(f"%{k + 1}", _format(counters.get(k, level[2]), level[0]))
        return text.strip()
