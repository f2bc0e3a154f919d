"""Deterministic TriG text, written directly from the triples.

Each named graph is one block, ``\\n<IRI> {\\n ... \\n}\\n``, after the project's prefix block
(``trig_head``); a block may be preceded by ``@prefix`` lines for namespaces outside that block
(``qb:``). Within a block the triples are sorted by their text (subject, predicate, object), so
the bytes depend on the set of triples alone: not on the order they were added in, the hash
seed, or whether they came from a build or from parsing graph.trig back.

The text is written here rather than by rdflib's Turtle serializer, which is some forty times
slower (it computes a qname per term with regular expressions and sorts subjects by class).
Graphs holding blank nodes (the ontology's OWL lists, imported files) still go through rdflib's
serializer, which nests them as ``[ … ]`` and ``( … )`` without writing their random labels.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD

from zonegraph.namespaces import PREFIXES

# Namespaces written as prefixed names besides the head's: declared before the block using them.
EXTRA_PREFIXES = {"qb": "http://purl.org/linked-data/cube#"}

_NAMESPACES = {str(namespace): prefix for prefix, namespace in PREFIXES.items()}
_EXTRA = {namespace: prefix for prefix, namespace in EXTRA_PREFIXES.items()}
# A conservative PN_LOCAL: letters, digits, _ and -, dots inside; anything else is written <…>.
_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?\Z")
_IRI_BAD = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {ord("\\"): "\\\\", ord('"'): '\\"', ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t",
                   ord("\b"): "\\b", ord("\f"): "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\]')
_STRING_ESCAPES.update({c: f"\\u{c:04X}" for c in (*range(0x20), 0x7F) if c not in _STRING_ESCAPES})
# Lexical forms Turtle reads back as the same typed literal when written bare.
_BARE = {
    XSD.integer: re.compile(r"[+-]?[0-9]+\Z"),
    XSD.decimal: re.compile(r"[+-]?[0-9]*\.[0-9]+\Z"),
    XSD.boolean: re.compile(r"(?:true|false)\Z"),
}
_WHOLE = re.compile(r"[+-]?[0-9]+\Z")
_RDF_TYPE = "rdf:type"  # the text of rdf:type, written "a" as a predicate
LITERALS_KEPT = 200_000  # literal texts a TermWriter remembers (then it starts again)


def trig_head() -> str:
    """The prefix block that begins every graph.trig: the project's prefixes, in name order."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in sorted(PREFIXES.items()))


class TermWriter:
    """Turtle text of rdflib terms; an IRI's text is remembered (IRIs repeat, literals rarely do).

    ``used`` collects the EXTRA_PREFIXES written since it was last emptied.
    """

    def __init__(self) -> None:
        # keyed by the URIRef objects themselves: a URIRef never equals a plain str in rdflib
        self.iris: dict[URIRef, str] = {}
        self.extra_iris: dict[URIRef, tuple[str, str]] = {}  # IRI -> (text, extra prefix)
        self.used: dict[str, str] = {}
        # A build makes each literal once and uses it many times (evidence offsets, rules,
        # confidences): their text by the object's id, the object kept so that the id stays its.
        # Keyed by id, not by the Literal: rdflib's Literal.__hash__ and __eq__ are Python calls.
        self.literals: dict[int, tuple[Literal, str]] = {}

    def literal_text(self, term: Literal) -> str:
        """``literal(term)``, remembered for this very object."""
        entry = self.literals.get(id(term))
        if entry is not None and entry[0] is term:
            return entry[1]
        text = self.literal(term)
        datatype = term.datatype
        if datatype is None or self._iri(datatype)[1] is None:  # not written with an extra prefix
            if len(self.literals) >= LITERALS_KEPT:
                self.literals.clear()
            self.literals[id(term)] = (term, text)
        return text

    def iri(self, value: URIRef) -> str:
        try:
            return self.iris[value]
        except KeyError:
            pass
        try:
            text, prefix = self.extra_iris[value]
        except KeyError:
            text, prefix = self._iri(value)
            if prefix is None:
                self.iris[value] = text
                return text
            self.extra_iris[value] = (text, prefix)
        self.used[prefix] = EXTRA_PREFIXES[prefix]
        return text

    @staticmethod
    def _iri(value: URIRef) -> tuple[str, str | None]:
        value = str(value)
        cut = max(value.rfind("#"), value.rfind("/")) + 1
        namespace, local = value[:cut], value[cut:]
        if _LOCAL.match(local):
            prefix = _NAMESPACES.get(namespace)
            if prefix is not None:
                return f"{prefix}:{local}", None
            prefix = _EXTRA.get(namespace)
            if prefix is not None:
                return f"{prefix}:{local}", prefix
        return _full_iri(value), None

    def term(self, term) -> str:
        if isinstance(term, URIRef):
            return self.iri(term)
        if isinstance(term, Literal):
            return self.literal(term)
        raise BlankNodeFound(term)

    def literal(self, term: Literal) -> str:
        lexical = str(term)
        if _NEEDS_ESCAPE.search(lexical):
            lexical = lexical.translate(_STRING_ESCAPES)
            quoted = True
        else:
            quoted = False
        language = term.language
        if language:
            return f'"{lexical}"@{language}'
        datatype = term.datatype
        if datatype is None:
            return f'"{lexical}"'
        bare = None if quoted else _BARE.get(datatype)
        if bare is not None:
            if bare.match(lexical):
                return lexical
            if datatype == XSD.decimal and _WHOLE.match(lexical):
                return lexical + ".0"  # as rdflib's serializer has always written a whole decimal
        return f'"{lexical}"^^{self.iri(datatype)}'


