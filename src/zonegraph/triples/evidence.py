"""An evidence record: the reified statement of a fact, where it was read, and how sure we are."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Graph, Literal
from rdflib.namespace import PROV, RDF

from zonegraph.namespaces import ZG, document_iri, evidence_iri


def add_evidence(graph: Graph, triple: tuple, document: str, start: int, end: int, quote: str, rule: str,
                 confidence: float) -> None:
    """Add to ``graph`` the zg:Evidence that ``document`` states ``triple`` at raw ``start:end``."""
    node = evidence_iri(document, *triple, start, end)
    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.type, ZG.Evidence))
    graph.add((node, RDF.subject, triple[0]))
    graph.add((node, RDF.predicate, triple[1]))
    graph.add((node, RDF.object, triple[2]))
    graph.add((node, PROV.wasDerivedFrom, document_iri(document)))
    graph.add((node, ZG.quote, Literal(quote)))
    graph.add((node, ZG.charStart, Literal(start)))
    graph.add((node, ZG.charEnd, Literal(end)))
    graph.add((node, ZG.confidence, Literal(Decimal(str(confidence)))))
    graph.add((node, ZG.rule, Literal(rule)))
