"""Zone attribution: each fact goes to the zone its sentence is about."""

from __future__ import annotations

from zonegraph.documents.reading import read_document
from zonegraph.entities import Registry
from zonegraph.relations import extract_document


def facts_of(tmp_path, text: str) -> set[tuple[str, str, str]]:
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return {(f.subject[1], f.predicate, f.object[1]) for f in extract_document(read_document(path), Registry())}


def test_sentences_without_a_zone_belong_to_the_article_zone(tmp_path):
    facts = facts_of(tmp_path, "2021年以来，宜春丰城高新区坚持高质量发展。一是加强合作，已与南昌大学签订战略合作协议。")
    assert ("宜春丰城高新技术产业开发区", "partnersWith", "南昌大学") in facts


def test_a_new_zone_subject_starts_a_new_article(tmp_path):
    facts = facts_of(tmp_path, "燕郊高新区推动绿色发展。黄冈高新区与黄冈师范学院共建研究院。")
    assert ("黄冈高新技术产业开发区", "partnersWith", "黄冈师范学院") in facts
    assert not any(s == "燕郊高新技术产业开发区" and p == "partnersWith" for s, p, o in facts)


def test_a_list_of_attending_zones_gets_no_relation(tmp_path):
    facts = facts_of(tmp_path, "武汉东湖、苏州、西安、深圳等4家国家高新区代表与清华大学专家分别汇报了交流研讨情况。")
    assert not any(p == "partnersWith" for s, p, o in facts)


def test_a_zone_named_as_the_other_party_is_not_the_subject(tmp_path):
    facts = facts_of(tmp_path, "九江共青城高新区优化工作流程。与昆山高新区结对共建，与南昌大学合作建设研究院。")
    assert ("九江共青城高新技术产业开发区", "partnersWith", "南昌大学") in facts
    assert not any(s == "昆山高新技术产业开发区" for s, p, o in facts)


def test_policies_implemented_and_issued(tmp_path):
    facts = facts_of(tmp_path, "潍坊高新区认真贯彻落实《国务院关于促进国家高新技术产业开发区高质量发展的若干意见》。按照《意见》指引推进工作。")
    policy = "国务院关于促进国家高新技术产业开发区高质量发展的若干意见"
    assert ("潍坊高新技术产业开发区", "implementsPolicy", policy) in facts
    assert (policy, "issuedBy", "国务院") in facts


def test_industries_need_an_industry_context(tmp_path):
    facts = facts_of(tmp_path, "苏州高新区聚焦发展集成电路、航空航天等新兴产业。")
    assert ("苏州高新技术产业开发区", "hasIndustry", "集成电路") in facts
    assert ("苏州高新技术产业开发区", "hasIndustry", "航空航天") in facts
