"""Pilot models ("mô hình") -> table pilot_model_status, from the places a report uses:

- a table with a model-name column (`Tên mô hình`), in any layout tables.py reads (tab,
  pipe, HTML, flattened PDF text, space-aligned PDF text, one cell per line): each row
  either names its model `Mô hình 6: ...` or, in a table of models only, is a model under
  the row's number; the status from a status column (`Tình trạng`, `Tiến độ`), else the
  notes and results: source_kind table;
- a heading or bold line that names one model (`### 9.1 Mô hình "Xóm số"`, `a) Mô hình
  ...`, `**Mô hình 2: ...**`), or a list item that names it in quotes or by number
  (`- Mô hình "Chợ 4.0": đã hoàn thành ...`), with its status in its own words or the
  paragraphs below it: source_kind section;
- numbered lists next to a status count (`* Đang triển khai: 20 (3, 4, ...)`, items
  `1- Mô hình 1: ...` after `Đã hoàn thành triển khai: 15 mô hình`): source_kind list;
- footnotes listing the models a body count refers to: source_kind footnote.

Statuses come from codelists/statuses.csv (status.statement_status: negation, partial
completion `đã hoàn thành 75/159 xã`, and held-up reasons `do vướng mắc` read as blocked).

Catalogue mapping: a printed model number (`Mô hình N`) is the province's own numbering
(codelists/pilot_model_local_numbers.csv), confirmed by the catalogue's name keywords;
with no numbering for it (a district, a table row number, an unnumbered heading), the name
keywords decide when exactly one catalogue model matches. A model the catalogue does not
hold is published as a local model: model_id empty, local_model_id
`local-<jurisdiction_id>-<slug of its name>`, listed in the review output. A number that
contradicts the province's numbering raises an unknown_model flag.

A report that states the same model's status twice (the appendix table and a body list)
gives one row: the table's (then section, list, footnote); two different statuses stay
as two rows with a model_status_conflict flag. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.codelists import References
from generator.document import Block, Document
from generator.extract.base import Extraction, ReportMeta, Row
from generator.extract.counts import Count, all_counts, check_group_counts, words as count_words
from generator.extract.status import StatusMatch, statement_status, status_named
from generator.extract.tables import Table, aligned_tables, column_tables, quote_for, read_tables, row_number
from generator.fold import fold, keyword_groups, matches_all, slugify

# where the status of a model row is read, in order: a status column, the notes, then the
# cells a shifted row may have moved the notes into, then the results text
STATUS_CELLS = ("status", "notes", "funding", "evaluation", "result")
KIND_ORDER = ("table", "section", "list", "footnote")
LOCAL_SLUG = 60  # characters of the name kept in a local model's id

# a block that opens with a model's name: outline numbering or a bullet, `Mô hình`
# (`điểm`), a number of its own, then the name
_OUTLINE = re.compile(
    r"^(?:[-+•*–]\s*|(?:[IVXLC]{1,5}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s*[.)](?!\d)\s*|\d{1,2}(?:\.\d{1,2})+\s+|\(\s*(?:\d{1,2}|[a-zđ])\s*\)\s*)?",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"^[“\"«‘'](?P<q>[^”\"»’'\n]{2,200})[”\"»’'](?P<rest>.*)$", re.DOTALL)
# where an unquoted name printed with its statement ends
_NAME_END = re.compile(r":\s|;\s|\.\s|\s[-–]\s|\s\(")
NAME_LIMIT = 200
STATEMENT_BLOCKS = 4  # paragraphs under a model heading read for its status


class Words:
    """How a report names a pilot model (vocabulary model_number: `Mô hình`, `điểm`,
    `thứ`/`số`), as patterns built once per References (`words(refs)`)."""

    def __init__(self, refs: References) -> None:
        w = count_words(refs)
        # a table cell `Mô hình 6: <name>`
        self.name = re.compile(rf"^\s*{w.model}\s+(?:{w.ordinal}\s+)?(?P<num>\d{{1,3}})\s*:?\s*(?P<name>.*)$", re.IGNORECASE | re.DOTALL)
        # a block that opens with `Mô hình` (`điểm`), maybe a number of its own, then the name
        self.start = re.compile(
            rf"{w.model}(?:\s+{w.pilot})?(?:\s+{w.ordinal})?(?:\s*(?P<num>\d{{1,3}})(?=\s*[:.)\-–]\s|\s*:|\s*$))?\s*[:.)\-–]?\s*(?P<name>.*)$",
            re.IGNORECASE | re.DOTALL,
        )
        self.model_word = w.model_word  # how a flag prints a model: `Mô hình 6: <name>`


def words(refs: References) -> Words:
    return refs.prepare("model_words", Words)


class Catalogue:
    def __init__(self, refs: References) -> None:
        self.model_word = words(refs).model_word
        self.names = {r["model_id"]: r["name_vi"] for r in refs.rows("pilot_models")}
        self.keywords = {r["model_id"]: keyword_groups(r["match_keywords"]) for r in refs.rows("pilot_models")}
        self.local = {(r["jurisdiction_id"], int(r["local_number"])): r["model_id"] for r in refs.rows("pilot_model_local_numbers")}
        self.numbered = {r["jurisdiction_id"] for r in refs.rows("pilot_model_local_numbers")}

    def by_name(self, name: str) -> list[str]:
        folded = fold(name)
        return [mid for mid, groups in self.keywords.items() if matches_all(folded, groups)]

    def resolve(self, jurisdiction: str, number: int | None, name: str, printed_number: bool = True) -> tuple[str, str, bool]:
        """(model_id or "", why it stays empty, whether that contradicts the province's
        numbering). `printed_number`: the number is the report's `Mô hình N`, not a row
        or heading number."""
        if printed_number and number is not None and jurisdiction in self.numbered:
            mid = self.local.get((jurisdiction, number))
            if mid is not None:
                if name and not matches_all(fold(name), self.keywords[mid]):
                    return "", f"{jurisdiction} model {number} maps to '{mid}' but the printed name does not match its keywords", True
                return mid, "", False
            hint = ", ".join(self.by_name(name)) if name else ""
            return "", f"no catalogue mapping for {jurisdiction} model {number}" + (f" (name matches {hint})" if hint else ""), True
        if not name:
            return "", f"no catalogue mapping for {jurisdiction} model {number} and no name printed", True
        found = self.by_name(name)
        if len(found) == 1:
            return found[0], "", False
        why = f"the name matches several catalogue models ({', '.join(found)})" if found else "the name matches no catalogue model"
        return "", why, False


def local_model_id(jurisdiction: str, name: str) -> str:
    """The provisional id of a model the catalogue does not hold: `local-<jurisdiction>-<slug>`
    of its proper name (the quoted part when the name is quoted), so the same model printed
    by the same place gets the same id in every report."""
    quoted = _QUOTED.match(name.strip())
    slug = slugify(quoted.group("q") if quoted else name, LOCAL_SLUG)
    return f"local-{jurisdiction}-{slug}" if slug else ""


@dataclass
class _Found:
    row: Row
    printed_number: bool  # local_number is the report's own `Mô hình N`


def _row(number: int | None, name: str, group: str, status: str, status_printed: str, kind: str, line: int, quote: str,
         results: str = "", difficulties: str = "", funding: str = "") -> Row:
    return {
        "model_id": "", "local_model_id": "", "local_number": number, "name_printed": name, "group": group, "status": status,
        "status_printed": status_printed, "results": results, "difficulties": difficulties, "funding": funding,
        "source_kind": kind, "source_line": line, "source_quote": quote,
    }


# ---------------------------------------------------------------- tables

def _model_only(table: Table, refs: References) -> bool:
    """A table of models only: the model column's header opens with the model words
    (`Tên mô hình`), not `Nhiệm vụ, mô hình`, and no column before it but the row numbers."""
    at = table.roles["model"]
    if any(k != table.roles.get("number") and table.header[k].strip() for k in range(min(at, len(table.header)))):
        return False  # a column before it names the rows (`Tổ dân phố`): each row is a unit's progress
    header = fold(table.header[at]) if at < len(table.header) else ""
    words = [alt for role, groups in refs.table_columns if role == "model" for group in groups[:1] for alt in group]
    return any(header.startswith(w) for w in words)


def _cell_status(table: Table, row, refs: References) -> tuple[str, str]:
    for role in STATUS_CELLS:
        text = table.text(row, role)
        if not text:
            continue
        if role == "status":
            named = status_named(text, refs)
            if named:
                return named, text
        found = statement_status(text, refs)
        if found:
            return found.status, text if len(text) <= 200 else found.phrase
    return "unknown", ""


STATUS_CELL_LIMIT = 40  # a cell this short that opens with a status phrase is a status cell


def _a_status(text: str, refs: References) -> bool:
    """A short cell that only says a status (`Chưa triển khai`): it anchors a one-cell-per-line
    row, and in a model column it is a unit's progress on one model, not a model's name."""
    if status_named(text, refs):
        return True
    found = statement_status(text, refs)
    return found is not None and found.start == 0 and len(text) <= STATUS_CELL_LIMIT


def _model_tables(doc: Document, refs: References) -> list[Table]:
    """Tables with a model-name column, in every layout tables.py reads. The space-aligned
    and one-cell-per-line layouts are read here only (read_tables, which the service, task
    and count readers share, leaves them out for now); a status cell anchors the lines of
    a one-cell-per-line row."""
    def build() -> list[Table]:
        more = aligned_tables(doc, refs) + column_tables(doc, refs, {"status": lambda text: _a_status(text, refs)})
        return [t for t in read_tables(doc, refs) + sorted(more, key=lambda t: t.start_line) if "model" in t.roles]

    return doc.context.once("model_tables", build)


def _table_rows(out: Extraction, doc: Document, refs: References, table: Table) -> list[_Found]:
    check_group_counts(out, doc, table, "pilot_model_status", "pilot_models", refs)
    model_only = _model_only(table, refs)
    vocab = words(refs)
    found: list[_Found] = []
    for line, reason in table.skipped:
        out.to_review(line, quote_for(doc, line, ""), f"pilot-model table row not read: {reason}")
    group = ""
    for row in table.rows:
        if row.heading:
            group = row.heading
            continue
        cell = table.cell(row, "model")
        m = vocab.name.match(cell.text) if cell else None
        number = row_number(table.text(row, "number"))
        if cell and m:
            local, name, printed = int(m.group("num")), m.group("name"), True
        elif cell and cell.text.strip() and model_only and number is not None and not _a_status(cell.text.strip(), refs):
            opening = vocab.start.match(cell.text.strip())
            local, name, printed = number, opening.group("name") if opening else cell.text, False
        else:
            quote = quote_for(doc, row.line, cell.text if cell else "")
            out.to_review(row.line, quote, "pilot-model table row without a 'Mô hình N' name")
            continue
        name = re.sub(r"\s+", " ", name).strip(" .;")
        status, printed_status = _cell_status(table, row, refs)
        line = cell.spans[0][1]
        found.append(_Found(_row(local, name, group, status, printed_status, "table", line, quote_for(doc, line, cell.text),
                                 table.text(row, "result"), table.text(row, "difficulties"), table.text(row, "funding")), printed))
    return found


# ---------------------------------------------------------------- lists and footnotes

def _count_rows(count: Count) -> list[_Found]:
    named = {item.number: item for item in count.items}
    found = []
    for number in count.listed:
        item = named.get(number)
        if item:
            row = _row(number, item.name, "", count.status, count.phrase, count.kind, item.line, item.quote, difficulties=item.reason)
        else:
            row = _row(number, "", "", count.status, count.phrase, count.kind, count.line, count.quote)
        found.append(_Found(row, True))
    return found


# ---------------------------------------------------------------- headings and paragraphs

@dataclass
class _Start:
    number: int | None
    name: str  # as printed after `Mô hình` (quotes kept)
    tail_at: int  # where the words after the name start in the block text (may hold the status)
    heading: bool  # the name stands as a heading: its status may be in the paragraphs below


SHORT_LINE = 0.6  # a line shorter than this share of the usual full line is not wrapped prose


def _model_start(block: Block, refs: References, width: int) -> _Start | None:
    """The model a block opens with, if it names one: a heading or a bold line that starts
    with `Mô hình` (or such a short numbered line run together with the paragraph below
    it, where blank lines do not end paragraphs), or a paragraph that starts with
    `Mô hình "name"` or `Mô hình N:`."""
    text = block.text
    outline = _OUTLINE.match(text)
    at = outline.end() if outline else 0
    m = words(refs).start.match(text, at)
    if m is None or m.start() != at:
        return None
    number = int(m.group("num")) if m.group("num") else None
    end = len(text)
    heading = block.kind == "heading" or block.emphasised
    if not heading and len(block.segments) > 1 and outline and outline.end() > 0:
        first = block.segments[1][0] - 1  # the first line's reading text ends here
        if m.start("name") < first and text[first - 1] not in ".;!?" and width and first < SHORT_LINE * width:
            heading, end = True, first
    rest, rest_at = text[m.start("name") : end], m.start("name")
    quoted = _QUOTED.match(rest)
    if not heading and not quoted and (number is None or not re.search(r"\d\s*[:.\-–]", text[m.start() : m.start("name")])) \
            and not (outline and outline.end() > 0 and _named_then_status(rest, refs)) \
            and not (text[at : at + 1].isupper() and _name_then_status(rest, refs)):
        return None  # `2. Mô hình quản lý lưu trú …: đang triển khai` (a numbered item: name, colon, status) is one
    if quoted:
        after = quoted.group("rest")
        cut = quoted.start("rest")
        if heading:  # a heading's words after the quoted name are part of its name (`"Chợ 4.0" tại chợ Sa Nam`)
            stop = _NAME_END.search(after)
            status = statement_status(after, refs)
            cut += min(stop.start() if stop else len(after), status.start if status else len(after))
    else:
        stop = _NAME_END.search(rest)
        cut = stop.start() if stop else len(rest)
        status = statement_status(rest, refs)
        if status is not None and status.start < cut:
            cut = status.start
    name = rest[:cut].strip(" :;,.-–")
    if not name or len(name) > NAME_LIMIT:
        return None
    opening = statement_status(name, refs)
    if opening is not None and (opening.start == 0 or opening.end >= len(name) - 1):
        return None  # `Mô hình đã hoàn thành ...`, `Mô hình điểm: nhiều kết quả, vẫn còn vướng`: a statement, not a name
    return _Start(number, name, rest_at + cut, heading)


def _listed_model(block: Block, before: Block | None, refs: References) -> _Start | None:
    """An item of a list of models that does not say `Mô hình` (`(3) Quản lý lưu trú tại
    khách sạn …: Đang triển khai`): a numbered item, name, colon, status, in a section about
    models (a heading above it names them) or after a sentence about models that ends with `:`."""
    text = block.text
    outline = _OUTLINE.match(text)
    if not outline or outline.end() == 0:
        return None  # numbered (`(3)`, `a)`) or bulleted (`- `) items
    model = words(refs).start
    about_models = any(model.search(h) for h in block.headings[-1:]) or (
        before is not None and before.text.rstrip().endswith(":") and model.search(before.text) is not None)
    rest = text[outline.end() :]
    if not about_models or not _named_then_status(rest, refs):
        return None
    name = rest[: rest.find(":")].strip(_EDGE)
    return _Start(None, name, outline.end() + rest.find(":") + 1, False) if name else None


def _name_then_status(rest: str, refs: References) -> bool:
    """`Mô hình quản lý lưu trú tại nhà nghỉ, khách sạn đã hoàn thành, …`: a paragraph that opens
    with a model's name of a few words and states its status in its first sentence."""
    first = re.split(r"\.\s", rest, maxsplit=1)[0]
    status = statement_status(first, refs)
    if status is None or len(first[: status.start].split()) < NAME_WORDS_MIN or status.start > NAME_LIMIT:
        return False
    stop = _NAME_END.search(first)
    if (stop is not None and stop.start() < status.start) or ")" in first[: status.start]:
        return False  # the name ends before the status (`…du lịch…); hiệu quả … chưa thể triển khai`): no statement of its own
    opening = first.split()[0].lower().strip(",")
    return opening not in refs.terms("model_reference", form="exact")  # `Mô hình này được …`: no name


