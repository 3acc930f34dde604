"""Charts: a Vega-Lite spec from rows, rendered to SVG at build time by vl-convert (no
JavaScript needed to read it), plus the CSV of exactly the plotted rows.

Specs carry their data inline and no `$schema` URL: nothing is fetched to draw them.
The interactive version (opt-in on the page) uses the same spec with the Vega bundle
served from the site itself (`vl_convert.javascript_bundle()`).
"""
from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from generator import cache as cache_entries

from generator.site import chartbins
from generator.site.fmt import CHART_LOCALES

WIDTH, HEIGHT = 480, 250
# The phone version of every chart (a <picture> source below PHONE_MAX, site.css): the
# whole drawing fits NARROW_WIDTH px, so even on a 360 px screen (328 px of content) its
# text shows at 11 px or more (NARROW_FONT scaled by at most 328/NARROW_WIDTH).
NARROW_WIDTH, NARROW_FONT = 340, 13
MIN_SHOWN_FONT = 11  # px: no chart text smaller than this as shown
PHONE_CONTENT = 328  # px of content on a 360 px phone (material: .8rem margins)
PHONE_MAX = "47.9375em"  # below 768 px the narrow version is shown (site.css and <picture>)
MAX_BARS = 40  # above this many bars (vl-convert: ~4 ms each), charts summarise instead
# A palette with at least 3:1 contrast on white for lines and points (WCAG non-text contrast).
PALETTE = ["#1f5fa8", "#b3470b", "#2b7a2b", "#8a2f8a", "#8c6d00", "#0b7a7a", "#a8325a", "#4d4d4d"]


# Dates ("2024-02-14") are read by Vega as UTC midnight; scales and formats in UTC show that
# same calendar date whatever the time zone of the machine rendering the SVG (or of the
# reader's browser for the interactive chart). Local time would move a date to the day
# before west of Greenwich and make the SVG depend on the build machine's TZ.
UTC_DATE = "utcyearmonthdate"


@dataclass
class Point:
    series: str
    time: str
    value: float


def _time_axis(times: list[str]) -> dict[str, Any]:
    years = sorted({t[:4] for t in times})
    months = len({t[:7] for t in times})
    if len(years) > 3:
        return {"format": "%Y", "tickCount": {"interval": "year", "step": 1}}
    if months > 12:
        return {"format": "%m/%Y", "tickCount": {"interval": "month", "step": 3}}
    return {"format": "%m/%Y", "tickCount": {"interval": "month", "step": 1}}


def line_spec(points: list[Point], x_title: str, y_title: str, legend_title: str, lang: str,
              percent: bool = False) -> dict[str, Any]:
    """A line chart over time, one colour per series; single points still show."""
    values = [{"series": p.series, "time": p.time, "value": p.value} for p in points]
    series = sorted({p.series for p in points})
    y: dict[str, Any] = {"field": "value", "type": "quantitative", "title": y_title}
    if percent:
        y["scale"] = {"domain": [0, 100]}
    spec: dict[str, Any] = {
        "width": WIDTH,
        "height": HEIGHT,
        "data": {"values": values},
        "mark": {"type": "line", "point": {"size": 60, "filled": True}, "strokeWidth": 2},
        "encoding": {
            "x": {"field": "time", "type": "temporal", "title": x_title, "axis": _time_axis([p.time for p in points]),
                  "scale": {"type": "utc", "padding": 14}},
            "y": y,
            "color": {
                "field": "series", "type": "nominal", "title": legend_title,
                "scale": {"domain": series, "range": PALETTE},
                "legend": {"orient": "bottom", "columns": 1, "labelLimit": 480} if len(series) > 1 else None,
            },
            "tooltip": [
                {"field": "series", "type": "nominal", "title": legend_title},
                {"field": "time", "type": "temporal", "timeUnit": UTC_DATE, "title": x_title, "format": "%d/%m/%Y"},
                {"field": "value", "type": "quantitative", "title": y_title},
            ],
        },
        "config": _config(lang),
    }
    return spec


