"""zonegraph: Chinese documents about national high-tech zones in, a provenance-backed RDF graph out.

The package is laid out as the pipeline runs:
documents (read and clean) -> mentions (find names) -> entities (resolve to one node each)
-> relations (attach facts to the zone a sentence is about) -> triples (RDF with evidence)
-> queries (named SPARQL).
"""

__version__ = "0.1.0"
