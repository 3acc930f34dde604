"""Pages made of our own texts: the home page (with the latest figures and documents drawn
from the package), about/methodology (Markdown from the texts files, optionally with a
code list such as the checks), and the search page (Pagefind, served from the site)."""
from __future__ import annotations

from typing import Any

from generator.site.common import intro_of, title_of
from generator.site.datapackage import localized
from generator.site.downloads import workbook_path, zip_path
from generator.site.html import block, esc, heading, link, plain_title, table, tag
from generator.site.output import Output
from generator.site.model import Page, Site
from generator.site.pages_series import Series
from generator.site.view import View, page_slug


def home_page(site: Site, lang: str) -> Page:
    view = View(site, lang, "")
    title = site.config.title[lang]
    parts = [f"# {esc(title)}", str(site.labels[lang].get("home.intro") or esc(site.config.description[lang]))]
    parts += headlines(site, view)
    parts += news(site, view)
    parts.append(heading(2, view.t("home.explore"), "explore"))
    items = []
    for section in site.config.sections:
        if section["type"] == "search":
            continue
        summary = site.labels[lang].get(f"sections.{section['slug']}.summary")
        items.append(tag("li", view.link(section["slug"], title_of(site, section, lang)) + (f": {esc(summary)}" if summary else "")))
    parts.append(tag("ul", "".join(items), class_="explore"))
    data = site.config.sections_of("data")
    if data:
        parts.append(heading(2, view.t("home.download"), "download"))
        parts.append(tag("p", esc(view.t("home.download_text")) + " " +
                         view.link(data[0]["slug"], title_of(site, data[0], lang)) + " · " +
                         link(view.file(workbook_path(site)), esc(view.t("data.workbook")), download=True) + " · " +
                         link(view.file(zip_path(site)), esc(view.t("data.zip")), download=True)))
    return Page("", plain_title(title), block(*parts), description=plain_title(site.config.description[lang], 300))


def headlines(site: Site, view: View) -> list[str]:
    """The latest value of the featured indicators, each with its change since its place's
    previous report, its flags, its targets' status and its source."""
    rows = []
    for section in site.config.sections_of("series"):
        if not section.get("headline"):
            continue
        series = site.progress.series if site.progress and site.progress.series.slug == section["slug"] else Series(site, section)
        for item in series.headlines(view.lang):
            rows.append((series, item))
    if not rows:
        return []
    featured = [f for s in site.config.sections_of("series") for f in s.get("featured", [])]
    if featured:
        rows.sort(key=lambda si: featured.index(si[1]["entity"]) if si[1]["entity"] in featured else len(featured))
    rows = rows[: site.config.headline_limit]
    cards = []
    for series, item in rows:
        row = item["row"]
        place = row.get(site.place_field(series.section))
        series_rows = series.place_latest(place)[1].get(series.series_key(row), [row])
        cards.append(series.card(view, row, series_rows, with_place=True, csv=item["csv"]))
    # different indicators, places and dates side by side: say when the dates are far apart
    note = site.figures.comparability("", [item["row"] for _, item in rows], view.lang, dates=True, scopes=False) if rows else ""
    return [heading(2, view.t("home.latest"), "latest"), tag("p", esc(view.t("home.latest_intro"))),
            tag("ul", "".join(cards), class_="cards")] + \
        ([tag("p", tag("strong", esc(view.t("compare.title"))) + " " + esc(note), class_="compare")] if note else [])


def news(site: Site, view: View) -> list[str]:
    """The latest documents, with how many figures each gave (a table: readable without
    JavaScript and by screen readers)."""
    docs = site.documents
    if not docs:
        return []
    rows = sorted(site.rows(docs["table"]), key=lambda r: (str(site.time_of(r, docs) or ""), str(r[docs["key"]])), reverse=True)
    head = [view.t("home.period"), view.t("common.document"), view.t("reading.title")]
    body = []
    for row in rows[: site.config.news_limit]:
        doc_id = row[docs["key"]]
        body.append([esc(site.period_of(row, docs, view.lang)),
                     view.link(f"{docs['slug']}/{page_slug(doc_id)}", site.document_label(doc_id, view.lang)),
                     esc(site.reading_text(doc_id, view.lang))])
    return [heading(2, view.t("home.news"), "news"), tag("p", esc(view.t("home.news_intro"))),
            table([esc(h) for h in head], body, row_headers=True, numeric=[2], label=view.t("home.news")),
            tag("p", view.link(docs["slug"], view.t("home.all_documents")))]


def text_page(site: Site, section: dict[str, Any], lang: str) -> Page:
    view = View(site, lang, section["slug"])
    title = title_of(site, section, lang)
    parts = [f"# {esc(title)}", intro_of(site, section, lang), str(site.labels[lang].get(f"sections.{section['slug']}.body") or "")]
    for include in section.get("include", []):
        parts += included_table(site, view, include)
    return Page(section["slug"], plain_title(title), block(*parts))


def included_table(site: Site, view: View, include: dict[str, Any]) -> list[str]:
    name = include["table"]
    if not site.package.has(name):
        return []
    res = site.package.resource(name)
    columns = include["columns"]
    titles = []
    for c in columns:
        field = res.field(f"{c}_{view.lang}") or res.field(c)
        custom = site.labels[view.lang].get(f"fields.{c}")  # `name`, not the schema's "Name (en)"
        titles.append(str(custom or (localized(field, "title", view.lang) if field else c)))
    body = []
    for row in res.rows:
        cells = []
        for c in columns:
            own = row.get(f"{c}_{view.lang}")
            cells.append(esc(own if own is not None else view.show(name, c, row.get(c))))
        body.append(cells)
    return [heading(2, res.title(view.lang), f"t-{name}"), table([esc(t) for t in titles], body, row_headers=True, label=res.title(view.lang))]


def search_page(site: Site, section: dict[str, Any], lang: str) -> Page:
    view = View(site, lang, section["slug"])
    title = title_of(site, section, lang)
    ui = (f'<link rel="stylesheet" href="{esc(view.file("pagefind/pagefind-ui.css"))}">\n'
          f'<div id="site-search" data-placeholder="{esc(view.t("search.placeholder"))}" data-label="{esc(view.t("search.label"))}"'
          f' data-names="{esc(view.file(f"assets/names.{lang}.json"))}" data-root="{esc(view.href(""))}"'
          f' data-names-title="{esc(view.t("search.names_title"))}"></div>\n'
          f'<noscript><p>{esc(view.t("search.noscript"))}</p></noscript>\n'
          f'<script src="{esc(view.file("pagefind/pagefind-ui.js"))}"></script>\n'
          f'<script src="{esc(view.file("assets/search.js"))}"></script>')
    return Page(section["slug"], plain_title(title), block(f"# {esc(title)}", intro_of(site, section, lang), ui), index=False)


def build(site: Site, out: Output) -> None:
    for lang in site.config.languages:
        out.page(lang, home_page(site, lang))
        for section in site.config.sections:
            if section["type"] == "text":
                out.page(lang, text_page(site, section, lang))
            elif section["type"] == "search":
                out.page(lang, search_page(site, section, lang))
