"""An indicator across zones and periods as a self-contained HTML page with an inline SVG chart.

No script and no external file: the chart is drawn here, as SVG, so the page opens anywhere and
every label is escaped text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from rdflib import Dataset

from zonegraph.errors import ZonegraphError, quoted
from zonegraph.numbers.indicators import find_indicator, indicator_labels
from zonegraph.queries.engine import run_sparql
from zonegraph.reference import zone_prefix

KIND_COLOURS = {"actual": "#3b6fb6", "target": "#e08a2c", "growth": "#4a9c5d"}
KIND_NAMES = {"actual": "实际值", "target": "目标值", "growth": "增长率"}
# How a canonical unit is shown: divisor and the unit people read (亿元 rather than yuan).
DISPLAY = {"CNY": (Decimal(100000000), "亿元"), "USD": (Decimal(100000000), "亿美元"), "percent": (Decimal(1), "%"),
           "person": (Decimal(10000), "万人")}


@dataclass(frozen=True)
class Point:
    """One value of the chart: a zone's indicator for a period, as converted and as written."""

    zone: str
    period: str
    kind: str
    value: Decimal
    unit: str
    written: str
    # each place it was read, its file and its sentence or table row: where to check it (a figure a document
    # gives twice is one observation, one bar, with two places)
    sources: tuple[tuple[str, str], ...] = ()


def indicator_points(dataset: Dataset, name: str) -> tuple[str, list[Point]]:
    """The indicator named ``name`` (any wording) and every observation of it."""
    indicator = find_indicator(name)
    if indicator is None:
        known = indicator_labels()
        close = [label for label in known if set(label) & set(name)][:5]
        raise ZonegraphError(f"unknown indicator {quoted(name)}" + (f"; did you mean {', '.join(close)}?" if close else
                             f"; indicators: {', '.join(known[:12])} …"))
    rows = run_sparql(dataset, f"""
        SELECT ?o ?zone ?period ?kind ?value ?unit ?written ?file ?quote WHERE {{
          ?o zg:indicator <{indicator.iri}> ; zg:refZone/rdfs:label ?zone ; zg:refPeriod ?period ;
             zg:observationKind ?kind ; zg:value ?value ; zg:unit ?unit ; zg:originalValue ?written .
          OPTIONAL {{ ?e rdf:subject ?o ; zg:quote ?quote . OPTIONAL {{ ?e prov:wasDerivedFrom/zg:fileName ?file }} }} }}""")
    observations: dict[tuple, set[tuple[str, str]]] = {}
    for r in rows:
        key = (str(r.o), str(r.zone), str(r.period), str(r.kind), Decimal(str(r.value)), str(r.unit), str(r.written))
        places = observations.setdefault(key, set())
        if r.quote is not None:
            places.add((str(r.file or ""), str(r.quote)))
    points = sorted((Point(*key[1:], tuple(sorted(places))) for key, places in observations.items()),
                    key=lambda p: (p.unit, p.zone, p.period, p.kind, p.sources, p.value))
    return indicator.label, points


