"""Every figure printed in a report, with its context. Pure: a Document and the code lists in,
`ReadFigure`s out.

A figure is a number printed to count or measure something: dates, document numbers and
legal references, list numbering, footnote marks, phone numbers, ages, times, years and
numbers that name things (`Mô hình 3`, `mức độ 2`, `Đề án 06`) are not figures. For each
figure the reader keeps what a careful reader would note beside it, all as printed:

- value (multipliers applied: `84,7 triệu`, `10 tỷ đồng`), unit, number style;
- qualifier (`trên`, `hơn`, `gần`, `khoảng`), counted noun (`hồ sơ cấp CCCD`), the subject
  (the list item's lead, the headings above), ratio part (`22/25`);
- time scope (`trong tháng`, `lũy kế`), its own cut-off date (`đến ngày 15/12/2024`), role
  (result, target, directive), breakdown (`cấp huyện`), channel (online / in person);
- the words around it (accent-folded) that the labeller looks for evidence in.

Every word list lives in codelists/vocabulary.csv. Table rows are read cell by cell: a
cell's subject is its row's label and its column's header.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field, replace
from datetime import date

from generator.codelists import References
from generator.dates import find_dates
from generator.document import PAGE_NUMBER, Block, Document, csv_cells, is_pipe_row, numbering_level, semicolon_cells, window
from generator.figures import Figure, find_figures, unit_after
from generator.fold import fold, fold_keep, lower_keep, matches_all
from generator.numbers import CONVENTION_MARGIN, CONVENTION_SIGNS, text_convention
from generator.reading.places import former_named_bare, issuer_body, mentions, names_former, names_part, own_level, own_places, part_row
from generator.reading.table_layout import (
    HEADER_DATE, LABEL_UNIT, ROMAN, ROW_NUMBER, SUB_ROW,
    by_offset, columns_named, extend_header, looks_like_header, merged_header, numbering_row, overlapping, stacked_header, within_table,
)
from generator.redact import phone_spans, rules as redaction_rules

UNIT_OF_KIND = {"percent": "percent", "vnd": "vnd", "points": "points", "days": "days", "other": "other"}
# Sub-clause boundaries: sentence ends, ';', ',', brackets, ':' before a capital, a spaced dash (not between two
# numbers: `giai đoạn 2022 - 2025`) and a spaced pipe.
_BOUNDARY = re.compile(r"[;,()]\s*|\.\s+(?=[A-ZĐÀ-Ỹ\-+*(\d])|\.\s*$|:\s+(?=[A-ZĐÀ-Ỹ])|(?<!\d)\s[-–]\s|\s[-–]\s(?!\d)|\s\|\s")
# a sentence ends at `.` (not after an abbreviation such as `TP.`, `Tp.`, `TT.`), `;` or `:` before a capital
_SENTENCE = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\bTT)(?<!\bTX)\.\s+(?=[A-ZĐÀ-Ỹ\-+*(\d])|\.\s*$|;\s+|\s\|\s+|:\s+(?=[A-ZĐÀ-Ỹ])")
_LEAD = re.compile(r"^\s*(?:[-+*•–]\s*|\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[a-zđ]\)\s+|[IVX]{1,5}\.\s+)?(?P<lead>[^:;.]{3,160}?):\s")
# a subject clause before the sentence's first comma (only when it opens with a lead_opening word)
_OPENING = re.compile(r"^\s*(?:[-+*•–]\s*|\d{1,2}(?:\.\d{1,2})*[.)]?\s+|[a-zđ]\)\s+|[IVX]{1,5}\.\s+)?(?P<lead>[^,:;.]{8,200}?),\s")
_BULLET = re.compile(r"^\s*(?:[-+*•–]\s*)+")
_NUMBERING = re.compile(r"^\s*(?:[-+*•–]\s*)*(?P<n>\d{1,3}(?:\.\d{1,2})*)[.)]?\s+(?=\S)")  # `9.1`, `2.1.3.`; not `312.584`
_YEAR = re.compile(r"(?:19[89]\d|20[0-4]\d)")
_RANGE_DASH = re.compile(r"\s*-\s*\d")
_RATIO_TAIL = re.compile(r"\s*/\s*\d+(?:[.,]\d+)*")  # the "/b" after a numerator
_ASIDE = re.compile(r"\s*\([^()]{0,60}\)")  # `197/197 (đạt tỷ lệ 100%) cơ sở`
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
MEASURE_WORDS = 10
PROSE_CELL = 80  # a table cell longer than this is prose (a task's result) and is read as prose
PROSE_SENTENCES = 1000  # sentence ids of a table row: -(line * this + the sentence's index in its cell)
LABEL_CHARS = 160  # a row label longer than this describes a task; shorter, it names what the row counts
NEAR = 120  # characters of context either side, at most


@dataclass
class ReadFigure:
    """One figure as printed, with its context. Offsets are in `text` (a block's reading
    text or a table cell's text)."""

    line: int
    quote: str
    printed: str
    value: float | None
    value_printed: str
    number_style: str
    unit: str
    ratio_part: str = ""
    qualifier: str = ""
    measure: str = ""
    subject: str = ""
    time_scope: str = ""
    cut_off: date | None = None
    cut_off_printed: str = ""
    role: str = "result"
    role_words: str = ""  # the words that made it a target or a directive (`chỉ tiêu được giao`)
    pledged: bool = False  # a pledge (`phấn đấu`, `mục tiêu`) stood before its target word: it governs the sentence
    breakdown: str = "all"
    channel: str = ""
    part_of: bool = False  # printed after `trong đó`: a part of the figure before it
    comparison: bool = False  # a change (`tăng 5%`)
    progress: bool = False  # a rate against a plan or target (`đạt 105% kế hoạch`)
    blocked: bool = False  # `còn lại`, `chưa`: not the quantity itself
    threshold: bool = False  # `12/15 xã có tỷ lệ kích hoạt trên 85%`: a bound that sets a group apart, not a measured rate
    average: bool = False  # `trung bình 180 hồ sơ/ngày`: a count per day (or per unit), not a total
    note: bool = False  # in a table's notes column (`Ghi chú`) or a footnote's body: a remark, never filed
    task: bool = False  # in a table's task column (`Nhiệm vụ` beside `Thời hạn`): what is to be done
    in_table: bool = False
    table: int = 0  # ordinal of the table it was read from (0: prose)
    whole_row: bool = False  # its table row is the whole: a total row (`Tổng cộng`) or the report's own place
    cell_chars: int = 0  # length of the table cell it was read from
    measure_in_table: bool = False  # the counted noun is the table's row label and column header
    local: bool = False  # under a heading that names a pilot model: that model's own scope
    elsewhere: bool = False  # printed in a news page's foot (`Tin liên quan`): another article's figure
    asked: bool = False  # in a question (`… trong số 571.420 tài khoản đã kích hoạt, có bao nhiêu …?`): what the asker presumes
    body: str = ""  # the one body whose own figure this is (`Sở Nông nghiệp`, `Bộ Y tế`), when its sentence or heading names it
    plan_table: bool = False  # a table with a plan or target column: its rows are indicators, not services
    malformed: bool = False
    ambiguous: bool = False
    alternatives: tuple[float, ...] = ()
    # accent-folded evidence for the labeller
    exact: bool = True  # evidence kept its tone marks (False: the report has none; folded)
    near: str = ""  # the figure's own sub-clause
    clause: str = ""  # the clause it sits in (up to `;` or a sentence end)
    before: str = ""  # the sentence up to the figure
    own: str = ""  # the words before the figure in its own sub-clause (vocabulary form)
    lead: str = ""  # the list item's lead or the table row's label
    led: bool = False  # in the lead's own sentence (a later sentence of the item speaks in its own words)
    heading: str = ""  # the nearest heading (or table column header)
    sentence: int = 0  # index of the sentence (figures of one sentence share it)
    start: int = 0
    end: int = 0
    index: int = 0  # position in the report's figure list
    source: object = field(default=None, repr=False)  # the Block (or table cell text) read


def read_figures(doc: Document, refs: References, end_line: int | None = None) -> list[ReadFigure]:
    """Every figure of the report, in line order: prose blocks and table cells. Lines of the
    signature block are left out. Computed once per document (read-only)."""
    key = f"figures:{end_line}"
    memo = doc.memo.get(key)
    if memo is None:
        memo = doc.memo[key] = _read_all(doc, refs, end_line)
    return memo  # type: ignore[return-value]


def _results_lead_in(text: str, words: Words, heading: bool = False) -> bool:
    """A numbered heading, or a numbered paragraph ending with `:`, about results (`b) Kết quả
    ứng dụng …:`)."""
    m = _NUMBERING.match(text) or re.match(r"^\s*[a-zđ]\)\s+", text)
    if m is None or not (heading or text.rstrip().endswith(":")):
        return False
    opening = words.text(text[m.end() :])
    return any(" " in w and opening.startswith(w) for _, w in words.of("result"))


def _targets_lead_in(text: str, words: Words) -> bool:
    """A paragraph whose last sentence leads into a list with a target word before its colon (`Dự thảo Nghị
    quyết về nhiệm vụ năm 2025 xác định các chỉ tiêu chủ yếu:`, `… phấn đấu đến hết năm 2025:`): the items
    below it, with no figure of its own, are targets."""
    text = text.rstrip(" *_")
    if not text.endswith(":") or _BULLET.match(text):
        return False
    last = _FULL_STOP.split(text)[-1]
    found = words.last(words.text(last), "role")
    undated = last
    for d in reversed(find_dates(last)):  # (its dates and years are no figure of its own)
        undated = undated[: d.start] + undated[d.end :]
    return found is not None and found[0] == "target" and not any(ch.isdigit() for ch in undated)


def _plan_heading(heading: str, words: Words) -> bool:
    """A heading about what is to come (`Nhiệm vụ trọng tâm …`, `4.1. Mục tiêu`, `1. Chỉ tiêu
    năm 2025`) and not about results (`Kết quả thực hiện các chỉ tiêu`)."""
    text = evidence(words.text(heading))  # `NHIỆM VỤ, GIẢI PHÁP` reads as `nhiệm vụ giải pháp`
    return words.has(text, "plan_section") and not any(" " in w and _word_in(text, w) for _, w in words.of("result"))


def _signature(doc: Document, refs: References) -> set[int]:
    """The signature block's lines (by the code lists' redaction words), once per document."""
    from generator.extract.base import signature

    return signature(doc, refs)


def _page_foot(doc: Document, refs: References) -> set[int]:
    """A news page's foot (`Tin liên quan`, `Tin mới nhất`, `Từ khóa:` on a line of their own,
    in the second half of the page) and every line after it: other articles' titles, whose
    figures are read (they are printed) but are never this text's results."""
    words = set(refs.terms("page_foot"))
    half = len(doc.lines) // 2
    for number in range(half + 1, len(doc.lines) + 1):
        line = fold(doc.lines[number - 1]).strip().rstrip(":").strip()
        if line in words or any(line.startswith(w + ":") for w in words):
            return set(range(number, len(doc.lines) + 1))
    return set()


def _quoted_mail(doc: Document, refs: References) -> set[int]:
    """An e-mail's quoted earlier messages: the lines opening with `>` after a line that says
    who wrote them (`Vào lúc 16:30 …, … đã viết:`, `On … wrote:`; vocabulary page_foot quoted).
    Their figures are read (they are printed) but belong to the earlier message (last month's
    report, a request), never this text's results."""
    said = tuple(refs.terms("page_foot", "quoted"))
    out: set[int] = set()
    quoting = False
    for number, line in enumerate(doc.lines, start=1):
        text = line.strip()
        if not quoting and text.endswith(":") and fold(text.lstrip("> ")).rstrip(": ").endswith(said):
            quoting = True
        elif quoting and text.startswith(">"):
            out.add(number)
    return out


def _wider_scopes(doc: Document, refs: References) -> tuple[tuple[str, ...], tuple[str, ...], str]:
    """The wider_scope values that name a place wider than the report's own (province and
    nation for a district's or commune's report, nation for a province's), the words of them
    that are its own after all (`toàn thành phố` in a city's report), and its own level."""
    level, kind = own_level(doc, refs)
    values = {"district": ("province", "nation"), "commune": ("province", "nation"), "below": ("province", "nation"),
              "province": ("nation",)}.get(level, ())
    city = refs.term_values("place_level").get("city", [])
    own_words = tuple(w for value, w in Words(refs, accented(doc.lines)).of("wider_scope")
                      if kind in city and any(_word_in(fold(w), c) for c in city)) if values else ()
    return values, own_words, level


def _read_all(doc: Document, refs: References, end_line: int | None) -> list[ReadFigure]:
    skip = _signature(doc, refs)
    foot = (_page_foot(doc, refs) | _quoted_mail(doc, refs)) - skip
    last = len(doc.lines) if end_line is None else end_line
    words = Words(refs, accented(doc.lines))
    unmarked_words = Words(refs, False)
    found: list[ReadFigure] = []
    sentence = 0
    plan = False
    blocks = [b for b in doc.blocks() if b.first_line not in skip and b.first_line <= last]
    final = blocks[-1] if blocks else None
    own = own_places(doc, refs)
    wider = _wider_scopes(doc, refs)
    cancelled: set[str] = set()  # sections about what is to come that a results lead-in closed
    previous_block: Block | None = None
    listed = False  # list items under a paragraph that leads into targets (`… xác định các chỉ tiêu chủ yếu:`)
    for block in blocks:
        listed = listed and _BULLET.match(block.text) is not None
        if block.kind == "heading" and _results_lead_in(block.text, words, heading=True):
            # `b) Kết quả …` after `a) Mục tiêu đến năm 2025`: results, under whatever level it was put
            cancelled.update(h for h in block.headings if _plan_heading(h, words))
            plan = False
        elif block.kind == "heading":
            # a section about what is to come, and every section under it (`III. MỤC TIÊU, CHỈ
            # TIÊU NĂM 2025` / `1. Về dịch vụ công trực tuyến`), until the next heading
            plan = any(_plan_heading(h, words) for h in (*block.headings, block.text) if h not in cancelled)
        elif _upper_title(block):
            # an unnumbered title in capitals opens or closes one too (`NHIỆM VỤ TRỌNG TÂM THÁNG 11/2025`)
            plan = block.text not in cancelled and _plan_heading(block.text, words)
        elif plan and _results_lead_in(block.text, words):
            # `b) Kết quả …:` under `a) Mục tiêu đến năm 2025`: what follows is results
            cancelled.update(h for h in block.headings if _plan_heading(h, words))
            plan = False
        # a paragraph typed without its tone marks in a report that has them (a line from an old phone or a fax): read it folded
        block_words = unmarked_words if words.exact and len(block.text) >= UNMARKED_BLOCK and not accented([block.text]) else words
        figs, sentence = read_block(block, refs, sentence, plan or listed, truncated=block is final and doc.lines[-1].strip() != "",
                                    words=block_words, own=own, wider=wider, card=_card_label(previous_block, block))
        previous_block = block
        listed = listed or (block.kind == "paragraph" and _targets_lead_in(block.text, words))
        if block.kind == "footnote":
            for f in figs:
                f.note = True  # a footnote's figures detail, qualify or set aside the body's: remarks, never filed
        found.extend(f for f in figs if f.line not in skip)
    found.extend(read_table_lines(doc, refs, skip, last, words, own, wider[2]))
    if wider[2] in ABOVE_COMMUNE:
        _communes_named_back(found, doc, refs, words)
    if wider[0]:
        _wider_captions(found, doc, words, wider)
    _body_through_semicolons(found, refs)
    _place_through_semicolons(found, refs)
    _wider_through_sentence(found, refs)
    issuer = issuer_body(doc, refs)
    if issuer:
        whole = [(value, w) for value, w in refs.words("breakdown") if value == "all"]
        for fig in found:
            # a department's report: its dossiers are its own, unless the figure's paragraph has
            # said `toàn tỉnh` before it (`Năm 2024, toàn tỉnh tiếp nhận … Đã giải quyết 598.215 hồ sơ`)
            said = fig.source.text[: fig.start] if isinstance(fig.source, Block) else (fig.before or fig.near)
            if not fig.body and not _has(fold(said), whole):
                fig.body = issuer
    convention = text_convention("\n".join(doc.lines))
    tables: dict[int, str | None] = {}
    dated = _report_date(doc)
    for fig in found:
        if fig.ambiguous and fig.alternatives and convention == "en":
            # `3,412` in a text that prints `1,234,567` and `77.18%`: its own convention groups thousands
            grouped = fig.alternatives[0]
            fig.value, fig.ambiguous, fig.number_style = int(grouped) if float(grouped).is_integer() else grouped, False, "en"
        elif convention == "en" and fig.number_style == "vi" and fig.value and _COMMA_GROUPS.fullmatch(fig.printed):
            # `1,250 triệu đồng` in a text that prints `1,234,567` and `96.5%`: 1,250 millions, not 1,25
            fig.value, fig.number_style = fig.value / float(fig.printed.replace(",", ".")) * int(fig.printed.replace(",", "")), "en"
        elif fig.ambiguous and fig.alternatives and fig.in_table and _table_convention(found, fig.table, tables) == "en":
            # `1,214` in an appendix table that prints `61.39`, `63.18` (a report whose prose writes `91,43%`): the table's own convention
            grouped = fig.alternatives[0]
            fig.value, fig.ambiguous, fig.number_style = int(grouped) if float(grouped).is_integer() else grouped, False, "en"
        fig.elsewhere = fig.line in foot
        if not fig.in_table and isinstance(fig.source, Block) and (_against_earlier(fig, words) or _earlier_in_bracket(fig, words)):
            fig.comparison = True  # `4,6% so với tháng trước`: a change against an earlier period
        opened = _opening_year(fig.before) if dated and not fig.in_table else None
        if opened is None and dated and not fig.in_table and isinstance(fig.source, Block):
            # under `1. Năm 2022 - năm đầu triển khai` in a three-year review, unless its sentence names another
            # year before it (`Năm 2025: …` heading `… ngân sách huyện năm 2024 đã bố trí 2,4 tỷ đồng`)
            opened = _heading_year(fig.source.headings)
            named_years = {d.first.year for d in find_dates(fig.before) if d.first is not None}
            if opened is not None and named_years and opened not in named_years:
                opened = None
        if opened is None and dated and not fig.in_table and _opening(words.text(fig.before.lstrip()), words, "earlier_period") is not None:
            opened = dated.year - 1  # `Năm ngoái, …`: the year before the report's
        if dated and not fig.in_table and fig.role == "result" and (compared := _compared_year(fig.before, words)) is not None \
                and compared < dated.year:
            fig.comparison = True  # `… cao hơn so với năm 2024, khi tỷ lệ … là 82,6%`: the year compared with
        if opened is None or dated is None:
            continue
        # an earlier year's figure (`Năm 2023, Sở tiếp nhận 3.071 hồ sơ …` in a report of December 2024); the
        # year before is the report's own when it is dated in the first months (an annual report written in January)
        if opened < dated.year - 1 or (opened == dated.year - 1 and dated.month > LATE_ANNUAL_MONTHS):
            fig.comparison = True
        elif opened > dated.year and fig.role == "result":
            fig.role = "target"  # `Năm 2025, tỉnh … đạt trên 98%` in a 2024 report: what is aimed at
    for fig in found:
        if dated and not fig.in_table and fig.role == "result" and (year := _own_year(fig)) is not None and year > dated.year:
            fig.role = "target"  # `Bố trí kinh phí năm 2025 cho Đề án 06 tối thiểu 25 tỷ đồng` in a 2024 report
        elif dated and not fig.in_table and fig.role == "result" and _due_after(fig, dated):
            fig.role = "target"  # `hoàn thành 100% cơ sở … trong quý I/2025` in a report of December 2024
    found.sort(key=lambda f: (f.line, f.in_table, f.start))
    for i, fig in enumerate(found):
        fig.index = i
    return found


_PUNCTUATION = re.compile(r"[,;:()\[\]\"'“”‘’!?*/\\]+")
def _table_convention(found: list[ReadFigure], table: int, tables: dict[int, str | None]) -> str | None:
    """The number convention one table's cells print in: those only one convention prints (numbers
    .text_convention's, and a rate column's two decimals without its `%`: `61.39` English, `61,39`
    Vietnamese), as many and as clearly as a whole text needs."""
    if table not in tables:
        cells = [f.printed for f in found if f.in_table and f.table == table]
        en = sum(1 for p in cells if _EN_CELL.fullmatch(p))
        vi = sum(1 for p in cells if _VI_CELL.fullmatch(p))
        tables[table] = "en" if en >= CONVENTION_SIGNS and en >= CONVENTION_MARGIN * vi else \
            "vi" if vi >= CONVENTION_SIGNS and vi >= CONVENTION_MARGIN * en else None
    return tables[table]


_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+")  # `1,250`: read as a decimal before a multiplier word in a Vietnamese text
_EN_CELL = re.compile(r"\d{1,3}(?:,\d{3}){2,}|\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}\.\d{2}")
_VI_CELL = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3},\d{2}")


