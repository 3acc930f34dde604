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


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    languages = list(config.extra.get("languages") or [])
    alternates = config.extra.get("alternate") or []
    if languages:
        for alternate in alternates:
            alternate["link"] = _counterpart(page.url, languages, alternate["lang"])
    page._public_url = page.canonical_url
    page.canonical_url = None
    return context


def on_post_page(output: str, page: Any, config: Any) -> str:
    page.canonical_url = getattr(page, "_public_url", page.canonical_url)
    return _HEAD_ALTERNATE.sub("", output)
