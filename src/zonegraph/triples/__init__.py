"""Triples: the RDF graph of entities, relations and their evidence, one named graph per document."""

from zonegraph.triples.build import build_dataset, write_trig

__all__ = ["build_dataset", "write_trig"]
