"""What a histogram draws: its bars, not its rows.

A histogram (charts.histogram_spec) carries the latest value of every place, but draws
only how many fall in each bin. An added report changes one place's value, which changes
the spec, though the value often stays in its bin and the SVG is the same. `drawn` gives
the part of such a spec the drawing reads (the spec without its rows, and the bins with
their counts), so that the chart cache (charts.render_svg) keys the SVG on that.

The bins are Vega's (vega-statistics `bin` and vega-transforms `Bin`, Vega 5 as bundled by
vl-convert), worked out here with the same arithmetic. Only where that arithmetic is the
same in Python as in JavaScript: divisions, products, floor and ceil of doubles are
(IEEE 754); a logarithm or a negative power may differ in its last bit, so a spec whose
bins depend on one near a rounding edge, or on a step under 1, gets no drawn form (None:
its key is the whole spec, as for every other chart).
"""
from __future__ import annotations

import math
from typing import Any

# vega-transforms Bin: the bias against floating-point error when a value is put in a bin
EPSILON = 1e-14
# how close to a rounding edge a result worked out through a logarithm may come
MARGIN = 1e-9
BASE, DIVIDE = 10, (5, 2)  # vega-statistics bin's defaults (the spec sets neither)


def _near_integer(x: float) -> bool:
    return abs(x - round(x)) < MARGIN


def bin_params(extent: tuple[float, float], step: float | None = None, maxbins: int = 20) -> tuple[float, float, float] | None:
    """(start, stop, step) of Vega's `bin` for these options (nice, as Vega-Lite leaves
    it), or None when a logarithm's last bit could change them."""
    lo, hi = extent
    span = (hi - lo) or abs(lo) or 1
    if step is None:
        ratio = math.log(span) / math.log(BASE)
        if abs(ratio - math.floor(ratio) - 0.5) < MARGIN:
            return None
        # Math.round rounds halves up; the margin above keeps clear of them
        power = math.floor(ratio + 0.5) - math.ceil(math.log(maxbins) / math.log(BASE))
        if power < 0:  # a negative power of ten is not exact in either language
            return None
        step = float(BASE ** power)
        while math.ceil(span / step) > maxbins:
            step *= BASE
        for divide in DIVIDE:
            smaller = step / divide
            if span / smaller <= maxbins:
                step = smaller
    if step < 1:  # the precision below would come from a negative power of ten
        return None
    # the precision of a step of 1 or more is 0: the bias is 10 ** -1
    if _near_integer(lo / step + 0.1):
        return None
    nice = math.floor(lo / step + 0.1) * step
    lo = nice - step if lo < nice else nice
    hi = math.ceil(hi / step) * step
    return lo, (lo + step if hi == lo else hi), step


def _number(value: Any) -> bool:
    return value.__class__ in (int, float) and math.isfinite(value)


def drawn(spec: dict[str, Any]) -> dict[str, Any] | None:
    """The spec as its SVG reads it when it is a histogram of one field: its rows replaced
    by the bins in the order Vega meets them, each with its count (and, when the bins come
    from the values, the values' extent). None for any other chart, or when a row or the
    bins leave a doubt."""
    encoding = spec.get("encoding")
    data = spec.get("data")
    if not isinstance(encoding, dict) or not isinstance(data, dict) or set(data) != {"values"} or "transform" in spec:
        return None
    x, y = encoding.get("x"), encoding.get("y")
    if set(encoding) - {"x", "y", "tooltip"} or not isinstance(x, dict) or not isinstance(x.get("bin"), dict):
        return None
    if not isinstance(y, dict) or y.get("aggregate") != "count" or "field" in y:
        return None
    field, options = x.get("field"), x["bin"]
    if not isinstance(field, str) or set(options) - {"extent", "step", "maxbins"}:
        return None
    for tip in encoding.get("tooltip") or []:  # a tooltip names what the bar's description reads
        if not isinstance(tip, dict) or not (tip.get("field") == field and tip.get("bin") == options
                                             or tip.get("aggregate") == "count" and "field" not in tip):
            return None
    values = [row.get(field) if isinstance(row, dict) else None for row in data["values"]]
    if not values or not all(_number(v) for v in values):
        return None
    fixed = options.get("extent")
    extent = (min(values), max(values)) if fixed is None else tuple(fixed)
    step = options.get("step")
    if len(extent) != 2 or not all(_number(e) for e in extent) or not (step is None or _number(step)) \
            or (fixed is not None and step is None):
        return None
    params = bin_params(extent, step, options.get("maxbins", 20))
    if params is None:
        return None
    start, stop, step = params
    top = start + math.ceil((stop - start) / step) * step
    counts: dict[float, int] = {}
    for value in values:
        if value < start or value > top:  # Vega's bins of -Infinity and +Infinity
            return None
        where = start + step * math.floor(EPSILON + (max(start, min(value, top - step)) - start) / step)
        counts[where] = counts.get(where, 0) + 1
    out = {key: value for key, value in spec.items() if key != "data"}
    out["data"] = {"bins": [[where, n] for where, n in counts.items()]}
    if fixed is None:
        out["data"]["extent"] = list(extent)
    return out
