"""Relations: attach each fact to the zone its sentence is about, with evidence."""

from zonegraph.relations.confidence import calibrate
from zonegraph.relations.extract import extract_document
from zonegraph.relations.facts import Fact
from zonegraph.relations.projects import project_facts

__all__ = ["Fact", "calibrate", "extract_document", "project_facts"]
