"""The entity registry: canonical names, aliases, parents and IRIs.

Resolution is by canonical name, so the same institute named in two documents, or named by
an alias (中科院 = 中国科学院), is one node. Abbreviated prefixes are expanded by the alias
table (南大苏州创新研究院 -> 南京大学苏州创新研究院), and a name that begins with a known
organisation's name belongs to it (清华大学苏州环境创新研究院 -> 清华大学).
"""

from __future__ import annotations

import hashlib

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import URIRef

from zonegraph.mentions.base import Mention
from zonegraph.mentions.institutes import JOINING_DASH
from zonegraph.mentions.organizations import BRAND_ENDING, GROUPS_COMPANY, INSTITUTE_ENDING, LEGAL_ENDING, LEGAL_FORM, generic_words
from zonegraph.namespaces import entity_iri, slug
from zonegraph.reference import (
    EnterpriseGroup,
    IndustryConcept,
    ZoneRecord,
    countries,
    enterprise_brand_words,
    brand_legal_names,
    enterprise_brands,
    foreign_brands,
    enterprise_groups,
    industries,
    institutes,
    org_aliases,
    place_at,
    place_before,
    place_forms,
    zone_prefix,
    zones,
)

EntityKey = tuple[str, str]  # (kind, canonical name)


@dataclass
class Entity:
    """One node of the graph: its kind, canonical name and IRI, every form it was written in (and by which
    documents, so each document's graph carries its own), its parent, and the zone or sector record it is."""

    kind: str
    name: str
    iri: URIRef
    forms: set[str] = field(default_factory=set)
    forms_by_document: dict[str, set[str]] = field(default_factory=dict)
    parent: EntityKey | None = None
    zone: ZoneRecord | None = None
    concept: IndustryConcept | None = None
    broader: IndustryConcept | None = None  # a sector the taxonomy lacks, under the concept it narrows
    documents: set[str] = field(default_factory=set)

    @property
    def key(self) -> EntityKey:
        return (self.kind, self.name)

    @property
    def alt_labels(self) -> list[str]:
        return sorted(f for f in self.forms if f != self.name)


@lru_cache(maxsize=None)
def _alias_table() -> dict[str, tuple[str, str]]:
    table = {a.alias: (a.kind, a.canonical) for a in org_aliases()}
    for record in institutes():
        for alias in record.aliases:
            table.setdefault(alias, ("ResearchInstitute", record.name))
    for group in enterprise_groups():
        table.setdefault(group.short, ("Enterprise", group.name))
    for brand in (*enterprise_brands(), *enterprise_brand_words()):
        table.setdefault(brand.alias, ("Enterprise", brand.canonical))
    return table


@lru_cache(maxsize=None)
def _known_company_names() -> frozenset[str]:
    """The companies' full names the tables give (the canonical names of their short names)."""
    return frozenset(canonical for kind, canonical in _alias_table().values() if kind == "Enterprise")


@lru_cache(maxsize=None)
def _institute_names() -> frozenset[str]:
    return frozenset(r.name for r in institutes())


@lru_cache(maxsize=None)
def _known_parents() -> dict[str, str]:
    return {r.name: r.parent for r in institutes() if r.parent}


@lru_cache(maxsize=None)
def _prefix_aliases() -> list[tuple[str, str]]:
    """Aliases that abbreviate a parent inside longer names (中科院, 南大, 浙大, 兵科院, 北理珠), longest first."""
    pairs = [(alias, canonical) for alias, (kind, canonical) in _alias_table().items()
             if kind == "ResearchInstitute" and re.search(r"(?:大学|学院|工程院|研究院)$", canonical)]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=None)
def _institute_short_names() -> list[tuple[str, str]]:
    """Short names of institutes that may open a unit's name (苏州医工所 of 苏州医工所沈阳健康工程技术
    研究院), longest first. Not expanded in the unit's name, as _prefix_aliases are: the unit keeps
    its name as written (中国科学院计算所烟台分所)."""
    pairs = [(alias, canonical) for alias, (kind, canonical) in _alias_table().items()
             if kind == "ResearchInstitute" and len(alias) >= 4 and alias.endswith("所") and canonical.endswith("研究所")]
    return sorted(pairs, key=lambda p: -len(p[0]))


@lru_cache(maxsize=None)
def _parent_names() -> frozenset[str]:
    """Names an organisation's name may begin with to make it a part: institutes and the
    canonical names the prefix aliases abbreviate."""
    return frozenset({r.name for r in institutes()} | {c for _, c in _prefix_aliases()})


@lru_cache(maxsize=None)
def _zone_by_name() -> dict[str, ZoneRecord]:
    return {z.name: z for z in zones()}


# the period closing a plan's title: （2016—2020年）, (2021-2025年)
_PLAN_PERIOD = re.compile(r"[（(]\s*\d{4}\s*[-—–~～至]+\s*\d{4}\s*年?\s*[）)]$")


# the mentions of a short name a document declares for the body just named (mentions/base.py SHORT_FORM)
_DECLARING_RULES = frozenset({"institute-short-form", "enterprise-short-form"})


