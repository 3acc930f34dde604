"""Report pages show the report text as text: markup in a report (001 has <sup>, <strong>; a
report could hold <script>) is escaped, never rendered or executed."""
from __future__ import annotations

import csv

import pytest

import sitekit
from generator.document import split_lines
from generator.redact import redact, signature_lines

pytestmark = pytest.mark.timeout(120)

ACTIVE = "script, iframe, object, embed, style, img, svg, form, sup, strong"
# The lowest element holding every numbered line (#L1...#Ln): the report text container.
CONTAINER_CHECK = """(active) => {
    const lines = Array.from(document.querySelectorAll('[id^="L"]')).filter(e => /^L\\d+$/.test(e.id));
    if (!lines.length) return null;
    let box = lines[0];
    const end = lines[lines.length - 1];
    while (box && !box.contains(end)) box = box.parentElement;
    return Array.from(box.querySelectorAll(active)).map(e => e.outerHTML.slice(0, 120));
}"""


def bare(text: str) -> str:
    return "".join(text.split())


def reports(layout) -> list[dict]:
    with (layout.package / "reports.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def report_lines(layout, source_file: str) -> list[str]:
    for folder in (layout.package / "originals", layout.reports):
        if (folder / source_file).exists():
            return split_lines((folder / source_file).read_text(encoding="utf-8"))
    raise AssertionError(f"{source_file}: not in the package originals nor in sources/reports")


def test_some_report_holds_markup(site):
    """The real reports exercise the escaping; if none did, the next test would prove nothing."""
    assert any("<" in line for r in reports(site.layout) for line in report_lines(site.layout, r["source_file"]))


@pytest.mark.parametrize("lang", sitekit.LANGS)
def test_report_markup_is_shown_as_text(site, visit, lang):
    problems = []
    checked = 0
    for report in reports(site.layout):
        lines = report_lines(site.layout, report["source_file"])
        marked = [n for n, line in enumerate(lines, start=1) if "<" in line]
        if not marked:
            continue
        path = f"{sitekit.lang_prefix(lang)}reports/{report['report_id']}/"
        v = visit(path)
        page = v.page
        rendered = page.evaluate(CONTAINER_CHECK, ACTIVE)
        if rendered is None:
            problems.append(f"{path}: no numbered lines (#L1...)")
            continue
        problems += [f"{path}: report text rendered as markup: {html}" for html in rendered]
        hidden = signature_lines(lines)
        for n in marked:
            if n in hidden:
                continue
            shown = page.locator(f'[id="L{n}"]')
            if not shown.count():  # the page shows the cited lines and their context only
                continue
            checked += 1
            if bare(redact(lines[n - 1])) not in bare(shown.first.text_content()):
                problems.append(f"{path}: #L{n} shows {shown.first.text_content().strip()[:100]!r}, not the source text {lines[n - 1].strip()[:100]!r}")
        v.guard.assert_clean(path)
    assert problems == [], "\n".join(problems[:30])
    assert checked > 0, "no published report line holds markup: the escaping went untested"
