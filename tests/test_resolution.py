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


def test_parent_by_name_is_the_longest_known_beginning():
    """The registry tries a name's beginnings; it must find what scanning every candidate found."""
    import random

    from zonegraph.entities.registry import INSTITUTE_ENDING, _prefix_aliases
    from zonegraph.reference import institutes

    registry = Registry()
    registry.ensure("ResearchInstitute", "无锡物联网创新研究院")
    registry.ensure("ResearchInstitute", "无锡物联网创新研究院传感")  # longer, and holds an ending
    registry.ensure("ResearchInstitute", "江南传感")  # holds no ending: never a parent
    registry.ensure("Enterprise", "潍柴动力研究院")  # an enterprise's name: not a candidate

    def scan(name):
        candidates = {r.name for r in institutes()} | {c for _, c in _prefix_aliases()}
        candidates |= {e.name for e in registry.entities.values() if e.kind == "ResearchInstitute"}
        best = None
        for candidate in candidates:
            if name.startswith(candidate) and len(name) > len(candidate) + 1:
                if INSTITUTE_ENDING.search(candidate) and (best is None or len(candidate) > len(best)):
                    best = candidate
        return best

    assert scan("清华大学苏州环境创新研究院") == "清华大学"
    assert scan("无锡物联网创新研究院传感器中心") == "无锡物联网创新研究院传感"
    assert scan("无锡物联网创新研究院传") is None  # a parent is two characters or more short of the name
    assert scan("江南传感研究院") is None and scan("潍柴动力研究院分院") is None
    assert registry._parent_by_name("中国科学院大学能源学院榆林分院") == "中国科学院大学能源学院"
    rng = random.Random(5)
    names = ["", "清华大学", "清华大学苏", "清华大学苏州环境创新研究院", "无锡物联网创新研究院传感器中心",
             "无锡物联网创新研究院传感", "无锡物联网创新研究院传", "江南传感研究院", "潍柴动力研究院分院"]
    known = sorted(r.name for r in institutes())
    names += [rng.choice(known) + "".join(rng.choice("苏州分院研究所（）中心") for _ in range(rng.randint(0, 5))) for _ in range(500)]
    for name in names:
        assert registry._known_beginning(name) == scan(name), name


def test_canonical_organization_expands_the_longest_abbreviated_prefix():
    """canonical_organization looks up the name's beginnings; it must give what the list scan gave."""
    import random

    from zonegraph.entities.registry import _alias_table, _prefix_aliases

    def plain(name):
        table = _alias_table()
        if name in table:
            return table[name][1]
        for alias, canonical in _prefix_aliases():
            if name.startswith(alias) and len(name) > len(alias) and not name.startswith(canonical):
                expanded = canonical + name[len(alias):]
                return table.get(expanded, (None, expanded))[1]
        return name

    aliases = [alias for alias, _ in _prefix_aliases()]
    canonicals = [canonical for _, canonical in _prefix_aliases()]
    assert canonical_organization("南大苏州创新研究院") == plain("南大苏州创新研究院") == "南京大学苏州创新研究院"
    rng = random.Random(31)
    names = ["", "南大", "中科院", "中科院苏州", "中国科学院苏州", "浙大", "浙江大学"]
    names += [rng.choice(aliases + canonicals) + "".join(rng.choice("苏州研究院大学科") for _ in range(rng.randint(0, 4)))
              for _ in range(2000)]
    for name in names:
        assert canonical_organization(name) == plain(name), name


def test_a_company_named_after_an_institute_is_its_legal_person_not_a_namesake_company(tmp_path):
    registry, facts = _build(
        tmp_path,
        "江阴高新区加快推进无锡物联网创新中心江阴分中心建设，无锡物联网创新中心有限公司签约落户。",
    )
    kinds = {name: kind for kind, name in registry.entities}
    assert kinds["无锡物联网创新中心"] == "ResearchInstitute"  # one node, an institute
    # the centre's own company: the same body as a legal person, not a part of it, not another node's kind
    assert registry.get(("Enterprise", "无锡物联网创新中心有限公司")).parent is None


