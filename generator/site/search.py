"""Search with Pagefind (runs offline at build time, one index per page language, loads
index chunks on demand: fit for thousands of pages, unlike one big lunr index).

Pagefind folds tone marks but not `đ`: `dinh` would miss `Định`. Each page therefore
carries a hidden line with its `đ` words folded (`Định` -> `dinh`), indexed but never shown.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from generator.atomic import link_or_copy, link_previous, put
from generator.errors import InputError
from generator.fold import fold

_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&#?\w+;")
_D_WORD = re.compile(r"\w*[đĐ]\w*")


def folded_terms(markdown: str) -> str:
    """The page's words with đ/Đ, folded and deduplicated (sorted: deterministic)."""
    if "đ" not in markdown and "Đ" not in markdown:
        return ""
    text = _ENTITY.sub(" ", _TAG.sub(" ", markdown))
    return " ".join(sorted({fold(w) for w in set(_D_WORD.findall(text))}))


def fold_block(markdown: str) -> str:
    terms = folded_terms(markdown)
    return f'<p class="fold" hidden>{terms}</p>\n' if terms else ""


MARK = b"data-pagefind-body"
SHARDS = 16  # buckets per stamped section (report pages, place pages)
SHARD_DIR = "shards"  # pagefind/shards/<shard>/: the bundles merged in the browser (search.js)
MAIN = "main"  # the bundle of every other page: pagefind/ itself (its UI loads the shards)
# what a merged bundle needs is its index; its copy of the UI, the API and the wasm is never loaded
SHARD_UNUSED = (".js", ".css", ".pagefind")


def indexed_pages(site_dir: Path) -> list[Path]:
    """The pages that carry the mark Pagefind indexes (the rest, e.g. thousands of report
    pages, are left out of the index: see the page template override)."""
    return [p for p in sorted(site_dir.rglob("*.html")) if MARK in p.read_bytes()]


def shard_of(rel: str, stamped: set[str], languages: list[str]) -> str:
    """The bundle a page is indexed in: a stamped page's section and a bucket of its slug
    (the same in every language, so each bundle has every language), else the main one."""
    parts = rel.split("/")
    if parts and parts[0] in languages[1:]:
        parts = parts[1:]
    if len(parts) == 3 and parts[0] in stamped:
        bucket = int(hashlib.sha256(parts[1].encode("utf-8")).hexdigest(), 16) % SHARDS
        return f"{parts[0]}-{bucket:02d}"
    return MAIN


def bundle_dir(site_dir: Path, shard: str) -> Path:
    return site_dir / "pagefind" if shard == MAIN else site_dir / "pagefind" / SHARD_DIR / shard


def run_pagefind(site_dir: Path, stamped: set[str] | None = None, languages: list[str] | None = None,
                 pages: dict[str, dict] | None = None, previous: Path | None = None,
                 remembered: dict[str, Any] | None = None, made: dict[str, Any] | None = None) -> dict[str, int]:
    """Index site_dir into Pagefind bundles: pagefind/ for most pages and one bundle per
    bucket of each stamped section under pagefind/shards/, merged in the browser
    (search.js, Pagefind's mergeIndex). Returns {"indexed": bundles indexed, "kept": bundles
    linked from the previous site}.

    pages: what stamps.apply knows of each stamped page (its sha256, whether it is
    indexed), so unchanged pages are not read again. A bundle whose pages (paths and
    sha256) are those `remembered` from the last build, and whose files in `previous` (the
    published site) are as that build left them, is linked from there; any other is
    indexed again, by Pagefind reading a shadow folder of hard links to its pages only.
    `made` gets this build's record (deps.py keeps it once the site is swapped in)."""
    stamped, languages, pages, remembered = stamped or set(), languages or [], pages or {}, remembered or {}
    members: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        known = pages.get(rel)
        if known and "sha" in known:
            indexed, digest = known.get("indexed", False), known["sha"]
        else:
            data = path.read_bytes()
            indexed, digest = MARK in data, hashlib.sha256(data).hexdigest()
        if indexed:
            members.setdefault(shard_of(rel, stamped, languages), []).append((rel, digest))
    members.setdefault(MAIN, [])
    shadow = Path(tempfile.mkdtemp(dir=site_dir.parent, prefix=f".{site_dir.name}.pagefind."))
    counts = {"indexed": 0, "kept": 0}
    try:
        todo = []
        # the main bundle first: the others are written inside its folder
        for shard in sorted(members, key=lambda s: (s != MAIN, s)):
            digest = hashlib.sha256(json.dumps(members[shard]).encode("utf-8")).hexdigest()
            if made is not None:
                made[shard] = {"digest": digest}
            if _keep(shard, digest, previous, remembered.get(shard), site_dir):
                counts["kept"] += 1
                continue
            source = shadow / shard
            source.mkdir()
            for rel, _ in members[shard]:
                link_or_copy(site_dir / rel, source / rel)
            if shard == MAIN:
                _pagefind(source, bundle_dir(site_dir, MAIN))  # before any shard is linked into its folder
            else:
                todo.append((source, bundle_dir(site_dir, shard)))
        _index_all(todo)
    finally:
        shutil.rmtree(shadow, ignore_errors=True)
    counts["indexed"] = len(members) - counts["kept"]
    shards = sorted(s for s in members if s != MAIN)
    put(site_dir / "pagefind" / "shards.json", json.dumps(shards, separators=(",", ":")))
    return counts


def bundle_files(site_dir: Path, shard: str) -> dict[str, list[int] | None]:
    """{path: [size, mtime, inode]} of a bundle's own files (not the shards inside pagefind/)."""
    from generator.deps import stat_of

    bundle = bundle_dir(site_dir, shard)
    out = {}
    for path in sorted(bundle.rglob("*")):
        rel = path.relative_to(site_dir).as_posix()
        if path.is_file() and not (shard == MAIN and (rel.startswith(f"pagefind/{SHARD_DIR}/") or rel == "pagefind/shards.json")):
            out[rel] = stat_of(path)
    return out


def _keep(shard: str, digest: str, previous: Path | None, old: Any, site_dir: Path) -> bool:
    """Link the previous build's bundle when it indexed the same pages and is untouched."""
    from generator.deps import stat_of

    if previous is None or not isinstance(old, dict) or old.get("digest") != digest or not isinstance(old.get("files"), dict):
        return False
    files = old["files"]
    if not files or any(stat_of(previous / rel) != sig for rel, sig in files.items()):
        return False
    done = []
    for rel in files:
        if not link_previous(previous / rel, site_dir / rel):
            for path in done:
                path.unlink(missing_ok=True)
            return False
        done.append(site_dir / rel)
    return True


def _index_all(todo: list[tuple[Path, Path]]) -> None:
    """Run Pagefind on each (source, bundle), two at a time."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        for future in [pool.submit(_shard, source, bundle) for source, bundle in todo]:
            future.result()


def _shard(source: Path, bundle: Path) -> None:
    _pagefind(source, bundle)
    for path in sorted(bundle.iterdir()):
        if path.is_file() and path.suffix in SHARD_UNUSED:
            path.unlink()


def _pagefind(source: Path, bundle: Path) -> None:
    site_dir = bundle.parent if bundle.name == "pagefind" else bundle.parents[2]
    command = [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(bundle), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise InputError(site_dir, "pagefind failed: " + (result.stderr or result.stdout).strip()[-2000:])
    # Its language map comes out in hash-map order: sort it, so rebuilds are byte-identical.
    entry = bundle / "pagefind-entry.json"
    if entry.is_file():
        data = json.loads(entry.read_text(encoding="utf-8"))
        put(entry, json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
