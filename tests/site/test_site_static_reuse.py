"""Unchanged static files are linked from the previous site, not copied (staticreuse.py):
a changed source or an edited published file is copied again, nothing is written into the
previous site's files, and the site is the bytes of a cold build."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from generator import deps
from generator.paths import Layout
from generator.site import build_site, generate_site, staticreuse
from site_fixtures import dean06_project


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def recorded(layout: Layout) -> dict[str, list]:
    return (deps.read(layout, staticreuse.STATE) or {})["files"]


@pytest.mark.timeout(900)
def test_unchanged_static_files_are_linked_from_the_previous_site(tmp_path: Path) -> None:
    layout = Layout(dean06_project(tmp_path / "p"))
    generate_site(layout)
    first: dict[str, float] = {}
    build_site(layout, first)
    assert first["static kept"] == 0
    files = recorded(layout)
    assert len(files) > 20 and all(src and site for _, src, site in files.values())
    assert "tables/indicators/digitisation_rate.en.csv" in files and "en/404.html" in files

    changed, edited = "tables/indicators/digitisation_rate.en.csv", "tables/indicators/digitisation_rate.vi.csv"
    source = layout.site_src / "docs" / files[changed][0]
    fresh = source.with_name(".fresh.tmp")
    fresh.write_bytes(source.read_bytes() + b"one more line\n")
    os.replace(fresh, source)  # as the site stage writes a changed file: a new file
    (layout.site / edited).write_bytes(b"edited on the server\n")  # in place: same inode, another mtime
    before = {(st.st_ino, st.st_dev): (rel, digest) for rel, digest in tree(layout.site).items()
              for st in [os.lstat(layout.site / rel)]}
    inodes = {rel: os.lstat(layout.site / rel).st_ino for rel in files}

    second: dict[str, float] = {}
    build_site(layout, second)
    assert second["static kept"] == len(files) - 2
    after = {rel: os.lstat(layout.site / rel).st_ino for rel in files}
    assert sorted(rel for rel in files if after[rel] != inodes[rel]) == sorted([changed, edited])  # copied again
    assert (layout.site / changed).read_bytes().endswith(b"one more line\n")
    assert (layout.site / edited).read_bytes() == (layout.site_src / "docs" / files[edited][0]).read_bytes()
    for rel, digest in tree(layout.site).items():  # no previous file was written into
        st = os.lstat(layout.site / rel)
        if (st.st_ino, st.st_dev) in before and rel != edited:
            assert before[(st.st_ino, st.st_dev)] == (rel, digest), rel
    assert not (layout.root / "build" / "state" / staticreuse.PLAN).exists()

    cold = tmp_path / "cold"
    shutil.copytree(layout.root, cold, ignore=lambda folder, names: [n for n in names if Path(folder) == layout.root and n in ("site", "build")])
    build_site(Layout(cold))
    assert tree(cold / "site") == tree(layout.site)
