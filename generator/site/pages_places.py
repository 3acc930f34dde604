"""Place pages: one page per place (the site's `place` field) with what every other section
knows about it: the latest value of each indicator and service, the latest status list,
the latest plan tasks, its documents and their quality-flag counts. At national scale this
one page per place replaces thousands of entity × place pages (docs/scale.md).

Section config keys: [include] (slugs of the sections shown on each place page, in that
order; default: every series, status, listing and documents section), [describe]
(fields of the place's code-list row shown at the top, e.g. level, parent).
"""
from __future__ import annotations

from collections import defaultdict
from functools import cached_property
from typing import Any

from generator.site.common import breadcrumbs, intro_of, title_of
from generator.site import stamps
from generator.site.mkdocs_config import footer_edition
from generator.site.html import block, esc, heading, headings_as_html, html_heading, plain_title, tag
from generator.site.model import Page, Site
from generator.site.output import Output
from generator.site.view import View

INCLUDED_TYPES = ("series", "status", "listing", "documents")


class Places:
    """Needs the other sections' page builders (common.TableSection), by slug."""

    def __init__(self, site: Site, section: dict[str, Any], builders: dict[str, Any]) -> None:
        self.site = site
        self.section = section
        self.slug = section["slug"]
        self.field = site.config.place
        wanted = section.get("include") or [s["slug"] for s in site.config.sections if s["type"] in INCLUDED_TYPES]
        self.parts = [(site.config.section(slug), builders[slug]) for slug in wanted if slug in builders]
        self.keys: set[Any] = set()
        for _, builder in self.parts:
            self.keys |= {k for k in builder.place_keys() if k is not None}
        self.table = self._table()
        site.places, site.place_keys = self.slug, frozenset(self.keys)
        site.place_sections = frozenset(s["slug"] for s, _ in self.parts)

    def _table(self) -> str | None:
        """A table that has the place field (to name places through its foreign key)."""
        for section, _ in self.parts:
            if self.field in self.site.package.resource(section["table"]).field_names:
                return section["table"]
        join = self.site.config.join
        return join.table if join else None

    def path(self, key: Any) -> str:
        return self.site.place_path(key)

    def name(self, view: View, key: Any) -> str:
        return view.show(self.table, self.field, key) if self.table else str(key)

    def code_row(self, key: Any) -> dict[str, Any]:
        return (self.site.package.code_row(self.table, self.field, key) or {}) if self.table else {}

    def ordered(self, view: View) -> list[Any]:
        return sorted(self.keys, key=lambda k: (self.name(view, k).casefold(), str(k)))

    # -- pages --------------------------------------------------------------------------
    def build(self, out: Output) -> None:
        """The index and template per language, then every place's page: taken from the
        page cache when none of its rows changed (pagecache.py)."""
        for lang in self.site.config.languages:
            out.page(lang, self.index_page(lang))
            out.page(lang, stamps.template_page(self.slug, [(2, title_of(self.site, s, lang), s["slug"]) for s, _ in self.parts]))
        cache = self.site.page_cache(self.slug)
        every = sorted(map(str, self.keys))  # a parent links to its page only if it has one
        for key in sorted(self.keys, key=str):
            inputs = cache.digest([every, [[section["slug"], builder.place_inputs(key)] for section, builder in self.parts],
                                   self.edition(key)])
            for lang in self.site.config.languages:
                out.stamped_cached(lang, self.path(key), cache, cache.key("place", self.slug, lang, key, inputs),
                                   lambda lang=lang, key=key: self.place_page(lang, key))
        cache.prune()

    def index_page(self, lang: str) -> Page:
        view = View(self.site, lang, self.slug)
        title = title_of(self.site, self.section, lang)
        parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(self.site, self.section, lang)]
        describe = [d for d in self.section.get("group_by", []) if d]
        buckets: dict[str, list[Any]] = defaultdict(list)
        for key in self.ordered(view):
            label = self.describe_value(view, key, describe[0]) if describe else ""
            buckets[label].append(key)
        for label in sorted(buckets, key=lambda b: (b == "", b)):
            if describe:
                parts.append(heading(2, label or view.t("listing.none"), f"g-{label or 'none'}"))
            items = [tag("li", view.link(self.path(key), self.name(view, key))) for key in buckets[label]]
            parts.append(tag("ul", "".join(items), class_="columns"))
        return Page(self.slug, plain_title(title), block(*parts))

    def describe_value(self, view: View, key: Any, name: str) -> str:
        value = self.code_row(key).get(name)
        if value in (None, ""):
            return ""
        fk = self.site.package.foreign_key(self.table, self.field) if self.table else None
        return view.show(fk[0], name, value) if fk else str(value)

    def facts(self, view: View, key: Any) -> str:
        fk = self.site.package.foreign_key(self.table, self.field) if self.table else None
        items = []
        for name in self.section.get("describe", []):
            value = self.code_row(key).get(name)
            if value in (None, "") or not fk:
                continue
            text = esc(view.show(fk[0], name, value))
            if value in self.keys and name != self.field:  # a field naming another place (the parent)
                text = view.link(self.path(value), view.show(self.table, self.field, value))
            items.append(tag("dt", esc(self.site.field_title(fk[0], name, view.lang))) + tag("dd", text))
        return tag("dl", "".join(items), class_="facts") if items else ""

    def place_page(self, lang: str, key: Any) -> Page:
        """One place's page, stamped from the section's template (hundreds of places): an
        HTML body with the same headings as the template, one per included section."""
        path = self.path(key)
        view = View(self.site, lang, path)
        name = self.name(view, key)
        parts = [breadcrumbs(view, [(self.slug, title_of(self.site, self.section, lang))]),
                 html_heading(1, name, stamps.H1_ID), self.facts(view, key)]
        for section, builder in self.parts:
            parts.append(html_heading(2, title_of(self.site, section, lang), section["slug"]))
            parts += builder.place_parts(view, key) or [tag("p", esc(view.t("series.no_data")))]
        summary = view.t("places.summary", name=name, sections=", ".join(title_of(self.site, s, lang) for s, b in self.parts))
        edition = footer_edition(self.site, lang, self.edition(key)) if self.site.figures.version else ""
        return Page(path, plain_title(name), headings_as_html(block(*parts)), description=plain_title(summary, 300), edition=edition)

    @cached_property
    def documents_by_place(self) -> dict[Any, list[Any]]:
        docs = self.site.documents
        out: dict[Any, list[Any]] = defaultdict(list)
        if docs:
            place = self.site.place_field(docs)
            for row in self.site.rows(docs["table"]):
                out[row.get(place)].append(row[docs["key"]])
        return out

    def edition(self, key: Any) -> tuple[str, str]:
        """The edition a place's figures were last published or changed in (its footer's)."""
        return self.site.figures.edition_of(self.documents_by_place.get(key, []))

