"""Measure the reader against hand-written answer keys (tests/accuracy/, see its README).

For every labelled text the whole extraction runs exactly as `add` would run it, and what
it published is compared with what a careful reader labelled:

- figures read: a labelled figure is found when a `figures` row on its line starts with the
  same printed number (precision: rows that match a label; recall: labels found);
- values: of the figures found, those read with the labelled value;
- indicators filed: a row filed under an indicator is right when its label names the same
  indicator (precision over rows filed, recall over labels that name one);
- services: the same for (service, total/online/offline/rate);
- models: a labelled pilot model is found when a `pilot_model_status` row gives its local
  number (or its line), and right when the status agrees;
- metadata: the report's jurisdiction, type, period (start and end) and date against its
  `.meta.json`. A commune the code list lacks is published under a provisional id inside its
  district or province (`tan-kieu-thap-muoi-dong-thap`); labelled with that district or
  province, it counts as right when the words the reader took for the author name a commune.
Pure apart from reading the labelled files.
"""
from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.codelists import References
from generator.document import Document
from generator.errors import InputError
from generator.fold import fold

TEXT_SUFFIXES = (".txt", ".md", ".docx", ".pdf")
DEFAULT_SETS = ("seeds", "realtexts", "layouts")
SERVICE_PARTS = {"total": "total", "online": "online", "offline": "offline", "rate": "rate"}


@dataclass
class Tally:
    """Counts for one measure: true positives, predictions, labels."""

    hit: int = 0
    predicted: int = 0
    labelled: int = 0

    def add(self, other: "Tally") -> None:
        self.hit += other.hit
        self.predicted += other.predicted
        self.labelled += other.labelled

    @property
    def precision(self) -> float | None:
        return self.hit / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.hit / self.labelled if self.labelled else None


MEASURES = ("figures", "values", "indicators", "services", "models", "statuses")
META_FIELDS = ("jurisdiction", "report type", "period", "report date")


@dataclass
class TextResult:
    name: str
    tallies: dict[str, Tally] = field(default_factory=lambda: {m: Tally() for m in MEASURES})
    misses: list[str] = field(default_factory=list)  # labelled, not read or not filed
    wrong: list[str] = field(default_factory=list)  # read or filed where the label says otherwise
    meta: dict[str, bool] = field(default_factory=dict)  # metadata field -> read as labelled (texts with a .meta.json)
    meta_wrong: list[str] = field(default_factory=list)


def labelled_texts(root: Path, sets: tuple[str, ...]) -> list[tuple[str, Path]]:
    out = []
    for name in sets:
        folder = root / name
        if not folder.is_dir():
            raise InputError(folder, "no such labelled set")
        for path in sorted(folder.iterdir()):
            if path.suffix in TEXT_SUFFIXES and path.with_name(path.stem + ".figures.csv").exists():
                out.append((name, path))
    return out


def read_labelled(path: Path) -> str:
    data = path.read_bytes()
    if path.suffix in (".docx", ".pdf"):
        from generator.readers import extract_text

        return extract_text(path, path.suffix[1:], data)
    from generator.sources import decode_text

    return decode_text(path, data)


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _same_value(a: float | None, b: str) -> bool:
    if a is None or not b:
        return False
    v = float(b)
    return abs(a - v) <= 1e-6 * max(1.0, abs(v))


def evaluate_text(path: Path, refs: References) -> tuple[TextResult, dict[str, Any]]:
    from generator.pipeline import extract_document

    text = read_labelled(path)
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    data = extract_document(Document(text, path.name), refs, path.name, sha, path.suffix[1:])
    result = TextResult(path.stem)
    labels = _rows(path.with_name(path.stem + ".figures.csv"))
    rows = data["tables"].get("figures", [])
    _compare_figures(result, labels, rows)
    _compare_models(result, _rows(path.with_name(path.stem + ".models.csv")), data["tables"].get("pilot_model_status", []))
    meta = path.with_name(path.stem + ".meta.json")
    if meta.exists():
        _compare_meta(result, json.loads(meta.read_text(encoding="utf-8")), data["report"], refs)
    return result, data


def _compare_meta(result: TextResult, label: dict[str, Any], report: dict[str, Any], refs: References) -> None:
    def iso(value: Any) -> str | None:
        return str(value) if value not in (None, "") else None

    pairs = {
        "jurisdiction": (report["jurisdiction_id"], label["jurisdiction_id"]),
        "report type": (report["report_type"], label["report_type"]),
        "period": (f"{iso(report['period_start'])}..{iso(report['period_end'])}", f"{label['period_start']}..{label['period_end']}"),
        "report date": (iso(report["report_date"]), label["report_date"]),
    }
    for name, (read, said) in pairs.items():
        if name == "report type" and said is None:
            continue  # (a news article whose kind of report its labeller left unsaid)
        right = read == said or (name == "jurisdiction" and _commune_inside(report, said, refs))
        result.meta[name] = right
        if not right:
            result.meta_wrong.append(f"{name}: read {read}, labelled {said}")


