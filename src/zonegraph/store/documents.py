"""Documents in and out of the store: a full build, incremental ingest, removal.

A document is one named graph (``document_iri(file_name)``) keyed by the sha256 of its bytes.
Ingesting a file whose key is already there changes nothing; a changed file replaces its
graph. Entity resolution stays consistent across ingests because the registry a new document
is read with is seeded from the graph itself (every entity's type, canonical label, forms and
parent), so the same institute named in a new document gets the node it already has.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pyoxigraph as ox
from rdflib import Dataset, URIRef

from zonegraph.documents import Document
from zonegraph.documents.reading import (Progress, claim_document_iri, files_given, metadata_errors, read_document,
                                         read_metadata)
from zonegraph.entities import Registry
from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ENTITY_TYPES, ZG, document_iri
from zonegraph.store import layout
from zonegraph.store.generation import BackgroundLoads, GraphEntry, Writer, file_hash
from zonegraph.store.oxigraph import run_query
from zonegraph.triples.build import Graphs, trig_parts

PIPELINE_GRAPH_KINDS = ("document", "fixed")


def write_build(build_dir: Path, dataset: Dataset | Graphs, documents: list[Document],
                parts: list[tuple] | None = None) -> Path:
    """A full build into a new generation of the store, committed in one step.

    ``parts`` are the dataset's ``trig_parts`` when the caller has them already.
    """
    if parts is None:  # before taking the lock: the text does not depend on the store
        parts = trig_parts(dataset)
    with layout.writer_lock(build_dir):
        with Writer(build_dir, fresh=True) as writer:
            writer.put_many(_entries(parts, documents))
            return writer.commit()


class StoreBuild:
    """A full build into a new generation of the store, made while the documents are extracted:
    each ``add`` writes its graphs' parts and queues their load, which runs on a background
    thread (``BackgroundLoads``) while the caller extracts the next documents; ``commit`` waits
    for the loads and commits. Made by ``store_build``."""

    def __init__(self, writer: Writer, loads: BackgroundLoads) -> None:
        self.writer = writer
        self.loads = loads

    def add(self, parts: list[tuple], documents: list[Document]) -> None:
        """The (graph, part) pairs of ``trig_parts`` for new graphs, ``documents`` theirs (their
        characters count towards the size of a load)."""
        self.writer.put_new(_entries(parts, documents), self.loads, sum(len(d.raw) for d in documents))

    def finish(self) -> None:
        """Nothing more to add: the loads still queued start now (``commit`` waits for them)."""
        self.loads.finish()

    def commit(self) -> Path:
        self.loads.finish()
        self.loads.wait()
        return self.writer.commit()


@contextmanager
def store_build(build_dir: Path, load_size: int = 0) -> Iterator[StoreBuild]:
    """A ``StoreBuild`` holding the writer lock, whose background loads take the graphs of about
    ``load_size`` characters of documents each; left without ``commit``, the half-made
    generation is removed (once the load in progress has ended)."""
    with layout.writer_lock(build_dir):
        with Writer(build_dir, fresh=True) as writer, BackgroundLoads(writer.db, load_size) as loads:
            yield StoreBuild(writer, loads)


def _entries(parts: list[tuple], documents: list[Document]) -> list[tuple[GraphEntry, str]]:
    """(manifest entry, TriG part) of each graph: a document's graph is keyed by its content hash."""
    keys = {str(document_iri(d.file_name)): d for d in documents}
    items = []
    for graph, part in parts:
        iri = str(graph.identifier)
        document = keys.get(iri)
        entry = GraphEntry(iri, "", "document" if document else "fixed",
                           document.content_hash if document else "", document.file_name if document else "")
        items.append((entry, part))
    return items


