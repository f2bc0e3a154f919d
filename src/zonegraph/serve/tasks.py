"""What a worker process does for a request. Everything here runs inside a worker, next to the graph.

Each task takes the loaded dataset first and returns plain picklable data, so that the pool can
send it back to the server process. Serialisation happens here too: turning 10,000 rows into
JSON costs as much as finding them, so it belongs under the same time limit and on another core.
The graph is only reached through ``zonegraph.queries.engine.run_sparql``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from collections.abc import Callable

from rdflib import Dataset, Literal, URIRef
from rdflib.query import Result, ResultRow

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ID, PREFIXES
from zonegraph.queries.engine import run_sparql
from zonegraph.queries.formats import render
from zonegraph.queries.named import NamedQuery, names_not_in_graph, read_names as read_given_names
from zonegraph.serve.protocol import HttpError, choose_format, offers_for

# A worker refuses every network request (see worker.confine); a query that needs one says so.
NETWORK_REFUSED = "this endpoint makes no network requests: SERVICE and remote FROM are not supported"


@dataclass
class Reply:
    """A finished response body: status, media type and bytes, and the format it is in."""

    status: int
    media_type: str
    body: bytes
    fmt: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    result_type: str = ""  # SELECT, ASK, CONSTRUCT or DESCRIBE


def _refusal(error: HttpError) -> Reply:
    body = (error.message + "\n").encode("utf-8")
    return Reply(error.status, "text/plain; charset=utf-8", body, "text", error.headers)


def _parses_as_update(text: str) -> bool:
    """Whether ``text`` is SPARQL Update: syntax only, no store is touched."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:  # any parse failure means: not an update
        return False
    return True


def _problem(error: ZonegraphError) -> str:
    problem = error.problem
    if NETWORK_REFUSED in problem:
        return NETWORK_REFUSED
    return problem


def run_query(dataset: Dataset, query: str, source: str, accept: str | None, explicit: str | None,
              max_rows: int) -> Reply:
    """Run one SPARQL query and serialise it as negotiated, refusing results over ``max_rows``.

    Rows are counted as they are produced, so an oversized SELECT stops at ``max_rows + 1``
    rather than being built whole. For ``html`` the body is SPARQL JSON (rows) or Turtle (graphs)
    and the server process lays out the page.
    """
    try:
        result = run_sparql(dataset, query, source)
    except ZonegraphError as error:
        if isinstance(error.__context__, MemoryError):  # run_sparql reports every failure as syntax
            raise MemoryError from None
        if _parses_as_update(query):
            return _refusal(HttpError(403, "SPARQL Update is refused: this endpoint is read-only"))
        return _refusal(HttpError(400, _problem(error)))
    offers, media_types = offers_for(result.type)
    try:
        fmt, media = choose_format(accept, explicit, offers, media_types)
    except HttpError as error:
        return _refusal(error)
    try:
        size = _count(result, max_rows)
    except ZonegraphError as error:
        return _refusal(HttpError(400, _problem(error)))
    if size > max_rows:
        unit = "triples" if result.type in ("CONSTRUCT", "DESCRIBE") else "rows"
        return _refusal(HttpError(422, f"the result has more than {max_rows} {unit}, this server's limit; "
                                       "add LIMIT (and OFFSET to page) or narrow the query"))
    wire = fmt if fmt != "html" else ("turtle" if result.type in ("CONSTRUCT", "DESCRIBE") else "json")
    return Reply(200, media, render(result, wire).encode("utf-8"), fmt, result_type=result.type)


def _count(result: Result, max_rows: int) -> int:
    """Rows (or triples) in ``result``, stopping early once past ``max_rows``.

    Iterating an rdflib SELECT result to its end caches the rows, so rendering afterwards does
    not evaluate the query again. Evaluation errors surface here, while rows are produced.
    """
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return len(result.graph) if result.graph is not None else 0
    if result.type != "SELECT":
        return 1
    count = 0
    try:
        for _ in result:
            count += 1
            if count > max_rows:
                break
    except (ZonegraphError, MemoryError):
        raise
    except Exception as error:  # rdflib raises many kinds while evaluating lazily
        message = " ".join(str(error).split())
        raise ZonegraphError(f"the query failed: {message}") from None
    return count


