"""Small charts drawn on the server as inline SVG (no chart library, nothing fetched, no script)."""

from __future__ import annotations

from markupsafe import Markup, escape

WIDTH, HEIGHT, PAD, LABEL = 640, 180, 28, 34


def mentions_chart(timeline: tuple[tuple[str | None, int], ...], title: str, unknown: str) -> Markup:
    """A bar per publication day (mentions that day); undated articles last, labelled ``unknown``."""
    if not timeline:
        return Markup("")
    top = max(count for _, count in timeline) or 1
    slot = (WIDTH - 2 * PAD) / len(timeline)
    bar = max(4.0, min(48.0, slot * 0.7))
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {WIDTH} {HEIGHT}" width="100%" '
        f'xmlns="http://www.w3.org/2000/svg" direction="ltr"><title>{escape(title)}</title>',
        f'<line x1="{PAD}" y1="{HEIGHT - LABEL}" x2="{WIDTH - PAD}" y2="{HEIGHT - LABEL}" class="axis"/>',
    ]
    every = max(1, len(timeline) // 8)
    for n, (day, count) in enumerate(timeline):
        x = PAD + n * slot + (slot - bar) / 2
        height = (HEIGHT - LABEL - PAD) * count / top
        y = HEIGHT - LABEL - height
        label = escape(day or unknown)
        parts.append(f'<g class="bar"><rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{height:.1f}">'
                     f'<title>{label}: {count}</title></rect>'
                     f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle">{count}</text>')
        if n % every == 0 or n == len(timeline) - 1:
            parts.append(f'<text class="day" x="{x + bar / 2:.1f}" y="{HEIGHT - LABEL + 16}" '
                         f'text-anchor="middle">{label}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))
