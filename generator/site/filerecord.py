"""What each file of site_src/ was made from, so that a run writes only the files whose
inputs changed (issue 13).

site_src/ is still built whole in a staging folder and swapped in (generator.atomic.Staged),
but a file need not be written there and compared with the one in place: after the swap,
`site` records for every file it made what made it (the page cache key of a cached page,
pagecache.py, whose key hashes all the page's inputs; else the file's bytes), the sha256
of its bytes, and the [size, mtime, inode] the swap left it with
(build/state/site-files.json). A file in place whose [size, mtime, inode] is the recorded
one (a staged swap keeps them for a kept file; any write gives a new inode) holds the
recorded bytes, so the next run:

- `keep(rels, made)`: files made from the same as last time (a cached page: its key) are
  linked from the tree in place, not made, read from the page cache, written or compared;
- `put(rel, data, made)` / `copy(rel, source, sha256)`: a file whose bytes are the ones in
  place is linked, not written; one with other bytes is written and, known to differ, not
  compared at the swap (`differ`).

No record, a damaged one, or a file edited since: written and compared, as before.
A forked second process (parallel.py) keeps its own record of what it made; `state()` is
sent back and `absorb`ed, so the parent saves one record for the whole tree.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from generator import deps
from generator.atomic import copy_file, link_previous, put
from generator.paths import Layout

RECORD = "site-files"  # build/state/site-files.json


def digest_of(data: bytes | str) -> str:
    """A file's digest from its bytes (its sha256, hex)."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


class FileRecord:
    def __init__(self, staging: Path, target: Path, previous: dict[str, list[Any]] | None = None) -> None:
        """staging: the folder being built; target: the tree it replaces; previous: the
        record the last run left for target ({path: [made, sha256, size, mtime, inode]};
        made is "" for a file made from its bytes alone)."""
        self.staging = staging
        self.target = target
        self.previous = previous or {}
        self.made: dict[str, list[str]] = {}  # path -> [made, sha256], of every file made this run
        self.kept: set[str] = set()  # linked from the tree in place (not written)
        self.differ: set[str] = set()  # written, known to differ from the file in place

    @classmethod
    def load(cls, layout: Layout, staging: Path) -> "FileRecord":
        found = deps.read(layout, RECORD)
        files = found.get("files") if found else None
        return cls(staging, layout.site_src, files if isinstance(files, dict) else None)

    def _in_place(self, rel: str) -> list[Any] | None:
        """The record's entry for the file in place, when it is the file it describes."""
        entry = self.previous.get(rel)
        if isinstance(entry, list) and len(entry) == 5 and deps.stat_of(self.target / rel) == entry[2:]:
            return entry
        return None

    def keep(self, rels: list[str], made: str) -> bool:
        """The files at rels (a page's Markdown and its optional raw blocks: the first one
        always there) made from `made` last time and still in place: linked into the
        staging folder, True. Else nothing done, False (the caller makes them)."""
        listed = [rel for rel in rels if made and self.previous.get(rel, [None])[0] == made]
        if not listed or listed[0] != rels[0] or not all(self._in_place(rel) for rel in listed):
            return False
        linked = []
        for rel in listed:
            if not link_previous(self.target / rel, self.staging / rel):  # it has another name: never when `site` made it
                for done in linked:  # nothing half kept: the caller writes every file anew
                    (self.staging / done).unlink()
                return False
            linked.append(rel)
        for rel in listed:
            self.made[rel] = [made, self.previous[rel][1]]
            self.kept.add(rel)
        return True

    def put(self, rel: str, data: bytes | str, made: str | None = None) -> None:
        """A file of these bytes (made from `made`, else from its bytes): linked when the
        file in place holds them, else written."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        self._settle(rel, digest_of(raw), made, lambda: put(self.staging / rel, raw))

    def copy(self, rel: str, source: Path, sha256: str) -> None:
        """A copy of source, whose bytes' sha256 is known."""
        self._settle(rel, sha256, None, lambda: copy_file(source, self.staging / rel))

    def _settle(self, rel: str, sha256: str, made: str | None, write: Any) -> None:
        self.made[rel] = [made or "", sha256]
        entry = self._in_place(rel)
        if entry is not None and entry[1] == sha256 and link_previous(self.target / rel, self.staging / rel):
            self.kept.add(rel)
            return
        write()
        if entry is not None and entry[1] != sha256:
            self.differ.add(rel)

    def state(self) -> dict[str, Any]:
        """What a second process made, for the parent to absorb."""
        return {"made": self.made, "kept": sorted(self.kept), "differ": sorted(self.differ)}

    def absorb(self, state: dict[str, Any] | None) -> None:
        if state:
            self.made.update(state["made"])
            self.kept.update(state["kept"])
            self.differ.update(state["differ"])

    def save(self, layout: Layout) -> None:
        """After the swap: each file made, with the [size, mtime, inode] it has in place
        (best effort: no record means the next run writes and compares everything)."""
        files = {}
        for rel, (made, sha256) in self.made.items():
            stat = deps.stat_of(self.target / rel)
            if stat is not None:
                files[rel] = [made, sha256, *stat]
        deps.save(layout, RECORD, {"files": files})
