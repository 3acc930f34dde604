"""Scale benchmark: what a user runs, on a synthetic national corpus. Measures, never asserts.

    python benchmarks/bench_scale.py --n 6500 --seed 1            # cold, no-op x3, add x3 (~40 min)
    python benchmarks/bench_scale.py --n 300 --repeat 3           # quick
    python benchmarks/bench_scale.py --n 6500 --incremental       # reuse root-6500: no-op and add only

Works in its own project root (default benchmarks/out/root-<n>/: sources/reports = the
corpus, codelists/, site_config.yml and mkdocs.yml copied), runs `python -m generator
--root <root>` commands as child processes, as a user does:

- extraction rate: one process, no cache, every memo cleared before each report, on the
  seeds (sources/reports of the checkout) and on the corpus;
- cold: `make build` on fresh caches (`all`, which validates in full with frictionless,
  then `site` and `build`);
- no-op: the same three commands again, nothing changed (median of --repeat runs);
- add: `add FILE` (full validation, the default) + `site` + `build` for --repeat reports
  the corpus does not have; which files each rewrote (mtime changed or new) is printed
  grouped, and listed in full in <root>/add-<i>-rewritten.txt;
- the comparator: a bare mkdocs build of the same pages (`plugins: []`: not even mkdocs'
  default search plugin, which the site does not run) in the same run; every time is
  printed with its ratio to it;
- sizes, the heaviest page's first view, the search index.

Memory is the peak of the summed RSS of the child and all its descendants (sampled every
0.1 s).
"""
from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus  # noqa: E402

PY = sys.executable
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}


@dataclass
class Run:
    seconds: float
    peak_tree_mb: float
    maxrss_mb: float
    output: str


def _tree_rss(pid: int) -> int:
    """Summed RSS (bytes) of pid and its descendants."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo.extend(children.get(p, []))
    return total


def run(command: list[str], cwd: Path = ROOT) -> Run:
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss(proc.pid))
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    sampler.join()
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}\n{output[-4000:]}")
    return Run(seconds, peak[0] / 2**20, usage.ru_maxrss / 1024, output)


def gen(root: Path, *args: str) -> Run:
    return run([PY, "-m", "generator", "--root", str(root), *args])


def py(code: str) -> Run:
    return run([PY, "-c", code])


def setup_root(root: Path, n: int, seed: int) -> list:
    for sub in ("build", "datapackages", "site", "site_src"):
        shutil.rmtree(root / sub, ignore_errors=True)
    copy_inputs(root)
    return make_corpus.write_corpus(root / "sources" / "reports", n, seed)


def copy_inputs(root: Path) -> None:
    """The checkout's code lists and site config (its texts folder pointed back here)."""
    shutil.rmtree(root / "codelists", ignore_errors=True)
    shutil.copytree(ROOT / "codelists", root / "codelists")
    config = (ROOT / "site_config.yml").read_text(encoding="utf-8") if (ROOT / "site_config.yml").exists() else ""
    config = re.sub(r"(?m)^texts:\s*(\S+)", lambda m: f"texts: {(ROOT / m.group(1)).resolve()}", config)
    (root / "site_config.yml").write_text(config, encoding="utf-8")
    if (ROOT / "mkdocs.yml").exists():
        (root / "mkdocs.yml").write_bytes((ROOT / "mkdocs.yml").read_bytes())


def extraction_rate(folder: Path, limit: int, fresh: bool = True, repeat: int = 1) -> tuple[float, int, float, float]:
    """(MB per CPU second, reports read, wall seconds, MB per wall second): single process, no cache, extract_source in a loop
    over the first `limit` reports of folder, `repeat` times. fresh (the headline figure):
    every memo cleared before each report, as a report never seen before is read (the
    synthetic corpus repeats sentences, which memos kept between reports would reuse)."""
    code = f"""
import time, json
from pathlib import Path
from generator.codelists import References
from generator.sources import list_sources
from generator.pipeline import extract_source, clear_memos
refs = References.load(Path({str(ROOT / 'codelists')!r}))
sources = list_sources(Path({str(folder)!r}))[:{limit}]
extract_source(sources[0], refs)  # warm-up: imports, compiled patterns
start, cpu = time.perf_counter(), time.process_time()
size = count = 0
for _ in range({repeat}):
    for s in sources:
        size += s.path.stat().st_size
        count += 1
        if {fresh!r}:
            clear_memos()
        extract_source(s, refs)
print(json.dumps([size, count, time.perf_counter() - start, time.process_time() - cpu]))
"""
    out = py(code).output.strip().splitlines()[-1]
    size, count, seconds, cpu = eval(out)  # our own JSON list of numbers
    return size / 1e6 / cpu, count, seconds, size / 1e6 / seconds