NAME_WORDS_MIN = 3  # words of a model's name printed before its status


def _named_then_status(rest: str, refs: References) -> bool:
    """`quản lý lưu trú tại nhà trọ …: đang triển khai, …`: a name up to a colon, then its status."""
    colon = rest.find(":")
    if colon < 3 or colon > NAME_LIMIT or any(ch in rest[:colon] for ch in ".;"):
        return False
    status = statement_status(rest[colon + 1 :], refs)
    return status is not None and not rest[colon + 1 : colon + 1 + status.start].strip(_EDGE)


def _in_plan(block: Block, refs: References) -> bool:
    """Under a heading about what is to come (`Phương hướng, nhiệm vụ ...`; vocabulary
    plan_section), not one about results (`Kết quả thực hiện nhiệm vụ năm 2024`)."""
    plan = [[w] for _, w in refs.words("plan_section")]
    results = [[w] for _, w in refs.words("result") if " " in w]  # `kết quả` (not the short `đã`, `đạt`)
    for heading in block.headings:
        folded = fold(heading)
        if any(matches_all(folded, [w]) for w in plan) and not any(matches_all(folded, [w]) for w in results):
            return True
    return False


_EDGE = " :;,.-–"


def _section_rows(doc: Document, refs: References, meta: ReportMeta, claimed: set[int]) -> list[_Found]:
    blocks = [b for b in doc.blocks() if b.kind != "footnote"]
    count_lines = {c.line for c in all_counts(doc, refs, meta) if c.subject == "pilot_models"}
    width = doc.line_width()
    starts = {i: _model_start(b, refs, width) or _listed_model(b, blocks[i - 1] if i else None, refs) for i, b in enumerate(blocks)}
    found: list[_Found] = []
    for i, start in starts.items():
        block = blocks[i]
        if start is None or claimed & {s[1] for s in block.segments} or _in_plan(block, refs):
            continue
        below: list[Block] = []
        section = False
        for j in range(i + 1, len(blocks) if start.heading else i + 1):
            nxt = blocks[j]
            if starts.get(j) is not None:
                # models listed under it before any status of its own: a heading about
                # models, not one model (`10. Mô hình chuyển đổi số` / `10.1 Mô hình "…"`)
                section = ((block.kind == "heading" and nxt.kind == "heading" and nxt.level > block.level)
                           or (start.heading and nxt.kind != "heading" and not nxt.emphasised)) \
                    and not any(statement_status(b.text, refs) for b in below)
                break
            if nxt.emphasised or (nxt.kind == "heading" and not (block.kind == "heading" and nxt.level > block.level and block.text in nxt.headings)):
                break
            below.append(nxt)
            if len(below) >= STATEMENT_BLOCKS:
                break
        if section or any(count_lines & {s[1] for s in b.segments} for b in [block, *below]):
            continue
        tail = block.text[start.tail_at :]
        status: StatusMatch | None = statement_status(tail, refs) if tail.strip(_EDGE) else None
        where, offset = block, start.tail_at
        if status is None:
            for nxt in below:
                status = statement_status(nxt.text, refs)
                if status is not None:
                    where, offset = nxt, 0
                    break
        if status is None and not start.heading:
            continue  # `- Mô hình "X" được người dân hưởng ứng`: a mention, no status
        texts = ([tail.strip(_EDGE)] if tail.strip(_EDGE) else []) + [b.text for b in below]
        if status is not None:
            line, quote = where.quote(offset + status.start, offset + status.end)
            said = where.text[offset:].strip(_EDGE)
            row = _row(start.number, start.name, "", status.status, said if len(said) <= 200 else status.phrase, "section", line, quote, "\n".join(texts))
        else:
            line, quote = block.quote(0)
            row = _row(start.number, start.name, "", "unknown", "", "section", line, quote, "\n".join(texts))
        found.append(_Found(row, start.number is not None))
    return found


