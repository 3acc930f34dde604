"""Editions and what changed (the package's `changes` table, generator/editions.py): an
index of the editions, one page per edition with its changes (old and new value, the
reason, a link to the report line), and an Atom feed per language to follow new ones.

Paths: `<data>/editions/`, `<data>/editions/<version>/`, `feeds/editions.<lang>.atom`.
The feed's ids are stable URNs (a UUID from the package name, version and language), so
a local build names no address; its links are absolute with the public address, else
relative to the feed file.
"""
from __future__ import annotations

import re

import uuid
from collections import Counter, defaultdict
from functools import cached_property
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from generator.editions import TABLE, version_key
from generator.site.common import breadcrumbs, title_of
from generator.site.downloads import download_path
from generator.site.filefacts import EDITIONS_NAMED, distinct_by_file
from generator.site.html import block, esc, heading, link, plain_title, table, tag
from generator.site.model import Page, Row, Site
from generator.site.output import Output
from generator.site.view import View, page_slug, relative

ROW_LIMIT = 1000  # changes listed on an edition's page (all of them are in changes.csv)
FEED_ENTRIES = 50


def editions_path(site: Site) -> str:
    return f"{site.data_slug}/editions"


def edition_path(site: Site, version: str) -> str:
    return f"{editions_path(site)}/{page_slug(version)}"


def feed_path(site: Site, lang: str) -> str:
    return f"feeds/editions.{lang}.atom"


