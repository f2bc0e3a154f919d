"""The TriG writer: each graph's block written as text, read back by rdflib as the same graph."""

from __future__ import annotations

import random
import re

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS

from zonegraph.namespaces import ID, ZG
from zonegraph.pipeline import summarize
from zonegraph.triples.build import (
    Graphs,
    NamedGraph,
    trig_head,
    trig_part,
    trig_parts,
    trig_text,
)
from zonegraph.triples.numbers import QB


def _xsd(name: str) -> URIRef:
    """An XML Schema datatype by its IRI: rdflib's XSD namespace object, kept in a test module, warns when pytest
    (9.2) looks it over for fixtures (_mock_name is not defined in namespace XSD)."""
    return URIRef("http://www.w3.org/2001/XMLSchema#" + name)


DECIMAL = _xsd("decimal")
GRAPH = ID["doc/test"]
PART = re.compile(r"\A(?:@prefix [a-z]+: <[^>]+> \.\n)*\n<[^>]+> \{\n[\s\S]*\n\}\n\Z")


def _parse(text: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(data=text, format="trig")
    return dataset


def _read_back(graph) -> set:
    """The triples of ``graph``'s part, parsed by rdflib after the prefix block."""
    part = trig_part(graph)
    assert PART.match(part), part
    return set(_parse(trig_head() + part).graph(graph.identifier))


def _graph(triples) -> NamedGraph:
    graph = NamedGraph(GRAPH)
    for triple in triples:
        graph.add(triple)
    return graph


AWKWARD = [
    Literal('引号"与\\反斜杠'),
    Literal("第一行\n第二行\r\t制表"),
    Literal("控制\x01字符\x7f"),
    Literal("浙江大学", lang="zh"),
    Literal("Zone indicators", lang="en"),
    Literal("22.0", datatype=DECIMAL),
    Literal("11059000000.00", datatype=DECIMAL),
    Literal("-0.50", datatype=DECIMAL),
    Literal(972),
    Literal(-3),
    Literal(True),
    Literal(False),
    Literal("1992", datatype=_xsd("gYear")),
    Literal("2021-07", datatype=_xsd("gYearMonth")),
    Literal("2021-07-31", datatype=_xsd("date")),
    Literal("1.5e3", datatype=_xsd("double")),
    Literal("x", datatype=URIRef("https://example.org/dt#odd")),
    Literal("not a number", datatype=_xsd("integer")),
    Literal(""),
]


def test_every_literal_form_reads_back_as_the_same_rdflib_term():
    node = ID["zone/suzhou"]
    triples = {(node, ZG[f"p{i}"], literal) for i, literal in enumerate(AWKWARD)}
    back = _read_back(_graph(triples))
    assert back == triples
    # the lexical forms themselves, not just equal values
    assert {str(o) for _, _, o in back} == {str(o) for _, _, o in triples}


def test_a_whole_decimal_is_written_as_rdflibs_serializer_always_wrote_it():
    """Literal(Decimal("449"), datatype=xsd:decimal) has been written 449.0, and graph.trig and
    the store hold that form; the writer keeps it so that the graph read back is unchanged."""
    part = trig_part(_graph([(ID["observation/x"], ZG.value, Literal("449", datatype=DECIMAL))]))
    assert "zg:value 449.0 ." in part
    assert _read_back(_graph([(ID["observation/x"], ZG.value, Literal("449", datatype=DECIMAL))])) == {
        (ID["observation/x"], ZG.value, Literal("449.0", datatype=DECIMAL))}


def test_iris_prefixed_where_turtle_allows_and_written_whole_otherwise():
    triples = {
        (ID["zone/suzhou"], RDF.type, ZG.Zone),
        (ID["zone/suzhou"], ZG.hasIndustry, URIRef("https://w3id.org/zonegraph/id/industry/electronic-information")),
        (ID["zone/suzhou"], RDFS.seeAlso, URIRef("https://example.org/a b|c")),
        (ID["zone/suzhou"], RDFS.seeAlso, URIRef("https://w3id.org/zonegraph/id/industry/trailing.")),
        (ID["observation/x"], RDF.type, QB.Observation),
        (ZG.Zone, RDFS.subClassOf, RDF.type),  # rdf:type as an object is not "a"
    }
    part = trig_part(_graph(triples))
    assert part.startswith("@prefix qb: <http://purl.org/linked-data/cube#> .\n\n<https://w3id.org/zonegraph/id/doc/test> {\n")
    assert "<https://w3id.org/zonegraph/id/zone/suzhou> a zg:Zone ;" in part
    assert "ind:electronic-information" in part and "rdfs:subClassOf rdf:type" in part
    assert _read_back(_graph(triples)) == triples


def test_a_part_depends_on_the_set_of_triples_alone():
    node = ID["zone/suzhou"]
    triples = [(node, ZG[f"p{i % 3}"], literal) for i, literal in enumerate(AWKWARD)] + [(node, RDF.type, ZG.Zone)]
    parts = set()
    for seed in range(5):
        shuffled = triples * 2  # duplicates too
        random.Random(seed).shuffle(shuffled)
        parts.add(trig_part(_graph(shuffled)))
        rdflib_graph = Graph(identifier=GRAPH)
        for triple in shuffled:
            rdflib_graph.add(triple)
        parts.add(trig_part(rdflib_graph))
    assert len(parts) == 1


def test_graphs_with_blank_nodes_go_through_rdflibs_serializer():
    node, members = ZG.Things, BNode()
    triples = [(node, ZG.members, members), (members, RDF.first, ZG.Zone), (members, RDF.rest, RDF.nil)]
    part = trig_part(_graph(triples))
    assert PART.match(part) and "_:" not in part
    back = _parse(trig_head() + part).graph(GRAPH)
    expected = Graph()
    for triple in triples:
        expected.add(triple)
    assert isomorphic(back, expected)


def test_an_empty_graph_has_no_part():
    assert trig_part(NamedGraph(GRAPH)) == ""


def test_the_built_graph_reads_back_whole(corpus_build):
    """graph.trig of the shipped corpus, parsed by rdflib, holds exactly the triples built."""
    result, build_dir = corpus_build
    text = (build_dir / "graph.trig").read_text(encoding="utf-8")
    assert text == trig_text(trig_parts(result.graphs))
    parsed = _parse(text)
    for graph in result.graphs.graphs():
        back = parsed.graph(graph.identifier)
        if any(isinstance(t, BNode) for triple in graph for t in triple):
            expected = Graph()
            for triple in graph:
                expected.add(triple)
            assert isomorphic(back, expected), graph.identifier
        else:
            # the one rewrite: whole decimals gain ".0" (as they always did in graph.trig)
            assert set(back) == {_as_written(t) for t in graph}, graph.identifier


def _as_written(triple: tuple) -> tuple:
    s, p, o = triple
    if isinstance(o, Literal) and o.datatype == DECIMAL and re.fullmatch(r"[+-]?[0-9]+", str(o)):
        return s, p, Literal(f"{o}.0", datatype=DECIMAL)
    return triple


def test_summary_of_the_built_graphs_equals_the_summary_of_the_rdflib_dataset(corpus_build):
    result, _ = corpus_build
    assert summarize(result.documents, result.graphs) == summarize(result.documents, result.dataset)
    assert summarize(result.documents, result.graphs) == result.summary


def test_graphs_become_an_rdflib_dataset_with_the_same_quads():
    graphs = Graphs()
    graph = graphs.graph(GRAPH)
    for triple in [(ID["zone/suzhou"], RDF.type, ZG.Zone), (ID["zone/suzhou"], RDFS.label, Literal("苏州", lang="zh"))]:
        graph.add(triple)
    graph.add((ID["zone/suzhou"], RDF.type, ZG.Zone))
    assert len(graph) == 2 and len(graphs) == 2
    dataset = graphs.to_dataset()
    assert set(dataset.graph(GRAPH)) == set(graph)
