"""Per-service results from any figure that names one essential service, in prose or in a
table the table readers did not recognise (a PDF table whose columns are aligned with
spaces, a pipe table with no STT column). Pure.

A figure is a service's when its own words name exactly one service of
codelists/services.csv (keyword rules and aliases): in a table, the row's label; in prose,
the figure's own sub-clause (`cấp phiếu lý lịch tư pháp cho 1.573 trường hợp`, `2.612 hồ
sơ thông báo lưu trú`). Its part is its channel (online / in person), a rate for a
percentage, else the total (dossiers received). Figures another extractor already claimed,
targets, directives, parts of a breakdown and one named part's rows (`Phường Vĩnh Điện`) are left alone; one row per service and row
(or sentence).
"""
from __future__ import annotations

import re

from generator.codelists import References
from generator.document import Document
from generator.extract.base import Extraction, ReportMeta, service_rules
from generator.extract.indicators import labelled_figures
from generator.extract.service_tables import extract_service_tables
from generator.extract.services import extract_services
from generator.extract.services import words as service_words
from generator.fold import fold, matches_all
from generator.reading.read import ReadFigure

PARTS = {"online": "online", "offline": "offline"}


def _part(fig: ReadFigure) -> str:
    if fig.unit == "percent":
        return "rate"
    return PARTS.get(fig.channel, "total")


def _dossier_like(fig: ReadFigure, refs: References) -> bool:
    """A count of dossiers or cases (what a service result counts), or a table cell."""
    if fig.in_table or fig.unit == "percent":
        return True
    if any(w in fold(fig.own) for _, w in refs.words("assisted")):
        return False  # `Hướng dẫn 57 trường hợp nộp hồ sơ …`: people helped at a desk, not the service's dossiers
    head = fold(fig.measure).split(" ")
    nouns = [w for _, w in refs.words("dossier_noun")]
    measure = fold(fig.measure)
    return any(measure == n or measure.startswith(n + " ") for n in nouns) and bool(head)


def _service_of(fig: ReadFigure, rules) -> str:
    """The one service the figure's own words name: its table row's label, else its
    sub-clause, else the words since the figure before it (service names run over commas:
    `liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT … là 5.704 hồ sơ`)."""
    if fig.in_table:
        ids = rules.match(fold(fig.subject))  # the row's label (the section heading may name another service)
    else:
        ids = rules.match(fold(fig.near)) or rules.match(fold(fig.clause))
    return ids[0] if len(ids) == 1 else ""


LEGEND_LINES = 12  # how far above a list of `a/b` figures its legend may be printed


def _online_over_total(doc: Document, fig: ReadFigure, refs: References) -> bool:
    """A legend above the figure (or in its own line) says its ratios are online over all:
    a bracket whose part before `/` names the online channel and whose part after names none
    (`Kết quả một số dịch vụ (hồ sơ trực tuyến/tổng số hồ sơ):`)."""
    online = [w for value, w in refs.words("channel") if value == "online"]
    channels = [w for _, w in refs.words("channel")]
    for number in range(fig.line, max(0, fig.line - LEGEND_LINES), -1):
        for inside in _BRACKET.findall(fold(doc.line(number))):
            if "/" not in inside:
                continue
            before, _, after = inside.partition("/")
            if matches_all(before, [online]) and not matches_all(after, [channels]):
                return True
    return False


_BRACKET = re.compile(r"\(([^()]{3,80})\)")


def extract_service_figures(doc: Document, refs: References, meta: ReportMeta) -> Extraction:
    out = Extraction()
    figures, labels = labelled_figures(doc, refs)
    claimed = set(extract_services(doc, refs, meta).used) | set(extract_service_tables(doc, refs, meta).used)
    rules = service_rules(refs)
    groups: dict[tuple[int, str], dict[str, ReadFigure]] = {}
    order: list[tuple[int, str]] = []
    filed = {i for i, label in enumerate(labels) if label.indicator_id}
    for i, (fig, label) in enumerate(zip(figures, labels)):
        if label.indicator_id:
            continue  # an indicator's figure
        if fig.part_of and i - 1 in filed and figures[i - 1].source is fig.source \
                and not (rules.match(fold(fig.measure)) or rules.match(fold(fig.near))):
            # a breakdown of an indicator's figure (`…48.216 hồ sơ cấp thẻ Căn cước (trong đó 12.704 …)`) unless its
            # own words name a service (`…; trong đó đăng ký thường trú 214 hồ sơ`)
            continue
        if (fig.line, fig.printed) in claimed or fig.role != "result" or fig.value is None \
                or fig.ratio_part == "denominator" or fig.progress or fig.comparison or fig.blocked or fig.local \
                or fig.breakdown != "all" or fig.average or fig.elsewhere:
            continue
        if fig.in_table and (fig.cell_chars > 24 or fig.plan_table):
            continue  # prose in a cell; a table of indicators against their plan
        if not _dossier_like(fig, refs):
            continue
        if fig.unit != "percent" and fig.value != int(fig.value):
            continue  # `95,31` in a column whose header does not say `%`: no count of dossiers
        service = _service_of(fig, rules)
        if not service:
            continue
        key = (id(fig.source) if fig.in_table else fig.sentence, service)
        parts = groups.get(key, {})
        part = _part(fig)
        pair: ReadFigure | None = None
        if fig.ratio_part == "numerator" and not fig.channel and i + 1 < len(figures) and figures[i + 1].ratio_part == "denominator":
            # `Đăng ký thường trú: 14,882/15,736 hồ sơ`: what a/b is, only a legend says (`(hồ sơ trực tuyến/tổng số hồ sơ)`)
            if not _online_over_total(doc, fig, refs):
                continue
            part, pair = "online", figures[i + 1]
        if part in parts or (part == "rate" and not fig.in_table and not parts):
            continue  # one figure per part (the first); in prose a rate is a service's only after its count
        if key not in groups:
            groups[key] = parts
            order.append(key)
        parts[part] = fig
        if pair is not None and "total" not in parts:
            parts["total"] = pair
    lone = service_words(refs).lone_total
    for key in order:
        parts = groups[key]
        if key[1] in lone and set(parts) == {"total"} and not parts["total"].in_table:
            continue  # `thu nhận 1.126 hồ sơ cấp thẻ căn cước`: card applications, not the online service's dossiers
        _emit(out, key[1], parts)
    return out


def _emit(out: Extraction, service: str, parts: dict[str, ReadFigure]) -> None:
    first = min(parts.values(), key=lambda f: (f.line, f.start))
    total, online, offline, rate = (parts.get(p) for p in ("total", "online", "offline", "rate"))
    value = {name: (f.value if f is not None else None) for name, f in (("total", total), ("online", online), ("offline", offline))}
    out.add("service_results", {
        "service_id": service, "service_printed": first.subject[:200] if first.in_table else first.measure[:200],
        "scope": "all", "total": value["total"], "online": value["online"], "offline": value["offline"],
        "online_rate_reported": rate.value if rate is not None else None,
        "online_rate_printed": rate.printed if rate is not None else "",
        "online_rate": round(value["online"] / value["total"] * 100, 2) if value["online"] is not None and value["total"] else None,
        "no_dossiers": None, "source_line": first.line, "source_quote": first.quote,
    })
    for part, fig in parts.items():
        out.use(fig.line, fig.printed, table="service_results", figure=fig.index, service_id=service, service_part=part)
