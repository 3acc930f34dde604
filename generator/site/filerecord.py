"""What each file of site_src/ was made from, so that a run writes only the files whose
inputs changed (issue 13).

site_src/ is still built whole in a staging folder and swapped in (generator.atomic.Staged),
but a file need not be written there and compared with the one in place: after the swap,
`site` records for every file it made a digest of what made it (the sha256 of its bytes,
or the page cache key of the page it belongs to: pagecache.py, whose key hashes all the
page's inputs) and the [size, mtime, inode] the swap left it with (build/state/site-files.json).
Only a digest of the file's own bytes tells that two files differ; a digest of what made it
(`made_from`) tells only when they are the same. The next run, before making a file, asks `keep(rels, digest)`: when the record lists those
paths with that digest and each file in place still has its recorded [size, mtime, inode]
(a staged swap keeps them for a kept file; any write gives a new inode), each becomes a
link to the file in place, neither written nor read, and the swap has nothing to compare.
Otherwise the file is written; when the record held another digest for a file still in
place as recorded, its bytes are known to differ and the swap does not compare them
either. No record, a damaged one, or a file edited since: written and compared, as before.

A forked second process (parallel.py) keeps its own record of what it made; `state()` is
sent back and `absorb`ed, so the parent saves one record for the whole tree.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from generator import deps
from generator.atomic import link_previous
from generator.paths import Layout

RECORD = "site-files"  # build/state/site-files.json


def digest_of(data: bytes | str) -> str:
    """A file's digest from its bytes (its sha256, hex)."""
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def made_from(kind: str, value: str) -> str:
    """The digest of a file made from something other than its own bytes (a page cache key,
    a page's whole Markdown when it is split in two files): equal ones make equal files,
    but other ones may make the same bytes."""
    return f"{kind} {value}"


def _of_bytes(digest: Any) -> bool:
    """A digest of the file's own bytes: another one means other bytes."""
    return isinstance(digest, str) and " " not in digest


class FileRecord:
    def __init__(self, staging: Path, target: Path, previous: dict[str, list[Any]] | None = None) -> None:
        """staging: the folder being built; target: the tree it replaces; previous: the
        record the last run left for target ({path: [digest, size, mtime, inode]})."""
        self.staging = staging
        self.target = target
        self.previous = previous or {}
        self.made: dict[str, str] = {}  # path -> digest, of every file made this run
        self.kept: set[str] = set()  # linked from the tree in place (not written)
        self.differ: set[str] = set()  # written, known to differ from the file in place

    @classmethod
    def load(cls, layout: Layout, staging: Path) -> "FileRecord":
        found = deps.read(layout, RECORD)
        files = found.get("files") if found else None
        return cls(staging, layout.site_src, files if isinstance(files, dict) else None)

    def _in_place(self, rel: str) -> bool:
        """Whether the file in place is the one the record describes."""
        entry = self.previous.get(rel)
        return isinstance(entry, list) and len(entry) == 4 and deps.stat_of(self.target / rel) == entry[1:]

    def keep(self, rels: list[str], digest: str) -> bool:
        """The files at rels (a page's Markdown and its optional raw blocks: the first one
        always there) made from `digest` last time and still in place: linked into the
        staging folder, True. Else nothing done, False (the caller writes them)."""
        if not self.previous:
            return False
        listed = [rel for rel in rels if self.previous.get(rel, [None])[0] == digest]
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
            self.made[rel] = digest
            self.kept.add(rel)
        return True

    def wrote(self, rel: str, digest: str) -> bool:
        """A file written this run, made from digest; True when its bytes are known to
        differ from the file in place (the record's digest for it is another one)."""
        self.made[rel] = digest
        entry = self.previous.get(rel)
        if (isinstance(entry, list) and entry and _of_bytes(entry[0]) and _of_bytes(digest) and entry[0] != digest
                and self._in_place(rel)):
            self.differ.add(rel)
            return True
        return False

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
        for rel, digest in self.made.items():
            try:
                st = os.lstat(self.target / rel)
            except OSError:
                continue
            files[rel] = [digest, st.st_size, st.st_mtime_ns, st.st_ino]
        deps.save(layout, RECORD, {"files": files})
