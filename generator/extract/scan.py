"""One pass over a report's text for what is true of every figure and date in it.

- the figures seen (for the coverage ratio and the review output);
- malformed and ambiguous numbers, malformed and impossible dates -> quality flags.
The signature block (names, e-mails) is skipped. Pure.

When a well-formed day is an *impossible date* (`window` = (programme start, report date +
grace), from metadata.year_window). Reports legitimately cite old documents (`Nghị định số
87/2020/NĐ-CP ngày 28 tháng 7 năm 2020`), legal cut-offs (`trước ngày 01/7/1996`) and future
start dates or deadlines (`từ ngày 01/7/2024`, `trước ngày 30/6/2025`), so a date outside the
window alone proves nothing. A day is flagged only when one of these holds:

1. *after the report*: later than the window's end, and not introduced as a start date,
   deadline or plan (`từ`, `kể từ`, `trước`, `hạn`, `chậm nhất`, `dự kiến`, `sẽ`, the end of
   a `từ … đến …` range; a lone `đến ngày` means "as of" and counts as an event)
   and not alone in a table cell (a deadline column); a report cannot cite what had not
   happened when it was written;
2. *a programme event before the programme*: earlier than the window's start (Decision
   06/QĐ-TTg, 6 January 2022) while the act it dates is about the programme: its own
   words, up to the next date or clause end, name Đề án 06 (`Công văn số 3673/CAT-PC06 ngày
   13/9/2014 về việc ... thực hiện Đề án 06`: a typo for 2024);
3. *number and date disagree*: a document number that carries its year (`57/2023/QĐ-UBND`)
   dated in another year (`ngày 22/9/2013`).

The words (the programme's name, forward words, range and document-date words) are
vocabulary (programme, forward_date, date_range, calendar, document_date), as patterns built
once per References.
"""
from __future__ import annotations

import re
from datetime import date

from generator.codelists import References
from generator.dates import find_dates
from generator.document import Document
from generator.extract.base import Extraction, signature
from generator.reading.read import ReadFigure, read_figures
from generator.fold import fold
from generator.vocabulary import alternatives


def scan(doc: Document, refs: References, window: tuple[date, date]) -> tuple[list[ReadFigure], Extraction]:
    """(every figure read outside the signature block, flags): malformed and ambiguous
    numbers among the figures, malformed and impossible dates anywhere."""
    out = Extraction()
    skip = signature(doc, refs)
    vocab = words(refs)
    low, high = window
    flagged_dates: set[tuple[int, str]] = set()
    for block in doc.blocks():
        if block.first_line in skip:
            continue
        for d in find_dates(block.text):
            line, quote = block.quote(d.start, d.end)
            _check_date(out, d, block.text, line, quote, low, high, flagged_dates, vocab)
    for number, line in enumerate(doc.lines, start=1):
        if number in skip or not doc.is_table(number):
            continue
        text = line.strip()
        for d in find_dates(text):
            _check_date(out, d, text, number, _clip(text, d.start, d.end), low, high, flagged_dates, vocab)
    figures = read_figures(doc, refs)
    for fig in figures:
        if fig.malformed:
            out.flag("malformed_number", fig.printed, f"The number '{fig.printed}' is not well formed; it is kept as printed and not used in computations." if fig.value is None else f"The number '{fig.printed}' is not well formed; read as {fig.value:g}.", f"Con số '{fig.printed}' viết sai định dạng.", fig.line, fig.quote)
        elif fig.ambiguous:
            alts = " or ".join(f"{a:g}" for a in fig.alternatives)
            out.flag("ambiguous_number", fig.printed, f"'{fig.printed}' could be {alts}; not decided.", f"'{fig.printed}' có thể là {alts}; chưa xác định.", fig.line, fig.quote, computed=alts)
    return figures, out


_CLAUSE_END = re.compile(r"[;]|\.\s|</li>|\n")


