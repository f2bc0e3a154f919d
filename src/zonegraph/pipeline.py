"""The build: documents in, mentions, entities and relations through, a TriG graph out."""

from __future__ import annotations

import gc
import itertools
import json
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import Dataset

from zonegraph.documents import Document
from zonegraph.documents.reading import Progress
from zonegraph.entities import Registry
from zonegraph.mentions.ahead import MentionsAhead, read_with_mentions_ahead
from zonegraph.errors import ZonegraphError, quoted
from zonegraph.numbers import NumbersResult, extract_numbers
from zonegraph.numbers.extract import ZoneAt
from zonegraph.relations import Fact, calibrate, extract_document, project_facts
from zonegraph.triples import Graphs, build_graphs
from zonegraph.triples.build import (
    add_document_graphs,
    document_iri,
    fixed_graphs,
    graph_ready,
    trig_parts,
    trig_text,
    write_text_atomically,
)
from zonegraph.store.layout import GRAPH_FILE, SUMMARY_FILE
from zonegraph.triples.trig import TermWriter

WARNINGS_FILE = "warnings.txt"
STORES = ("oxigraph", "memory")  # the persistent embedded store (build/store/), or graph.trig alone
DEFAULT_STORE = "oxigraph"


@dataclass
class BuildResult:
    """What a build made and read: documents, errors, entities, facts, graphs, figures and their summary."""

    documents: list[Document]
    errors: list[ZonegraphError]
    registry: Registry
    facts: list[Fact]
    graphs: Graphs  # the named graphs built, as written to graph.trig and the store
    seconds: float = 0.0
    summary: dict = field(default_factory=dict)
    numbers: dict = field(default_factory=dict)  # file name -> NumbersResult
    warnings: list[str] = field(default_factory=list)  # values that could not be read
    timings: dict = field(default_factory=dict)  # stage -> seconds
    _dataset: Dataset | None = field(default=None, repr=False)

    @property
    def dataset(self) -> Dataset:
        """The graph as an rdflib Dataset (memory store), made on first use: the build itself
        does not need it, and filling rdflib's store costs about as much as the whole build."""
        if self._dataset is None:
            self._dataset = self.graphs.to_dataset()
        return self._dataset


def build(corpus: Path, build_dir: Path, store: str = DEFAULT_STORE, progress: Progress | None = None) -> BuildResult:
    """Build the graph of every readable document in ``corpus`` into ``build_dir``.

    Unreadable documents are reported in ``errors`` and left out; the rest are built. With
    ``store="oxigraph"`` the graph also goes into the persistent store under build_dir/store/
    (committed atomically, so an interrupted build leaves the previous graph); with "memory"
    graph.trig alone is written and any store is removed. graph.trig is the same either way.
    ``progress`` is told of each file read and each document extracted.
    """
    if store not in STORES:
        raise ZonegraphError(f"unknown store {quoted(store)} (known: {', '.join(STORES)})")
    started = time.perf_counter()
    with _collector_paused():
        result = _build(corpus, build_dir, store, progress)
    result.seconds = time.perf_counter() - started
    return result


def _build(corpus: Path, build_dir: Path, store: str, progress: Progress | None) -> BuildResult:
    timings = dict.fromkeys(("read", "extract", "triples", "trig", "store", "summary"), 0.0)
    clock = _Clock(timings)
    # the workers are made before any store thread starts
    with read_with_mentions_ahead(corpus, clock("read"), progress) as (documents, errors, ahead):
        if not documents:
            raise ZonegraphError("no readable document in the corpus folder", corpus, tuple(errors))
        registry = Registry()
        build_dir.mkdir(parents=True, exist_ok=True)
        extracted = counted(progress, "extracting", len(documents))
        return _build_documents(documents, errors, registry, build_dir, store, ahead, clock, timings, extracted)


