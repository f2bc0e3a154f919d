"""Turn one document's mentions into facts. The passes over the whole document come first (names used
again in another form: ``coreference``; the zones of its articles: ``zone_names``), then each sentence's
mentions are read against its zone, with the checks of ``partners``, ``hosting``, ``places``,
``ownership``, ``roles`` and ``policies``."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from zonegraph.documents.layout import BREADCRUMB
from zonegraph.documents.model import Document, Sentence
from zonegraph.entities.registry import Entity, EntityKey, Registry
from zonegraph.mentions import Mention
from zonegraph.mentions.ahead import DocumentMentions, document_mentions, sentence_texts
from zonegraph.mentions.enterprises import FUND_MANAGER_KINDS
from zonegraph.mentions.organizations import LEGAL_ENDING
from zonegraph.mentions.zones import (nicknames_of, provincial_zone_of_a_page, settle_shared_forms,
                                      zone_and_count_by_its_nickname)
from zonegraph.reference import place_at, places, zone_prefix
from zonegraph.relations.attribution import (ZoneTracker, city_part_end, other_place_parts, paragraphs_placed,
                                             park_opening, parks_in_zones, zones_of_parts)
from zonegraph.relations.coreference import (centres_of_firms_named_alike, cut_titles_continued, institutes_abbreviated,
                                             institutes_shortened_before, local_units, nicknames_of_titles,
                                             sectors_written_alike, the_company_referred_back, the_notices_company,
                                             uses_of_declared_names)
from zonegraph.relations.cues import clause_start, has_cue
from zonegraph.relations.facts import Fact
from zonegraph.relations.hosting import (PREDECESSOR, a_bank_or_its_branch, a_lender, a_rankings_top_firms,
                                         a_scene_in_a_county, a_units_facility, an_investor, builder_predecessor_founder_or_supplier,
                                         founds_a_firm, in_a_service_role, is_customer, of_somewhere_else,
                                         paired_with_another_area, placed_elsewhere, settles_in_another_area)
from zonegraph.relations.ownership import (a_units_parent, first_sentences, held_by_a_company, mark_groups_naming_units,
                                           institutes_units, owned_units, parent_facts, subsidiaries_named_alike,
                                           units_of_a_group_named_alike)
from zonegraph.relations.partners import (a_central_bodys_partner, a_department, a_firms_counterpart,
                                          a_firms_partner_beside_the_zones, a_persons_career,
                                          a_persons_employer, among_authorities, attends_an_event, hosts_an_event,
                                          is_affiliation, is_cooperation, is_courted, partner_of_another_party,
                                          signs_with_a_government, visited_away)
from zonegraph.relations.places import (TOWN_BEFORE, a_places_leading_sector, another_area_with, city_of,
                                        clause_of_another_place, clause_of_its_city, district_before,
                                        headed_by_another_area, marks_a_boundary, names_no_zone_word, names_other_place,
                                        outside_the_zone, part_of_another_area, place_named_before,
                                        sentence_of_its_city_or_province, the_citys_own, the_provinces_or_citys_firm,
                                        zone_place_cues)
from zonegraph.relations.policies import (issuing_body, names_only, published_by, resolve_policy, signed_notice,
                                          titled_after, zone_in_title)
from zonegraph.relations.roles import (cluster_segments, mark_fields_a_body_works_in, mark_products_of_a_company,
                                       mark_sectors_of_a_sector_as_subject, mark_sectors_of_an_organisation,
                                       mark_tied_to_the_zone_before)
from zonegraph.relations.sectors import (in_a_comma_list_of_known_sectors, in_a_list_of_known_sectors,
                                         not_the_zones_sector, presented_as_sector)
from zonegraph.relations.zone_names import (name_short_zones, zone_ending, zone_just_before, zone_of_titles_or_city,
                                            zones_named_by_their_county, zones_named_with_their_city, zones_of_articles,
                                            zones_of_titles)


ZONE_RELATIONS = {
    "ResearchInstitute": "partnersWith",
    "Enterprise": "hostsEnterprise",
    "Industry": "hasIndustry",
    "IndustrialCluster": "hasCluster",
    "Policy": "implementsPolicy",
}
_DRAWS_UP = "制定|制订|编制|印发|出台"  # the verbs of a body drawing up a plan, 制订 as 制定 (both below)
_ZONE_ISSUES = re.compile(rf"{_DRAWS_UP}|发布(?!者|时间|日期|人)|推出|拥有|提出一份")  # (not a page's 发布者: its byline)
# (not its 国民经济和社会发展…规划纲要, which the zone adopts itself)
_PLAN_OR_STATUTE = re.compile(r"^(?!.*国民经济和社会发展).*(?:规划|条例)(?:纲要)?(?:[（(][^（）()]*[）)])?$")
# the member units of a foundation or an association (理事单位为华大集团、万科公益基金会、松禾资本和星河控股集团): its members,
# not firms of the zone
_MEMBERS_OF_A_BODY = re.compile(r"(?:理事长?|会员|成员|发起|会长|副会长)单位(?:为|是|包括|有|：|:)[^。；]*$")
# or named in a list, then counted and elected to a body's offices: 麓南脱硫、…、中冶长天7家单位当选副理事长单位
_ELECTED_MEMBERS_AFTER = re.compile(r"(?:、[^，。；、]{2,12})*(?:等)?(?:\d+|[一二三四五六七八九十]+)家单位当选[^，。；]{0,6}?单位")
# the page's source, credited (（来源：中船重工）): the publisher, not a firm of the zone; or the firm that built its site
# (…QQ:1052190871 技术支持:北大方正)
_SOURCE_CREDIT_BEFORE = re.compile(r"(?:来源|稿源|出处|技术支持|技术支撑|网站建设|设计制作)\s*[：:]\s*$")
# a page's footer crediting the firm that runs its site: 江苏路特数字科技有限公司 仅提供技术服务支持
_SITE_CREDIT_AFTER = re.compile(r"\s*(?:仅|只)?(?:提供)?技术(?:服务)?支持(?:[，,：:\s]|$)")
# a media group's byline, its newsroom then its writer (◆中山日报报业集团新媒体中心◆文+/见习记者…): the publisher, not a firm
_MEDIA_GROUP = re.compile(r"报业|日报|晚报|传媒|广电|广播电视|报社")
_BYLINE_AFTER = re.compile(r"\s*(?:新媒体中心|融媒体中心|全媒体中心|新闻中心|编辑部)?\s*[◆■●|｜/]?\s*(?:文|图|记者|见习记者|通讯员|编辑|出品)"
                           r"|\s*(?:新媒体中心|融媒体中心|全媒体中心|新闻中心|编辑部)\s*$")  # (the writer's line a sentence of its own)
_THE_STATE_ISSUES = re.compile(r"(?:^|[，。；：,])国家(?:又|还|也|近日|日前|近期)?(?:出台|印发|发布|制定)了?$")
# the zone's committee passing the plan just named: 《…规划》已经重庆高新区管委会2022年第14次办公会审议通过
_PASSED_BY_THE_ZONE_AFTER = re.compile(r"[^，。；]{0,4}?已?经[^，。；]{0,12}?(?:管委会|党工委)[^，。；]{0,16}?(?:审议|研究)通过")
# the titles a body acts on, right before another (依据《…法》和《…办法》): laws it follows, not its own
_ACTED_ON = re.compile(r"(?:依据|根据|按照|依照|遵照)(?:《[^《》]*》(?:[（(][^（）()]*[）)])?[和、及与]?)*$")
_ZONE_WROTE = re.compile(rf"(?:{_DRAWS_UP})(?:出台)?了?$")


# a policy explainer's heading over the documents a zone's own rests on: 二、决策依据, 制定依据, 政策依据
_BASIS_HEADING = re.compile(r"^[\s一二三四五六七八九十、.（）()\d]*(?:决策|制定|起草|政策|出台)?依据[：:]?\s*$")


# a page's link to another article (上一篇：华中科技大学科技园跻身“国家队”, 相关新闻：…): that article's title, not this one's
_LINK_TO_ANOTHER_PAGE = re.compile(r"\s*(?:上一篇|下一篇|相关新闻|相关阅读|延伸阅读|推荐阅读)\s*[：:]")


# a site's footer (版权所有 © 中国科学院南京分院 苏ICP备…, Copyright © 2024 福建省微生物研究所 版权所有): the site's owner,
# no partner or firm of the zone the page is about
_PAGE_FOOTER = re.compile(r"版权所有|ICP备|[Cc]opy[Rr]ight|All Rights Reserved|版权声明")


def extract_document(document: Document, registry: Registry,
                     sentence_zones: list[tuple[int, str | None]] | None = None,
                     mentions: DocumentMentions | None = None) -> list[Fact]:
    """Every fact of ``document``; entities are added to ``registry`` as they are resolved.

    ``sentence_zones``, when given, receives (raw offset, zone name) for each sentence read, so
    that later stages (tables, figures) attach to the same zone as the text around them.
    ``mentions``, when given, are the document's mentions found beforehand (``mentions.ahead``).
    """
    sentences = [s for s in document.sentences if not s.duplicate and not _LINK_TO_ANOTHER_PAGE.match(s.text)]
    if mentions is None:
        mentions = document_mentions(sentence_texts(document), document.title)
    in_sentences, in_title = mentions
    body = "".join(s.text for s in sentences)
    whole = document.title + body  # where a shared zone form finds its city
    found = {s.index: settle_shared_forms(in_sentences[s.index], whole) for s in sentences}
    _drop_carriers_listed(sentences, found)
    beside_cut_titles = _read_across_sentences(sentences, found)
    # legal names first, so that a short name written before its company's legal name (依托吉星轮胎公司…
    # 成立的吉林吉星轮胎有限公司院士工作站) is that company, as it is when written after it
    for s in sentences:
        for mention in found[s.index]:
            if mention.kind == "Enterprise" and LEGAL_ENDING.search(mention.name):
                registry.resolve(mention, document.file_name)
    for mention in institutes_shortened_before(sentences, found):
        registry.resolve(mention, document.file_name)
    zone_names: dict[int, list[tuple[Mention, str]]] = {
        index: [(m, registry.resolve(m, document.file_name).name) for m in mentions if m.kind == "Zone"]
        for index, mentions in found.items()
    }
    zone_names[-1] = [(m, registry.resolve(m, document.file_name).name)
                      for m in settle_shared_forms(in_title, whole) if m.kind == "Zone"]
    cues, page_zone = _cues_and_page_zone(document, sentences, found, zone_names, body, registry)
    cities = {name: city_of(registry.get(("Zone", name))) for name in cues}
    local_units(sentences, found, {city for city in cities.values() if city})
    articles = zones_of_articles(sentences, zone_names, found, registry, document.file_name)
    # (a zone's nickname places a paragraph as its city does: 光谷 for 武汉东湖新技术开发区)
    placed = paragraphs_placed(sentences, zone_names, {zone: forms + nicknames_of(zone) for zone, forms in cues.items()}, found)
    tracker = ZoneTracker(document, zone_names, sentences, cues, page_zone, cities, articles, placed)
    parks = parks_in_zones(sentences, zone_names)
    park_paragraph: tuple[int, str] | None = None
    facts: list[Fact] = []
    policies_seen: list[Entity] = []
    previous_text = ""
    for sentence in sentences:
        if "依据" in previous_text and _BASIS_HEADING.search(previous_text):  # 二、决策依据 / 《…》、《…》: what the zone's own rests on
            for mention in found[sentence.index]:
                if mention.kind == "Policy":
                    mention.extra["basis"] = True
        previous_text = sentence.text
        zone_name = tracker.zone_of(sentence, zone_names[sentence.index])
        if zone_name is None and parks and not zone_names[sentence.index]:
            # 江门市安全应急产业园吸引…: a city's park inside the zone, and the rest of its paragraph
            zone_name = park_opening(sentence.text, parks) or (
                park_paragraph[1] if park_paragraph and park_paragraph[0] == sentence.paragraph else None)
            if zone_name is not None:
                park_paragraph = (sentence.paragraph, zone_name)
        if len(sentence.text) <= 150 and (_PAGE_FOOTER.search(sentence.text) or BREADCRUMB.match(sentence.text)):
            zone_name = None  # the site's owner in its footer or its breadcrumb line: a body named, none of the zone's
        zone = registry.get(("Zone", zone_name)) if zone_name else None
        if sentence_zones is not None:
            sentence_zones.append((sentence.raw_start, zone_name or tracker.topic))
        mark_groups_naming_units(found[sentence.index])
        mark_tied_to_the_zone_before(found[sentence.index], sentence.text, zone_names[sentence.index])
        mark_sectors_of_an_organisation(found[sentence.index], sentence.text)
        mark_products_of_a_company(found[sentence.index], sentence.text)
        mark_fields_a_body_works_in(found[sentence.index], sentence.text)
        mark_sectors_of_a_sector_as_subject(found[sentence.index], sentence.text)
        parts = zones_of_parts(sentence.text, zone_names[sentence.index])
        city_end = city_part_end(sentence.text, zone_names[sentence.index]) if zone is not None else 0
        elsewhere = other_place_parts(sentence.text, tracker.all_cues) if zone is not None else []
        said = [fact for mention in found[sentence.index]
                for fact in _facts_of(mention, sentence, _zone_of_part(mention, parts, zone, registry, city_end, elsewhere),
                                      document, registry, policies_seen)]
        if zone is None and tracker.default is not None and "高新区" in sentence.text:
            said += _firms_called_the_zones(found[sentence.index], sentence, registry.get(("Zone", tracker.default)),
                                            document, registry, policies_seen)
        owned, owners = owned_units(found[sentence.index], sentence, document, registry)
        # 通用技术中国汽研是中国通用技术（集团）控股有限责任公司旗下…: the owner is named to describe its unit, not hosted
        if sentence.table_row:
            owners = owners | _parents_of_units_hosted(said, registry)
        facts.extend(f for f in said if not (f.predicate == "hostsEnterprise" and f.object in owners))
        facts.extend(owned)
        facts.extend(institutes_units(found[sentence.index], sentence, document, registry))
        facts.extend(cluster_segments(found[sentence.index], sentence, said, document, registry))
    return _with_document_wide_facts(facts, sentences, beside_cut_titles, registry, document.file_name)


def _parents_of_units_hosted(said: list[Fact], registry: Registry) -> set[EntityKey]:
    """The parents of the companies a table's row gives the zone, where it names the parent too and the unit's name
    opens with the parent's: the unit is the firm there (微软江阴创新中心项目 … 微软中国: the project named by the
    brand, 微软（中国）有限公司 its investor, hosted; not 微软公司). Rows only: in prose a bad cut (与比亚迪签署协议)
    may hang under the brand the sentence hosts."""
    hosted = {f.object for f in said if f.predicate == "hostsEnterprise"}
    out = set()
    for key in hosted:
        unit = registry.get(key)
        parent = registry.get(unit.parent) if unit.parent in hosted else None
        if parent is not None and any(written.startswith(form) for written in unit.forms | {unit.name}
                                      for form in parent.forms | {parent.name} if len(form) >= 2):
            out.add(parent.key)
    return out


# a heading over a list of the zone's carriers, not its firms: 3、众创空间类。, 2、孵化器（加速器）类。, 科创载体类：
_CARRIERS_HEADING = re.compile(r"^[\s\d一二三四五六七八九十、.．（）()]*(?:众创空间|孵化器|加速器|孵化载体|科创载体|创新载体|双创载体|载体)"
                               r"(?:[（(][^（）()]{1,8}[）)])?类(?:[。：:]|$)")


def _drop_carriers_listed(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """The companies named in a list under a heading of makerspaces or incubators (3、众创空间类。创客联盟团、…、中船技创、
    金信空间…等。) are carriers' names, no firms of the zone (中船技创 no unit of 中国船舶集团): dropped, a legal name kept."""
    under = -1  # the paragraph a heading just opened, its list the next sentence
    for sentence in sentences:
        heading = _CARRIERS_HEADING.match(sentence.text)
        start = heading.end() if heading is not None else 0 if sentence.paragraph == under else None
        under = sentence.paragraph if heading is not None and heading.end() == len(sentence.text) else -1
        if start is not None:
            found[sentence.index] = [m for m in found[sentence.index] if not (
                m.kind == "Enterprise" and m.start >= start and not LEGAL_ENDING.search(m.name))]