def _commune_inside(report: dict[str, Any], unit: str | None, refs: References) -> bool:
    """A commune the code list lacks, published under a provisional id inside the labelled
    district or province (`tan-kieu-thap-muoi-dong-thap` for `thap-muoi-dong-thap` or
    `dong-thap`)."""
    read = str(report["jurisdiction_id"])
    if not unit or read in refs.ids("jurisdictions") or unit not in refs.ids("jurisdictions"):
        return False
    printed = fold(str(report.get("jurisdiction_printed") or ""))
    communes = refs.term_values("place_type").get("commune", [])
    base = unit.removesuffix("-2025")
    return any(printed.startswith(w + " ") for w in communes) and (read.endswith(f"-{base}") or read.endswith(f"-{base}-2025"))


def _compare_figures(result: TextResult, labels: list[dict[str, str]], rows: list[dict[str, Any]]) -> None:
    t = result.tallies
    by_line: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_line.setdefault(row["source_line"], []).append(i)
    matched: dict[int, dict[str, str]] = {}
    for label in labels:
        line = int(label["line"])
        candidates = [i for i in by_line.get(line, []) if i not in matched and rows[i]["value_printed"].startswith(label["printed"])]
        if label.get("ratio_part"):
            candidates = [i for i in candidates if rows[i]["ratio_part"] == label["ratio_part"]] or candidates
        if len(candidates) > 1:
            candidates = [i for i in candidates if rows[i]["role"] == label["role"]] or candidates
        t["figures"].labelled += 1
        if label["indicator_id"]:
            t["indicators"].labelled += 1
        if label["service_id"]:
            t["services"].labelled += 1
        if not candidates:
            result.misses.append(f"{line}: figure '{label['printed']}' not read ({label['quote']})")
            continue
        i = candidates[0]
        matched[i] = label
        t["figures"].hit += 1
        t["values"].labelled += 1
        t["values"].predicted += 1
        if _same_value(rows[i]["value"], label["value"]):
            t["values"].hit += 1
        else:
            result.wrong.append(f"{line}: '{label['printed']}' read as {rows[i]['value']}, labelled {label['value']}")
        if label["indicator_id"] and (rows[i]["indicator_id"], rows[i]["claimed_by"]) != (label["indicator_id"], "indicator_values"):
            got = rows[i]["indicator_id"] or "nothing"
            result.misses.append(f"{line}: '{label['printed']}' labelled {label['indicator_id']}, filed under {got} ({label['quote']})")
        if label["service_id"] and (rows[i]["service_id"], rows[i]["service_part"]) != (label["service_id"], label["service_part"]):
            got = f"{rows[i]['service_id']}/{rows[i]['service_part']}" if rows[i]["service_id"] else "nothing"
            result.misses.append(f"{line}: '{label['printed']}' labelled service {label['service_id']}/{label['service_part']}, got {got}")
    t["figures"].predicted = len(rows)
    for i, row in enumerate(rows):
        label = matched.get(i)
        if i not in matched:
            result.wrong.append(f"{row['source_line']}: read '{row['value_printed']}' which is not a labelled figure ({row['source_quote'][:80]})")
        if row["indicator_id"] and row["claimed_by"] == "indicator_values":
            t["indicators"].predicted += 1
            if label is not None and label["indicator_id"] == row["indicator_id"]:
                t["indicators"].hit += 1
            else:
                said = (label["indicator_id"] or "no indicator") if label is not None else "not a figure"
                result.wrong.append(f"{row['source_line']}: filed '{row['value_printed']}' under {row['indicator_id']}, labelled {said} ({row['source_quote'][:80]})")
        if row["service_id"]:
            t["services"].predicted += 1
            if label is not None and (label["service_id"], label["service_part"]) == (row["service_id"], row["service_part"]):
                t["services"].hit += 1
            else:
                said = f"{label['service_id']}/{label['service_part']}" if label is not None and label["service_id"] else "no service"
                result.wrong.append(f"{row['source_line']}: '{row['value_printed']}' as service {row['service_id']}/{row['service_part']}, labelled {said}")


