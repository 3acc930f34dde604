"""Small pure pieces: number/date display, relative links, chart CSV safety, slugs, labels."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from generator.site import charts, fmt
from generator.site.labels import I18N_DIR
from generator.site.slug import toc_slugify
from generator.site.view import page_slug


def test_numbers_and_dates_by_language():
    assert fmt.number(1234567.5, "vi") == "1.234.567,5" and fmt.number(1234567.5, "en") == "1,234,567.5"
    assert fmt.date("2024-02-14", "vi") == "14/02/2024" and fmt.date("2024-02-14", "en") == "14 Feb 2024"
    assert fmt.period("2024-01-15", "2024-02-14", "vi") == "15/01/2024 – 14/02/2024"


def test_toc_slugify_keeps_d():
    assert toc_slugify("Đăng ký thường trú") == "dang-ky-thuong-tru"


@pytest.mark.parametrize("key, slug", [("binh-dinh-2024-02-monthly-a1bdda09", "binh-dinh-2024-02-monthly-a1bdda09"),
                                       ("digitisation_rate", "digitisation_rate"), ("Đề án 06", "de-an-06"), ("..", "x")])
def test_page_slug(key, slug):
    assert page_slug(key) == slug


def test_chart_csv_cells_are_text_as_read():
    """CSVs carry text exactly (quotes stay substrings of their lines); the workbook is the safe download."""
    out = charts.csv_text(["a", "b"], [["=1+1", -5], ["+x", "@y"], ["-z", "-3.5"], ["ok", 1.5]])
    assert out.splitlines() == ["a,b", "=1+1,-5", "+x,@y", "-z,-3.5", "ok,1.5"]


def test_chart_spec_fetches_nothing_and_svg_is_stable(tmp_path: Path):
    spec = charts.line_spec([charts.Point("Bình Định", "2024-01-15", 91.43), charts.Point("Bình Định", "2024-02-14", 95.0)],
                            "Ngày", "Tỷ lệ (%)", "Địa bàn", "vi", percent=True)
    assert "$schema" not in spec and "url" not in charts.spec_json(spec)
    first = charts.render_svg(spec, tmp_path)
    assert charts.render_svg(spec) == first == charts.render_svg(spec, tmp_path)
    assert "Bình Định" in first and "https://" not in first


def keys(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from keys(value, f"{prefix}{key}.")
    else:
        yield prefix.rstrip(".")


@pytest.mark.parametrize("folder", [I18N_DIR, I18N_DIR / "de-an-06"])
def test_every_label_exists_in_both_languages(folder: Path):
    vi = set(keys(yaml.safe_load((folder / "vi.yml").read_text(encoding="utf-8"))))
    en = set(keys(yaml.safe_load((folder / "en.yml").read_text(encoding="utf-8"))))
    assert vi == en, f"only vi: {sorted(vi - en)}; only en: {sorted(en - vi)}"


def test_a_failing_second_process_fails_the_run():
    from generator.site.parallel import in_child_process

    in_child_process(lambda: None).wait()
    with pytest.raises(RuntimeError, match="second process failed"):
        in_child_process(lambda: 1 / 0).wait()


def test_a_second_process_sends_back_what_it_returns():
    """(The second process's part of the file record, filerecord.py): larger than a pipe
    holds, read before the child is joined."""
    from generator.site.parallel import in_child_process

    big = {f"docs/vi/reports/{n}/index.md": ["", "0" * 64] for n in range(5000)}
    assert in_child_process(lambda: big).wait() == big
    assert in_child_process(lambda: None).wait() is None


def test_markdown_headings_become_html_headings():
    from generator.site.html import heading, headings_as_html

    body = heading(2, "Tỉnh <b> & 1", "g-x") + "\n\n<p>x</p>\n## not {ours}"
    html = headings_as_html(body)
    assert html.startswith('<h2 id="g-x">') and "<b>" not in html and "## not {ours}" in html