def _read_across_sentences(sentences: list[Sentence],
                           found: dict[int, list[Mention]]) -> list[tuple[Sentence, Mention, Mention]]:
    """The document's mentions read with one another, across sentences: zones named short, with their city or their
    county, names used again in another form (a declared short name, 该公司, a notice's company), titles' nicknames,
    sectors written alike, institutes abbreviated. Returns the cut titles a later sentence continues."""
    name_short_zones({s.index: s.text for s in sentences}, found)
    zones_named_with_their_city(found)
    zones_named_by_their_county(found)
    uses_of_declared_names(sentences, found)
    the_notices_company(sentences, found)
    the_company_referred_back(sentences, found)
    nicknames_of_titles(sentences, found)
    beside_cut_titles = cut_titles_continued(sentences, found)
    sectors_written_alike(sentences, found)
    institutes_abbreviated(sentences, found)
    centres_of_firms_named_alike(sentences, found)
    return beside_cut_titles


def _cues_and_page_zone(document: Document, sentences: list[Sentence], found: dict[int, list[Mention]],
                        zone_names: dict[int, list[tuple[Mention, str]]], body: str,
                        registry: Registry) -> tuple[dict[str, tuple[str, ...]], str | None]:
    """The place cues of each zone the text names (its city, its district …), and the zone the page is about when
    the text says so otherwise: by its policies' titles or its city where no zone is named outside titles, by its
    nickname where that is named more often than every other zone together."""
    cues = {name: zone_place_cues(registry.get(("Zone", name))) for found_names in zone_names.values() for _, name in found_names}
    page_zone = None
    if not cues:  # no zone named outside titles: the zone of the page's policies or city
        titled = zones_of_titles(m for mentions in found.values() for m in mentions)
        record = zone_of_titles_or_city(titled, body)
        page_zone = registry.ensure("Zone", record.name, None, document.file_name, zone=record).name if record else None
        if page_zone is None and not titled:  # 太仓概览 > … 高新区依托…: a provincial zone, named after its county
            provincial = provincial_zone_of_a_page("\n".join(s.text for s in sentences))
            page_zone = registry.ensure("Zone", provincial, None, document.file_name, zone=None).name if provincial else None
        if page_zone is not None:  # its city opening a sentence (近年来，自贡大力实施…) is the city's subject too
            cues = {page_zone: zone_place_cues(registry.get(("Zone", page_zone)))}
    else:
        # a page about 光谷 that names 东湖高新区 once, beside its peers in a ranking (仅次于中关村、深圳高新区):
        # the zone of its nickname, named more often than all the other zones together
        nicknamed, said = zone_and_count_by_its_nickname(body)
        if nicknamed is not None and nicknamed.name in cues and said > sum(
                1 for found_names in zone_names.values() for _, name in found_names if name != nicknamed.name):
            page_zone = nicknamed.name
    return cues, page_zone