def latest_bars_spec(points: list[Point], x_title: str, y_title: str, lang: str, percent: bool = False) -> dict[str, Any]:
    """The latest value of many series as horizontal bars, largest first (when one line
    per series would be unreadable)."""
    values = [{"series": p.series, "time": p.time, "value": p.value} for p in points]
    x: dict[str, Any] = {"field": "value", "type": "quantitative", "title": x_title}
    if percent:
        x["scale"] = {"domain": [0, 100]}
    return {
        "width": WIDTH,
        "height": {"step": 18},
        "data": {"values": values},
        "mark": {"type": "bar", "color": PALETTE[0]},
        "encoding": {
            "y": {"field": "series", "type": "nominal", "title": y_title, "sort": "-x", "axis": {"labelLimit": 260}},
            "x": x,
            "tooltip": [{"field": "series", "type": "nominal", "title": y_title},
                        {"field": "time", "type": "temporal", "timeUnit": UTC_DATE, "title": "", "format": "%d/%m/%Y"},
                        {"field": "value", "type": "quantitative", "title": x_title}],
        },
        "config": _config(lang),
    }


def histogram_spec(points: list[Point], x_title: str, y_title: str, lang: str, percent: bool = False) -> dict[str, Any]:
    """How many series have their latest value in each range (when even one bar per series
    would be too many to read: hundreds of places)."""
    values = [{"series": p.series, "time": p.time, "value": p.value} for p in points]
    x: dict[str, Any] = {"field": "value", "type": "quantitative", "title": x_title,
                         "bin": {"extent": [0, 100], "step": 5} if percent else {"maxbins": 20}}
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "data": {"values": values},
        "mark": {"type": "bar", "color": PALETTE[0]},
        "encoding": {
            "x": x,
            "y": {"aggregate": "count", "type": "quantitative", "title": y_title},
            "tooltip": [{"field": "value", "type": "quantitative", "bin": x["bin"], "title": x_title},
                        {"aggregate": "count", "type": "quantitative", "title": y_title}],
        },
        "config": _config(lang),
    }


def bar_spec(rows: list[dict[str, Any]], x_field: str, x_title: str, y_title: str, colour_field: str,
             colour_title: str, colour_order: list[str], lang: str) -> dict[str, Any]:
    """A stacked horizontal bar chart (counts by category), e.g. statuses per place."""
    return {
        "width": WIDTH,
        "height": {"step": 26},
        "data": {"values": rows},
        "mark": {"type": "bar"},
        "encoding": {
            "y": {"field": x_field, "type": "nominal", "title": x_title, "sort": None, "axis": {"labelLimit": 260}},
            "x": {"field": "count", "type": "quantitative", "title": y_title},
            "color": {"field": colour_field, "type": "nominal", "title": colour_title,
                      "scale": {"domain": colour_order, "range": PALETTE},
                      "legend": {"orient": "bottom"}},
            "order": {"field": "order", "type": "quantitative"},
            "tooltip": [{"field": x_field, "type": "nominal", "title": x_title},
                        {"field": colour_field, "type": "nominal", "title": colour_title},
                        {"field": "count", "type": "quantitative", "title": y_title}],
        },
        "config": _config(lang),
    }


def _config(lang: str) -> dict[str, Any]:
    config: dict[str, Any] = {
        "font": "sans-serif",
        "axis": {"labelFontSize": 14, "titleFontSize": 14, "labelColor": "#333", "titleColor": "#222"},
        "legend": {"labelFontSize": 14, "titleFontSize": 14, "labelColor": "#333", "titleColor": "#222"},
        "view": {"stroke": "#ccc"},
    }
    if lang in CHART_LOCALES:
        config["locale"] = CHART_LOCALES[lang]
    return config


def narrow(spec: dict[str, Any]) -> dict[str, Any]:
    """The phone version of a chart: the same data and marks drawn to fit NARROW_WIDTH px
    (axes, legend and labels included: `autosize: fit-x`), with long labels cut (the table
    under every chart has them in full)."""
    out = json.loads(json.dumps(spec))
    out["width"] = NARROW_WIDTH
    out["autosize"] = {"type": "fit-x", "contains": "padding"}
    label_limit = 120
    encoding = out.get("encoding", {})
    for channel in ("x", "y"):
        axis_spec = encoding.get(channel)
        if not isinstance(axis_spec, dict):
            continue
        axis = axis_spec.get("axis") or {}
        if axis_spec.get("type") == "nominal":
            axis["labelLimit"] = label_limit
        height = out.get("height") if isinstance(out.get("height"), int) else HEIGHT
        axis["titleLimit"] = NARROW_WIDTH - 40 if channel == "x" else height
        if axis_spec.get("type") == "temporal":
            axis["labelAngle"] = 0
            axis["labelOverlap"] = True
        axis_spec["axis"] = axis
    colour = encoding.get("color")
    if isinstance(colour, dict) and colour.get("legend"):
        colour["legend"] = {**colour["legend"], "labelLimit": NARROW_WIDTH - 40, "titleLimit": NARROW_WIDTH - 40, "columns": 1}
    config = out.setdefault("config", {})
    for part in ("axis", "legend"):
        config[part] = {**config.get(part, {}), "labelFontSize": NARROW_FONT, "titleFontSize": NARROW_FONT}
    return out


