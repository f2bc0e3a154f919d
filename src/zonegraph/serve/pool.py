"""Query execution with limits: a pool of worker processes, each holding the graph, killable one by one.

Why processes, and why this pool rather than a library's:

- rdflib evaluates SPARQL in pure Python and has no cancellation; a thread running a query cannot
  be stopped, and it holds the GIL the server needs. The only dependable way to stop a runaway
  query is to run it in a process and kill that process.
- ``concurrent.futures.ProcessPoolExecutor`` cannot cancel a task that has started: the only
  lever is to kill its workers, which breaks the whole pool and every query running in it. Here
  each worker has its own pipe, so a timed-out query costs exactly one worker, which is killed
  (SIGKILL) and replaced in the background while the others keep answering.
- Workers are started with ``spawn``: a fresh interpreter that loads the graph itself. Forking
  from the server would be faster to respawn but is unsafe in a process that has threads (the
  event loop's helpers), and is not available everywhere. Measured on the shipped corpus
  (12,000 triples, 2-core machine) when workers parsed graph.trig, as a memory build's still do: a
  spawned worker is ready in about 1.2 s (0.35 s imports, 0.5 s TriG parse, the rest warm-up; a
  store's worker opens the database instead, and holds about 110 MB on the 10 MB corpus's 740,000
  triples, which rdflib would hold in gigabytes); a no-op task's round trip through the pipe takes 0.1 ms,
  against 2-100 ms for the queries themselves. Respawning happens only after a timeout or a
  crash, so its cost is paid rarely, and by one worker while the others answer.
- The graph is copied to a private snapshot when the pool starts (``store.layout.snapshot``: the
  store's current generation hard-linked, or graph.trig copied for a memory build), so that a worker
  started later (after a timeout) loads the same graph as the others even if ``zonegraph build`` runs
  meanwhile. Workers query the store with Oxigraph, as ``zonegraph query`` does: the same answers.

A query waits at most ``queue_timeout`` for a free worker, behind at most ``max_waiting`` others
(past either, PoolBusy: 503), and at most ``timeout`` for its answer (QueryTimeout: 503).
Waiting on a worker's pipe uses the event loop's reader callbacks, so no thread is tied up per
query (this needs a POSIX event loop; Windows is not supported).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from zonegraph.errors import ZonegraphError
from zonegraph.store.layout import release, snapshot

log = logging.getLogger("zonegraph.serve")

START_TIMEOUT = 300.0


class PoolError(Exception):
    """A query could not be answered for a reason of the pool's, not of the query's text."""


class PoolBusy(PoolError):
    """No worker free in time, or too many queries waiting: the server answers 503 with Retry-After."""


class QueryTimeout(PoolError):
    """A query ran past the server's limit and was stopped, its worker replaced (503)."""


class WorkerFailed(PoolError):
    """A worker died or failed while answering (500)."""


@dataclass(eq=False)
class _Worker:
    process: BaseProcess
    conn: Connection


async def _readable(conn: Connection, timeout: float) -> None:
    """Wait until ``conn`` has a message (or its other end is closed), at most ``timeout`` seconds."""
    if conn.poll():
        return
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    fd = conn.fileno()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await asyncio.wait_for(ready, timeout)
    finally:
        loop.remove_reader(fd)


