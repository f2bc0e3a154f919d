"""Import existing RDF into the store: Turtle, TriG, N-Triples or N-Quads.

A file's named graphs keep their names; its triples outside any named graph go to one graph
named after the file (``id:import/<slug of the file name>``, or ``--graph IRI``). Each graph an
import writes replaces the graph of that name, so importing the same file twice changes nothing,
and the file's sha256 is recorded as the graphs' key. Imported graphs join the union like any
other, so named queries see them when they use the ontology's terms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ID, slug
from zonegraph.store import layout
from zonegraph.store.generation import Writer, file_hash
from zonegraph.store.terms import DEFAULT_GRAPH

FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE, ".turtle": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES, ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS, ".nquads": ox.RdfFormat.N_QUADS,
}
FORMAT_NAMES = {"turtle": ".ttl", "trig": ".trig", "nt": ".nt", "ntriples": ".nt", "nquads": ".nq", "nq": ".nq"}
_WITH_GRAPHS = (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)


@dataclass
class ImportReport:
    graphs: list[str] = field(default_factory=list)
    triples: int = 0
    unchanged: bool = False
    summary: dict = field(default_factory=dict)


def rdf_format(path: Path, name: str | None = None) -> ox.RdfFormat:
    suffix = FORMAT_NAMES.get(name.lower(), "") if name else path.suffix.lower()
    if suffix not in FORMATS:
        raise ZonegraphError("unknown RDF format: give a .ttl, .trig, .nt or .nq file, or --format", path)
    return FORMATS[suffix]


def import_graph_iri(path: Path) -> str:
    """The graph that receives a file's triples that are in no named graph."""
    return str(ID[f"import/{slug(path.stem)}"])


def import_file(build_dir: Path, path: Path, graph: str | None = None, format_name: str | None = None) -> ImportReport:
    """Load ``path`` into the build folder's store (or its graph.trig for a memory build)."""
    fmt = rdf_format(path, format_name)
    target = graph or import_graph_iri(path)
    key = file_hash(path)
    report = ImportReport()
    with layout.writer_lock(build_dir):
        layout.repair(build_dir)
        from zonegraph.store.documents import _memory_only, store_summary

        if _memory_only(build_dir):
            return _import_memory(build_dir, path, fmt, target, report)
        with Writer(build_dir) as writer:
            previous = [e for e in writer.entries("import") if e.source == path.name]
            if previous and all(e.key == key for e in previous):
                report.unchanged, report.graphs = True, sorted(e.iri for e in previous)
                return report
            names = _graph_names(path, fmt, target)
            for iri in sorted(names | {e.iri for e in previous}):
                writer.drop(iri)
            counter = [0]
            # one call: slicing it bounds the loader's memory (about 2 GB a million quads) but
            # costs far more time, each later slice merging into what the earlier ones wrote
            writer.db.bulk_extend(_with_union(_quads(path, fmt, target), counter))
            writer.put_database_graphs(sorted(names), "import", key, path.name)
            report.graphs, report.triples = sorted(names), counter[0]
            generation = writer.commit()
        report.summary = store_summary(build_dir, generation)
    return report


def _quads(path: Path, fmt: ox.RdfFormat, target: str) -> Iterator[ox.Quad]:
    graph = ox.NamedNode(target)
    try:
        for quad in ox.parse(path=str(path), format=fmt):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                quad = ox.Quad(quad.subject, quad.predicate, quad.object, graph)
            yield quad
    except SyntaxError as error:
        raise ZonegraphError(f"cannot parse the file: {' '.join(str(error).split())}", path) from None
    except OSError as error:
        raise ZonegraphError(f"cannot read the file: {error}", path) from None


def _with_union(quads: Iterator[ox.Quad], counter: list[int]) -> Iterator[ox.Quad]:
    for quad in quads:
        counter[0] += 1
        yield quad
        yield ox.Quad(quad.subject, quad.predicate, quad.object, DEFAULT_GRAPH)


def _graph_names(path: Path, fmt: ox.RdfFormat, target: str) -> set[str]:
    """The graphs a file writes (a first, cheap pass: its old versions must go first)."""
    if fmt not in _WITH_GRAPHS:
        return {target}
    names = set()
    for quad in _quads(path, fmt, target):
        names.add(quad.graph_name.value)
    return names


def _import_memory(build_dir: Path, path: Path, fmt: ox.RdfFormat, target: str, report: ImportReport) -> ImportReport:
    from rdflib import Dataset, URIRef

    from types import SimpleNamespace

    from zonegraph.namespaces import ZG
    from zonegraph.pipeline import GRAPH_FILE, summarize, write_summary
    from zonegraph.queries.engine import load_graph
    from zonegraph.triples import write_trig

    dataset = load_graph(build_dir / GRAPH_FILE)
    incoming = Dataset()
    rdflib_format = {ox.RdfFormat.TURTLE: "turtle", ox.RdfFormat.TRIG: "trig",
                     ox.RdfFormat.N_TRIPLES: "nt", ox.RdfFormat.N_QUADS: "nquads"}[fmt]
    try:
        if fmt in _WITH_GRAPHS:
            incoming.parse(path, format=rdflib_format, publicID=target)
        else:
            incoming.graph(URIRef(target)).parse(path, format=rdflib_format)
    except Exception as error:  # rdflib's parsers raise many types
        raise ZonegraphError(f"cannot parse the file: {error}", path) from None
    for graph in incoming.graphs():
        if len(graph) == 0:
            continue
        identifier = URIRef(target) if str(graph.identifier) == "urn:x-rdflib:default" else graph.identifier
        existing = dataset.graph(identifier)
        existing.remove((None, None, None))
        for triple in graph:
            existing.add(triple)
            report.triples += 1
        report.graphs.append(str(identifier))
    write_trig(dataset, build_dir / GRAPH_FILE)
    documents = sorted({str(n) for n in dataset.objects(None, ZG.fileName)})
    report.summary = summarize([SimpleNamespace(file_name=n) for n in documents], dataset)
    write_summary(build_dir, report.summary)
    return report
