"""The persistent store: same answers as rdflib, incremental ingest, removal, import, crash safety."""

from __future__ import annotations

import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ID, ZG, document_iri
from zonegraph.pipeline import build
from zonegraph.queries.engine import load_graph, run_sparql
from zonegraph.store import layout
from zonegraph.store.documents import ingest, remove
from zonegraph.store.importing import import_file
from zonegraph.store.oxigraph import ReadOnlyStoreError, is_store_backed, open_database
from zonegraph.validation import validate

from conftest import CORPUS, run_cli
from store_helpers import answer, bound_queries, comparable

DOCS = sorted(p for p in CORPUS.glob("*.txt"))


def corpus_of(tmp_path: Path, names: list[Path], folder: str = "corpus") -> Path:
    target = tmp_path / folder
    target.mkdir()
    for path in names:
        shutil.copy(path, target / path.name)
    shutil.copy(CORPUS / "documents.csv", target / "documents.csv")
    return target


def store_quads(build_dir: Path) -> frozenset[str]:
    """Every quad of the committed store (named graphs and the union), as text, blank nodes
    unnamed (each parse of the ontology's OWL lists names them anew)."""
    generation = layout.current_generation(build_dir)
    db = open_database(generation)
    return frozenset(re.sub(r"_:\w+", "_:b", str(q)) for q in db.quads_for_pattern(None, None, None, None))


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """The shipped corpus built into the store and into rdflib's memory store."""
    root = tmp_path_factory.mktemp("stores")
    build(CORPUS, root / "oxigraph", store="oxigraph")
    build(CORPUS, root / "memory", store="memory")
    return root / "oxigraph", root / "memory"


def test_both_stores_write_the_same_trig_and_the_store_is_opened(two_builds):
    store_dir, memory_dir = two_builds
    assert (store_dir / "graph.trig").read_bytes() == (memory_dir / "graph.trig").read_bytes()
    assert layout.current_generation(store_dir) is not None and not (memory_dir / "store").exists()
    assert is_store_backed(load_graph(store_dir)) and is_store_backed(load_graph(store_dir / "graph.trig"))
    assert not is_store_backed(load_graph(memory_dir / "graph.trig"))


def test_graphs_loaded_while_later_documents_are_extracted_are_those_of_a_whole_build(tmp_path, two_builds, monkeypatch):
    """A build hands each batch of graphs to a background load while it extracts the next; in
    batches of one document, one load each, and with two graphs held back to the end (as a graph
    naming an entity only a later document makes would be), the TriG and the store are those of
    a build made whole."""
    from zonegraph import pipeline

    held = {DOCS[0].name, DOCS[2].name}
    ready = pipeline.graph_ready
    checked = []

    def hold(registry, facts, found):
        name = facts[0].document if facts else None
        checked.append(name)
        return name not in held and ready(registry, facts, found)

    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1)
    monkeypatch.setattr(pipeline, "LOADS", 10_000)
    monkeypatch.setattr(pipeline, "graph_ready", hold)
    build(CORPUS, tmp_path / "batched", store="oxigraph")
    store_dir, memory_dir = two_builds
    assert held <= set(checked)
    assert (tmp_path / "batched" / "graph.trig").read_bytes() == (memory_dir / "graph.trig").read_bytes()
    assert store_quads(tmp_path / "batched") == store_quads(store_dir)
    assert (tmp_path / "batched" / "summary.json").read_bytes() == (store_dir / "summary.json").read_bytes()


def test_a_background_load_that_fails_fails_the_build_and_commits_nothing(tmp_path, monkeypatch):
    import pyoxigraph as ox

    from zonegraph.store.generation import BackgroundLoads

    with BackgroundLoads(ox.Store()) as loads:
        loads.add([("https://example.org/g", "\n<https://example.org/g> {\n    <a> <b> .\n}\n")])
        loads.finish()
        with pytest.raises(ZonegraphError, match="does not parse"):
            loads.wait()
    build(CORPUS, tmp_path / "b", store="oxigraph")
    before = (tmp_path / "b" / "graph.trig").read_bytes()
    calls = []

    def fails_later(self, parts, weight=None):  # the third batch's load fails
        calls.append(parts)
        if len(calls) == 3:
            raise ZonegraphError("a TriG part does not parse: test", "store")
        original(self, parts, weight)

    original = BackgroundLoads.add
    monkeypatch.setattr(BackgroundLoads, "add", fails_later)
    monkeypatch.setattr("zonegraph.pipeline.BATCH_CHARS", 1)
    with pytest.raises(ZonegraphError, match="test"):
        build(CORPUS, tmp_path / "b", store="oxigraph")
    assert (tmp_path / "b" / "graph.trig").read_bytes() == before
    assert len([g for g in (tmp_path / "b" / "store").iterdir() if g.is_dir()]) == 1


def test_a_lone_trig_file_is_still_read_with_rdflib(two_builds, tmp_path):
    store_dir, _ = two_builds
    shutil.copy(store_dir / "graph.trig", tmp_path / "graph.trig")
    dataset = load_graph(tmp_path / "graph.trig")
    assert not is_store_backed(dataset) and (ID["zone/suzhou"], ZG.province, Literal("江苏省")) in dataset


def test_every_named_query_answers_the_same_on_both_stores(two_builds):
    store, memory = (load_graph(d) for d in two_builds)
    for name, text in bound_queries().items():
        on_store = run_sparql(store, text, name)
        # (zone-policies once failed in rdflib, whose GROUP_CONCAT cannot take an unbound value: a policy
        # without issuer; a memory build's `serve` answered 400 where the store answered)
        in_memory = run_sparql(memory, text, name)
        assert on_store.type == in_memory.type, name
        assert answer(on_store) == answer(in_memory), name
        assert len(list(on_store)) == len(list(in_memory)), name