class Registry:
    """Every entity of a build, keyed by (kind, canonical name)."""

    def __init__(self) -> None:
        self.entities: dict[EntityKey, Entity] = {}
        self._iris: dict[URIRef, EntityKey] = {}
        # institutes named with their city first, by the rest of the name: 陶瓷大学 -> 景德镇陶瓷大学
        self._without_place: dict[str, list[Entity]] = {}
        # the organisations each document has named, for its later abbreviations of them
        self._named_in: dict[str, list[Entity]] = {}
        # the short forms a document declares ((以下简称“文旅电影学院”)), for its later uses of them
        self._declared: dict[tuple[str, str], EntityKey] = {}
        # plans' titles without their period -> the titles met with one (…纲要 -> …纲要（2016—2020年）)
        self._dated_policies: dict[str, list[str]] = {}
        # a zone's cluster by its sector's concept -> the name it was first given (通航 and 通用航空: one cluster)
        self._clusters: dict[tuple[str, str], str] = {}
        # a policy whose title names no one -> the zone that drew it up first (绿色发展五年行动方案: 燕郊's)
        self._policy_writers: dict[str, str] = {}

    # -- creation -------------------------------------------------------------------------
    def get(self, key: EntityKey) -> Entity:
        return self.entities[key]

    def ensure(self, kind: str, name: str, form: str | None = None, document: str | None = None, **attrs) -> Entity:
        key = (kind, name)
        entity = self.entities.get(key)
        if entity is None:
            entity = Entity(kind, name, self._mint(kind, name, attrs), **attrs)
            self.entities[key] = entity
        elif attrs.get("broader") is not None and entity.broader is None:
            entity.broader = attrs["broader"]  # seeded from the graph, now read under its broader sector
        if form:
            entity.forms.add(form)
        entity.forms.add(name)
        if document:
            entity.documents.add(document)
            if form:
                entity.forms_by_document.setdefault(document, set()).add(form)
        return entity

    def _mint(self, kind: str, name: str, attrs: dict) -> URIRef:
        concept = attrs.get("concept")
        if concept is not None:
            iri = concept.iri
        elif kind == "Zone":
            iri = entity_iri(kind, slug(zone_prefix(name)))
        else:
            iri = entity_iri(kind, name)
        if iri in self._iris and self._iris[iri] != (kind, name):
            plain = iri
            iri = URIRef(f"{plain}-{slug(name)[-6:]}")  # two names, one slug: keep both apart, stably
            if iri in self._iris and self._iris[iri] != (kind, name):
                # a third name of that sound (华信, 华鑫, 华新科技有限公司): its slug's end is the second's, so the name's
                # own digest tells it apart
                iri = URIRef(f"{plain}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}")
        self._iris[iri] = (kind, name)
        return iri

    def cluster_name(self, zone: str, concept: str | None, name: str) -> str:
        """The name of ``zone``'s cluster of a taxonomy sector: the name first given to it, so that a page's
        通航创新型产业集群 and, later, 通用航空创新型产业集群 are one cluster, and so is 百亿级高端物流、智慧物流、
        电商物流产业集群 (one cluster of three kinds of logistics); a sector without a concept keeps its
        written name."""
        if concept is None:
            return name
        return self._clusters.setdefault((zone, concept), name)

    def remember_cluster(self, zone: str, concept: str, name: str) -> None:
        """A cluster a graph already holds (seeding a registry from it), named before any sentence."""
        self._clusters.setdefault((zone, concept), name)

    def policy_writer(self, name: str) -> str | None:
        """The zone that drew up the policy of this name, where one is known to have."""
        return self._policy_writers.get(name)

    def note_policy_writer(self, name: str, zone: str) -> None:
        """Note that ``zone`` drew up the policy ``name`` (the first zone to is kept)."""
        self._policy_writers.setdefault(name, zone)

    def named_in(self, document: str) -> list[Entity]:
        """The organisations a document has named so far, in the order it named them."""
        return list(self._named_in.get(document, ()))

    # -- resolution -----------------------------------------------------------------------
    def resolve(self, mention: Mention, document: str) -> Entity | None:
        """The entity a mention names (created on first sight), with its parents in place."""
        kind = mention.kind
        if kind == "Zone":
            record = mention.extra.get("zone") or _zone_by_name().get(mention.name)
            return self.ensure("Zone", record.name if record else mention.name, mention.surface, document, zone=record)
        if kind == "Industry":
            # a name read by a list rule may still be a label of the taxonomy: one node, the concept's, in any order
            concept = mention.extra.get("concept") or _concept_by_label().get(mention.name)
            if concept is None:  # a sector the taxonomy does not know, named by its list (industry-listed)
                entity = self.ensure("Industry", mention.name, mention.surface, document, broader=mention.extra.get("broader"))
                written = mention.extra.get("written")
                if written and written != mention.name:  # 中高端服务业, named 中高端服务: the text's form too
                    self.ensure("Industry", mention.name, written, document)
                return entity
            entity = self.ensure("Industry", concept.label, mention.surface, document, concept=concept)
            bare = _SECTOR_WORD_AT_END.sub("", mention.surface)
            if bare != mention.surface and len(bare) >= 2:  # 生命健康产业 is written 生命健康 as the sector's name
                self.ensure("Industry", concept.label, bare, document, concept=concept)
            if mention.extra.get("written"):  # 钢铁深加工 of 钢铁: the phrase the text names it by
                self.ensure("Industry", concept.label, mention.extra["written"], document, concept=concept)
            return entity
        if kind in ("ResearchInstitute", "Enterprise"):
            # 文旅电影学院, as the document said it would call the college; 东方雨虹, as it said it would call
            # 宿迁东方雨虹建筑材料有限公司 (not the group a gazetteer knows by that name)
            declared = (self._declared.get((document, mention.name)) or self._declared.get((document, mention.surface))
                        or self._declared_after_a_place(mention.surface, document))
            if declared is not None:
                return self.ensure(declared[0], declared[1], mention.surface, document)
            entity = self._resolve_organization(kind, mention.name, mention.surface, document)
            if mention.extra.get("written"):  # 厦门ABB开关, written 厦门ABB开关公司: the text's form too
                self.ensure(kind, entity.name, mention.extra["written"], document)
            unit_of = mention.extra.get("unit_of")  # 大庆沃尔沃: a known company's unit in the zone's city
            # (a bank's sub-branch is under the branch its name gives, not the bank its name opens with)
            if unit_of is not None and (entity.parent is None or mention.rule == "enterprise-branch"):
                parent = self.resolve(unit_of, document)
                if parent is not None and parent is not entity:
                    entity.parent = parent.key
            if mention.rule in _DECLARING_RULES and mention.surface != entity.name:
                self._declared.setdefault((document, mention.surface), entity.key)
            return entity
        if kind == "Policy":
            policy = self.ensure("Policy", self._policy_name(mention.name), mention.surface.strip("《》"), document)
            if mention.extra.get("written"):  # 高新数谷“黄金十条”, written 黄金十条 too
                self.ensure("Policy", policy.name, mention.extra["written"], document)
            return policy
        return None

    def _declared_after_a_place(self, surface: str, document: str) -> EntityKey | None:
        """A short name the document declares, written after a place or a district (新吴区高发集团 where the page
        calls 无锡市高发投资发展集团有限公司 高发集团): the body declared."""
        place = place_at(surface, 0)
        if place is None or len(surface) - len(place) < 2:
            return None
        return self._declared.get((document, surface[len(place) :]))

    def _policy_name(self, name: str) -> str:
        """A plan's title with its period (…规划纲要（2016—2020年）) and without it (a page's heading) name one
        plan: the name first met. Two periods of one title are two plans."""
        # 《关于全面加快科技创新…的若干政策意见》 after 《全面加快科技创新…的若干政策意见》 (or before it): one policy,
        # titled with its 关于 or without, the name first met
        if name.startswith("关于") and ("Policy", name[2:]) in self.entities:
            name = name[2:]
        elif ("Policy", "关于" + name) in self.entities:
            name = "关于" + name
        period = _PLAN_PERIOD.search(name)
        if period is None:  # a title without its period: the one plan met with a period, if only one
            dated = self._dated_policies.get(name, [])
            return dated[0] if len(dated) == 1 and ("Policy", name) not in self.entities else name
        base = name[: period.start()]
        if ("Policy", base) in self.entities:
            return base
        dated = self._dated_policies.setdefault(base, [])
        if name not in dated:
            dated.append(name)
        return name

    def resolve_organization(self, kind: str, name: str, document: str) -> Entity:
        """The entity of an organisation named outside running text (a table's investor column)."""
        return self._resolve_organization(kind, name, name, document)

    def _resolve_organization(self, kind: str, name: str, surface: str, document: str) -> Entity:
        canonical = canonical_organization(_without_country(name, kind), expand_prefix=kind != "Enterprise")
        table_kind = _alias_table().get(name, (kind, name))[0]
        kind = table_kind if table_kind in ("ResearchInstitute", "Enterprise") else kind
        if kind == "ResearchInstitute":
            company = self._named_with_a_legal_form(canonical, document)
            if company is not None:  # 天津药物研究院 after 天津药物研究院有限公司: the institute is a company
                return self.ensure("Enterprise", company.name, surface, document)
        if kind == "ResearchInstitute" and (kind, canonical) not in self.entities:
            # 陶瓷大学 after 景德镇陶瓷大学 in the same document: the institute named without its city
            placed = next((e for e in self._without_place.get(canonical, ()) if document in e.documents), None)
            if placed is not None:
                return self.ensure(kind, placed.name, surface, document)
        if kind == "Enterprise":
            legal = self._its_legal_name_here(name, canonical, surface, document)
            if legal is not None:  # 京东方 after 京东方科技集团股份有限公司 on one page: one company
                return self.ensure(kind, legal.name, surface, document)
        if (kind, canonical) not in self.entities:
            full = (self._abbreviated(kind, canonical, document) or self._without_parent(kind, canonical, document)
                    or (self._named_with_a_legal_form(canonical, document, LEGAL_ENDING)
                        or self._brand_of_legal_name(canonical, document) or self._without_china(canonical, document)
                        or self._other_legal_form(canonical, document) or self._placed_after_its_short_name(canonical, document)
                        or self._short_after_its_placed_name(canonical, document) or self._group_written_both_ways(canonical, document)
                        or self._half_of_a_brand(canonical, document) or self._arm_by_its_place(canonical, document)
                        if kind == "Enterprise" else None))
            if full is not None:  # 沈阳工大辽阳分校 after 沈阳工业大学辽阳分校: the same body, shortened
                return self.ensure(kind, full.name, surface, document)
        entity = self.ensure(kind, canonical, surface, document)
        self._attach_parent(entity, surface, document)
        if kind == "ResearchInstitute":
            self._index_without_place(entity)
        named = self._named_in.setdefault(document, [])
        if all(other is not entity for other in named):
            named.append(entity)
        return entity

    def _its_legal_name_here(self, name: str, canonical: str, surface: str, document: str) -> Entity | None:
        """The company this document named before by the brand as written and a legal form (华工科技 after
        华工科技股份有限公司: the page's legal name, where the table's is another), or by the legal name
        data/enterprise_brands.csv gives the brand ``name`` (京东方 -> 京东方科技集团股份有限公司), where the alias
        table keeps the brand itself as the canonical name."""
        if surface != canonical and not LEGAL_ENDING.search(surface):
            written = self._named_with_a_legal_form(surface, document, LEGAL_ENDING)
            if written is not None:
                return written
        legal = brand_legal_names().get(name) or brand_legal_names().get(canonical)
        if legal is None or legal == canonical:
            return None
        return next((other for other in self._named_in.get(document, ())
                     if other.kind == "Enterprise" and other.name == legal), None)

    def _named_with_a_legal_form(self, name: str, document: str, form: re.Pattern = LEGAL_FORM) -> Entity | None:
        """The company this document named before by ``name`` and a legal form after it: an institute's
        name (天津药物研究院有限公司, a corporatised institute named again without its form) or a company's
        (西安高科集团 after 西安高科集团有限公司, which no brand rule joins: 高科 is a generic word)."""
        if form.search(name):
            return None  # (a name with its legal form already is the legal name)
        return next((other for other in self._named_in.get(document, ()) if other.kind == "Enterprise"
                     and other.name.startswith(name) and form.fullmatch(other.name, len(name))), None)

    def _abbreviated(self, kind: str, name: str, document: str) -> Entity | None:
        """The organisation of the same kind this document named before, of which ``name`` is an
        abbreviation: its characters in order, the same first and last (the kind of body), not its
        beginning (浙江大学 begins 浙江大学研究院: a parent), no name known on its own, and no
        university or college (江苏大学 and 江苏科技大学 are two), and only one such organisation."""
        if len(name) < 3 or name.endswith(("大学", "学院")) or name in _alias_table() or name in _known_parents():
            return None
        named = self._named_in.get(document, ())
        fits = [other for other in named
                if other.kind == kind and len(other.name) > len(name) and other.name[0] == name[0]
                and not other.name.startswith(name)
                and any(whole[-1] == name[-1] and _in_order(name, whole) for whole in _without_legal_form(other.name))]
        if len(fits) != 1:
            return None  # two bodies it could shorten: neither
        if kind == "Enterprise" and LEGAL_FORM.search(name) and not _drops_a_generic_word(fits[0].name, name):
            return None  # 厦门ABB开关有限公司 beside 厦门ABB高压开关有限公司: two legal names (亿和精密（威海）有限公司 of
            # 亿和精密工业（威海）有限公司 drops a generic word only: the same firm)
        # a family of names the document gives bodies, opening and ending alike (成都岷山氢能及碳中和技术研究院, 成都岷山
        # 功率半导体技术研究院, …): a name opening and ending as they do is one more of them (成都岷山先进技术研究院)
        family = [other for other in named if other.kind == kind and other is not fits[0]
                  and other.name[:4] == name[:4] and other.name[-3:] == name[-3:]]
        return None if family else fits[0]

    def _brand_of_legal_name(self, name: str, document: str) -> Entity | None:
        """The company this document named before by a legal name whose own words, after its place,
        begin with ``name``: 华旺 after 马鞍山华旺新材料科技有限公司 (a short name no table knows; one
        such company only), or that is ``name`` and a legal form (湖北金泉新材料, any length)."""
        if LEGAL_ENDING.search(name):
            return None
        # (or it and its place: 海创药业 after 成都海创药业股份有限公司)
        whole = [other for other in self._named_in.get(document, ())
                 if other.kind == "Enterprise" and other.name != name and LEGAL_ENDING.search(other.name)
                 and name in (enterprise_core(other.name), enterprise_core(other.name)[len(_opening_place(other.name)):])]
        if len(whole) == 1:  # 湖北金泉新材料 after 湖北金泉新材料有限公司: the legal name without its legal form,
            return whole[0]  # also when a table knows the short name (激智科技 after 激智科技股份有限公司)
        # 宸鸿科技 after 宸鸿科技（厦门）有限公司: the brand again, its arm in a place named first on the page (one only)
        placed = [other for other in self._named_in.get(document, ())
                  if other.kind == "Enterprise" and LEGAL_ENDING.search(other.name)
                  and _PLACED_ARM.fullmatch(enterprise_core(other.name)) and enterprise_core(other.name).startswith(name + "（")]
        if len(placed) == 1:
            return placed[0]
        if name in _alias_table() and (_alias_table()[name][1] != name or name in foreign_brands()):
            # (a known Chinese brand the tables give no legal name stays open: 国星宇航 after 成都国星宇航科技股份
            # 有限公司; a foreign one's Chinese legal name is its subsidiary's: 上海罗氏制药有限公司 is no 罗氏)
            return None
        if not 2 <= len(name) <= 6:
            return None
        fits = []
        for other in self._named_in.get(document, ()):
            grouped = _GROUP_ENDING.sub("", other.name)  # 海特电子 after 山东海特电子集团: a group as written
            if other.kind != "Enterprise" or not (LEGAL_ENDING.search(other.name) or grouped != other.name) or other.name == name:
                continue
            core = enterprise_core(grouped)
            place = _opening_place(core)
            # a group named without a legal form is matched only when its place opens it (山东海特电子集团)
            own = core[len(place):]
            keeps_place = place and core.startswith(name) and len(name) > len(place) + 1  # 湖南千德智能
            if (own.startswith(name) or keeps_place) and (place or grouped == other.name):
                fits.append(other)
            elif place and len(own) >= 2 and name.startswith(own) and BRAND_ENDING.fullmatch(name[len(own):]):
                fits.append(other)  # 乐鸿科技 after 四川乐鸿有限公司: its own words and a brand ending
            elif place and any(BRAND_ENDING.fullmatch(name, size) and own.startswith(name[:size]) and own.endswith(name[size:])
                               and len(own) > len(name) for size in (2, 3)):
                fits.append(other)  # 华米科技 after 安徽华米信息科技有限公司: its brand and ending, the business between left out
        if not fits:  # 赛维 after 赛维太阳能: a short name written before with its business after it
            # (a known company's too where the rest is a brand ending: 柔宇 after 柔宇科技)
            fits = [other for other in self._named_in.get(document, ())
                    if other.kind == "Enterprise" and other.name.startswith(name) and 2 <= len(other.name) - len(name) <= 3
                    and not LEGAL_ENDING.search(other.name)
                    and (other.name not in _alias_table() or BRAND_ENDING.fullmatch(other.name, len(name)))]
        return fits[0] if len(fits) == 1 else None

    def _other_legal_form(self, name: str, document: str) -> Entity | None:
        """The company this document named before by the same words and another legal form or place: 四川君和
        环保有限公司 after 四川君和环保股份有限公司, a page's slip between the two; 海创药业股份有限公司 (a table's
        name for 海创药业) and 成都海创药业股份有限公司, in either order (one such company only)."""
        if not LEGAL_ENDING.search(name):
            return None
        core = enterprise_core(name)
        own = core[len(_opening_place(core)):]
        fits = []
        for other in self._named_in.get(document, ()):
            other_core = enterprise_core(other.name)
            if (other.kind != "Enterprise" or other.name == name or not LEGAL_ENDING.search(other.name) or len(own) < 3
                    or other_core[len(_opening_place(other_core)):] != own):
                continue
            if _opening_place(core) and _opening_place(other_core) and core != other_core:
                continue  # two places are two companies (惠州市赢合科技, 深圳市赢合科技)
            fits.append(other)
        return fits[0] if len(fits) == 1 else None

    def _placed_after_its_short_name(self, name: str, document: str) -> Entity | None:
        """The company this document named before by the words of ``name`` after its place: 骆华生物
        before 苏州骆华生物, 萨至德 before 惠州萨至德科技 (its words and a brand ending), a project's
        investor named short first and in full later (one such company only, no legal name)."""
        core = enterprise_core(name)
        place = _opening_place(core)
        own = core[len(place):]
        if not place or len(own) < 2:
            return None
        fits = [other for other in self._named_in.get(document, ())
                if other.kind == "Enterprise" and not LEGAL_ENDING.search(other.name) and len(other.name) >= 2
                and (own == other.name or (own.startswith(other.name) and len(other.name) >= 3
                                           and BRAND_ENDING.fullmatch(own, len(other.name))))]
        return fits[0] if len(fits) == 1 else None

    def _short_after_its_placed_name(self, name: str, document: str) -> Entity | None:
        """The company this document named before by its place and ``name``: 火炬安泰 after 株洲火炬安泰
        (one such company only, no legal name; not 沃尔沃 after 大庆沃尔沃, a known company and its plant)."""
        if len(name) < 3 or name in brand_legal_names() or name in _group_short_names() or name in _alias_table():
            return None
        fits = [other for other in self._named_in.get(document, ())
                if other.kind == "Enterprise" and not LEGAL_ENDING.search(other.name) and other.name.endswith(name)
                and _opening_place(other.name) == other.name[: len(other.name) - len(name)] != ""]
        return fits[0] if len(fits) == 1 else None

    def _arm_by_its_place(self, name: str, document: str) -> Entity | None:
        """The company this document named before by a legal name holding its place in brackets, written again as its
        brand, the place and 公司: 克诺尔苏州公司 after 克诺尔车辆设备(苏州)有限公司 (one such company only)."""
        if not name.endswith("公司") or LEGAL_FORM.search(name):
            return None
        core = name[:-2]
        fits = [other for other in self._named_in.get(document, ())
                if other.kind == "Enterprise" and LEGAL_FORM.search(other.name)
                for size in (2, 3) if len(core) - size >= 2
                and core[-size:] in place_forms()
                and other.name.startswith(core[:-size]) and re.search(rf"[（(]{core[-size:]}(?:市)?[）)]", other.name)]
        return fits[0] if len(fits) == 1 else None

    def _half_of_a_brand(self, name: str, document: str) -> Entity | None:
        """The company this document named before by a brand of two words, ``name`` one of them: 铃木 after 轻骑铃木,
        临工 after 临工山特维克 (two characters or three, one such company only, no legal name, no group's name:
        华为 after 华为终端 is the group)."""
        if not 2 <= len(name) <= 3 or name in _group_short_names() or name in _known_parents():
            return None
        fits = [other for other in self._named_in.get(document, ())
                if other.kind == "Enterprise" and not LEGAL_FORM.search(other.name) and len(name) + 2 <= len(other.name) <= 6
                and (other.name.startswith(name) or other.name.endswith(name)) and not BRAND_ENDING.search(other.name)
                and not _opening_place(other.name)]  # (not 沃尔沃 after 大庆沃尔沃: a known company and its plant)
        return fits[0] if len(fits) == 1 else None

    def _group_written_both_ways(self, name: str, document: str) -> Entity | None:
        """The company this document named before as ``name`` with 集团 after it, or without it: 罗森伯格
        after 罗森伯格集团 (a brand's group, which the brand rules leave alone: no legal name), and the reverse."""
        other_form = name[:-2] if name.endswith("集团") else name + "集团"
        if len(other_form) < 2 or len(name) < 2:
            return None
        return next((other for other in self._named_in.get(document, ())
                     if other.kind == "Enterprise" and other.name == other_form), None)

    def _without_china(self, name: str, document: str) -> Entity | None:
        """The company this document named before as 中国 and then ``name``: 信科集团 after 中国信科集团
        (a name no table knows; one such company only)."""
        if len(name) < 3 or name in _alias_table():
            return None
        fits = [other for other in self._named_in.get(document, ())
                if other.kind == "Enterprise" and other.name == "中国" + name]
        return fits[0] if len(fits) == 1 else None

    def _without_parent(self, kind: str, name: str, document: str) -> Entity | None:
        """The unit this document named before whose name is its parent's name and then ``name``:
        莫干山研究院 after 浙江工业大学莫干山研究院 (one such unit only)."""
        if len(name) < 4:
            return None
        fits = [other for other in self._named_in.get(document, ())
                if other.kind == kind and other.parent is not None and other.name.endswith(name)
                and other.name[: len(other.name) - len(name)] == other.parent[1]]
        return fits[0] if len(fits) == 1 else None

    def _index_without_place(self, entity: Entity) -> None:
        for size in (4, 3, 2):
            rest = entity.name[size:]
            if entity.name[:size] in place_forms() and len(rest) >= 4 and INSTITUTE_ENDING.search(rest):
                known = self._without_place.setdefault(rest, [])
                if all(other is not entity for other in known):
                    known.append(entity)
                return

    def _attach_parent(self, entity: Entity, surface: str, document: str) -> None:
        """Give ``entity`` its parent (and the parent its own), as the name written ``surface`` shows it.
        Where the entity has its parent already (an earlier document's, or the graph's when an ingest
        seeded the registry), the parent is still noted as this document writes it (南大 of
        南大苏州创新研究院), so that a document's graph does not depend on which document came first."""
        found = self._parent_for(entity, surface)
        if found is None or (entity.parent is not None and entity.parent != found[:2]):
            return
        parent_kind, parent_name, parent_form = found
        parent = self.ensure(parent_kind, parent_name, parent_form, document)
        self._attach_parent(parent, parent_form or parent_name, document)
        entity.parent = parent.key

    def _parent_for(self, entity: Entity, surface: str) -> tuple[str, str, str | None] | None:
        """The parent the name gives ``entity`` as (kind, name, the form ``surface`` writes it in), or None."""
        parent_name = _known_parents().get(entity.name) or self._parent_by_name(entity.name, entity.kind)
        group = group_of(entity.name, surface) if not parent_name else None  # 中信特钢, 中船七一六所
        if group is not None:
            parent_name = group.name
            unit = _known_unit_opening(entity.name, group)
            if unit is not None:  # 中信重工开诚智能装备有限公司 -> 中信重工 (-> 中信): the nearest parent the name gives
                parent_name, group = unit, None
        company = self._company_beginning(entity.name) if entity.kind == "ResearchInstitute" and not parent_name else None
        if entity.kind == "ResearchInstitute" and not parent_name and company is None:
            latin = _LATIN_BRAND_UNIT.fullmatch(entity.name) or _GROUP_UNIT.fullmatch(entity.name)
            company = latin.group(1) if latin else None  # IBM研发中心, 天业集团研究所: a company's own unit
        if entity.kind == "ResearchInstitute" and not parent_name and company is None:
            company = _known_company_opening(entity.name)  # 华为成都研究所, 烟台中集海洋工程研究院
        if company is not None:  # 擎动科技长三角研发中心: the R&D centre of a company named before
            parent_name = company
        if entity.kind == "Enterprise" and not parent_name:
            parent_name = _university_of_its_park(entity.name)  # 武汉武大科技园有限公司 -> 武汉大学
        if not parent_name or parent_name == entity.name:
            return None
        if entity.name.startswith(parent_name) and LEGAL_FORM.fullmatch(entity.name, len(parent_name)):
            return None  # 无锡物联网创新中心有限公司: the centre's own legal person, not a part of it
        # the parent as the name writes it, the longest known form opening it: 丰田汽车 of 丰田汽车研发中心, 东方电气（福建）…
        written = [alias for alias, canonical in _prefix_aliases() + _group_shorts()
                   if canonical == parent_name and surface.startswith(alias)]
        after_place = surface[len(_opening_place(surface)):]  # 康佳 of 重庆康佳光电技术研究院
        written += [alias for alias in _aliases_of().get(parent_name, ()) if surface.startswith(alias) or after_place.startswith(alias)]
        parent_form = max(written, key=len) if written else None
        parent_kind = _alias_table().get(parent_name, ("ResearchInstitute", parent_name))[0]
        ending = INSTITUTE_ENDING.search(parent_name)
        if group is not None or company is not None or (
                entity.kind == "Enterprise" and not (ending and ending.end() == len(parent_name))):
            parent_kind = "Enterprise"  # a company's group; an institute running a company stays one
        if parent_kind == "ResearchInstitute" and group is None and company is None:
            known_as = canonical_organization(parent_name)  # 中国科学院计算所 of …计算所烟台分所: 中国科学院计算技术研究所
            if known_as != parent_name and known_as != entity.name:
                parent_form, parent_name = parent_form or parent_name, known_as
        return parent_kind, parent_name, parent_form

    def _parent_by_name(self, name: str, kind: str = "ResearchInstitute") -> str | None:
        """The longest known organisation whose name begins this one: 清华大学苏州… -> 清华大学."""
        known = self._known_beginning(name)
        if known is None and kind == "Enterprise":
            return enterprise_parent(name)
        numbered = _NUMBERED_INSTITUTE_OPENING.match(name) if known is None and kind == "ResearchInstitute" else None
        if numbered and group_of(numbered.group(1), numbered.group(1)) is not None:
            return numbered.group(1)  # 中船重工710所青岛海洋装备研发基地: the group's numbered institute's base
        if known is None and _CAS_PLACED_INSTITUTE.match(name) and any(place_at(name, i) for i in range(2, len(name) - 3)):
            return "中国科学院"  # 中科苏州地理科学与技术研究院, 中科卫星应用德清研究院: the Academy's institutes in a place
        if known is None and kind == "ResearchInstitute":
            placed = _placed_short_parent(name)
            if placed is not None:
                return placed  # 珠海复旦研究院: 复旦大学's institute in 珠海
            short = next((canonical for alias, canonical in _institute_short_names()
                          if name.startswith(alias) and INSTITUTE_ENDING.search(name, len(alias) + 2)), None)
            if short is not None:
                return short  # 苏州医工所沈阳健康工程技术研究院: the institute's unit, named after its short name
        # the longest beginning of the name that is itself an institute's name, when longer than a
        # known one: 中国科学院大学能源学院榆林分院 -> 中国科学院大学能源学院 (-> 中国科学院大学 -> 中国科学院),
        # 中国科学院科技战略咨询研究院中国高新区研究中心 -> 中国科学院科技战略咨询研究院 (-> 中国科学院)
        best = known
        for match in INSTITUTE_ENDING.finditer(name):
            prefix = name[: match.end()]
            if (4 <= len(prefix) < len(name) - 1 and len(prefix) > len(known or "")
                    and not _QUALIFIED_WHOLE.fullmatch(name, len(prefix)) and not JOINING_DASH.search(prefix)):
                # 国家市场监管技术创新中心（特殊食品） is that centre, qualified, not a part of it; a joint
                # institute (北京师范大学-香港浸会大学联合国际学院) belongs to the first it is named after
                best = prefix
        if best is not None:  # 深圳清华大学研究院: the university's institute in 深圳, not a 深圳清华大学
            place = _opening_place(best)
            rest = best[len(place):]
            if place and best not in _parent_names() and (
                    rest in _parent_names() or (_UNIVERSITY_END.search(rest) and _opening_place(rest))):
                # but 西安电子科技大学 is a university of its own; one named from a place after a city
                # (襄阳湖北工业大学产业研究院) is that university's institute in the city
                best = rest
        return best

    def _company_beginning(self, name: str) -> str | None:
        """The longest company already in the registry whose name begins ``name``, four characters
        or more of it and two or more short of it (擎动科技 of 擎动科技长三角研发中心)."""
        for size in range(len(name) - 2, 3, -1):
            if ("Enterprise", name[:size]) in self.entities:
                return name[:size]
        return None

    def _known_beginning(self, name: str) -> str | None:
        """The longest institute, known or in the registry, that begins ``name`` two characters
        or more short of it and holds an institute ending; found by trying the name's beginnings."""
        known = _parent_names()
        for size in range(len(name) - 2, 0, -1):
            candidate = name[:size]
            if ((candidate in known or ("ResearchInstitute", candidate) in self.entities)
                    and INSTITUTE_ENDING.search(candidate)):
                return candidate
        return None


