"""Pieces several page types use: section titles and intros, breadcrumbs, the quality-flag
table, the figure block."""
from __future__ import annotations

from typing import Any

from generator.site.html import esc, link, table, tag
from generator.site.model import Row, Site
from generator.site.view import View, page_slug


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
    """Quality flags as printed vs computed, each linked to its source line, in the page's
    language (flagtext.py). Each row has the id `f-<flag id>` that the marks beside the
    values it concerns link to (flag_mark)."""
    from generator.site import flagtext

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
    rows, ids = [], []
    for flag in flags:
        subject = view.site.record(flag.get("table") or "", flag.get("subject_id"))
        others = view.site.document_facts(flag.get("table") or "", flag.get("report_id")) if subject else []
        rows.append([
            view.cell(table_name, spec.get("check_field", "check"), flag),
            tag("span", view.cell(table_name, "severity", flag), class_=f"sev sev-{esc(flag.get('severity'))}"),
            flagtext.message_html(view, flag, subject, others),
            flagtext.value_html(view, flag, "printed"),
            flagtext.value_html(view, flag, "computed"),
            view.source(flag, short=not with_document),
        ])
        ids.append(flag_anchor(flag))
        view.listed_flags.add(flag.get("record_id"))
    return table([esc(h) for h in head], rows, label=view.t("flags.title"), row_ids=ids)


def flag_anchor(flag: Row) -> str:
    return f"f-{flag.get('record_id')}"


def flag_mark(view: View, table: str, record_id: Any) -> str:
    """The mark beside a value a quality flag concerns (empty when none does): a link to the
    flag on this page when the page lists it, else to its row on its report's page."""
    flags = view.site.flags_of(table, record_id)
    if not flags:
        return ""
    marks = []
    for flag in flags:
        anchor = flag_anchor(flag)
        if flag.get("record_id") in view.listed_flags:
            href = f"#{anchor}"
        else:
            prov = view.site.config.provenance
            href = view.href(f"{prov.documents}/{page_slug(flag.get(prov.document_field))}", anchor) if prov else f"#{anchor}"
        name = view.show(view.site.config.flags["table"], view.site.config.flags.get("check_field", "check"), flag.get("check"))
        label = view.t("flags.mark", check=name)
        marks.append(link(href, tag("span", "⚠", aria_hidden="true") + tag("span", esc(label), class_="vh"),
                          class_=f"flag flag-{esc(flag.get('severity'))}", title=label))
    return " " + "".join(marks)


def chart_files(site: Site, out: Any, spec: dict[str, Any], base: str) -> dict[str, Any]:
    """Render a chart and its phone version (charts.narrow) to `base.svg` and
    `base.narrow.svg`, with their Vega-Lite specs; returns figure()'s `chart` argument."""
    from generator.site import charts

    svg = charts.render_svg(spec, site.cache)
    small = charts.narrow(spec)
    small_svg = charts.render_svg(small, site.cache)
    out.file(f"{base}.svg", svg)
    out.file(f"{base}.vl.json", charts.spec_json(spec))
    out.file(f"{base}.narrow.svg", small_svg)
    out.file(f"{base}.narrow.vl.json", charts.spec_json(small))
    size, small_size = charts.svg_size(svg), charts.svg_size(small_svg)
    # legible on a phone: shrunk to the content width of a 360 px screen, its smallest
    # text still shows at MIN_SHOWN_FONT px or more
    legible = bool(small_size) and charts.smallest_font(small_svg) * min(1.0, charts.PHONE_CONTENT / small_size[0]) \
        >= charts.MIN_SHOWN_FONT
    return {"svg": f"{base}.svg", "size": size, "spec": f"{base}.vl.json", "narrow": f"{base}.narrow.svg",
            "narrow_size": small_size, "narrow_spec": f"{base}.narrow.vl.json", "legible": legible}


def figure(view: View, chart: dict[str, Any], alt: str, caption_html: str, downloads: list[tuple[str, str]],
           table_anchor: str = "data") -> str:
    """A pre-rendered chart (chart_files) with its text alternative, caption and download
    links. Below charts.PHONE_MAX the phone version is shown (a <picture> source); a chart
    whose text would still be too small on a phone is replaced there by a link to its table.

    With JavaScript, site.js offers an interactive version built from the spec of the
    version on screen."""
    from generator.site.charts import PHONE_MAX

    links = " · ".join(link(view.file(path), esc(text)) for path, text in downloads)
    data = {"data_spec": view.file(chart["spec"]), "data_spec_narrow": view.file(chart["narrow_spec"]),
            "data_phone": f"(max-width: {PHONE_MAX})",
            "data_bundle": view.file("assets/vega/vega-bundle.js"), "data_label": view.t("chart.interactive")}
    size, small = chart.get("size"), chart.get("narrow_size")
    dims = f' width="{size[0]}" height="{size[1]}"' if size else ""
    small_dims = f' width="{small[0]}" height="{small[1]}"' if small else ""
    img = (f'<picture><source media="(max-width: {PHONE_MAX})" srcset="{esc(view.file(chart["narrow"]))}"{small_dims}>'
           f'<img src="{esc(view.file(chart["svg"]))}" alt="{esc(alt)}"{dims}></picture>')
    note = ""
    if not chart.get("legible", True):
        note = tag("p", link(f"#{table_anchor}", esc(view.t("chart.phone_table"))), class_="chart-phone-note")
    body = img + note + f"<figcaption>{caption_html}<br>{links}</figcaption>"
    return tag("figure", body, class_="chart" + ("" if chart.get("legible", True) else " chart-wide"), **data)


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
