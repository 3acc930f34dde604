"""Is a place on track? Targets, how far each place is from them, and what changed since
its previous report: computed here once, shown on place pages, indicator pages and the
home cards.

Targets come from two tables of the package (site config `progress:`):

- `targets`: what a report prints (a quota it was given, a plan): it applies to the
  report's place; its deadline is the one printed, else the end of the report's period
  (a report's "chỉ tiêu được giao" is that year's quota);
- `national_targets`: set nationally (Decision 06/QĐ-TTg, the yearly directives): it
  applies to every place; rows with `comparable = false` are shown with their note and
  never assessed.

The rule (RULE below, written out on the methodology page):

1. The value judged is the place's overall value of the indicator (no breakdown, whole
   scope). If the place reported a value after the deadline, the judged value is the
   last one dated on or before the deadline (else the first after it): **met** if it
   reaches the target, else **missed**.
2. Before the deadline, the latest value: **met** if it reaches the target; else it is
   compared with the straight path from the baseline (the place's last value on or
   before the target's start, else its first value after it) to the target on the
   deadline: **on track** at or ahead of the path, **off track** behind it. With a single
   value there is no path: **too few values**.
3. "Reaches" is `>=` for indicators where higher is better (and for neutral ones), `<=`
   where lower is better. A target in another unit than the values is not assessed.

No clock is read: everything is relative to the dates of the figures themselves.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generator.site.html import esc, tag

if TYPE_CHECKING:
    from generator.site.model import Row, Site
    from generator.site.view import View

STATUSES = ("met", "on_track", "off_track", "missed", "too_few", "not_assessed", "no_data")
BAD = ("off_track", "missed")


@dataclass
class Target:
    key: str
    entity: Any
    value: float
    unit: str
    deadline: date | None
    start: date | None
    place: Any  # None: a national target (every place)
    comparable: bool
    table: str
    row: "Row"

    @property
    def national(self) -> bool:
        return self.place is None


@dataclass
class Assessment:
    target: Target
    status: str
    row: "Row | None" = None  # the value judged
    value: float | None = None
    expected: float | None = None  # on the straight path, at the judged value's date


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    text = str(value or "")[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class Progress:
    """Targets and changes for the entities of one series section (the site config's
    `progress.section`)."""

    def __init__(self, site: "Site", series: Any) -> None:
        self.site = site
        self.series = series
        self.spec = dict(site.config.progress)
        self.direction_field = self.spec.get("direction", "direction")
        self.start = _day(self.spec.get("start"))

    # -- targets ------------------------------------------------------------------------
    @cached_property
    def targets(self) -> list[Target]:
        out: list[Target] = []
        place_field = self.site.config.place
        for spec in self.spec.get("tables") or []:
            name = spec["table"]
            if not self.site.package.has(name):
                continue
            entity = spec.get("entity", self.series.entity)
            national = bool(spec.get("national"))
            key_field = self.site.package.resource(name).primary_key[0] if self.site.package.resource(name).primary_key else None
            for row in self.site.rows(name):
                value = _number(row.get(spec.get("value", "value")))
                if value is None or row.get(entity) is None:
                    continue
                deadline = _day(row.get(spec.get("deadline", "deadline")))
                start = _day(row.get(spec["start"])) if spec.get("start") else None
                if not national:  # a report's target: its place, and by default its period
                    deadline = deadline or _day(row.get("period_end")) or _year_end(row.get("reference_date"))
                    start = start or _day(row.get("period_start"))
                comparable = row.get(spec["comparable"]) if spec.get("comparable") else True
                out.append(Target(str(row.get(key_field) if key_field else id(row)), row[entity], value,
                                  str(row.get(spec.get("unit", "unit")) or ""), deadline, start,
                                  None if national else row.get(place_field), comparable is not False, name, row))
        return out

    def targets_for(self, entity: Any, place: Any) -> list[Target]:
        """The place's own targets (printed in its reports), then the national ones."""
        own = [t for t in self.targets if t.entity == entity and t.place == place]
        national = [t for t in self.targets if t.entity == entity and t.national]
        return own + national

    def has_targets(self, entity: Any) -> bool:
        return any(t.entity == entity for t in self.targets)

    # -- values -------------------------------------------------------------------------
    def overall(self, rows: list["Row"]) -> list["Row"]:
        """The rows of the overall series (quiet splits: no breakdown, whole scope), in
        time order."""
        quiet = self.series.section.get("quiet", {})
        return [r for r in rows if all(r.get(g) == v for g, v in quiet.items() if g in r)
                and self.series.value_of(r) is not None]

    def place_rows(self, entity: Any, place: Any) -> list["Row"]:
        return self.overall([r for r in self.series.by_place.get(place, []) if r.get(self.series.entity) == entity])

    def when(self, row: "Row") -> date | None:
        return _day(self.site.time_of(row, self.series.section))

    def higher_is_better(self, entity: Any) -> bool:
        return self.series.code_row(entity).get(self.direction_field) != "lower_is_better"

    def assess(self, target: Target, rows: list["Row"]) -> Assessment:
        """The status of one target for one place's overall values (time order)."""
        if not target.comparable:
            return Assessment(target, "not_assessed")
        dated = [(self.when(r), r) for r in rows if self.when(r) is not None]
        if not dated:
            return Assessment(target, "no_data")
        unit = self.series.unit_id(dated[-1][1])
        if target.unit and unit and target.unit != unit:
            return Assessment(target, "not_assessed")
        up = self.higher_is_better(target.entity)

        def reaches(value: float) -> bool:
            return value >= target.value if up else value <= target.value

        deadline = target.deadline
        if deadline and dated[-1][0] >= deadline:  # the deadline has come: was it met by then?
            before = [dr for dr in dated if dr[0] <= deadline]
            when, row = before[-1] if before else dated[0]
            value = float(self.series.value_of(row))
            return Assessment(target, "met" if reaches(value) else "missed", row, value)
        when, row = dated[-1]
        value = float(self.series.value_of(row))
        if reaches(value):
            return Assessment(target, "met", row, value)
        start = target.start or self.start
        at_start = [dr for dr in dated if start and dr[0] <= start]
        base_when, base_row = at_start[-1] if at_start else dated[0]
        if base_row is row or not deadline or deadline <= base_when:
            return Assessment(target, "too_few", row, value)
        base = float(self.series.value_of(base_row))
        expected = base + (target.value - base) * (when - base_when).days / (deadline - base_when).days
        ahead = value >= expected if up else value <= expected
        return Assessment(target, "on_track" if ahead else "off_track", row, value, expected)

    def assessments(self, entity: Any, place: Any) -> list[Assessment]:
        rows = self.place_rows(entity, place)
        return [self.assess(t, rows) for t in self.targets_for(entity, place)]

    def place_assessments(self, place: Any) -> list[Assessment]:
        """Every target that applies to the place and that it has values for (national
        targets only where the place reported the indicator), catalogue order."""
        out = []
        for entity in self.series.entities():
            if not self.place_rows(entity, place):
                continue
            out += self.assessments(entity, place)
        return out

    def change(self, rows: list["Row"], row: "Row") -> tuple[float, "Row"] | None:
        """(latest − previous, previous row): the same series' value in the place's
        previous report (an earlier document, an earlier date); None when there is none."""
        prov = self.site.config.provenance
        doc = prov.document_field if prov else None
        when = self.when(row)
        series = self.series.series_key(row)
        earlier = [r for r in rows if r is not row and self.series.series_key(r) == series
                   and (doc is None or r.get(doc) != row.get(doc)) and self.when(r) and when and self.when(r) < when
                   and self.series.value_of(r) is not None]
        if not earlier or self.series.value_of(row) is None:
            return None
        previous = earlier[-1]
        return float(self.series.value_of(row)) - float(self.series.value_of(previous)), previous

    # -- for people ---------------------------------------------------------------------
    def status_html(self, view: "View", assessment: Assessment) -> str:
        status = assessment.status
        return tag("span", esc(view.t(f"progress.status.{status}")), class_=f"prog prog-{status}")

    def target_value(self, view: "View", target: Target) -> str:
        unit = self.site.unit_text(self.series.table, self.series.unit, target.unit, view.lang) if self.series.unit else ""
        return self.site.with_unit(view.number(target.value), unit)

    def source_html(self, view: "View", target: Target) -> str:
        """Who set the target and where: the report line it is printed on, or the national
        document, the part of it and its words."""
        row = target.row
        if not target.national:
            set_by = row.get("set_by")
            who = tag("span", esc(set_by), lang=self.site.config.quoted.get("lang", "vi")) + ", " if set_by else ""
            return who + view.source(row)
        title = row.get(f"document_title_{view.lang}") or row.get("document_title_vi")
        issuer = row.get(f"issuer_{view.lang}") or row.get("issuer_vi")
        text = view.t("progress.national_source", number=row.get("document_number"), date=view.date(row.get("document_date")),
                      issuer=issuer, title=title)
        quote = tag("q", esc(row.get("quote")), lang="vi") if row.get("quote") else ""
        article = tag("span", esc(row.get("article")), lang="vi") if row.get("article") else ""
        note = row.get(f"note_{view.lang}") or ""
        return esc(text) + (", " + article if article else "") + (": " + quote if quote else "") + \
            (tag("br") + tag("em", esc(note)) if note else "")

    def deadline_text(self, view: "View", target: Target) -> str:
        return view.date(target.deadline) if target.deadline else view.t("progress.no_deadline")

    def change_html(self, view: "View", found: tuple[float, "Row"] | None, unit: str) -> str:
        """'▲ +3,2 điểm % so với 14/02/2024' / 'first report'."""
        if found is None:
            return tag("span", esc(view.t("progress.change_first")), class_="chg chg-none")
        delta, previous = found
        when = view.date(self.site.time_of(previous, self.series.section))
        if delta == 0:
            text, cls, arrow = view.t("progress.change_same", when=when), "chg-same", "="
        else:
            amount = view.number(abs(round(delta, 2)))
            size = view.t("progress.points", value=amount) if unit == "%" else self.site.with_unit(amount, unit)
            sign = "+" if delta > 0 else "−"
            text = view.t("progress.change", change=f"{sign}{size}", when=when)
            cls, arrow = ("chg-up" if delta > 0 else "chg-down"), ("▲" if delta > 0 else "▼")
        return tag("span", tag("span", arrow, aria_hidden="true") + " " + esc(text), class_=f"chg {cls}")

    def rule_html(self, view: "View") -> str:
        return tag("p", esc(view.t("progress.rule")), class_="rule")


def _year_end(value: Any) -> date | None:
    day = _day(value)
    return date(day.year, 12, 31) if day else None
