"""Load the reviewable reference tables of data/: zones, institutes, aliases, policies, industries.

Each loader reads its file once per process; the tables are data, not code, so that a reviewer
can check every name and its source in one place.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from zonegraph.errors import ZonegraphError
from zonegraph.namespaces import ZG
from zonegraph.resources import data_file

T = TypeVar("T")

# Official-name endings, longest first; what precedes them is the zone's distinctive prefix.
ZONE_NAME_ENDINGS = (
    "高新技术产业开发区",
    "高技术产业开发区",
    "新技术产业开发区",
    "新技术开发区",  # 武汉东湖新技术开发区
    "高新技术产业园区",
    "科技园区",
    "高新区",
)


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ZonegraphError(f"cannot read reference table: {error}", path) from None


def _records(file_name: str, make: Callable[[dict[str, str]], T], *required: str) -> tuple[T, ...]:
    """The rows of a data/ table that fill every ``required`` column, each made a record by ``make``."""
    return tuple(make(row) for row in _read_csv(data_file(file_name)) if all(row.get(k) for k in required))


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def zone_prefix(name: str) -> str:
    """The distinctive part of a zone's official name: 苏州高新技术产业开发区 -> 苏州."""
    for ending in ZONE_NAME_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            return name[: -len(ending)]
    return name


def place_cues(zone_name: str, city: str | None) -> tuple[str, ...]:
    """Words that place a text in a zone without naming it: its city (黄冈, 攀枝花) and the
    distinctive part of its name (钒钛), two characters or more, sorted."""
    cues = {zone_prefix(zone_name), (city or "").rstrip("市")}
    return tuple(sorted(c for c in cues if len(c) >= 2))


@dataclass(frozen=True)
class ZoneRecord:
    name: str
    short_names: tuple[str, ...]
    province: str
    city: str
    approved_year: str
    in_national_list: bool
    source: str

    @property
    def prefix(self) -> str:
        return zone_prefix(self.name)

    @property
    def key(self) -> str:
        """The IRI key: the pinyin of the distinctive prefix (suzhou, wuhandonghu)."""
        return self.prefix


@lru_cache(maxsize=None)
def zones() -> tuple[ZoneRecord, ...]:
    """The national zones of data/zones.csv, with their short forms, province, city and year approved."""
    return _records("zones.csv", lambda row: ZoneRecord(
        name=row["name"],
        short_names=tuple(_split(row.get("short_names", ""))),
        province=row.get("province", ""),
        city=row.get("city", ""),
        approved_year=row.get("approved_year", ""),
        in_national_list=row.get("in_national_list", "true").lower() == "true",
        source=row.get("source", ""),
    ), "name")


@dataclass(frozen=True)
class InstituteRecord:
    name: str
    aliases: tuple[str, ...]
    parent: str
    kind: str


@lru_cache(maxsize=None)
def institutes() -> tuple[InstituteRecord, ...]:
    """data/institutes.csv. A unit's short name is also written after its parent's name or short
    name (上海光机所: 中科院上海光机所, 中国科学院上海光机所; 中科院自动化所: 中国科学院自动化所):
    those forms are aliases too, so that the table lists each short name once. An academy's institute is
    also written by its full name's words with 所 for 研究所 (武汉岩土力学所 of 中国科学院武汉岩土力学研究所)."""
    records = _records("institutes.csv", lambda row: InstituteRecord(
        row["name"], tuple(_split(row.get("aliases", ""))), row.get("parent", ""), row.get("kind", "")), "name")
    by_name = {record.name: record for record in records}
    out = []
    for record in records:
        parent = by_name.get(record.parent)
        prefixes = (parent.name, *parent.aliases) if parent is not None else ()
        # the short name after each form of the parent (an alias already holding one: after the others)
        bare = [next((alias[len(p):] for p in prefixes if alias.startswith(p)), alias) for alias in record.aliases]
        derived = []
        if parent is not None and parent.kind == "academy" and record.name.startswith(parent.name) and record.name.endswith("研究所"):
            core = record.name[len(parent.name) : -3]  # 中国科学院武汉岩土力学研究所 -> 武汉岩土力学所, as pages write it
            if len(core) >= 4 and core + "所" not in bare:
                derived.append(core + "所")
        bare += derived
        # a unit's own short name (…所, …院), not a short name of the whole (国科大)
        prefixed = [prefix + rest for rest in bare if len(rest) >= 3 and rest.endswith(("所", "院"))
                    for prefix in prefixes]
        aliases = tuple(dict.fromkeys([*record.aliases, *derived, *(a for a in prefixed if a != record.name)]))
        out.append(InstituteRecord(record.name, aliases, record.parent, record.kind))
    return tuple(out)


