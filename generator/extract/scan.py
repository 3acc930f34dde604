"""One pass over a report's text for what is true of every figure and date in it.

- the figures seen (for the coverage ratio and the review output);
- malformed and ambiguous numbers, malformed and impossible dates -> quality flags.
The signature block (names, e-mails) is skipped. Pure.
"""
from __future__ import annotations

from datetime import date

from generator.codelists import References
from generator.dates import find_dates
from generator.document import Document
from generator.extract.base import Extraction
from generator.figures import Figure, find_figures
from generator.redact import signature_lines


def scan(doc: Document, refs: References, window: tuple[date, date]) -> tuple[list[tuple[int, Figure, str]], Extraction]:
    """((line, figure, quote) for every figure seen, flags)."""
    out = Extraction()
    seen: list[tuple[int, Figure, str]] = []
    skip = signature_lines(doc.lines)
    low, high = window
    flagged_dates: set[tuple[int, str]] = set()
    blocks = [b for b in doc.blocks() if b.first_line not in skip]
    table_lines = [(n, line) for n, line in enumerate(doc.lines, start=1) if "\t" in line and n not in skip]
    for block in blocks:
        for fig in find_figures(block.text, refs.number_words):
            line, quote = block.quote(fig.start, fig.end)
            if line not in skip:
                seen.append((line, fig, quote))
        for d in find_dates(block.text):
            line, quote = block.quote(d.start, d.end)
            _check_date(out, d, line, quote, low, high, flagged_dates)
    for number, line in table_lines:
        text = line.strip()
        for fig in find_figures(text, refs.number_words):
            seen.append((number, fig, _clip(text, fig.start, fig.end)))
        for d in find_dates(text):
            _check_date(out, d, number, _clip(text, d.start, d.end), low, high, flagged_dates)
    for line, fig, quote in seen:
        if fig.reading.malformed:
            out.flag("malformed_number", fig.printed, f"The number '{fig.printed}' is not well formed; it is kept as printed and not used in computations." if fig.reading.value is None else f"The number '{fig.printed}' is not well formed; read as {fig.reading.value:g}.", f"Con số '{fig.printed}' viết sai định dạng.", line, quote)
        elif fig.reading.ambiguous:
            alts = " or ".join(f"{a:g}" for a in fig.reading.alternatives)
            out.flag("ambiguous_number", fig.printed, f"'{fig.printed}' could be {alts}; not decided.", f"'{fig.printed}' có thể là {alts}; chưa xác định.", line, quote, computed=alts)
    return seen, out


def _check_date(out: Extraction, d, line: int, quote: str, low: date, high: date, done: set[tuple[int, str]]) -> None:
    key = (line, d.printed)
    if key in done:
        return
    done.add(key)
    if d.malformed:
        out.flag("malformed_date", d.printed, f"The date '{d.printed}' is malformed" + (f"; read as {d.first.isoformat()}." if d.first else "; it cannot exist."), f"Ngày '{d.printed}' viết sai định dạng.", line, quote, computed=d.first.isoformat() if d.first else "")
    elif d.precision == "day" and d.first and not (low <= d.first <= high):
        out.flag("impossible_date", d.printed, f"The date {d.first.isoformat()} lies far outside the report's period ({low.year}–{high.year}).", f"Ngày {d.first.isoformat()} nằm xa ngoài kỳ báo cáo.", line, quote, computed=f"{low.isoformat()}..{high.isoformat()}")


def _clip(text: str, start: int, end: int) -> str:
    from generator.document import window

    return window(text, start, end)
