"""Atomic writes: a failed run leaves the previous file or folder untouched."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def write_bytes(path: Path, data: bytes) -> bool:
    """Write unless the file already holds exactly these bytes (keeps mtimes of unchanged files).

    Returns True when the file changed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_text(path: Path, text: str) -> bool:
    return write_bytes(path, text.encode("utf-8"))


def staging_dir(target: Path) -> Path:
    """A fresh empty sibling folder to build `target` in."""
    target.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.new."))


def swap_in(staged: Path, target: Path) -> None:
    """Replace target by staged in two renames; the old tree is removed only after."""
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old."))
        old.rmdir()
        os.replace(target, old)
    os.replace(staged, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def link_or_copy(src: Path, dst: Path) -> None:
    """Hard-link src at dst (no bytes copied); copy where links are not possible."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return b.stat().st_size == a.stat().st_size and b.read_bytes() == a.read_bytes()
    except FileNotFoundError:
        return False


def sync_tree(staged: Path, target: Path) -> tuple[int, int, int]:
    """Make target identical to staged, rewriting only files whose bytes changed.

    Unchanged files keep their mtimes, so a static host syncs only what changed.
    Returns (written, unchanged, removed). staged is removed afterwards."""
    written = unchanged = removed = 0
    target.mkdir(parents=True, exist_ok=True)
    wanted = set()
    made: set[Path] = set()
    for src in sorted(staged.rglob("*")):
        if src.is_dir():
            continue
        rel = src.relative_to(staged)
        wanted.add(rel)
        dst = target / rel
        if _same_file(src, dst) or _same_bytes(src, dst):
            unchanged += 1
            continue
        if dst.parent not in made:
            dst.parent.mkdir(parents=True, exist_ok=True)
            made.add(dst.parent)
        # the staged file (or hard link to a cache file) moves into place: one rename,
        # atomic, no copy; staged is thrown away afterwards anyway
        os.replace(src, dst)
        written += 1
    for old in sorted(target.rglob("*"), reverse=True):
        rel = old.relative_to(target)
        if old.is_file() and rel not in wanted:
            old.unlink()
            removed += 1
        elif old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    shutil.rmtree(staged, ignore_errors=True)
    return written, unchanged, removed
