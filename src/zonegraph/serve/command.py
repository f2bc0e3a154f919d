"""``zonegraph serve``: the built graph as a read-only SPARQL endpoint with entity pages."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import click

from zonegraph.commandline import build_dir_option
from zonegraph.serve.config import (
    DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, ServeConfig, default_workers,
)

def _listening_socket(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``:``port`` (port 0: one the system picks), made before the server says it
    serves and starts its workers: a port in use is then one line naming it, not the server's log lines."""
    try:
        family = socket.getaddrinfo(host.strip("[]"), port, type=socket.SOCK_STREAM)[0][0]
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # (as uvicorn does: restarts do not wait)
        sock.bind((host.strip("[]"), port))
        sock.listen(2048)
    except OSError as error:
        click.echo(f"zonegraph: error: {host}:{port}: cannot listen there: {error.strerror or error}", err=True)
        sys.exit(1)
    sock.set_inheritable(True)
    return sock


def _is_loopback(host: str) -> bool:
    """Whether ``host`` only accepts connections from this machine."""
    import ipaddress

    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; only loopback unless you say otherwise.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--timeout", default=DEFAULT_TIMEOUT, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped.")
@click.option("--max-rows", default=DEFAULT_MAX_ROWS, show_default=True, type=click.IntRange(min=1),
              help="Most result rows (or triples) a query may return; more is an error, not a silent cut.")
@click.option("--max-request-bytes", default=DEFAULT_MAX_REQUEST_BYTES, show_default=True,
              type=click.IntRange(min=1024), help="Largest request body or URL accepted (413/414 beyond).")
@click.option("--workers", default=default_workers(), show_default=True, type=click.IntRange(min=1),
              help="Query worker processes, each holding the graph in memory.")
@click.option("--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN",
              help="Allow cross-origin GET from ORIGIN (repeatable; * for any). Default: none.")
@build_dir_option
@click.option("--access-log/--no-access-log", default=True, show_default=True, help="Log each request.")
def serve(host: str, port: int, timeout: float, max_rows: int, max_request_bytes: int, workers: int,
          cors_origins: tuple[str, ...], build_dir: Path, access_log: bool) -> None:
    """Serve the built graph read-only: SPARQL 1.1 at /sparql, entity pages at /id/…, a form at /."""
    import uvicorn

    from zonegraph.store.layout import GRAPH_FILE, current_generation
    from zonegraph.serve.app import create_app

    graph = build_dir / GRAPH_FILE
    if current_generation(build_dir) is None and not graph.exists():
        click.echo(f"zonegraph: error: {graph}: no built graph here: run `zonegraph build` first", err=True)
        sys.exit(1)
    config = ServeConfig(graph_path=graph, timeout=timeout, max_rows=max_rows, max_request_bytes=max_request_bytes,
                         workers=workers, cors_origins=tuple(cors_origins))
    if not _is_loopback(host):
        click.echo(f"zonegraph: warning: listening on {host}: other machines can reach this server", err=True)
    sock = _listening_socket(host, port)
    port = sock.getsockname()[1]  # (the one the system picked for port 0)
    address = f"[{host.strip('[]')}]" if ":" in host else host

    def announce() -> None:  # (once the workers have loaded the graph: a graph they cannot load is one error line)
        click.echo(f"zonegraph: serving {build_dir} at http://{address}:{port}/ (SPARQL at /sparql); Ctrl-C stops",
                   err=True)

    server = uvicorn.Server(uvicorn.Config(
        create_app(config, announce), http="h11", lifespan="on", access_log=access_log,
        log_level="info", timeout_graceful_shutdown=2,
        # room for a URL as long as the request limit, so that the app (not h11) says 414
        h11_max_incomplete_event_size=max_request_bytes + 16 * 1024,
    ))
    server.run(sockets=[sock])
