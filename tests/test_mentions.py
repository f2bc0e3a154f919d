"""Finding names in cleaned sentences taken from the corpus."""

from __future__ import annotations

from zonegraph.mentions import find_mentions


def names(text: str, kind: str) -> list[str]:
    return [m.surface for m in find_mentions(text) if m.kind == kind]


def test_zone_short_forms_and_official_names_come_from_the_gazetteer():
    found = {m.surface: m.name for m in find_mentions("杭州高新区（滨江）与苏州高新技术产业开发区、武汉东湖合作") if m.kind == "Zone"}
    assert found["杭州高新区（滨江）"] == "杭州高新技术产业开发区"
    assert found["苏州高新技术产业开发区"] == "苏州高新技术产业开发区"


def test_every_zone_is_found_by_its_name_and_its_prefix_with_or_without_guo_jia():
    from zonegraph.reference import zones

    for zone in zones():
        forms = [zone.name]
        if zone.prefix != zone.name:  # (中关村科技园区, 杨凌农业高新技术产业示范区: the name is the only form)
            forms += [zone.prefix + ending for ending in ("高新区", "国家高新区", "国家级高新区")]
        for form in forms:
            found = [m for m in find_mentions(form + "依托本地高校发展新材料产业") if m.kind == "Zone"]
            assert [(m.surface, m.name) for m in found] == [(form, zone.name)], form


def test_zone_pattern_needs_a_place_name_not_a_verb_or_a_category():
    assert names("推动国家高新区高质量发展，省级高新区和山东省高新区也在行动", "Zone") == []
    assert names("四川省攀枝花市把攀枝花钒钛高新区作为关键载体", "Zone") == ["攀枝花钒钛高新区"]


def test_bare_city_names_count_as_zones_only_in_a_list_of_zones():
    text = "武汉东湖、苏州、西安、深圳、杭州、广州、上海张江、成都和济南等9家国家高新区代表分别汇报了交流研讨情况"
    zones = [m for m in find_mentions(text) if m.kind == "Zone"]
    assert len(zones) == 9 and all(m.in_list for m in zones)
    assert names("苏州是一座城市，西安也是", "Zone") == []


def test_institute_names_are_cut_at_their_left_edge():
    text = "黄冈高新区与中科院武汉分院、黄冈师范学院共建的湖北中科产业技术研究院获批湖北省级产业技术研究院"
    assert names(text, "ResearchInstitute") == ["中科院武汉分院", "黄冈师范学院", "湖北中科产业技术研究院"]


def test_category_words_are_not_institute_names():
    assert names("建成各类技术平台25个、新型产业技术研究院10个、博士工作站1个，国家实验室3个", "ResearchInstitute") == []


def test_abbreviations_are_not_read_inside_longer_words():
    assert names("东北大学与江南大学", "ResearchInstitute") == ["东北大学", "江南大学"]
    assert "北大" not in names("东北大学", "ResearchInstitute")


def test_enterprises_in_lists_awards_and_represented_by():
    assert names("评选出小牛科技、谊安奥美、振创电子等13家瞪羚企业", "Enterprise") == ["小牛科技", "谊安奥美", "振创电子"]
    assert names("恒顶食品获评国家级专精特新小巨人企业，丰临医疗、春光新材料获评江西省级瞪羚企业", "Enterprise") == [
        "恒顶食品", "丰临医疗", "春光新材料"]
    assert "伊利乳业" in names("在以伊利乳业为代表的食品饮料、以稳健医疗为代表的医用纺织", "Enterprise")


def test_industries_resolve_variants_to_taxonomy_concepts():
    found = {m.surface: m.name for m in find_mentions("聚焦发展集成电路、芯片设计、绿色低碳等新兴产业，5G基站和25GW单晶硅") if m.kind == "Industry"}
    assert found["集成电路"] == "集成电路"
    assert found["绿色低碳"] == "节能环保"
    assert "5G" in found and len([s for s in found if s == "5G"]) == 1


def test_clusters_are_named_by_their_sector():
    found = [m for m in find_mentions("动力装备、新一代信息技术、医养健康等3个产业集群，入选山东省集群") if m.kind == "IndustrialCluster"]
    assert len(found) == 3


def test_policy_titles_and_short_references():
    found = [m for m in find_mentions("认真贯彻落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》和7号文，被列入《绿色技术推广目录》") if m.kind == "Policy"]
    assert [m.name for m in found][:2] == ["国务院关于促进国家高新技术产业开发区高质量发展的若干意见"] * 2
    assert found[0].extra["issuers"] == ("国务院",)
    assert [m for m in find_mentions("《人民日报》报道") if m.kind == "Policy"] == []


def test_the_industry_taxonomy_keeps_its_conventions():
    """data/INDUSTRIES.md: one @zh and one @en prefLabel, rdfs:label = the @zh one, every @zh label in
    one concept only, one broader at most and it a concept of the scheme (or a top concept)."""
    from rdflib import RDF, RDFS, SKOS, Literal, URIRef
    from zonegraph.namespaces import ZG
    from zonegraph.reference import industry_taxonomy

    graph = industry_taxonomy()
    concepts = set(graph.subjects(RDF.type, ZG.Industry))
    seen: dict[str, URIRef] = {}
    for concept in concepts:
        pref = list(graph.objects(concept, SKOS.prefLabel))
        zh = [p for p in pref if isinstance(p, Literal) and p.language == "zh"]
        assert len(zh) == 1 and len([p for p in pref if p.language == "en"]) == 1, concept
        assert set(graph.objects(concept, RDFS.label)) == set(zh), concept
        broader = list(graph.objects(concept, SKOS.broader))
        assert len(broader) <= 1 and all(b in concepts for b in broader), concept
        assert broader or (concept, SKOS.topConceptOf, None) in graph, concept
        for label in [*zh, *graph.objects(concept, SKOS.altLabel)]:
            if label.language == "zh":
                assert seen.setdefault(str(label), concept) == concept, f"{label} in {concept} and {seen[str(label)]}"
    # a scheme's publisher is an agent, at the IRI a document's publisher of that name gets
    from rdflib.namespace import DCTERMS
    from zonegraph.namespaces import publisher_iri

    publishers = set(graph.objects(None, DCTERMS.publisher))
    assert publishers
    for agent in publishers:
        (name,) = graph.objects(agent, RDFS.label)
        assert (agent, RDF.type, DCTERMS.Agent) in graph and agent == publisher_iri(str(name)), agent
