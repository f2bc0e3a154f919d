"""The HTTP application: routes, read-only guard, CORS and error responses, on Starlette.

Starlette (with uvicorn) rather than rdflib-endpoint: rdflib-endpoint evaluates each query inside
the event loop, so one slow query stalls every client and cannot be stopped; it has no time or
row limit, loads YASGUI from a CDN (the page must work offline), and answers every failure with
400. Starlette gives routing, content types and middleware; the limits live in ``pool``.

Routes:
  /                  the home page (query form, named queries, zones)
  /sparql            SPARQL 1.1 Protocol query operation, GET and POST; without a query, the
                     service description
  /queries           the named queries as JSON; /queries/NAME?param=… runs one
  /id/KIND/SLUG      the entity https://w3id.org/zonegraph/id/KIND/SLUG, HTML or RDF
"""

from __future__ import annotations

import logging
import os
import sys
from contextlib import asynccontextmanager
from typing import Any
from collections.abc import AsyncIterator, Callable
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from zonegraph.errors import ZonegraphError, quoted
from zonegraph.queries.named import NamedQuery, named_queries, needs_reading
from zonegraph.serve import pages
from zonegraph.serve.config import ServeConfig
from zonegraph.serve.entities import entity_iri, entity_view
from zonegraph.serve.pool import PoolBusy, PoolError, QueryTimeout, START_TIMEOUT, WorkerFailed, WorkerPool
from zonegraph.serve.protocol import (
    ENTITY_OFFERS, GRAPH_MEDIA, GRAPH_OFFERS, HttpError, choose_format, first, read_params, read_query_request,
)
from zonegraph.serve.service import service_description
from zonegraph.serve.tasks import EVIDENCE_QUERY, Reply

log = logging.getLogger("zonegraph.serve")

