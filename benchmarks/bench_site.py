"""Site build speed on the real data package, and what an indicator page costs on first view.

    .venv/bin/python benchmarks/bench_site.py [--repeat N]

Prints the build time (generate_site + build_site into a scratch copy of the project), pages per
second, and the bytes Chromium receives for one indicator page with an empty cache (sum of
response bodies, uncompressed and as gzip would send them). The 100x synthetic corpus is
measured by benchmarks/bench_scale.py.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "browser")]

import sitekit  # noqa: E402


def first_view(site: Path, scratch: Path, path: str) -> sitekit.Guard:
    from playwright.sync_api import sync_playwright

    with sitekit.Server(site, scratch) as server, sync_playwright() as playwright:
        browser = sitekit.launch(playwright)
        guard = sitekit.Guard()
        context = sitekit.new_context(browser, guard)
        page = context.new_page()
        guard.attach_page(page, measure=True)
        page.goto(server.base_url + path, wait_until="networkidle")
        context.close()
        browser.close()
    return guard


def kib(n: int) -> str:
    return f"{n / 1024:,.1f} KiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="builds to time (median reported)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-site-") as tmp:
        times = []
        for i in range(args.repeat):
            result = sitekit.build(sitekit.copy_project(Path(tmp) / f"project{i}"))
            times.append(result.seconds)
        seconds = statistics.median(times)
        print(f"build: {result.pages} HTML pages in {seconds:.2f} s (median of {len(times)}) = {result.pages / seconds:.1f} pages/s"
              f" (last run: generate_site {result.generate_seconds:.2f} s, build_site {result.build_seconds:.2f} s)")
        indicators = sorted(p.parent.name for p in (result.site / "indicators").glob("*/index.html"))
        if not indicators:
            print("first view: no indicator page in the site")
            return
        if not sitekit.chromium_available():
            print(f"first view: {sitekit.CHROMIUM} absent, not measured")
            return
        path = f"indicators/{indicators[0]}/"
        guard = first_view(result.site, Path(tmp) / "serve", path)
        raw = sum(b for _, b, _ in guard.bodies)
        packed = sum(g for _, _, g in guard.bodies)
        print(f"first view of /{path}: {len(guard.bodies)} responses, {kib(raw)} uncompressed, {kib(packed)} gzip-estimated")
        for url, size, gz in sorted(guard.bodies, key=lambda b: -b[1])[:8]:
            print(f"  {kib(size):>12} {kib(gz):>12}  {url.split('/sub/path/', 1)[-1]}")
        if guard.problems():
            print("problems:", *guard.problems(), sep="\n  ")


if __name__ == "__main__":
    main()