def _with_document_wide_facts(facts: list[Fact], sentences: list[Sentence],
                              beside_cut_titles: list[tuple[Sentence, Mention, Mention]],
                              registry: Registry, document: str) -> list[Fact]:
    """``facts`` with what only the whole document tells: subsidiaries and a group's units named alike, what stands
    beside a cut title's continuation, a firm's arms (not hosted: their parent's), and the company signing a notice."""
    facts.extend(subsidiaries_named_alike(facts, registry, document))
    facts.extend(_beside_cut_titles(beside_cut_titles, facts, registry, document))
    arms = _arms_and_their_parents(registry, document)
    facts = [f for f in facts if not (f.predicate == "hostsEnterprise" and f.object in arms.values())]
    first = first_sentences(facts)
    for arm, parent in arms.items():
        if arm in first and registry.get(arm).parent in (None, parent):
            registry.get(arm).parent = parent
            facts.append(Fact(arm, "subOrganizationOf", parent, document, first[arm], "parent-arm-named-alike", 0.8))
    facts.extend(units_of_a_group_named_alike(facts, registry, document))
    return signed_notice(sentences, facts, registry, document)


_BRACKETED_ARM = re.compile(r"[（(][\u4e00-\u9fff]{2,4}[）)]")


def _arms_and_their_parents(registry: Registry, document: str) -> dict[EntityKey, EntityKey]:
    """Each arm the document names by a legal name with its place in brackets, and the company named the same
    without it (上海绿谷（本溪）制药有限公司 beside 上海绿谷制药有限公司): its parent, seated elsewhere, not a firm the
    zone hosts."""
    names = {entity.name for entity in registry.named_in(document) if entity.kind == "Enterprise"}
    return {("Enterprise", name): ("Enterprise", parent) for name in names if _BRACKETED_ARM.search(name)
            and (parent := _BRACKETED_ARM.sub("", name, count=1)) in names and not _BRACKETED_ARM.search(parent)}


