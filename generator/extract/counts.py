"""Status counts a report prints ("04 nhiệm vụ, mô hình đã triển khai xong¹", "Đang triển
khai: 20 (3, 4, 7, ...)", "Danh mục 42 mô hình") -> table status_counts, with the numbers
the report lists with them: inline in parentheses, as `1- Mô hình 1: ...` items that
follow, or in the footnote whose marker is glued to the clause (`xong1`).

Counts in the body are read from prose blocks; counts inside table cells only when they
come with a list. Group headings with a count (`(08 NHIỆM VỤ)`) are checked against the
rows under them. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.codelists import References
from generator.document import Block, Document
from generator.extract.base import Extraction, ReportMeta
from generator.extract.status import StatusMatch, last_status, statement_status
from generator.extract.tables import Cell, Table, quote_for, read_tables
from generator.fold import fold
from generator.vocabulary import alternatives, value_of, value_patterns

# (digit first, look-behind after it: `(?<![\w.,/])\d{1,3}` with a fast scan to digits)
_COUNT = r"(?P<n>\d(?<![\w.,/]\d)\d{{0,2}})(?![\w/]|[.,]\d)(?P<noun>\s+{nouns}\b)?"


class Words:
    """The vocabulary of the count reader (codelists/vocabulary.csv: count_noun,
    count_total, group_count_noun, model_number, inline_list), as patterns built once per
    References (`words(refs)`); matched in any case."""

    def __init__(self, refs: References) -> None:
        nouns = refs.term_values("count_noun", form="exact")
        self.count = re.compile(_COUNT.format(nouns=alternatives(w for words in nouns.values() for w in words)), re.IGNORECASE)
        self.subjects = value_patterns(nouns, re.IGNORECASE)  # the noun's subject: pilot_models / plan_tasks
        self.total = re.compile(rf"{alternatives(refs.terms('count_total'), space=' ')}\s*$")  # on folded text
        listing = refs.term_values("inline_list", form="exact")
        optional = "".join(rf"(?:{alternatives(listing.get(v, []))}\s+)?" for v in ("include", "plural", "noun", "number"))
        self.inline_list = re.compile(rf"\s*\(\s*{optional}(?P<nums>\d{{1,3}}(?:\s*[,;]\s*\d{{1,3}})+)\s*\)", re.IGNORECASE)
        model = refs.term_values("model_number", form="exact")
        self.model = alternatives(model.get("model", []))  # `Mô hình`
        self.pilot = alternatives(model.get("pilot", []))  # `Mô hình điểm`
        self.ordinal = alternatives(model.get("ordinal", []))  # `Mô hình số 3`, `Mô hình thứ 3`
        self.model_word = (refs.terms("model_number", "model", form="printed") or [""])[0]
        numbered = rf"{self.model}\s+(?:{self.ordinal}\s+)?(?P<num>\d{{1,3}})"
        self.item = re.compile(rf"^(?:•\s*)?\d{{1,3}}\s*[-.)]\s*{numbered}\s*:?\s*(?P<name>.*)$", re.IGNORECASE | re.MULTILINE)
        self.model_ref = re.compile(rf"{numbered}\s*:\s*", re.IGNORECASE)
        groups = refs.term_values("group_count_noun", form="exact")
        group_nouns = alternatives(w for words in groups.values() for w in words)
        self.group_count = re.compile(rf"\(\s*(?P<n>\d{{1,3}})\s+(?P<noun>{group_nouns})[^)]*\)", re.IGNORECASE)
        self.group_subjects = value_patterns(groups, re.IGNORECASE)


def words(refs: References) -> Words:
    return refs.prepare("count_words", Words)


_FOOTNOTE_MARK = re.compile(r"(?<![\w])[^\W\d_]*[a-zà-ỹđ][^\W\d_]*(?P<n>\d{1,2})(?=\s*(?:[;.,]|$))")
_CLAUSE_END = re.compile(r";|\.(?:\s|$)|\n")
_FOOTNOTE_STOP = re.compile(r"^\s*(?:[-+•–]\s|\d{1,2}(?:\.\d{1,2})+\.?\s|[IVX]{1,5}\.\s|#)")
_COLON_END = re.compile(r":\s*$")
_DIGITS = re.compile(r"\d+")
ADJACENT = 4  # characters allowed between a status phrase and the count it qualifies
_NUMBER_NEXT = re.compile(r"(?:\s+|\s*:\s*)\d")  # not a footnote mark glued to the word (`xong1`)


@dataclass
class Item:
    number: int
    name: str
    line: int
    quote: str
    reason: str = ""


@dataclass
class Count:
    subject: str  # pilot_models | plan_tasks
    status: str  # a status_id or "total"
    count: int
    printed: str
    phrase: str  # status words as printed
    line: int
    quote: str
    listed: list[int] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    kind: str = "list"  # list | footnote


def _subject(noun: str | None, vocab: Words) -> str | None:
    if not noun:
        return None
    return value_of(vocab.subjects, noun.strip())


def _status_near(text: str, start: int, end: int, refs: References) -> StatusMatch | None:
    """A status phrase right after the count's noun, else right before the number."""
    after = text[end:]
    stop = _CLAUSE_END.search(after)
    clause = after[: stop.start()] if stop else after
    found = statement_status(clause, refs)
    # `08 mô hình: đã hoàn thành 03 …`, `03 mô hình, đang triển khai 03 …`: a status
    # followed by a number qualifies that number, not this one
    if found and len(clause[: found.start].strip(" ,:")) == 0 and not _NUMBER_NEXT.match(clause, found.end):
        return StatusMatch(found.status, end + found.start, end + found.end, found.phrase)
    before = text[max(0, start - 120) : start]
    cut = max(before.rfind(ch) for ch in ";.\n•*")
    before = before[cut + 1 :]
    found = last_status(before, refs)
    if found and len(before) - found.end <= ADJACENT:
        offset = start - len(before)
        return StatusMatch(found.status, offset + found.start, offset + found.end, found.phrase)
    return None