_CLAUSE_END = re.compile(r";|\.(?=\s|$)")


def _inline_rows(doc: Document, refs: References, claimed: set[int], taken: set[int]) -> list[_Found]:
    """Models listed in one sentence of prose, a clause each, each clause opening with `mô hình`
    and stating its status (`mô hình khám chữa bệnh bằng CCCD gắn chip đã hoàn thành; mô hình
    thu viện phí … đang triển khai; …`): two such clauses or more in a sentence make a list."""
    model = words(refs).start
    word = fold(words(refs).model_word)
    found: list[_Found] = []
    for block in doc.blocks():
        lines = {s[1] for s in block.segments}
        if block.kind == "footnote" or claimed & lines or taken & lines or fold(block.text).count(word) < 2 or _in_plan(block, refs):
            continue  # (two clauses that open with `mô hình` at least, or no list)
        text, start, items = block.text, 0, []
        for m in [*_CLAUSE_END.finditer(block.text), None]:
            end = m.start() if m else len(text)
            clause = text[start:end]
            hit = model.search(clause)
            at = hit.start() if hit is not None else -1
            if at != -1 and (at == 0 or not clause[at - 1].isalnum()) and clause[:at].strip(" ,").count(" ") <= 3:  # `Đến nay, mô hình …`: a few words before it at most
                rest_at = start + hit.start("name")
                rest = text[rest_at:end]
                status = statement_status(rest, refs)
                name = rest[: status.start].strip(_EDGE) if status is not None else ""
                if status is not None and 0 < len(name) <= NAME_LIMIT:
                    items.append((name, status, rest_at))
            if m is None or m.group() == ".":
                if len(items) >= 2:
                    for name, status, rest_at in items:
                        line, quote = block.quote(rest_at + status.start, rest_at + status.end)
                        row = _row(None, name, "", status.status, status.phrase, "section", line, quote, text[rest_at:end])
                        found.append(_Found(row, False))
                items = []
            start = m.end() if m else len(text)
    return found


