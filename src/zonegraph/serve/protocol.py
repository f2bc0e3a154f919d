"""The SPARQL 1.1 Protocol on the wire: reading query requests and choosing the response format.

Kept apart from the routes so that the rules (which parameters, which media types, which status
code for which mistake) can be read in one place and tested without a server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Sequence
from urllib.parse import parse_qsl

from starlette.requests import Request

from zonegraph.errors import quoted
from zonegraph.queries.engine import is_update  # noqa: F401  (the server refuses what the command line refuses)

# What a response can be, per kind of result, in the server's order of preference: the first
# entry of a list is what a client that accepts anything (*/*) gets. Each entry is
# (media type, internal format name); the format names are those of zonegraph.queries.formats,
# plus "html" for people.
ROW_OFFERS: tuple[tuple[str, str], ...] = (
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("application/json", "json"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
    ("text/html", "html"),
    ("text/csv", "csv-excel"),  # (asked for by name only: text/csv is plain csv, above)
)
# CSV and TSV are defined for SELECT results only.
ASK_OFFERS: tuple[tuple[str, str], ...] = tuple(o for o in ROW_OFFERS if o[1] not in ("csv", "csv-excel", "tsv"))
GRAPH_OFFERS: tuple[tuple[str, str], ...] = (
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"),
    ("application/x-turtle", "turtle"),
    ("application/turtle", "turtle"),
    ("text/n3", "turtle"),
    ("text/rdf+n3", "turtle"),
    ("application/json", "json-ld"),
    ("application/xml", "xml"),
    ("text/plain", "nt"),
    ("text/html", "html"),
)
# Entity IRIs: a browser gets the page, a client asking for RDF gets RDF.
ENTITY_OFFERS: tuple[tuple[str, str], ...] = (
    ("text/html", "html"),
    ("application/xhtml+xml", "html"),
) + tuple(o for o in GRAPH_OFFERS if o[1] != "html")

# The media type a response in each format is labelled with.
ROW_MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
             "csv": "text/csv; charset=utf-8", "csv-excel": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
             "html": "text/html; charset=utf-8"}
GRAPH_MEDIA = {"turtle": "text/turtle; charset=utf-8", "nt": "application/n-triples", "json-ld": "application/ld+json",
               "xml": "application/rdf+xml", "html": "text/html; charset=utf-8"}

# Names a client may give in ``format=`` (SPARQLWrapper sends its own as format, output and
# results); a value with a slash is read as a media type.
_FORMAT_NAMES = {
    "json": "json", "xml": "xml", "csv": "csv", "csv-excel": "csv-excel", "tsv": "tsv", "html": "html",
    "turtle": "turtle", "ttl": "turtle", "n3": "turtle", "nt": "nt", "ntriples": "nt", "n-triples": "nt",
    "json-ld": "json-ld", "jsonld": "json-ld", "rdf": "xml", "rdf+xml": "xml", "rdfxml": "xml",
}
_GRAPH_ONLY = {"turtle", "nt", "json-ld"}


@dataclass
class HttpError(Exception):
    """A refusal the client can act on: its status code and a one-line reason, sent as plain text."""

    status: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.status}: {self.message}"


@dataclass(frozen=True)
class QueryRequest:
    """What a SPARQL Protocol request asks: the query text and an optional explicit format."""

    query: str | None
    format: str | None
    params: dict[str, list[str]]


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """Accept header entries as (media range, q, position), ignoring malformed q values."""
    entries = []
    for position, part in enumerate((header or "*/*").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        if "/" not in media:
            media = "*/*" if media == "*" else media + "/*"
        q = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        entries.append((media, q, position))
    return entries


def negotiate(accept: str | None, offers: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The offer the client prefers most: highest q, then the most specific range, then its order.

    Returns (media type, format) or None when nothing offered is acceptable (a 406).
    """
    entries = parse_accept(accept)
    best: tuple[tuple, tuple[str, str]] | None = None
    for rank, (media, fmt) in enumerate(offers):
        kind = media.split("/")[0]
        match = None  # (specificity, q, position) of the most specific matching range
        for rng, q, position in entries:
            specificity = 2 if rng == media else 1 if rng == f"{kind}/*" else 0 if rng == "*/*" else -1
            if specificity >= 0 and (match is None or specificity > match[0]):
                match = (specificity, q, position)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -rank)
        if best is None or key > best[0]:
            best = (key, (media, fmt))
    return best[1] if best else None