@lru_cache(maxsize=16384)
def evidence(text: str) -> str:
    """Words to look for rules in: punctuation dropped, single spaces (`sở, ngành` reads as
    `sở ngành`). Memoised on the text (a block's lead and heading are every figure's)."""
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def _kept(text: str, words: Words, members: bool = True) -> str:
    """Text without what a bracket says is left out (`(không gồm lĩnh vực Công an)`; vocabulary
    left_out) or taken in (`(gồm cả … Công an xã giải quyết)`; included), or (with members) lists a group's
    members: no evidence of what a figure counts."""
    if "(" not in text:
        return text
    out, cursor = [], 0
    for m in _BRACKET.finditer(text):
        if words.starts(m.group(1).lstrip(), "left_out") or words.starts(m.group(1).lstrip(), "included") \
                or (members and _members(m.group(1), words.has(_words_before(text, m.start(), GROUP_WORDS), "member_group"))):
            out.append(text[cursor : m.start()])
            cursor = m.end()
    return "".join(out) + text[cursor:]


GROUP_WORDS = 4  # words before a bracket that may name the group it lists


def _past_open_bracket(text: str, start: int, end: int, words: Words) -> str:
    """text[start:end], less its opening words when they close a bracket opened before start that says what
    is taken in or left out, or lists members (`(gồm 11 dịch vụ lĩnh vực Công an và 14 dịch vụ của các ngành):
    tổng số 21.560 hồ sơ`: a clause that starts past the bracket's last figure is no evidence of the ngành's)."""
    segment = text[start:end]
    close, opening = segment.find(")"), segment.find("(")
    if close == -1 or (opening != -1 and opening < close):
        return segment
    opened = text.rfind("(", 0, start)
    if opened == -1 or ")" in text[opened:start]:
        return segment
    inside = text[opened + 1 : start + close]
    if words.starts(inside.lstrip(), "left_out") or words.starts(inside.lstrip(), "included") \
            or _members(inside, words.has(_words_before(text, opened, GROUP_WORDS), "member_group")):
        return segment[close + 1 :]
    return segment


def _members(inside: str, after_group: bool = False) -> bool:
    """A bracket that lists a group's members (`nhóm dịch vụ … Công an (cư trú, căn cước, đăng ký
    xe)`): three short items or more, no figure; two right after a group's word (`thuộc lĩnh vực Công
    an (cư trú, căn cước)`; vocabulary member_group); no evidence of what a figure counts."""
    items = [i.strip() for i in inside.split(",")]
    return len(items) >= (2 if after_group else 3) and not any(ch.isdigit() for ch in inside) and all(0 < len(i.split()) <= 4 for i in items)


_BRACKET = re.compile(r"\(([^()]*)(?:\)|$)")  # (a lead cut at a comma inside a bracket leaves it open)


def accented(lines: list[str]) -> bool:
    """Whether the text carries its tone marks (most reports do; some arrive without them):
    more than 1 % of its characters beyond ASCII (every Vietnamese tone mark is)."""
    sample = "".join(lines[:400])
    return not sample or (len(sample.encode("utf-8")) - len(sample)) / len(sample) > 0.01


UNMARKED_BLOCK = 40  # characters of a paragraph enough to tell it was typed without tone marks


def _one_space(matched: str) -> str:
    """A vocabulary word as matched, its runs of spaces made one (the word as the code list writes it)."""
    return " ".join(matched.split())


class _SpacedWords(dict):
    """word -> value, looked up by a word as matched with runs of spaces (`trực  tuyến`)."""

    def __missing__(self, matched: str) -> str:
        return self.get(_one_space(matched), "")


class Words:
    """The vocabulary (codelists/vocabulary.csv), matched as whole words on lower-case text
    with its tone marks (`chưa` is not `chữa`, `đạt` is not `đất`), or on folded text when
    the report has no tone marks."""

    def __init__(self, refs: References, exact: bool = True) -> None:
        self.refs = refs
        self.exact = exact
        self._patterns: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}

    def text(self, text: str) -> str:
        """The same-length text the vocabulary is matched on."""
        return lower_keep(text) if self.exact else fold_keep(text)

    def of(self, category: str) -> list[tuple[str, str]]:
        return self.refs.words(category, self.exact)

    def _pattern(self, category: str, text: str = "") -> tuple[re.Pattern[str], dict[str, str]]:
        """One pattern of a category's words (whole words, longest first) and word -> value; for a
        text with runs of spaces (justified PDF text: `trực  tuyến`), one whose spaces match them."""
        spaced = "  " in text or "\n" in text or "\t" in text
        mine = self._patterns.get((category, spaced))
        if mine is not None:
            return mine
        self._patterns[(category, spaced)] = mine = self._build(category, spaced)
        return mine

    def _build(self, category: str, spaced: bool) -> tuple[re.Pattern[str], dict[str, str]]:
        def build(refs: References) -> dict[tuple[str, bool, bool], tuple[re.Pattern[str], dict[str, str]]]:
            return {}
        cache = self.refs.prepare("vocabulary_patterns", build)
        key = (category, self.exact, spaced)
        if key not in cache:
            entries = self.of(category)
            values: dict[str, str] = {}
            for value, word in entries:
                values.setdefault(word, value)
            for value, word in self.of("word_mask"):  # `trợ cấp xã hội` is no `cấp xã`: matched, then ignored
                if value == category:
                    values.setdefault(word, "")
            escaped = (re.escape(w).replace(r"\ ", r"\s+") if spaced else re.escape(w) for w in sorted(values, key=len, reverse=True))
            alternatives = "|".join(escaped) or "(?!)"
            cache[key] = (re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])"), _SpacedWords(values) if spaced else values)
        return cache[key]

    def has(self, text: str, category: str) -> bool:
        pattern, values = self._pattern(category, text)
        return any(values[m.group(0)] for m in pattern.finditer(text))

    def last(self, text: str, category: str) -> tuple[str, int, str] | None:
        """(value, position, word) of the category's word that ends last in text."""
        pattern, values = self._pattern(category, text)
        best = None
        for m in pattern.finditer(text):
            if values[m.group(0)]:
                best = m
        if best is None:
            return None
        word = best.group(0)
        return values[word], best.start(), _one_space(word) if isinstance(values, _SpacedWords) else word

    def value_in(self, text: str, category: str, value: str) -> bool:
        """Whether text holds a word of the category's value."""
        pattern, values = self._pattern(category, text)
        return any(values[m.group(0)] == value for m in pattern.finditer(text))

    def found(self, text: str, category: str) -> list[str]:
        """The category's words in text, in order."""
        pattern, values = self._pattern(category, text)
        return [_one_space(m.group(0)) if isinstance(values, _SpacedWords) else m.group(0) for m in pattern.finditer(text) if values[m.group(0)]]

    def blanked(self, text: str, category: str) -> str:
        """text with every word of the category replaced by spaces (same length)."""
        pattern, values = self._pattern(category, text)
        return pattern.sub(lambda m: " " * len(m.group(0)) if values[m.group(0)] else m.group(0), text)

    def starts(self, text: str, category: str) -> bool:
        pattern, values = self._pattern(category, text)
        m = pattern.match(text)
        return m is not None and bool(values[m.group(0)])


# ---------------------------------------------------------------- prose

CARD_LABEL = 100  # characters of a label line above the value it names (a dashboard's card)


def _card_label(previous: Block | None, block: Block) -> str:
    """A dashboard's card copied as text (`Hồ sơ TTHC tiếp nhận trong tháng` / `52.847` / `hồ sơ`): the
    label line right above a block that opens with a number, itself a short capitalised line with no
    number and no end punctuation, names what the value counts (an infographic's counted noun under
    its value, `46` / `bệnh viện, trung tâm y tế …`, opens in lower case)."""
    if previous is None or previous.kind != "paragraph" or previous.segments[-1][1] + 1 != block.first_line:
        return ""
    label = previous.text[previous.segments[-1][0] :].strip()  # (its last line: the lines of a card may join into one paragraph)
    if not label or not label[0].isupper() or len(label) > CARD_LABEL or any(ch.isdigit() for ch in label) or label[-1] in ".;:,!?" \
            or not block.text.lstrip()[:1].isdigit():
        return ""
    return label.lower()


def read_block(block: Block, refs: References, sentence: int = 0, plan: bool = False, truncated: bool = False,
               words: Words | None = None, own: frozenset[str] = frozenset(),
               wider: tuple[tuple[str, ...], tuple[str, ...], str] = ((), (), ""), card: str = "") -> tuple[list[ReadFigure], int]:
    """The figures of one prose block; `sentence` numbers the sentences across blocks. `own`:
    the names of the report's own place (a figure of another named place is that part's);
    `card`: the label printed on the line above a block that opens with its value."""
    words = words or Words(refs)
    text = block.text
    figures = [f for f in find_figures(text, refs.number_words, include_bare=True) if _is_figure(text, f, refs, block)]
    if truncated and figures and figures[-1].end == len(text) and not figures[-1].unit:
        figures.pop()  # an excerpt that stops mid-number ("… cho 11")
    if not figures:
        return [], sentence + 1
    folded = fold_keep(text)
    vtext = words.text(text)
    lead = _lead(text, words)
    heading = block.headings[-1] if block.headings else ""
    local = words.has(words.text(heading), "local_section")
    sentences = _spans(text, _SENTENCE)
    levels = refs.words("breakdown")
    # the item's lead or its heading naming another place makes every figure of the block that place's
    block_part = any(names_part(t, own, refs, levels, wider[2]) for t in (text[lead[0] : lead[1]] if lead else "", heading) if t)
    out = []
    for k, fig in enumerate(figures):
        s_index = next((i for i, (a, b) in enumerate(sentences) if a <= fig.start < b), 0)
        s_start, s_end = sentences[s_index]
        previous_end = figures[k - 1].end if k and figures[k - 1].end > s_start else s_start
        if k and figures[k - 1].ratio_part == "numerator" and fig.ratio_part == "denominator":
            previous_end = s_start
        line, quote = block.quote(fig.start, fig.end)
        previous_pct = max((f.end for f in figures[:k] if f.unit == "percent"), default=0)
        following = figures[k + 1].start if k + 1 < len(figures) and figures[k + 1].start < s_end else None
        rf = _context(text, folded, vtext, fig, refs, words, (s_start, s_end), previous_end, lead, heading, previous_pct,
                      lead_in=_lead_in(text, sentences, s_index), next_start=following)
        rf.clause = _segment(text, folded, vtext, figures, k, s_start, s_end, words)
        rf.led = bool(lead) and not _FULL_STOP.search(text, lead[1], fig.start)
        rf.line, rf.quote, rf.sentence = line, quote, sentence + s_index
        rf.subject = text[lead[0] : lead[1]] if lead else heading
        if card and k == 0:
            # the card's label is the value's own words (`Tỷ lệ hồ sơ trực tuyến` / `77,98%`)
            rf.near = f"{words.text(card)} {rf.near}"
            rf.channel = rf.channel or _measure_channel(card, words)
        rf.source = block
        # (a model's section may still give the whole place's figures: `Năm 2025, toàn tỉnh tiếp nhận 612.408 hồ sơ …`)
        rf.local = local and not words.value_in(vtext[s_start : fig.start], "breakdown", "all")
        rf.asked = text[s_start:s_end].rstrip(" \"'”’)").endswith("?")
        if rf.breakdown == "all" and (block_part or names_part(text[s_start : fig.start], own, refs, levels, wider[2])
                                      or _named_before(text, s_start, fig.start, own, refs) or _former_named(text[_opened_at(text, sentences, s_index) : fig.start], refs)):
            rf.breakdown = "place"
        if rf.breakdown == "all" and rf.unit == "count" and _people_of_staff(rf, words.text(text[_opened_at(text, sentences, s_index) : fig.start]), words):
            rf.breakdown = "group"  # `Toàn ngành có 37.962 công chức, viên chức, người lao động; đến nay 37.418 người đã kích hoạt …`
        if rf.breakdown == "all" and (units := _counted_units(out, rf, text, words)):
            rf.breakdown = units  # `148 xã, phường tiếp nhận 164.851 hồ sơ`: those units' figure
        if rf.breakdown == "all" and wider[0] and (w := words.last(rf.own, "wider_scope") or _opening(rf.before, words, "wider_scope")
                                                   or _lead_in_scope(vtext[_opened_at(text, sentences, s_index) : s_start], words)) is not None \
                and w[0] in wider[0] and w[2] not in wider[1]:
            rf.breakdown = "wider"  # `Toàn tỉnh … 896.214 tài khoản` in a district's report
        out.append(rf)
    _roles(vtext, out, words, plan)
    task_end = text.rfind(":")
    if task_end != -1 and _status_only(text[task_end + 1 :], refs):
        for rf in out:
            if rf.start < task_end and rf.role == "result":
                rf.role = "target"  # `2. Thu nhận hồ sơ cấp thẻ Căn cước cho 100% công dân thuộc diện: [x] Đang thực hiện`: a task's aim
    _parts_inherit_breakdown(out, text)
    return out, sentence + max(1, len(sentences))


