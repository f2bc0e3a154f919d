"""Write entities and facts as RDF under the zonegraph ontology, each fact with its evidence.

A document's named graph holds what that document says: the Document record, the entities it
mentions (type, canonical label, the forms it uses), its relation triples and one zg:Evidence
(an rdf:Statement) per supporting sentence. The ontology and the industry taxonomy have graphs
of their own, so the union of all graphs is the whole knowledge graph.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from zonegraph.documents.model import Document
from zonegraph.entities.registry import Entity, Registry
from zonegraph.namespaces import ID, KIND_SEGMENT, MEDIA_TYPES, PREFIXES, RELATION_TYPES, ZG, publisher_iri
from zonegraph.numbers import NumbersResult
from zonegraph.numbers.indicators import indicator_graph
from zonegraph.reference import industry_taxonomy
from zonegraph.relations.facts import Fact
from zonegraph.resources import ontology_file
from zonegraph.triples.evidence import (
    add_evidence,
    document_iri,
    plain_literal,
    zh_literal,
)
from zonegraph.triples.numbers import add_observations, add_project, cube_structure
from zonegraph.triples.trig import (
    BlankNodeFound,
    TermWriter,
    rdflib_part,
    render_part,
    trig_head,
)

__all__ = ["Graphs", "NamedGraph", "add_document_graphs", "build_dataset", "build_graphs", "graph_ready", "trig_head",
           "trig_part", "trig_parts", "trig_text", "write_text_atomically", "write_trig"]

ONTOLOGY_GRAPH = URIRef("https://w3id.org/zonegraph/ontology")
TAXONOMY_GRAPH = ID["industry/scheme"]
INDICATOR_GRAPH = ID["indicator/scheme"]

# Terms used for every document, made once (a Namespace attribute costs microseconds each time).
_TYPE, _LABEL, _ALT_LABEL = RDF.type, RDFS.label, SKOS.altLabel
_DOCUMENT, _FILE_NAME, _DOCUMENT_KIND, _CONTENT_HASH = ZG.Document, ZG.fileName, ZG.documentKind, ZG.contentHash
_TITLE, _PUBLISHER, _DATE = DCTERMS.title, DCTERMS.publisher, DCTERMS.date
_PROVINCE, _CITY, _APPROVED_YEAR, _IN_NATIONAL_LIST = ZG.province, ZG.city, ZG.approvedYear, ZG.inNationalList
_GYEAR = XSD.gYear
_CLASSES = {kind: ZG[kind] for kind in KIND_SEGMENT}
_PREDICATES = {name: ZG[name] for name in RELATION_TYPES}


class NamedGraph:
    """A graph being built: its IRI and its triples, each once, in the order first added.

    It has the part of rdflib's ``Graph`` API the build uses (``identifier``, ``add``, iteration,
    ``len``) and none of the cost: rdflib's memory store spends about 25 µs indexing a triple,
    which the build, writing text, does not need.
    """

    __slots__ = ("identifier", "namespaces", "_triples", "_part")

    def __init__(self, identifier: URIRef, namespaces: tuple = ()) -> None:
        self.identifier = identifier
        self.namespaces = namespaces  # extra prefix bindings, for rdflib's serializer (blank nodes)
        self._triples: dict[tuple, None] = {}
        self._part: str | None = None

    def add(self, triple: tuple) -> None:
        self._triples[triple] = None
        self._part = None

    def __iter__(self) -> Iterator[tuple]:
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def __contains__(self, triple: tuple) -> bool:
        return triple in self._triples

    def part(self, writer: TermWriter | None = None) -> str:
        """This graph's TriG block (remembered until the graph changes)."""
        if self._part is None:
            self._part = part_of(self.identifier, list(self._triples), self.namespaces, writer)
        return self._part


class Graphs:
    """The named graphs of a build, by IRI: the part of rdflib's ``Dataset`` API that writing
    graph.trig, loading the store and counting the summary use. ``to_dataset`` gives the rdflib
    Dataset with the same quads, for callers that query it."""

    def __init__(self) -> None:
        self._graphs: dict[URIRef, NamedGraph] = {}

    def graph(self, identifier: URIRef) -> NamedGraph:
        graph = self._graphs.get(identifier)
        if graph is None:
            graph = self._graphs[identifier] = NamedGraph(identifier)
        return graph

    def put(self, graph: NamedGraph) -> None:
        self._graphs[graph.identifier] = graph

    def graphs(self) -> Iterator[NamedGraph]:
        return iter(list(self._graphs.values()))

    def __len__(self) -> int:
        return sum(len(graph) for graph in self._graphs.values())

    def to_dataset(self) -> Dataset:
        dataset = Dataset(default_union=True)
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace, override=True)
        for graph in self._graphs.values():
            for prefix, namespace in graph.namespaces:
                if prefix not in PREFIXES:
                    dataset.bind(prefix, namespace, override=False)
            target = dataset.graph(graph.identifier)
            target.addN((s, p, o, target) for s, p, o in graph)
        return dataset


