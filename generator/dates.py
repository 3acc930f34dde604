"""Find and read dates and periods as Vietnamese reports print them.

`15/01/2024`, `14/2/2024`, `ngày 07 tháng 02 năm 2024`, `tháng 02/2024`, `tháng 02 năm 2024`,
`Quý I/2024`, `năm 2024`, and the typos seen in real reports: `15/012024` (second slash
missing) and `ngày 17 năm 12 tháng 2019` (the words `năm` and `tháng` swapped). A typo that
still names one day is read as that day and marked malformed; a date that cannot exist
(31/02) is returned as malformed with no date, never silently shifted. Pure functions.

The date words (`ngày`, `tháng`, `năm`, `quý`, and `ngay`, `thang`, `nam`, `quy` as typed without
tone marks) stay here, the one exception to the rule
that words are code-list data: they are the grammar of a Vietnamese date, not vocabulary a
maintainer tunes, and `find_dates` is a pure function of text that the figure finder and
the figure reader call without References (its memo is keyed on the text alone). Moving
them would thread References through every caller for four fixed words. Everywhere else
(places and dates of a heading, periods, ranges, deadlines) the date words are vocabulary
(calendar, date_range, deadline). `find_dates` is memoised in a bounded lru_cache on the
text.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

Precision = Literal["day", "month", "quarter", "year"]

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}

# (precision, pattern, typo, words): a typo pattern's match is always malformed. Earlier
# patterns win where matches overlap. Day-level groups are (day, month, year). `words` must
# all occur in the lower-cased text for the pattern to match at all (a cheap test first:
# every character these patterns match case-insensitively lower-cases to the word's own).
_PATTERNS: list[tuple[Precision, re.Pattern[str], bool, tuple[str, ...]]] = [
    ("day", re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE), False, ("ngày", "tháng", "năm")),
    # ngày 17 năm 12 tháng 2019: the words "năm" and "tháng" swapped
    ("day", re.compile(r"ngày\s+(\d{1,2})\s+năm\s+(\d{1,2})\s+tháng\s+(\d{4})", re.IGNORECASE), True, ("ngày", "tháng", "năm")),
    # 15/012024: the second slash missing
    # (digit first, look-behind after it: `(?<![\d/])(\d{1,2})` with a fast scan to digits)
    ("day", re.compile(r"(\d(?<![\d/]\d)\d?)/(\d{2})(\d{4})(?![\d/])"), True, ("/",)),
    ("day", re.compile(r"(\d(?<![\d/.]\d)\d?)[/.-](\d{1,2})[/.-](\d{4})(?![\d/])"), False, ()),
    ("quarter", re.compile(r"quý\s+(IV|I{1,3}|[1-4])\s*(?:/|năm\s+)(\d{4})", re.IGNORECASE), False, ("quý",)),
    ("month", re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm\s+)(\d{4})", re.IGNORECASE), False, ("tháng",)),
    ("year", re.compile(r"năm\s+(\d{4})(?!\s*/)", re.IGNORECASE), False, ("năm",)),
    # typed without tone marks (`ngay 21 thang 6 nam 2024`, `thang 6/2024`): the day, month and quarter
    # forms only (a bare `nam 2024` may be a name: `Viet Nam 2024`)
    ("day", re.compile(r"(?<!\w)ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})", re.IGNORECASE), False, ("ngay", "thang", "nam")),
    ("quarter", re.compile(r"(?<!\w)quy\s+(IV|I{1,3}|[1-4])\s*(?:/|nam\s+)(\d{4})", re.IGNORECASE), False, ("quy",)),
    ("month", re.compile(r"(?<!\w)thang\s+(\d{1,2})\s*(?:/|nam\s+)(\d{4})", re.IGNORECASE), False, ("thang",)),
]
# Every pattern needs four digits in a row (the year).
_YEAR_DIGITS = re.compile(r"\d\d\d\d")  # (not \d{4}: a leading single \d lets the scan skip to digits)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    printed: str
    precision: Precision
    first: date | None  # first day covered
    last: date | None  # last day covered
    malformed: bool = False

    @property
    def day(self) -> date | None:
        return self.first if self.precision == "day" else None


def _day(d: int, m: int, y: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_span(m: int, y: int) -> tuple[date | None, date | None]:
    if not 1 <= m <= 12 or y < 1:
        return None, None
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def find_dates(text: str) -> list[DateMatch]:
    """Every date or period in text, left to right, longest reading first; no overlaps.

    Memoised: the same block is read by several extractors (the matches are immutable)."""
    return list(_find_dates(text))


@lru_cache(maxsize=4096)
def _find_dates(text: str) -> tuple[DateMatch, ...]:
    if not _YEAR_DIGITS.search(text):
        return ()
    lower = text.lower()
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for precision, pattern, typo, words in _PATTERNS:
        if words and not all(w in lower for w in words):
            continue
        for m in pattern.finditer(text):
            start, end = m.span()
            if taken and any(start < e and s < end for s, e in taken):
                continue
            found.append(_read(precision, typo, m))
            taken.append((start, end))
    found.sort(key=_start)
    return tuple(found)


def _start(d: DateMatch) -> int:
    return d.start


def _read(precision: Precision, typo: bool, m: re.Match[str]) -> DateMatch:
    g = m.groups()
    if precision == "day":
        d, mo, y = int(g[0]), int(g[1]), int(g[2])
        value = _day(d, mo, y)
        malformed = value is None or typo
        return DateMatch(m.start(), m.end(), m.group(0), "day", value, value, malformed)
    if precision == "month":
        first, last = _month_span(int(g[0]), int(g[1]))
        return DateMatch(m.start(), m.end(), m.group(0), "month", first, last, first is None)
    if precision == "quarter":
        q = _ROMAN.get(g[0].upper()) or int(g[0])
        first = _month_span(3 * q - 2, int(g[1]))[0]
        last = _month_span(3 * q, int(g[1]))[1]
        return DateMatch(m.start(), m.end(), m.group(0), "quarter", first, last, first is None)
    first, _ = _month_span(1, int(g[0]))
    _, last = _month_span(12, int(g[0]))
    return DateMatch(m.start(), m.end(), m.group(0), "year", first, last, first is None)


def read_date(text: str) -> DateMatch | None:
    """The first date or period in text."""
    found = find_dates(text)
    return found[0] if found else None