# ---------------------------------------------------------------------------------------------
# Entities


def _select(dataset: Dataset, query: str, source: str) -> list[ResultRow]:
    """The rows of a SELECT (rdflib types a result's items as rows, triples or a boolean)."""
    return [row for row in run_sparql(dataset, query, source) if isinstance(row, ResultRow)]


def _term(value: Any) -> str:
    return str(value) if value is not None else ""


def _pick_label(terms: list[Any]) -> str:
    """Chinese first (the graph's canonical names), then untagged, then anything."""
    labels = [term for term in terms if isinstance(term, Literal)]
    for wanted in ("zh", None):
        for label in labels:
            if label.language == wanted:
                return str(label)
    return str(labels[0]) if labels else ""


def _labels(dataset: Dataset, iris: set[str]) -> dict[str, str]:
    if not iris:
        return {}
    values = " ".join(URIRef(iri).n3() for iri in sorted(iris))
    query = f"SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }} ?x rdfs:label|skos:prefLabel ?l }}"
    found: dict[str, list[Any]] = {}
    for row in _select(dataset, query, "entity labels"):
        found.setdefault(str(row.x), []).append(row.l)
    return {iri: _pick_label(labels) for iri, labels in found.items()}


EVIDENCE_QUERY = """
SELECT ?ev ?s ?p ?o ?quote ?doc ?title ?file ?start ?end ?confidence ?rule WHERE {
  { ?ev rdf:subject $E } UNION { ?ev rdf:object $E } UNION { ?ev prov:wasDerivedFrom $E } UNION { BIND($E AS ?ev) }
  ?ev a zg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?ev zg:quote ?quote }
  OPTIONAL { ?ev prov:wasDerivedFrom ?doc
             OPTIONAL { ?doc dcterms:title ?title } OPTIONAL { ?doc zg:fileName ?file } }
  OPTIONAL { ?ev zg:charStart ?start } OPTIONAL { ?ev zg:charEnd ?end }
  OPTIONAL { ?ev zg:confidence ?confidence } OPTIONAL { ?ev zg:rule ?rule }
}
ORDER BY ?p ?s ?o ?file ?start
"""

MAX_EVIDENCE = 400