@dataclass(frozen=True)
class Alias:
    alias: str
    canonical: str
    kind: str  # ResearchInstitute or Enterprise


@lru_cache(maxsize=None)
@dataclass(frozen=True)
class ClusterNickname:
    nickname: str  # 声谷, as in “中国声谷”
    sector: str  # a label of the industry taxonomy


@lru_cache(maxsize=None)
def cluster_nicknames() -> tuple[ClusterNickname, ...]:
    """Well-known nicknames of industrial clusters (中国声谷, 细胞谷) and their sectors."""
    return _records("cluster_nicknames.csv", lambda r: ClusterNickname(r["nickname"], r["sector"]), "nickname", "sector")


@dataclass(frozen=True)
class EnterpriseGroup:
    short: str  # 中信: what its units' names begin with (中信特钢, 中信银行)
    name: str  # 中国中信集团有限公司
    outsiders: tuple[str, ...] = ()  # 中信博: names that begin with the short name yet are no unit of the group


@lru_cache(maxsize=None)
def enterprise_groups() -> tuple[EnterpriseGroup, ...]:
    """Groups whose units are named after them, longest short name first (data/enterprise_groups.csv),
    each with the names that begin like its units but are not (data/enterprise_group_outsiders.csv)."""
    outsiders: dict[str, list[str]] = {}
    for row in _records("enterprise_group_outsiders.csv", lambda r: r, "starts", "group"):
        outsiders.setdefault(row["group"], []).append(row["starts"])
    groups = _records("enterprise_groups.csv",
                      lambda r: EnterpriseGroup(r["short"], r["name"], tuple(outsiders.pop(r["short"], ()))),
                      "short", "name")
    if outsiders:
        raise ValueError(f"data/enterprise_group_outsiders.csv names groups that enterprise_groups.csv "
                         f"does not: {', '.join(sorted(outsiders))}")
    return tuple(sorted(groups, key=lambda g: -len(g.short)))


def org_aliases() -> tuple[Alias, ...]:
    """The organisation aliases of data/org_aliases.csv (中科院 = 中国科学院), each with its kind."""
    return _records("org_aliases.csv", lambda r: Alias(r["alias"], r["canonical"], r.get("type", "")), "alias", "canonical")


@lru_cache(maxsize=None)
def countries() -> tuple[str, ...]:
    """data/words/countries.txt, longest first: the country a name opens is the longest that fits
    (印度尼西亚, not 印度); names of one length in their own order, so that patterns built from
    them are the same in every run, whatever the hash seed."""
    return tuple(sorted(stopwords("words/countries.txt"), key=lambda name: (-len(name), name)))


@lru_cache(maxsize=None)
def central_bodies() -> tuple[str, ...]:
    """data/words/central_bodies.txt, longest first: the central bodies named as issuing a policy
    (国务院办公厅 before 国务院)."""
    return tuple(sorted(stopwords("words/central_bodies.txt"), key=len, reverse=True))


@lru_cache(maxsize=None)
def _brand_rows() -> tuple[dict[str, str], ...]:
    """The rows of data/enterprise_brands.csv that name a brand and a company, read once for the
    tables made from them below."""
    return tuple(r for r in _read_csv(data_file("enterprise_brands.csv")) if r.get("brand") and r.get("name"))


