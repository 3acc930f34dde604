"""The generated `mkdocs.yml`: mkdocs-material + mkdocs-static-i18n (folder layout: vi at
`/`, en at `/en/`), a shallow nav of the section index pages, everything that would reach
another host switched off (fonts, repo links, search plugin, instant loading)."""
from __future__ import annotations

import html
from typing import Any

import yaml

from generator.errors import InputError
from generator.site import fmt
from generator.site.common import title_of
from generator.site.model import Site
from generator.site.pages_editions import feeds
from generator.site.stamps import EDITION_MARK


class PythonName:
    """A `!!python/name:` reference (mkdocs resolves it to a callable)."""

    def __init__(self, name: str) -> None:
        self.name = name


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(PythonName, lambda d, v: d.represent_scalar(f"tag:yaml.org,2002:python/name:{v.name}", ""))

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
BASE_NAME = "mkdocs.yml"  # the data-independent settings, beside site_config.yml
GENERATED = ("site_name", "site_description", "site_url", "docs_dir", "extra", "hooks", "plugins")


def base_settings(site: Site) -> dict[str, Any]:
    """The checkout's mkdocs.yml (theme, features, extensions, validation). The keys the
    generator writes itself may not be set there."""
    path = site.config.root / BASE_NAME
    try:
        base = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise InputError(path, "missing: the site's MkDocs settings (theme, features, extensions)") from None
    except yaml.YAMLError as e:
        raise InputError(path, f"not valid YAML: {e}") from None
    if not isinstance(base, dict) or not isinstance(base.get("theme"), dict):
        raise InputError(path, "needs a `theme:` mapping (name: material)")
    taken = sorted(k for k in base if k in GENERATED)
    if taken:
        raise InputError(path, f"{', '.join(taken)}: set by the generator from site_config.yml; remove from this file")
    return base


def nav(site: Site, lang: str) -> list[dict[str, str]]:
    items = [{site.labels[lang].t("nav.home"): "index.md"}]
    for section in site.config.sections:
        items.append({title_of(site, section, lang): f"{section['slug']}/index.md"})
    return items


def footer(site: Site, lang: str) -> str:
    """The footer line of every page (HTML: the theme does not escape it): the licence and
    the edition of the data the page shows (a report or place page: the edition its
    figures were last published or changed in)."""
    labels, config = site.labels[lang], site.config
    text = html.escape(labels.t("footer.copyright", title=config.title[lang], licence=config.licence.get("name", "")), quote=False)
    if site.figures.version:
        # marked: a stamped page names the edition its own figures come from (stamps.py)
        text += f" · <span {EDITION_MARK}>" + html.escape(footer_edition(site, lang), quote=False) + "</span>"
    return text


def footer_edition(site: Site, lang: str, edition: tuple[str, str] | None = None) -> str:
    version, updated = edition or (site.figures.version, site.figures.updated)
    return site.labels[lang].t("footer.edition", version=version, date=fmt.date(updated, lang))


def search_form(site: Site) -> dict[str, dict[str, str]]:
    """The header's search box, per language: the search page it sends the words to and
    its texts (overrides/partials/alternate.html)."""
    found = site.config.sections_of("search")
    if not found:
        return {}
    out = {}
    for i, lang in enumerate(site.config.languages):
        labels = site.labels[lang]
        out[lang] = {"path": ("" if i == 0 else f"{lang}/") + f"{found[0]['slug']}/", "label": labels.t("search.header_label"),
                     "placeholder": labels.t("search.short_placeholder"), "button": labels.t("search.button")}
    return out


def mkdocs_yaml(site: Site) -> str:
    config = site.config
    languages = []
    for i, lang in enumerate(config.languages):
        languages.append({
            "locale": lang,
            "name": LANGUAGE_NAMES.get(lang, lang),
            "default": i == 0,
            "build": True,
            "site_name": config.title[lang],
            "site_description": config.description[lang],
            "copyright": footer(site, lang),
            "nav": nav(site, lang),
        })
    base = base_settings(site)
    theme: dict[str, Any] = {**base.pop("theme"), "language": config.default_language, **config.theme}
    extensions = list(base.pop("markdown_extensions", None) or [])
    document: dict[str, Any] = {
        "site_name": config.title[config.default_language],
        "site_description": config.description[config.default_language],
        "site_url": config.site_url,
        "docs_dir": "docs",
        "theme": theme,
        "extra": {"generator": False, "languages": list(config.languages), "feeds": feeds(site),
                  "search_form": search_form(site)},
        "hooks": ["hooks.py"],
        "plugins": [{"i18n": {"docs_structure": "folder", "reconfigure_search": False, "languages": languages}}],
        **base,
        "markdown_extensions": extensions + [
            {"toc": {"permalink": False, "slugify": PythonName("generator.site.slug.toc_slugify")}},
        ],
    }
    header = "# Generated by `python -m generator site` from mkdocs.yml and site_config.yml: do not edit.\n"
    return header + yaml.dump(document, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=1000)


HOOKS_PY = '''"""Generated: the site's MkDocs hooks live in generator/site/mkdocs_hooks.py."""
from generator.site.mkdocs_hooks import on_files, on_page_content, on_page_context, on_post_page, on_post_template, on_template_context  # noqa: F401
'''
