"""Editions and what changed (the package's `changes` table, generator/editions.py): an
index of the editions, one page per edition with its changes (old and new value, the
reason, a link to the report line), and an Atom feed per language to follow new ones.

Paths: `<data>/editions/`, `<data>/editions/<version>/`, `feeds/editions.<lang>.atom`.
The feed's ids are stable URNs (a UUID from the package name, version and language), so
a local build names no address; its links are absolute with the public address, else
relative to the feed file.

Made from the record's files (editionfiles.py): the index and the feeds from what each
file keeps, an edition's page from the page cache unless its inputs changed, so an add
reads its own edition's file and the fact rows its changes name (issue 13).
"""
from __future__ import annotations

import re

import uuid
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from generator.editions import TABLE, version_key
from generator.site.common import breadcrumbs, title_of
from generator.site.downloads import download_path
from generator.site.editionfiles import REPORT, Edition, EditionFiles
from generator.site.filefacts import EDITIONS_NAMED, distinct_by_file
from generator.site.html import block, esc, heading, link, plain_title, table, tag
from generator.site.model import Page, Row, Site
from generator.site.output import Output
from generator.site.view import View, page_slug, relative

ROW_LIMIT = 1000  # changes listed on an edition's page (all of them are in changes.csv)
FEED_ENTRIES = 50
FEED_ROWS = 100  # changes listed in a feed entry


def editions_path(site: Site) -> str:
    return f"{site.data_slug}/editions"


def edition_path(site: Site, version: str) -> str:
    return f"{editions_path(site)}/{page_slug(version)}"


def feed_path(site: Site, lang: str) -> str:
    return f"feeds/editions.{lang}.atom"


