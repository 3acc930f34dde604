"""Targets printed in a report -> table targets: a figure the reader marked as a target
(`chỉ tiêu được giao 6.500 hồ sơ`, `Chính phủ giao 80%`, `phấn đấu … đạt trên 95%`, a
`Kế hoạch` column), filed under the indicator its own words name (the same rules as results,
generator.reading.label). Who set it and by when are kept as printed. Pure.
"""
from __future__ import annotations

from generator.codelists import References
from generator.dates import find_dates
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta
from generator.extract.indicators import labelled_figures
from generator.reading.label import match, rules
from generator.reading.read import PROSE_CELL


def extract_targets(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    figures, labels = labelled_figures(doc, refs)
    ruleset = rules(refs)
    for i, fig in enumerate(figures):
        if fig.role != "target" or fig.value is None or fig.ratio_part == "denominator" or fig.breakdown != "all" or fig.task:
            continue  # (a task's figure, `cắt giảm tối thiểu 20% thông tin …`, says what is to be done, not an indicator's target)
        label = match(fig, ruleset)
        if label.indicator_id and fig.in_table and fig.cell_chars > PROSE_CELL and label.weakest < 3:
            continue  # a task in a table's prose cell: filed only on its own close words, as results are
        if not label.indicator_id:
            label = _beside(figures, labels, i, ruleset)  # `đạt 92,7% (Chính phủ giao 80%)`: the result's indicator
        if not label.indicator_id:
            continue
        out.add("targets", {
            "indicator_id": label.indicator_id, "rule_id": label.rule_id, "value": fig.value, "unit": fig.unit,
            "value_printed": fig.value_printed, "qualifier": fig.qualifier, "set_by": fig.role_words,
            "deadline": _deadline(fig), "scope": ruleset.indicators[label.indicator_id].scope,
            "source_line": fig.line, "source_quote": fig.quote,
        })
        out.use(fig.line, fig.printed, table="targets", figure=fig.index, indicator_id=label.indicator_id, rule_id=label.rule_id)
    return out


def _beside(figures, labels, i, ruleset):
    """The label of the result printed just before a target in its sentence, when the target
    measures the same thing (same unit)."""
    fig = figures[i]
    for j in range(i - 1, -1, -1):
        other = figures[j]
        if other.source is not fig.source or other.sentence != fig.sentence:
            break
        if labels[j].indicator_id and other.unit == fig.unit:
            return labels[j]
    return labels[i].__class__()


def _deadline(fig):
    """The figure's own date (`đến ngày 31/12/2024`), else the last day of a year printed
    before it in its sentence (`năm 2024`, `đến năm 2025`); never the date of a document."""
    if fig.cut_off is not None:
        return fig.cut_off
    years = [d for d in find_dates(fig.before) if d.last is not None and d.precision == "year"]
    return years[-1].last if years else None
