"""The small site config (`site_config.yml`): what to publish from which data package.

Everything Đề án 06-specific lives in that file and in its texts folder; the page types
only read table and field names from here. A mistake in the file stops the run with one
line naming the file and the key.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import os
from urllib.parse import urlsplit

import yaml

from generator.errors import InputError

CONFIG_NAME = "site_config.yml"
SITE_URL_ENV = "DEAN06_SITE_URL"  # the public address, overriding site_config.yml (a deployment job sets it)
PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "localhost", "127.0.0.1")
SECTION_TYPES = ("series", "status", "listing", "documents", "places", "reporting", "data", "text", "search")
PAGE_SLUG_RESERVED = ("assets", "charts", "downloads", "feeds", "pagefind", "search", "tables")


@dataclass(frozen=True)
class Join:
    """Columns copied from a context table onto every row that carries its key."""

    table: str
    key: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class Provenance:
    """Where a fact row came from: a document row and a line in its text."""

    documents: str  # slug of the documents section
    document_field: str
    line_field: str
    quote_field: str


@dataclass
class SiteConfig:
    path: Path
    root: Path
    title: dict[str, str]
    description: dict[str, str]
    site_url: str  # the public address ending in "/", or "" for a local build (relative links only)
    package: Path
    languages: tuple[str, ...]
    texts: Path | None
    licence: dict[str, str]
    join: Join | None
    provenance: Provenance | None
    flags: dict[str, str] | None
    place: str | None
    time: str | None
    period: tuple[str, str] | None
    silent_units: tuple[str, ...]
    sections: list[dict[str, Any]] = field(default_factory=list)
    headline_limit: int = 6
    news_limit: int = 5
    theme: dict[str, Any] = field(default_factory=dict)
    publisher: dict[str, str] = field(default_factory=dict)
    figures: dict[str, Any] = field(default_factory=dict)
    catalogue: dict[str, Any] = field(default_factory=dict)
    progress: dict[str, Any] = field(default_factory=dict)  # targets and change since the previous report (progress.py)
    lineage: dict[str, Any] = field(default_factory=dict)  # what a place became or was made of (pages_places.py)
    quoted: dict[str, Any] = field(default_factory=dict)  # fields holding text as printed, and its language

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def section(self, slug: str) -> dict[str, Any] | None:
        return next((s for s in self.sections if s["slug"] == slug), None)

    def sections_of(self, kind: str) -> list[dict[str, Any]]:
        return [s for s in self.sections if s["type"] == kind]


def _need(raw: dict, key: str, path: Path, where: str = "") -> Any:
    if key not in raw or raw[key] in (None, ""):
        raise InputError(path, f"missing '{where}{key}'")
    return raw[key]


def _per_language(value: Any, languages: tuple[str, ...], path: Path, key: str) -> dict[str, str]:
    if isinstance(value, str):
        return {lang: value for lang in languages}
    if not isinstance(value, dict) or any(lang not in value for lang in languages):
        raise InputError(path, f"'{key}' needs one text per language ({', '.join(languages)})")
    return {lang: str(value[lang]) for lang in languages}


def public_address(raw: Any, path: Path) -> str:
    """The site's public address from the environment or the config, ending in '/'; ''
    when none is set (a local build: every link relative, no address in any file)."""
    value = os.environ.get(SITE_URL_ENV) or ("" if raw in (None, "") else str(raw))
    value = value.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise InputError(path, f"site_url '{value}' is not an http(s) address of a folder (e.g. https://example.gov.vn/de-an-06/)")
    return value.rstrip("/") + "/"


def check_deployable(config: "SiteConfig") -> None:
    """A build for deployment needs the real public address: citations, the catalogue,
    the sitemap and the hreflang links carry it."""
    if not config.site_url:
        raise InputError(config.path, f"site_url is not set: a build for deployment needs the site's public address "
                                      f"(site_url in {CONFIG_NAME} or ${SITE_URL_ENV}), e.g. https://example.gov.vn/de-an-06/")
    host = (urlsplit(config.site_url).hostname or "").lower()
    if any(host == p or host.endswith("." + p) for p in PLACEHOLDER_HOSTS):
        raise InputError(config.path, f"site_url '{config.site_url}' is a placeholder or local address: set the site's real public address to deploy")


def load_config(root: Path, path: Path | None = None) -> SiteConfig:
    path = path or root / CONFIG_NAME
    if not path.is_file():
        raise InputError(path, "site config not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise InputError(path, f"not valid YAML: {getattr(exc, 'problem', exc)}", line + 1 if line is not None else None) from None
    if not isinstance(raw, dict):
        raise InputError(path, "expected a mapping of settings")
    languages = tuple(raw.get("languages") or ("vi", "en"))
    join = raw.get("join")
    prov = raw.get("provenance")
    config = SiteConfig(
        path=path,
        root=root,
        title=_per_language(_need(raw, "title", path), languages, path, "title"),
        description=_per_language(raw.get("description", ""), languages, path, "description"),
        site_url=public_address(raw.get("site_url"), path),
        package=(root / str(_need(raw, "package", path))).resolve(),
        languages=languages,
        texts=(root / raw["texts"]).resolve() if raw.get("texts") else None,
        licence=dict(raw.get("licence") or {}),
        join=Join(join["table"], join["key"], tuple(join.get("fields", ()))) if join else None,
        provenance=Provenance(prov["documents"], prov["document_field"], prov["line_field"], prov["quote_field"]) if prov else None,
        flags=dict(raw["flags"]) if raw.get("flags") else None,
        place=raw.get("place"),
        time=raw.get("time"),
        period=tuple(raw["period"]) if raw.get("period") else None,
        silent_units=tuple(raw.get("silent_units") or ()),
        headline_limit=int(raw.get("headline_limit", 6)),
        news_limit=int(raw.get("news_limit", 5)),
        theme=dict(raw.get("theme") or {}),
        figures=dict(raw.get("figures") or {}),
        catalogue=dict(raw.get("catalogue") or {}),
        progress=dict(raw.get("progress") or {}),
        lineage=dict(raw.get("lineage") or {}),
        quoted=dict(raw.get("quoted") or {}),
    )
    config.publisher = _per_language(raw.get("publisher") or config.title, languages, path, "publisher")
    config.sections = [_section(s, i, path) for i, s in enumerate(raw.get("sections") or [])]
    slugs = [s["slug"] for s in config.sections]
    if len(set(slugs)) != len(slugs):
        raise InputError(path, "two sections share a slug")
    if config.provenance and config.provenance.documents not in slugs:
        raise InputError(path, f"'provenance.documents' names no section: {config.provenance.documents}")
    return config


def _section(raw: Any, index: int, path: Path) -> dict[str, Any]:
    where = f"sections[{index}]."
    if not isinstance(raw, dict):
        raise InputError(path, f"{where[:-1]} must be a mapping")
    kind = _need(raw, "type", path, where)
    if kind not in SECTION_TYPES:
        raise InputError(path, f"{where}type '{kind}' is not one of {', '.join(SECTION_TYPES)}")
    slug = str(_need(raw, "slug", path, where))
    if not slug.replace("-", "").isalnum() or slug in PAGE_SLUG_RESERVED and kind != "search":
        raise InputError(path, f"{where}slug '{slug}' must be letters, digits and '-', and not a reserved folder")
    if kind in ("series", "status", "listing", "documents"):
        _need(raw, "table", path, where)
    if kind in ("series", "status"):
        _need(raw, "entity", path, where)
    if kind == "series":
        _need(raw, "value", path, where)
    if kind == "status":
        _need(raw, "status", path, where)
    if kind == "documents":
        _need(raw, "key", path, where)
    return dict(raw)