# what the city's part of a sentence holds that is the city's, not the zone's (a policy it issues is still
# carried out in the zone it is for)
_CITYS_OWN = ("Industry", "Enterprise", "IndustrialCluster")


def _zone_of_part(mention: Mention, parts: list[tuple[int, int, str]], zone: Entity | None, registry: Registry,
                  city_end: int = 0, elsewhere: Sequence[tuple[int, int]] = ()) -> Entity | None:
    """The zone of the part of the sentence a mention stands in, where each part opens with its own zone
    (attribution.zones_of_parts); none where the city's part before ``city_end`` or another place's part
    (attribution.city_part_end, other_place_parts) holds what the city or place has; else the sentence's."""
    if mention.kind in _CITYS_OWN and (mention.end <= city_end
                                       or any(a <= mention.start and mention.end <= b for a, b in elsewhere)):
        return None
    named = next((name for start, end, name in parts if start <= mention.start and mention.end <= end), None)
    return registry.get(("Zone", named)) if named is not None else zone


# firms the sentence calls the zone's, right after their list: …、天津恒达文博科技股份有限公司五家高新区企业入选
_THE_ZONES_FIRMS = re.compile(r"[\d一二三四五六七八九十两]+\s*家(?:本区|我区|高新区)(?:的)?(?:企业|公司)")


def _firms_called_the_zones(mentions: list[Mention], sentence: Sentence, zone: Entity | None, document: Document,
                            registry: Registry, policies_seen: list[Entity]) -> list[Fact]:
    """The page's zone hosts the firms a sentence about no zone (天津市工信局发布了…名单，…其中A、B…五家高新区
    企业入选: the city's list) lists and then counts as the zone's: each in the list run right before the count."""
    if zone is None:
        return []
    out = []
    for called in _THE_ZONES_FIRMS.finditer(sentence.text):
        start = clause_start(sentence.text, called.start())
        for mention in mentions:
            if mention.kind == "Enterprise" and start <= mention.start and mention.end <= called.start():
                out += [fact for fact in _facts_of(mention, sentence, zone, document, registry, policies_seen)
                        if fact.predicate == "hostsEnterprise"]
    return out


def _beside_cut_titles(beside_cut: list[tuple[Sentence, Mention, Mention]], facts: list[Fact],
                       registry: Registry, document: str) -> list[Fact]:
    """The issuers and the zones of a cut title, given to the titles listed right after its rest
    (…《新建工业项目开工审 … 批办理服务指南》和《项目审批流程图》), each in the sentence that names it."""
    out: list[Fact] = []
    for sentence, mention, cut in beside_cut:
        title, beside = registry.resolve(cut, document).key, registry.resolve(mention, document).key
        for fact in facts:
            if fact.predicate == "issuedBy" and fact.subject == title:
                out.append(Fact(beside, "issuedBy", fact.object, document, sentence, fact.rule, fact.confidence))
            elif fact.predicate == "implementsPolicy" and fact.object == title:
                out.append(Fact(fact.subject, "implementsPolicy", beside, document, sentence, fact.rule, fact.confidence))
    return out


def _facts_of(
    mention: Mention,
    sentence: Sentence,
    zone: Entity | None,
    document: Document,
    registry: Registry,
    policies_seen: list[Entity],
) -> list[Fact]:
    """The facts one mention states in its sentence: a cluster's and a policy's own (``_cluster_facts``,
    ``_policy_facts``); for the other kinds the entity's parents, and its relation to the sentence's zone
    unless the sentence gives it another role (``_not_the_zones_partner``, ``_not_a_firm_it_hosts``,
    ``_a_sector_of_another_place``)."""
    if mention.kind == "Zone":
        return []
    if mention.kind == "IndustrialCluster":
        return _cluster_facts(mention, sentence, zone, document, registry)
    if mention.kind == "Policy":
        return _policy_facts(mention, sentence, zone, document, registry, policies_seen)
    name = document.file_name
    text = sentence.text
    fact = _stating(name, sentence)
    if mention.extra.get("zone_qualified") and zone is not None:  # 高科集团, on a page of 株洲高新区: 株洲高科集团
        mention = replace(mention, name=zone_prefix(zone.name) + mention.name)
    entity = registry.resolve(mention, name)
    if entity is None:
        return []
    out = parent_facts(entity, registry, name, sentence)  # 中科院苏州医工所 -> 中国科学院
    out += _joint_founders(mention, entity, registry, name, sentence)
    if zone is None:
        return out
    predicate = ZONE_RELATIONS[entity.kind]
    if predicate == "hostsEnterprise" and mention.extra.get("owned_by_zone"):
        zone = registry.get(("Zone", mention.extra["owned_by_zone"])) or zone  # …黄冈高新区管委会国有企业黄冈高投公司
    if predicate == "partnersWith" and _not_the_zones_partner(text, mention, entity):
        return out
    if predicate == "hostsEnterprise" and _not_a_firm_it_hosts(text, mention, entity, zone):
        return out
    if predicate == "hasIndustry":
        headed_by = mention.extra.get("headed_by_zone")
        if headed_by is not None and headed_by != zone.name:
            zone = registry.get(("Zone", headed_by)) or zone  # …；上海张江高新区集成电路、生物医药…三大先导产业: that zone's
        cue = presented_as_sector(text, mention)
        listed = not cue and (in_a_list_of_known_sectors(text, mention) or in_a_comma_list_of_known_sectors(text, mention))
        if not (cue or listed) or not_the_zones_sector(text, mention) or mention.extra.get("of_an_organisation"):
            return out  # a sector only where the text presents it as the zone's (relations/sectors.py)
        if _a_sector_of_another_place(text, mention, zone):
            return out
        if listed:  # a run of sector names and no cue word: said less plainly
            out.append(fact(zone, predicate, entity, f"{mention.rule}+sector-list", 0.8))
            return out
    else:
        cue = has_cue(predicate, text)
    confidence = 0.9 if cue else 0.6
    out.append(fact(zone, predicate, entity, f"{mention.rule}+{'cue' if cue else 'sentence-zone'}", confidence))
    if mention.extra.get("built_with_zone") and entity.parent is not None and entity.parent[0] == "ResearchInstitute":
        # 武汉理工大学——镇江高新区…联合创新中心: the dash joins the unit's two builders, the university and the zone
        named = registry.get(("Zone", mention.extra["built_with_zone"]))
        builder = registry.get(entity.parent)
        if named is not None and builder is not None:
            out.append(fact(named, "partnersWith", builder, "institute-built-with-zone", 0.85))
    return out


