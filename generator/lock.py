"""One writer at a time: every command that writes (add, extract, check, package, all,
corrections, site, build) holds an exclusive lock on build/de-an-06.lock (fcntl.flock)
for its whole run. A second writer waits for it (DEAN06_LOCK_WAIT or --wait seconds,
default 300), then gives up with one line. The kernel releases the lock when a process
ends, however it ends, so a killed run never leaves the project locked.
"""
from __future__ import annotations

import fcntl
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from generator.errors import InputError
from generator.paths import Layout

POLL = 0.05


def lock_path(layout: Layout) -> Path:
    return layout.root / "build" / "de-an-06.lock"


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    return text or "another run"


@contextmanager
def writer_lock(layout: Layout, wait: float, command: str = "") -> Iterator[None]:
    path = lock_path(layout)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        deadline = time.monotonic() + wait
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise InputError(path, f"{_holder(fd)} is writing this project; waited {wait:g} s and gave up: run the command again when it has finished (wait longer with --wait SECONDS or DEAN06_LOCK_WAIT)") from None
                if not told and sys.stderr.isatty():
                    print(f"waiting for {_holder(fd)} to finish (lock {path}) …", file=sys.stderr)
                    told = True
                time.sleep(min(POLL, left))
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()} ({command or 'a command'})\n".encode("utf-8"), 0)
        try:
            yield
        finally:
            try:
                os.ftruncate(fd, 0)
            except OSError:
                pass
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