class Editions:
    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        self.site = site
        self.section = section
        self.rows = site.package.rows(TABLE) if site.package.has(TABLE) else []
        by: dict[str, list[Row]] = defaultdict(list)
        for row in self.rows:
            by[str(row.get("edition"))].append(row)
        self.by_edition = by
        self.versions = sorted(by, key=version_key, reverse=True)

    def date(self, version: str) -> str:
        return str(self.by_edition[version][0].get("edition_date") or "")

    def previous(self, version: str) -> str:
        return str(self.by_edition[version][0].get("previous_edition") or "")

    @cached_property
    def records(self) -> dict[Any, Row]:
        """Fact rows by record id (to link a change to its report line)."""
        out = {}
        prov = self.site.config.provenance
        docs = self.site.documents
        if not prov or not docs:
            return out
        for name, field in self.site.package.referencing(docs["table"]):
            if field == prov.document_field and "record_id" in self.site.package.resource(name).field_names:
                for row in self.site.package.rows(name):
                    out[row["record_id"]] = row
        return out

    # -- pages ---------------------------------------------------------------------------
    def build(self, out: Output) -> None:
        if not self.versions:
            return
        for lang in self.site.config.languages:
            out.page(lang, self.index_page(lang))
            for version in self.versions:
                out.page(lang, self.edition_page(lang, version))
            out.file(feed_path(self.site, lang), self.feed(lang))

    def counts_text(self, view: View, rows: list[Row]) -> str:
        counts = Counter(str(r.get("change")) for r in rows)
        return "; ".join(f"{view.show(TABLE, 'change', change)}: {view.number(n)}" for change, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def summary(self, view: View, version: str) -> str:
        rows = self.by_edition[version]
        previous = self.previous(version)
        if not previous:
            return view.t("edition.summary_first", version=version, date=view.date(self.date(version)))
        return view.t("edition.summary", version=version, date=view.date(self.date(version)), previous=previous,
                      count=view.number(len(rows)))

    def index_page(self, lang: str) -> Page:
        site = self.site
        path = editions_path(site)
        view = View(site, lang, path)
        title = view.t("data.editions")
        parts = [breadcrumbs(view, [(site.data_slug, title_of(site, self.section, lang))]), f"# {esc(title)}",
                 tag("p", esc(view.t("data.editions_intro"))),
                 tag("p", link(view.file(feed_path(site, lang)), esc(view.t("data.feed")), type="application/atom+xml") + " · " +
                     link(view.file(download_path(site, f"{TABLE}.csv")), esc(f"{TABLE}.csv")))]
        head = [view.t("data.edition"), view.t("series.when"), view.t("data.previous"), view.t("data.changes_count"),
                view.t("listing.description")]
        body = []
        for version in self.versions:
            rows = self.by_edition[version]
            body.append([view.link(edition_path(site, version), version), esc(view.date(self.date(version))),
                         view.link(edition_path(site, self.previous(version)), self.previous(version))
                         if self.previous(version) in self.by_edition else esc(self.previous(version)),
                         esc(view.number(len(rows))), esc(self.counts_text(view, rows))])
        parts.append(table([esc(h) for h in head], body, row_headers=True, numeric=[3], label=title))
        return Page(path, plain_title(title), block(*parts))

    def edition_page(self, lang: str, version: str) -> Page:
        site = self.site
        path = edition_path(site, version)
        view = View(site, lang, path)
        title = view.t("edition.page_title", version=version, date=view.date(self.date(version)))
        rows = self.by_edition[version]
        parts = [breadcrumbs(view, [(site.data_slug, title_of(site, self.section, lang)), (editions_path(site), view.t("data.editions"))]),
                 f"# {esc(title)}", tag("p", esc(self.summary(view, version)), class_="summary")]
        if self.previous(version) in self.by_edition:
            parts.append(tag("p", esc(view.t("data.previous")) + ": " +
                             view.link(edition_path(site, self.previous(version)), self.previous(version))))
        parts.append(tag("p", esc(self.counts_text(view, rows))))
        parts.append(heading(2, view.t("data.changes_count"), "changes"))
        # the rows of changes name every report and place they touch: kept out of the search
        # index, or every search for a place would land here before the place's own page
        parts.append(tag("div", self.changes_table(view, rows[:ROW_LIMIT]), data_pagefind_ignore=True))
        if len(rows) > ROW_LIMIT:
            parts.append(tag("p", link(view.file(download_path(site, f"{TABLE}.csv")),
                                       esc(view.t("series.all_csv", count=view.number(len(rows))))), class_="download"))
        return Page(path, plain_title(title), block(*parts), description=plain_title(self.summary(view, version), 300))

    def changes_table(self, view: View, rows: list[Row]) -> str:
        if not rows:
            return tag("p", esc(view.t("edition.none")))
        names = ["change", "reason", "report_id", "table", "record_id", "field", "old_value", "new_value", "count"]
        # counts as they were when the edition was made (the reader has changed since): the
        # header says so, and the reporting page has today's
        head = [view.t("edition.count_then") if n == "count" else self.site.field_title(TABLE, n, view.lang) for n in names] + \
               [view.t("flags.message")]
        body = []
        for row in rows:
            cells = [view.cell(TABLE, "change", row), view.cell(TABLE, "reason", row), self.report_cell(view, row),
                     tag("code", esc(row.get("table"))) if row.get("table") else "", self.record_cell(view, row),
                     tag("code", esc(row.get("field"))) if row.get("field") else "",
                     _in_language(view, row, "old_value"), _in_language(view, row, "new_value"), esc(view.number(row.get("count")))]
            cells.append(_message(row, view.lang))
            body.append(cells)
        return table([esc(h) for h in head], body, numeric=[8], label=view.t("data.changes_count"))

    def report_cell(self, view: View, row: Row) -> str:
        report = row.get("report_id")
        if not report:
            return ""
        if report in self.site.document_rows:
            return view.document(report, brief=False)
        return esc(report)

    def record_cell(self, view: View, row: Row) -> str:
        record = row.get("record_id")
        if not record:
            return ""
        fact = self.records.get(record)
        return view.source(fact, short=True) + " " + tag("code", esc(record)) if fact else tag("code", esc(record))

    # -- the feed --------------------------------------------------------------------------
    def feed(self, lang: str) -> str:
        site = self.site
        labels = site.labels[lang]
        view = View(site, lang, editions_path(site))
        figures = site.figures
        here = feed_path(site, lang)

        def href(page: str) -> str:
            if site.config.site_url:
                return figures.permalink(lang, page)
            return relative(figures.site_path(lang, page).rstrip("/"), here.rsplit("/", 1)[0]) + "/"

        self_href = figures.file_link(here) if site.config.site_url else here.rsplit("/", 1)[-1]
        title = labels.t("edition.feed_title", title=site.config.title[lang])
        updated = max((self.date(v) for v in self.versions), default="1970-01-01")
        lines = ['<?xml version="1.0" encoding="utf-8"?>',
                 f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang={quoteattr(lang)}>',
                 f"  <id>{self.urn(lang)}</id>",
                 f"  <title>{escape(title)}</title>",
                 f"  <updated>{updated}T00:00:00Z</updated>",
                 f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(self_href)}/>",
                 f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(href(editions_path(site)))}/>",
                 f"  <author><name>{escape(site.config.publisher[lang])}</name></author>"]
        for version in self.versions[:FEED_ENTRIES]:
            rows = self.by_edition[version]
            items = "".join(f"<li>{esc(r.get(f'message_{lang}') or r.get('message'))}</li>" for r in rows[:100])
            more = f"<p>{esc(labels.t('series.all_csv', count=view.number(len(rows))))}</p>" if len(rows) > 100 else ""
            content = f"<p>{esc(self.summary(view, version))}</p><ul>{items}</ul>{more}"
            lines += ["  <entry>",
                      f"    <id>{self.urn(lang, version)}</id>",
                      f"    <title>{escape(labels.t('edition.entry_title', version=version, date=view.date(self.date(version))))}</title>",
                      f"    <updated>{self.date(version)}T00:00:00Z</updated>",
                      f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(href(edition_path(site, version)))}/>",
                      f"    <summary>{escape(self.counts_text(view, rows))}</summary>",
                      f"    <content type=\"html\">{escape(content)}</content>",
                      "  </entry>"]
        lines.append("</feed>")
        return "\n".join(lines) + "\n"

    def urn(self, lang: str, version: str = "") -> str:
        return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.site.package.name}/editions/{lang}/{version}"))


