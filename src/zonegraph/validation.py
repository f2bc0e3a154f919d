"""SHACL validation of a built graph against ontology/shapes.ttl (pySHACL, SHACL Core)."""

from __future__ import annotations

from rdflib import Dataset, Graph
from pyshacl import validate as shacl_validate

from zonegraph.resources import ontology_file


def validate(dataset: Dataset) -> tuple[bool, str]:
    """Whether the union of the dataset's graphs conforms, and pySHACL's report text.

    The ontology is in the data (its own named graph), so SHACL's class membership, which follows
    rdfs:subClassOf in the data, lets shapes that target a superclass see the subclasses. No RDFS
    inference: it would type the ends of every relation by the properties' ranges, and the shapes'
    sh:class checks on relation values could never fail.
    """
    data = Graph()
    for graph in dataset.graphs():
        for triple in graph:
            data.add(triple)
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, inference="none", advanced=False)
    return bool(conforms), text