@dataclass
class _Raw:
    start: int
    end: int  # end of the count's own words (number, noun, inline list)
    count: int
    printed: str
    subject: str | None
    status: str
    phrase: str
    listed: list[int]
    clause: str  # text after the count up to the clause end (for footnote markers)


def _scan(text: str, refs: References) -> list[_Raw]:
    vocab = words(refs)
    found: list[_Raw] = []
    for m in vocab.count.finditer(text):
        subject = _subject(m.group("noun"), vocab)
        colon = _COLON_END.search(text[max(0, m.start() - 3) : m.start()])
        if subject is None and not colon:
            continue
        near = _status_near(text, m.start(), m.end(), refs)
        if near:
            status, phrase = near.status, near.phrase
        elif subject and vocab.total.search(fold(text[max(0, m.start() - 30) : m.start()])):
            status, phrase = "total", text[max(0, m.start() - 30) : m.start()].strip()
        else:
            continue
        end = m.end()
        listed: list[int] = []
        inline = vocab.inline_list.match(text, end)
        if inline:
            listed = [int(x) for x in _DIGITS.findall(inline.group("nums"))]
            end = inline.end()
        rest = text[end:]
        stop = _CLAUSE_END.search(rest)
        found.append(_Raw(m.start(), end, int(m.group("n")), m.group("n"), subject, status, phrase, listed, rest[: stop.start() + 1] if stop else rest))
    # a bare "status: N" inherits the subject of the count before it
    for i, raw in enumerate(found):
        if raw.subject is None:
            raw.subject = next((f.subject for f in reversed(found[:i]) if f.subject), None)
    return [f for f in found if f.subject]


def _items_between(text: str, start: int, end: int, vocab: Words) -> list[tuple[int, str, int, int]]:
    return [(int(m.group("num")), m.group("name").strip(" ;,."), m.start(), m.end()) for m in vocab.item.finditer(text, start, end)]


def cell_counts(doc: Document, cell: Cell, refs: References) -> list[Count]:
    """Counts inside one table cell that come with the numbers they count."""
    raws = _scan(cell.text, refs)
    out = []
    for i, raw in enumerate(raws):
        stop = raws[i + 1].start if i + 1 < len(raws) else len(cell.text)
        items = []
        for number, name, start, end in _items_between(cell.text, raw.end, stop, words(refs)):
            line = cell.line_at(start) or cell.spans[0][1]
            snippet = cell.text[start:end].lstrip("• ")
            items.append(Item(number, name, line, quote_for(doc, line, snippet)))
        listed = raw.listed or [it.number for it in items]
        if not listed:
            continue
        line = cell.line_at(raw.start) or cell.spans[0][1]
        snippet = cell.text[max(0, raw.start - len(raw.phrase) - 3) : raw.end]
        out.append(Count(raw.subject or "", raw.status, raw.count, raw.printed, raw.phrase, line, quote_for(doc, line, snippet), listed, items))
    return out


def join_lines(doc: Document, numbers: list[int]) -> Block:
    """Lines joined with single spaces as one Block (for quoting back to each line)."""
    block = Block(text="")
    for number in numbers:
        raw = doc.line(number)
        stripped = raw.strip()
        if not stripped:
            continue
        offset = len(block.text) + (1 if block.text else 0)
        block.text = f"{block.text} {stripped}" if block.text else stripped
        block.segments.append((offset, number, raw.find(stripped)))
        block.raw_lines[number] = raw
    return block


