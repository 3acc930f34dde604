"""Stamped pages: thousands of pages of one shape (a report, a place) rendered outside mkdocs.

mkdocs renders one template page per language and section (`<section>/_stamp_/`), whose
content is a marked placeholder; after the build every page of that shape is the template
with its title, description, path and content put in. The theme, header, navigation and
language switcher are therefore exactly mkdocs-material's, at a fraction of the cost of
rendering each page (docs/scale.md: a bare mkdocs build of 13,000 report pages alone
would take minutes).

Generate stage: `template_page` (Markdown, under docs/) and `fragment` (one file per page
under `stamps/<lang>/<path>.html`: a JSON line with title and description, then the
content HTML). Build stage: `apply` writes the pages into the built site and fixes the
sitemap.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

from generator.atomic import link_previous, put
from generator.deps import stat_of
from generator.site.html import esc, md
from generator.site.model import Page

SLUG = "_stamp_"
TITLE = "@@stamp-title@@"
DESCRIPTION = "@@stamp-description@@"
START, END = "<!--stamp-->", "<!--/stamp-->"
H1_ID = "title"  # the id of every stamped page's h1 (the theme's skip link points at it)
INDEXED = b"data-pagefind-body"  # search.MARK: what Pagefind indexes
# the footer's edition (mkdocs_config.footer): a stamped page names its own
EDITION_MARK = "data-edition"
EDITION = re.compile(r'(<span ' + EDITION_MARK + r'>)[^<]*(</span>)')
_URL = re.compile(r"\s*<url>\s*<loc>[^<]*?/" + re.escape(SLUG) + r"/</loc>.*?</url>", re.S)


def template_page(section_slug: str, headings: list[tuple[int, str, str]], index: bool = True) -> Page:
    """The template of a section's stamped pages. Its headings (level, text, id) are the
    ones every stamped page has, so the table of contents beside the content is right.
    index=False keeps the section's pages out of the search index."""
    lines = [START, f"# {TITLE} {{#{H1_ID}}}"]
    lines += [f"{'#' * level} {md(text)} {{#{anchor}}}" for level, text, anchor in headings]
    lines.append(END)
    return Page(f"{section_slug}/{SLUG}", TITLE, "\n\n".join(lines) + "\n", description=DESCRIPTION, index=index)


def fragment(title: str, description: str, body_html: str, edition: str = "") -> str:
    meta = {"title": title, "description": description, **({"edition": edition} if edition else {})}
    return json.dumps(meta, ensure_ascii=False) + "\n" + body_html


def apply(site_dir: Path, stamps_dir: Path, languages: list[str], site_url: str, previous: Path | None = None,
          remembered: dict[str, Any] | None = None, made: dict[str, Any] | None = None) -> int:
    """Write every stamped page into the built site; returns how many.

    With `previous` (the published site) and `remembered` (what the last build recorded
    in `made`: per page, its fragment's size, mtime and inode, its template's digest and
    the page's own), a page whose fragment and template are those of the last build, and
    whose published file is as that build left it, becomes a link to that file: no
    reading, filling or comparing (deps.py records `made` once the site is swapped in)."""
    count = 0
    remembered = remembered or {}
    sitemap_entries: dict[str, list[str]] = {}
    for lang in languages:
        prefix = "" if lang == languages[0] else f"{lang}/"
        lang_dir = stamps_dir / lang
        if not lang_dir.is_dir():
            continue
        for section_dir in sorted(p for p in lang_dir.iterdir() if p.is_dir()):
            template_dir = site_dir / prefix / section_dir.name / SLUG
            template = (template_dir / "index.html").read_text(encoding="utf-8")
            head, rest = template.split(START, 1)
            _, tail = rest.split(END, 1)
            head = re.sub(r"<p>\s*$", "", head)  # the markers' own paragraph, if Markdown made one
            tail = re.sub(r"^\s*</p>", "", tail)
            # a page naming its own edition does not depend on the template's
            shell = _digest(EDITION.sub(r"\1\2", head) + "\0" + EDITION.sub(r"\1\2", tail))
            full = _digest(head + "\0" + tail)
            slugs = []
            for path in sorted(section_dir.glob("*.html")):
                slug = path.stem
                rel = f"{prefix}{section_dir.name}/{slug}/index.html"
                target = site_dir / rel
                st = os.stat(path)
                signature = [st.st_size, st.st_mtime_ns, st.st_ino]
                old = remembered.get(rel)
                if (isinstance(old, dict) and previous is not None and old.get("fragment") == signature
                        and old.get("template") == (shell if old.get("own_edition") else full)
                        and old.get("page") == stat_of(previous / rel) and link_previous(previous / rel, target)):
                    own = bool(old.get("own_edition"))
                    known = {k: old[k] for k in ("sha", "indexed") if k in old}
                else:
                    meta_line, body = path.read_text(encoding="utf-8").split("\n", 1)
                    meta = json.loads(meta_line)
                    own = bool(meta.get("edition"))
                    html = _fill(head, meta, slug) + body + _fill(tail, meta, slug)
                    put(target, html)  # the staged site: no atomic write needed
                    data = html.encode("utf-8")
                    known = {"sha": hashlib.sha256(data).hexdigest(), "indexed": INDEXED in data}
                if made is not None:  # what the next build and the search index (search.py) need to know
                    made[rel] = {"fragment": signature, "template": shell if own else full, "own_edition": own, **known}
                slugs.append(slug)
                count += 1
            shutil.rmtree(template_dir)
            sitemap_entries[f"{prefix}{section_dir.name}"] = slugs
    _fix_sitemap(site_dir, sitemap_entries, site_url)
    return count


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _fill(html: str, meta: dict[str, str], slug: str) -> str:
    html = html.replace(f"/{SLUG}/", f"/{slug}/").replace(TITLE, esc(meta["title"])).replace(DESCRIPTION, esc(meta["description"]))
    if meta.get("edition"):  # the edition the page's figures come from (views.Figures.edition_of)
        html = EDITION.sub(lambda m: m.group(1) + esc(meta["edition"]) + m.group(2), html)
    return html


def _fix_sitemap(site_dir: Path, entries: dict[str, list[str]], site_url: str) -> None:
    """The template's sitemap entries become one per stamped page."""
    sitemap = site_dir / "sitemap.xml"
    if not sitemap.is_file():
        return
    text = sitemap.read_text(encoding="utf-8")

    def expand(match: re.Match[str]) -> str:
        entry = match.group(0)
        for section, slugs in entries.items():
            # absolute addresses, or paths from the root in a build without a public address
            if re.search(rf"(?:^|[/>]){re.escape(section)}/{SLUG}/</loc>", entry) or f"{site_url.rstrip('/')}/{section}/{SLUG}/" in entry:
                return "".join(entry.replace(f"/{SLUG}/", f"/{slug}/") for slug in slugs)
        return ""

    text = _URL.sub(expand, text)
    put(sitemap, text)
    gz = site_dir / "sitemap.xml.gz"
    if gz.is_file():
        put(gz, gzip.compress(text.encode("utf-8"), mtime=0))