@dataclass
class IngestReport:
    """What an ingest did, file by file."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, the file already holding it)
    errors: list[ZonegraphError] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced)


def ingest(build_dir: Path, files: list[Path], progress: Progress | None = None) -> IngestReport:
    """Add or replace the graphs of ``files``; unchanged files are a no-op.

    Runs on the store when the build folder has one (created if the folder is new), and on
    graph.trig alone when it was built with ``--store memory``. ``progress`` is told of each
    file read and each document extracted.
    """
    report = IngestReport()
    files, report.errors = files_given(files)  # (a folder: its documents, as a corpus folder's are read)
    with layout.writer_lock(build_dir):
        layout.repair(build_dir)
        if _memory_only(build_dir):
            return _ingest_memory(build_dir, files, report, progress)
        with Writer(build_dir) as writer:
            known = {e.source: e for e in writer.entries("document")}
            by_key = {e.key: e.source for e in known.values()}
            documents = _read_new(files, known, by_key, report, progress)
            if not documents:
                return report
            for document in documents:
                writer.drop(str(document_iri(document.file_name)))
            report.warnings = _put_documents(writer, documents, seed_registry(writer.db), progress)
            generation = writer.commit()
        report.summary = store_summary(build_dir, generation)
    return report


def remove(build_dir: Path, file_name: str) -> bool:
    """Drop a document's graph, or the graphs an imported file brought, and with them whatever only they
    supported. The name must be the file's own: another name of the same IRI (数据.txt for 书局.txt, both
    shuju; a name in other capitals) removes nothing."""
    name = Path(file_name).name
    iri = str(document_iri(name))
    if not (build_dir / layout.GRAPH_FILE).exists() and layout.current_generation(build_dir) is None:
        raise ZonegraphError("no built graph here: run `zonegraph build` first", build_dir)  # (not a folder made)
    with layout.writer_lock(build_dir):
        layout.repair(build_dir)
        if _memory_only(build_dir):
            return _remove_memory(build_dir, iri, name)
        if layout.current_generation(build_dir) is None:
            raise ZonegraphError("no built graph here: run `zonegraph build` first", build_dir)
        with Writer(build_dir) as writer:
            graphs = [e.iri for e in writer.manifest.values()
                      if e.source == name and (e.kind == "import" or (e.kind == "document" and e.iri == iri))]
            if not graphs:
                return False
            for graph in graphs:
                writer.drop(graph)
            generation = writer.commit()
        store_summary(build_dir, generation)
    return True


def _read_new(files: list[Path], known: dict, by_key: dict, report: IngestReport,
              progress: Progress | None) -> list[Document]:
    """The documents among ``files`` that are new or changed (by content hash), their PDFs' pages
    read by workers where that pays (``documents.ahead``); ``progress`` is told of each read."""
    from zonegraph.documents.ahead import pages_ahead

    changed: list[tuple[Path, object]] = []  # (file, its entry when it replaces one)
    named = {str(document_iri(name)): name for name in known}  # (a new file may not take a known document's IRI)
    given: dict[str, Path] = {}  # file name -> the file of this ingest that has it
    for path in files:
        try:
            if _given_already(path, given):
                continue  # the same file twice (a.txt and ./a.txt): read once
            claim_document_iri(path, named)
            key = file_hash(path)
        except ZonegraphError as error:
            report.errors.append(error)
            continue
        entry = known.get(path.name)
        if entry is not None and entry.key == key:
            report.unchanged.append(path.name)
        elif entry is None and key in by_key:
            report.duplicates.append((path.name, by_key[key]))
        else:
            by_key[key] = path.name  # (an identical file after it is its duplicate, read or not)
            changed.append((path, entry))
    documents: dict[str, Document] = {}
    metadata: dict[Path, dict] = {}
    with pages_ahead([path for path, _ in changed]) as pages:
        for number, (path, entry) in enumerate(changed, 1):
            folder = path.resolve().parent
            try:
                if folder not in metadata:
                    metadata[folder] = read_metadata(folder)
                row = metadata[folder].get(path.name)
                if row is not None:  # (its own row only: the folder's other rows are not this ingest's)
                    report.errors += metadata_errors(folder, {path.name: row})
                documents[path.name] = read_document(path, row, pages)
                (report.replaced if entry is not None else report.added).append(path.name)
            except ZonegraphError as error:
                report.errors.append(error)
            if progress is not None:
                progress("reading", number, len(changed))
    unread = {path.name for path, _ in changed} - set(documents)
    for name, holder in [d for d in report.duplicates if d[1] in unread]:  # (not "already in the graph")
        report.duplicates.remove((name, holder))
        report.errors.append(ZonegraphError(f"the same bytes as {holder}, which could not be read",
                                            next(path for path in files if path.name == name)))
    position = {str(path): number for number, path in enumerate(files)}
    report.errors.sort(key=lambda error: position.get(error.path or "", len(files)))  # (in the files' order, as given)
    return [documents[name] for name in sorted(documents)]


def _given_already(path: Path, given: dict[str, Path]) -> bool:
    """Whether this ingest has had ``path`` already (noting it if not); raises ZonegraphError naming it where
    another file of the ingest has its name (issues/a.txt and news/a.txt): a document is known by its file
    name, so the second would replace the first, or be taken for it."""
    other = given.get(path.name)
    if other is None:
        given[path.name] = path
        return False
    if other == path or other.resolve() == path.resolve():
        return True
    raise ZonegraphError(f"another file of this ingest has its name ({other}): a document is known by its file "
                         "name, so rename one of the two", path)


INGEST_BATCH_CHARS = 1_000_000  # characters of documents whose graphs an ingest puts in its checkpoint at once


class _IngestSink:
    """Where ``pipeline.extract_into`` hands an ingest's graphs, batch after batch: they are put in the
    checkpoint's ``writer`` once they come from about ``size`` characters of documents (one bulk load
    each, where big enough), so that an ingest of a folder holds about one such batch of parts."""

    def __init__(self, writer: Writer, size: int) -> None:
        self.writer, self.size = writer, size
        self._parts: list[tuple] = []
        self._documents: list[Document] = []

    def add(self, parts: list[tuple], documents: list[Document]) -> None:
        self._parts += parts
        self._documents += documents
        if sum(len(d.raw) for d in self._documents) >= self.size:
            self.finish()

    def finish(self) -> None:
        if self._parts:
            self.writer.put_many(_entries(self._parts, self._documents))
        self._parts, self._documents = [], []


def _put_documents(writer: Writer, documents: list[Document], registry: Registry,
                   progress: Progress | None) -> list[str]:
    """Extract ``documents`` and put their graphs in ``writer`` as a build does (``pipeline.extract_into``),
    about ``INGEST_BATCH_CHARS`` of them at a time; returns the figures' warnings."""
    from zonegraph.mentions.ahead import mentions_ahead
    from zonegraph.pipeline import counted, extract_into

    with mentions_ahead(documents) as ahead:
        _, numbers, _ = extract_into(_IngestSink(writer, INGEST_BATCH_CHARS), documents, registry, ahead,
                                     counted(progress, "extracting", len(documents)))
    return [w for found in numbers.values() for w in found.warnings]


