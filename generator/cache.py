"""Cache entries that are checked before use.

Every entry under build/cache/ is one file: a first line with the sha256 of the rest,
then the content. `read` returns the content only if it matches; a truncated, edited or
otherwise damaged entry is deleted and treated as missing, so it is made again (no
traceback, nothing to delete by hand). Cache files are read, never linked into published
output: what is published is written from the verified bytes.

This guards against damage (a killed write, a disk error, an edit by hand), not against
someone who can write build/ on purpose: they could as well write the published folders.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from generator.atomic import write_bytes

MAGIC = b"de-an-06 cache sha256 "


def _head(body: bytes) -> bytes:
    return MAGIC + hashlib.sha256(body).hexdigest().encode("ascii") + b"\n"


def write(path: Path, data: bytes) -> None:
    write_bytes(path, _head(data) + data)


def write_text(path: Path, text: str) -> None:
    write(path, text.encode("utf-8"))


def read(path: Path) -> bytes | None:
    """The entry's content if it is whole and unchanged; None (and the entry deleted) if
    it is missing or damaged."""
    try:
        raw = Path(path).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:  # unreadable (a folder, permissions): made again, and rewritten
        discard(path)
        return None
    head, newline, body = raw.partition(b"\n")
    if newline and head + newline == _head(body):
        return body
    discard(path)
    return None


def read_text(path: Path) -> str | None:
    data = read(path)
    if data is None:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        discard(path)
        return None


def discard(path: Path) -> None:
    import shutil

    path = Path(path)
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    except OSError:
        pass


def prune(folder: Path | None, used: set[str]) -> None:
    """Delete the entries of a cache folder whose names are not in used (what a run did
    not use)."""
    if folder is not None and folder.is_dir():
        for old in folder.iterdir():
            if old.name not in used:
                old.unlink()
