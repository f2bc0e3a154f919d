"""Pictures out: the built RDF graph as interactive, offline HTML networks a person can read.

The stage reads ``build/graph.trig`` through the query engine, shapes it with networkx
(``networks`` reads the RDF, ``views`` cuts and projects it, ``measures`` sizes, colours and lays
it out) and writes self-contained pages (``page``, ``site``) that draw it with vis-network,
inlined from the pyvis package so that a page works from file:// with no network.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from zonegraph.pictures.networks import Knowledge, load_knowledge, read_knowledge
    from zonegraph.pictures.views import View

__all__ = ["Knowledge", "View", "load_knowledge", "read_knowledge"]
_HOMES = {"Knowledge": "networks", "load_knowledge": "networks", "read_knowledge": "networks", "View": "views"}


def __getattr__(name: str) -> object:
    """The stage's names, imported when first used: the command line imports this package to
    declare ``viz``, and should not load rdflib, networkx and the page code for ``--help``."""
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