def mtimes(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()} if folder.exists() else {}


def changed(before: dict[str, int], after: dict[str, int]) -> tuple[int, int, int]:
    """(rewritten, new, removed)."""
    rewritten = sum(1 for k, v in after.items() if k in before and before[k] != v)
    return rewritten, len(after.keys() - before.keys()), len(before.keys() - after.keys())


def folder_size(folder: Path) -> tuple[int, int, int]:
    """(bytes, files, html pages)."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files), sum(p.suffix == ".html" for p in files)


def page_weight(site: Path, page: Path, exclude: str = r"vega|chart") -> tuple[int, int, int]:
    """(raw bytes, gzip bytes, files) a first view of page fetches, without the chart library."""
    html = page.read_text(encoding="utf-8")
    refs = re.findall(r"""(?:src|href)=["']([^"'#?]+)""", html)
    wanted = {page}
    for ref in refs:
        if ref.startswith(("http:", "https:", "mailto:", "data:")) or not re.search(r"\.(css|js|svg|png|woff2?|json)$", ref):
            continue
        if re.search(exclude, ref, re.IGNORECASE):
            continue
        target = (site / ref.lstrip("/")) if ref.startswith("/") else (page.parent / ref)
        target = target.resolve()
        if target.is_file() and ref.endswith((".css", ".js", ".svg", ".png")):
            wanted.add(target)
    raw = sum(p.stat().st_size for p in wanted)
    zipped = sum(len(gzip.compress(p.read_bytes(), 6)) for p in wanted)
    return raw, zipped, len(wanted)


def page_counts(site: Path) -> str:
    """HTML pages per top-level section, both languages together."""
    counts: dict[str, int] = {}
    for page in site.rglob("index.html"):
        parts = page.relative_to(site).parts
        parts = parts[1:] if parts and parts[0] == "en" else parts
        section = parts[0] if len(parts) > 1 else "(home)"
        counts[section] = counts.get(section, 0) + 1
    return ", ".join(f"{name} {count:,}" for name, count in sorted(counts.items(), key=lambda kv: -kv[1]))


def bare_mkdocs(root: Path, stamped: bool) -> Run | None:
    """The same pages through plain mkdocs (material theme; `plugins: []`, so not even
    mkdocs' default `search` plugin, which the site does not run: no hooks or extras).

    stamped=False: the Markdown pages of site_src/docs only (mkdocs renders those; the
    report and place pages are stamped from one template each). stamped=True: every page
    of the site as a Markdown page (the stamped ones with their HTML bodies): what the
    same site would cost through mkdocs alone."""
    src = root / "site_src"
    docs = src / "docs"
    if not docs.is_dir():
        return None
    from generator.site import rawblocks

    bare_docs = root / "bare-docs"
    shutil.rmtree(bare_docs, ignore_errors=True)
    shutil.copytree(docs, bare_docs, copy_function=os.link)
    for page in sorted(docs.rglob("*.md")):  # whole pages: their big HTML blocks back in (rawblocks.py)
        if rawblocks.sidecar(docs, page).is_file():
            target = bare_docs / page.relative_to(docs)
            target.unlink()  # a link to the site_src file: never written into
            target.write_text(rawblocks.whole(docs, page), encoding="utf-8")
    if stamped:
        for template in bare_docs.glob("*/*/_stamp_"):
            shutil.rmtree(template)
        for fragment in (src / "stamps").glob("*/*/*.html"):
            lang, section = fragment.parent.parent.name, fragment.parent.name
            meta, body = fragment.read_text(encoding="utf-8").split("\n", 1)
            target = bare_docs / lang / section / fragment.stem / "index.md"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("---\n" + meta + "\n---\n\n" + body, encoding="utf-8")  # JSON is YAML
    docs = bare_docs
    # the same navigation as the site's (home and section index pages per language): without
    # one, mkdocs puts every page in every page's sidebar (megabytes per page at this scale)
    nav = []
    for lang in sorted(d for d in docs.iterdir() if d.is_dir() and (d / "index.md").is_file()):
        nav.append({lang.name: [f"{lang.name}/index.md"] + [f"{lang.name}/{s.name}/index.md" for s in sorted(lang.iterdir())
                                                           if (s / "index.md").is_file()]})
    config = root / "bare-mkdocs.yml"
    config.write_text(yaml.safe_dump({"site_name": "bare", "docs_dir": str(docs), "site_dir": str(root / "bare-site"),
                                      "theme": {"name": "material", "features": ["navigation.prune"]}, "nav": nav,
                                      "plugins": []},
                                     allow_unicode=True), encoding="utf-8")
    shutil.rmtree(root / "bare-site", ignore_errors=True)
    result = run([PY, "-m", "mkdocs", "build", "--quiet", "--config-file", str(config)], cwd=root)
    shutil.rmtree(root / "bare-site", ignore_errors=True)
    shutil.rmtree(root / "bare-docs", ignore_errors=True)
    return result


def site_ready() -> bool:
    try:
        import generator.site  # noqa: F401
    except Exception:
        return False
    return (ROOT / "site_config.yml").exists()




def rewritten(before: dict[str, int], after: dict[str, int]) -> list[str]:
    """Files new or with a new mtime (a file whose bytes did not change keeps its mtime)."""
    return sorted(k for k, v in after.items() if before.get(k) != v)


def grouped(paths: list[str], limit: int = 12) -> str:
    """The files listed, or when there are many, counted by section and kind
    (`reports/*/index.html 2`: one folder level named, the rest as *)."""
    if len(paths) <= limit:
        return ", ".join(paths) or "none"
    groups: dict[str, int] = {}
    for path in paths:
        parts = path.split("/")
        if len(parts) == 1:
            key = "*" + Path(path).suffix
            groups[key] = groups.get(key, 0) + 1
            continue
        head = 2 if parts[0] == "en" and len(parts) > 2 else 1
        key = "/".join(parts[:head]) + ("/*/" if len(parts) > head + 1 else "/") + (parts[-1] if parts[-1] == "index.html" else "*" + Path(parts[-1]).suffix)
        groups[key] = groups.get(key, 0) + 1
    return "; ".join(f"{k} {n}" for k, n in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0])))


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def heaviest_page(site: Path, pattern: str = "**/index.html") -> Path | None:
    pages = [p for p in site.glob(pattern) if "pagefind" not in p.parts]
    return max(pages, key=lambda p: (p.stat().st_size, str(p))) if pages else None


