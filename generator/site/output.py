"""Where generated pages and files go: written straight into the docs folder of a staging
copy of site_src/ (so a national-scale run never holds every page in memory), with a
check that no two pages claim the same URL. Every write goes through generator.atomic
(`put`, `copy_file`): counted for fault injection, mode 0644; nothing is linked from a
cache. With a file record (filerecord.py), a file made from what made it last time is
linked from the tree in place instead of written: a cached page is not even read from
the page cache."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import yaml

from generator.atomic import copy_file, put
from generator.site.filerecord import FileRecord, digest_of

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
    def __init__(self, docs: Path, previous: Path | None = None, record: FileRecord | None = None) -> None:
        """docs: the staging docs folder; previous: the docs folder it will replace (a copied
        file whose bytes did not change is linked to the previous one instead); record: what
        each file in place was made from (a file made from the same is kept, not written)."""
        self.docs = docs
        self.previous = previous
        self.record = record
        self.stamps = docs.parent / "stamps"
        self.pages: set[tuple[str, str]] = set()
        self.files: set[str] = set()

    def stamped(self, lang: str, page: Page, cache: Any = None, key: str = "") -> None:
        """A page rendered outside mkdocs from its section's template (stamps.py); its
        body is HTML, not Markdown. With a page cache, the fragment is remembered under key."""
        self._stamped(lang, page, cache, key, self._claim_stamp(lang, page.path))

    def _stamped(self, lang: str, page: Page, cache: Any, key: str, target: Path) -> None:
        body = unique_region_labels(spaced(page.body))
        text = stamps.fragment(page.title, page.description, body + (fold_block(body) + title_block(page.title) if page.index else ""), page.edition)
        if cache is not None:
            cache.put(key, text)
        self._put(target, text, f"page {key}" if cache is not None else None)

    def stamped_cached(self, lang: str, path: str, cache: Any, key: str, render: Callable[[], Page]) -> None:
        """A stamped page remembered under key in the page cache (its verified text is
        written; a damaged entry counts as missing), else render()ed and remembered. Kept
        without reading the cache when the file in place was made from the same key."""
        target = self._claim_stamp(lang, path)
        if self._kept([target], f"page {key}"):
            cache.keep(key)
            return
        remembered = cache.get(key)
        if remembered is not None:
            self._put(target, remembered, f"page {key}")
        else:
            self._stamped(lang, render(), cache, key, target)

    def _claim_stamp(self, lang: str, path: str) -> Path:
        self._claim(lang, path)
        section, slug = path.rsplit("/", 1)
        return self.stamps / lang / section / f"{slug}.html"

    def page(self, lang: str, page: Page) -> None:
        self._claim(lang, page.path)
        self._write_markdown(lang, page.path, page_markdown(page))

    def page_cached(self, lang: str, path: str, cache: Any, key: str, render: Callable[[], Page]) -> None:
        """A page remembered under key in the page cache (its verified Markdown is written;
        a damaged entry counts as missing), else render()ed and remembered. Kept without
        reading the cache when the files in place were made from the same key."""
        self._claim(lang, path)
        if self._kept(self._markdown_files(lang, path), f"page {key}"):
            cache.keep(key)
            return
        text = cache.get(key)
        if text is None:
            page = render()
            if page.path != path:
                raise ValueError(f"page {page.path!r} rendered for {path!r}")
            text = page_markdown(page)
            cache.put(key, text)
        self._write_markdown(lang, path, text, f"page {key}")

    def _write_markdown(self, lang: str, path: str, markdown: str, made: str | None = None) -> None:
        # the big HTML blocks beside the Markdown, put back after it is rendered (rawblocks.py)
        files = self._markdown_files(lang, path)
        text, blocks = rawblocks.split(markdown)
        self._put(files[0], text, made)
        if blocks:
            self._put(files[1], rawblocks.dumps(blocks), made)

    def _markdown_files(self, lang: str, path: str) -> list[Path]:
        """A page's Markdown, then the file of its raw blocks (when it has any)."""
        markdown = self.docs / lang / path / "index.md"
        return [markdown, rawblocks.sidecar(self.docs, markdown)]

    def _claim_file(self, path: str) -> Path:
        """The staging path of a file at the docs root, claimed once."""
        if path in self.files:
            raise ValueError(f"two files at {path}")
        self.files.add(path)
        return self.docs / path

    def _claim(self, lang: str, path: str) -> None:
        key = (lang, path)
        if key in self.pages:
            raise ValueError(f"two pages at {lang}:{path or '/'}")
        self.pages.add(key)

    def file(self, path: str, data: bytes | str | Path, digest: str | None = None) -> str:
        """A file at the docs root (bytes, text, or a file to copy: a package file, whose
        sha256 is digest when known); returns its path."""
        target = self._claim_file(path)
        if self.record is None:
            if isinstance(data, Path):
                copy_file(data, target, self.previous / path if self.previous else None)
            else:
                put(target, data)
        elif isinstance(data, Path):
            self.record.copy(self._rel(target), data, digest or digest_of(data.read_bytes()))
        else:
            self.record.put(self._rel(target), data)
        return path

    def file_cached(self, path: str, cache: Any, key: str, make: Callable[[], str]) -> str:
        """A file at the docs root remembered under key in a page cache (make()d and
        remembered when missing); kept without reading the cache when the file in place
        was made from the same key."""
        target = self._claim_file(path)
        if self._kept([target], f"file {key}"):
            cache.keep(key)
            return path
        text = cache.get(key)
        if text is None:
            text = make()
            cache.put(key, text)
        self._put(target, text, f"file {key}")
        return path

    def written(self) -> dict[str, Any] | None:
        """What this process made (a second process's, sent to the first: `absorb`)."""
        return self.record.state() if self.record is not None else None

    def absorb(self, state: dict[str, Any] | None) -> None:
        if self.record is not None:
            self.record.absorb(state)

    # ---------------------------------------------------------------- the file record

    def _rel(self, path: Path) -> str:
        return path.relative_to(self.docs.parent).as_posix()

    def _kept(self, paths: list[Path], made: str) -> bool:
        """The files at paths, made from the same last time and still in place: kept."""
        return self.record is not None and self.record.keep([self._rel(p) for p in paths], made)

    def _put(self, path: Path, data: bytes | str, made: str | None = None) -> None:
        """A file made from `made` (else from its bytes), linked when its bytes are the ones
        in place (the record knows)."""
        if self.record is None:
            put(path, data)
        else:
            self.record.put(self._rel(path), data, made)
