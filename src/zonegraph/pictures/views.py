"""Views: the parts and projections of the knowledge graph that answer one question each.

Every view is a networkx MultiDiGraph with the node and edge attributes of ``networks`` (the
shared-institute projection adds ``weight`` and ``shared`` on its edges), a title, and the
question it answers, which the page shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx
from networkx.algorithms import bipartite

from zonegraph.errors import ZonegraphError
from zonegraph.pictures.names import resolve
from zonegraph.pictures.networks import BROADER, SHARES, Knowledge

INSTITUTE_KINDS = ("ResearchInstitute", "Organization")


@dataclass
class View:
    """One picture's graph, what it is called, the question it answers and the nodes it is about."""

    name: str
    title: str
    question: str
    graph: nx.MultiDiGraph
    focus: list[str] = field(default_factory=list)
    colour_by: str = "kind"
    stranded: int = 0  # nodes the filters left without a relation, so not drawn: the command says how many


def names_of(graph: nx.Graph, kinds: Iterable[str]) -> dict[str, tuple[str, tuple[str, ...]]]:
    """node -> (canonical name, aliases) for the nodes of ``kinds``: what ``resolve`` searches."""
    wanted = set(kinds)
    return {node: (data["label"], data["aliases"]) for node, data in graph.nodes(data=True) if data["kind"] in wanted}


def find_zone(knowledge: Knowledge, name: str) -> str:
    """The zone node named ``name`` (canonical or any alias)."""
    return resolve(name, names_of(knowledge.graph, ["Zone"]), "zone")


def find_institute(knowledge: Knowledge, name: str) -> str:
    """The institute or parent organisation named ``name``."""
    return resolve(name, names_of(knowledge.graph, INSTITUTE_KINDS), "institute")


def find_industry(knowledge: Knowledge, name: str) -> str:
    """The industry concept named ``name``: any concept of the taxonomy, named by documents or not."""
    return resolve(name, names_of(knowledge.taxonomy, ["Industry"]), "industry")


def slug_of(node: str) -> str:
    """The last path segment of an entity IRI (its pinyin slug): a safe file name part."""
    return node.rstrip("/").rsplit("/", 1)[-1]


def with_min_confidence(knowledge: Knowledge, threshold: float) -> Knowledge:
    """The knowledge without the relations whose best evidence is below ``threshold``.

    Nodes left with no relation go too, except zones, which the graph always shows.
    """
    if threshold <= 0:
        return knowledge
    graph = knowledge.graph.copy()
    weak = [(u, v, k) for u, v, k, c in graph.edges(keys=True, data="confidence") if c is not None and c < threshold]
    graph.remove_edges_from(weak)
    graph.remove_nodes_from([n for n in list(graph) if graph.degree(n) == 0 and graph.nodes[n]["kind"] != "Zone"])
    return Knowledge(graph, knowledge.taxonomy)


def whole(knowledge: Knowledge) -> View:
    """Everything: every zone and every entity the documents relate."""
    return View("graph", "全图：所有实体与关系",
                "所有文件中谁与谁有关系：高新区、科研机构、企业、产业、产业集群与政策。",
                knowledge.graph.copy())


def neighbourhood(knowledge: Knowledge, zone: str, depth: int = 1) -> View:
    """A zone and everything within ``depth`` relations of it (in either direction)."""
    if depth < 1:
        raise ZonegraphError(f"--depth must be 1 or more, not {depth}")
    graph = knowledge.graph
    reach = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), zone, cutoff=depth)
    label = graph.nodes[zone]["label"]
    suffix = "" if depth == 1 else f"-d{depth}"
    return View(f"zone-{slug_of(zone)}{suffix}", f"{label}：{depth} 步以内的关系",
                f"{label}与谁有关系：合作的科研机构、区内企业、产业、产业集群与落实的政策"
                + ("。" if depth == 1 else f"，以及 {depth} 步以内与它们相连的一切。"),
                graph.subgraph(reach).copy(), focus=[zone])


