"""Headline indicators -> indicator_values, claimed from the report's figures.

The figures are read once (generator.reading.read) and labelled by the indicator rules
(generator.reading.label); this module only assembles rows: a rate takes as numerator and
denominator the ratio printed before it (`a/b (đạt x%)`) or the two counts of its family
it is the quotient of; a count printed as `a/b` keeps `b` as its denominator. Figures the
service extractor took are left to it. Pure.
"""
from __future__ import annotations

from generator.codelists import References
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta
from generator.extract.services import extract_services
from generator.numbers import resolve
from generator.reading.label import Label, label_figures, rules
from generator.reading.read import ReadFigure, read_figures

RATE_TOLERANCE = 1.0  # percentage points between a printed rate and a/b when pairing counts


def labelled_figures(doc: Document, refs: References) -> tuple[list[ReadFigure], list[Label]]:
    """The report's figures and their labels, computed once per document (read-only)."""
    memo = doc.memo.get("labelled")
    if memo is None:
        figures = read_figures(doc, refs)
        memo = doc.memo["labelled"] = (figures, label_figures(figures, refs))
    return memo  # type: ignore[return-value]


def extract_indicators(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    figures, labels = labelled_figures(doc, refs)
    services = extract_services(doc, refs, meta)
    taken = set(services.used)
    ruleset = rules(refs)
    used: set[int] = set()
    filed: dict[str, list[tuple[ReadFigure, float]]] = {}  # an indicator's values filed so far
    for i, (fig, label) in enumerate(zip(figures, labels)):
        if not label.indicator_id or (fig.line, fig.printed) in taken or i in used:
            continue
        if fig.value is not None and fig.unit in ("percent", "count"):
            earlier = filed.setdefault(label.indicator_id, [])
            if (_another_rate if fig.unit == "percent" else _another_total)(fig, earlier):
                continue  # a later value that disagrees with the one before: some part's, doubted
            earlier.append((fig, fig.value))
        indicator = ruleset.indicators[label.indicator_id]
        num = den = None
        if fig.unit == "percent":
            num, den = _parts_of_rate(figures, labels, i, used, ruleset)
        elif fig.ratio_part == "numerator" and i + 1 < len(figures) and figures[i + 1].ratio_part == "denominator":
            num, den = fig, figures[i + 1]
            used.add(i + 1)
        _add(out, fig, label, num, den, indicator.scope)
        used.add(i)
    return out


SAME_RATE = 0.5  # percentage points: `84%` and `84,18%` are one rate printed twice
ABOUT_RATE = 1.0  # … or one printed with a qualifier: `hơn 91%` and `91,6%`


def _another_rate(fig: ReadFigure, earlier: list[tuple[ReadFigure, float]]) -> bool:
    """A report gives one rate per indicator, period and cut-off: a later rate filed under the
    same indicator for the same period that differs from the one before (a unit's, the city's,
    a footnote's, another family's) and repeats no earlier rate of it is doubted and left
    unfiled; the first stands (precision first)."""
    def same(value: float, other: ReadFigure) -> bool:
        return abs(value - (fig.value or 0.0)) <= (ABOUT_RATE if fig.qualifier or other.qualifier else SAME_RATE)

    if any(same(value, other) for other, value in earlier):
        return False
    return any((other.time_scope, other.cut_off) == (fig.time_scope, fig.cut_off) for other, _ in earlier)


SAME_COUNT = 0.03  # a count printed twice, once rounded (`1,8 triệu`, `1.812.905`)


def _another_total(fig: ReadFigure, earlier: list[tuple[ReadFigure, float]]) -> bool:
    """A table's count filed under an indicator the prose already gave for the same period with
    another value, repeating none: the table counts some part (a level, a group of units)."""
    if not fig.in_table:
        return False
    value = fig.value or 0.0
    if any(abs(value - v) <= SAME_COUNT * max(abs(v), 1.0) for _, v in earlier):
        return False
    return any(not other.in_table and (other.time_scope, other.cut_off) == (fig.time_scope, fig.cut_off) for other, _ in earlier)


def _parts_of_rate(figures: list[ReadFigure], labels: list[Label], i: int, used: set[int], ruleset) -> tuple[ReadFigure | None, ReadFigure | None]:
    """(numerator, denominator) of the rate at i: a ratio a/b printed just before or after it
    in its sentence, else two counts of its family (or unfiled) before it in its block whose
    quotient is the rate."""
    rate = figures[i]
    same = [j for j in range(len(figures)) if figures[j].source is rate.source and figures[j].sentence == rate.sentence]
    before = [j for j in same if j < i]
    for j in reversed(before):
        if figures[j].ratio_part == "denominator" and j - 1 >= 0 and figures[j - 1].ratio_part == "numerator":
            return figures[j - 1], figures[j]
        if figures[j].unit == "percent":
            break
    after = [j for j in same if j > i][:2]
    if len(after) == 2 and figures[after[0]].ratio_part == "numerator" and figures[after[1]].ratio_part == "denominator":
        return figures[after[0]], figures[after[1]]  # `100% cơ sở KCB (20/20 cơ sở)`
    family = ruleset.indicators[labels[i].indicator_id].family
    in_block = [j for j in range(i) if figures[j].source is rate.source]  # `…385.566 hồ sơ; trực tuyến: 354.894 hồ sơ (đạt tỷ lệ: 92,04%)`
    counts = [j for j in in_block if figures[j].unit in ("count", "vnd") and not figures[j].ratio_part and figures[j].value
              and (not labels[j].indicator_id or ruleset.indicators[labels[j].indicator_id].family == family)]
    for a in reversed(counts):
        for b in reversed(counts):
            va, vb = figures[a].value, figures[b].value
            if a != b and vb and va <= vb and figures[a].unit == figures[b].unit and rate.value is not None and abs(va / vb * 100 - rate.value) <= RATE_TOLERANCE:
                return figures[a], figures[b]
    return None, None


def _add(out: Extraction, fig: ReadFigure, label: Label, num: ReadFigure | None, den: ReadFigure | None, scope: str) -> None:
    num_value = num.value if num is not None else None
    den_value = den.value if den is not None else None
    if fig.unit == "percent" and num is not None and den is not None and fig.value is not None:
        num_value, den_value = _settle(num, den, fig.value)
    out.add("indicator_values", {
        "indicator_id": label.indicator_id, "rule_id": label.rule_id, "breakdown": fig.breakdown,
        "value": fig.value, "unit": fig.unit,
        "numerator": num_value, "denominator": den_value, "value_printed": fig.value_printed,
        "number_style": fig.number_style, "qualifier": fig.qualifier, "time_scope": fig.time_scope,
        "cut_off_date": fig.cut_off, "scope": scope,
        "source_line": fig.line, "source_quote": fig.quote,
    })
    out.use(fig.line, fig.printed, table="indicator_values", figure=fig.index, indicator_id=label.indicator_id, rule_id=label.rule_id)
    for name, part in (("numerator", num), ("denominator", den)):
        if part is not None and part is not fig:
            out.use(part.line, part.printed, table="indicator_values", figure=part.index, indicator_id=label.indicator_id, rule_id=label.rule_id, part=name)


def _settle(num: ReadFigure, den: ReadFigure, rate: float) -> tuple[float | None, float | None]:
    """Values of a rate's parts; an ambiguous part is settled by the printed rate."""
    nv, dv = num.value, den.value
    for cand_n in (num.alternatives or (nv,)):
        for cand_d in (den.alternatives or (dv,)):
            if cand_n is not None and cand_d and abs(cand_n / cand_d * 100 - rate) <= RATE_TOLERANCE:
                return _clean(cand_n), _clean(cand_d)
    return nv, dv


def _clean(value):
    if value is None:
        return None
    return int(value) if float(value).is_integer() else round(value, 6)


__all__ = ["extract_indicators", "labelled_figures", "resolve"]
