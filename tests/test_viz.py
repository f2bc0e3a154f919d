"""zonegraph viz: the networkx graphs built from a small RDF fixture, and the HTML written."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from zonegraph.cli import main
from zonegraph.errors import ZonegraphError
from zonegraph.pictures import measures, views
from zonegraph.pictures.names import normalise, resolve
from zonegraph.pictures.networks import BROADER, SHARES, load_knowledge
from zonegraph.pictures.page import display_label, page_data, render, script_json
from zonegraph.pictures.site import write_site
from zonegraph.queries.engine import load_graph, run_sparql
from zonegraph.queries.named import find_query

ID = "https://w3id.org/zonegraph/id/"
EVIL = '<script>window.__pwned=1</script>恶意"企业\'<img src=x onerror="window.__pwned=2">'
EVIL_INSTITUTE = "<b>粗体</b>研究院"
EVIL_TTL = EVIL.replace('"', '\\"')  # as a Turtle string

# A tiny built graph: three zones, an institute tree (浙江大学 with two sub-institutes), 中科院X,
# enterprises (one with a hostile name), an industry taxonomy, a cluster and a policy.
FIXTURE = f"""
@prefix zg: <https://w3id.org/zonegraph/ontology#> .
@prefix zone: <{ID}zone/> .
@prefix institute: <{ID}institute/> .
@prefix enterprise: <{ID}enterprise/> .
@prefix cluster: <{ID}cluster/> .
@prefix policy: <{ID}policy/> .
@prefix org: <{ID}org/> .
@prefix doc: <{ID}doc/> .
@prefix evidence: <{ID}evidence/> .
@prefix ind: <{ID}industry/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{ID}industry/scheme> {{
  ind:ic a zg:Industry, skos:Concept ; rdfs:label "集成电路"@zh ; skos:prefLabel "集成电路"@zh, "Integrated circuits"@en ;
     skos:altLabel "芯片"@zh .
  ind:ic-design a zg:Industry, skos:Concept ; rdfs:label "集成电路设计"@zh ; skos:prefLabel "集成电路设计"@zh ;
     skos:altLabel "芯片设计"@zh, "IC设计"@zh ; skos:broader ind:ic .
  ind:bio a zg:Industry, skos:Concept ; rdfs:label "生物医药"@zh ; skos:prefLabel "生物医药"@zh .
  ind:unused a zg:Industry, skos:Concept ; rdfs:label "量子信息"@zh ; skos:prefLabel "量子信息"@zh .
}}

