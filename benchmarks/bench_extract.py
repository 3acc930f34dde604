"""Extraction throughput and full package validation time on the bundled reports.

    .venv/bin/python benchmarks/bench_extract.py [--repeat N]

Extraction: every report in sources/reports/ read and extracted N times in this one process
(no worker pool, no extraction cache: `pipeline.extract_source` is called directly), as KB
of report text per second, per report and in total. Validation: the package is built once
into a scratch copy of the project, then frictionless validates it in full (types,
constraints, primary and foreign keys), timed alone. Plain printed figures, no assertions.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.codelists import References  # noqa: E402
from generator.paths import Layout  # noqa: E402
from generator.pipeline import clear_memos, extract_source  # noqa: E402
from generator.sources import list_sources, read_text  # noqa: E402


def bench_extract(refs: References, repeat: int) -> None:
    sources = list_sources(ROOT / "sources" / "reports")
    extract_source(sources[0], refs)  # warm-up: imports, compiled patterns
    print(f"extraction, single process, no cache, {repeat} run(s) of each report")
    print("KB/s: wall clock; CPU KB/s: this process's CPU time (the figure that holds on a shared, loaded machine)")
    print(f"{'report':<28} {'KB':>8} {'ms/run':>9} {'KB/s':>9} {'CPU KB/s':>9} {'rows':>6}")
    total_kb = total_s = total_cpu = 0.0
    for source in sources:
        kb = len(read_text(source).encode("utf-8")) / 1000
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(repeat):
            clear_memos()  # each run must read the text afresh, as a new report would
            data = extract_source(source, refs)
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
        rows = sum(len(v) for v in data["tables"].values())
        print(f"{source.name:<28} {kb:>8.1f} {seconds / repeat * 1000:>9.1f} {kb * repeat / seconds:>9.1f} {kb * repeat / cpu_seconds:>9.1f} {rows:>6}")
        total_kb += kb * repeat
        total_s += seconds
        total_cpu += cpu_seconds
    print(f"{'all (' + str(len(sources)) + ' reports x ' + str(repeat) + ')':<28} {total_kb:>8.1f} {total_s * 1000:>9.1f} {total_kb / total_s:>9.1f} {total_kb / total_cpu:>9.1f}")


def bench_validate(repeat: int) -> None:
    from generator.package import validate_package, write_package
    from generator.pipeline import assemble, run_extract

    with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
        layout = Layout(Path(tmp))
        shutil.copytree(ROOT / "codelists", layout.codelists)
        shutil.copytree(ROOT / "sources" / "reports", layout.reports)
        refs = References.load(layout.codelists)
        results = run_extract(layout, refs, progress=False, jobs=1)
        tables = assemble(results, refs, layout.corrections)
        write_package(layout, tables, refs, [r.source for r in results], validate=False)
        descriptor = layout.package / "datapackage.json"
        rows = sum(max(0, len(p.read_text(encoding="utf-8").splitlines()) - 1) for p in layout.package.glob("*.csv"))
        size = sum(p.stat().st_size for p in layout.package.glob("*.csv")) / 1000
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            errors = validate_package(descriptor)
            times.append(time.perf_counter() - start)
        print()
        print("full frictionless validation of the package")
        print(f"{'tables':>6} {'rows':>7} {'CSV KB':>8} {'errors':>6} {'best s':>7} {'median s':>8}")
        times.sort()
        print(f"{len(list(layout.package.glob('*.csv'))):>6} {rows:>7} {size:>8.1f} {len(errors):>6} {times[0]:>7.2f} {times[len(times) // 2]:>8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="runs of each report (default 20)")
    parser.add_argument("--validate-repeat", type=int, default=3, help="validation runs (default 3)")
    args = parser.parse_args()
    refs = References.load(ROOT / "codelists")
    bench_extract(refs, args.repeat)
    if args.validate_repeat > 0:  # (`--validate-repeat 0`: the extraction rate alone)
        bench_validate(args.validate_repeat)


if __name__ == "__main__":
    main()