class BlankNodeFound(Exception):
    """A graph holds a blank node: it is written by rdflib's serializer instead."""


def _full_iri(value: str) -> str:
    if _IRI_BAD.search(value):
        value = _IRI_BAD.sub(lambda m: f"\\u{ord(m.group()):04X}", value)
    return f"<{value}>"


def render_part(identifier: URIRef, triples: Iterable[tuple], writer: TermWriter | None = None) -> str:
    """The TriG block of the graph ``identifier`` holding ``triples``; "" when there are none.

    Raises BlankNodeFound when a triple holds a blank node.
    """
    writer = writer or TermWriter()
    writer.used = {}
    iris, iri, term, literals = writer.iris, writer.iri, writer.term, writer.literals
    # (predicate, object) rows by subject: sorting the subjects, then each subject's few rows, puts
    # them in the order of sorting whole rows, in fewer comparisons (a build adds a subject's
    # triples together, so the last subject's set is usually the one)
    by_subject: dict[str, set[tuple[str, str]]] = {}
    last = rows = None
    for s, p, o in triples:
        # the common case inline: IRIs already met (a dict hit), in the types a build makes
        subject = iris.get(s) if type(s) is URIRef else None
        if subject is None:
            if not isinstance(s, URIRef):
                raise BlankNodeFound(s)
            subject = iri(s)
        if subject is not last:
            rows = by_subject.get(subject)
            if rows is None:
                rows = by_subject[subject] = set()
            last = subject
        predicate = iris.get(p) or iri(p)
        kind = type(o)
        if kind is URIRef:
            obj = iris.get(o) or iri(o)
        elif kind is Literal:
            entry = literals.get(id(o))
            obj = entry[1] if entry is not None and entry[0] is o else writer.literal_text(o)
        else:
            obj = term(o)
        rows.add(("a" if predicate == _RDF_TYPE else predicate, obj))
    if not by_subject:
        return ""
    out = []
    for subject in sorted(by_subject):
        previous_predicate = None
        for p, o in sorted(by_subject[subject]):
            if previous_predicate is None:
                out.append(f"    {subject} {p} {o}")
            elif p != previous_predicate:
                out.append(f" ;\n        {p} {o}")
            else:
                out.append(f",\n            {o}")
            previous_predicate = p
        out.append(" .\n\n")
    out[-1] = " ."
    prefixes = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in sorted(writer.used.items()))
    return f"{prefixes}\n{_full_iri(str(identifier))} {{\n{''.join(out)}\n}}\n"


def rdflib_part(identifier: URIRef, triples: Iterable[tuple], namespaces: Iterable[tuple] = ()) -> str:
    """The block as rdflib's Turtle serializer writes it: for graphs with blank nodes."""
    head = trig_head()
    single = Graph()
    for prefix, namespace in PREFIXES.items():
        single.bind(prefix, namespace, override=True)
    for prefix, namespace in namespaces:
        if prefix not in PREFIXES:
            single.bind(prefix, namespace)
    for triple in triples:
        single.add(triple)
    if len(single) == 0:
        return ""
    body = single.serialize(format="turtle")
    prefix_lines = [l for l in body.splitlines() if l.startswith("@prefix") and l not in head]
    text = "\n".join("    " + l if l else "" for l in body.splitlines() if not l.startswith("@prefix")).strip("\n")
    return "".join(l + "\n" for l in prefix_lines) + f"\n{URIRef(identifier).n3()} {{\n{text}\n}}\n"
