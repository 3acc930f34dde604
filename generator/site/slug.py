"""URL segments for keys (`page_slug`) and heading ids for Markdown headings (toc
extension): Vietnamese letters stay readable (`Đăng ký` -> `dang-ky`, where the default
slugify drops `đ`)."""
from __future__ import annotations

import re

from typing import Any

from generator.fold import fold, slugify

_NON_WORD = re.compile(r"[^a-z0-9]+")
_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}")


def page_slug(value: Any) -> str:
    """A URL segment for a key: the key itself when URL-safe, else a readable slug."""
    text = str(value)
    return text if _SAFE_ID.fullmatch(text) and text not in (".", "..") else (slugify(text) or "x")


def toc_slugify(value: str, separator: str = "-") -> str:
    return _NON_WORD.sub(separator, fold(re.sub(r"<[^>]+>", "", value))).strip(separator)