def test_the_store_is_an_rdflib_dataset(two_builds):
    store, memory = (load_graph(d) for d in two_builds)
    suzhou = ID["zone/suzhou"]
    assert (suzhou, ZG.province, Literal("江苏省")) in store
    assert set(store.objects(suzhou, RDFS.label)) == set(memory.objects(suzhou, RDFS.label))
    assert sorted(str(g.identifier) for g in store.graphs() if len(g)) == \
        sorted(str(g.identifier) for g in memory.graphs() if len(g))
    document = document_iri(DOCS[0].name)
    # Oxigraph keeps numbers in canonical form ("22.0"^^xsd:decimal comes back as "22"): compare values
    assert {tuple(map(comparable, t)) for t in store.graph(document)} == \
        {tuple(map(comparable, t)) for t in memory.graph(document)}
    assert len(store.graph(URIRef("https://example.org/none"))) == 0
    assert len(list(store.triples((None, None, None)))) == len(list(memory.triples((None, None, None))))
    quads = {(s, p, o, c) for s, p, o, c in store.quads((suzhou, ZG.province, None))}
    assert quads and all(c is not None for *_, c in quads)
    conforms, report = validate(store)
    assert conforms, report


def test_results_serialize_like_rdflib_results(two_builds):
    store = load_graph(two_builds[0])
    result = run_sparql(store, "SELECT ?z ?l WHERE { ?z a zg:Zone ; rdfs:label ?l } ORDER BY ?z LIMIT 3")
    assert [str(v) for v in result.vars] == ["z", "l"] and result.type == "SELECT"
    assert b'"xml:lang"' in result.serialize(format="json") and result.serialize(format="csv").startswith(b"z,l")
    graph = run_sparql(store, "CONSTRUCT { ?z a zg:Zone } WHERE { ?z a zg:Zone }").graph
    assert (ID["zone/suzhou"], None, ZG.Zone) in graph or len(graph) > 10
    assert run_sparql(store, "ASK { ?z a zg:Zone }").askAnswer is True
    described = run_sparql(store, "DESCRIBE <https://w3id.org/zonegraph/id/zone/suzhou>")
    assert described.type == "DESCRIBE" and len(described.graph) > 0


def test_errors_name_the_query_and_nothing_writes_or_leaves_the_machine(two_builds):
    store = load_graph(two_builds[0])
    with pytest.raises(ZonegraphError, match="my.rq: malformed SPARQL"):
        run_sparql(store, "SELECT WHERE {", "my.rq")
    with pytest.raises(ZonegraphError, match="SERVICE"):
        run_sparql(store, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    with pytest.raises(ReadOnlyStoreError):
        store.add((ID["zone/suzhou"], RDFS.label, Literal("x")))


def test_ingest_gives_the_graph_a_build_gives_and_again_is_a_no_op(tmp_path, two_builds):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:3]), build_dir)
    report = ingest(build_dir, DOCS[3:])
    assert report.added == [d.name for d in DOCS[3:]] and not report.errors
    assert (build_dir / "graph.trig").read_bytes() == (two_builds[0] / "graph.trig").read_bytes()
    assert store_quads(build_dir) == store_quads(two_builds[0])
    # the summary an ingest counts in the store is the one a build counts in rdflib
    assert (build_dir / "summary.json").read_text(encoding="utf-8") == \
        (two_builds[0] / "summary.json").read_text(encoding="utf-8")
    generation, stamp = layout.current_generation(build_dir), (build_dir / "graph.trig").stat().st_mtime_ns
    again = ingest(build_dir, DOCS)
    assert again.unchanged == [d.name for d in DOCS] and not again.changed
    assert layout.current_generation(build_dir) == generation
    assert (build_dir / "graph.trig").stat().st_mtime_ns == stamp


def test_a_changed_file_replaces_its_graph_and_new_entities_join_existing_nodes(tmp_path):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:2]), build_dir)
    before = load_graph(build_dir)
    institute = next(iter(before.subjects(RDFS.label, Literal("中国科学院苏州生物医学工程技术研究所", lang="zh"))))
    suzhou = ID["zone/suzhou"]
    assert (suzhou, ZG.partnersWith, institute) in before
    del before
    news = tmp_path / "news"
    news.mkdir()
    doc = news / "900_news.txt"
    doc.write_text("苏州高新区与中科院苏州医工所签署合作协议，共建医疗器械创新平台。\n", encoding="utf-8")
    assert ingest(build_dir, [doc]).added == ["900_news.txt"]
    graph = load_graph(build_dir)
    mine = graph.graph(document_iri("900_news.txt"))
    assert (suzhou, ZG.partnersWith, institute) in mine  # the same nodes, not new ones
    assert len(set(graph.subjects(RDFS.label, Literal("中国科学院苏州生物医学工程技术研究所", lang="zh")))) == 1
    del graph
    doc.write_text("苏州高新区与南京大学签署战略合作协议，共建联合研究院。\n", encoding="utf-8")
    assert ingest(build_dir, [doc]).replaced == ["900_news.txt"]
    graph = load_graph(build_dir)
    mine = graph.graph(document_iri("900_news.txt"))
    assert (suzhou, ZG.partnersWith, institute) not in mine
    assert any(str(o) == "南京大学" for o in graph.objects(None, RDFS.label))
    assert (suzhou, ZG.partnersWith, institute) in graph  # still said by the first documents
    contents = [str(o) for o in graph.objects(document_iri("900_news.txt"), ZG.contentHash)]
    assert len(contents) == 1




