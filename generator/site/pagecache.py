"""Rendered pages remembered between runs, keyed by everything they are made from.

A report page depends on its report row, the rows that point at it (facts, flags), its
text file, and site-wide inputs (the site generator's code, the site config and texts, the
package's code lists). The key hashes all of those, so after `add` only the new report's
pages are rendered again; anything else that changes (code, a label, a code list) changes
every key. Entries not used by a run are deleted at its end. Entries are read and checked before use
(generator/cache.py), never linked into the site.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator import cache

SITE_CODE = Path(__file__).resolve().parent


def fingerprint(paths: list[Path]) -> str:
    """sha256 over the bytes of these files (folders: every file in them, sorted)."""
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.name).encode("utf-8") + b"\0" + file.read_bytes() + b"\0")
    return digest.hexdigest()



def plain(value: Any) -> Any:
    """What a page input is in its digest: a row (a FrozenRow, compact.py) as the dict it
    reads like, anything else JSON cannot write as its text."""
    return dict(value) if isinstance(value, Mapping) else str(value)

class PageCache:
    def __init__(self, folder: Path | None, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        self.used: set[str] = set()

    def key(self, *parts: Any) -> str:
        """The cache key of a page made of these parts (JSON-able; dump big parts once
        with `digest` and pass the digest for each language)."""
        return hashlib.sha256((self.salt + "\0" + self.digest(parts)).encode("utf-8")).hexdigest()

    @staticmethod
    def digest(parts: Any) -> str:
        text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=plain, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get(self, key: str) -> str | None:
        """The remembered page's text, if it is there and whole (cache.py checks its
        sha256: a damaged or edited entry is dropped and the page rendered again)."""
        self.used.add(key)
        if self.folder is None:
            return None
        return cache.read_text(self.folder / key)

    def keep(self, key: str) -> None:
        """An entry in use though not read this run (its page is kept in site_src/ as it
        is: filerecord.py): not pruned."""
        self.used.add(key)

    def put(self, key: str, text: str) -> None:
        """Remember a page (nothing without a cache folder)."""
        self.used.add(key)
        if self.folder is not None:
            cache.write_text(self.folder / key, text)

    def prune(self) -> None:
        """Delete the entries this run did not use."""
        if self.folder is None or not self.folder.is_dir():
            return
        for path in self.folder.iterdir():
            if path.name not in self.used:
                path.unlink()
