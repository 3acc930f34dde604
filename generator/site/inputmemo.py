"""Page-input digests remembered between runs (issue 13): what a page reads, hashed once.

A cached page's key (pagecache.py) hashes every row the page reads. Computing it means
dumping those rows, for every page, on every run: for thousands of report pages that is
most of what a run does when one report was added. This memo remembers, per page, the
digest of its inputs under a *source signature*: the [size, mtime, inode] of each package
file its rows were read from (the package writer keeps an unchanged file's, generator/parts.py)
and whatever else the digest covers that is not in those files. When the signature is the
one recorded, the files hold the same bytes, so the rows and the digest are the same: the
rows are not dumped again. Any other signature (a file rewritten, a row in another file
now) computes the digest as before.

Salted with the site fingerprint (code, config, code lists: model.Site.fingerprint), so a
change there forgets every entry. Kept in build/state/site-inputs-<name>.json; best effort
(an entry that cannot be written is computed again next run); entries this run did not
use are dropped when it saves.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

from generator import cache
from generator.deps import stat_of
from generator.site.pagecache import plain


class InputMemo:
    def __init__(self, path: Path | None, salt: str) -> None:
        self.path = path
        self.salt = salt
        self.entries: dict[str, list[str]] = {}
        self.kept: dict[str, list[str]] = {}
        self.computed: list[str] = []  # the pages whose inputs were hashed this run (tests)
        self._stats: dict[Path, Any] = {}
        if path is not None:
            text = cache.read_text(path)
            try:
                found = json.loads(text) if text else {}
            except json.JSONDecodeError:
                found = {}
            if isinstance(found, dict) and found.get("salt") == salt and isinstance(found.get("entries"), dict):
                self.entries = found["entries"]

    def stat(self, path: Path) -> Any:
        """A file's [size, mtime, inode] (None if missing), once per run."""
        if path not in self._stats:
            self._stats[path] = stat_of(path)
        return self._stats[path]

    def signature(self, files: list[Path], other: Any) -> str:
        """The source signature of a page: its files' stats and the other inputs (JSON-able)."""
        text = json.dumps([[str(f), self.stat(f)] for f in sorted(files)] + [other], ensure_ascii=False, sort_keys=True,
                          default=plain, separators=(",", ":"))
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def digest(self, name: str, signature: str, compute: Callable[[], str]) -> str:
        """The remembered digest of page `name` when its source signature is the recorded
        one, else compute() (remembered)."""
        found = self.entries.get(name)
        if found and found[0] == signature:
            value = found[1]
        else:
            value = compute()
            self.computed.append(name)
        self.kept[name] = [signature, value]
        return value

    def save(self) -> None:
        if self.path is None:
            return
        try:
            cache.write_text(self.path, json.dumps({"salt": self.salt, "entries": self.kept}, ensure_ascii=False, sort_keys=True))
        except OSError:
            try:
                self.path.unlink()
            except OSError:
                pass