@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_two_files_of_one_name_in_one_ingest_are_refused_not_one_lost(tmp_path, store):
    """issues/a.txt and news/a.txt in one ingest: the first replaced the document a.txt, the second was then
    reported unchanged and lost without a word (exit 0). The second is now an error naming both."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("烟台高新区与山东大学签订战略合作协议。", encoding="utf-8")
    build_dir = tmp_path / "build"
    build(corpus, build_dir, store)
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("潍坊高新区与浙江大学共建研究院。", encoding="utf-8")
    report = ingest(build_dir, [news / "a.txt", corpus / "a.txt", corpus / "a.txt"])
    assert report.replaced == ["a.txt"] and not report.unchanged
    assert [(e.path, e.problem.split(" (")[0]) for e in report.errors] == [
        (str(corpus / "a.txt"), "another file of this ingest has its name")] * 2
    assert str(news / "a.txt") in report.errors[0].problem
    again = ingest(build_dir, [corpus / "a.txt", corpus / "a.txt", corpus / ".." / "corpus" / "a.txt"])  # one file
    assert again.replaced == ["a.txt"] and not again.errors
@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_ingesting_a_folder_ingests_its_documents_and_names_its_own_folders(tmp_path, two_builds, store):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:3]), build_dir, store)
    folder = corpus_of(tmp_path, DOCS[3:], "new")
    (folder / "later").mkdir()
    shutil.copy(DOCS[0], folder / "later" / "copy.txt")
    report = ingest(build_dir, [folder])
    assert report.added == [d.name for d in DOCS[3:]]
    assert [(Path(e.path).name, e.problem.split(":")[0]) for e in report.errors] == [("later", "a folder")]
    expected = two_builds[0] if store == "oxigraph" else two_builds[1]
    assert (build_dir / "graph.trig").read_bytes() == (expected / "graph.trig").read_bytes()


def test_a_big_ingest_bulk_loads_batch_by_batch_and_gives_the_graph_a_build_gives(tmp_path, two_builds, monkeypatch):
    """An ingest of many documents puts their graphs a batch at a time, each by the bulk loader; in
    batches of one document, with a graph held back to the end (as one naming an entity only a later
    document makes would be), the TriG and the store are those of a build made whole."""
    from zonegraph import pipeline
    from zonegraph.store import documents, generation

    loads = []
    original = generation.load_parts
    monkeypatch.setattr(generation, "load_parts",
                        lambda db, parts, bulk: (parts and loads.append(bulk)) or original(db, parts, bulk))
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    ready, checked = pipeline.graph_ready, []

    def hold(registry, facts, found):
        checked.append(facts[0].document if facts else None)
        return checked[-1] != DOCS[1].name and ready(registry, facts, found)

    monkeypatch.setattr(pipeline, "graph_ready", hold)
    monkeypatch.setattr(generation, "BULK_BYTES", 1)  # any ingest is big enough
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1)  # a batch a document,
    monkeypatch.setattr(documents, "INGEST_BATCH_CHARS", 1)  # each put on its own
    loads.clear()
    report = ingest(build_dir, DOCS[1:])
    assert report.added == [d.name for d in DOCS[1:]] and DOCS[1].name in checked
    assert len(loads) >= len(DOCS[1:]) and all(loads)
    assert (build_dir / "graph.trig").read_bytes() == (two_builds[0] / "graph.trig").read_bytes()
    assert store_quads(build_dir) == store_quads(two_builds[0])  # every graph, and the union de-duplicated
    edited = tmp_path / "edited" / DOCS[0].name  # a replaced document: its old graph dropped, the new loaded
    edited.parent.mkdir()
    edited.write_text(DOCS[0].read_text(encoding="utf-8").replace("苏州", "无锡"), encoding="utf-8")
    assert ingest(build_dir, [edited]).replaced == [DOCS[0].name] and loads[-1] is True
    assert ingest(build_dir, [DOCS[0]]).replaced == [DOCS[0].name]
    assert store_quads(build_dir) == store_quads(two_builds[0])


def _ingested_after_a_build(tmp_path, built: str, ingested: str):
    """A build of one document (``built``), then an ingest of another (``ingested``): the graph the ingest left,
    after checking that a whole build of both documents writes graph.trig byte for byte as the ingest did."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "001_a.txt").write_text(built + "\n", encoding="utf-8")
    build_dir = tmp_path / "build"
    build(corpus, build_dir)
    news = tmp_path / "news"
    news.mkdir()
    doc = news / "002_b.txt"
    doc.write_text(ingested + "\n", encoding="utf-8")
    assert ingest(build_dir, [doc]).added == ["002_b.txt"]
    shutil.copy(doc, corpus / doc.name)
    whole = tmp_path / "whole"
    build(corpus, whole)
    assert (build_dir / "graph.trig").read_bytes() == (whole / "graph.trig").read_bytes()
    return load_graph(build_dir)


def test_a_zones_cluster_written_otherwise_in_an_ingested_document_joins_its_node(tmp_path):
    # the registry an ingest reads with knows the zone's clusters by their sectors, as a whole build does
    graph = _ingested_after_a_build(tmp_path, "德阳高新区获批全国唯一“通航创新型产业集群”试点。",
                                    "作为全国唯一的“通用航空创新型产业集群”试点，德阳高新区加快产业集群建设。")
    assert len(set(graph.objects(ID["zone/deyang"], ZG.hasCluster))) == 1


def test_another_zones_document_of_a_title_drawn_up_by_a_zone_stays_another_node_in_an_ingest(tmp_path):
    # the registry an ingest reads with knows which zone drew up a policy whose title names no one, as a whole
    # build does: 长春净月's 《绿色发展五年行动方案》, ingested after 燕郊's, is another document of that title
    graph = _ingested_after_a_build(tmp_path, "燕郊高新区编制了《绿色发展五年行动方案》，推动绿色发展。",
                                    "长春净月高新区坚定走绿色发展道路，组织编制《绿色发展五年行动方案》。")
    issued = {(str(graph.value(p, RDFS.label)), str(graph.value(z, RDFS.label)))
              for p, z in graph.subject_objects(ZG.issuedBy)}
    assert issued == {("绿色发展五年行动方案", "燕郊高新技术产业开发区"),
                      ("绿色发展五年行动方案（长春净月高新区）", "长春净月高新技术产业开发区")}