def _build_documents(documents: list[Document], registry: Registry,
                     progress: Progress | None) -> tuple[Graphs, list[str]]:
    from zonegraph.mentions.ahead import mentions_ahead
    from zonegraph.pipeline import counted, extract
    from zonegraph.triples import build_graphs

    with mentions_ahead(documents) as ahead:
        facts, numbers = extract(documents, registry, ahead, counted(progress, "extracting", len(documents)))
    warnings = [w for found in numbers.values() for w in found.warnings]
    return build_graphs(documents, registry, facts, numbers), warnings


def seed_registry(db: ox.Store) -> Registry:
    """A registry holding every entity of the graph, as the build that made it had them.

    Type, canonical label (rdfs:label), forms (skos:altLabel), IRI and parent come from the
    graph; a zone's reference record and an industry's taxonomy concept from the reference data.
    """
    from zonegraph.reference import industries, zones

    registry = Registry()
    zone_records = {z.name: z for z in zones()}
    concepts = {str(c.iri): c for c in industries()}
    types = " ".join(f"zg:{t}" for t in ENTITY_TYPES)
    rows = run_query(db, f"""
        SELECT ?node ?type ?label WHERE {{
          VALUES ?type {{ {types} }}
          ?node a ?type ; rdfs:label ?label . FILTER(LANG(?label) = "zh")
        }} ORDER BY ?type ?label ?node""", _prefixes())
    nodes: dict[URIRef, tuple[str, str]] = {}
    for row in rows:
        kind = str(row["type"]).rsplit("#", 1)[1]
        node, name = row["node"], str(row["label"])
        if node in nodes:
            continue
        attrs = {}
        if kind == "Zone":
            attrs["zone"] = zone_records.get(name)
        elif kind == "Industry":
            if str(node) not in concepts:
                continue
            attrs["concept"] = concepts[str(node)]
        entity = registry.ensure(kind, name, **attrs)
        if entity.iri != node:  # minted with a suffix by the build that made it: keep that IRI
            iris = getattr(registry, "_iris", None)
            if isinstance(iris, dict):
                iris.pop(entity.iri, None)
                iris[node] = entity.key
            entity.iri = node
        nodes[node] = entity.key
    for row in run_query(db, "SELECT ?node ?form WHERE { ?node skos:altLabel ?form }", _prefixes()):
        key = nodes.get(row["node"])
        if key is not None:
            registry.get(key).forms.add(str(row["form"]))
    for row in run_query(db, "SELECT ?child ?parent WHERE { ?child zg:subOrganizationOf ?parent } ORDER BY ?child ?parent",
                         _prefixes()):
        child, parent = nodes.get(row["child"]), nodes.get(row["parent"])
        if child and parent and registry.get(child).parent is None:
            registry.get(child).parent = parent
    # a zone's cluster of a taxonomy sector keeps its name for the clusters later documents write otherwise
    for row in run_query(db, """
        SELECT ?zone ?concept ?cluster WHERE {
          ?z a zg:Zone ; rdfs:label ?zone ; zg:hasCluster ?c . ?c rdfs:label ?cluster ; zg:clusterIndustry ?concept .
          FILTER(LANG(?zone) = "zh" && LANG(?cluster) = "zh")
        } ORDER BY ?zone ?concept ?cluster""", _prefixes()):
        if str(row["concept"]) in concepts:
            registry.remember_cluster(str(row["zone"]), str(row["concept"]), str(row["cluster"]))
    # the zone that drew up a policy, so that another zone's document of the same title stays another node
    for row in run_query(db, """
        SELECT ?policy ?zone WHERE {
          ?p a zg:Policy ; rdfs:label ?policy ; zg:issuedBy ?z . ?z a zg:Zone ; rdfs:label ?zone .
          FILTER(LANG(?policy) = "zh" && LANG(?zone) = "zh")
        } ORDER BY ?policy ?zone""", _prefixes()):
        registry.note_policy_writer(str(row["policy"]), str(row["zone"]))
    return registry


