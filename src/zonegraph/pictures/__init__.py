"""Pictures out: the built RDF graph as interactive, offline HTML networks a person can read.

The stage reads ``build/graph.trig`` through the query engine, shapes it with networkx
(``networks`` reads the RDF, ``views`` cuts and projects it, ``measures`` sizes, colours and lays
it out) and writes self-contained pages (``page``, ``site``) that draw it with vis-network,
inlined from the pyvis package so that a page works from file:// with no network.
"""

from zonegraph.pictures.networks import Knowledge, load_knowledge, read_knowledge
from zonegraph.pictures.views import View

__all__ = ["Knowledge", "View", "load_knowledge", "read_knowledge"]