doc:a {{
  doc:a a zg:Document ; zg:fileName "a.txt" ; dcterms:title "甲文"@zh .
  zone:suzhou a zg:Zone ; rdfs:label "苏州高新技术产业开发区"@zh ; skos:altLabel "苏州高新区"@zh, "苏州"@zh ;
     zg:province "江苏省" ; zg:city "苏州市" .
  zone:shaoxing a zg:Zone ; rdfs:label "绍兴高新技术产业开发区"@zh ; skos:altLabel "绍兴高新区"@zh ;
     zg:province "浙江省" ; zg:city "绍兴市" .
  zone:wuxi a zg:Zone ; rdfs:label "无锡高新技术产业开发区"@zh ; skos:altLabel "无锡高新区"@zh ;
     zg:province "江苏省" ; zg:city "无锡市" .
  zone:lonely a zg:Zone ; rdfs:label "孤岛高新技术产业开发区"@zh ; skos:altLabel "孤岛高新区"@zh .
  institute:zju a zg:ResearchInstitute ; rdfs:label "浙江大学"@zh ; skos:altLabel "浙大"@zh .
  institute:zju-suzhou a zg:ResearchInstitute ; rdfs:label "浙江大学苏州工业技术研究院"@zh ; skos:altLabel "浙大工研院"@zh .
  institute:zju-shaoxing a zg:ResearchInstitute ; rdfs:label "浙江大学绍兴研究院"@zh .
  institute:cas-x a zg:ResearchInstitute ; rdfs:label "中国科学院某研究所"@zh ; skos:altLabel "中科院某所"@zh .
  institute:evil a zg:ResearchInstitute ; rdfs:label "{EVIL_INSTITUTE}"@zh .
  enterprise:one a zg:Enterprise ; rdfs:label "甲科技有限公司"@zh .
  enterprise:evil a zg:Enterprise ; rdfs:label "{EVIL_TTL}"@zh .
  cluster:chips a zg:IndustrialCluster ; rdfs:label "苏州芯片产业集群"@zh .
  policy:p a zg:Policy ; rdfs:label "关于促进高新区发展的意见"@zh .
  org:gov a zg:Organization ; rdfs:label "国务院"@zh .
  ind:ic-design rdfs:label "集成电路设计"@zh .
  ind:bio rdfs:label "生物医药"@zh .

  zone:suzhou zg:partnersWith institute:zju-suzhou, institute:cas-x ;
     zg:hostsEnterprise enterprise:one, enterprise:evil ;
     zg:hasIndustry ind:ic-design ; zg:hasCluster cluster:chips ; zg:implementsPolicy policy:p .
  zone:wuxi zg:partnersWith institute:zju-suzhou, institute:cas-x, institute:evil ;
     zg:hasIndustry ind:bio .
  zone:shaoxing zg:partnersWith institute:zju-shaoxing .
  institute:zju-suzhou zg:subOrganizationOf institute:zju .
  institute:zju-shaoxing zg:subOrganizationOf institute:zju .
  cluster:chips zg:clusterIndustry ind:ic-design .
  policy:p zg:issuedBy org:gov .

  evidence:1 a zg:Evidence, rdf:Statement ; rdf:subject zone:suzhou ; rdf:predicate zg:partnersWith ;
     rdf:object institute:zju-suzhou ; prov:wasDerivedFrom doc:a ;
     zg:quote "苏州高新区与浙大工研院深度合作。" ; zg:confidence 0.9 .
  evidence:2 a zg:Evidence, rdf:Statement ; rdf:subject zone:suzhou ; rdf:predicate zg:partnersWith ;
     rdf:object institute:zju-suzhou ; prov:wasDerivedFrom doc:a ;
     zg:quote "浙大工研院落户苏州高新区。" ; zg:confidence 0.6 .
  evidence:3 a zg:Evidence, rdf:Statement ; rdf:subject zone:wuxi ; rdf:predicate zg:partnersWith ;
     rdf:object institute:cas-x ; prov:wasDerivedFrom doc:a ;
     zg:quote "无锡高新区与中科院某所共建平台<script>alert(1)</script>。" ; zg:confidence 0.5 .
  evidence:4 a zg:Evidence, rdf:Statement ; rdf:subject zone:suzhou ; rdf:predicate zg:hostsEnterprise ;
     rdf:object enterprise:evil ; prov:wasDerivedFrom doc:a ;
     zg:quote "{EVIL_TTL}入驻苏州高新区。" ; zg:confidence 0.8 .
  evidence:5 a zg:Evidence, rdf:Statement ; rdf:subject zone:suzhou ; rdf:predicate zg:partnersWith ;
     rdf:object institute:cas-x ; prov:wasDerivedFrom doc:a ; zg:quote "苏州高新区与中科院某所合作。" ; zg:confidence 0.8 .
  evidence:6 a zg:Evidence, rdf:Statement ; rdf:subject zone:wuxi ; rdf:predicate zg:partnersWith ;
     rdf:object institute:zju-suzhou ; prov:wasDerivedFrom doc:a ; zg:quote "无锡高新区与浙大工研院合作。" ; zg:confidence 0.9 .
  evidence:7 a zg:Evidence, rdf:Statement ; rdf:subject zone:wuxi ; rdf:predicate zg:partnersWith ;
     rdf:object institute:evil ; prov:wasDerivedFrom doc:a ; zg:quote "无锡高新区与{EVIL_INSTITUTE}合作。" ; zg:confidence 0.9 .
  evidence:8 a zg:Evidence, rdf:Statement ; rdf:subject zone:shaoxing ; rdf:predicate zg:partnersWith ;
     rdf:object institute:zju-shaoxing ; prov:wasDerivedFrom doc:a ; zg:quote "绍兴高新区与浙江大学绍兴研究院合作。" ; zg:confidence 0.9 .
}}
"""


def write_fixture(folder: Path) -> Path:
    """The fixture as a build folder (graph.trig inside); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "graph.trig").write_text(FIXTURE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory) -> Path:
    return write_fixture(tmp_path_factory.mktemp("viz-build"))