@lru_cache(maxsize=None)
def brand_legal_names() -> dict[str, str]:
    """Brand -> legal name as data/enterprise_brands.csv gives it (京东方 -> 京东方科技集团股份有限公司), also
    for brands org_aliases.csv keeps as their own canonical name; brands without one left out."""
    return {r["brand"]: r["name"] for r in _brand_rows() if r["name"] != r["brand"] and r["name"].endswith("公司")}


@lru_cache(maxsize=None)
def foreign_brands() -> frozenset[str]:
    """The brands data/enterprise_brands.csv files as foreign companies (罗氏, 赛默飞世尔): a Chinese
    legal name holding one is a local subsidiary, not the brand itself."""
    return frozenset(r["brand"] for r in _brand_rows() if r.get("kind") == "foreign")


@lru_cache(maxsize=None)
def enterprise_brands() -> tuple[Alias, ...]:
    """data/enterprise_brands.csv: well-known companies by the short names the press writes them
    with (宁德时代, 汉威科技, 纳博特斯克), as enterprise aliases; org_aliases.csv wins where both
    name one, and then for the brand's other short names too (中移动 is 中国移动, as org_aliases.csv
    names 中国移动, not its legal name 中国移动通信集团有限公司): one company, one node."""
    known = {alias.alias: alias for alias in org_aliases()}
    kept = {r["name"]: known[r["brand"]].canonical for r in _brand_rows()
            if r["brand"] in known and known[r["brand"]].kind == "Enterprise"}
    return tuple(Alias(r["brand"], kept.get(r["name"], r["name"]), "Enterprise")
                 for r in _brand_rows() if r["brand"] not in known)


@lru_cache(maxsize=None)
def enterprise_brand_words() -> tuple[Alias, ...]:
    """data/enterprise_brand_words.csv: famous companies' short names that are also everyday words or
    sit inside them (美的, 吉利, 浪潮, 日产): never matched in running text, only taken as the company
    where a list, a representatives' frame or a project already calls the words a name."""
    return tuple(Alias(r["brand"], r["name"], "Enterprise")
                 for r in _read_csv(data_file("enterprise_brand_words.csv")) if r.get("brand") and r.get("name"))


@dataclass(frozen=True)
class PolicyRecord:
    name: str
    aliases: tuple[str, ...]
    issuer: str
    number: str


@lru_cache(maxsize=None)
def policies() -> tuple[PolicyRecord, ...]:
    """The known policies of data/policies.csv, with their aliases, issuers and numbers."""
    return _records("policies.csv", lambda r: PolicyRecord(
        r["name"], tuple(_split(r.get("aliases", ""))), r.get("issuer", ""), r.get("number", "")), "name")


@dataclass(frozen=True)
class IndustryConcept:
    iri: URIRef
    label: str  # skos:prefLabel @zh
    variants: tuple[str, ...]  # every @zh label, prefLabel included
    broader: tuple[URIRef, ...] = field(default=())


@lru_cache(maxsize=None)
def industry_taxonomy() -> Graph:
    """The industry taxonomy, data/industries.ttl, a SKOS concept scheme; a file that does not parse is named."""
    path = data_file("industries.ttl")
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as error:  # rdflib raises many parser exception types
        raise ZonegraphError(f"cannot parse the industry taxonomy: {error}", path) from None
    return graph


@lru_cache(maxsize=None)
def industries() -> tuple[IndustryConcept, ...]:
    """The taxonomy's sectors, each with its labels and broader sectors, in IRI order."""
    graph = industry_taxonomy()
    concepts = []
    for iri in sorted(set(graph.subjects(RDF.type, ZG.Industry))):
        pref = [o for o in graph.objects(iri, SKOS.prefLabel) if isinstance(o, Literal) and o.language == "zh"]
        if not pref:
            continue
        alts = [o for o in graph.objects(iri, SKOS.altLabel) if isinstance(o, Literal) and o.language == "zh"]
        variants = tuple(sorted({str(pref[0]), *map(str, alts)}))
        broader = tuple(sorted(o for o in graph.objects(iri, SKOS.broader) if isinstance(o, URIRef)))
        concepts.append(IndustryConcept(iri, str(pref[0]), variants, broader))
    return tuple(concepts)


