"""Terms between rdflib and pyoxigraph, and Oxigraph query results as rdflib Results.

rdflib stays the programming model: every caller gets rdflib terms and an rdflib ``Result``
whatever engine answered. Plain literals come back as rdflib's plain ``Literal`` (Oxigraph gives
them the datatype xsd:string, which rdflib would treat as a different term).
"""

from __future__ import annotations

import re
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Node

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
DEFAULT_GRAPH = ox.DefaultGraph()


def to_ox(term: Node | None) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    """An rdflib term as a pyoxigraph term (None stays None: a wildcard in patterns)."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def to_ox_graph(identifier: Node | None) -> ox.NamedNode | ox.BlankNode | ox.DefaultGraph:
    """An rdflib graph name as Oxigraph's: None and rdflib's default graph are the default graph."""
    if identifier is None or identifier == DATASET_DEFAULT_GRAPH_ID:
        return DEFAULT_GRAPH
    return to_ox(identifier)


class Converter:
    """pyoxigraph terms to rdflib terms, remembering each: results repeat the same labels and
    IRIs many times, and building an rdflib Literal (which parses its value) is the costly part."""

    def __init__(self) -> None:
        self.cache: dict = {}

    def __call__(self, term):
        if term is None:
            return None
        try:
            return self.cache[term]
        except KeyError:
            pass
        except TypeError:  # an unhashable term (a quoted triple): convert without caching
            return _convert(term)
        value = self.cache[term] = _convert(term)
        return value


def _convert(term):
    kind = type(term)
    if kind is ox.NamedNode:
        return URIRef(term.value)
    if kind is ox.Literal:
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if kind is ox.BlankNode:
        return BNode(term.value)
    if kind is ox.Triple:
        raise ValueError("RDF-star quoted triples have no rdflib term")
    raise ValueError(f"unexpected Oxigraph term: {term!r}")


# IRIs, strings and comments of SPARQL or Turtle text (what a look for keywords or syntax must skip)
TURTLE_NOISE = _STRIP = re.compile(r'<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')


# a dataset clause: FROM or FROM NAMED before an IRI or a prefixed name (not a variable ?from, nor zg:from)
_DATASET_CLAUSE = re.compile(r"(?i)(?<![?$:\w])FROM\s+(?:NAMED\s+)?(?:<|[A-Za-z][\w.-]*:|:)")


def names_its_dataset(query: str) -> bool:
    """Whether ``query`` says its dataset with FROM or FROM NAMED (outside strings and comments)."""
    return _DATASET_CLAUSE.search(_STRIP.sub(lambda m: "<>" if m.group(0).startswith("<") else " ", query)) is not None


_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.-]*)?:")
_USED = re.compile(r"(?<![\w<#/:?$])([A-Za-z][\w-]*):[\w(]")


def prefixes_undeclared(query: str) -> set[str]:
    """The prefixes a query's prefixed names use (zg of zg:Zone) that its own PREFIX lines do not declare."""
    declared = {m.group(1) for m in _DECLARED.finditer(query)}
    return {m.group(1) for m in _USED.finditer(_STRIP.sub(" ", query))} - declared


def keywords(query: str) -> set[str]:
    """The upper-cased words of a query outside IRIs, strings and comments."""
    return {word.upper() for word in re.findall(r"[A-Za-z]+", _STRIP.sub(" ", query))}


def to_result(answer: ox.QuerySolutions | ox.QueryTriples | ox.QueryBoolean, query: str) -> Result:
    """An Oxigraph answer (solutions, triples or boolean) as a fully read rdflib Result."""
    convert = Converter()
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QuerySolutions):
        result = Result("SELECT")
        names = [v.value for v in answer.variables]
        result.vars = [Variable(name) for name in names]
        rows = []
        for solution in answer:
            row = {}
            for variable, value in zip(result.vars, solution):
                if value is not None:
                    row[variable] = convert(value)
            rows.append(row)
        result.bindings = rows
        return result
    form = "DESCRIBE" if "DESCRIBE" in keywords(query) else "CONSTRUCT"
    result = Result(form)
    result.graph = triples_graph(answer, convert)
    return result


def triples_graph(triples: Iterable, convert: Converter | None = None) -> Graph:
    """Oxigraph's triples (a CONSTRUCT's or DESCRIBE's answer) as an rdflib Graph."""
    convert = convert or Converter()
    graph = Graph()
    for triple in triples:
        graph.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
    return graph
