"""What every zonegraph command shares: the --build-dir option and one-line errors.

Its own module so that cli.py and the command modules it registers (viz, serve) import it
without importing each other.
"""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Callable

import click

from zonegraph.errors import ZonegraphError

BUILD_DIR_HELP = "Where the built graph lives [default: ./build, or $ZONEGRAPH_BUILD_DIR]."


def build_dir_option(command: Callable) -> Callable:
    """``--build-dir DIR``, default ./build or $ZONEGRAPH_BUILD_DIR."""
    return click.option(
        "--build-dir", type=click.Path(file_okay=False, path_type=Path), envvar="ZONEGRAPH_BUILD_DIR",
        default=Path("build"), show_envvar=True, help=BUILD_DIR_HELP,
    )(command)


def reports_errors(command: Callable) -> Callable:
    """Print a ZonegraphError as one line on stderr and exit 1, instead of a traceback; so too an error of
    the system's (a read-only build folder, a full disk: the file and the system's words)."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except ZonegraphError as error:
            for cause in error.causes:  # (a folder of nothing readable: what was wrong with each file)
                click.echo(f"zonegraph: error: {cause}", err=True)
            click.echo(f"zonegraph: error: {error}", err=True)
            sys.exit(1)
        except BrokenPipeError:  # (the reader of stdout is gone: `zonegraph queries | head -1` said "Broken pipe")
            _quietly_stopped()
        except OSError as error:
            where = f"{error.filename}: " if error.filename else ""
            click.echo(f"zonegraph: error: {where}{error.strerror or error}", err=True)
            sys.exit(1)

    return wrapper


def _quietly_stopped() -> None:
    """Stop without a word, as a Unix tool stopped by SIGPIPE does (its status, 128 + 13), once stdout's reader is
    gone; stdout is pointed at the null device first, or Python's flushing it at exit would fail again, aloud."""
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # (a stdout replaced or closed: nothing to flush)
        pass
    sys.exit(141)


def exit_if_skipped(errors: list[ZonegraphError], others: str, what: str = "documents") -> None:
    """Report each unreadable file on its own line, then exit 1 if there was any.

    ``others`` says what happened to the rest ("built", "ingested"): nothing else was lost; ``what`` they are.
    """
    for error in errors:
        click.echo(f"zonegraph: error: {error} (skipped; the other {what} were {others})", err=True)
    if errors:
        sys.exit(1)


@contextmanager
def progress_line() -> Iterator[Callable[[str, int, int], None] | None]:
    """A line on stderr that a long build or ingest rewrites as it goes (``reading 12/300``),
    cleared at the end; None where stderr is no terminal (a log file, a pipe), which gets nothing."""
    if not _is_terminal(sys.stderr):
        yield None
        return
    shown = {"stage": "", "at": 0.0}

    def show(stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        # a stage's first and last steps, and ten a second at most between (a corpus may have thousands)
        if stage != shown["stage"] or done == total or now - shown["at"] >= 0.1:
            shown.update(stage=stage, at=now)
            click.echo(f"\r{stage} {done}/{total}\033[K", err=True, nl=False)

    try:
        yield show
    finally:
        click.echo("\r\033[K", err=True, nl=False)


def _is_terminal(stream) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # (a stream replaced or closed)
        return False