def _prefixes() -> dict:
    from zonegraph.namespaces import PREFIXES

    return PREFIXES


def store_summary(build_dir: Path, generation: Path) -> dict:
    """summary.json recomputed from the committed store, with the counts ``pipeline.summarize``
    gives for a build, found by SPARQL in Oxigraph rather than by walking every triple."""
    from zonegraph.pipeline import write_summary
    from zonegraph.store.generation import read_manifest
    from zonegraph.store.oxigraph import open_database

    manifest = read_manifest(generation).values()
    documents = [e.iri for e in manifest if e.kind == "document"]
    summary = count_graph(open_database(generation), documents, [e.iri for e in manifest if e.kind == "import"])
    write_summary(build_dir, summary)
    return summary


def count_graph(db: ox.Store, documents: list[str], imported: list[str] | None = None) -> dict:
    """The summary of a store whose document graphs are ``documents`` and whose imported graphs are
    ``imported`` (their IRIs): the entities and relations of both are counted."""
    from zonegraph.namespaces import RELATION_TYPES
    from zonegraph.triples.numbers import QB

    imported = imported or []
    values = " ".join(f"<{iri}>" for iri in documents + imported)
    types: dict[str, int] = {}
    if values:
        for row in run_query(db, f"""SELECT ?type (COUNT(DISTINCT ?n) AS ?c) WHERE {{
              VALUES ?g {{ {values} }} GRAPH ?g {{ ?n a ?type }} }} GROUP BY ?type""", _prefixes()):
            types[str(row["type"])] = int(row["c"])
    relations: dict[str, int] = {}
    if values:
        predicates = " ".join(f"zg:{r}" for r in RELATION_TYPES)
        for row in run_query(db, f"""SELECT ?p (COUNT(*) AS ?c) WHERE {{ SELECT DISTINCT ?p ?s ?o WHERE {{
              VALUES ?g {{ {values} }} VALUES ?p {{ {predicates} }} GRAPH ?g {{ ?s ?p ?o }} }} }} GROUP BY ?p""",
                             _prefixes()):
            relations[str(row["p"]).rsplit("#", 1)[1]] = int(row["c"])
    total = run_query(db, "SELECT (COUNT(*) AS ?c) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return {
        "documents": len(documents),
        "imported": len(imported),
        "entities": {t: types[str(ZG[t])] for t in ENTITY_TYPES if types.get(str(ZG[t]))},
        "relations": {r: relations[r] for r in RELATION_TYPES if relations.get(r)},
        "evidence": types.get(str(ZG.Evidence), 0),
        "observations": types.get(str(QB.Observation), 0),
        "projects": types.get(str(ZG.Project), 0),
        "triples": int(next(iter(total))[0]),
    }