def test_remove_drops_the_document_and_what_only_it_supported(tmp_path):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS), build_dir)
    target = DOCS[4].name
    graph = load_graph(build_dir)
    own = set(graph.graph(document_iri(target)))
    others = {t for g in graph.graphs() if g.identifier != document_iri(target) for t in g}
    only_there = own - others
    assert only_there and own & others
    del graph
    assert remove(build_dir, target) and not remove(build_dir, target)
    graph = load_graph(build_dir)
    assert len(graph.graph(document_iri(target))) == 0
    assert not any(t in graph for t in list(only_there)[:50])
    assert all(t in graph for t in list(own & others)[:50])
    assert target not in (build_dir / "graph.trig").read_text(encoding="utf-8")
    import json

    assert json.loads((build_dir / "summary.json").read_text(encoding="utf-8"))["documents"] == 4


def test_import_turtle_and_trig_into_the_store(tmp_path):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    ttl = tmp_path / "extra.ttl"
    ttl.write_text("""@prefix zg: <https://w3id.org/zonegraph/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/zonegraph/id/zone/suzhou> zg:partnersWith <https://example.org/i/x> .
<https://example.org/i/x> a zg:ResearchInstitute ; rdfs:label "示例研究院"@zh .
""", encoding="utf-8")
    report = import_file(build_dir, ttl)
    assert report.triples == 3 and report.graphs == [str(ID["import/extra"])]
    assert import_file(build_dir, ttl).unchanged
    rows = list(run_sparql(load_graph(build_dir), "SELECT ?i WHERE { ?z zg:partnersWith ?i . ?i rdfs:label \"示例研究院\"@zh }"))
    assert len(rows) == 1
    trig = tmp_path / "more.trig"
    trig.write_text("<https://example.org/g> { <https://example.org/a> <https://example.org/p> \"一\" . }\n", encoding="utf-8")
    assert import_file(build_dir, trig).graphs == ["https://example.org/g"]
    plain = load_graph(_lone_copy(build_dir, tmp_path))  # the export stays readable by rdflib
    assert (URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("一")) in plain
    assert (ID["zone/suzhou"], ZG.partnersWith, URIRef("https://example.org/i/x")) in plain


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_the_summary_counts_what_an_import_brings(tmp_path, store):
    import json

    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir, store=store)
    before = json.loads((build_dir / "summary.json").read_text(encoding="utf-8"))
    ttl = tmp_path / "extra.ttl"
    ttl.write_text("""@prefix zg: <https://w3id.org/zonegraph/ontology#> .
<https://example.org/z> a zg:Zone ; zg:partnersWith <https://example.org/i> .
<https://example.org/i> a zg:ResearchInstitute .
""", encoding="utf-8")
    after = import_file(build_dir, ttl).summary
    assert after == json.loads((build_dir / "summary.json").read_text(encoding="utf-8"))
    assert (after["documents"], after["imported"]) == (1, 1)
    assert after["entities"]["Zone"] == before["entities"]["Zone"] + 1
    assert after["entities"]["ResearchInstitute"] == before["entities"].get("ResearchInstitute", 0) + 1
    assert after["relations"]["partnersWith"] == before["relations"].get("partnersWith", 0) + 1
    assert remove(build_dir, DOCS[0].name)
    left = json.loads((build_dir / "summary.json").read_text(encoding="utf-8"))
    assert (left["documents"], left["imported"], left["entities"]) == (0, 1, {"Zone": 1, "ResearchInstitute": 1})


def _lone_copy(build_dir: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "lone"
    copy.mkdir(exist_ok=True)
    shutil.copy(build_dir / "graph.trig", copy / "graph.trig")
    return copy / "graph.trig"


def test_memory_builds_ingest_remove_and_import_on_the_trig(tmp_path, two_builds):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:3]), build_dir, store="memory")
    assert ingest(build_dir, DOCS[3:]).added == [d.name for d in DOCS[3:]]
    assert not (build_dir / "store").exists()
    assert (build_dir / "graph.trig").read_bytes() == (two_builds[1] / "graph.trig").read_bytes()
    assert not ingest(build_dir, DOCS[3:]).changed
    assert remove(build_dir, DOCS[4].name)
    assert document_iri(DOCS[4].name) not in {g.identifier for g in load_graph(build_dir).graphs() if len(g)}


def test_the_cli_commands(tmp_path):
    build_dir = tmp_path / "b"
    out = run_cli("build", "--corpus", str(corpus_of(tmp_path, DOCS[:2])), "--build-dir", str(build_dir))
    assert out.returncode == 0, out.stderr
    out = run_cli("ingest", str(DOCS[2]), str(DOCS[2]), "--build-dir", str(build_dir))
    assert out.returncode == 0 and "added      002" in out.stdout, out.stderr
    out = run_cli("ingest", str(DOCS[2]), str(tmp_path / "missing.txt"), "--build-dir", str(build_dir))
    assert out.returncode == 1 and "unchanged  002" in out.stdout and "missing.txt" in out.stderr
    out = run_cli("remove", DOCS[2].name, "--build-dir", str(build_dir))
    assert out.returncode == 0 and "removed" in out.stdout
    out = run_cli("remove", "nothing.txt", "--build-dir", str(build_dir))
    assert out.returncode == 1 and "no document or imported file of this name" in out.stderr
    out = run_cli("query", "zone-profile", "--param", "zone=苏州高新区", "--build-dir", str(build_dir))
    assert out.returncode == 0 and "苏州高新技术产业开发区" in out.stdout
    out = run_cli("import", str(tmp_path / "nothing.xyz"), "--build-dir", str(build_dir))
    assert out.returncode == 1 and "unknown RDF format" in out.stderr


