"""The settings one server runs with, in one place so that the app, the pool and the command agree."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_ROWS = 10_000
DEFAULT_MAX_REQUEST_BYTES = 64 * 1024
DEFAULT_MEMORY_LIMIT = 2 * 1024**3
DEFAULT_QUEUE_TIMEOUT = 30.0
DEFAULT_MAX_WAITING = 128


def default_workers() -> int:
    """One worker per core, at least two (so that one runaway query never blocks every other), at most four."""
    return max(2, min(4, os.cpu_count() or 2))


@dataclass(frozen=True)
class ServeConfig:
    """Limits are per query: ``timeout`` seconds of evaluation and ``max_rows`` result rows (or triples).

    A query that finds every worker busy waits in line, at most ``queue_timeout`` seconds and
    behind at most ``max_waiting`` others; past either it is turned away with 503 at once rather
    than piling up. The line is kept apart from the evaluation limit so that a burst of cheap
    queries is served late rather than refused.
    """

    graph_path: Path
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    workers: int = field(default_factory=default_workers)
    cors_origins: tuple[str, ...] = ()
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT
    queue_timeout: float = DEFAULT_QUEUE_TIMEOUT
    max_waiting: int = DEFAULT_MAX_WAITING

    def __post_init__(self) -> None:
        if self.timeout <= 0:
            raise ValueError("the timeout must be positive")
        if self.max_rows < 1 or self.workers < 1 or self.max_request_bytes < 1024:
            raise ValueError("max_rows and workers must be at least 1, max_request_bytes at least 1024")
