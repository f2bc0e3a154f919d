"""Find the mentions of documents in a second process while the first resolves earlier ones.

``find_mentions`` reads one sentence and nothing else, so its work can run ahead of entity
resolution, which must go through the documents in order. On a machine with two cores the
finders then take the second core, and a build spends on its main thread only what needs the
registry. The mentions are the ones ``find_mentions`` gives in the main process (pickled back),
so the graph does not change.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path

from zonegraph.documents.model import Document
from zonegraph.documents.reading import document_files, read_corpus
from zonegraph.errors import ZonegraphError
from zonegraph.mentions.base import Mention
from zonegraph.mentions.finder import find_mentions

# below this many characters a build finds mentions itself: starting a process costs more
AHEAD_MIN_CHARS = 200_000
# workers finding mentions; on two cores two beat one (10 MB, graph.trig alone: 12.7-13.0 s
# against 15.6 s with one, 18.2-19.3 s with none), the main process waiting on them 0.3 s in all
MAX_WORKERS = 4

# a sentence whose mentions take most of the finders' tables (zones, institutes, companies, sectors)
_WARM_UP = "苏州高新区管委会与中国科学院苏州纳米所、江苏德和生物科技有限公司、华为等企业签约，聚焦生物医药、新材料产业集群。"

SentenceMentions = dict[int, list[Mention]]  # sentence index -> its mentions
DocumentMentions = tuple[SentenceMentions, list[Mention]]  # the sentences' and the title's


def sentence_texts(document: Document) -> list[tuple[int, str]]:
    """The sentences whose mentions extraction reads: every sentence not a repeat of an earlier one."""
    return [(s.index, s.text) for s in document.sentences if not s.duplicate]


def document_mentions(texts: list[tuple[int, str]], title: str) -> DocumentMentions:
    """What ``find_mentions`` finds in each sentence and in the title."""
    return {index: find_mentions(text) for index, text in texts}, find_mentions(title)


def _work(payload: tuple[list[tuple[int, str]], str]) -> DocumentMentions:
    return document_mentions(*payload)


class MentionsAhead:
    """The mentions of ``documents``, found by worker processes and handed out in document order.

    ``next_for(document)`` returns the next document's mentions (waiting if the workers have not
    reached it); documents must be asked for in the order given. Use it as a context manager so
    that the workers end with the build, whatever happens.

    Made with ``documents=None``, it takes its documents one at a time (``add``, then ``done``),
    and the workers start on each as soon as it is added.
    """

    def __init__(self, documents: Sequence[Document] | None) -> None:
        # fork: a worker starts with the modules imported and the finders' tables built here first
        # (they are built on first use, 0.15 s, and the build needs them here too: built once, not
        # once more in each worker); made before the build starts its store-loading threads
        find_mentions(_WARM_UP)
        workers = max(1, min(MAX_WORKERS, os.cpu_count() or 1))
        self._pool = multiprocessing.get_context("fork").Pool(workers)
        self._names: deque[str] = deque()
        # the pool's task thread takes the work from this queue, until None
        self._work: queue.SimpleQueue[tuple[list[tuple[int, str]], str] | None] = queue.SimpleQueue()
        self._results: Iterator[DocumentMentions] = self._pool.imap(_work, iter(self._work.get, None), chunksize=1)
        if documents is not None:
            for document in documents:
                self.add(document)
            self.done()

    def add(self, document: Document) -> None:
        """The next document to find the mentions of."""
        self._names.append(document.file_name)
        self._work.put((sentence_texts(document), document.title))

    def done(self) -> None:
        """No more documents."""
        self._work.put(None)

    def next_for(self, document: Document) -> DocumentMentions:
        expected = self._names.popleft() if self._names else None
        if expected != document.file_name:
            raise ValueError(f"mentions asked for {document.file_name}, next is {expected}")
        return next(self._results)

    def close(self) -> None:
        self.done()  # the pool's task thread waits for work until then, and terminate waits for it
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> MentionsAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def can_run_ahead(documents: Sequence[Document]) -> bool:
    """Whether a second process pays: enough text (``AHEAD_MIN_CHARS``), two cores, and ``fork``
    (Linux; elsewhere each worker would have to import and build every table again)."""
    return sum(len(d.raw) for d in documents) >= AHEAD_MIN_CHARS and can_fork_workers()


def can_fork_workers() -> bool:
    """Two cores or more, and ``fork``."""
    return (os.cpu_count() or 1) > 1 and "fork" in multiprocessing.get_all_start_methods()


@contextmanager
def mentions_ahead(documents: Sequence[Document]) -> Iterator[MentionsAhead | None]:
    """Workers finding the documents' mentions ahead of their resolution when that pays
    (``can_run_ahead``), else None: extraction then finds them itself."""
    if not can_run_ahead(documents):
        yield None
        return
    with MentionsAhead(documents) as ahead:
        yield ahead


@contextmanager
def read_with_mentions_ahead(
        corpus: Path, reading: AbstractContextManager = nullcontext(),
) -> Iterator[tuple[list[Document], list[ZonegraphError], MentionsAhead | None]]:
    """``read_corpus(corpus)`` and ``mentions_ahead`` of its documents. Where the corpus's files
    are big enough for workers whatever their encoding (3 bytes a character, as UTF-8 Chinese
    takes), the workers are forked before the documents are read, not after: a page that a worker
    shares with this process is copied the first time either writes to it (a reference count will
    do), and the documents (an offset object for every character) then need not be shared at all
    (10 MB: 45,000 fewer pages copied, 0.5-1.5 s less CPU). They end unused, before the build,
    if the documents turn out too short (``can_run_ahead``). ``reading`` is entered around the
    reading."""
    files = document_files(corpus)
    if not (can_fork_workers() and sum(path.stat().st_size for path in files) >= 3 * AHEAD_MIN_CHARS):
        with reading:
            documents, errors = read_corpus(corpus)
        with mentions_ahead(documents) if documents else nullcontext() as ahead:
            yield documents, errors, ahead
        return
    with MentionsAhead(None) as ahead:
        with reading:
            documents, errors = read_corpus(corpus)
        if can_run_ahead(documents):
            for document in documents:
                ahead.add(document)
            ahead.done()
            yield documents, errors, ahead
            return
    yield documents, errors, None  # the workers ended unused
