"""The build: documents in, mentions, entities and relations through, a TriG graph out."""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset

from zonegraph.documents import Document, read_corpus
from zonegraph.entities import Registry
from zonegraph.errors import ZonegraphError
from zonegraph.numbers import NumbersResult, extract_numbers
from zonegraph.numbers.extract import ZoneAt
from zonegraph.relations import Fact, extract_document
from zonegraph.triples import build_dataset, write_trig

GRAPH_FILE = "graph.trig"
SUMMARY_FILE = "summary.json"
WARNINGS_FILE = "warnings.txt"
STORES = ("oxigraph", "memory")  # the persistent embedded store (build/store/), or graph.trig alone
DEFAULT_STORE = "oxigraph"


@dataclass
class BuildResult:
    documents: list[Document]
    errors: list[ZonegraphError]
    registry: Registry
    facts: list[Fact]
    dataset: Dataset
    seconds: float = 0.0
    summary: dict = field(default_factory=dict)
    numbers: dict = field(default_factory=dict)  # file name -> NumbersResult
    warnings: list[str] = field(default_factory=list)  # values that could not be read


def build(corpus: Path, build_dir: Path, store: str = DEFAULT_STORE) -> BuildResult:
    """Build the graph of every readable document in ``corpus`` into ``build_dir``.

    Unreadable documents are reported in ``errors`` and left out; the rest are built. With
    ``store="oxigraph"`` the graph also goes into the persistent store under build_dir/store/
    (committed atomically, so an interrupted build leaves the previous graph); with "memory"
    graph.trig alone is written and any store is removed. graph.trig is the same either way.
    """
    if store not in STORES:
        raise ZonegraphError(f"unknown store {store!r} (known: {', '.join(STORES)})")
    started = time.perf_counter()
    documents, errors = read_corpus(corpus)
    if not documents:
        raise ZonegraphError("no readable document in the corpus folder", corpus)
    registry = Registry()
    facts, numbers = extract(documents, registry)
    dataset = build_dataset(documents, registry, facts, numbers)
    warnings = [w for found in numbers.values() for w in found.warnings]
    build_dir.mkdir(parents=True, exist_ok=True)
    (build_dir / WARNINGS_FILE).write_text("".join(w + "\n" for w in warnings), encoding="utf-8")
    if store == "memory":
        from zonegraph.store.layout import retire

        retire(build_dir)
        write_trig(dataset, build_dir / GRAPH_FILE)
    else:
        from zonegraph.store.documents import write_build

        write_build(build_dir, dataset, documents)
    summary = summarize(documents, dataset)
    write_summary(build_dir, summary)
    result = BuildResult(documents, errors, registry, facts, dataset, summary=summary, numbers=numbers, warnings=warnings)
    result.seconds = time.perf_counter() - started
    return result


def extract(documents: list[Document], registry: Registry) -> tuple[list[Fact], dict[str, NumbersResult]]:
    """The facts and figures of ``documents``, resolving entities in ``registry`` (in order)."""
    facts: list[Fact] = []
    numbers: dict[str, NumbersResult] = {}
    for document in documents:
        sentence_zones: list[tuple[int, str | None]] = []
        facts.extend(extract_document(document, registry, sentence_zones))
        numbers[document.file_name] = extract_numbers(document, registry, ZoneAt(sentence_zones, None))
    return facts, numbers


def write_summary(build_dir: Path, summary: dict) -> None:
    from zonegraph.triples.build import write_text_atomically

    write_text_atomically(build_dir / SUMMARY_FILE, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


def summarize(documents: list[Document], dataset: Dataset) -> dict:
    """Counts of what the documents' graphs hold (the ontology and taxonomy graphs aside)."""
    from rdflib.namespace import RDF

    from zonegraph.namespaces import ENTITY_TYPES, RELATION_TYPES, ZG, document_iri
    from zonegraph.triples.numbers import QB

    entity_types = {ZG[t]: t for t in ENTITY_TYPES}
    relation_types = {ZG[t]: t for t in RELATION_TYPES}
    entities: dict[str, set] = {t: set() for t in ENTITY_TYPES}
    relations: dict[str, set] = {t: set() for t in RELATION_TYPES}
    evidence, observations, projects = set(), set(), set()
    for document in documents:
        graph = dataset.graph(document_iri(document.file_name))
        for node, kind in graph.subject_objects(RDF.type):
            if kind in entity_types:
                entities[entity_types[kind]].add(node)
            elif kind == ZG.Evidence:
                evidence.add(node)
            elif kind == ZG.Project:
                projects.add(node)
            elif kind == QB.Observation:
                observations.add(node)
        for s, p, o in graph:
            if p in relation_types:
                relations[relation_types[p]].add((s, o))
    return {
        "documents": len(documents),
        "entities": {t: len(nodes) for t, nodes in entities.items() if nodes},
        "relations": {t: len(pairs) for t, pairs in relations.items() if pairs},
        "evidence": len(evidence),
        "observations": len(observations),
        "projects": len(projects),
        "triples": sum(len(graph) for graph in dataset.graphs()),
    }