class Words:
    """The date words of this module as patterns, built once per References (`words(refs)`)."""

    def __init__(self, refs: References) -> None:
        def alt(category: str, *values: str, form: str = "folded") -> str:
            return alternatives(refs.terms(category, *values, form=form), space=" ")

        day, through = alt("calendar", "day"), alt("date_range", "through")
        self.programme = re.compile(rf"\b{alt('programme', 'de_an_06')}\b")  # folded (the name; not its horizon)
        self.forward = re.compile(rf"\b{alt('forward_date')}\s*(?:(?:{through} )?{day})?\s*$")  # folded
        # "đến ngày" is a deadline only as the end of a "từ ... đến ..." range; alone it means "as of"
        self.range_end = re.compile(rf"\b{alt('date_range', 'from')}\b.{{0,60}}\b{alt('date_range', 'to')}\s*(?:{through}\s+)?(?:{day})?\s*$")  # folded
        self.number_year = re.compile(  # a document number that carries its year, then its date
            rf"\b\d+/(?P<year>(?:19|20)\d\d)/[\wĐđ-]+\s*(?:{alt('document_date', 'of', form='exact')}\s+[^,;.]{{0,60}}?\s*)?"
            rf"(?:{alt('document_date', 'issued', form='exact')}\s+)?(?:{alt('calendar', 'day', form='exact')}\s*)?$",
            re.IGNORECASE,
        )


def words(refs: References) -> Words:
    return refs.prepare("scan_words", Words)


def _impossible(d, text: str, low: date, high: date, vocab: Words) -> tuple[str, str]:
    """(English, Vietnamese) reason why the well-formed day d (at d.start..d.end in text)
    cannot be right, or ('', '')."""
    day = d.first
    before = text[max(0, d.start - 120) : d.start]
    cited = vocab.number_year.search(before)
    if cited and int(cited.group("year")) != day.year:
        return (f"The document number says {cited.group('year')} but its date is {day.isoformat()}.",
                f"Số văn bản ghi năm {cited.group('year')} nhưng ngày ban hành là {day:%d/%m/%Y}.")
    cell_before = text[text.rfind("\t", 0, d.start) + 1 : d.start]
    cell_after = text[d.end :].split("\t", 1)[0]
    alone_in_cell = "\t" in text and not cell_before.strip() and not cell_after.strip(" .;")
    forward = vocab.forward.search(fold(before[-30:])) or vocab.range_end.search(fold(before[-90:]))
    if day > high and not alone_in_cell and not forward:
        return (f"The date {day.isoformat()} is after the report was written (latest plausible {high.isoformat()}).",
                f"Ngày {day:%d/%m/%Y} muộn hơn thời điểm lập báo cáo (muộn nhất {high:%d/%m/%Y}).")
    if day < low:
        following = [x.start for x in find_dates(text[d.end : d.end + 200])]
        subject = text[d.end : d.end + (following[0] if following else 200)]
        stop = _CLAUSE_END.search(subject)
        subject = subject[: stop.start()] if stop else subject
        if vocab.programme.search(fold(subject)):
            return (f"The date {day.isoformat()} dates an act about Đề án 06, which began on {low.isoformat()}.",
                    f"Ngày {day:%d/%m/%Y} gắn với việc thực hiện Đề án 06, trong khi Đề án bắt đầu từ {low:%d/%m/%Y}.")
    return "", ""


def _check_date(out: Extraction, d, text: str, line: int, quote: str, low: date, high: date, done: set[tuple[int, str]], vocab: Words) -> None:
    key = (line, d.printed)
    if key in done:
        return
    done.add(key)
    if d.malformed:
        out.flag("malformed_date", d.printed, f"The date '{d.printed}' is malformed" + (f"; read as {d.first.isoformat()}." if d.first else "; it cannot exist."), f"Ngày '{d.printed}' viết sai định dạng.", line, quote, computed=d.first.isoformat() if d.first else "")
    elif d.precision == "day" and d.first:
        reason, reason_vi = _impossible(d, text, low, high, vocab)
        if reason:
            out.flag("impossible_date", d.printed, reason, reason_vi, line, quote, computed=f"{low.isoformat()}..{high.isoformat()}")


def _clip(text: str, start: int, end: int) -> str:
    from generator.document import window

    return window(text, start, end)
