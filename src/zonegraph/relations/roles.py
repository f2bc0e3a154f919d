"""Marks on mentions that a sentence gives another role than the zone's: a sector an organisation works
in, a company's products, the segments of a cluster, what the zone owns or heads."""

from __future__ import annotations

import re

from zonegraph.documents.model import Document, Sentence
from zonegraph.entities.registry import Registry
from zonegraph.mentions import Mention
from zonegraph.mentions.base import chars_but, NUMERAL
from zonegraph.mentions.organizations import PLACE_QUALIFIER_BEFORE
from zonegraph.relations.cues import clause_start
from zonegraph.relations.facts import Fact
from zonegraph.relations.places import ZONE_WORDS


# words that open a sentence before its subject: a source (据介绍), a time (目前, 近年来), a link (同时)
_OPENING_FILLER = re.compile(r"(?:据介绍|据悉|据了解|同时|目前|此外|其中|近年来|今年以来|另外|如今|此次|本次)[，,]?"
                             r"|[\u4e00-\u9fff]{2,8}?(?:介绍|表示|指出)[，,：:]")  # 侯建国介绍，: who says it


# an institute or a company the sentence refers back to: 该中心, 这家企业, 该公司
_BODY_PRONOUN = re.compile(r"(?:该|这家|这个|此)(?:中心|研究院|研究所|实验室|平台|公司|企业|集团)"
                           r"|公司(?=始终|一直|主要|致力|专注|主营|长期)")  # 公司始终瞄准光通信产业领域: "the company" as the subject


def mark_sectors_of_an_organisation(mentions: list[Mention], text: str) -> None:
    """A sentence whose subject is an institute or a company, and that names no zone, tells that body's
    fields (香港理工大学无锡科技创新研究院…将打造在航空航天、生物医药…等领域的…平台, 华工科技…聚焦工业软件、
    人工智能…等领域): its sectors are not the zone's. The held-out pages give such sectors to the
    zone in 7 facts of 39."""
    if any(m.kind == "Zone" for m in mentions) or ZONE_WORDS.search(text):
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


def mark_sectors_of_a_sector_as_subject(mentions: list[Mention], text: str) -> None:
    """A sentence whose subject is a sector, and that names no zone, says what that sector is or does in
    general (低空经济，一端连接着航空制造、新材料、动力电池等先进制造业集群…; 算力不仅能训练…，还深刻影响着自动驾驶、
    智能机器人…等领域): its sectors and clusters are not the zone's."""
    if any(m.kind == "Zone" for m in mentions) or ZONE_WORDS.search(text):
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


def mark_products_of_a_company(mentions: list[Mention], text: str) -> None:
    """A sector written right after a company's name (宏达电子5G电子元器件、阿里云智能物联网产业基地项目) names
    what that company makes or builds there, its project, not a sector of the zone."""
    companies = [m for m in mentions if m.kind == "Enterprise"]
    for mention in mentions:
        if mention.kind == "Industry" and any(
                (c.end <= mention.start <= c.end + 2 and _GLUED.fullmatch(text, c.end, mention.start))
                or PLACE_QUALIFIER_BEFORE.fullmatch(text, c.end, mention.start) for c in companies):
            mention.extra["of_an_organisation"] = True  # (格力电器（桂林）智能制造生产基地: its plant in a city)


def mark_fields_a_body_works_in(mentions: list[Mention], text: str) -> None:
    """The fields a company or an institute is said to work in, right after its name (依托科大国创在软件、大数据、
    云计算等领域深耕多年的经验): that body's fields, not sectors of the zone."""
    ends = [m.end for m in mentions if m.kind in ("Enterprise", "ResearchInstitute") and text.startswith("在", m.end)]
    # (or the body the sentence calls 其: 目前，其已在航空航天关键部件、锂离子电池、…等前沿领域取得…)
    ends += [match.end() for match in _IT_ALREADY.finditer(text)] if "其" in text else []  # (every match holds 其)
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


_GLUED = re.compile(chars_but(r"\u4e00-\u9fffA-Za-z0-9", "等和及与的为是在") + "{0,2}")  # (not 伟巴斯特等汽配龙头: the firms' sector)


# the segments a sentence names for the cluster it is about: 围绕光通信、激光、光学镜头、光电显示等四大细分领域，
# 福州高新区已经形成…的光电产业集群
_SEGMENTS = re.compile(rf"等[{NUMERAL}]*大?细分(?:领域|产业|行业|方向|赛道)")


def cluster_segments(mentions: list[Mention], sentence: Sentence, said: list[Fact], document: Document,
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


def mark_tied_to_the_zone_before(mentions: list[Mention], text: str, zones: list[tuple[Mention, str]]) -> None:
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