def _joint_founders(mention: Mention, entity: Entity, registry: Registry, document: str, sentence: Sentence) -> list[Fact]:
    """A joint institute's founders after the first (新南威尔士大学—上海交通大学(嘉兴)光伏联合创新研究院: 上海交通大学),
    its parents as much as the first, which its name gives it as its one ``parent``."""
    out = []
    for founder in mention.extra.get("joint_founders", ()):
        parent = registry.resolve(founder, document)
        if parent is not None and parent.key not in (entity.key, entity.parent):
            out.append(Fact(entity.key, "subOrganizationOf", parent.key, document, sentence, "parent-joint-founder", 0.85))
    return out


def _stating(document: str, sentence: Sentence) -> Callable[[Entity, str, Entity, str, float], Fact]:
    """The maker of the facts one sentence of ``document`` states: subject, predicate, object, rule, confidence."""

    def fact(subject: Entity, predicate: str, obj: Entity, rule: str, confidence: float) -> Fact:
        return Fact(subject.key, predicate, obj.key, document, sentence, rule, confidence)

    return fact


def _cluster_facts(mention: Mention, sentence: Sentence, zone: Entity | None, document: Document,
                   registry: Registry) -> list[Fact]:
    """A cluster's facts: the zone that has it and its sector, where the cluster is the zone's; only its sector
    where it is another place's (a province, a city, a district named before it); none where it is no one's."""
    name = document.file_name
    text = sentence.text
    fact = _stating(name, sentence)
    if mention.extra.get("of_an_organisation"):
        return []  # 低空经济，一端连接着…等先进制造业集群: clusters in general
    named_zone = zone_ending(text[max(0, mention.start - 16) : mention.start], registry, name)
    if named_zone is not None and named_zone is not zone:
        # …分别是：安阳高新区先进钢铁材料制品制造创新型产业集群、平顶山高新区…: each the zone it is named by
        sector = registry.resolve(mention.extra["sector"], name)
        cluster = _zone_cluster(named_zone, mention, registry, name, sentence)
        return [fact(named_zone, "hasCluster", cluster, mention.rule, 0.85),
                fact(cluster, "clusterIndustry", sector, mention.rule, 0.9),
                fact(named_zone, "hasIndustry", sector, mention.rule, 0.85)]
    if _OUR_PROVINCE_OR_CITY_BEFORE.search(text, max(0, mention.start - 8), mention.start):
        return []  # 对做强做大我省硬质合金产业集群…: the province's or the city's, unnamed
    nicknamed_by = place_at(mention.surface, 0) if mention.rule == "cluster-nickname" else None
    if nicknamed_by and zone is not None and outside_the_zone(nicknamed_by, zone):
        return []  # 咸宁9家企业对接“武汉车谷”: another city's cluster, by its nickname
    elsewhere = place_named_before(text, mention.start)
    province = _PROVINCE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
    if province:  # 为陕西光子产业创新集群建设提供支撑, 加速陕西千亿元光子…: the province's cluster, the zone's province too
        return [fact(registry.ensure("IndustrialCluster", province.group(1) + mention.name, _cluster_form(mention), name),
                     "clusterIndustry", registry.resolve(mention.extra["sector"], name), mention.rule, 0.9)]
    named_by = zone_just_before(text, mention.start - len(elsewhere), elsewhere, registry, name) if elsewhere else None
    if named_by is not None:  # 通化医药高新区“通化医药创新型产业集群”: the cluster of the zone just named
        zone, elsewhere = named_by, None
    district = district_before(text, mention.start, zone) if elsewhere is None and named_by is None else None
    if district:  # …、樊城区航空航天研发制造融合产业集群: a district's, a place no table lists
        elsewhere = district
    if elsewhere and (zone is None or district or outside_the_zone(elsewhere, zone)):
        # 许昌智能电力装备制造创新型产业集群, 汉川经开区现代纺织服装…: another place's cluster
        sector = registry.resolve(mention.extra["sector"], name)
        # (长春高新区“长春汽车电子创新型产业集群”…。长春汽车电子创新型产业集群内有…: the zone's cluster the page named, by its title)
        cluster = (_cluster_named_before(registry, name, elsewhere, _cluster_form(mention))
                   or registry.ensure("IndustrialCluster", elsewhere + mention.name, _cluster_form(mention), name))
        registry.ensure("IndustrialCluster", cluster.name, elsewhere + _cluster_form(mention), name)  # 秀洲光伏新能源产业群: as written
        return [fact(cluster, "clusterIndustry", sector, mention.rule, 0.9)]
    if zone is None:
        return []
    sector = registry.resolve(mention.extra["sector"], name)
    cluster = _zone_cluster(zone, mention, registry, name, sentence)
    short = zone_prefix(zone.name) + "高新区"
    for other in _other_short_names(zone, short):  # 东湖高新区光电子产业集群 names it as well
        registry.ensure("IndustrialCluster", cluster.name, other + mention.name, name)
    out = [
        fact(zone, "hasCluster", cluster, mention.rule, 0.85),
        fact(cluster, "clusterIndustry", sector, mention.rule, 0.9),
    ]
    for other in mention.extra["sector"].extra.get("also", ()):  # 医疗器械和生物医药产业集群: both its sectors
        out.append(fact(cluster, "clusterIndustry", registry.resolve(other, name), mention.rule, 0.9))
    return out


