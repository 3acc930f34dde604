"""Personal data in everything the project publishes. Pure functions, no I/O.

One rule, two places it is applied, never elsewhere:
- `published_lines`: a report's text as published (texts/ of the package, the site's report
  pages): signature-block lines become PLACEHOLDER, every other line goes through `redact`;
- `redact_tables`: every text cell of every published table (hence the CSVs, the JSON
  downloads, the zip, the site pages and its search index) goes through `redact`, and a
  `source_quote` is cut from its line *as published*, so it stays an exact substring of that
  line of texts/ (a quote from a hidden line is PLACEHOLDER itself).

What is personal data here:
- e-mail addresses and phone numbers anywhere (`redact`): a number after a phone word
  (`ĐT`, `SĐT`, `Fax`, `Hotline` …) in any grouping; a bare Vietnamese mobile (0 or +84,
  then 9 digits: `0905 123 456`, `090.512.3456`, `+84 905 123 456`) or landline (`02…`, 11
  digits; `(0255) 3822 123`) in the usual groupings. Figures are never phone numbers: a
  number whose first group is shorter than three digits (`0 120 96`, `05 12 34`), any other
  group shorter than two, any digit count other than 10/11, or that runs on as a figure
  (`0905.123.456.789`, `0,5%`) is left alone.
- the signature block (`signature_lines`): from a line starting `Nơi nhận` (the
  distribution list) to the next `Phụ lục` (appendix) heading or the end; a signature with no
  `Nơi nhận`, recognised by its shape (upper-case title lines such as `TM. ỦY BAN NHÂN DÂN`,
  `KT. CHỦ TỊCH`, `TỔ TRƯỞNG`, then a person's name, at the end of the body or of an
  appendix); digital-signature stamps: the trailing stamp blocks (`Name<x@y> đã ký lên văn
  bản này!`, certificate authority, timestamp) and, anywhere, the stamp lines `Ký bởi:`,
  `Email:`, `Thời gian ký:` … (with the `Cơ quan:` / `Chức vụ:` lines next to them).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Any

from generator.fold import fold

PLACEHOLDER = "[đã ẩn thông tin cá nhân / personal data removed]"
EMAIL_MARK = "[e-mail]"
PHONE_MARK = "[tel]"

# ---------------------------------------------------------------- signature blocks

# Leading decoration a converted heading may carry: spaces, Markdown marks, HTML tags.
_DECORATION = re.compile(r"^(?:\s|[#*_>]|<[^>]{0,40}>)*")
_START = re.compile(r"nơi nhận\b", re.IGNORECASE)
_APPENDIX = re.compile(r"phụ lục\b", re.IGNORECASE)
# A stamp block: the signer line, the certificate authority's line, or a bare timestamp.
_STAMP = re.compile(
    r"đã ký lên văn bản|chứng thực số và bảo mật|^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?\s*$",
    re.IGNORECASE,
)
# Stamp lines wherever they are (folded: with or without accents).
_STAMP_LINE = re.compile(r"^(?:ky boi|nguoi ky|thoi gian ky|ngay ky|e-?mail|thu dien tu)\s*:")
_STAMP_NEAR = re.compile(r"^(?:co quan|chuc vu|to chuc|don vi)\s*:")  # hidden next to a stamp line
# Title lines of a signature (folded), printed in upper case.
_TITLE = re.compile(
    r"^(?:(?:tm|kt|tl|tuq|q|t/m)\s*[./]?\s*)?"
    r"(?:uy ban nhan dan|ubnd|(?:pho )?chu tich|to (?:truong|pho)|(?:pho )?truong ban|(?:pho )?giam doc|(?:pho )?chanh van phong"
    r"|(?:pho )?truong cong an|(?:pho )?truong phong|(?:pho )?cuc truong|thu truong|ban chi dao|to cong tac|van phong|cong an|so )\b"
)
_SIGNED = re.compile(r"^\(\s*(?:da ky|ky|ky ten|ky va)\b[^)]*\)\.?$")  # "(Đã ký)", "(ký, đóng dấu)"
_RANK = r"(?:(?:Đại|Thượng|Trung|Thiếu) (?:tá|úy|uý|tướng)|ThS\.|TS\.|KS\.|Ths\.)\s+"
_PERSON = re.compile(rf"^(?:{_RANK})?(?:[^\W\d_][^\W\d_]*\s){{1,4}}[^\W\d_]+$")
_ORG_WORDS = re.compile(r"\b(?:van phong|uy ban|ubnd|so|cong an|tinh|huyen|cuc|bo|ban|to|phong|truong|noi nhan|phu luc|bao cao)\b")


def _bare(line: str) -> str:
    return _DECORATION.sub("", unicodedata.normalize("NFC", line)).strip().strip("*").strip()


def _is_start(line: str) -> bool:
    return bool(_START.match(_bare(line)))


def _is_appendix(line: str) -> bool:
    return bool(_APPENDIX.match(_bare(line)))


def _trailing_stamps(lines: list[str]) -> set[int]:
    """1-based numbers of the stamp blocks at the end of the text (blank-separated blocks,
    walked backwards while each block holds a stamp marker)."""
    out: set[int] = set()
    index = len(lines)
    while index > 0:
        while index > 0 and not lines[index - 1].strip():
            index -= 1
        end = index
        while index > 0 and lines[index - 1].strip():
            index -= 1
        block = range(index + 1, end + 1)
        if not block or not any(_STAMP.search(unicodedata.normalize("NFC", lines[n - 1])) for n in block):
            break
        out.update(range(index + 1, len(lines) + 1))
    return out


def _stamp_lines(lines: list[str]) -> set[int]:
    """`Ký bởi:`, `Email:`, `Thời gian ký:` … lines anywhere, and the `Cơ quan:` / `Chức vụ:`
    lines within two lines of one (only a line's first characters are looked at)."""
    folded = [fold(_bare(line[:60])) if ":" in line[:60] else "" for line in lines]
    stamps = {n for n, text in enumerate(folded, start=1) if text and _STAMP_LINE.match(text)}
    near = {n for n, text in enumerate(folded, start=1)
            if text and _STAMP_NEAR.match(text) and any(m in stamps for m in range(n - 2, n + 3))}
    return stamps | near


def _is_title(bare: str) -> bool:
    return bool(bare) and bare.isupper() and bool(_TITLE.match(fold(bare)))


def _is_person(bare: str) -> bool:
    """A person's name as printed under a signature: 2-5 words, each capitalised (or the whole
    name in capitals), letters only, no organisation words."""
    if not _PERSON.match(bare):
        return False
    words = re.sub(_RANK, "", bare).split()
    if not all(w[0].isupper() for w in words):
        return False
    return not _ORG_WORDS.search(fold(bare)) and not _is_title(bare)


def _shaped_blocks(lines: list[str], hidden: set[int], ends: list[int]) -> set[int]:
    """Signatures without `Nơi nhận`: title lines then a person's name, ending the body (the
    line before `Nơi nhận` or an appendix heading, `ends`, or the end of the text; blank and
    already hidden lines aside)."""
    out: set[int] = set()
    for end in ends + [len(lines)]:
        n = end
        while n >= 1 and (not lines[n - 1].strip() or n in hidden or _bare(lines[n - 1]) in ("./.", ".")):
            n -= 1
        if n < 1 or not _is_person(_bare(lines[n - 1])):
            continue
        name, first, k = n, None, n - 1
        while k >= 1 and name - k <= 8:
            bare = _bare(lines[k - 1])
            if not bare or _SIGNED.match(fold(bare)):
                k -= 1
            elif _is_title(bare):
                first, k = k, k - 1
            else:
                break
        if first is not None:
            out.update(range(first, name + 1))
    return out


def signature_lines(lines: list[str]) -> set[int]:
    """1-based numbers of the lines that belong to a signature block or a signature stamp."""
    out: set[int] = set()
    ends: list[int] = []  # the lines before each `Nơi nhận` and appendix heading
    inside = False
    for number, line in enumerate(lines, start=1):
        head = line[:80]  # a heading's words come first: long table rows are not read whole
        if _is_start(head):
            inside = True
            ends.append(number - 1)
        elif _is_appendix(head):
            inside = False
            ends.append(number - 1)
        if inside:
            out.add(number)
    out |= _trailing_stamps(lines) | _stamp_lines(lines)
    return out | _shaped_blocks(lines, out, ends)


# ---------------------------------------------------------------- e-mails and phone numbers

EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)*)?")
# Runs of digits and the separators phone numbers are written with: every phone number is in
# one that holds at least eight digits (a leading \\d lets the regex engine skip prose fast).
_RUN = re.compile(r"\d[\d .()/+-]*\d")
# A phone word right before a run: "ĐT: 0243.7738668", "Fax (024) 3773 8668", "SĐT 0905 …".
_WORD_BEFORE = re.compile(
    r"\b(?:ĐT|SĐT|ĐTDĐ|ĐTCĐ|Điện thoại(?: di động)?|Tel|Telephone|Phone|Fax|Hotline|Di động|Mobile|Zalo)\b\.?\s*:?\s*[(+]*$",
    re.IGNORECASE,
)
# Candidates for a bare number: a country code or a 0, then digit groups; not inside a word,
# a figure or a document number (`12/BC-0905…`).
# The first group holds the 0 and at least two more digits (`0 120 96` is a row of figures).
_PHONE_CANDIDATE = re.compile(r"(?<![\w.,/+@])(?<![^\W\d_]-)(?:\(\s?\+84\s?\)|\+84|\(0\d{1,3}\)|0\d\d)(?:[ .-]?\d+)*")
_GROUPS = re.compile(r"\d+")
_RUNS_ON = re.compile(r"[\w/]|[.,]\d")  # what may not follow a phone number: it would be a figure


