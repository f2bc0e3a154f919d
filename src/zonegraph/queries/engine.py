"""Load the built graph and run SPARQL on it (the union of all named graphs is the default)."""

from __future__ import annotations

import re
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterator

from rdflib import Dataset, Literal
from rdflib.namespace import XSD
from rdflib.query import Result

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import QUERY_PREFIXES, decimal_literal
from zonegraph.store.layout import GRAPH_FILE
from zonegraph.store.oxigraph import is_store_backed
from zonegraph.store.terms import prefixes_undeclared


def load_graph(path: Path) -> Dataset:
    """The dataset written by ``zonegraph build``, with the union of its graphs as default graph.

    ``path`` is a build folder or its graph.trig. When the folder has a persistent store (the
    default of ``zonegraph build``) the dataset reads it, opened read-only in milliseconds and
    queried by Oxigraph; otherwise graph.trig is parsed into rdflib's memory store.
    """
    path = Path(path)
    build_dir = path if path.is_dir() else path.parent
    if path.is_dir() or path.name == GRAPH_FILE:
        from zonegraph.store.layout import current_generation
        from zonegraph.store.oxigraph import open_dataset

        generation = current_generation(build_dir)
        if generation is not None:
            return open_dataset(generation)
    trig = path / GRAPH_FILE if path.is_dir() else path
    if not trig.exists():
        raise ZonegraphError("no built graph here: run `zonegraph build` first", trig)
    dataset = Dataset(default_union=True)
    try:
        dataset.parse(trig, format="trig")
    except Exception as error:  # rdflib raises several parser exception types
        raise ZonegraphError(f"cannot parse the graph: {error}", trig) from None
    return dataset


def run_sparql(dataset: Dataset, query: str, source: str = "query") -> Result:
    """Run ``query``; a syntax error becomes a ZonegraphError that names ``source``.

    On a store-backed dataset the query runs in Oxigraph and the answer comes back as an
    rdflib Result all the same.
    """
    try:
        with _graphs_named_not_fetched():
            result = dataset.query(query, initNs=QUERY_PREFIXES)
        if result.type == "SELECT" and not is_store_backed(dataset):
            _answer_as_the_store_does(result, query)
        return result
    except ZonegraphError as error:  # from the store: the problem, now naming the query's source
        raise ZonegraphError(_unknown_prefixes(query) or error.problem, source) from None
    except Exception as error:  # pyparsing / rdflib errors: report the parser's words
        message = " ".join(str(error).split())
        raise ZonegraphError(_unknown_prefixes(query) or f"malformed SPARQL: {message}", source) from None


def _unknown_prefixes(query: str) -> str | None:
    """Of a query that failed, the prefixes it uses that neither it nor zonegraph declares, said as such: Oxigraph
    said 400 characters of the Unicode ranges a name may hold (or "expected OPTIONAL"), rdflib "Unknown namespace
    prefix : foo"."""
    unknown = sorted(prefixes_undeclared(query) - set(QUERY_PREFIXES))
    if not unknown:
        return None
    return (f"unknown prefix{'es' if len(unknown) > 1 else ''} {', '.join(p + ':' for p in unknown)} "
            f"(known without a PREFIX line: {', '.join(QUERY_PREFIXES)}; declare another with "
            f"PREFIX {unknown[0]}: <IRI>)")


@contextmanager
def _graphs_named_not_fetched() -> Iterator[None]:
    """FROM <g> and FROM NAMED <g> name graphs of the dataset, as in Oxigraph: rdflib would otherwise fetch <g> from
    the web (and, offline, fail) and answer over what it fetched."""
    import rdflib.plugins.sparql as settings

    loading, settings.SPARQL_LOAD_GRAPHS = settings.SPARQL_LOAD_GRAPHS, False
    try:
        yield
    finally:
        settings.SPARQL_LOAD_GRAPHS = loading


_COMMENT_OR_IRI = re.compile(r"(<[^<>\s]*>)|#[^\n]*")
_PROLOGUE = re.compile(r"^\s*(?:(?:BASE\s*<[^>]*>|PREFIX\s+[^\s:]*:\s*<[^>]*>)\s*)*", re.IGNORECASE)
_UPDATE_START = re.compile(r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.IGNORECASE)


def is_update(text: str) -> bool:
    """Whether ``text`` starts like a SPARQL Update operation (after comments and its prologue).

    This catches updates sent as ``query=`` to the server, or given to ``zonegraph query``, without a parser round
    trip; the server's worker double-checks texts that fail to parse as queries with the SPARQL Update grammar.
    """
    without_comments = _COMMENT_OR_IRI.sub(lambda m: m.group(1) or " ", text)
    prologue = _PROLOGUE.match(without_comments)
    body = without_comments[prologue.end() if prologue else 0:]
    return bool(_UPDATE_START.match(body))


def _answer_as_the_store_does(result: Result, query: str) -> None:
    """Give rdflib's answer the terms Oxigraph's has, so that ``--store memory`` prints what a store build prints:
    decimals in their canonical form (972 and 59500, not 972.0 and 59500.00), and no row for a GROUP BY that found
    no group (rdflib answers one empty solution, which CSV and JSON wrote as a row of empty cells)."""
    grouped = _GROUP_BY.search(query) is not None
    result.bindings = [{name: _canonical(term) for name, term in row.items()} for row in result.bindings
                       if row or not grouped]


def _canonical(term):
    if isinstance(term, Literal) and term.datatype == XSD.decimal:
        try:
            return decimal_literal(Decimal(str(term)))
        except InvalidOperation:
            return term  # an ill-typed decimal is shown as written
    return term


_GROUP_BY = re.compile(r"\bGROUP\s+BY\b", re.IGNORECASE)


def select_rows(dataset: Dataset, query: str) -> Iterator[dict]:
    """Each solution of a SELECT ``query`` as a dict of variable name -> term, on whichever store ``dataset`` is."""
    result = run_sparql(dataset, query)
    for row in result:
        yield row.asdict()