# ---------------------------------------------------------------- one row per model

def _identity(row: Row) -> tuple[str, Any]:
    if row["model_id"]:
        return ("model", row["model_id"])
    if row["local_model_id"]:
        return ("local", row["local_model_id"])
    if row["local_number"] is not None:
        return ("number", row["local_number"])
    return ("row", id(row))


def _publish(out: Extraction, doc: Document, cat: Catalogue, meta: ReportMeta, found: list[_Found]) -> None:
    resolved = []
    for item in found:
        row = item.row
        mid, reason, contradicts = cat.resolve(meta.jurisdiction_id, row["local_number"], row["name_printed"], item.printed_number)
        row["model_id"] = mid
        if not mid and row["name_printed"]:
            row["local_model_id"] = local_model_id(meta.jurisdiction_id, row["name_printed"])
        resolved.append((item, reason, contradicts))
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    resolved.sort(key=lambda r: (rank[r[0].row["source_kind"]], r[0].row["source_line"]))
    kept: dict[tuple[str, Any], list[Row]] = {}
    for item, reason, contradicts in resolved:
        row = item.row
        key = _identity(row)
        same = kept.setdefault(key, [])
        if row["source_kind"] != "table" and any(r["status"] == row["status"] or row["status"] == "unknown" for r in same):
            continue  # stated again in the same words: one fact
        known = [r for r in same if r["status"] not in ("unknown", row["status"])]
        same.append(row)
        if not row["model_id"]:
            printed = f"{cat.model_word} {row['local_number']}" if row["local_number"] is not None and item.printed_number else cat.model_word
            printed += f": {row['name_printed']}" if row["name_printed"] else ""
            if contradicts:
                out.to_review(row["source_line"], row["source_quote"], f"unknown pilot model: {reason}; add it to codelists/pilot_model_local_numbers.csv (and pilot_models.csv) if it is one")
                out.flag("unknown_model", printed[:200], f"Pilot model not mapped to the catalogue: {reason}.", f"Mô hình chưa ánh xạ được vào danh mục: {reason}.",
                         row["source_line"], row["source_quote"], table="pilot_model_status")
            else:
                out.to_review(row["source_line"], row["source_quote"], f"local pilot model published as {row['local_model_id'] or 'a local model'} ({reason}); add it to codelists/pilot_models.csv if the catalogue holds it")
        if known and row["status"] != "unknown":
            other = known[0]
            what = row["model_id"] or row["local_model_id"] or f"model {row['local_number']}"
            out.flag("model_status_conflict", row["status"], f"The report states {what} as {other['status']} (line {other['source_line']}) and as {row['status']} here.",
                     f"Báo cáo ghi {what} là {other['status']} (dòng {other['source_line']}) và là {row['status']} ở đây.",
                     row["source_line"], row["source_quote"], computed=other["status"], table="pilot_model_status", subject=row["model_id"])
    # model by model in the order they first appear; a model's row that states a status
    # before one that does not (a naive reader taking each model's first row gets the best)
    for rows in kept.values():
        for row in sorted(rows, key=lambda r: r["status"] == "unknown"):
            out.add("pilot_model_status", row)


def extract_models(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    cat = Catalogue(refs)
    found: list[_Found] = []
    for table in _model_tables(doc, refs):
        found.extend(_table_rows(out, doc, refs, table))
    claimed: set[int] = set()
    for count in all_counts(doc, refs, meta):
        if count.subject == "pilot_models" and count.status != "total" and count.listed:
            found.extend(_count_rows(count))
            claimed.update(item.line for item in count.items)
    found.extend(_section_rows(doc, refs, meta, claimed))
    taken = {item.row["source_line"] for item in found}
    found.extend(_inline_rows(doc, refs, claimed, taken))
    _publish(out, doc, cat, meta, found)
    return out