class WorkerPool:
    """``size`` worker processes answering named tasks (see ``tasks.TASKS``) on one graph."""

    def __init__(self, graph_path: Path, size: int, memory_limit: int | None = None,
                 queue_timeout: float = 30.0, max_waiting: int = 128) -> None:
        self.graph_path = graph_path
        self.size = size
        self.memory_limit = memory_limit
        self.queue_timeout = queue_timeout
        self.max_waiting = max_waiting
        self._waiting = 0
        self._context = multiprocessing.get_context("spawn")
        self._idle: asyncio.Queue[_Worker] | None = None
        self._workers: set[_Worker] = set()
        self._background: set[asyncio.Task] = set()
        self._snapshot: Path | None = None  # the build folder the workers load: store.layout.snapshot
        self._closing = False
        self.respawns = 0

    async def start(self) -> None:
        """Snapshot the graph, start every worker and wait until all have loaded it."""
        self._snapshot = snapshot(self.graph_path.parent)
        self._idle = asyncio.Queue()
        try:
            workers = await asyncio.gather(*(self._start_worker() for _ in range(self.size)))
        except BaseException:
            await self.close()
            raise
        for worker in workers:
            self._idle.put_nowait(worker)

    async def _start_worker(self) -> _Worker:
        from zonegraph.serve import worker as worker_module

        ours, theirs = self._context.Pipe(duplex=True)
        process = self._context.Process(
            target=worker_module.main, name="zonegraph-query-worker", daemon=True,
            args=(theirs, str(self._snapshot), self.memory_limit, os.getpid()),
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.add(worker)
        try:
            await _readable(ours, START_TIMEOUT)
            status, payload = ours.recv()
        except (asyncio.TimeoutError, EOFError, OSError):
            self._kill(worker)
            raise ZonegraphError("a query worker could not load the graph", self.graph_path) from None
        except BaseException:
            self._kill(worker)
            raise
        if status != "ready":
            self._kill(worker)  # (the error names the user's build folder, not the private snapshot)
            raise ZonegraphError(str(payload).replace(str(self._snapshot), str(self.graph_path.parent)))
        return worker

    def _kill(self, worker: _Worker) -> None:
        self._workers.discard(worker)
        if worker.process.is_alive():
            worker.process.kill()
        worker.conn.close()

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` now and start another in the background."""
        self._kill(worker)
        task = asyncio.get_running_loop().create_task(self._respawn(worker))
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def _respawn(self, dead: _Worker) -> None:
        await asyncio.to_thread(dead.process.join, 5)  # reap it without blocking the loop
        for attempt in range(3):
            if self._closing:
                return
            try:
                worker = await self._start_worker()
            except ZonegraphError as error:
                log.error("could not replace a query worker (attempt %d): %s", attempt + 1, error)
                await asyncio.sleep(1 + attempt)
                continue
            if self._closing:
                self._kill(worker)
                return
            self.respawns += 1
            assert self._idle is not None
            self._idle.put_nowait(worker)
            return

    async def call(self, task: str, *args: Any, timeout: float) -> Any:
        """Run ``task`` in a free worker; PoolBusy, QueryTimeout or WorkerFailed when it can't answer."""
        if self._idle is None or self._closing:
            raise PoolBusy("the server is not running")
        if self._waiting >= self.max_waiting:
            raise PoolBusy(f"{self._waiting} queries are already waiting for a worker")
        self._waiting += 1
        try:
            worker = await asyncio.wait_for(self._idle.get(), self.queue_timeout)
        except asyncio.TimeoutError:
            raise PoolBusy(f"every query worker stayed busy for {self.queue_timeout:g} s") from None
        finally:
            self._waiting -= 1
        healthy = False
        try:
            worker.conn.send((task, args))
            await _readable(worker.conn, timeout)
            status, payload = worker.conn.recv()
            healthy = status in ("ok", "error")
        except asyncio.TimeoutError:
            raise QueryTimeout(f"the query ran for more than {timeout:g} s, this server's limit, and was "
                               "stopped; narrow it or add LIMIT") from None
        except (EOFError, OSError):
            raise WorkerFailed("the query worker died while answering (out of memory?)") from None
        finally:
            if healthy:
                self._idle.put_nowait(worker)
            else:
                self._replace(worker)
        if status == "fatal":
            raise WorkerFailed(str(payload))
        if status == "error":
            log.error("query task %s failed:\n%s", task, payload)
            raise WorkerFailed("internal error while answering; the server log has the details")
        return payload

    async def close(self) -> None:
        """Stop every worker and remove the snapshot."""
        self._closing = True
        for task in list(self._background):
            task.cancel()
        workers = list(self._workers)
        for worker in workers:
            self._kill(worker)
        for worker in workers:
            await asyncio.to_thread(worker.process.join, 5)
        if self._snapshot is not None:
            release(self._snapshot)
            self._snapshot = None
