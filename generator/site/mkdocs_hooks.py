"""MkDocs hooks (loaded from the generated site_src/hooks.py).

- The language switcher links to the same page in the other language with a *relative*
  URL on every page (the i18n plugin writes `/en/` on home pages, which breaks when the
  site is served from a sub-path).
- No `<link rel="canonical">` to the public host in the HTML (it is restored for the
  sitemap, which needs absolute URLs), and no `<link rel="alternate">` in the head (the
  theme's script would fetch a sitemap.xml below each one).
"""
from __future__ import annotations

import re
from typing import Any

# The theme's script fetches sitemap.xml under every <link rel="alternate"> it finds,
# expecting language roots; our switcher links already point at the counterpart page.
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


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


def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    """The 404 page (served at any path) switches to the language home pages."""
    if template_name == "404.html":
        _point_alternates(config, "")
    return context


def on_post_template(output: str, template_name: str, config: Any) -> str:
    return _HEAD_ALTERNATE.sub("", output) if template_name.endswith(".html") else output


def on_post_page(output: str, page: Any, config: Any) -> str:
    page.canonical_url = getattr(page, "_public_url", page.canonical_url)
    return _HEAD_ALTERNATE.sub("", output)