def union_is_exact(build_dir: Path) -> None:
    """The store's default graph is the union of its named graphs: each triple once, the same
    blank nodes (no copy named afresh), nothing more."""
    import pyoxigraph as ox

    db = open_database(layout.current_generation(build_dir))
    named, union = set(), set()
    for q in db.quads_for_pattern(None, None, None, None):
        (union.add((q.subject, q.predicate, q.object)) if isinstance(q.graph_name, ox.DefaultGraph)
         else named.add((q.subject, q.predicate, q.object)))
    assert union == named


def test_the_default_graph_is_the_union_after_build_ingest_import_and_remove(tmp_path):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:3]), build_dir)
    union_is_exact(build_dir)  # the ontology's OWL lists: blank nodes in a graph and in the union
    ingest(build_dir, DOCS[3:])
    union_is_exact(build_dir)
    remove(build_dir, DOCS[0].name)
    union_is_exact(build_dir)
    nq = tmp_path / "blank.nq"
    nq.write_text('_:a <https://example.org/p> _:b <https://example.org/g1> .\n'
                  '_:b <https://example.org/p> "x" <https://example.org/g2> .\n', encoding="utf-8")
    import_file(build_dir, nq)
    union_is_exact(build_dir)


_TRICKY = (
    '<https://e.org/s1> <https://e.org/p> <https://e.org/o1> <https://e.org/g1> .\n'
    '<https://e.org/s1> <https://e.org/p> "a <https://e.org/x> ." <https://e.org/g1> .\n'
    '<https://e.org/s2> <https://e.org/p> <https://e.org/o2> .\n'  # no graph, an IRI last
    '<https://e.org/s3> <https://e.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    '<https://e.org/s4> <https://e.org/p> "a <b> c"^^<https://e.org/dt> <https://e.org/g2> .\n'
    '_:b1 <https://e.org/p> _:b2 <https://e.org/g1> .\n'
    '_:b2 <https://e.org/p> "x"@en <https://e.org/g2> .\n'
    '<https://e.org/s5> <https://e.org/p> "y"@zh <https://e.org/g\\u0041> .\n'
    '<https://e.org/c1> <https://e.org/p> <https://e.org/o> <https://e.org/g3> . # see <https://e.org/z> .\n'
    '# a comment line\n'
    '<https://e.org/c2> <https://e.org/p> "z" <https://e.org/g3> .\r\n'
    '<https://e.org/s1> <https://e.org/p> <https://e.org/o1> <https://e.org/g2> .\n'
)


def _file_quads(path: Path, target: str) -> set[str]:
    """The quads of a file as Oxigraph's parser reads them, blank nodes unnamed."""
    import pyoxigraph as ox

    fmt = ox.RdfFormat.N_QUADS if path.suffix == ".nq" else ox.RdfFormat.N_TRIPLES
    quads = set()
    for q in ox.parse(path=str(path), format=fmt):
        graph = ox.NamedNode(target) if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name
        quads.add(re.sub(r"_:\w+", "_:b", str(ox.Quad(q.subject, q.predicate, q.object, graph))))
    return quads


def _named_quads(build_dir: Path, graphs: list[str]) -> set[str]:
    import pyoxigraph as ox

    db = open_database(layout.current_generation(build_dir))
    return {re.sub(r"_:\w+", "_:b", str(q)) for g in graphs for q in db.quads_for_pattern(None, None, None, ox.NamedNode(g))}


@pytest.mark.parametrize("block", [1 << 24, 150])
def test_import_n_quads_and_n_triples_line_by_line_as_the_parser_reads_them(tmp_path, monkeypatch, block):
    """Lines without a graph (some ending in an IRI), literals holding " <iri> .", comments, CRLF,
    \\u escapes and blank nodes: the store holds what Oxigraph's parser reads, the union is exact,
    graph.trig holds the same, and the result does not depend on how the file is cut in blocks."""
    from zonegraph.store import importing

    monkeypatch.setattr(importing, "BLOCK_BYTES", block)
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    nq, nt = tmp_path / "tricky.nq", tmp_path / "plain.nt"
    nq.write_bytes(_TRICKY.encode("utf-8"))
    nt.write_text('<https://e.org/t1> <https://e.org/p> <https://e.org/o> .\n_:x <https://e.org/p> _:y .\n'
                  '_:y <https://e.org/p> "q" .\n<https://e.org/t2> <https://e.org/p> "r" .\n', encoding="utf-8")
    for path in (nq, nt):
        report = import_file(build_dir, path)
        target = str(ID[f"import/{path.stem}"])
        expected = _file_quads(path, target)
        assert _named_quads(build_dir, report.graphs) == expected
        assert report.triples == len(expected)
        union_is_exact(build_dir)
    assert sorted(import_file(build_dir, nq).graphs) == ["https://e.org/g1", "https://e.org/g2", "https://e.org/g3",
                                                         "https://e.org/gA", str(ID["import/tricky"])]
    # the export is what the store holds: parsed back, the same quads
    plain = load_graph(_lone_copy(build_dir, tmp_path))
    g3 = {(str(s), str(p), str(o)) for s, p, o in plain.graph(URIRef("https://e.org/g3"))}
    assert g3 == {("https://e.org/c1", "https://e.org/p", "https://e.org/o"), ("https://e.org/c2", "https://e.org/p", "z")}


