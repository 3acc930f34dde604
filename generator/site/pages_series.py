"""Series pages: one page per entity of a fact table (an indicator, a service) with its
values over time per place, a chart, the table behind it, a text alternative, the
quality flags on those values and the CSV of exactly the chart. Plus an index page.

Section config keys: table, entity, value, [computed] (the value computed from counts,
shown where none was printed), [unit], [measures], [split], [columns], [describe],
[index_describe], [percent], [headline], [view] (the fields of the self-contained CSVs:
printed, numerator, denominator, extra; see views.py).

Every CSV offered here (a chart's, an entity's, a place's) is a view of views.py: usable
alone, one per language.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import Any

from generator.site import charts
from generator.site.common import (TableSection, breadcrumbs, chart_files, cite_cell, compare_note, figure, flag_mark, flags_table,
                                   intro_of, title_of)
from generator.site.downloads import workbook_path
from generator.site.html import block, esc, heading, link, plain_title, table, tag
from generator.site.output import Output
from generator.site.rowpieces import RowKeys, RowPieces
from generator.site.model import Page, Row, Site
from generator.site.view import View, page_slug

PAGE_ROWS = 300  # above this many values an entity page lists the latest of each series (all: its CSV)
MAX_LINES = 8  # above this many series the chart shows the latest value of each as bars,
# and above charts.MAX_BARS how many series are in each range of values


class Series(TableSection):
    """One series section, its rows grouped by entity."""

    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        super().__init__(site, section)
        self.entity = section["entity"]
        self.value = section["value"]
        self.computed = section.get("computed")
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
        self._points: dict[tuple, list[tuple[charts.Point, Row]]] = {}
        self._labels: dict[tuple, str] = {}
        self.pieces = RowPieces(None, "")  # build() keeps them between runs
        self.keys = RowKeys(site, self.table)

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

    def has_page(self, entity: Any) -> bool:
        """An entity with values has a page, and so has one with a target and none yet (it
        says so: the target, its source and `no value reported`)."""
        progress = self.site.progress
        return bool(self.by_entity.get(entity)) or bool(progress and progress.series.slug == self.slug and progress.has_targets(entity))

    def code_row(self, entity: Any) -> Row:
        return self.site.package.code_row(self.table, self.entity, entity) or {}

    def name(self, entity: Any, lang: str) -> str:
        return self.site.display(self.table, self.entity, entity, lang)

    def path(self, entity: Any) -> str:
        return f"{self.slug}/{page_slug(entity)}"

    def series_label(self, row: Row, lang: str) -> str:
        key = (lang, row[self.entity]) + tuple(row.get(g) for g in self.groups)
        label = self._labels.get(key)
        if label is None:  # remembered: hundreds of thousands of rows, a few thousand series
            label = self._labels[key] = self.groups_label(row, self.groups, lang) or self.name(row[self.entity], lang)
        return label

    def groups_label(self, row: Row, groups: list[str], lang: str) -> str:
        """The row's values of these groups, the quiet ones (e.g. breakdown 'all') left out."""
        quiet = self.section.get("quiet", {})
        parts = [self.site.display(self.table, g, row.get(g), lang) for g in groups if row.get(g) != quiet.get(g)]
        return " — ".join(p for p in parts if p)

    def value_and_basis(self, row: Row) -> tuple[Any, str]:
        """The figure and where it comes from: the value as printed, else (with `computed`
        configured) the one computed from the counts; (None, '') when neither."""
        value = row.get(self.value)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value, "printed"
        other = row.get(self.computed) if self.computed else None
        if isinstance(other, (int, float)) and not isinstance(other, bool):
            return other, "computed"
        return None, ""

    def value_of(self, row: Row) -> Any:
        return self.value_and_basis(row)[0]

    def unit_id(self, row: Row) -> str:
        """The unit's code (the entity's, else the row's), 'percent' for a percent section."""
        if self.unit:
            code_unit = self.code_row(row.get(self.entity)).get(self.unit)
            unit = code_unit if code_unit not in (None, "") else row.get(self.unit)
            return "" if unit in (None, "") else str(unit)
        return "percent" if self.section.get("percent") else ""

    def points(self, entity: Any, lang: str, rows: list[Row] | None = None) -> list[tuple[charts.Point, Row]]:
        """(point, row) of each numeric value with a time; all of the entity's unless `rows`
        (remembered: the index, the home page and the entity page all need them)."""
        if rows is None:
            key = (entity, lang)
            if key not in self._points:
                self._points[key] = self.points(entity, lang, self.by_entity.get(entity, []))
            return self._points[key]
        out = []
        for row in rows:
            value, time = self.value_of(row), self.site.time_of(row, self.section)
            if value is not None and time:
                out.append((charts.Point(self.series_label(row, lang), str(time)[:10], float(value)), row))
        return out

    def unit_of(self, entity: Any, lang: str, rows: list[Row]) -> str:
        if self.unit:
            code_unit = self.code_row(entity).get(self.unit)
            unit = code_unit if code_unit is not None else next((r.get(self.unit) for r in rows if r.get(self.unit)), None)
            return self.site.unit_text(self.table, self.unit, unit, lang)
        return "%" if self.section.get("percent") else ""

    def latest(self, entity: Any, lang: str) -> tuple[charts.Point, Row] | None:
        """The latest value of an entity, of an overall series (no breakdown, whole scope)
        when there is one."""
        points = self.points(entity, lang)
        quiet = self.section.get("quiet", {})
        overall = [pr for pr in points if all(pr[1].get(g) == v for g, v in quiet.items() if g in pr[1])]
        return max(overall or points, key=lambda pr: pr[0].time) if points else None

    def headlines(self, lang: str) -> list[dict[str, Any]]:
        """The latest value of every entity with data, for the home page."""
        out = []
        for entity in self.entities():
            found = self.latest(entity, lang)
            if found:
                point, row = found
                out.append({"entity": entity, "name": self.name(entity, lang), "point": point, "row": row,
                            "unit": self.unit_of(entity, lang, [row]), "path": self.path(entity),
                            "csv": self.rows_csv_path(entity, lang), "table": self.table})
        return out

    # -- pages --------------------------------------------------------------------------
    def build(self, out: Output) -> None:
        # each row's view line and table cells kept between runs (rowpieces.py: an add
        # gives almost every entity a new row, the others' pieces are kept); an entity's
        # view is written right after its page, whose chart CSV has some of the same lines.
        # The views by place from the page cache when their rows' keys did not change (an
        # add changes its place's only)
        site = self.site
        self.pieces = RowPieces(site.cache / "row-pieces" / self.slug if site.cache else None, site.fingerprint)
        self.keys = RowKeys(site, self.table)
        for lang in site.config.languages:
            out.page(lang, self.index_page(lang))
            for entity in self.entities():
                self.pieces.open(f"{page_slug(entity)}.{lang}.json")
                if self.has_page(entity):
                    out.page(lang, self.entity_page(lang, entity, out))
                if self.by_entity.get(entity):
                    out.file(self.rows_csv_path(entity, lang), site.figures.view_csv(self, self.by_entity[entity], lang, pieces=self.pieces,
                                                                                    keys=self.keys))
        self.pieces.prune()
        cache = site.page_cache(f"views-{self.slug}")
        for place, rows in self.by_place.items() if site.places else ():
            for lang in site.config.languages:
                entry = cache.key("view", self.slug, lang, "".join(self.keys.row(r, lang) for r in rows))
                out.file_cached(self.place_csv_path(place, lang), cache, entry, lambda rows=rows, lang=lang: site.figures.view_csv(self, rows, lang))
        cache.prune()

    def is_large(self, entity: Any) -> bool:
        return len(self.by_entity.get(entity, [])) > int(self.section.get("page_rows", PAGE_ROWS))

    def rows_csv_path(self, entity: Any, lang: str) -> str:
        """Every value of an entity, as a self-contained view in one language."""
        return f"tables/{self.slug}/{page_slug(entity)}.{lang}.csv"

    def place_csv_path(self, place: Any, lang: str) -> str:
        return f"tables/{self.slug}/by-place/{page_slug(place)}.{lang}.csv"

    # -- place pages --------------------------------------------------------------------
    @cached_property
    def by_place(self) -> dict[Any, list[Row]]:
        """Rows by place, entities in catalogue order, each in time order."""
        place = self.site.place_field(self.section)
        out: dict[Any, list[Row]] = defaultdict(list)
        if place:
            for entity in self.entities():
                for row in self.by_entity.get(entity, []):
                    if row.get(place) is not None:
                        out[row[place]].append(row)
        return out

    def place_keys(self) -> set[Any]:
        return set(self.by_place)

    def place_inputs(self, place: Any) -> list[Row]:
        """What this section's part of a place page is made of (page cache key)."""
        return self.by_place.get(place, [])

    def series_key(self, row: Row) -> tuple:
        """What makes a series: the entity, the place and the splits."""
        return (row.get(self.entity),) + tuple(row.get(g) for g in self.groups)

    def place_latest(self, place: Any) -> tuple[dict[tuple, Row], dict[tuple, list[Row]]]:
        """The latest row of each of the place's series (catalogue order), and every row of
        each series in time order: the one place the counts shown on a place page come from."""
        latest: dict[tuple, Row] = {}
        series: dict[tuple, list[Row]] = defaultdict(list)
        for row in self.by_place.get(place, []):  # time order within an entity: the last one of a series wins
            key = self.series_key(row)
            latest[key] = row
            series[key].append(row)
        return latest, series

    def place_count(self, place: Any) -> int:
        return len(self.place_latest(place)[0])

    def value_cell(self, view: View, row: Row, name: str | None = None) -> str:
        """A value as shown (number in the page's language, unit), with the mark of any
        quality flag on its record."""
        name = name or self.value
        value = row.get(name) if name != self.value else self.value_of(row)
        if value is None:
            return ""
        unit = self.unit_of(row.get(self.entity), view.lang, [row]) if name in (self.value, self.computed) else ""
        if name not in (self.value, self.computed):
            text = view.cell(self.table, name, row)
        else:
            text = esc(self.site.with_unit(view.number(value), unit))
        return text + flag_mark(view, self.table, row.get("record_id"))

    def place_parts(self, view: View, place: Any) -> list[str]:
        """The latest value of each of the place's series (catalogue order) with its change
        since the place's previous report, its flags, how many values the series has, and
        the CSV of all of them."""
        rows = self.by_place.get(place)
        if not rows:
            return []
        lang = view.lang
        latest, series = self.place_latest(place)
        quiet = self.section.get("quiet", {})
        place_field = self.site.place_field(self.section)
        splits = [g for g in self.groups if g != place_field]
        with_split = any(r.get(g) != quiet.get(g) for r in latest.values() for g in splits)
        # the value columns of the latest-per-place tables (e.g. the rate as printed and as
        # computed), else the value itself
        values = [c for c in self.section.get("latest_columns") or [self.value] if c not in (place_field, self.time_field)]
        head = [view.t("series.name")] + ([view.t("series.series")] if with_split else []) + \
               [view.t("series.latest") if c == self.value else self.site.field_title(self.table, c, lang) for c in values] + \
               [view.t("series.when"), view.t("progress.change_title"), view.t("series.count_here"), view.t("common.source")]
        texts, text_lang = set(self.section.get("texts", [])), self.section.get("text_lang")
        body = []
        for key, row in latest.items():
            entity = row[self.entity]
            cells = [view.link(self.path(entity), self.name(entity, lang))]
            if with_split:
                cells.append(esc(self.groups_label(row, splits, lang)))
            for i, c in enumerate(values):
                value = row.get(c)
                if c in (self.value, self.computed) and value is not None:
                    text = esc(self.site.with_unit(view.number(value), self.unit_of(entity, lang, [row])))
                    cells.append(text + (flag_mark(view, self.table, row.get("record_id")) if i == 0 else ""))
                elif c in texts and text_lang and value:
                    cells.append(tag("span", view.cell(self.table, c, row), lang=text_lang))
                else:
                    cells.append(view.cell(self.table, c, row) + (flag_mark(view, self.table, row.get("record_id")) if i == 0 else ""))
            change = self.change_of(series[key], row)
            unit = self.unit_of(entity, lang, [row])
            cells += [esc(view.date(self.site.time_of(row, self.section))), self.change_html(view, change, unit),
                      esc(view.number(len(series[key]))), view.source(row, brief=True)]
            body.append(cells)
        title = title_of(self.site, self.section, lang)
        csv_link = link(view.file(self.place_csv_path(place, lang)), esc(view.t("places.csv", count=view.number(len(rows)))))
        first = 1 + with_split
        numeric = [first + i for i, c in enumerate(values) if self.site.field(self.table, c).get("type") in ("number", "integer")]
        return [compare_note(view, self.table, list(latest.values())),
                table([esc(h) for h in head], body, row_headers=True, numeric=numeric + [len(head) - 2], label=title),
                tag("p", csv_link, class_="download")]

    def card(self, view: View, row: Row, series_rows: list[Row], with_place: bool = True, csv: str | None = None) -> str:
        """A headline figure: the indicator, its value (with the mark of any flag), its change
        since the place's previous report, where and when, its targets' status and its
        source (home page, place pages)."""
        entity = row[self.entity]
        name = self.name(entity, view.lang)
        unit = self.unit_of(entity, view.lang, [row])
        value = self.value_of(row)
        shown = esc(self.site.with_unit(view.number(value), unit)) + flag_mark(view, self.table, row.get("record_id"))
        where = []
        place = row.get(self.site.place_field(self.section))
        if with_place and place is not None:
            where.append(view.place(self.table, self.site.place_field(self.section), place))
        scope = self.site.figures.scope_name(self.table, row, view.lang) if self.site.figures.scope(row) not in ("", "all") else ""
        if scope:
            where.append(esc(f"({scope})"))
        where.append(esc(self.site.period_of(row, self.section, view.lang)))
        parts = [tag("p", view.link(self.path(entity), name), class_="card-name"), tag("p", shown, class_="card-value"),
                 tag("p", self.change_html(view, self.change_of(series_rows, row), unit), class_="card-change"),
                 tag("p", " ".join(where), class_="card-where")]
        progress = self.site.progress
        if progress is not None and progress.series.slug == self.slug and place is not None:
            badges = []
            for assessment in progress.assessments(entity, place):
                if assessment.status in ("no_data",):
                    continue
                badges.append(progress.status_html(view, assessment) + " " +
                              esc(view.t("progress.against", target=progress.target_value(view, assessment.target),
                                         deadline=progress.deadline_text(view, assessment.target))))
            if badges:
                parts.append(tag("p", "<br>".join(badges), class_="card-target"))
        source = view.source(row, brief=True)
        if csv:
            source += " · " + link(view.file(csv), "CSV", download=True, title=view.t("home.card_csv", name=name))
        parts.append(tag("p", source, class_="card-source"))
        return tag("li", "".join(parts))

    def change_of(self, rows: list[Row], row: Row) -> tuple[float, Row] | None:
        """(latest − previous, previous row) within one series (progress.Progress.change)."""
        from generator.site.progress import Progress

        return Progress(self.site, self).change(rows, row)

    def change_html(self, view: View, change: tuple[float, Row] | None, unit: str) -> str:
        from generator.site.progress import Progress

        return Progress(self.site, self).change_html(view, change, unit)

    def latest_per_series(self, rows: list[Row]) -> list[Row]:
        """The latest row of each series; of the quiet series only (a place's overall value,
        not its breakdowns) when there are such: the breakdowns are on the place pages."""
        quiet = self.section.get("quiet", {})
        overall = [r for r in rows if all(r.get(g) == v for g, v in quiet.items())]
        latest: dict[tuple, Row] = {}
        for row in overall or rows:  # rows are in time order: the last one of a series wins
            latest[tuple(row.get(g) for g in self.groups)] = row
        return sorted(latest.values(), key=self._order)

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
            cells = [view.link(self.path(entity), name) if self.has_page(entity) else esc(name)]
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
        large = self.is_large(entity)
        summary, body = self.series_parts(view, entity, rows, f"charts/{self.slug}/{page_slug(entity)}.{lang}", out,
                                          shown=self.latest_per_series(rows) if large else rows, compact=large)
        # what a reader on a phone sees first: the latest value in a sentence, then what the
        # indicator counts; the downloads come after the table
        quality = next((i for i, p in enumerate(body) if p.endswith("{#quality}")), len(body))
        parts = [breadcrumbs(view, [(self.slug, title_of(self.site, self.section, lang))]), f"# {esc(name)}", body[0],
                 self.describe(view, entity)] + body[1:quality] + ([self.downloads(view, entity, rows)] if rows else []) + body[quality:]
        return Page(path, plain_title(name), block(*parts), description=plain_title(summary, 300))

    def downloads(self, view: View, entity: Any, rows: list[Row]) -> str:
        """Every value of the entity as one self-contained CSV in this language (place,
        dates, unit, scope, source line, quote and citation on each row), and the workbook."""
        links = [link(view.file(self.rows_csv_path(entity, view.lang)), esc(view.t("series.all_csv", count=view.number(len(rows)))),
                      download=True)]
        book = workbook_path(self.site)
        if book:
            links.append(link(view.file(book), esc(view.t("data.workbook")), download=True))
        return tag("p", " · ".join(links) + "<br>" + esc(view.t("series.csv_note")), class_="download")

    def series_parts(self, view: View, entity: Any, rows: list[Row], base: str, out: Output,
                     shown: list[Row], compact: bool = False) -> tuple[str, list[str]]:
        """(text alternative, [summary, chart, the table behind it, quality flags]) for rows
        of one entity; `shown` are the rows the table lists (all, or the latest per series)."""
        name = self.name(entity, view.lang)
        unit = self.unit_of(entity, view.lang, rows)
        points = self.points(entity, view.lang, rows)
        summary = self.summary(view, entity, points, unit)
        parts = [tag("p", esc(summary), class_="summary")]
        if points:
            parts.append(heading(2, view.t("series.chart"), "chart"))
            parts.append(self.chart(view, name, unit, points, summary, base, out))
        undated = sum(1 for r in rows if isinstance(r.get(self.value), (int, float)) and not self.site.time_of(r, self.section))
        if undated:  # values of reports that carry no date: listed in the table, never placed in time
            parts.append(tag("p", esc(view.t("series.undated", count=view.number(undated))), class_="note"))
        flags = self.site.flags_for(self.table, [r.get("record_id") for r in shown])
        view.listed_flags |= {f.get("record_id") for f in flags}  # listed below: the marks link there
        parts += self.progress_parts(view, entity)
        parts.append(heading(2, view.t("series.table") if shown is rows else view.t("series.latest_table"), "data"))
        parts.append(compare_note(view, self.table, shown, dates=shown is not rows))
        parts.append(self.values_table(view, shown, unit, compact))
        parts.append(heading(2, view.t("flags.title"), "quality"))
        parts.append(flags_table(view, flags) or tag("p", esc(view.t("flags.none"))))
        return summary, parts

    def progress_parts(self, view: View, entity: Any) -> list[str]:
        """Progress against targets, place by place, when the entity has targets (the site
        config's `progress.section` only): target, deadline and who set it, the value judged
        and the status, and the rule."""
        progress = self.site.progress
        if not progress or progress.series.slug != self.slug or not progress.has_targets(entity):
            return []
        places = sorted({t.place for t in progress.targets if t.entity == entity and t.place is not None} |
                        ({p for p, rows in self.by_place.items() if any(r.get(self.entity) == entity for r in rows)}
                         if any(t.national for t in progress.targets if t.entity == entity) else set()),
                        key=lambda p: (self.site.display(self.table, self.site.place_field(self.section), p, view.lang), str(p)))
        return [heading(2, view.t("progress.title"), "progress"), progress_table(view, progress, [(p, a) for p in places
                for a in progress.assessments(entity, p)], by_place=True), progress.rule_html(view)]

    def describe(self, view: View, entity: Any) -> str:
        names = self.section.get("describe", [])
        items = []
        for name in names:
            value = self._describe_value(entity, name, view.lang)
            if value:
                items.append(tag("dt", esc(self._describe_title(name, view.lang))) + tag("dd", view.quoted(name, esc(value))))
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

    def chart(self, view: View, name: str, unit: str, points: list[tuple[charts.Point, Row]], summary: str,
              base: str, out: Output) -> str:
        """Lines over time (few series), else the latest value of each series as bars, or
        (hundreds of places) how many series have their latest value in each range; the
        SVG, its spec and the CSV of exactly the plotted points."""
        lang = view.lang
        y_spec = self.section.get("y_title")
        base_title = self.site.field_title(self.table, self.value, lang) if y_spec == "field" \
            else str(y_spec[lang]) if isinstance(y_spec, dict) and y_spec.get(lang) else name
        y_title = f"{base_title} ({unit})" if unit and unit not in base_title else base_title
        percent = unit == "%" and max(p.value for p, _ in points) <= 100
        if len({p.series for p, _ in points}) <= MAX_LINES:
            spec = charts.line_spec([p for p, _ in points], view.t("series.time"), _short(y_title), view.t("series.series"),
                                    lang, percent=percent)
        else:
            latest: dict[str, tuple[charts.Point, Row]] = {}
            for point, row in sorted(points, key=lambda pr: pr[0].time):
                latest[point.series] = (point, row)
            points = sorted(latest.values(), key=lambda pr: -pr[0].value)
            if len(points) <= charts.MAX_BARS:
                spec = charts.latest_bars_spec([p for p, _ in points], _short(y_title), view.t("series.series"), lang, percent=percent)
            else:
                spec = charts.histogram_spec([p for p, _ in points], _short(y_title), view.t("series.histogram_count"), lang,
                                             percent=percent)
        chart = chart_files(self.site, out, spec, base)
        out.file(f"{base}.csv", self.chart_csv(view, points))
        # a line chart puts each series' figures side by side over time; bars and
        # histograms the latest of each series, whatever its date
        over_time = spec["mark"].get("type") == "line"
        note = self.site.figures.comparability(self.table, [r for _, r in points], lang, dates=not over_time)
        caption = esc(view.t("chart.caption", name=name)) + (tag("span", "<br>" + esc(note), class_="compare") if note else "")
        return figure(view, chart, summary, caption, [(f"{base}.csv", view.t("chart.csv"))])

    def chart_csv(self, view: View, points: list[tuple[charts.Point, Row]]) -> str:
        """Exactly the plotted figures, each a self-contained row (views.py), with the
        chart's series label first."""
        return self.site.figures.view_csv(self, [r for _, r in points], view.lang, labels=[p.series for p, _ in points],
                                          pieces=self.pieces, keys=self.keys)

    def values_table(self, view: View, rows: list[Row], unit: str, compact: bool = False) -> str:
        """The values with their source lines; `compact`: the `latest_columns` only (a
        latest-per-place table of hundreds of rows)."""
        lang = view.lang
        columns = self.section.get("columns") or (self.groups + ([self.time_field] if self.time_field else []) + self.measures)
        if compact and self.section.get("latest_columns"):
            columns = self.section["latest_columns"]
        scope = self.site.figures.scope_field
        if scope and scope not in columns and scope in self.site.package.resource(self.table).field_names:
            columns = list(columns) + [scope]  # what each figure counts, beside it
        head = [view.t("series.when") if c == self.time_field else self.site.field_title(self.table, c, lang) for c in columns]
        head = [f"{h} ({unit})" if c == self.value and unit else h for h, c in zip(head, columns, strict=True)]
        prov = self.site.config.provenance
        if prov:
            head += [view.t("common.source"), view.t("cite.title")]
        body = []
        texts, text_lang = set(self.section.get("texts", [])), self.section.get("text_lang")
        place = self.site.place_field(self.section)
        for row in rows:
            # the row's cells read its page (links), the compact form and whether its place has a page
            key = self.keys.row(row, lang) + "|" + view.path + "|" + str(compact) + "|" + str(self.site.place_path(row.get(place)))
            cells = self.pieces.get("cells", key)
            if cells is None:
                cells = [tag("span", view.cell(self.table, c, row), lang=text_lang) if c in texts and text_lang and row.get(c)
                         else view.place(self.table, c, row.get(c)) if c == place
                         else esc(view.date(self.site.time_of(row, self.section))) if c == self.time_field
                         else view.cell(self.table, c, row) for c in columns]
                marked = columns.index(self.value) if self.value in columns else len(cells) - 1
                # the row's own flags are listed on its page (series_parts): the mark links there
                cells[marked] += flag_mark(view, self.table, row.get("record_id"))
                if prov:
                    cells += [view.source(row, brief=True), cite_cell(view, row)]
                self.pieces.put("cells", key, cells)
            body.append(cells)
        numeric = [i for i, c in enumerate(columns) if self.site.field(self.table, c).get("type") in ("number", "integer")]
        return table([esc(h) for h in head], body, numeric=numeric, label=view.t("series.table"))


def progress_table(view: View, progress: Any, items: list[tuple[Any, Any]], by_place: bool = False) -> str:
    """Targets and their status: one row per (place, assessment); by_place: the first
    column names the place, else the indicator."""
    series = progress.series
    place_field = view.site.place_field(series.section)
    head = [view.t("series.where") if by_place else view.t("series.name"), view.t("progress.target"), view.t("progress.deadline"),
            view.t("progress.value"), view.t("progress.status_title"), view.t("progress.set_by")]
    body = []
    for place, assessment in items:
        target = assessment.target
        first = view.place(series.table, place_field, place) if by_place else \
            view.link(series.path(target.entity), series.name(target.entity, view.lang))
        judged = ""
        if assessment.row is not None:
            judged = series.value_cell(view, assessment.row) + " (" + esc(view.date(view.site.time_of(assessment.row, series.section))) + ")"
        body.append([first, esc(progress.target_value(view, target)), esc(progress.deadline_text(view, target)), judged,
                     progress.status_html(view, assessment), progress.source_html(view, target)])
    return table([esc(h) for h in head], body, row_headers=True, label=view.t("progress.title"))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build(site: Site, section: dict[str, Any], out: Output) -> None:
    Series(site, section).build(out)
