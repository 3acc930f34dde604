"""The review loop (owid/etl's harmonize, for figures): which counted nouns the reports print
most often that no indicator took, with the indicators whose rules came nearest. Confirming
one is a code-list edit: a row for codelists/indicator_rules.csv, printed ready to paste.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from generator.fold import fold

HEAD_WORDS = 3  # the counted noun is grouped by its first words


@dataclass
class Noun:
    noun: str
    count: int = 0
    reports: set[str] = field(default_factory=set)
    candidates: Counter = field(default_factory=Counter)
    example: str = ""
    example_at: str = ""
    printed: str = ""  # the counted noun's first words as printed (with tone marks)


def unfiled_nouns(results: Iterable[Any]) -> list[Noun]:
    """Unfiled result figures grouped by counted noun, most frequent first."""
    found: dict[str, Noun] = {}
    for result in results:
        rid = result.data["report"]["report_id"]
        for row in result.data["tables"].get("figures", []):
            if row["claimed_by"] or row["role"] != "result" or not row["measure"]:
                continue
            key = " ".join(fold(row["measure"]).split()[:HEAD_WORDS])
            noun = found.setdefault(key, Noun(key))
            noun.count += 1
            noun.reports.add(rid)
            noun.candidates.update(c for c in row["candidates"].split() if c)
            if not noun.example:
                noun.example, noun.example_at = row["source_quote"], f"{rid}:{row['source_line']}"
                noun.printed = " ".join(row["measure"].lower().split()[:HEAD_WORDS])
    return sorted(found.values(), key=lambda n: (-n.count, n.noun))


def format_review(nouns: list[Noun], top: int) -> str:
    lines = [f"{'count':>5} {'reports':>7}  counted noun (folded)  ->  nearest indicators", ""]
    by_indicator: dict[str, list[str]] = defaultdict(list)
    for noun in nouns[:top]:
        near = ", ".join(f"{c} ({n})" for c, n in noun.candidates.most_common(3)) or "none"
        lines.append(f"{noun.count:>5} {len(noun.reports):>7}  {noun.noun}  ->  {near}")
        lines.append(f"{'':>14}e.g. {noun.example_at}: {noun.example[:100]}")
        if noun.candidates:
            best = noun.candidates.most_common(1)[0][0]
            by_indicator[best].append(noun.printed)
    if by_indicator:
        lines += ["", "To confirm a mapping, add a row to codelists/indicator_rules.csv with the words that say what is",
                  "counted in `context` (a rule with a counted noun alone would file every such figure), then rebuild",
                  "with `python -m generator all`. Starting points, one per nearest indicator:",
                  "rule_id,indicator_id,channel,measure,context,exclude,note"]
        for indicator, heads in sorted(by_indicator.items()):
            lines.append(f"{indicator}-reviewed,{indicator},,{'|'.join(heads)},<words around the figure>,,confirmed in review")
    return "\n".join(lines)
