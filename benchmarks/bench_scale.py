"""Scale benchmark: pipeline + site on a synthetic national corpus. Measures, never asserts.

    python benchmarks/bench_scale.py --n 6500 --seed 1            # full run (~minutes)
    python benchmarks/bench_scale.py --n 300 --frictionless        # quick, plus full validation

Works in its own project root (default benchmarks/out/root-<n>/: sources/reports = the
corpus, codelists/ and site_config.yml copied), runs `python -m generator --root <root>`
stages as child processes and prints one table. Memory is the peak of the summed RSS of
the child and all its descendants (sampled every 0.1 s) and the largest single-process
maxrss from wait4.
"""
from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
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


def extraction_rate(folder: Path, limit: int, fresh: bool = False) -> tuple[float, int, float]:
    """(MB/s, reports, seconds): single process, no cache, extract_source in a loop.
    fresh: every memo cleared before each report (the synthetic corpus repeats sentences,
    which the memos shared between reports of a worker would otherwise reuse)."""
    code = f"""
import time, json
from pathlib import Path
from generator.codelists import References
from generator.sources import list_sources
from generator.pipeline import extract_source, clear_memos
refs = References.load(Path({str(ROOT / 'codelists')!r}))
sources = list_sources(Path({str(folder)!r}))[:{limit}]
extract_source(sources[0], refs)  # warm-up: imports, compiled patterns
start = time.perf_counter()
size = 0
for s in sources:
    size += s.path.stat().st_size
    if {fresh!r}:
        clear_memos()
    extract_source(s, refs)
print(json.dumps([size, len(sources), time.perf_counter() - start]))
"""
    out = py(code).output.strip().splitlines()[-1]
    size, count, seconds = eval(out)  # our own JSON list of numbers
    return size / 1e6 / seconds, count, seconds


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
    """The same pages through plain mkdocs (material theme, no plugins, hooks or extras).

    stamped=False: the Markdown pages of site_src/docs only (mkdocs renders those; the
    report and place pages are stamped from one template each). stamped=True: every page
    of the site as a Markdown page (the stamped ones with their HTML bodies): what the
    same site would cost through mkdocs alone."""
    src = root / "site_src"
    docs = src / "docs"
    if not docs.is_dir():
        return None
    if stamped:
        bare_docs = root / "bare-docs"
        shutil.rmtree(bare_docs, ignore_errors=True)
        shutil.copytree(docs, bare_docs, copy_function=os.link)
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
                                      "theme": {"name": "material", "features": ["navigation.prune"]}, "nav": nav},
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