def svg_size(svg: str) -> tuple[int, int] | None:
    """(width, height) of a rendered chart."""
    import re

    found = re.search(r'<svg[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"', svg)
    return (round(float(found.group(1))), round(float(found.group(2)))) if found else None


def smallest_font(svg: str) -> float:
    """The smallest font size (px) of the chart's text."""
    import re

    sizes = [float(s) for s in re.findall(r'font-size="([\d.]+)px"', svg)]
    return min(sizes) if sizes else 0.0


def _cached(cache: Path | None, key: str, make: Callable[[], str]) -> str:
    """make(), remembered in cache/<sha256 of key> (rendering is the slow part of a run);
    an entry is checked before use (generator/cache.py)."""
    if cache is None:
        return make()
    path = cache / hashlib.sha256(key.encode("utf-8")).hexdigest()
    text = cache_entries.read_text(path)
    if text is None:
        text = make()
        cache_entries.write_text(path, text)
    return text


def _svg(spec: dict[str, Any]) -> str:
    import vl_convert

    svg = vl_convert.vegalite_to_svg(spec)
    return svg if svg.endswith("\n") else svg + "\n"


def renders_in_a_fork() -> bool:
    """Whether a process forked from this one can render charts: not once this process
    has loaded vl-convert, whose threads a fork does not copy (a child that renders then
    waits forever on a lock one of them held). generate.py asks before handing series
    pages to its second process."""
    return "vl_convert" not in sys.modules


@functools.cache
def renderer_fingerprint() -> str:
    """The sha256 of a probe chart (dates, text, numbers in Vietnamese) rendered in this
    process. Part of every chart's cache key: if anything outside the spec changed how
    charts render (fonts, time zone, locale, vl-convert), no chart comes from the cache of
    another setting, so the output never depends on which machine filled the cache."""
    probe = line_spec([Point("Bình Định", "2024-01-31", 91.43), Point("Đà Nẵng", "2024-07-01", 1234.5)],
                      "Thời gian", "Tỷ lệ", "Địa bàn", "vi")
    return hashlib.sha256(_svg(probe).encode("utf-8")).hexdigest()


def render_svg(spec: dict[str, Any], cache: Path | None = None) -> str:
    """The chart as a standalone SVG (deterministic for the same spec). Cached under what
    the drawing reads: the spec, or for a histogram the spec with its bins in place of
    its rows (chartbins.drawn), so that a value that stays in its bin draws nothing again."""
    import vl_convert

    if cache is None:
        return _svg(spec)
    bins = chartbins.drawn(spec)
    kind, drawn = ("svg", spec) if bins is None else ("svg-bins", bins)
    return _cached(cache, f"{kind} {vl_convert.__version__} {renderer_fingerprint()} {spec_json(drawn)}", lambda: _svg(spec))


def spec_json(spec: dict[str, Any]) -> str:
    return json.dumps(spec, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def safe_cell(value: Any) -> str:
    """A CSV cell: text exactly as read (a quote stays a substring of its line; the workbook
    download is where spreadsheet safety lives), numbers without exponents."""
    if value.__class__ is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(int(value)) if float(value).is_integer() else repr(float(value))
    return str(value)


def csv_line(cells: list[Any]) -> str:
    """One CSV line as csv_text writes it, without its line end (a line of cells that
    joins another: `csv_line([a, ""]) + csv_line(rest)` is the line of [a] + rest)."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow([safe_cell(c) for c in cells])
    return buffer.getvalue()[:-1]


def csv_text(header: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([safe_cell(h) for h in header])
    for row in rows:
        writer.writerow([safe_cell(c) for c in row])
    return buffer.getvalue()


def javascript_bundle(cache: Path | None = None) -> str:
    import vl_convert

    return _cached(cache, f"bundle {vl_convert.__version__}", vl_convert.javascript_bundle)
