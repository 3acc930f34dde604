"""Writing what others read: a reader sees the previous version or the next one, never a mix.

- `Staged(target)`: a whole folder (the package, site/, site_src/) is built aside in
  `.<name>.new.<random>` beside it, and swapped in whole by `commit()`: one
  renameat2(RENAME_EXCHANGE) where the system has it, else two renames (the old tree aside
  to `.<name>.old.<random>`, the new one into place); the old tree is removed only once
  the new one is in place. Files whose bytes did not change become hard links to the
  previous tree's files, so they keep their mtimes (a static host re-uploads only what
  changed). Only a previous file with no other name is reused that way: nothing published
  ever shares an inode with a cache file.
- `write_bytes`: one file replaced atomically (temporary file beside it, then a rename).
- `put`: a file written into a staging folder (seen by nobody until the swap).
- Modes: published files are 0644 and folders 0755 whatever the umask (`set_modes`).
- Leftovers of a killed run (staging folders, temporary files) have names no one else
  uses; `clean_leftovers` removes them, and restores a tree a run was killed between the
  two renames of a swap. The CLI calls it once it holds the project lock (lock.py).
- Fault injection: every write step calls `step(kind, path)` first. A test sets
  `fault_hook` (in process) or DEAN06_FAULT_AT=<n|kind>[:<error>] (any process: the n-th
  step, or the first step of a kind such as swap; error is one of eio, enospc, eacces,
  erofs, kill) to fail it; DEAN06_FAULT_LOG=<file> appends every step to a file. Steps
  are counted, never timed.
"""
from __future__ import annotations

import errno
import os
import re
import secrets
import shutil
import signal
import stat
import tempfile
from pathlib import Path
from typing import Callable, NamedTuple

FILE_MODE = 0o644
DIR_MODE = 0o755

# ---------------------------------------------------------------- fault injection

fault_hook: Callable[[str, Path], None] | None = None
_count = 0
_fired = False
_ERRORS = {"eio": errno.EIO, "enospc": errno.ENOSPC, "eacces": errno.EACCES, "erofs": errno.EROFS}


