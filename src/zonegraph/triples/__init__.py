"""Triples: the RDF graph of entities, relations and their evidence, one named graph per document."""

from zonegraph.triples.build import (
    Graphs,
    NamedGraph,
    build_dataset,
    build_graphs,
    write_trig,
)

__all__ = ["Graphs", "NamedGraph", "build_dataset", "build_graphs", "write_trig"]