@pytest.fixture(scope="module")
def knowledge(build_dir):
    return load_knowledge(build_dir / "graph.trig")


def label_set(graph: nx.Graph) -> set[str]:
    return {data["label"] for _, data in graph.nodes(data=True)}


# ---- RDF -> networkx ------------------------------------------------------------------------

def test_the_knowledge_graph_holds_every_related_entity_and_every_zone(knowledge):
    graph = knowledge.graph
    kinds = dict(graph.nodes(data="kind"))
    assert kinds[ID + "zone/suzhou"] == "Zone"
    assert kinds[ID + "zone/lonely"] == "Zone" and graph.degree(ID + "zone/lonely") == 0  # named, unrelated
    assert kinds[ID + "org/gov"] == "Organization"
    assert ID + "industry/unused" not in graph  # a taxonomy concept no document names
    assert ID + "industry/unused" in knowledge.taxonomy
    suzhou = graph.nodes[ID + "zone/suzhou"]
    assert suzhou["label"] == "苏州高新技术产业开发区"
    assert suzhou["aliases"] == ("苏州", "苏州高新区")
    assert (suzhou["province"], suzhou["city"]) == ("江苏省", "苏州市")
    relations = sorted(key for _, _, key in graph.edges(keys=True))
    assert relations.count("partnersWith") == 6 and relations.count("subOrganizationOf") == 2
    assert graph.number_of_nodes() == 16


def test_relation_edges_carry_their_evidence_most_confident_first(knowledge):
    edge = knowledge.graph.edges[ID + "zone/suzhou", ID + "institute/zju-suzhou", "partnersWith"]
    assert [e["quote"] for e in edge["evidence"]] == ["苏州高新区与浙大工研院深度合作。", "浙大工研院落户苏州高新区。"]
    assert edge["evidence"][0]["document"] == "a.txt" and edge["evidence"][0]["title"] == "甲文"
    assert edge["confidence"] == 0.9
    assert knowledge.graph.edges[ID + "zone/suzhou", ID + "enterprise/one", "hostsEnterprise"]["evidence"] == []


def test_the_taxonomy_is_drawn_between_named_industries_only(knowledge):
    assert knowledge.taxonomy.has_edge(ID + "industry/ic-design", ID + "industry/ic")
    # 集成电路 itself is named by no document: no node, so no broader edge in the knowledge graph
    assert not any(key == BROADER for _, _, key in knowledge.graph.edges(keys=True))


# ---- names ---------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["苏州高新区", "苏州高新技术产业开发区", " 苏州高新区 ", "苏州"])
def test_a_zone_is_found_by_any_of_its_names(knowledge, name):
    assert views.find_zone(knowledge, name) == ID + "zone/suzhou"


def test_names_compare_in_nfkc():
    assert normalise("杭州高新区（滨江）") == normalise("杭州高新区(滨江)")
    assert normalise("ＩＣ设计") == normalise("ic设计")


def test_an_unknown_name_says_so_and_suggests_close_ones(knowledge):
    with pytest.raises(ZonegraphError) as caught:
        views.find_zone(knowledge, "苏洲高新区")
    message = str(caught.value)
    assert "unknown zone 「苏洲高新区」" in message and "did you mean 苏州高新区（苏州高新技术产业开发区）" in message
    with pytest.raises(ZonegraphError, match="unknown institute 「清华大学」"):
        views.find_institute(knowledge, "清华大学")
    with pytest.raises(ZonegraphError, match="unknown industry 「集成电」.*did you mean 集成电路"):
        views.find_industry(knowledge, "集成电")


