"""Heading ids for Markdown headings (toc extension): Vietnamese letters stay readable
(`Đăng ký` -> `dang-ky`, where the default slugify drops `đ`)."""
from __future__ import annotations

import re

from generator.fold import fold

_NON_WORD = re.compile(r"[^a-z0-9]+")


def toc_slugify(value: str, separator: str = "-") -> str:
    return _NON_WORD.sub(separator, fold(re.sub(r"<[^>]+>", "", value))).strip(separator)