# a group's numbered institute opening a longer name: 中船重工710所|青岛海洋装备研发基地
_NUMBERED_INSTITUTE_OPENING = re.compile(r"([\u4e00-\u9fff]{2,6}?第?[〇一二三四五六七八九十百零\d]{2,4}(?:研究)?所)(?=[\u4e00-\u9fff]{2})")


def _placed_short_parent(name: str) -> str | None:
    """The university or academy a short name after a city abbreviates, where an institute's name
    runs on from it (珠海复旦研究院, 无锡北大研究院): not a university named after its city (苏州大学)."""
    place = _opening_place(name)
    rest = name[len(place):]
    if not place or not INSTITUTE_ENDING.search(rest):
        return None
    for alias, canonical in _prefix_aliases():
        if len(alias) >= 2 and rest.startswith(alias) and len(rest) - len(alias) >= 2:
            return canonical
    return None


def _university_of_its_park(name: str) -> str | None:
    """The university whose science park a company runs, named by the university's name or short
    name before 科技园 (武汉武大科技园有限公司, 武汉理工大科技园股份有限公司, 武汉华中师大科技园发展有限公司)."""
    park = name.find("科技园")
    if park < 2 or not LEGAL_ENDING.search(name):
        return None
    for opening in (name[:park], name[len(_opening_place(name)) : park]):
        for written in (opening, opening + "学"):  # 武汉理工大 -> 武汉理工大学
            kind, canonical = _alias_table().get(written, (None, written))
            if (kind in (None, "ResearchInstitute") and canonical in _parent_names()
                    and canonical.endswith(("大学", "学院"))):
                return canonical
    return None


