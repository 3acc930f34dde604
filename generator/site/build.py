"""`build_site`: mkdocs (strict) on site_src/ into a staging folder, the static files
(staticreuse.py), the stamped pages (stamps.py), then Pagefind, then the folder is swapped in as site/ (generator.atomic.Staged:
one rename; files whose bytes did not change keep their previous file and mtime). A failed
or killed build leaves the previous site untouched.

Reproducible: SOURCE_DATE_EPOCH comes from the data (see stamp.py), never the clock."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from generator import deps
from generator.atomic import Staged
from generator.errors import InputError
from generator.paths import Layout
from generator.site.generate import load_site
from generator.site.prune import prune
from generator.site import stamps, staticreuse
from generator.site.search import bundle_files, run_pagefind
from generator.site.stamp import epoch, site_date

STAMPS = "stamps"  # the dependency record of the stamped pages (deps.py)
SEARCH = "search"  # and of the search bundles
REPO = Path(__file__).resolve().parents[2]  # the folder that holds the `generator` package


def mkdocs_env(source_date_epoch: int) -> dict[str, str]:
    env = dict(os.environ)
    env["SOURCE_DATE_EPOCH"] = str(source_date_epoch)
    env["NO_MKDOCS_2_WARNING"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONHASHSEED"] = "0"
    return env


def run_mkdocs(config_file: Path, site_dir: Path, source_date_epoch: int) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config_file), "--site-dir", str(site_dir)]
    env = mkdocs_env(source_date_epoch)
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=config_file.parent)
    if result.returncode != 0:
        message = "\n".join(line for line in (result.stderr + result.stdout).splitlines() if "WARNING" in line or "ERROR" in line or "Error" in line)
        raise InputError(config_file, "mkdocs build --strict failed:\n" + (message or result.stderr[-3000:]))


class _Clock:
    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings, self.start = timings, time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        if self.timings is not None:
            self.timings[name] = now - self.start
        self.start = now


def _stamped_sections(layout: Layout) -> set[str]:
    folder = layout.site_src / "stamps"
    return {p.name for lang in folder.iterdir() if lang.is_dir() for p in lang.iterdir() if p.is_dir()} if folder.is_dir() else set()


def build_site(layout: Layout, timings: dict[str, float] | None = None) -> Path:
    """Build site_src/ into site/; returns the site folder. `timings` (if given) gets the
    seconds of each step and the number of stamped pages."""
    config_file = layout.site_src / "mkdocs.yml"
    if not config_file.is_file():
        raise InputError(config_file, "no generated site sources: run `python -m generator site` first")
    site = load_site(layout)
    moment = site_date(site)
    with Staged(layout.site) as staged:
        clock = _Clock(timings)
        run_mkdocs(config_file, staged.path, epoch(moment))
        clock.lap("mkdocs")
        # the static files, which mkdocs leaves alone: unchanged ones linked from the previous site
        static = staticreuse.place(layout, staged.path, list(site.config.languages))
        clock.lap("static files")
        made: dict[str, dict] = {}
        remembered = (deps.read(layout, STAMPS) or {}).get("pages")
        stamped = stamps.apply(staged.path, layout.site_src / "stamps", list(site.config.languages), site.config.site_url,
                               previous=layout.site, remembered=remembered, made=made)
        clock.lap("stamped pages")
        search: dict[str, dict] = {}
        bundles = run_pagefind(staged.path, stamped=_stamped_sections(layout), languages=list(site.config.languages), pages=made,
                               previous=layout.site, remembered=(deps.read(layout, SEARCH) or {}).get("bundles"), made=search)
        clock.lap("pagefind")
        prune(staged.path)
        # unchanged pages stay the previous files (same mtimes: a static host syncs only
        # what a new report changed); modes 0644/0755; one rename puts the new site in place
        staged.commit()
        clock.lap("swap")
        # what the next build may reuse: each stamped page as this build left it (best effort)
        for rel, entry in made.items():
            entry["page"] = deps.stat_of(layout.site / rel)
        deps.save(layout, STAMPS, {"pages": made})
        for shard, entry in search.items():
            entry["files"] = bundle_files(layout.site, shard)
        deps.save(layout, SEARCH, {"bundles": search})
        staticreuse.record(layout, static)
        if timings is not None:
            timings["static kept"] = static.kept
            timings["stamped"] = stamped
            timings["bundles"] = bundles["indexed"]
            timings["bundles kept"] = bundles["kept"]
    return layout.site
