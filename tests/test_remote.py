"""A real SPARQL 1.1 server on loopback (Oxigraph server, from PyPI): push the corpus graph with
the Graph Store Protocol, then every named query must answer remotely as it does locally."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request

import pytest

from zonegraph.errors import ZonegraphError
from zonegraph.queries.engine import load_graph, run_sparql
from zonegraph.store.remote import push, remote_query, remote_update

from conftest import run_cli
from store_helpers import answer, bound_queries

SERVER = shutil.which("oxigraph")
pytestmark = pytest.mark.skipif(SERVER is None, reason="the oxigraph server (pip install oxigraph) is not installed")


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``oxigraph serve`` bound to 127.0.0.1 on a free port; its base URL."""
    location = tmp_path_factory.mktemp("oxigraph-server")
    port = free_port()
    process = subprocess.Popen([SERVER, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            with urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=2):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"oxigraph serve did not start: {process.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    yield base
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def pushed(server, corpus_build):
    _, build_dir = corpus_build
    report = push(build_dir, f"{server}/store", clear_update=f"{server}/update")
    return report, build_dir


def test_push_uploads_every_graph_and_the_union(pushed, server):
    report, build_dir = pushed
    local = load_graph(build_dir)
    graphs = [g for g in local.graphs() if len(g)]
    assert report.graphs == len(graphs) and report.triples == sum(len(g) for g in graphs)
    assert report.union == len(local)
    remote = remote_query(f"{server}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(next(iter(remote))[0]) == report.triples


def test_every_named_query_answers_the_same_remotely(pushed, server):
    _, build_dir = pushed
    local = load_graph(build_dir)
    for name, text in bound_queries().items():
        here, there = run_sparql(local, text, name), remote_query(f"{server}/query", text, name)
        assert there.type == here.type, name
        assert answer(there) == answer(here), name
        assert [str(v) for v in there.vars or []] == [str(v) for v in here.vars or []], name


def test_the_cli_queries_an_endpoint_and_pushes(server, corpus_build, tmp_path):
    _, build_dir = corpus_build
    out = run_cli("push", f"{server}/store", "--build-dir", str(build_dir))
    assert out.returncode == 0 and "pushed" in out.stdout, out.stderr
    local = run_cli("query", "zone-profile", "--param", "zone=苏州高新区", "--format", "csv", "--build-dir", str(build_dir))
    remote = run_cli("query", "zone-profile", "--param", "zone=苏州高新区", "--format", "csv", "--endpoint", f"{server}/query")
    assert remote.returncode == 0, remote.stderr
    assert sorted(remote.stdout.splitlines()) == sorted(local.stdout.splitlines())
    out = run_cli("query", "shared-partner-institutes", "--endpoint", "http://127.0.0.1:9/query")
    assert out.returncode == 1 and "cannot reach the endpoint" in out.stderr


def test_the_cli_notes_a_name_the_endpoints_graph_lacks_as_a_local_run_does(pushed, server):
    """A local run said "nothing in the graph is named …; did you mean …", an --endpoint run nothing."""
    _, build_dir = pushed
    for args in (["zone-profile", "--param", "zone=苏洲高新区"], ["zone-indicators", "--param", "zone=浙江大学"],
                 ["compare-indicator", "--param", "indicator=GDP", "--param", "period=2019"]):
        local = run_cli("query", *args, "--build-dir", str(build_dir))
        remote = run_cli("query", *args, "--endpoint", f"{server}/query")
        assert remote.returncode == 0 and "zonegraph: note:" in local.stderr
        assert (remote.stdout, remote.stderr) == (local.stdout, local.stderr)
    read = run_cli("query", "zone-profile", "--param", "zone=蘇州高新區", "--format", "csv", "--endpoint", f"{server}/query")
    assert len(read.stdout.splitlines()) > 2 and read.stderr == ""


def test_a_push_with_a_wrong_store_url_leaves_the_remote_as_it_was(pushed, server, corpus_build):
    """push QUERY_URL --clear UPDATE_URL (the query URL given for the store) sent DROP ALL first, then failed
    at the first PUT: the remote was left empty. Now nothing is deleted before every PUT has succeeded."""
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    before = int(next(iter(remote_query(f"{server}/query", count)))[0])
    assert before > 0
    with pytest.raises(ZonegraphError, match="answered 4"):
        push(corpus_build[1], f"{server}/query", clear_update=f"{server}/update")
    assert int(next(iter(remote_query(f"{server}/query", count)))[0]) == before


def test_clear_deletes_the_graphs_the_build_no_longer_has(pushed, server, corpus_build):
    remote_update(f"{server}/update", "INSERT DATA { GRAPH <urn:stale> { <urn:a> <urn:b> <urn:c> } }")
    report = push(corpus_build[1], f"{server}/store", clear_update=f"{server}/update")
    stale = remote_query(f"{server}/query", "ASK { GRAPH <urn:stale> { ?s ?p ?o } }")
    assert not stale.askAnswer
    total = remote_query(f"{server}/query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(next(iter(total))[0]) == report.triples


def test_remote_errors_are_one_line(server):
    with pytest.raises(ZonegraphError, match="answered 400"):
        remote_query(f"{server}/query", "SELECT WHERE {")
    with pytest.raises(ZonegraphError, match="answered 400"):
        remote_update(f"{server}/update", "INSERT nonsense")


def test_a_memory_build_pushes_too(server, tmp_path):
    from conftest import CORPUS
    from zonegraph.pipeline import build

    build_dir = tmp_path / "memory"
    build(CORPUS, build_dir, store="memory")
    report = push(build_dir, f"{server}/store")
    assert report.graphs > 5 and report.union > 0