@lru_cache(maxsize=1)
def fixed_graphs() -> tuple[NamedGraph, ...]:
    """The ontology, the industry taxonomy and the indicator scheme (with the cube structure):
    the same for every build, so read once per process. Not to be changed by callers."""
    ontology = Graph().parse(ontology_file(), format="turtle")
    graphs = [NamedGraph(ONTOLOGY_GRAPH, tuple(ontology.namespaces()))]
    for triple in ontology:
        graphs[0].add(triple)
    graphs.append(NamedGraph(TAXONOMY_GRAPH))
    for triple in industry_taxonomy():
        graphs[1].add(triple)
    graphs.append(NamedGraph(INDICATOR_GRAPH))
    for triple in indicator_graph() + cube_structure():
        graphs[2].add(triple)
    return tuple(graphs)


def build_graphs(documents: list[Document], registry: Registry, facts: list[Fact],
                 numbers: dict[str, NumbersResult] | None = None) -> Graphs:
    """The graphs of a build: the ontology, the taxonomies and a graph per document."""
    graphs = Graphs()
    for graph in fixed_graphs():
        graphs.put(graph)
    add_document_graphs(graphs, documents, registry, facts, numbers)
    return graphs


def add_document_graphs(graphs: Graphs, documents: list[Document], registry: Registry, facts: list[Fact],
                        numbers: dict[str, NumbersResult] | None = None) -> list[NamedGraph]:
    """Add to ``graphs`` the graph of each of ``documents`` (``facts`` and ``numbers`` hold at
    least theirs); returns those graphs.

    A document's graph depends on the registry only through entities its own extraction made or
    touched (their IRIs, labels, its forms, zone records), so it can be built as soon as the
    document is extracted, before later documents are, provided ``graph_ready`` says so.
    """
    numbers = numbers or {}
    by_document: dict[str, list[Fact]] = {d.file_name: [] for d in documents}
    for fact in facts:
        if fact.document in by_document:
            by_document[fact.document].append(fact)
    # the entities each document names, in (kind, name) order
    # (what a document's graph adds to entity.documents below concerns that document alone)
    names = set(by_document)
    named: dict[str, list[Entity]] = {name: [] for name in by_document}
    for entity in registry.entities.values():
        if not entity.documents.isdisjoint(names):
            for name in entity.documents & names:
                named[name].append(entity)
    built = []
    for document in documents:
        graph = graphs.graph(document_iri(document.file_name))
        _add_document(graph, document)
        related = {key for fact in by_document[document.file_name] for key in (fact.subject, fact.object)}
        for entity in sorted(named[document.file_name], key=_entity_order):
            # an industry is a node of the graph only as some zone's or cluster's sector
            if entity.kind != "Industry" or entity.key in related:
                _add_entity(graph, entity, document.file_name)
        _add_facts(graph, registry, document, by_document[document.file_name])
        found = numbers.get(document.file_name)
        if found is not None:
            _add_numbers(graph, registry, document, found)
        built.append(graph)
    return built


def _entity_order(entity: Entity) -> tuple[str, str]:
    return (entity.kind, entity.name)


def graph_ready(registry: Registry, facts: list[Fact], found: NumbersResult | None) -> bool:
    """Whether every entity the graph of a document refers to (``facts`` and ``found`` are that
    document's) is in the registry already. A project's investor may be an enterprise that only
    a later document makes (the table names it, resolution files it as an institute): such a
    document's graph must wait until every document has been extracted."""
    entities = registry.entities
    for fact in facts:
        if fact.subject not in entities or fact.object not in entities:
            return False
    if found is not None:
        if any(("Zone", observation.zone) not in entities for observation in found.observations):
            return False
        for project in found.projects:
            if ("Zone", project.zone) not in entities:
                return False
            if any(("Enterprise", name) not in entities for name in project.investors):
                return False
    return True


def build_dataset(documents: list[Document], registry: Registry, facts: list[Fact],
                  numbers: dict[str, NumbersResult] | None = None) -> Dataset:
    """The dataset of a build as an rdflib Dataset (``build_graphs`` without rdflib is faster)."""
    return build_graphs(documents, registry, facts, numbers).to_dataset()


def _add_numbers(graph: Graph, registry: Registry, document: Document, found: NumbersResult) -> None:
    for observation in found.observations:
        zone = registry.get(("Zone", observation.zone))
        if document.file_name not in zone.documents:
            zone.documents.add(document.file_name)
            _add_entity(graph, zone, document.file_name)
    add_observations(graph, registry, found.observations)
    numbered: dict = {}
    for project in found.projects:
        for name in project.investors:
            _add_entity(graph, registry.get(("Enterprise", name)), document.file_name)
        add_project(graph, registry, project, numbered)


