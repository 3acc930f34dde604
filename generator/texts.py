"""The published text of each report: its lines with personal data removed.

Reports end with a signature block (officials' names, e-mail addresses, digital-signature
stamps). The package and the site publish each report's text with those lines replaced
by a placeholder and any other e-mail or phone number blanked, line for line, so line
numbers (provenance) stay valid (the rule: generator.redact; the tables' text cells and
quotes go through the same rule in generator.package). The files as received stay in sources/reports/, and the
package lists their sha256 so anyone holding the official document can check it.

Remembered once per source sha256 in build/cache/texts/ (checked before use: cache.py),
so a rebuild of thousands of reports never re-reads a report; the package gets a copy of
the verified bytes (or keeps its own file when the bytes are the same), never a link to
the cache.
"""
from __future__ import annotations

import hashlib
from generator import cache
from generator.limits import load as load_limits
from generator.document import split_lines
from generator.paths import GENERATOR_DIR, Layout
from generator.redact import PLACEHOLDER, published_lines
from generator.sources import Source, read_text

__all__ = ["PLACEHOLDER", "published_text", "text_file", "cached_text"]


def _rule_version() -> str:
    """Changes with the redaction code, so cached texts are redone when the rule changes."""
    digest = hashlib.sha256()
    for module in ("redact.py", "texts.py", "sources.py", "readers.py"):
        digest.update((GENERATOR_DIR / module).read_bytes())
    return digest.hexdigest()[:12]


VERSION = _rule_version()


def published_text(text: str) -> str:
    """Pure: the report text with signature-block lines replaced and e-mails/phones blanked
    (generator.redact.published_lines)."""
    return "\n".join(published_lines(split_lines(text)))


def text_file(report_id: str) -> str:
    """Path of a report's published text inside the package."""
    return f"texts/{report_id}.txt"


def cached_text(layout: Layout, source: Source) -> bytes:
    """The published text's bytes, from the cache when its entry is whole, else made again."""
    path = layout.cache / "texts" / f"{source.sha256}.v{VERSION}.txt"
    data = cache.read(path)
    if data is None:
        data = published_text(read_text(source, load_limits(layout.codelists))).encode("utf-8")
        cache.write(path, data)
    return data
