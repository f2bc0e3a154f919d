"""Print query results: an aligned table for people, standard formats for programs."""

from __future__ import annotations

import unicodedata

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import PREFIXES

ROW_FORMATS = {"table": None, "json": "json", "csv": "csv", "csv-excel": "csv", "tsv": None, "xml": "xml"}
# CSV as Excel on Windows opens it: a UTF-8 file says so by a byte order mark, else Excel reads it in the
# system's code page (GBK, Windows-1252) and 苏州高新区 comes out as 鑻忓窞楂樻柊鍖
EXCEL_BOM = "\ufeff"
GRAPH_FORMATS = {"table": "turtle", "turtle": "turtle", "nt": "nt", "json-ld": "json-ld", "xml": "xml", "json": "json-ld"}
FORMATS = sorted(set(ROW_FORMATS) | set(GRAPH_FORMATS))


def render(result: Result, fmt: str) -> str:
    """``result`` as text in ``fmt`` (table, json, csv, tsv, xml; turtle, nt, json-ld for graphs)."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        if fmt not in GRAPH_FORMATS:
            raise ZonegraphError(f"format {fmt} is for SELECT results; graphs take {', '.join(sorted(GRAPH_FORMATS))}")
        for prefix, namespace in PREFIXES.items():
            result.graph.bind(prefix, namespace)
        return result.graph.serialize(format=GRAPH_FORMATS[fmt])
    if result.type == "ASK":  # SPARQL's JSON and XML results say a boolean; CSV and TSV have no form for one
        if fmt not in ROW_FORMATS:
            raise ZonegraphError(f"format {fmt} is for graphs; an ASK answer takes {', '.join(ROW_FORMATS)}")
        if fmt in ("json", "xml"):
            return result.serialize(format=ROW_FORMATS[fmt]).decode("utf-8") + "\n"
        return ("true" if result.askAnswer else "false") + "\n"  # (table, csv, tsv: the answer alone)
    if fmt not in ROW_FORMATS:
        raise ZonegraphError(f"format {fmt} is for graphs; SELECT results take {', '.join(ROW_FORMATS)}")
    if fmt == "table":
        return table(result)
    if fmt == "tsv":
        return tsv(result)
    data = result.serialize(format=ROW_FORMATS[fmt])
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    text = text if text.endswith("\n") else text + "\n"
    return EXCEL_BOM + text if fmt == "csv-excel" else text


def tsv(result: Result) -> str:
    """SPARQL 1.1 TSV results: ?variables in the header, terms in N-Triples syntax."""
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    for row in result:
        lines.append("\t".join("" if row[v] is None else _ntriples(row[v]) for v in result.vars))
    return "\n".join(lines) + "\n"


_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def _ntriples(term: Node) -> str:
    """A term in N-Triples syntax: a literal on one line, its tab, newline and quote escaped (rdflib's n3()
    writes a literal with a newline in triple quotes, which splits a TSV row)."""
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_LITERAL_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        return f"{text}^^<{term.datatype}>" if term.datatype else text
    return term.n3()


def show(term: Node | None) -> str:
    """A term as a table cell: an IRI by its prefixed name where a known prefix fits, anything else as its text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(str(namespace)):
                return f"{prefix}:{str(term)[len(str(namespace)):]}"
        return str(term)
    if isinstance(term, (Literal, BNode)):
        return str(term)
    return str(term)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table(result: Result) -> str:
    """An aligned text table that counts CJK characters as two columns."""
    columns = [str(v) for v in result.vars]
    rows = [[show(row[v]).replace("\n", " ") for v in result.vars] for row in result]
    widths = [max([_width(c)] + [_width(r[i]) for r in rows]) for i, c in enumerate(columns)]
    pad = lambda text, width: text + " " * (width - _width(text))
    lines = ["  ".join(pad(c, w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(pad(cell, w) for cell, w in zip(row, widths)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"