@dataclass(frozen=True)
class Place:
    name: str
    short: str
    level: str  # province, prefecture, county, town
    province: str
    prefecture: str = ""  # a county's city (data/counties.csv: 观山湖区 -> 贵阳市), where the table gives it


@lru_cache(maxsize=None)
def places() -> tuple[Place, ...]:
    """Provinces, prefectures and the county-level places zones are named after (data/places.csv)."""
    return _records("places.csv", lambda r: Place(r["name"], r.get("short", ""), r.get("level", ""), r.get("province", "")), "name")


@lru_cache(maxsize=None)
def province_forms(with_municipalities: bool = True) -> frozenset[str]:
    """The provinces' names, full and short (河南省, 河南); without the four cities at that level (北京, 上海,
    天津, 重庆) when ``with_municipalities`` is false."""
    return frozenset(form for p in places() if p.level == "province"
                     and (with_municipalities or p.name.endswith(("省", "自治区"))) for form in (p.name, p.short) if form)


@lru_cache(maxsize=None)
def counties() -> tuple[Place, ...]:
    """Every other county-level division (data/counties.csv): what a provincial zone may be named
    after (江都高新区), read by the zone pattern alone, so that a district's name in other text
    (和平, 长安) is no place to the other finders."""
    return _records("counties.csv", lambda r: Place(r["name"], r.get("short", ""), "county", r.get("province", ""),
                                                    r.get("prefecture", "")), "name")


@lru_cache(maxsize=None)
def place_forms() -> frozenset[str]:
    """Every place's full and short name of two characters or more (苏州市, 苏州)."""
    return frozenset(form for place in places() for form in (place.name, place.short) if len(form) >= 2)


@lru_cache(maxsize=None)
def county_forms() -> frozenset[str]:
    """Every county's and district's full and short name of two characters or more (铜山区, 铜山)."""
    return frozenset(form for county in counties() for form in (county.name, county.short) if len(form) >= 2)


def place_before(text: str, at: int, longest: int = 4) -> int:
    """Where the place name that ends at ``at`` starts, the longest of up to ``longest`` characters
    (``at`` when none ends there): 许昌 in 许昌智能电力…, 重庆 in 长城汽车重庆分公司."""
    forms = place_forms()
    return next((at - size for size in range(longest, 1, -1) if at - size >= 0 and text[at - size : at] in forms), at)


def place_at(text: str, start: int, end: int | None = None) -> str | None:
    """The longest place name opening ``text[start:end]``, if any (``start`` >= 0): a set lookup per
    length a place name has, where one startswith over all 1,249 forms compared them one by one."""
    end = len(text) if end is None else min(end, len(text))
    if start >= 0 and text[start : start + 2] not in _place_openings():
        return None  # no form opens with these two characters (most positions: one lookup, not one per length)
    forms = place_forms()
    for size in _place_lengths():
        if start + size <= end and text[start : start + size] in forms:
            return text[start : start + size]
    return None


def place_or_county_at(text: str, start: int) -> str | None:
    """The place name (``place_at``) or, failing one, the county's or district's name of three or two characters
    (data/counties.csv) opening ``text[start:]``: where a name says where something is (曲水安凯投资公司, 中粮家佳康广水…),
    not in running text, where a county's short name may be an everyday word."""
    return place_at(text, start) or next((text[start : start + k] for k in (3, 2) if text[start : start + k] in county_forms()), None)


@lru_cache(maxsize=None)
def _place_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(form) for form in place_forms()}, reverse=True))


@lru_cache(maxsize=None)
def _place_openings() -> frozenset[str]:
    """The first two characters of every place form (each has two or more)."""
    return frozenset(form[:2] for form in place_forms())


@lru_cache(maxsize=None)
def stopwords(name: str) -> frozenset[str]:
    """A word list of data/ (one entry per line, # comments): boundaries, generic words."""
    path = data_file(name)
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip())
