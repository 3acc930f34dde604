"""Numbers and dates as readers of each language expect them (`1.234,5` / `1,234.5`;
`14/02/2024` / `14 Feb 2024`). Pure functions."""
from __future__ import annotations

from typing import Any

from generator.numbers import format_en, format_vi

MONTHS_EN = _MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Vega number / time locales for chart axes, by language (falls back to English).
CHART_LOCALES = {
    "vi": {
        "number": {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["", " ₫"]},
        "time": {
            "dateTime": "%A, %d/%m/%Y %X", "date": "%d/%m/%Y", "time": "%H:%M:%S",
            "periods": ["SA", "CH"],
            "days": ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
            "shortDays": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
            "months": [f"tháng {i}" for i in range(1, 13)],
            "shortMonths": [f"Th{i}" for i in range(1, 13)],
        },
    },
}


def number(value: Any, lang: str, decimals: int = 2) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    if not isinstance(value, (int, float)):
        return str(value)
    return format_vi(value, decimals) if lang == "vi" else format_en(value, decimals)


def date(value: Any, lang: str) -> str:
    """ISO date (or date-time) text in the reader's style; other text unchanged."""
    if not value:
        return ""
    text = str(value)[:10]
    parts = text.split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return str(value)
    year, month, day = parts
    if lang == "vi":
        return f"{day}/{month}/{year}"
    return f"{int(day)} {_MONTHS_EN[int(month) - 1]} {year}"


def period(start: Any, end: Any, lang: str) -> str:
    if start and end:
        return f"{date(start, lang)} – {date(end, lang)}"
    return date(end or start, lang)


def year(value: Any) -> str:
    text = str(value or "")
    return text[:4] if text[:4].isdigit() else ""
