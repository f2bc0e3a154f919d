"""zonegraph viz pages in a real browser: headless Chromium (Debian package chromium).

Each page is opened from file://, the test waits for vis-network to draw, reads the number of
nodes and edges on the canvas from the page's network object, and checks that no console error
occurred and no request left the machine. Screenshots go to build/screenshots/.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from conftest import ROOT
from test_viz import EVIL, write_fixture
from zonegraph.pictures import views
from zonegraph.pictures.browser import Chromium, find_chromium
from zonegraph.pictures.networks import load_knowledge
from zonegraph.pictures.page import render, write_page
from zonegraph.pictures.site import write_site

pytestmark = pytest.mark.skipif(
    find_chromium() is None,
    reason="Chromium is not installed (apt-get install chromium): the browser tests need a real browser",
)

SHOTS = ROOT / "build" / "screenshots"
ON_CANVAS = "[zgNetwork.body.nodeIndices.length, zgNetwork.body.edgeIndices.length]"
# the nodes drawn outside the canvas once the page is ready (in a 1400 x 900 window the first view cut off the
# outermost nodes on both sides: vis-network had fitted the drawing to the canvas before the page's layout)
OUT_OF_VIEW = """(function () {
    var box = document.getElementById('zg-network').getBoundingClientRect(), positions = zgNetwork.getPositions();
    return Object.keys(positions).filter(function (id) {
        var at = zgNetwork.canvasToDOM(positions[id]);
        return at.x < 0 || at.y < 0 || at.x > box.width || at.y > box.height;
    }).length;
})()"""


@pytest.fixture(scope="module")
def browser():
    with Chromium(width=1400, height=900) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def corpus(corpus_build):
    _, build_dir = corpus_build
    return load_knowledge(build_dir / "graph.trig")


@pytest.fixture(scope="module")
def corpus_site(corpus, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus-site")
    write_site(corpus, folder)
    return folder


def open_and_check(browser: Chromium, page: Path, nodes: int, edges: int, shot: str) -> None:
    """Open ``page``, wait until drawn, and check the canvas, the console and the network."""
    visit = browser.open(page)
    assert browser.evaluate(ON_CANVAS) == [nodes, edges]
    assert browser.evaluate("zgNetwork.getPositions().constructor === Object && Object.keys(zgNetwork.getPositions()).length") == nodes
    assert browser.evaluate(OUT_OF_VIEW) == 0
    assert visit.console_errors == []
    assert visit.external_requests == []
    assert visit.requests == [visit.url]  # everything is inline: the page is the only request
    time.sleep(0.2)  # let a last animation frame land before the picture
    browser.screenshot(SHOTS / f"{shot}.png")


def node_point(browser: Chromium, index: int) -> dict:
    """Where node ``index`` is on the page, in CSS pixels."""
    return browser.evaluate(f"""(function () {{
        var box = document.getElementById('zg-network').getBoundingClientRect();
        var at = zgNetwork.canvasToDOM(zgNetwork.getPositions([{index}])[{index}]);
        return {{x: at.x + box.left, y: at.y + box.top}}; }})()""")


def edge_point(browser: Chromium, index: int) -> dict:
    """A point on edge ``index``, away from its ends (which the nodes cover)."""
    return browser.evaluate(f"""(function () {{
        var box = document.getElementById('zg-network').getBoundingClientRect();
        var at = zgNetwork.canvasToDOM(zgNetwork.body.edges[{index}].edgeType.getPoint(0.6));
        return {{x: at.x + box.left, y: at.y + box.top}}; }})()""")


def hover(browser: Chromium, point: dict) -> str:
    browser.send("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": point["x"], "y": point["y"]})
    browser.wait_for("!document.getElementById('zg-tip').hidden", timeout=10)
    return browser.evaluate("document.getElementById('zg-tip').textContent")


def test_the_whole_corpus_graph_draws_every_node(browser, corpus, corpus_site):
    view = views.whole(corpus)
    open_and_check(browser, corpus_site / "graph.html", view.graph.number_of_nodes(), view.graph.number_of_edges(),
                   "viz-graph")
    # the physics, switched on, settles (its 'stabilized' event comes) rather than running on
    browser.evaluate("window.zgStabilized = null; document.getElementById('zg-physics').click(); true")
    browser.wait_for("!!window.zgStabilized", timeout=60)


@pytest.mark.parametrize("page, build, shot", [
    ("shared-partner-institutes.html", lambda k: views.shared_institutes(k), "viz-shared"),
    ("zone/suzhou.html", lambda k: views.neighbourhood(k, views.find_zone(k, "苏州高新区")), "viz-zone-suzhou"),
])
def test_site_views_draw_every_node(browser, corpus, corpus_site, page, build, shot):
    view = build(corpus)
    open_and_check(browser, corpus_site / page, view.graph.number_of_nodes(), view.graph.number_of_edges(), shot)


@pytest.mark.parametrize("make, physics, shot", [
    (lambda k: views.institute_reach(k, views.find_institute(k, "浙江大学")), False, "viz-institute-zju"),
    (lambda k: views.industry_view(k, views.find_industry(k, "集成电路")), False, "viz-industry-ic"),
    (lambda k: views.neighbourhood(k, views.find_zone(k, "苏州高新技术产业开发区"), 2), False, "viz-zone-suzhou-d2"),
    (lambda k: views.neighbourhood(k, views.find_zone(k, "江阴高新区")), True, "viz-zone-jiangyin-physics"),
])
def test_single_views_draw_every_node(browser, corpus, tmp_path, make, physics, shot):
    view = make(corpus)
    page = write_page(tmp_path / f"{shot}.html", render(view, physics=physics))
    open_and_check(browser, page, view.graph.number_of_nodes(), view.graph.number_of_edges(), shot)


def test_the_index_page_opens_offline(browser, corpus_site):
    visit = browser.open(corpus_site / "index.html", ready="document.readyState === 'complete'")
    assert visit.console_errors == [] and visit.requests == [visit.url]
    links = browser.evaluate("Array.from(document.links).map(function (a) { return a.getAttribute('href'); })")
    assert "graph.html" in links and "shared-partner-institutes.html" in links and "zone/suzhou.html" in links
    browser.screenshot(SHOTS / "viz-index.png")


def test_hovering_shows_names_and_evidence_and_clicking_keeps_it(browser, corpus_site):
    browser.open(corpus_site / "zone" / "suzhou.html")
    tip = hover(browser, node_point(browser, 0))  # the zone the page is about comes first
    assert "苏州高新技术产业开发区" in tip and "苏州高新区" in tip and "江苏省" in tip and "高新区" in tip
    edge = browser.evaluate("""zgData.edges.filter(function (e) {
        return e.relation === 'partnersWith' && e.evidence.length; })[0]""")
    tip = hover(browser, edge_point(browser, edge["id"]))
    assert "合作机构" in tip and edge["evidence"][0]["quote"] in tip and edge["evidence"][0]["document"] in tip
    point = edge_point(browser, edge["id"])
    browser.click(point["x"], point["y"])
    details = browser.evaluate("document.getElementById('zg-details').textContent")
    assert all(record["quote"] in details for record in edge["evidence"])
    browser.screenshot(SHOTS / "viz-hover-edge.png")


def test_search_focuses_a_node_and_filters_hide_types_and_relations(browser, corpus_site):
    browser.open(corpus_site / "zone" / "suzhou.html")
    browser.evaluate("document.getElementById('zg-search').focus()")
    browser.type_text("浙大工研院")
    selected = browser.evaluate("zgNetwork.getSelectedNodes()")
    assert len(selected) == 1
    assert browser.evaluate(f"zgData.nodes[{selected[0]}].name") == "浙江大学苏州工业技术研究院"
    assert "浙江大学苏州工业技术研究院" in browser.evaluate("document.getElementById('zg-found').textContent")
    nodes, edges = browser.evaluate(ON_CANVAS)
    industries = browser.evaluate("zgData.nodes.filter(function (n) { return n.kind === 'Industry'; }).length")
    browser.evaluate("document.getElementById('zg-kind-Industry').click()")
    assert browser.evaluate(ON_CANVAS)[0] == nodes - industries
    browser.evaluate("document.getElementById('zg-kind-Industry').click()")
    partners = browser.evaluate("zgData.edges.filter(function (e) { return e.relation === 'partnersWith'; }).length")
    browser.evaluate("document.getElementById('zg-relation-partnersWith').click()")
    assert browser.evaluate(ON_CANVAS) == [nodes, edges - partners]
    browser.evaluate("document.getElementById('zg-size').value = 'betweenness';"
                     "document.getElementById('zg-size').dispatchEvent(new Event('change')); true")
    assert browser.evaluate(f"zgNodes.get({selected[0]}).value") == browser.evaluate(
        f"zgData.nodes[{selected[0]}].size.betweenness")


def test_the_type_legend_shows_no_type_colour_while_nodes_are_coloured_by_community(browser, corpus_site):
    """On the shared-partner page (coloured by community) the type legend kept the types' colours, red for
    高新区, while the nodes were blue and orange: a reviewer read the legend against the nodes."""
    browser.open(corpus_site / "shared-partner-institutes.html")
    symbol = "getComputedStyle(document.querySelector('#zg-kinds .zg-symbol')).color"
    assert browser.evaluate("document.getElementById('zg-colour').value") == "community"
    assert browser.evaluate(symbol) == "rgb(119, 119, 119)"
    browser.evaluate("document.getElementById('zg-colour').value = 'kind';"
                     "document.getElementById('zg-colour').dispatchEvent(new Event('change')); true")
    assert browser.evaluate(symbol) != "rgb(119, 119, 119)"


def test_hostile_names_show_as_text_and_never_run(browser, tmp_path):
    build = write_fixture(tmp_path / "build")
    knowledge = load_knowledge(build / "graph.trig")
    view = views.neighbourhood(knowledge, views.find_zone(knowledge, "苏州高新区"))
    page = write_page(tmp_path / "hostile.html", render(view))
    visit = browser.open(page)
    assert browser.evaluate("typeof window.__pwned") == "undefined"
    assert browser.evaluate("document.images.length") == 0
    assert visit.console_errors == [] and visit.requests == [visit.url]
    evil = browser.evaluate("zgData.nodes.filter(function (n) { return n.kind === 'Enterprise' && n.name.indexOf('恶意') >= 0; })[0]")
    assert evil["name"] == EVIL
    tip = hover(browser, node_point(browser, evil["id"]))
    assert EVIL in tip
    assert browser.evaluate("typeof window.__pwned") == "undefined" and browser.evaluate("document.images.length") == 0
    browser.screenshot(SHOTS / "viz-hostile.png")


def test_chromium_is_what_ci_runs():
    """Where Chromium is installed the browser tests above ran; this names the binary they used."""
    assert shutil.which(find_chromium())
