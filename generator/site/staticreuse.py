"""The static files of site_src/docs/ (CSVs, charts, downloads, texts, feeds, assets: about
5,300 files, 540 MB at N = 2,000) placed by `build` itself, not by mkdocs; an unchanged one
is the previous site's file.

mkdocs has nothing to do with them but copy them: no Markdown link points at one (pages
link them from raw HTML, which mkdocs does not check), yet the i18n plugin made a file
object for each of them once per language pass, with its alternates, and mkdocs copied each
once per pass (docs/scale.md, session 15: about 2.9 s of mkdocs' 7 s after an add at
N = 2,000). So:

- `without_static` (the mkdocs hook's `on_files`, before the i18n plugin's): the static
  files leave mkdocs' file collection.
- `place` (build.py, after mkdocs, in the staging folder): each static file becomes a link
  to the previous site's file when its source is the one the last build placed (same
  [size, mtime, inode]: site_src/ keeps an unchanged file's inode) and the published file
  is as that build left it; any other is copied from its source, as mkdocs copied it.
  Nothing is written into a previous file; the swap finds a kept file's inode and compares
  nothing, and the file keeps its mtime.
- `record` (build.py, after the swap): each static file's source and published signature
  (`build/state/static.json`), for the next build.

A static file is one of docs/ outside the language folders (`vi/`, `en/`: their pages and
their few other files stay with mkdocs and the i18n plugin) that is not a Markdown page and
that mkdocs' default exclusions (hidden names, a top-level `templates/`) would not leave
out. A Markdown link (not raw HTML) to such a file would fail mkdocs' strict link check.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

from generator import deps
from generator.atomic import copy_file, link_previous
from generator.errors import InputError
from generator.paths import Layout

STATE = "static"  # build/state/static.json: {"files": {path: [source signature, published signature]}}
MARKDOWN = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")  # what mkdocs renders as a page (mkdocs.utils)
EXCLUDED_TOP = "templates"  # mkdocs' default `exclude_docs` leaves out /templates/ and hidden names


def is_static(rel: str, languages: list[str]) -> bool:
    """Whether build places the file of docs/ at this path (relative, with `/`), not mkdocs."""
    parts = rel.split("/")
    return (parts[0] not in languages and parts[0] != EXCLUDED_TOP and not any(p.startswith(".") for p in parts)
            and not rel.endswith(MARKDOWN))


def static_files(docs: Path, languages: list[str]) -> list[str]:
    """The static files of docs/, sorted (paths relative to it)."""
    out = []
    for folder, dirs, files in os.walk(docs, followlinks=True):  # as mkdocs walks it
        rel = os.path.relpath(folder, docs)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        dirs[:] = sorted(d for d in dirs if is_static(prefix + d + "/x", languages))
        out.extend(prefix + name for name in sorted(files) if is_static(prefix + name, languages))
    return sorted(out)


# ------------------------------------------------------------------ in the mkdocs process

def without_static(files: Any, config: Any) -> Any:
    """mkdocs' file collection without the static files of docs/ (build places them)."""
    languages = list(config.extra.get("languages") or [])
    for file in list(files):
        if file.src_dir == config.docs_dir and is_static(file.src_uri, languages):
            files.remove(file)
    return files


# ------------------------------------------------------------------ in the build process

class Placed(NamedTuple):
    sources: dict[str, list[int] | None]  # each static file placed: its source's signature when placed
    kept: int  # how many are links to the previous site's files


def place(layout: Layout, staged: Path, languages: list[str]) -> Placed:
    """Put every static file of site_src/docs/ into the staging folder `staged` (after
    mkdocs, which cleans it first): the previous site's file where the record says it is
    the same, else a copy of the source."""
    docs = layout.site_src / "docs"
    remembered = (deps.read(layout, STATE) or {}).get("files")
    remembered = remembered if isinstance(remembered, dict) else {}
    sources: dict[str, list[int] | None] = {}
    kept = 0
    for rel in static_files(docs, languages):
        source, published, target = docs / rel, layout.site / rel, staged / rel
        if os.path.lexists(target):
            raise InputError(docs / rel, "a static file at a path where mkdocs wrote a page or file")
        signature = deps.stat_of(source)
        old = remembered.get(rel)
        if (isinstance(old, list) and len(old) == 2 and old[0] == signature and old[1] == deps.stat_of(published)
                and link_previous(published, target)):
            kept += 1
        else:
            copy_file(source, target)
        sources[rel] = signature
    return Placed(sources, kept)


def record(layout: Layout, placed: Placed) -> None:
    """After the swap: each static file's source signature (as placed) and its published
    file's, for the next build. A source changed since it was placed is recorded with the
    signature it had, so the next build copies it again."""
    files = {rel: [signature, deps.stat_of(layout.site / rel)] for rel, signature in sorted(placed.sources.items())}
    deps.save(layout, STATE, {"files": files})