def _compare_models(result: TextResult, labels: list[dict[str, str]], rows: list[dict[str, Any]]) -> None:
    """Labels are one per model; the table has one row per model and statement (a model
    named in the body and again in an appendix is two rows). Rows are grouped by model, a
    label is found when a row of a group has its local number (else its line), and the
    status compared is that of the group's row on the labelled line (else the first found)."""
    t = result.tallies
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        key = row.get("model_id") or row.get("local_model_id") or str(row.get("name_printed") or i)
        groups.setdefault(str(key), []).append(i)
    t["models"].labelled = t["statuses"].labelled = len(labels)
    t["models"].predicted = t["statuses"].predicted = len(groups)
    taken: set[str] = set()
    for label in labels:
        number = int(label["local_number"]) if label.get("local_number", "").strip().isdigit() else None
        line = int(label["line"])
        found = next((k for k, members in groups.items() if k not in taken and number is not None
                      and any(rows[i].get("local_number") == number for i in members)), None)
        if found is None:
            found = next((k for k, members in groups.items() if k not in taken
                          and any(rows[i]["source_line"] == line for i in members)), None)
        if found is None:
            result.misses.append(f"{label['line']}: model {label.get('local_number') or ''} '{label['name'][:50]}' not read")
            continue
        taken.add(found)
        t["models"].hit += 1
        members = groups[found]
        row = rows[next((i for i in members if rows[i]["source_line"] == line), members[0])]
        if row["status"] == label["status"]:
            t["statuses"].hit += 1
        else:
            result.wrong.append(f"{label['line']}: model {label.get('local_number') or ''} status {row['status']}, labelled {label['status']}")
    for key, members in groups.items():
        if key not in taken:
            row = rows[members[0]]
            result.wrong.append(f"{row['source_line']}: model '{str(row.get('name_printed') or key)[:50]}' read, not a labelled model")


def evaluate(root: Path, refs: References, sets: tuple[str, ...] = DEFAULT_SETS) -> list[tuple[str, TextResult]]:
    return [(name, evaluate_text(path, refs)[0]) for name, path in labelled_texts(root, sets)]


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{value * 100:5.1f}%"


def format_report(results: list[tuple[str, TextResult]], details: bool = False) -> str:
    lines = []
    head = f"{'text':<34}" + "".join(f" {m[:10]:>15}" for m in MEASURES)
    sub = f"{'':<34}" + "".join(f" {'prec':>7} {'recall':>7}" for _ in MEASURES)
    sets: dict[str, dict[str, Tally]] = {}
    lines += [head, sub]
    for set_name, res in results:
        totals = sets.setdefault(set_name, {m: Tally() for m in MEASURES})
        for m in MEASURES:
            totals[m].add(res.tallies[m])
        lines.append(f"{res.name[:34]:<34}" + "".join(f" {_pct(res.tallies[m].precision):>7} {_pct(res.tallies[m].recall):>7}" for m in MEASURES))
    lines.append("")
    for set_name, totals in sets.items():
        lines.append(f"{'ALL ' + set_name:<34}" + "".join(f" {_pct(totals[m].precision):>7} {_pct(totals[m].recall):>7}" for m in MEASURES))
        lines.append(f"{'  (counts hit/predicted/labelled)':<34}" + "".join(f" {totals[m].hit:>4}/{totals[m].predicted}/{totals[m].labelled}"[:16].rjust(16) for m in MEASURES))
    lines.append("")
    for set_name, meta in meta_summary(results).items():
        if meta:
            lines.append(f"{'metadata ' + set_name:<34} " + ", ".join(f"{name} {right}/{total}" for name, (right, total) in meta.items()))
    if details:
        for set_name, res in results:
            if res.misses or res.wrong or res.meta_wrong:
                lines.append(f"\n## {set_name}/{res.name}")
                lines += [f"  meta  {m}" for m in res.meta_wrong]
                lines += [f"  miss  {m}" for m in res.misses]
                lines += [f"  wrong {w}" for w in res.wrong]
    return "\n".join(lines)


def meta_summary(results: list[tuple[str, TextResult]]) -> dict[str, dict[str, tuple[int, int]]]:
    """Per set, per metadata field: (texts read as labelled, texts with a .meta.json)."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for set_name, res in results:
        fields = out.setdefault(set_name, {})
        for name, right in res.meta.items():
            hit, total = fields.get(name, (0, 0))
            fields[name] = (hit + right, total + 1)
    return out


def summary(results: list[tuple[str, TextResult]]) -> dict[str, dict[str, dict[str, float | None]]]:
    out: dict[str, dict[str, Tally]] = {}
    for set_name, res in results:
        totals = out.setdefault(set_name, {m: Tally() for m in MEASURES})
        for m in MEASURES:
            totals[m].add(res.tallies[m])
    return {s: {m: {"precision": t.precision, "recall": t.recall, "hit": t.hit, "predicted": t.predicted, "labelled": t.labelled}
                for m, t in totals.items()} for s, totals in out.items()}


def as_json(results: list[tuple[str, TextResult]]) -> str:
    return json.dumps({"sets": summary(results), "metadata": {s: {k: {"right": a, "labelled": b} for k, (a, b) in m.items()}
                                                              for s, m in meta_summary(results).items()}, "texts": [
        {"set": s, "text": r.name, **{m: {"hit": t.hit, "predicted": t.predicted, "labelled": t.labelled} for m, t in r.tallies.items()},
         "metadata": r.meta, "misses": r.misses, "wrong": r.wrong, "metadata_wrong": r.meta_wrong} for s, r in results]},
        ensure_ascii=False, indent=2)