def _add_document(graph: NamedGraph, document: Document) -> None:
    node = document_iri(document.file_name)
    graph.add((node, _TYPE, _DOCUMENT))
    graph.add((node, _FILE_NAME, Literal(document.file_name)))
    graph.add((node, _TITLE, Literal(document.title, lang="zh")))
    if document.publisher:  # an agent, labelled, as DCMI's range for dcterms:publisher has it
        publisher = publisher_iri(document.publisher)
        graph.add((node, _PUBLISHER, publisher))
        graph.add((publisher, _TYPE, DCTERMS.Agent))
        graph.add((publisher, _LABEL, Literal(document.publisher, lang="zh")))
    if document.date:
        graph.add((node, _DATE, Literal(document.date)))
    if document.kind:
        graph.add((node, _DOCUMENT_KIND, Literal(document.kind)))
    graph.add((node, _CONTENT_HASH, Literal(document.content_hash)))
    if document.encoding in _MEDIA_TYPES:  # (a PDF's or Word file's offsets index its text layer, not its bytes)
        graph.add((node, DCTERMS.format, MEDIA_TYPES[_MEDIA_TYPES[document.encoding]]))


_MEDIA_TYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "doc": "application/msword", "mhtml": "multipart/related", "ofd": "application/ofd",
                "email": "message/rfc822"}


def _add_entity(graph: NamedGraph, entity: Entity, document: str) -> None:
    node = entity.iri
    graph.add((node, _TYPE, _CLASSES.get(entity.kind) or ZG[entity.kind]))
    graph.add((node, _LABEL, zh_literal(entity.name)))
    for form in sorted(entity.forms_by_document.get(document, ())):
        if form != entity.name:
            graph.add((node, _ALT_LABEL, zh_literal(form)))
    if entity.zone is not None:
        if entity.zone.province:
            graph.add((node, _PROVINCE, plain_literal(entity.zone.province)))
        if entity.zone.city:
            graph.add((node, _CITY, plain_literal(entity.zone.city)))
        if entity.zone.approved_year:
            graph.add((node, _APPROVED_YEAR, _year_literal(entity.zone.approved_year)))
    if entity.broader is not None:  # a sector the taxonomy lacks, under the concept it narrows
        graph.add((node, SKOS.broader, entity.broader.iri))
    if entity.kind == "Zone":
        graph.add((node, _IN_NATIONAL_LIST, _TRUE if entity.zone and entity.zone.in_national_list else _FALSE))


@lru_cache(maxsize=4096)
def _year_literal(year) -> Literal:
    return Literal(year, datatype=_GYEAR)


_TRUE, _FALSE = Literal(True), Literal(False)


def _add_facts(graph: NamedGraph, registry: Registry, document: Document, facts: list[Fact]) -> None:
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
        triple = (subject.iri, _PREDICATES.get(predicate) or ZG[predicate], obj.iri)
        graph.add(triple)
        add_evidence(graph, triple, document.file_name, fact.sentence.raw_start, fact.sentence.raw_end,
                     fact.sentence.text, fact.rule, fact.confidence)


def _order(key: tuple) -> tuple:
    subject, predicate, obj, sentence = key
    return (subject, predicate, obj, sentence)


def trig_part(graph: NamedGraph | Graph) -> str:
    """One named graph as the block ``write_trig`` writes for it ("" for an empty graph).

    A part depends on that graph alone, so a store can keep the parts of unchanged graphs and
    rewrite graph.trig after an ingest without serialising the whole graph again. ``graph`` is a
    ``NamedGraph`` of a build or any rdflib ``Graph``; the same triples give the same text.
    """
    return _part(graph, None)


def _part(graph, writer: TermWriter | None) -> str:
    if isinstance(graph, NamedGraph):
        return graph.part(writer)
    return part_of(graph.identifier, list(graph), tuple(graph.namespaces()), writer)


def part_of(identifier: URIRef, triples: list[tuple], namespaces: tuple = (), writer: TermWriter | None = None) -> str:
    """The TriG block of the graph ``identifier`` holding ``triples``."""
    if not triples:
        return ""
    try:
        return render_part(identifier, triples, writer)
    except BlankNodeFound:
        return rdflib_part(identifier, triples, namespaces)


def trig_parts(dataset: Graphs | Dataset) -> list[tuple[NamedGraph | Graph, str]]:
    """(graph, part) for every graph of ``dataset`` (a ``Graphs`` or an rdflib ``Dataset``), in
    IRI order, written with one term cache; an empty graph's part is ""."""
    writer = TermWriter()
    return [(graph, _part(graph, writer)) for graph in sorted(dataset.graphs(), key=lambda g: str(g.identifier))]


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


def write_trig(dataset: Dataset | Graphs, path: Path) -> None:
    """Write the dataset as TriG, byte-identical for identical input, and atomically: a reader
    sees the old file or the new one, never half of one.

    rdflib's TriG writer orders graphs by hash, which changes between runs; each named graph is
    therefore written on its own, in IRI order, with the prefixes declared once.
    """
    write_text_atomically(path, trig_text(trig_parts(dataset)))


def trig_text(parts: list[tuple]) -> str:
    """graph.trig of the (graph, part) pairs of ``trig_parts``: the prefix block, then the parts."""
    return trig_head() + "".join(part for _, part in parts)