def choose_format(accept: str | None, explicit: str | None, offers: Sequence[tuple[str, str]],
                  media_types: dict[str, str]) -> tuple[str, str]:
    """(format, media type) for a response: ``format=`` wins over the Accept header. 406 if none fits."""
    available = sorted({fmt for _, fmt in offers})
    if explicit:
        wanted = explicit.strip().lower()
        if "/" in wanted:
            chosen = negotiate(wanted, offers)
            fmt = chosen[1] if chosen else None
        else:
            fmt = _FORMAT_NAMES.get(wanted)
            if fmt == "json" and "json-ld" in available and "json" not in available:
                fmt = "json-ld"  # format=json on a graph means its JSON form
        if fmt in available:
            return fmt, media_types[fmt]
        raise HttpError(406, f"format {quoted(explicit)} is not available here; use one of: {', '.join(available)}")
    chosen = negotiate(accept, offers)
    if chosen is None:
        types = ", ".join(dict.fromkeys(media for media, _ in offers))
        raise HttpError(406, f"none of the accepted media types ({accept}) is available here; offered: {types}")
    return chosen[1], media_types[chosen[1]]


def offers_for(result_type: str) -> tuple[tuple[tuple[str, str], ...], dict[str, str]]:
    """The offers and media types for a SPARQL result type (SELECT, ASK, CONSTRUCT, DESCRIBE)."""
    if result_type in ("CONSTRUCT", "DESCRIBE"):
        return GRAPH_OFFERS, GRAPH_MEDIA
    return (ASK_OFFERS if result_type == "ASK" else ROW_OFFERS), ROW_MEDIA


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HttpError(413, f"the request body has {declared} bytes; this server takes at most {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HttpError(413, f"the request body is over {limit} bytes, the most this server takes")
        chunks.append(chunk)
    return b"".join(chunks)


def _decode_form(data: str, what: str) -> list[tuple[str, str]]:
    try:
        return parse_qsl(data, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise HttpError(400, f"the {what} is not UTF-8 percent-encoding") from None


def _media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


async def read_params(request: Request, limit: int) -> dict[str, list[str]]:
    """URL and form parameters of a GET or form POST; a body of another type is left unread."""
    raw_query = request.scope.get("query_string", b"")
    if len(raw_query) + len(request.url.path) > limit:
        raise HttpError(414, f"the request URL is over {limit} bytes; send the query with POST")
    pairs = _decode_form(raw_query.decode("latin-1"), "URL query string")
    if request.method == "POST" and _media_type(request) == "application/x-www-form-urlencoded":
        body = await read_body(request, limit)
        try:  # (percent-encoded, as forms send it, or raw UTF-8, as `curl -d 'query=…苏州…'` does)
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise HttpError(400, "a form-encoded body must be UTF-8 (raw or percent-encoded)") from None
        pairs += _decode_form(text, "form body")
    params: dict[str, list[str]] = {}
    for name, value in pairs:
        params.setdefault(name, []).append(value)
    return params


async def read_query_request(request: Request, limit: int) -> QueryRequest:
    """The SPARQL Protocol query operation of a GET or POST to the endpoint.

    Refuses updates (403), dataset parameters this endpoint does not support (400), unknown body
    types (415) and oversized requests (413/414).
    """
    params = await read_params(request, limit)
    query_texts = params.get("query", [])
    if request.method == "POST":
        media = _media_type(request)
        if media == "application/sparql-update":
            raise HttpError(403, "SPARQL Update is refused: this endpoint is read-only")
        if media == "application/sparql-query":
            body = await read_body(request, limit)
            try:
                query_texts = query_texts + [body.decode("utf-8")]
            except UnicodeDecodeError:
                raise HttpError(400, "the query body is not UTF-8") from None
        elif media != "application/x-www-form-urlencoded":
            raise HttpError(415, f"unsupported request body type {media or '(none)'}; send "
                                 "application/x-www-form-urlencoded or application/sparql-query")
    if "update" in params:
        raise HttpError(403, "SPARQL Update is refused: this endpoint is read-only")
    if len(query_texts) > 1:
        raise HttpError(400, "more than one query in the request")
    for name in ("default-graph-uri", "named-graph-uri"):
        if params.get(name):
            raise HttpError(400, f"{name} is not supported: the default graph is the union of all graphs; "
                                 "name a graph with GRAPH or FROM in the query instead")
    query = query_texts[0] if query_texts else None
    if query is not None and not query.strip():
        raise HttpError(400, "the query is empty")
    if query is not None and is_update(query):
        raise HttpError(403, "SPARQL Update is refused: this endpoint is read-only")
    return QueryRequest(query, first(params, "format"), params)


def first(params: dict[str, list[str]], name: str) -> str | None:
    """The first value of a query-string or form parameter, None when it is not given."""
    values = params.get(name)
    return values[0] if values else None