def test_an_imported_graph_replaces_its_namesake_and_errors_name_the_line(tmp_path, monkeypatch):
    from zonegraph.store import importing

    monkeypatch.setattr(importing, "BLOCK_BYTES", 120)
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    first, second = tmp_path / "first.nq", tmp_path / "second.nq"
    first.write_text('<https://e.org/a> <https://e.org/p> "1" <https://e.org/g> .\n'
                     '<https://e.org/b> <https://e.org/p> "shared" <https://e.org/h> .\n', encoding="utf-8")
    second.write_text('<https://e.org/c> <https://e.org/p> "2" <https://e.org/k> .\n' * 3
                      + '<https://e.org/b> <https://e.org/p> "shared" <https://e.org/k> .\n'
                      + '<https://e.org/a> <https://e.org/p> "3" <https://e.org/g> .\n', encoding="utf-8")
    import_file(build_dir, first)
    import_file(build_dir, second)  # replaces g; h (from the first file) keeps its triple
    graph = load_graph(build_dir)
    assert {str(o) for o in graph.graph(URIRef("https://e.org/g")).objects()} == {"3"}
    assert (URIRef("https://e.org/b"), URIRef("https://e.org/p"), Literal("shared")) in graph
    union_is_exact(build_dir)
    del graph
    bad = tmp_path / "bad.nq"
    bad.write_text('<https://e.org/a> <https://e.org/p> "1" <https://e.org/g> .\n' * 5
                   + '<https://e.org/a> <https://e.org/p> .\n', encoding="utf-8")
    # a triple without graph whose object names a graph of the store: that graph stays
    loose = tmp_path / "loose.nq"
    loose.write_text('<https://e.org/x> <https://e.org/p> <https://e.org/h> .\n', encoding="utf-8")
    import_file(build_dir, loose)
    graph = load_graph(build_dir)
    assert (URIRef("https://e.org/b"), URIRef("https://e.org/p"), Literal("shared")) in graph.graph(URIRef("https://e.org/h"))
    assert (URIRef("https://e.org/x"), URIRef("https://e.org/p"), URIRef("https://e.org/h")) in graph.graph(ID["import/loose"])
    del graph
    before = layout.current_generation(build_dir)
    with pytest.raises(ZonegraphError, match="line 6"):
        import_file(build_dir, bad)
    assert layout.current_generation(build_dir) == before


# -- crash safety -----------------------------------------------------------------------------

def _state(build_dir: Path) -> tuple[frozenset[str], bytes]:
    """What a reader sees after a crash: the store opens, and graph.trig parses."""
    return store_quads(build_dir), (build_dir / "graph.trig").read_bytes()


def test_kill_9_at_random_moments_leaves_the_previous_or_the_new_graph(tmp_path):
    """A build or an ingest killed with SIGKILL at a random moment: the store and graph.trig
    each hold the previous graph or the new one, never a part; the next writer cleans up."""
    base = tmp_path / "base"
    build(corpus_of(tmp_path, DOCS[:3]), base)
    previous = _state(base)
    jobs = {
        "ingest": ["ingest", *map(str, DOCS[3:])],
        "build": ["build", "--corpus", str(corpus_of(tmp_path, DOCS, "full"))],
    }
    finished, durations = {}, {}
    for name, args in jobs.items():  # the uninterrupted runs: their result and duration
        work = tmp_path / f"done-{name}"
        shutil.copytree(base, work)
        started = time.monotonic()
        out = subprocess.run([sys.executable, "-m", "zonegraph", *args, "--build-dir", str(work)],
                             capture_output=True, text=True, timeout=120)
        durations[name] = time.monotonic() - started
        assert out.returncode == 0, out.stderr
        finished[name] = _state(work)
    assert finished["ingest"] == finished["build"] != previous
    rng = random.Random(20240613)
    seen = []
    for attempt in range(6):
        name = ("ingest", "build")[attempt % 2]
        work = tmp_path / f"kill-{attempt}"
        shutil.copytree(base, work)
        process = subprocess.Popen([sys.executable, "-m", "zonegraph", *jobs[name], "--build-dir", str(work)],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # the later half of a run is where the store is written: aim there more often
        time.sleep(durations[name] * rng.choice([rng.uniform(0.0, 1.0), rng.uniform(0.55, 1.0)]))
        process.send_signal(signal.SIGKILL)
        process.wait()
        state = _state(work)
        assert state in (previous, finished[name]), f"{name} killed at attempt {attempt}: a half graph"
        assert (work / "graph.trig").read_bytes() in (previous[1], finished[name][1])
        seen.append("new" if state == finished[name] else "previous")
        if attempt % 3 == 2:  # the next writer finishes the job and leaves no half-made generation
            ingest(work, DOCS[3:])
            assert _state(work) == finished["ingest"]
            assert len([p for p in (work / "store").iterdir() if p.is_dir()]) <= 2
    assert "previous" in seen


def test_a_blank_node_mark_is_found_line_by_line_as_in_the_whole_text():
    """_may_hold_blank_nodes reads only the lines holding a mark; it answers as reading the whole
    text without its IRIs, strings and comments does, on texts made of every kind of piece."""
    from zonegraph.store.generation import _may_hold_blank_nodes
    from zonegraph.store.terms import TURTLE_NOISE

    def whole(body: str) -> bool:
        bare = TURTLE_NOISE.sub(" ", body)
        return "_:" in bare or "[" in bare or "(" in bare

    pieces = ["<a:(b>", "<a b>", '"x(y"', '"x\\"(y"', "'(z'", '"""a\n(b"""', "'''[\n'''", "# (note\n", "#", "(", "[", "]",
              "_", ":", "_:b", "\n", " ", '"', "'", "<", ">", "\\", "盛合晶微(江阴)", "zg:x", ";", "."]
    rng = random.Random(7)
    for _ in range(20000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert _may_hold_blank_nodes(body) == whole(body), body


def test_a_snapshot_keeps_its_graph_while_writers_commit_and_is_removed_after(tmp_path):
    """`zonegraph serve` answers from a snapshot of the store: the current generation hard-linked, queried by
    Oxigraph as `zonegraph query` is; later commits (and the garbage collection of old generations) leave it."""
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:2]), build_dir)
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = int(next(iter(run_sparql(load_graph(build_dir), count)))[0])
    frozen = layout.snapshot(build_dir)
    assert frozen.parent == layout.store_root(build_dir) and frozen.name.startswith(".serve-")
    ingest(build_dir, DOCS[2:3])
    ingest(build_dir, DOCS[3:4])  # two commits: the generation the snapshot was taken from is collected
    seen = load_graph(frozen)
    assert is_store_backed(seen) and int(next(iter(run_sparql(seen, count)))[0]) == before
    assert int(next(iter(run_sparql(load_graph(build_dir), count)))[0]) > before
    del seen
    layout.release(frozen)
    assert not frozen.exists()
    # a snapshot whose server was killed (its process gone) goes when the next one is taken
    dead = layout.store_root(build_dir) / f"{layout.SNAPSHOT_PREFIX}999999999-x"
    dead.mkdir()
    layout.release(layout.snapshot(build_dir))
    assert not dead.exists()