def chart_page(label: str, points: list[Point]) -> str:
    """The page: one SVG panel per unit, bars per zone and period coloured by kind, and a table."""
    title = f"{label}：各高新区对比"
    if not points:
        body = "<p>图中尚无该指标的观测值。</p>"
    else:
        body = "".join(_panel(unit, [p for p in points if p.unit == unit]) for unit in sorted({p.unit for p in points}))
        body += _table(points)
    legend = "".join(f'<span class="key"><i style="background:{c}"></i>{KIND_NAMES[k]}</span>' for k, c in KIND_COLOURS.items())
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{escape(title)}</title>
<style>
body {{ font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #222; }}
.key {{ margin-right: 16px; }} .key i {{ display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }}
table {{ border-collapse: collapse; margin-top: 16px; font-size: 14px; }}
td, th {{ border: 1px solid #ccc; padding: 3px 8px; text-align: left; }} td.num {{ text-align: right; }}
td.quote {{ max-width: 40em; font-size: 12px; color: #555; }}
svg text {{ font-size: 12px; }}
</style></head>
<body><h1>{escape(title)}</h1><p>{legend}</p>{body}</body></html>
"""


def _scaled(point: Point) -> tuple[float, str]:
    divisor, unit = DISPLAY.get(point.unit, (Decimal(1), point.unit))
    return float(point.value / divisor), unit


def _panel(unit: str, points: list[Point]) -> str:
    zones = sorted({p.zone for p in points})
    bars = {z: [p for p in points if p.zone == z] for z in zones}
    display_unit = _scaled(points[0])[1]
    highest = max(_scaled(p)[0] for p in points) or 1.0
    step = _round_step(highest / 4)
    top = step * max(1, math.ceil(highest / step))  # round ticks up to just above the highest bar (0 … 1,500)
    bar, gap, height, left, bottom = 18, 28, 260, 70, 130
    # a zone's bars take at least its label's width (绍兴高新区 and 苏州高新区 ran into each other)
    span = {z: max(len(b) * bar, 13 * len(_short(z)) - gap + 8) for z, b in bars.items()}
    width = left + sum(span[z] + gap for z in zones) + 20
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + bottom + 20}" role="img" '
             f'aria-label="{escape(display_unit)}">']
    parts.append(f'<text x="4" y="14">{escape(display_unit)}</text>')
    for tick in range(round(top / step) + 1):
        y = 20 + height - height * tick * step / top
        parts.append(f'<line x1="{left}" x2="{width - 10}" y1="{y:.1f}" y2="{y:.1f}" stroke="#e5e5e5"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_number(tick * step)}</text>')
    x = left + gap / 2
    for zone in zones:
        start = x
        x += (span[zone] - len(bars[zone]) * bar) / 2  # (the bars in the middle of their zone's room)
        for point in bars[zone]:
            value = _scaled(point)[0]
            h = height * value / top
            source = "".join(f"\n{document}：{quote}" for document, quote in point.sources)
            parts.append(f'<rect x="{x:.1f}" y="{20 + height - h:.1f}" width="{bar - 2}" height="{h:.1f}" '
                         f'fill="{KIND_COLOURS.get(point.kind, "#888")}"><title>{escape(_short(zone))} {escape(point.period)} '
                         f'{KIND_NAMES.get(point.kind, point.kind)}：{escape(point.written)}{escape(source)}</title></rect>')
            parts.append(f'<text x="{x + bar / 2 - 1:.1f}" y="{height + 34}" text-anchor="end" '
                         f'transform="rotate(-60 {x + bar / 2 - 1:.1f} {height + 34})">{escape(point.period)}</text>')
            x += bar
        x = start + span[zone]
        parts.append(f'<text x="{(start + x) / 2:.1f}" y="{height + bottom + 12}" text-anchor="middle">{escape(_short(zone))}</text>')
        x += gap
    parts.append("</svg>")
    return "".join(parts)


def _table(points: list[Point]) -> str:
    rows = "".join(
        f"<tr><td>{escape(_short(p.zone))}</td><td>{escape(p.period)}</td><td>{KIND_NAMES.get(p.kind, escape(p.kind))}</td>"
        f"<td class=num>{escape(p.written)}</td><td class=num>{_number(_scaled(p)[0])} {escape(_scaled(p)[1])}</td>"
        f"<td>{'<br>'.join(escape(d) for d, _ in p.sources)}</td>"
        f"<td class=quote>{'<br>'.join(escape(q) for _, q in p.sources)}</td></tr>"
        for p in points)
    return ("<table><tr><th>高新区</th><th>期间</th><th>类别</th><th>原文</th><th>数值</th><th>文件</th><th>出处</th></tr>"
            f"{rows}</table>")


def _round_step(raw: float) -> float:
    """The round number (1, 2 or 5 times a power of ten) at or above ``raw``: a tick's step (296 -> 500)."""
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _short(zone: str) -> str:
    return zone_prefix(zone) + "高新区"


def _number(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:,.2f}".rstrip("0").rstrip(".")