def _is_phone(digits: str) -> bool:
    """0 + 9 digits for a mobile (03, 05, 07, 08, 09), 0 + 10 for a landline (02x area code)."""
    return (len(digits) == 10 and digits[1] in "35789") or (len(digits) == 11 and digits[1] == "2")


def _bare_phone_end(text: str, m: re.Match[str]) -> int | None:
    """End of the longest phone number the candidate begins with, or None."""
    found = m.group()
    international = found.lstrip("( ").startswith("+")
    groups = [(g.start(), g.end()) for g in _GROUPS.finditer(found)]
    if international:  # drop the 84 ("+84905123456": the rest of its group)
        a, b = groups[0]
        groups = ([(a + 2, b)] if b - a > 2 else []) + groups[1:]
        if not groups:
            return None
    for count in range(min(len(groups), 5), 0, -1):
        chosen = groups[:count]
        digits = ("0" if international else "") + "".join(found[a:b] for a, b in chosen)
        sizes = [b - a for a, b in chosen]
        first = sizes[0] + (1 if international else 0)
        if count > 1 and (first < 3 or min(sizes[1:]) < 2):
            continue
        end = m.start() + chosen[-1][1]
        if _is_phone(digits) and not _RUNS_ON.match(text, end):
            return end
    return None


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, mark) of every e-mail address and phone number in text, in order, not
    overlapping."""
    found: list[tuple[int, int, str]] = []
    if "@" in text:
        found += [(m.start(), m.end(), EMAIL_MARK) for m in EMAIL.finditer(text)]
    for run in _RUN.finditer(text):
        if sum(ch.isdigit() for ch in run.group()) < 8:
            continue
        start = run.start()
        while start > 0 and text[start - 1] in "(+":
            start -= 1
        if text[start] in "0+(" and _WORD_BEFORE.search(text, max(0, start - 30), start):
            found.append((start, run.end(), PHONE_MARK))  # after a phone word: any grouping
            continue
        pos = max(0, run.start() - 6)  # room for "(+84) "
        while (m := _PHONE_CANDIDATE.search(text, pos, run.end())) is not None:
            end = _bare_phone_end(text, m)
            if end is not None:
                found.append((m.start(), end, PHONE_MARK))
                pos = end
            else:  # a phone number may still begin inside this candidate ("05 0905 123 456")
                pos = m.start() + 1
    if len(found) < 2:
        return found
    found.sort(key=lambda s: (s[0], -s[1]))
    out = [found[0]]
    for span in found[1:]:
        if span[0] < out[-1][1]:  # overlapping: one span covering both
            if span[1] > out[-1][1]:
                out[-1] = (out[-1][0], span[1], out[-1][2])
            continue
        out.append(span)
    return out


def _apply(text: str, found: list[tuple[int, int, str]], start: int = 0, end: int | None = None) -> str:
    end = len(text) if end is None else end
    parts, at = [], start
    for a, b, mark in found:
        if b <= start or a >= end:
            continue
        parts.append(text[at:a])
        parts.append(mark)
        at = b
    parts.append(text[at:end])
    return "".join(parts)


def redact(text: str) -> str:
    """The text with e-mail addresses and phone numbers replaced by `[e-mail]` / `[tel]`."""
    found = spans(text)
    return _apply(text, found) if found else text


def published_lines(lines: list[str]) -> list[str]:
    """A report's lines as published: signature-block lines (those with text) replaced by
    PLACEHOLDER, e-mails and phone numbers blanked everywhere else. Line for line."""
    hidden = signature_lines(lines)
    return [PLACEHOLDER if n in hidden and line.strip() else redact(line) for n, line in enumerate(lines, start=1)]


def redact_quote(line: str, quote: str, hidden: bool = False) -> str:
    """The published form of `quote`, an exact substring of `line` (a line of the report's
    text as read): the matching substring of the line as published. A quote that cuts into
    an e-mail or phone number is widened to take all of it (so no part of one is left);
    a quote from a hidden line is PLACEHOLDER."""
    if hidden and line.strip():
        return PLACEHOLDER
    pos = line.find(quote)
    if pos < 0:
        return redact(quote)
    found = spans(line)
    start, end = pos, pos + len(quote)
    for a, b, _ in found:
        if a < end and b > start:
            start, end = min(start, a), max(end, b)
    return _apply(line, found, start, end)


# ---------------------------------------------------------------- published tables

# Control characters no published text holds (tab and line feed are text: a table row's
# cells, a list inside a cell): C0 but those two, DEL, C1, the Unicode line and paragraph
# separators. Report text has them read as a space (generator.sources), code-list cells are
# refused (generator.codelists), and a published cell never holds one (redact_tables).
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")

Row = dict[str, Any]


# A cell needs a closer look only with an @, a control character, or eight characters of
# digits and separators in a row (two searches in C; most cells of a package have none).
_SPECIAL = re.compile("[@" + CONTROL.pattern[1:])
_RUN8 = re.compile(r"\d[\d .()/+-]{6,}\d")


def _clean(value: str) -> str:
    value = redact(value)
    return CONTROL.sub(" ", value) if CONTROL.search(value) else value


def redact_tables(tables: dict[str, list[Row]], published: Callable[[str], list[str] | None],
                  original: Callable[[str], list[str] | None]) -> dict[str, list[Row]]:
    """Every table as published: each text cell through `redact` (and no control character
    but tab and line feed), and each `source_quote` of a row with `report_id` and
    `source_line` cut from its line as published (`published(report_id)`: the report's
    published lines), so that it is an exact substring of that line of texts/. The report's
    original lines (`original(report_id)`, read only when needed: a quote that touches a
    blanked span) say where the quote sits. Rows are copied only when a cell changes; the
    input is not modified."""
    out: dict[str, list[Row]] = {}
    quotes: dict[str, list[tuple[str, int]]] = {}
    for table, rows in tables.items():
        new_rows = []
        for row in rows:
            new = None
            quoted = isinstance(row.get("source_quote"), str) and row.get("report_id") and isinstance(row.get("source_line"), int)
            for key, value in row.items():
                if value.__class__ is not str or (quoted and key == "source_quote") or not (_RUN8.search(value) or _SPECIAL.search(value)):
                    continue
                clean = _clean(value)
                if clean != value:
                    new = new if new is not None else dict(row)
                    new[key] = clean
            if quoted:
                quotes.setdefault(row["report_id"], []).append((table, len(new_rows)))
            new_rows.append(new if new is not None else row)
        out[table] = new_rows
    for report_id, places in quotes.items():
        lines = published(report_id)
        source: list[str] | None = None
        for table, index in places:
            row = out[table][index]
            quote, number = row["source_quote"], row["source_line"]
            line = lines[number - 1] if lines and 1 <= number <= len(lines) else None
            if line is not None and quote in line:
                continue  # what texts/ publishes on that line
            if source is None:
                source = original(report_id) or []
            if line is not None and 1 <= number <= len(source):
                clean = redact_quote(source[number - 1], quote, hidden=line == PLACEHOLDER)
                if clean not in line:
                    clean = _clean(quote)
            else:
                clean = _clean(quote)
            out[table][index] = {**row, "source_quote": clean}
    return out


def phone_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every phone number in text (what `redact` blanks as `[tel]`)."""
    return [(a, b) for a, b, mark in spans(text) if mark == PHONE_MARK]
