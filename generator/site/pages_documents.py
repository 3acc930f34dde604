"""Document pages: one page per source document (report) with its metadata, what was
extracted from it, its quality flags, and the lines of its text the figures came from
(with two lines around each), each with a permanent anchor (`#L117`), so each figure's
source link lands on the exact line; the full text is one download away. Signature blocks
and contact details are redacted.

At national scale there are thousands of these pages: they are stamped from one
mkdocs-rendered template per language (stamps.py), their bodies written as HTML.

Section config keys: table, key, [label], [short_label], [split_by], [fields], [file],
[originals], [extracted: {table: [columns]}], [redact], [placeholder] (the line text a
package already put in place of personal data: shown as the page language's label),
[text_lang], [context] (lines shown around each cited line, default 2).
"""
from __future__ import annotations

import functools
import hashlib
from collections import defaultdict
from functools import cached_property
from typing import Any

from generator.redact import redact, signature_lines
from generator.site import fmt
from generator.site.common import TableSection, breadcrumbs, flag_mark, flags_table, intro_of, title_of
from generator.site.filefacts import documents_by_file
from generator.site.downloads import download_path
from generator.site import stamps
from generator.site.html import attrs, block, esc, heading, html_heading, plain_title, table, tag
from generator.site.output import Output
from generator.site.model import Page, Row, Site
from generator.site.texts import document_lines
from generator.site.view import View, page_slug

TEXT_LIMIT = 160
REDACTED = "\x00redacted\x00"
CONTEXT = 2  # lines shown before and after each cited line


