"""Industry mentions from the SKOS taxonomy of data/, and named industrial clusters."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import HAN, Gazetteer, Mention, cut_after_boundary
from zonegraph.reference import IndustryConcept, cluster_nicknames, industries, stopwords

_CLUSTER_WORD = re.compile(r"(?:产业)?集群")
# 创新型特色产业集群（电子元器件及设备制造）: the sector follows in brackets
_BRACKETED = re.compile(rf"(?:创新型)?(?:特色)?产业集群（([{HAN}A-Za-z0-9、及和与]{{2,20}})）")
# 动力装备、新一代信息技术、医养健康等3个产业集群 / 集成电路产业集群
# “中国声谷”, “细胞谷”: a cluster known by its nickname (data/cluster_nicknames.csv gives the sector)
_NICKNAME = re.compile(rf"“((?:中国)?([{HAN}]{{1,3}}谷))”")
# …等3个产业集群, …三大产业创新集群, …等五大产业为主导的特色产业集群, …等主导、特色产业集群
_BEFORE = re.compile(
    r"((?:等\s*)?[\d一二三四五六七八九十两]*\s*[个大项]?(?:产业)?(?:为主导的)?"
    r"(?:(?:千亿级|百亿级|万亿级|主导|特色|创新型|优势|先进制造业|战略性新兴)、?)*(?:产业)?(?:创新)?集群)"
)


@lru_cache(maxsize=None)
def industry_gazetteer() -> Gazetteer[IndustryConcept]:
    return Gazetteer((label, concept) for concept in industries() for label in concept.variants)


@lru_cache(maxsize=None)
def industry_labels() -> frozenset[str]:
    return frozenset(label for concept in industries() for label in concept.variants)


def find_industries(text: str) -> list[Mention]:
    mentions = []
    for a, b, surface, concept in industry_gazetteer().find(text):
        # 产业 after a label is part of the phrase (生物医药产业), so that it is not read alone
        if text.startswith("产业", b) and surface + "产业" not in industry_labels():
            b_extended = b + 2
        else:
            b_extended = b
        mentions.append(
            Mention("Industry", a, b, surface, concept.label, "industry-taxonomy", extra={"concept": concept, "phrase_end": b_extended})
        )
    _mark_lists(text, mentions)
    return mentions


def _mark_lists(text: str, mentions: list[Mention]) -> None:
    for left, right in zip(mentions, mentions[1:]):
        if text[left.extra["phrase_end"] : right.start] in ("、", "和", "及", "与", "以及", "，"):
            left.in_list = right.in_list = True


def find_clusters(text: str, industry_mentions: list[Mention]) -> list[Mention]:
    """Clusters named by their sector: one per sector of a 产业集群 phrase."""
    if "集群" not in text and "谷" not in text:  # every rule below needs one of them
        return []
    clusters = []
    for match in _BRACKETED.finditer(text):
        for m in industry_mentions:
            if match.start(1) <= m.start and m.end <= match.end(1):
                clusters.append(_cluster(text, match.start(), match.end(), m, "cluster-bracketed"))
    clusters.extend(_nicknamed(text))
    # sectors listed directly before 产业集群
    groups: list[list[Mention]] = []
    for m in industry_mentions:
        if groups and text[groups[-1][-1].extra["phrase_end"] : m.start] in ("、", "和", "及", "与", "以及"):
            groups[-1].append(m)
        else:
            groups.append([m])
    for group in groups:
        tail = group[-1].extra["phrase_end"]
        follow = _BEFORE.match(text, tail)
        if follow and _CLUSTER_WORD.search(follow.group(0)):
            for m in group:
                clusters.append(_cluster(text, m.start, follow.end(), m, "cluster-sector-list"))
    return clusters


def _cluster(text: str, start: int, end: int, sector: Mention, rule: str) -> Mention:
    """A cluster is named by its sector as the text writes it (医养健康产业集群), zone prefix added later."""
    written = text[sector.start : sector.extra["phrase_end"]]
    written = written[:-2] if written.endswith("产业") else written
    if written.endswith(("业", "行业")) and len(written) >= 4:  # 现代服务业 -> 现代服务产业集群
        written = written[:-2] if written.endswith("行业") else written[:-1]
    return Mention("IndustrialCluster", start, end, text[start:end], written + "产业集群", rule, extra={"sector": sector})


def _nicknamed(text: str) -> list[Mention]:
    sectors = {n.nickname: n.sector for n in cluster_nicknames()}
    found = []
    for match in _NICKNAME.finditer(text):
        sector = sectors.get(match.group(2)) or sectors.get(match.group(2)[-2:])
        concept = next((c for c in industries() if sector in c.variants), None) if sector else None
        if concept is None:
            continue  # “中国碳谷”, “蓝色智谷”: a slogan unless the table knows the cluster
        stem = match.group(2)[:-1]
        surface = stem if len(stem) >= 2 else sector
        industry = Mention("Industry", match.start(1), match.end(1), surface, concept.label, "cluster-nickname",
                           extra={"concept": concept, "phrase_end": match.end(1)})
        found.append(Mention("IndustrialCluster", match.start(1), match.end(1), match.group(1),
                             concept.label + "产业集群", "cluster-nickname", extra={"sector": industry}))
    return found


# a list the text heads as sectors: 软件及电子信息、生物科技、卫星导航应用等主导、特色产业集群
SECTORS_HEAD = re.compile(
    r"等\s*[\d一二三四五六七八九十两]*\s*[个大项]?(?:(?:主导|特色|优势|新兴|战略性新兴|支柱|重点|先导|未来)、?)*(?:产业|行业)"
)
_SECTOR_LIST = re.compile(rf"((?:[{HAN}A-Za-z0-9]{{2,14}}、)+[{HAN}A-Za-z0-9]{{2,10}})(?={SECTORS_HEAD.pattern})")
_SECTOR_SUFFIX = re.compile(r"(?:产业|行业)$")


def find_listed_sectors(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Sectors the taxonomy does not know, named in a list the text heads as sectors next to one it
    knows: 生物科技 and 卫星导航应用 in 软件及电子信息、生物科技、卫星导航应用等主导、特色产业集群.
    Their name is the item as written, minus a trailing 产业 or 行业; they have no taxonomy concept."""
    found = []
    for match in _SECTOR_LIST.finditer(text):
        items, position = [], match.start(1)
        for item in match.group(1).split("、"):
            items.append((position, position + len(item)))
            position += len(item) + 1
        first_start, first_end = items[0]
        items[0] = (cut_after_boundary(text, first_start, first_end, stopwords("words/left_boundaries.txt"), keep=2),
                    first_end)
        def covered(a: int, b: int) -> bool:
            return any(m.start < b and a < m.end for m in known) or any(s < b and a < e for s, e in taken)
        if not any(covered(a, b) for a, b in items):
            continue  # no sector the taxonomy knows: perhaps no list of sectors at all
        for a, b in items:
            name = _SECTOR_SUFFIX.sub("", text[a:b])
            if covered(a, b) or not 2 <= len(name) <= 8:
                continue
            found.append(Mention("Industry", a, a + len(name), name, name, "industry-listed", True,
                                 extra={"concept": None, "phrase_end": b}))
    return found