def footnote(doc: Document, marker: int, after_line: int, window: int = 150) -> Block | None:
    """The footnote numbered `marker` printed below line after_line: its lines up to the next one."""
    start_re = re.compile(rf"^\s*{marker}\s+[^\d\s]")
    next_re = re.compile(rf"^\s*{marker + 1}\s+[^\d\s]")
    last = min(len(doc.lines), after_line + window)
    start = next((k for k in range(after_line + 1, last + 1) if start_re.match(doc.line(k))), None)
    if start is None:
        return None
    lines = [start]
    for k in range(start + 1, len(doc.lines) + 1):
        line = doc.line(k)
        if next_re.match(line) or _FOOTNOTE_STOP.match(line) or "\t" in line:
            break
        lines.append(k)
    block = join_lines(doc, lines)
    return block


def footnote_items(block: Block, with_reason: bool, vocab: Words) -> list[Item]:
    found = list(vocab.model_ref.finditer(block.text))
    items = []
    for i, m in enumerate(found):
        end = found[i + 1].start() if i + 1 < len(found) else len(block.text)
        body = block.text[m.end() : end].strip().rstrip(";,. ")
        name, reason = body, ""
        if with_reason and ": " in body:
            name, reason = body.rsplit(": ", 1)
        line, quote = block.quote(m.start(), m.start() + len(m.group(0)) + len(name))
        items.append(Item(int(m.group("num")), name.strip(), line, quote, reason.strip()))
    return items


def body_counts(doc: Document, refs: References, meta: ReportMeta) -> list[Count]:
    out = []
    for block in doc.blocks(1, meta.body_end or len(doc.lines)):
        for raw in _scan(block.text, refs):
            line, quote = block.quote(raw.start, raw.end)
            count = Count(raw.subject or "", raw.status, raw.count, raw.printed, raw.phrase, line, quote, list(raw.listed))
            mark = _FOOTNOTE_MARK.search(raw.clause)
            if mark and raw.status != "total":
                note = footnote(doc, int(mark.group("n")), block.segments[-1][1])
                if note is not None:
                    count.items = footnote_items(note, raw.status in ("not_started", "blocked"), words(refs))
                    count.listed = count.listed or [it.number for it in count.items]
                    count.kind = "footnote"
            out.append(count)
    return out


def table_counts(doc: Document, refs: References, tables: list[Table] | None = None) -> list[Count]:
    out = []
    for table in read_tables(doc, refs) if tables is None else tables:
        for row in table.data_rows:
            for cell in row.cells:
                out.extend(cell_counts(doc, cell, refs))
    return out


def all_counts(doc: Document, refs: References, meta: ReportMeta) -> list[Count]:
    """Body and table counts by line; computed once per document (counts and models read
    them; the Count objects are shared, read-only)."""
    counts = doc.context.once(f"counts:{meta.body_end}", lambda: sorted(body_counts(doc, refs, meta) + table_counts(doc, refs), key=lambda c: c.line))
    return list(counts)


def check_group_counts(out: Extraction, doc: Document, table: Table, table_name: str, subject: str, refs: References) -> None:
    """Flag a group heading whose printed count differs from the rows listed under it
    (`subject`: what the table lists, pilot_models or plan_tasks; vocabulary group_count_noun)."""
    vocab = words(refs)
    groups: list[tuple[int, str, list]] = []
    for row in table.rows:
        if row.heading:
            groups.append((row.line, row.heading, []))
        elif groups:
            groups[-1][2].append(row)
    for line, heading, rows in groups:
        m = vocab.group_count.search(heading)
        if not m or value_of(vocab.group_subjects, m.group("noun")) != subject:
            continue
        printed = int(m.group("n"))
        out.use(line, m.group("n"), table=table_name)
        if printed != len(rows):
            quote = quote_for(doc, line, m.group(0))
            out.flag("summary_count_mismatch", m.group("n"), f"The group heading '{heading}' counts {printed}; {len(rows)} rows are listed under it.",
                     f"Tiêu đề nhóm '{heading}' ghi {printed}; bảng liệt kê {len(rows)} dòng.", line, quote, computed=str(len(rows)), table=table_name)


def extract_counts(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    for count in all_counts(doc, refs, meta):
        out.add("status_counts", {
            "subject": count.subject, "status": count.status, "count": count.count,
            "listed_numbers": " ".join(str(n) for n in count.listed),
            "source_line": count.line, "source_quote": count.quote,
        })
        out.use(count.line, count.printed, table="status_counts")
    return out