# a bracketed qualifier closing a name (…技术创新中心（特殊食品）): the body qualified, not a unit of it
# (北大医学部（泰州）医药健康产业创新中心, whose name goes on past the bracket, is one)
_QUALIFIED_WHOLE = re.compile(r"[（(][^（()）]*[）)]")


# an institute named 中科 and then its own words (not 中科院…, which the alias table reads)
_CAS_PLACED_INSTITUTE = re.compile(r"中科(?!院)[\u4e00-\u9fff]{2,16}(?:研究院|研究所|研究中心)$")


def _known_unit_opening(name: str, group: EnterpriseGroup) -> str | None:
    """The known company, longer than its group's short name, that opens an enterprise's name and is not
    the group itself nor the enterprise: 中信重工 of 中信重工开诚智能装备有限公司, 中冶赛迪 of 中冶赛迪信息."""
    core = enterprise_core(name)
    for size in range(len(core) - 2, len(group.short), -1):
        known = _alias_table().get(core[:size])
        if known is not None and known[0] == "Enterprise" and known[1] not in (group.name, name):
            # (中信泰富特钢集团: a group of its own, the top group's, as the corpus annotators read it)
            return None if "集团" in name[size:] else known[1]
    return None


def _known_company_opening(name: str) -> str | None:
    """The known company (data/enterprise_brands.csv, org_aliases.csv, enterprise_groups.csv) whose
    name opens an institute's, after the institute's place if any, with an institute's name of its
    own after it: 华为成都研究所 -> 华为, 烟台中集海洋工程研究院 -> 中集."""
    if _UNIVERSITY_END.search(name):
        return None  # 福耀科技大学, 大连东软信息学院: a school a company founded is a school of its own
    rest = name[len(_opening_place(name)):]
    for size in range(len(rest) - 3, 1, -1):
        known = _alias_table().get(rest[:size])
        if known is not None and known[0] == "Enterprise" and (INSTITUTE_ENDING.search(rest[size:])
                                                               or rest.endswith("技术中心")):  # 宁波微软技术中心
            return known[1]
    return None


