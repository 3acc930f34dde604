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

The words (phone words, `Nơi nhận`, `Phụ lục`, stamp labels, signature titles, ranks,
organisation words) are vocabulary (codelists/vocabulary.csv: phone_word, document_part,
signature_stamp, signature_title, rank, org_word), built into `Rules` once per References
(`rules(refs)`). Every function takes `rules`; without it, `default_rules()`: the rules of
the project's own codelists/ (for callers that hold no References: the site's report
pages and the figure reader's phone check).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from generator.fold import fold
from generator.vocabulary import alternatives

if TYPE_CHECKING:
    from generator.codelists import References

PLACEHOLDER = "[đã ẩn thông tin cá nhân / personal data removed]"
EMAIL_MARK = "[e-mail]"
PHONE_MARK = "[tel]"

# ---------------------------------------------------------------- signature blocks

# Leading decoration a converted heading may carry: spaces, Markdown marks, HTML tags.
_DECORATION = re.compile(r"^(?:\s|[#*_>]|<[^>]{0,40}>)*")
# A bare timestamp line of a stamp block.
_TIMESTAMP = r"^\s*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:[+-]\d{2}:?\d{2}|Z)?\s*$"


class Rules:
    """What personal data looks like, as patterns built from the vocabulary once per
    References (`rules(refs)`); `fingerprint` changes with the words (cached published
    texts are keyed by it)."""

    def __init__(self, refs: References) -> None:
        def terms(category: str, *values: str, form: str = "folded") -> list[str]:
            return refs.terms(category, *values, form=form)

        def alt(words: list[str]) -> str:
            return alternatives(words, space=" ")

        used = []

        def take(category: str, *values: str, form: str = "folded") -> list[str]:
            found = terms(category, *values, form=form)
            used.append((category, values, form, found))
            return found

        self.start = re.compile(rf"{alt(take('document_part', 'distribution', form='printed'))}\b", re.IGNORECASE)
        self.appendix = re.compile(rf"{alt(take('document_part', 'appendix', form='printed'))}\b", re.IGNORECASE)
        # the next report's heading in capitals (`BÁO CÁO TUẦN 2 THÁNG 11/2025`: reports pasted one after another)
        self.report = re.compile(rf"{alt([w.upper() for w in take('document_part', 'report', form='printed')])}\b")
        # a stamp block: the signer line, the certificate authority's line, or a bare timestamp
        self.stamp = re.compile(rf"{alt(take('signature_stamp', 'stamp', form='printed'))}|{_TIMESTAMP}", re.IGNORECASE)
        # stamp lines wherever they are (folded: with or without accents), and the lines hidden next to one
        self.stamp_line = re.compile(rf"^{alt(take('signature_stamp', 'signed_by', 'signer', 'signed_at', 'email'))}\s*:")
        self.stamp_near = re.compile(rf"^{alt(take('signature_stamp', 'organisation', 'detail'))}\s*:")
        # title lines of a signature (folded), printed in upper case
        on_behalf = alt(take("signature_title", "on_behalf", "on_behalf_variant"))
        titles, department = alt(take("signature_title", "title")), alt(take("signature_title", "department"))
        self.title = re.compile(rf"^(?:{on_behalf}\s*[./]?\s*)?(?:{titles}|{department} )\b")
        self.signed = re.compile(rf"^\(\s*{alt(take('signature_title', 'signed'))}\b[^)]*\)\.?$")  # "(Đã ký)", "(ký, đóng dấu)"
        rank = refs.term_values("rank", form="printed")
        used.append(("rank", (), "printed", rank))
        self.rank = rf"(?:{alt(rank.get('grade', []))} {alt(rank.get('officer', []))}|{alt(rank.get('degree', []))})\s+"
        self.person = re.compile(rf"^(?:{self.rank})?(?:[^\W\d_][^\W\d_]*\s){{1,4}}[^\W\d_]+$")
        self.org_words = re.compile(rf"\b{alt(take('org_word'))}\b")
        # a phone word right before a run: "ĐT: 0243.7738668", "Fax (024) 3773 8668", "SĐT 0905 …"
        self.word_before = re.compile(rf"\b{alt(take('phone_word', form='printed'))}\b\.?\s*:?\s*[(+]*$", re.IGNORECASE)
        self.fingerprint = hashlib.sha256(repr(used).encode("utf-8")).hexdigest()[:12]