LEVELS = ("province_level", "district_level", "commune_level")  # breakdown values that name one level of government
RATE_GAP = 120  # characters from a count to the rate printed after it in its clause (`… 20.418 cán bộ … (đạt 94,51%`)


def _counted_units(before: list[ReadFigure], fig: ReadFigure, text: str, words: Words) -> str:
    """The breakdown of a figure whose clause opened with a count of units (`Trong tháng, 148 xã,
    phường tiếp nhận …`; vocabulary counted_units), or ""."""
    for other in reversed(before):
        if other.sentence != fig.sentence or ";" in text[other.end : fig.start]:
            return ""
        opened = text[: other.start]
        if opened.count("(") > opened.count(")"):
            continue  # `toàn tỉnh (cấp tỉnh và 148 xã, phường) tiếp nhận …`: a bracket says what the whole takes in
        if other.unit == "count" and not other.ratio_part and other.measure:
            if words.value_in(words.text(text[max(0, other.start - UNITS_JOINED) : other.start]), "breakdown", "levels_together"):
                return ""  # `Bộ phận Một cửa huyện và 17 xã, thị trấn tiếp nhận …`: both levels, the place's whole
            found = words.last(words.text(other.measure), "counted_units")
            if found is not None and found[1] == 0 and len(found[2]) >= len(other.measure.strip()) - 1:
                return found[0]
    return ""


def _people_of_staff(fig: ReadFigure, opened: str, words: Words) -> bool:
    """A count of bare `người` (vocabulary staff_group person) in a sentence that named staff before it, through
    `;` (staff_group staff: `công chức, viên chức`): those staff, a group, never the place's people."""
    measure = words.text(fig.measure).strip()
    return bool(measure) and any(measure == w for v, w in words.of("staff_group") if v == "person") \
        and any(_word_in(opened, w) for v, w in words.of("staff_group") if v == "staff")


UNITS_JOINED = 40  # characters before a count of units searched for the level joined to them (`… huyện và 17 xã`)


def _upper_title(block: Block) -> bool:
    """A paragraph of one line in capitals that ends no sentence (`NHIỆM VỤ TRỌNG TÂM THÁNG 11/2025 VÀ
    KIẾN NGHỊ`): a part's title, though no number or markup makes it a heading."""
    text = block.text.strip()
    letters = [c for c in text if c.isalpha()]
    return block.kind == "paragraph" and len(block.segments) == 1 and len(letters) >= UPPER_TITLE_LETTERS \
        and all(c.isupper() for c in letters) and not text.endswith((".", ";", ","))


UPPER_TITLE_LETTERS = 5  # letters a title in capitals has at least (`SỐ LIỆU`)


def _past_bracket(text: str) -> str:
    """The text since the previous figure past the end of the bracket that figure stood in
    (`(trong đó 21.355 hồ sơ … cho trẻ em), đã trả 55.912 thẻ`: that aside scopes its own figure,
    nothing after it); a whole bracket between them still does (`(Luật Căn cước có hiệu lực)`)."""
    closed = text.find(")")
    return text[closed + 1 :] if closed != -1 and "(" not in text[:closed] else text


def _former_named(before: str, refs: References) -> bool:
    """The figure's clause names a former unit (`riêng khu vực Bến Tre (cũ) thu nhận 11.836 hồ sơ`,
    `Khu vực Hà Giang cũ có tỷ lệ …`), or refers back to the one its sentence named (vocabulary
    unit_back_reference area): a part of the merged place (places.names_former, places.former_named_bare)."""
    clause = before[before.rfind(";") + 1 :]
    if ("(" in clause and names_former(fold(clause), refs)) or former_named_bare(clause, refs):
        return True
    # `… khu vực tỉnh Đắk Nông cũ có đông đồng bào …; tỷ lệ kích hoạt ở khu vực này mới đạt 71,5%`: referred back to
    back = lower_keep(clause)
    return any(_word_in(back, w) for w in refs.terms("unit_back_reference", "area", form="exact")) \
        and (names_former(fold(before), refs) or former_named_bare(before, refs))


def _named_before(text: str, s_start: int, at: int, own: frozenset[str], refs: References) -> bool:
    """A sentence that speaks of a place by its type word alone (`Trong tháng 11, huyện tiếp nhận
    3.416 hồ sơ`) after an earlier sentence of its paragraph named one of that type that is not
    the report's own (`huyện Sơn Tịnh được đánh giá …`): that place's figure."""
    if s_start == 0:
        return False
    kinds = {m.kind for m in mentions(text[:s_start], refs) if m.kind and m.name not in own}
    if not kinds or mentions(text[s_start:at], refs):
        return False
    before = fold(text[s_start:at])
    return any(_word_in(before, kind) for kind in kinds)


ABOVE_COMMUNE = ("nation", "province", "district")  # own levels (generator.reading.places) whose communes are parts
PARAGRAPH_LOOKBACK = 8  # lines of the same paragraph (no blank line between) looked back through for a commune's name


