"""The static files of site_src/docs/ are placed by `build`, not by mkdocs (staticreuse.py):
mkdocs' file collection holds the pages and the language folders' files only; an unchanged
static file is the previous site's file, a changed source or an edited published file is
copied again, nothing is written into the previous site's files, and the site is the bytes
of a cold build."""
from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

from generator import deps
from generator.paths import Layout
from generator.site import build_site, generate_site, staticreuse
from site_fixtures import dean06_project

LANGUAGES = ["vi", "en"]


def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def recorded(layout: Layout) -> dict[str, list]:
    return (deps.read(layout, staticreuse.STATE) or {})["files"]


@pytest.mark.parametrize("rel, static", [
    ("tables/indicators/digitisation_rate.en.csv", True), ("charts/x.svg", True), ("assets/site.css", True),
    ("catalog.jsonld", True), ("downloads/texts/a.txt", True),
    ("vi/index.md", False), ("en/404.html", False), ("en/data/x.csv", False), ("notes.md", False),
    (".hidden.csv", False), ("tables/.x.csv.tmp", False), (".git/config", False), ("templates/x.html", False),
    ("tables/templates/x.csv", True),
])
def test_what_is_a_static_file(rel: str, static: bool) -> None:
    assert staticreuse.is_static(rel, LANGUAGES) is static


@pytest.mark.timeout(900)
def test_static_files_are_placed_by_build_and_linked_when_unchanged(tmp_path: Path) -> None:
    layout = Layout(dean06_project(tmp_path / "p"))
    generate_site(layout)
    docs = layout.site_src / "docs"
    every = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*") if p.is_file())
    static = [rel for rel in every if rel.split("/")[0] not in LANGUAGES and not rel.endswith(".md")]
    assert staticreuse.static_files(docs, LANGUAGES) == static and len(static) > 20

    # what mkdocs is left with after the hook: the language folders' files, none of the static ones
    config = load_config(str(layout.site_src / "mkdocs.yml"))
    files = get_files(config)
    assert sorted(f.src_uri for f in files) == every
    kept = staticreuse.without_static(files, config)
    assert sorted(f.src_uri for f in kept) == [rel for rel in every if rel.split("/")[0] in LANGUAGES]
    assert "en/404.html" in [f.src_uri for f in kept]

    first: dict[str, float] = {}
    build_site(layout, first)
    assert first["static kept"] == 0
    files = recorded(layout)
    assert sorted(files) == static
    assert all(source == deps.stat_of(docs / rel) and site == deps.stat_of(layout.site / rel) for rel, (source, site) in files.items())
    assert tree(layout.site)["en/404.html"] == hashlib.sha256((docs / "en" / "404.html").read_bytes()).hexdigest()

    changed, edited = "tables/indicators/digitisation_rate.en.csv", "tables/indicators/digitisation_rate.vi.csv"
    source = docs / changed
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
    assert (layout.site / edited).read_bytes() == (docs / edited).read_bytes()
    for rel, digest in tree(layout.site).items():  # no previous file was written into
        st = os.lstat(layout.site / rel)
        if (st.st_ino, st.st_dev) in before and rel != edited:
            assert before[(st.st_ino, st.st_dev)] == (rel, digest), rel

    third: dict[str, float] = {}
    build_site(layout, third)  # nothing changed: every static file linked
    assert third["static kept"] == len(files)

    cold = tmp_path / "cold"
    shutil.copytree(layout.root, cold, ignore=lambda folder, names: [n for n in names if Path(folder) == layout.root and n in ("site", "build")])
    build_site(Layout(cold))
    assert tree(cold / "site") == tree(layout.site)