def rules(refs: References) -> Rules:
    return refs.prepare("redaction", Rules)


@cache
def default_rules() -> Rules:
    """The rules of the project's own code lists (codelists/ beside generator/), loaded once
    through References.load: for callers that hold no References (the site's report pages,
    the figure reader's phone check). Where References are at hand, pass `rules(refs)`."""
    from generator.codelists import References
    from generator.paths import GENERATOR_DIR

    return rules(References.load(GENERATOR_DIR.parent / "codelists"))


def _bare(line: str) -> str:
    return _DECORATION.sub("", unicodedata.normalize("NFC", line)).strip().strip("*").strip()


_FOOTNOTE_BODY = re.compile(r"^\s*\[\^[^\]\s]{1,12}\]:")


def _is_start(line: str, r: Rules) -> bool:
    return bool(r.start.match(_bare(line)))


def _is_appendix(line: str, r: Rules) -> bool:
    return bool(r.appendix.match(_bare(line)))


def is_next_report(line: str, r: Rules) -> bool:
    """A report's own heading in capitals (`BÁO CÁO TUẦN 2 THÁNG 11/2025`), as a file of reports pasted
    one after another starts its next."""
    bare = _bare(line)
    return bool(r.report.match(bare)) and bare == bare.upper()


def _trailing_stamps(lines: list[str], r: Rules) -> set[int]:
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
        if not block or not any(r.stamp.search(unicodedata.normalize("NFC", lines[n - 1])) for n in block):
            break
        out.update(range(index + 1, len(lines) + 1))
    return out


def _stamp_lines(lines: list[str], r: Rules) -> set[int]:
    """`Ký bởi:`, `Email:`, `Thời gian ký:` … lines anywhere, and the `Cơ quan:` / `Chức vụ:`
    lines within two lines of one (only a line's first characters are looked at)."""
    folded = [fold(_bare(line[:60])) if ":" in line[:60] else "" for line in lines]
    stamps = {n for n, text in enumerate(folded, start=1) if text and r.stamp_line.match(text)}
    near = {n for n, text in enumerate(folded, start=1)
            if text and r.stamp_near.match(text) and any(m in stamps for m in range(n - 2, n + 3))}
    return stamps | near


def _is_title(bare: str, r: Rules) -> bool:
    return bool(bare) and bare.isupper() and bool(r.title.match(fold(bare)))


def _is_person(bare: str, r: Rules) -> bool:
    """A person's name as printed under a signature: 2-5 words, each capitalised (or the whole
    name in capitals), letters only, no organisation words."""
    if not r.person.match(bare):
        return False
    words = re.sub(r.rank, "", bare).split()
    if not all(w[0].isupper() for w in words):
        return False
    return not r.org_words.search(fold(bare)) and not _is_title(bare, r)


def _shaped_blocks(lines: list[str], hidden: set[int], ends: list[int], r: Rules) -> set[int]:
    """Signatures without `Nơi nhận`: title lines then a person's name, ending the body (the
    line before `Nơi nhận` or an appendix heading, `ends`, or the end of the text; blank and
    already hidden lines aside)."""
    out: set[int] = set()
    for end in ends + [len(lines)]:
        n = end
        while n >= 1 and (not lines[n - 1].strip() or n in hidden or _bare(lines[n - 1]) in ("./.", ".")):
            n -= 1
        if n < 1 or not _is_person(_bare(lines[n - 1]), r):
            continue
        name, first, k = n, None, n - 1
        while k >= 1 and name - k <= 8:
            bare = _bare(lines[k - 1])
            if not bare or r.signed.match(fold(bare)):
                k -= 1
            elif _is_title(bare, r):
                first, k = k, k - 1
            else:
                break
        if first is not None:
            out.update(range(first, name + 1))
    return out