def _communes_named_back(found: list[ReadFigure], doc: Document, refs: References, words: Words) -> None:
    """In a report above the communes: after its paragraph named a commune by its type word and a
    capitalised name (`… tại xã Tùng Ảnh.`: the code list holds none), a sentence that refers back
    to one (`tỷ lệ hồ sơ trực tuyến của xã đạt 98,6%`; vocabulary unit_back_reference) gives that
    commune's figure."""
    kinds = refs.terms("place_type", "commune", form="exact")
    if not kinds:
        return
    pattern = re.compile(r"(?<![^\W_])(?:%s)\s+(?=\w)" % "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True)))
    for fig in found:
        if fig.breakdown != "all" or fig.in_table or not isinstance(fig.source, Block) \
                or not words.value_in(fig.before, "unit_back_reference", "commune"):
            continue
        first = fig.source.first_line - 1
        start = first
        while start > 0 and first - start < PARAGRAPH_LOOKBACK and doc.lines[start - 1].strip():
            start -= 1
        earlier = "\n".join(doc.lines[start:first]) + "\n" + fig.source.text[: fig.start - len(fig.before)]
        if any(earlier[m.end()].isupper() for m in pattern.finditer(lower_keep(earlier))):
            fig.breakdown = "place"


CAPTION_LOOKBACK = 12  # list lines looked back through for the caption line that heads them


def _wider_captions(found: list[ReadFigure], doc: Document, words: Words, wider: tuple[tuple[str, ...], tuple[str, ...], str]) -> None:
    """A list under a caption line that is a wider place alone (a news page's box: `Cả nước:` then
    `- Tài khoản định danh điện tử đã kích hoạt: trên 61 triệu`): the items are that place's
    figures (breakdown wider), until a line that is neither an item nor blank-free."""
    for fig in found:
        if fig.breakdown != "all" or fig.in_table or not isinstance(fig.source, Block):
            continue
        first = fig.source.first_line - 1
        if not _ITEM_MARK.match(doc.lines[first]).group(0).strip():
            continue
        k = first - 1
        while k >= 0 and first - k <= CAPTION_LOOKBACK and doc.lines[k].strip():
            line = doc.lines[k].strip()
            if _ITEM_MARK.match(line).group(0).strip():
                k -= 1
                continue
            if line.endswith(":"):
                caption = words.text(line[:-1].strip())
                w = words.last(caption, "wider_scope")
                if w is not None and w[0] in wider[0] and w[2] not in wider[1] and not caption[: w[1]].strip() \
                        and not caption[w[1] + len(w[2]) :].strip():
                    fig.breakdown = "wider"
            break


def _body_through_semicolons(found: list[ReadFigure], refs: References) -> None:
    """A body named at the head of a sentence that runs on through `;` (`Năm 2024, Sở tiếp nhận
    1.246 hồ sơ TTHC …; 100% hồ sơ được số hóa …; 98,7% hồ sơ giải quyết trước và đúng hạn`) is the
    subject of every clause after it, until a clause names a place, a scope (`toàn tỉnh`) or
    another body."""
    whole = [(value, w) for value, w in refs.words("breakdown") if value == "all"]
    for previous, fig in zip(found, found[1:]):
        if fig.body or not previous.body or fig.source is not previous.source or not isinstance(fig.source, Block) \
                or fig.in_table or fig.breakdown != "all":
            continue
        between = fig.source.text[previous.end : fig.start]
        if ";" in between and not _FULL_STOP.search(between) and not _has(fold(fig.before), whole):
            fig.body = previous.body


PLACE_AT_HEAD = 30  # characters into a sentence within which the place it names is its subject


def _place_through_semicolons(found: list[ReadFigure], refs: References) -> None:
    """A part of the place named at the head of a sentence that runs on through `;` (`Công an đặc
    khu Phú Quý được trang bị 02 bộ máy …; trong năm 2025 đã thu nhận 3.412 hồ sơ, kích hoạt 4.870
    tài khoản …`) is the subject of the clauses after it, until one names a place, a scope
    (`toàn tỉnh`) or a body of its own."""
    whole = [(value, w) for value, w in refs.words("breakdown") if value == "all"]
    carried: set[int] = set()
    for previous, fig in zip(found, found[1:]):
        if fig.breakdown != "all" or previous.breakdown != "place" or fig.body or fig.in_table or fig.source is not previous.source \
                or not isinstance(fig.source, Block):
            continue
        between = fig.source.text[previous.end : fig.start]
        if _FULL_STOP.search(between) or not (";" in between or (previous.sentence == fig.sentence and id(previous) in carried)):
            continue
        text = fig.source.text
        head = text[max(0, previous.start - len(previous.before)) : previous.start]  # (`before` is lower case)
        if id(previous) not in carried and (previous.part_of or not (named := mentions(head, refs)) or named[0].start > PLACE_AT_HEAD):
            continue  # (a part in brackets, `(riêng thành phố Tuyên Quang đạt 88,1%)`, or a place named late: no subject of the sentence)
        if mentions(text[max(0, fig.start - len(fig.before)) : fig.start], refs) or _has(fold(fig.before), whole):
            continue
        fig.breakdown = "place"
        carried.add(id(fig))


def _wider_through_sentence(found: list[ReadFigure], refs: References) -> None:
    """A wider place named at the head of a sentence (`trên phạm vi toàn quốc đã thu nhận hơn 87,3 triệu hồ sơ cấp
    CCCD, cấp hơn 86,2 triệu thẻ; thu nhận hơn 86,7 triệu hồ sơ ĐDĐT …`) is the subject of its clauses after it,
    through `,` and `;` to the full stop, until one names a place or a scope (`toàn tỉnh`) of its own."""
    whole = [(value, w) for value, w in refs.words("breakdown") if value == "all"]
    for previous, fig in zip(found, found[1:]):
        if fig.breakdown != "all" or previous.breakdown != "wider" or fig.in_table or fig.source is not previous.source \
                or not isinstance(fig.source, Block) or fig.part_of and fig.body:
            continue
        since = fig.source.text[previous.end : fig.start]
        if re.search(r"[.!?]\s", since) or "\n" in since:
            continue  # (a full stop before a number too: `… đạt 81,2%. 147/147 cơ sở …`)
        if mentions(since, refs) or _has(fold(since), whole):
            continue
        fig.breakdown = "wider"


def _parts_inherit_breakdown(figures: list[ReadFigure], text: str) -> None:
    """A part (`trong đó 47.215 hồ sơ trực tuyến`) of a count that counts one level, place or
    group (`UBND cấp huyện, cấp xã tiếp nhận 58.731 hồ sơ`) counts within it: the same
    breakdown; so does the rate printed right after such a count or part (`(đạt 80,39%)`)."""
    whole: ReadFigure | None = None
    previous: ReadFigure | None = None
    for fig in figures:
        if whole is not None and whole.sentence != fig.sentence:
            whole = None
        if fig.unit == "percent":
            if previous is not None and previous.unit != "percent" and previous.sentence == fig.sentence and previous.breakdown != "all" \
                    and fig.breakdown == "all" and fig.role == previous.role \
                    and (previous.part_of or (0 <= fig.start - previous.end <= RATE_GAP and ";" not in text[previous.end : fig.start])):
                fig.breakdown = previous.breakdown
        elif not fig.part_of:
            if text[: fig.start].count("(") <= text[: fig.start].count(")"):
                whole = fig  # (not a bracket's part: `18.524 hồ sơ TTHC (cấp tỉnh 4.117, cấp xã 14.407), trong đó trực tuyến …`)
        elif whole is not None and whole.breakdown != "all" and fig.breakdown == "all":
            fig.breakdown = whole.breakdown
        elif fig.breakdown in LEVELS and text[: fig.start].count("(") <= text[: fig.start].count(")"):
            # `Cụ thể: cấp huyện tiếp nhận 1.702 hồ sơ, trực tuyến 1.566 hồ sơ`: a part naming its level heads those after
            # it (not one in a bracket: `(cấp thị xã 1.036 hồ sơ, cấp xã 1.838 hồ sơ), trong đó nộp trực tuyến …`)
            whole = fig
        previous = fig


def _roles(vtext: str, figures: list[ReadFigure], words: Words, plan: bool) -> None:
    """Result, target or directive for each figure of a block, in order. A target word
    (`chỉ tiêu`, `phấn đấu`, `kế hoạch đề ra`) between the figure before it in its sentence
    and the figure makes a target, and the figures after it stay targets until a result
    word (`đạt`, `đã`); a directive word earlier in the sentence makes a directive; in a
    section about what is to come, or an item that opens with a target word, a figure not
    said to be reached (`đã`) is a target. A figure in brackets right after another is a
    part of it, and so are the figures listed after a part (`trong đó trực tuyến 9.811 hồ
    sơ, trực tiếp 449 hồ sơ`)."""
    previous: ReadFigure | None = None
    listed: set[int] = set()  # targets of a list a pledge leads (`phấn đấu: …; …`)
    opening = _BULLET.sub("", vtext[:60])
    pledge = next((w for v, w in words.of("role") if v == "target" and opening.startswith(w)
                   and (len(opening) == len(w) or not opening[len(w)].isalnum())), "")
    for fig in figures:
        same = previous is not None and previous.sentence == fig.sentence
        start = previous.end if same else fig.start - len(fig.before)
        window = _without(vtext[start : fig.start], words, "achieved")
        paren = vtext.rfind("(", start, fig.start)
        if same and paren != -1 and vtext.find(")", paren, fig.start) == -1 and fig.unit != "percent" and paren - previous.end <= 40:
            fig.part_of = True  # `20/20 cơ sở (Trung tâm Y tế huyện và 19 trạm y tế)`
        if same and previous.part_of and fig.channel and not fig.part_of and "(" not in window and ")" not in window:
            fig.part_of = True
        if same and previous.part_of and not fig.part_of and ";" not in window and _same_noun(previous, fig):
            fig.part_of = True  # `trong đó … cho 5.474 trường hợp và … cho 564 trường hợp`: the parts listed
        found = words.last(window, "role")
        if found is not None and found[0] == "target":
            # (a pledge before a narrower target word, `phấn đấu kích hoạt thêm ít nhất 400 tài khoản`,
            # still governs the sentence: a bare `đạt` after it goes on with it)
            fig.role, fig.role_words, fig.pledged = "target", found[2], words.value_in(window, "pledge", "pledge")
            if fig.pledged and any(re.search(rf"(?<!\w){re.escape(w)}\s*:|:\s*{re.escape(w)}(?!\w)", window)
                                   for value, w in words.of("pledge") if value == "pledge"):
                listed.add(id(fig))  # `phấn đấu:` (or `… nhiệm vụ trọng tâm: phấn đấu …`) leads a list of targets, on through `;`
        elif same and previous.role == "target" and (not words.has(window, "result") or _pledge_goes_on(window, previous, words)):
            fig.role, fig.role_words = "target", previous.role_words
            if id(previous) in listed:
                listed.add(id(fig))
        elif previous is not None and previous.role == "target" and previous.role_words and _after_semicolon(vtext, previous, fig) \
                and (not words.has(vtext[previous.end : fig.start], "result")
                     or (id(previous) in listed and _goes_on(vtext[previous.end : fig.start], words))):
            fig.role, fig.role_words = "target", previous.role_words  # `… phải đạt 100%; 100% người hưởng … nhận qua tài khoản`
            if id(previous) in listed:
                listed.add(id(fig))  # `… phấn đấu: tỷ lệ … đạt tối thiểu 80%; tỷ lệ số hóa … đạt 100% …`: the list the pledge leads
        elif (d := words.last(vtext[fig.start - len(fig.before) : fig.start], "role")) is not None and d[0] == "directive":
            fig.role, fig.role_words = "directive", d[2]  # `chỉ đạo` earlier in the sentence
        elif _opens(fig.own, words, "weak_directive") or _opens(_BULLET.sub("", vtext[fig.start - len(fig.before) : fig.start]), words, "weak_directive"):
            fig.role = "directive"  # `Đề nghị`, `Đảm bảo` opening the sentence or the figure's clause
            carried = _targets_carried(vtext, fig.start - len(fig.before), words)
            if carried:
                fig.role, fig.role_words = "target", carried  # `… giao 07 chỉ tiêu … Theo đó, yêu cầu … 100% …`
        elif (plan or pledge) and not words.has(vtext[fig.start - len(fig.before) : fig.start], "past"):
            fig.role, fig.role_words = "target", pledge  # (empty: a section about what is to come)
        elif fig.unit == "percent" and words.value_in(words.text(fig.qualifier), "qualifier", "at_least"):
            fig.role = "target"  # `tối thiểu 80%`: a floor set, never a rate reached
        else:
            fig.role = "result"
        previous = fig


def _after_semicolon(vtext: str, previous: ReadFigure, fig: ReadFigure) -> bool:
    """The figure opens the next `;` clause after the one its previous figure ended."""
    between = vtext[previous.end : fig.start]
    return previous.sentence + 1 == fig.sentence and between.count(";") == 1 and not _FULL_STOP.search(between)


def _pledge_goes_on(window: str, previous: ReadFigure, words: Words) -> bool:
    """`tỉnh đặt mục tiêu 100% … và tỷ lệ … đạt trên 98%`: after a pledge (vocabulary pledge), a
    bare `đạt` goes on with what is aimed at; only a word of the past (`đã`, `đạt được`) or
    `kết quả` says it was reached."""
    return (previous.pledged or words.value_in(previous.role_words, "pledge", "pledge")) and _goes_on(window, words)


def _goes_on(window: str, words: Words) -> bool:
    """No word of the past (`đã`, `đạt được`) and no result word but a bare `đạt` (vocabulary pledge goes_on)."""
    goes_on = {w for value, w in words.of("pledge") if value == "goes_on"}
    return not words.has(window, "past") and all(w in goes_on for w in words.found(window, "result"))


TARGETS_BEFORE = 300  # characters of the sentence before an `accordingly` instruction searched for the targets it carries out


def _targets_carried(vtext: str, sentence_start: int, words: Words) -> str:
    """The target words of the sentence before, when this sentence opens with `Theo đó`
    (accordingly) and an instruction: it carries out those targets."""
    opening = _BULLET.sub("", vtext[sentence_start : sentence_start + 40]).lstrip(" ,;:-–(")
    if not any(opening.startswith(w) and not opening[len(w) : len(w) + 1].isalnum() for v, w in words.of("connective") if v == "accordingly"):
        return ""
    before = vtext[max(0, sentence_start - TARGETS_BEFORE) : sentence_start]
    found = words.last(before, "role")
    return found[2] if found is not None and found[0] == "target" else ""


def _same_noun(one: ReadFigure, other: ReadFigure) -> bool:
    return bool(one.measure) and bool(other.measure) and one.unit == other.unit \
        and one.measure.split()[0].lower() == other.measure.split()[0].lower()


def _opens_with(text: str, words: Words, role: str) -> bool:
    return any(text.startswith(w) and (len(text) == len(w) or not text[len(w)].isalnum()) for v, w in words.of("role") if v == role)


def _opens(text: str, words: Words, category: str) -> bool:
    text = text.lstrip(" ,;:-–(")
    for _, word in words.of("connective"):  # `Theo đó, yêu cầu …`
        if text.startswith(word) and (len(text) == len(word) or not text[len(word)].isalnum()):
            text = text[len(word):].lstrip(" ,;:-–(")
            break
    return any(text.startswith(w) and (len(text) == len(w) or not text[len(w)].isalnum()) for _, w in words.of(category))


def _without(text: str, words: Words, category: str) -> str:
    """text with the words of a category blanked (same length)."""
    for _, word in words.of(category):
        if word in text:
            text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", " " * len(word), text)
    return text


_DIGIT = re.compile(r"\d")


_TICKS = re.compile(r"[\s\[\]()xX✓✔☑☐☒:;,./-]*")


def _status_only(rest: str, refs: References) -> bool:
    """After an item's lead, nothing but status words and tick boxes (`[ ] Đã hoàn thành   [x] Đang
    thực hiện`): the lead names a task."""
    from generator.extract.status import all_statuses  # (extract reads this module; statuses are its vocabulary)

    found = all_statuses(rest, refs)
    if not found:
        return False
    kept = list(rest)
    for m in found:
        kept[m.start : m.end] = " " * (m.end - m.start)
    return _TICKS.fullmatch("".join(kept)) is not None


def _spans(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for m in pattern.finditer(text):
        if m.group().strip() == "|" and not _DIGIT.search(text, cursor, m.start()):
            continue  # a pipe ends a sentence only after a figure (`91,2 triệu hồ sơ thu nhận | 90,4 triệu thẻ đã cấp`), not a label (`Tỷ lệ … | 99,6%`)
        if m.start() > cursor:
            spans.append((cursor, m.end()))
        cursor = max(cursor, m.end())
    if cursor < len(text):
        spans.append((cursor, len(text)))
    return spans or [(0, len(text))]


def _segment(text: str, folded: str, vtext: str, figures: list[Figure], k: int, s_start: int, s_end: int, words: Words) -> str:
    """The words that belong to figure k: its clause, from the figure before it to the
    sub-clause of the one after it (or to a `trong đó` that opens the next one's description)."""
    fig = figures[k]
    left = s_start
    if k > 0 and figures[k - 1].end > left and not (figures[k - 1].ratio_part == "numerator" and fig.ratio_part == "denominator"):
        left = figures[k - 1].end
    right = s_end
    after = k + 1
    while after < len(figures) and figures[after].start < right and _bracketed_after(text, fig.end, figures[after].start):
        after += 1  # `100% cơ sở khám chữa bệnh BHYT (40/40 cơ sở, …) đã tiếp nhận người bệnh bằng CCCD`: a bracket's figures leave the clause whole
    if after < len(figures) and figures[after].start < right:
        nxt = figures[after]
        if not (fig.ratio_part == "numerator" and nxt.ratio_part == "denominator"):
            clause_start = _bounds(text, nxt.start, nxt.end)[0]
            right = clause_start if clause_start > fig.end else nxt.start
    tail = vtext[fig.end : right]
    for _, word in words.of("part_of"):
        i = tail.find(" " + word + " ")
        if i != -1 and not _bracketed_after(text, fig.end, fig.end + i):  # (`(40/40 cơ sở, gồm …)`: a bracket's own parts)
            right = min(right, fig.end + i)
    return evidence(_kept(_past_open_bracket(vtext, left, right, words), words))


def _bracketed_after(text: str, end: int, at: int) -> bool:
    """The position `at` lies in a bracket opened after `end` and closed later in the text."""
    opened = text.rfind("(", end, at)
    return opened != -1 and ")" not in text[opened:at] and text.find(")", at) != -1


LEAD_LIMIT = 90  # a list item's subject before its colon; longer only as `Đối với …:`


def _names_only(lead: str, words: Words) -> bool:
    """No figure in a lead: every number in it names something (`Đề án 06`)."""
    for digits in re.finditer(r"\d+", lead):
        before = lead[: digits.start()].rstrip()
        name = words.last(before, "figure_name")
        if name is None or name[1] + len(name[2]) != len(before):
            return False
    return True


# `Đối với 53 dịch vụ công thiết yếu, …`: a small whole number before a noun, how many things the subject takes in
_SET_SIZE = re.compile(r"(?<![\d.,/])\d{1,3}(?=\s+[^\W\d_])")
_BRACKETED = re.compile(r"\([^()]*\)")  # a bracket in a lead says who it takes in: its numbers count no figure of the lead


def _lead(text: str, words: Words) -> tuple[int, int] | None:
    """The subject a list item (or a paragraph) opens with before its colon: no figure in it
    (`Đăng ký khai sinh: 35 hồ sơ`; `tiếp nhận 385.566 hồ sơ: …` is no lead; a number that
    names, `Đề án 06`, may be in it), at most LEAD_LIMIT characters unless it opens with a
    vocabulary lead_opening word (`Đối với nhóm dịch vụ …:`)."""
    m = _LEAD.match(text)
    if not m:
        opening = _OPENING.match(text)
        if opening and words.starts(words.text(opening.group("lead")), "lead_opening") \
                and _names_only(_SET_SIZE.sub(" ", words.text(opening.group("lead"))), words):
            return opening.span("lead")  # `c) Đối với các dịch vụ … cấp phường, trong quý đã tiếp nhận …`
        return None
    lead = words.text(m.group("lead"))
    unbracketed = _BRACKETED.sub(" ", lead)
    if words.starts(lead.lstrip(), "lead_opening"):
        unbracketed = _SET_SIZE.sub(" ", unbracketed)  # `Đối với 25 dịch vụ công thiết yếu theo Đề án 06:`
    if not _names_only(unbracketed, words):  # (`Lĩnh vực Công an (Công an quận và Công an 11 phường):`)
        return None
    if len(unbracketed) > LEAD_LIMIT and not words.starts(lead.lstrip(), "lead_opening"):
        return None  # (a bracket saying who it takes in does not count to the limit)
    if _no_subject(lead, words):
        # `* Lũy kế từ khi triển khai đến nay: thu nhận 118.640 hồ sơ`: when, not what (its heading says what);
        # `Trong đó: nhóm dịch vụ lĩnh vực Công an tiếp nhận …`: parts follow, the sentence says what
        return None
    return m.span("lead")


def _no_subject(lead: str, words: Words) -> bool:
    """A lead that says only when (vocabulary time_scope and time_lead words, dates: `Lũy kế từ khi
    triển khai đến nay`, `Năm 2025`, `Trong tuần`) or that parts follow (lead_connective: `Trong đó`),
    no subject."""
    kept = list(lead)
    for d in find_dates(lead):
        kept[d.start : d.end] = " " * (d.end - d.start)
    rest = "".join(kept)
    for category in ("lead_connective", "time_scope", "time_lead"):
        rest = words.blanked(rest, category)
    return not _LETTER.search(_ITEM_MARK.sub("", rest, count=1))


_LETTER = re.compile(r"[^\W\d_]")


def _has(folded: str, words: list[tuple[str, str]]) -> bool:
    return any(_word_in(folded, w) for _, w in words)


def _word_in(folded: str, word: str) -> bool:
    i = folded.find(word)
    while i != -1:
        j = i + len(word)
        if (i == 0 or not folded[i - 1].isalnum()) and (j >= len(folded) or not folded[j].isalnum()):
            return True
        i = folded.find(word, i + 1)
    return False


def _last_word(folded: str, words: list[tuple[str, str]]) -> tuple[str, int, str] | None:
    """(value, position, word) of the vocabulary word that ends last in folded."""
    best = None
    for value, word in words:
        i = folded.rfind(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not folded[i - 1].isalnum()) and (j >= len(folded) or not folded[j].isalnum()):
                if best is None or j > best[1] + len(best[2]) or (j == best[1] + len(best[2]) and len(word) > len(best[2])):
                    best = (value, i, word)
                break
            i = folded.rfind(word, 0, i)
    return best


def _words_before(text: str, end: int, count: int, stop: int = 0) -> str:
    found = _WORD.findall(text[max(stop, end - 60) : end])
    return " ".join(found[-count:])


def _is_figure(text: str, fig: Figure, refs: References, block: Block | None) -> bool:
    """Not a date part, a reference, list numbering, a name, a phone number, an age, a year."""
    if fig.reading.value is None and not fig.reading.malformed and not fig.reading.ambiguous:
        return False
    before = fold(text[max(0, fig.start - 40) : fig.start])
    after = fold(text[fig.end : fig.end + 24])
    token = fig.printed
    if not fig.ratio_part and not fig.unit and _YEAR.fullmatch(token):
        return False  # a year: `giai đoạn 2022 - 2025`, `năm học 2023 - 2024`
    if "/" in text and any(m.start() <= fig.start < m.end() for m in _DAY_RANGE.finditer(text)):
        return False  # `(17–21/11)`: days of a month
    if _RANGE_DASH.match(text, fig.end) and re.search(r"(?:ngay|thang)\s*$", before):
        return False  # `ngày 1-3`, `tháng 4-2023`
    if fig.ratio_part and _day_month(text, fig, refs, before):
        return False  # `Chiều 12/5`: a day and month
    if block is not None and not fig.unit and PAGE_NUMBER.fullmatch(block.raw_lines.get(block.line_at(fig.start), "")):
        return False  # a page number on its own line of PDF text (`2`, `- 3 -`, `4/12`)
    if block is not None and fig.start < 12:
        m = _NUMBERING.match(text)
        if m and m.start("n") == fig.start and (not fig.unit or "." in m.group("n") or block.kind == "heading"):
            return False  # `9.1 Mô hình …`, `2. Kết quả`, `### 3 Mô hình`
    if block is not None and not fig.unit and not fig.ratio_part and _is_marker(text, fig):
        return False  # `1- Mô hình 16`, `(2) Đối tượng hộ nghèo`, a number alone on its line
    if not fig.unit and not fig.ratio_part and not (len(fig.printed) > 5 and _COMMA_GROUPS.fullmatch(fig.printed)) \
            and any(a <= fig.start < b for a, b in _id_lists(text)):  # (`1,742,316` groups thousands: no list)
        return False  # `(Gồm mô hình 1, 5, 6, 7, 8, 16)`: numbers that name items
    if _DOCUMENT_NUMBER.match(text, fig.end):
        return False  # `Số: 258 /BC-UBND`
    if not fig.unit and (_CLOCK_AFTER.match(text, fig.end) and int(token) < 24 or _CLOCK_BEFORE.search(text, 0, fig.start)):
        return False  # `15:42`: a time of day
    if not fig.unit and not fig.ratio_part and _table_name(refs).search(text[max(0, fig.start - 12) : fig.start]):
        return False  # `Bảng 1`, `Biểu 2`: a table's number
    if not fig.unit and not fig.ratio_part and re.match(r"\s+\w", text[fig.end :]) and text[fig.end :].lstrip()[:1].isupper() \
            and matches_all(fold(text[max(0, fig.start - 24) : fig.start]), [[w for _, w in refs.words("address")]]):
        return False  # `Địa chỉ: 127 Trần Phú`: a street number
    if not fig.ratio_part and _after_word(before, refs.words("date_part")):
        return False  # `ngày 14 tháng 3`
    if (not fig.unit or fig.unit == "count" and not fig.unit_text) and _after_word(before, refs.words("naming")) \
            and not re.match(r"\s+[a-zđà-ỹ]", text[fig.end :]):
        return False  # `Mô hình 3:`, `Đề án 06`, `số 125 Nguyễn Thái Học`, `mức độ 2`; not `tổng số 6.363 thành viên`
    for _, word in refs.words("not_counted"):
        if after.startswith(word) and (len(after) == len(word) or not after[len(word)].isalnum()):
            return False
    spans = phone_spans(text, redaction_rules(refs)) if any(ch.isdigit() for ch in text[fig.end : fig.end + 3]) or " " in token or len(token) >= 9 else []
    if any(a <= fig.start < b for a, b in spans):
        return False
    return True


_CLOCK_AFTER = re.compile(r":[0-5]\d(?!\d)")
_CLOCK_BEFORE = re.compile(r"(?<![\d.,/])(?:[01]?\d|2[0-3]):$")


def _table_name(refs: References) -> re.Pattern[str]:
    """`Bảng 1`, `Biểu số 3` (as printed): a table's number."""
    def build(r: References) -> re.Pattern[str]:
        names = "|".join(re.escape(w) for w in r.terms("table_name", form="printed"))
        numbering = "|".join(re.escape(w) for w in r.terms("naming", form="printed") if len(w) <= 3)
        return re.compile(rf"(?<!\w)(?:{names})\s*(?:(?:{numbering})\s*)?$")
    return refs.prepare("table_name_pattern", build)


_MARKER_AFTER = re.compile(r"\s*[.)\-–]\s|\s*[.)\-–]?$")
_ID_LIST = re.compile(r"(?<![\d.,])\d{1,3}(?:\s*[,;]\s*\d{1,3}){2,}(?![\d.,]*\s*(?:%|[^\W\d_]))")
_DOCUMENT_NUMBER = re.compile(r"\s+/\s*[A-ZĐ]")


def _after_word(before: str, words: list[tuple[str, str]]) -> bool:
    """`before` (folded, the text just before a number) ends with one of words."""
    before = before.rstrip()
    return any(before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum()) for _, w in words)


def _is_marker(text: str, fig: Figure) -> bool:
    """List numbering: at the start of the text or of one of its lines (after bullets or an
    opening bracket) and followed by `.`, `)`, `-` or nothing; or `(N)` before a word."""
    line_start = text.rfind("\n", 0, fig.start) + 1
    head = text[line_start : fig.start]
    if re.fullmatch(r"[\s•*+\-–(<>/a-z\"]*", head) and _MARKER_AFTER.match(text, fig.end) and "<" not in head.replace("<p>", "").replace("<li>", ""):
        return True
    return text[fig.start - 1 : fig.start] == "(" and text[fig.end : fig.end + 2].startswith(")") and len(fig.printed) <= 2 \
        and re.match(r"\)\s*[^\W\d_]", text[fig.end :]) is not None


def _id_lists(text: str) -> list[tuple[int, int]]:
    """Spans of comma-separated runs of three or more small bare numbers."""
    return [m.span() for m in _ID_LIST.finditer(text)] if "," in text else []


def _day_month(text: str, fig: Figure, refs: References, before: str) -> bool:
    m = re.match(r"(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])", text[fig.start - (0 if fig.ratio_part == "numerator" else 40) :])
    if fig.ratio_part == "denominator":
        m = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})$", text[max(0, fig.start - 6) : fig.end])
        before = fold(text[max(0, fig.start - 46) : fig.start - (len(m.group(0)) - len(fig.printed)) if m else fig.start])
    if not m or not (1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12):
        return False
    return any(before.rstrip().endswith(w) and (len(before.rstrip()) == len(w) or not before.rstrip()[-len(w) - 1].isalnum())
               for _, w in refs.words("day_before"))