def test_a_snapshot_of_a_memory_build_is_its_graph_trig(tmp_path):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir, store="memory")
    frozen = layout.snapshot(build_dir)
    assert (frozen / "graph.trig").read_bytes() == (build_dir / "graph.trig").read_bytes()
    assert not is_store_backed(load_graph(frozen))
    layout.release(frozen)
    with pytest.raises(ZonegraphError, match="run `zonegraph build` first"):
        layout.snapshot(tmp_path / "nothing")


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_remove_takes_only_the_files_own_name(tmp_path, store):
    """remove '003-326984D80E6A9218.txt' (another name of the same IRI) removed 003_326984d80e6a9218.txt."""
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:2]), build_dir, store=store)
    name = DOCS[1].name
    other = name.replace("_", "-").upper().replace(".TXT", ".txt")
    assert str(document_iri(other)) == str(document_iri(name))
    assert not remove(build_dir, other)
    assert len(load_graph(build_dir).graph(document_iri(name))) > 0
    assert remove(build_dir, name)


def test_remove_takes_an_imported_files_graphs_out_again(tmp_path):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    trig = tmp_path / "two.trig"
    trig.write_text("<urn:g1> { <urn:a> <urn:p> <urn:b> . }\n<urn:g2> { <urn:c> <urn:p> <urn:d> . }\n", encoding="utf-8")
    assert sorted(import_file(build_dir, trig).graphs) == ["urn:g1", "urn:g2"]
    assert remove(build_dir, "two.trig")
    ask = "ASK { GRAPH ?g { ?s <urn:p> ?o } }"
    assert not run_sparql(load_graph(build_dir), ask).askAnswer
    assert not remove(build_dir, "two.trig")


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_an_import_never_replaces_a_documents_or_another_files_graph(tmp_path, store):
    """A TriG naming a document's graph replaced the document without a word, and data.nt after data.ttl (both
    id:import/data) replaced the first import's triples."""
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir, store=store)
    before = (build_dir / "graph.trig").read_bytes()
    clash = tmp_path / "clash.trig"
    clash.write_text(f"<{document_iri(DOCS[0].name)}> {{ <urn:x> <urn:p> \"clash\" . }}\n", encoding="utf-8")
    with pytest.raises(ZonegraphError, match=f"which holds the document {DOCS[0].name}"):
        import_file(build_dir, clash)
    ontology = tmp_path / "onto.trig"
    ontology.write_text("<https://w3id.org/zonegraph/ontology> { <urn:x> <urn:p> <urn:y> . }\n", encoding="utf-8")
    with pytest.raises(ZonegraphError, match="a graph zonegraph writes"):
        import_file(build_dir, ontology)
    assert (build_dir / "graph.trig").read_bytes() == before
    if store == "oxigraph":  # (a memory build keeps no record of which file an import came from)
        (tmp_path / "data.ttl").write_text("<urn:a> <urn:p> <urn:b> .\n", encoding="utf-8")
        (tmp_path / "data.nt").write_text("<urn:c> <urn:p> <urn:d> .\n", encoding="utf-8")
        import_file(build_dir, tmp_path / "data.ttl")
        with pytest.raises(ZonegraphError, match="which holds the import of data.ttl; give another graph with --graph"):
            import_file(build_dir, tmp_path / "data.nt")
        assert import_file(build_dir, tmp_path / "data.nt", graph="urn:other").graphs == ["urn:other"]
        again = tmp_path / "again"
        again.mkdir()
        (again / "data.ttl").write_text("<urn:e> <urn:p> <urn:f> .\n", encoding="utf-8")
        assert import_file(build_dir, again / "data.ttl").replaced  # a new version of data.ttl, and said so


def test_a_build_removes_only_the_folders_it_made_in_the_store(tmp_path):
    """Garbage collection removed every folder of build/store/ whose name began with g (a user's store/gold),
    and a memory build removed the whole store/ folder."""
    build_dir = tmp_path / "build"
    corpus = corpus_of(tmp_path, DOCS[:1])
    (layout.store_root(build_dir) / "gold").mkdir(parents=True)
    (layout.store_root(build_dir) / "notes.txt").write_text("mine", encoding="utf-8")
    build(corpus, build_dir)
    build(corpus, build_dir)
    assert (layout.store_root(build_dir) / "gold").is_dir()
    build(corpus, build_dir, store="memory")
    assert (layout.store_root(build_dir) / "gold").is_dir() and (layout.store_root(build_dir) / "notes.txt").exists()
    assert layout.current_generation(build_dir) is None
    assert not [c for c in layout.store_root(build_dir).iterdir() if c.name.startswith("g0")]
    assert not is_store_backed(load_graph(build_dir))


