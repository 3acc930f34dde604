"""After mkdocs and Pagefind: drop what the site never loads, and make sure no theme
script can reach another host.

- The theme's lunr search worker and language files (we use Pagefind instead).
- Pagefind's alternative UIs (the page uses pagefind-ui.js only).
- In the theme bundle, the remote addresses of code paths we never enable or that only
  old browsers take (a ResizeObserver polyfill and mermaid from unpkg.com, the GitHub API
  for repository facts) are replaced by `about:blank#`: such a browser then simply goes
  without, instead of fetching from another host.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from generator.atomic import put

UNUSED = ("assets/javascripts/lunr", "assets/javascripts/workers")
UNUSED_GLOBS = ("pagefind/pagefind-component-ui.*", "pagefind/pagefind-modular-ui.*")
REMOTE = ("https://unpkg.com/", "https://api.github.com/")


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
        put(bundle, text)  # the staged site: mode set at the swap
