"""A series as an SVG chart: one point per bucket with a value, joined where buckets are
adjacent, axes labelled with the range and the first and last period. No script."""

import itertools
from html import escape
from typing import Any

WIDTH, HEIGHT, PAD = 640, 260, 48


def _scale(value: float, low: float, high: float, start: float, end: float) -> float:
    if high == low:
        return (start + end) / 2
    return start + (value - low) * (end - start) / (high - low)


def series_svg(buckets: list[dict[str, Any]], *, title: str, unit: str) -> str:
    """The chart of `buckets` (period, value; null values leave gaps), titled for readers."""
    points = [(i, b["value"]) for i, b in enumerate(buckets) if b.get("value") is not None]
    label = f"{title}: {len(points)} of {len(buckets)} periods have a value"
    head = (
        f'<svg viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="chart-title"><title id="chart-title">{escape(label)}</title>'
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#fff"/>'
        f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - 8}" y2="{HEIGHT - PAD}" stroke="#555"/>'
        f'<line x1="{PAD}" y1="8" x2="{PAD}" y2="{HEIGHT - PAD}" stroke="#555"/>'
    )
    if not points:
        return head + (
            f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle" fill="#444">'
            "No values in this range</text></svg>"
        )
    values = [v for _, v in points]
    low, high = min(values), max(values)
    last = max(len(buckets) - 1, 1)

    def xy(i: int, v: float) -> tuple[float, float]:
        return (
            round(_scale(i, 0, last, PAD + 8, WIDTH - 16), 1),
            round(_scale(v, low, high, HEIGHT - PAD - 8, 16), 1),
        )

    lines, dots = [], []
    for (i, v), (j, w) in itertools.pairwise(points):
        if j == i + 1:
            (x1, y1), (x2, y2) = xy(i, v), xy(j, w)
            lines.append(
                f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#1d4f91" stroke-width="2"/>'
            )
    for i, v in points:
        x, y = xy(i, v)
        period = escape(str(buckets[i]["period"]))
        dots.append(
            f'<circle cx="{x}" cy="{y}" r="3.5" fill="#1d4f91"><title>{period}: {v:g}</title></circle>'
        )
    axis = (
        f'<text x="{PAD - 6}" y="20" text-anchor="end" font-size="12">{high:g}</text>'
        f'<text x="{PAD - 6}" y="{HEIGHT - PAD}" text-anchor="end" font-size="12">{low:g}</text>'
        f'<text x="{PAD}" y="{HEIGHT - PAD + 18}" font-size="12">{escape(str(buckets[0]["period"]))}</text>'
        f'<text x="{WIDTH - 16}" y="{HEIGHT - PAD + 18}" text-anchor="end" font-size="12">'
        f"{escape(str(buckets[-1]['period']))}</text>"
        f'<text x="{PAD}" y="{HEIGHT - 8}" font-size="12">{escape(unit)}</text>'
    )
    return head + axis + "".join(lines) + "".join(dots) + "</svg>"
