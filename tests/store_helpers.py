"""Helpers shared by the store tests: comparable query answers and parameter values."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from rdflib import BNode, Literal
from rdflib.namespace import XSD

from zonegraph.queries.named import named_queries

# a value for every required parameter of the shipped named queries (others get "")
SAMPLE_VALUES = {"zone": "苏州高新区", "indicator": "地区生产总值", "industry": "集成电路", "subject": "苏州高新区"}
NUMERIC = {XSD.integer, XSD.decimal, XSD.double, XSD.float, XSD.int, XSD.long}


def bound_queries() -> dict[str, str]:
    """Every named query, its required parameters filled with sample values."""
    texts = {}
    for name, query in named_queries().items():
        values = {p: SAMPLE_VALUES.get(p, "") for p, parameter in query.parameters.items() if parameter.default is None}
        texts[name] = query.bind(values)
    return texts


def comparable(term):
    """A term as engines agree on it: numbers by value, GROUP_CONCAT lists as sorted sets.

    Language tags are left out: Oxigraph keeps the common tag of GROUP_CONCAT's inputs
    ("中国科学院、浙江大学"@zh), rdflib returns a plain string; the text is the same.
    """
    if term is None:
        return None
    if isinstance(term, BNode):
        return "_:b"
    if isinstance(term, Literal):
        if term.datatype in NUMERIC:
            try:
                return ("number", Decimal(str(term)).normalize())
            except InvalidOperation:
                return ("number", str(term))
        text = str(term)
        if "、" in text:
            return ("list", tuple(sorted(text.split("、"))))
        return ("literal", text, str(term.datatype) if term.datatype and term.datatype != XSD.string else None)
    return ("iri", str(term))


def answer(result) -> object:
    """A result as a sorted list of comparable rows (or a boolean, or a set of triples)."""
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return sorted(tuple(comparable(t) for t in triple) for triple in result.graph)
    names = [str(v) for v in result.vars]
    return names, sorted((tuple(comparable(row[v]) for v in result.vars) for row in result), key=repr)
