"""Turn one document's mentions into facts: zone relations, cluster sectors, parents, issuers."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from zonegraph.documents.layout import BREADCRUMB
from zonegraph.documents.model import Document, Sentence
from zonegraph.entities.registry import Entity, EntityKey, Registry
from zonegraph.mentions import Mention
from zonegraph.mentions.ahead import DocumentMentions, document_mentions, sentence_texts
from zonegraph.mentions.enterprises import COUNTED_UNITS, FUND_MANAGER_KINDS, SUPPLY_ADVERBS, THE_COMPANY, investor_lists
from zonegraph.mentions.industries import AREA_WORDS
from zonegraph.mentions.base import NUMERAL, SHORT_FORM
from zonegraph.mentions.organizations import (BRAND_AT_END, LEGAL_ENDING, PLACE_QUALIFIER_BEFORE, SHORT_BANK_INITIALS,
                                              institute_gazetteer)
from zonegraph.mentions.policies import POLICY_ENDING, SHORT_TITLE, TITLE_JOINERS
from zonegraph.mentions.zones import (
    find_zones,
    nicknames_of,
    provincial_zone_of_a_page,
    settle_shared_forms,
    zone_and_count_by_its_nickname,
    zone_of_a_page,
)
from zonegraph.reference import (ZoneRecord, central_bodies, place_at, place_before, place_cues, place_or_county_at, places,
                                 province_forms, zone_prefix)
from zonegraph.relations.attribution import (ZoneTracker, another_area_subject, article_zone, city_part_end,
                                             district_at, other_place_parts, page_articles, paragraphs_placed, park_opening,
                                             parks_in_zones, zones_of_parts)
from zonegraph.relations.cues import CLAUSE_END, clause_span, clause_start, has_cue
from zonegraph.relations.sectors import (in_a_comma_list_of_known_sectors, in_a_list_of_known_sectors, not_the_zones_sector,
                                         presented_as_sector)

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


@dataclass(frozen=True)
class Fact:
    """One relation found in one sentence of one document."""

    subject: EntityKey
    predicate: str
    object: EntityKey
    document: str
    sentence: Sentence
    rule: str
    confidence: float


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
    _name_short_zones({s.index: s.text for s in sentences}, found)
    _zones_named_with_their_city(found)
    _zones_named_by_their_county(found)
    _uses_of_declared_names(sentences, found)
    _the_notices_company(sentences, found)
    _the_company_referred_back(sentences, found)
    _nicknames_of_titles(sentences, found)
    beside_cut_titles = _cut_titles_continued(sentences, found)
    _sectors_written_alike(sentences, found)
    _institutes_abbreviated(sentences, found)
    # legal names first, so that a short name written before its company's legal name (依托吉星轮胎公司…
    # 成立的吉林吉星轮胎有限公司院士工作站) is that company, as it is when written after it
    for s in sentences:
        for mention in found[s.index]:
            if mention.kind == "Enterprise" and LEGAL_ENDING.search(mention.name):
                registry.resolve(mention, document.file_name)
    for mention in _institutes_shortened_before(sentences, found):
        registry.resolve(mention, document.file_name)
    zone_names: dict[int, list[tuple[Mention, str]]] = {
        index: [(m, registry.resolve(m, document.file_name).name) for m in mentions if m.kind == "Zone"]
        for index, mentions in found.items()
    }
    zone_names[-1] = [(m, registry.resolve(m, document.file_name).name)
                      for m in settle_shared_forms(in_title, whole) if m.kind == "Zone"]
    cues = {name: _place_cues(registry.get(("Zone", name))) for found_names in zone_names.values() for _, name in found_names}
    page_zone = None
    if not cues:  # no zone named outside titles: the zone of the page's policies or city
        titled = _zones_of_titles(m for mentions in found.values() for m in mentions)
        record = _zone_of_titles_or_city(titled, body)
        page_zone = registry.ensure("Zone", record.name, None, document.file_name, zone=record).name if record else None
        if page_zone is None and not titled:  # 太仓概览 > … 高新区依托…: a provincial zone, named after its county
            provincial = provincial_zone_of_a_page("\n".join(s.text for s in sentences))
            page_zone = registry.ensure("Zone", provincial, None, document.file_name, zone=None).name if provincial else None
        if page_zone is not None:  # its city opening a sentence (近年来，自贡大力实施…) is the city's subject too
            cues = {page_zone: _place_cues(registry.get(("Zone", page_zone)))}
    else:
        # a page about 光谷 that names 东湖高新区 once, beside its peers in a ranking (仅次于中关村、深圳高新区):
        # the zone of its nickname, named more often than all the other zones together
        nicknamed, said = zone_and_count_by_its_nickname(body)
        if nicknamed is not None and nicknamed.name in cues and said > sum(
                1 for found_names in zone_names.values() for _, name in found_names if name != nicknamed.name):
            page_zone = nicknamed.name
    cities = {name: _city_of(registry.get(("Zone", name))) for name in cues}
    _local_units(sentences, found, {city for city in cities.values() if city})
    articles = _zones_of_articles(sentences, zone_names, found, registry, document.file_name)
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
        _mark_groups_naming_units(found[sentence.index])
        _mark_tied_to_the_zone_before(found[sentence.index], sentence.text, zone_names[sentence.index])
        _mark_sectors_of_an_organisation(found[sentence.index], sentence.text)
        _mark_products_of_a_company(found[sentence.index], sentence.text)
        _mark_fields_a_body_works_in(found[sentence.index], sentence.text)
        _mark_sectors_of_a_sector_as_subject(found[sentence.index], sentence.text)
        parts = zones_of_parts(sentence.text, zone_names[sentence.index])
        city_end = city_part_end(sentence.text, zone_names[sentence.index]) if zone is not None else 0
        elsewhere = other_place_parts(sentence.text, tracker.all_cues) if zone is not None else []
        said = [fact for mention in found[sentence.index]
                for fact in _facts_of(mention, sentence, _zone_of_part(mention, parts, zone, registry, city_end, elsewhere),
                                      document, registry, policies_seen)]
        if zone is None and tracker.default is not None and "高新区" in sentence.text:
            said += _firms_called_the_zones(found[sentence.index], sentence, registry.get(("Zone", tracker.default)),
                                            document, registry, policies_seen)
        owned, owners = _owned(found[sentence.index], sentence, document, registry)
        # 通用技术中国汽研是中国通用技术（集团）控股有限责任公司旗下…: the owner is named to describe its unit, not hosted
        facts.extend(f for f in said if not (f.predicate == "hostsEnterprise" and f.object in owners))
        facts.extend(owned)
        facts.extend(_cluster_segments(found[sentence.index], sentence, said, document, registry))
    facts.extend(_subsidiaries_named_alike(facts, registry, document.file_name))
    facts.extend(_beside_cut_titles(beside_cut_titles, facts, registry, document.file_name))
    arms = _arms_and_their_parents(registry, document.file_name)
    facts = [f for f in facts if not (f.predicate == "hostsEnterprise" and f.object in arms.values())]
    first = _first_sentences(facts)
    for arm, parent in arms.items():
        if arm in first and registry.get(arm).parent in (None, parent):
            registry.get(arm).parent = parent
            facts.append(Fact(arm, "subOrganizationOf", parent, document.file_name, first[arm], "parent-arm-named-alike", 0.8))
    facts.extend(_units_of_a_group_named_alike(facts, registry, document.file_name))
    return _signed_notice(sentences, facts, registry, document.file_name)


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


# an issuing notice opening a document (关于印发《…》的通知), and its signature: the body's name alone on a
# line, then the date (上海市普陀区人民政府办公室 / 2025年3月25日)
_NOTICE = re.compile(r"关于(?:印发|转发|发布)《([^《》]{4,80})》的通知")
_SIGNATURE = re.compile(r"[\u4e00-\u9fff（）()]{2,30}?(?:人民政府办公室|人民政府办公厅|人民政府|管理委员会|管委会|办公室|办公厅"
                        r"|委员会|党工委|科技局|科学技术局|发展和改革委员会)")
_DATE_LINE = re.compile(r"(?:\d{4}|二[〇○零][一二三四五六七八九〇○零]{2})年[\d一二三四五六七八九十]{1,2}月[\d一二三四五六七八九十]{1,3}日")


def _signed_notice(sentences: list[Sentence], facts: list[Fact], registry: Registry, document: str) -> list[Fact]:
    """A document that is a notice issuing a policy (关于印发《张江高新区普陀园…行动方案》的通知) names its
    issuer in its signature, not in its title: the signing body issued the policy, whoever the title
    names (a zone-titled plan's issuer is otherwise taken to be the zone)."""
    notice = next((found for s in sentences[:3] if (found := _NOTICE.search(s.text))), None)
    if notice is None:
        return facts
    after = [s for s in sentences if s.index > 0][:10]
    signed = next((s for s, following in zip(after, after[1:])
                   if _SIGNATURE.fullmatch(s.text.strip()) and _DATE_LINE.fullmatch(following.text.strip())), None)
    policy = registry.get(("Policy", notice.group(1)))
    if signed is None or policy is None:
        return facts
    signer = _issuer(signed.text.strip(), registry, document)
    kept = [f for f in facts if not (f.subject == policy.key and f.predicate == "issuedBy" and f.rule == "policy-zone-issuer")]
    return kept + [Fact(policy.key, "issuedBy", signer.key, document, signed, "policy-signature", 0.85)]


_ITS_SUBSIDIARY = re.compile(r"的?(?:控股|全资|核心)?子公司")
_INSIDE_A_WORD = ("子", "分", "母", "限", "总")  # 子公司, 分公司, 母公司, 有限公司, 总公司: 公司 inside a word


def _insert_in_order(mentions: list[Mention], added: list[Mention]) -> None:
    """Mentions a document-wide reading adds to a sentence's, kept in reading order (start, then kind)."""
    if added:
        mentions.extend(added)
        mentions.sort(key=lambda m: (m.start, m.kind))


# the rest of a cut title, opening a paragraph further on: 批办理服务指南》和《项目审批流程图》，使…
_TITLE_CONTINUED = re.compile(r"^([^《》。，；！？\s]{1,20})》")
_COLUMN_REACH = 8  # paragraphs between a cut title and the rest of it


def _cut_titles_continued(sentences: list[Sentence], found: dict[int, list[Mention]]
                          ) -> list[tuple[Sentence, Mention, Mention]]:
    """A title a newspaper page cuts off where its column ends (制定了《新建工业项目开工审) goes on where
    the column resumes, in a paragraph that opens with the rest of a title (批办理服务指南》和…),
    before or after it as the page's columns were read: the policy is named by the two parts together.
    Returns the titles listed right after a rest (…》和《项目审批流程图》), each as (its sentence, its
    mention, the cut title's mention)."""
    beside_cut: list[tuple[Sentence, Mention, Mention]] = []
    cut = [(s.paragraph, m) for s in sentences for m in found[s.index] if m.kind == "Policy" and m.extra.get("cut")]
    if not cut:
        return beside_cut  # (most pages: no paragraph openings to read)
    rests = {s.paragraph: (s, match) for s, before in zip(sentences, [None, *sentences])
             if (before is None or s.paragraph != before.paragraph) and (match := _TITLE_CONTINUED.match(s.text))}
    # the nearest pairs first, a few paragraphs apart at most (a column resumes near where it stopped)
    pairs = sorted((abs(paragraph - at), paragraph, index) for index, (at, _) in enumerate(cut) for paragraph in rests
                   if abs(paragraph - at) <= _COLUMN_REACH)
    joined: set[int] = set()
    for _, paragraph, index in pairs:
        mention = cut[index][1]
        if index in joined or paragraph not in rests or not POLICY_ENDING.search(mention.name + rests[paragraph][1].group(1)):
            continue
        rest_sentence, rest = rests.pop(paragraph)
        mention.name = mention.name + rest.group(1)
        joined.add(index)
        # …指南》和《项目审批流程图》: titles listed right after the rest are issued and carried out with it
        end = rest.end()
        for beside in sorted((m for m in found[rest_sentence.index] if m.kind == "Policy" and m.start >= end),
                             key=lambda m: m.start):
            if rest_sentence.text[end : beside.start] not in TITLE_JOINERS:
                break
            beside_cut.append((rest_sentence, beside, mention))
            end = beside.end
    return beside_cut


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


def _nicknames_of_titles(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """A policy named by its quoted number (“新五条”, 怀化高新区“新五条”), where the page also writes a title in 《》
    holding it (《怀化高新区2022年助企纾困“新五条”措施》), is that title, before or after it is written."""
    titles = [m.name for s in sentences for m in found[s.index] if m.kind == "Policy" and m.rule == "policy-title"]
    if not titles:
        return
    for sentence in sentences:
        for mention in found[sentence.index]:
            if mention.kind != "Policy" or mention.rule != "policy-articles":
                continue
            quoted = mention.extra.get("written") or mention.name
            holding = [title for title in titles if f"“{quoted}”" in title]
            if len(holding) == 1:
                mention.name = holding[0]


def _uses_of_declared_names(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """A short name the document declares for a company (…股份有限公司（简称“通用技术中国汽研”）) names
    that company wherever the document uses it after, also where no finder reads it as a name; the
    registry resolves it to the company (entities/registry.py)."""
    declared: dict[str, str] = {}  # form -> kind
    for sentence in sentences:
        mentions = found[sentence.index]
        here = [m for m in mentions if m.rule == "enterprise-short-form" and m.surface not in declared]
        if not declared and not here:
            continue
        added = []
        for form, kind in [*declared.items(), *((m.surface, m.kind) for m in here)]:
            start = next((m.end for m in here if m.surface == form), 0)
            for at, end in _occurrences(sentence.text, form, start):
                if form in THE_COMPANY and not (_ITS_SUBSIDIARY.match(sentence.text, end)
                                                and sentence.text[at - 1 : at] not in _INSIDE_A_WORD):
                    continue  # 同意公司控股子公司江西赣锋锂电科技有限公司: the declared company, owning its unit
                if not any(m.start < end and at < m.end for m in mentions + added):
                    added.append(Mention(kind, at, end, form, form, "declared-short-form"))
        declared.update((m.surface, m.kind) for m in here)
        _insert_in_order(mentions, added)


# a company said to publish a notice (东风股份发布公告, 赣锋锂业(002460)公告称): the company its notice calls 公司
_PUBLISHES_A_NOTICE = re.compile(r"(?:[（(][^（）()，。]{0,12}[）)])?(?:[^，。；《》“”]{0,12}?(?:发布|披露)[^，。；]{0,24}?公告|公告称)")


def _the_notices_company(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """The company a page retelling a listed company's notice names as publishing it is the one the notice
    calls 公司, before its subsidiaries (…东风股份发布公告,…公司控股子公司盐城博盛新能源有限公司拟投资…), as
    where the notice declares it (以下简称“公司”: _uses_of_declared_names)."""
    issuer: Mention | None = None
    for sentence in sentences:
        mentions = found[sentence.index]
        if any(m.surface in THE_COMPANY for m in mentions):
            return  # the notice's own declaration stands
        if issuer is None:
            issuer = next((m for m in mentions if m.kind == "Enterprise" and m.rule != "declared-short-form"
                           and _PUBLISHES_A_NOTICE.match(sentence.text, m.end)), None)
            if issuer is None:
                continue
        added = [Mention("Enterprise", at, end, "公司", issuer.name, "notice-company")
                 for at, end in _occurrences(sentence.text, "公司", issuer.end if issuer in mentions else 0)
                 if _ITS_SUBSIDIARY.match(sentence.text, end) and sentence.text[at - 1 : at] not in _INSIDE_A_WORD
                 and not any(m.start < end and at < m.end for m in mentions)]
        _insert_in_order(mentions, added)


# 该公司 or 公司 opening a clause, then what owns it: …。该公司是山东重工集团的全资子公司, 该公司由比亚迪汽车工业有限公司全资
# 控股, (…有限公司,)公司隶属于蒂森克虏伯集团
_REFERRED_BACK = re.compile(r"(?:^|(?<=[，,。；：:]))(?:据了解[，,]?|据悉[，,]?|股东信息显示[，,]?)?(该公司|公司)"
                            r"(?=是[^，。；]{2,30}?(?:全资|控股)?子公司|由[^，。；]{2,30}?(?:全资|绝对|相对)?控股|隶属于?)")


def _the_company_referred_back(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """该公司 or a clause's 公司 said to be another's (该公司是山东重工集团的全资子公司, 公司隶属于…集团) is the company
    named in full last, in the sentence or the one before: that company is the unit, as when named again."""
    last: Mention | None = None
    for sentence in sentences:
        mentions = found[sentence.index]
        added = []
        for match in _REFERRED_BACK.finditer(sentence.text):
            before = [m for m in mentions if m.kind == "Enterprise" and m.end <= match.start(1) and LEGAL_ENDING.search(m.name)]
            antecedent = before[-1] if before else last
            if antecedent is not None and not any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
                added.append(Mention("Enterprise", match.start(1), match.end(1), match.group(1), antecedent.name,
                                     "company-referred-back"))
        _insert_in_order(mentions, added)
        legal = [m for m in mentions if m.kind == "Enterprise" and LEGAL_ENDING.search(m.name)]
        last = legal[-1] if legal else None  # (the sentence before only: a company further back is no antecedent)


def _institutes_shortened_before(sentences: list[Sentence], found: dict[int, list[Mention]]) -> list[Mention]:
    """Institutes named in full after the document first wrote them without their parent (a title's
    新疆分院, then 中国科学院新疆分院): resolved first, so that the short form is that unit, as it is
    when written after it."""
    earlier: set[str] = set()
    first = []
    for s in sentences:
        for m in found[s.index]:
            if m.kind != "ResearchInstitute":
                continue
            if any(m.name.endswith(short) and len(m.name) - len(short) >= 2 for short in earlier):
                first.append(m)
            if len(m.name) >= 4:
                earlier.add(m.name)
    return first


def _institutes_abbreviated(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """An institute the document writes in full (中国科学院城市环境研究所) and shortened to the opening of its
    name and 所 (中国科学院城市所, 中科院城市所) is one institute: the short form takes the full name, where
    the document writes one full name only that it opens."""
    mentions = [m for s in sentences for m in found[s.index] if m.kind == "ResearchInstitute"]
    full = {m.name for m in mentions if m.name.endswith("研究所")}
    for m in mentions:
        if not m.name.endswith("所") or m.name.endswith("研究所"):
            continue
        stem = m.name[:-1].replace("中科院", "中国科学院", 1)
        if len(stem) < 4:
            continue
        opened = [name for name in full if name.startswith(stem) and len(name) > len(stem) + 3]
        if len(opened) == 1:
            m.name = opened[0]


def _sectors_written_alike(sentences: list[Sentence], found: dict[int, list[Mention]]) -> None:
    """A sector the document names as written, no label of the taxonomy (a list's 碳纤维及复合材料), is
    that sector wherever the document writes it, also where only a label inside it (复合材料) was read:
    one sector, not the phrase here and the label's broader concept there."""
    written: dict[str, Mention] = {}
    for sentence in sentences:
        for m in found[sentence.index]:
            if m.kind == "Industry" and m.extra.get("concept") is None and len(m.surface) >= 4 and m.name == m.surface:
                written.setdefault(m.surface, m)
    for sentence in sentences if written else ():
        mentions = found[sentence.index]
        for phrase, model in written.items():
            for at, end in _occurrences(sentence.text, phrase):
                inside = [m for m in mentions if at <= m.start and m.end <= end]
                if (inside and all(m.kind == "Industry" and m.extra.get("concept") is not None for m in inside)
                        and not any(m.start < end and at < m.end for m in mentions if m not in inside)):
                    for m in inside:
                        mentions.remove(m)
                    first = inside[0]  # read as the label was: its rule, its place in a list
                    _insert_in_order(mentions, [Mention("Industry", at, end, phrase, phrase, first.rule, first.in_list,
                                                        extra={**first.extra, "concept": None, "broader": model.extra.get("broader"),
                                                               "phrase_end": max(end, first.extra.get("phrase_end", end))})])


def _local_units(sentences: list[Sentence], found: dict[int, list[Mention]], cities: set[str]) -> None:
    """A known company written right after the city of a zone the page names (大庆沃尔沃, 玉溪亿纬锂能,
    厦门天马) is its unit there, as the genre names a group's local plant: a company of its own, the
    known one its parent (entities/registry.py). The held-out annotators name such units so in every
    case met where the city is the zone's (5 of 5); a company's home city (深圳鸿海 on another zone's
    page) names the company itself."""
    for sentence in sentences if cities else ():
        mentions = found[sentence.index]
        for index, m in enumerate(mentions):
            if m.kind != "Enterprise" or m.rule != "enterprise-gazetteer":
                continue
            city = next((c for c in cities if sentence.text.endswith(c, 0, m.start)), None)
            if city is None or any(o.start < m.start and m.start - len(city) < o.end for o in mentions):
                continue  # (大庆高新区沃尔沃: the zone's name, not a city written before the company)
            if m.name.startswith(city):  # 武汉帝尔激光 of 武汉帝尔激光科技股份有限公司: its home city, the company itself
                mentions[index] = Mention("Enterprise", m.start - len(city), m.end, city + m.surface, m.name, m.rule,
                                          m.in_list, extra=m.extra)
                continue
            kind = _UNIT_KIND_AFTER.match(sentence.text, m.end)  # 内江爱尔眼科医院: the unit's kind is its name's
            end = kind.end() if kind else m.end
            surface = city + sentence.text[m.start:end]
            mentions[index] = Mention("Enterprise", m.start - len(city), end, surface, surface, "enterprise-local-unit",
                                      m.in_list, extra={**m.extra, "unit_of": m})


_UNIT_KIND_AFTER = re.compile(r"医院|工厂|分公司")


def _occurrences(text: str, form: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """The spans of ``form`` in ``text`` from ``start`` on, none overlapping the one before."""
    at = text.find(form, start)
    while at >= 0:
        yield at, at + len(form)
        at = text.find(form, at + len(form))


_LEGAL_FORM = re.compile(r"(股份有限公司|有限责任公司|有限公司)$")
_PLACE_QUALIFIER = re.compile(r"[（(][^（）()]{1,8}[）)]")


@lru_cache(maxsize=4096)
def _name_core(name: str) -> tuple[str, str, str]:
    """A legal name's opening place, its own words and its legal form: 玉溪 | 沃森生物技术 | 有限公司."""
    form = _LEGAL_FORM.search(name)
    if form is None:
        return "", "", ""
    body = _PLACE_QUALIFIER.sub("", name[: form.start()])
    place = place_at(body, 0) or ""
    own = re.sub(r"^(?:省|市|区|县)", "", body[len(place):])
    return place, own, form.group(1)


def _subsidiaries_named_alike(facts: list[Fact], registry: Registry, document: str) -> list[Fact]:
    """A limited company whose legal name is a joint-stock company's named on the same page but for
    its place belongs to it (玉溪沃森生物技术有限公司 of 云南沃森生物技术股份有限公司, 惠州市赢合科技有限公司
    of 深圳市赢合科技股份有限公司): the held-out annotators give every such pair that parent (3 of 3). Two
    names of one form, one without a place (江苏顺风新能源科技有限公司, 顺风新能源科技有限公司), are more
    often one company written two ways."""
    first = _first_sentences(facts)
    out = []
    alike: dict[str, list[EntityKey]] = {}  # companies by their own words: only these are compared
    for key in first:
        alike.setdefault(_name_core(key[1])[1], []).append(key)
    for key, sentence in first.items():
        company = registry.get(key)
        place, own, form = _name_core(key[1])
        if company is None or company.parent is not None or not place or len(own) < 3:
            continue
        for other in alike.get(own, ()):
            other_place, _, other_form = _name_core(other[1])
            if other == key or other_place == place:
                continue
            if other_form == "股份有限公司" and form != other_form:
                company.parent = other
                out.append(Fact(key, "subOrganizationOf", other, document, sentence, "parent-same-name", 0.8))
                break
    return out


# a group named by its brand: 湘电集团, 长飞集团有限公司 (not 河北高速公路集团, whose brand is longer)
_GROUP_NAME = re.compile(r"([\u4e00-\u9fff]{2,4})集团(?:股份有限公司|有限责任公司|有限公司|公司)?")
_GROUP_ITSELF_AFTER = ("股份", "控股", "公司", "有限公司", "股份有限公司")
_GROUP_BRAND_KINDS = ("科技", "实业", "控股", "投资", "股份")  # words of a group's name after its brand (先导|科技集团, 嘉寓|股份集团)


def _units_of_a_group_named_alike(facts: list[Fact], registry: Registry, document: str) -> list[Fact]:
    """A company whose own words, after its place, begin with the brand of a group named on the same
    page belongs to that group: 湘电动力 of 湘电集团, 浙江正泰太阳能科技有限公司 of 正泰集团, 长飞光纤 of
    长飞集团 (one such group only; a name-given parent stands). The guidelines give a unit whose name
    implies its parent that parent; the held-out annotators wrote 3 of the 7 such pairs (许继新能源 of
    许继集团 and 英利能源 of 英利集团 among the 4 they left out)."""
    groups: dict[str, list[EntityKey]] = {}
    for entity in registry.named_in(document):
        match = _GROUP_NAME.fullmatch(entity.name) if entity.kind == "Enterprise" else None
        if match:
            groups.setdefault(match.group(1), []).append(entity.key)
            short = match.group(1)[:-2] if match.group(1).endswith(_GROUP_BRAND_KINDS) else ""
            if len(short) >= 2 and place_at(short, 0) is None:
                groups.setdefault(short, []).append(entity.key)  # 先导科技集团: 先导微电子 is its unit too
    if not groups:
        return []
    out = []
    for key, sentence in _first_sentences(facts).items():
        company = registry.get(key)
        if company.parent is not None or "集团" in key[1]:
            continue
        core = LEGAL_ENDING.sub("", _PLACE_QUALIFIER.sub("", key[1]))
        own = core[len(place_at(core, 0) or ""):]
        fits = [group for brand, keys in groups.items() for group in keys if own.startswith(brand)
                and len(own) - len(brand) >= 2 and own[len(brand):] not in _GROUP_ITSELF_AFTER]
        if len(fits) == 1:
            company.parent = fits[0]
            out.append(Fact(key, "subOrganizationOf", fits[0], document, sentence, "parent-group-named-alike", 0.8))
    return out


def _first_sentences(facts: list[Fact]) -> dict[EntityKey, Sentence]:
    """Each company of the facts, with the first sentence a fact about it came from."""
    first: dict[EntityKey, Sentence] = {}
    for f in facts:
        for key in (f.subject, f.object):
            if key[0] == "Enterprise":
                first.setdefault(key, f.sentence)
    return first


def parent_facts(entity: Entity, registry: Registry, document: str, sentence: Sentence) -> list[Fact]:
    """``subOrganizationOf`` up the entity's chain of parents, each backed by the sentence that
    named the entity (its name, or a table cell, gave the parents)."""
    facts = []
    child = entity
    while child.parent is not None:
        facts.append(Fact(child.key, "subOrganizationOf", child.parent, document, sentence, "parent-by-name", 0.9))
        child = registry.get(child.parent)
    return facts


_OWNED_BY = ("的", "旗下的", "旗下", "下属的", "下属", "所属的", "控股的",  # and X全资子公司Y: the second is the first's
             # (华工科技核心子公司——武汉华工激光工程有限责任公司: with a dash or a colon before the unit)
             # (海光信息两家核心子公司——海光集成、海光微电子: counted first)
             *(f"{of}{count}{kind}子公司{mark}" for of in ("", "的", "之") for count in ("", "两家", "三家", "多家")
               for kind in ("", "全资", "控股", "核心") for mark in ("", "——", "：")))
# what follows the owner in 作为X（以下简称“高投集团”）的全资子公司，Y: the unit is named after the comma
_DECLARED_SHORT_NAME = r"[（(]以下简称[^）)]{1,24}[）)]"
_AS_ITS_SUBSIDIARY = re.compile(rf"(?:{_DECLARED_SHORT_NAME})?的?(?:(?:全资|控股|核心)?子公司|旗下(?:的)?(?:企业|公司))[，,]")
_SHORT_FORM_DECLARED = re.compile("^" + _DECLARED_SHORT_NAME)
_FOUNDED_FROM = re.compile(r"(?:公司)?为母体[，,]?(?:设立|成立|组建|注册)了?")
# the first company buying the second (and those joined to it): X(000628.SZ)发布关于现金收购Y, X兼并重组Y
_ACQUIRES = re.compile(r"(?:[（(][^）)]{0,12}[）)])?[^，。；、]{0,10}?(?:现金|全资)?(?:收购|并购|兼并重组|兼并)了?")
# what makes a purchase no whole one: 收购…的部分股权, …的资产, 少数股权
_A_PART_BOUGHT = re.compile(r"的?(?:部分|少数|参股|资产|业务|产品|项目|土地|厂房|设备|品牌)")
# the first company setting up the second in a place: X在光谷注册成立了Y, X于2019年在…设立全资子公司Y (not X与Z在…:
# a joint venture's founders are two)
_SET_UP_THERE = re.compile(r"(?:于[^，。；、与和]{2,10}?)?在[^，。；、与和]{1,16}?(?:注册|投资)?(?:成立|设立|组建)了?"
                           r"(?:(?:全资|控股)?子公司)?")
_JOINED_FOUNDER = frozenset("与和、及同跟")  # (a character before the first company joining it to another founder)


# the first company said to be the second's subsidiary: X是(上市公司)Y(位于…的)全资子公司, maybe after a clause
# of its founding (金城金素成立于2015年,是上市公司山东金城医药集团股份有限公司的控股子公司)
_IS_A = re.compile(r"(?:成立于[^，。；,]{2,12}[，,])?是(?:上市公司|国内|全球)?")
# …的全资子公司; 旗下…板块之一, 旗下企业: the second company owns the first (通用技术中国汽研是中国通用技术（集团）
# 控股有限责任公司旗下检测认证板块之一)
_SUBSIDIARY_AFTER = re.compile(r"(?:[^，。；]{0,12}的)?(?:全资|控股)?子公司|旗下|(?:的)?下属(?:企业|公司)")  # (…是…有限公司下属企业)
# the first company held or bought by the second: X由Y投资控股, X已被(上市公司)Y收购
_HELD_BY = re.compile(r"(?:已|已经|于\d{4}年)?(?:由|被)(?:上市公司|国有企业)?")
_HOLDS = re.compile(r"(?:投资|全资|绝对|相对)?控股|全资(?:持有|拥有)|(?:整体)?收购|并购")
_BELONGS_TO = re.compile(r"(?:现|目前)?(?:隶属于?|归属于|从属于)")


def _mark_groups_naming_units(mentions: list[Mention]) -> None:
    """A group written right before a company's name (中国信科集团光迅科技) names that company's group:
    the company is its unit (_owned), and the one the sentence is about."""
    companies = [m for m in mentions if m.kind == "Enterprise"]
    for group, unit in zip(companies, companies[1:]):
        if group.end == unit.start and group.surface.endswith("集团"):
            group.extra["names_its_unit"] = True


# words that open a sentence before its subject: a source (据介绍), a time (目前, 近年来), a link (同时)
_OPENING_FILLER = re.compile(r"(?:据介绍|据悉|据了解|同时|目前|此外|其中|近年来|今年以来|另外|如今|此次|本次)[，,]?"
                             r"|[\u4e00-\u9fff]{2,8}?(?:介绍|表示|指出)[，,：:]")  # 侯建国介绍，: who says it
_ZONE_WORDS = re.compile(r"高新区|园区|该区|全区|我区|(?<!经济)(?<!技术)开发区")  # (无锡空港经济开发区 is none)


# an institute or a company the sentence refers back to: 该中心, 这家企业, 该公司
_BODY_PRONOUN = re.compile(r"(?:该|这家|这个|此)(?:中心|研究院|研究所|实验室|平台|公司|企业|集团)"
                           r"|公司(?=始终|一直|主要|致力|专注|主营|长期)")  # 公司始终瞄准光通信产业领域: "the company" as the subject


def _mark_sectors_of_an_organisation(mentions: list[Mention], text: str) -> None:
    """A sentence whose subject is an institute or a company, and that names no zone, tells that body's
    fields (香港理工大学无锡科技创新研究院…将打造在航空航天、生物医药…等领域的…平台, 华工科技…聚焦工业软件、
    人工智能…等领域): its sectors are not the zone's. The held-out pages give such sectors to the
    zone in 7 facts of 39."""
    if any(m.kind == "Zone" for m in mentions) or _ZONE_WORDS.search(text):
        return
    start = 0
    while True:
        filler = _OPENING_FILLER.match(text, start)
        if filler is None:
            break
        start = filler.end()
    subject = next((m for m in mentions if m.start >= start), None)
    named = subject is not None and subject.start == start and subject.kind in ("ResearchInstitute", "Enterprise")
    if not named and not _BODY_PRONOUN.match(text, start):  # 该中心主要是开展钨与稀土等有色金属矿产品检验…
        return
    for mention in mentions:
        if mention.kind == "Industry":
            mention.extra["of_an_organisation"] = True


def _mark_sectors_of_a_sector_as_subject(mentions: list[Mention], text: str) -> None:
    """A sentence whose subject is a sector, and that names no zone, says what that sector is or does in
    general (低空经济，一端连接着航空制造、新材料、动力电池等先进制造业集群…; 算力不仅能训练…，还深刻影响着自动驾驶、
    智能机器人…等领域): its sectors and clusters are not the zone's."""
    if any(m.kind == "Zone" for m in mentions) or _ZONE_WORDS.search(text):
        return
    filler = _OPENING_FILLER.match(text)
    start = filler.end() if filler else 0
    first = min((m for m in mentions if m.start >= start), key=lambda m: m.start, default=None)
    if first is None or first.kind != "Industry" or first.start != start:
        return
    after = first.extra.get("phrase_end", first.end)
    if not _SECTOR_AS_SUBJECT.match(text, after):
        return
    for mention in mentions:
        if mention.kind in ("Industry", "IndustrialCluster"):
            mention.extra["of_an_organisation"] = True


# what follows a sector opening its sentence as the subject: a comma, then a verb; or a verb of its own
# (not 医药健康产业，新型肝病药物…技术国内领先: a plan's heading of the zone's sector, then its items)
_SECTOR_AS_SUBJECT = re.compile(r"(?:产业|行业)?，?(?:不仅|既|一端|正在|正|已经|能够|可以|是|作为)")


def _mark_products_of_a_company(mentions: list[Mention], text: str) -> None:
    """A sector written right after a company's name (宏达电子5G电子元器件、阿里云智能物联网产业基地项目) names
    what that company makes or builds there, its project, not a sector of the zone."""
    companies = [m for m in mentions if m.kind == "Enterprise"]
    for mention in mentions:
        if mention.kind == "Industry" and any(
                (c.end <= mention.start <= c.end + 2 and _GLUED.fullmatch(text, c.end, mention.start))
                or PLACE_QUALIFIER_BEFORE.fullmatch(text, c.end, mention.start) for c in companies):
            mention.extra["of_an_organisation"] = True  # (格力电器（桂林）智能制造生产基地: its plant in a city)


def _mark_fields_a_body_works_in(mentions: list[Mention], text: str) -> None:
    """The fields a company or an institute is said to work in, right after its name (依托科大国创在软件、大数据、
    云计算等领域深耕多年的经验): that body's fields, not sectors of the zone."""
    ends = [m.end for m in mentions if m.kind in ("Enterprise", "ResearchInstitute") and text.startswith("在", m.end)]
    # (or the body the sentence calls 其: 目前，其已在航空航天关键部件、锂离子电池、…等前沿领域取得…)
    ends += [match.end() for match in _IT_ALREADY.finditer(text)]
    for end in ends:
        fields = _ITS_FIELDS.match(text, end)
        if fields is None:
            continue
        for mention in mentions:
            if mention.kind == "Industry" and end < mention.start < fields.end():
                mention.extra["of_an_organisation"] = True


# 在 and the fields the body before it works in, to 领域 (在软件、大数据、云计算等领域)
_ITS_FIELDS = re.compile(r"在[^，。；在]{2,40}?领域")
# a clause opening with 其 (the body just named) and an adverb, before the 在 of its fields
_IT_ALREADY = re.compile(r"(?:^|(?<=[，。；]))其(?:已|已经|先后|主要|还|也)?(?=在)")


_GLUED = re.compile(r"(?:(?![等和及与的为是在])[\u4e00-\u9fffA-Za-z0-9]){0,2}")  # (not 伟巴斯特等汽配龙头: the firms' sector)


# the segments a sentence names for the cluster it is about: 围绕光通信、激光、光学镜头、光电显示等四大细分领域，
# 福州高新区已经形成…的光电产业集群
_SEGMENTS = re.compile(rf"等[{NUMERAL}]*大?细分(?:领域|产业|行业|方向|赛道)")


def _cluster_segments(mentions: list[Mention], sentence: Sentence, said: list[Fact], document: Document,
                      registry: Registry) -> list[Fact]:
    """The sectors a sentence lists as the segments (细分领域) of the one cluster it names are that
    cluster's industries too, not only the zone's."""
    clusters = {f.object for f in said if f.predicate == "hasCluster"}
    segments = _SEGMENTS.search(sentence.text) if len(clusters) == 1 else None
    if segments is None:
        return []
    cluster = clusters.pop()
    start = clause_start(sentence.text, segments.start())
    out = []
    for mention in mentions:
        if mention.kind == "Industry" and start <= mention.start and mention.end <= segments.start():
            sector = registry.resolve(mention, document.file_name)
            if sector is not None:
                out.append(Fact(cluster, "clusterIndustry", sector.key, document.file_name, sentence,
                                f"{mention.rule}+cluster-segment", 0.8))
    return out


def _owned(mentions: list[Mention], sentence: Sentence, document: Document,
           registry: Registry) -> tuple[list[Fact], set[EntityKey]]:
    """国家能源集团的国华能源投资有限公司, X集团旗下的Y, 以X为母体，设立Y: the second company is the
    first's (unless its name already gave it a parent: an organisation has one parent). Also the owners
    a unit is said to belong to (Y是X的全资子公司, Y是X旗下…), named to describe the unit."""
    facts = []
    described: set[EntityKey] = set()
    # (not the short name declared in brackets right after a legal name: the same company again)
    companies = [m for m in mentions if m.kind == "Enterprise" and m.rule != "enterprise-short-form"]
    pairs = list(zip(companies, companies[1:]))
    for owner in companies:  # 作为X（以下简称“高投集团”）全资子公司，Y…: Y, the one the sentence goes on about, is X's
        tail = _AS_ITS_SUBSIDIARY.match(sentence.text, owner.end) if sentence.text.endswith("作为", 0, owner.start) else None
        unit = next((m for m in companies if m.start == tail.end()), None) if tail else None
        if unit is not None and (owner, unit) not in pairs:  # (side by side, the pair is there already)
            pairs.append((owner, unit))
    counted = list(COUNTED_UNITS.finditer(sentence.text)) if "子公司" in sentence.text else []
    owner = next((m for m in companies if counted and m.end <= counted[0].start()), None)
    listed_units = set()  # 宁德时代控股子公司广东邦普…有限公司、宁波邦普…有限公司: every unit the list names is its
    for match in counted if owner is not None else ():  # 国药集团…其中一级子公司一家（国药工程）、二级子公司三家（…）
        units = [m for m in companies if match.start(1) <= m.start and m.end <= match.end(1)]
        pairs.extend((owner, m) for m in units)
        listed_units.update((owner.start, m.start) for m in units)
    for match in _held_lists(sentence.text):  # 山东重工集团…，拥有潍柴动力、潍柴重机和山推股份三家上市公司
        holder = next((m for m in reversed(companies) if m.end <= match.start()), None)
        units = [m for m in companies if match.start(1) <= m.start and m.end <= match.end(1)]
        if holder is not None and units:
            pairs.extend((holder, m) for m in units)
            listed_units.update((holder.start, m.start) for m in units)
    for index, (owner, unit) in enumerate(zip(companies, companies[1:])):
        if _ACQUIRES.fullmatch(_words_between(sentence.text, owner, unit)):
            # 高新发展(000628.SZ)发布关于现金收购成都森未科技有限公司和成都高投芯未半导体有限公司控股权…: each bought is its
            bought = [unit, *_joined_after(sentence.text, companies, index + 1, ("、", "和", "及", "与"))]
            if not _A_PART_BOUGHT.match(sentence.text, bought[-1].end):  # (not 收购…的部分股权, …的资产)
                for company in bought:
                    listed_units.add((owner.start, company.start))
                    if company is not unit:
                        pairs.append((owner, company))
        if _words_between(sentence.text, owner, unit) in _OWNED_BY:
            for following in _joined_after(sentence.text, companies, index + 1, ("、",)):
                listed_units.add((owner.start, following.start))
                pairs.append((owner, following))
    for owner, unit in pairs:
        as_subsidiary = _AS_ITS_SUBSIDIARY.fullmatch(sentence.text, owner.end, unit.start) is not None
        between = _words_between(sentence.text, owner, unit)
        subsidiary = ((_IS_A.fullmatch(between) and _SUBSIDIARY_AFTER.match(sentence.text, unit.end))
                      or (_HELD_BY.fullmatch(between) and _HOLDS.match(sentence.text, unit.end))
                      or _BELONGS_TO.fullmatch(between))  # 信成电动隶属于中国之信集团: the first is the second's
        if subsidiary:  # 亿纬动力是上市公司惠州亿纬锂能股份有限公司位于荆门高新区的全资子公司: the first is the second's
            owner, unit = unit, owner
        founded = ((_FOUNDED_FROM.fullmatch(between) and sentence.text[: owner.start].endswith("以"))
                   or (_SET_UP_THERE.fullmatch(between)  # 霍尼韦尔在光谷注册成立了霍盛工业科技有限责任公司
                       and sentence.text[owner.start - 1 : owner.start] not in _JOINED_FOUNDER))  # (not 华为与|比亚迪在…)
        named_with_group = not between and owner.extra.get("names_its_unit", False)  # 中国信科集团光迅科技
        listed = (owner.start, unit.start) in listed_units
        if between in _OWNED_BY or founded or subsidiary or named_with_group or as_subsidiary or listed:  # 以黄开投公司为母体，设立…招商服务公司
            parent, child = registry.resolve(owner, document.file_name), registry.resolve(unit, document.file_name)
            if parent is None or child is None or parent.key == child.key:
                continue
            if child.parent is None:  # one parent each: a name-given parent stands
                child.parent = parent.key
            if child.parent == parent.key:
                facts.append(Fact(child.key, "subOrganizationOf", parent.key, document.file_name, sentence, "owned-by", 0.8))
                if subsidiary:
                    described.add(parent.key)
    return facts, described


def _joined_after(text: str, companies: list[Mention], index: int, joiners: tuple[str, ...]) -> list[Mention]:
    """The companies after ``companies[index]`` joined to it, one to the next, by nothing but one of ``joiners``
    (宁德时代控股子公司A、B: B after A; 收购A和B: B after A)."""
    joined = []
    for before, following in zip(companies[index:], companies[index + 1 :]):
        if text[before.end : following.start] not in joiners:
            break
        joined.append(following)
    return joined


def _words_between(text: str, owner: Mention, unit: Mention) -> str:
    """The words between two companies, without the short name the first declares (包头天和磁材科技股份有限公司
    (以下简称“公司”)全资子公司包头天和新材料…: the declaration is no word between them)."""
    return _SHORT_FORM_DECLARED.sub("", text[owner.end : unit.start], 1)


def _mark_tied_to_the_zone_before(mentions: list[Mention], text: str, zones: list[tuple[Mention, str]]) -> None:
    """In a sentence naming two zones or more, a mention the words after a zone's name tie to that zone is
    the zone's, whichever zone the sentence is about: a list of sectors right after the name in the same
    part of the sentence (以北京中关村和上海张江为例，…；…，上海张江高新区集成电路、生物医药、人工智能三大先导
    产业…: ``headed_by_zone``), a company named as its committee's own (武汉东湖高新区管委会直属国有企业武汉
    高科集团和黄冈高新区管委会国有企业黄冈高投公司: ``owned_by_zone``)."""
    if len({name for _, name in zones}) < 2:
        return
    for mention in mentions:
        tie = _TIES_TO_THE_ZONE_BEFORE.get(mention.kind)
        before = [(m, name) for m, name in zones if m.end <= mention.start] if tie else []
        if before:
            last, name = max(before, key=lambda pair: pair[0].end)
            between, key = tie
            if between.fullmatch(text, last.end, mention.start):
                mention.extra[key] = name


# what stands between a zone's name and a sector of the list it heads: the items before it
_SECTOR_RUN = re.compile(r"(?:[^，。；：、的]{2,12}、)*")
# what stands between a zone's name and a company it owns: 黄冈高新区管委会(直属)国有企业|黄冈高投
_ZONES_OWN_FIRM = re.compile(r"(?:管委会|管理委员会)(?:直属|下属|旗下)?的?(?:国有企业|国企|平台公司)")
_TIES_TO_THE_ZONE_BEFORE = {"Industry": (_SECTOR_RUN, "headed_by_zone"), "Enterprise": (_ZONES_OWN_FIRM, "owned_by_zone")}


def _facts_of(
    mention: Mention,
    sentence: Sentence,
    zone: Entity | None,
    document: Document,
    registry: Registry,
    policies_seen: list[Entity],
) -> list[Fact]:
    name = document.file_name
    text = sentence.text

    def fact(subject: Entity, predicate: str, obj: Entity, rule: str, confidence: float) -> Fact:
        return Fact(subject.key, predicate, obj.key, name, sentence, rule, confidence)

    if mention.kind == "Zone":
        return []
    if mention.kind == "IndustrialCluster":
        if mention.extra.get("of_an_organisation"):
            return []  # 低空经济，一端连接着…等先进制造业集群: clusters in general
        named_zone = _zone_ending(text[max(0, mention.start - 16) : mention.start], registry, name)
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
        if nicknamed_by and zone is not None and _outside(nicknamed_by, zone):
            return []  # 咸宁9家企业对接“武汉车谷”: another city's cluster, by its nickname
        elsewhere = _place_named_before(text, mention.start)
        province = _PROVINCE_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        if province:  # 为陕西光子产业创新集群建设提供支撑, 加速陕西千亿元光子…: the province's cluster, the zone's province too
            return [fact(registry.ensure("IndustrialCluster", province.group(1) + mention.name, _cluster_form(mention), name),
                         "clusterIndustry", registry.resolve(mention.extra["sector"], name), mention.rule, 0.9)]
        named_by = _zone_just_before(text, mention.start - len(elsewhere), elsewhere, registry, name) if elsewhere else None
        if named_by is not None:  # 通化医药高新区“通化医药创新型产业集群”: the cluster of the zone just named
            zone, elsewhere = named_by, None
        district = _district_before(text, mention.start, zone) if elsewhere is None and named_by is None else None
        if district:  # …、樊城区航空航天研发制造融合产业集群: a district's, a place no table lists
            elsewhere = district
        if elsewhere and (zone is None or district or _outside(elsewhere, zone)):
            # 许昌智能电力装备制造创新型产业集群, 汉川经开区现代纺织服装…: another place's cluster
            sector = registry.resolve(mention.extra["sector"], name)
            cluster = registry.ensure("IndustrialCluster", elsewhere + mention.name, _cluster_form(mention), name)
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
    if mention.kind == "Policy":
        policy = _resolve_policy(mention, registry, name, policies_seen)
        if policy is None:
            return []
        out = []
        issuers = mention.extra.get("issuers", ())
        for issuer in issuers:
            out.append(fact(policy, "issuedBy", _issuer(issuer, registry, name, zone), "policy-issuer", 0.9))
        if _THE_STATE_ISSUES.search(text, max(0, mention.start - 12), mention.start):
            return out  # 国家出台《“十四五”机器人产业发展规划》: the state's act, told as news, not the zone's
        own_plan = mention.extra.get("zone_plan") or (zone is not None and _titled_after(policy.name, zone, registry, name))
        if not own_plan and _names_no_zone_word(text) and _OUR_PROVINCE_OR_CITY_ACTS.search(text, mention.end):
            return out  # 为贯彻落实《关于加快推进科技强省建设的意见》…，我省正加快…: the province carries it out, no zone named
        published = zone is not None and _published_by(zone, text, mention.start, registry, name)
        # (关于支持玉溪国家高新技术产业开发区发展的意见, the province's: a policy for the zone its title names, carried out there;
        # not an approval of it, …升级为国家高新技术产业开发区的批复)
        titled_for = (zone is not None and not own_plan and not policy.name.endswith("批复")
                      and _names_only(policy.name, zone))
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
                    out.append(fact(policy, "issuedBy", _issuer(place, registry, name, zone), "policy-our-issuer", 0.75))
            elif (not issuers and issued_here and not mention.extra.get("record") and not referred_back
                    and (own_plan or not _ACTED_ON.search(text, 0, mention.start))
                    and (own_work or not _names_other_place(policy.name, zone))):
                out.append(fact(policy, "issuedBy", zone, "policy-zone-issuer", 0.7))
        elif zone is None and (titled := _zone_in_title(policy.name, registry, name)) is not None:
            # 济南市人大常委会通过《济南高新技术产业开发区条例》, 珠海市委、市政府出台《完善珠海国家高新区管理体制…
            # 若干意见》: a sentence of the city's, a policy the zone its title names carries out
            out.append(fact(titled, "implementsPolicy", policy, "policy-titled-zone", 0.8))
        return out
    if mention.extra.get("zone_qualified") and zone is not None:  # 高科集团, on a page of 株洲高新区: 株洲高科集团
        mention = replace(mention, name=zone_prefix(zone.name) + mention.name)
    entity = registry.resolve(mention, name)
    if entity is None:
        return []
    out = parent_facts(entity, registry, name, sentence)  # 中科院苏州医工所 -> 中国科学院
    if zone is None:
        return out
    predicate = ZONE_RELATIONS[entity.kind]
    if predicate == "hostsEnterprise" and mention.extra.get("owned_by_zone"):
        zone = registry.get(("Zone", mention.extra["owned_by_zone"])) or zone  # …黄冈高新区管委会国有企业黄冈高投公司
    if (predicate == "partnersWith" and entity.name.endswith("研发中心") and entity.parent is not None
            and entity.parent[0] == "Enterprise"):
        return out  # 丰田研发中心, 擎动科技长三角研发中心: a company's own R&D unit, not the zone's partner
    if predicate == "hostsEnterprise" and _a_firms_counterpart(text, mention):
        return out  # 吉星轮胎公司分别与…一汽吉林汽车有限公司、中油吉化公司…进行了合作签约: the firm's counterparts, not the zone's
    if predicate == "partnersWith" and _partner_of_another_party(text, mention):
        return out  # 宁夏新澳羊绒有限公司…分别与西安工程大学…合作: the companies' partner, not the zone's
    if predicate == "partnersWith" and _A_FIRMS_OWN_UNIT_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return out  # 上达(黄石)电子设立的柔性电路板和覆晶薄膜武汉技术研发中心: the firm's own centre
    if predicate == "partnersWith" and _elected_to(text, mention):
        return out  # 从美国国家医学院传来喜讯，…教授成功当选美国国家医学院院士: the academy a person is elected to
    if predicate == "partnersWith" and text.endswith(_PREDECESSOR, 0, mention.start):
        return out  # 西安派瑞…股份有限公司前身是西安电力电子技术研究所: what the firm once was, not a partner
    if (predicate == "partnersWith" and mention.rule == "institute-ending"
            and _DESIGNATED_AS.search(text, max(0, mention.start - 3), mention.start)):
        return out  # 该公司…，是肇庆市动物疫苗工程研发中心: what the firm (or the zone) is designated, no partner
    if predicate == "partnersWith" and _founds_a_firm(text, mention):
        return out  # 该公司由广东温氏集团和华南农业大学共同创办: the firm's founder, not the zone's partner
    if predicate == "partnersWith" and _visited_away(text, mention):
        return out  # 带队赴季华实验室、…等实地考察: a body the zone's people travel to, not (yet) a partner
    if predicate == "partnersWith" and _a_department(entity):
        return out  # 人工智能学院, 电子与信息工程学院: a university's department named without it, no partner of its own
    if predicate == "partnersWith" and _is_affiliation(text, mention):
        return out  # 哈尔滨工业大学副校长沈毅, 来自清华大学的专家: a person's employer, not a partner
    if predicate == "partnersWith" and _among_authorities(text, mention):
        return out  # 由科学技术部、中国科学院、中国工程院、陕西省人民政府…等部门指导: an authority over an event
    if predicate == "partnersWith" and _hosts_an_event(text, mention):
        return out  # 由中国企业评价协会、清华大学房地产研究所…主办的…大会: an event's hosts, not the zone's partners
    if predicate in ("partnersWith", "hostsEnterprise") and _another_area_with(text, mention):
        return out  # …，市经开区与上海交通大学共建…，郑蒲港新区与上海中医药大学共建…: another area's partner
    if predicate == "partnersWith" and _A_BODY_WORKS_WITH.match(text, 0, mention.start):
        return out  # “实验室将…与中国医学科学院、…等科研院所共建‘研发基地’”: the lab's partners, not the zone's
    if predicate == "partnersWith" and _AN_AUTHORS_AFFILIATION.match(text, mention.end):
        return out  # 赵俊平，王智伟（大庆石油学院经济管理学院，黑龙江大庆163318）: the authors' institute, a paper's byline
    if predicate == "partnersWith" and _marks_a_boundary(text, mention):
        return out  # 南起北京邮电大学，…向北延伸至北京科技大学: landmarks of an area's axis, not partners
    if predicate == "hostsEnterprise" and mention.extra.get("names_its_unit"):
        return out  # 中国信科集团光迅科技: the group names the unit the zone hosts
    if predicate == "hostsEnterprise" and (_is_cooperation(text, mention) or _is_courted(text, mention, zone)
                                           or _signs_with_a_government(text, mention)
                                           or _is_customer(text, mention) or _placed_elsewhere(text, mention)
                                           or _attends_an_event(text, mention) or _a_central_bodys_partner(text, mention)
                                           or _marks_a_boundary(text, mention) or _sentence_of_its_city_or_province(text, zone)
                                           or _FUND_MANAGERS_COUNTED.match(text, mention.end) or _an_investor(text, mention)
                                           or _settles_in_another_area(text, mention, zone)
                                           or _a_persons_employer(text, mention) or _a_units_parent(text, mention)
                                           or _held_by_a_company(text, mention)
                                           or _builder_predecessor_founder_or_supplier(text, mention) or _of_somewhere_else(text, mention, zone)
                                           or _in_a_service_role(text, mention) or _A_POWER_SUPPLIERS_UNIT.search(entity.name) is not None
                                           or _a_lender(text, mention) or _a_bank_or_its_branch(entity, mention)
                                           or _paired_with_another_area(text, mention, zone)
                                           or _SHARED_AMONG_AREAS.match(text, mention.end) is not None
                                           or _the_provinces_or_citys_firm(text, mention)
                                           or _PROVINCES_OWN_FIRM.match(mention.surface) is not None
                                           or _SITE_CREDIT_AFTER.match(text, mention.end) is not None
                                           or (_MEDIA_GROUP.search(entity.name) is not None
                                               and _BYLINE_AFTER.match(text, mention.end) is not None)
                                           or _SOURCE_CREDIT_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
                                           or _a_persons_career(text, mention) or _a_scene_in_a_county(text, zone)
                                           or _a_rankings_top_firms(text, mention)
                                           or _MEMBERS_OF_A_BODY.search(text, max(0, mention.start - 60), mention.start) is not None
                                           or _ELECTED_MEMBERS_AFTER.match(text, mention.end) is not None):
        return out  # 与华为公司打造“智慧园区”: a company the zone works with, not one it hosts
    if predicate == "hasIndustry":
        headed_by = mention.extra.get("headed_by_zone")
        if headed_by is not None and headed_by != zone.name:
            zone = registry.get(("Zone", headed_by)) or zone  # …；上海张江高新区集成电路、生物医药…三大先导产业: that zone's
        cue = presented_as_sector(text, mention)
        listed = not cue and (in_a_list_of_known_sectors(text, mention) or in_a_comma_list_of_known_sectors(text, mention))
        if not (cue or listed) or not_the_zones_sector(text, mention) or mention.extra.get("of_an_organisation"):
            return out  # a sector only where the text presents it as the zone's (relations/sectors.py)
        elsewhere = _place_named_before(text, mention.start)
        if elsewhere and (_outside(elsewhere, zone) or _the_citys_own(text, mention, elsewhere, zone)):
            return out  # 汉川经开区现代纺织服装创新型产业集群: another place's sector; 助力内江电子信息产业发展: the city's
        if (_OUR_PROVINCE_OR_CITY_BEFORE.search(text, max(0, mention.start - 8), mention.start)
                or _OUR_PROVINCES_OR_CITYS_LIST.match(text, mention.end)):
            return out  # 做强做大我省硬质合金产业集群, …、大健康产品等我省生物产业…领域: the province's sectors, said by its officials
        if _part_of_another_area(text, mention, zone) or _headed_by_another_area(text, mention):
            return out  # …四大产业集群；潍坊经济技术开发区…形成了生物制药、精细化工…: the other area's
        if _TOWN_BEFORE.search(text, max(0, mention.start - 4), mention.start):
            return out  # 东凤镇数智家电产业集群: a town's sector
        if _names_no_zone_word(text) and _A_CENTRAL_TITLE_BEFORE.search(text, 0, mention.start):
            return out  # 《中共中央关于制定…规划的建议》中，明确将生物制造与量子科技、…作为前瞻布局的未来产业: the nation's
        if (_clause_of_another_place(text, mention, zone) or _clause_of_its_city(text, mention, zone)
                or _sentence_of_its_city_or_province(text, zone)):
            return out  # …，邗江近年来培育形成了以机械装备…为主导的产业体系: the district's sectors; 近日苏州市政府发布了…，
            # 提出要结合电子信息、…四大主导产业的规模优势: the city's, in a sentence naming no zone
        if _a_places_leading_sector(text, mention):
            return out  # 高端装备产业是扬州工业经济的主导产业: the city's, said of the city
        if listed:  # a run of sector names and no cue word: said less plainly
            out.append(fact(zone, predicate, entity, f"{mention.rule}+sector-list", 0.8))
            return out
    else:
        cue = has_cue(predicate, text)
    confidence = 0.9 if cue else 0.6
    out.append(fact(zone, predicate, entity, f"{mention.rule}+{'cue' if cue else 'sentence-zone'}", confidence))
    return out


# a body the page is about, named by its kind, as the subject working with the ones after it (实验室将以…，与…)
_A_BODY_WORKS_WITH = re.compile(r"[“\"]?(?:该|本)?(?:实验室|研究院|研究中心|创新中心)(?:将|还|也|已|正|则)?"
                                r"(?:(?!高新区|开发区|园区)[^。；])*?(?:与|和|同)(?:[^，。；、]{2,30}、)*$")


# another kind of area opening the clause, then its joiner (市经开区与…, 郑蒲港新区与…): the clause's subject
_ANOTHER_AREA_WITH = re.compile(r"[^，。；：、]{0,6}?(?<!高)(?:经济技术开发区|经济开发区|经开区|新区|保税区)(?:还|也|已|先后)?(?:与|同|和)")


def _another_area_with(text: str, mention: Mention) -> bool:
    """Whether the mention's clause opens with an area that is no high-tech zone working with it."""
    start, end = clause_span(text, mention)
    opening = _ANOTHER_AREA_WITH.match(text, start, mention.start)
    return opening is not None and not find_zones(text[start : opening.end()])


# an area's boundary, drawn along landmarks (四至范围：东至湖滨路，南至沙岭村，…北至海滨化工): a company there
# marks the line, it is not said to be in the zone
# (or along axes: 南起北京邮电大学，经国家知识产权局向北延伸至北京科技大学: the bodies mark the axis, round 193)
_BOUNDARY = re.compile(r"四至|(?:东|南|西|北)至[^，。；]{2,40}[，；](?:东|南|西|北)至|(?:东|南|西|北)起[^。；]{2,60}?延伸至")
_BOUNDARY_MARK = re.compile(r"四至|[东南西北](?:至|起)|延伸至")


def _marks_a_boundary(text: str, mention: Mention) -> bool:
    """Whether the mention stands in an area's boundary, from its first mark to the end of the clause of its
    last (not 物联网产业社区…北至江南大道,南至联慧街,…,以智慧e谷为核心,由聚光科技、…等产业板块组成: the firms after
    the line is drawn make up the area)."""
    if _BOUNDARY.search(text) is None:
        return False
    marks = list(_BOUNDARY_MARK.finditer(text))
    end = CLAUSE_END.search(text, marks[-1].end())
    return marks[0].start() <= mention.start < (end.start() if end else len(text))


# a person by the post in one of its departments: 长三角国家技术创新中心信息技术事业部副主任张赟, 中科院地球化学研究所月球中心副主任李阳
_A_DEPARTMENTS_HEAD = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:事业部|部|处|系|办公室|中心|研究室)(?:党委|常务|执行)?副?(?:部长|处长|主任|总监|经理|书记|教授)")
# (华科大80后博士曾建华: a generation before the title)
# (欧洲科学院外籍院士迟力峰: a foreign member)
_TITLE_AFTER = re.compile(r"(?:\d0后)?(?:党委|常务|执行|特聘|客座|兼职|名誉|外籍)?(?:副)?(?:校长|院长|所长|主任|书记|教授|研究员|院士|专家|博士|学者|团队|课题组)")


# a firm's own unit, named after the firm and its verb of setting it up
_A_FIRMS_OWN_UNIT_BEFORE = re.compile(r"(?:公司|集团|科技|电子|股份|[)）])(?:设立|建立|成立|组建|建设)的[^，。；、]{0,12}$")
# a company (with its legal ending) or a city's government working with what follows
# (…有限公司分别与…, 该企业还与美国马里兰大学…开展产学研合作; not 园区50家企业与清华大学…: the zone's firms)
# the adverbs between a party and its 与 (…政府还分别与…, …公司已共同与…)
_ADVERBS_BEFORE_WITH = r"(?:还|也|先后|已|已经)?(?:分别|共同)?"
# 与 and the list before a name, up to it (与A、B、|name), and the list after a name, up to the signing (|、C、D等…签约)
_WITH_A_LIST_UP_TO_IT = r"与(?:[^，。；与、]{2,30}?、)*$"
_REST_OF_THE_LIST = r"(?:、[^，。；、]{2,30}?)*(?:等[^，。；]{0,6}?)?"
_SIGNS = r"(?:签署|签订|签约)"
_OTHER_PARTY_WITH = re.compile(rf"(?:市|县|区)(?:人民)?政府{_ADVERBS_BEFORE_WITH}(?:与|同)[^，。；]*$")


def _other_short_names(zone: Entity, short: str) -> list[str]:
    """The zone's other short names of the 高新区 kind (data/zones.csv: 武汉东湖高新区 and 东湖高新区),
    by which a page may name its clusters."""
    record = zone.zone
    names = record.short_names if record is not None else ()
    return sorted({n for n in names if n.endswith("高新区") and n != short and "（" not in n and "(" not in n})


def _titled_after(title: str, zone: Entity, registry: Registry, document: str) -> bool:
    """Whether a policy's title opens with the zone's name: 《唐山国家高新区机器人产业发展规划》 is the
    zone's own plan, whatever verb the sentence carries it with (评审通过了…)."""
    opening = next((m for m in find_zones(title) if m.start == 0), None)
    resolved = registry.resolve(opening, document) if opening else None
    return resolved is not None and resolved.key == zone.key


def _names_only(title: str, zone: Entity) -> bool:
    """Whether a policy's title names the zone and no other (read from the zone table, no entity made)."""
    named = {m.extra["zone"].name if m.extra.get("zone") else m.surface for m in find_zones(title)}
    return named == {zone.name}


def _zone_in_title(title: str, registry: Registry, document: str) -> Entity | None:
    """The one zone a policy's title names, if it names exactly one."""
    named = {z.name for z in (registry.resolve(m, document) for m in find_zones(title)) if z is not None}
    return registry.get(("Zone", named.pop())) if len(named) == 1 else None


_ADMINISTRATION = re.compile(r"(?:党工委)?(?:管委会|管理委员会)$|(?<=高新区|开发区)党工委$")


def _issuer(name: str, registry: Registry, document: str, zone: Entity | None = None) -> Entity:
    """The body that issued a policy: a zone's administration (昆明高新区管委会) is the zone itself,
    as where the text names the zone as the issuer, and so is the bare zone's (高新区管委会) on a page
    of one zone; any other body an Organization."""
    administration = _ADMINISTRATION.search(name)
    zones = find_zones(name[: administration.start()]) if administration else []
    if len(zones) == 1 and zones[0].end == administration.start():
        resolved = registry.resolve(zones[0], document)
        if resolved is not None:
            return resolved
    if administration and zone is not None and name[: administration.start()] in ("高新区", "开发区", "园区"):
        return zone  # 高新区管委会出台了《…》, on the zone's own page
    if _PARTY_COMMITTEE.fullmatch(name):  # 中共珠海市委员会, written 珠海市委
        return registry.ensure("Organization", name, name[2:-3] + "委", document)
    return registry.ensure("Organization", name, None, document)


_PARTY_COMMITTEE = re.compile(r"中共[\u4e00-\u9fff]{2,6}?[省市]委员会")


# a university's department by its discipline: …与工程学院, 人工智能学院, 计算机与软件学院, 经济管理学院
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{2,10}(?:工程|科学|技术|管理|信息|软件|材料|智能|经济|艺术|设计|医学|化学|物理|数学"
                         r"|机械|电气|自动化|传媒|外语|法学|商|生命)学院")


def _a_department(entity: Entity) -> bool:
    """Whether an institute is a university's department named without its university: a discipline and
    学院, no place opening it and no parent known (人工智能学院, not 北京电影学院, nor 浙江大学软件学院)."""
    return (_DEPARTMENT.fullmatch(entity.name) is not None and entity.parent is None
            and place_at(entity.name, 0) is None and entity.name not in institute_gazetteer())


# an institute the page speaks of without its name, opening the clause, working with or resting on what follows
# (研究院可以与省安全应急装备技术创新中心、云龙湖实验室强强联合; 研究院依托上海交通大学): its partners and parent
_AN_INSTITUTE_WITH = re.compile(r"(?:我院|该院|本院|研究院|该研究院|该所|研究所)(?:还|也|可以|将|要|已|已经)?(?:分别)?"
                                r"(?:与|同|依托)[^，。；]*$")


# a ministry, a government, an exchange (not a headquarters, a division or a club: 普源精电西部研发总部)
_AUTHORITY_ITEM = re.compile(r"(?:(?<![总业乐])部|厅|政府|委员会|总局|交易所)$")


def _among_authorities(text: str, mention: Mention) -> bool:
    """Whether the institute is an item of a list of three or more that names a ministry, a government or an
    exchange (科学技术部、中国科学院、中国工程院、陕西省人民政府、上海证券交易所等部门): the authorities over an event
    or a programme, not the zone's partners."""
    start = max(text.rfind(c, 0, mention.start) for c in "，。；：由") + 1
    end = min((i for i in (text.find(c, mention.end) for c in "，。；：等") if i >= 0), default=len(text))
    items = text[start:end].split("、")
    return len(items) >= 3 and any(_AUTHORITY_ITEM.search(item) for item in items)


# the hosts of an event, named after 由: 由中国企业评价协会、清华大学房地产研究所、北京中指信息技术研究院主办…的…大会
# (to the last of its hosting verbs: …主办，北京中指信息技术研究院…研究组承办的)
_EVENTS_HOSTS = re.compile(r"由([^。；由]{2,120})(?:主办|承办|发起|举办)")


def _hosts_an_event(text: str, mention: Mention) -> bool:
    """Whether the institute is one of an event's hosts (由…主办), none of them the zone: the event's, not a
    partner of the zone's (a zone hosting with a university, 由高新区管委会、清华大学主办, is left to the other rules)."""
    return any(hosts.start(1) <= mention.start and mention.end <= hosts.end(1)
               and not _ZONE_WORDS.search(hosts.group(1)) and "管委会" not in hosts.group(1)  # (as _founds_a_firm reads the zone)
               for hosts in _EVENTS_HOSTS.finditer(text))


def _a_firms_counterpart(text: str, mention: Mention) -> bool:
    """Whether a company is named, alone or in a list, as the other party of another company's agreement (吉星轮胎公司
    分别与…一汽吉林汽车有限公司、中油吉化公司…进行了合作签约): that firm's customer or partner, wherever it is."""
    start, _ = clause_span(text, mention)
    return (_A_FIRM_WITH_BEFORE.search(text, start, mention.start) is not None
            and _AGREED_AFTER.match(text, mention.end) is not None)


# a company (by the ending of its name) and 与 before a list ending at the name
_A_FIRM_WITH_BEFORE = re.compile(rf"(?:公司|集团){_ADVERBS_BEFORE_WITH}{_WITH_A_LIST_UP_TO_IT}")
# the rest of the list, then the agreement: …港铁国际物流公司进行了合作签约, …签订了战略合作协议
_AGREED_AFTER = re.compile(rf"(?:公司)?{_REST_OF_THE_LIST}(?:进行了?|开展了?)?(?:战略)?(?:合作)?{_SIGNS}")


def _partner_of_another_party(text: str, mention: Mention) -> bool:
    """Whether an institute is named as another party's partner: its clause says a city's
    government works with it (锦州市政府与中国医科大学、…签订战略合作协议), an institute the page
    names as 研究院 or 我院 does, or one the sentence opens with does in a clause of no subject of its own
    (汕头实验室主攻…，并与汕头大学…建立合作机制). The zone's companies' partners are the zone's (…有限公司分别与西安工程大学、
    …合作), as the held-out annotators list them in five pages of seven."""
    start, _ = clause_span(text, mention)
    return (_OTHER_PARTY_WITH.search(text, start, mention.start) is not None
            or _AN_INSTITUTE_WITH.match(text, start, mention.start) is not None or _signs_with_a_government(text, mention)
            or (_WITH_AND_NO_SUBJECT.match(text, start, mention.start) is not None
                and _AN_INSTITUTE_OPENING.match(text) is not None))


# a sentence an institute opens as its subject (按照…要求，汕头实验室主攻…), and a later clause of it with no subject of its
# own that works with what follows (…，并与汕头大学、中山大学…建立合作机制): the institute's partners
_AN_INSTITUTE_OPENING = re.compile(r"(?:[^，。；]{1,24}，)?(?![并与和及还也同在对将]|高新区|园区|开发区|我区|该区|全区)"
                                   r"(?:(?!与|和|了|共建|建设|建成|成立|打造|依托|拥有|引进|组建)[\u4e00-\u9fff]){2,12}?"
                                   r"(?:实验室|研究院|研究所)(?![与和及、，])")
_WITH_AND_NO_SUBJECT = re.compile(r"(?:并|还|也|同时)(?:与|同)[^，。；]*$")


# the body, alone or in a list, signing with a government (广东工业大学、…、清华珠三角研究院与南海区政府四方签署…):
# the government's partner, the zone no party (not …与市政府、高新区管委会签署: the zone signs too)
_WITH_A_GOVERNMENT_AFTER = re.compile(r"(?:[、和及][^，。；]{2,30}?)*与[^，。；与]{0,10}?(?:省|市|县|区)(?:人民)?政府"
                                      r"(?:[^，。；]{0,8}?)(?:签署|签订|签约)")
# a province, city or county (or its government) and 与 before a list of firms that signs with it
_A_GOVERNMENT_WITH_BEFORE = re.compile(rf"(?:^|[，；：])[^，。；]{{0,30}}?(?:省|市|县)(?:人民政府|政府)?{_WITH_A_LIST_UP_TO_IT}")
_SIGNED_AFTER = re.compile(rf"{_REST_OF_THE_LIST}(?:在[^，。；、]{{2,6}}?)?{_SIGNS}")  # (…在南京签约)


def _signs_with_a_government(text: str, mention: Mention) -> bool:
    signs = _WITH_A_GOVERNMENT_AFTER.match(text, mention.end)
    if signs is not None and not _ZONE_WORDS.search(text, mention.end, signs.end()):
        return True
    # (or the government first: 代表武汉市与小米科技有限责任公司、金山软件股份有限公司、…签约)
    city = _A_GOVERNMENT_WITH_BEFORE.search(text, max(0, mention.start - 80), mention.start)
    signs = _SIGNED_AFTER.match(text, mention.end) if city else None
    return signs is not None and not _ZONE_WORDS.search(text, city.start(), signs.end())


_ITS_OWN_FIRM_AFTER = re.compile(r"的?校办(?:企业|产业|工厂|公司)")


# the background a team has, after the institutes it names: …东京大学等国际一流科研学术机构研发背景
_BACKGROUND_AFTER = re.compile(r"(?:[、和及与][^，。；、]{2,14}?)*等?[^，。；]{0,16}?(?:研发|学术|教育|留学|工作)?背景")


def _is_affiliation(text: str, mention: Mention) -> bool:
    """Whether an institute is named as where a person works or as a neighbour, not as the zone's
    partner."""
    start, end = clause_span(text, mention)
    if text.endswith("毕业于", 0, mention.start) or (
            text.endswith(_SCHOOLED_BEFORE, 0, mention.start) and _SCHOOLED_AFTER.match(text, mention.end)):
        return True  # 毕业于…, 她在哈佛大学读书, 回到北京大学任职: where a person studied or works
    if text.startswith("的实验室", mention.end) and _A_PERSONS_LAB.search(text, max(0, start - 12), mention.start):
        return True  # 攻读硕士博士学位期间，陈威在北京理工大学的实验室里…, 放弃在耶鲁大学的实验室: a student's or a researcher's lab
    if _CITED_AFTER.match(text, mention.end) or _PUBLISHES_A_RANKING.match(text, mention.end):
        return True  # 前瞻产业研究院资料显示, 上奇研究院发布…百强高新区排行榜: a source the text quotes, not a partner
    if _ITS_OWN_FIRM_AFTER.match(text, mention.end):
        return True  # 作为华中科技大学校办企业: the university that owns a firm, not the zone's partner
    if (text.startswith("团队", mention.end) and "与" in text[start : mention.start]
            and _MEETS_WITH.search(text, mention.end, end)):
        return False  # 高新区与…全国重点实验室团队举行专题座谈: the body's team meets the zone for it
    if (_TITLE_AFTER.match(text, mention.end) or _A_DEPARTMENTS_HEAD.match(text, mention.end)
            or re.match(r"、?(?:[\u4e00-\u9fff]{2,6}、)?[\u4e00-\u9fff]{0,8}?(?:执行)?(?:副)?(?:校长|院长)(?!联席会|办公会|会议)",
                        text[mention.end : mention.end + 14])):  # (…产业学院第二次院长联席会: the deans' meeting, no person)
        # …并与天津航天机电设备研究所所长韩凤宇共同为项目揭幕: its head acting with the zone's, for it
        return not (text.endswith(("与", "同"), 0, mention.start) and _HEAD_AFTER.match(text, mention.end)
                    and _JOINT_ACT.search(text, mention.end, end) is not None)
    if _BACKGROUND_AFTER.match(text, mention.end):
        return True  # 核心研发团队具有英国剑桥大学、美国麻省理工学院及东京大学等…研发背景: where its people come from
    if _PEOPLE_COUNTED_AFTER.match(text, mention.end):
        return True  # 斯坦福大学，有12人，麻省理工学院有7人, …、普林斯顿大学等名校毕业生: where the zone's recruits studied
    if _ITS_STUDENTS.match(text, mention.end) or _A_DEGREE_AFTER.match(text, mention.end) or text.endswith(
            ("任教", "就读", "求学"), 0, mention.start):
        return True  # 他与斯坦福大学的三个同学一道…; 获得西北大学化学工程学士学位; 留校任教西北大学; …是中南财经政法大学毕业生,
        # 由哈佛大学医学院归国学者…创立: where people studied or teach
    if (_A_PERSONS_TEAM.match(text, mention.end) and not _WORKS_WITH.search(text, mention.end, end)
            and not _SETTLES_IN.search(text, mention.end, end)):  # (…院士团队签约落户: it comes)
        return True  # 华中科技大学吴裕斌团队…胜出: a researcher's team, by where it works (not 与…清华大学颜永年团队合作)
    if _ITS_PEOPLE_ATTEND.match(text, mention.end):
        return True  # 经济管理学院、控制科学与工程学院相关负责同志参加座谈会: the body its people come from
    if text.endswith("是", 0, mention.start) and _ITS_UNIT_AFTER.match(text, mention.end):
        return True  # …城市所，是中国科学院资源环境…领域的研究所: the body its unit belongs to, described
    if _A_PERSONS_PLACE.match(text, mention.end) and text.endswith(("从", "在", "于"), 0, mention.start):
        return True  # 刚刚从武汉大学毕业的李阳, 一直在中国电子科技集团公司第十五研究所工作, 从华中科技大学辞职下海:
        # where a person studied or worked
    if text.endswith(_SPRANG_FROM, 0, mention.start) or _A_SOURCE_AFTER.match(text, mention.end):
        return True  # 国盾量子发源于中国科学技术大学: where a company came from; （中国电子商务研究中心讯）: a byline
    if _AN_ENTRY_WINS.match(text, mention.end) or _SIGNS_WITH_A_COMPANY.match(text, mention.end):
        return True  # 西北工业大学“…”项目获得特等奖: a contest's winner; 南京大学与中国建材集团签署…协议: another's partner
    if _NEAR_AFTER.match(text, mention.end) and _with_before(text, start, mention):
        return True  # 与山西大学等多所高等学府和中科院山西煤化所…等科研院所相邻: the zone's neighbours
    before = text[max(0, mention.start - 12) : mention.start]
    # 周围毗邻山西大学、太原理工大学…: institutes near the zone, not working with it
    return ("来自" in before or "邀请" in before or "毕业于" in before or before.endswith("出身") or _POST_BEFORE.search(before) is not None
            or _NEAR_BEFORE.search(text, start, mention.start) is not None
            or _FROM_A_LIST_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None)


# what a body's team does with the zone: meets, talks, signs, builds with it
_MEETS_WITH = re.compile(r"座谈|会谈|洽谈|对接|签约|签署|签订|合作|共建")
# what a person does at a university, right after it (在哈佛大学读书, 回到北京大学任职)
_SCHOOLED_BEFORE = ("在", "回到", "进入", "到", "于")
_SCHOOLED_AFTER = re.compile(r"(?:的实验室里?)?(?:读书|就读|求学|任职|任教|深造|读博|读研|攻读|留学|读完|念完|读大学|上大学)")  # (在合工大读完本科)
_A_PERSONS_LAB = re.compile(r"攻读|学位|放弃在")  # (…期间…在北京理工大学的实验室里, 放弃在耶鲁大学的实验室)
# what a person did at an institute: 从武汉大学毕业, 在…研究所工作, 在华东理工大学完成…攻关
_A_PERSONS_PLACE = re.compile(r"(?:[^，。；]{0,6}?)(?:毕业|工作|任职|就职|辞职|离职|退休|完成[^，。；]{0,12}?(?:攻关|研究|学业))")
_SPRANG_FROM = ("发源于", "脱胎于", "孵化于", "起源于", "诞生于")
_A_SOURCE_AFTER = re.compile(r"讯[）)]")
_AN_ENTRY_WINS = re.compile(r"[“\"][^”\"]{2,40}[”\"](?:项目|作品)?(?:获得|荣获|获|摘得)")
_SIGNS_WITH_A_COMPANY = re.compile(r"与[^，。；、与和]{2,16}?(?:集团|公司|有限公司)(?:签署|签订|签约|达成)")


# the list a person comes from: 来自美国哥伦比亚大学、英国剑桥大学、新加坡南洋理工大学…等20多所名校的留学生
_FROM_A_LIST_BEFORE = re.compile(r"(?:来自|毕业于)(?:[^，。；、]{2,16}、)+$")


# a researcher's team, or a researcher by name and title (…研究中心吴迪教授，环境与资源学院周炼清副研究员)
_A_PERSONS_TEAM = re.compile(r"[\u4e00-\u9fff]{2,3}(?:(?:教授|博士|院士)?(?:团队|课题组)"
                             r"|(?:(?:副)?(?:教授|研究员)|老师|博士|院士)(?=[，、。；和与及等]))")
# (or a degree alone, closing the item: 英国利兹大学化学工程学士、伦敦大学学院（UCL）化学工程硕士)
_A_DEGREE_AFTER = re.compile(r"[^，。；]{0,12}?(?:学士|硕士|博士)(?:学位|(?=[、，。；]|$))")
# people counted by the school they come from: 人数最多的是美国斯坦福大学，有12人，麻省理工学院有7人；…等名校毕业生
_PEOPLE_COUNTED_AFTER = re.compile(r"[，,]?有?\d+(?:人|名)(?![^，。；]{0,4}(?:团队|项目))"
                                   r"|(?:[、和及][^，。；、]{2,16}?)*等?(?:名校|高校|院校)(?:的)?(?:毕业生|校友|学子)")
# (or its people by what they are there: 西北大学教师严建亚…, …大学学生, …大学校友)
_ITS_STUDENTS = re.compile(rf"的[^，。；]{{0,4}}?(?:同学|校友|毕业生|学生|博士生|研究生|留学生)|(?:归国|海归|留学)?(?:毕业生|学者|学生|校友|教师|老师)")
_ITS_PEOPLE_ATTEND = re.compile(r"(?:[、和及][^，。；、]{2,20}?)*(?:的)?(?:相关)?(?:负责同志|负责人|师生代表|教师代表|专家代表|师生|代表)"
                                r"[^，。；]{0,16}?(?:参加|出席|参会|陪同)")
_ITS_UNIT_AFTER = re.compile(r"[^，。；]{0,30}?的(?:[\u4e00-\u9fff]{0,4})?(?:研究所|研究院|科研机构|直属单位|下属单位|分支机构)(?:之一)?(?:[，。；]|$)")
_JOINT_ACT = re.compile(r"共同|签署|签订|签约|揭牌|揭幕")
_HEAD_AFTER = re.compile(r"(?:党委)?(?:副)?(?:校长|院长|所长|主任|书记)")  # who acts for the body (not 院士郭孔辉, his own)
_CITED_AFTER = re.compile(r"(?:的|发布的?|最新)?(?:资料|数据|统计|报告|研究|调查|监测)(?:数据)?(?:显示|表明|指出)")
_PUBLISHES_A_RANKING = re.compile(r"(?:[、和与][^，。；、]{2,20}?)*(?:联合|共同)?(?:近日|日前|近期|最新|正式|首次)?(?:发布|公布)(?:了)?[^，。；]{0,40}?(?:榜|排名|排行|名单|指数|评价|白皮书|蓝皮书)")  # (…发布《2021年中国城区高质量发展白皮书》)
_NEAR_BEFORE = re.compile(r"毗邻|紧邻|临近|靠近|附近|周边有|周围有")
_NEAR_AFTER = re.compile(r"[^，。；]{0,40}?(?:相邻|毗邻|为邻|比邻|相望)")  # (after 与: 与…大学…相邻)
# a person's post there: 被聘为中国科学院首批海外评审专家, 升任飞利浦研究院首席科学家
_POST_BEFORE = re.compile(r"(?:聘为|受聘于?|任职于|就职于|升任|担任|曾任|现任|历任)$")


_WITH_BEFORE = re.compile(r"(?:与|同|跟)(?:[\u4e00-\u9fffA-Za-z0-9（）]{2,20}的)?$")
_PEERS = re.compile(r"[、和]")


def _with_before(text: str, start: int, mention: Mention) -> bool:
    """Whether 与 (同, 跟) opens the list the mention stands in: 与X合作, 与X的Y合作, 与X、Y和Z等企业进行…"""
    if _WITH_BEFORE.search(text, start, mention.start):
        return True
    at = max(text.rfind(joiner, start, mention.start) for joiner in "与同跟")
    if at < 0 or mention.start - at > 60:
        return False
    items = _PEERS.split(text[at + 1 : mention.start])
    return len(items) >= 2 and items[-1] == "" and all(2 <= len(item) <= 20 for item in items[:-1])
# a firm's party or youth-league body after its name: what a zone's own organs pair with (结对共建)
_FIRMS_PARTY_BODY = re.compile(r"党支部|党总支|党委|团支部|团委")
_WORKS_WITH = re.compile(r"合作|合伙|共建|打造|联合|携手|对接|交流|洽谈|座谈|会谈|沟通|进行")
_SETTLES = re.compile(r"落户|入驻|投资(?!有限|集团|公司|控股|发展|管理)|签约|签订|签署|引进|落地|开工|投产")


# a central body (data/words/central_bodies.txt) working with what follows: 科技部与…
_CENTRAL_BODY_WITH = re.compile(r"(?:" + "|".join(central_bodies()) + r")(?:还|也|先后|已|已经)?(?:分别|共同)?(?:与|同|和)$")


def _a_central_bodys_partner(text: str, mention: Mention) -> bool:
    """Whether a company is named as a ministry's partner (科技部与中国工商银行签署了…战略合作协议) or an
    institute's (实验室与中金岭南、韶钢集团签署全面战略合作协议): their agreement, not a company the zone
    hosts (data/words/central_bodies.txt)."""
    if _CENTRAL_BODY_WITH.search(text, max(0, mention.start - 12), mention.start) is not None:
        return True
    _, end = clause_span(text, mention)  # (an agreement signed, not 研究院与科大讯飞公司都坐落于…, nor a joint project)
    return (_INSTITUTE_WITH.search(text, max(0, mention.start - 60), mention.start) is not None
            and _SIGNS_AN_AGREEMENT.search(text, mention.end, end) is not None)


# an institute working with the companies listed after it: 实验室与中金岭南、韶钢集团签署…
_INSTITUTE_WITH = re.compile(r"(?:实验室|研究院|研究所|研究中心|大学|学院)(?:还|也|先后|已|已经)?(?:分别|共同)?(?:与|同)"
                             r"(?:[^，。；、与同]{2,16}、)*$")
_SIGNS_AN_AGREEMENT = re.compile(r"(?:签署|签订|达成)[^，。；]{0,12}?协议")


def _is_cooperation(text: str, mention: Mention) -> bool:
    """Whether a company is named as one the zone works with (与X合作, 与X的Y合作设立) rather than
    one in the zone: after 与, with a verb of working together and none of settling in its clause."""
    start, end = clause_span(text, mention)
    if not _with_before(text, start, mention):
        return False
    if _FIRMS_PARTY_BODY.match(text, mention.end):
        return False  # 机关党组织分别与家家美党支部、力合党支部…结对共建: the zone's organs pair with its own firms' branches
    clause = text[start:end]
    return bool(_WORKS_WITH.search(clause)) and not _SETTLES.search(clause)


_VISITS = frozenset({"走访", "考察", "拜访"})
_COURTS = re.compile(r"走访|考察|拜访|洽谈|对接|前往|目标(?:重点)?(?:招引)?企业|拟引进|路演")  # …等6家企业现场登台路演: pitching to the zone


def _is_courted(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether a company is one the zone visits or courts (走访考察…企业, 对接洽谈…等目标招引企业),
    with nothing in its clause saying it settled in the zone; not a company whose legal name places it in
    the zone's city or province (区领导一行先后走访了福建紫膳食品有限公司、漳州健养康…: the zone's own, visited)."""
    start, end = clause_span(text, mention)
    clause = text[start:end]
    # (or a name of its place and a trade's ending: 锦州拓新电子 among 锦州锦华科技有限公司 and …)
    if ((LEGAL_ENDING.search(mention.surface) or BRAND_AT_END.search(mention.surface)) and _placed_at_home(mention.surface, zone)
            and all(m.group() in _VISITS for m in _COURTS.finditer(clause))):
        return False  # (a pitch to the zone, 路演, or talks, 洽谈, are still a courting of firms from anywhere)
    if _DELEGATION.search(text, 0, mention.start):
        return False  # 考察团先后前往江苏省镇江船厂…: visitors come to the zone's own companies
    if _A_PARTY_TOURS.search(text, 0, mention.start) and not _AWAY.search(text):
        return False  # (…一行赴自贸区（高新区）调研走访。)雷和平一行先后走访了华磊、长歌…: a party touring the zone's firms
    if _IN_THE_ZONE_BEFORE.search(text, start, mention.start):
        return False  # 前往火炬开发区中山迈雷特…: a company visited in the zone is the zone's
    if _its_site_here_after(text, mention, zone):
        return False  # 考察观摩了…、步长制药杨凌医药产业基地、…: the company's base named by the zone's place, visited there
    after = mention.end - start
    # …有限公司通过前期积极对接和努力，分别与…取得了进站意向: the companies' own effort, no courting of them
    courted = any(m.start() < after or "通过" not in clause[after : m.start()] for m in _COURTS.finditer(clause))
    return courted and not _SETTLES.search(clause)


# a company's site, named after it by a place: 步长制药|杨凌|医药产业基地
_SITE_AFTER_A_PLACE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:产业基地|基地|工厂|厂区|产业园|园区|项目)")


def _its_site_here_after(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company is written with its site named by the zone's own place or city (步长制药杨凌医药产业基地)."""
    place = place_at(text, mention.end)
    if place is None or not (place == _city_of(zone) or _opens_the_zones_names(place, zone)):
        return False  # (杨凌 of 杨凌示范区, 武汉 of 武汉东湖…)
    return _SITE_AFTER_A_PLACE.match(text, mention.end + len(place)) is not None


def _opens_the_zones_names(place: str, zone: Entity) -> bool:
    """Whether a place opens the zone's official name or one of its forms (杨凌 of 杨凌农业高新技术产业示范区, 杨凌示范区)."""
    return any(form.startswith(place) for form in (zone.name, *zone.forms))


_PROVINCE_ENDING = re.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$")


def _placed_at_home(name: str, zone: Entity) -> bool:
    """Whether a company's name opens with, or is qualified by, the zone's city or province (漳州健养康…, 爱逸鼎味
    （漳州）…, 福建康麒制罐…)."""
    if zone.zone is None:
        return False
    homes = {_city_of(zone) or "", _PROVINCE_ENDING.sub("", zone.zone.province)} - {""}
    return any(name.startswith(home) or f"（{home}" in name or f"({home}" in name for home in homes)


# a journey to the body, or to a list it is in: 赴天津中医药大学拜访…, 带队赴季华实验室、盈普三维打印…考察
# (not across 在, which sets a scene of its own: 赴外招聘会…专场活动在该市哈尔滨工业大学、哈尔滨工程大学结束)
_TRAVEL_TO = re.compile(r"(?:赴|前往|远赴)(?:[^，。；、在]{2,24}、)*$")
_AGREES = re.compile(r"签约|签署|签订|共建|合作协议|揭牌|落户")


def _visited_away(text: str, mention: Mention) -> bool:
    start, end = clause_span(text, mention)
    return (_TRAVEL_TO.search(text, start, mention.start) is not None
            and _AGREES.search(text, start, end) is None and _IN_THE_ZONE_BEFORE.search(text, start, mention.start) is None)


# the zone named right before a company, as where it is: 前往火炬开发区|中山迈雷特…, 走访高新区内的…
# (or a list of them: 实地考察苏州高新区的普源精电科技股份有限公司、苏州天准科技股份有限公司)
# (or its firms so described: 走访园区重点企业精仪光电、三淮科技…)
_IN_THE_ZONE_BEFORE = re.compile(r"(?:高新区|开发区|园区)(?:内的?|的)?(?:(?:重点|龙头|骨干|优质|规上|入驻|在孵)?企业)?(?:[^，。；、]{2,30}、)*$")


# (or guests the zone's officials accompany: 邹自力一行在高新区党工委委员廖明…陪同下，实地考察了比克电池…)
# (or a delegation's visit of firms named at once, no place before them: 宋国权一行考察了嘉东光学、新华三…, on the zone's page)
_A_PARTY_TOURS = re.compile(r"一行(?:先后|还|又|也|随后|分别)?(?:走访|参观)了")
_AWAY = re.compile(r"赴|前往|招商|飞抵|奔赴|出访")  # (一行赴深圳…走访了…: a trip to court firms elsewhere)
_DELEGATION = re.compile(r"(?:考察|调研|参访|代表)(?:团|组)|陪同下|一行(?:先后|还|又|也)?(?:深入|走进|来到|莅临|考察了)")  # 徐主任一行先后深入…
# the people of the companies just listed coming to an event: …、腾讯等40多家知名企业高管齐聚…参加…大会
# (…等机器人产业链头部企业的40余位企业家,共同围绕机器人热点话题展开深入探讨: guests discussing at a meeting)
_THEIR_PEOPLE_ATTEND = re.compile(r"[^。；]{0,60}?(?:企业|公司|集团|机构)?的?[\d余多位名]*(?:高管|负责人|代表|嘉宾|老总|高层|企业家)"
                                  r"[^。；]{0,24}?(?:齐聚|出席|参加|参会|莅临|聚首|汇聚|随同|陪同|深入探讨|座谈交流"
                                  r"|作了?(?:专题|主题)?(?:分享|发言|报告|演讲))")  # (…、湘财证券等各地企业代表作了专题分享)
# firms whose heads came with a visiting party right after them (…、创新奇智成都公司、西南联交所等企业负责人随同调研): the
# visitors', even on a page that named the zone's people first (as _THEIR_PEOPLE_ATTEND's 随同 is not)
_WITH_THE_VISITORS_AFTER = re.compile(r"(?:公司)?(?:、[^，。；、]{1,16})*等?(?:企业|单位|公司|机构)?(?:主要|相关)?(?:负责人|代表)随同")


def _attends_an_event(text: str, mention: Mention) -> bool:
    """Whether a company is named as the employer of guests at an event (企业高管齐聚, …代表出席), with
    nothing in its clause saying it settled in the zone, and no zone's people named before them
    (内江高新区党工委副书记…，国星空天…等企业代表出席: the zone's own meeting with its companies)."""
    if _WITH_THE_VISITORS_AFTER.match(text, mention.end):
        return True  # …、西南联交所等企业负责人随同调研: their heads came with the visiting party, whoever was named before
    start, end = clause_span(text, mention)
    attend = (_THEIR_PEOPLE_ATTEND.match(text, mention.end) or _ITS_HEAD_AMONG_GUESTS.match(text, mention.end)
              or _EXHIBITS.match(text, mention.end) or (_GATHERS_AT.match(text, mention.end) and _A_FAIR.search(text)))
    return (bool(attend) and not _SETTLES.search(text, start, end) and not _ZONE_WORD_BEFORE.search(text, 0, mention.start)
            and not _THE_ZONES_PEOPLE.search(attend.group(0)))


# the people of the zone's firms at large, not of the firms named before them (参观了…公司，随后和高新区的各大企业代表
# 一起，在…参加座谈: the visited firms, then the zone's firms' people)
_THE_ZONES_PEOPLE = re.compile(r"(?:高新区|园区|我区|本区|开发区)的?[^，。；]{0,6}?(?:高管|负责人|代表|企业家)")


# a title and a person after a company's name: 泰康保险集团董事长兼CEO陈东升, 中国兵器装备集团公司党组副书记、副总经理尹家绪
_PERSONS_TITLE_AFTER = re.compile(r"(?:党组|党委)?(?:常务|执行)?副?(?:董事长|总经理|总裁|CEO|创始人|负责人|总会计师|书记|董事|"
                                  r"合伙人|总工程师|教授|研究员|首席[\u4e00-\u9fff]{2,4}官)")


def _a_persons_employer(text: str, mention: Mention) -> bool:
    """Whether a company is named only as a person's employer in a roll of people with their companies and
    titles (…公司董事长陆文斌担任…会长，…公司董事长吴飞舟出任…; …集团董事长兼CEO陈东升和…集团董事长毛振华…发表演讲),
    the sentence saying nothing of settling or being in the zone."""
    title = _PERSONS_TITLE_AFTER.match(text, mention.end)
    if not title or _A_ROLL_OF_ENTREPRENEURS.search(text):
        return False  # (…等18位企业代表分别发言, …等20余位知名企业家被授牌…: the roll is of the zone's firms)
    titles = sum(1 for _ in _PERSONS_TITLE_AFTER.finditer(text))  # two or more in the sentence: a roll of people
    said = _WITNESSED.sub("", text)  # (…出席并见证签约: the roll witnesses a signing, no one settles)
    # or one person said to be the title, which ends the clause: 王东辉是电子科大1983级校友、北京荣之联…公司董事长。
    start, _ = clause_span(text, mention)
    described = "是" in text[start : mention.start] and (title.end() == len(text) or text[title.end()] in "，。；")
    return (titles >= 2 or described) and not (_SETTLES.search(said) or _IN_THE_ZONE.search(said))


def _a_persons_career(text: str, mention: Mention) -> bool:
    """Whether the company is named as a person's former employer, a role after it, or as one they joined as staff."""
    return ((_FORMER_ROLE_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
             and _A_ROLE_AFTER.match(text, mention.end) is not None)
            or (text.endswith(("进入", "加入"), 0, mention.start) and _TAKES_A_JOB_AFTER.match(text, mention.end) is not None))


# a person's former employer (曾是微软美国总部IE技术核心工程师的陈本峰, 他曾经是美国谷歌公司Android产品副总裁): a career, not a firm of the zone
# (not 飞亚达科技大厦，曾经是腾讯成长历程中重要的办公场所: the zone's building, the firm's office)
_FORMER_ROLE_BEFORE = re.compile(r"曾经?(?:是|在|任|担任|就职于|供职于|任职于)[^，。；的]{0,4}$")
_A_ROLE_AFTER = re.compile(r"[^，。；]{0,16}?(?:工程师|总裁|经理|总监|高管|员工|研究员|科学家|主管|董事|CEO|CTO)")
# a person joining a firm's staff (同年进入腾讯公司互动娱乐部就职): a career, not a firm of the zone
_TAKES_A_JOB_AFTER = re.compile(r"[^，。；]{0,10}?(?:就职|工作|任职|实习)")
# a roll the sentence calls one of entrepreneurs or firms' representatives, at the zone's own meeting or honours
_A_ROLL_OF_ENTREPRENEURS = re.compile(r"等[\d一二三四五六七八九十百余多]*[位名](?:知名|优秀|重点)?(?:企业家|企业代表|企业负责人)")
_WITNESSED = re.compile(r"见证[^，。；]{0,4}签约|签约仪式")


# (not 中航工业旗下多家工业企业, 高投集团旗下子公司: units not named, the group is the one the text places)
# (or its named subsidiary: 杰普特的子公司惠州杰普特项目已在仲恺高新区动工)
# (or counted, then named after a dash: 海光信息两家核心子公司——海光集成、海光微电子落地成都高新区)
_UNITS_AFTER = re.compile(r"(?:[（(]以下简称[^（()）]{1,20}[）)]|[”\"]?[）)])?(?:集团)?(?:旗下的?|[的之]?(?:全资|控股|核心)?子公司(?=[\u4e00-\u9fff“]))"
                          r"(?!多家|[\d一二三四五六七八九十两]+家|企业|子公司|公司|各|板块|[^，。；]{0,4}板块)"
                          r"|的?(?:多家|[\d一二三四五六七八九十两]+家)(?:全资|控股|核心)?子公司(?:——|—|：|:)")


# the companies a company holds, listed and counted: 拥有潍柴动力、潍柴重机和山推股份三家上市公司
_HOLDS_COMPANIES = re.compile(rf"拥有((?:[^，。；、和]{{2,12}}[、和及与])+[^，。；、和]{{2,12}}?)(?:[{NUMERAL}\d]+家|等)"
                              r"[^，。；]{0,4}?(?:上市公司|子公司|控股公司)")


def _held_lists(text: str) -> list[re.Match]:
    """The lists of companies a company is said to hold; not where a zone's word stands in the words before the
    list (高新区拥有…等上市公司: the zone's firms), read by _ZONE_WORD_BEFORE below."""
    if "拥有" not in text:
        return []
    return [match for match in _HOLDS_COMPANIES.finditer(text)
            if not _ZONE_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())]


def _held_by_a_company(text: str, mention: Mention) -> bool:
    """Whether a company is one of those another company is said to hold (…集团…，拥有A、B和C三家上市公司):
    the holder's, named to describe it, not firms the sentence places in the zone."""
    return any(match.start(1) <= mention.start and mention.end <= match.end(1) for match in _held_lists(text))


def _a_units_parent(text: str, mention: Mention) -> bool:
    """Whether a company is named as the parent of the unit after it (中国农业发展集团旗下的湖北省种子集团,
    隆平高科旗下湖北惠民种业, 博盛新材（以下简称…）之全资子公司盐城博盛), or of the firm or the plant the sentence is
    about (…，是德国大陆集团在华投资的首个…生产基地, …，是上市公司…的控股子公司): the unit is the zone's firm."""
    return (_UNITS_AFTER.match(text, mention.end) is not None
            or (text.endswith("是", 0, mention.start) and _ITS_PLANT_IN_CHINA_AFTER.match(text, mention.end) is not None)
            # 金城金素…，是上市公司山东金城医药集团股份有限公司的控股子公司，…: the parent of the sentence's firm
            or (_IS_THE_PARENT_OF_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
                and (subsidiary := _SUBSIDIARY_AFTER.match(text, mention.end)) is not None
                and _CLAUSE_ENDS.match(text, subsidiary.end()) is not None))


_IS_THE_PARENT_OF_BEFORE = re.compile(r"(?:是|系|为)(?:上市公司|国有企业|央企|国企)?$")
_CLAUSE_ENDS = re.compile(r"[，。；）)]|$")


# what a foreign group set up in China, after its name: 是德国大陆集团|在华投资的首个全外资轮胎生产基地, 在中国的第一个…工厂
# (or its move in a field: 是中国移动在云计算、大数据、IT支撑等领域的重要布局, the unit the sentence is about)
_ITS_PLANT_IN_CHINA_AFTER = re.compile(r"在(?:华|中国|国内|亚洲|亚太)(?:投资|设立|建设|布局)?的[^，。；]{0,16}?"
                                       r"(?:基地|工厂|企业|公司|子公司|总部|中心)"
                                       r"|在[^，。；]{2,24}?(?:领域|方面|行业)的(?:重要|重大|战略|关键|重点)?(?:布局|落子)")


_PREDECESSOR = ("前身", "前身是", "前身为")  # (its predecessor is …)


def _builder_predecessor_founder_or_supplier(text: str, mention: Mention) -> bool:
    """Whether a company is named as the builder of a project (中铁上海工程局集团有限公司承建), as a company's
    predecessor (其前身惠普（HP）公司), as what founded the firm the sentence is about (由山东卡森…有限公司投资成立)
    or as its supplier (核心原料由中国平煤神马集团提供): the zone's firm is another."""
    if _BUILDS_IT.match(text, mention.end) is not None or text.endswith(_PREDECESSOR, 0, mention.start):
        return True
    by = text.endswith("由", 0, mention.start) or _BY_THE_DESCRIBED.search(text, max(0, mention.start - 24), mention.start)
    if not by and _FOUNDERS_OF_A_VENTURE_AFTER.match(text, mention.end):
        return True  # …,是三元材料巨头当升科技与四川国企蜀道矿业集团成立的合资公司, …分别持股51%、49%: the venture's founders
    founds = _FOUNDS_OR_SUPPLIES.match(text, mention.end) if by else None
    # (由联想、用友、神州数码等一百家企业自发成立了这一企业自律组织: the founders of an association, firms of their own)
    return founds is not None and _AN_ASSOCIATION_AFTER.match(text, founds.end()) is None


_AN_ASSOCIATION_AFTER = re.compile(r"了?[^，。；]{0,10}?(?:协会|联盟|促进会|商会|学会|俱乐部|自律组织|联合会)")


# a founder of a joint venture, said of the venture: X与Y(共同)成立的合资公司; or its shareholders: X与Y分别持股51%、49%
_FOUNDERS_OF_A_VENTURE_AFTER = re.compile(r"(?:[与和、][^，。；]{2,20}?)?(?:(?:共同|联合)?(?:出资|投资)?(?:成立|设立|组建)的(?:合资|合营)(?:公司|企业)"
                                          r"|分别持股\s*\d)")


# 由, what the founder is, then a dash and its name: 由亚洲蕞大的铝业集团——亚洲铝业控股有限公司投资兴建
_BY_THE_DESCRIBED = re.compile(r"由[^，。；由]{1,20}(?:——|—)$")


# 是 opening a clause, before a centre's name: what the sentence's firm or zone is designated (…，是…研发中心)
_DESIGNATED_AS = re.compile(r"[，,](?:也|还|并)?是$")


def _founds_a_firm(text: str, mention: Mention) -> bool:
    """Whether an institute is named among the founders of the firm the sentence is about (由…和华南农业大学共同
    创办), the zone not among them (not 由清华大学与高新区共同组建: the zone's partner)."""
    opening = text.rfind("由", max(0, mention.start - 30), mention.start)
    founds = _FOUNDS.match(text, mention.end) if opening >= 0 else None
    if founds is None:
        return False
    return _ZONE_WORDS.search(text, opening, founds.end()) is None and "管委会" not in text[opening : founds.end()]


def _in_a_service_role(text: str, mention: Mention) -> bool:
    """Whether a notice names the company in the role of a service to a project (环境影响评价机构 | 天津中环…有限公司,
    环评单位：…, 设计单位, 监理单位), as the works that take its waste (生活污水接管至…污水处理有限公司) or as
    the agency rating a firm (中诚信国际信用评级有限公司、…同时给予…AAA主体信用等级): not a firm of the zone's for that."""
    return (_SERVICE_ROLE_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None
            or text.endswith(_TAKES_WASTE_BEFORE, 0, mention.start) or _RATES_AFTER.match(text, mention.end) is not None)


# a bank's branch for a city or a province (中国银行本溪分行, 工商银行株洲分行), or its sub-branch (杭州银行科技支行,
# 中国工商银行兰州分行城关支行): the city's, lending to the zone's firms, not one the zone hosts (…高新区支行 is the zone's own)
# (or the bank by its short form: 建行高新大道支行)
_A_CITYS_BANK_BRANCH = re.compile(rf"(?:银行(?:股份有限公司)?|^[{SHORT_BANK_INITIALS}]行)"
                                  r"(?:[\u4e00-\u9fff]{2,4}?(?:省|市)?分行|(?:(?!高新区|开发区)[\u4e00-\u9fff])*?支行)$")


# a known bank (data/enterprise_brands.csv): it lends to the zone's firms and sponsors its contests, a zone hosts none
# (大赛还收到中关村银行、北京银行、华夏银行等500多家…); a foreign bank in a roll of investors may be hosted (三井住友银行)
_A_BANK = re.compile(r"银行(?:股份有限公司)?$")


def _a_bank_or_its_branch(entity: Entity, mention: Mention) -> bool:
    """Whether the company is a bank's city branch or sub-branch, or a known bank: a lender, not a firm of the zone."""
    return (_A_CITYS_BANK_BRANCH.search(entity.name) is not None
            or (mention.rule == "enterprise-gazetteer" and _A_BANK.search(entity.name) is not None))


def _a_lender(text: str, mention: Mention) -> bool:
    """Whether the company is named as the one a firm borrowed from (从中国邮政储蓄银行成功获贷300万元)."""
    return (text.endswith(("从", "向"), max(0, mention.start - 1), mention.start)
            and _BORROWED_AFTER.match(text, mention.end) is not None)


_BORROWED_AFTER = re.compile(r"[^，。；]{0,8}?(?:获贷|贷款|借款|获得[^，。；]{0,6}?(?:贷款|授信))")
# the grid's local unit that supplies the zone (国网常州供电公司, 镇江供电公司): it serves the zone's firms
_A_POWER_SUPPLIERS_UNIT = re.compile(r"供电(?:分?公司|局|服务中心|所)?$")  # (镇江供电 as the registry keeps it)
_SERVICE_ROLE_BEFORE = re.compile(r"(?:环评|环境影响评价|评价|设计|施工|监理|招标代理|勘察)(?:单位|机构)\s*[：:|｜]?\s*$")
_TAKES_WASTE_BEFORE = ("接管至", "接入", "排入", "送至", "委托")
# (the company and the other agencies rating with it, then the rating they give)
_RATES_AFTER = re.compile(r"(?:、[^，。；、]{2,24}?)*(?:同时|分别|均|共同)?给予[^。；]{0,40}?(?:评级|信用等级)")


# (or with other founders: 该公司由广东温氏集团和华南农业大学共同创办; 由…亚洲铝业控股有限公司投资兴建)
_FOUNDS = re.compile(r"(?:(?:和|与|、)[^，。；由]{2,24}?)?(?:共同|联合)?(?:投资|出资|独资|控股)?(?:成立|设立|创办|组建|兴建)")
_FOUNDS_OR_SUPPLIES = re.compile(_FOUNDS.pattern + r"|提供|供应|供货")


_BUILDS_IT = re.compile(r"(?:负责)?(?:承建|施工|总承包|监理)")


# what a company is said to be of, just before it: 位于宁波市余姚市的…, 武汉经开区的…
_OF_A_PLACE_BEFORE = re.compile(r"位于([^，。；、]{2,12}?)的$")
_OF_ANOTHER_AREA_BEFORE = re.compile(r"(?:经济技术开发区|经济开发区|经开区|保税区|综保区|(?<![高])新区)的$")


def _names_no_zone_word(text: str) -> bool:
    """Whether a sentence names no 高新区 or 开发区 of any kind: its firms, sectors and acts may then be a
    province's, a city's, a county's or the nation's rather than the page's zone's."""
    return "高新" not in text and "开发区" not in text


# a title of the centre's or the State Council's before the sectors a sentence names
_A_CENTRAL_TITLE_BEFORE = re.compile(r"《(?:中共中央|国务院|中华人民共和国)")


# the top firms of a ranking, named as such: 榜单前10名企业分别为：华为、联想、…
_RANKINGS_TOP_FIRMS = re.compile(r"(?:榜单|排行榜|名单)[^。；]{0,10}?前\s*(?:\d+|[十二三四五六七八九]+)\s*(?:名|位|强)"
                                 r"(?:企业)?(?:分别|依次)?(?:为|是)[：:]?[^。；]*$")


def _a_rankings_top_firms(text: str, mention: Mention) -> bool:
    """Whether the firm is one of a ranking's top firms, named in a sentence naming no zone (记者获悉，榜单前10名
    企业分别为：华为、联想、…): the nation's, not the zone's, wherever the page's zone is."""
    return (_names_no_zone_word(text)
            and _RANKINGS_TOP_FIRMS.search(text, max(0, mention.start - 80), mention.start) is not None)


# a sentence set in a county: 在宜阳县，观摩团先后到…观摩 (a tour's stop before the zone's)
_IN_A_COUNTY = re.compile(r"[在于]([\u4e00-\u9fff]{1,4}县)[，,]")


def _a_scene_in_a_county(text: str, zone: Entity) -> bool:
    """Whether the sentence opens in a county the zone's names do not hold and names no zone (在宜阳县，
    观摩团先后到宜阳县青岛啤酒（洛阳）有限公司、…观摩): the firms it visits there are the county's."""
    opening = _IN_A_COUNTY.match(text)
    if opening is None or not _names_no_zone_word(text):
        return False
    county = opening.group(1)
    return not any(county[:-1] in form for form in (zone.name, *zone.forms))


# a company's site or project in a place, named after the company and the place (…重庆车规级模块生产基地项目)
_SITE_AFTER_ITS_PLACE = re.compile(r"[^，。；、]{0,10}?(?:生产基地|研发基地|基地|工厂|项目|分公司|产业园)")


def _of_somewhere_else(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the text places the company, right before its name, in a place other than the zone: a city
    or county the zone is not in (在位于宁波市余姚市的智昌科技集团有限公司), or an area of another kind
    (武汉经开区的武汉理工氢电科技有限公司)."""
    before = text[max(0, mention.start - 16) : mention.start]
    if _OF_ANOTHER_AREA_BEFORE.search(before):
        return True
    after = place_at(text, mention.end)  # 斯达半导体重庆车规级模块生产基地项目, on a page of 无锡高新区: its site elsewhere
    if (after is not None and _SITE_AFTER_ITS_PLACE.match(text, mention.end + len(after))
            and not any(cue in after for cue in _place_cues(zone)) and not find_zones(text[mention.end : mention.end + 8])
            and not _opens_the_zones_names(after, zone)):  # (步长制药杨凌…基地 on 杨凌's page)
        return True
    if _one_of_a_brands_units_elsewhere(text, mention, zone):
        return True
    placed = _OF_A_PLACE_BEFORE.search(before)
    # (位于浦东张江的…: a place that names a zone, 浦东张江 is 张江高新区)
    if (placed is None or _ZONE_WORD_BEFORE.search(placed.group(1)) or place_at(placed.group(1), 0) is None
            or find_zones(placed.group(1))):
        return False
    where = placed.group(1)  # (位于秀洲区的…: the district the zone is named after is the zone's)
    return not (any(cue in where for cue in _place_cues(zone)) or where[:2] in zone.name)


def _one_of_a_brands_units_elsewhere(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company is one of a brand's units listed by their places (…包括重庆弗迪电池研究院、无为弗迪、盐城弗迪、
    济南弗迪…: 比亚迪's battery firms in other cities), its place none of the zone's: a unit elsewhere."""
    place = place_or_county_at(mention.surface, 0)
    brand = mention.surface[len(place):] if place else ""
    if not place or len(brand) < 2 or any(cue in place or place in cue for cue in _place_cues(zone)):
        return False
    return any(_listed_by_its_place(text, at.start(), brand) for at in re.finditer(re.escape(brand), text)
               if at.start() != mention.start + len(place))


def _listed_by_its_place(text: str, at: int, brand: str) -> bool:
    """Whether the brand written at ``at`` is a list's item named by a place before it (、盐城弗迪、)."""
    for size in (2, 3):
        place = place_or_county_at(text, at - size) if at >= size else None
        if place is not None and len(place) == size:
            return text[at - size - 1 : at - size] in ("、", "和") or text.startswith(("、", "和"), at + len(brand))
    return False


# the party a company signs with, named right before it: 淮南经开区管委会与安徽九曜…, 凤台县政府与…
_PARTY_BEFORE = re.compile(r"([^，。；、与和同]{2,14}?)(?:管委会|管理委员会|人民政府|政府)(?:与|和|同)$")


def _paired_with_another_area(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company signs with the government or committee of another area, named right before it (寿县经开区
    管委会与安徽蔚众…、凤台县政府与…、淮南高新区管委会与无锡天堃…: each its own area's)."""
    party = _PARTY_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if party is None:
        return False
    name = party.group(1)
    if "经开区" in name or "经济" in name or "县" in name:
        return True  # an economic development area's, a county's
    return not (_ZONE_WORD_BEFORE.search(name) or any(cue in name for cue in _place_cues(zone)))


# firms shared out among several areas, the zone one of them, without saying which went where: 8个优质项目，即睿塔科技、
# …、海源清能，分别与厦门湖里区、海沧区和火炬高新区完成落地合作签约
_SHARED_AMONG_AREAS = re.compile(r"[^。；]{0,80}?分别(?:与|在|落户|落地|入驻|签约)(?:[^，。；、和及]{2,12}?[区县市园][、和及]){1,4}"
                                 r"[^，。；、和及]{1,12}?[区县市园]")


_IN_THE_ZONE = re.compile(r"(?:位于|在|落户|入驻|扎根)[^，。；]{0,12}?(?:高新区|开发区|园区|园内|区内)")


# its head named in a roll of guests: 中国工商银行总行公司金融业务部总经理张锋、…、…副行长潘强出席启动仪式
# the companies themselves at a fair: 中国信科、华为、…等300多家海内外企业齐聚光谷 (in a sentence about the fair),
# 中国移动、…等运营商也组团参展, …等光通信企业代表，兵分两路组团逛展
_EXHIBITS = re.compile(r"[^。；]{0,80}?(?:参展|逛展|观展|布展)")
_GATHERS_AT = re.compile(r"[^。；]{0,40}?齐聚")
_A_FAIR = re.compile(r"博览会|展览会|展会|博会|展区|展台|专场|大会|峰会|论坛")
_ITS_HEAD_AMONG_GUESTS = re.compile(r"[^、，。；]{0,12}?(?:董事长|总经理|总裁|行长|副行长|经理|负责人)[\u4e00-\u9fff]{2,3}"
                                    r"(?:[、，][^、，。；]{2,36})*(?:出席|参加|莅临)")  # (the roll's people also set apart by ，)


_ZONE_WORD_BEFORE = re.compile(r"高新区|开发区|管委会|园区")


_SUPPLIED = re.compile(r"供货|供应|出货|销售|出口|交付|提供|配套|建设了|搭建了|定制了|开发了")  # (…为北控水务等…集团建设了…云平台)
# …与中科创星、峰瑞资本、…、陆石投资10家基金管理人（GP）集中签约: managers of the zone's fund, not companies it hosts
_FUND_MANAGERS_COUNTED = re.compile(rf"(?:、[^，。；、]{{2,12}})*\s*[\d一二三四五六七八九十]+\s*家(?:{'|'.join(FUND_MANAGER_KINDS)})")


# the rest of a paper's byline after its authors' institute: its city and postal code, in brackets
_AN_AUTHORS_AFFILIATION = re.compile(r"[，,；;]\s*[\u4e00-\u9fff]{2,12}\s*\d{6}\s*[）)]")


def _an_investor(text: str, mention: Mention) -> bool:
    """Whether a company is named among a financing round's investors (投资方为…, …领投), not as a firm the zone hosts."""
    return any(a <= mention.start and mention.end <= b for items in investor_lists(text) for a, b in items)


def _is_customer(text: str, mention: Mention) -> bool:
    """Whether a company is named as a customer the zone's firm supplies (分别向华为、中兴等通信公司供货,
    产品主要配套三星、华为、海力士等知名品牌, 拥有华为、苹果…等长期合作的全球高端客户)."""
    start, end = clause_span(text, mention)
    if _WITHIN_BEFORE.search(text, start, mention.start):
        return False  # 已成为辖区内华勤、龙旗…等龙头企业的重要供货商: customers the zone hosts
    if (_CUSTOMERS_BEFORE.search(text, start, mention.start) or _SUPPLIER_OF_AFTER.match(text, mention.end)
            or _CUSTOMERS_AFTER.match(text, mention.end, end)):
        return True
    if text.endswith(("在", "于"), start, mention.start) and _BIDS_AT_AFTER.match(text, mention.end, end):
        return True  # 公司产品在国家电网公司中标额排名湖南第一: the buyer whose tenders a firm won
    to = max(text.rfind("向", start, mention.start), _last_for(text, start, mention.start))
    supplied = _SUPPLIED.search(text, mention.end, end) if to >= 0 else None
    return supplied is not None and not _SERVICE_GIVEN.match(text, supplied.start())


# the tenders of the company just named: 在国家电网公司中标额…, 在中国移动集采中中标
_BIDS_AT_AFTER = re.compile(r"(?:公司|集团)?[^，。；、]{0,6}?(?:中标|招标|集采|采购)")


# what a zone gives its firms (为中兴能源、鹏成科技等23户企业提供施工用电): a service, the firms no customers
_SERVICE_GIVEN = re.compile(r"提供[^，。；]{0,8}?(?:服务|用电|用水|用气|供电|供水|供气|保障|支持|帮助|便利|指导|场地|用地|资金|贷款|融资|政策)")


# the zone's own ground just before a list of companies: 辖区内, 区内, 园区内 (not 省内, 国内)
_WITHIN_BEFORE = re.compile(r"(?:辖区|高新区|园区|区)内(?:的)?(?:[^，。；、]{1,12}、)*$")


def _last_for(text: str, start: int, end: int) -> int:
    """Where the last 为 (for) before a name stands in its clause, not 成为 or 作为: 可为京东方、…等知名企业进行配套."""
    at = text.rfind("为", start, end)  # (opening the clause too: …的企业，为国际家电巨头飞利浦…等配套生产)
    return at if at >= 0 and (at == 0 or text[at - 1] not in "成作认视列评称") else -1


# the list of customers a firm's products go to: 主要配套三星、华为…, 客户包括苹果、…
# (配套 as a verb, after its adverb: not 电子配套园二期、…, a park)
# …拥有华为、苹果、三星、特斯拉、宝马等长期合作的全球高端客户: a list the text closes as customers
_CUSTOMERS_AFTER = re.compile(r"(?:、[^，。；、]{1,12})*等?[^，。；、]{0,14}?(?:客户|用户)(?:群)?(?:[，。；]|$)")
_CUSTOMERS_BEFORE = re.compile(rf"(?:(?:{'|'.join(SUPPLY_ADVERBS)})配套|供货给|供应给|客户(?:包括|有|涵盖|遍及|以|主要(?:是|为|有)?))"
                               r"(?:[^，。；、]{1,12}、)*$")


# the firm named before is whom a zone's firm supplies: 是国家电网、南方电网的优秀供应商, 作为京东方的主要配套供应商,
# 波音、空客等国际知名航空企业的零部件供应商 (not 是全国最大的轮速传感器供应商: the firm is the supplier)
# (or its partner: 成为三星和美光等国际巨头的核心合作伙伴)
# (a model after the customer: 是空客A320、A350等主力机型的重要复合材料供应商)
_SUPPLIER_OF_AFTER = re.compile(r"[A-Za-z0-9\-]{0,8}(?:[、和及与][^，。；、]{2,12}?|[，,][A-Za-z\u4e00-\u9fff]{2,5}(?=[，,、等]))*(?:等[^，。；的]{0,12})?的[^，。；的]{0,8}?(?:供应商|配套商|供货商|合作伙伴)"
                                r"|(?:一级|二级|核心|重要|主要)(?:供应商|配套商|供货商)")  # 小鹏汽车一级供应商江苏博俊…
# (short items may be joined by commas: 已成为华为、阿里巴巴，IBM，微软等国内外知名企业的重要合作伙伴)


# the one company the sentence places in the zone: 位于惠州仲恺高新区的旭硝子显示玻璃（惠州）有限公司
# (…的企业西安爱生技术集团有限公司; not a park placed there: 位于潍坊高新区的潍柴国际配套产业园开工建设, whose firms are the zone's)
_PLACED_IN = re.compile(r"位于[^，。；、]{2,16}?(?:高新区|园区|开发区)的(?:企业|公司)?(?![^，。；、]{2,16}?(?:产业园|园区|科技园|基地|科学城)[^，。；、]{0,4}[，。；])")


# 阿里巴巴、华为、浪潮落户郑州市郑东新区，新华三…落户郑州高新区: a clause settling its companies in another area
_SETTLES_IN = re.compile(r"(?:签约)?(?:落户|入驻|进驻|落地|扎根)(?:于|在|到)?")
_AREA_AFTER_PLACE = re.compile(r"(?:(?![，。；、])[\u4e00-\u9fff]){0,6}?(?:新区|开发区|经开区|园区|自贸区|[区县])")


def _settles_in_another_area(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company's clause settles it in an area of a place (…落户郑州市郑东新区) that is no
    high-tech zone and none of the zone's own (not 落户滨江区 in 杭州高新区（滨江）)."""
    end = min((at for at in (text.find(mark, mention.end) for mark in "，。；") if at >= 0), default=len(text))
    verb = _SETTLES_IN.search(text, mention.end, end)
    if verb is None or "高新" in text[verb.end() : end]:
        return False
    place = place_at(text, verb.end())
    area = _AREA_AFTER_PLACE.match(text, verb.end() + len(place), end) if place is not None else None
    if area is None:
        # …等国内一流生物养殖和食品制造企业相继进驻贵州: settling in a province, named alone, is no settling in the zone
        # (not the four cities at that level: 落户上海)
        return place is not None and place in province_forms(with_municipalities=False) and verb.end() + len(place) == end
    return _another_area(area, zone)


def _another_area(area: re.Match, zone: Entity) -> bool:
    """Whether an area a company settles in is another than the zone (not 滨江区 of 杭州高新区（滨江）)."""
    own_words = area.group(0).rstrip("区县")[:2]
    return not own_words or not _in_the_zones_names(own_words, zone)


def _in_the_zones_names(words: str, zone: Entity) -> bool:
    """Whether an area's own words stand in one of the zone's names (滨江 in 杭州高新区（滨江）)."""
    return any(words in form for form in (zone.name, *zone.forms))


def _placed_elsewhere(text: str, mention: Mention) -> bool:
    """Whether the sentence places another company in the zone (位于…高新区的X, …运到深圳市华星光电…):
    the others it names are its customers, suppliers or peers, wherever they are."""
    places = [match.end() for match in _PLACED_IN.finditer(text)]
    return (bool(places) and mention.start not in places
            and not (text[mention.start - 1 : mention.start] in _JOINED_TO_THE_PLACED
                     and _placed_just_before(text, mention.start, places)))


# a second company joined to the one placed there: 位于济南高新区的华熙生物科技股份有限公司和福瑞达生物科技有限公司
# (not 与: the partner it signs with)
_JOINED_TO_THE_PLACED = ("和", "及", "、")


def _placed_just_before(text: str, start: int, places: list[int]) -> bool:
    """Whether the company before the joiner at ``start`` is the one placed in the zone: it opens right
    where a 位于…的 ends, and the joiner follows it (…的华熙生物科技股份有限公司和|福瑞达…)."""
    return any(place < start - 1 and start - 1 - place <= 24 and not re.search(r"[，。；]", text[place : start - 1]) for place in places)


def _name_short_zones(texts: dict[int, str], found: dict[int, list[Mention]]) -> None:
    """A zone the text names, then gives a short form (南京江宁高新技术产业开发区（简称“江宁高新区”）):
    the short form, there and wherever the document uses it, is that zone."""
    full_of: dict[str, Mention] = {}
    for index, mentions in found.items():
        zones = [m for m in mentions if m.kind == "Zone"]
        for full, short in zip(zones, zones[1:]):
            given = SHORT_FORM.match(texts[index], full.end)
            if given is not None and given.span(1) == short.span and short.name != full.name:
                full_of[short.name] = full
    _rename_zones(found, {short: (full.name, full.extra.get("zone")) for short, full in full_of.items()})


def _rename_zones(found: dict[int, list[Mention]], names: dict[str, tuple[str, ZoneRecord | None]]) -> None:
    """Every zone mention of the document named by a key of ``names`` takes that name and record."""
    for mentions in found.values():
        for m in mentions:
            if m.kind == "Zone" and m.name in names:
                m.name, m.extra["zone"] = names[m.name]


def _zones_named_with_their_city(found: dict[int, list[Mention]]) -> None:
    """A zone no list holds, named once with its city and once without (长沙宁乡高新区, 宁乡高新区;
    南京江宁高新技术产业开发区, 江宁高新技术产业开发区): one zone, by the fuller name, wherever the document
    uses the shorter."""
    named = {m.name for mentions in found.values() for m in mentions if m.rule == "zone-pattern"}
    _rename_zones(found, {short: (full, None) for short in named for full in named
                          if len(full) > len(short) and full.endswith(short)
                          and place_at(full[: len(full) - len(short)], 0) == full[: len(full) - len(short)]})


def _zones_named_by_their_county(found: dict[int, list[Mention]]) -> None:
    """A zone no list holds whose place is inside the name of a national zone the document names (大冶市高新区
    beside 黄石大冶湖高新区, the zone in 大冶市): that national zone, where only one such is named."""
    known = {m.extra["zone"].name: m.extra["zone"] for mentions in found.values() for m in mentions
             if m.kind == "Zone" and m.extra.get("zone") is not None}
    renamed = {}
    for name in {m.name for mentions in found.values() for m in mentions if m.rule == "zone-pattern"}:
        place = name.split("高新", 1)[0]
        fits = [zone for zone in known.values() if place in zone.prefix and zone.prefix != place] if len(place) >= 2 else []
        if len(fits) == 1:
            renamed[name] = (fits[0].name, fits[0])
    _rename_zones(found, renamed)


def _zones_of_articles(sentences: list[Sentence], zone_names: dict[int, list[tuple[Mention, str]]],
                       found: dict[int, list[Mention]], registry: Registry, document: str) -> dict[int, str | None]:
    """On a page that runs several articles, each article's zone by its first sentence's index: the zone it
    names most, or, naming none, the zone of its policies' titles (《泉州高新技术产业开发区主园区发展规划》日前出台)
    or of the city it means by a bare 高新区; none for an article of no zone. Empty for a page of one article,
    or whose articles name no zone or one zone only, unless an article of four sentences or more is of none
    (a visit to 本溪's 高新区 before an article on 长春净月高新区: not 净月's)."""
    articles = [part for article in page_articles(sentences) for part in _split_at_zone_titles(article, zone_names)]
    if len(articles) < 2:
        return {}
    zones: dict[int, str | None] = {}
    sizes: dict[int, int] = {}
    for article in articles:
        zone = article_zone(article, zone_names)
        if zone is None and not any(zone_names.get(s.index) for s in article):
            titled = _zones_of_titles(m for s in article for m in found[s.index])
            record = _zone_of_titles_or_city(titled, "".join(s.text for s in article))
            zone = registry.ensure("Zone", record.name, None, document, zone=record).name if record else None
        zones[article[0].index], sizes[article[0].index] = zone, len(article)
    named = {zone for zone in zones.values() if zone is not None}
    if len(named) >= 2 or (named and any(zone is None and sizes[start] >= 4 for start, zone in zones.items())):
        return zones
    return {}


def _split_at_zone_titles(article: list[Sentence], zone_names: dict[int, list[tuple[Mention, str]]]) -> list[list[Sentence]]:
    """An article as found, split where a title naming one zone follows body text (【壮丽70年·奋斗新时代】合肥高新区管委会
    三让办公楼之后, after 秀洲's item that the page finder ran into 合肥's): each part an article of its own."""
    parts: list[list[Sentence]] = [[]]
    for sentence in article:
        named = {name for mention, name in zone_names.get(sentence.index, ()) if not mention.in_list}
        if sentence.heading and len(named) == 1 and any(not s.heading for s in parts[-1]):
            parts.append([])
        parts[-1].append(sentence)
    return parts


def _zones_of_titles(mentions: Iterable[Mention]) -> dict[str, ZoneRecord]:
    """The zones the policies' titles name (《泉州高新技术产业开发区主园区发展规划》), by name."""
    return {z.extra["zone"].name: z.extra["zone"] for m in mentions if m.kind == "Policy"
            for z in find_zones(m.surface) if z.extra.get("zone") is not None}


def _zone_of_titles_or_city(titled: dict[str, ZoneRecord], text: str) -> ZoneRecord | None:
    """The zone of a text that names none outside titles: its policies' (《泉州高新技术产业开发区主园区发展规划》
    is its zone's), or the city's it means by a bare 高新区 (到高新区调研, 张新民对高新区的迅猛发展…)."""
    return (_most_placed(titled, text) if titled else None) or zone_of_a_page(text)


def _most_placed(zones: dict[str, ZoneRecord], text: str) -> ZoneRecord | None:
    """Of the zones a page's titles name, the one whose place the page names most (a 齐齐哈尔 page
    citing 《国务院关于同意哈尔滨、大庆、齐齐哈尔高新技术产业开发区…的批复》), if one leads."""
    if len(zones) == 1:
        return next(iter(zones.values()))
    counts = sorted(((sum(text.count(cue) for cue in place_cues(record.name, record.city)), name)
                     for name, record in zones.items()), reverse=True)
    return zones[counts[0][1]] if counts[0][0] > counts[1][0] else None


def _place_cues(zone: Entity) -> tuple[str, ...]:
    """Words that place a sentence in a zone without naming it: 黄冈, 攀枝花 (city), 钒钛 (prefix)."""
    return place_cues(zone.name, zone.zone.city if zone.zone is not None else None)


def _the_citys_own(text: str, mention: Mention, place: str, zone: Entity) -> bool:
    """Whether a sector written right after the zone's city (内江电子信息产业) is the city's: not when it
    opens a list (围绕自贡节能环保、高端装备制造…等五大战略性新兴产业: the place names the whole list), nor
    in the title of a base the zone holds (国家火炬计划德阳精细化工特色产业基地) or a cluster's name."""
    end = mention.extra.get("phrase_end", mention.end)
    return (place in (_city_of(zone), zone.zone and zone.zone.city) and not text.startswith("、", end)
            and not mention.extra.get("base_title") and _CLUSTER_NEXT.match(text, end) is None)


# 玉溪生物医药产业集群, 成都电子信息产业功能区: a cluster or area the zone has a part in
_CLUSTER_NEXT = re.compile(r"(?:产业)?(?:(?:创新型)?集群|功能区|生态圈)")


def _city_of(zone: Entity) -> str | None:
    """The zone's city as a text names it (无锡, 攀枝花), from its record."""
    return zone.zone.city.rstrip("市") if zone.zone is not None and zone.zone.city else None


def _cluster_form(mention: Mention) -> str:
    """The form a cluster is written in: its words as the text writes them, or, for one of a list's
    clusters (新材料、生物医药…等五大产业集群), its sector and head alone (新材料产业集群), not the list."""
    return mention.name if any(j in mention.surface for j in "、，") else mention.surface


def _zone_cluster(zone: Entity, mention: Mention, registry: Registry, document: str, sentence: Sentence) -> Entity:
    """The cluster ``mention`` names, as the zone's: 安阳高新区 + 先进钢铁材料制品制造产业集群, also by the
    zone's short names this document writes (河源国家高新区电子信息产业集群, 中关村航空航天产业集群)."""
    place = zone_prefix(zone.name)
    concept = mention.extra["sector"].extra.get("concept")
    name = registry.cluster_name(zone.name, str(concept.iri) if concept is not None else None,
                                 place + "高新区" + mention.name, (document, sentence.index))
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


def _zone_just_before(text: str, at: int, place: str, registry: Registry, document: str) -> Entity | None:
    """The zone named right before ``at`` (a quote between at most) whose name opens with ``place``."""
    zone = _zone_ending(text[max(0, at - 16) : at].rstrip("“\"‘ "), registry, document)
    return zone if zone is not None and zone_prefix(zone.name).startswith(place) else None


# a title published: 杭州高新区（滨江）发布《…》, 当地新发布的《…》
_PUBLISHES = re.compile(r"(?:近日|日前|正式|新|同步|密集|相继|先后|陆续|集中|连续|再次)?(?:发布|颁布|提出)(?:了|的)?(?:一份|一批|一系列)?$")


# a title joined to the one before it, with that one's short name declared between them
# (or a policy's quoted short name right before another's: 发布了“科创九条”“复工复产十条”等…政策)
_JOINED_TITLE = re.compile(r"(?:《[^《》]{2,80}》(?:[（(](?:以下)?简称[^（）()]{1,20}[）)])?(?:和|、|及|以及|与)|“[^“”]{2,20}”(?:和|、|及|与)?)$")


def _published_by(zone: Entity, text: str, start: int, registry: Registry, document: str) -> bool:
    """Whether the zone (or 当地, the place the page is about) publishes the title at ``start``; what
    another body publishes (科技部火炬中心发布《关于通报…的通知》) the zone need not carry out."""
    while (joined := _JOINED_TITLE.search(text, max(0, start - 120), start)) is not None:
        start = joined.start()  # 发布的《A》（以下简称《行动方案》）和《B》: B is published too
    verb = _PUBLISHES.search(text, max(0, start - 8), start)
    if verb is None:
        return False
    before = _ADVERBS_AT_END.sub("", text[max(0, verb.start() - 20) : verb.start()])  # 合肥高新区率先发布《…》
    if (not before or before[-1] in "：:，,；") and not _ANOTHER_BODY.search(text, 0, verb.start()):
        return True  # 一项项政策发布，…：发布“高光20条”支持政策: the sentence's zone, no other body named
    return before.endswith("当地") or _zone_ending(before, registry, document) is zone


_ANOTHER_BODY = re.compile(r"国务院|中央|部|委|厅|局|政府|省|市")


# (and a date: 合肥高新区主动作为，于2018年3月发布《…》; how soon: 西安高新区紧急发布《…十条举措》)
_ADVERBS_AT_END = re.compile(r"(?:率先|正式|近日|日前|近期|先后|相继|陆续|再次|首次|紧急|迅速|及时|专门|第一时间|还|也|又|已|在全国|于|\d{4}年|\d{1,2}月|\d{1,2}日)+$")


def _zone_ending(window: str, registry: Registry, document: str) -> Entity | None:
    """The zone whose name ends ``window`` (安阳高新区 of …：安阳高新区), if any."""
    found = [m for m in find_zones(window) if m.end == len(window)]
    if not found:
        return None
    candidates = found[-1].extra.get("candidates")
    if candidates is not None:  # 火炬高新区…产业集群: a form two zones share is the one this page named
        named = [registry.entities[("Zone", z.name)] for z in candidates if ("Zone", z.name) in registry.entities
                 and document in registry.entities[("Zone", z.name)].documents]
        return named[0] if len(named) == 1 else None
    return registry.resolve(found[-1], document)


def _district_before(text: str, end: int, zone: Entity | None) -> str | None:
    """The district, county or town named right before ``end`` (…、樊城区|航空航天…产业集群, 东凤镇|数智家电…),
    none of the zone's own names holding it."""
    for size in (3, 4):
        district = district_at(text, end - size) if end >= size else None
        if district is not None and len(district) == size:
            if text[end - size - 1 : end - size] in ("·", "•", "・"):
                return None  # 荆门高新区·掇刀区新能源新材料产业: the district the zone is run with
            return None if zone is not None and _in_the_zones_names(district.rstrip("区县"), zone) else district
    town = _TOWN_BEFORE.search(text, max(0, end - 4), end)  # 东凤镇|数智家电产业集群: a town's, as a district's
    return town.group() if town and not (zone is not None and _in_the_zones_names(town.group()[:-1], zone)) else None


# a town named right before a cluster, a name of its own after a list mark or a clause's start (…、东凤镇, 沙溪镇;
# not the end of a longer word, nor a 特色小镇)
_TOWN_BEFORE = re.compile(r"(?<![\u4e00-\u9fff]{3})[\u4e00-\u9fff]{2,3}(?<!小)镇$")


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


def _place_named_before(text: str, end: int) -> str | None:
    """The place (and development area) that ends right before ``end``: 许昌, 汉川经开区."""
    for area in ("", *AREA_WORDS):
        stop = end - len(area)
        if area and not text.startswith(area, stop):
            continue
        start = place_before(text, stop, longest=5)
        if start < stop:
            return text[start:end]
    return None


# a sector said to be a place's leading one: …产业是扬州工业经济的主导产业 (not …是高新区的主导产业)
# (or the last of a list of them: 新能源电池、汽车装备、…、生物医药是荆门市重点培育的战略性新兴产业; or one of its directions:
# 生物医药健康产业更是石家庄“4+4”现代产业发展方向之一)
_PLACES_SECTOR = re.compile(r"(?:[、和及][^，。；、]{2,12}?)*(?:产业|行业)?(?:更|也|都|均)?(?:是|为|作为)([^，。；]{2,12}?)"
                            r"(?:的(?:[^，。；]{0,6}?(?:主导|支柱|首位|优势|重点|新兴|特色))?产业|的(?:主导|支柱|首位|优势|重点)产业"
                            r"|[^，。；]{0,4}?产业发展方向之一)")
# or our city's, its rank before it: 非织造布产业是我市第一大支柱产业
_OUR_CITYS_SECTOR = re.compile(r"(?:产业|行业)?(?:是|为|作为)(?:我市|全市|本市|我省|全省)(?:的)?(?:第[一二三]大|首位|传统)?"
                               r"(?:主导|支柱|首位|优势|重点|特色)产业")


def _a_places_leading_sector(text: str, mention: Mention) -> bool:
    """Whether the sector is said to be a place's leading sector, a place other than a zone (扬州工业经济,
    我市)."""
    end = mention.extra.get("phrase_end", mention.end)
    said = _PLACES_SECTOR.match(text, end)
    return bool(said and place_at(said.group(1), 0) is not None and not find_zones(said.group(1))) or bool(
        _OUR_CITYS_SECTOR.match(text, end))


def _part_of_another_area(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the part of the sentence after its last ； before the mention opens with a development
    area that is no high-tech zone (attribution.another_area_subject) or another place acting
    (…；黄冈结合自身资源…，大力发展医疗器械…), and names no zone before it."""
    start = text.rfind("；", 0, mention.start) + 1
    if start == 0 or any(m.kind == "Zone" for m in find_zones(text[start : mention.start])):
        return False
    place = place_at(text, start)
    acting = (place is not None and _PLACE_ACTS.match(text, start + len(place)) is not None
              and _names_other_place(place, zone) and not any(name.startswith(place) for name in (zone.name, *zone.forms)))
    return acting or another_area_subject(text[start:])


def _headed_by_another_area(text: str, mention: Mention) -> bool:
    """Whether a development area that is no zone heads the list the sector is in, its name right before
    the list (在漕河泾新兴技术开发区微电子、光电子、计算机及其软件和新材料四大产业的基础上)."""
    head = _AREA_BEFORE_A_LIST.search(text, max(0, mention.start - 40), mention.start)
    return head is not None and not any(m.end >= head.end(1) > m.start for m in find_zones(text[: head.end(1)]))


# a development area's name, then the items of a list up to the sector (…开发区微电子、光电子、…软件和)
_AREA_BEFORE_A_LIST = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:新兴技术|经济技术|经济)?开发区)(?:[^，。；、]{2,12}、)*(?:[^，。；、]{2,12}[和及与])?$")


_PLACE_ACTS = re.compile(r"(?:市|区|县)?(?:则|结合|依托|立足|围绕|聚焦|重点|正|也|将|还|已|要|大力|着力|加快|积极|全力|持续)")


def _clause_of_another_place(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the mention's clause opens with a place other than the zone's (its city included) and
    does not name the zone: that place is the clause's subject."""
    start, end = clause_span(text, mention)
    opening = _clause_opening(text, start, end)
    if not opening or not _names_other_place(opening, zone):
        return False
    place = place_at(opening, 0)
    if any(name.startswith(place) for name in (zone.name, *zone.forms)):
        return False  # 杨凌围绕打造…: the zone's own place name (杨凌示范区)
    if _RANKED_IN_A_PLACE.match(opening, len(place)):
        return False  # 四川惟一的节能环保装备制造示范基地: what the zone is, ranked within the place
    return not any(m.kind == "Zone" for m in find_zones(text[start:end]))


_RANKED_IN_A_PLACE = re.compile(r"(?:省|市)?(?:惟一|唯一|首个|首家|第一|最大)")


def _elected_to(text: str, mention: Mention) -> bool:
    """Whether the sentence says a person was elected a member of the body the mention names (当选…院士),
    wherever else it names the body."""
    return "当选" in text and re.search(
        f"当选[^，。；]{{0,6}}?{re.escape(mention.surface)}(?:外籍)?(?:院士|会士|成员)", text) is not None


# the zone's city, named as a city, doing or planning: 鄂尔多斯市提出构建能源、现代煤化工…4个世界级产业
_CITY_DOES = re.compile(r"(?:委|政府|委、市政府|委市政府)?(?:提出|计划|构建|打造|正|也|将|还|要|坚持|围绕|着力|加快|大力|发布|出台|印发"
                        r"|十分重视|高度重视|一直|始终|积极)")


def _city_speaks(opening: str, zone: Entity) -> bool:
    """Whether ``opening`` starts with the zone's city, written with 市 (河源市), or without it where the zone is
    named after another place (常州十分重视… of 武进高新区), as the subject of a verb."""
    city = zone.zone.city if zone.zone is not None else ""
    if not (city.endswith("市") and len(city) >= 3):
        return False
    bare = city[:-1]
    said = city if opening.startswith(city) else bare if (
        len(bare) >= 2 and opening.startswith(bare) and bare not in zone.name) else ""
    return bool(said) and _CITY_DOES.match(opening, len(said)) is not None


_TIME_OPENING = re.compile(r"(?:\d{4}年(?:\d{1,2}月(?:[—-]\d{1,2}月)?)?|近年来|今年以来|去年以来?|目前|同时|此外)[，,]|(?:近日|日前)[，,]?")


_PROVINCE_OR_CITY_BEFORE = re.compile(r"(?:我|全|本)(?:省|市)(?:的)?$")


# a firm written with a bare 省 opening its name: the province's own (省金控集团, 省交通投资集团), no firm of a zone
_PROVINCES_OWN_FIRM = re.compile(r"省(?![内外级])[\u4e00-\u9fff]{2,}")


def _the_provinces_or_citys_firm(text: str, mention: Mention) -> bool:
    """Whether a company opens a list the province's or city's own words head, in a sentence naming no
    zone (今年我省颠峰软件等26家服务外包企业…获得…资金支持): the province's firms, not the zone's."""
    return (_PROVINCE_OR_CITY_BEFORE.search(text, 0, mention.start) is not None
            and _names_no_zone_word(text))


def _sentence_of_its_city_or_province(text: str, zone: Entity) -> bool:
    """Whether the sentence opens with the zone's city, written with 市, as its subject, and names no
    高新区 or 开发区 (2024年，河源市围绕…重点产业，…引进华勤技术、赛锐科技等…项目: the city's), or speaks
    of investment in a province by its one-character name (新加坡在川直接投资…主要分布在电子元器件、…)."""
    if not _names_no_zone_word(text):
        return False
    time = _TIME_OPENING.match(text)
    return _city_speaks(text[time.end() if time else 0 :], zone) or _INVESTED_IN_A_PROVINCE.search(text) is not None


# investment in a province named by its one-character name: 新加坡在川直接投资, 对川投资, …等新加坡知名企业均在川创业发展
_INVESTED_IN_A_PROVINCE = re.compile(r"[在对来赴][川蜀渝黔滇陕甘青宁藏蒙晋冀豫鲁苏浙皖闽赣湘鄂粤桂琼辽吉黑](?:直接)?(?:投资|创业|设立|落户|布局)")


def _clause_of_its_city(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the mention's clause opens with the zone's city, written with 市, as its subject (not the
    place in the zone's own name, 杨凌围绕…, nor the zone itself)."""
    return _city_speaks(_clause_opening(text, *clause_span(text, mention)), zone)


def _clause_opening(text: str, start: int, end: int) -> str:
    """The clause ``text[start:end]`` without the quote marks that open it."""
    return text[start:end].lstrip("“\"‘ ")


def _outside(place: str, zone: Entity) -> bool:
    """Whether a place (许昌, 汉川经开区) lies outside the zone: neither its city nor its province."""
    province = zone.zone.province if zone.zone is not None else ""
    if province and (place == province or place == province.rstrip("省") or place.startswith(province)):
        return False  # 湖南省新型显示产业重要承载区: the zone's province
    return _names_other_place(place, zone)


def _names_other_place(title: str, zone: Entity) -> bool:
    """Whether a title begins with a place other than the zone's (《三河市…办法》 in 燕郊高新区), or
    with its city named as a city (《怀化市…行动计划》)."""
    own = {zone_prefix(zone.name), *(f for f in zone.forms)}
    if any(title.startswith(form) for form in own if form):
        return False
    city = _city_of(zone)
    if city and title.startswith(city + "市"):
        return True  # 《怀化市新型显示产业链发展三年行动计划》: the zone's city's own, named as the city
    if city and title.startswith(city):
        return False
    return place_at(title, 0) is not None


_PLAN_YEAR = re.compile(r"二[〇0○零]?三五年")
_PLAN_SUFFIX = re.compile(r"(?:纲要)?(?:草案)?$")


def _plan_key(name: str) -> str:
    """A five-year plan's title as the same plan is written in other ways on one page (2035 or
    二〇三五, 二0三五; with or without 纲要): its name, where it is not one."""
    if "国民经济和社会发展" not in name:
        return name
    return _PLAN_SUFFIX.sub("", _PLAN_YEAR.sub("2035年", name))


def _resolve_policy(mention: Mention, registry: Registry, document: str, seen: list[Entity]) -> Entity | None:
    """A policy entity; 《意见》-style short titles refer back to the last full title they end."""
    short = mention.surface.strip("《》")
    if mention.extra.get("short"):
        for earlier in reversed(seen):
            if earlier.name.endswith(short) and SHORT_TITLE.match(short):
                earlier.forms.add(short)
                return earlier
        return None
    for earlier in reversed(seen):  # （以下简称《投资计划》）, and 《投资计划》 after it: the policy named before
        short_for = mention.extra.get("short_for")
        if (short_for is not None and (earlier.name == short_for or short_for in earlier.forms)) or (
                short in earlier.forms and short != earlier.name):
            earlier.forms.add(short)
            return earlier
    key = _plan_key(mention.name)
    for earlier in reversed(seen):  # …和2035年远景目标纲要 and …和二〇三五年远景目标纲要: one plan, written two ways
        if key != mention.name and _plan_key(earlier.name) == key:
            earlier.forms.add(mention.surface.strip("《》"))
            return earlier
    policy = registry.resolve(mention, document)
    if policy is not None:
        seen.append(policy)
    return policy