def _unit(fig: Figure) -> str:
    if fig.unit in UNIT_OF_KIND:
        return UNIT_OF_KIND[fig.unit]
    return "count"


def _value_printed(text: str, fig: Figure) -> str:
    """The number with its unit words as printed: `91,43%`, `84,7 triệu`, `10 tỷ đồng`."""
    if not fig.unit_text and fig.unit != "percent":
        return fig.printed
    gap = len(text[fig.end :]) - len(text[fig.end :].lstrip())
    if fig.unit == "percent":
        return text[fig.start : fig.end + gap + 1] if text[fig.end + gap : fig.end + gap + 1] == "%" else fig.printed
    if fig.unit in ("vnd", "points", "days", "other") or fig.multiplier != 1:
        words_printed = len(fig.unit_text.split())
        if fig.unit == "count":
            words_printed = 1  # the multiplier word only: `84,7 triệu`
        m = re.match(r"(?:\s*[^\W\d_]+){%d}" % words_printed, text[fig.end :])
        return text[fig.start : fig.end + (m.end() if m else 0)]
    return fig.printed


def _measure(text: str, vtext: str, fig: Figure, refs: References, words: Words) -> str:
    """The counted noun as printed after the number (and its unit word): up to a boundary,
    a number or a stop word, at most MEASURE_WORDS words."""
    start = fig.end
    if fig.ratio_part:
        m = _RATIO_TAIL.match(text, fig.end)
        start = m.end() if m else fig.end
        aside = _ASIDE.match(text, start)
        if aside:
            start = aside.end()
    if fig.unit == "percent":
        gap = len(text[start:]) - len(text[start:].lstrip())
        start += gap + 1
    elif fig.unit == "vnd" and fig.unit_text:
        return ""
    elif fig.multiplier != 1 and fig.unit_text:  # `84,7 triệu lượt tra cứu`: the noun after the multiplier word
        multipliers = {word for word, _, _, kind in refs.number_words if kind == "multiplier"}
        first = _WORD.search(text, start)
        if first is not None and fold(first.group(0)) in multipliers:
            start = first.end()
    found: list[tuple[int, int]] = []
    for m in _WORD.finditer(text, start, min(len(text), start + 120)):
        gap = text[found[-1][1] if found else start : m.start()]
        if _ABBREVIATION.fullmatch(gap.strip()) or (gap.strip() == "(" and _ABBREVIATION.match(text, m.start() - 1)):
            pass
        elif any(ch in gap for ch in ",;.:()!?%/\t|") or any(ch.isdigit() for ch in gap) or (_DASH_GAP.search(gap) and _NEXT_ITEM.match(text, m.start())):
            break  # (`412.608 hồ sơ - trực tuyến 89,24%`: a spaced dash starts the next item; `kinh tế - xã hội` goes on)
        if (found or fig.unit == "percent") and words.starts(vtext[m.start() :], "measure_stop"):
            break
        found.append(m.span())
        if len(found) >= MEASURE_WORDS:
            break
    if not found:
        return ""
    return text[found[0][0] : found[-1][1]]


_ABBREVIATION = re.compile(r"\([A-ZĐ][A-ZĐ0-9&/ -]{1,14}\)")
_DASH_GAP = re.compile(r"\s[-–—]\s")
_NEXT_ITEM = re.compile(r"[^\d,;.:()\n]{0,30}?\d")  # words, then a number: the next `label number` item
SHORT_CLAUSE = 3  # words: a sub-clause this short before a figure goes on with the one before it


def _bounds_words(refs: References) -> tuple[frozenset[str], frozenset[str]]:
    """The words a sub-clause's bounds look at, folded: copulas (`là`) and count joiners (`và`)."""
    return frozenset(refs.terms("copula")), frozenset(refs.terms("connective", "joins_counts"))


def _bounds(text: str, pos: int, end: int, copulas: frozenset[str] = frozenset(), joiners: frozenset[str] = frozenset()) -> tuple[int, int]:
    """The sub-clause around [pos, end): from the last boundary before pos to the first after
    end. An abbreviation in brackets (`(TTHC)`) is no boundary, and a comma that leaves
    fewer than SHORT_CLAUSE words before the figure joins two nouns (`phí, lệ phí 2.315 hồ
    sơ`, `Thu nhận, cấp 268.280 tài khoản`), so the sub-clause starts at the boundary before it (`copulas`, folded: words
    such as `là` the count leaves out: `phí, lệ phí là 12.384 hồ sơ`)."""
    floor = max(0, pos - NEAR)
    cuts = [m for m in _BOUNDARY.finditer(text, floor, pos) if not _in_abbreviation(text, m.start())]
    left = cuts[-1].end() if cuts else floor
    if cuts and text[cuts[-1].start()] == "," and len([w for w in _WORD.findall(text[left:pos]) if fold(w) not in copulas]) < SHORT_CLAUSE:
        left = cuts[-2].end() if len(cuts) > 1 else floor
    right = min(len(text), end + NEAR)
    skip = -1
    for m in _BOUNDARY.finditer(text, end, right):
        if m.start() < skip:
            continue
        if text[m.start()] == "(" and (bracket := _RATE_BRACKET.match(text, m.start())) is not None \
                and not ((after := _WORD.search(text, bracket.end(), right)) is not None and fold(after.group(0)) in joiners
                         and not text[bracket.end() : after.start()].strip()):
            # `38/41 bệnh viện (đạt 92,68%) đã triển khai …`: a bracketed rate goes on with the clause
            # (not into the next count's words: `… gắn chip (đạt 95%) và trên 58.000 tài khoản …`)
            skip = bracket.end()
            continue
        if not _in_abbreviation(text, m.start()):
            right = m.start()
            break
    return left, right


# a bracket of one rate or ratio and at most one word before it (`(đạt 92,68%)`, `(112/112)`)
_RATE_BRACKET = re.compile(r"\(\s*(?:[^\W\d_]{1,8}\s+)?\d[\d.,]*(?:\s*/\s*\d[\d.,]*)?\s*%?\s*\)")


def _average(vtext: str, fig: Figure, left: int, after: str, words: Words) -> bool:
    """`trung bình 180 hồ sơ/ngày`, `mỗi ngày 180 hồ sơ`: a count averaged over days or units
    (vocabulary average: `before` words just before it, `per` words after a slash or `mỗi`)."""
    if words.value_in(_words_before(vtext, fig.start, AVERAGE_WORDS, left), "average", "before"):
        return True
    per = _PER.match(after)
    if per is not None:
        return words.value_in(per.group(1), "average", "per")
    each = words.last(after[:PER_REACH], "average")
    return each is not None and each[0] == "each" and words.value_in(after[each[1] + len(each[2]) : PER_REACH + 16], "average", "per")


_PER = re.compile(r"^[^\d;,.()]{0,24}?/\s*(\w+(?:\s\w+)?)")
AVERAGE_WORDS = 5  # words before a count searched for `trung bình`, `mỗi ngày` (`bình quân mỗi ngày có khoảng 36 nghìn người`)
PER_REACH = 32  # characters after a count where `mỗi <unit>` makes it a count per unit


def _in_abbreviation(text: str, at: int) -> bool:
    if text[at] not in "()":
        return False
    start = at if text[at] == "(" else text.rfind("(", max(0, at - 16), at)
    return start != -1 and bool(_ABBREVIATION.match(text, start))


LEAD_IN_SCOPE = 30  # characters before a colon where a wider place's words scope what follows


def _lead_in_scope(lead_in: str, words: Words) -> tuple[str, int, str] | None:
    """A wider place named right before the colon that ends a sentence's lead-in (`… chia sẻ
    bức tranh chung cả nước: đến nay đã cấp hơn 87 triệu thẻ; hơn 61,2 triệu tài khoản …`):
    what follows, to the full stop, is that place's."""
    colon = lead_in.rfind(":")
    return words.last(lead_in[max(0, colon - LEAD_IN_SCOPE) : colon], "wider_scope") if colon != -1 else None


def _opened_at(text: str, sentences: list[tuple[int, int]], index: int) -> int:
    """Where the sentence opened that a clause after `:` or `;` goes on."""
    while index > 0 and text[: sentences[index][0]].rstrip().endswith((":", ";")):
        index -= 1
    return sentences[index][0]


def _lead_in(text: str, sentences: list[tuple[int, int]], index: int) -> int | None:
    """Where the lead-in of a sentence starts: the sentences before it that end with `:`."""
    start = None
    while index > 0 and text[: sentences[index][0]].rstrip().endswith(":"):
        index -= 1
        start = sentences[index][0]
    return start


def _joiner(vtext: str, start: int, end: int, words: Words, last: bool = False) -> int:
    """Where the first (or `last`) word joining two counts (vocabulary connective `joins_counts`:
    `và`) stands, as a whole word, in vtext[start:end], at the space before it; -1 if none."""
    found = [vtext.rfind(f" {w} ", start, end) if last else vtext.find(f" {w} ", start, end)
             for value, w in words.of("connective") if value == "joins_counts"]
    found = [at for at in found if at != -1]
    return (max(found) if last else min(found)) if found else -1


JOINED_REACH = 60  # characters from a `và` to the next figure whose own words it opens
_BREAK = re.compile(r"[,;:()]")


def _context(text: str, folded: str, vtext: str, fig: Figure, refs: References, words: Words, sentence: tuple[int, int],
             previous_end: int, lead: tuple[int, int] | None, heading: str, previous_pct: int = 0, lead_in: int | None = None,
             next_start: int | None = None, cell: bool = False) -> ReadFigure:
    """What is printed around one figure (`cell`: in a table's cell). `previous_end`: where the figure before it in its
    sentence ends (its own sub-clause starts no earlier)."""
    reading = fig.reading
    unit = _unit(fig)
    s_start, s_end = sentence
    copulas, joiners = refs.prepare("bounds_words", _bounds_words)
    left, right = _bounds(text, fig.start, fig.end, copulas, joiners)
    left = max(left, previous_end)
    comma = text.rfind(",", left, fig.start)
    if previous_end > s_start and comma != -1 and not _WORD.search(text, comma + 1, fig.start):
        left = comma + 1  # `241 thủ tục … toàn trình, 156 thủ tục … một phần`: a list of counts, each its own noun
    elif previous_end > s_start and left == previous_end and unit != "percent" and (joined := max(comma, _joiner(vtext, left, fig.start, words, last=True))) != -1:
        # `thu nhận 412.586 hồ sơ, đã trả 405.931 thẻ`, `… hồ sơ cấp thẻ căn cước và trả 181.077 thẻ`: the figure before's noun is not this one's
        left = joined + 1
    if next_start is not None and unit != "percent" and (joined := _joiner(vtext, fig.end, min(right, next_start), words)) != -1 \
            and next_start - joined <= JOINED_REACH and not _BREAK.search(text, joined, next_start):
        right = joined  # `thu nhận mới 58.214 hồ sơ và hỗ trợ người dân kích hoạt mới 96.530 tài khoản`: the next count's words are its own
    measure = _measure(text, vtext, fig, refs, words)
    near = vtext[left:right]
    own = vtext[left : fig.start]  # the words before the figure in its own sub-clause
    closed = own.rfind(")")
    if closed != -1:
        own = own[closed + 1 :]  # not what a bracket before it said
    after = vtext[fig.end : right]
    last_comma = text.rfind(",", left, fig.start)
    if unit == "percent" and _bare(fold(near), fig, refs):
        near = vtext[max(s_start, previous_pct) : right]  # `(đạt 100%)`: the words before it in its sentence say what
    elif unit == "percent" and not cell and last_comma != -1 and previous_end > s_start and _bare(fold(vtext[last_comma + 1 : right]), fig, refs) \
            and not words.value_in(vtext[(counted := max(s_start, _bounds(text, previous_end - 1, previous_end)[0])) : last_comma], "rate_link", "base"):
        # `… trong đó trước và đúng hạn 1.198/1.206 hồ sơ, đạt 99,34%`: past the count's noun and its comma the rate
        # says nothing itself: the count's own sub-clause says what (not a base's: `… trên tổng số 8.102 công dân …, đạt 91,78%`)
        near = vtext[counted:right]
    before = vtext[s_start : fig.start]
    qualifier, bound = "", False
    q = words.last(vtext[max(0, fig.start - 16) : fig.start], "qualifier")
    if q and not vtext[max(0, fig.start - 16) : fig.start][q[1] + len(q[2]) :].strip():
        at = max(0, fig.start - 16) + q[1]
        qualifier, bound = text[at : at + len(q[2])], q[0] == "under"
    # `Kết quả … tính đến ngày 15/11/2024 như sau: Tỷ lệ …`: a lead-in ending in `:` dates and scopes what follows
    scope = words.last(before if lead_in is None else vtext[lead_in : fig.start], "time_scope")
    lead_text = vtext[lead[0] : lead[1]] if lead else ""
    if scope is None and lead_text:
        scope = words.last(lead_text, "time_scope")
    breakdown = words.last(own, "breakdown")
    if breakdown is not None and breakdown[0] in ("district_level", "commune_level", "levels_together") \
            and (words.value_in(own, "breakdown", "levels_together")
                 or (words.value_in(own, "breakdown", "district_level") and words.value_in(own, "breakdown", "commune_level"))):
        breakdown = None  # `Bộ phận Một cửa huyện và Bộ phận Một cửa các xã tiếp nhận …`: both levels, the place's whole
    if breakdown is not None and breakdown[0] == "area":
        breakdown = ("group", breakdown[1], breakdown[2])  # one kind of area: a group
    group = words.last(after, "breakdown")
    if group is not None and group[0] == "group":  # (an area after it may describe the base: not read here)
        breakdown = group  # `1.346 trường hợp người già yếu`: its own words name a group
    elif any(words.value_in(_past_bracket(vtext[max(s_start, previous_end) : fig.start]), "breakdown", v) for v in ("group", "area")):
        breakdown = ("group", 0, "")  # `Riêng lĩnh vực hộ tịch, tỷ lệ … toàn huyện đạt 98,9%`: the sentence names a group first
    elif breakdown is None and (words.starts(_ITEM_MARK.sub("", vtext[s_start : fig.start], count=1), "part_opening")
                                or words.starts(_open_bracket(vtext, s_start, fig.start), "part_opening")):
        # `Riêng tại 39 bệnh viện trực thuộc Bộ Y tế, … đạt 7.215.640 lượt`, `(riêng Bệnh viện …: 28.716 lượt)`: one part's
        breakdown = ("group", 0, "")
    cut_off, cut_printed = _cut_off(text, vtext, s_start if lead_in is None else lead_in, fig.start, words)
    return ReadFigure(
        line=0, quote="", printed=fig.printed, value=fig.value, value_printed=_value_printed(text, fig),
        number_style=reading.style, unit=unit, ratio_part=fig.ratio_part, qualifier=qualifier, measure=measure,
        time_scope=scope[0] if scope else "", cut_off=cut_off, cut_off_printed=cut_printed,
        role=(t[0] if (t := words.last(own, "role")) is not None else "result"),
        breakdown=breakdown[0] if breakdown else "all", channel=_measure_channel(measure, words) or _channel(vtext, left, right, fig, words),
        part_of=_part_of(text, vtext, fig, s_start, words),
        comparison=words.has(_words_before(vtext, fig.start, 3, left), "comparison"),
        average=unit == "count" and _average(vtext, fig, left, after, words),
        progress=unit == "percent" and (words.has(after[:40], "progress") or words.has(_words_before(vtext, fig.start, 5, left), "progress")
                                        or words.starts(_ITEM_MARK.sub("", vtext[s_start : fig.start], count=1), "progress_opening")),
        blocked=words.has(own[-40:], "blocker") or words.has(after[:40], "blocker"),
        # (`Tỷ lệ … dưới 60%: xã Lưu Sơn (54,4%), …`: a bound that heads the list of those under it)
        # (`dưới 50%`: a rate printed only as under a bound is no value to publish)
        threshold=unit == "percent" and bool(qualifier) and (bound or words.has(own, "threshold") or text[fig.end : fig.end + 3].lstrip(" %").startswith(":")),
        malformed=reading.malformed, ambiguous=reading.ambiguous, alternatives=tuple(a * fig.multiplier for a in reading.alternatives),
        near=evidence(_kept(near, words)), clause=evidence(_kept(vtext[s_start:s_end], words)), before=before, own=own,
        lead=evidence(_kept(vtext[lead[0] : lead[1]], words)) if lead else "", heading=evidence(words.text(heading)), exact=words.exact,
        body=_body(text[s_start : fig.start], heading, refs),
        start=fig.start, end=fig.end,
    )