def signature_lines(lines: list[str], rules: Rules | None = None) -> set[int]:
    """1-based numbers of the lines that belong to a signature block or a signature stamp."""
    r = rules or default_rules()
    out: set[int] = set()
    ends: list[int] = []  # the lines before each `Nơi nhận` and appendix heading
    inside = False
    for number, line in enumerate(lines, start=1):
        head = line[:80]  # a heading's words come first: long table rows are not read whole
        if _is_start(head, r):
            inside = True
            ends.append(number - 1)
        elif _is_appendix(head, r) or _FOOTNOTE_BODY.match(head):
            inside = False  # an appendix, or the footnotes after the signature (`[^1]: …`)
            ends.append(number - 1)
        elif inside and is_next_report(head, r):
            inside = False  # the next report of a file of several (its heading block before it stays out)
        if inside:
            out.add(number)
    out |= _trailing_stamps(lines, r) | _stamp_lines(lines, r)
    return out | _shaped_blocks(lines, out, ends, r)


# ---------------------------------------------------------------- e-mails and phone numbers

EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+(?:\.[\w-]+)*)?")
# Runs of digits and the separators phone numbers are written with: every phone number is in
# one that holds at least eight digits (a leading \\d lets the regex engine skip prose fast).
_RUN = re.compile(r"\d[\d .()/+-]*\d")
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


def spans(text: str, rules: Rules | None = None) -> list[tuple[int, int, str]]:
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
        if text[start] in "0+(" and (rules or default_rules()).word_before.search(text, max(0, start - 30), start):
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


def redact(text: str, rules: Rules | None = None) -> str:
    """The text with e-mail addresses and phone numbers replaced by `[e-mail]` / `[tel]`."""
    found = spans(text, rules)
    return _apply(text, found) if found else text


def published_lines(lines: list[str], rules: Rules | None = None) -> list[str]:
    """A report's lines as published: signature-block lines (those with text) replaced by
    PLACEHOLDER, e-mails and phone numbers blanked everywhere else. Line for line."""
    rules = rules or default_rules()
    hidden = signature_lines(lines, rules)
    return [PLACEHOLDER if n in hidden and line.strip() else redact(line, rules) for n, line in enumerate(lines, start=1)]


def redact_quote(line: str, quote: str, hidden: bool = False, rules: Rules | None = None) -> str:
    """The published form of `quote`, an exact substring of `line` (a line of the report's
    text as read): the matching substring of the line as published. A quote that cuts into
    an e-mail or phone number is widened to take all of it (so no part of one is left);
    a quote from a hidden line is PLACEHOLDER."""
    if hidden and line.strip():
        return PLACEHOLDER
    pos = line.find(quote)
    if pos < 0:
        return redact(quote, rules)
    found = spans(line, rules)
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


def _clean(value: str, rules: Rules) -> str:
    value = redact(value, rules)
    return CONTROL.sub(" ", value) if CONTROL.search(value) else value


def redact_tables(tables: dict[str, list[Row]], published: Callable[[str], list[str] | None],
                  original: Callable[[str], list[str] | None], rules: Rules | None = None) -> dict[str, list[Row]]:
    """Every table as published: each text cell through `redact` (and no control character
    but tab and line feed), and each `source_quote` of a row with `report_id` and
    `source_line` cut from its line as published (`published(report_id)`: the report's
    published lines), so that it is an exact substring of that line of texts/. The report's
    original lines (`original(report_id)`, read only when needed: a quote that touches a
    blanked span) say where the quote sits. Rows are copied only when a cell changes; the
    input is not modified."""
    rules = rules or default_rules()
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
                clean = _clean(value, rules)
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
                clean = redact_quote(source[number - 1], quote, hidden=line == PLACEHOLDER, rules=rules)
                if clean not in line:
                    clean = _clean(quote, rules)
            else:
                clean = _clean(quote, rules)
            out[table][index] = {**row, "source_quote": clean}
    return out


def phone_spans(text: str, rules: Rules | None = None) -> list[tuple[int, int]]:
    """(start, end) of every phone number in text (what `redact` blanks as `[tel]`)."""
    return [(a, b) for a, b, mark in spans(text, rules) if mark == PHONE_MARK]
