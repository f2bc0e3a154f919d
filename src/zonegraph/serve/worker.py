"""The body of one query worker process: load the graph once, then answer tasks until told to stop.

A worker is confined before it answers anything: no network (rdflib would otherwise follow
SERVICE clauses and FROM <http://…> to the web, and FROM <file:…> to local files), an address
space limit so that one query cannot take the machine's memory, and it exits when the server
process is gone so that a runaway query never outlives its server.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path

# Audit events that reach outside the process; a worker needs none of them after loading.
_BLOCKED_EVENTS = frozenset({
    "socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "urllib.Request",
    "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
})


def confine() -> None:
    """Refuse network and process creation from here on, and never load graphs named in FROM."""
    import rdflib.plugins.sparql

    from zonegraph.serve.tasks import NETWORK_REFUSED

    rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

    def hook(event: str, args: tuple) -> None:
        if event in _BLOCKED_EVENTS:
            raise PermissionError(NETWORK_REFUSED)

    sys.addaudithook(hook)


def _limit_memory(limit: int | None) -> None:
    if not limit:
        return
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):  # not on this platform, or above the hard limit
        pass


def _exit_with_parent(parent: int) -> None:
    """A daemon thread that ends this process once its parent has gone (even if a query runs)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _warm_up(dataset) -> None:
    """Import the serialisers and the query parser now, so the first real query is not the slow one."""
    from zonegraph.serve.tasks import run_query

    for fmt in ("json", "xml", "csv", "tsv"):
        run_query(dataset, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", "warm-up", None, fmt, 10)
    for fmt in ("turtle", "nt", "json-ld", "xml"):
        run_query(dataset, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 1", "warm-up", None, fmt, 10)


def main(conn: Connection, graph_path: str, memory_limit: int | None, parent: int) -> None:
    """Entry point of a worker: ("ready", pid) once loaded, then (status, payload) per task.

    Status is "ok" with the task's return value, "error" with a traceback for a bug, or "fatal"
    when this worker must be replaced (it ran out of memory).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the server, which stops us
    _exit_with_parent(parent)
    _limit_memory(memory_limit)
    from zonegraph.errors import ZonegraphError
    from zonegraph.queries.engine import load_graph
    from zonegraph.serve.tasks import TASKS

    try:
        dataset = load_graph(Path(graph_path))
        _warm_up(dataset)
    except ZonegraphError as error:
        conn.send(("error", str(error)))
        return
    except MemoryError:
        conn.send(("error", f"{graph_path}: the graph does not fit in the worker's memory limit"))
        return
    confine()
    conn.send(("ready", os.getpid()))
    while True:
        try:
            name, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = ("ok", TASKS[name](dataset, *args))
        except MemoryError:
            conn.send(("fatal", "the query ran out of memory (the worker's limit); narrow the query"))
            return
        except Exception:  # a bug in a task: report it, keep serving
            reply = ("error", traceback.format_exc())
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return