class Documents(TableSection):
    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        super().__init__(site, section)
        self.key = section["key"]
        self.split = section.get("split_by") or site.place_field(section)
        self.rows = sorted(site.rows(self.table), key=lambda r: (str(site.time_of(r, section) or ""), str(r[self.key])))
        prov = site.config.provenance
        # the tables whose rows point at a document
        self.fact_tables = [(name, field) for name, field in site.package.referencing(self.table)
                            if field == self.key or field == (prov.document_field if prov else None)]
        self.files = self._files()
        self._by_file: dict[tuple[str, str], dict[Any, list[Row]]] = {}
        self._facts: tuple[Any, dict[str, list[Row]]] | None = None

    def _files(self) -> dict[str, dict[Any, list[str]]]:
        """{table: {document: the table's files that hold its rows, in order}}, from the
        files' kept lists (filefacts.py): no row is read for a file the last run listed."""
        out: dict[str, dict[Any, list[str]]] = {}
        for name, field in self.fact_tables:
            by_doc: dict[Any, list[str]] = defaultdict(list)
            for rel, docs in documents_by_file(self.site, name, field):
                for doc in docs:
                    by_doc[doc].append(rel)
            out[name] = by_doc
        return out

    def facts(self, doc_id: Any) -> dict[str, list[Row]]:
        """{table: the rows that point at the document}, for every table that points at
        documents; read from the files that hold them only (the last document's kept)."""
        if self._facts is None or self._facts[0] != doc_id:
            self._facts = (doc_id, {name: self.table_facts(name, doc_id) for name, _ in self.fact_tables})
        return self._facts[1]

    def table_facts(self, table: str, doc_id: Any) -> list[Row]:
        """The rows of one table that point at the document, from the files that hold them only."""
        field = dict(self.fact_tables)[table]
        return [row for rel in self.files[table].get(doc_id, ()) for row in self._file_facts(table, field, rel).get(doc_id, ())]

    def _file_facts(self, table: str, field: str, rel: str) -> dict[Any, list[Row]]:
        """One file's rows by document, once a process."""
        if (table, rel) not in self._by_file:
            by_doc: dict[Any, list[Row]] = defaultdict(list)
            for row in self.site.file_rows(table, rel):
                by_doc[row.get(field)].append(row)
            self._by_file[(table, rel)] = by_doc
        return self._by_file[(table, rel)]

    def path(self, doc_id: Any) -> str:
        return f"{self.slug}/{page_slug(doc_id)}"

    def split_path(self, key: Any) -> str:
        return f"{self.slug}/in/{page_slug(key if key is not None else 'none')}"

    @cached_property
    def groups(self) -> dict[Any, list[Row]]:
        groups: dict[Any, list[Row]] = defaultdict(list)
        for row in self.rows:
            groups[row.get(self.split) if self.split else None].append(row)
        return groups

    def split_link(self, view: View, key: Any) -> str:
        """A split key's name linked to its list of documents (its own page, or its place page)."""
        if self.site.on_place_pages(self.section):
            return view.place(self.table, self.split, key, anchor=self.slug)
        name = view.show(self.table, self.split, key) if key is not None else view.t("listing.none")
        return view.link(self.split_path(key), name)

    def place_keys(self) -> set[Any]:
        return set(self.groups)

    def place_inputs(self, key: Any) -> list[Row]:
        """What this section's part of a place page is made of (page cache key)."""
        return self.groups.get(key, [])

    def place_count(self, key: Any) -> int:
        return len(self.groups.get(key, []))

    def place_parts(self, view: View, key: Any) -> list[str]:
        rows = self.groups.get(key)
        return self.by_year(view, rows, view.show(self.table, self.split, key), 3) if rows else []

    def build(self, out: Output) -> None:
        groups = self.groups
        for lang in self.site.config.languages:
            out.page(lang, self.index_page(lang, groups))
            if not self.site.on_place_pages(self.section):
                for key, rows in groups.items():
                    out.page(lang, self.split_page(lang, key, rows))
            out.page(lang, self.template(lang))

    def build_documents(self, out: Output) -> None:
        """The stamped page of every document (the bulk of a national site: generate.py
        runs this in a second process). A page whose inputs did not change since the last
        run is taken from the page cache (pagecache.py) instead of being rendered."""
        cache = self.site.page_cache("documents")
        memo = self.site.input_memo(f"documents-{self.slug}")
        for row in self.rows:
            doc_id = row[self.key]
            inputs = memo.digest(str(doc_id), self.source_signature(memo, row),
                                 lambda row=row: cache.digest([row, self.inputs(row), self.site.figures.edition_of([row[self.key]])]))
            text = functools.cache(functools.partial(self.text_html, row))  # read and escaped once, if needed
            for lang in self.site.config.languages:
                out.stamped_cached(lang, self.path(doc_id), cache, cache.key("document", self.slug, lang, inputs),
                                   lambda lang=lang, row=row, text=text: self.document_page(lang, row, text()))
        cache.prune()
        memo.save()

    def source_signature(self, memo: Any, row: Row) -> str:
        """What a document page's inputs (`inputs`, its row, its edition) are read from, by
        file stats (inputmemo.py): the files its fact rows came from, its text file, and its
        own row and edition."""
        doc_id = row[self.key]
        folder = self.site.package.folder
        rel = self.file_path(row)
        sources = {f for by_doc in self.files.values() for f in by_doc.get(doc_id, ())}
        files = [folder / f for f in sources] + ([folder / rel] if rel else [])
        return memo.signature(files, [row, rel, self.site.figures.edition_of([doc_id])])

    def inputs(self, row: Row) -> list[Any]:
        """What a document's page is made of besides the site-wide inputs: the rows that
        point at it and its text file (its sha256)."""
        doc_id = row[self.key]
        rel = self.file_path(row)
        path = self.site.package.folder / rel if rel else None
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path and path.is_file() else None
        return [[name, rows] for name, rows in sorted(self.facts(doc_id).items())] + [[rel, digest]]

    def template(self, lang: str) -> Page:
        """The mkdocs-rendered shell of every document page (stamps.py)."""
        t = self.site.labels[lang].t
        # report pages stay out of the search index (thousands of them; each place page,
        # which is indexed, lists its reports)
        return stamps.template_page(self.slug, [(2, t("documents.extracted"), "extracted"), (2, t("flags.title"), "quality"),
                                                (2, t("documents.text"), "text")], index=False)

    # -- lists --------------------------------------------------------------------------
    def list_table(self, view: View, rows: list[Row], label: str) -> str:
        columns = self.section.get("list_columns") or []
        head = [view.t("series.when"), view.t("common.document")] + [self.site.field_title(self.table, c, view.lang) for c in columns]
        body = []
        for row in sorted(rows, key=lambda r: (str(self.site.time_of(r, self.section) or ""), str(r[self.key])), reverse=True):
            body.append([esc(view.date(self.site.time_of(row, self.section))),
                         view.link(self.path(row[self.key]), self.site.document_label(row[self.key], view.lang))] +
                        [view.cell(self.table, c, row) for c in columns])
        return table([esc(h) for h in head], body, row_headers=True, label=label)

    def index_page(self, lang: str, groups: dict[Any, list[Row]]) -> Page:
        view = View(self.site, lang, self.slug)
        title = title_of(self.site, self.section, lang)
        parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(self.site, self.section, lang)]
        head = [self.site.field_title(self.table, self.split, lang) if self.split else "", view.t("listing.rows"), view.t("series.when")]
        body = []
        for key in sorted(groups, key=lambda k: str(k or "")):
            rows = groups[key]
            latest = max(str(self.site.time_of(r, self.section) or "") for r in rows)
            body.append([self.split_link(view, key), esc(view.number(len(rows))), esc(view.date(latest))])
        parts.append(heading(2, view.t("documents.by_place"), "by-place"))
        parts.append(table([esc(h) for h in head], body, row_headers=True, numeric=[1], label=view.t("documents.by_place")))
        parts.append(heading(2, view.t("documents.latest"), "latest"))
        parts.append(self.list_table(view, self.rows[-self.site.config.news_limit * 2:], view.t("documents.latest")))
        return Page(self.slug, plain_title(title), block(*parts))

    def split_page(self, lang: str, key: Any, rows: list[Row]) -> Page:
        path = self.split_path(key)
        view = View(self.site, lang, path)
        section_title = title_of(self.site, self.section, lang)
        name = view.show(self.table, self.split, key) if key is not None else view.t("listing.none")
        title = f"{section_title}: {name}"
        parts = [breadcrumbs(view, [(self.slug, section_title)]), f"# {esc(title)}"]
        parts += self.by_year(view, rows, name, 2)
        return Page(path, plain_title(title), block(*parts))

    def by_year(self, view: View, rows: list[Row], name: str, level: int) -> list[str]:
        by_year: dict[str, list[Row]] = defaultdict(list)
        for row in rows:
            by_year[fmt.year(self.site.time_of(row, self.section))].append(row)
        parts = []
        for year in sorted(by_year, reverse=True):
            parts.append(heading(level, year or view.t("listing.none"), f"{self.slug}-y{year}"))
            parts.append(self.list_table(view, by_year[year], f"{name} {year}"))
        return parts

    # -- one document -------------------------------------------------------------------
    def document_page(self, lang: str, row: Row, text: str | None) -> Page:
        """The page of one document; its body is HTML (a stamped page, see stamps.py)."""
        doc_id = row[self.key]
        path = self.path(doc_id)
        view = View(self.site, lang, path)
        section_title = title_of(self.site, self.section, lang)
        label = self.site.document_label(doc_id, lang)
        trail = [(self.slug, section_title)]
        if self.split:
            where = self.site.place_path(row.get(self.split)) if self.site.on_place_pages(self.section) else self.split_path(row.get(self.split))
            if where:
                trail.append((where, view.show(self.table, self.split, row.get(self.split))))
        flags = self.facts(doc_id).get(self.site.config.flags["table"], []) if self.site.config.flags else []
        view.listed_flags |= {f.get("record_id") for f in flags}  # listed below: the marks link there
        parts = [breadcrumbs(view, trail), html_heading(1, label, stamps.H1_ID)]
        # on a phone: what the report is, how much of it was read and its text first; the
        # rest of its metadata one tap away
        parts.append(tag("p", tag("strong", esc(view.t("cite.report_title"))) + " " +
                         self.site.figures.report_citation(doc_id, lang, html=True), class_="cite-report"))
        reading = self.site.reading_text(doc_id, lang)
        if reading:
            parts.append(tag("p", esc(view.t("documents.read", reading=reading)) + " " +
                             view.link(self.site.config.sections_of("reporting")[0]["slug"], view.t("documents.reporting"))
                             if self.site.config.sections_of("reporting") else esc(view.t("documents.read", reading=reading)),
                             class_="lede"))
        parts.append(self.original(view, row))
        parts.append(tag("details", tag("summary", esc(view.t("documents.metadata"))) + "\n" + self.metadata(view, row), class_="fold"))
        parts.append(html_heading(2, view.t("documents.extracted"), "extracted"))
        parts += self.extracted(view, doc_id, label)
        parts.append(html_heading(2, view.t("flags.title"), "quality"))
        parts.append(flags_table(view, flags, with_document=False) or tag("p", esc(view.t("flags.none"))))
        parts.append(html_heading(2, view.t("documents.text"), "text"))
        if text is None:
            parts.append(tag("p", esc(view.t("documents.no_text"))))
        else:
            parts.append(tag("p", esc(view.t("documents.text_note"))))
            parts.append(text.replace(REDACTED, esc(view.t("documents.redacted"))))
        description = row.get(self.section.get("title_field", "title")) or label
        return Page(path, plain_title(label), "\n".join(p for p in parts if p) + "\n", description=plain_title(description, 300),
                    index=False, edition=self.edition(doc_id, lang))

    def edition(self, doc_id: Any, lang: str) -> str:
        """The footer's edition of a document's page: the one its figures come from."""
        from generator.site.mkdocs_config import footer_edition

        return footer_edition(self.site, lang, self.site.figures.edition_of([doc_id])) if self.site.figures.version else ""

    def metadata(self, view: View, row: Row) -> str:
        fields = self.section.get("fields") or self.site.package.resource(self.table).field_names
        items = []
        for name in fields:
            value = row.get(name)
            if value in (None, ""):
                continue
            text = view.show(self.table, name, value)
            if name == "coverage" and isinstance(value, float):
                text = f"{view.number(round(value * 100, 1))}%"
            items.append(tag("dt", esc(self.site.field_title(self.table, name, view.lang))) + tag("dd", view.quoted(name, esc(text))))
        return tag("dl", "".join(items), class_="facts meta")

    def file_path(self, row: Row) -> str | None:
        name = row.get(self.section.get("file", "source_file"))
        prefix = self.section.get("originals", "originals")
        return (f"{prefix}/{name}" if prefix else str(name)) if name else None

    def original(self, view: View, row: Row) -> str:
        rel = self.file_path(row)
        if not rel or not (self.site.package.folder / rel).is_file():
            return ""
        size = (self.site.package.folder / rel).stat().st_size
        text = view.t("documents.original", name=rel.rsplit("/", 1)[-1], size=view.number(round(size / 1024, 1)))
        return tag("p", tag("a", esc(text), href=view.file(download_path(self.site, rel)), download=True), class_="download")

    def extracted(self, view: View, doc_id: Any, label: str = "") -> list[str]:
        configured = self.section.get("extracted") or {}
        flags_table_name = self.site.config.flags["table"] if self.site.config.flags else None
        parts = []
        summary = []
        facts = self.facts(doc_id)
        for name in sorted(facts, key=lambda n: (n not in configured, list(configured).index(n) if n in configured else 0, n)):
            if name == flags_table_name:
                continue
            rows = facts[name]
            title = self.site.package.resource(name).title(view.lang)
            summary.append(f"{title}: {view.number(len(rows))}")
            if not rows:
                continue
            columns = configured.get(name) or self._default_columns(name)
            head = [esc(self.site.field_title(name, c, view.lang)) for c in columns] + [esc(view.t("common.source"))]
            body = [[view.quoted(c, esc(_clip(view.show(name, c, r.get(c))))) for c in columns] for r in rows]
            for cells, r in zip(body, rows, strict=True):  # the mark of a flag on the record, then its line
                cells[0] += flag_mark(view, name, r.get("record_id"))
                cells.append(view.source(r, short=True))
            rows_html = table(head, body, label=title)
            if len(rows) > FOLD:
                rows_html = tag("details", tag("summary", esc(view.t("places.show_all", count=view.number(len(rows)), section=title.lower())))
                                + "\n" + rows_html, class_="fold")
            part = html_heading(3, f"{title} ({view.number(len(rows))})", f"x-{name}") + "\n" + rows_html
            if name in (self.section.get("searchable") or ()):
                # the only part of a report page in the search index; its result is titled with the report
                # (Pagefind reads `key:value`, with `,` between keys)
                part = tag("div", part, data_pagefind_body=True, data_pagefind_meta=f"title:{label.replace(',', ' ')}" if label else None)
            parts.append(part)
        return [tag("p", esc("; ".join(summary)))] + parts

    def _default_columns(self, name: str) -> list[str]:
        prov = self.site.config.provenance
        skip = {"record_id", self.key}
        if prov:
            skip |= {prov.document_field, prov.line_field, prov.quote_field}
        return [c for c in self.site.package.resource(name).field_names if c not in skip][:6]

    def text_html(self, row: Row) -> str | None:
        """The lines figures were extracted from and `context` lines around each, escaped,
        each with its anchor; `…` where lines are left out. Signature-block lines show the
        REDACTED marker (replaced by the page language's label), e-mails and phones are
        blanked. None when the text cannot be read."""
        rel = self.file_path(row)
        lines = document_lines(self.site.package.folder / rel) if rel else None
        if lines is None:
            return None
        redacting = bool(self.section.get("redact"))
        hidden = signature_lines(lines) if redacting else set()
        placeholder = self.section.get("placeholder")  # lines the package already blanked
        if placeholder:
            hidden |= {n for n, line in enumerate(lines, start=1) if line.strip() == placeholder}
        cited = self.cited_lines(row[self.key])
        context = int(self.section.get("context", CONTEXT))
        shown = sorted({n for c in cited for n in range(c - context, c + context + 1) if 1 <= n <= len(lines)})
        out = []
        previous = 0
        for number in shown:  # compact markup: hundreds of lines a page
            if number > previous + 1:
                out.append('<span class="gap">…</span>')
            previous = number
            line = lines[number - 1]
            if number in hidden:
                text = f"<em>{REDACTED}</em>" if line.strip() else ""
            else:
                text = esc(redact(line) if redacting else line)
            cls = ' class="h"' if number in cited else ""
            out.append(f'<span id="L{number}"{cls}><a href="#L{number}">{number}</a>{text}</span>')
        if shown and shown[-1] < len(lines):
            out.append('<span class="gap">…</span>')
        return f'<pre class="src"{attrs(lang=self.section.get("text_lang"))}>' + "".join(out) + "</pre>"

    def cited_lines(self, doc_id: Any) -> set[int]:
        prov = self.site.config.provenance
        if not prov:
            return set()
        return {r.get(prov.line_field) for rows in self.facts(doc_id).values() for r in rows if r.get(prov.line_field)}


FOLD = 6  # an extracted table longer than this is folded (<details>)


def _clip(text: str) -> str:
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1].rsplit(" ", 1)[0] + " …"


def build(site: Site, section: dict[str, Any], out: Output) -> None:
    Documents(site, section).build(out)
