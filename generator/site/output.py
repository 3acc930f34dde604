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
from generator.site.filerecord import FileRecord, digest_of, made_from

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
        digest = made_from("page", key) if cache is not None else digest_of(text)
        if not self._kept([target], digest):
            self._put(target, text, digest)

    def stamped_cached(self, lang: str, path: str, cache: Any, key: str, render: Callable[[], Page]) -> None:
        """A stamped page remembered under key in the page cache (its verified text is
        written; a damaged entry counts as missing), else render()ed and remembered. Kept
        without reading the cache when the file in place was made from the same key."""
        target = self._claim_stamp(lang, path)
        if self._kept([target], made_from("page", key)):
            cache.keep(key)
            return
        remembered = cache.get(key)
        if remembered is not None:
            self._put(target, remembered, made_from("page", key))
        else:
            self._stamped(lang, render(), cache, key, target)

    def _claim_stamp(self, lang: str, path: str) -> Path:
        self._claim(lang, path)
        section, slug = path.rsplit("/", 1)
        return self.stamps / lang / section / f"{slug}.html"

    def page(self, lang: str, page: Page) -> None:
        markdown = page_markdown(page)  # written in two files: what made them, not their bytes
        self._markdown(lang, page.path, markdown, made_from("markdown", digest_of(markdown)))

    def page_cached(self, lang: str, path: str, cache: Any, key: str, render: Callable[[], Page]) -> None:
        """A page remembered under key in the page cache (its verified Markdown is written;
        a damaged entry counts as missing), else render()ed and remembered. Kept without
        reading the cache when the files in place were made from the same key."""
        self._claim(lang, path)
        if self._kept(self._markdown_files(lang, path), made_from("page", key)):
            cache.keep(key)
            return
        text = cache.get(key)
        if text is None:
            page = render()
            if page.path != path:
                raise ValueError(f"page {page.path!r} rendered for {path!r}")
            text = page_markdown(page)
            cache.put(key, text)
        self._write_markdown(lang, path, text, made_from("page", key))

    def _markdown(self, lang: str, path: str, markdown: str, digest: str) -> None:
        self._claim(lang, path)
        if not self._kept(self._markdown_files(lang, path), digest):
            self._write_markdown(lang, path, markdown, digest)

    def _write_markdown(self, lang: str, path: str, markdown: str, digest: str) -> None:
        # the big HTML blocks beside the Markdown, put back after it is rendered (rawblocks.py)
        files = self._markdown_files(lang, path)
        text, blocks = rawblocks.split(markdown)
        self._put(files[0], text, digest)
        if blocks:
            self._put(files[1], rawblocks.dumps(blocks), digest)

    def _markdown_files(self, lang: str, path: str) -> list[Path]:
        """A page's Markdown, then the file of its raw blocks (when it has any)."""
        markdown = self.docs / lang / path / "index.md"
        return [markdown, rawblocks.sidecar(self.docs, markdown)]

    def _claim(self, lang: str, path: str) -> None:
        key = (lang, path)
        if key in self.pages:
            raise ValueError(f"two pages at {lang}:{path or '/'}")
        self.pages.add(key)

    def file(self, path: str, data: bytes | str | Path, digest: str | None = None) -> str:
        """A file at the docs root (bytes, text, or a file to copy: a package file, whose
        sha256 is digest when known); returns its path."""
        if path in self.files:
            raise ValueError(f"two files at {path}")
        self.files.add(path)
        target = self.docs / path
        if isinstance(data, Path):
            digest = digest or digest_of(data.read_bytes())
            if not self._kept([target], digest):
                differs = self._wrote(target, digest)
                copy_file(data, target, self.previous / path if self.previous and not differs else None)
        else:
            digest = digest_of(data)
            if not self._kept([target], digest):
                self._put(target, data, digest)
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

    def _kept(self, paths: list[Path], digest: str) -> bool:
        """The files at paths, made from digest last time and still in place: kept."""
        return self.record is not None and self.record.keep([self._rel(p) for p in paths], digest)

    def _wrote(self, path: Path, digest: str) -> bool:
        """Note a file written from digest; True when it is known to differ from the one in place."""
        return self.record is not None and self.record.wrote(self._rel(path), digest)

    def _put(self, path: Path, data: bytes | str, digest: str) -> None:
        put(path, data)
        self._wrote(path, digest)