def _cluster_named_before(registry: Registry, document: str, place: str, title: str) -> Entity | None:
    """The cluster ``document`` has already named by its ``title`` (汽车电子创新型产业集群) as the cluster of a zone
    of ``place``: a zone's cluster named first with its zone (长春高新区“长春汽车电子创新型产业集群”, 通化医药高新区
    “通化医药创新型产业集群”), then again by its title alone, after the place that begins the zone's name."""
    return next((entity for entity in registry.entities.values() if entity.kind == "IndustrialCluster"
                 and entity.name.startswith(place) and title in entity.forms_by_document.get(document, set())), None)


def _policy_facts(mention: Mention, sentence: Sentence, zone: Entity | None, document: Document, registry: Registry,
                  policies_seen: list[Entity]) -> list[Fact]:
    """A policy's facts: who issued it, and the zone that carries it out where the sentence says so (a cue, its
    own plan, a title naming it, the zone publishing it)."""
    name = document.file_name
    text = sentence.text
    fact = _stating(name, sentence)
    drawn_up_by = zone if zone is not None and _ZONE_WROTE.search(text, 0, mention.start) else None
    policy = resolve_policy(mention, registry, name, policies_seen, drawn_up_by)
    if policy is None:
        return []
    out = []
    issuers = mention.extra.get("issuers", ())
    for issuer in issuers:
        out.append(fact(policy, "issuedBy", issuing_body(issuer, registry, name, zone), "policy-issuer", 0.9))
    if _THE_STATE_ISSUES.search(text, max(0, mention.start - 12), mention.start):
        return out  # 国家出台《“十四五”机器人产业发展规划》: the state's act, told as news, not the zone's
    own_plan = mention.extra.get("zone_plan") or (zone is not None and titled_after(policy.name, zone, registry, name))
    if not own_plan and names_no_zone_word(text) and _OUR_PROVINCE_OR_CITY_ACTS.search(text, mention.end):
        return out  # 为贯彻落实《关于加快推进科技强省建设的意见》…，我省正加快…: the province carries it out, no zone named
    published = zone is not None and published_by(zone, text, mention.start, registry, name)
    # (关于支持玉溪国家高新技术产业开发区发展的意见, the province's: a policy for the zone its title names, carried out there;
    # not an approval of it, …升级为国家高新技术产业开发区的批复)
    titled_for = (zone is not None and not own_plan and not policy.name.endswith("批复")
                  and names_only(policy.name, zone))
    if zone is not None and (own_plan or published or mention.extra.get("basis") or has_cue("implementsPolicy", text)
                             or titled_for):
        out.append(fact(zone, "implementsPolicy", policy, "policy-cue", 0.85))
        # a plan or statute titled by the zone (《衡阳高新区“十四五”规划》, 《济南高新技术产业开发区条例》) is
        # drawn up for it, often by its city; its issuer is the one the sentence names (6 of 7 held-out cases)
        issued_here = ((own_plan and not _PLAN_OR_STATUTE.search(policy.name)) or _ZONE_ISSUES.search(text[: mention.start])
                       or _PASSED_BY_THE_ZONE_AFTER.match(text, mention.end))
        # 《三河市…办法》 is the city's, unless the zone is the one that just wrote it (编制了《三河市惠企政策汇编》)
        own_work = _ZONE_WROTE.search(text, 0, mention.start)
        referred_back = mention.extra.get("short") or mention.extra.get("short_for")  # （下称《实施意见》）: issued where named in full
        ours = _OUR_PROVINCE_OR_CITY_ISSUES.search(text, max(0, mention.start - 16), mention.start)
        if ours and not issuers and zone.zone is not None:
            # 随后，我省印发《支持杨凌示范区…若干政策措施》: the zone's province (or city), said by its own paper
            place = zone.zone.province if ours.group(1) == "省" else zone.zone.city
            if place:
                out.append(fact(policy, "issuedBy", issuing_body(place, registry, name, zone), "policy-our-issuer", 0.75))
        elif (not issuers and issued_here and not mention.extra.get("record") and not referred_back
                and (own_plan or not _ACTED_ON.search(text, 0, mention.start))
                and (own_work or not names_other_place(policy.name, zone))):
            out.append(fact(policy, "issuedBy", zone, "policy-zone-issuer", 0.7))
    elif zone is None and (titled := zone_in_title(policy.name, registry, name)) is not None:
        # 济南市人大常委会通过《济南高新技术产业开发区条例》, 珠海市委、市政府出台《完善珠海国家高新区管理体制…
        # 若干意见》: a sentence of the city's, a policy the zone its title names carries out
        out.append(fact(titled, "implementsPolicy", policy, "policy-titled-zone", 0.8))
    return out


