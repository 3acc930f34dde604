"""Listing pages: rows of a table split into one page per place (or any field) and grouped
inside it (plan tasks by year; quality flags by document and check). The index counts
rows per page and category, so no page lists everything.

Section config keys: table, split_by, [group_by] (fields, or `year` of the row's time),
[latest] (per page and first group, only the latest document's rows), [columns],
[count_by], [summary_by], [text_lang].
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import cached_property
from typing import Any

from generator.site import fmt
from generator.site.common import TableSection, breadcrumbs, intro_of, title_of
from generator.site.datapackage import localized
from generator.site.html import block, esc, heading, plain_title, table, tag
from generator.site.output import Output
from generator.site.model import Page, Row, Site
from generator.site.view import View, page_slug


class Listing(TableSection):
    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        super().__init__(site, section)
        self.split = section.get("split_by") or site.place_field(section)
        self.groups = list(section.get("group_by", []))
        prov = site.config.provenance
        self.doc_field = prov.document_field if prov else None
        self.line_field = prov.line_field if prov else None
        self.rows = sorted(site.rows(self.table), key=self._order)
        self.pages: dict[Any, list[Row]] = defaultdict(list)
        for row in self.rows:
            self.pages[row.get(self.split)].append(row)

    def _order(self, row: Row) -> tuple:
        return tuple(str(self.value(row, g) or "") for g in self.groups) + \
            (str(self.site.time_of(row, self.section) or ""), str(row.get(self.doc_field) or ""), row.get(self.line_field) or 0)

    def value(self, row: Row, name: str) -> Any:
        if name == "year":
            return fmt.year(self.site.time_of(row, self.section))
        return row.get(name)

    def show(self, view: View, row: Row, name: str) -> str:
        if name == "year":
            return self.value(row, name)
        own = localized(row, name, view.lang)
        if f"{name}_{view.lang}" in row and own is not None:
            return str(own)
        return view.show(self.table, name, row.get(name))

    def title_for(self, view: View, name: str) -> str:
        if name == "year":
            return view.t("listing.year")
        own = f"{name}_{view.lang}"
        if self.site.package.resource(self.table).field(own):
            return self.site.field_title(self.table, own, view.lang)
        return self.site.field_title(self.table, name, view.lang)

    def path(self, key: Any) -> str:
        return f"{self.slug}/{page_slug(key if key is not None else 'none')}"

    def link_to(self, view: View, key: Any) -> str:
        """A split key's name, linked to its rows: its own page, or its place page's part."""
        if self.site.on_place_pages(self.section):
            return view.place(self.table, self.split, key, anchor=self.slug)
        return view.link(self.path(key), self.split_name(view, key))

    def split_name(self, view: View, key: Any) -> str:
        return view.show(self.table, self.split, key) if key is not None else view.t("listing.none")

    # -- pages --------------------------------------------------------------------------
    def build(self, out: Output) -> None:
        for lang in self.site.config.languages:
            out.page(lang, self.index_page(lang))
            if not self.site.on_place_pages(self.section):
                for key in sorted(self.pages, key=lambda k: str(k or "")):
                    out.page(lang, self.split_page(lang, key))

    # -- on place pages -----------------------------------------------------------------
    def place_keys(self) -> set[Any]:
        return set(self.pages)

    def place_inputs(self, key: Any) -> list[Any]:
        """What this section's part of a place page is made of (page cache key): its rows,
        and the categories its counts have columns for (those of the whole table)."""
        return [self.categories, self.pages.get(key, [])]

    def place_count(self, key: Any) -> int:
        """How many rows the place's part shows (the latest document's, with `latest`)."""
        rows = self.pages.get(key) or []
        return len(self.shown_rows(rows)[0]) if rows else 0

    def place_parts(self, view: View, key: Any) -> list[str]:
        """With `latest` (plan tasks): the latest document's rows, grouped as on a page of
        their own. Otherwise (quality flags: hundreds per place) a count per document and
        category, each linking to the document."""
        rows = self.pages.get(key)
        if not rows:
            return []
        if self.section.get("latest") or not self.doc_field:
            shown, others = self.shown_rows(rows)
            return self.grouped(view, shown, others, 0, [self.slug], [], base=3)
        return [self.document_counts(view, rows)]

    def document_counts(self, view: View, rows: list[Row]) -> str:
        cats = self.categories
        count_by = self.section.get("count_by")
        per_doc: dict[Any, Counter] = defaultdict(Counter)
        for row in rows:
            per_doc[row.get(self.doc_field)][row.get(count_by) if count_by else None] += 1
        docs = self.site.documents
        head = [view.t("series.when"), view.t("common.document"), view.t("listing.rows")] + [view.show(self.table, count_by, c) for c in cats]
        body = []
        time_of = {doc: self.site.time_of(self.site.document_rows.get(doc, {}), docs) if docs else None for doc in per_doc}
        for doc in sorted(per_doc, key=lambda d: (str(time_of[d] or ""), str(d)), reverse=True):
            counts = per_doc[doc]
            body.append([esc(view.date(time_of[doc])), view.document(doc, brief=True, anchor="quality"),
                         esc(view.number(sum(counts.values())))] +
                        [esc(view.number(counts.get(c, 0))) for c in cats])
        return table([esc(h) for h in head], body, row_headers=True, numeric=range(2, 3 + len(cats)),
                     label=title_of(self.site, self.section, view.lang))

    @cached_property
    def categories(self) -> list[Any]:
        name = self.section.get("count_by")
        if not name:
            return []
        fk = self.site.package.foreign_key(self.table, name)
        values = {r.get(name) for r in self.rows}
        if fk:
            return [r[fk[1]] for r in self.site.package.rows(fk[0]) if r[fk[1]] in values]
        enum = self.site.field(self.table, name).get("constraints", {}).get("enum")
        return [v for v in enum if v in values] if enum else sorted(values, key=str)

    def shown_rows(self, rows: list[Row]) -> tuple[list[Row], dict[Any, list[Any]]]:
        """With `latest`, keep per first group only the latest document's rows; also return
        the other documents that listed the same group."""
        if not self.section.get("latest") or not self.doc_field:
            return rows, {}
        first = self.groups[0] if self.groups else None
        docs: dict[Any, dict[Any, str]] = defaultdict(dict)
        for row in rows:
            docs[self.value(row, first) if first else None][row.get(self.doc_field)] = str(self.site.time_of(row, self.section) or "")
        keep = {g: max(d.items(), key=lambda kv: (kv[1], str(kv[0])))[0] for g, d in docs.items()}
        others = {g: sorted((k for k in d if k != keep[g]), key=lambda k: (d[k], str(k)), reverse=True) for g, d in docs.items()}
        shown = [r for r in rows if r.get(self.doc_field) == keep[self.value(r, first) if first else None]]
        return shown, others

    def index_page(self, lang: str) -> Page:
        view = View(self.site, lang, self.slug)
        title = title_of(self.site, self.section, lang)
        cats = self.categories
        count_by = self.section.get("count_by")
        head = [self.title_for(view, self.split), view.t("listing.rows")]
        head += [view.show(self.table, count_by, c) for c in cats] + [view.t("series.when")]
        rows = []
        for key in sorted(self.pages, key=lambda k: str(k or "")):
            shown, _ = self.shown_rows(self.pages[key])
            counts = Counter(r.get(count_by) for r in shown) if count_by else Counter()
            times = [str(self.site.time_of(r, self.section) or "") for r in shown]
            rows.append([self.link_to(view, key), esc(view.number(len(shown)))] +
                        [esc(view.number(counts.get(c, 0))) for c in cats] + [esc(view.date(max(times)) if times else "")])
        parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(self.site, self.section, lang)]
        if rows:
            parts.append(table([esc(h) for h in head], rows, row_headers=True, numeric=range(1, 2 + len(cats)), label=title))
        else:
            parts.append(tag("p", esc(view.t("series.no_data"))))
        summary = self.section.get("summary_by")
        if summary and self.rows:
            parts.append(heading(2, view.t("listing.summary", field=self.title_for(view, summary)), "summary"))
            parts.append(self.summary_table(view, summary))
        return Page(self.slug, plain_title(title), block(*parts))

    def summary_table(self, view: View, name: str) -> str:
        counts = Counter(r.get(name) for r in self.rows)
        code = self.site.package.foreign_key(self.table, name)
        head = [self.title_for(view, name), view.t("listing.description"), view.t("listing.rows")]
        body = []
        for value, count in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            row = self.site.package.code_row(self.table, name, value) if code else None
            description = localized(row, "description", view.lang) if row else ""
            body.append([esc(view.show(self.table, name, value)), esc(description or ""), esc(view.number(count))])
        return table([esc(h) for h in head], body, row_headers=True, numeric=[2], label=head[0])

    def split_page(self, lang: str, key: Any) -> Page:
        path = self.path(key)
        view = View(self.site, lang, path)
        name = self.split_name(view, key)
        section_title = title_of(self.site, self.section, lang)
        shown, others = self.shown_rows(self.pages[key])
        title = f"{section_title}: {name}"
        parts = [breadcrumbs(view, [(self.slug, section_title)]), f"# {esc(title)}"]
        parts += self.grouped(view, shown, others, 0, [], [])
        return Page(path, plain_title(title), block(*parts))

    def grouped(self, view: View, rows: list[Row], others: dict[Any, list[Any]], level: int, trail: list[str],
                labels: list[str], base: int = 2) -> list[str]:
        if level >= len(self.groups):
            return [self.rows_table(view, rows, " — ".join(labels) or None)]
        name = self.groups[level]
        out: list[str] = []
        buckets: dict[Any, list[Row]] = defaultdict(list)
        for row in rows:
            buckets[self.value(row, name)].append(row)
        for value in sorted(buckets, key=lambda v: str(v or ""), reverse=(name == "year")):
            bucket = buckets[value]
            anchor = "-".join(trail + [page_slug(value if value not in (None, "") else "none")])
            label = self.group_label(view, name, value, bucket[0])
            out.append(heading(base + level, label, f"g-{anchor}"))
            if name == self.doc_field:
                out.append(tag("p", view.document(value)))
            if level == 0 and self.section.get("latest") and self.doc_field:
                out.append(self.latest_note(view, bucket[0], others.get(value, [])))
            out += self.grouped(view, bucket, others, level + 1, trail + [page_slug(value or "none")], labels + [label], base)
        return out

    def group_label(self, view: View, name: str, value: Any, row: Row) -> str:
        if name == self.doc_field:
            return self.site.document_label(value, view.lang)
        text = self.show(view, row, name) if value not in (None, "") else view.t("listing.none")
        return f"{self.title_for(view, name)}: {text}" if name != "year" else text

    def latest_note(self, view: View, row: Row, others: list[Any]) -> str:
        note = view.t("listing.latest_from") + " " + view.document(row.get(self.doc_field))
        if others:
            note += ". " + esc(view.t("listing.also_in")) + " " + ", ".join(view.document(d) for d in others)
        return tag("p", note)

    def rows_table(self, view: View, rows: list[Row], label: str | None = None) -> str:
        columns = self.section.get("columns") or [c for c in self.site.package.resource(self.table).field_names
                                                   if c not in self.groups and c != self.split]
        head = [esc(self.title_for(view, c)) for c in columns]
        short = bool(self.section.get("latest")) or self.doc_field in self.groups
        if self.doc_field:
            head.append(esc(view.t("common.source")))
        text_lang = self.section.get("text_lang")
        texts = set(self.section.get("texts", []))
        body = []
        for row in rows:
            cells = []
            for c in columns:
                content = esc(self.show(view, row, c))
                cells.append(tag("span", content, lang=text_lang) if c in texts and text_lang and content else content)
            if self.doc_field:
                cells.append(view.source(row, short=short))
            body.append(cells)
        numeric = [i for i, c in enumerate(columns) if self.site.field(self.table, c).get("type") in ("number", "integer")]
        return table(head, body, numeric=numeric, label=label or self.site.package.resource(self.table).title(view.lang))


def build(site: Site, section: dict[str, Any], out: Output) -> None:
    Listing(site, section).build(out)
