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
from generator.codelists import References
from generator.document import split_lines
from generator.paths import GENERATOR_DIR, Layout
from generator.redact import PLACEHOLDER, Rules, published_lines, rules as redaction_rules
from generator.sources import Source, read_text

__all__ = ["PLACEHOLDER", "published_text", "text_file", "cached_text"]


def _rule_version() -> str:
    """Changes with the redaction code, so cached texts are redone when the rule changes."""
    digest = hashlib.sha256()
    for module in ("redact.py", "texts.py", "sources.py", "readers.py"):
        digest.update((GENERATOR_DIR / module).read_bytes())
    return digest.hexdigest()[:12]


VERSION = _rule_version()


def published_text(text: str, rules: Rules | None = None) -> str:
    """Pure: the report text with signature-block lines replaced and e-mails/phones blanked
    (generator.redact.published_lines; `rules`: the code lists' redaction rules)."""
    return "\n".join(published_lines(split_lines(text), rules))


def text_file(report_id: str) -> str:
    """Path of a report's published text inside the package."""
    return f"texts/{report_id}.txt"


def cached_text(layout: Layout, source: Source, refs: References) -> bytes:
    """The published text's bytes, cached per sha256, redaction code and redaction words
    (vocabulary: a changed phone word or signature title redoes every text); from the cache
    when its entry is whole (checked: generator/cache.py), else made again."""
    rules = redaction_rules(refs)
    path = layout.cache / "texts" / f"{source.sha256}.v{VERSION}.{rules.fingerprint}.txt"
    data = cache.read(path)
    if data is None:
        data = published_text(read_text(source, refs.limits), rules).encode("utf-8")
        cache.write(path, data)
    return data
