"""Pieces several page types use: section titles and intros, breadcrumbs, the quality-flag
table, the figure block."""
from __future__ import annotations

from typing import Any

from generator.site.html import esc, link, table, tag
from generator.site.model import Row, Site
from generator.site.view import View


class TableSection:
    """A section made from one table of the package (series, status, listing, documents).
    Each can also show its rows of one place on that place's page (pages_places.py):
    `place_keys()`, `place_inputs(key)` (for the page cache) and `place_parts(view, key)`."""

    def __init__(self, site: Site, section: dict[str, Any]) -> None:
        self.site = site
        self.section = section
        self.slug = section["slug"]
        self.table = section["table"]


def section_text(site: Site, section: dict[str, Any], lang: str, key: str, default: str = "") -> str:
    """A section's title/intro: from the site config, else the texts files."""
    own = section.get(key)
    if isinstance(own, dict) and own.get(lang):
        return str(own[lang])
    if isinstance(own, str):
        return own
    value = site.labels[lang].get(f"sections.{section['slug']}.{key}")
    return str(value) if value is not None else default


def title_of(site: Site, section: dict[str, Any], lang: str) -> str:
    return section_text(site, section, lang, "title", section["slug"])


def intro_of(site: Site, section: dict[str, Any], lang: str) -> str:
    """Trusted Markdown from our own texts (never from the package)."""
    return section_text(site, section, lang, "intro")


def breadcrumbs(view: View, trail: list[tuple[str, str]]) -> str:
    """A 'you are here' line: (path, title) pairs from home to the parent page."""
    items = [tag("li", view.link("", view.t("nav.home")))]
    items += [tag("li", view.link(path, title)) for path, title in trail]
    return tag("nav", tag("ol", "".join(items)), class_="crumbs", aria_label=view.t("common.breadcrumbs"))


def flags_table(view: View, flags: list[Row], with_document: bool = True) -> str:
    """Quality flags as printed vs computed, each linked to its source line."""
    spec = view.site.config.flags
    if not spec or not flags:
        return ""
    table_name = spec["table"]
    head = [view.site.field_title(table_name, spec.get("check_field", "check"), view.lang),
            view.site.field_title(table_name, "severity", view.lang),
            view.t("flags.message"),
            view.site.field_title(table_name, "printed", view.lang),
            view.site.field_title(table_name, "computed", view.lang),
            view.t("common.source")]
    rows = []
    for flag in flags:
        message = flag.get(f"message_{view.lang}") or flag.get("message")
        rows.append([
            view.cell(table_name, spec.get("check_field", "check"), flag),
            tag("span", view.cell(table_name, "severity", flag), class_=f"sev sev-{esc(flag.get('severity'))}"),
            esc(message),
            esc(flag.get("printed")),
            esc(flag.get("computed")),
            view.source(flag, short=not with_document),
        ])
    return table([esc(h) for h in head], rows, label=view.t("flags.title"))


def figure(view: View, svg_path: str, alt: str, caption_html: str, downloads: list[tuple[str, str]],
           spec_path: str | None = None, size: tuple[int, int] | None = None) -> str:
    """A pre-rendered chart with its text alternative, caption and download links.

    With JavaScript, site.js offers an interactive version built from spec_path."""
    links = " · ".join(link(view.file(path), esc(text)) for path, text in downloads)
    data = {}
    if spec_path:
        data = {"data_spec": view.file(spec_path), "data_bundle": view.file("assets/vega/vega-bundle.js"),
                "data_label": view.t("chart.interactive")}
    dims = f' width="{size[0]}" height="{size[1]}"' if size else ""
    img = f'<img src="{esc(view.file(svg_path))}" alt="{esc(alt)}"{dims}>'
    body = img + f"<figcaption>{caption_html}<br>{links}</figcaption>"
    return tag("figure", body, class_="chart", **data)


def cite_cell(view: View, row: Row) -> str:
    """'Cite' that opens the figure's citation (document, line, quote, dataset edition,
    permanent link): no script needed. Left out of the search index (it repeats the
    report's issuer on every row, which would outrank the place's own page)."""
    text = view.site.figures.figure_citation(row, view.lang, html=True)
    return tag("details", tag("summary", esc(view.t("cite.summary"))) + tag("p", text), class_="cite", data_pagefind_ignore=True)


def compare_note(view: View, table: str, rows: list[Row], dates: bool = True) -> str:
    """The warning shown above figures side by side whose scopes differ or whose dates
    are more than a reporting period apart (empty when they compare)."""
    note = view.site.figures.comparability(table, rows, view.lang, dates=dates)
    return tag("p", tag("strong", esc(view.t("compare.title"))) + " " + esc(note), class_="compare") if note else ""
