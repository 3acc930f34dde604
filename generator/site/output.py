"""Where generated pages and files go: written straight into the docs folder of a staging
copy of site_src/ (so a national-scale run never holds every page in memory), with a
check that no two pages claim the same URL. Every write goes through generator.atomic
(`put`, `copy_file`): counted for fault injection, mode 0644; nothing is linked from a
cache."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import yaml

from generator.atomic import copy_file, put

from generator.site import rawblocks, stamps
from generator.site.html import unique_region_labels
from generator.site.model import Page
from generator.site.search import fold_block
from generator.site.searchmeta import spaced, title_block


def page_markdown(page: Page) -> str:
    """Front matter (title, description; `noindex` keeps a page out of search) + body, and
    the hidden folded words that let a search without `đ` find the page."""
    meta: dict[str, object] = {"title": page.title}
    if page.description:
        meta["description"] = page.description
    if not page.index:
        meta["noindex"] = True
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=True, width=1000)
    body = unique_region_labels(spaced(page.body))
    title = title_block(page.title) if page.title != stamps.TITLE else ""  # a stamped page's own title is added when stamped
    return f"---\n{front}---\n\n{body}\n{fold_block(body) + title if page.index else ''}"


class Output:
    def __init__(self, docs: Path, previous: Path | None = None) -> None:
        """docs: the staging docs folder; previous: the docs folder it will replace (a copied
        file whose bytes did not change is linked to the previous one instead)."""
        self.docs = docs
        self.previous = previous
        self.stamps = docs.parent / "stamps"
        self.pages: set[tuple[str, str]] = set()
        self.files: set[str] = set()

    def stamped(self, lang: str, page: Page, cache: Any = None, key: str = "") -> None:
        """A page rendered outside mkdocs from its section's template (stamps.py); its
        body is HTML, not Markdown. With a page cache, the fragment is remembered under key."""
        body = unique_region_labels(spaced(page.body))
        text = stamps.fragment(page.title, page.description, body + (fold_block(body) + title_block(page.title) if page.index else ""), page.edition)
        if cache is not None:
            cache.put(key, text)
        put(self._stamp_target(lang, page.path), text)

    def stamped_cached(self, lang: str, path: str, cache: Any, key: str, render: Callable[[], Page]) -> None:
        """A stamped page remembered under key in the page cache (its verified text is
        written; a damaged entry counts as missing), else render()ed and remembered."""
        remembered = cache.get(key)
        if remembered is not None:
            put(self._stamp_target(lang, path), remembered)
        else:
            self.stamped(lang, render(), cache, key)

    def _stamp_target(self, lang: str, path: str) -> Path:
        key = (lang, path)
        if key in self.pages:
            raise ValueError(f"two pages at {lang}:{path or '/'}")
        self.pages.add(key)
        section, slug = path.rsplit("/", 1)
        return self.stamps / lang / section / f"{slug}.html"

    def page(self, lang: str, page: Page) -> None:
        self._markdown(lang, page.path, page_markdown(page))

    def page_cached(self, lang: str, path: str, cache: Any, key: str, render: Callable[[], Page]) -> None:
        """A page remembered under key in the page cache (its verified Markdown is written;
        a damaged entry counts as missing), else render()ed and remembered."""
        text = cache.get(key)
        if text is None:
            page = render()
            if page.path != path:
                raise ValueError(f"page {page.path!r} rendered for {path!r}")
            text = page_markdown(page)
            cache.put(key, text)
        self._markdown(lang, path, text)

    def _markdown(self, lang: str, path: str, markdown: str) -> None:
        key = (lang, path)
        if key in self.pages:
            raise ValueError(f"two pages at {lang}:{path or '/'}")
        self.pages.add(key)
        # the big HTML blocks beside the Markdown, put back after it is rendered (rawblocks.py)
        text, blocks = rawblocks.split(markdown)
        put(self.docs / lang / path / "index.md", text)
        if blocks:
            put(rawblocks.sidecar(self.docs, self.docs / lang / path / "index.md"), rawblocks.dumps(blocks))

    def file(self, path: str, data: bytes | str | Path) -> str:
        """A file at the docs root (bytes, text, or a file to copy: a package file); returns
        its path."""
        if path in self.files:
            raise ValueError(f"two files at {path}")
        self.files.add(path)
        if isinstance(data, Path):
            copy_file(data, self.docs / path, self.previous / path if self.previous else None)
        else:
            put(self.docs / path, data)
        return path
