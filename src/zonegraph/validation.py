"""SHACL validation of a built graph against ontology/shapes.ttl (pySHACL, SHACL Core)."""

from __future__ import annotations

from rdflib import Dataset, Graph
from pyshacl import validate as shacl_validate

from zonegraph.resources import ontology_file


def validate(dataset: Dataset) -> tuple[bool, str]:
    """Whether the union of the dataset's graphs conforms, and pySHACL's report text.

    The ontology is in the data (its own named graph), so RDFS inference lets shapes that target
    a superclass see the subclasses.
    """
    data = Graph()
    for graph in dataset.graphs():
        for triple in graph:
            data.add(triple)
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    conforms, _, text = shacl_validate(data, shacl_graph=shapes, inference="rdfs", advanced=False)
    return bool(conforms), text
