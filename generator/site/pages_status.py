"""Status pages: entities that move through statuses (pilot models). An index with status
counts per place (latest document and over time, computed from the rows and as printed),
the catalogue with how many places are at each status, rows not matched to the
catalogue; and one page per entity with its status history and the texts as written.

Section config keys: table, entity, status, [texts], [columns], [related],
[printed_counts: {table, where, status, count}], [order].
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import cached_property
from typing import Any

from generator.site import charts
from generator.site.common import TableSection, breadcrumbs, chart_files, figure, flag_mark, intro_of, title_of
from generator.site.html import block, esc, heading, plain_title, table, tag
from generator.site.output import Output
from generator.site.model import Page, Row, Site
from generator.site.view import View, page_slug

PAGE_ROWS = 120  # above this many documents an entity's history keeps only status changes
WRITTEN_LIMIT = 40  # above this many documents, the texts as written: latest per place only,
CLIP = 400  # shortened to this many characters (the source link leads to the full text)


class Status(TableSection):
    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        super().__init__(site, section)
        self.entity = section["entity"]
        self.status = section["status"]
        self.place = site.place_field(section)
        prov = site.config.provenance
        self.doc_field = prov.document_field if prov else None
        self.rows = sorted(site.rows(self.table), key=self._order)
        self._printed_rows: dict[tuple[Any, int], Row] = {}  # (document, index) -> its printed-count row
        self.by_entity: dict[Any, list[Row]] = defaultdict(list)
        for row in self.rows:
            if row.get(self.entity) is not None:
                self.by_entity[row[self.entity]].append(row)

    def _order(self, row: Row) -> tuple:
        prov = self.site.config.provenance
        return (str(self.site.time_of(row, self.section) or ""), str(row.get(self.place) or ""),
                str(row.get(self.doc_field) or ""), row.get(prov.line_field) or 0 if prov else 0)

    def statuses(self) -> list[Any]:
        order = self.section.get("order")
        if order:
            return list(order)
        fk = self.site.package.foreign_key(self.table, self.status)
        if fk:
            return [r[fk[1]] for r in self.site.package.rows(fk[0])]
        return sorted({r.get(self.status) for r in self.rows if r.get(self.status) is not None}, key=str)

    def entities(self) -> list[Any]:
        fk = self.site.package.foreign_key(self.table, self.entity)
        if fk:
            return [r[fk[1]] for r in self.site.package.rows(fk[0])]
        return sorted(self.by_entity, key=str)

    def path(self, entity: Any) -> str:
        return f"{self.slug}/{page_slug(entity)}"

    def snapshots(self) -> list[tuple[Any, Any, Any, list[Row]]]:
        """(place, time, document, rows) for every document that lists statuses; a document
        that lists an entity twice (a summary list and a table) counts it once."""
        groups: dict[tuple, list[Row]] = defaultdict(list)
        for row in self.rows:
            key = (row.get(self.place) if self.place else None, self.site.time_of(row, self.section),
                   row.get(self.doc_field) if self.doc_field else None)
            groups[key].append(row)
        return [(p, t, d, self.distinct(rows)) for (p, t, d), rows in sorted(groups.items(), key=lambda kv: tuple(str(x or "") for x in kv[0]))]

    def distinct(self, rows: list[Row]) -> list[Row]:
        """One row per entity (first non-empty `identity` field), the `prefer`red one."""
        identity = self.section.get("identity") or [self.entity]
        prefer = self.section.get("prefer") or {}
        order = list(prefer.get("order", []))

        def rank(row: Row) -> int:
            value = row.get(prefer.get("field", ""))
            return order.index(value) if value in order else len(order)

        best: dict[tuple, Row] = {}
        for index, row in enumerate(rows):
            key = next(((f, row[f]) for f in identity if row.get(f) is not None), ("row", index))
            if key not in best or rank(row) < rank(best[key]):
                best[key] = row
        return sorted(best.values(), key=self._order)

    def latest_snapshots(self) -> list[tuple[Any, Any, Any, list[Row]]]:
        latest: dict[Any, tuple] = {}
        for snap in self.snapshots():
            latest[snap[0]] = snap  # sorted by time within a place: the last one wins
        return [latest[p] for p in sorted(latest, key=lambda p: str(p or ""))]

    @cached_property
    def printed_counts(self) -> dict[Any, list[tuple[Any, Any]]]:
        """(status, count) pairs a document prints itself, by document."""
        spec = self.section.get("printed_counts")
        out: dict[Any, list[tuple[Any, Any]]] = defaultdict(list)
        if spec and self.doc_field and self.site.package.has(spec["table"]):
            where = spec.get("where", {})
            for row in self.site.rows(spec["table"]):
                if all(row.get(k) == v for k, v in where.items()):
                    out[row.get(self.doc_field)].append((row.get(spec.get("status", "status")), row.get(spec.get("count", "count"))))
                    self._printed_rows[(row.get(self.doc_field), len(out[row.get(self.doc_field)]) - 1)] = row
        return out

    # -- on place pages -----------------------------------------------------------------
    @cached_property
    def snapshots_by_place(self) -> dict[Any, list[tuple[Any, Any, Any, list[Row]]]]:
        out: dict[Any, list[tuple]] = defaultdict(list)
        for snap in self.snapshots():
            out[snap[0]].append(snap)
        return out

    def place_keys(self) -> set[Any]:
        return set(self.snapshots_by_place) if self.place else set()

    def place_inputs(self, key: Any) -> list[Any]:
        """What this section's part of a place page is made of (page cache key)."""
        snaps = self.snapshots_by_place.get(key, [])
        return [[list(snap), self.printed_counts.get(snap[2], [])] for snap in snaps]

    def place_count(self, key: Any) -> int:
        """How many entities the place's latest document lists."""
        snaps = self.snapshots_by_place.get(key)
        return len(snaps[-1][3]) if snaps else 0

    def place_parts(self, view: View, key: Any) -> list[str]:
        """The statuses in the place's latest document, and its counts over time."""
        snaps = self.snapshots_by_place.get(key)
        if not snaps:
            return []
        place, time, doc, rows = snaps[-1]
        note = view.t("listing.latest_from") + " " + (view.document(doc) if doc is not None else esc(view.date(time)))
        return [tag("p", note), self.latest_table(view, rows),
                heading(3, view.t("status.over_time"), f"{self.slug}-over-time"),
                self.counts_table(view, snaps, view.t("status.over_time"))]

    # -- pages --------------------------------------------------------------------------
    def build(self, out: Output) -> None:
        for lang in self.site.config.languages:
            out.page(lang, self.index_page(lang, out))
            for entity in self.entities():
                if self.by_entity.get(entity):
                    out.page(lang, self.entity_page(lang, entity))

    def status_name(self, value: Any, lang: str) -> str:
        if value == "total":
            return self.site.labels[lang].t("status.total")
        return self.site.display(self.table, self.status, value, lang)

    def printed_text(self, view: View, document: Any) -> str:
        """The counts a document prints itself (HTML), each with the mark of a quality flag
        on it (a count that disagrees with the document's own list)."""
        spec = self.section.get("printed_counts")
        if not spec:
            return ""
        items = self.printed_counts.get(document, [])
        parts = []
        for index, (status, count) in enumerate(items):
            row = self._printed_rows.get((document, index)) or {}
            parts.append(esc(f"{self.status_name(status, view.lang)}: {view.number(count)}") +
                         flag_mark(view, spec["table"], row.get("record_id")))
        return "; ".join(parts)

    def counts_table(self, view: View, snaps: list[tuple], label: str, wrap_id: str | None = None) -> str:
        statuses = self.statuses()
        with_printed = bool(self.section.get("printed_counts"))
        head = [self.site.field_title(self.table, self.place, view.lang) if self.place else view.t("series.where"),
                view.t("series.when"), view.t("common.document")]
        head += [self.status_name(s, view.lang) for s in statuses] + [view.t("status.total")]
        if with_printed:
            head.append(view.t("status.printed"))
        rows = []
        for place, time, doc, snap_rows in snaps:
            counts = Counter(r.get(self.status) for r in snap_rows)
            cells = [view.place(self.table, self.place, place) if self.place else "", esc(view.date(time)),
                     view.document(doc, brief=True) if doc is not None else ""]
            cells += [esc(view.number(counts.get(s, 0))) for s in statuses] + [esc(view.number(len(snap_rows)))]
            if with_printed:
                cells.append(self.printed_text(view, doc))
            rows.append(cells)
        numeric = list(range(3, 4 + len(statuses)))
        return table([esc(h) for h in head], rows, row_headers=True, numeric=numeric, label=label, wrap_id=wrap_id)

    def index_page(self, lang: str, out: Output) -> Page:
        view = View(self.site, lang, self.slug)
        title = title_of(self.site, self.section, lang)
        latest = self.latest_snapshots()
        parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(self.site, self.section, lang)]
        parts.append(heading(2, view.t("status.latest"), "latest"))
        if latest:
            parts.append(self.latest_chart(view, latest, out))
            parts.append(self.counts_table(view, latest, view.t("status.latest"), wrap_id="latest-table"))
        else:
            parts.append(tag("p", esc(view.t("series.no_data"))))
        if not self.site.on_place_pages(self.section):  # else each place page has its own
            parts += self.over_time(view)
        parts.append(heading(2, view.t("status.catalogue"), "catalogue"))
        parts.append(self.catalogue_table(view, latest))
        unmatched = [r for r in self.rows if r.get(self.entity) is None]
        if unmatched:
            parts.append(heading(2, view.t("status.unmatched"), "unmatched"))
            parts.append(tag("p", esc(view.t("status.unmatched_intro"))))
            by = self.section.get("unmatched_by")
            if by and len(unmatched) > int(self.section.get("page_rows", PAGE_ROWS)):
                parts.append(self.unmatched_counts(view, unmatched, by))
            else:
                parts.append(self.history_table(view, unmatched, with_columns=True))
        return Page(self.slug, plain_title(title), block(*parts))

    def over_time(self, view: View) -> list[str]:
        """Counts per place and document over time (at scale: the last document of each year)."""
        snapshots = self.snapshots()
        if not snapshots:
            return []
        parts = [heading(2, view.t("status.over_time"), "over-time")]
        if len(snapshots) > int(self.section.get("page_rows", PAGE_ROWS)):
            yearly: dict[tuple, tuple] = {}
            for snap in snapshots:  # in time order within a place: the year's last one wins
                yearly[(snap[0], str(snap[1] or "")[:4])] = snap
            snapshots = sorted(yearly.values(), key=lambda sn: (str(sn[0] or ""), str(sn[1] or "")))
            parts.append(tag("p", esc(view.t("status.over_time_yearly"))))
        return parts + [self.counts_table(view, snapshots, view.t("status.over_time"))]

    def latest_chart(self, view: View, latest: list[tuple], out: Output) -> str:
        statuses = self.statuses()
        names = [self.status_name(s, view.lang) for s in statuses]
        data = []
        lines = []  # the CSV: each count with its place, date and document, usable alone
        if len(latest) > charts.MAX_BARS:  # hundreds of places: one bar, the sum of their latest lists
            total = [rows for _, _, _, snap_rows in latest for rows in snap_rows]
            latest = [(None, None, None, total)]
        figures = self.site.figures
        for place, time, doc, snap_rows in latest:
            counts = Counter(r.get(self.status) for r in snap_rows)
            where = view.t("status.all_places") if time is None else \
                f"{view.show(self.table, self.place, place)} ({view.date(time)})" if self.place else view.date(time)
            source = figures.permalink(view.lang, f"{self.site.config.provenance.documents}/{page_slug(doc)}") \
                if doc is not None and self.site.config.provenance else ""
            cited = figures.report_citation(doc, view.lang) if doc is not None and self.site.documents else ""
            for order, (status, name) in enumerate(zip(statuses, names, strict=True)):
                if counts.get(status):
                    data.append({"place": where, "status": name, "count": counts[status], "order": order})
                    lines.append([place, view.show(self.table, self.place, place) if self.place and place is not None else where,
                                  str(time or "")[:10], doc, status, name, counts[status], source, cited])
        spec = charts.bar_spec(data, "place", view.t("series.where"), view.t("status.count"), "status",
                               self.site.field_title(self.table, self.status, view.lang), names, view.lang)
        base = f"charts/{self.slug}/latest.{view.lang}"
        chart = chart_files(self.site, out, spec, base)
        out.file(f"{base}.csv", charts.csv_text(["place_id", "place_name", "date", self.doc_field or "document", "status", "status_name",
                                                 "count", "source_url", "report_citation"], lines))
        alt = view.t("status.chart_alt", parts="; ".join(
            f"{d['place']}: {d['status']} {view.number(d['count'])}" for d in data))
        return figure(view, chart, alt, esc(view.t("status.latest")), [(f"{base}.csv", view.t("chart.csv"))], table_anchor="latest-table")

    def catalogue_table(self, view: View, latest: list[tuple]) -> str:
        statuses = self.statuses()
        latest_status: dict[Any, Counter] = defaultdict(Counter)
        for _, _, _, snap_rows in latest:
            for row in snap_rows:
                if row.get(self.entity) is not None:
                    latest_status[row[self.entity]][row.get(self.status)] += 1
        group = self.section.get("group")
        head = [view.t("series.name")] + ([self._code_title(group, view.lang)] if group else []) + \
               [self.status_name(s, view.lang) for s in statuses]
        rows = []
        for entity in self.entities():
            name = view.show(self.table, self.entity, entity)
            cells = [view.link(self.path(entity), name) if self.by_entity.get(entity) else esc(name)]
            if group:
                cells.append(esc(self._code_value(entity, group, view.lang)))
            cells += [esc(view.number(latest_status[entity].get(s, 0))) for s in statuses]
            rows.append(cells)
        numeric = list(range(1 + bool(group), 1 + bool(group) + len(statuses)))
        return tag("p", esc(view.t("status.catalogue_intro"))) + "\n\n" + \
            table([esc(h) for h in head], rows, row_headers=True, numeric=numeric, label=view.t("status.catalogue"))

    def _code_row(self, entity: Any) -> Row:
        return self.site.package.code_row(self.table, self.entity, entity) or {}

    def _code_title(self, name: str, lang: str) -> str:
        custom = self.site.labels[lang].get(f"fields.{name}")
        fk = self.site.package.foreign_key(self.table, self.entity)
        return str(custom) if custom else (self.site.field_title(fk[0], name, lang) if fk else name)

    def _code_value(self, entity: Any, name: str, lang: str) -> str:
        fk = self.site.package.foreign_key(self.table, self.entity)
        value = self._code_row(entity).get(name)
        return self.site.display(fk[0], name, value, lang) if fk else str(value or "")

    def unmatched_counts(self, view: View, rows: list[Row], by: str) -> str:
        """Unmatched rows counted per distinct `by` value (the name as printed), with how
        many places list it and the latest mention (thousands of rows at national scale)."""
        groups: dict[Any, list[Row]] = defaultdict(list)
        for row in rows:  # in time order: the last is the latest mention
            groups[row.get(by)].append(row)
        head = [self.site.field_title(self.table, by, view.lang), view.t("listing.rows"), view.t("status.places"),
                view.t("status.latest_mention")]
        body = [[esc(value), esc(view.number(len(group))), esc(view.number(len({r.get(self.place) for r in group}))),
                 view.source(group[-1], brief=True)]
                for value, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))]
        return table([esc(h) for h in head], body, row_headers=True, numeric=[1, 2], label=view.t("status.unmatched"))

    def latest_table(self, view: View, rows: list[Row]) -> str:
        """One document's list: each entity (linked to its page), its status, as printed."""
        columns = list(self.section.get("columns", []))
        head = [view.t("series.name"), self.site.field_title(self.table, self.status, view.lang)]
        head += [self.site.field_title(self.table, c, view.lang) for c in columns] + [view.t("common.source")]
        body = []
        for row in rows:
            entity = row.get(self.entity)
            name = view.link(self.path(entity), view.show(self.table, self.entity, entity)) if entity is not None else ""
            cells = [name, tag("span", view.cell(self.table, self.status, row), class_=f"st st-{esc(row.get(self.status))}")]
            cells += [view.cell(self.table, c, row) for c in columns] + [view.source(row, short=True)]
            body.append(cells)
        return table([esc(h) for h in head], body, row_headers=True, label=view.t("status.latest"))

    def history_table(self, view: View, rows: list[Row], with_columns: bool = True) -> str:
        columns = list(self.section.get("columns", [])) if with_columns else []
        head = [self.site.field_title(self.table, self.place, view.lang) if self.place else "", view.t("series.when"),
                self.site.field_title(self.table, self.status, view.lang)]
        head += [self.site.field_title(self.table, c, view.lang) for c in columns] + [view.t("common.source")]
        body = []
        for row in rows:
            cells = [view.place(self.table, self.place, row.get(self.place)) if self.place else "",
                     esc(view.date(self.site.time_of(row, self.section))),
                     tag("span", view.cell(self.table, self.status, row), class_=f"st st-{esc(row.get(self.status))}")]
            cells += [view.cell(self.table, c, row) for c in columns] + [view.source(row, brief=True)]
            body.append(cells)
        return table([esc(h) for h in head], body, row_headers=True, label=view.t("status.history"))

    def entity_page(self, lang: str, entity: Any) -> Page:
        path = self.path(entity)
        view = View(self.site, lang, path)
        rows = self.by_entity[entity]
        name = view.show(self.table, self.entity, entity)
        section_title = title_of(self.site, self.section, lang)
        parts = [breadcrumbs(view, [(self.slug, section_title)]), f"# {esc(name)}"]
        group = self.section.get("group")
        if group:
            parts.append(tag("dl", tag("dt", esc(self._code_title(group, lang))) +
                             tag("dd", esc(self._code_value(entity, group, lang))), class_="facts"))
        related = self.section.get("related")
        if related and self.site.package.has(related["table"]):
            parts.append(self.related_table(view, entity, related))
        history, latest, condensed = self.history(rows)
        parts.append(heading(2, view.t("status.history"), "history"))
        if condensed:
            parts.append(tag("p", esc(view.t("status.history_intro"))))
        parts.append(self.history_table(view, history))
        texts = self.section.get("texts", [])
        if texts:
            parts.append(heading(2, view.t("status.as_written"), "as-written"))
            parts.append(tag("p", esc(view.t("status.as_written_intro"))))
            many = len(history) > int(self.section.get("written_limit", WRITTEN_LIMIT))
            if many:
                parts.append(tag("p", esc(view.t("status.as_written_latest"))))
            for row in reversed(latest if many else history):
                parts.append(self.written(view, row, texts, clip=many))
        summary = view.t("status.summary", name=name, count=view.number(len(rows)))
        return Page(path, plain_title(name), block(*parts), description=plain_title(summary, 300))

    def history(self, rows: list[Row]) -> tuple[list[Row], list[Row], bool]:
        """(history, latest per place, condensed): one row per document (the preferred
        mention); above PAGE_ROWS (condensed) only the documents where a place's status
        changed, and its latest."""
        per_doc: dict[tuple, list[Row]] = defaultdict(list)
        for row in rows:
            per_doc[(row.get(self.place) if self.place else None, row.get(self.doc_field) if self.doc_field else id(row))].append(row)
        history = sorted((self.distinct(group)[0] for group in per_doc.values()), key=self._order)
        latest: dict[Any, Row] = {}
        for row in history:
            latest[row.get(self.place) if self.place else None] = row
        condensed = len(history) > int(self.section.get("page_rows", PAGE_ROWS))
        if condensed:
            changes, last = [], {}
            for row in history:
                where = row.get(self.place) if self.place else None
                if last.get(where) != row.get(self.status) or latest[where] is row:
                    changes.append(row)
                last[where] = row.get(self.status)
            history = changes
        return history, sorted(latest.values(), key=self._order), condensed

    def related_table(self, view: View, entity: Any, related: dict[str, Any]) -> str:
        table_name = related["table"]
        rows = [r for r in self.site.rows(table_name) if r.get(related["key"]) == entity]
        if not rows:
            return ""
        columns = related["columns"]
        head = [esc(self.site.field_title(table_name, c, view.lang)) for c in columns]
        body = [[view.cell(table_name, c, r) for c in columns] for r in rows]
        title = self.site.package.resource(table_name).title(view.lang)
        return heading(2, title, "related") + "\n\n" + table(head, body, row_headers=True, label=title)

    def written(self, view: View, row: Row, texts: list[str], clip: bool = False) -> str:
        """The texts of one row as written (clipped on condensed pages: the source link
        leads to the full text)."""
        where = view.show(self.table, self.place, row.get(self.place)) if self.place else ""
        when = view.date(self.site.time_of(row, self.section))
        items = [tag("dt", esc(self.site.field_title(self.table, self.status, view.lang))) +
                 tag("dd", view.cell(self.table, self.status, row))]
        for name in texts:
            if row.get(name):
                text = str(row[name])
                if clip and len(text) > CLIP:
                    text = text[: CLIP - 1].rsplit(" ", 1)[0] + " …"
                items.append(tag("dt", esc(self.site.field_title(self.table, name, view.lang))) +
                             tag("dd", esc(text), lang=self.section.get("text_lang") or None))
        caption = " — ".join(p for p in (where, when) if p)
        return tag("section", tag("h3", esc(caption)) + tag("dl", "".join(items), class_="written") +
                   tag("p", view.source(row), class_="src-link"), class_="entry")


def build(site: Site, section: dict[str, Any], out: Output) -> None:
    Status(site, section).build(out)