def new_report(root: Path, corpus: Path, seed: int) -> Path:
    """A report the corpus does not hold (an extra month of a new province), written
    outside sources/reports for `generator add`."""
    incoming = root / "incoming"
    incoming.mkdir(exist_ok=True)
    for extra in range(seed, seed + 1000):
        name, text, _ = make_corpus.render(make_corpus.extra_item(extra), seed)
        place_period = name.rsplit("_", 1)[0]  # `can-tho-2025_2026-01`: a root reused across runs may hold it under another hash
        if not any(corpus.glob(f"{place_period}_*")) and not (incoming / name).exists():
            break
    path = incoming / name
    path.write_text(text, encoding="utf-8")
    return path


def make_build(root: Path) -> list[Run]:
    """What `make build` runs: all (extract, check, package with full validation), site, build."""
    return [gen(root, "all", "--quiet"), gen(root, "site"), gen(root, "build")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=make_corpus.DEFAULT_N)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the no-op and add measures (medians printed)")
    parser.add_argument("--sample", type=int, default=400, help="corpus reports timed for the single-process extraction rate")
    parser.add_argument("--no-site", action="store_true", help="the pipeline only")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare-mkdocs comparators (no ratios printed)")
    parser.add_argument("--incremental", action="store_true",
                        help="reuse an existing root: bring it up to date (warm caches), then time no-op and add only")
    args = parser.parse_args(argv)
    root = (args.root or ROOT / "benchmarks" / "out" / f"root-{args.n}").resolve()
    corpus = root / "sources" / "reports"
    package_dir = root / "datapackages" / "de-an-06"
    rows: list[tuple[str, str, str]] = []
    with_site = not args.no_site and site_ready()

    def row(name: str, value: str, target: str = "") -> None:
        rows.append((name, value, target))
        print(f"  {name}: {value}", flush=True)

    peak = 0.0
    cold_secs = None
    if not args.incremental:
        t = time.perf_counter()
        expected = setup_root(root, args.n, args.seed)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        row("corpus", f"{len(expected)} reports, {size / 1e6:.1f} MB (generated in {time.perf_counter() - t:.0f} s)")
        seeds = ROOT / "sources" / "reports"
        mbps, count, secs, wall = extraction_rate(seeds, 100, fresh=True, repeat=5)
        row("extraction rate on the seeds (sources/reports), 1 process, memos cleared",
            f"{mbps:.2f} MB per CPU second ({wall:.2f} MB/s wall; {count} reads in {secs:.1f} s)", ">= 1 MB/s per core")
        mbps, count, secs, wall = extraction_rate(corpus, args.sample, fresh=True)
        row("extraction rate on the corpus, 1 process, memos cleared",
            f"{mbps:.2f} MB per CPU second ({wall:.2f} MB/s wall; {count} reports in {secs:.1f} s)", ">= 1 MB/s per core")
        mbps, count, secs, wall = extraction_rate(corpus, args.sample, fresh=False)
        row("same, memos kept between reports (flatters: the corpus repeats sentences)", f"{mbps:.2f} MB per CPU second")
        # cold: what `make build` runs on fresh caches
        steps = [gen(root, "all", "--quiet")]
        row("all (cold cache: extract 2 workers, check, package, full frictionless validation)",
            f"{steps[0].seconds:.1f} s, peak {steps[0].peak_tree_mb:.0f} MB")
        if with_site:
            steps += [gen(root, "site"), gen(root, "build")]
            row("site generate", f"{steps[1].seconds:.1f} s, peak {steps[1].peak_tree_mb:.0f} MB")
            row("site build", f"{steps[2].seconds:.1f} s, peak {steps[2].peak_tree_mb:.0f} MB ({_steps(steps[2])})")
        cold_secs = sum(s.seconds for s in steps)
        peak = max(s.peak_tree_mb for s in steps)
        pkg_size, pkg_files, _ = folder_size(package_dir)
        row("package size", f"{pkg_size / 1e6:.1f} MB in {pkg_files} files")
    else:
        copy_inputs(root)
        for r in make_build(root):
            peak = max(peak, r.peak_tree_mb)

    bare = None
    if with_site:
        site = root / "site"
        site_bytes, site_files, pages = folder_size(site)
        row("HTML pages by section (all languages)", page_counts(site))
        sizes: dict[str, int] = {}
        for p in site.rglob("*"):
            if p.is_file():
                parts = p.relative_to(site).parts
                parts = parts[1:] if parts[0] == "en" else parts
                sizes[parts[0] if len(parts) > 1 else "(top)"] = sizes.get(parts[0] if len(parts) > 1 else "(top)", 0) + p.stat().st_size
        top = ", ".join(f"{k} {v / 1e6:.0f}" for k, v in sorted(sizes.items(), key=lambda kv: -kv[1])[:8])
        row("site size", f"{site_bytes / 1e6:.1f} MB, {site_files} files, {pages} HTML pages (MB by folder: {top})", "<= 600 MB")
        for label, pattern in (("heaviest page", "**/index.html"), ("heaviest indicator page", "**/indicators/*/index.html")):
            page = heaviest_page(site, pattern)
            if page:
                raw, zipped, files = page_weight(site, page)
                row(f"{label}, first view without the chart library", f"{raw / 1024:.0f} KB raw, {zipped / 1024:.0f} KB gzip "
                    f"({files} files: {page.relative_to(site)}, page itself {page.stat().st_size / 1024:.0f} KB)", "<= 150 KB transferred")
        index = [p for p in site.rglob("*") if p.is_file() and "pagefind" in p.parts]
        row("search index", f"{sum(p.stat().st_size for p in index) / 1e6:.1f} MB in {len(index)} files")
        if not args.no_bare:
            bare = bare_mkdocs(root, stamped=True)
            if bare:
                peak_bare = bare.peak_tree_mb
                row("bare mkdocs build of the same pages (every page as Markdown, plugins: [])", f"{bare.seconds:.1f} s, peak {peak_bare:.0f} MB")
            bare_md = bare_mkdocs(root, stamped=False)
            if bare_md:
                row("bare mkdocs build of the Markdown pages only (templates, not the stamped pages)", f"{bare_md.seconds:.1f} s")

    def ratio(seconds: float) -> str:
        return f"; ratio to bare mkdocs {seconds / bare.seconds:.3f}" if bare else ""

    if cold_secs is not None:
        row("cold: make build (all + site + build)", f"{cold_secs:.0f} s{ratio(cold_secs)}, peak {peak:.0f} MB (summed over the process tree)",
            "<= 300 s, <= 2048 MB")

    # no-op: `make build` again with nothing changed
    noops = []
    for _ in range(args.repeat):
        runs = make_build(root) if with_site else [gen(root, "all", "--quiet")]
        noops.append(sum(r.seconds for r in runs))
        peak = max(peak, *(r.peak_tree_mb for r in runs))
        detail = ", ".join(f"{r.output.strip().splitlines()[-1][:90] if r.output.strip() else ''} {r.seconds:.1f} s" for r in runs)
    row(f"no-op: make build with nothing changed (median of {len(noops)})",
        f"{median(noops):.1f} s{ratio(median(noops))} (runs {', '.join(f'{x:.1f}' for x in noops)}; last: {detail})", "<= 5 s")

    # add one report: `generator add FILE` (full validation, as by default) + site + build
    adds = []
    for i in range(args.repeat):
        before_pkg, before_site = mtimes(package_dir), mtimes(root / "site")
        before_src = mtimes(root / "site_src")
        path = new_report(root, corpus, args.seed + i)
        runs = [gen(root, "add", str(path))]
        if with_site:
            runs += [gen(root, "site"), gen(root, "build")]
        secs = sum(r.seconds for r in runs)
        adds.append(secs)
        peak = max(peak, *(r.peak_tree_mb for r in runs))
        pkg, site_files = rewritten(before_pkg, mtimes(package_dir)), rewritten(before_site, mtimes(root / "site"))
        src = rewritten(before_src, mtimes(root / "site_src"))
        log = root / f"add-{i + 1}-rewritten.txt"
        log.write_text("\n".join(["# package"] + pkg + ["# site_src"] + src + ["# site"] + site_files) + "\n", encoding="utf-8")
        row(f"add {i + 1} ({path.name})", f"{secs:.1f} s{ratio(secs)}: " + ", ".join(
            f"{name} {r.seconds:.1f} s" for name, r in zip(("add", "site", "build"), runs)) + (f" (build: {_steps(runs[2])})" if with_site else ""))
        row(f"add {i + 1}: files rewritten or new", f"package {len(pkg)} of {len(before_pkg)} ({grouped(pkg)}); site_src {len(src)} of "
            f"{len(before_src)}; site {len(site_files)} of {len(before_site)} ({grouped(site_files)}); full list {log.name}")
    row(f"add one report: add + site + build (median of {len(adds)})",
        f"{median(adds):.1f} s{ratio(median(adds))} (runs {', '.join(f'{x:.1f}' for x in adds)})", "<= 15 s")
    row("peak memory over every run", f"{peak:.0f} MB (summed RSS of the process tree)", "<= 2048 MB")

    print("\n| measure | value | target |\n|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")
    return 0


def _steps(build: Run) -> str:
    found = re.search(r"\((mkdocs[^)]*|[a-z ]+ [0-9.]+ s[^)]*)\)", build.output)
    return found.group(1) if found else build.output.strip()[-120:]


if __name__ == "__main__":
    sys.exit(main())
