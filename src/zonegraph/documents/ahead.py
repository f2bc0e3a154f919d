"""PDFs' pages read by worker processes while the main process reads the corpus's other files.

A PDF's text layer is read by pdfminer.six's content-stream interpreter, in Python: about 0.2 s a
page here (a zone plan of 300 pages takes a minute), where a text file of the same length takes
milliseconds. Each page is read alone (``pdf.pdf_pages``), so a PDF's pages are shared among the
workers, worker k reading pages k, k + n, k + 2n …; the main process joins them in order, and the
text is the one a single process reads. The pool is the build's mention workers' (``mentions/ahead.py``)
where it has them, else one of its own: ``Workers`` both.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from multiprocessing.pool import AsyncResult, Pool
from pathlib import Path
from typing import TypeVar

from zonegraph.documents.formats import document_text, is_pdf
from zonegraph.errors import ZonegraphError

# below this many bytes of PDF in a corpus its pages are read in the main process: starting the
# workers (about 0.1 s) costs about what reading half a page does, and a page printed from a browser
# with its fonts is 100-150 KB
PDF_AHEAD_MIN_BYTES = 256_000
# workers in a pool, one a core up to this: on two cores two beat one (10 MB, finding mentions, graph.trig
# alone: 12.7-13.0 s against 15.6 s with one, 18.2-19.3 s with none), the main process waiting on them 0.3 s in all
MAX_WORKERS = 4

T = TypeVar("T")


def can_fork_workers() -> bool:
    """Two cores or more, and ``fork`` (Linux; elsewhere each worker would import every module again)."""
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


def worker_count() -> int:
    """How many workers a pool takes: one a core, up to ``MAX_WORKERS``."""
    return max(1, min(MAX_WORKERS, os.cpu_count() or 1))


class Workers:
    """A pool of ``count`` forked worker processes, whose results are waited for with an eye on
    them. A worker killed from outside (the OOM killer, on a huge file) loses the task it ran:
    ``multiprocessing.Pool`` starts another worker but never reports the task, so a plain wait
    would last for ever, and which task was lost cannot be told. The workers leave Ctrl-C to the
    main process, which ends them (each would print its own traceback)."""

    def __init__(self, count: int) -> None:
        before = {child.pid for child in multiprocessing.active_children()}
        self.count = count
        self.pool: Pool = multiprocessing.get_context("fork").Pool(count, initializer=signal.signal,
                                                                   initargs=(signal.SIGINT, signal.SIG_IGN))
        self._pids = {child.pid for child in multiprocessing.active_children()} - before
        self._one_died = False

    def result(self, pending: AsyncResult, otherwise: Callable[[], T]) -> T:
        """``pending``'s result (a worker's exception is raised here); or, once a worker has died,
        whatever result is not ready made here by ``otherwise()``, so that nothing is lost."""
        while True:
            try:
                return pending.get(timeout=0 if self._one_died else _LIFE_CHECK_SECONDS)
            except multiprocessing.TimeoutError:
                alive = {child.pid for child in multiprocessing.active_children()}
                if self._one_died or not self._pids <= alive:
                    if not self._one_died:  # (shown on stderr once, where no logging is set up)
                        logging.getLogger("zonegraph").warning(
                            "zonegraph: warning: a worker process died (killed from outside: out of memory?); "
                            "what it had not finished is done in the main process")
                    self._one_died = True
                    return otherwise()

    def close(self) -> None:
        self.pool.terminate()
        self.pool.join()


_LIFE_CHECK_SECONDS = 0.5  # how often a wait looks at the workers (a result ready returns at once)


def _read_pages(path: str, first: int, step: int) -> list[str]:
    """One worker's share of a PDF's pages (``first``, ``first + step`` …), read from its file."""
    from zonegraph.documents.pdf import pdf_pages

    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ZonegraphError(f"cannot read the file: {error.strerror or error}", path) from None
    return pdf_pages(data, path, first, step)


class PagesAhead:
    """PDFs (``pdf_files``) whose pages ``workers`` read from now on. ``text_of`` is
    ``document_text`` for every file; for one of these PDFs it waits for the workers' pages. They
    should be asked for in their order here, as the workers take them."""

    def __init__(self, workers: Workers, pdfs: Sequence[Path]) -> None:
        self._workers = workers
        self._pending: dict[Path, list[AsyncResult]] = {
            path: [workers.pool.apply_async(_read_pages, (str(path), first, workers.count)) for first in range(workers.count)]
            for path in pdfs
        }

    def text_of(self, data: bytes, path: Path) -> tuple[str, str]:
        """``document_text(data, path)``, its pages read by the workers if it is one of the PDFs."""
        pending = self._pending.pop(path, None)
        if pending is None or not is_pdf(data):  # (a file changed since is read as it is now)
            return document_text(data, path)
        from zonegraph.documents.pdf import joined_pages

        # (a worker's ZonegraphError is raised here, naming the file; a share a dead worker lost is read here)
        shares = [self._workers.result(result, partial(_read_pages, str(path), first, self._workers.count))
                  for first, result in enumerate(pending)]
        pages = [""] * sum(map(len, shares))
        for first, share in enumerate(shares):
            pages[first::self._workers.count] = share
        return joined_pages(pages, path), "pdf"


def pdf_files(files: Sequence[Path]) -> list[Path]:
    """The PDFs among ``files`` (one that cannot be read is left to its reader to name)."""
    found = []
    for path in files:
        try:
            with path.open("rb") as handle:
                head = handle.read(1024)
            # (the whole file is read only where its header stands after other bytes: is_pdf then wants its end)
            if is_pdf(head) or (b"%PDF-" in head and is_pdf(path.read_bytes())):
                found.append(path)
        except OSError:
            continue
    return found


@contextmanager
def pages_ahead(files: Sequence[Path]) -> Iterator[PagesAhead | None]:
    """A ``PagesAhead`` on a pool of its own where that pays (two cores, and PDFs of
    ``PDF_AHEAD_MIN_BYTES`` in all), else None: the files are then read in this process alone.
    Its workers end with the block."""
    pdfs = pdf_files(files) if can_fork_workers() else []
    if sum(map(file_size, pdfs)) < PDF_AHEAD_MIN_BYTES:
        yield None
        return
    workers = Workers(worker_count())
    try:
        yield PagesAhead(workers, pdfs)
    finally:
        workers.close()


def file_size(path: Path) -> int:
    """``path``'s size in bytes, 0 for a file gone since it was listed: reading it will say so, by its name."""
    try:
        return path.stat().st_size
    except OSError:
        return 0