# -- the same operations on a build made with --store memory (graph.trig alone) -----------------

def _memory_only(build_dir: Path) -> bool:
    from zonegraph.store.layout import GRAPH_FILE

    return layout.current_generation(build_dir) is None and (build_dir / GRAPH_FILE).exists()


def _load_memory(build_dir: Path) -> Dataset:
    from zonegraph.store.layout import GRAPH_FILE
    from zonegraph.queries.engine import load_graph

    return load_graph(build_dir / GRAPH_FILE)


def _ingest_memory(build_dir: Path, files: list[Path], report: IngestReport, progress: Progress | None) -> IngestReport:
    import pyoxigraph as ox

    from zonegraph.pipeline import GRAPH_FILE
    from zonegraph.triples import write_trig

    dataset = _load_memory(build_dir)
    known, by_key = {}, {}
    for node, name in dataset.subject_objects(ZG.fileName):
        hashes = list(dataset.objects(node, ZG.contentHash))
        entry = SimpleNamespace(source=str(name), key=str(hashes[0]) if hashes else "")
        known[str(name)] = entry
        by_key[entry.key] = str(name)
    documents = _read_new(files, known, by_key, report, progress)
    if not documents:
        return report
    for document in documents:
        dataset.remove_graph(dataset.graph(document_iri(document.file_name)))
    db = ox.Store()
    db.extend(ox.Quad(*(_ox(t) for t in (s, p, o)), ox.DefaultGraph()) for s, p, o, _ in dataset.quads((None, None, None, None)))
    built, report.warnings = _build_documents(documents, seed_registry(db), progress)
    for graph in built.graphs():
        target = dataset.graph(graph.identifier)
        target.remove((None, None, None))
        target.addN((s, p, o, target) for s, p, o in graph)
    write_trig(dataset, build_dir / GRAPH_FILE)
    report.summary = memory_summary(build_dir, dataset)
    return report


def _remove_memory(build_dir: Path, iri: str, name: str) -> bool:
    from rdflib import Literal

    from zonegraph.pipeline import GRAPH_FILE
    from zonegraph.triples import write_trig

    dataset = _load_memory(build_dir)
    graph = dataset.graph(URIRef(iri))
    if len(graph) == 0 or (URIRef(iri), ZG.fileName, Literal(name)) not in graph:
        return False
    dataset.remove_graph(graph)
    write_trig(dataset, build_dir / GRAPH_FILE)
    memory_summary(build_dir, dataset)
    return True


def memory_summary(build_dir: Path, dataset: Dataset) -> dict:
    """summary.json of a build made with --store memory, from its whole dataset: every graph that is
    neither a document's nor one the pipeline writes (ontology, taxonomies) came in by import."""
    from zonegraph.pipeline import summarize, write_summary

    owners = memory_graph_owners(dataset)
    names = sorted(entry.source for entry in owners.values() if entry.kind == "document")
    imported = [str(g.identifier) for g in dataset.graphs()
                if isinstance(g.identifier, URIRef) and str(g.identifier) not in owners and len(g)]
    summary = summarize([SimpleNamespace(file_name=n) for n in names], dataset, imported)
    write_summary(build_dir, summary)
    return summary


def memory_graph_owners(dataset: Dataset) -> dict[str, GraphEntry]:
    """What a manifest would say of a memory build's graphs, which keeps none: its documents' graphs (those
    that name their file) and the graphs the pipeline writes (ontology, taxonomies); imports are not told."""
    from zonegraph.triples.build import INDICATOR_GRAPH, ONTOLOGY_GRAPH, TAXONOMY_GRAPH

    owners = {str(node): GraphEntry(str(node), "", "document", "", str(name))
              for node, name in dataset.subject_objects(ZG.fileName)}
    owners.update({str(iri): GraphEntry(str(iri), "", "fixed") for iri in (ONTOLOGY_GRAPH, TAXONOMY_GRAPH, INDICATOR_GRAPH)})
    return owners


def _ox(term):
    from zonegraph.store.terms import to_ox

    return to_ox(term)
