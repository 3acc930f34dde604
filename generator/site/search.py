"""Search with Pagefind (runs offline at build time, one index per page language, loads
index chunks on demand: fit for thousands of pages, unlike one big lunr index).

Pagefind folds tone marks but not `đ`: `dinh` would miss `Định`. Each page therefore
carries a hidden line with its `đ` words folded (`Định` -> `dinh`), indexed but never shown.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from generator.errors import InputError
from generator.fold import fold

_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&#?\w+;")
_WORD = re.compile(r"\w+")


def folded_terms(markdown: str) -> str:
    """The page's words with đ/Đ, folded and deduplicated (sorted: deterministic)."""
    if "đ" not in markdown and "Đ" not in markdown:
        return ""
    text = _ENTITY.sub(" ", _TAG.sub(" ", markdown))
    words = {w for w in set(_WORD.findall(text)) if "đ" in w or "Đ" in w}
    return " ".join(sorted({fold(w) for w in words}))


def fold_block(markdown: str) -> str:
    terms = folded_terms(markdown)
    return f'<p class="fold" hidden>{terms}</p>\n' if terms else ""


def run_pagefind(site_dir: Path) -> None:
    """Index site_dir in place (writes site_dir/pagefind/)."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--quiet"]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise InputError(site_dir, "pagefind failed: " + (result.stderr or result.stdout).strip()[-2000:])
    # Its language map comes out in hash-map order: sort it, so rebuilds are byte-identical.
    entry = site_dir / "pagefind" / "pagefind-entry.json"
    if entry.is_file():
        data = json.loads(entry.read_text(encoding="utf-8"))
        entry.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")
