"""After mkdocs and Pagefind: drop what the site never loads, and make sure no theme
script can reach another host.

- The theme's lunr search worker and language files (we use Pagefind instead).
- Pagefind's alternative UIs (the page uses pagefind-ui.js only).
- In the theme bundle, the remote addresses of code paths we never enable or that only
  old browsers take (a ResizeObserver polyfill and mermaid from unpkg.com, the GitHub API
  for repository facts) are replaced by `about:blank#`: such a browser then simply goes
  without, instead of fetching from another host.
- The theme's lookup of a sitemap.xml below each `<link rel="alternate">` matches no link
  (our hreflang links are page-level; mkdocs_hooks.py).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from generator.atomic import put

UNUSED = ("assets/javascripts/lunr", "assets/javascripts/workers")
UNUSED_GLOBS = ("pagefind/pagefind-component-ui.*", "pagefind/pagefind-modular-ui.*")
REMOTE = ("https://unpkg.com/", "https://api.github.com/")
# The theme fetches a sitemap.xml below every <link rel="alternate"> of a page (to keep
# the reader on the same page when switching language); our hreflang links point at the
# page itself in each language, and our switcher already does that: match none of them.
ALTERNATE_SELECTOR = ('"link[rel=alternate]"', '"link[rel=alternate][data-theme-sitemap]"')


def prune(site_dir: Path) -> None:
    for rel in UNUSED:
        shutil.rmtree(site_dir / rel, ignore_errors=True)
    for pattern in UNUSED_GLOBS:
        for path in site_dir.glob(pattern):
            path.unlink()
    for bundle in sorted((site_dir / "assets" / "javascripts").glob("bundle.*.js")):
        text = bundle.read_text(encoding="utf-8")
        for remote in REMOTE:
            text = text.replace(remote, "about:blank#")
        text = text.replace(*ALTERNATE_SELECTOR)
        put(bundle, text)  # the staged site: mode set at the swap
