"""Charts as geometry for inline SVG: the tool draws them, no chart library.

Every function returns plain view data (numbers rounded to fixed decimals, so the
same data gives the same bytes, and labels as text); the templates turn it into
`<svg>` elements, autoescaped like every other text. Each chart also carries the
rows of the table that is its text alternative.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

View = dict[str, Any]

WIDTH = 640
BAR_H = 22
GAP = 8
LABEL_W = 200


def _r(x: float) -> str:
    return f"{x:.1f}"


def hbars(items: list[tuple[str, float, str]], width: int = WIDTH) -> View:
    """Horizontal bars: (label, value >= 0, value as text). Negative values draw as 0."""
    top = max((v for _, v, _ in items), default=0.0)
    span = width - LABEL_W - 110
    bars = []
    for i, (label, value, text) in enumerate(items):
        y = i * (BAR_H + GAP)
        w = span * max(value, 0.0) / top if top > 0 else 0.0
        bars.append(
            {
                "label": label,
                "text": text,
                "y": _r(y),
                "ty": _r(y + BAR_H * 0.7),
                "x": str(LABEL_W),
                "w": _r(max(w, 1.0)),
                "vx": _r(LABEL_W + max(w, 1.0) + 6),
            }
        )
    height = max(len(items) * (BAR_H + GAP), BAR_H)
    return {"width": width, "height": height, "bars": bars, "label_w": LABEL_W, "bar_h": BAR_H}


def columns(items: list[tuple[str, int]], width: int = WIDTH, height: int = 200) -> View:
    """Vertical columns with a count over each: (label, count)."""
    top = max((v for _, v in items), default=0)
    n = max(len(items), 1)
    slot = width / n
    inner = height - 50
    cols = []
    for i, (label, value) in enumerate(items):
        h = inner * value / top if top else 0.0
        x = i * slot + slot * 0.15
        cols.append(
            {
                "label": label,
                "value": str(value),
                "x": _r(x),
                "w": _r(slot * 0.7),
                "y": _r(20 + inner - h),
                "h": _r(max(h, 1.0)),
                "cx": _r(i * slot + slot / 2),
                "vy": _r(20 + inner - h - 6),
                "ly": _r(height - 12),
            }
        )
    return {"width": width, "height": height, "cols": cols}


def gantt(
    items: list[tuple[str, date, date, bool]], today: date, width: int = WIDTH
) -> View | None:
    """Project bars over whole years: (label, start, end, late). None when nothing is dated."""
    dated = [(n, s, e, late) for n, s, e, late in items if e >= s]
    if not dated:
        return None
    first = date(min(s for _, s, _, _ in dated).year, 1, 1)
    last_year = max(e for _, _, e, _ in dated).year
    span_days = (date(last_year, 12, 31) - first).days + 1
    track = width - LABEL_W - 10

    def x(d: date) -> float:
        return LABEL_W + track * (d - first).days / span_days

    years = list(range(first.year, last_year + 1))
    step = max(1, math.ceil(len(years) / 8))
    rows_h = len(dated) * (BAR_H + GAP)
    ticks = [{"x": _r(x(date(y, 1, 1))), "label": str(y)} for y in years[::step]]
    bars = []
    for i, (name, s, e, late) in enumerate(dated):
        y = 24 + i * (BAR_H + GAP)
        bars.append(
            {
                "label": name,
                "y": _r(y),
                "ty": _r(y + BAR_H * 0.7),
                "x": _r(x(s)),
                "w": _r(max(x(e) - x(s), 2.0)),
                "late": late,
            }
        )
    now = None
    if first <= today <= date(last_year, 12, 31):
        now = _r(x(today))
    return {
        "width": width,
        "height": rows_h + 30,
        "bars": bars,
        "ticks": ticks,
        "today": now,
        "bottom": _r(rows_h + 24),
        "label_w": LABEL_W,
        "bar_h": BAR_H,
    }


def wheel(
    counts: list[int],
    labels: list[str],
    current: int | None,
    short: list[str] | None = None,
    size: int = 360,
) -> View:
    """The year wheel (vuosikello): twelve ring segments, January at the top, clockwise.

    `counts` are the events of each month, `labels` their names and `short` the
    names written on the ring, `current` the index of this month (or None).
    """
    c = size / 2
    outer, inner = c - 8, c * 0.45
    top = max(counts) if counts else 0
    segs = []
    for i in range(12):
        a0 = math.radians(i * 30 - 90 + 1)
        a1 = math.radians((i + 1) * 30 - 90 - 1)
        mid = math.radians(i * 30 + 15 - 90)

        def pt(radius: float, angle: float) -> str:
            return f"{_r(c + radius * math.cos(angle))} {_r(c + radius * math.sin(angle))}"

        path = (
            f"M {pt(outer, a0)} A {_r(outer)} {_r(outer)} 0 0 1 {pt(outer, a1)} "
            f"L {pt(inner, a1)} A {_r(inner)} {_r(inner)} 0 0 0 {pt(inner, a0)} Z"
        )
        n = counts[i] if i < len(counts) else 0
        level = 0 if n == 0 else 1 + min(3, (3 * n) // top if top else 0)
        lr = (outer + inner) / 2
        segs.append(
            {
                "path": path,
                "level": min(level, 4),
                "current": current == i,
                "label": labels[i],
                "short": (short or labels)[i],
                "count": str(n),
                "lx": _r(c + lr * math.cos(mid)),
                "ly": _r(c + lr * math.sin(mid) - 2),
                "cy": _r(c + lr * math.sin(mid) + 14),
                "month": i + 1,
            }
        )
    return {"size": size, "segments": segs, "c": _r(c)}
