"""Headline indicators (rates, counts, amounts) from report prose -> indicator_values.

Which indicator a figure belongs to is data: codelists/indicators.csv gives keyword groups
per indicator. Indicators that share the same keywords form a *family* (a count and its
rate, e.g. identity cards collected and the share issued); the figure's unit picks the
member. A figure is matched on the words of its own sub-clause first, then on the words
since the previous figure, then it inherits the previous figure's indicator (unless a
word like `còn lại` breaks the chain), then the whole sentence, then the item's lead
(`- Công tác cấp CCCD: ...`). Targets (`Chính phủ giao 80%`) are not results and are
skipped. A rate takes as numerator/denominator the ratio printed before it (`a/b (đạt x%)`)
or the two counts of its family whose quotient is the printed rate. The level or period
(`cấp tỉnh`, `lũy kế`, `trong tháng`) nearest before a figure gives its breakdown.
Figures the service extractor took are left to it. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.codelists import References
from generator.document import Block, Document, leading_space
from generator.extract.base import Extraction, ReportMeta, per_refs, signature
from generator.extract.clauses import (
    BREAKDOWN_WORDS, Span, containing, first_group_index, has_any, is_target, nearest_word, rule_distance, subclauses,
)
from generator.extract.services import extract_services
from generator.figures import Figure, find_figures
from generator.fold import fold_keep, keyword_groups
from generator.numbers import resolve

SERVICE_TOPIC = "essential_services"  # read by the service extractor, from service lists
BLOCKERS = ["con lai", "chua"]  # `còn lại 124 TTHC`, `7.343 trường hợp chưa đồng bộ`: not the indicator
# counts of things that are not results (plans, meetings, documents)
NOT_RESULTS = {"chi tieu", "nhiem vu", "mo hinh", "van ban", "hoi nghi", "lop", "tin", "bai", "tin bai", "cuoc", "buoi", "trang", "video", "phong su", "bo", "nganh", "so"}
RATE_TOLERANCE = 1.0  # percentage points between a printed rate and a/b when pairing counts
_LEAD = re.compile(r"^\s*(?:[-+*•–]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)?(?P<lead>[^:;.]{3,60}):\s")
_COLON_SENTENCE = re.compile(r":\s+(?=[A-ZĐÀ-Ỹ])")
_SENTENCE = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ\-+*(\d])|\.\s*$|:\s+(?=[A-ZĐÀ-Ỹ])")
_CLAUSE = re.compile(r";\s+")
# Sections about the future (tasks ahead, proposals) hold plans, not results.
_HEADING = re.compile(r"^\s*(?:#+\s*)?\**\s*[IVX]{1,5}\.\s")
PLAN_WORDS = ["nhiem vu trong tam", "nhiem vu trong thoi gian", "phuong huong", "kien nghi", "de xuat"]
RESULT_WORDS = ["dat", "da", "ket qua"]


@dataclass
class Family:
    groups: list[list[str]]
    exclude: list[str]
    members: dict[str, str] = field(default_factory=dict)  # unit -> indicator_id

    def accepts(self, fig: Figure) -> bool:
        if fig.unit in self.members:
            return True
        return "percent" in self.members and fig.unit in ("count", "vnd")


def families(refs: References) -> list[Family]:
    """The indicator families of the code list, prepared once per References (read-only)."""
    return per_refs(refs, "indicator_families", _families)


def _families(refs: References) -> list[Family]:
    found: dict[tuple[str, str], Family] = {}
    for row in refs.rows("indicators"):
        if row["topic"] == SERVICE_TOPIC:
            continue
        key = (row["match_keywords"], row.get("exclude_keywords", ""))
        fam = found.setdefault(key, Family(keyword_groups(row["match_keywords"]), [w for w in keyword_groups(row.get("exclude_keywords", "").replace("|", ";")) for w in w]))
        fam.members.setdefault(row["unit"], row["indicator_id"])
    return list(found.values())


def _family_groups(fam: Family) -> list[list[str]]:
    return fam.groups


def _best(fams: list[Family], folded: str, span: Span, fig: Figure, exclude_text: str) -> Family | None:
    return _best_in(fams, folded[span[0] : span[1]], fig.start - span[0], fig, exclude_text)


def _best_in(fams: list[Family], text: str, pos: int, fig: Figure, exclude_text: str) -> Family | None:
    pos = max(0, min(len(text) - 1, pos))
    scored = []
    for i in first_group_index(fams, _family_groups).candidates(text):
        fam = fams[i]
        if not fam.accepts(fig) or (fam.exclude and has_any(exclude_text, fam.exclude)):
            continue
        distance = rule_distance(text, fam.groups, pos)
        if distance is not None:
            scored.append((-len(fam.groups), fig.unit not in fam.members, distance, fam))
    if not scored:
        return None
    scored.sort(key=lambda s: s[:3])
    return scored[0][3]


def _split(text: str, pattern: re.Pattern[str], span: Span) -> list[Span]:
    out, cursor = [], span[0]
    for m in pattern.finditer(text, span[0], span[1]):
        out.append((cursor, m.start()))
        cursor = m.end()
    out.append((cursor, span[1]))
    return [s for s in out if text[s[0] : s[1]].strip()]


def extract_indicators(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    fams = families(refs)
    services = extract_services(doc, refs, meta)
    taken = set(services.used)
    unknown_lines = {f["source_line"] for f in services.tables.get("quality_flags", []) if f["check"] == "unknown_service"}
    skip = signature(doc)
    plans = False
    for block in doc.blocks(1, meta.body_end or len(doc.lines)):
        if block.first_line in skip:
            continue
        folded = fold_keep(block.text)
        if _HEADING.match(block.text):
            plans = has_any(folded, PLAN_WORDS)
        if plans:
            continue
        figures = [f for f in find_figures(block.text, refs.number_words)
                   if f.unit in ("count", "percent", "vnd", "points") and f.unit_text not in NOT_RESULTS
                   and (block.line_at(f.start), f.printed) not in taken and block.line_at(f.start) not in unknown_lines]
        lead = _LEAD.match(block.text)
        prev: dict[Span, tuple[int, bool]] = {}
        for sent in _split(block.text, _SENTENCE, (0, len(block.text))):
            for clause in _split(block.text, _CLAUSE, sent):
                figs = [f for f in figures if clause[0] <= f.start < clause[1]]
                if figs:
                    _sentence(out, block, folded, sent, clause, figs, fams, lead.span("lead") if lead else None, prev)
    return out


def _assign(block: Block, folded: str, sent: Span, clause: Span, figs: list[Figure], fams: list[Family], lead: Span | None, prev: dict) -> list[tuple[Figure, Family | None]]:
    subs = subclauses(block.text, clause)
    assigned: list[tuple[Figure, Family | None]] = []
    prev_end, prev_fam, seen_prev = clause[0], None, False
    last_end, last_target = prev.get(sent, (sent[0], False))
    for fig in figs:
        if fig.ratio_part == "denominator" and assigned and assigned[-1][0].ratio_part == "numerator":
            assigned.append((fig, assigned[-1][1]))
            prev_end = fig.end
            continue
        sub = containing(subs, fig.start)
        sub_text = folded[sub[0] : sub[1]]
        target = is_target(folded, sent[0], fig.start, last_end) or (last_target and not has_any(folded[last_end : fig.start], RESULT_WORDS))
        last_end, last_target = fig.end, target
        prev[sent] = (last_end, last_target)
        if target or has_any(sub_text, BLOCKERS) or (fig.unit_text == "dich vu" and has_any(sub_text, ["thiet yeu"])):
            assigned.append((fig, None))
            prev_end, prev_fam, seen_prev = fig.end, None, True
            continue
        fam = _best(fams, folded, sub, fig, sub_text)
        between = (min(prev_end, sub[0]), sub[1])
        if fam is None:
            fam = _best(fams, folded, between, fig, sub_text)
        if fam is None:
            if seen_prev:
                fam = None if has_any(folded[prev_end : fig.start], BLOCKERS) else prev_fam
            else:
                fam = _best(fams, folded, clause, fig, sub_text) or _best(fams, folded, sent, fig, sub_text)
                if fam is None and lead and lead[1] <= sent[0]:
                    head = folded[lead[0] : lead[1]] + " "
                    fam = _best_in(fams, head + folded[sent[0] : sent[1]], len(head) + fig.start - sent[0], fig, sub_text)
        assigned.append((fig, fam))
        prev_end, prev_fam, seen_prev = fig.end, fam, True
    return assigned


def _sentence(out: Extraction, block: Block, folded: str, sent: Span, clause: Span, figs: list[Figure], fams: list[Family], lead: Span | None, prev: dict) -> None:
    assigned = _assign(block, folded, sent, clause, figs, fams, lead, prev)
    by_family: dict[int, list[Figure]] = {}
    order: list[Family] = []
    for fig, fam in assigned:
        if fam is None:
            continue
        if id(fam) not in by_family:
            order.append(fam)
        by_family.setdefault(id(fam), []).append(fig)
    for fam in order:
        _rows(out, block, folded, clause, fam, by_family[id(fam)])


def _rows(out: Extraction, block: Block, folded: str, sent: Span, fam: Family, figs: list[Figure]) -> None:
    used: set[int] = set()
    for i, fig in enumerate(figs):
        if fig.unit != "percent" or "percent" not in fam.members:
            continue
        num, den = _pair(figs[:i], fig, used)
        after = figs[i + 1 : i + 3]
        if num is None and len(after) == 2 and after[0].ratio_part == "numerator" and after[1].ratio_part == "denominator":
            num, den = after  # `100% cơ sở KCB (20/20 cơ sở)`
            used.update({id(num), id(den)})
        _add(out, block, folded, sent, fam.members["percent"], fig, num, den)
        used.add(id(fig))
    for i, fig in enumerate(figs):
        if id(fig) in used or fig.ratio_part == "denominator" or fig.unit == "percent":
            continue
        unit = fig.unit if fig.unit != "count" or "count" in fam.members else ""
        if unit not in fam.members:
            continue
        den = figs[i + 1] if fig.ratio_part == "numerator" and i + 1 < len(figs) else None
        _add(out, block, folded, sent, fam.members[unit], fig, fig if den else None, den)


def _pair(before: list[Figure], rate: Figure, used: set[int]) -> tuple[Figure | None, Figure | None]:
    """(numerator, denominator) for a printed rate: the ratio just before it, else two counts that give it."""
    free = [f for f in before if id(f) not in used and f.unit != "percent"]
    for i in range(len(free) - 1, 0, -1):
        if free[i].ratio_part == "denominator" and free[i - 1].ratio_part == "numerator":
            used.update({id(free[i]), id(free[i - 1])})
            return free[i - 1], free[i]
    plain = [f for f in free if not f.ratio_part and f.value is not None]
    for j in range(len(plain) - 1, -1, -1):
        for k in range(len(plain) - 1, -1, -1):
            a, b = plain[j], plain[k]
            if j != k and a.unit == b.unit and b.value and a.value <= b.value and rate.value is not None \
                    and abs(a.value / b.value * 100 - rate.value) <= RATE_TOLERANCE:
                used.update({id(a), id(b)})
                return a, b
    return None, None


def _printed(block: Block, fig: Figure) -> str:
    if fig.unit in ("percent", "vnd"):
        gap = leading_space(block.text, fig.end)
        return block.text[fig.start : fig.end + gap + len(fig.unit_text)]
    return fig.printed


def _add(out: Extraction, block: Block, folded: str, sent: Span, indicator_id: str, fig: Figure, num: Figure | None, den: Figure | None) -> None:
    num_value, den_value, reading = _values(fig, num, den)
    line, quote = block.quote(fig.start, fig.end)
    breakdown = nearest_word(folded, BREAKDOWN_WORDS, sent[0], fig.start) or "all"
    value = reading.value * fig.multiplier if reading.value is not None else None
    if value is not None and float(value).is_integer():
        value = int(value)
    unit = fig.unit if fig.unit != "count" or not num else "count"
    out.add("indicator_values", {
        "indicator_id": indicator_id, "breakdown": breakdown, "value": value, "unit": unit,
        "numerator": num_value, "denominator": den_value, "value_printed": _printed(block, fig),
        "number_style": reading.style, "source_line": line, "source_quote": quote,
    })
    for part in {id(f): f for f in (fig, num, den) if f is not None}.values():
        out.use(block.line_at(part.start), part.printed)


def _values(fig: Figure, num: Figure | None, den: Figure | None):
    """Values of the rate/count and its parts; an ambiguous part is settled by the printed rate."""
    reading = fig.reading
    nv = num.value if num is not None else None
    dv = den.value if den is not None else None
    if num is not None and den is not None and fig.unit == "percent" and fig.value is not None:
        for cand_n in (num.reading.alternatives or (num.reading.value,)):
            for cand_d in (den.reading.alternatives or (den.reading.value,)):
                if cand_n is not None and cand_d and abs(cand_n / cand_d * 100 - fig.value) <= RATE_TOLERANCE:
                    nv = resolve(num.reading, cand_n).value * num.multiplier if num.reading.ambiguous else nv
                    dv = resolve(den.reading, cand_d).value * den.multiplier if den.reading.ambiguous else dv
    if num is fig and den is not None:
        nv = fig.value
    return _clean(nv), _clean(dv), reading


def _clean(value):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)