def feeds(site: Site) -> dict[str, dict[str, str]]:
    """The feed of each language (for the link in every page's head), if the site has editions."""
    # whether the record has a row, from what its files keep (filefacts.py): not read here
    if not site.data_slug or not site.package.has(TABLE) or not any(named for _, named in distinct_by_file(site, TABLE, EDITIONS_NAMED)):
        return {}
    return {lang: {"title": site.labels[lang].t("edition.feed_title", title=site.config.title[lang]), "path": feed_path(site, lang)}
            for lang in site.config.languages}


def build(site: Site, section: dict[str, Any], out: Output) -> None:
    Editions(site, section).build(out)


def _in_language(view: View, row: Row, name: str) -> str:
    """A changed value, marked with its language when its field is another language's
    (`note_en` on a Vietnamese page) or it is written in Vietnamese on another language's
    page (a code list's words: `thiết yếu;cấp huyện|cấp xã`)."""
    text = esc(row.get(name))
    field = str(row.get("field") or "")
    for lang in view.site.config.languages:
        if text and lang != view.lang and field.endswith(f"_{lang}"):
            return f'<span lang="{esc(lang)}">{text}</span>'
    if text and view.lang != "vi" and VIETNAMESE_LETTER.search(text):
        return f'<span lang="vi">{text}</span>'
    return text


def _message(row: Row, lang: str) -> str:
    """The change's message, its record id and field written as code (`es-dc-total`, `context`)."""
    text = esc(row.get(f"message_{lang}") or row.get("message"))
    for name in ("record_id", "field"):
        value = esc(row.get(name) or "")
        if value:
            text = re.sub(rf"(?<![\w-]){re.escape(value)}(?![\w-])", tag("code", value), text, count=1)
    return text


VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
