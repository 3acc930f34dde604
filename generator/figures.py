"""Find the figures in a piece of report text: a number with its unit, or a ratio a/b.

A *figure* is a number followed by a unit word (`1.609 hồ sơ`, `91,43%`, `40,795 tỷ
đồng`) or one side of a ratio (`57.274/54.958`). Dates, document numbers (`540/QĐ-UBND`),
list markers and numbers that name things (`Đề án 06`, `Mô hình 3`) are not figures. The
words are data, held by `FigureWords` (References.number_words): the unit words
(codelists/number_words.csv) and the naming words (vocabulary figure_name); the unit
decides how an ambiguous number is read (see generator.numbers). Pure; `find_figures` is
memoised on (text, words) in a bounded lru_cache.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Self

from generator.dates import find_dates
from generator.fold import fold, lower_keep
from generator.numbers import NUMBER_TOKEN, Reading, read_number
from generator.vocabulary import alternatives

# digit first, look-behind after it, as in numbers.NUMBER_TOKEN
_RATIO = re.compile(r"(\d(?<![\w/.,-]\d)\d*(?:[.,]\d+)*)\s*/\s*(\d+(?:[.,]\d+)*)(?![\w/]|[.,]\d)")
_LIST_MARKER = re.compile(r"^\s*[-+*(]?\s*$")
_DASH_ITEM = re.compile(r"-\s+[A-ZĐÀ-Ỹ]")  # after an item's number (`1- Mô hình …`)
_DIGIT = re.compile(r"\d")
_SPACE_GROUPED = re.compile(r"\s*(?P<n>\d{1,3}(?: \d{3})+(?:,\d+)?)\s*")  # a whole cell: thousands grouped by spaces


@dataclass(frozen=True)
class Figure:
    start: int
    end: int
    printed: str
    reading: Reading
    unit: str  # unit_id, or "" when no unit word follows
    multiplier: float
    ratio_part: str = ""  # "numerator" / "denominator" for the sides of a/b
    unit_text: str = ""

    @property
    def value(self) -> float | None:
        if self.reading.value is None:
            return None
        scaled = self.reading.value * self.multiplier
        return int(scaled) if float(scaled).is_integer() else round(scaled, 6)


NumberWords = tuple[tuple[str, str, float, str], ...]


class FigureWords(tuple):
    """The words figures are read by, built once per References (References.number_words):
    the unit words, a tuple of (folded words, unit_id, multiplier, kind), longest first; the
    naming words (folded): a number right after one names something rather than counts it
    ("Đề án 06 tỉnh", "Mô hình 3 ..."); and the unit words by first letter. Hashed once: it
    is the memo key of find_figures."""

    _hash: int
    naming_words: tuple[str, ...]
    naming: re.Pattern[str] | None
    naming_list: re.Pattern[str] | None
    masks: tuple[str, ...]
    index: dict[str, NumberWords] | None

    def __new__(cls, units: Iterable[tuple[str, str, float, str]], naming: Iterable[str] = (), masks: Iterable[str] = ()) -> Self:
        self = super().__new__(cls, units)
        self.naming_words = tuple(naming)
        self.masks = tuple(masks)  # lower case with tone marks: words a unit word folds into (`ngân hàng` is no `ngàn`)
        self.naming = re.compile(rf"{alternatives(self.naming_words, space=' ')}\s*$") if self.naming_words else None
        # `mức độ 1 và 2`, `Mô hình 3, 5`: a bare number listed after a naming one names a thing too
        self.naming_list = re.compile(rf"{alternatives(self.naming_words, space=' ')}(?:\s*\d+\s*(?:,|va|hoac))+\s*$") if self.naming_words else None
        self._hash = hash((tuple.__hash__(self), self.naming_words, self.masks))
        self.index = _by_first_letter(self)
        return self

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        return tuple.__eq__(self, other) is True and getattr(other, "naming_words", ()) == self.naming_words \
            and getattr(other, "masks", ()) == self.masks

    def __ne__(self, other: object) -> bool:
        return not self == other


def _words(number_words: Iterable[tuple[str, str, float, str]]) -> FigureWords:
    """References.number_words as it is; a plain list of unit words (no naming words) wrapped."""
    return number_words if isinstance(number_words, FigureWords) else FigureWords(number_words)


def unit_after(text: str, end: int, number_words: Iterable[tuple[str, str, float, str]]) -> tuple[str, float, str, str]:
    """(unit_id, multiplier, kind, matched words) of the unit word right after position end."""
    words = _words(number_words)
    return _unit_after(text, end, words.index, words)


def _by_first_letter(number_words: NumberWords) -> dict[str, NumberWords] | None:
    """The unit words grouped by their first letter, each group in list order (the first
    word of the list that matches wins, so only words starting with the text's first letter
    can). None if a word is empty (it would match anything: keep the plain loop)."""
    if any(not word for word, *_ in number_words):
        return None
    index: dict[str, list[tuple[str, str, float, str]]] = {}
    for entry in number_words:
        index.setdefault(entry[0][0], []).append(entry)
    return {first: tuple(entries) for first, entries in index.items()}


_SPELLED = re.compile(r"\((?:[^\W\d_]+ ?){1,4}\)\s*")  # `(bảy)`, `(mười hai)`: a number written out in words after its digits

KEYCAP = ("\ufe0f\u20e3", "\u20e3")  # after a digit: the keycap emoji (`1️⃣`), a section's number


def _unit_after(text: str, end: int, index: dict[str, NumberWords] | None, number_words: NumberWords = ()) -> tuple[str, float, str, str]:
    tail = text[end : end + 40]
    stripped = tail.lstrip()
    if stripped.startswith("%"):
        return "percent", 1.0, "percent", "%"
    masks = getattr(number_words, "masks", ())
    if masks and any(lower_keep(stripped).startswith(m) for m in masks):
        return "", 1.0, "unknown", ""  # `21 ngân hàng`: banks, not 21 thousand
    if (spelled := _SPELLED.match(stripped)) is not None:
        # `07 (bảy) ngày làm việc`: the number written out in words in a bracket, then its unit
        unit, multiplier, kind, word = _unit_after(stripped[spelled.end() :], 0, index, number_words)
        if unit:
            return unit, multiplier, kind, f"{spelled.group(0).strip()} {word}"
        return "", 1.0, "unknown", ""
    folded = fold(stripped)
    candidates = number_words if index is None else index.get(folded[:1], ())
    for word, unit, multiplier, kind in candidates:
        if folded.startswith(word) and (len(folded) == len(word) or not folded[len(word)].isalnum()):
            if kind == "multiplier":  # `84,7 triệu lượt`, `10 tỷ đồng`, `1,2 tỷ`: the word after decides the unit
                after = stripped[len(word) :]
                unit2, mult2, kind2, word2 = _unit_after(after, 0, index, number_words)
                if unit2 and kind2 != "multiplier" and unit2 != "percent":
                    return unit2, multiplier * mult2, "scaled", f"{word} {word2}"
                return unit, multiplier, "scaled", word
            return unit, multiplier, kind, word
    return "", 1.0, "unknown", ""


def find_figures(text: str, number_words: Iterable[tuple[str, str, float, str]], include_bare: bool = False) -> list[Figure]:
    """Figures in text, left to right. With include_bare, also numbers with no unit.
    `number_words`: References.number_words (FigureWords).

    Memoised: several extractors read the same blocks (the result is immutable)."""
    return list(_find_figures(text, _words(number_words), include_bare))


@lru_cache(maxsize=4096)
def _find_figures(text: str, number_words: FigureWords, include_bare: bool) -> tuple[Figure, ...]:
    if not include_bare:  # the figures with a unit: a subset of those read with the bare numbers
        return tuple(f for f in _find_figures(text, number_words, True) if f.unit)
    if not _DIGIT.search(text):
        return ()  # every figure has a digit
    spaced = _SPACE_GROUPED.fullmatch(text)
    if spaced:  # a table cell that groups thousands by spaces (`17 056`, `1 234,5`): one number
        token = spaced.group("n")
        reading = replace(read_number(token.replace(" ", "."), "count" if "," not in token else "unknown"), printed=token)
        return (Figure(spaced.start("n"), spaced.end("n"), token, reading, "", 1.0, "", ""),)
    index = number_words.index
    naming = number_words.naming
    blocked = [(d.start, d.end) for d in find_dates(text)]
    figures: list[Figure] = []
    taken: list[tuple[int, int]] = []
    for m in _RATIO.finditer(text) if "/" in text else ():
        start, end = m.span()
        if blocked and any(start < e and s < end for s, e in blocked):
            continue
        unit, mult, kind, words = _unit_after(text, m.end(), index, number_words)
        if kind == "unknown" and unit != "percent":
            kind = "points" if unit == "points" else "count"  # a/b of things is a count of things; `88,43/100 điểm` a score
            unit = unit or "count"
        for part, group in (("numerator", 1), ("denominator", 2)):
            token = m.group(group)
            figures.append(Figure(m.start(group), m.end(group), token, read_number(token, kind), unit, mult, part, words))
        taken.append((m.start(), m.end()))
    for m in NUMBER_TOKEN.finditer(text):
        start, end = m.span()
        if (blocked and any(start < e and s < end for s, e in blocked)) or (taken and any(start < e and s < end for s, e in taken)):
            continue
        token = m.group(0)
        if text[end : end + 2] in KEYCAP:
            continue  # `1️⃣ CĂN CƯỚC`: a keycap numbers a section
        unit, mult, kind, words = _unit_after(text, end, index, number_words)
        if kind == "period":
            continue  # `trong 6 tháng`, `sau 10 tháng`: a span of months names the period, as a date does
        if unit and blocked and any(end < s <= end + 2 for s, _ in blocked):
            unit, mult, kind, words = "", 1, "unknown", ""  # `TUẦN 2 THÁNG 11/2025`: the word after it opens a date
        if naming is not None and (naming.search(fold(text[max(0, start - 12) : start]))
                                   or not unit and number_words.naming_list.search(fold(text[max(0, start - 24) : start]))):
            continue  # a number that names something: `Đề án 06`, `Mô hình 3`
        if not unit and _LIST_MARKER.match(text[max(0, start - 3) : start]) and text[end : end + 1] in (".", ")"):
            continue  # "1." list numbering
        if not unit and _DASH_ITEM.match(text, end) and (_LIST_MARKER.match(text[max(0, start - 3) : start]) or text[:start].rstrip().endswith(";")):
            continue  # `1- Mô hình 1: …; 5- Mô hình 16: …`: items numbered with a dash
        figures.append(Figure(start, end, token, read_number(token, kind), unit, mult, "", words))
    return tuple(sorted(figures, key=lambda f: f.start))
