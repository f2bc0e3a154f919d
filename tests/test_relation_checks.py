"""The relation modules' decisions, each called alone on a real sentence of the genre (the hard cases
run them together through extract_document): a check that answers one way whatever the sentence
fails here on its other case."""

from __future__ import annotations

import pytest

from zonegraph.documents.reading import read_document
from zonegraph.entities import Registry
from zonegraph.mentions import Mention
from zonegraph.mentions.finder import find_mentions
from zonegraph.mentions.zones import find_zones
from zonegraph.relations.coreference import uses_of_declared_names
from zonegraph.relations.hosting import a_lender, is_customer
from zonegraph.relations.ownership import owned_units
from zonegraph.relations.partners import a_department, is_affiliation
from zonegraph.relations.places import city_of, outside_the_zone
from zonegraph.relations.policies import issuing_body
from zonegraph.relations.zone_names import zone_ending

DOCUMENT = "doc.txt"


def mention(text: str, surface: str, kind: str) -> Mention:
    """The mention ``find_mentions`` reads in ``text`` with this surface and kind."""
    found = [m for m in find_mentions(text) if m.surface == surface and m.kind == kind]
    assert found, (surface, [(m.kind, m.surface) for m in find_mentions(text)])
    return found[0]


def zone(name: str, registry: Registry | None = None):
    registry = registry or Registry()
    return registry.resolve(find_zones(name)[0], DOCUMENT)


@pytest.mark.parametrize("text, expected", [
    ("该企业从中国邮政储蓄银行成功获贷300万元。", True),  # the firm's lender
    ("中国邮政储蓄银行与该企业签署战略合作协议。", False),
])
def test_hosting_a_lender(text, expected):
    assert a_lender(text, mention(text, "中国邮政储蓄银行", "Enterprise")) is expected


@pytest.mark.parametrize("text, expected", [
    ("公司产品主要配套三星、华为、海力士等知名品牌。", True),  # whom the zone's firm supplies
    ("华为在苏州高新区建设研发中心。", False),
])
def test_hosting_a_customer(text, expected):
    assert is_customer(text, mention(text, "华为", "Enterprise")) is expected


@pytest.mark.parametrize("text, expected", [
    ("张三毕业于清华大学，现任公司总经理。", True),  # where a person studied
    ("苏州高新区与清华大学共建研究院。", False),
])
def test_partners_a_persons_school_is_no_partner(text, expected):
    assert is_affiliation(text, mention(text, "清华大学", "ResearchInstitute")) is expected


@pytest.mark.parametrize("name, expected", [("人工智能学院", True), ("北京电影学院", False)])
def test_partners_a_department_named_without_its_university(name, expected):
    institute = Registry().ensure("ResearchInstitute", name, name, DOCUMENT)
    assert a_department(institute) is expected


def test_places_the_zones_city_and_what_lies_outside_it():
    suzhou = zone("苏州高新区")
    assert city_of(suzhou) == "苏州"
    assert outside_the_zone("许昌", suzhou)
    assert not outside_the_zone("苏州", suzhou)
    assert not outside_the_zone("江苏省", suzhou)  # the zone's province


def test_policies_a_zones_administration_is_the_zone_itself():
    registry = Registry()
    kunming = zone("昆明高新区", registry)
    assert issuing_body("昆明高新区管委会", registry, DOCUMENT) is kunming
    ministry = issuing_body("科技部", registry, DOCUMENT)
    assert ministry.kind == "Organization" and ministry.name == "科技部"


def test_zone_names_the_zone_a_window_ends_with():
    registry = Registry()
    anyang = zone("安阳高新区", registry)
    assert zone_ending("分别是：安阳高新区", registry, DOCUMENT) is anyang
    assert zone_ending("安阳高新区的企业", registry, DOCUMENT) is None


def owned(tmp_path, text: str) -> set[tuple[str, str, str]]:
    """The ownership facts ``owned_units`` reads in a one-sentence document."""
    path = tmp_path / DOCUMENT
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    sentence = document.sentences[0]
    facts, _ = owned_units(find_mentions(sentence.text), sentence, document, Registry())
    return {(f.subject[1], f.predicate, f.object[1]) for f in facts}


def test_ownership_a_groups_company_is_its_unit(tmp_path):
    assert owned(tmp_path, "国家能源集团的国华能源投资有限公司在苏州高新区投资建设项目。") == {
        ("国华能源投资有限公司", "subOrganizationOf", "国家能源投资集团有限责任公司")}  # (国家能源集团, by its alias)


def test_ownership_no_unit_where_the_two_are_only_listed(tmp_path):
    assert owned(tmp_path, "国家能源集团、国华能源投资有限公司等企业参加了签约仪式。") == set()


def test_coreference_a_declared_short_name_names_its_company_later(tmp_path):
    path = tmp_path / DOCUMENT
    path.write_text("中国汽车工程研究院股份有限公司（简称“通用技术中国汽研”）落户高新区。\n"
                    "通用技术中国汽研将建设检测基地。", encoding="utf-8")
    document = read_document(path)
    found = {s.index: find_mentions(s.text) for s in document.sentences}
    later = document.sentences[-1]
    before = [m.surface for m in found[later.index] if m.kind == "Enterprise"]
    uses_of_declared_names(document.sentences, found)
    after = [m.surface for m in found[later.index] if m.kind == "Enterprise"]
    assert "通用技术中国汽研" not in before and "通用技术中国汽研" in after
