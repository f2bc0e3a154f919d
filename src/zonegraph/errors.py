"""One exception type whose message is what the user reads: the file, then the problem."""

from __future__ import annotations

from pathlib import Path


class ZonegraphError(Exception):
    """A problem the user can act on; the CLI prints it on one line and exits non-zero."""

    def __init__(self, problem: str, path: Path | str | None = None, causes: tuple["ZonegraphError", ...] = ()) -> None:
        self.path = str(path) if path is not None else None
        self.problem = problem
        self.causes = tuple(causes)  # the problems behind this one, each told on a line of its own before it
        super().__init__(f"{self.path}: {problem}" if self.path else problem)

    def __reduce__(self) -> tuple:
        # (raised in a worker process, it comes back pickled: rebuilt from its own arguments, not its message)
        return type(self), (self.problem, self.path, self.causes)


def quoted(value: object) -> str:
    """``value`` as the user typed it, in corner brackets, for a message: 「a\\b」, 「'」 (Python's repr showed
    'a\\\\b' and "'", escapes the user never typed)."""
    return f"「{value}」"
