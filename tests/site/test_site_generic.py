"""The generator knows nothing of Đề án 06: a second site from a vega-datasets package
(stock prices, English as the default language, Vietnamese under /vi/)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.timeout(600)


def test_vega_site_builds_in_both_languages(vega_layout):
    site = vega_layout.site
    for path, lang in (("index.html", "en"), ("vi/index.html", "vi"), ("companies/MSFT/index.html", "en"),
                       ("vi/companies/MSFT/index.html", "vi"), ("prices/AAPL/index.html", "en"), ("data/stocks/index.html", "en")):
        assert f'<html lang="{lang}"' in (site / path).read_text(encoding="utf-8"), path


def test_vega_site_content(vega_layout):
    msft = (vega_layout.site / "companies/MSFT/index.html").read_text(encoding="utf-8")
    assert "Microsoft" in msft and "charts/companies/MSFT.en.svg" in msft
    assert 'href="../../vi/companies/MSFT/" hreflang="vi"' in msft
    vi = (vega_layout.site / "vi/companies/MSFT/index.html").read_text(encoding="utf-8")
    assert "Công ty Microsoft" in vi
    assert (vega_layout.site / "downloads/stocks/stocks.csv").is_file()
    assert not (vega_layout.site / "reports").exists()
