"""Data pages: how to download (the workbook, a zip of the whole package, each table as
CSV and JSON), the licence, the edition and how to cite it (text, APA, BibTeX,
CITATION.cff), the schema.org Dataset (JSON-LD) and the DCAT catalogue, and a data
dictionary page per table generated from its Table Schema in the page's language. The
editions and what changed: pages_editions.py."""
from __future__ import annotations

import json
import re
from typing import Any

from generator.site import catalog, citation
from generator.site.catalog import CATALOG_JSONLD, CATALOG_TTL, dataset_jsonld, script
from generator.site.common import breadcrumbs, intro_of, title_of
from generator.site.datapackage import Resource, localized
from generator.site.downloads import download_path, json_zip_path, workbook_path, zip_path
from generator.site.filefacts import row_count
from generator.site.pages_editions import editions_path, feed_path
from generator.site.html import block, esc, heading, link, plain_title, table, tag
from generator.site.output import Output
from generator.site.model import Page, Site
from generator.site.view import View, page_slug


def licence_html(view: View) -> str:
    licence = view.site.config.licence
    if not licence:
        return ""
    name = esc(licence.get("name", ""))
    named = link(licence["url"], name) if licence.get("url") else name
    return tag("p", esc(view.t("data.licence")) + " " + named + ".")


def cite_parts(view: View) -> list[str]:
    """How to cite the dataset: the short text, APA, BibTeX and CITATION.cff, in the page's
    language; a note when the build has no public address."""
    site, lang = view.site, view.lang
    parts = [heading(2, view.t("data.cite"), "cite"), tag("p", esc(view.t("data.cite_intro"))),
             tag("blockquote", tag("p", esc(citation.text(site, lang)), class_="citation"))]
    parts.append(heading(3, view.t("data.cite_apa"), "cite-apa"))
    parts.append(tag("p", esc(citation.apa(site, lang)), class_="citation"))
    parts.append(heading(3, view.t("data.cite_bibtex"), "cite-bibtex"))
    parts.append(tag("pre", tag("code", esc(citation.bibtex(site, lang))), class_="citation"))
    parts.append(heading(3, view.t("data.cite_cff"), "cite-cff"))
    parts.append(tag("pre", tag("code", esc(citation.cff(site, lang))), class_="citation"))
    if not site.config.site_url:
        parts.append(tag("p", esc(view.t("data.cite_local"))))
    return parts


def index_page(site: Site, section: dict[str, Any], lang: str, year: str) -> Page:
    view = View(site, lang, section["slug"])
    title = title_of(site, section, lang)
    pkg = site.package
    parts = [breadcrumbs(view, []), f"# {esc(title)}", intro_of(site, section, lang)]
    parts.append(tag("p", tag("strong", esc(pkg.title(lang))) + "<br>" + esc(pkg.description(lang))))
    parts.append(licence_html(view))
    if site.figures.version:
        parts.append(tag("p", esc(view.t("data.latest_edition", version=site.figures.version, date=view.date(site.figures.updated))) +
                          " " + view.link(editions_path(site), view.t("data.editions")) + " · " +
                          link(view.file(feed_path(site, lang)), esc(view.t("data.feed")), type="application/atom+xml")))
    parts.append(heading(2, view.t("data.download"), "download"))
    parts.append(tag("ul", "".join([
        tag("li", link(view.file(workbook_path(site)), esc(view.t("data.workbook")), download=True) + " " + esc(view.t("data.workbook_note"))),
        tag("li", link(view.file(zip_path(site)), esc(view.t("data.zip")), download=True) + " " + esc(view.t("data.zip_note"))),
        tag("li", link(view.file(json_zip_path(site)), esc(view.t("data.json_zip")), download=True) + " " + esc(view.t("data.json_zip_note"))),
        tag("li", link(view.file(download_path(site, "datapackage.json")), "datapackage.json") + " " + esc(view.t("data.descriptor_note"))),
        tag("li", link(view.file(CATALOG_TTL), esc(view.t("data.catalog_ttl"))) + " · " +
            link(view.file(CATALOG_JSONLD), esc(view.t("data.catalog_jsonld")))),
    ])))
    head = [view.t("data.table"), view.t("listing.description"), view.t("listing.rows"), view.t("data.files")]
    body = []
    for name, res in pkg.resources.items():
        files = link(view.file(download_path(site, res.path)), "CSV")
        body.append([view.link(f"{section['slug']}/{page_slug(name)}", res.title(lang)) + f"<br><code>{esc(name)}</code>",
                     esc(res.description(lang)), esc(view.number(row_count(site, name))), files])
    parts.append(table([esc(h) for h in head], body, row_headers=True, numeric=[2], label=view.t("data.tables")))
    notes = site.labels[lang].get(f"sections.{section['slug']}.notes")
    if notes:
        parts.append(str(notes))
    parts += cite_parts(view)
    parts.append(tag("p", esc(view.t("data.jsonld_note"))))
    parts.append(script(dataset_jsonld(site, lang, section["slug"])))
    return Page(section["slug"], plain_title(title), block(*parts))


