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
from zonegraph.relations import Fact, extract_document
from zonegraph.triples import build_dataset, write_trig

GRAPH_FILE = "graph.trig"
SUMMARY_FILE = "summary.json"


@dataclass
class BuildResult:
    documents: list[Document]
    errors: list[ZonegraphError]
    registry: Registry
    facts: list[Fact]
    dataset: Dataset
    seconds: float = 0.0
    summary: dict = field(default_factory=dict)


def build(corpus: Path, build_dir: Path) -> BuildResult:
    """Build the graph of every readable document in ``corpus`` into ``build_dir``.

    Unreadable documents are reported in ``errors`` and left out; the rest are built.
    """
    started = time.perf_counter()
    documents, errors = read_corpus(corpus)
    if not documents:
        raise ZonegraphError("no readable document in the corpus folder", corpus)
    registry = Registry()
    facts: list[Fact] = []
    for document in documents:
        facts.extend(extract_document(document, registry))
    dataset = build_dataset(documents, registry, facts)
    write_trig(dataset, build_dir / GRAPH_FILE)
    summary = summarize(documents, dataset)
    (build_dir / SUMMARY_FILE).write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    result = BuildResult(documents, errors, registry, facts, dataset, summary=summary)
    result.seconds = time.perf_counter() - started
    return result


def summarize(documents: list[Document], dataset: Dataset) -> dict:
    """Counts of what the graph holds, read back from the graph itself."""
    from zonegraph.queries.engine import select_rows

    entities = Counter()
    for row in select_rows(dataset, """
        SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE {
          ?e a ?type . ?e rdfs:label ?l .
          FILTER(?type IN (zg:Zone, zg:ResearchInstitute, zg:Enterprise, zg:Industry,
                           zg:IndustrialCluster, zg:Policy, zg:Organization))
        } GROUP BY ?type"""):
        entities[str(row["type"]).rsplit("#", 1)[1]] = int(row["n"])
    relations = Counter()
    for row in select_rows(dataset, """
        SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o .
          FILTER(?p IN (zg:partnersWith, zg:hostsEnterprise, zg:hasIndustry, zg:hasCluster,
                        zg:clusterIndustry, zg:implementsPolicy, zg:issuedBy, zg:subOrganizationOf)) } }
        GROUP BY ?p"""):
        relations[str(row["p"]).rsplit("#", 1)[1]] = int(row["n"])
    evidence = next(iter(select_rows(dataset, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a zg:Evidence }")))["n"]
    triples = sum(len(graph) for graph in dataset.graphs())
    return {
        "documents": len(documents),
        "entities": dict(sorted(entities.items())),
        "relations": dict(sorted(relations.items())),
        "evidence": int(evidence),
        "triples": triples,
    }