def step(kind: str, path: Path | str) -> None:
    """Called before every write step (write, link, copy, rename, swap, remove)."""
    global _count, _fired
    _count += 1
    if fault_hook is not None:
        fault_hook(kind, Path(path))
    log = os.environ.get("DEAN06_FAULT_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as handle:
            handle.write(f"{_count}\t{os.getpid()}\t{kind}\t{path}\n")
    spec = os.environ.get("DEAN06_FAULT_AT")
    if spec:
        at, _, error = spec.partition(":")
        if not _fired and at.strip() in (str(_count), kind):
            _fired = True
            error = error.strip() or "eio"
            if error == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            code = _ERRORS[error]
            raise OSError(code, os.strerror(code), str(path))


# ---------------------------------------------------------------- single files

def write_bytes(path: Path, data: bytes) -> bool:
    """Replace path atomically unless it already holds exactly these bytes (keeps mtimes
    of unchanged files). Returns True when the file changed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        pass
    step("write", path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        step("rename", path)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_text(path: Path, text: str) -> bool:
    return write_bytes(path, text.encode("utf-8"))


def put(path: Path, data: bytes | str) -> None:
    """Write a file inside a staging folder (no one reads it before the swap)."""
    path = Path(path)
    step("write", path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_CLOEXEC, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def copy_file(src: Path, dst: Path, previous: Path | None = None) -> None:
    """Copy src to dst inside a staging folder; if `previous` (the same file in the tree
    being replaced) already holds these bytes, dst becomes a link to it instead."""
    if previous is not None and _reusable(previous) and _same_bytes(Path(src), previous):
        _link(previous, Path(dst))
        return
    step("copy", dst)
    Path(dst).parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)


def link_previous(previous: Path, dst: Path) -> bool:
    """dst (in a staging folder) becomes another name of `previous` (the same file in the
    tree being replaced, known unchanged) when that file has no other name; False (nothing
    done) otherwise."""
    if not _reusable(previous):
        return False
    _link(previous, Path(dst))
    return True


def link_or_copy(src: Path, dst: Path) -> None:
    """Hard-link src at dst (no bytes copied); copy where links are not possible. Only
    for scratch folders (Pagefind's shadow): published trees use copy_file / Staged."""
    step("link", dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)


# ---------------------------------------------------------------- whole folders

def staging_dir(target: Path) -> Path:
    """A fresh empty sibling folder to build `target` in: `.<name>.new.<random>`."""
    target = Path(target)
    if not target.parent.is_dir():
        target.parent.mkdir(parents=True)
        os.chmod(target.parent, DIR_MODE)  # e.g. datapackages/: published too
    step("mkdir", target)
    return Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.new."))


class Counts(NamedTuple):
    written: int  # files new or with other bytes than before
    unchanged: int  # same bytes as the previous tree's file (a link to it when possible)
    removed: int  # files of the previous tree the new one does not have


class Staged:
    """A folder built aside and swapped in whole (see the module docstring).

        with Staged(layout.package) as staged:
            staged.put("reports.csv", data)   # or write into staged.path by any means
            staged.commit()                    # reuse unchanged files, modes, swap

    Leaving the block without commit() (an error) removes the staging folder; the
    target is untouched."""

    def __init__(self, target: Path) -> None:
        # a symlinked folder (site/ -> /var/www/...): the folder it points to is swapped
        self.target = Path(target).resolve() if Path(target).is_symlink() else Path(target)
        self.path = staging_dir(self.target)
        self.committed = False

    def __enter__(self) -> "Staged":
        return self

    def __exit__(self, *exc) -> None:
        if not self.committed:
            shutil.rmtree(self.path, ignore_errors=True)

    def put(self, rel: str, data: bytes | str) -> None:
        """A file of the new tree; the previous tree's file is reused if it has these bytes."""
        raw = data.encode("utf-8") if isinstance(data, str) else data
        previous = self.target / rel
        if _reusable(previous, len(raw)) and _holds(previous, raw):
            _link(previous, self.path / rel)
        else:
            (self.path / rel).unlink(missing_ok=True)  # a file put or kept before may be a link: never written through
            put(self.path / rel, raw)

    def keep(self, rel: str) -> None:
        """The previous tree's file, known unchanged, as a file of the new tree without
        reading it: a link to it (a copy when it has another name)."""
        previous = self.target / rel
        if not link_previous(previous, self.path / rel):
            copy_file(previous, self.path / rel)

    def commit(self, differ: set[str] | frozenset[str] = frozenset()) -> Counts:
        """differ: files of the new tree known to hold other bytes than the previous tree's
        (not compared)."""
        counts = reuse_unchanged(self.path, self.target, differ)
        set_modes(self.path)
        swap_in(self.path, self.target)
        self.committed = True
        return counts


def _holds(path: Path, data: bytes, chunk: int = 1 << 20) -> bool:
    """Whether the file holds exactly these bytes (read a chunk at a time: no second copy
    of a large file in memory)."""
    view = memoryview(data)
    with open(path, "rb") as handle:
        at = 0
        while True:
            block = handle.read(chunk)
            if not block:
                return at == len(data)
            if view[at:at + len(block)] != block:
                return False
            at += len(block)


def _reusable(path: Path, size: int | None = None) -> bool:
    """A previous tree's file that may become a file of the next tree: a regular file with
    no other name (so never a cache file, whatever older versions linked)."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISREG(st.st_mode) and st.st_nlink == 1 and (size is None or st.st_size == size)


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return os.stat(a).st_size == os.stat(b).st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def _link(src: Path, dst: Path) -> None:
    """dst (in a staging folder) becomes another name of src (the previous tree's file)."""
    step("link", dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.parent / f".{dst.name}.{secrets.token_hex(4)}.tmp"
    os.link(src, tmp)
    os.replace(tmp, dst)


def _files(root: Path) -> list[str]:
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        rel = os.path.relpath(folder, root)
        out.extend(name if rel == "." else os.path.join(rel, name) for name in sorted(files))
    return out


def reuse_unchanged(staged: Path, target: Path, differ: set[str] | frozenset[str] = frozenset()) -> Counts:
    """Every file of staged whose bytes equal the previous tree's file becomes a link to
    that file (when it has no other name); those in differ (known to hold other bytes) are
    not read. Returns the counts."""
    written = unchanged = 0
    new = _files(staged)
    for rel in new:
        if rel in differ:
            written += 1
            continue
        mine, previous = staged / rel, target / rel
        try:
            a, b = os.lstat(mine), os.lstat(previous)
        except FileNotFoundError:
            written += 1
            continue
        if (a.st_ino, a.st_dev) == (b.st_ino, b.st_dev):
            unchanged += 1
        elif a.st_size == b.st_size and stat.S_ISREG(b.st_mode) and mine.read_bytes() == previous.read_bytes():
            unchanged += 1
            if _reusable(previous):
                _link(previous, mine)
        else:
            written += 1
    removed = len(set(_files(target)) - set(new)) if target.is_dir() else 0
    return Counts(written, unchanged, removed)


def set_modes(root: Path) -> None:
    """Folders 0755, files 0644: readable by a web server's user whatever the umask."""
    for folder, dirs, files in os.walk(root):
        for name, mode in [(folder, DIR_MODE)] + [(os.path.join(folder, f), FILE_MODE) for f in files]:
            st = os.lstat(name)
            if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) != mode:  # never through a link
                os.chmod(name, mode)


def swap_in(staged: Path, target: Path) -> None:
    """Put staged in target's place. A reader sees the old tree or the new one; the old
    tree is removed only once the new one is in place."""
    staged, target = Path(staged), Path(target)
    if not target.exists():
        step("rename", target)
        os.rename(staged, target)
        return
    step("swap", target)
    if _exchange(staged, target):
        old = staged  # now holds the previous tree
    else:
        old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.old."))
        old.rmdir()
        os.rename(target, old)
        try:
            step("rename", target)
            os.rename(staged, target)
        except BaseException:
            if not target.exists():
                os.rename(old, target)  # put the previous tree back
            raise
    try:  # the new tree is in place: a failure now leaves the old one for the next run
        step("remove", old)
        shutil.rmtree(old, ignore_errors=True)
    except OSError:
        pass


EXCHANGE = True  # tests set False to take the two-rename path


def _exchange(a: Path, b: Path) -> bool:
    """renameat2(a, b, RENAME_EXCHANGE): both names swap in one step (Linux 3.15+)."""
    if not EXCHANGE:
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False  # not on this system or file system: two renames instead
    raise OSError(code, os.strerror(code), str(b))


# ---------------------------------------------------------------- leftovers of killed runs

_RANDOM = r"[a-z0-9_]{8}"
_TMP = re.compile(rf"^\..+\.{_RANDOM}\.tmp$")


def _stage_pattern(name: str) -> re.Pattern[str]:
    # .<name>.new.<r>, .<name>.old.<r>, and Pagefind's shadow of a staged site
    # (..<name>.new.<r>.pagefind.<r>)
    return re.compile(rf"^\.{{1,2}}{re.escape(name)}\.(new|old)\.{_RANDOM}(\.pagefind\.{_RANDOM})?$")


def clean_leftovers(targets: list[Path], scratch: list[Path]) -> list[Path]:
    """Remove what killed runs left: staging folders beside each target, temporary files
    under the scratch folders. A target missing while its `.old.` tree exists (a run killed
    between the two renames of a swap) gets that tree back. Returns what was removed."""
    removed: list[Path] = []
    for target in targets:
        target = Path(target).resolve() if Path(target).is_symlink() else Path(target)
        if not target.parent.is_dir():
            continue
        pattern = _stage_pattern(target.name)
        found = sorted((e for e in target.parent.iterdir() if pattern.match(e.name)), key=lambda p: p.name)
        olds = [p for p in found if pattern.match(p.name).group(1) == "old" and not pattern.match(p.name).group(2)]
        if olds and not target.exists():
            newest = max(olds, key=lambda p: p.stat().st_mtime)
            os.rename(newest, target)
            found.remove(newest)
        for path in found:
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    for folder in scratch:
        for dirpath, _, files in os.walk(folder):
            for name in files:
                if _TMP.match(name):
                    path = Path(dirpath) / name
                    path.unlink(missing_ok=True)
                    removed.append(path)
    return removed


_PUBLIC = [re.compile(rf"^\.{{1,2}}(.+?)\.(?:new|old)\.{_RANDOM}(?:\.pagefind\.{_RANDOM})?$"), re.compile(rf"^\.(.+)\.{_RANDOM}\.tmp$")]


def public_name(path: str | Path) -> str:
    """The path a user knows for a staging or temporary path (for messages):
    datapackages/.de-an-06.new.ab12cd34/reports.csv -> datapackages/de-an-06/reports.csv."""
    parts = []
    for part in Path(path).parts:
        for pattern in _PUBLIC:
            match = pattern.match(part)
            if match:
                part = match.group(1)
                break
        parts.append(part)
    return str(Path(*parts)) if parts else str(path)
