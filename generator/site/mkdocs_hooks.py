"""MkDocs hooks (loaded from the generated site_src/hooks.py).

- The language switcher links to the same page in the other language with a *relative*
  URL on every page (the i18n plugin writes `/en/` on home pages, which breaks when the
  site is served from a sub-path).
- No `<link rel="canonical">` to the public host in the HTML (it is restored for the
  sitemap, which needs absolute URLs), and not the theme's `<link rel="alternate">`
  (language roots only).
- Our own `<link rel="alternate" hreflang>` in every page's head: the same page in each
  language and `x-default` (the default language): absolute with the site's public
  address, else relative. The theme's script that would fetch a sitemap.xml below each
  alternate link is switched off in the built bundle (prune.py). Plus the Atom feed of
  the data's editions in the page's language, when the site has one.
- The static files of docs/ (CSVs, charts, downloads…) left out of mkdocs, before the
  i18n plugin makes its file objects: `build` places them (staticreuse.py).
- A page's big HTML blocks, kept out of its Markdown, put back in place of their
  placeholders once Markdown has rendered the rest (rawblocks.py).
"""
from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import urlsplit

from mkdocs.plugins import event_priority

from generator.site import rawblocks, staticreuse

# The theme's script fetches sitemap.xml under every <link rel="alternate"> it finds,
# expecting language roots; our switcher links already point at the counterpart page.
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_ALTERNATE_START = '<link rel="alternate"'  # what every match of it holds


def _counterpart(url: str, languages: list[str], lang: str) -> str:
    rest = url
    for other in languages[1:]:
        if url == f"{other}/" or url.startswith(f"{other}/"):
            rest = url[len(other) + 1:]
            break
    prefix = "" if lang == languages[0] else f"{lang}/"
    return (prefix + rest) or "."


def _point_alternates(config: Any, url: str) -> None:
    languages = list(config.extra.get("languages") or [])
    # The i18n plugin sets `extra.alternate` as an attribute, which templates read first.
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []
    if languages:
        for alternate in alternates:
            alternate["link"] = _counterpart(url, languages, alternate["lang"])


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    _point_alternates(config, page.url)
    page._public_url = page.canonical_url
    page.canonical_url = None
    return context


@event_priority(100)  # before the i18n plugin's (-100)
def on_files(files: Any, config: Any) -> Any:
    return staticreuse.without_static(files, config)


def on_page_content(output: str, page: Any, config: Any, files: Any) -> str:
    """The page's big HTML blocks back in place of their placeholders (rawblocks.py), and
    their anchors known to mkdocs' link check, as when Markdown read them."""
    blocks = rawblocks.load(config.docs_dir, page.file.abs_src_path) or []
    if not blocks and "data-raw-block" not in output:
        return output
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= rawblocks.anchor_ids(blocks)
    return rawblocks.restore(output, blocks)


def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    """The 404 page (served at any path) switches to the language home pages."""
    if template_name == "404.html":
        _point_alternates(config, "")
    return context


def on_post_template(output: str, template_name: str, config: Any) -> str:
    """Templates rendered without a page: the 404 page (served at any path), whose links
    are from the site's root path, like the theme's own links on it."""
    if not template_name.endswith(".html"):
        return output
    output = _HEAD_ALTERNATE.sub("", output)
    if template_name == "404.html":
        root = urlsplit(config.site_url).path if config.site_url else "/"
        output = _add_to_head(output, head_links(config, "", root if root.endswith("/") else root + "/"))
    return output


def _language_of(url: str, languages: list[str]) -> str:
    for other in languages[1:]:
        if url == f"{other}/" or url.startswith(f"{other}/"):
            return other
    return languages[0]


def head_links(config: Any, url: str, from_root: str) -> str:
    """hreflang links to url's counterparts (and x-default) and the feed link; from_root:
    the prefix that leads from the page to the site root ('' with a public address)."""
    languages = list(config.extra.get("languages") or [])
    if not languages:
        return ""
    base = (config.site_url or "").rstrip("/") + "/" if config.site_url else from_root
    links = []
    for lang in languages + ["x-default"]:
        target = _counterpart(url, languages, languages[0] if lang == "x-default" else lang)
        href = base + ("" if target == "." else target)
        links.append(f'<link rel="alternate" hreflang="{html.escape(lang)}" href="{html.escape(href or "./")}">')
    feeds = config.extra.get("feeds") or {}
    lang = _language_of(url, languages)
    if feeds.get(lang):
        feed = feeds[lang]
        links.append(f'<link rel="alternate" type="application/atom+xml" title="{html.escape(feed["title"])}" '
                     f'href="{html.escape(base + feed["path"])}">')
    return "".join(f"\n    {link}" for link in links)


def _add_to_head(output: str, links: str) -> str:
    return output.replace("</head>", f"{links}\n  </head>", 1) if links else output


def _without_theme_alternates(output: str) -> str:
    """The output without the theme's alternate links, which are in its head: only the head
    is searched (a page is mostly body: the pattern tried at every position of a few hundred
    kilobytes cost most of this hook), unless the body holds such a link too."""
    head, end, body = output.partition("</head>")
    if not end or _ALTERNATE_START in body:
        return _HEAD_ALTERNATE.sub("", output)
    return _HEAD_ALTERNATE.sub("", head) + end + body


def on_post_page(output: str, page: Any, config: Any) -> str:
    page.canonical_url = getattr(page, "_public_url", page.canonical_url)
    depth = len([p for p in page.url.split("/") if p])
    return _add_to_head(_without_theme_alternates(output), head_links(config, page.url, "../" * depth))
