"""The previous site's copy of an unchanged static file, instead of a new copy.

mkdocs copies every file of site_src/docs/ that is not a Markdown page (CSVs, charts,
downloads, texts: about 5,300 files, 540 MB at N = 2,000) into the new site, once per
language pass, and the swap (generator.atomic.reuse_unchanged) then reads each copy and
its previous file again to find they are the same. A file whose source is the one the
previous build copied (same [size, mtime, inode]: site_src/ keeps an unchanged file's
inode) and whose published copy is as that build left it, is instead linked from the
previous site into the staging folder: nothing is copied or compared, and it keeps its
file and mtime as before.

- `plan` (build.py, before mkdocs): which published files may be linked, from the record
  of the last build (`build/state/static.json`), written where the hook reads it
  (`$DEAN06_STATIC_PLAN`).
- `link_unchanged` (the mkdocs hook's `on_files`, after the i18n plugin's): each such
  file's copy becomes that link; every static file's source and destination are listed
  for the record.
- `record` (build.py, after the swap): each static file's source and published signature.
"""
from __future__ import annotations

import json
import os
import secrets
import shutil
from pathlib import Path
from typing import Any

from generator import deps
from generator.paths import Layout

STATE = "static"  # build/state/static.json: {dest: [src, src signature, published signature]}
PLAN_ENV = "DEAN06_STATIC_PLAN"
PLAN = "static-plan.json"  # in build/state/, for the mkdocs process; removed after the build
MADE = "static-made.json"  # what the hook saw: {dest: src}


def plan(layout: Layout) -> Path:
    """Write the plan for the hook and return its path: the previous site, the files the
    hook may link ({dest: src, relative to site/ and site_src/docs/}), and where to list
    what it saw."""
    docs = layout.site_src / "docs"
    linkable = {}
    for dest, (src, src_sig, site_sig) in ((deps.read(layout, STATE) or {}).get("files") or {}).items():
        published = layout.site / dest
        if deps.stat_of(docs / src) == src_sig and deps.stat_of(published) == site_sig and _single_name(published):
            linkable[dest] = src
    state = deps.state_path(layout, STATE).parent
    path = state / PLAN
    state.mkdir(parents=True, exist_ok=True)
    made = state / MADE
    made.unlink(missing_ok=True)
    path.write_text(json.dumps({"previous": str(layout.site.resolve()), "files": linkable, "made": str(made)}), encoding="utf-8")
    return path


def _single_name(path: Path) -> bool:
    try:
        return os.lstat(path).st_nlink == 1
    except OSError:
        return False


def record(layout: Layout, plan_path: Path) -> int:
    """After the swap: remember each static file's source and published signatures.
    Returns how many files the hook linked."""
    docs = layout.site_src / "docs"
    made: dict[str, Any] = {"files": {}, "linked": 0}  # nothing known (no hook ran): the next build copies all
    try:
        planned = json.loads(plan_path.read_text(encoding="utf-8"))
        made = json.loads(Path(planned["made"]).read_text(encoding="utf-8"))
        Path(planned["made"]).unlink()
    except (OSError, ValueError, KeyError):
        pass
    files = {dest: [src, deps.stat_of(docs / src), deps.stat_of(layout.site / dest)] for dest, src in sorted(made["files"].items())}
    deps.save(layout, STATE, {"files": files})
    plan_path.unlink(missing_ok=True)
    return made["linked"]


# ------------------------------------------------------------------ in the mkdocs process

_seen: dict[str, str] = {}  # every static file of docs/ the passes saw: {dest: src}
_planned: set[str] = set()  # those linked from the previous site


def link_unchanged(files: Any, config: Any) -> None:
    """Every static file of docs/ is listed; one the plan names is linked, not copied."""
    path = os.environ.get(PLAN_ENV)
    if not path:
        return
    planned = json.loads(Path(path).read_text(encoding="utf-8"))
    docs = Path(config.docs_dir).resolve()
    previous = Path(planned["previous"])
    for file in files:
        if file.is_documentation_page() or not file.abs_src_path:
            continue
        try:
            src = Path(file.abs_src_path).resolve().relative_to(docs).as_posix()
        except ValueError:
            continue  # a theme file
        dest = file.dest_uri
        _seen[dest] = src
        if planned["files"].get(dest) == src:
            file.copy_file = _linker(previous / dest, Path(file.abs_dest_path), Path(file.abs_src_path))
            _planned.add(dest)
    Path(planned["made"]).write_text(json.dumps({"files": _seen, "linked": len(_planned)}), encoding="utf-8")


def _linker(previous: Path, target: Path, source: Path):
    def copy_file(dirty: bool = False) -> None:
        """The previous site's file as the new site's (in its staging folder): another
        name of it, never a write into it (each language pass calls this)."""
        try:
            if os.path.samefile(previous, target):
                return
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.parent / f".{target.name}.{secrets.token_hex(4)}.tmp"
        try:
            os.link(previous, tmp)
        except OSError:  # e.g. the previous file went away: a copy of the source, as mkdocs would
            shutil.copyfile(source, tmp)
        os.replace(tmp, target)
    return copy_file