# a unit named after a company written in Latin letters: Intel研发中心, GE创新中心, SAP中国研究院
# a unit named after a group or company: 天业集团研究所, 潍柴动力股份有限公司…研究院
_GROUP_UNIT = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:集团|有限公司|股份公司))[\u4e00-\u9fff]{0,8}?(?:研究所|研究院|研发中心|技术中心|实验室|创新中心)")
# (not a field written in Latin letters: AI创新中心, 5G创新中心, VR实验室, IC设计研究院 are named by their field, no company's)
_LATIN_BRAND_UNIT = re.compile(r"(?!(?:AI|IT|ICT|IoT|IOT|VR|AR|MR|XR|EDA|IC|LED|OLED|PCB|GIS|BIM|CPU|GPU|AIGC|SaaS|BT|DT)"
                               r"(?:中国|全球|亚太)?(?:研发中心|创新中心|技术中心|研究院|实验室))"
                               r"([A-Za-z][A-Za-z0-9&.\-]{1,15})(?:中国|全球|亚太)?(?:研发中心|创新中心|技术中心|研究院|实验室)")


_SECTOR_WORD_AT_END = re.compile(r"(?:产业|行业)$")


@lru_cache(maxsize=None)
def _group_by_written_name() -> dict[str, str]:
    """A group's short name with 集团 (一汽集团, 一汽集团公司) -> the group's legal name."""
    return {group.short + ending: group.name for group in enterprise_groups()
            for ending in ("集团", "集团公司") if group.short + ending != group.name}


