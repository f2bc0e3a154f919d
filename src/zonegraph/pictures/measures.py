"""Measures for drawing: centralities for node size, communities for colour, and a layout.

All are computed in Python with networkx, so that the browser only draws: a force simulation of
a few hundred nodes in the browser takes long to settle (pyvis #204), a layout here takes a
fraction of a second and is the same on every run. networkx is imported by the functions that
use it, not with the module: `zonegraph` reads SIZE_MEASURES for its options, and importing
networkx (0.16 s) made every command start that much slower.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import networkx as nx

SIZE_MEASURES = ("degree", "betweenness", "closeness", "eigenvector")
SEED = 7
_SPACING = 55.0  # layout units (canvas pixels at zoom 1) per sqrt(node) of a component's radius
_MIN_RADIUS = 340.0
_STRETCH = 1.5
_GAP = 120.0  # between packed components


def simple(graph: nx.Graph) -> nx.Graph:
    """The undirected simple graph under a view, in a fixed node order; parallel relations add up
    as ``weight`` (the projection's own weights count as they are)."""
    import networkx as nx

    result = nx.Graph()
    result.add_nodes_from(sorted(graph))
    for u, v, weight in sorted(graph.edges(data="weight", default=1), key=lambda e: (e[0], e[1])):
        if u == v:
            continue
        if result.has_edge(u, v):
            result[u][v]["weight"] += weight
        else:
            result.add_edge(u, v, weight=weight)
    return result


def centralities(graph: nx.Graph) -> dict[str, dict[str, float]]:
    """measure -> node -> value, for each of SIZE_MEASURES; the page sizes nodes by the one chosen."""
    import networkx as nx

    plain = simple(graph)
    n = plain.number_of_nodes()
    sample = None if n <= 1500 else 400  # exact betweenness is O(nm): sample on big graphs
    measures = {
        "degree": {node: float(d) for node, d in plain.degree(weight="weight")},
        "betweenness": nx.betweenness_centrality(plain, k=sample, seed=SEED),
        "closeness": nx.closeness_centrality(plain),
    }
    try:
        measures["eigenvector"] = nx.eigenvector_centrality(plain, max_iter=1000, tol=1e-6)
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        measures["eigenvector"] = nx.degree_centrality(plain)
    return {name: {node: round(float(value), 6) for node, value in values.items()} for name, values in measures.items()}


def communities(graph: nx.Graph) -> dict[str, int]:
    """node -> community number (0 = the largest), by Louvain modularity on the weighted graph."""
    import networkx as nx

    plain = simple(graph)
    if plain.number_of_edges() == 0:
        return {node: index for index, node in enumerate(plain)}
    found = nx.community.louvain_communities(plain, weight="weight", seed=SEED)
    ordered = sorted(found, key=lambda members: (-len(members), min(members)))
    return {node: index for index, members in enumerate(ordered) for node in members}


def layout(graph: nx.Graph, aspect: float = 1.25) -> dict[str, tuple[float, float]]:
    """Positions in canvas units: each connected component laid out by force (Fruchterman-Reingold)
    at a size that grows with it, lone nodes in a tight grid, then all packed in rows into a
    rectangle of about ``aspect`` (width / height, the page's drawing area) so that the first,
    fitted view is as large as it can be."""
    import networkx as nx

    plain = simple(graph)
    parts = sorted((sorted(c) for c in nx.connected_components(plain)), key=lambda c: (-len(c), c[0]))
    alone = [nodes[0] for nodes in parts if len(nodes) == 1]
    boxes = [_component(plain.subgraph(nodes)) for nodes in parts if len(nodes) > 1]
    if alone:
        boxes.append(_grid(alone))
    return _pack(boxes, aspect)


def _component(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    import networkx as nx

    nodes = sorted(graph)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-60.0, 0.0), nodes[1]: (60.0, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(sorted(graph.edges(data=True)))
    raw = _force_layout(ordered)
    xs = [x for x, _ in raw.values()]
    ys = [y for _, y in raw.values()]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    extent = max(max(abs(x - cx) for x in xs), max(abs(y - cy) for y in ys)) or 1.0
    raw = {node: ((x - cx) / extent, (y - cy) / extent) for node, (x, y) in raw.items()}
    radius = max(_SPACING * math.sqrt(len(nodes)), _MIN_RADIUS)  # a small graph may use the window
    # wider than high: labels are wide, and so is the window
    return {node: (float(x) * radius * _STRETCH, float(y) * radius) for node, (x, y) in raw.items()}


def _force_layout(graph: nx.Graph) -> dict:
    """ForceAtlas2 where networkx has it (3.4+) and the graph is small enough for its dense
    arrays: hubs keep their leaves close and stay apart from each other, which reads better than
    Fruchterman-Reingold's crowded middle. Otherwise Fruchterman-Reingold."""
    import networkx as nx

    if hasattr(nx, "forceatlas2_layout") and graph.number_of_nodes() <= 2000:
        return nx.forceatlas2_layout(graph, max_iter=150, seed=SEED)
    iterations = 300 if graph.number_of_nodes() <= 300 else 150
    try:
        return nx.spring_layout(graph, seed=SEED, iterations=iterations, weight=None)
    except ImportError:  # networkx wants scipy for 500+ nodes; its dense solver needs only numpy
        return nx.spring_layout(graph, seed=SEED, iterations=iterations, weight=None, method="force")


def _grid(nodes: list[str], step: tuple[float, float] = (380.0, 130.0)) -> dict[str, tuple[float, float]]:
    """Lone nodes in rows, spaced for a zone's label at the first view's zoom."""
    columns = max(1, math.ceil(math.sqrt(len(nodes) / 2)))
    return {node: ((i % columns) * step[0], (i // columns) * step[1]) for i, node in enumerate(nodes)}


def _pack(boxes: list[dict[str, tuple[float, float]]], aspect: float) -> dict[str, tuple[float, float]]:
    """Shelf packing, trying row widths and keeping the one whose bounding box best fits a
    viewport of ``aspect``: the fitted view then shows everything at the largest zoom."""
    sized = []
    for positions in boxes:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        sized.append((positions, min(xs), min(ys), max(xs) - min(xs) + _GAP, max(ys) - min(ys) + _GAP))
    if not sized:
        return {}
    widest = max(w for *_, w, _ in sized)
    total = sum(w for *_, w, _ in sized)
    best: tuple[float, dict[str, tuple[float, float]]] | None = None
    for step in range(0, 21):
        row_width = widest + (total - widest) * step / 20
        placed, width, height = _shelves(sized, row_width)
        cost = max(width / aspect, height)  # the fitted zoom is inversely proportional to this
        if best is None or cost < best[0] - 1e-9:
            best = (cost, placed)
    placed = best[1]
    cx = (min(p[0] for p in placed.values()) + max(p[0] for p in placed.values())) / 2
    cy = (min(p[1] for p in placed.values()) + max(p[1] for p in placed.values())) / 2
    return {node: (round(px - cx, 1), round(py - cy, 1)) for node, (px, py) in placed.items()}


def _shelves(sized: list, row_width: float) -> tuple[dict[str, tuple[float, float]], float, float]:
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = width = 0.0
    for positions, left, top, w, h in sized:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in positions.items():
            placed[node] = (px - left + x, py - top + y)
        x += w
        width = max(width, x)
        row_height = max(row_height, h)
    return placed, width, y + row_height


def declutter(positions: dict[str, tuple[float, float]], boxes: dict[str, tuple[float, float, float]],
              followers: dict[str, list[str]] | None = None, rounds: int = 80) -> dict[str, tuple[float, float]]:
    """Move the labelled nodes apart until their label boxes no longer overlap (or ``rounds`` runs
    out): a label that sits on another cannot be read. ``boxes`` maps node -> (width, height,
    downward offset of the box centre from the node); each node's ``followers`` (its leaves) move
    with it, so that a hub keeps its fan."""
    moved = {node: list(positions[node]) for node in boxes}
    names = sorted(boxes)
    for _ in range(rounds):
        pushed = False
        ordered = sorted(names, key=lambda n: moved[n][0] - boxes[n][0] / 2)
        for i, a in enumerate(ordered):
            wa, ha, da = boxes[a]
            right = moved[a][0] + wa / 2
            for b in ordered[i + 1:]:
                wb, hb, db = boxes[b]
                if moved[b][0] - wb / 2 >= right:
                    break  # sorted by left edge: no later box can reach a
                dx = moved[b][0] - moved[a][0]
                dy = (moved[b][1] + db) - (moved[a][1] + da)
                overlap_x = (wa + wb) / 2 - abs(dx)
                overlap_y = (ha + hb) / 2 - abs(dy)
                if overlap_x <= 0 or overlap_y <= 0:
                    continue
                pushed = True
                if overlap_y <= overlap_x:  # labels are wide: separating them vertically costs less
                    step = (overlap_y / 2 + 1) * (1 if dy > 0 or (dy == 0 and a < b) else -1)
                    moved[a][1] -= step
                    moved[b][1] += step
                else:
                    step = (overlap_x / 2 + 1) * (1 if dx > 0 or (dx == 0 and a < b) else -1)
                    moved[a][0] -= step
                    moved[b][0] += step
        if not pushed:
            break
    result = dict(positions)
    for node, (x, y) in moved.items():
        ox, oy = positions[node]
        result[node] = (round(x, 1), round(y, 1))
        for follower in (followers or {}).get(node, ()):
            if follower not in boxes:
                fx, fy = positions[follower]
                result[follower] = (round(fx + x - ox, 1), round(fy + y - oy, 1))
    return result