def entity_data(dataset: Dataset, iri: str) -> dict | None:
    """Everything an entity page shows, as plain data; None when the graph says nothing of ``iri``.

    Keys: iri, label, types, alt_labels, properties (literal facts), outgoing and incoming
    relations (with evidence counts), evidence (quotes with documents and offsets), labels of
    every IRI mentioned.
    """
    node = URIRef(iri).n3()
    described = _select(dataset, f"SELECT ?p ?o WHERE {{ {node} ?p ?o }}", "entity")
    incoming = _select(dataset, f"""SELECT ?s ?p WHERE {{ ?s ?p {node}
        FILTER(?p NOT IN (rdf:subject, rdf:object, prov:wasDerivedFrom, zg:refZone, zg:projectZone)) }}""", "entity")
    evidence_rows = _select(dataset, EVIDENCE_QUERY.replace("$E", node), "entity")
    if not described and not incoming and not evidence_rows:
        return None
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    label_props = {"http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel"}
    alt_prop = "http://www.w3.org/2004/02/skos/core#altLabel"
    labels: list[Literal] = []
    alt_labels: list[str] = []
    types: list[str] = []
    properties: list[dict[str, Any]] = []
    outgoing: list[dict[str, Any]] = []
    for p, o in ((str(r.p), r.o) for r in described):
        if p in label_props and isinstance(o, Literal):
            labels.append(o)
        elif p == alt_prop:
            alt_labels.append(str(o))
        elif p == rdf_type:
            types.append(str(o))
        elif isinstance(o, URIRef):
            outgoing.append({"predicate": p, "target": str(o)})
        else:
            properties.append({"predicate": p, "value": str(o), "language": getattr(o, "language", None) or "",
                               "datatype": _term(getattr(o, "datatype", None))})
    incoming_list: list[dict[str, Any]] = [{"predicate": str(r.p), "source": str(r.s)} for r in incoming]
    evidence: list[dict] = []
    counts: dict[tuple[str, str, str], int] = {}
    for row in evidence_rows[:MAX_EVIDENCE]:
        key = (str(row.s), str(row.p), str(row.o))
        counts[key] = counts.get(key, 0) + 1
        evidence.append({
            "iri": str(row.ev), "subject": key[0], "predicate": key[1], "object": key[2],
            "quote": _term(row.quote), "document": _term(row.doc), "title": _term(row.title),
            "file": _term(row.file), "start": _term(row.start), "end": _term(row.end),
            "confidence": _term(row.confidence), "rule": _term(row.rule),
        })
    for relation in outgoing:
        relation["evidence"] = counts.get((iri, relation["predicate"], relation["target"]), 0)
    for relation in incoming_list:
        relation["evidence"] = counts.get((relation["source"], relation["predicate"], iri), 0)
    mentioned = {iri, *types}
    mentioned |= {r["predicate"] for r in outgoing} | {r["target"] for r in outgoing}
    mentioned |= {r["predicate"] for r in incoming_list} | {r["source"] for r in incoming_list}
    mentioned |= {p["predicate"] for p in properties}
    mentioned |= {e[k] for e in evidence for k in ("subject", "predicate", "object")}
    names = _labels(dataset, mentioned)
    titles = [o for p, o in ((str(r.p), r.o) for r in described) if p == "http://purl.org/dc/terms/title"]
    indicators = [
        {"indicator": _term(r.indicator), "period": _term(r.period), "kind": _term(r.kind), "written": _term(r.written),
         "value": _term(r.value), "unit": _term(r.unit), "file": _term(r.file)}
        for r in _select(dataset, _INDICATORS.replace("$E", node), "entity")
    ]
    projects = [
        {"iri": str(r.p), "number": _term(r.number), "name": _term(r.name), "category": _term(r.category),
         "investors": _term(r.investors), "investment": _term(r.investment), "currency": _term(r.currency),
         "land": _term(r.land), "start": _term(r.start), "completion": _term(r.completion)}
        for r in _select(dataset, _PROJECTS.replace("$E", node), "entity")
    ]
    return {
        "indicators": indicators, "projects": projects,
        "iri": iri, "label": _pick_label(labels) or _pick_label(titles) or iri.rsplit("/", 1)[-1],
        "alt_labels": sorted(set(alt_labels)),
        "types": types, "properties": properties, "outgoing": outgoing, "incoming": incoming_list,
        "evidence": evidence, "evidence_total": len(evidence_rows), "labels": names,
    }


# A zone's figures and projects are shown as tables, not as hundreds of incoming relations.
_INDICATORS = """
SELECT ?indicator ?period ?kind ?written ?value ?unit ?file WHERE {
  ?o zg:refZone $E ; zg:indicator ?i ; zg:refPeriod ?period ; zg:observationKind ?kind ;
     zg:originalValue ?written ; zg:value ?value ; zg:unit ?unit .
  ?i skos:prefLabel ?indicator . FILTER(LANG(?indicator) = "zh")
  OPTIONAL { ?e rdf:subject ?o ; prov:wasDerivedFrom/zg:fileName ?file }
} ORDER BY ?indicator ?period ?kind
"""

_PROJECTS = """
SELECT ?p ?number ?name ?category (GROUP_CONCAT(DISTINCT ?investor; separator="、") AS ?investors)
       ?investment ?currency ?land ?start ?completion WHERE {
  ?p zg:projectZone $E ; rdfs:label ?name ; zg:sequenceNumber ?number .
  OPTIONAL { ?p zg:category ?category }
  OPTIONAL { ?p zg:investor/rdfs:label ?investor }
  OPTIONAL { ?p zg:totalInvestment ?investment ; zg:currency ?currency }
  OPTIONAL { ?p zg:landArea ?land }
  OPTIONAL { ?p zg:startDate ?start }
  OPTIONAL { ?p zg:completionDate ?completion }
} GROUP BY ?p ?number ?name ?category ?investment ?currency ?land ?start ?completion
ORDER BY xsd:integer(STRBEFORE(CONCAT(?number, "-"), "-")) ?number
"""