def institute_reach(knowledge: Knowledge, institute: str) -> View:
    """An institute, its sub-organisations (any depth) and every zone that partners with one of them."""
    graph = knowledge.graph
    label = graph.nodes[institute]["label"]
    tree = _organisations(graph)
    members = {institute} | (nx.ancestors(tree, institute) if institute in tree else set())
    edges = [(u, v, k) for u, v, k in graph.edges(keys=True)
             if (k == "partnersWith" and v in members) or (k == "subOrganizationOf" and u in members and v in members)]
    if not any(k == "partnersWith" for _, _, k in edges):
        raise ZonegraphError(f"no zone of the graph partners with {label} or its sub-organisations")
    return View(f"institute-{slug_of(institute)}", f"{label}：连接的高新区",
                f"{label}直接或通过下属机构与哪些高新区合作。",
                _edge_view(graph, edges, [institute]), focus=[institute])


def industry_view(knowledge: Knowledge, industry: str) -> View:
    """Where an industry clusters: the zones and clusters with it or one of its narrower sectors."""
    graph, taxonomy = knowledge.graph, knowledge.taxonomy
    label = taxonomy.nodes[industry]["label"]
    sectors = {industry} | nx.ancestors(taxonomy, industry)  # narrower -> broader: ancestors are narrower
    named = {s for s in sectors if s in graph}
    concepts = set(named)
    for sector in named:  # the chain up to the asked concept, so that the sectors hang together
        concepts.update(nx.shortest_path(taxonomy, sector, industry))
    edges = [(u, v, k) for u, v, k in graph.edges(keys=True) if k in ("hasIndustry", "clusterIndustry") and v in named]
    clusters = {u for u, _, k in edges if k == "clusterIndustry"}
    edges += [(u, v, k) for u, v, k in graph.edges(keys=True) if k == "hasCluster" and v in clusters]
    if not edges:
        raise ZonegraphError(f"no zone or cluster of the graph has the industry {label} or a narrower sector")
    view = _edge_view(graph, edges, [])
    for concept in concepts:
        if concept not in view:
            view.add_node(concept, **(graph.nodes[concept] if concept in graph else taxonomy.nodes[concept]))
    for narrower, broader in taxonomy.edges(concepts):
        if broader in concepts:
            view.add_edge(narrower, broader, key=BROADER, relation=BROADER, evidence=[], confidence=None)
    return View(f"industry-{slug_of(industry)}", f"{label}：产业分布",
                f"{label}在哪里集聚：以它或其细分产业为主导产业的高新区与产业集群。",
                view, focus=[industry])


def shared_institutes(knowledge: Knowledge) -> View:
    """Zones linked when they partner with the same institute or with institutes under one parent.

    The same rule as queries/shared-partner-institutes.rq: for each pair of partners, only the
    nearest organisation they both belong to counts. Edge weight: how many organisations the two
    zones share; ``shared`` lists them with how and through which partners.
    """
    graph = knowledge.graph
    tree = _organisations(graph)
    partners: dict[str, set[str]] = {}
    for zone, institute, key in graph.edges(keys=True):
        if key == "partnersWith":
            partners.setdefault(zone, set()).add(institute)
    # zone -- every organisation it reaches: the bipartite graph that networkx projects onto zones
    reach = nx.Graph()
    for zone, institutes in partners.items():
        reach.add_node(zone, side="zone")
        for institute in institutes:
            for organisation in _up(tree, institute):
                reach.add_node(organisation, side="organisation")
                reach.add_edge(zone, organisation)
    shared: dict[tuple[str, str], dict[str, dict]] = {}

    def weight(_: nx.Graph, z1: str, z2: str) -> int:
        pair = tuple(sorted((z1, z2)))
        shared[pair] = _shared(tree, partners[pair[0]], partners[pair[1]])
        return len(shared[pair])

    projection = bipartite.generic_weighted_projected_graph(reach, sorted(partners), weight_function=weight)
    view = nx.MultiDiGraph()
    for z1, z2, count in sorted(projection.edges(data="weight")):
        first, second = sorted((z1, z2))
        records = shared[(first, second)]
        for node in (first, second):
            if node not in view:
                view.add_node(node, **graph.nodes[node])
        evidence = [record for info in records.values()
                    for zone, side in ((first, "partners1"), (second, "partners2")) for partner in sorted(info[side])
                    for record in graph.edges[zone, partner, "partnersWith"]["evidence"][:1]]
        listing = [{"institute": graph.nodes[org]["label"], "how": info["how"],
                    "partners1": sorted(graph.nodes[p]["label"] for p in info["partners1"]),
                    "partners2": sorted(graph.nodes[p]["label"] for p in info["partners2"])}
                   for org, info in sorted(records.items(), key=lambda item: graph.nodes[item[0]]["label"])]
        # loose: the zones' partners only meet under a common parent, no institute or unit of it their own
        # (two institutes of 中国科学院), drawn dashed
        loose = all(info["how"] == "common parent" and org not in info["partners1"] | info["partners2"]
                    for org, info in records.items())
        view.add_edge(first, second, key=SHARES, relation=SHARES, weight=count, shared=listing,
                      evidence=evidence, confidence=None, loose=loose)
    if view.number_of_edges() == 0:
        raise ZonegraphError("no two zones of the graph share a partner institute")
    return View("shared-partner-institutes", "共享合作机构的高新区",
                "哪些高新区与同一科研机构合作，或与同属一个上级的机构合作；"
                "连线越粗，共享的机构越多；虚线：两边的合作机构只同属一个上级（如中国科学院的两个研究所）；颜色为社区（Louvain）。",
                view, colour_by="community")


