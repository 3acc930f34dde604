"""The dependency record: what each writing command last read, and what it left.

After a successful run, `package` (and `all`, `add`, `corrections`), `site` and `build`
each record under build/state/<stage>.json (a checked cache entry, generator/cache.py):

- `inputs`: one sha256 over everything the stage reads: for the package, every report's
  name and sha256, every file of codelists/, the generator's code and schemas, the
  validation asked for and SOURCE_DATE_EPOCH; for the site, the package's files (their
  signature, below), site_config.yml and its texts, mkdocs.yml, the site code, the
  site address and the library versions; for the build, site_src/ and the same code;
- `outputs`: the signature of each folder it wrote (every file's path, size, mtime and
  inode, which a staged swap keeps for unchanged files and changes for any other);
- `lines`: what the run printed, printed again by a run that has nothing to do.

A command whose inputs hash the same and whose outputs still carry the recorded
signature does nothing but say so: a rebuild with nothing changed only hashes its inputs
and lists its outputs. Anything else (a missing or damaged record, an edited output, a
changed byte of any input) runs the stage in full, exactly as without a record. The record
is written after the stage's swap (best effort: one that cannot be written is no record):
a run killed before that leaves the previous record, whose output signature no longer
matches, so the next run does the work again.
"""
from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path
from typing import Any, Iterable

from generator import cache
from generator.paths import GENERATOR_DIR, Layout

SITE_LIBRARIES = ("mkdocs", "mkdocs-material", "mkdocs-static-i18n", "pagefind", "vl-convert-python", "pyyaml")


def state_path(layout: Layout, stage: str) -> Path:
    return layout.root / "build" / "state" / f"{stage}.json"


def digest(parts: Any) -> str:
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def files_digest(paths: Iterable[Path]) -> str:
    """sha256 over the names and bytes of these files (folders: every file in them, sorted)."""
    h = hashlib.sha256()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        else:
            files = [path] if path.is_file() else []
        h.update(str(path).encode("utf-8") + b"\0")
        for file in files:
            h.update(str(file.relative_to(path) if file != path else file.name).encode("utf-8") + b"\0")
            h.update(hashlib.sha256(file.read_bytes()).digest())
    return h.hexdigest()


def signature(folder: Path) -> str:
    """Every file under folder: path, size, mtime and inode (digested). '' if it is missing."""
    folder = Path(folder)
    if not folder.is_dir():
        return ""
    h = hashlib.sha256()
    for dirpath, dirs, files in os.walk(folder):
        dirs.sort()
        rel = os.path.relpath(dirpath, folder)
        for name in sorted(files):
            st = os.lstat(os.path.join(dirpath, name))
            h.update(f"{rel}/{name}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}\0{st.st_mode}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def versions(names: Iterable[str]) -> dict[str, str]:
    out = {}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = ""
    return out


def code_digest(site: bool) -> str:
    """The generator's files (code, schemas, site templates and texts when site=True)."""
    if site:
        return files_digest([GENERATOR_DIR])
    return files_digest(sorted(p for p in GENERATOR_DIR.iterdir() if p.name != "site"))


def read(layout: Layout, stage: str) -> dict[str, Any] | None:
    text = cache.read_text(state_path(layout, stage))
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        cache.discard(state_path(layout, stage))
        return None
    return data if isinstance(data, dict) else None


def up_to_date(layout: Layout, stage: str, inputs: str, outputs: dict[str, Path]) -> dict[str, Any] | None:
    """The record, when the stage last ran on these inputs and left these outputs as they
    are now; else None (the stage must run)."""
    found = read(layout, stage)
    if not found or found.get("inputs") != inputs:
        return None
    recorded = found.get("outputs") or {}
    if set(recorded) != set(outputs):
        return None
    for name, folder in outputs.items():
        now = signature(folder)
        if not now or recorded[name] != now:
            return None
    return found


def record(layout: Layout, stage: str, inputs: str, outputs: dict[str, Path], lines: list[str] | None = None,
           extra: dict[str, Any] | None = None) -> None:
    """Remember a successful run (after its swap). Best effort: a record that cannot be
    written (disk full) is no record, and the next run does the work again; the stage
    itself has succeeded."""
    data = {"inputs": inputs, "outputs": {name: signature(folder) for name, folder in outputs.items()},
            "lines": list(lines or []), **(extra or {})}
    save(layout, stage, data)


def save(layout: Layout, stage: str, data: dict[str, Any]) -> None:
    """Write a record of any shape (best effort, as `record`)."""
    try:
        cache.write_text(state_path(layout, stage), json.dumps(data, ensure_ascii=False, sort_keys=True))
    except OSError:
        forget(layout, stage)


def stat_of(path: Path) -> list[int] | None:
    """[size, mtime, inode] of a file (None if missing): a staged swap keeps them for an
    unchanged file."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns, st.st_ino]


def forget(layout: Layout, *stages: str) -> None:
    for stage in stages:
        cache.discard(state_path(layout, stage))


# ---------------------------------------------------------------- the stages' inputs

def package_inputs(layout: Layout, sources: list, validate: bool | str) -> str:
    """What the package is made of: the reports (name, sha256), the code lists (with the
    reviewed corrections and limits), the generator's code and schemas, the validation
    asked for, and the date the environment sets."""
    return digest({
        "reports": [[s.name, s.sha256, s.format] for s in sources],
        "codelists": files_digest([layout.codelists]),
        "code": code_digest(site=False),
        "validate": validate,
        "epoch": os.environ.get("SOURCE_DATE_EPOCH"),
    })


def site_inputs(layout: Layout, deploy: bool) -> str:
    """What site_src/ is made of: the package's files (as they are: their signature),
    the site config and its texts, mkdocs.yml, the code, the site address and the
    libraries."""
    from generator.site.config import load_config

    config = load_config(layout.root)
    return digest({
        "package": [str(config.package), signature(config.package)],
        "config": files_digest([p for p in (config.path, config.texts, layout.root / "mkdocs.yml") if p]),
        "code": code_digest(site=True),
        "deploy": deploy,
        "env": {k: os.environ.get(k) for k in ("SOURCE_DATE_EPOCH", "DEAN06_SITE_URL")},
        "libraries": versions(SITE_LIBRARIES),
    })


def build_inputs(layout: Layout) -> str:
    """What site/ is made of: site_src/ as written (its signature) and the code."""
    return digest({
        "site_src": signature(layout.site_src),
        "code": code_digest(site=True),
        "env": {k: os.environ.get(k) for k in ("SOURCE_DATE_EPOCH", "DEAN06_SITE_URL")},
        "libraries": versions(SITE_LIBRARIES),
    })
