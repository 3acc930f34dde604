"""How to cite the dataset, in each language: plain text, APA, BibTeX and CITATION.cff.

The address comes from the site config (`site_url`); a local build has none, so its
citations name no address at all (never a placeholder). The edition (version, last
updated) is the package's (editions.py).
"""
from __future__ import annotations

import re

from generator.site import fmt
from generator.site.model import Site

_BIBTEX_SPECIAL = re.compile(r"([{}\\%&$#_^~])")


def _year(site: Site) -> str:
    return fmt.year(site.figures.updated) or ""


def data_url(site: Site, lang: str) -> str:
    """The data page's public address, or '' in a local build."""
    return site.figures.permalink(lang, site.data_slug) if site.config.site_url and site.data_slug else ""


def apa(site: Site, lang: str) -> str:
    t = site.labels[lang].t
    version = site.figures.version
    parts = [f"{site.config.publisher[lang]}. ({_year(site) or t('cite.no_year')}). {site.package.title(lang)}"]
    if version:
        parts.append(" " + t("cite.apa_version", version=version))
    parts.append(" " + t("cite.apa_kind") + ".")
    url = data_url(site, lang)
    return "".join(parts) + (f" {url}" if url else "")


def text(site: Site, lang: str) -> str:
    """The short citation the data page shows first."""
    t = site.labels[lang].t
    edition = site.figures.edition_text(lang)
    base = t("data.cite_text", publisher=site.config.publisher[lang], year=_year(site), title=site.package.title(lang))
    url = data_url(site, lang)
    edition = edition[:1].upper() + edition[1:] if edition else ""
    return " ".join(p for p in (base, edition + "." if edition else "", url) if p)


def _bib(value: str) -> str:
    return _BIBTEX_SPECIAL.sub(r"\\\1", value)


def bibtex(site: Site, lang: str) -> str:
    t = site.labels[lang].t
    version = site.figures.version
    key = re.sub(r"[^A-Za-z0-9]+", "-", f"{site.package.name}-{version or _year(site)}").strip("-")
    fields = [("author", "{" + _bib(site.config.publisher[lang]) + "}"), ("title", "{" + _bib(site.package.title(lang)) + "}"),
              ("year", _bib(_year(site)))]
    if version:
        fields.append(("version", _bib(version)))
    url = data_url(site, lang)
    if url:
        fields.append(("url", _bib(url)))
    licence = site.config.licence.get("name", "")
    fields.append(("note", _bib(t("cite.bibtex_note", licence=licence, date=fmt.date(site.figures.updated, lang)).strip())))
    fields.append(("language", t("cite.bibtex_language")))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields if value)
    return f"@misc{{{key},\n{body}\n}}"


def _yaml_text(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cff(site: Site, lang: str) -> str:
    """CITATION.cff (Citation File Format 1.2.0) for the dataset, its texts in lang."""
    t = site.labels[lang].t
    lines = ["cff-version: 1.2.0", f"message: {_yaml_text(t('cite.cff_message'))}", "type: dataset",
             f"title: {_yaml_text(site.package.title(lang))}", "authors:", f"  - name: {_yaml_text(site.config.publisher[lang])}"]
    if site.figures.version:
        lines.append(f"version: {_yaml_text(site.figures.version)}")
    if site.figures.updated:
        lines.append(f"date-released: {_yaml_text(site.figures.updated)}")
    licence = (site.package.descriptor.get("licenses") or [{}])[0].get("name")
    if licence:
        lines.append(f"license: {_yaml_text(str(licence))}")
    url = data_url(site, lang)
    if url:
        lines.append(f"url: {_yaml_text(url)}")
    description = site.package.description(lang)
    if description:
        lines.append(f"abstract: {_yaml_text(description)}")
    return "\n".join(lines) + "\n"
