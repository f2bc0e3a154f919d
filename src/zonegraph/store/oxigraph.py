"""The embedded store: an Oxigraph database behind rdflib's Store interface, read-only.

``open_dataset`` gives an ordinary rdflib ``Dataset`` (default_union=True, as ``load_graph``
always returned) whose triples, graphs and SPARQL go to Oxigraph, so pictures, serve,
validation and evaluation work on it unchanged, while SPARQL runs in Oxigraph's engine.

Oxigraph's own "union default graph" option returns a triple once per graph that holds it, so
an entity described in 300 documents would match 300 times and every join would multiply.
The store therefore keeps the union itself, de-duplicated, in its default graph (the writers
maintain it), and queries run on that: exactly rdflib's default_union semantics.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator, Mapping

import pyoxigraph as ox
from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.store import VALID_STORE, Store
from rdflib.term import Identifier, Node, URIRef

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import PREFIXES
from zonegraph.store.layout import DATABASE
from zonegraph.store.terms import DEFAULT_GRAPH, Converter, keywords, names_its_dataset, to_ox, to_result

UNION = "__UNION__"  # rdflib's name for the union graph in Graph.query


class ReadOnlyStoreError(ZonegraphError):
    """A write through rdflib to the store: the store changes only through build, ingest, remove and import."""


class OxigraphStore(Store):
    """rdflib Store over a pyoxigraph Store whose default graph holds the union of the named ones."""

    context_aware = True
    formula_aware = False
    transaction_aware = False
    graph_aware = True

    def __init__(self, inner: ox.Store, location: Path | None = None, allow_service: bool = False) -> None:
        super().__init__()
        self.inner = inner
        self.location = location
        self.allow_service = allow_service
        self._namespaces: dict[str, URIRef] = {}
        self._prefixes: dict[URIRef, str] = {}
        self._convert = Converter()

    # -- opening ----------------------------------------------------------------------------
    def open(self, configuration: str, create: bool = False) -> int:
        return VALID_STORE

    def close(self, commit_pending_transaction: bool = False) -> None:
        pass

    # -- reading ----------------------------------------------------------------------------
    def _graph_name(self, context: Graph | Node | None):
        identifier = getattr(context, "identifier", context)
        if identifier is None or identifier == UNION:
            return DEFAULT_GRAPH  # the union
        if identifier == DATASET_DEFAULT_GRAPH_ID:
            return None  # rdflib's own default graph: always empty here, as in a default_union Dataset
        return to_ox(identifier)

    def triples(self, triple_pattern, context=None) -> Iterator:
        graph_name = self._graph_name(context)
        if graph_name is None:
            return iter(())
        try:
            s, p, o = (to_ox(term) for term in triple_pattern)
        except TypeError:  # a pattern term Oxigraph has no form for (a formula, a variable)
            return iter(())
        if isinstance(s, ox.Literal) or (p is not None and not isinstance(p, ox.NamedNode)):
            return iter(())
        return self._triples(s, p, o, graph_name, context)

    def _triples(self, s, p, o, graph_name, context) -> Iterator:
        convert = Converter()
        union = graph_name is DEFAULT_GRAPH
        for quad in self.inner.quads_for_pattern(s, p, o, graph_name):
            triple = (convert(quad.subject), convert(quad.predicate), convert(quad.object))
            if union:
                yield triple, self._graphs_holding(quad)
            else:
                yield triple, iter((context,))

    def _graphs_holding(self, quad) -> Iterator[Graph]:
        """The named graphs that hold a triple of the union, found only when asked for."""
        for found in self.inner.quads_for_pattern(quad.subject, quad.predicate, quad.object, None):
            if not isinstance(found.graph_name, ox.DefaultGraph):
                yield Graph(store=self, identifier=self._convert(found.graph_name))

    def __len__(self, context=None) -> int:
        graph_name = self._graph_name(context)
        if graph_name is None:
            return 0
        answer = self.inner.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", default_graph=graph_name)
        return int(next(iter(answer))[0].value)

    def contexts(self, triple=None) -> Iterator[Graph]:
        if triple is None:
            names = sorted(self.inner.named_graphs(), key=lambda g: g.value)
        else:
            s, p, o = (to_ox(term) for term in triple)
            names = sorted({q.graph_name for q in self.inner.quads_for_pattern(s, p, o, None)
                            if not isinstance(q.graph_name, ox.DefaultGraph)}, key=lambda g: g.value)
        return (Graph(store=self, identifier=self._convert(name)) for name in names)

    def query(self, query, initNs: Mapping[str, Any], initBindings: Mapping[str, Identifier],  # noqa: N803
              queryGraph, **kwargs: object) -> Result:  # noqa: N803
        if not isinstance(query, str):
            raise NotImplementedError("a parsed query: let rdflib evaluate it")
        if kwargs:
            raise NotImplementedError(f"query options {sorted(kwargs)}")
        graph_name = self._graph_name(queryGraph)
        return run_query(self.inner, query, initNs, initBindings,
                         DEFAULT_GRAPH if graph_name is None else graph_name, self.allow_service)

    # -- writing: refused, the store changes only through zonegraph build / ingest / import ----
    def _refuse(self, *args, **kwargs) -> None:
        raise ReadOnlyStoreError("the store is read-only here: change it with zonegraph build, ingest, remove or import",
                                 self.location or "store")

    add = addN = remove = remove_graph = update = _refuse  # noqa: N815

    def add_graph(self, graph: Graph) -> None:
        pass  # a graph exists as soon as it has triples; asking for an empty one changes nothing

    # -- prefixes (kept in memory, as rdflib's Memory store does) ------------------------------
    def bind(self, prefix: str, namespace: URIRef, override: bool = True) -> None:
        namespace = URIRef(namespace)
        if not override and (prefix in self._namespaces or namespace in self._prefixes):
            return
        old = self._namespaces.pop(prefix, None)
        if old is not None:
            self._prefixes.pop(old, None)
        old_prefix = self._prefixes.pop(namespace, None)
        if old_prefix is not None:
            self._namespaces.pop(old_prefix, None)
        self._namespaces[prefix] = namespace
        self._prefixes[namespace] = prefix

    def namespace(self, prefix: str) -> URIRef | None:
        return self._namespaces.get(prefix)

    def prefix(self, namespace: URIRef) -> str | None:
        return self._prefixes.get(URIRef(namespace))

    def namespaces(self) -> Iterator[tuple[str, URIRef]]:
        yield from self._namespaces.items()


def run_query(store: ox.Store, query: str, prefixes: Mapping[str, Any] | None = None,
              bindings: Mapping[str, Identifier] | None = None,
              default_graph: ox.DefaultGraph | ox.NamedNode | list[ox.NamedNode] = DEFAULT_GRAPH,
              allow_service: bool = False) -> Result:
    """Run SPARQL in Oxigraph and return a read rdflib Result; errors become ZonegraphError.

    ``default_graph`` is the query's default graph unless the query names its dataset with FROM.

    SERVICE is refused unless allowed: Oxigraph would fetch it over HTTP from native code, out of
    reach of the Python-level confinement the query server puts on its workers.
    """
    words = keywords(query)
    if not allow_service and "SERVICE" in words:
        raise ZonegraphError("SERVICE (federated query) is not allowed on the local store", "query")
    try:
        answer = store.query(
            query,
            prefixes={str(k): str(v) for k, v in (prefixes or {}).items()},
            substitutions={ox.Variable(str(k)): to_ox(v) for k, v in (bindings or {}).items()},
            # a query's own FROM and FROM NAMED say its dataset, which a default_graph given here would override
            default_graph=None if names_its_dataset(query) else default_graph,
        )
        return to_result(answer, query)
    except SyntaxError as error:
        message = " ".join(str(error).split())
        raise ZonegraphError(f"malformed SPARQL: {message}", "query") from None
    except (OSError, ValueError, RuntimeError) as error:
        raise ZonegraphError(f"the query failed: {' '.join(str(error).split())}", "query") from None


def open_database(generation: Path, read_only: bool = True) -> ox.Store:
    """The Oxigraph database of a generation; read-only opens never lock, so many may read."""
    path = str(generation / DATABASE)
    try:
        return ox.Store.read_only(path) if read_only else ox.Store(path)
    except OSError as error:
        raise ZonegraphError(f"cannot open the store: {error}", generation) from None


def open_dataset(generation: Path) -> Dataset:
    """An rdflib Dataset (default_union=True) reading the generation's Oxigraph database."""
    store = OxigraphStore(open_database(generation), generation)
    dataset = Dataset(store=store, default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    return dataset


def is_store_backed(dataset: Graph) -> bool:
    """Whether ``dataset`` reads an Oxigraph store (queries then run in Oxigraph, not in rdflib)."""
    return isinstance(getattr(dataset, "store", None), OxigraphStore)