def _build_documents(documents: list[Document], errors: list[ZonegraphError], registry: Registry, build_dir: Path,
                     store: str, ahead: MentionsAhead | None, clock: _Clock, timings: dict[str, float],
                     extracted: Callable[[Document], None] | None) -> BuildResult:
    if store == "memory":
        with clock("extract"):
            facts, numbers = extract(documents, registry, ahead, extracted)
        with clock("triples"):
            graphs = build_graphs(documents, registry, facts, numbers)
        warnings = _write_warnings(build_dir, numbers)
        with clock("trig"):
            parts = trig_parts(graphs)
        with clock("summary"):
            summary = summarize(documents, graphs)
        with clock("store"):
            from zonegraph.store.layout import retire, writer_lock

            with writer_lock(build_dir):  # (an ingest running beside it must not interleave its writes)
                retire(build_dir)
                write_text_atomically(build_dir / GRAPH_FILE, trig_text(parts))
                write_summary(build_dir, summary)
    else:
        from zonegraph.store.documents import store_build

        load_size = sum(len(d.raw) for d in documents) // LOADS + 1
        with store_build(build_dir, load_size) as sink:
            facts, numbers, graphs = extract_into(sink, documents, registry, ahead, extracted, clock)
            warnings = _write_warnings(build_dir, numbers)
            with clock("summary"):  # while the last loads run
                summary = summarize(documents, graphs)
            with clock("store"):
                sink.commit()
                write_summary(build_dir, summary)  # (under the writer lock, as the commit)
            timings["background load"] = sink.loads.seconds
    return BuildResult(documents, errors, registry, facts, graphs, summary=summary, numbers=numbers,
                       warnings=warnings, timings=timings)


BATCH_CHARS = 250_000  # characters of documents extracted between two hand-offs to the store
LOADS = 5  # bulk loads into the store while documents are extracted (each about this share of them)


class GraphSink(Protocol):
    """Where ``extract_into`` hands the graphs of each batch: a build's ``StoreBuild`` or an ingest's checkpoint."""

    def add(self, parts: list[tuple], documents: list[Document]) -> None:
        """The (graph, TriG part) pairs of new graphs; ``documents``, the ones they complete."""

    def finish(self) -> None:
        """No more graphs will come."""


def extract_into(sink: GraphSink, documents: list[Document], registry: Registry, ahead: MentionsAhead | None = None,
                 extracted: Callable[[Document], None] | None = None,
                 clock: _Clock | None = None) -> tuple[list[Fact], dict[str, NumbersResult], Graphs]:
    """Extract the documents in order, in batches, and hand each batch's graphs to the store: a
    build's ``store.documents.StoreBuild``, which loads them in the background while the next batch
    is extracted, or an ingest's, which puts them in its checkpoint. A graph that refers to an entity
    not made yet (``graph_ready``) waits until every document has been extracted; so each graph is
    what building them all at the end would make. ``clock`` times the stages."""
    clock = clock or _Clock({})
    facts: list[Fact] = []
    numbers: dict[str, NumbersResult] = {}
    graphs = Graphs()
    writer = TermWriter()
    for graph in fixed_graphs():
        graphs.put(graph)
    for document in documents:  # the graphs in document order, whatever order they are built in
        graphs.graph(document_iri(document.file_name))
    with clock("trig"):
        parts = [(graph, graph.part(writer)) for graph in graphs.graphs() if len(graph)]
    with clock("store"):
        sink.add(parts, [])
    waiting: list[Document] = []
    for batch in _batches(documents, BATCH_CHARS):
        with clock("extract"):
            batch_facts, batch_numbers = extract(batch, registry, ahead, extracted)
        facts.extend(batch_facts)
        numbers.update(batch_numbers)
        with clock("triples"):
            by_document: dict[str, list[Fact]] = {}
            for fact in batch_facts:
                by_document.setdefault(fact.document, []).append(fact)
            ready = []
            for document in batch:
                if graph_ready(registry, by_document.get(document.file_name, []), batch_numbers.get(document.file_name)):
                    ready.append(document)
                else:
                    waiting.append(document)
            built = add_document_graphs(graphs, ready, registry, batch_facts, batch_numbers)
        with clock("trig"):
            parts = [(graph, graph.part(writer)) for graph in built]
        with clock("store"):
            sink.add(parts, ready)
    if waiting:
        with clock("triples"):
            names = {d.file_name for d in waiting}
            built = add_document_graphs(graphs, waiting, registry, [f for f in facts if f.document in names], numbers)
        with clock("trig"):
            parts = [(graph, graph.part(writer)) for graph in built]
        with clock("store"):
            sink.add(parts, waiting)
    sink.finish()
    return facts, numbers, graphs


def _batches(documents: list[Document], size: int) -> Iterator[list[Document]]:
    """The documents in order, in runs of about ``size`` characters (at least one document)."""
    batch: list[Document] = []
    chars = 0
    for document in documents:
        batch.append(document)
        chars += len(document.raw)
        if chars >= size:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


def _write_warnings(build_dir: Path, numbers: dict[str, NumbersResult]) -> list[str]:
    warnings = [w for found in numbers.values() for w in found.warnings]
    (build_dir / WARNINGS_FILE).write_text("".join(w + "\n" for w in warnings), encoding="utf-8")
    return warnings


