"""One self-contained HTML page per view: our own template and controls, vis-network inlined.

pyvis's own page links Bootstrap from a CDN when its menus are on and its filter/select menus
are buggy (pyvis #193, #257), so the page is ours; from pyvis we take only the vis-network
build it ships. Nothing is fetched: the page works from file:// with no network, and a Content
Security Policy with the hashes of our two scripts makes sure nothing else runs or loads.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import json
import re
from pathlib import Path

import networkx as nx

from zonegraph.errors import ZonegraphError, quoted
from zonegraph.pictures import measures, style
from zonegraph.pictures.views import View

BIG = 250  # nodes: above this edges are drawn straight and hidden while dragging, for speed
DRAW_THRESHOLD = 10  # vis-network's drawThreshold: it draws no label under 9 px on screen (drawThreshold - 1)
EDGE_LABEL_LIMIT = 25  # edges: above this relation names are off until asked for
_WRAP = 10  # characters per label line
_NODE_SIZE = (8, 42)  # vis-network's scaling.min / max: node radius in canvas units
_DRAWING = (1000, 800)  # the drawing area of a page in a 1400 x 900 window, in pixels
_ASSETS = Path(__file__).resolve().parent / "assets"
_PLACEHOLDER = re.compile(r"__ZG_([A-Z]+)__")


def render(view: View, *, size_by: str = "degree", links: dict[str, str] | None = None,
           home: str | None = None, physics: bool | None = None) -> str:
    """The HTML page of ``view``; ``links`` maps nodes to other pages (relative paths), ``home``
    is the index page's relative path; ``physics`` starts the force simulation (the page can
    switch it): the layout made here, with labels kept apart, reads better than the simulation's."""
    if size_by not in measures.SIZE_MEASURES:
        raise ZonegraphError(f"unknown size measure {quoted(size_by)}; choose one of {', '.join(measures.SIZE_MEASURES)}")
    data = page_data(view, size_by=size_by, links=links or {}, home=home, physics=physics)
    app = _asset("page.js")
    vis = vis_script()
    csp = ("default-src 'none'; "
           f"script-src '{_digest(vis)}' '{_digest(app)}'; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; base-uri 'none'; form-action 'none'")
    parts = {
        "CSP": csp,
        "TITLE": html.escape(view.title),
        "QUESTION": html.escape(view.question),
        "STYLE": _asset("page.css"),
        "DATA": script_json(data),
        "VIS": vis,
        "APP": app,
    }
    return _PLACEHOLDER.sub(lambda match: parts[match.group(1)], _asset("page.html"))


def page_data(view: View, *, size_by: str = "degree", links: dict[str, str] | None = None,
              home: str | None = None, physics: bool | None = None) -> dict:
    """What the page's script draws: nodes with positions, sizes and communities, edges with
    evidence, and the legend's names and colours. Plain JSON data, for the page and the tests."""
    graph = view.graph
    links = links or {}
    sizes = measures.centralities(graph)
    groups = measures.communities(graph)
    positions = measures.layout(graph)
    fonts = label_sizes(graph, positions, view.focus, sizes["degree"])
    positions = _spread_labels(graph, positions, fonts, sizes[size_by])
    order = sorted(graph, key=lambda n: (n not in view.focus, n))
    index = {node: number for number, node in enumerate(order)}
    nodes = []
    for node in order:
        attributes = graph.nodes[node]
        x, y = positions[node]
        nodes.append({
            "id": index[node], "key": node, "label": display_label(attributes),
            "name": attributes["label"], "aliases": list(attributes["aliases"]), "kind": attributes["kind"],
            "province": attributes.get("province"), "city": attributes.get("city"),
            "x": x, "y": y, "font": fonts[node], "size": {m: sizes[m][node] for m in measures.SIZE_MEASURES},
            "community": groups[node], "focus": node in view.focus, "href": links.get(node),
        })
    edges = []
    for number, (u, v, key, attributes) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])):
        edge = {"id": number, "from": index[u], "to": index[v], "relation": key,
                "weight": attributes.get("weight", 1), "confidence": attributes.get("confidence"),
                "evidence": attributes.get("evidence", [])}
        if "shared" in attributes:
            edge["shared"] = attributes["shared"]
            edge["loose"] = attributes.get("loose", False)
        edges.append(edge)
    big = len(nodes) > BIG
    return {
        "title": view.title, "question": view.question, "name": view.name,
        "colourBy": view.colour_by, "sizeBy": size_by,
        "physics": bool(physics), "big": big, "drawThreshold": DRAW_THRESHOLD,
        # relation names repeat what the colours say; the projection's labels name the institutes
        "edgeLabels": len(edges) <= EDGE_LABEL_LIMIT or (view.colour_by == "community" and len(edges) <= 200),
        "springLength": _spring_length(graph, positions),
        "home": home,
        "kinds": {k: {"name": n, "colour": c, "shape": s, "symbol": y} for k, (n, c, s, y) in style.KINDS.items()},
        "relations": {r: {"name": n, "colour": c, "directed": d, "inverse": i}
                      for r, (n, c, d, i) in style.RELATIONS.items()},
        "measures": dict(style.MEASURES),
        "communityColours": list(style.COMMUNITY_COLOURS),
        "nodes": nodes, "edges": edges,
    }


