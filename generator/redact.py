"""Personal data in signature blocks: which lines, and how to blank e-mails and phones.

Placeholder until the site engineer's version lands; same interface.
"""
from __future__ import annotations

import re

_START = re.compile(r"^\s*\**\s*Nơi nhận\b", re.IGNORECASE)
_APPENDIX = re.compile(r"^\s*(?:#+\s*)?\**\s*Phụ lục\b", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_STAMP = re.compile(r"đã ký lên văn bản này|@")


def signature_lines(lines: list[str]) -> set[int]:
    out: set[int] = set()
    inside = False
    for number, line in enumerate(lines, start=1):
        if _START.match(line):
            inside = True
        elif _APPENDIX.match(line):
            inside = False
        if inside or _STAMP.search(line):
            out.add(number)
    return out


def redact(text: str) -> str:
    return _EMAIL.sub("[email]", text)
