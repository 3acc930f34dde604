"""Series pages: one page per entity of a fact table (an indicator, a service) with its
values over time per place, a chart, the table behind it, a text alternative, the
quality flags on those values and the CSV of exactly the chart. Plus an index page.

Section config keys: table, entity, value, [unit], [measures], [split], [columns],
[describe], [index_describe], [percent], [headline].
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from generator.site import charts
from generator.site.common import Output, breadcrumbs, figure, flags_table, intro_of, title_of
from generator.site.html import block, esc, heading, plain_title, table, tag
from generator.site.model import Page, Row, Site
from generator.site.view import View, page_slug

_SIZE = re.compile(r'<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"')


class Series:
    """One series section, its rows grouped by entity."""

    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        self.site = site
        self.section = section
        self.slug = section["slug"]
        self.table = section["table"]
        self.entity = section["entity"]
        self.value = section["value"]
        self.unit = section.get("unit")
        self.measures = list(section.get("measures") or [self.value])
        place = site.place_field(section)
        fields = set(site.package.resource(self.table).field_names) | set(site.config.join.fields if site.config.join else ())
        self.groups = [f for f in ([place] if place else []) + list(section.get("split", [])) if f in fields]
        self.time_field = section.get("time") or site.config.time
        self.by_entity: dict[Any, list[Row]] = defaultdict(list)
        for row in site.rows(self.table):
            if row.get(self.entity) is not None:
                self.by_entity[row[self.entity]].append(row)
        for rows in self.by_entity.values():
            rows.sort(key=self._order)

    def _order(self, row: Row) -> tuple:
        return (str(self.site.time_of(row, self.section) or ""), tuple(str(row.get(g) or "") for g in self.groups),
                str(row.get(self.site.config.provenance.line_field) if self.site.config.provenance else ""))

    # -- entities -----------------------------------------------------------------------
    def entities(self) -> list[Any]:
        """Catalogue order when the entity is coded (all entries), else sorted keys with data."""
        fk = self.site.package.foreign_key(self.table, self.entity)
        if fk:
            target, key = fk
            return [r[key] for r in self.site.package.rows(target)]
        return sorted(self.by_entity, key=str)

    def code_row(self, entity: Any) -> Row:
        return self.site.package.code_row(self.table, self.entity, entity) or {}

    def name(self, entity: Any, lang: str) -> str:
        return self.site.display(self.table, self.entity, entity, lang)

    def path(self, entity: Any) -> str:
        return f"{self.slug}/{page_slug(entity)}"

    def series_label(self, row: Row, lang: str) -> str:
        quiet = self.section.get("quiet", {})
        parts = [self.site.display(self.table, g, row.get(g), lang) for g in self.groups if row.get(g) != quiet.get(g)]
        return " — ".join(p for p in parts if p) or self.name(row[self.entity], lang)

    def points(self, entity: Any, lang: str) -> list[tuple[charts.Point, Row]]:
        out = []
        for row in self.by_entity.get(entity, []):
            value, time = row.get(self.value), self.site.time_of(row, self.section)
            if isinstance(value, (int, float)) and time:
                out.append((charts.Point(self.series_label(row, lang), str(time)[:10], float(value)), row))
        return out

    def unit_of(self, entity: Any, lang: str, rows: list[Row]) -> str:
        if self.unit:
            code_unit = self.code_row(entity).get(self.unit)
            unit = code_unit if code_unit is not None else next((r.get(self.unit) for r in rows if r.get(self.unit)), None)
            return self.site.unit_text(self.table, self.unit, unit, lang)
        return "%" if self.section.get("percent") else ""

    def latest(self, entity: Any, lang: str) -> tuple[charts.Point, Row] | None:
        points = self.points(entity, lang)
        return max(points, key=lambda pr: pr[0].time) if points else None

    def headlines(self, lang: str) -> list[dict[str, Any]]:
        """The latest value of every entity with data, for the home page."""
        out = []
        for entity in self.entities():
            found = self.latest(entity, lang)
            if found:
                point, row = found
                out.append({"entity": entity, "name": self.name(entity, lang), "point": point, "row": row,
                            "unit": self.unit_of(entity, lang, [row]), "path": self.path(entity)})
        return out

    # -- pages --------------------------------------------------------------------------
    def build(self, out: Output) -> None:
        for lang in self.site.config.languages:
            out.page(lang, self.index_page(lang))
            for entity in self.entities():
                if self.by_entity.get(entity):
                    out.page(lang, self.entity_page(lang, entity, out))

    def index_page(self, lang: str) -> Page:
        view = View(self.site, lang, self.slug)
        title = title_of(self.site, self.section, lang)
        parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(self.site, self.section, lang)]
        group = self.section.get("index_group")
        if not group:
            parts.append(self.index_table(view, self.entities(), title))
        else:
            buckets: dict[str, list[Any]] = defaultdict(list)
            for entity in self.entities():
                buckets[self._describe_value(entity, group, lang)].append(entity)
            for name in sorted(buckets, key=lambda n: (n == "", n)):
                label = name or view.t("listing.none")
                parts.append(heading(2, label, f"g-{page_slug(label)}"))
                parts.append(self.index_table(view, buckets[name], label))
        return Page(self.slug, plain_title(title), block(*parts))

    def index_table(self, view: View, entities: list[Any], label: str) -> str:
        lang = view.lang
        describe = self.section.get("index_describe", [])
        head = [view.t("series.name")] + [self._describe_title(d, lang) for d in describe] + \
               [view.t("series.latest"), view.t("series.where"), view.t("series.when"), view.t("series.count")]
        rows = []
        for entity in entities:
            data = self.by_entity.get(entity, [])
            name = self.name(entity, lang)
            found = self.latest(entity, lang)
            cells = [view.link(self.path(entity), name) if data else esc(name)]
            cells += [esc(self._describe_value(entity, d, lang)) for d in describe]
            if found:
                point, row = found
                cells += [esc(self.site.with_unit(view.number(point.value), self.unit_of(entity, lang, data))),
                          esc(point.series), esc(view.date(point.time)), esc(view.number(len(data)))]
            else:
                cells += [esc(view.t("series.no_data")), "", "", esc(view.number(len(data)))]
            rows.append(cells)
        numeric = [len(describe) + 1, len(describe) + 4]
        return table([esc(h) for h in head], rows, row_headers=True, numeric=numeric, label=label)

    def _describe_title(self, name: str, lang: str) -> str:
        custom = self.site.labels[lang].get(f"fields.{name}")
        if custom:
            return str(custom)
        fk = self.site.package.foreign_key(self.table, self.entity)
        if fk:
            res = self.site.package.resource(fk[0])
            field = res.field(f"{name}_{lang}") or res.field(name)
            if field:
                from generator.site.datapackage import localized

                return str(localized(field, "title", lang) or name)
        return name

    def _describe_value(self, entity: Any, name: str, lang: str) -> str:
        fk = self.site.package.foreign_key(self.table, self.entity)
        row = self.code_row(entity)
        raw = row.get(f"{name}_{lang}", row.get(name))
        if raw in (None, "") or not fk:
            return ""
        return self.site.display(fk[0], name if name in row else f"{name}_{lang}", raw, lang)

    def entity_page(self, lang: str, entity: Any, out: Output) -> Page:
        path = self.path(entity)
        view = View(self.site, lang, path)
        rows = self.by_entity[entity]
        name = self.name(entity, lang)
        section_title = title_of(self.site, self.section, lang)
        unit = self.unit_of(entity, lang, rows)
        points = self.points(entity, lang)
        parts = [breadcrumbs(view, [(self.slug, section_title)]), f"# {esc(name)}", self.describe(view, entity)]
        summary = self.summary(view, entity, points, unit)
        parts.append(tag("p", esc(summary), class_="summary"))
        if points:
            parts.append(heading(2, view.t("series.chart"), "chart"))
            parts.append(self.chart(view, entity, name, unit, points, summary, out))
        parts.append(heading(2, view.t("series.table"), "data"))
        parts.append(self.values_table(view, rows, unit))
        flags = self.site.flags_for(self.table, [r.get("record_id") for r in rows])
        parts.append(heading(2, view.t("flags.title"), "quality"))
        parts.append(flags_table(view, flags) or tag("p", esc(view.t("flags.none"))))
        return Page(path, plain_title(name), block(*parts), description=plain_title(summary, 300))

    def describe(self, view: View, entity: Any) -> str:
        names = self.section.get("describe", [])
        items = []
        for name in names:
            value = self._describe_value(entity, name, view.lang)
            if value:
                items.append(tag("dt", esc(self._describe_title(name, view.lang))) + tag("dd", esc(value)))
        return tag("dl", "".join(items), class_="facts") if items else ""

    def summary(self, view: View, entity: Any, points: list[tuple[charts.Point, Row]], unit: str) -> str:
        """The one-sentence text alternative of the chart."""
        name = self.name(entity, view.lang)
        if not points:
            return view.t("series.summary_none", name=name)
        times = sorted(p.time for p, _ in points)
        series = sorted({p.series for p, _ in points})
        point, _ = max(points, key=lambda pr: pr[0].time)
        prov = self.site.config.provenance
        docs = {r.get(prov.document_field) for _, r in points} if prov else set()
        return view.t("series.summary", name=name, count=view.number(len(points)), series=view.number(len(series)),
                      documents=view.number(len(docs)), first=view.date(times[0]), last=view.date(times[-1]),
                      value=self.site.with_unit(view.number(point.value), unit), where=point.series,
                      when=view.date(point.time))

    def chart(self, view: View, entity: Any, name: str, unit: str, points: list[tuple[charts.Point, Row]],
              summary: str, out: Output) -> str:
        lang = view.lang
        base = f"charts/{self.slug}/{page_slug(entity)}.{lang}"
        base_title = self.site.field_title(self.table, self.value, lang) if self.section.get("y_title") == "field" else name
        y_title = f"{base_title} ({unit})" if unit and unit not in base_title else base_title
        values = [p.value for p, _ in points]
        percent = unit == "%" and max(values) <= 100
        spec = charts.line_spec([p for p, _ in points], view.t("series.time"), _short(y_title), view.t("series.series"),
                                lang, percent=percent)
        svg = charts.render_svg(spec, self.site.cache)
        out.file(f"{base}.svg", svg)
        out.file(f"{base}.vl.json", charts.spec_json(spec))
        out.file(f"{base}.csv", self.chart_csv(view, points))
        caption = esc(view.t("chart.caption", name=name))
        size = _SIZE.search(svg)
        return figure(view, f"{base}.svg", summary, caption,
                      [(f"{base}.csv", view.t("chart.csv"))], spec_path=f"{base}.vl.json",
                      size=(int(size.group(1)), int(size.group(2))) if size else None)

    def chart_csv(self, view: View, points: list[tuple[charts.Point, Row]]) -> str:
        prov = self.site.config.provenance
        extra = [prov.document_field, prov.line_field] if prov else []
        header = [self.entity, "series", "time", self.value] + self.groups + extra + (["record_id"] if points and "record_id" in points[0][1] else [])
        rows = []
        for point, row in points:
            line = [row[self.entity], point.series, point.time, point.value] + [row.get(g) for g in self.groups]
            line += [row.get(f) for f in extra]
            if "record_id" in header:
                line.append(row.get("record_id"))
            rows.append(line)
        return charts.csv_text(header, rows)

    def values_table(self, view: View, rows: list[Row], unit: str) -> str:
        lang = view.lang
        columns = self.section.get("columns") or (self.groups + ([self.time_field] if self.time_field else []) + self.measures)
        head = [self.site.field_title(self.table, c, lang) for c in columns]
        head = [f"{h} ({unit})" if c == self.value and unit else h for h, c in zip(head, columns)]
        prov = self.site.config.provenance
        if prov:
            head.append(view.t("common.source"))
        flagged = {r.get("record_id") for r in self.site.flags_for(self.table, [r.get("record_id") for r in rows])}
        body = []
        for row in rows:
            cells = [view.cell(self.table, c, row) for c in columns]
            if row.get("record_id") in flagged:
                cells[-1] += " " + tag("a", "⚠", href="#quality", class_="flag", title=view.t("flags.flagged"),
                                       aria_label=view.t("flags.flagged"))
            if prov:
                cells.append(view.source(row, brief=True))
            body.append(cells)
        numeric = [i for i, c in enumerate(columns) if self.site.field(self.table, c).get("type") in ("number", "integer")]
        return table([esc(h) for h in head], body, numeric=numeric, label=view.t("series.table"))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build(site: Site, section: dict[str, Any], out: Output) -> None:
    Series(site, section).build(out)