def _not_the_zones_partner(text: str, mention: Mention, entity: Entity) -> bool:
    """Whether the sentence names the institute as something other than the zone's partner: a firm's own unit,
    another party's partner, a person's employer, an event's host, a founder, a landmark…"""
    if (entity.name.endswith("研发中心") and entity.parent is not None
            and entity.parent[0] == "Enterprise"):
        return True  # 丰田研发中心, 擎动科技长三角研发中心: a company's own R&D unit, not the zone's partner
    if partner_of_another_party(text, mention):
        return True  # 宁夏新澳羊绒有限公司…分别与西安工程大学…合作: the companies' partner, not the zone's
    if a_firms_partner_beside_the_zones(text, mention):
        return True  # 高新区分别与…签订合作协议；湖北实美科技有限公司与华中科技大学…签订校企合作协议: the firm's, set apart
    if _A_FIRMS_OWN_UNIT_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True  # 上达(黄石)电子设立的柔性电路板和覆晶薄膜武汉技术研发中心: the firm's own centre
    if _elected_to(text, mention):
        return True  # 从美国国家医学院传来喜讯，…教授成功当选美国国家医学院院士: the academy a person is elected to
    if text.endswith(PREDECESSOR, 0, mention.start):
        return True  # 西安派瑞…股份有限公司前身是西安电力电子技术研究所: what the firm once was, not a partner
    if (mention.rule == "institute-ending"
            and _DESIGNATED_AS.search(text, max(0, mention.start - 3), mention.start)):
        return True  # 该公司…，是肇庆市动物疫苗工程研发中心: what the firm (or the zone) is designated, no partner
    if founds_a_firm(text, mention):
        return True  # 该公司由广东温氏集团和华南农业大学共同创办: the firm's founder, not the zone's partner
    if visited_away(text, mention):
        return True  # 带队赴季华实验室、…等实地考察: a body the zone's people travel to, not (yet) a partner
    if a_department(entity):
        return True  # 人工智能学院, 电子与信息工程学院: a university's department named without it, no partner of its own
    if is_affiliation(text, mention):
        return True  # 哈尔滨工业大学副校长沈毅, 来自清华大学的专家: a person's employer, not a partner
    if among_authorities(text, mention):
        return True  # 由科学技术部、中国科学院、中国工程院、陕西省人民政府…等部门指导: an authority over an event
    if hosts_an_event(text, mention):
        return True  # 由中国企业评价协会、清华大学房地产研究所…主办的…大会: an event's hosts, not the zone's partners
    if another_area_with(text, mention):
        return True  # …，市经开区与上海交通大学共建…，郑蒲港新区与上海中医药大学共建…: another area's partner
    if _A_BODY_WORKS_WITH.match(text, 0, mention.start):
        return True  # “实验室将…与中国医学科学院、…等科研院所共建‘研发基地’”: the lab's partners, not the zone's
    if _AN_AUTHORS_AFFILIATION.match(text, mention.end):
        return True  # 赵俊平，王智伟（大庆石油学院经济管理学院，黑龙江大庆163318）: the authors' institute, a paper's byline
    if marks_a_boundary(text, mention):
        return True  # 南起北京邮电大学，…向北延伸至北京科技大学: landmarks of an area's axis, not partners
    return False


def _not_a_firm_it_hosts(text: str, mention: Mention, entity: Entity, zone: Entity) -> bool:
    """Whether the sentence names the company as something other than a firm the zone hosts: a counterpart, a
    partner, a customer, an investor, a lender, a firm of another area…"""
    if a_firms_counterpart(text, mention):
        return True  # 吉星轮胎公司分别与…一汽吉林汽车有限公司、中油吉化公司…进行了合作签约: the firm's counterparts, not the zone's
    if another_area_with(text, mention):
        return True  # …，市经开区与上海交通大学共建…，郑蒲港新区与上海中医药大学共建…: another area's partner
    if mention.extra.get("names_its_unit"):
        return True  # 中国信科集团光迅科技: the group names the unit the zone hosts
    # 与华为公司打造“智慧园区”: a company the zone works with, not one it hosts; or one the sentence gives another role
    return bool(is_cooperation(text, mention) or is_courted(text, mention, zone)
                or signs_with_a_government(text, mention)
                or is_customer(text, mention) or placed_elsewhere(text, mention)
                or attends_an_event(text, mention) or a_central_bodys_partner(text, mention)
                or marks_a_boundary(text, mention) or sentence_of_its_city_or_province(text, zone)
                or _FUND_MANAGERS_COUNTED.match(text, mention.end) or an_investor(text, mention)
                or settles_in_another_area(text, mention, zone)
                or a_persons_employer(text, mention) or a_units_parent(text, mention)
                or held_by_a_company(text, mention)
                or builder_predecessor_founder_or_supplier(text, mention) or of_somewhere_else(text, mention, zone)
                or in_a_service_role(text, mention) or _A_POWER_SUPPLIERS_UNIT.search(entity.name) is not None
                or a_lender(text, mention) or a_bank_or_its_branch(entity, mention) or a_units_facility(text, mention)
                or paired_with_another_area(text, mention, zone)
                or _SHARED_AMONG_AREAS.match(text, mention.end) is not None
                or the_provinces_or_citys_firm(text, mention)
                or _PROVINCES_OWN_FIRM.match(mention.surface) is not None
                or _SITE_CREDIT_AFTER.match(text, mention.end) is not None
                or (_MEDIA_GROUP.search(entity.name) is not None
                    and _BYLINE_AFTER.match(text, mention.end) is not None)
                or _SOURCE_CREDIT_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
                or a_persons_career(text, mention) or a_scene_in_a_county(text, zone)
                or a_rankings_top_firms(text, mention)
                or _MEMBERS_OF_A_BODY.search(text, max(0, mention.start - 60), mention.start) is not None
                or _ELECTED_MEMBERS_AFTER.match(text, mention.end) is not None)


def _a_sector_of_another_place(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the sector the sentence presents is another place's (a city, a province, a town, another area, the
    nation), not the zone's."""
    elsewhere = place_named_before(text, mention.start)
    if elsewhere and (outside_the_zone(elsewhere, zone) or the_citys_own(text, mention, elsewhere, zone)):
        return True  # 汉川经开区现代纺织服装创新型产业集群: another place's sector; 助力内江电子信息产业发展: the city's
    if (_OUR_PROVINCE_OR_CITY_BEFORE.search(text, max(0, mention.start - 8), mention.start)
            or _OUR_PROVINCES_OR_CITYS_LIST.match(text, mention.end)):
        return True  # 做强做大我省硬质合金产业集群, …、大健康产品等我省生物产业…领域: the province's sectors, said by its officials
    if part_of_another_area(text, mention, zone) or headed_by_another_area(text, mention):
        return True  # …四大产业集群；潍坊经济技术开发区…形成了生物制药、精细化工…: the other area's
    if TOWN_BEFORE.search(text, max(0, mention.start - 4), mention.start):
        return True  # 东凤镇数智家电产业集群: a town's sector
    if names_no_zone_word(text) and _A_CENTRAL_TITLE_BEFORE.search(text, 0, mention.start):
        return True  # 《中共中央关于制定…规划的建议》中，明确将生物制造与量子科技、…作为前瞻布局的未来产业: the nation's
    if (clause_of_another_place(text, mention, zone) or clause_of_its_city(text, mention, zone)
            or sentence_of_its_city_or_province(text, zone)):
        return True  # …，邗江近年来培育形成了以机械装备…为主导的产业体系: the district's sectors; 近日苏州市政府发布了…，
        # 提出要结合电子信息、…四大主导产业的规模优势: the city's, in a sentence naming no zone
    if a_places_leading_sector(text, mention):
        return True  # 高端装备产业是扬州工业经济的主导产业: the city's, said of the city
    return False