def test_the_alias_tables_give_a_group_the_same_name_the_group_table_does():
    # a short name resolved by org_aliases.csv and the parent group_of gives its units must be one node
    from zonegraph.reference import enterprise_brand_words, enterprise_brands, enterprise_groups, org_aliases
    groups = {group.short: group.name for group in enterprise_groups()}
    for table in (org_aliases(), enterprise_brands(), enterprise_brand_words()):
        for alias in table:
            if alias.alias in groups:
                assert alias.canonical == groups[alias.alias], alias


def test_a_name_that_begins_like_a_groups_unit_is_not_one_where_the_data_says_so():
    from zonegraph.entities.registry import group_of
    from zonegraph.reference import enterprise_groups

    def parent(name: str) -> str | None:
        group = group_of(name, name)
        return group.name if group else None

    assert parent("中信特钢") == "中国中信集团有限公司" and parent("中信博") is None  # a private solar firm
    assert parent("西门子医疗") == "西门子股份公司" and parent("西门子能源") is None  # spun off in 2020
    assert parent("中化国际") == "中国中化控股有限责任公司" and parent("中化学天辰") is None  # CNCEC's
    assert parent("中核苏阀") == "中国核工业集团有限公司" and parent("中核钛白") is None
    for group in enterprise_groups():  # (every outsider is written like a unit of its group)
        assert all(o.startswith(group.short) and o != group.short for o in group.outsiders), group


def test_a_companys_short_names_in_two_documents_are_one_node(tmp_path):
    # 中移动 and 中国移动: the brand table gives both the legal name, the alias table keeps 中国移动 itself
    registry, _ = _build(tmp_path, "苏州高新区与中国移动、科大讯飞、大连融科签约。", "苏州高新区与中移动、讯飞、融科储能签约。")
    companies = {name for kind, name in registry.entities if kind == "Enterprise"}
    assert {"中国移动", "科大讯飞"} <= companies
    assert not companies & {"中国移动通信集团有限公司", "科大讯飞股份有限公司"}
    assert "大连融科" not in companies and "大连融科储能技术发展有限公司" in companies


def test_every_brand_of_one_legal_name_resolves_to_one_company():
    from zonegraph.entities.registry import _alias_table
    from zonegraph.reference import _brand_rows

    by_legal: dict[str, set[str]] = {}
    for row in _brand_rows():
        kind, canonical = _alias_table()[row["brand"]]
        if kind == "Enterprise":
            by_legal.setdefault(row["name"], set()).add(canonical)
    assert {legal: names for legal, names in by_legal.items() if len(names) > 1} == {}


def test_a_documents_forms_do_not_depend_on_what_came_before(tmp_path):
    """南大苏州创新研究院 writes 南京大学 as 南大 in each document that names it, whether or not an earlier
    document (or the graph an ingest seeds the registry from) gave the institute its parent already."""
    text = "苏州高新区与南大苏州创新研究院、浙大苏州研究院签约。"
    (tmp_path / "alone").mkdir()
    alone, _ = _build(tmp_path / "alone", text)
    after, _ = _build(tmp_path, "南大苏州创新研究院和浙大苏州研究院成立。", text)
    for registry, document in ((alone, "d0.txt"), (after, "d1.txt")):
        assert "南大" in registry.get(("ResearchInstitute", "南京大学")).forms_by_document[document]
        assert "浙大" in registry.get(("ResearchInstitute", "浙江大学")).forms_by_document[document]


def test_three_names_of_one_sound_are_three_nodes():
    # an ontologist's review (session 69): the second's IRI took the slug's last six letters (…-gongsi), which the
    # third's are as well, and 华新 joined 华鑫's node without a word
    registry = Registry()
    names = ["华信科技有限公司", "华鑫科技有限公司", "华新科技有限公司", "华欣科技有限公司"]
    iris = [registry.ensure("Enterprise", name).iri for name in names]
    assert len(set(iris)) == 4
    assert [registry.ensure("Enterprise", name).iri for name in names] == iris  # each name keeps its own


def test_projects_whose_names_sound_alike_are_two_nodes():
    from zonegraph.triples.numbers import _project_iri

    assert _project_iri("华信光纤项目") != _project_iri("华鑫光纤项目")
    assert _project_iri("华信光纤项目") == _project_iri("华信光纤项目")