_GROUP_ENDING = re.compile(r"集团(?:公司)?$")


_PLACED_ARM = re.compile(r"[^（]{2,12}（[\u4e00-\u9fff]{2,4}）")  # 宸鸿科技（厦门）: a company's arm in a place


def canonical_organization(name: str, expand_prefix: bool = True) -> str:
    """The canonical name of an organisation name as written, by the alias table and prefixes;
    brackets are written full-width, as Chinese names write them (a table cell's 中粮(江阴) is the
    text's 中粮（江阴）), and a group written X集团公司 is X集团 (the written form stays a form).
    A company's brand keeps an institute's short name as written (中科大洋 is no 中国科学技术大学洋):
    ``expand_prefix`` is False for enterprises."""
    name = name.replace("(", "（").replace(")", "）")
    table = _alias_table()
    if name in table:
        return table[name][1]
    if name.endswith("集团公司") and len(name) >= 6:  # 中国兵器装备集团公司 and 中国兵器装备集团: one group
        name = name[:-2]
        if name in table:
            return table[name][1]
    group = _group_by_written_name().get(name)
    if group is not None:  # 一汽集团, 中信集团: the group itself, by its short name
        return group
    # the first of _prefix_aliases (longest first) that begins the name and does not already
    # stand expanded in it; at most one alias has each length, so try the name's beginnings
    by_alias, lengths = _prefix_alias_lookup()
    if not expand_prefix or LEGAL_ENDING.search(name):
        return name  # 山东科大机电科技股份有限公司: a company's legal name is written as registered
    for size in lengths:
        if size >= len(name):
            continue
        canonical = by_alias.get(name[:size])
        if canonical is not None and not name.startswith(canonical):
            expanded = canonical + name[size:]
            return table.get(expanded, (None, expanded))[1]
    return name