REPORT_DATE_LINES = 12  # lines at the top of a report that hold its place-and-date line
YEAR_OPENING = 12  # characters before a year that still open the sentence (`[^4]: Năm 2023,`, `Trong năm 2025,`)
LATE_ANNUAL_MONTHS = 3  # a report dated in these first months of a year may be the year before's annual report
OPENING_CHARS = 30  # characters of a sentence's opening searched for the word it opens with


def _report_date(doc: Document) -> date | None:
    """The report's date (its place-and-date line: `…, ngày 10 tháng 10 năm 2024`)."""
    days = [d.first for line in doc.lines[:REPORT_DATE_LINES] for d in find_dates(line) if d.precision == "day" and d.first]
    return max(days) if days else None


COMPARED_BEFORE = 20  # characters before a year where a comparison word makes it the year compared with


def _compared_year(sentence: str, words: Words) -> int | None:
    """The year a sentence compares with before the figure (`so với năm 2024, khi …`, `So với cùng kỳ
    năm 2024 (quý II/2024 cả nước tiếp nhận …`), if any."""
    for m in find_dates(sentence):
        if m.precision == "year" and m.first is not None and words.has(words.text(sentence[max(0, m.start - COMPARED_BEFORE) : m.start]), "comparison"):
            return m.first.year
    return None


def _own_year(fig: ReadFigure) -> int | None:
    """The latest year printed in the figure's own sub-clause before it (`kinh phí năm 2025 cho …
    tối thiểu 25 tỷ đồng`), if any."""
    years = [d.first.year for d in find_dates(fig.own) if d.precision == "year" and d.first]
    return max(years) if years else None


_CLAUSE_END = re.compile(r"[.;:!?](?:\s|$)|[\n(]")


def _due_after(fig: ReadFigure, dated: date) -> bool:
    """A date of a year after the report's in the figure's clause after it, outside brackets (`…
    hoàn thành 100% cơ sở khám chữa bệnh … trong quý I/2025` in December 2024): a deadline, so the
    figure is what is to be done."""
    if not isinstance(fig.source, Block):
        return False
    text = fig.source.text
    end = _CLAUSE_END.search(text, fig.end)
    found = [d for d in find_dates(text[fig.end : end.start() if end else len(text)]) if d.first is not None]
    return bool(found) and all(d.first.year > dated.year for d in found)


@lru_cache(maxsize=8)
def _against_pattern(against: tuple[str, ...]) -> re.Pattern[str]:
    """The words before a figure's `so với` (its unit and counted noun: no number, no clause end)."""
    return re.compile(r"^[^\d;.,]*?(?<!\w)(?:%s)\s+" % "|".join(re.escape(w) for w in against) if against else r"(?!)")


AGAINST_AFTER = 30  # characters after a figure (its unit and counted noun) searched for `so với` an earlier period


def _against_earlier(fig: ReadFigure, words: Words) -> bool:
    """The figure is followed, past its unit and counted noun, by `so với` and an earlier period
    (vocabulary against_earlier: `tháng trước`, `cùng kỳ`)."""
    after = words.text(fig.source.text[fig.end : fig.end + AGAINST_AFTER])
    m = _against_pattern(tuple(w for value, w in words.of("against_earlier") if value == "against")).match(after)
    if m is None:
        return False
    rest = after[m.end() :]
    return any(rest.startswith(w) and not rest[len(w) : len(w) + 1].isalnum()
               for value, w in words.of("against_earlier") if value == "previous_period")


BRACKET_AGAINST = 40  # characters before a bracket searched for `so với` and the period it names


def _earlier_in_bracket(fig: ReadFigure, words: Words) -> bool:
    """The figure stands in a bracket opened right after `so với` and a named period (`So với Quý
    III (tỷ lệ hồ sơ trực tuyến 71,5%), …`): that earlier period's figure, not the report's."""
    before = fig.source.text[: fig.start]
    opened = before.rfind("(")
    if opened == -1 or ")" in before[opened:]:
        return False
    head = words.text(before[max(0, opened - BRACKET_AGAINST) : opened]).rstrip()
    against = [w for value, w in words.of("against_earlier") if value == "against"]
    periods = [w for value, w in words.of("against_earlier") if value in ("previous_period", "named_period")]
    return bool(against and periods) and re.search(
        r"(?<!\w)(?:%s)\s+(?:%s)(?!\w)[^;.,()]*$" % ("|".join(map(re.escape, against)), "|".join(map(re.escape, periods))), head) is not None


def _opening_year(sentence: str) -> int | None:
    """The year a sentence opens with (`Năm 2023, …`), if any."""
    opening = _ITEM_MARK.sub("", sentence.lstrip(), count=1)
    dates = find_dates(opening[: YEAR_OPENING + 10])
    first = dates[0] if dates else None
    return first.first.year if first is not None and first.precision == "year" and first.start <= YEAR_OPENING and first.first else None


def _heading_year(headings: tuple[str, ...]) -> int | None:
    """The year the nearest heading that opens with one names (`1. Năm 2022 - năm đầu triển khai`,
    `2. Năm 2023:`), if any: the figures under it are that year's."""
    for heading in reversed(headings):
        year = _opening_year(heading)
        if year is not None:
            return year
    return None


def _opening(sentence: str, words: Words, category: str) -> tuple[str, int, str] | None:
    """The category's word that opens the sentence (`Toàn Thành phố, tỷ lệ … đạt 91,2%`)."""
    opening = _ITEM_MARK.sub("", sentence, count=1)
    return words.last(opening[:OPENING_CHARS], category) if words.starts(opening, category) else None


_ITEM_MARK = re.compile(r"^[\s\-+•–*\u2190-\u2bff\U0001f300-\U0001faff\ufe0f]*(?:[a-zđ0-9]{1,2}[.)]\s+)?")  # a list item's marker before its sentence


def _body(before: str, heading: str, refs: References) -> str:
    """The body a figure belongs to: named as printed, capitalised, before a capitalised name
    in the sentence before the figure (`Sở Nông nghiệp và PTNT tiếp nhận được 86 hồ sơ`), or
    by its section heading (`… thuộc thẩm quyền của Bộ Y tế`)."""
    pattern = _body_pattern(refs)
    m = pattern.search(before)
    if m:
        return m.group(0)
    bare = _bare_body(before, refs)
    if bare:
        return bare  # `Trong năm, Sở tiếp nhận 6.482 hồ sơ`: the department the report speaks for
    for word in refs.terms("own_body", "heading", form="exact"):
        at = lower_keep(heading).find(word)
        if at != -1:
            m = pattern.search(heading, at + len(word))
            if m:
                return m.group(0)
    return ""


def _body_pattern(refs: References) -> re.Pattern[str]:
    def build(r: References) -> re.Pattern[str]:
        words = sorted(r.terms("own_body", "body", form="printed"), key=len, reverse=True)
        return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")\s+[A-ZĐÀ-Ỹ]\w*")
    return refs.prepare("own_body_pattern", build)


def _open_bracket(text: str, start: int, end: int) -> str:
    """The words inside the bracket still open at end (opened after start), else "" (the last
    bracket opened; one closed again before end is no open bracket)."""
    at = text.rfind("(", start, end)
    if at == -1 or text.find(")", at, end) != -1:
        return ""
    return text[at + 1 : end].lstrip()


def _bare_body(before: str, refs: References) -> str:
    """A body named by its word alone, capitalised, as the subject before its verb (`Trong năm,
    Sở tiếp nhận`; vocabulary own_body `bare`): the body the report speaks for; not after a word
    of many (`các Sở`, own_body `many`)."""
    def build(r: References) -> tuple[re.Pattern[str], frozenset[str]]:
        words = sorted(r.terms("own_body", "bare", form="printed"), key=len, reverse=True)
        return (re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?=\s+[a-zđà-ỹ])"),
                frozenset(r.terms("own_body", "many", form="exact")))
    pattern, many = refs.prepare("bare_body_pattern", build)
    for m in pattern.finditer(before):
        ahead = before[: m.start()].split()
        if not ahead or lower_keep(ahead[-1]) not in many:
            return m.group(0)
    return ""


def _bare(near: str, fig: Figure, refs: References) -> bool:
    """A rate whose own sub-clause says nothing but `đạt` / `tỷ lệ` (`(đạt 100%)`)."""
    rest = _filler(refs).sub(" ", near.replace(fold(fig.printed), " "))
    return len(_WORD.findall(rest)) < 2


def _filler(refs: References) -> re.Pattern[str]:
    """The words that say nothing of what a rate is of (result, rate and qualifier words)."""
    def build(r: References) -> re.Pattern[str]:
        words = sorted({w for _, w in r.words("result") + r.words("rate") + r.words("qualifier")}, key=len, reverse=True)
        return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
    return refs.prepare("filler_words", build)


_FULL_STOP = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")  # a sentence ends: `… 71,6%. Tỷ lệ cấp kết quả …`
_DATE = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b")


def _part_of(text: str, vtext: str, fig: Figure, s_start: int, words: Words) -> bool:
    """`trong đó` before this figure in its sentence, with no other figure between them."""
    floor = max(s_start, fig.start - 60)
    found = words.last(vtext[floor : fig.start], "part_of")
    if found is None:
        return False
    between = _DATE.sub(" ", vtext[floor + found[1] : fig.start])  # `riêng từ ngày 01/7/2024 đến nay thu nhận 38.947 …`
    for number in re.finditer(r"\d+", between):  # another figure between them; an age (`dưới 06 tuổi`) is none
        if not words.starts(between[number.end():].lstrip(), "not_counted"):
            return False
    return True


def _measure_channel(measure: str, words: Words) -> str:
    """The channel the counted noun itself names (`11.493 hồ sơ trực tiếp`)."""
    text = words.text(measure)
    found = words.last(text, "channel")
    return found[0] if found else ""


@lru_cache(maxsize=1024)
def _spaced(word: str) -> re.Pattern[str]:
    """A word whose spaces match any run of spaces."""
    return re.compile(re.escape(word).replace(r"\ ", r"\s+"))


def _channel(vtext: str, left: int, right: int, fig: Figure, words: Words) -> str:
    """online / offline: the channel word nearest the figure in its sub-clause."""
    best, best_d = "", None
    for value, word in words.of("channel"):
        for m in _spaced(word).finditer(vtext, left, right):  # (`trực  tuyến` in justified PDF text)
            i, j = m.start(), m.end()
            if (i == 0 or not vtext[i - 1].isalnum()) and (j >= len(vtext) or not vtext[j].isalnum()):
                d = abs(fig.start - j) if j <= fig.start else abs(i - fig.end)
                if best_d is None or d < best_d:
                    best, best_d = value, d
    return best


def _cut_off(text: str, vtext: str, s_start: int, pos: int, words: Words) -> tuple[date | None, str]:
    """The latest day printed before the figure in its sentence after `đến (ngày)`, `tính đến`."""
    best: tuple[date | None, str] = (None, "")
    for d in find_dates(text[s_start:pos]):
        if d.last is None or d.precision not in ("day", "month"):
            continue
        ahead = vtext[max(0, s_start + d.start - 22) : s_start + d.start].rstrip()
        if any(ahead.endswith(w) and (len(ahead) == len(w) or not ahead[-len(w) - 1].isalnum()) for _, w in words.of("cutoff")):
            best = (d.last, d.printed)
    return best


# ---------------------------------------------------------------- tables

_CELL_SPLIT = re.compile(r"\t|\s*\|\s*|\s{3,}")
_SEPARATOR_CELL = re.compile(r"^[\s:|=-]*$")


def _cells(raw: str) -> list[tuple[int, str]]:
    """(column offset in the raw line, cell text) of a tab, pipe, CSV or space-aligned row."""
    out = []
    if "\t" not in raw and (quoted := csv_cells(raw)) is not None:
        return [(offset, cell.strip()) for offset, cell in quoted]
    if "\t" in raw:
        pattern = re.compile(r"\t")
    elif is_pipe_row(raw):
        pattern = re.compile(r"\|")
    elif semicolon_cells(raw):
        pattern = re.compile(r";")
    else:
        pattern = re.compile(r"\s{2,}")  # columns PDF text set two spaces apart are still columns
    cursor = 0
    for m in pattern.finditer(raw):
        out.append((cursor, raw[cursor : m.start()]))
        cursor = m.end()
    out.append((cursor, raw[cursor:]))
    cells = [(offset + len(cell) - len(cell.lstrip()), cell.strip()) for offset, cell in out]
    if raw.lstrip().startswith("|"):  # `| a | b |`: no cell before the first pipe or after the last
        cells = cells[1:]
        if cells and not cells[-1][1] and raw.rstrip().endswith("|"):
            cells = cells[:-1]
    return cells


