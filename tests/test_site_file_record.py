"""`site` writes only the files whose inputs changed (issue 13; generator/site/filerecord.py).

site_src/ is built in a staging folder and swapped in whole, as before; a file made from
what made it last time, and still in place, is linked from the tree in place instead of
written, read from the page cache or compared. Every write step is logged by
generator.atomic (DEAN06_FAULT_LOG, any process: the second process's writes too).
"""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from generator import deps
from generator.atomic import public_name
from generator.paths import Layout
from generator.site import pagecache
from tests.small_project import REPORTS, run, site_project

FIRST = ["000_3285350e42ccdccd.txt", "003_1fa459019333d3b8.txt"]
ADDED = "002_75efb1c88190d799.txt"
CONFIG = {"mkdocs.yml", "hooks.py", "README.md"}  # write_config's files, written every run (not in the record)


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def site_steps(root: Path, log: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> dict[str, set[str]]:
    """Run `site` (its dependency record forgotten: it runs even with nothing changed) with
    every write step logged; {kind: the site_src/ paths it touched}."""
    (root / "build" / "state" / "site.json").unlink(missing_ok=True)
    log.unlink(missing_ok=True)
    monkeypatch.setenv("DEAN06_FAULT_LOG", str(log))
    run(root, *args, "site")
    monkeypatch.delenv("DEAN06_FAULT_LOG")
    steps: dict[str, set[str]] = {}
    base = root / "site_src"
    for line in log.read_text(encoding="utf-8").splitlines():
        _, _, kind, path = line.split("\t")
        public = Path(public_name(path))
        if public.is_relative_to(base) and public != base:
            steps.setdefault(kind, set()).add(public.relative_to(base).as_posix())
    return steps


def not_config(paths: set[str]) -> set[str]:
    return {p for p in paths if p not in CONFIG and not p.startswith("overrides/")}


@pytest.mark.timeout(900)
def test_site_writes_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    root = site_project(tmp_path / "p", FIRST)
    run(root, "all", "--quiet")
    first = site_steps(root, tmp_path / "log", monkeypatch)
    assert "link" not in first  # no record yet: every file written
    record = deps.read(Layout(root), "site-files")["files"]
    before = tree(root / "site_src")
    assert set(record) == not_config(set(before))  # every file the pages and downloads make, no other
    assert all(record[rel][2:] == deps.stat_of(root / "site_src" / rel) for rel in record)

    # nothing changed: no file written, none read from the page cache; every one kept
    gets: list[str] = []
    real_get = pagecache.PageCache.get
    monkeypatch.setattr(pagecache.PageCache, "get", lambda self, key: gets.append(key) or real_get(self, key))
    inode_before = inodes(root / "site_src")
    again = site_steps(root, tmp_path / "log", monkeypatch)
    assert not_config(again.get("write", set()) | again.get("copy", set())) == set()
    assert not_config(again["link"]) == set(record)
    assert gets == []
    assert tree(root / "site_src") == before
    assert {rel: ino for rel, ino in inodes(root / "site_src").items() if rel in record} == \
        {rel: ino for rel, ino in inode_before.items() if rel in record}  # the same files, not copies

    # an add: exactly the files whose bytes changed are written (or new); the others kept
    run(root, "add", str(REPORTS / ADDED))
    old = tree(root / "site_src")
    steps = site_steps(root, tmp_path / "log", monkeypatch)
    new = tree(root / "site_src")
    changed = {rel for rel in new if old.get(rel) != new[rel]}
    written = not_config(steps.get("write", set()) | steps.get("copy", set()))
    assert written == not_config(changed)
    assert not_config(steps["link"]) == {rel for rel in new if rel not in changed and rel in record}
    assert set(old) - set(new) == set()

    # the bytes of a cold `site` on the same package (no record, no caches, no site_src/)
    for folder in ("site_src", "cache", "build/state"):
        shutil.rmtree(root / folder, ignore_errors=True)
    run(root, "site")
    assert tree(root / "site_src") == new


@pytest.mark.timeout(600)
def test_an_edited_file_is_written_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A file in place that is not the one the record describes (edited, replaced) is not
    kept: it is made again, and the swap compares it."""
    root = site_project(tmp_path / "p", FIRST)
    run(root, "all", "--quiet")
    run(root, "site")
    before = tree(root / "site_src")
    page = next(rel for rel in sorted(before) if rel.endswith("/index.md") and rel.startswith("docs/en/"))
    path = root / "site_src" / page
    text = path.read_bytes()
    path.unlink()
    path.write_bytes(text.replace(b"---", b"--- ", 1))  # another file, other bytes
    steps = site_steps(root, tmp_path / "log", monkeypatch)
    assert page in steps["write"]
    assert page not in steps["link"]
    assert tree(root / "site_src") == before
    os.utime(root / "site_src" / page)  # same bytes, another mtime: not the recorded file either
    steps = site_steps(root, tmp_path / "log", monkeypatch)
    assert page in steps["write"]
    assert tree(root / "site_src") == before