def test_an_alias_of_two_nodes_is_ambiguous():
    names = {"a": ("甲大学", ("大学",)), "b": ("乙大学", ("大学",))}
    with pytest.raises(ZonegraphError, match="ambiguous: it names 乙大学、甲大学"):
        resolve("大学", names, "institute")
    assert resolve("甲大学", names, "institute") == "a"


# ---- views ---------------------------------------------------------------------------------

def test_the_shared_institute_projection_weights_and_lists_the_shared_organisations(knowledge):
    graph = views.shared_institutes(knowledge).graph
    assert set(graph) == {ID + "zone/suzhou", ID + "zone/wuxi", ID + "zone/shaoxing"}
    assert {k for _, _, k in graph.edges(keys=True)} == {SHARES}
    pairs = {frozenset((u, v)): data for u, v, data in graph.edges(data=True)}
    suzhou_wuxi = pairs[frozenset((ID + "zone/suzhou", ID + "zone/wuxi"))]
    assert suzhou_wuxi["weight"] == 2
    assert [(s["institute"], s["how"]) for s in suzhou_wuxi["shared"]] == [
        ("中国科学院某研究所", "same institute"), ("浙江大学苏州工业技术研究院", "same institute")]
    # through the common parent 浙江大学 only: its nearer common member speaks for the pair
    suzhou_shaoxing = pairs[frozenset((ID + "zone/suzhou", ID + "zone/shaoxing"))]
    assert suzhou_shaoxing["weight"] == 1
    assert suzhou_shaoxing["shared"] == [{"institute": "浙江大学", "how": "common parent",
                                          "partners1": ["浙江大学绍兴研究院"], "partners2": ["浙江大学苏州工业技术研究院"]}]
    assert any("浙大工研院" in e["quote"] for e in suzhou_shaoxing["evidence"])
    # two units of 浙江大学 only: a loose link, drawn dashed (a researcher's review, session 70: 12 of the corpus's 20
    # links were two institutes of 中国科学院, drawn as any other); one institute is no loose link
    assert suzhou_shaoxing["loose"] and not suzhou_wuxi["loose"]


def test_the_projection_agrees_with_the_named_query(knowledge, build_dir):
    graph = views.shared_institutes(knowledge).graph
    ours = {(graph.nodes[u]["label"], graph.nodes[v]["label"], s["institute"], s["how"])
            for u, v, data in graph.edges(data=True) for s in data["shared"]}
    rows = run_sparql(load_graph(build_dir / "graph.trig"), find_query("shared-partner-institutes").bind({}))
    theirs = {(str(r.zone1), str(r.zone2), str(r.shared), str(r.how)) for r in rows}
    assert {tuple(sorted(t[:2])) + t[2:] for t in ours} == {tuple(sorted(t[:2])) + t[2:] for t in theirs}


def test_the_projection_colours_communities(knowledge):
    view = views.shared_institutes(knowledge)
    assert view.colour_by == "community"
    groups = measures.communities(view.graph)
    assert set(groups) == set(view.graph)


def test_a_zone_neighbourhood_grows_with_depth(knowledge):
    zone = views.find_zone(knowledge, "苏州高新区")
    one = views.neighbourhood(knowledge, zone, 1)
    assert one.focus == [zone] and one.name == "zone-suzhou"
    assert label_set(one.graph) == {"苏州高新技术产业开发区", "浙江大学苏州工业技术研究院", "中国科学院某研究所", "甲科技有限公司",
                                    EVIL, "集成电路设计", "苏州芯片产业集群", "关于促进高新区发展的意见"}
    two = views.neighbourhood(knowledge, zone, 2)
    assert {"无锡高新技术产业开发区", "浙江大学", "国务院"} <= label_set(two.graph)
    assert "绍兴高新技术产业开发区" not in label_set(two.graph)
    assert "绍兴高新技术产业开发区" not in label_set(views.neighbourhood(knowledge, zone, 3).graph)
    # 苏州 -> 浙大工研院 -> 浙江大学 -> 浙江大学绍兴研究院 -> 绍兴
    assert "绍兴高新技术产业开发区" in label_set(views.neighbourhood(knowledge, zone, 4).graph)
    with pytest.raises(ZonegraphError, match="--depth must be 1 or more"):
        views.neighbourhood(knowledge, zone, 0)


