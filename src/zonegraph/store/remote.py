"""Remote SPARQL 1.1 engines: the Protocol for queries and updates, the Graph Store Protocol for uploads.

Nothing here is specific to one engine: a user who outgrows one machine points ``--endpoint``
and ``push`` at Oxigraph server, Virtuoso, GraphDB, Stardog, Fuseki or Neptune and runs the same
named queries. ``push`` uploads each named graph with an HTTP PUT (``?graph=IRI``) and the
de-duplicated union of them all to the default graph (``?default``), so that queries without
GRAPH see what they see locally on any engine, whatever its own default-graph convention.
Only the standard library's HTTP client is used.
"""

from __future__ import annotations

import http.client
import io
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph
from rdflib.query import Result

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import QUERY_PREFIXES
from zonegraph.store.terms import DEFAULT_GRAPH, keywords, prefixes_undeclared

ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
          "application/sparql-results+xml;q=0.5, application/rdf+xml;q=0.4")
GRAPH_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
               "application/rdf+xml": "xml", "application/ld+json": "json-ld"}


def endpoint_url(url: str) -> str:
    """``url`` if it is an http or https URL with a host, else a ZonegraphError naming it: an endpoint or a store
    given without its scheme (localhost:7878/query) or by another (ftp://…) fails before anything is sent."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # (a port that is no number, http://host:x/, is only found when asked for)
    except ValueError as error:  # http://[::1 (an unclosed IPv6 address)
        raise ZonegraphError(f"not a URL: {error}", url) from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ZonegraphError("not an http:// or https:// URL of a SPARQL endpoint or graph store", url)
    return url


class _HeardOut:
    """An HTTP connection that, when the server stops reading the body it is sent, still reads the server's answer.

    A server refusing a request at once (a read-only one's 403, a 413 for a body too large) answers before the
    body is in and closes the connection; sending the rest then fails with a broken pipe or a reset, which was
    all that push reported ("cannot reach the endpoint … Broken pipe") of a server that had answered. The rest
    of the body is dropped and the answer read; only if there is none is the sending's error raised.
    """

    _cut_off: OSError | None = None

    def send(self, data) -> None:
        if self._cut_off is not None:
            return
        try:
            super().send(data)
        except (BrokenPipeError, ConnectionResetError) as error:
            self._cut_off = error

    def getresponse(self):
        try:
            return super().getresponse()
        except OSError:
            if self._cut_off is not None:
                raise self._cut_off from None
            raise


class _HeardOutHTTP(_HeardOut, http.client.HTTPConnection):
    pass


class _HeardOutHTTPS(_HeardOut, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def do_open(self, http_class, request, **kwargs):
        return super().do_open(_HeardOutHTTP, request, **kwargs)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def do_open(self, http_class, request, **kwargs):
        return super().do_open(_HeardOutHTTPS, request, **kwargs)


_OPENER = urllib.request.build_opener(_HTTPHandler, _HTTPSHandler)  # (proxies and the rest as urlopen's)


def _send(request: urllib.request.Request, timeout: float, source: str) -> tuple[bytes, str]:
    try:
        with _OPENER.open(request, timeout=timeout) as response:
            return response.read(), response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip().splitlines()
        raise ZonegraphError(f"the endpoint answered {error.code}: {detail[0][:300] if detail else error.reason}",
                             source) from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ZonegraphError(f"cannot reach the endpoint {request.full_url}: {reason}", source) from None


def with_prefixes(query: str) -> str:
    """``query`` with a PREFIX line for each project prefix it uses without declaring.

    Locally the project's prefixes are always known (rdflib's initNs, Oxigraph's prefixes); a
    remote engine knows only what the text declares.
    """
    missing = sorted(p for p in prefixes_undeclared(query) if p in QUERY_PREFIXES)
    return "".join(f"PREFIX {p}: <{QUERY_PREFIXES[p]}>\n" for p in missing) + query


def remote_query(endpoint: str, query: str, source: str = "query", timeout: float = 300) -> Result:
    """POST ``query`` to a SPARQL 1.1 query endpoint; the answer as an rdflib Result."""
    query = with_prefixes(query)
    request = urllib.request.Request(endpoint_url(endpoint), data=query.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query; charset=utf-8", "Accept": ACCEPT})
    body, content_type = _send(request, timeout, source)
    try:
        if content_type in ("application/sparql-results+json", "application/json"):
            return Result.parse(io.BytesIO(body), format="json")
        if content_type in ("application/sparql-results+xml", "application/xml"):
            return Result.parse(io.BytesIO(body), format="xml")
        if content_type in GRAPH_TYPES:
            result = Result("DESCRIBE" if "DESCRIBE" in keywords(query) else "CONSTRUCT")
            result.graph = Graph().parse(data=body, format=GRAPH_TYPES[content_type])
            return result
    except Exception as error:  # a body cut short or not what its type says (rdflib's parsers raise many types)
        raise ZonegraphError(f"the endpoint's {content_type} answer cannot be read: {' '.join(str(error).split())[:200]}",
                             source) from None
    raise ZonegraphError(f"the endpoint answered with {content_type}, not SPARQL results", source)


def remote_update(endpoint: str, update: str, timeout: float = 300) -> None:
    """POST a SPARQL 1.1 Update to an update endpoint."""
    request = urllib.request.Request(endpoint_url(endpoint), data=update.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-update; charset=utf-8"})
    _send(request, timeout, endpoint)


def put_graph(store_url: str, graph: str | None, ntriples: bytes, timeout: float = 300) -> None:
    """Graph Store Protocol PUT: replace one graph (``None``: the default graph) with ``ntriples``."""
    query = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
    separator = "&" if "?" in store_url else "?"
    request = urllib.request.Request(f"{store_url}{separator}{query}", data=ntriples, method="PUT",
                                     headers={"Content-Type": "application/n-triples"})
    _send(request, timeout, store_url)


@dataclass
class PushReport:
    """What a push sent: named graphs, their triples, the union's triples, and graphs skipped (a blank
    graph name has no address on the remote side)."""

    graphs: int = 0
    triples: int = 0
    union: int = 0
    skipped: list[str] = field(default_factory=list)


def push(build_dir: Path, store_url: str, union: bool = True, clear_update: str | None = None,
         timeout: float = 600) -> PushReport:
    """Upload the built graph to a Graph Store Protocol endpoint, one PUT per named graph.

    With ``union`` the default graph receives the union (what local queries see by default). With
    ``clear_update`` (an update endpoint) whatever else the remote holds is deleted afterwards, so graphs
    removed here do not linger there: after every PUT has succeeded, never before (a store URL that
    answers no PUT, a mistyped port or the query URL given for the store, once emptied the remote).
    """
    endpoint_url(store_url)
    if clear_update:
        endpoint_url(clear_update)
    db = _source_database(build_dir)
    report = PushReport()
    names = sorted((n for n in db.named_graphs() if not isinstance(n, ox.BlankNode)), key=lambda g: g.value)
    report.skipped = [str(n) for n in db.named_graphs() if isinstance(n, ox.BlankNode)]  # no address remotely
    try:
        for name in names:
            triples = [ox.Triple(q.subject, q.predicate, q.object) for q in db.quads_for_pattern(None, None, None, name)]
            put_graph(store_url, name.value, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), timeout)
            report.graphs += 1
            report.triples += len(triples)
        if union:
            triples = [ox.Triple(q.subject, q.predicate, q.object)
                       for q in db.quads_for_pattern(None, None, None, DEFAULT_GRAPH)]
            put_graph(store_url, None, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), timeout)
            report.union = len(triples)
    except ZonegraphError as error:
        if report.graphs == 0:
            raise
        raise ZonegraphError(f"{error.problem}; the remote now holds {report.graphs} of the {len(names)} graphs "
                             "(push again to complete it)", error.path) from None
    if clear_update:
        remote_update(clear_update, _others_deleted([n.value for n in names], union), timeout)
    return report


def _others_deleted(kept: list[str], union: bool) -> str:
    """A SPARQL Update deleting every named graph's triples but those of ``kept``, and the default graph's
    when no union was sent."""
    keep = ", ".join(f"<{iri}>" for iri in kept)
    update = ("DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } "
              + (f"FILTER(?g NOT IN ({keep})) " if keep else "") + "}")
    return update if union else update + " ;\nDROP SILENT DEFAULT"


def _source_database(build_dir: Path) -> ox.Store:
    """The build's data as an Oxigraph store whose default graph is the union: the store itself,
    or graph.trig read into memory for a ``--store memory`` build."""
    from zonegraph.store.layout import GRAPH_FILE, current_generation
    from zonegraph.store.oxigraph import open_database

    generation = current_generation(build_dir)
    if generation is not None:
        return open_database(generation)
    trig = build_dir / GRAPH_FILE
    if not trig.exists():
        raise ZonegraphError("no built graph here: run `zonegraph build` first", trig)
    db = ox.Store()
    quads = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    db.extend(quads)
    db.extend(ox.Quad(q.subject, q.predicate, q.object, DEFAULT_GRAPH) for q in quads)
    return db