_DESCRIPTION = """
CONSTRUCT { $E ?p ?o . ?s ?q $E . ?n rdfs:label ?nl . ?ev ?ep ?eo . }
WHERE {
  { $E ?p ?o }
  UNION { ?s ?q $E FILTER(?q NOT IN (rdf:subject, rdf:object, prov:wasDerivedFrom)) }
  UNION { { $E ?x ?n } UNION { ?n ?y $E FILTER(?y NOT IN (rdf:subject, rdf:object, prov:wasDerivedFrom)) }
          ?n rdfs:label ?nl }
  UNION { { ?ev rdf:subject $E } UNION { ?ev rdf:object $E } UNION { ?ev prov:wasDerivedFrom $E }
          ?ev a zg:Evidence ; ?ep ?eo }
}
"""


def entity_rdf(dataset: Dataset, iri: str, fmt: str) -> bytes | None:
    """The entity's description as RDF: its own triples, links in, neighbours' labels, its evidence.

    None when the graph says nothing of ``iri``. JSON-LD is compacted with the project's prefixes.
    """
    result = run_sparql(dataset, _DESCRIPTION.replace("$E", URIRef(iri).n3()), "entity")
    graph = result.graph
    if graph is None or len(graph) == 0:
        return None
    if fmt == "json-ld":
        context = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
        return graph.serialize(format="json-ld", context=context, auto_compact=True).encode("utf-8")
    return render(result, fmt).encode("utf-8")


# ---------------------------------------------------------------------------------------------
# The catalogue: what the home page and the service description show


def catalog(dataset: Dataset) -> dict:
    """Zones (for links), the named graphs with their sizes, and entity counts by class."""
    zones = [
        {"iri": str(r.z), "label": str(r.label), "province": _term(r.province)}
        for r in _select(dataset, """SELECT ?z ?label (SAMPLE(?prov) AS ?province) WHERE {
            ?z a zg:Zone ; rdfs:label ?label . OPTIONAL { ?z zg:province ?prov } }
            GROUP BY ?z ?label ORDER BY ?province ?label""", "catalog")
        if str(r.z).startswith(str(ID))
    ]
    graphs = [
        {"iri": str(r.g), "triples": int(r.n)}
        for r in _select(dataset, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
                         "catalog")
    ]
    total = int(_select(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "catalog")[0].n)
    classes = [
        {"class": str(r.c), "count": int(r.n)}
        for r in _select(dataset, """SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE { ?x a ?c
            FILTER(STRSTARTS(STR(?c), STR(zg:))) } GROUP BY ?c ORDER BY DESC(?n)""", "catalog")
    ]
    return {"zones": zones, "graphs": graphs, "triples": total, "classes": classes}


def ping(dataset: Dataset) -> int:
    """A no-op that proves a worker answers; returns its process id."""
    import os

    return os.getpid()


def name_notes(dataset: Dataset, named: NamedQuery, values: dict[str, str],
               typed: dict[str, str] | None = None) -> list[str]:
    """What the names a named query was given match in the graph: a note for each that matches nothing."""
    return names_not_in_graph(named, values, lambda text: run_sparql(dataset, text, named.where), typed)


def read_names(dataset: Dataset, named: NamedQuery, values: dict[str, str]) -> dict[str, str]:
    """The values a named query was given with its names read as the graph writes them (蘇州高新區: 苏州高新区)."""
    return read_given_names(named, values, lambda text: run_sparql(dataset, text, named.where))


TASKS: dict[str, Callable[..., Any]] = {
    "query": run_query,
    "name_notes": name_notes,
    "read_names": read_names,
    "entity_data": entity_data,
    "entity_rdf": entity_rdf,
    "catalog": catalog,
    "ping": ping,
}
