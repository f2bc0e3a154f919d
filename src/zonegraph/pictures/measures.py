"""Measures for drawing: centralities for node size, communities for colour, and a layout.

All are computed in Python with networkx, so that the browser only draws: a force simulation of
a few hundred nodes in the browser takes long to settle (pyvis #204), a layout here takes a
fraction of a second and is the same on every run.
"""

from __future__ import annotations

import math

import networkx as nx

SIZE_MEASURES = ("degree", "betweenness", "closeness", "eigenvector")
SEED = 7
_SPACING = 55.0  # layout units (canvas pixels at zoom 1) per sqrt(node) of a component's radius
_GAP = 120.0  # between packed components


def simple(graph: nx.Graph) -> nx.Graph:
    """The undirected simple graph under a view, in a fixed node order; parallel relations add up
    as ``weight`` (the projection's own weights count as they are)."""
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
    plain = simple(graph)
    if plain.number_of_edges() == 0:
        return {node: index for index, node in enumerate(plain)}
    found = nx.community.louvain_communities(plain, weight="weight", seed=SEED)
    ordered = sorted(found, key=lambda members: (-len(members), min(members)))
    return {node: index for index, members in enumerate(ordered) for node in members}


def layout(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    """Positions in canvas units: each connected component laid out by force (Fruchterman-Reingold)
    at a size that grows with it, then the components packed in rows, largest first."""
    plain = simple(graph)
    parts = sorted((sorted(c) for c in nx.connected_components(plain)), key=lambda c: (-len(c), c[0]))
    boxes = [_component(plain.subgraph(nodes)) for nodes in parts]
    return _pack(boxes)


def _component(graph: nx.Graph) -> dict[str, tuple[float, float]]:
    nodes = sorted(graph)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    if len(nodes) == 2:
        return {nodes[0]: (-60.0, 0.0), nodes[1]: (60.0, 0.0)}
    ordered = nx.Graph()
    ordered.add_nodes_from(nodes)
    ordered.add_edges_from(sorted(graph.edges(data=True)))
    iterations = 300 if len(nodes) <= 300 else 150
    try:
        raw = nx.spring_layout(ordered, seed=SEED, iterations=iterations, weight=None)
    except ImportError:  # networkx wants scipy for 500+ nodes; its dense solver needs only numpy
        raw = nx.spring_layout(ordered, seed=SEED, iterations=iterations, weight=None, method="force")
    radius = _SPACING * math.sqrt(len(nodes))
    return {node: (float(x) * radius, float(y) * radius) for node, (x, y) in raw.items()}


def _pack(boxes: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Shelf packing: rows about as wide as the whole drawing is tall, components left to right."""
    sized = []
    for positions in boxes:
        xs = [x for x, _ in positions.values()]
        ys = [y for _, y in positions.values()]
        sized.append((positions, min(xs), min(ys), max(xs) - min(xs) + _GAP, max(ys) - min(ys) + _GAP))
    area = sum(w * h for *_, w, h in sized)
    row_width = max(max((w for *_, w, _ in sized), default=0.0), math.sqrt(area) * 1.4)
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for positions, left, top, width, height in sized:
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in positions.items():
            placed[node] = (round(px - left + x, 1), round(py - top + y, 1))
        x += width
        row_height = max(row_height, height)
    if placed:  # centre on the origin, where vis-network looks first
        cx = (min(p[0] for p in placed.values()) + max(p[0] for p in placed.values())) / 2
        cy = (min(p[1] for p in placed.values()) + max(p[1] for p in placed.values())) / 2
        placed = {node: (round(px - cx, 1), round(py - cy, 1)) for node, (px, py) in placed.items()}
    return placed