def restrict(view: View, kinds: Iterable[str] | None = None, relations: Iterable[str] | None = None) -> View:
    """Keep only nodes of ``kinds`` and edges of ``relations`` (None keeps all).

    A node that loses all its edges to the filter goes as well, unless the view is about it.
    """
    graph = view.graph.copy()
    if kinds is not None:
        keep = set(kinds)
        graph.remove_nodes_from([n for n, k in graph.nodes(data="kind") if k not in keep and n not in view.focus])
    if relations is not None:
        keep = set(relations)
        graph.remove_edges_from([(u, v, k) for u, v, k in graph.edges(keys=True) if k not in keep])
    stranded = [n for n in graph if graph.degree(n) == 0 and view.graph.degree(n) > 0 and n not in view.focus]
    graph.remove_nodes_from(stranded)
    if graph.number_of_nodes() == 0:
        raise ZonegraphError("the type and relation filters leave nothing to draw")
    return View(view.name, view.title, view.question, graph, list(view.focus), view.colour_by,
                view.stranded + len(stranded))


def _edge_view(graph: nx.MultiDiGraph, edges: list[tuple[str, str, str]], nodes: list[str]) -> nx.MultiDiGraph:
    view = nx.MultiDiGraph(graph.edge_subgraph(edges))
    for node in nodes:
        if node not in view:
            view.add_node(node, **graph.nodes[node])
    return view


def _organisations(graph: nx.MultiDiGraph) -> nx.DiGraph:
    """The organisation tree, child -> parent."""
    return nx.DiGraph([(u, v) for u, v, k in graph.edges(keys=True) if k == "subOrganizationOf"])


def _up(tree: nx.DiGraph, node: str) -> set[str]:
    """The node and every organisation above it."""
    return {node} | (nx.descendants(tree, node) if node in tree else set())


def _below(tree: nx.DiGraph, node: str) -> set[str]:
    """Every organisation strictly under the node."""
    return nx.ancestors(tree, node) if node in tree else set()


def _shared(tree: nx.DiGraph, partners1: set[str], partners2: set[str]) -> dict[str, dict]:
    """organisation -> how two zones share it, through which partners: the nearest common ones only."""
    found: dict[str, dict] = {}
    for via1 in sorted(partners1):
        for via2 in sorted(partners2):
            common = _up(tree, via1) & _up(tree, via2)
            for organisation in common:
                if common & _below(tree, organisation):
                    continue  # a nearer common organisation speaks for this pair
                how = "same institute" if via1 == via2 == organisation else "common parent"
                info = found.setdefault(organisation, {"how": set(), "partners1": set(), "partners2": set()})
                info["how"].add(how)
                info["partners1"].add(via1)
                info["partners2"].add(via2)
    for info in found.values():
        info["how"] = "、".join(sorted(info["how"]))
    return found
