"""Read numbers printed in either convention: Vietnamese `1.609` / `91,43%` and English
`1,300,879` / `96.79%`.

The printed text is always kept. The reading is decided from the number's shape and,
where the shape alone cannot tell (`16,331`, `40,795`), from the kind of quantity that
follows it: a count is a whole number, a percentage or an amount in billions usually is
not. What stays undecided is returned as ambiguous with both candidate values, for a
check (a rate printed beside it) or a reviewer to settle. Pure functions; `read_number` is
memoised in a bounded lru_cache on (token, kind).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Kind = Literal["percent", "count", "scaled", "unknown"]
Style = Literal["vi", "en", "plain", "ambiguous"]

# Digits with '.' or ',' between digit runs; not glued to letters (footnote marks such as
# "xong1" are not figures) and not part of a date or a document number (`/`, `-`).
# The first digit comes first and the look-behind after it (`(?<![\w/.,-])\d+` as
# `\d(?<![\w/.,-]\d)\d*`: the same matches) so the scan can skip to the next digit.
NUMBER_TOKEN = re.compile(r"\d(?<![\w/.,-]\d)\d*(?:[.,]\d+)*(?:,(?=\s?%))?(?![\w/]|[.,]\d)")
_WELL_FORMED = re.compile(r"\d+(?:[.,]\d+)*[.,]?")
_SEPARATOR = re.compile(r"[.,]")


@dataclass(frozen=True)
class Reading:
    printed: str
    value: float | None
    style: Style
    malformed: bool = False
    alternatives: tuple[float, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.style == "ambiguous"


def _num(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


@lru_cache(maxsize=4096)
def read_number(printed: str, kind: Kind = "unknown") -> Reading:
    """Read one printed number token (digits, '.' and ',' only).

    Anything that is not a well-formed number comes back malformed, with a value only
    where the printed digits leave no doubt (`100,%` -> 100). A count that can only be
    read as a fraction (`1,23 hồ sơ`) is malformed with no value: a typo, not a guess.
    Memoised (a Reading is immutable).
    """
    reading = _read(printed, kind)
    if kind == "count" and not reading.malformed and isinstance(reading.value, float) and not reading.value.is_integer():
        return Reading(printed, None, "plain", malformed=True)
    return reading


def _read(printed: str, kind: Kind) -> Reading:
    token = printed.strip()
    if not _WELL_FORMED.fullmatch(token):
        return Reading(printed, None, "plain", malformed=True)
    trailing = token[-1] in ".,"
    if trailing:  # "100,%" : a separator with nothing after it; a value only if plain digits precede
        rest = token[:-1]
        return Reading(printed, float(int(rest)) if rest.isdigit() else None, "plain", malformed=True)
    seps = _SEPARATOR.findall(token)
    groups = _SEPARATOR.split(token)
    if not seps:
        return Reading(printed, int(token), "plain")
    if len(set(seps)) == 2:
        decimal = seps[-1]
        grouping = seps[:-1]
        if len(set(grouping)) != 1 or grouping[0] == decimal or not _grouped(groups[:-1]):
            return Reading(printed, None, "plain", malformed=True)
        value = float("".join(groups[:-1]) + "." + groups[-1])
        return Reading(printed, value, "vi" if decimal == "," else "en")
    sep = seps[0]
    if len(seps) > 1:
        if not _grouped(groups):
            return Reading(printed, None, "plain", malformed=True)
        return Reading(printed, int("".join(groups)), "vi" if sep == "." else "en")
    whole, frac = groups
    decimal_value = float(f"{whole}.{frac}")
    decimal_style: Style = "vi" if sep == "," else "en"
    if len(frac) != 3 or len(whole) > 3 or whole.startswith("0"):
        if len(frac) == 3 and (len(whole) > 3 or whole.startswith("0")) and kind == "count":
            return Reading(printed, None, "plain", malformed=True)
        return Reading(printed, decimal_value, decimal_style)
    grouped_value = int(whole + frac)
    grouped_style: Style = "vi" if sep == "." else "en"
    if kind == "count":
        return Reading(printed, grouped_value, grouped_style)
    if kind == "percent" or (kind == "scaled" and sep == ","):
        return Reading(printed, decimal_value, decimal_style)
    if kind == "scaled":  # `137.033 triệu đồng`: '.' before three digits groups thousands (`1.95 triệu` is decimal above)
        return Reading(printed, grouped_value, "vi")
    if sep == ".":  # the Vietnamese default: '.' groups thousands
        return Reading(printed, grouped_value, "vi")
    return Reading(printed, None, "ambiguous", alternatives=(grouped_value, decimal_value))


_CANDIDATE = re.compile(r"\d[\d.,]*\d(?:\s?%)?")  # a run of digits with separators, and a `%` after it
_EN_SIGN = re.compile(r"\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}\.\d{1,2}\s?%")
_VI_SIGN = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3},\d{1,2}\s?%")
CONVENTION_SIGNS = 3  # numbers only one convention can print, needed to settle a text's own
CONVENTION_MARGIN = 3  # ... and this many times as many as the other convention's


def text_convention(text: str) -> Style | None:
    """The number convention a whole text prints in, from the numbers only one convention can
    print (`1,234,567`, `1,234.5`, `77.18%` English; `1.234.567`, `1.234,5`, `77,18%`
    Vietnamese): "en" or "vi" when one has at least CONVENTION_SIGNS of them and
    CONVENTION_MARGIN times the other's, else None (a text that mixes both settles nothing)."""
    en = vi = 0
    for m in _CANDIDATE.finditer(text):
        token = m.group(0)
        if "," not in token and "." not in token:
            continue
        if _EN_SIGN.fullmatch(token):
            en += 1
        elif _VI_SIGN.fullmatch(token):
            vi += 1
    if en >= CONVENTION_SIGNS and en >= CONVENTION_MARGIN * vi:
        return "en"
    if vi >= CONVENTION_SIGNS and vi >= CONVENTION_MARGIN * en:
        return "vi"
    return None


def _grouped(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def resolve(reading: Reading, value: float) -> Reading:
    """Settle an ambiguous reading on the candidate a check confirmed."""
    if not reading.ambiguous or value not in reading.alternatives:
        return reading
    style: Style = "en" if value == reading.alternatives[0] else "vi"
    return Reading(reading.printed, value, style)


def format_vi(value: float | None, decimals: int = 2) -> str:
    """Vietnamese display: 1.234.567 and 91,43."""
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_en(value: float | None, decimals: int = 2) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