def test_a_store_whose_manifest_was_lost_is_an_error_not_a_smaller_graph(tmp_path):
    """With parts/graphs.tsv deleted, the next ingest exported only the new document: graph.trig lost the
    others while the store kept them."""
    build_dir, corpus = tmp_path / "build", corpus_of(tmp_path, DOCS[:2])
    build(corpus, build_dir)
    before = (build_dir / "graph.trig").read_bytes()
    (layout.current_generation(build_dir) / layout.PARTS / "graphs.tsv").unlink()
    with pytest.raises(ZonegraphError, match="graphs its manifest .* does not list"):
        ingest(build_dir, DOCS[2:3])
    assert (build_dir / "graph.trig").read_bytes() == before
    assert len([c for c in layout.store_root(build_dir).iterdir() if c.name.startswith("g")]) == 1
    build(corpus, build_dir)  # the way out the message names
    assert ingest(build_dir, DOCS[2:3]).added == [DOCS[2].name]


def test_a_memory_build_waits_for_the_writer_before_it(tmp_path, capsys):
    """A --store memory build wrote graph.trig without the writer lock, between an ingest's commit and its
    export: the final graph was the ingest's, not the build's. It now waits, and says so."""
    import threading

    build_dir = tmp_path / "build"
    corpus = corpus_of(tmp_path, DOCS[:1])
    holding, released = threading.Event(), []

    def hold() -> None:
        with layout.writer_lock(build_dir):
            holding.set()
            time.sleep(1.0)
            released.append(time.monotonic())

    thread = threading.Thread(target=hold)
    thread.start()
    holding.wait()
    build(corpus, build_dir, store="memory")
    finished = time.monotonic()
    thread.join()
    assert released and finished >= released[0]
    assert "waiting for another zonegraph writer" in capsys.readouterr().err


def test_a_commit_that_fails_leaves_no_half_made_generation(tmp_path, monkeypatch):
    """A full disk while writing the export: the half-made generation stayed (commit had let go of the
    database first), each try kept its space, and the disk stayed full."""
    import errno

    from zonegraph.store.generation import Writer

    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    before = (build_dir / "graph.trig").read_bytes()

    def full(self, out) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(self.generation / "graph.trig"))

    monkeypatch.setattr(Writer, "write_export", full)
    for _ in range(2):
        with pytest.raises(OSError):
            ingest(build_dir, DOCS[1:2])
    assert [c.name for c in layout.store_root(build_dir).iterdir() if c.name.startswith("g")] == [
        layout.current_generation(build_dir).name]
    assert (build_dir / "graph.trig").read_bytes() == before


def test_a_system_error_is_one_line_naming_the_file(tmp_path):
    import click
    from click.testing import CliRunner

    from zonegraph.commandline import reports_errors

    @click.command()
    @reports_errors
    def fails() -> None:
        raise OSError(30, "Read-only file system", str(tmp_path / "build" / ".zonegraph.lock"))

    result = CliRunner().invoke(fails, [])
    assert result.exit_code == 1
    assert result.output == f"zonegraph: error: {tmp_path / 'build' / '.zonegraph.lock'}: Read-only file system\n"


def test_a_file_with_the_bytes_of_one_that_could_not_be_read_is_not_called_already_in_the_graph(tmp_path):
    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "zero.pdf").write_bytes(b"")
    report = ingest(build_dir, [tmp_path / "empty.txt", tmp_path / "zero.pdf"])
    assert report.duplicates == [] and not report.added
    assert [Path(e.path).name for e in report.errors] == ["empty.txt", "zero.pdf"]
    assert "the same bytes as empty.txt, which could not be read" in str(report.errors[1])


def test_a_build_mends_a_pointer_to_a_lost_generation(tmp_path):
    """With the current generation's folder deleted, even `build` failed ("names a missing generation")."""
    build_dir, corpus = tmp_path / "build", corpus_of(tmp_path, DOCS[:1])
    build(corpus, build_dir)
    shutil.rmtree(layout.current_generation(build_dir))
    with pytest.raises(ZonegraphError, match="missing generation .* `zonegraph build` makes the store anew"):
        layout.current_generation(build_dir)
    build(corpus, build_dir)
    assert is_store_backed(load_graph(build_dir)) and len(load_graph(build_dir)) > 0


def test_remove_in_a_folder_with_no_graph_makes_no_folder(tmp_path):
    with pytest.raises(ZonegraphError, match="no built graph here"):
        remove(tmp_path / "mistyped", "a.txt")
    assert not (tmp_path / "mistyped").exists()  # (it made the folder and a lock file)


def test_a_snapshot_of_a_build_folder_that_cannot_be_written_is_a_copy_elsewhere(tmp_path, monkeypatch):
    import tempfile

    build_dir = tmp_path / "build"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    made = tempfile.mkdtemp

    def read_only_store(*args, **kwargs):
        if kwargs.get("dir") is not None:
            raise PermissionError(13, "Permission denied", str(kwargs["dir"]))
        return made(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkdtemp", read_only_store)
    frozen = layout.snapshot(build_dir)
    assert not frozen.is_relative_to(build_dir) and is_store_backed(load_graph(frozen))
    layout.release(frozen)


def test_ingest_says_a_file_with_anothers_bytes_is_skipped_not_unchanged(tmp_path):
    """`unchanged b.txt (… already in the graph)` for a file never in the graph: it is skipped, its text read once."""
    build_dir = tmp_path / "b"
    build(corpus_of(tmp_path, DOCS[:1]), build_dir)
    twin = tmp_path / "twin"
    twin.mkdir()
    (twin / "copy.txt").write_bytes(DOCS[1].read_bytes())
    out = run_cli("ingest", str(DOCS[1]), str(twin / "copy.txt"), "--build-dir", str(build_dir))
    assert out.returncode == 0, out.stderr
    assert f"skipped    copy.txt (the same bytes as {DOCS[1].name}, which the graph holds" in out.stdout
    assert "unchanged  copy.txt" not in out.stdout