# a body the page is about, named by its kind, as the subject working with the ones after it (实验室将以…，与…)
_A_BODY_WORKS_WITH = re.compile(r"[“\"]?(?:该|本)?(?:实验室|研究院|研究中心|创新中心)(?:将|还|也|已|正|则)?"
                                r"(?:(?!高新区|开发区|园区)[^。；])*?(?:与|和|同)(?:[^，。；、]{2,30}、)*$")


# a firm's own unit, named after the firm and its verb of setting it up
_A_FIRMS_OWN_UNIT_BEFORE = re.compile(r"(?:公司|集团|科技|电子|股份|[)）])(?:设立|建立|成立|组建|建设)的[^，。；、]{0,12}$")


def _other_short_names(zone: Entity, short: str) -> list[str]:
    """The zone's other short names of the 高新区 kind (data/zones.csv: 武汉东湖高新区 and 东湖高新区),
    by which a page may name its clusters."""
    record = zone.zone
    names = record.short_names if record is not None else ()
    return sorted({n for n in names if n.endswith("高新区") and n != short and "（" not in n and "(" not in n})


# 是 opening a clause, before a centre's name: what the sentence's firm or zone is designated (…，是…研发中心)
_DESIGNATED_AS = re.compile(r"[，,](?:也|还|并)?是$")


# the grid's local unit that supplies the zone (国网常州供电公司, 镇江供电公司): it serves the zone's firms
_A_POWER_SUPPLIERS_UNIT = re.compile(r"供电(?:分?公司|局|服务中心|所)?$")  # (镇江供电 as the registry keeps it)


# a title of the centre's or the State Council's before the sectors a sentence names
_A_CENTRAL_TITLE_BEFORE = re.compile(r"《(?:中共中央|国务院|中华人民共和国)")


# firms shared out among several areas, the zone one of them, without saying which went where: 8个优质项目，即睿塔科技、
# …、海源清能，分别与厦门湖里区、海沧区和火炬高新区完成落地合作签约
_SHARED_AMONG_AREAS = re.compile(r"[^。；]{0,80}?分别(?:与|在|落户|落地|入驻|签约)(?:[^，。；、和及]{2,12}?[区县市园][、和及]){1,4}"
                                 r"[^，。；、和及]{1,12}?[区县市园]")


# …与中科创星、峰瑞资本、…、陆石投资10家基金管理人（GP）集中签约: managers of the zone's fund, not companies it hosts
_FUND_MANAGERS_COUNTED = re.compile(rf"(?:、[^，。；、]{{2,12}})*\s*[\d一二三四五六七八九十]+\s*家(?:{'|'.join(FUND_MANAGER_KINDS)})")


# the rest of a paper's byline after its authors' institute: its city and postal code, in brackets
_AN_AUTHORS_AFFILIATION = re.compile(r"[，,；;]\s*[\u4e00-\u9fff]{2,12}\s*\d{6}\s*[）)]")


def _cluster_form(mention: Mention) -> str:
    """The form a cluster is written in: its words as the text writes them, or, for one of a list's
    clusters (新材料、生物医药…等五大产业集群), its sector and head alone (新材料产业集群), not the list."""
    return mention.name if any(j in mention.surface for j in "、，") else mention.surface


def _zone_cluster(zone: Entity, mention: Mention, registry: Registry, document: str, sentence: Sentence) -> Entity:
    """The cluster ``mention`` names, as the zone's: 安阳高新区 + 先进钢铁材料制品制造产业集群, also by the
    zone's short names this document writes (河源国家高新区电子信息产业集群, 中关村航空航天产业集群)."""
    place = zone_prefix(zone.name)
    concept = mention.extra["sector"].extra.get("concept")
    name = registry.cluster_name(zone.name, str(concept.iri) if concept is not None else None, place + "高新区" + mention.name)
    cluster = registry.ensure("IndustrialCluster", name, _cluster_form(mention), document)
    registry.ensure("IndustrialCluster", cluster.name, place + mention.name, document)  # 中关村生物制药产业集群
    as_written = _cluster_form(mention)
    for written in zone.forms_by_document.get(document, ()):
        if written != zone.name and not any(b in written for b in "（(") and written + mention.name != cluster.name:
            registry.ensure("IndustrialCluster", cluster.name, written + mention.name, document)
        if (written != zone.name and not any(b in written for b in "（(") and as_written != mention.name
                and sentence.text.find(written + as_written) >= 0):  # 大庆高新区现代生产性服务业集群, as the text writes it
            registry.ensure("IndustrialCluster", cluster.name, written + as_written, document)
    return cluster


# a province (not a city-province: 上海 is the zone's city too) right before a cluster's name, a grade between
# them allowed: 加速陕西千亿元光子产业创新集群建设
_PROVINCE_BEFORE = re.compile(
    "(" + "|".join(sorted({form for p in places() if p.level == "province" and not p.name.endswith("市")
                           for form in (p.name, p.short) if form}, key=len, reverse=True))
    + r")(?:[千百万]?亿元?级?)?$")


# the province or city as the subject of the clause after a policy: …《…》“1+4”系列文件精神，…，我省正加快推进…
# the province or city the page's paper writes as its own, issuing a document: 随后，我省印发《…》
_OUR_PROVINCE_OR_CITY_ISSUES = re.compile(r"(?:我|本)(省|市)(?:委|政府|人民政府)?(?:近日|日前|先后|还|又|已)?(?:正式)?"
                                          r"(?:印发|出台|发布|制定|颁布)了?$")
_OUR_PROVINCE_OR_CITY_ACTS = re.compile(r"[，,；](?:[^，。；]{0,20}[，,])?(?:我|全|本)(?:省|市)")
_OUR_PROVINCE_OR_CITY_BEFORE = re.compile(r"(?:我|全|本)(?:省|市)(?:[千百万]?亿元?级?)?$")
# or a list of them ending as the province's: 生物创新药、特色原料药…等我省生物产业重点发展领域
_OUR_PROVINCES_OR_CITYS_LIST = re.compile(r"[^，。；]{0,40}?等(?:我|全|本)(?:省|市)")


def _elected_to(text: str, mention: Mention) -> bool:
    """Whether the sentence says a person was elected a member of the body the mention names (当选…院士),
    wherever else it names the body."""
    return "当选" in text and re.search(
        f"当选[^，。；]{{0,6}}?{re.escape(mention.surface)}(?:外籍)?(?:院士|会士|成员)", text) is not None


# a firm written with a bare 省 opening its name: the province's own (省金控集团, 省交通投资集团), no firm of a zone
_PROVINCES_OWN_FIRM = re.compile(r"省(?![内外级])[\u4e00-\u9fff]{2,}")