@lru_cache(maxsize=None)
def _prefix_alias_lookup() -> tuple[dict[str, str], tuple[int, ...]]:
    """_prefix_aliases as alias -> canonical, and their lengths, longest first."""
    pairs = _prefix_aliases()
    return dict(pairs), tuple(sorted({len(alias) for alias, _ in pairs}, reverse=True))


_BRANCH_QUALIFIER = re.compile(r"^([\u3400-\u9fffA-Za-z]{2,8}?)[（(]([\u3400-\u9fff]{2,4})[）)](.*)$")


# a group's unit named in full: the group's name, maybe its place in brackets, words of the unit's own, a legal form
# (石药集团巨石生物制药有限公司, 中天钢铁集团(淮安)新材料有限公司; not 石药集团有限公司, 中国中车集团股份有限公司: the group itself)
_GROUPS_UNIT_LEGAL_NAME = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,10}集团)(?:[（(][\u4e00-\u9fff]{2,4}[）)])?(?!股份|有限|控股)"
                                     r"[\u4e00-\u9fff]{2,}?" + LEGAL_FORM.pattern)


_LEGAL_NAME_AT_END = re.compile(rf"(?:{LEGAL_ENDING.pattern})$")


def enterprise_parent(name: str) -> str | None:
    """The group an enterprise's name says it belongs to: 松下电器（中国） -> 松下电器 (its China arm),
    中粮（江阴）粮油仓储有限公司 -> 中粮集团有限公司 (a business of a known group in a place). A place qualifier
    followed only by the legal ending (盛合晶微半导体（江阴）有限公司) names where the company is, not
    a parent."""
    branch = next((b for b in ("分公司", "分行", "支行") if name.endswith(b)), None)
    if branch is None and name.endswith("公司") and not LEGAL_ENDING.search(name):
        branch = "公司"  # 华大基因武汉公司 -> 华大基因: a known company's arm in a city, named by the company
    elif branch is None and name.endswith("公司"):  # 统信软件技术有限公司武汉公司 -> 统信软件技术有限公司: a legal
        place = place_before(name, len(name) - 2)  # name's arm in a city, named by it
        if place < len(name) - 2 and _LEGAL_NAME_AT_END.search(name, 0, place):
            return name[:place]
    if branch:  # 长城汽车重庆分公司 -> 长城汽车, 中海油湛江分公司 -> 中海油, 国家开发银行江苏省分行 -> 国家开发银行
        core = name[: -len(branch)]
        place = place_before(core, len(core))
        if 2 <= place < len(core) and (branch != "公司" or _alias_table().get(core[:place], ("",))[0] == "Enterprise"):
            return canonical_organization(core[:place])
    of_a_group = GROUPS_COMPANY.fullmatch(name, 0, len(name) - 2) if name.endswith("公司") and not name.endswith("分公司") else None
    if of_a_group:  # 平高集团电力检修公司, 罗普特科技集团大冶公司 -> the group
        return canonical_organization(of_a_group.group(1))
    units_legal_name = _GROUPS_UNIT_LEGAL_NAME.fullmatch(name)
    if units_legal_name:  # 石药集团巨石生物制药有限公司, 中天钢铁集团(淮安)新材料有限公司 -> the group
        return canonical_organization(units_legal_name.group(1))
    core = enterprise_core(name)
    if (core.startswith("中国") and core != name and _alias_table().get(core[2:], ("",))[0] == "Enterprise"
            and not _alias_table()[core[2:]][1].startswith(core) and name not in _known_company_names()):
        # 中国惠普有限公司 -> 惠普: a known company's China arm (not 中国中煤能源集团有限公司, the group of
        # 中国中煤能源股份有限公司, whose short name 中煤能源 drops the same 中国; nor 中国东方电气集团有限公司,
        # a group the tables know, above the 东方电气股份有限公司 its short name 东方电气 stands for)
        return _alias_table()[core[2:]][1]
    known = _alias_table().get(core[:-2]) if core.endswith("中国") else None
    if known is not None and known[0] == "Enterprise" and known[1] != name:
        return known[1]  # 默克中国, 养乐多中国: a known company's China arm, named after it
    opening = _known_company_before_a_place(core, name)
    if opening is not None:  # 科大国创合肥智能汽车科技有限公司, 国药器械盘锦有限公司: a known company's unit in a place
        return opening
    placed = _known_company_after_a_place(core, name)
    if placed is not None:  # 常熟生益科技有限公司: a known company's unit, named by its city (广东生益科技股份有限公司's)
        return placed
    match = _BRANCH_QUALIFIER.match(name)
    if not match:
        return None
    group, place, rest = match.groups()
    known = _alias_table().get(group, ("", ""))
    if place == "中国" and known[0] != "Enterprise" and _opening_place(group):
        return None  # 上海利勃海尔（中国）有限公司: a company named by its city, its brand and its country, no group named
    if place == "中国" and known[0] != "Enterprise":
        brand = _foreign_brand_opening(group)
        if brand is not None:  # 博世电动工具（中国）, SK海力士半导体（中国）: the brand's China arm, its trade named
            return brand
    if place == "中国" or (enterprise_core(rest) and known[0] == "Enterprise"):
        return known[1] if known[0] == "Enterprise" else group
    if not rest and known[0] == "Enterprise" and place in place_forms():
        return known[1]  # 台积电（南京）, 东软（大连）: a known company's arm in a place
    brand = _known_brand_and_trade(group) if rest in _PLAIN_LEGAL_FORMS and place in place_forms() else None
    if brand is not None and brand[1] != name:
        return brand[1]  # 美光半导体（西安）有限责任公司, 英特尔产品（成都）有限公司: a known brand's arm, named with its trade
    return None  # 迪哲（江苏）医药股份有限公司: a company named with its province, no group known


_PLAIN_LEGAL_FORMS = ("有限公司", "有限责任公司")


def _known_brand_and_trade(group: str) -> tuple[str, str] | None:
    """A foreign company named with its trade after it: 美光 of 美光半导体, 英特尔 of 英特尔产品 (a
    Chinese brand with a trade, 信念医药科技, is most often the company's own name)."""
    return next((known for size, known in _foreign_brands_opening(group, len(group) - 2)
                 if group[size:] == "产品" or BRAND_ENDING.fullmatch(group, size)), None)


