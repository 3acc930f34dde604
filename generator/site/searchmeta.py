"""What the search index reads besides a page's text (Pagefind, search.py):

- `title_block`: the page's title with every mark folded (`Bình Định Province` ->
  `binh dinh province`), hidden and weighted 10 (Pagefind's highest): a place or an
  indicator is found first by its own name, typed with or without marks, in either
  language (the English index folds no Vietnamese marks; the Vietnamese one folds all but
  `đ`);
- `names`: the names of places, indicators, services and models for the search page,
  which lists those matching what was typed first (marks optional, in both languages);
- `spaced`: a line break between neighbouring cells, items and paragraphs, so the words
  of two cells never run together in a result's snippet.
"""
from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from generator.fold import fold
from generator.site.html import esc

if TYPE_CHECKING:
    from generator.site.model import Site

_BLOCK_END = re.compile(r"(</(?:td|th|tr|dt|dd|li|p|caption|summary|h[1-6])>)(?=<)")


def title_block(title: str) -> str:
    words = fold(title or "")
    return f'<p class="fold" hidden data-pagefind-weight="10">{esc(words)}</p>\n' if words else ""


def spaced(body: str) -> str:
    return _BLOCK_END.sub("\\1\n", body)


def names(site: "Site", builders: dict[str, Any], lang: str) -> str:
    """The names of the pages a reader looks for by name (places, indicators, services,
    pilot models) as JSON for the search page (assets/search.js): each with its folded
    form, its path from the language root and its section's title. The search page lists
    the names that match what was typed (marks optional) above the full-text results."""
    from generator.site.common import title_of
    from generator.site.view import View

    entries = []
    for slug, builder in builders.items():
        section = site.config.section(slug)
        kind = title_of(site, section, lang)
        if hasattr(builder, "lineage"):  # the place pages
            view = View(site, lang, slug)
            for key in builder.ordered(view):
                name = builder.lineage.name(view, key)
                entries.append({"n": name, "f": fold(name), "u": f"{builder.path(key)}/", "k": kind})
        elif hasattr(builder, "by_entity") and hasattr(builder, "entities"):
            for entity in builder.entities():
                if builder.by_entity.get(entity):
                    name = site.display(builder.table, builder.entity, entity, lang)
                    entries.append({"n": name, "f": fold(name), "u": f"{builder.path(entity)}/", "k": kind})
    return json.dumps(entries, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