class _Clock:
    """``with clock(stage):`` adds the block's wall time to ``timings[stage]``."""

    def __init__(self, timings: dict[str, float]) -> None:
        self.timings = timings

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - started


def extract(documents: list[Document], registry: Registry, ahead: MentionsAhead | None = None,
            extracted: Callable[[Document], None] | None = None) -> tuple[list[Fact], dict[str, NumbersResult]]:
    """The facts and figures of ``documents``, resolving entities in ``registry`` (in order).

    ``ahead``, when given, finds the documents' mentions in a second process (these documents
    next, in this order); otherwise they are found here. ``extracted`` is called with each
    document once it is done.
    """
    facts: list[Fact] = []
    numbers: dict[str, NumbersResult] = {}
    for document in documents:
        sentence_zones: list[tuple[int, str | None]] = []
        mentions = ahead.next_for(document) if ahead is not None else None
        facts.extend(calibrate(extract_document(document, registry, sentence_zones, mentions)))
        found = extract_numbers(document, registry, ZoneAt(sentence_zones, None))
        numbers[document.file_name] = found
        facts.extend(calibrate(project_facts(document, found.projects, registry)))
        if extracted is not None:
            extracted(document)
    return facts, numbers


def counted(progress: Progress | None, stage: str, total: int) -> Callable[[Document], None] | None:
    """A hook telling ``progress`` of each of ``total`` documents done in ``stage``."""
    if progress is None:
        return None
    done = itertools.count(1)
    return lambda _document: progress(stage, next(done), total)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a while: a build makes millions of small objects that
    live until it ends and almost no cycles, so each collection is a scan that frees nothing (10 MB,
    thresholds 50,000/20/100: 83 collections freed 5,800 objects and took the main thread 0.8-1.2 s;
    the mention workers, forked with it paused, freed 600). The collector runs again afterwards.

    The objects made meanwhile are then moved to the oldest generation (``gc.freeze`` and
    ``gc.unfreeze`` merge the lists; no object is visited): left in the youngest, the first
    allocation after ``gc.enable`` would scan them all (10 MB: 0.36 s), to free almost nothing.
    They are still collected, by the next full collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if enabled:
            gc.enable()


def write_summary(build_dir: Path, summary: dict) -> None:
    """Write summary.json whole or not at all: a reader never sees half a summary."""
    write_text_atomically(build_dir / SUMMARY_FILE, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


def summarize(documents: list[Document], dataset: Dataset | Graphs, imported: Iterable[str] = ()) -> dict:
    """Counts of what the documents' graphs and the ``imported`` graphs (IRIs) hold, the ontology and
    taxonomy graphs aside: what the graph knows, however it came in.

    ``dataset`` is the ``Graphs`` of a build or an rdflib ``Dataset``; each graph is read once.
    """
    from rdflib import URIRef
    from rdflib.namespace import RDF

    from zonegraph.namespaces import ENTITY_TYPES, RELATION_TYPES, ZG, document_iri
    from zonegraph.triples.numbers import QB

    # Terms are compared by their text, as plain str: rdflib's URIRef.__eq__ is a Python call, a
    # million of them here. A URIRef equals only a URIRef of the same text, hence the type tests.
    rdf_type = str(RDF.type)
    kinds = {str(ZG[t]): t for t in ENTITY_TYPES}
    kinds.update({str(ZG.Evidence): "evidence", str(ZG.Project): "projects", str(QB.Observation): "observations"})
    relation_types = {str(ZG[t]): t for t in RELATION_TYPES}
    typed: dict[str, set] = {t: set() for t in kinds.values()}
    relations: dict[str, set] = {t: set() for t in RELATION_TYPES}
    imported = sorted(imported)
    for iri in [document_iri(d.file_name) for d in documents] + [URIRef(i) for i in imported]:
        graph = dataset.graph(iri)
        for s, p, o in graph:
            if type(p) is not URIRef:
                continue
            predicate = str(p)
            if predicate == rdf_type:
                kind = kinds.get(str(o)) if type(o) is URIRef else None
                if kind is not None:
                    typed[kind].add(s)
            else:
                relation = relation_types.get(predicate)
                if relation is not None:
                    relations[relation].add((s, o))
    return {
        "documents": len(documents),
        "imported": len(imported),
        "entities": {t: len(typed[t]) for t in ENTITY_TYPES if typed[t]},
        "relations": {t: len(pairs) for t, pairs in relations.items() if pairs},
        "evidence": len(typed["evidence"]),
        "observations": len(typed["observations"]),
        "projects": len(typed["projects"]),
        "triples": sum(len(graph) for graph in dataset.graphs()),
    }
