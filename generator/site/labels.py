"""Page labels per language: generic labels in `generator/site/i18n/<lang>.yml`, merged with
the site's own texts (`texts:` folder in the site config, same layout) which win.

Keys are dotted paths (`nav.data`); values may hold `{name}` placeholders. A missing key
stops the run naming the key, so a page never shows a raw key.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.errors import InputError

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def _read(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise InputError(path, f"not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise InputError(path, "expected a mapping of labels")
    return data


def _merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


class Labels:
    def __init__(self, lang: str, texts: Path | None = None) -> None:
        self.lang = lang
        self.paths = [I18N_DIR / f"{lang}.yml"] + ([texts / f"{lang}.yml"] if texts else [])
        if not self.paths[0].is_file():
            raise InputError(self.paths[0], f"no labels for language '{lang}'")
        self.data: dict[str, Any] = {}
        for path in self.paths:
            self.data = _merge(self.data, _read(path))

    def get(self, key: str, default: Any = None) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return default
            node = node[part]
        return node

    def t(self, key: str, **values: Any) -> str:
        text = self.get(key)
        if text is None:
            raise InputError(self.paths[-1], f"missing label '{key}'")
        return str(text).format(**values) if values else str(text)

    def value(self, field: str, value: Any) -> str:
        """Display name of an enum value (`values.<field>.<value>`), else the value itself."""
        if value is None:
            return ""
        label = self.get(f"values.{field}.{value}")
        return str(label) if label is not None else str(value).replace("_", " ")