def test_an_institute_reaches_zones_through_its_sub_organisations(knowledge):
    view = views.institute_reach(knowledge, views.find_institute(knowledge, "浙大"))
    assert label_set(view.graph) == {"浙江大学", "浙江大学苏州工业技术研究院", "浙江大学绍兴研究院",
                                     "苏州高新技术产业开发区", "无锡高新技术产业开发区", "绍兴高新技术产业开发区"}
    assert {k for _, _, k in view.graph.edges(keys=True)} == {"partnersWith", "subOrganizationOf"}
    child = views.institute_reach(knowledge, views.find_institute(knowledge, "浙大工研院"))
    assert label_set(child.graph) == {"浙江大学苏州工业技术研究院", "苏州高新技术产业开发区", "无锡高新技术产业开发区"}


def test_an_industry_view_counts_narrower_sectors_and_their_clusters(knowledge):
    view = views.industry_view(knowledge, views.find_industry(knowledge, "芯片"))
    assert label_set(view.graph) == {"集成电路", "集成电路设计", "苏州高新技术产业开发区", "苏州芯片产业集群"}
    assert view.graph.has_edge(ID + "industry/ic-design", ID + "industry/ic", BROADER)
    assert {k for _, _, k in view.graph.edges(keys=True)} == {"hasIndustry", "clusterIndustry", "hasCluster", BROADER}
    with pytest.raises(ZonegraphError, match="no zone or cluster of the graph has the industry 量子信息"):
        views.industry_view(knowledge, views.find_industry(knowledge, "量子信息"))


def test_type_and_relation_filters_keep_what_they_name(knowledge):
    whole = views.whole(knowledge)
    zones_and_institutes = views.restrict(whole, ["Zone", "ResearchInstitute"])
    assert {k for _, k in zones_and_institutes.graph.nodes(data="kind")} == {"Zone", "ResearchInstitute"}
    assert {k for _, _, k in zones_and_institutes.graph.edges(keys=True)} == {"partnersWith", "subOrganizationOf"}
    partners = views.restrict(whole, relations=["partnersWith"])
    assert {k for _, _, k in partners.graph.edges(keys=True)} == {"partnersWith"}
    assert "浙江大学" not in label_set(partners.graph)  # only a parent: stranded by the filter
    assert "孤岛高新技术产业开发区" in label_set(partners.graph)  # alone before the filter, kept
    assert partners.stranded == sum(1 for n in whole.graph if whole.graph.degree(n) > 0) - len(
        [n for n in partners.graph if partners.graph.degree(n) > 0])  # counted, for the command to say
    zone = views.find_zone(knowledge, "苏州高新区")
    focused = views.restrict(views.neighbourhood(knowledge, zone), ["Enterprise"])
    assert zone in focused.graph  # the view's subject stays
    with pytest.raises(ZonegraphError, match="leave nothing to draw"):
        views.restrict(views.shared_institutes(knowledge), ["Policy"])


def test_min_confidence_drops_weak_relations(knowledge):
    strong = views.with_min_confidence(knowledge, 0.7)
    assert not strong.graph.has_edge(ID + "zone/wuxi", ID + "institute/cas-x")
    assert strong.graph.has_edge(ID + "zone/suzhou", ID + "institute/zju-suzhou")
    assert strong.graph.has_edge(ID + "zone/suzhou", ID + "enterprise/one")  # no evidence: not weak
    weights = {frozenset((u, v)): w for u, v, w in views.shared_institutes(strong).graph.edges(data="weight")}
    assert weights[frozenset((ID + "zone/suzhou", ID + "zone/wuxi"))] == 1


# ---- measures ------------------------------------------------------------------------------

