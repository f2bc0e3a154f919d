"""One node per real entity: aliases, prefix expansion and parent organisations."""

from __future__ import annotations

from zonegraph.documents.reading import read_document
from zonegraph.entities import Registry
from zonegraph.entities.registry import canonical_organization
from zonegraph.relations import extract_document


def test_aliases_and_abbreviated_prefixes_resolve_to_canonical_names():
    assert canonical_organization("中科院") == "中国科学院"
    assert canonical_organization("南大") == "南京大学"
    assert canonical_organization("南大苏州创新研究院") == "南京大学苏州创新研究院"
    assert canonical_organization("中科院长春分院") == "中国科学院长春分院"


def _build(tmp_path, *texts: str):
    registry, facts = Registry(), []
    for number, text in enumerate(texts):
        path = tmp_path / f"d{number}.txt"
        path.write_text(text, encoding="utf-8")
        facts += extract_document(read_document(path), registry)
    return registry, facts


def test_same_institute_in_two_documents_is_one_node_with_its_parent(tmp_path):
    registry, facts = _build(
        tmp_path,
        "苏州高新区做优做强中科院苏州医工所等大院大所平台。",
        "苏州高新区集聚中国科学院苏州生物医学工程技术研究所等院所机构。",
    )
    institute = registry.get(("ResearchInstitute", "中国科学院苏州生物医学工程技术研究所"))
    assert institute.documents == {"d0.txt", "d1.txt"}
    assert institute.parent == ("ResearchInstitute", "中国科学院")
    assert "中科院" in registry.get(("ResearchInstitute", "中国科学院")).forms
    partner = [f for f in facts if f.predicate == "partnersWith"]
    assert {f.document for f in partner} == {"d0.txt", "d1.txt"}


def test_a_name_beginning_with_a_university_belongs_to_it(tmp_path):
    registry, facts = _build(tmp_path, "绍兴高新区与浙江大学绍兴研究院、清华大学苏州环境创新研究院合作。")
    parents = {(f.subject[1], f.object[1]) for f in facts if f.predicate == "subOrganizationOf"}
    assert ("浙江大学绍兴研究院", "浙江大学") in parents
    assert ("清华大学苏州环境创新研究院", "清华大学") in parents
