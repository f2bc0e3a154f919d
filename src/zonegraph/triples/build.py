"""Write entities and facts as RDF under the zonegraph ontology, each fact with its evidence.

A document's named graph holds what that document says: the Document record, the entities it
mentions (type, canonical label, the forms it uses), its relation triples and one zg:Evidence
(an rdf:Statement) per supporting sentence. The ontology and the industry taxonomy have graphs
of their own, so the union of all graphs is the whole knowledge graph.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from zonegraph.documents.model import Document
from zonegraph.entities.registry import Entity, Registry
from zonegraph.namespaces import ID, PREFIXES, ZG, document_iri
from zonegraph.reference import industry_taxonomy
from zonegraph.relations.extract import Fact
from zonegraph.numbers import NumbersResult
from zonegraph.numbers.indicators import indicator_graph
from zonegraph.triples.evidence import add_evidence
from zonegraph.triples.numbers import add_observation, add_project, cube_structure
from zonegraph.resources import ontology_file

ONTOLOGY_GRAPH = URIRef("https://w3id.org/zonegraph/ontology")
TAXONOMY_GRAPH = ID["industry/scheme"]
INDICATOR_GRAPH = ID["indicator/scheme"]


def build_dataset(documents: list[Document], registry: Registry, facts: list[Fact],
                  numbers: dict[str, NumbersResult] | None = None) -> Dataset:
    """The dataset of a build: the ontology, the taxonomies and a graph per document."""
    dataset = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True)
    ontology = dataset.graph(ONTOLOGY_GRAPH)
    ontology.parse(ontology_file(), format="turtle")
    taxonomy = dataset.graph(TAXONOMY_GRAPH)
    for triple in industry_taxonomy():
        taxonomy.add(triple)
    indicators = dataset.graph(INDICATOR_GRAPH)
    for triple in indicator_graph() + cube_structure():
        indicators.add(triple)
    numbers = numbers or {}
    by_document: dict[str, list[Fact]] = {}
    for fact in facts:
        by_document.setdefault(fact.document, []).append(fact)
    for document in documents:
        graph = dataset.graph(document_iri(document.file_name))
        _add_document(graph, document)
        related = {key for fact in by_document.get(document.file_name, []) for key in (fact.subject, fact.object)}
        for entity in sorted(registry.entities.values(), key=lambda e: (e.kind, e.name)):
            # an industry is a node of the graph only as some zone's or cluster's sector
            if document.file_name in entity.documents and (entity.kind != "Industry" or entity.key in related):
                _add_entity(graph, entity, document.file_name)
        _add_facts(graph, registry, document, by_document.get(document.file_name, []))
        found = numbers.get(document.file_name)
        if found is not None:
            _add_numbers(graph, registry, document, found)
    return dataset


def _add_numbers(graph: Graph, registry: Registry, document: Document, found: NumbersResult) -> None:
    for observation in found.observations:
        zone = registry.get(("Zone", observation.zone))
        if document.file_name not in zone.documents:
            zone.documents.add(document.file_name)
            _add_entity(graph, zone, document.file_name)
        add_observation(graph, registry, observation)
    numbered: dict = {}
    for project in found.projects:
        for name in project.investors:
            _add_entity(graph, registry.get(("Enterprise", name)), document.file_name)
        add_project(graph, registry, project, numbered)


def _add_document(graph: Graph, document: Document) -> None:
    node = document_iri(document.file_name)
    graph.add((node, RDF.type, ZG.Document))
    graph.add((node, ZG.fileName, Literal(document.file_name)))
    graph.add((node, DCTERMS.title, Literal(document.title, lang="zh")))
    if document.publisher:
        graph.add((node, DCTERMS.publisher, Literal(document.publisher, lang="zh")))
    if document.date:
        graph.add((node, DCTERMS.date, Literal(document.date)))
    if document.kind:
        graph.add((node, ZG.documentKind, Literal(document.kind)))
    graph.add((node, ZG.contentHash, Literal(document.content_hash)))


def _add_entity(graph: Graph, entity: Entity, document: str) -> None:
    node = entity.iri
    graph.add((node, RDF.type, ZG[entity.kind]))
    graph.add((node, RDFS.label, Literal(entity.name, lang="zh")))
    for form in sorted(entity.forms_by_document.get(document, ())):
        if form != entity.name:
            graph.add((node, SKOS.altLabel, Literal(form, lang="zh")))
    if entity.zone is not None:
        if entity.zone.province:
            graph.add((node, ZG.province, Literal(entity.zone.province)))
        if entity.zone.city:
            graph.add((node, ZG.city, Literal(entity.zone.city)))
        if entity.zone.approved_year:
            graph.add((node, ZG.approvedYear, Literal(entity.zone.approved_year, datatype=XSD.gYear)))
    if entity.kind == "Zone":
        graph.add((node, ZG.inNationalList, Literal(bool(entity.zone and entity.zone.in_national_list))))


def _add_facts(graph: Graph, registry: Registry, document: Document, facts: list[Fact]) -> None:
    best: dict[tuple, Fact] = {}
    for fact in facts:  # one evidence per (triple, sentence): the most confident rule speaks
        key = (fact.subject, fact.predicate, fact.object, fact.sentence.index)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    for (subject_key, predicate, object_key, _), fact in sorted(best.items(), key=lambda kv: _order(kv[0])):
        subject, obj = registry.get(subject_key), registry.get(object_key)
        for entity in (subject, obj):
            if document.file_name not in entity.documents:
                entity.documents.add(document.file_name)
                _add_entity(graph, entity, document.file_name)
        triple = (subject.iri, ZG[predicate], obj.iri)
        graph.add(triple)
        add_evidence(graph, triple, document.file_name, fact.sentence.raw_start, fact.sentence.raw_end,
                     fact.sentence.text, fact.rule, fact.confidence)


def _order(key: tuple) -> tuple:
    subject, predicate, obj, sentence = key
    return (subject, predicate, obj, sentence)


def trig_head() -> str:
    """The prefix block that begins every graph.trig: the project's prefixes, in name order."""
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in sorted(PREFIXES.items()))


