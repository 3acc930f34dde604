"""Search with Pagefind (runs offline at build time, one index per page language, loads
index chunks on demand: fit for thousands of pages, unlike one big lunr index).

Pagefind folds tone marks but not `đ`: `dinh` would miss `Định`. Each page therefore
carries a hidden line with its `đ` words folded (`Định` -> `dinh`), indexed but never shown.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.atomic import link_or_copy, put
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


def indexed_pages(site_dir: Path) -> list[Path]:
    """The pages that carry the mark Pagefind indexes (the rest, e.g. thousands of report
    pages, are left out of the index: see the page template override)."""
    return [p for p in sorted(site_dir.rglob("*.html")) if MARK in p.read_bytes()]


def run_pagefind(site_dir: Path) -> None:
    """Index site_dir (writes site_dir/pagefind/). Pagefind reads only a shadow folder of
    hard links to the indexed pages: at national scale it would otherwise parse every
    report page only to drop it (minutes, gigabytes)."""
    shadow = Path(tempfile.mkdtemp(dir=site_dir.parent, prefix=f".{site_dir.name}.pagefind."))
    try:
        for page in indexed_pages(site_dir):
            target = shadow / page.relative_to(site_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            link_or_copy(page, target)
        _pagefind(shadow, site_dir / "pagefind")
    finally:
        shutil.rmtree(shadow, ignore_errors=True)


def _pagefind(source: Path, bundle: Path) -> None:
    site_dir = bundle.parent
    command = [sys.executable, "-m", "pagefind", "--site", str(source), "--output-path", str(bundle), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise InputError(site_dir, "pagefind failed: " + (result.stderr or result.stdout).strip()[-2000:])
    # Its language map comes out in hash-map order: sort it, so rebuilds are byte-identical.
    entry = site_dir / "pagefind" / "pagefind-entry.json"
    if entry.is_file():
        data = json.loads(entry.read_text(encoding="utf-8"))
        put(entry, json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))