def constraints_text(view: View, field: dict[str, Any]) -> str:
    """A field's constraints (HTML): the codes a column may hold are values of the data,
    written as code (with their name in the page's language where the site has one)."""
    parts = []
    for key, value in sorted((field.get("constraints") or {}).items()):
        if key == "required" and value:
            parts.append(esc(view.t("data.required")))
        elif key == "enum":
            codes = []
            for code in value:
                name = view.L.get(f"values.{field.get('name')}.{code}")
                codes.append(f"<code>{esc(code)}</code>" + (f" ({esc(name)})" if name else ""))
            parts.append(esc(view.t("data.enum")) + " " + ", ".join(codes))
        elif key != "required":
            parts.append(f"<code>{esc(key)}: {esc(json.dumps(value, ensure_ascii=False))}</code>")
    return "; ".join(parts)


def dictionary_page(site: Site, section: dict[str, Any], lang: str, res: Resource) -> Page:
    path = f"{section['slug']}/{page_slug(res.name)}"
    view = View(site, lang, path)
    title = res.title(lang)
    parts = [breadcrumbs(view, [(section["slug"], title_of(site, section, lang))]), f"# {esc(title)}",
             tag("p", esc(res.description(lang))),
             tag("p", " · ".join([link(view.file(download_path(site, res.path)), esc(f"{res.path} (CSV)")),
                                 link(view.file(json_zip_path(site)), esc(view.t("data.json_zip")), download=True)]))]
    facts = [(view.t("data.name"), f"<code>{esc(res.name)}</code>"), (view.t("listing.rows"), esc(view.number(row_count(site, res.name))))]
    if res.primary_key:
        facts.append((view.t("data.primary_key"), ", ".join(f"<code>{esc(k)}</code>" for k in res.primary_key)))
    for fk in res.schema.get("foreignKeys", []):
        fields = fk["fields"] if isinstance(fk["fields"], list) else [fk["fields"]]
        target = fk["reference"].get("resource") or res.name
        ref = fk["reference"]["fields"]
        ref = ref if isinstance(ref, list) else [ref]
        target_link = view.link(f"{section['slug']}/{page_slug(target)}", target) if target in site.package.resources else esc(target)
        facts.append((view.t("data.foreign_key"), f"<code>{esc(', '.join(fields))}</code> → {target_link} (<code>{esc(', '.join(ref))}</code>)"))
    parts.append(tag("dl", "".join(tag("dt", esc(k)) + tag("dd", v) for k, v in facts), class_="facts"))
    parts.append(heading(2, view.t("data.fields"), "fields"))
    head = [view.t("data.name"), view.t("data.type"), view.t("data.title"), view.t("listing.description"), view.t("data.constraints")]
    body = [[f"<code>{esc(f['name'])}</code>", esc(view.L.get(f"data.types.{f.get('type', 'string')}") or f.get("type", "string")),
             esc(localized(f, "title", lang) or ""), _described(view, localized(f, "description", lang) or ""),
             constraints_text(view, f)] for f in res.fields]
    parts.append(table([esc(h) for h in head], body, row_headers=True, label=view.t("data.fields")))
    return Page(path, plain_title(title), block(*parts), description=plain_title(res.description(lang), 300))


_PARENS = re.compile(r"\(([^()]*)\)")
_VI = re.compile(r"[À-ỹĐđ]")
_WORD = re.compile(r"(?<![\w/.])([a-z][a-z0-9_]*)(?![\w/])")


def _codes(site: Site) -> frozenset[str]:
    """Every field name and enum code of the package: the data's own words."""
    codes = set()
    for res in site.package.resources.values():
        for f in res.fields:
            codes.add(f["name"])
            codes.update(str(v) for v in (f.get("constraints") or {}).get("enum", []))
    return frozenset(codes)


def _described(view: View, text: str) -> str:
    """A field's description (HTML): on pages of another language than the codes', the
    field names and codes it mentions (`period`, `cumulative`, `online / total`) are
    written as code, so they read as values of the data, not words."""
    out = esc(text)
    if view.lang == "en":  # the report's words it gives as examples: Vietnamese
        return _PARENS.sub(lambda m: "(" + ", ".join(tag("span", part.strip(), lang="vi") if _VI.search(part) else part.strip()
                                                     for part in m.group(1).split(",")) + ")", out)
    codes = _codes(view.site)
    return _WORD.sub(lambda m: f"<code>{m.group(1)}</code>" if m.group(1) in codes else m.group(1), out)


def build(site: Site, section: dict[str, Any], out: Output, year: str) -> None:
    """The data page, the data dictionary and the catalogue; the editions pages are
    written apart (pages_editions.build: generate.py runs them in its second process)."""
    for lang in site.config.languages:
        out.page(lang, index_page(site, section, lang, year))
        for res in site.package.resources.values():
            out.page(lang, dictionary_page(site, section, lang, res))
    catalog.build(site, out)