READ_ONLY = "this server is read-only: it answers GET, and POST of SPARQL queries only"
QUERY_PATHS = ("/sparql", "/queries/")
VARY = {"Vary": "Accept"}
# The pages need no script at all; say so, so that a crafted query result cannot run any.
PAGE_HEADERS = {"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
                                           "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                "X-Content-Type-Options": "nosniff"}


def _page(html: str, headers: dict[str, str] | None = None) -> HTMLResponse:
    return HTMLResponse(html, headers={**PAGE_HEADERS, **(headers or {})})


class ReadOnlyGuard:
    """Refuse every write with 403 before routing: PUT, DELETE, PATCH anywhere, POST outside queries."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            method, path = scope["method"], scope["path"]
            allowed = method in ("GET", "HEAD", "OPTIONS") or (
                method == "POST" and (path == "/sparql" or path.startswith("/queries/")))
            if not allowed:
                await PlainTextResponse(READ_ONLY + "\n", 403)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _plain(status: int, message: str, headers: dict[str, str] | None = None) -> PlainTextResponse:
    return PlainTextResponse(message.rstrip("\n") + "\n", status, headers=headers)


def _error(request: Request, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """An error as one line of text, or, to a browser (text/html first in its Accept), as a page with the
    site's header: a form submitted with a mistake showed bare text with no way back."""
    accept = request.headers.get("accept", "")
    if not accept.lstrip().lower().startswith("text/html"):
        return _plain(status, message, headers)
    from http import HTTPStatus

    try:
        title = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:  # (a status code of no name)
        title = str(status)
    note = "The request could not be answered; the home page has the query forms."
    return HTMLResponse(pages.text_page(title, message.rstrip("\n"), note), status, headers=headers)


class Server:
    """The application's state (settings, worker pool, catalogue) and its route handlers."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        self.pool = WorkerPool(config.graph_path, config.workers, config.memory_limit,
                               config.queue_timeout, config.max_waiting)
        self.catalog: dict[str, Any] = {"zones": [], "graphs": [], "triples": 0, "classes": []}
        self.on_ready: Callable[[], None] | None = None
        # a broken .rq of one's own must take neither the endpoint nor the other named queries down
        self.skipped: dict[str, ZonegraphError] = {}
        try:
            self.queries: dict[str, NamedQuery] = named_queries(skipped=self.skipped)
        except ZonegraphError as error:  # ($ZONEGRAPH_QUERIES names no folder)
            log.error("named queries unavailable: %s", error)
            self.queries = {}
        for error in self.skipped.values():
            log.error("named query skipped: %s", error)

    @asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        try:
            await self.pool.start()
            self.catalog = await self.pool.call("catalog", timeout=START_TIMEOUT)
        except (ZonegraphError, PoolError) as error:
            # a graph the workers cannot load: one line and exit 1, not the ASGI server's traceback
            await self.pool.close()
            sys.stderr.write(f"zonegraph: error: {error}\n")
            sys.stderr.flush()
            os._exit(1)
        if self.on_ready is not None:
            self.on_ready()
        try:
            yield
        finally:
            await self.pool.close()

    async def run(self, task: str, *args: Any) -> Any:
        """A task in the pool under the query time limit; pool failures become HTTP errors."""
        try:
            return await self.pool.call(task, *args, timeout=self.config.timeout)
        except PoolBusy as error:
            raise HttpError(503, f"the server is busy: {error}; try again", {"Retry-After": "2"}) from None
        except QueryTimeout as error:
            raise HttpError(503, str(error)) from None
        except WorkerFailed as error:
            raise HttpError(500, str(error)) from None

    # -- pages ----------------------------------------------------------------------------------

    async def home(self, request: Request) -> Response:
        endpoint = str(request.url_for("sparql"))
        return _page(pages.home_page(self.catalog, self.queries, self.config, endpoint))

    # -- SPARQL ---------------------------------------------------------------------------------

    async def sparql(self, request: Request) -> Response:
        parsed = await read_query_request(request, self.config.max_request_bytes)
        if parsed.query is None:
            if request.method == "POST":
                raise HttpError(400, "no query in the request (send query=… or an application/sparql-query body)")
            return self.describe_service(request, parsed.format)
        return await self.answer(request, parsed.query, "query", parsed.format, parsed.query)

    async def answer(self, request: Request, query: str, source: str, fmt: str | None, shown: str,
                     title: str = "Query results", named: tuple[NamedQuery, dict[str, str], dict[str, str]] | None = None) -> Response:
        """Run ``query`` and respond in the negotiated format (an HTML page when a browser asks)."""
        accept = request.headers.get("accept")
        reply: Reply = await self.run("query", query, source, accept, fmt, self.config.max_rows)
        if reply.status != 200:
            return _error(request, reply.status, reply.body.decode("utf-8"), {**VARY, **reply.headers})
        if reply.fmt == "html":
            kind = "graph" if reply.result_type in ("CONSTRUCT", "DESCRIBE") else "rows"
            names = pages.FORMATS_OF_FORM.get(reply.result_type, pages.FORMATS_OF_FORM["SELECT"])
            links = {name: _with_format(request, name) for name in names} if request.method == "GET" else {}
            # a name the query was given that nothing is called (苏洲高新区): why the table is empty
            notes = await self.run("name_notes", *named) if named is not None else []
            page = pages.results_page(reply.body, kind, shown, title, links, notes)
            return _page(page, VARY)
        body = reply.body
        if named is not None and reply.fmt == "json" and reply.result_type == "SELECT":
            body = await self.with_notes(body, named)
        return Response(body, reply.status, media_type=reply.media_type, headers=VARY)

    async def with_notes(self, body: bytes, named: tuple[NamedQuery, dict[str, str], dict[str, str]]) -> bytes:
        """SPARQL JSON results with no row, and a top-level "notes" list beside "head" and "results" when a name the
        query was given is nothing's (苏洲高新区: did you mean 苏州高新区?), as the HTML page and the command line say.
        Beside them, not in them: readers of SPARQL JSON (rdflib, SPARQLWrapper, Oxigraph's) ignore a member they do
        not know, where a row or a variable more would be read as an answer; a header could not carry the Chinese."""
        import json

        data = json.loads(body)
        if data.get("results", {}).get("bindings"):
            return body
        notes = await self.run("name_notes", *named)
        if not notes:
            return body
        return json.dumps({**data, "notes": notes}, ensure_ascii=False).encode("utf-8")

    def describe_service(self, request: Request, fmt: str | None) -> Response:
        endpoint = str(request.url_for("sparql"))
        graph = service_description(endpoint, self.catalog, self.config)
        chosen, media = choose_format(request.headers.get("accept"), fmt, GRAPH_OFFERS, GRAPH_MEDIA)
        if chosen == "html":
            text = graph.serialize(format="turtle")
            note = "The SPARQL service description of this endpoint; send a query to run it (see the home page)."
            return _page(pages.text_page("SPARQL endpoint", text, note), VARY)
        return Response(graph.serialize(format=chosen), media_type=media, headers=VARY)

    # -- named queries --------------------------------------------------------------------------

    async def list_queries(self, request: Request) -> Response:
        listing = [{
            "name": q.name, "title": q.title, "description": q.description,
            "url": str(request.url_for("named_query", name=q.name)),
            "parameters": [{"name": p.name, "type": p.type, "description": p.description, "default": p.default}
                           for p in q.parameters.values()],
        } for q in self.queries.values()]
        return JSONResponse(listing)

    async def named_query(self, request: Request) -> Response:
        name = request.path_params["name"]
        named = self.queries.get(name)
        if name in self.skipped:  # (the server's file to fix, not the client's request: its problem, not its path)
            raise HttpError(500, f"the named query {quoted(name)} cannot be run: {self.skipped[name].problem}")
        if named is None:
            raise HttpError(404, f"no named query {quoted(name)}; known: {', '.join(self.queries) or 'none'}")
        params = await read_params(request, self.config.max_request_bytes)
        repeated = sorted(k for k, v in params.items() if len(v) > 1)
        if repeated:
            raise HttpError(400, f"parameter given more than once: {', '.join(repeated)}")
        values = {k: v[0] for k, v in params.items() if k != "format"}
        try:
            text = named.bind(values)
        except ZonegraphError as error:
            raise HttpError(400, error.problem) from None
        read = values
        if needs_reading(named, values):  # (蘇州高新區 named nothing: read as 苏州高新区, as documents are)
            read = await self.run("read_names", named, values)
            text = named.bind(read)
        return await self.answer(request, text, f"queries/{name}", first(params, "format"), text, named.title or name,
                                 (named, read, values))

    # -- entities -------------------------------------------------------------------------------

    async def entity(self, request: Request) -> Response:
        iri = entity_iri(request.path_params["kind"], request.path_params["slug"])
        if iri is None:
            raise HttpError(404, f"not an entity path: {request.url.path}")
        params = await read_params(request, self.config.max_request_bytes)
        media_types = {**GRAPH_MEDIA, "html": "text/html; charset=utf-8"}
        fmt, media = choose_format(request.headers.get("accept"), first(params, "format"), ENTITY_OFFERS, media_types)
        headers = {**VARY, "Link": ", ".join(
            f'<{request.url.path}?format={name}>; rel="alternate"; type="{GRAPH_MEDIA[name].split(";")[0]}"'
            for name in ("turtle", "json-ld", "nt"))}
        if fmt != "html":
            body = await self.run("entity_rdf", iri, fmt)
            if body is None:
                raise HttpError(404, f"the graph has nothing about {iri}")
            return Response(body, media_type=media, headers=headers)
        data = await self.run("entity_data", iri)
        if data is None:
            raise HttpError(404, f"the graph has nothing about {iri}")
        alternates = {GRAPH_MEDIA[name].split(";")[0]: f"{request.url.path}?format={name}"
                      for name in ("turtle", "json-ld", "nt")}
        describe = "/sparql?" + urlencode({"query": f"DESCRIBE <{iri}>", "format": "turtle"})
        # every evidence record, where the page shows the first MAX_EVIDENCE (the DESCRIBE has none of them)
        evidence = "/sparql?" + urlencode({"query": EVIDENCE_QUERY.replace("$E", f"<{iri}>").strip()})
        return _page(pages.entity_page(entity_view(data), alternates, describe, evidence), headers)


def _with_format(request: Request, fmt: str) -> str:
    """This request's URL with ``format`` replaced (links from an HTML result to its other forms)."""
    pairs = [(k, v) for k, v in request.query_params.multi_items() if k != "format"]
    return f"{request.url.path}?{urlencode(pairs + [('format', fmt)])}"


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HttpError)
    return _error(request, error.status, error.message, error.headers or None)


async def _starlette_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    if error.status_code == 404:
        return _error(request, 404, f"not found: {request.url.path}")
    return _error(request, error.status_code, error.detail, dict(error.headers or {}))


async def _internal_error(request: Request, error: Exception) -> Response:
    log.exception("internal error on %s", request.url.path, exc_info=error)
    return _error(request, 500, "internal server error; the server log has the details")


def create_app(config: ServeConfig, on_ready: Callable[[], None] | None = None) -> Starlette:
    """The ASGI application for ``config``; its lifespan starts and stops the worker pool, and calls
    ``on_ready`` once every worker has loaded the graph."""
    server = Server(config)
    server.on_ready = on_ready
    routes = [
        Route("/", server.home, methods=["GET"], name="home"),
        Route("/sparql", server.sparql, methods=["GET", "POST"], name="sparql"),
        Route("/queries", server.list_queries, methods=["GET"], name="queries"),
        Route("/queries/{name}", server.named_query, methods=["GET", "POST"], name="named_query"),
        Route("/id/{kind}/{slug}", server.entity, methods=["GET"], name="entity"),
    ]
    middleware = []
    if config.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(config.cors_origins),
                                     allow_methods=["GET", "HEAD"], allow_headers=["Accept"]))
    middleware.append(Middleware(ReadOnlyGuard))
    app = Starlette(
        routes=routes, middleware=middleware, lifespan=server.lifespan,
        exception_handlers={HttpError: _http_error, HTTPException: _starlette_error, Exception: _internal_error},
    )
    app.state.server = server
    return app