def _foreign_brand_opening(group: str) -> str | None:
    """The foreign brand (data/enterprise_brands.csv) a company's words open with, any trade words after it."""
    return next((known[1] for _, known in _foreign_brands_opening(group, len(group) - 1)), None)


def _foreign_brands_opening(group: str, longest: int) -> Iterator[tuple[int, tuple[str, str]]]:
    """The known foreign brands that open ``group``, up to ``longest`` characters, longest first, with their length."""
    for size in range(longest, 1, -1):
        known = _alias_table().get(group[:size])
        if known is not None and known[0] == "Enterprise" and group[:size] in foreign_brands():
            yield size, known


def _known_company_before_a_place(core: str, name: str) -> str | None:
    """The known company (data/enterprise_brands.csv, org_aliases.csv) that opens a company's name, with a
    place written right after it, unbracketed: 22 of the 23 such names in the annotated pages are the known
    company's units (中车昌吉时代创富新能源 the one not)."""
    for size in range(len(core) - 2, 1, -1):
        known = _alias_table().get(core[:size])
        if known is not None and known[0] == "Enterprise" and known[1] != name and place_at(core, size):
            return known[1]
    return None


def _known_company_after_a_place(core: str, name: str) -> str | None:
    """The known company (a brand of three characters or more whose known legal name opens with another place, or
    with none) that a limited company's name holds whole after its city: 常熟生益科技有限公司 of 广东生益科技股份有限公司.
    Not a joint-stock company (the brand's own legal person), nor the known company's own legal name."""
    if not name.endswith(("有限公司", "有限责任公司")) or "股份" in name:
        return None
    place = _opening_place(core)
    rest = core[len(place) :].removeprefix("市")
    known = _alias_table().get(rest) if place and len(rest) >= 3 else None
    if (known is None or known[0] != "Enterprise" or known[1] == name or known[1].startswith(place)
            or not LEGAL_ENDING.search(known[1])):
        return None  # (重庆华森制药有限公司, 华森制药 known by its brand alone: perhaps the company itself, loosely named)
    return known[1]


@lru_cache(maxsize=4096)
def _opening_place(name: str) -> str:
    """The longest place opening a company's name ("" if none), once per name: _brand_of_legal_name
    asks it of every legal name a document named before, for every short name it resolves."""
    return place_at(name, 0) or ""


_UNIVERSITY_END = re.compile(r"(?:大学|学院|大学[\u4e00-\u9fff]{2,4}分校)$")
# a foreign company's own legal form, or its Chinese arm with its place in brackets: 东芝株式会社, 三菱商事（青岛）有限公司
_FOREIGN_COMPANY_END = re.compile(r"株式会社$|[（(][\u4e00-\u9fff]{2,4}[）)](?:有限公司|有限责任公司|投资有限公司)$")


def _without_country(name: str, kind: str = "ResearchInstitute") -> str:
    """A foreign university named with its country (美国斯坦福大学, 美国加州大学旧金山分校) is that university
    (斯坦福大学); so is a foreign company's legal name (日本三菱商事（青岛）有限公司, whose name begins at 三菱);
    the written form stays a form. Institutes keep theirs (德国慕尼黑新能源汽车研究院 is named so)."""
    if not (_UNIVERSITY_END if kind == "ResearchInstitute" else _FOREIGN_COMPANY_END).search(name):
        return name
    if name.endswith(("科学院", "工程院")):
        return name  # 乌克兰国家科学院, 白俄罗斯国家科学院: a country's academy is named by its country (not 国家科学院)
    country = next((c for c in countries() if name.startswith(c) and len(name) - len(c) >= 4), None)
    return name[len(country):] if country else name


@lru_cache(maxsize=None)
def _aliases_of() -> dict[str, tuple[str, ...]]:
    """Canonical name -> the aliases of the alias table that name it, longest first."""
    aliases: dict[str, list[str]] = {}
    for alias, (_, canonical) in _alias_table().items():
        aliases.setdefault(canonical, []).append(alias)
    return {canonical: tuple(sorted(names, key=len, reverse=True)) for canonical, names in aliases.items()}


@lru_cache(maxsize=None)
def _group_shorts() -> list[tuple[str, str]]:
    return [(group.short, group.name) for group in enterprise_groups()]


_GROUP_ITSELF = ("", "集团", "集团公司", "公司", "控股", "股份")


@lru_cache(maxsize=None)
def _group_short_names() -> tuple[str, ...]:
    return tuple(group.short for group in enterprise_groups())


def group_of(name: str, surface: str) -> EnterpriseGroup | None:
    """The group an enterprise belongs to by its name: 中信特钢 -> 中信, 华润微电子 -> 华润, 丰田研发
    -> 丰田 (data/enterprise_groups.csv); not the group itself (华为技术有限公司, 中核集团)."""
    shorts = _group_short_names()
    if not (surface.startswith(shorts) or name.startswith(shorts)):
        return None  # no group's short name opens it (most names): one startswith, not two per group
    for group in enterprise_groups():
        if name == group.name:
            return None
        for written in (surface, name):
            if written.startswith(group.short):
                if written.startswith(group.outsiders):
                    return None  # 中信博, 西门子能源: named like a unit, owned by others
                rest = enterprise_core(written)[len(group.short):]
                # 中国石油大学 is a university of its own (data/institutes.csv), not a unit of 中国石油
                own = rest.startswith(("大学", "学院")) and enterprise_core(written) in _institute_names()
                return group if len(rest) >= 2 and rest not in _GROUP_ITSELF and not own else None
    return None


def enterprise_core(legal_name: str) -> str:
    """The name inside a legal name: 潍柴动力股份有限公司 -> 潍柴动力."""
    return LEGAL_ENDING.sub("", legal_name)


@lru_cache(maxsize=None)
def _concept_by_label() -> dict[str, IndustryConcept]:
    """Every Chinese label of the taxonomy -> its concept."""
    return {label: concept for concept in industries() for label in concept.variants}


def _without_legal_form(name: str) -> tuple[str, ...]:
    """A name as written, and without its legal form where it has one: 上海国鼎集团 shortens
    上海国鼎建设工程发展集团有限公司 as its words before 有限公司 end."""
    form = LEGAL_FORM.search(name)
    return (name, name[: form.start()]) if form and form.start() >= 2 and form.end() == len(name) else (name,)


def _drops_a_generic_word(full: str, short: str) -> bool:
    """Whether ``short`` is ``full`` without one run of characters that is a generic word of names (工业, 科技)."""
    opening = next((i for i, (a, b) in enumerate(zip(full, short)) if a != b), len(short))
    dropped = full[opening : opening + len(full) - len(short)]
    return full[: opening] + full[opening + len(dropped) :] == short and dropped in generic_words()


def _in_order(short: str, full: str) -> bool:
    """Whether the characters of ``short`` appear in ``full`` in the same order."""
    rest = iter(full)
    return all(char in rest for char in short)
