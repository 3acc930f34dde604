"""Every internal link resolves (crawled over HTTP from both home pages, from the sub-path), and
no built file makes the browser reach another host."""
from __future__ import annotations

import hashlib
import re
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

import pytest

import sitekit

pytestmark = pytest.mark.timeout(120)

MAX_PAGES = 3000
LOADED = {  # tag -> attributes whose URL the browser fetches by itself
    "script": ("src",), "link": ("href",), "img": ("src",), "iframe": ("src",), "source": ("src",),
    "video": ("src", "poster"), "audio": ("src",), "embed": ("src",), "object": ("data",), "image": ("href",),
    "use": ("href",), "input": ("src",), "track": ("src",),
}
CSS_URL = re.compile(r"""(?:url\(\s*|@import\s+)['"]?([^'")\s]+)""")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
KNOWN_HOSTS = re.compile(
    r"fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com"
    r"|googletagmanager\.com|google-analytics\.com|api\.github\.com|polyfill\.io|use\.fontawesome\.com"
)


class Refs(HTMLParser):
    """Collects ids, followable links (a/area href) and fetched URLs (LOADED) of one HTML file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.loaded: list[tuple[str, str]] = []
        self._style = False
        self.css: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])
        if tag in ("a", "area") and attrs.get("href"):
            self.links.append(attrs["href"])
        rel = set((attrs.get("rel") or "").lower().split())
        if tag == "link" and rel & {"alternate", "canonical"}:  # named, not fetched
            if attrs.get("href"):
                self.links.append(attrs["href"])
            return
        for name in LOADED.get(tag, ()):
            for value in (attrs.get(name), attrs.get(f"xlink:{name}")):
                if value:
                    self.loaded.append((tag, value))
        if attrs.get("srcset"):
            self.loaded += [(tag, part.split()[0]) for part in attrs["srcset"].split(",") if part.strip()]
        if attrs.get("style"):
            self.css.append(attrs["style"])
        self._style = tag == "style"

    def handle_data(self, data):
        if self._style:
            self.css.append(data)

    def handle_endtag(self, tag):
        self._style = False


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, "", b""


def crawl(site) -> tuple[int, list[str]]:
    """Breadth-first over internal links and fetched assets; returns (pages seen, problems)."""
    starts = [site.url(sitekit.lang_prefix(lang)) for lang in sitekit.LANGS]
    queue = deque((url, "(start)") for url in starts)
    seen: set[str] = set(starts)
    ids: dict[str, set[str] | None] = {}  # page URL -> its ids (None: not HTML)
    wanted: list[tuple[str, str, str]] = []  # (page URL, fragment, referrer)
    problems: list[str] = []
    pages = 0
    host = urlsplit(site.base_url).netloc
    while queue and pages < MAX_PAGES:
        url, referrer = queue.popleft()
        pages += 1
        status, kind, body = fetch(url)
        if status != 200:
            problems.append(f"HTTP {status}: {url} (linked from {referrer})")
            continue
        targets: list[str] = []
        if kind == "text/html":
            text = body.decode("utf-8", errors="replace")
            if "<title>Directory listing for" in text:
                problems.append(f"no index.html (directory listing): {url} (linked from {referrer})")
                continue
            refs = Refs()
            refs.feed(text)
            ids[url] = refs.ids
            targets = refs.links + [value for _, value in refs.loaded] + [m for css in refs.css for m in CSS_URL.findall(css)]
        elif kind == "text/css":
            ids[url] = None
            targets = CSS_URL.findall(body.decode("utf-8", errors="replace"))
        else:
            ids[url] = None
        for target in targets:
            absolute = urljoin(url, target.strip())
            parts = urlsplit(absolute)
            if parts.scheme not in ("http", "https") or parts.netloc != host:
                continue  # mailto:, data:, javascript:, other sites (checked by test_no_external_reference)
            if not parts.path.startswith(urlsplit(site.base_url).path):
                problems.append(f"leaves the sub-path {urlsplit(site.base_url).path}: {target!r} in {url}")
                continue
            page = urlunsplit(parts._replace(fragment=""))
            if parts.fragment:
                wanted.append((page, parts.fragment, url))
            if page not in seen:
                seen.add(page)
                queue.append((page, url))
    for page, fragment, referrer in wanted:
        known = ids.get(page)
        if known is not None and fragment not in known and urllib.request.unquote(fragment) not in known:
            problems.append(f"missing anchor #{fragment} on {page} (linked from {referrer})")
    return pages, problems


def test_no_broken_internal_link(site):
    pages, problems = crawl(site)
    assert pages >= 2 * len(sitekit.TEMPLATES), f"the crawl reached only {pages} URLs"
    assert pages < MAX_PAGES, f"crawl capped at {MAX_PAGES} URLs: raise the cap"
    assert problems == [], f"{len(problems)} problem(s) over {pages} URLs:\n" + "\n".join(sorted(set(problems))[:40])


def theme_files() -> set[str]:
    """Digests of files shipped by installed MkDocs themes: copied verbatim, they may carry
    host names for features we turn off (the runtime guard in test_browser_pages covers them)."""
    import material

    root = Path(material.__file__).parent
    return {hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.suffix in (".js", ".map", ".css")}


def test_no_external_reference(site):
    verbatim = theme_files()
    problems = []
    for path in sorted(site.root.rglob("*")):
        if path.suffix not in (".html", ".css", ".js"):
            continue
        data = path.read_bytes()
        rel = path.relative_to(site.root)
        text = data.decode("utf-8", errors="replace")
        css: list[str] = []
        if path.suffix == ".html":
            refs = Refs()
            refs.feed(text)
            problems += [f"{rel}: <{tag}> loads {url}" for tag, url in refs.loaded if EXTERNAL.match(url.strip())]
            css = refs.css
        elif path.suffix == ".css":
            css = [text]
        problems += [f"{rel}: CSS loads {url}" for chunk in css for url in CSS_URL.findall(chunk) if EXTERNAL.match(url)]
        if hashlib.sha256(data).hexdigest() not in verbatim:
            problems += [f"{rel}: names {host}" for host in sorted(set(KNOWN_HOSTS.findall(text)))]
    assert problems == [], "\n".join(problems[:40])


def test_site_is_served_from_a_sub_path(site):
    """Links can only pass the crawl from a sub-path if nothing sits at the server root."""
    root = site.base_url.removesuffix(sitekit.SUB_PATH) + "/index.html"
    assert fetch(root)[0] == 404
    assert fetch(site.url("index.html"))[0] == 200