def test_centralities_and_layout_cover_every_node_and_are_repeatable(knowledge):
    graph = views.whole(knowledge).graph
    sizes = measures.centralities(graph)
    assert set(sizes) == set(measures.SIZE_MEASURES)
    assert all(set(values) == set(graph) for values in sizes.values())
    assert sizes["degree"][ID + "zone/suzhou"] == max(sizes["degree"].values())
    assert measures.layout(graph) == measures.layout(graph)
    assert set(measures.layout(graph)) == set(graph)


def test_declutter_moves_overlapping_labels_apart():
    positions = {"a": (0.0, 0.0), "b": (10.0, 5.0), "leaf": (0.0, 40.0)}
    boxes = {"a": (100.0, 20.0, 0.0), "b": (100.0, 20.0, 0.0)}
    moved = measures.declutter(positions, boxes, {"a": ["leaf"]})
    (ax, ay), (bx, by) = moved["a"], moved["b"]
    assert abs(ax - bx) >= 100 or abs(ay - by) >= 20
    assert moved["leaf"][1] - moved["a"][1] == pytest.approx(40.0, abs=0.2)  # a leaf follows its hub


def test_long_labels_wrap_and_zones_show_their_short_name():
    assert display_label({"label": "苏州高新技术产业开发区", "kind": "Zone", "aliases": ("苏州", "苏州高新区")}) == "苏州高新区"
    wrapped = display_label({"label": "中国科学院苏州生物医学工程技术研究所", "kind": "ResearchInstitute", "aliases": ()})
    assert wrapped.replace("\n", "") == "中国科学院苏州生物医学工程技术研究所" and wrapped.count("\n") == 1


# ---- HTML ----------------------------------------------------------------------------------

class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.urls += [value or "" for name, value in attrs if name in ("src", "href", "action", "data", "poster")]


def assert_offline(text: str) -> None:
    parser = _Links()
    parser.feed(text)
    external = [u for u in parser.urls if re.match(r"^\s*([a-z][a-z0-9+.-]*:|//)", u, re.I) and not u.startswith("data:")]
    assert external == []
    # no external URL in a src or href anywhere, script text included
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:)?//""", text, re.I)
    assert not re.search(r"@import|<link\b", text, re.I)


@pytest.fixture(scope="module")
def site(knowledge, tmp_path_factory) -> tuple[Path, list[Path]]:
    folder = tmp_path_factory.mktemp("site")
    return folder, write_site(knowledge, folder)


def test_the_site_has_an_index_the_whole_graph_the_shared_view_and_a_page_per_zone(site):
    folder, pages = site
    assert pages[0] == folder / "index.html"
    names = {p.relative_to(folder).as_posix() for p in pages}
    assert {"index.html", "graph.html", "shared-partner-institutes.html", "zone/suzhou.html", "zone/lonely.html"} <= names
    index = (folder / "index.html").read_text(encoding="utf-8")
    parser = _Links()
    parser.feed(index)
    assert {"graph.html", "shared-partner-institutes.html", "zone/suzhou.html", "zone/wuxi.html"} <= set(parser.urls)
    for url in parser.urls:
        assert (folder / url).is_file(), url
    zone_page = (folder / "zone" / "suzhou.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="zg-data">(.*?)</script>', zone_page, re.S).group(1))
    assert data["home"] == "../index.html"
    hrefs = {n["name"]: n["href"] for n in data["nodes"]}
    assert hrefs["苏州高新技术产业开发区"] == "suzhou.html" and hrefs["甲科技有限公司"] is None


def test_no_page_reaches_outside(site):
    _, pages = site
    for page in pages:
        assert_offline(page.read_text(encoding="utf-8"))


def test_pages_inline_vis_network_and_allow_only_their_own_scripts(site):
    folder, _ = site
    text = (folder / "graph.html").read_text(encoding="utf-8")
    assert "vis-network" in text and "new vis.Network" in text
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1)
    assert "default-src 'none'" in policy and "unsafe-eval" not in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert len(re.findall(r"'sha256-[A-Za-z0-9+/=]+'", policy)) == 2