def read_table_lines(doc: Document, refs: References, skip: set[int], last: int, words: Words | None = None,
                     own: frozenset[str] = frozenset(), own_level: str = "") -> list[ReadFigure]:
    """Figures of table rows: tab, pipe and HTML rows. A cell's subject is its row's label
    (first cell with letters) and the header of its column (the table's first row)."""
    from generator.extract.tables import columns, html_to_text, is_header  # tables reads the same markup

    words = words or Words(refs)
    out: list[ReadFigure] = []
    header: list[str] = []
    header_printed: list[str] = []
    caption = ""
    previous = -2
    pending: list | None = None  # the last data row: a continuation line may still add to its label
    column_roles: dict[tuple[str, ...], list[str]] = {}  # a header's role of each column
    column_places: dict[tuple[str, ...], list[bool]] = {}  # a header's columns that name one part of the place
    tables: list[list[tuple[str, list[ReadFigure]]]] = [[]]  # per table, its rows' labels and figures
    parent = ""  # the label of the last numbered row: a sub-row (`a`, `-`) under it counts a part of what it names
    table_unit = ""  # the unit printed above the table (`ĐVT: triệu đồng`)
    fragments: list[tuple[int, str]] = []  # a space-aligned header's words, each at its offset
    blank_row = False  # a row of empty cells since the last row read

    def flush() -> None:
        nonlocal pending
        if pending is None:
            return
        number, label, plain, raw, head, head_printed, cap = pending
        pending = None
        row = _Row(number, " | ".join(text for _, text in plain))
        unit_col = next((c for c, h in enumerate(head) if _has(f" {h} ", refs.words("unit_column"))), -1)
        row_unit = plain[unit_col][1] if 0 <= unit_col < len(plain) else ""
        if unit_col < 0 and (m := LABEL_UNIT.search(label)):
            row_unit = m.group(1)  # `Kinh phí bố trí (tỷ đồng)`, `Tỷ lệ … (%)`: the label's bracket gives the row's unit
        place_row = part_row(label, own, refs, own_level)
        row_years = [d.first.year for d in find_dates(label) if d.first is not None]
        head_years = [d.first.year for d in find_dates(" ".join(head_printed)) if d.first is not None]
        earlier = bool(row_years and head_years) and max(row_years) < max(head_years)
        total_row = _is_total_label(label, refs)
        whole = total_row or _names_own(label, own, refs)
        # `Kết quả … tại một số xã, phường trọng điểm:` over the table: its total row is those few places', a part
        # (not a row that names the whole, `Toàn quốc` under `Kết quả tại một số địa phương`)
        subset = total_row and words.has(cap, "subset_caption") and not words.value_in(words.text(label), "breakdown", "all")
        if total_row:
            # a total row sums what its label column's header names (`Dịch vụ công thiết yếu`): its figures' words
            label_col = next((c for c, (_, text) in enumerate(plain) if text and text == label), -1)
            if 0 <= label_col < len(head_printed) and head_printed[label_col]:
                cap = f"{cap} {words.text(head_printed[label_col])}".strip()
        row_figs: list[ReadFigure] = []
        first = next((c for c, (_, text) in enumerate(plain) if text), 0)  # (an indented table's first column is blank)
        for col, (_, cell) in enumerate(plain):
            if not cell or not any(ch.isdigit() for ch in cell):
                continue
            if col == first and ROW_NUMBER.fullmatch(cell) and len(plain) > 2:
                continue  # the STT column (`3`, `3.`, `2.1`, `1.2.3`)
            column = head[col] if col < len(head) else ""
            printed = head_printed[col] if col < len(head_printed) else ""
            heads = tuple(head)
            if heads not in column_roles:
                column_roles[heads] = [_column_role(head, c, words) for c in range(len(head))]
            roles = column_roles[heads]
            if tuple(head_printed) not in column_places:
                # a table with places as its columns (`TP. Yên Bái | Lục Yên | … | Toàn tỉnh`): a column
                # of one named part is that part's, never the place's
                column_places[tuple(head_printed)] = _place_columns(head_printed, own, refs, own_level)
            part_column = column_places[tuple(head_printed)][col] if col < len(head_printed) else False
            if col == unit_col:
                continue  # the row's unit (`%`, `Triệu đồng`), not a figure of its own
            figs = _cell_figures(refs, words, row, raw, cell, label, column, printed, cap, roles[col] if col < len(roles) else "result")
            if (cell_lines := doc.cell_lines(number)) is not None and col < len(cell_lines) and cell_lines[col]:
                for f in figs:  # a table whose cells are lines of their own: the figure's line is its cell's
                    f.line, f.quote = cell_lines[col], doc.line(cell_lines[col]).strip()
            col_years = [d.first.year for d in find_dates(printed) if d.first is not None]
            if earlier or (col_years and head_years and max(col_years) < max(head_years)):
                for f in figs:
                    # `- Thực hiện năm 2023` in a table of 2024: an earlier year's row; `Năm 2023 | Năm 2024 | Tăng/giảm (%)`:
                    # an earlier year's column
                    f.comparison = True
            for f in figs:
                # `(ĐVT: triệu đồng)` above the table: for the bare numbers of its cells (not `04 đơn vị` in a label)
                _apply_row_unit(f, row_unit or (table_unit if unit_col < 0 and f.measure_in_table else ""), label, words)
                if table_unit and f.measure_in_table and f.unit == "count":
                    f.measure = f"{f.measure} {table_unit}"  # `ĐVT: hồ sơ`: what the bare numbers count
                f.table, f.whole_row = len(tables), whole and not subset
                if place_row or part_column or subset:
                    f.breakdown = "place"
            if "target" in roles:
                for f in figs:
                    f.plan_table = True
            out.extend(figs)
            row_figs.extend(figs)
        _rates_share_level(row_figs)
        tables[-1].append((label, row_figs))

    for number in range(1, last + 1):
        if number in skip or not doc.is_table(number):
            blank_row = blank_row or (not doc.line(number).strip() and "\t" in doc.line(number))  # (a spreadsheet's blank row)
            continue
        raw = doc.table_line(number)
        if "<" in raw and ("<td" in raw.lower() or "<th" in raw.lower() or "<tr" in raw.lower()):
            cells = _html_cells(raw)
        else:
            cells = _cells(raw)
        if not cells or all(_SEPARATOR_CELL.match(c) for _, c in cells):
            blank_row = blank_row or all(not c.strip() for _, c in cells)
            continue
        gap = [k for k in range(previous + 1, number) if doc.line(k).strip() and not doc.is_table(k) and not within_table(doc.line(k))]
        if previous < 0 or len(gap) > 1 or (number - previous > 4 and not (number in doc.vertical.lines and previous in doc.vertical.lines)) \
                or ((blank_row or gap) and header and "\t" in raw and is_header([c for _, c in cells], columns(refs))
                    and [h for h in (fold(html_to_text(c)) for _, c in cells) if h] != [h for h in header if h]):
            # (a numbered header past a spreadsheet's blank row of tabs or a caption line, `Bảng 1 (tiếp theo)`, heads the
            # next table: `STT | Chỉ tiêu | … | Cấp tỉnh | Cấp xã`)
            flush()
            tables.append([])
            parent = ""
            header, header_printed = [], []  # a new table (a group heading between rows keeps the old one)
            caption = _table_caption(doc, number, skip, words)
            table_unit = _table_unit(doc, number, words)
        previous = number
        blank_row = blank_row and sum(1 for _, c in cells if c.strip()) < 2  # (a caption's one cell keeps it)
        plain = [(offset, html_to_text(cell)) for offset, cell in cells]
        aligned = "\t" not in raw and not is_pipe_row(raw) and "<" not in raw and not semicolon_cells(raw) and csv_cells(raw) is None
        if not header and len(one := [text for _, text in plain if text.strip()]) == 1 \
                and (not (digit := re.search(r"\d", one[0])) or _table_name(refs).search(one[0][: digit.start()])):
            continue  # a caption's or unit's line of one cell above the header (`;;;;;Đơn vị tính: hồ sơ, tài khoản`, `Bảng 2. …`)
        if not header and not any(_is_number_cell(text) for _, text in plain[1:]) and looks_like_header(plain):
            # (a caption row of one cell passed over above the header: `Bảng 2. KẾT QUẢ …<tab><tab>`)
            caption = caption or _table_caption(doc, number, skip, words)
            header = [fold(text) for _, text in plain]
            header_printed = [text for _, text in plain]
            starts = _after_number_column([offset for offset, _ in plain], header_printed, words)
            fragments = [(offset, text) for offset, text in plain if text]
            continue
        if header and pending is None and numbering_row(plain):
            # `(1)   (2)   (3)   (4)=(3)/(2)`: one mark per column; a space-aligned table's columns are
            # set by it, each named by the header words above it
            if aligned:
                marks = [(offset, text) for offset, text in plain if text]
                # a column starts halfway from the mark before it (the marks stand centred over right-aligned
                # numbers); the one after the first (`STT`) right past it (its names are left-aligned)
                starts = [marks[0][0]] + [(a[0] + len(a[1]) + b[0]) // 2 for a, b in zip(marks, marks[1:])]
                if len(starts) > 1:
                    starts[1] = marks[0][0] + len(marks[0][1]) + 3  # (past the 2 characters a cell may start early)
                header_printed = columns_named(fragments, starts)
                starts = _after_number_column(starts, header_printed, words)
                header = [fold(t) for t in header_printed]
            continue
        if not aligned and header and pending is None and not any(re.search(r"\d", t) and not HEADER_DATE.search(t) for _, t in plain) \
                and (len(plain) > len(header) or _fills_header(header_printed, [t for _, t in plain])) and looks_like_header(plain):
            # a merged header cell read once (`Kinh phí năm 2025` over `Dự toán giao | Đã giải ngân`): the
            # fuller line below names every column; or a second row of as many cells names the blank ones
            below = [text for _, text in plain]
            header_printed = stacked_header(header_printed, below) if len(below) == len(header_printed) else merged_header(header_printed, below)
            header = [fold(text) for text in header_printed]
            continue
        if aligned and header and pending is None and len([t for _, t in plain if t]) > len([h for h in header if h]) \
                and not any(re.search(r"\d", t) and not HEADER_DATE.search(t) for _, t in plain):
            # `             Tài khoản ĐDĐT   Tài khoản   Tỷ lệ kích` / `STT   Khu phố   đã cấp   đã kích hoạt   hoạt (%)`:
            # the line with more columns sets them; the words above go to the column each stands over
            plain = [(offset, text) for offset, text in plain if text]
            fragments.extend(plain)
            above = ["" for _ in plain]
            for offset, text in zip(starts, header_printed):
                above[overlapping(offset, len(text), plain)] += f" {text}"
            header_printed = [f"{a.strip()} {t}".strip() for a, (_, t) in zip(above, plain)]
            header = [fold(t) for t in header_printed]
            starts = _after_number_column([offset for offset, _ in plain], header_printed, words)
            continue
        if aligned and header:
            unplaced = [(offset, text) for offset, text in plain if text]
            plain = by_offset(plain, starts)
            if not any(_is_number_cell(text) for _, text in plain if text):
                if label_row(plain) and pending is not None:
                    pending[1] = f"{pending[1]} {next(text for _, text in plain if text)}"  # the label goes on
                elif all(not re.search(r"\d", t) for t in (text for _, text in plain)) and not label_row(plain):
                    header, header_printed = extend_header(header, header_printed, plain)
                    fragments.extend(unplaced)
                continue
        named = [text for _, text in plain if re.search(r"[^\W\d_]{2}", text) and not ROMAN.fullmatch(text.strip())]
        label = next((text for text in named if not _ROW_CODE.fullmatch(text.strip())), named[0] if named else "")  # (not `CT01`: a code)
        if aligned and header and pending is not None and _label_only(pending[2]) and not plain[0][1] \
                and not _is_total_label(label, refs):
            # `5   Liên thông …` / `     … dưới 6 tuổi    1.019   1.019 …`: the figures of a row whose label wrapped
            pending = [number, f"{pending[1]} {label}".strip(), plain, raw, pending[4], pending[5], pending[6]]
            continue
        flush()
        if pad := _label_across_number(plain, header, raw, words):
            plain = [(plain[0][0], "")] * pad + plain  # `Tổng cộng` merged across `STT | Tên dịch vụ`, written once
        first = plain[0][1].strip(" *_") if plain else ""
        if ROW_NUMBER.fullmatch(first) or ROMAN.fullmatch(first):
            parent = label
        elif parent and label and (SUB_ROW.fullmatch(first) or (not first and label[:1] in "-+")) \
                and not part_row(label.lstrip("-+ "), own, refs, own_level) and not part_row(_after_part_word(label, words), own, refs, own_level):
            label = f"{parent} {label}"  # `a  Nhóm dịch vụ lĩnh vực Công an`, `-  Nộp trực tuyến` under `2.1  Tổng hồ sơ …`
        pending = [number, label, plain, raw, list(header), list(header_printed), caption]
    flush()
    for rows in tables:
        _rows_above_a_total(rows, refs)
    return out


PLACE_COLUMNS = 3  # named parts among a header's columns that make it a table of places


def _place_columns(head_printed: list[str], own: frozenset[str], refs: References, own_level: str) -> list[bool]:
    """The header's columns that name one part of the place (`TP. Đông Hà | … | Đakrông | Cồn Cỏ | Toàn tỉnh`):
    those a part's name says, and in a table of places (PLACE_COLUMNS of them) every column between
    the first and the last of them that is no total (a part's name the code list spells otherwise)."""
    parts = [bool(h) and part_row(h, own, refs, own_level) for h in head_printed]
    named = [c for c, part in enumerate(parts) if part]
    if len(named) >= PLACE_COLUMNS:
        for c in range(named[0] + 1, named[-1]):
            if not parts[c] and head_printed[c].strip() and not _is_total_label(head_printed[c], refs):
                parts[c] = True
    return parts


def _rates_share_level(row: list[ReadFigure]) -> None:
    """A rate cell right after a count cell of one level (`Hồ sơ … tiếp nhận tại cấp xã | Tỷ lệ nộp
    trực tuyến (%)`): the rate of that count, that level's."""
    for before, fig in zip(row, row[1:]):
        if fig.unit == "percent" and fig.breakdown == "all" and before.unit == "count" and before.breakdown in LEVELS:
            fig.breakdown = before.breakdown


LABEL_SPAN = 3  # columns a total row's label may be merged across (`STT | Lĩnh vực | Tên dịch vụ`)
FIGURE_KINDS = ("total", "online", "offline", "rate", "result", "previous", "change", "funding")  # header kinds of columns of figures


def _label_across_number(plain: list[tuple[int, str]], header: list[str], raw: str, words: Words) -> int:
    """A tab row a few cells short of its header whose first cell is a label with letters, under a header
    whose first column numbers the rows (`STT | Tên dịch vụ | Tổng số | …` over `Tổng cộng | 1.492.452 | …`):
    Word merged the label across the number column and the label columns after it and wrote it once; its
    figures stand as many columns further right. How many (0: a row in its place)."""
    pad = len(header) - len(plain)
    if "\t" not in raw or not 1 <= pad <= LABEL_SPAN or len(header) < pad + 3 or not re.search(r"[^\W\d_]{2}", plain[0][1]) \
            or not all(_is_number_cell(text) or not text.strip() for _, text in plain[1:]):
        return 0
    kinds = _column_kinds(header, words)
    return pad if kinds[0] == "number" and not any(k in FIGURE_KINDS for k in kinds[1 : pad + 1]) else 0


def _fills_header(header: list[str], below: list[str]) -> bool:
    """A second header row of as many cells (a spreadsheet's `;;Tổng số;Trong đó: trực tuyến;Lũy kế đến 14/12/2024;`
    under `STT;Đơn vị;Hồ sơ TTHC tiếp nhận trong kỳ;;…`): it leaves blank the first cells (the row names'
    columns, merged down) and names a column the first row left blank."""
    if len(below) != len(header) or not below or below[0].strip():
        return False
    return any(not h.strip() and b.strip() for h, b in zip(header, below))


def _after_part_word(label: str, words: Words) -> str:
    """A sub-row's label after `Trong đó:` (vocabulary part_of): `thành phố Phan Rang - Tháp Chàm`."""
    text = label.lstrip("-+ ")
    vtext = words.text(text)
    found = words.last(vtext[:24], "part_of")
    return text[found[1] + len(found[2]) :].lstrip(" :,") if found is not None else text


def _after_number_column(starts: list[int], header: list[str], words: Words) -> list[int]:
    """A space-aligned table whose first column numbers the rows (`TT`, `STT`): the label column
    starts right after it (`    1    Thu nhận hồ sơ …` under `TT   Chỉ tiêu` centred further right)."""
    if len(starts) > 1 and header and _column_kinds(header[:1], words)[0] == "number":
        starts = [starts[0], min(starts[1], starts[0] + len(header[0].strip()) + 2), *starts[2:]]
    return starts


# `(17–21/11)`: days of a month; `từ 01/01 đến 30/11/2025`: a day and month opening a dated range
_DAY_RANGE = re.compile(r"(?<![\d/.,])\d{1,2}\s*[–-]\s*\d{1,2}/\d{1,2}(?:/\d{4})?(?![\d/])"
                        r"|(?<![\d/.,])\d{1,2}/\d{1,2}(?=\s*[–-]\s*\d{1,2}/\d{1,2}/\d{4}|\s+\w{1,4}\s+\d{1,2}/\d{1,2}/\d{4})")


def _names_own(label: str, own: frozenset[str], refs: References) -> bool:
    """A row label that opens with the report's own place (`Tỉnh Bình Thuận`, `Toàn tỉnh`)."""
    found = mentions(label.strip(" *_"), refs)
    return bool(found) and found[0].start == 0 and found[0].name in own


def _is_total_label(label: str, refs: References) -> bool:
    """`Tổng cộng`, `Toàn quận` (vocabulary total_row): a table's total row, never the wrapped
    label of the row above it."""
    folded = " ".join(re.sub(r"\(.*?\)|[*_:.]", " ", fold(label)).split())
    return bool(folded) and folded in refs.terms("total_row")


def _rows_above_a_total(rows: list[tuple[str, list[ReadFigure]]], refs: References) -> None:
    """In a table whose last row with figures is its total (`Tổng cộng`, `Toàn quận`; vocabulary
    total_row), every other row counts one part of that total (a ward, a month, a unit): breakdown
    `part`, never filed as the whole; rows that name an essential service stay that service's."""
    from generator.fold import matches_all

    filled = [(label, figs) for label, figs in rows if figs]
    if len(filled) < 3:
        return
    if not _is_total_label(filled[-1][0], refs):
        return
    services = refs.keyword_rules("services", "service_id")
    for label, figs in filled[:-1]:
        if any(matches_all(fold(label), groups) for _, groups in services):
            continue
        for fig in figs:
            if fig.breakdown == "all":
                fig.breakdown = "part"


def _apply_row_unit(fig: ReadFigure, row_unit: str, label: str, words: Words) -> None:
    """A row's unit, printed in its own column (`%`, `Triệu đồng`) or by its label (`Tỷ lệ …`),
    says what its figures are: a rate, or an amount whose multiplier the cells leave out."""
    if fig.role == "target" and fig.unit == "percent" or fig.progress:
        return
    unit_text = row_unit.strip()
    if unit_text == "%" or (not unit_text and words.starts(words.text(label), "rate")):
        fig.unit = "percent"
        return
    if not unit_text or fig.unit == "percent":
        return
    unit, multiplier, _, _ = unit_after(f"1 {unit_text}", 1, words.refs.number_words)
    if unit == "count" and fig.ambiguous and fig.alternatives:
        # `Hồ sơ` / `Tài khoản`: a count is whole, so `41,356` groups thousands (41356)
        fig.value, fig.ambiguous, fig.number_style = int(fig.alternatives[0]), False, "en"
    if unit == "count" and multiplier > 1 and fig.unit == "count" and fig.value is not None:
        fig.value = fig.value * multiplier  # `nghìn TK`: the cells print thousands
    if unit == "vnd" and fig.unit != "vnd":  # `Triệu đồng`: the cells print millions
        fig.unit = "vnd"
        if fig.value is not None:
            fig.value = fig.value * multiplier


_HEADER_UNIT = re.compile(r"\(([^()]{1,24})\)")  # a column header's unit in brackets


def _one_channel(folded: str, refs: References) -> str:
    """The one channel a row's label names; none when it names both (`tiếp nhận (trực tuyến và
    trực tiếp)`: all dossiers)."""
    found = {value for value, word in refs.words("channel") if _word_in(folded, word)}
    return found.pop() if len(found) == 1 else ""


_ROW_CODE = re.compile(r"[A-ZĐ]{1,4}[-.]?\d{1,3}(?:\.\d{1,2})?")  # a row's code in a column of its own (`CT01`, `MH3`): the next cell names it


def _label_only(plain: list[tuple[int, str]]) -> bool:
    """A row that prints its number and label but no figure (the figures come on a later line)."""
    return not any(_is_number_cell(text) for _, text in plain[1:] if text)


def label_row(plain: list[tuple[int, str]]) -> bool:
    """A continuation row that only goes on with the label of the row above."""
    filled = [text for _, text in plain if text]
    return len(filled) == 1


@dataclass
class _Row:
    """One table row: the figures of its cells share it (as a block's figures share the block)."""

    line: int
    text: str


def _section(doc: Document, first: int, words: Words) -> str:
    """The heading of the section a table sits in (`2. Dịch vụ công thiết yếu … thuộc thẩm quyền
    cấp huyện, cấp xã`), folded: it says whose figures the table holds."""
    heading = ""
    for block in doc.blocks():
        if block.first_line >= first:
            break
        heading = block.text if block.kind == "heading" else (block.headings[-1] if block.headings else "")
    return evidence(words.text(heading)) if heading else ""


def _table_caption(doc: Document, first: int, skip: set[int], words: Words) -> str:
    """What names a table that starts at line `first`: its caption and the section it stands in."""
    return " ".join(t for t in (_caption(doc, first, skip, words), _section(doc, first, words)) if t)


def _caption(doc: Document, first: int, skip: set[int], words: Words) -> str:
    """The prose line just above a table (its caption or the sentence introducing it), folded,
    and the title in capitals a few lines above it when that line is not one. A line all in
    brackets under a title (`(Kèm theo Báo cáo số …)`) is passed over."""
    from generator.extract.tables import mostly_upper

    found = ""
    for k in range(first - 1, max(0, first - 6), -1):
        line = doc.line(k).strip()
        # (a spreadsheet's caption row is a table line of one cell: `Bảng 2. KẾT QUẢ …<tab><tab>`)
        if line and (not doc.is_table(k) or sum(1 for c in line.split("\t") if c.strip()) == 1) and k not in skip \
                and not (line.startswith("(") and line.endswith(")")):
            # (`(kể cả Công an cấp xã)`: no evidence; a bracket of members, `(đăng ký thường trú, …)`, is kept: the
            # table's rows may be those members)
            text = evidence(_kept(words.text(doc.clean(k).text), words, members=False))
            if not found:
                found = text
                if mostly_upper(line):
                    break
            elif mostly_upper(line):
                return f"{found} {text}"  # a header line read as prose (`Số hồ sơ tiếp nhận   Tỷ lệ`) under the table's title
    return found


def _table_unit(doc: Document, first: int, words: Words) -> str:
    """The unit printed on a line just above a table (`(ĐVT: triệu đồng)`; vocabulary unit_column),
    as printed, or ""."""
    pattern = _unit_line(words.refs)
    for k in range(first - 1, max(0, first - 4), -1):
        if doc.is_table(k):
            break
        line = doc.line(k)
        m = pattern.search(fold_keep(line))
        if m:
            return line[m.start(1) : m.end(1)].strip()
    return ""


def _unit_line(refs: References) -> re.Pattern[str]:
    def build(r: References) -> re.Pattern[str]:
        words = sorted((w for _, w in r.words("unit_column")), key=len, reverse=True)
        return re.compile(r"(?:" + "|".join(re.escape(w) for w in words) + r")\s*:\s*([^()\d:;]{1,20})")
    return refs.prepare("unit_line_pattern", build)


def _column_role(header: list[str], col: int, words: Words) -> str:
    """target for a plan or target column (`Kế hoạch`, `Chỉ tiêu giao`), progress for a rate
    column of a table that has one (`Tỷ lệ`, `% so với kế hoạch`), note for a notes column
    (`Ghi chú`), previous for an earlier period's column (`Cùng kỳ năm 2024`), else result."""
    heads = [f" {h} " for h in header]
    folded_words = words.refs.words("role") + [("target", w) for _, w in words.refs.words("progress")]
    roles = _column_kinds(header, words)
    names = 1 if roles and roles[0] == "number" else 0  # the column that names the rows (after `STT`): `Chỉ tiêu` there is no plan
    # (a result word inside the target word itself, `được` of `Chỉ tiêu được giao`, is no result)
    is_target = [k != names and any(v == "target" and _word_in(h, w) and not _has(h.replace(f" {w} ", " "), words.refs.words("result"))
                                    for v, w in folded_words)
                 for k, h in enumerate(heads)]
    if col >= len(heads):
        return "result"
    if is_target[col]:
        return "target"
    if roles[col] == "notes":
        return "note"  # `Ghi chú`: a remark beside the row's figures (`Riêng khu vực …`)
    cumulative = any(_has(f" {h} ", [(v, w) for v, w in words.refs.words("time_scope") if v == "cumulative"]) for h in header)
    if roles[col] in ("previous", "change") or (("change" in roles or cumulative) and _earlier_twin(header, col)):
        # `Cùng kỳ năm 2024`, `Tháng 10` beside `Tháng 11` and their `Tăng/giảm`: an earlier period's figures and the
        # change between them; for comparison, never the report's own (`T1 | T2` alone are two months reported)
        return "previous"
    if roles[col] == "task" and ({"deadline", "lead_unit"} & set(roles)):
        return "task"  # `Nội dung, nhiệm vụ` beside `Thời hạn`/`Đơn vị chủ trì`: what is to be done
    if any(is_target) and ("%" in heads[col] or _has(heads[col], words.refs.words("rate"))):
        return "progress"  # `Tỷ lệ` (of the plan) beside a plan column; `Kết quả` is the result
    return "result"


def _earlier_twin(header: list[str], col: int) -> bool:
    """A column whose heading is one other's but for smaller numbers (`Tháng 10` beside `Tháng 11`,
    `Năm 2023` beside `Năm 2024`): the earlier period's, set beside the report's own."""
    header = [_dated(h) for h in header]  # (`Quý II/2025` beside `Quý III/2025`: the dates module reads Roman quarters)
    head = header[col]
    numbers = [int(n) for n in re.findall(r"\d+", head)]
    if not numbers:
        return False
    shape = re.sub(r"\d+", "#", head)
    twins = [k for k, other in enumerate(header) if k != col and re.sub(r"\d+", "#", other) == shape]
    # (a pair only: a series of years or quarters, `2022 | 2023 | 2024`, reports each period's own figures)
    return len(twins) == 1 and [int(n) for n in re.findall(r"\d+", header[twins[0]])] > numbers


def _dated(head: str) -> str:
    """A header cell with each period it names written as its kind, year and first month
    (`quy ii/2025` -> `quarter 2025 4`), so that twins compare by their numbers."""
    out, cursor = [], 0
    for d in find_dates(head):
        if d.first is not None:
            out.append(f"{head[cursor : d.start]}{d.precision} {d.first.year} {d.first.month}")
            cursor = d.end
    return "".join(out) + head[cursor:]


def _column_kinds(header: list[str], words: Words) -> list[str]:
    """Each header cell's kind by codelists/table_columns.csv (`task`, `deadline`, …; "" for none)."""
    from generator.fold import matches_all

    return [next((role for role, groups in words.refs.table_columns if matches_all(fold(h), groups)), "") for h in header]


def _is_number_cell(text: str) -> bool:
    return bool(re.fullmatch(r"[\d.,%\s/]+", text.strip())) and any(ch.isdigit() for ch in text)


def _html_cells(raw: str) -> list[tuple[int, str]]:
    cells = []
    for m in re.finditer(r"<t[dh]\b[^>]*>(.*?)(?=</t[dh]>|<t[dh]\b|$)", raw, re.IGNORECASE):
        cells.append((m.start(1), m.group(1)))
    return cells


_SIGNED = re.compile(r"\s*(?:[+\u2212]\s?|-)\d")  # a cell printed with its sign: a change, not a level


def _cell_figures(refs: References, words: Words, row: _Row, raw: str, cell: str, label: str, column: str, column_printed: str,
                  caption: str, column_role: str = "result") -> list[ReadFigure]:
    """The figures of one cell. Its evidence: the cell, its row's label and the table's
    caption (as the lead), its column's header (as the heading, and as the counted noun and
    channel when the cell prints none)."""
    figures = [f for f in find_figures(cell, refs.number_words, include_bare=True) if _is_figure(cell, f, refs, None)]
    out: list[ReadFigure] = []
    folded = fold_keep(cell)
    vtext = words.text(cell)
    # a row's label names what its figures count; a long one is a task's description, not a name
    label_folded = evidence(words.text(label)) if label != cell and len(label) <= LABEL_CHARS else ""
    prose = len(cell) > PROSE_CELL  # a task's result: read in sentences, with their roles, as a paragraph is
    sentences = _spans(cell, _SENTENCE) if prose else [(0, len(cell))]
    for k, fig in enumerate(figures):
        s_index = next((i for i, (a, b) in enumerate(sentences) if a <= fig.start < b), 0) if prose else 0
        s_start, s_end = sentences[s_index]
        previous_end = figures[k - 1].end if prose and k and figures[k - 1].end > s_start else s_start
        rf = _context(cell, folded, vtext, fig, refs, words, (s_start, s_end), previous_end, None, column,
                      lead_in=_lead_in(cell, sentences, s_index), cell=True)
        if fig.unit == "" and ("%" in column or _has(column, refs.words("rate"))) and rf.unit == "count":
            rf.unit = "percent"
        elif fig.unit == "" and rf.unit == "count" and (bracket := _HEADER_UNIT.search(column_printed)) is not None:
            _apply_row_unit(rf, bracket.group(1), label, words)  # `Kinh phí (triệu đồng)`: its bare cells are millions of đồng
        text = raw.strip()
        pos = text.find(fig.printed)
        rf.line, rf.quote = row.line, window(text, max(0, pos), max(0, pos) + len(fig.printed))
        rf.in_table, rf.cell_chars, rf.sentence = True, len(cell), -(row.line * PROSE_SENTENCES + s_index)
        if column_role == "target":
            rf.role, rf.role_words = "target", column_printed.lower()
        elif not prose and (set_by := _row_target(label, words)):
            rf.role, rf.role_words = "target", set_by  # `5. Chỉ tiêu UBND tỉnh giao năm 2025: tỷ lệ hồ sơ nộp trực tuyến | % | | 80`
        elif column_role == "task":
            rf.role, rf.task = "target", True  # a task to be done: a target set by no one the column names
        elif column_role == "progress":
            rf.progress = True
        elif column_role == "note":
            rf.note = True
        elif column_role == "previous" or _SIGNED.match(cell):
            rf.comparison = True  # (`+213.968`, `-1.316` in a cell of their own: a change, as a `Tăng/giảm` column holds)
        if not rf.measure and rf.unit != "percent" and len(cell) <= 24:
            rf.measure = f"{label} {column_printed}".strip() if label_folded else column_printed
            rf.measure_in_table = True
        if not rf.channel and len(cell) <= PROSE_CELL:  # the column's channel, else the row's
            rf.channel = next((value for value, word in refs.words("channel") if _word_in(column, word)), "") \
                or (_one_channel(fold(label), refs) if label_folded else "")
        if rf.breakdown == "all" and len(cell) <= PROSE_CELL and (level := words.last(words.text(column_printed), "breakdown")) is not None \
                and level[0] in LEVELS:
            rf.breakdown = level[0]  # a column `Hồ sơ TTHC cấp xã …`: that level's figures
        if rf.breakdown == "all" and len(cell) <= PROSE_CELL and words.has(words.text(column_printed), "breakdown_column"):
            rf.breakdown = "group"  # a column under `Chia theo địa bàn` (`… | Các phường | Các xã`): one part's figures
        if rf.breakdown == "all" and label_folded and len(cell) <= PROSE_CELL \
                and (level := words.last(words.text(label), "breakdown")) is not None and level[0] in LEVELS:
            rf.breakdown = level[0]  # a row `Cộng cấp huyện`: that level's total
        rf.subject = label if label_folded else column_printed
        rf.lead = f"{label_folded} {caption}".strip()
        rf.heading = evidence(words.text(column_printed))
        if len(cell) <= PROSE_CELL:
            rf.near = f"{rf.near} {label_folded}".strip()  # a figure column: its row says what
            if rf.unit == "percent" and not rf.measure:
                rf.near = f"{rf.heading} {rf.near}".strip()  # a rate column's header is the rate's own words (`Tỷ lệ tra cứu thành công (%)`)
        rf.source = row
        out.append(rf)
    if prose and column_role == "result":
        _roles(vtext, out, words, False)
    return out


def _row_target(label: str, words: Words) -> str:
    """The words of a row label that say its figures were set, not reached (`Chỉ tiêu UBND tỉnh giao …`,
    `Kế hoạch giao năm 2025`): a target word of two words or more (not a bare `chỉ tiêu`, a table's
    `indicator`), with no result word after it; else ""."""
    found = words.last(words.text(label), "role")
    if found is None or found[0] != "target" or " " not in found[2]:
        return ""
    return "" if words.has(words.text(label)[found[1] + len(found[2]) :], "result") else found[2]


def with_value(fig: ReadFigure, value: float | None) -> ReadFigure:
    return replace(fig, value=value)


__all__ = ["ReadFigure", "read_figures", "read_block", "numbering_level"]
