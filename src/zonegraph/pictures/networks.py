"""RDF in, networkx out: the entities and relations of the built graph as a MultiDiGraph.

The graph is read only through SPARQL (``zonegraph.queries.engine``), so that whatever store sits
under the engine, the pictures see the same knowledge the named queries see.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Dataset

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ENTITY_TYPES, RELATION_TYPES, ZG
from zonegraph.queries.engine import load_graph, run_sparql

# The taxonomy's own relation, drawn between industries: narrower -> broader.
BROADER = "broader"
# The relation of the shared-institute projection: zone -- zone.
SHARES = "sharesInstitute"

_ZG = str(ZG)

_ENTITIES = f"""
SELECT ?s ?type ?label WHERE {{
  VALUES ?type {{ {" ".join(f"zg:{kind}" for kind in ENTITY_TYPES)} }}
  ?s a ?type ; rdfs:label ?label .
}}"""

_ALIASES = """
SELECT ?s ?alias WHERE {
  { ?s skos:altLabel ?alias } UNION { ?s skos:prefLabel ?alias . FILTER(LANG(?alias) = "zh") }
}"""

_PLACES = """
SELECT ?s ?province ?city WHERE {
  ?s a zg:Zone .
  OPTIONAL { ?s zg:province ?province }
  OPTIONAL { ?s zg:city ?city }
}"""

_RELATIONS = f"""
SELECT ?s ?p ?o WHERE {{
  VALUES ?p {{ {" ".join(f"zg:{name}" for name in RELATION_TYPES)} }}
  ?s ?p ?o .
}}"""

_EVIDENCE = """
SELECT ?s ?p ?o ?quote ?file ?title ?confidence WHERE {
  ?e a zg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?e zg:quote ?quote }
  OPTIONAL { ?e zg:confidence ?confidence }
  OPTIONAL { ?e prov:wasDerivedFrom ?doc .
             OPTIONAL { ?doc zg:fileName ?file }
             OPTIONAL { ?doc dcterms:title ?title } }
}"""

_BROADER = """
SELECT ?narrower ?broader WHERE { ?narrower a zg:Industry ; skos:broader ?broader . ?broader a zg:Industry . }"""


@dataclass
class Knowledge:
    """What the pictures draw from: the documents' entities and relations, and the whole taxonomy.

    ``graph`` holds every zone and every entity that takes part in a relation (node id: its IRI) with the
    attributes ``kind``, ``label`` (canonical name), ``aliases``, ``province``, ``city``; its edges
    are keyed by relation name and carry ``evidence`` (quote, document, title, confidence) and the
    best ``confidence``. ``taxonomy`` holds every industry concept, narrower -> broader, so that an
    industry can be asked for even where the documents only name its sectors.
    """

    graph: nx.MultiDiGraph
    taxonomy: nx.DiGraph


def load_knowledge(path: Path) -> Knowledge:
    """The knowledge of a built TriG file (``zonegraph build``'s graph.trig)."""
    knowledge = read_knowledge(load_graph(path))
    if knowledge.graph.number_of_nodes() == 0:
        raise ZonegraphError("the graph holds no zone and no related entity: nothing to draw", path)
    return knowledge


def read_knowledge(dataset: Dataset) -> Knowledge:
    """Turn the RDF dataset into networkx graphs through SPARQL, so the store can change."""
    entities = _entities(dataset)
    graph = nx.MultiDiGraph()
    for row in run_sparql(dataset, _RELATIONS, "pictures: relations"):
        subject, obj = str(row.s), str(row.o)
        if subject not in entities or obj not in entities:
            continue  # a relation to something that is not an entity of the ontology: not drawable
        relation = str(row.p)[len(_ZG):]
        for node in (subject, obj):
            if node not in graph:
                graph.add_node(node, **entities[node])
        graph.add_edge(subject, obj, key=relation, relation=relation, evidence=[], confidence=None)
    for node, attributes in entities.items():  # a zone the documents name is drawn even alone
        if attributes["kind"] == "Zone" and node not in graph:
            graph.add_node(node, **attributes)
    _attach_evidence(dataset, graph)
    taxonomy = nx.DiGraph()
    for node, attributes in entities.items():
        if attributes["kind"] == "Industry":
            taxonomy.add_node(node, **attributes)
    for row in run_sparql(dataset, _BROADER, "pictures: industry taxonomy"):
        narrower, broader = str(row.narrower), str(row.broader)
        if narrower in taxonomy and broader in taxonomy:
            taxonomy.add_edge(narrower, broader)
    _link_industries(graph, taxonomy)
    return Knowledge(graph, taxonomy)


def _entities(dataset: Dataset) -> dict[str, dict]:
    """Every typed, labelled entity with its canonical name, aliases and place."""
    entities: dict[str, dict] = {}
    order = {kind: index for index, kind in enumerate(ENTITY_TYPES)}
    for row in run_sparql(dataset, _ENTITIES, "pictures: entities"):
        node, kind, label = str(row.s), str(row.type)[len(_ZG):], str(row.label)
        if getattr(row.label, "language", None) not in (None, "zh"):
            continue
        known = entities.get(node)
        if known is None or (order[kind], label) < (order[known["kind"]], known["label"]):
            entities[node] = {"kind": kind, "label": label, "aliases": (), "province": None, "city": None}
    aliases: dict[str, set[str]] = {}
    for row in run_sparql(dataset, _ALIASES, "pictures: aliases"):
        node = str(row.s)
        if node in entities:
            aliases.setdefault(node, set()).add(str(row.alias))
    for node, names in aliases.items():
        entities[node]["aliases"] = tuple(sorted(names - {entities[node]["label"]}))
    for row in run_sparql(dataset, _PLACES, "pictures: places"):
        node = str(row.s)
        if node in entities:
            entities[node]["province"] = str(row.province) if row.province is not None else None
            entities[node]["city"] = str(row.city) if row.city is not None else None
    return entities


def _attach_evidence(dataset: Dataset, graph: nx.MultiDiGraph) -> None:
    """Give each relation edge its evidence records, most confident first."""
    for row in run_sparql(dataset, _EVIDENCE, "pictures: evidence"):
        subject, obj, relation = str(row.s), str(row.o), str(row.p)[len(_ZG):]
        if not graph.has_edge(subject, obj, key=relation):
            continue
        confidence = float(row.confidence) if row.confidence is not None else None
        graph.edges[subject, obj, relation]["evidence"].append({
            "quote": str(row.quote) if row.quote is not None else "",
            "document": str(row.file) if row.file is not None else "",
            "title": str(row.title) if row.title is not None else "",
            "confidence": confidence,
        })
    for _, _, data in graph.edges(data=True):
        records = list({(e["document"], e["quote"]): e for e in data["evidence"]}.values())
        data["evidence"] = records
        records.sort(key=lambda e: (-(e["confidence"] or 0.0), e["document"], e["quote"]))
        known = [e["confidence"] for e in records if e["confidence"] is not None]
        data["confidence"] = max(known) if known else None


def _link_industries(graph: nx.MultiDiGraph, taxonomy: nx.DiGraph) -> None:
    """Draw the taxonomy between the industries the documents name (narrower -> broader)."""
    present = [node for node, kind in graph.nodes(data="kind") if kind == "Industry"]
    for node in present:
        for broader in taxonomy.successors(node):
            if broader in graph:
                graph.add_edge(node, broader, key=BROADER, relation=BROADER, evidence=[], confidence=None)
