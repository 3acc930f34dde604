"""The published `figures` table: one row per figure read, with what claimed it. Pure.

Each fact table claims the figures its rows were made from (Extraction.claims: line,
printed number, table, what it was filed as). A figure no table claimed stays published,
with the nearest candidate indicators, and goes to the review file.
"""
from __future__ import annotations

from generator.extract.base import Extraction, Row
from generator.codelists import References
from generator.reading.label import Label, candidates
from generator.reading.read import ReadFigure


def figure_rows(figures: list[ReadFigure], labels: list[Label], found: Extraction, refs: References) -> list[Row]:
    by_figure: dict[int, list[Row]] = {}  # claims that name the read figure
    claims: dict[tuple[int, str], list[Row]] = {}  # claims by line and printed number only
    for claim in sorted(found.claims, key=lambda c: bool(c.get("part"))):  # a figure's own row before rows it is a part of
        if "figure" in claim:
            by_figure.setdefault(claim["figure"], []).append(claim)
        else:
            claims.setdefault((claim["line"], claim["printed"]), []).append(claim)
    rows = []
    for fig, label in zip(figures, labels):
        mine = by_figure.get(fig.index) or claims.get((fig.line, fig.printed))
        claim = mine.pop(0) if mine else {}
        table = claim.get("table", "")
        indicator = claim.get("indicator_id", "") if table in ("indicator_values", "targets") and not claim.get("part") else ""
        rows.append({
            "value": fig.value, "value_printed": fig.value_printed, "number_style": fig.number_style, "unit": fig.unit,
            "qualifier": fig.qualifier, "measure": fig.measure, "subject": fig.subject[:200], "ratio_part": fig.ratio_part,
            "time_scope": fig.time_scope, "cut_off_date": fig.cut_off, "role": fig.role, "breakdown": fig.breakdown,
            "channel": fig.channel, "indicator_id": indicator, "rule_id": claim.get("rule_id", "") if indicator else "",
            "service_id": claim.get("service_id", ""), "service_part": claim.get("service_part", ""),
            "claimed_by": table, "candidates": "" if table else " ".join(candidates(fig, label, refs)),
            "source_line": fig.line, "source_quote": fig.quote,
        })
    return rows


def review_unclaimed(rows: list[Row], found: Extraction) -> None:
    for row in rows:
        if row["claimed_by"]:
            continue
        what = row["value_printed"] + (f" {row['measure']}" if row["measure"] else "")
        near = f"; nearest indicators: {row['candidates'].replace(' ', ', ')}" if row["candidates"] else ""
        role = "" if row["role"] == "result" else f" ({row['role']})"
        found.to_review(row["source_line"], row["source_quote"], f"figure '{what}'{role} not filed{near}")