def add_one_report(root: Path, corpus: Path, descriptor: Path, seed: int, with_site: bool, row) -> None:
    """Add one report the corpus does not have, then time package (+ site generate and
    build) and count the files each rewrote."""
    before_pkg, before_site = mtimes(descriptor.parent), mtimes(root / "site")
    for extra in range(seed, seed + 1000):
        name, text, _ = make_corpus.render(make_corpus.extra_item(extra), seed)
        if not (corpus / name).exists():
            break
    (corpus / name).write_text(text, encoding="utf-8")
    inc = gen(root, "package", "--quiet", "--no-validate")
    inc_secs = inc.seconds
    pkg_changed = changed(before_pkg, mtimes(descriptor.parent))
    detail = f"package {inc.seconds:.1f} s (rewritten/new/removed files {pkg_changed})"
    if with_site:
        gsite, build = gen(root, "site"), gen(root, "build")
        inc_secs += gsite.seconds + build.seconds
        after = mtimes(root / "site")
        steps = re.search(r"\((mkdocs[^)]*)\)", build.output)
        detail += (f"; site generate {gsite.seconds:.1f} s + build {build.seconds:.1f} s ({steps.group(1) if steps else ''}); "
                   f"site files rewritten/new/removed {changed(before_site, after)} of {len(before_site)}")
        outside = changed({k: v for k, v in before_site.items() if not k.startswith("pagefind/")},
                          {k: v for k, v in after.items() if not k.startswith("pagefind/")})
        detail += f", outside the search index {outside}"
    row("add one report: package + site", f"{inc_secs:.1f} s: {detail}", "<= 15 s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=make_corpus.DEFAULT_N)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--root", type=Path, default=None)
    parser.add_argument("--sample", type=int, default=400, help="reports timed for the single-process extraction rate")
    parser.add_argument("--frictionless", action="store_true", help="also time full frictionless validation (slow at scale)")
    parser.add_argument("--no-site", action="store_true")
    parser.add_argument("--incremental", action="store_true",
                        help="reuse an existing root: bring it up to date (warm caches), then only time adding one report")
    args = parser.parse_args(argv)
    root = (args.root or ROOT / "benchmarks" / "out" / f"root-{args.n}").resolve()
    rows: list[tuple[str, str, str]] = []

    def row(name: str, value: str, target: str = "") -> None:
        rows.append((name, value, target))
        print(f"  {name}: {value}", flush=True)

    if args.incremental:
        corpus, descriptor = root / "sources" / "reports", root / "datapackages" / "de-an-06" / "datapackage.json"
        copy_inputs(root)
        gen(root, "package", "--quiet", "--no-validate")
        if not args.no_site:
            gen(root, "site")
            gen(root, "build")
        add_one_report(root, corpus, descriptor, args.seed, not args.no_site, row)
        return 0

    t = time.perf_counter()
    expected = setup_root(root, args.n, args.seed)
    corpus = root / "sources" / "reports"
    size = sum(p.stat().st_size for p in corpus.iterdir())
    row("corpus", f"{len(expected)} reports, {size / 1e6:.1f} MB (generated in {time.perf_counter() - t:.0f} s)")

    mbps, count, secs = extraction_rate(corpus, args.sample)
    row("extraction rate, 1 process, no cache", f"{mbps:.2f} MB/s ({count} reports in {secs:.1f} s)", ">= 1 MB/s")
    mbps, count, secs = extraction_rate(corpus, args.sample, fresh=True)
    row("same, every memo cleared before each report", f"{mbps:.2f} MB/s ({count} reports in {secs:.1f} s)", ">= 1 MB/s")

    extract = gen(root, "extract", "--quiet")
    row("extract (cold cache, 2 workers)", f"{extract.seconds:.1f} s, peak {extract.peak_tree_mb:.0f} MB")
    package = gen(root, "package", "--quiet", "--no-validate")
    row("check + package (warm cache, no frictionless)", f"{package.seconds:.1f} s, peak {package.peak_tree_mb:.0f} MB")
    descriptor = root / "datapackages" / "de-an-06" / "datapackage.json"
    fast = py(f"import time; from pathlib import Path; from generator.fastcheck import fast_check; t=time.perf_counter(); e=fast_check(Path({str(descriptor)!r})); print(len(e), e[:3]); print(time.perf_counter()-t)")
    fast_secs = float(fast.output.strip().splitlines()[-1])
    row("fast checks in pandas (keys, enums, types)", f"{fast_secs:.2f} s in-process ({fast.seconds:.1f} s with start-up), errors: {fast.output.splitlines()[0]}")
    pkg_size, pkg_files, _ = folder_size(descriptor.parent)
    row("package size", f"{pkg_size / 1e6:.1f} MB in {pkg_files} files (originals included)")
    pipeline_secs = extract.seconds + package.seconds + fast.seconds
    peak = max(extract.peak_tree_mb, package.peak_tree_mb, fast.peak_tree_mb)

    site_secs = 0.0
    if args.no_site or not site_ready():
        row("site", "not measured (generator.site not ready or --no-site)")
    else:
        gsite = gen(root, "site")
        build = gen(root, "build")
        site_secs = gsite.seconds + build.seconds
        peak = max(peak, gsite.peak_tree_mb, build.peak_tree_mb)
        site_bytes, site_files, pages = folder_size(root / "site")
        row("site generate (Markdown pages + stamped page bodies)", f"{gsite.seconds:.1f} s, peak {gsite.peak_tree_mb:.0f} MB")
        steps = re.search(r"\((mkdocs[^)]*)\)", build.output)
        row("site build (mkdocs + stamped pages + pagefind)", f"{build.seconds:.1f} s, peak {build.peak_tree_mb:.0f} MB ({steps.group(1) if steps else ''})")
        row("HTML pages by section (all languages)", page_counts(root / "site"))
        row("site size", f"{site_bytes / 1e6:.1f} MB, {site_files} files, {pages} HTML pages")
        bare = bare_mkdocs(root, stamped=True)
        if bare:
            row("bare mkdocs build of the same pages (all of them as Markdown)",
                f"{bare.seconds:.1f} s, peak {bare.peak_tree_mb:.0f} MB; ratio site build / bare = {build.seconds / bare.seconds:.2f}", "<= 1.3")
        bare_md = bare_mkdocs(root, stamped=False)
        if bare_md:
            row("bare mkdocs build of the Markdown pages only (templates, not the stamped pages)",
                f"{bare_md.seconds:.1f} s; ratio site build / bare = {build.seconds / bare_md.seconds:.2f}")
        pages_ = sorted((root / "site").glob("**/indicators/*/index.html")) or sorted((root / "site").glob("**/indicators/**/*.html"))
        if pages_:
            raw, zipped, files = page_weight(root / "site", pages_[0])
            row("indicator page first view, no chart library", f"{raw / 1024:.0f} KB raw, {zipped / 1024:.0f} KB gzip ({files} files: {pages_[0].relative_to(root / 'site')})", "<= 150 KB")
        index = [p for p in (root / "site").rglob("*") if p.is_file() and ("pagefind" in p.parts or p.name == "search_index.json")]
        row("search index", f"{sum(p.stat().st_size for p in index) / 1e6:.1f} MB in {len(index)} files")

    row("full pipeline + site", f"{pipeline_secs + site_secs:.0f} s, peak {peak:.0f} MB (summed over the process tree)", "<= 300 s, <= 2048 MB")

    add_one_report(root, corpus, descriptor, args.seed, bool(site_secs), row)

    if args.frictionless:
        full = py(f"import time; from pathlib import Path; from generator.package import validate_package; t=time.perf_counter(); e=validate_package(Path({str(descriptor)!r})); print(len(e)); print(time.perf_counter()-t)")
        row("full frictionless validation", f"{float(full.output.strip().splitlines()[-1]):.1f} s, peak {full.peak_tree_mb:.0f} MB, errors: {full.output.splitlines()[0]}")

    print("\n| measure | value | target |\n|---|---|---|")
    for name, value, target in rows:
        print(f"| {name} | {value} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
