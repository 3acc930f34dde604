"""Build the site into a scratch copy of the project, serve it from a sub-path, drive Chromium.

Shared by tests/browser/conftest.py and benchmarks/bench_site.py. Nothing here knows the
page markup: page-specific knowledge lives in the tests.
"""
from __future__ import annotations

import gzip
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from generator.paths import Layout

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
HOST = "127.0.0.1"
SUB_PATH = "/sub/path/"  # the site is served below this prefix, never at the server root
LANGS = ("vi", "en")  # vi at the site root, en under en/
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {HOST}",
]
# The site's URL scheme (docs/site.md): templates with one fixed page, and templates with one
# page per record under a section folder. Each exists at the root (vi) and under en/.
FIXED = {
    "home": "",
    "services": "services/",
    "models": "models/",
    "tasks": "tasks/",
    "places": "places/",
    "data": "data/",
    "quality": "quality/",
    "reporting": "reporting/",
    "about": "about/",
    "search": "search/",
}
INSTANCES = {"indicator": "indicators", "model": "models", "report": "reports", "place": "places"}
TEMPLATES = ("home", "indicator", "services", "models", "model", "tasks", "places", "place", "report", "data", "quality",
             "reporting", "about", "search")
# Top-level entries of the checkout that are never site inputs.
NOT_INPUTS = {".git", ".venv", "build", "site", "site_src", "tests", "benchmarks", "node_modules", "__pycache__", ".pytest_cache"}


def lang_prefix(lang: str) -> str:
    return "" if lang == LANGS[0] else f"{lang}/"


def copy_project(dest: Path, source: Path = REPO) -> Layout:
    """Copy the site's inputs (code lists, sources, data package, config files) into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.name in NOT_INPUTS or entry.name.startswith(".") and entry.is_dir():
            continue
        target = dest / entry.name
        if entry.is_dir():
            shutil.copytree(entry, target, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)
        else:
            shutil.copy2(entry, target)
    return Layout(dest)


def ensure_package(layout: Layout) -> None:
    """The site is built from the data package; make it when the checkout has none."""
    if (layout.package / "datapackage.json").exists():
        return
    subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(layout.root), "all", "--quiet"],
        check=True, cwd=layout.root, stdout=subprocess.DEVNULL,
    )


@dataclass(frozen=True)
class BuildResult:
    layout: Layout
    seconds: float
    pages: int
    generate_seconds: float = 0.0  # generate_site: Markdown, charts, downloads
    build_seconds: float = 0.0  # build_site: mkdocs and the search index

    @property
    def site(self) -> Path:
        return self.layout.site


def build(layout: Layout) -> BuildResult:
    from generator.site import build_site, generate_site

    ensure_package(layout)
    start = time.perf_counter()
    generate_site(layout)
    middle = time.perf_counter()
    build_site(layout)
    end = time.perf_counter()
    return BuildResult(layout, end - start, count_pages(layout.site), middle - start, end - middle)


def count_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """`python -m http.server` serving `site` at http://127.0.0.1:<port>/sub/path/."""

    site: Path
    scratch: Path
    process: subprocess.Popen | None = None
    base_url: str = ""

    def start(self) -> str:
        docroot = self.scratch / "docroot"
        mount = docroot / SUB_PATH.strip("/")
        mount.parent.mkdir(parents=True, exist_ok=True)
        if not mount.exists():
            mount.symlink_to(self.site.resolve(), target_is_directory=True)
        port = free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "http.server", "--bind", HOST, "--directory", str(docroot), str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        self.base_url = f"http://{HOST}:{port}{SUB_PATH}"
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(self.base_url, timeout=2):
                    return self.base_url
            except (urllib.error.URLError, ConnectionError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"http.server did not come up on port {port}")
                time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def __enter__(self) -> "Server":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def launch(playwright):
    return playwright.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in ("data", "blob", "about", "javascript"):
        return True
    return parts.hostname == HOST


@dataclass
class Guard:
    """Aborts and records requests leaving 127.0.0.1; records console errors and page errors."""

    outside: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    bodies: list[tuple[str, int, int]] = field(default_factory=list)  # url, raw bytes, gzip bytes

    def attach_context(self, context) -> None:
        context.route("**/*", self._route)

    def attach_page(self, page, measure: bool = False) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.page_errors.append(str(exc)))
        page.on("requestfailed", lambda req: self.failed.append(f"{req.url} ({req.failure})"))
        if measure:
            page.on("response", self._measure)

    def _route(self, route) -> None:
        url = route.request.url
        if is_local(url):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort("blockedbyclient")

    def _console(self, message) -> None:
        if message.type == "error":
            location = message.location or {}
            self.console_errors.append(f"{message.text} [{location.get('url', '')}:{location.get('lineNumber', '')}]")

    def _measure(self, response) -> None:
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            return
        self.bodies.append((response.url, len(body), len(gzip.compress(body, 6))))

    def assert_clean(self, where: str) -> None:
        problems = self.problems()
        assert not problems, f"{where}:\n" + "\n".join(problems)

    def problems(self) -> list[str]:
        return (
            [f"request outside the site: {u}" for u in self.outside]
            + [f"console error: {m}" for m in self.console_errors]
            + [f"page error: {m}" for m in self.page_errors]
            # ERR_ABORTED: cancelled by the page leaving (a click); 404s show as console errors.
            + [f"request failed: {m}" for m in self.failed if not any(c in m.lower() for c in ("blockedbyclient", "err_aborted"))]
        )


def new_context(browser, guard: Guard, javascript: bool = True):
    context = browser.new_context(service_workers="block", java_script_enabled=javascript)
    context.set_default_timeout(15_000)
    guard.attach_context(context)
    return context


def chromium_available() -> bool:
    return CHROMIUM.exists() and os.access(CHROMIUM, os.X_OK)


def provenance_quotes(package: Path) -> dict[tuple[str, int], set[str]]:
    """(report_id, source_line) -> the source quotes the data package cites for that line."""
    import csv
    import io
    import json

    from tests import package_tables

    quotes: dict[tuple[str, int], set[str]] = {}
    for resource in json.loads((package / "datapackage.json").read_text(encoding="utf-8"))["resources"]:
        reader = csv.DictReader(io.StringIO(package_tables.text(package, resource["name"])))
        if not {"report_id", "source_line", "source_quote"} <= set(reader.fieldnames or ()):
            continue
        for row in reader:
            if row["source_line"]:
                quote = unguard(row["source_quote"])
                quotes.setdefault((row["report_id"], int(row["source_line"])), set()).add(quote)
    return quotes


def unguard(text: str) -> str:
    """The package publishes text as read (no spreadsheet guard): the quote itself."""
    return text


def squash(text: str) -> str:
    """Whitespace-insensitive form for comparing source text with rendered text."""
    return " ".join(text.split())
