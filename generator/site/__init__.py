"""The bilingual static site, generated from a validated data package and a small site
config (site_config.yml). `generate_site` writes the Markdown sources into site_src/;
`build_site` runs mkdocs (strict) and Pagefind into site/. See docs/site.md."""
from __future__ import annotations

from generator.site.build import build_site
from generator.site.generate import generate_site

__all__ = ["generate_site", "build_site"]
