"""Screenshots of the built site as a phone shows it (390 × 844 CSS px), for the docs.

    .venv/bin/python tools/screenshots.py                 # site/ -> docs/screenshots/*.png
    .venv/bin/python tools/screenshots.py --site SITE --out FOLDER --scale 2

Serves the built site from a sub-path on 127.0.0.1 (as a static host would), opens each
page in Debian's Chromium (/usr/bin/chromium, driven by Playwright) with every request to
another host blocked, and saves the first screen of each page (plus the place page's
summary, scrolled to it). Build the site first (`make build`).
"""
from __future__ import annotations

import argparse
import http.server
import socketserver
import sys
import threading
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
SUB_PATH = "/de-an-06/"
WIDTH, HEIGHT = 390, 844
# (file name, page path from the site root, element to scroll to first or "")
SHOTS = [
    ("home", "", ""),
    ("place", "places/binh-dinh/", ""),
    ("place-summary", "places/binh-dinh/", "#headlines"),
    ("indicator", "indicators/digitisation_rate/", ""),
    ("indicator-chart", "indicators/digitisation_rate/", "#chart"),
    ("report", "reports/binh-dinh-2024-12-annual-d5413ff2/", ""),
    ("reporting", "reporting/", ""),
    ("place-en", "en/places/gia-lai-2025/", ""),
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[socketserver.TCPServer, str]:
    """http.server on a free port, the site mounted at SUB_PATH."""
    mount = site.resolve()

    class Handler(_Quiet):
        def translate_path(self, path: str) -> str:
            clean = path.split("?", 1)[0].split("#", 1)[0]
            if not clean.startswith(SUB_PATH):
                return str(mount / "__nowhere__")
            return str(mount / clean[len(SUB_PATH):])

    server = socketserver.TCPServer(("127.0.0.1", 0), partial(Handler, directory=str(mount)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH}"


def shoot(site: Path, out: Path, scale: float) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    server, base = serve(site)
    written = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            context = browser.new_context(viewport={"width": WIDTH, "height": HEIGHT}, device_scale_factor=scale,
                                          service_workers="block")
            context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("http://127.0.0.1")
                          else route.abort("blockedbyclient"))
            page = context.new_page()
            for name, path, anchor in SHOTS:
                page.goto(base + path, wait_until="networkidle")
                if anchor:
                    # one scroll down to just above it (clear of the header; scrolling back up
                    # would bring out the theme's "back to top" button)
                    page.evaluate("sel => window.scrollTo(0, document.querySelector(sel).getBoundingClientRect().top"
                                  " + window.scrollY - 64)", anchor)
                page.wait_for_timeout(300)  # the header's title swap settles
                target = out / f"{name}.png"
                page.screenshot(path=str(target))
                written.append(target)
            browser.close()
    finally:
        server.shutdown()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="where the PNG files go")
    parser.add_argument("--scale", type=float, default=1.0, help="device pixel ratio (1: 390 px wide images)")
    args = parser.parse_args(argv)
    if not (args.site / "index.html").is_file():
        print(f"{args.site}: no built site (run `make build` first)", file=sys.stderr)
        return 1
    for path in shoot(args.site, args.out, args.scale):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
