"""Relations: attach each fact to the zone its sentence is about, with evidence."""

from zonegraph.relations.extract import Fact, extract_document

__all__ = ["Fact", "extract_document"]