def _spring_length(graph: nx.Graph, positions: dict[str, tuple[float, float]]) -> int:
    """The median edge length of the layout: the force simulation, when switched on, then starts
    near its rest length and settles in a few seconds instead of re-laying everything out."""
    lengths = sorted(((positions[u][0] - positions[v][0]) ** 2 + (positions[u][1] - positions[v][1]) ** 2) ** 0.5
                     for u, v in graph.edges() if u != v)
    return int(min(250, max(60, lengths[len(lengths) // 2] if lengths else 150)))


def fitted_zoom(positions: dict[str, tuple[float, float]]) -> float:
    """About the zoom vis-network's fit() picks for these positions in a 1400 x 900 window (at most 1)."""
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    if not positions:
        return 1.0
    return min(1.0, _DRAWING[0] / (max(xs) - min(xs) + 200), _DRAWING[1] / (max(ys) - min(ys) + 200))


def label_sizes(graph: nx.Graph, positions: dict[str, tuple[float, float]], focus: list[str],
                degree: dict[str, float]) -> dict[str, int]:
    """Label font sizes in canvas units. The first view fits the whole drawing into the window,
    so on a big graph it is zoomed out: zones, the view's subject and the best-connected nodes get
    labels big enough to read there; the rest keep a normal size and appear as the reader zooms in
    (vis-network skips labels drawn smaller than a few pixels)."""
    if not positions:
        return {}
    fitted = fitted_zoom(positions)
    prominent_size = min(64, round(style.PROMINENT_LABEL_PX / fitted))
    ranked = sorted(graph, key=lambda n: (-degree[n], n))
    hubs = set(ranked[:max(5, min(40, len(ranked) // 10))])
    sizes = {}
    for node, kind in graph.nodes(data="kind"):
        size = style.LABEL_SIZES.get(kind, 14)
        if kind == "Zone" or node in focus or node in hubs:
            size = max(size, prominent_size)
        sizes[node] = size + (4 if node in focus else 0)
    return sizes


def _spread_labels(graph: nx.Graph, positions: dict[str, tuple[float, float]], fonts: dict[str, int],
                   values: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Move apart the nodes whose labels the first view draws, so that no two of them cover each other."""
    fitted = fitted_zoom(positions)
    labelled = [n for n in graph if fonts[n] * fitted >= DRAW_THRESHOLD - 1]
    if not labelled:
        return positions
    low, high = min(values.values()), max(values.values())
    boxes = {}
    for node in labelled:
        lines = display_label(graph.nodes[node]).split("\n")
        radius = _NODE_SIZE[0] + (_NODE_SIZE[1] - _NODE_SIZE[0]) * ((values[node] - low) / (high - low) if high > low else 0.5)
        height = len(lines) * fonts[node] * 1.2
        # vis-network draws a dot's label under it: the box spans the node and the label
        boxes[node] = (max(len(line) for line in lines) * fonts[node] + 8, height + 2 * radius, height / 2)
    plain = measures.simple(graph)
    followers = {n: [m for m in plain[n] if plain.degree(m) == 1] for n in labelled}
    return measures.declutter(positions, boxes, followers)


def display_label(attributes: dict) -> str:
    """The label drawn on the canvas: a zone's short form (苏州高新区) if it has one, long names
    broken into lines of about ten characters so that they stay readable at the default zoom."""
    label = attributes["label"]
    if attributes["kind"] == "Zone":
        short = [a for a in attributes["aliases"] if a.endswith("高新区") and len(a) < len(label)]
        if short:
            label = min(short, key=lambda a: (len(a), a))
    if len(label) <= _WRAP + 2:
        return label
    lines = -(-len(label) // _WRAP)
    width = -(-len(label) // lines)
    return "\n".join(label[i:i + width] for i in range(0, len(label), width))


def script_json(data: dict) -> str:
    """JSON that is safe inside <script>: no '<', '>' or '&' (so no '</script>' or '<!--'),
    no line separators that older parsers choke on; JSON.parse reads it back unchanged."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    for raw, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


@functools.cache
def vis_script() -> str:
    """vis-network's standalone build, as the pyvis package ships it (the newest version there)."""
    try:
        import pyvis
    except ImportError:  # pragma: no cover - pyvis is a dependency
        raise ZonegraphError("the pyvis package is not installed; it ships the vis-network script the pages inline") from None
    lib = Path(pyvis.__file__).resolve().parent / "lib"
    builds = sorted(lib.glob("vis-*/vis-network.min.js"), key=lambda p: _version(p.parent.name))
    if not builds:
        raise ZonegraphError("no vis-network.min.js in the pyvis package", lib)
    text = builds[-1].read_text(encoding="utf-8")
    if "</script" in text.lower():  # cannot happen with the shipped builds; never inline such a file
        raise ZonegraphError("vis-network.min.js contains '</script' and cannot be inlined", builds[-1])
    return text


def write_page(path: Path, text: str) -> Path:
    """Write a page, making its folder; a path that cannot be written is the user's to fix."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        raise ZonegraphError(f"cannot write the page: {error.strerror}", path) from None
    return path


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _digest(script: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def _version(folder: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", folder))
