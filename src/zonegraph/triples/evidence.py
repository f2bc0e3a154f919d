"""An evidence record: the reified statement of a fact, where it was read, and how sure we are."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Protocol

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.term import Node

from zonegraph.namespaces import ZG, evidence_iri
from zonegraph.namespaces import document_iri as _document_iri

_TYPE, _STATEMENT, _EVIDENCE = RDF.type, RDF.Statement, ZG.Evidence
_SUBJECT, _PREDICATE, _OBJECT = RDF.subject, RDF.predicate, RDF.object
_DERIVED_FROM, _QUOTE, _RULE = PROV.wasDerivedFrom, ZG.quote, ZG.rule
_CHAR_START, _CHAR_END, _CONFIDENCE = ZG.charStart, ZG.charEnd, ZG.confidence


class TripleSink(Protocol):
    """What triples are added to: a build's ``NamedGraph`` (which indexes nothing) or any rdflib ``Graph``."""

    def add(self, triple: tuple[Node, Node, Node]) -> object: ...


# Literals and document IRIs repeat (a sentence backs several facts; rules, confidences and
# offsets recur) and rdflib takes several microseconds to make each, so the recent ones are kept.
@lru_cache(maxsize=4096)
def document_iri(file_name: str) -> URIRef:
    """``namespaces.document_iri``, kept for the recent documents."""
    return _document_iri(file_name)


@lru_cache(maxsize=8192)
def plain_literal(text: str) -> Literal:
    """A plain literal, kept for the recent texts (rules, periods, units)."""
    return Literal(text)


@lru_cache(maxsize=8192)
def zh_literal(text: str) -> Literal:
    """A literal tagged zh (quotes, labels), kept for the recent texts."""
    return Literal(text, lang="zh")


@lru_cache(maxsize=65536, typed=True)
def integer_literal(number: int) -> Literal:
    """An xsd:integer literal (offsets), kept for the recent numbers."""
    return Literal(number)


@lru_cache(maxsize=1024, typed=True)
def confidence_literal(confidence: float) -> Literal:
    """A confidence as an xsd:decimal written as the rule gives it (0.9, not 0.90000000000000002)."""
    return Literal(Decimal(str(confidence)))


def add_evidence(graph: TripleSink, triple: tuple, document: str, start: int, end: int, quote: str, rule: str,
                 confidence: float) -> None:
    """Add to ``graph`` the zg:Evidence that ``document`` states ``triple`` at raw ``start:end``."""
    node = evidence_iri(document, *triple, start, end)
    add = graph.add
    add((node, _TYPE, _STATEMENT))
    add((node, _TYPE, _EVIDENCE))
    add((node, _SUBJECT, triple[0]))
    add((node, _PREDICATE, triple[1]))
    add((node, _OBJECT, triple[2]))
    add((node, _DERIVED_FROM, document_iri(document)))
    add((node, _QUOTE, plain_literal(quote)))
    add((node, _CHAR_START, integer_literal(start)))
    add((node, _CHAR_END, integer_literal(end)))
    add((node, _CONFIDENCE, confidence_literal(confidence)))
    add((node, _RULE, plain_literal(rule)))
