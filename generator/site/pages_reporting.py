"""Reporting status (like Open SDG's): who reported what, when, and how much of each report
was read. One page per language: a table per place (reports, first and latest, figures
printed, read and the share read), then a grid per year of places × months, each cell
the reports of that month linked to their pages with the share of their figures read.

Reads the documents section (site config `provenance.documents`) and its `reading:`
fields (model.Site.reading: the one count of a report's figures the site shows).
Monthly reports sit in the month of their reference date; annual ones in their own
column; every other kind (quarterly, half-year, ad hoc) in "other".
"""
from __future__ import annotations

from collections import defaultdict
from typing import Any

from generator.site import fmt
from generator.site.common import breadcrumbs, intro_of, title_of
from generator.site.html import block, esc, heading, link, plain_title, table, tag
from generator.site.model import Page, Row, Site
from generator.site.output import Output
from generator.site.view import View, page_slug

MONTHLY, ANNUAL = "monthly", "annual"


class Reporting:
    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        self.site = site
        self.section = section
        self.slug = section["slug"]
        self.docs = site.documents
        self.place = site.config.place
        self.kind = section.get("kind", "report_type")
        self.rows: list[Row] = sorted(site.rows(self.docs["table"]), key=self._order) if self.docs else []

    def _order(self, row: Row) -> tuple:
        return (str(self.site.time_of(row, self.docs) or ""), str(row[self.docs["key"]]))

    def build(self, out: Output) -> None:
        for lang in self.site.config.languages:
            out.page(lang, self.page(lang))

    def by_place(self) -> dict[Any, list[Row]]:
        out: dict[Any, list[Row]] = defaultdict(list)
        for row in self.rows:
            out[row.get(self.place)].append(row)
        return out

    def place_name(self, view: View, key: Any) -> str:
        return view.show(self.docs["table"], self.place, key)

    def page(self, lang: str) -> Page:
        view = View(self.site, lang, self.slug)
        title = title_of(self.site, self.section, lang)
        parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(self.site, self.section, lang)]
        places = self.by_place()
        order = sorted(places, key=lambda k: (self.place_name(view, k).casefold(), str(k)))
        if not order:
            parts.append(tag("p", esc(view.t("series.no_data"))))
            return Page(self.slug, plain_title(title), block(*parts))
        parts.append(heading(2, view.t("reporting.by_place"), "by-place"))
        parts.append(self.places_table(view, places, order))
        years = sorted({fmt.year(self.site.time_of(r, self.docs)) for r in self.rows} - {""}, reverse=True)
        parts.append(tag("p", esc(view.t("reporting.grid_intro"))))
        for year in years:
            parts.append(heading(2, year, f"y{year}"))
            parts.append(self.year_table(view, places, order, year))
        return Page(self.slug, plain_title(title), block(*parts))

    def places_table(self, view: View, places: dict[Any, list[Row]], order: list[Any]) -> str:
        head = [self.site.field_title(self.docs["table"], self.place, view.lang), view.t("reporting.reports"), view.t("reporting.first"),
                view.t("reporting.latest"), view.t("reporting.seen"), view.t("reporting.captured"), view.t("reporting.share")]
        body = []
        for key in order:
            rows = places[key]
            seen = captured = 0
            for row in rows:
                s, c, _ = self.site.reading(row[self.docs["key"]])
                seen += s or 0
                captured += c or 0
            share = f"{view.number(round(captured / seen * 100, 1))}%" if seen else ""
            latest = rows[-1]
            body.append([view.place(self.docs["table"], self.place, key), esc(view.number(len(rows))),
                         esc(view.date(self.site.time_of(rows[0], self.docs))),
                         view.link(f"{self.docs['slug']}/{page_slug(latest[self.docs['key']])}",
                                   view.date(self.site.time_of(latest, self.docs))),
                         esc(view.number(seen)), esc(view.number(captured)), esc(share)])
        return table([esc(h) for h in head], body, row_headers=True, numeric=[1, 4, 5, 6], label=view.t("reporting.by_place"))

    def column(self, row: Row) -> str:
        kind = row.get(self.kind)
        if kind == MONTHLY:
            when = str(self.site.time_of(row, self.docs) or "")
            return when[5:7] if len(when) >= 7 else "other"
        return "annual" if kind == ANNUAL else "other"

    def year_table(self, view: View, places: dict[Any, list[Row]], order: list[Any], year: str) -> str:
        columns = [f"{m:02d}" for m in range(1, 13)] + ["annual", "other"]
        head = [self.site.field_title(self.docs["table"], self.place, view.lang)] + \
               [view.t("reporting.month", month=int(c), name=fmt.MONTHS_EN[int(c) - 1]) if c.isdigit() else view.t(f"reporting.{c}")
                for c in columns]
        body = []
        for key in order:
            cells: dict[str, list[str]] = defaultdict(list)
            rows = [r for r in places[key] if fmt.year(self.site.time_of(r, self.docs)) == year]
            if not rows:
                continue
            for row in rows:
                cells[self.column(row)].append(self.cell(view, row))
            body.append([view.place(self.docs["table"], self.place, key)] + ["<br>".join(cells.get(c, [])) for c in columns])
        return table([esc(h) for h in head], body, row_headers=True, label=view.t("reporting.year", year=year), stack=True)

    def cell(self, view: View, row: Row) -> str:
        """A report in the grid: the share of its figures read, linked to its page; the
        link's words name the report for screen readers."""
        doc_id = row[self.docs["key"]]
        seen, captured, coverage = self.site.reading(doc_id)
        share = f"{view.number(round(coverage * 100))}%" if coverage is not None else view.t("reporting.unread")
        label = self.site.document_label(doc_id, view.lang, short=True) + ", " + view.date(self.site.time_of(row, self.docs))
        hidden = tag("span", esc(label) + ": ", class_="vh")
        return link(view.href(f"{self.docs['slug']}/{page_slug(doc_id)}"), hidden + esc(share),
                    title=label + (": " + self.site.reading_text(doc_id, view.lang) if seen is not None else ""), class_="rep")


def build(site: Site, section: dict[str, Any], out: Output) -> None:
    Reporting(site, section).build(out)
