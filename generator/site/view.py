"""Per-language, per-page helpers: relative links (the site works from any sub-path and
any static host), labels, and the cells every table shares (a value, its source line).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from generator.site import fmt
from generator.site.html import esc, link
from generator.site.labels import Labels
from generator.site.model import Row, Site
from generator.site.slug import page_slug  # noqa: F401  (re-exported for the page modules)



@lru_cache(maxsize=65536)
def relative(target: str, start: str) -> str:
    """posixpath.relpath for clean site paths ('a/b', '.'), without its filesystem calls."""
    to = [p for p in target.split("/") if p and p != "."]
    here = [p for p in start.split("/") if p and p != "."]
    common = 0
    while common < min(len(to), len(here)) and to[common] == here[common]:
        common += 1
    parts = [".."] * (len(here) - common) + to[common:]
    return "/".join(parts) or "."


def lang_prefix(site: Site, lang: str) -> str:
    return "" if lang == site.config.default_language else f"{lang}/"


class View:
    def __init__(self, site: Site, lang: str, path: str) -> None:
        self.site = site
        self.lang = lang
        self.path = path.strip("/")
        self.L: Labels = site.labels[lang]
        # the quality flags this page lists (their rows have ids): marks beside the values
        # they concern link here instead of to the report page (common.flag_mark)
        self.listed_flags: set[Any] = set()

    # -- links --------------------------------------------------------------------------
    def _from(self) -> str:
        here = lang_prefix(self.site, self.lang) + (self.path + "/" if self.path else "")
        return here or "."

    def _rel(self, target: str, is_dir: bool) -> str:
        rel = relative(target, self._from())
        if is_dir:
            return "./" if rel == "." else rel + "/"
        return rel

    def href(self, path: str, anchor: str = "") -> str:
        """Relative URL of a page of this language (path like 'reports/x')."""
        target = (lang_prefix(self.site, self.lang) + path.strip("/")).strip("/")
        url = self._rel(target, True)
        return f"{url}#{anchor}" if anchor else url

    def file(self, path: str) -> str:
        """Relative URL of a file at the site root (downloads, charts, assets)."""
        return self._rel(path.strip("/"), False)

    def link(self, path: str, text: Any, anchor: str = "") -> str:
        return link(self.href(path, anchor), esc(text))

    # -- cells --------------------------------------------------------------------------
    def t(self, key: str, **values: Any) -> str:
        return self.L.t(key, **values)

    def show(self, table: str, name: str, value: Any) -> str:
        return self.site.display(table, name, value, self.lang)

    def place(self, table: str, name: str, value: Any, anchor: str = "") -> str:
        """A place's name (HTML), linked to its place page when it has one."""
        path = self.site.place_path(value)
        text = self.show(table, name, value)
        return self.link(path, text, anchor) if path else esc(text)

    def cell(self, table: str, name: str, row: Row) -> str:
        """A cell's display text (HTML); text a report printed (site config `quoted`) is
        marked with its language on pages of another language."""
        return self.quoted(name, esc(self.show(table, name, row.get(name))))

    def quoted(self, name: str, text_html: str) -> str:
        """text_html marked with the language it was printed in when the field holds text as
        a report printed it (site config `quoted`) and the page is in another language."""
        quoted = self.site.config.quoted
        if text_html and quoted.get("lang") and quoted["lang"] != self.lang and name in quoted.get("fields", ()):
            return f'<span lang="{esc(quoted["lang"])}">{text_html}</span>'
        return text_html

    def date(self, value: Any) -> str:
        return fmt.date(value, self.lang)

    def number(self, value: Any) -> str:
        return fmt.number(value, self.lang)

    def source(self, row: Row, short: bool = False, brief: bool = False) -> str:
        """A link to the exact line of the document a fact came from (HTML): 'line 12'
        (short: the document is named nearby), 'Monthly report, line 12' (brief: place and
        date are in the same row), or the document's full label and the line."""
        prov = self.site.config.provenance
        if not prov or row.get(prov.document_field) is None:
            return ""
        doc_id = row[prov.document_field]
        line = row.get(prov.line_field)
        where = self.t("common.line", line=line) if line else ""
        anchor = f"L{line}" if line else ""
        label = "" if short else self.site.document_label(doc_id, self.lang, short=brief)
        text = ", ".join(p for p in (label, where) if p)
        return link(self.href(f"{prov.documents}/{page_slug(doc_id)}", anchor), esc(text))

    def document(self, doc_id: Any, brief: bool = False, anchor: str = "") -> str:
        prov = self.site.config.provenance
        if not prov:
            return esc(doc_id)
        return self.link(f"{prov.documents}/{page_slug(doc_id)}", self.site.document_label(doc_id, self.lang, short=brief), anchor)
