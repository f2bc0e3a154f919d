"""Find the mentions of documents in a second process while the first resolves earlier ones.

``find_mentions`` reads one sentence and nothing else, so its work can run ahead of entity
resolution, which must go through the documents in order. On a machine with two cores the
finders then take the second core, and a build spends on its main thread only what needs the
registry. The mentions are the ones ``find_mentions`` gives in the main process (pickled back),
so the graph does not change.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from functools import partial
from multiprocessing.pool import AsyncResult
from pathlib import Path

from zonegraph.documents.ahead import (
    PagesAhead, Workers, can_fork_workers, file_size, pages_ahead, pdf_files, worker_count,
)
from zonegraph.documents.model import Document
from zonegraph.documents.reading import Progress, document_files, read_corpus
from zonegraph.errors import ZonegraphError
from zonegraph.mentions.base import Mention
from zonegraph.mentions.finder import find_mentions

# below this many characters a build finds mentions itself: starting a process costs more
AHEAD_MIN_CHARS = 200_000

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


class MentionsAhead:
    """The mentions of ``documents``, found by worker processes and handed out in document order.

    ``next_for(document)`` returns the next document's mentions (waiting if the workers have not
    reached it); documents must be asked for in the order given. Use it as a context manager so
    that the workers end with the build, whatever happens.

    Made with ``documents=None``, it takes its documents one at a time (``add``), and the workers
    start on each as soon as it is added. Its ``workers`` take other work too (``documents.ahead``),
    first come first served.
    """

    def __init__(self, documents: Sequence[Document] | None) -> None:
        # fork: a worker starts with the modules imported and the finders' tables built here first
        # (they are built on first use, 0.15 s, and the build needs them here too: built once, not
        # once more in each worker); made before the build starts its store-loading threads
        find_mentions(_WARM_UP)
        self.workers = Workers(worker_count())  # (reading may give them a PDF's pages first)
        self._names: deque[str] = deque()
        self._results: deque[tuple[AsyncResult, tuple[list[tuple[int, str]], str]]] = deque()  # (pending, its work)
        for document in documents or ():
            self.add(document)

    def add(self, document: Document) -> None:
        """The next document to find the mentions of."""
        self._names.append(document.file_name)
        work = (sentence_texts(document), document.title)
        self._results.append((self.workers.pool.apply_async(document_mentions, work), work))

    def next_for(self, document: Document) -> DocumentMentions:
        expected = self._names.popleft() if self._names else None
        if expected != document.file_name:
            raise ValueError(f"mentions asked for {document.file_name}, next is {expected}")
        pending, work = self._results.popleft()
        return self.workers.result(pending, partial(document_mentions, *work))  # (found here if a dead worker lost them)

    def close(self) -> None:
        self.workers.close()

    def __enter__(self) -> MentionsAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def can_run_ahead(documents: Sequence[Document]) -> bool:
    """Whether a second process pays: enough text (``AHEAD_MIN_CHARS``), two cores, and ``fork``
    (Linux; elsewhere each worker would have to import and build every table again)."""
    return sum(len(d.raw) for d in documents) >= AHEAD_MIN_CHARS and can_fork_workers()


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
        corpus: Path, reading: AbstractContextManager = nullcontext(), progress: Progress | None = None,
) -> Iterator[tuple[list[Document], list[ZonegraphError], MentionsAhead | None]]:
    """``read_corpus(corpus)`` and ``mentions_ahead`` of its documents. Where the corpus's files
    are big enough for workers whatever their encoding (3 bytes a character, as UTF-8 Chinese
    takes), the workers are forked before the documents are read, not after: a page that a worker
    shares with this process is copied the first time either writes to it (a reference count will
    do), and the documents (an offset object for every character) then need not be shared at all
    (10 MB: 45,000 fewer pages copied, 0.5-1.5 s less CPU). Those workers read the corpus's PDFs'
    pages first (``documents.ahead``), and start on each document's mentions as soon as it is
    read: while this process reads, the second core would otherwise wait (10 MB: about 3 s).
    Forked, they are used even if the documents turn out short of ``can_run_ahead``.
    ``reading`` is entered around the reading; ``progress`` is told of each file read."""
    files = document_files(corpus)
    if not (can_fork_workers() and sum(map(file_size, files)) >= 3 * AHEAD_MIN_CHARS):
        with reading, pages_ahead(files) as pages:
            documents, errors = read_corpus(corpus, pages, progress)
        with mentions_ahead(documents) if documents else nullcontext() as ahead:
            yield documents, errors, ahead
        return
    with MentionsAhead(None) as ahead:
        with reading:
            documents, errors = read_corpus(corpus, PagesAhead(ahead.workers, pdf_files(files)), progress, ahead.add)
        yield documents, errors, ahead