class Editions:
    """The editions pages from the record's files (editionfiles.py): the index and the feeds
    from what each file keeps, an edition's page from the page cache unless what it shows
    changed (its rows, the reports they name, the report lines their records are on)."""

    def __init__(self, site: Site, section: dict[str, Any], documents: Any = None) -> None:
        self.site = site
        self.section = section
        if documents is None and site.documents and site.documents.get("type") == "documents":
            from generator.site.pages_documents import Documents

            documents = Documents(site, site.documents)
        self.record = EditionFiles(site, documents, ROW_LIMIT, FEED_ROWS)
        self.by_edition = self.record.editions
        self.versions = sorted(self.by_edition, key=version_key, reverse=True)

    def date(self, version: str) -> str:
        return self.by_edition[version].date

    def previous(self, version: str) -> str:
        return self.by_edition[version].previous

    def linked_previous(self, version: str) -> bool:
        """Whether the edition before it has a page (an edition that changed nothing has none)."""
        return self.previous(version) in self.by_edition

    # -- pages ---------------------------------------------------------------------------
    def build(self, out: Output) -> None:
        if not self.versions:
            return
        site = self.site
        cache = site.page_cache("editions")
        memo = site.input_memo("editions")
        for version in self.versions:
            inputs = memo.digest(version, self.source_signature(memo, version),
                                 lambda version=version: cache.digest(self.inputs(version)))
            for lang in site.config.languages:
                out.page_cached(lang, edition_path(site, version), cache, cache.key("edition", lang, version, inputs),
                                lambda lang=lang, version=version: self.edition_page(lang, version))
        for lang in site.config.languages:
            out.page(lang, self.index_page(lang))
            out.file(feed_path(site, lang), self.feed(lang))
        cache.prune()
        memo.save()

    def source_signature(self, memo: Any, version: str) -> str:
        """What an edition's page is read from, by file stats (inputmemo.py): the record files
        that hold its rows and the fact files its listed changes' records are looked up in;
        and the rows of the reports they name and whether the edition before it has a page."""
        folder = self.site.package.folder
        edition = self.by_edition[version]
        files = [folder / rel for rel in edition.files + self.record.fact_files(version)]
        return memo.signature(files, [version, self.linked_previous(version),
                                      [[r, self.site.document_rows.get(r)] for r in edition.reports]])

    def inputs(self, version: str) -> list[Any]:
        """What an edition's page shows besides the site-wide inputs: its listed rows and how
        many there are, the rows of the reports they name, the report line of each record."""
        rows = self.record.rows(version)
        listed = rows[:ROW_LIMIT]
        prov = self.site.config.provenance
        lines = [[fact.get(prov.document_field), fact.get(prov.line_field)] if prov and fact else None
                 for fact in map(self.record.record, listed)]
        reports = dict.fromkeys(r.get(REPORT) for r in listed if r.get(REPORT))
        return [listed, len(rows), self.linked_previous(version), [[r, self.site.document_rows.get(r)] for r in reports], lines]

    def counts_text(self, view: View, edition: Edition) -> str:
        counts = edition.changes
        return "; ".join(f"{view.show(TABLE, 'change', change)}: {view.number(n)}" for change, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

    def summary(self, view: View, version: str) -> str:
        previous = self.previous(version)
        if not previous:
            return view.t("edition.summary_first", version=version, date=view.date(self.date(version)))
        return view.t("edition.summary", version=version, date=view.date(self.date(version)), previous=previous,
                      count=view.number(self.by_edition[version].count))

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
            edition = self.by_edition[version]
            body.append([view.link(edition_path(site, version), version), esc(view.date(self.date(version))),
                         view.link(edition_path(site, self.previous(version)), self.previous(version))
                         if self.linked_previous(version) else esc(self.previous(version)),
                         esc(view.number(edition.count)), esc(self.counts_text(view, edition))])
        parts.append(table([esc(h) for h in head], body, row_headers=True, numeric=[3], label=title))
        return Page(path, plain_title(title), block(*parts))

    def edition_page(self, lang: str, version: str) -> Page:
        site = self.site
        path = edition_path(site, version)
        view = View(site, lang, path)
        title = view.t("edition.page_title", version=version, date=view.date(self.date(version)))
        edition = self.by_edition[version]
        rows = self.record.rows(version)
        parts = [breadcrumbs(view, [(site.data_slug, title_of(site, self.section, lang)), (editions_path(site), view.t("data.editions"))]),
                 f"# {esc(title)}", tag("p", esc(self.summary(view, version)), class_="summary")]
        if self.linked_previous(version):
            parts.append(tag("p", esc(view.t("data.previous")) + ": " +
                             view.link(edition_path(site, self.previous(version)), self.previous(version))))
        parts.append(tag("p", esc(self.counts_text(view, edition))))
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
        fact = self.record.record(row)
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
            edition = self.by_edition[version]
            items = "".join(f"<li>{esc(r.get(f'message_{lang}') or r.get('message'))}</li>" for r in edition.messages)
            more = f"<p>{esc(labels.t('series.all_csv', count=view.number(edition.count)))}</p>" if edition.count > FEED_ROWS else ""
            content = f"<p>{esc(self.summary(view, version))}</p><ul>{items}</ul>{more}"
            lines += ["  <entry>",
                      f"    <id>{self.urn(lang, version)}</id>",
                      f"    <title>{escape(labels.t('edition.entry_title', version=version, date=view.date(self.date(version))))}</title>",
                      f"    <updated>{self.date(version)}T00:00:00Z</updated>",
                      f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(href(edition_path(site, version)))}/>",
                      f"    <summary>{escape(self.counts_text(view, edition))}</summary>",
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


def build(site: Site, section: dict[str, Any], out: Output, documents: Any = None) -> None:
    """The editions pages and feeds; documents: the report pages' section (pages_documents.Documents),
    whose kept lists of each report's files the changes' records are looked up through."""
    Editions(site, section, documents).build(out)


def _in_language(view: View, row: Row, name: str) -> str:
    """A changed value, marked with its language when its field is another language's
    (`note_en` on a Vietnamese page) or it is written in Vietnamese on another language's
    page (a code list's words: `thiết yếu;cấp huyện|cấp xã`)."""
    text = esc(row.get(name))
    field = str(row.get("field") or "")
    if text and field.endswith("_id"):
        return tag("code", text)  # an identifier (`es-police-total`): no word of either language
    for lang in view.site.config.languages:
        if text and lang != view.lang and field.endswith(f"_{lang}"):
            return f'<span lang="{esc(lang)}">{text}</span>'
    if text and view.lang != "vi" and VIETNAMESE_LETTER.search(text):
        return f'<span lang="vi">{text}</span>'
    return text


def _message(row: Row, lang: str) -> str:
    """The change's message, its record id and field written as code (`es-dc-total`, `context`), and
    the old and new values of an identifier field (`rule_id`: `es-police-online` → `es-police-total`)."""
    text = esc(row.get(f"message_{lang}") or row.get("message"))
    names = ("record_id", "field", "old_value", "new_value") if str(row.get("field") or "").endswith("_id") else ("record_id", "field")
    for name in names:
        value = esc(row.get(name) or "")
        if value:
            text = re.sub(rf"(?<![\w-]){re.escape(value)}(?![\w-])", tag("code", value), text, count=1)
    return text


VIETNAMESE_LETTER = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.IGNORECASE)