def trig_part(graph: Graph) -> str:
    """One named graph as the block ``write_trig`` writes for it ("" for an empty graph).

    A part depends on that graph alone, so a store can keep the parts of unchanged graphs and
    rewrite graph.trig after an ingest without serialising the whole graph again.
    """
    if len(graph) == 0:
        return ""
    head = trig_head()
    single = Graph()
    for prefix, namespace in PREFIXES.items():
        single.bind(prefix, namespace, override=True)
    for prefix, namespace in graph.namespaces():
        if prefix not in PREFIXES:
            single.bind(prefix, namespace)
    for triple in graph:
        single.add(triple)
    body = single.serialize(format="turtle")
    prefix_lines = [l for l in body.splitlines() if l.startswith("@prefix") and l not in head]
    triples = "\n".join("    " + l if l else "" for l in body.splitlines() if not l.startswith("@prefix")).strip("\n")
    return "".join(l + "\n" for l in prefix_lines) + f"\n{URIRef(graph.identifier).n3()} {{\n{triples}\n}}\n"


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader sees the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".graph-", suffix=".trig")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as an ordinary new file, not mkstemp's 0600
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def write_trig(dataset: Dataset, path: Path) -> None:
    """Write the dataset as TriG, byte-identical for identical input, and atomically: a reader
    sees the old file or the new one, never half of one.

    rdflib's TriG writer orders graphs by hash, which changes between runs; each named graph is
    therefore written on its own, in IRI order, with the prefixes declared once.
    """
    graphs = sorted(dataset.graphs(), key=lambda g: str(g.identifier))
    write_text_atomically(path, trig_head() + "".join(trig_part(graph) for graph in graphs))