def test_document_text_is_escaped_never_markup(knowledge):
    zone = views.find_zone(knowledge, "苏州高新区")
    text = render(views.neighbourhood(knowledge, zone))
    assert "<script>window.__pwned" not in text and "<img src=x" not in text
    assert "\\u003cscript\\u003ewindow.__pwned" in text
    parser = _Links()
    parser.feed(text)
    assert "img" not in parser.tags and parser.tags.count("script") == 3
    data = json.loads(re.search(r'id="zg-data">(.*?)</script>', text, re.S).group(1))
    assert EVIL in {n["name"] for n in data["nodes"]}  # the page still shows the name, as text
    institute = views.institute_reach(knowledge, views.find_institute(knowledge, EVIL_INSTITUTE))
    page = render(institute)
    assert "<title>&lt;b&gt;粗体&lt;/b&gt;研究院：连接的高新区</title>" in page
    assert "<b>粗体</b>" not in page


def test_script_json_cannot_close_its_script_element():
    text = script_json({"a": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"a": "</script><!-- & \u2028"}


def test_page_data_lists_every_node_and_edge_with_positions_and_sizes(knowledge):
    view = views.whole(knowledge)
    data = page_data(view, size_by="betweenness")
    assert len(data["nodes"]) == view.graph.number_of_nodes()
    assert len(data["edges"]) == view.graph.number_of_edges()
    assert data["sizeBy"] == "betweenness" and data["physics"] is False
    node = next(n for n in data["nodes"] if n["name"] == "苏州高新技术产业开发区")
    assert node["label"] == "苏州高新区" and node["province"] == "江苏省" and set(node["size"]) == set(measures.SIZE_MEASURES)
    ids = {n["id"] for n in data["nodes"]}
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert {"Zone", "ResearchInstitute", "Enterprise", "Industry", "IndustrialCluster", "Policy"} <= set(data["kinds"])
    with pytest.raises(ZonegraphError, match="unknown size measure"):
        render(view, size_by="pagerank")


# ---- the command ---------------------------------------------------------------------------

def run(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["viz", *args], env=env, catch_exceptions=False)


def test_viz_with_no_view_writes_the_site_under_the_build_dir(tmp_path):
    build = write_fixture(tmp_path / "b")
    result = run("--build-dir", str(build))
    assert result.exit_code == 0, result.output
    assert (build / "html" / "index.html").is_file() and (build / "html" / "zone" / "suzhou.html").is_file()
    assert "index.html" in result.output


def test_viz_views_write_one_page(tmp_path):
    build = write_fixture(tmp_path / "b")
    for args, name in ((["--zone", "苏州高新区", "--depth", "2"], "suzhou.html"),
                       (["--query", "shared-partner-institutes"], "shared.html"),
                       (["--institute", "浙江大学"], "zju.html"),
                       (["--industry", "集成电路"], "ic.html")):
        result = run(*args, "-o", str(tmp_path / name), "--build-dir", str(build))
        assert result.exit_code == 0, result.output
        assert_offline((tmp_path / name).read_text(encoding="utf-8"))
    result = run("--industry", "芯片", "--build-dir", str(build))
    assert result.exit_code == 0 and (build / "html" / "industry-ic.html").is_file()


def test_viz_reads_the_build_dir_from_the_environment(tmp_path):
    build = write_fixture(tmp_path / "env-build")
    result = run("--zone", "无锡高新区", "--type", "Zone", "--type", "科研机构", env={"ZONEGRAPH_BUILD_DIR": str(build)})
    assert result.exit_code == 0, result.output
    assert "4 nodes, 3 edges" in result.output  # 无锡 and its three partners, its industry filtered out


def test_viz_says_what_its_filters_leave_undrawn(tmp_path):
    build = write_fixture(tmp_path / "b")
    result = run("--relation", "partnersWith", "-o", str(tmp_path / "p.html"), "--build-dir", str(build))
    assert result.exit_code == 0, result.output
    assert re.search(r"\d+ nodes \((\d+) more left without a relation by the filters, not drawn\)", result.output)
    result = run("--min-confidence", "0.7", "-o", str(tmp_path / "c.html"), "--build-dir", str(build))
    assert result.exit_code == 0, result.output
    assert re.search(r"--min-confidence 0.7 leaves out [1-9]\d* relations and \d+ entities", result.output)


@pytest.mark.parametrize("args, problem", [
    (["--zone", "苏洲高新区"], "unknown zone 「苏洲高新区」.*did you mean 苏州高新区"),
    (["--institute", "北京大学"], "unknown institute 「北京大学」"),
    (["--industry", "集成电"], "unknown industry 「集成电」.*集成电路"),
    (["--zone", "苏州高新区", "--industry", "芯片"], "choose one view: --zone and --industry cannot be combined"),
    (["--depth", "2"], "--depth goes with --zone"),
    (["--query", "shared-partner-institute"], "unknown query view.*did you mean shared-partner-institutes"),
    (["--type", "Robot"], "unknown node type 「Robot」"),
    (["--relation", "likes"], "unknown relation 「likes」"),
    (["--min-confidence", "2"], "between 0 and 1"),
    # (NaN was taken, compared false with every confidence: named queries refuse it as not finite)
    (["--min-confidence", "nan"], "--min-confidence must be a number between 0 and 1, not nan"),
    (["--min-confidence", "-inf"], "--min-confidence must be a number between 0 and 1, not -inf"),
])
def test_viz_errors_name_the_problem(tmp_path, args, problem):
    build = write_fixture(tmp_path / "b")
    result = run(*args, "--build-dir", str(build))
    assert result.exit_code == 1
    assert result.output.startswith("zonegraph: error: ")
    assert re.search(problem, result.output), result.output


def test_viz_writes_into_a_folder_that_is_there_and_makes_none_of_its_own(tmp_path):
    """-o /nonexistent/dir/x.html made /nonexistent/dir without a word; the default folder is still made."""
    build = write_fixture(tmp_path / "b")
    page = tmp_path / "mistyped" / "dir" / "x.html"
    for args in ((), ("--indicator", "GDP")):
        result = run(*args, "-o", str(page), "--build-dir", str(build))
        assert result.exit_code == 1 and not (tmp_path / "mistyped").exists()
        assert result.output == (f"zonegraph: error: {page}: no folder {page.parent} to write the page into: make it "
                                 "first, or give another -o\n")
    made = run("--zone", "苏州高新区", "--build-dir", str(build))
    assert made.exit_code == 0 and f"wrote {build / 'html'}/" in made.output


def test_viz_of_an_empty_graph_says_there_is_nothing_to_draw(tmp_path):
    (tmp_path / "graph.trig").write_text("", encoding="utf-8")
    result = run("--build-dir", str(tmp_path), "-o", str(tmp_path / "x.html"))
    assert result.exit_code == 1 and "nothing to draw" in result.output  # (was max() of an empty sequence)


def test_viz_without_a_build_says_to_build_first(tmp_path):
    result = run("--build-dir", str(tmp_path / "nothing"))
    assert result.exit_code == 1 and "run `zonegraph build` first" in result.output


def test_a_zone_page_draws_a_node_linked_by_two_relations_once():
    # a new user's review (session 70): 苏州's page drew its 产业链长制3年行动计划 twice, as implemented and as
    # issued, and its title counted 23 neighbours of 22
    from zonegraph.serve.drawing import Neighbour, ego_network

    plan = "/id/policy/chanyelian"
    svg = ego_network("苏州高新区", "zone", [
        Neighbour(plan, "产业链长制3年行动计划", "policy", "implementsPolicy", "实施政策", True, 1),
        Neighbour(plan, "产业链长制3年行动计划", "policy", "issuedBy", "发布机构", False, 2),
        Neighbour("/id/institute/nju", "南京大学", "institute", "partnersWith", "合作机构", True, 1)])
    assert svg.count(f'href="{plan}"') == 1 and "its 2 neighbours" in svg
    assert "实施政策、发布机构 (3 evidence)" in svg
