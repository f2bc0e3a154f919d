"""A small drawing of an entity's neighbourhood as inline SVG, made here so the page works offline.

The entity sits in the middle and its neighbours on one or two rings around it, coloured by kind,
each a link to its own page; edges are coloured by relation and point from subject to object.
ElementTree writes the SVG, so every label is escaped as XML text.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace

KIND_COLOURS = {
    "zone": "#d62728", "institute": "#1f77b4", "enterprise": "#2ca02c", "industry": "#9467bd",
    "cluster": "#8c564b", "policy": "#ff7f0e", "org": "#17becf", "doc": "#7f7f7f", "evidence": "#bcbd22",
}
RELATION_COLOURS = {
    "partnersWith": "#1f77b4", "hostsEnterprise": "#2ca02c", "hasIndustry": "#9467bd", "hasCluster": "#8c564b",
    "clusterIndustry": "#e377c2", "implementsPolicy": "#ff7f0e", "issuedBy": "#17becf",
    "subOrganizationOf": "#7f7f7f",
}
OTHER_COLOUR = "#aaaaaa"
MAX_NODES = 36


@dataclass(frozen=True)
class Neighbour:
    """One node around the centre: ``outgoing`` when the centre is the relation's subject."""

    href: str | None
    label: str
    kind: str
    relation: str
    relation_label: str
    outgoing: bool
    evidence: int = 0


def _short(text: str, limit: int = 9) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _anchor(cos: float) -> str:
    return "start" if cos > 0.25 else "end" if cos < -0.25 else "middle"


def ego_network(centre_label: str, centre_kind: str, neighbours: list[Neighbour],
                width: int = 760, height: int = 480) -> str:
    """SVG markup for ``neighbours`` around the centre; at most MAX_NODES are drawn, the rest counted."""
    neighbours = _one_per_node(neighbours)
    shown = sorted(neighbours, key=lambda n: (n.relation, -n.evidence, n.label))[:MAX_NODES]
    hidden = len(neighbours) - len(shown)
    svg = ET.Element("svg", {
        "xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {width} {height}", "width": str(width),
        "height": str(height), "role": "img", "class": "network", "font-family": "sans-serif", "font-size": "12",
    })
    ET.SubElement(svg, "title").text = f"{centre_label} and its {len(neighbours)} neighbours"
    defs = ET.SubElement(svg, "defs")
    for name, colour in {**RELATION_COLOURS, "other": OTHER_COLOUR}.items():
        marker = ET.SubElement(defs, "marker", {
            "id": f"arrow-{name}", "viewBox": "0 0 10 10", "refX": "10", "refY": "5",
            "markerWidth": "7", "markerHeight": "7", "orient": "auto-start-reverse",
        })
        ET.SubElement(marker, "path", {"d": "M 0 0 L 10 5 L 0 10 z", "fill": colour})
    cx, cy = width / 2, (height - 40) / 2
    outer = min(cx, cy) - 40
    rings = 1 if len(shown) <= 16 else 2
    edges = ET.SubElement(svg, "g", {"class": "edges"})
    nodes = ET.SubElement(svg, "g", {"class": "nodes"})
    for index, node in enumerate(shown):
        angle = 2 * math.pi * index / max(1, len(shown)) - math.pi / 2
        radius = outer if rings == 1 or index % 2 == 0 else outer * 0.62
        cos, sin = math.cos(angle), math.sin(angle)
        x, y = cx + radius * cos * 1.45, cy + radius * sin
        x = min(max(x, 60), width - 60)
        colour = RELATION_COLOURS.get(node.relation, OTHER_COLOUR)
        arrow = node.relation if node.relation in RELATION_COLOURS else "other"
        # from subject to object, stopping at the node's rim
        (x1, y1, r1), (x2, y2, r2) = ((cx, cy, 16), (x, y, 8)) if node.outgoing else ((x, y, 8), (cx, cy, 16))
        length = math.hypot(x2 - x1, y2 - y1) or 1
        ux, uy = (x2 - x1) / length, (y2 - y1) / length
        line = ET.SubElement(edges, "line", {
            "x1": f"{x1 + ux * r1:.1f}", "y1": f"{y1 + uy * r1:.1f}", "x2": f"{x2 - ux * r2:.1f}",
            "y2": f"{y2 - uy * r2:.1f}", "stroke": colour, "stroke-width": str(1 + min(node.evidence, 4) * 0.5),
            "marker-end": f"url(#arrow-{arrow})",
        })
        ET.SubElement(line, "title").text = f"{node.relation_label} ({node.evidence} evidence)"
        group = ET.SubElement(nodes, "a", {"href": node.href}) if node.href else ET.SubElement(nodes, "g")
        ET.SubElement(group, "title").text = f"{node.label} · {node.relation_label}"
        ET.SubElement(group, "circle", {"cx": f"{x:.1f}", "cy": f"{y:.1f}", "r": "8",
                                        "fill": KIND_COLOURS.get(node.kind, OTHER_COLOUR)})
        label = ET.SubElement(group, "text", {"x": f"{x + 11 * (1 if cos > 0.25 else -1 if cos < -0.25 else 0):.1f}",
                                              "y": f"{y + (4 if abs(cos) > 0.25 else (20 if sin > 0 else -12)):.1f}",
                                              "text-anchor": _anchor(cos)})
        label.text = _short(node.label)
    centre = ET.SubElement(nodes, "g")
    ET.SubElement(centre, "circle", {"cx": f"{cx:.1f}", "cy": f"{cy:.1f}", "r": "16",
                                     "fill": KIND_COLOURS.get(centre_kind, OTHER_COLOUR), "stroke": "#222"})
    caption = ET.SubElement(centre, "text", {"x": f"{cx:.1f}", "y": f"{cy + 32:.1f}", "text-anchor": "middle",
                                          "font-weight": "bold", "font-size": "13"})
    caption.text = _short(centre_label, 14)
    _legend(svg, {centre_kind, *(n.kind for n in shown)}, height, hidden)
    return ET.tostring(svg, encoding="unicode")


def _one_per_node(neighbours: list[Neighbour]) -> list[Neighbour]:
    """One neighbour per node, however many relations link it to the centre: a zone's own plan, which the zone
    implements and issued, was drawn twice (a new user's review, session 70). The node keeps its first relation's
    colour and direction, names every relation and counts all their evidence."""
    by_node: dict[tuple, list[Neighbour]] = {}
    for neighbour in neighbours:
        by_node.setdefault((neighbour.href, neighbour.label, neighbour.kind), []).append(neighbour)
    merged = []
    for group in by_node.values():
        group.sort(key=lambda n: (n.relation, -n.evidence))
        labels = "、".join(dict.fromkeys(n.relation_label for n in group))
        merged.append(replace(group[0], relation_label=labels, evidence=sum(n.evidence for n in group)))
    return merged


def _legend(svg: ET.Element, kinds: set[str], height: int, hidden: int) -> None:
    legend = ET.SubElement(svg, "g", {"class": "legend", "font-size": "11"})
    x = 10
    for kind in (k for k in KIND_COLOURS if k in kinds):
        swatch = {"cx": str(x + 5), "cy": str(height - 14), "r": "5", "fill": KIND_COLOURS[kind]}
        ET.SubElement(legend, "circle", swatch)
        text = ET.SubElement(legend, "text", {"x": str(x + 14), "y": str(height - 10)})
        text.text = kind
        x += 24 + 7 * len(kind)
    if hidden:
        more = ET.SubElement(legend, "text", {"x": str(x + 10), "y": str(height - 10), "fill": "#555"})
        more.text = f"+{hidden} more (listed below)"
