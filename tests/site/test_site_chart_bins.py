"""A histogram's SVG is cached under its bins, not its rows (generator/site/chartbins.py):
an added report that moves a place's latest value within its bin renders nothing again,
one that moves it to another bin renders that chart again, and every SVG is the one a
render of the new spec without any cache gives."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.site import chartbins, charts


def places(values: list[float]) -> list[charts.Point]:
    """The latest value of each place, largest first (as pages_series orders them)."""
    points = [charts.Point(f"place {i:02d}", "2024-06-30", v) for i, v in enumerate(values)]
    return sorted(points, key=lambda p: -p.value)


RATES = [float(v) for v in range(3, 98, 2)]  # 48 places: a histogram (over charts.MAX_BARS)
AMOUNTS = [1_000.0 + 3_517.0 * i for i in range(48)]  # 1,000 … 166,299: bins from the values


def test_bin_params_are_vegas():
    assert chartbins.bin_params((0, 100), 5) == (0, 100, 5)
    # span 94: a step of 10 gives 10 bins, of 5 gives 19 (20 at most): 5, from 0 to 100
    assert chartbins.bin_params((3, 97)) == (0, 100, 5)
    assert chartbins.bin_params((1_000, 166_299)) == (0, 170_000, 10_000)
    assert chartbins.bin_params((700, 700)) == (700, 750, 50)  # one value: its own size is the span
    # a step under 1 (a span under 20) or a span whose logarithm is near a half: no drawn form
    assert chartbins.bin_params((0.1, 0.9)) is None
    assert chartbins.bin_params((0, 10 ** 3.5)) is None


def test_drawn_form_is_the_bins_in_the_order_vega_meets_them():
    spec = charts.histogram_spec(places([100.0, 97.5, 95.0, 12.0, 10.0, 9.99, 0.0]), "Rate (%)", "Places", "en", percent=True)
    drawn = chartbins.drawn(spec)
    assert drawn["data"] == {"bins": [[95.0, 3], [10.0, 2], [5.0, 1], [0.0, 1]]}
    assert {k: v for k, v in drawn.items() if k != "data"} == {k: v for k, v in spec.items() if k != "data"}
    amounts = chartbins.drawn(charts.histogram_spec(places([1_000.0, 19_999.0, 20_000.0]), "Amount", "Places", "en"))
    assert amounts["data"] == {"bins": [[19_000.0, 2], [1_000.0, 1]], "extent": [1_000.0, 20_000.0]}
    assert chartbins.drawn(charts.narrow(spec))["data"] == drawn["data"]


def test_other_charts_have_no_drawn_form():
    points = places([10.0, 20.0])
    assert chartbins.drawn(charts.line_spec(points, "t", "v", "s", "en")) is None
    assert chartbins.drawn(charts.latest_bars_spec(points, "v", "s", "en")) is None
    rows = [{"place": "a", "status": "done", "count": 1, "order": 0}]
    assert chartbins.drawn(charts.bar_spec(rows, "place", "p", "n", "status", "s", ["done"], "en")) is None
    coloured = charts.histogram_spec(points, "v", "n", "en")
    coloured["encoding"]["color"] = {"field": "series", "type": "nominal"}  # reads a row's other field
    assert chartbins.drawn(coloured) is None
    outside = charts.histogram_spec(places([10.0, 120.0]), "v", "n", "en", percent=True)  # Vega's +Infinity bin
    assert chartbins.drawn(outside) is None


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The charts vl-convert renders (their x titles), in order."""
    done: list[str] = []
    real = charts._svg
    charts.renderer_fingerprint()  # the probe chart every cache key names, rendered once a process

    def svg(spec):
        done.append(spec["encoding"]["x"]["title"] + (" narrow" if "autosize" in spec else ""))
        return real(spec)

    monkeypatch.setattr(charts, "_svg", svg)
    return done


def draw(values: list[float], title: str, cache: Path | None, percent: bool) -> tuple[str, str]:
    """The chart and its phone version, as common.chart_files renders them."""
    spec = charts.histogram_spec(places(values), title, "Places", "vi", percent=percent)
    return charts.render_svg(spec, cache), charts.render_svg(charts.narrow(spec), cache)


@pytest.mark.parametrize("values, percent", [(RATES, True), (AMOUNTS, False)], ids=["rates", "amounts"])
def test_an_add_renders_only_the_histograms_whose_bins_changed(tmp_path: Path, renders: list[str], values, percent):
    cache = tmp_path / "charts"
    draw(values, "Rate", cache, percent)
    assert renders == ["Rate", "Rate narrow"]
    renders.clear()
    step = 5 if percent else 10_000
    # a new report moves place 10's value within its bin (also to the bin's lower edge), then past its edge
    within = [list(values) for _ in range(2)]
    within[0][10] = values[10] + 0.5
    within[1][10] = values[10] // step * step
    kept = [draw(changed, "Rate", cache, percent) for changed in within]
    assert renders == []
    for changed, svgs in zip(within, kept, strict=True):  # the bytes a render without the cache gives
        assert svgs == draw(changed, "Rate", None, percent)
    renders.clear()
    across = list(values)
    across[10] = values[10] // step * step - 0.001
    first = draw(across, "Rate", cache, percent)
    assert renders == ["Rate", "Rate narrow"]
    assert first != draw(values, "Rate", cache, percent)
    assert renders == ["Rate", "Rate narrow"]  # the first drawing is still kept
