"""Named industrial clusters: 产业集群 with their sector, nicknames (光谷, 药谷), clusters named by their zone."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zonegraph.mentions.base import (
    HAN,
    Mention,
    NUMERAL,
    chars_but,
    boundary_words,
    cut_after_boundary,
    is_everyday_phrase,
    long_boundary_words,
    small_count,
)
from zonegraph.mentions.organizations import everyday_words, is_everyday
from zonegraph.mentions.industries import DESCRIBED, OUTPUT_GRADE, SectorSentence, unknown_sectors, zones_own_words
from zonegraph.mentions.industries.unknown import sector_qualifiers
from zonegraph.reference import cluster_nicknames, industries, zones

# (产业群 is a cluster too, 打造…精准医疗产业群; its 群 stands alone after a sector that took the 产业)
_CLUSTER_WORD = re.compile(r"(?:产业)?集群|群")
# 创新型特色产业集群（电子元器件及设备制造）: the sector follows in brackets
_BRACKETED = re.compile(rf"(?:创新型)?(?:特色)?产业集群（([{HAN}A-Za-z0-9、及和与]{{2,20}})）")
# 动力装备、新一代信息技术、医养健康等3个产业集群 / 集成电路产业集群
# “中国声谷”, “细胞谷”: a cluster known by its nickname (data/cluster_nicknames.csv gives the sector)
_NICKNAME = re.compile(rf"“((?:中国)?([{HAN}]{{1,3}}谷))”")
# what follows a quoted name of an event or a campaign (“才聚光谷”系列招聘活动)
_EVENT_AFTER = re.compile(r"(?:系列|赴外|招聘|专场|活动|大赛|论坛|峰会|行动|主题)")
# what clusters in general have or are (生产性服务业集群激励机制, 集群效应, 服务业集群是指…): no cluster named
_NO_CLUSTER_AFTER = "激励|机制|效应|理论|是指"
# …等3个产业集群, …三大产业创新集群, …和…这两个产业集群, …等五大产业为主导的特色产业集群, …等主导、特色产业集群
_BEFORE = re.compile(
    rf"((?:[”\"](?=为主导|[{NUMERAL}]+[个大项]?(?:产业)?集群))?(?:等\s*)?(?:这|此)?(?:[“\"][0-9+＋Xx]+[”\"])?[“\"]?(?:[{NUMERAL}]+|几)?\s*[个大项]?(?:产业)?"  # …终端“三个产业集群”, …新材料“2+1+2”产业集群, …等几大产业集群
    # (only where a count names the clusters, before or after, or 等 or quotes close the list: not 以电子信息、装备制造和食品加工为主导的
    # 产业集群, one cluster of the zone's leading sectors, which the annotators of rounds 27 and 239 named none of)
    r"(?:(?:(?<=[个大项]产业)|(?<=[”\"等]))为(?:主导|代表)的|为(?:主导|代表)的(?:[“\"][0-9+＋Xx\s]+[”\"]|(?=[一二三四五六七八九十两]+[个大])))?"  # …等四大产业为主导的特色产业集群, …为主导的“3 1”产业集群,
    # 以新一代信息技术、…、新能源等为代表的产业集群
    # (…、生物医药等前沿领域优质产业集群: the fields' grade and the clusters' praise)
    r"(?:(?:[千百万]亿元?级?|国家级|省级|主导|特色|创新型|优势|先进制造业|战略性新兴|战新|支柱|首位|高科技|高新技术|新兴|高端"
    r"|前沿领域|优质)、?)*"
    rf"(?:(?<=[个大]){DESCRIBED})?"
    # (…产业链集群, …全产业链集群, …产业融合集群, …产业科创集群, …创新型产业试点集群: the kind of cluster between its sector and 集群)
    rf"(?:(?<=[个大])[{HAN}]{{1,4}}?(?=产业集群))?(?:(?:全?产业)?(?:创新|链|融合|科创|试点)?集群(?!化|{_NO_CLUSTER_AFTER})|(?:产业|(?<=产业))群(?![体众])))"  # 集群化发展: a way of growing
)


_GLOSS = re.compile(r"[（(][^（）()，。；]{1,20}[）)](?=(?:产业)?集群)")
_ITEM_GLOSS = re.compile(r"[（(][^（）()，。；、]{1,12}[）)](?=、)")  # a list item's gloss, the next item after it


def find_clusters(text: str, industry_mentions: list[Mention]) -> list[Mention]:
    """Clusters named by their sector: one per sector of a 产业集群 phrase."""
    if "集群" not in text and "谷" not in text and "产业群" not in text:  # every rule below needs one of them
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
        if groups:
            # 新能源电池（新型储能）、超高清视频显示…三大…产业集群: an item's gloss in brackets stands between it and the next
            end = groups[-1][-1].extra["phrase_end"]
            gloss = _ITEM_GLOSS.match(text, end)
            if gloss and m.start < gloss.end():
                continue  # (储能, inside the gloss, is no item of its own)
            if _JOINED.fullmatch(text, gloss.end() if gloss else end, m.start):
                groups[-1].append(m)
                continue
        groups.append([m])
    read_until = 0  # the end of a counted list's head: 两个新能源产业集群 names no cluster of 新能源
    for group in groups:
        tail = group[-1].extra["phrase_end"]
        gloss = _GLOSS.match(text, tail)  # 电力电器（输配电及控制设备）产业集群: the sector glossed in brackets
        follow = _BEFORE.match(text, gloss.end() if gloss else tail)
        if group[0].start < read_until:
            continue
        if follow and _CLUSTER_WORD.search(follow.group(0)):
            read_until = follow.end()
            for m in _compounds_joined(_pairs_inside_items(text, group)):
                clusters.append(_cluster(text, m.start, follow.end(), m, "cluster-sector-list"))
    named = {c.extra["sector"].start for c in clusters}
    counted_phrases = [(match, small_count(match.group(1) or match.group(2))) for match in _COUNTED_CLUSTERS.finditer(text)]
    if "+" in text:  # 以发展“3+3”产业集群为目标: the code's sum
        counted_phrases += [(match, sum(map(int, match.group(1).split("+")))) for match in _CODED_CLUSTERS.finditer(text)]
    for match, count in counted_phrases:  # 以…为首位产业，以…为主导产业的四大产业集群
        before = [m for m in industry_mentions if m.end <= match.start()]
        counted = before[-count:] if count and len(before) >= count else []
        earlier = before[-count - 1] if count and len(before) > count else None  # in another clause, if any
        if (counted and not any(m.start in named for m in counted)
                and (earlier is None or re.search("[，；。]", text[earlier.end : counted[0].start]))):
            clusters.extend(_cluster(text, m.start, match.end(), m, "cluster-counted") for m in counted)
    if "集群之一" in text:  # 钛及钛合金产业是宝鸡高新区的七大产业集群之一: a cluster of the zone's
        for m in industry_mentions:
            one_of = _ONE_OF_CLUSTERS.match(text, m.extra["phrase_end"])
            if one_of and m.start not in named:
                clusters.append(_cluster(text, m.start, one_of.end(), m, "cluster-one-of"))
    if "创新型产业集群" in text:  # 生物医药产业…被列入全国第三批创新型产业集群试点
        for m, following in zip(industry_mentions, [*industry_mentions[1:], None]):
            listed = _LISTED_AS_CLUSTER.match(text, m.extra["phrase_end"])
            if (listed and text.startswith("产业", m.extra["phrase_end"] - 2)
                    and (following is None or following.start >= listed.end())):
                clusters.append(_cluster(text, m.start, m.extra["phrase_end"], m, "cluster-listed"))
        # 现代中药和民族药(彝族药)被科技部认定为国家创新型产业集群: the sector, or a pair of them (one cluster of
        # both), with the verb right after it and no 产业 of its own
        named = {c.extra["sector"].start for c in clusters}
        for index, m in enumerate(industry_mentions):
            pair = industry_mentions[index : index + 2]
            joined = len(pair) == 2 and text[m.extra["phrase_end"] : pair[1].start] in _PAIR_JOINERS
            last = pair[1] if joined else m
            gloss = _ITEM_GLOSS_BEFORE_VERB.match(text, last.extra["phrase_end"])
            end = gloss.end() if gloss else last.extra["phrase_end"]
            if (m.start in named or last.start in named or (index and industry_mentions[index - 1].extra["phrase_end"] == m.start - 1
                                                           and text[m.start - 1] in _PAIR_JOINERS)
                    or not _RECOGNISED_AS_CLUSTER.match(text, end)):
                continue
            items = _compounds_joined([replace(n, extra={**n.extra, "compound": (m.start, last.extra["phrase_end"])})
                                       for n in (pair if joined else [m])])
            clusters.append(_cluster(text, m.start, end, items[0], "cluster-listed"))
    return clusters


# a cluster named after its zone: “孝感高新区高端纸基材料创新型产业集群” (a sector no taxonomy holds)
_AFTER_ZONE_CLUSTER = re.compile(
    rf"(?:(?:成功)?获批了?|申报的|入选的|获评)?([{HAN}]{{2,12}}?)"
    r"(?:(?:成功)?(?:获评|获批|入选|被认定为|被评为|跻身|迈入|跨入)(?:为)?(?:国家级|省级|[万千百]亿级)?)?(?:创新型|特色)?产业集群"
)


def zone_named_clusters(text: str, zones: list[Mention], sectors: list[Mention], clusters: list[Mention],
                        taken: list[tuple[int, int]]) -> tuple[list[Mention], list[Mention]]:
    """Clusters whose names open with their zone's, where the sector between the two is one the
    taxonomy does not know, or knows only in part (a narrower sector): new sectors and clusters."""
    new_sectors: list[Mention] = []
    new_clusters: list[Mention] = []
    if "产业集群" not in text:
        return new_sectors, new_clusters
    sentence = SectorSentence(text, sectors, taken)
    for zone in zones:
        match = _AFTER_ZONE_CLUSTER.match(text, zone.end)
        if not match or "的" in match.group(1) or any(zone.end < c.end and c.start < match.end() for c in clusters):
            continue
        if cut_after_boundary(text, match.start(1), match.end(1), boundary_words(), keep=0) != match.start(1):
            continue  # 高新区打造新材料产业集群: a verb, not a name
        whole = next((m for m in sectors if m.start == match.start(1) and m.extra.get("phrase_end", m.end) == match.end(1)), None)
        if whole is not None:  # 郴州高新区有色金属新材料获评国家级创新型产业集群: a sector found already
            new_clusters.append(_cluster(text, match.start(1), match.end(), whole, "cluster-zone-named"))
            continue
        found = unknown_sectors(text, [match.span(1)], sentence.covered,
                                 known=[m for m in sectors if zone.end <= m.start and m.end <= match.end(1)])
        for sector in found:
            sector.in_list = False
            new_sectors.append(sector)
            new_clusters.append(_cluster(text, match.start(1), match.end(), sector, "cluster-zone-named"))
    return new_sectors, new_clusters


# a cluster named by a sector after a description of it: …为支撑的数控精密机床集群, …组成的电力和电站装备集群,
# 打造500亿级的防爆产业集群, 园区的高端铝材及铝产品产业集群
# (…的研发基地和产业集群: a kind of facility, then a joiner)
_NO_SECTORS_WORDS = re.compile(rf"创新|特色|企业|链|[{NUMERAL}][大个]|[和及与]$|(?:基地|中心|园区|平台)")
_DESCRIBED_CLUSTER = re.compile(rf"的([{HAN}]{{2,12}}?)(?:产业)?(?:创新型)?集群")
# or right after a verb of growing it: 引领带动透明质酸产业集群的发展升级, 推进先进适用水处理装备产业集群发展
_DEVELOPED_CLUSTER = re.compile(rf"(?:推进|带动|打造|培育|壮大|做强|做大)([{HAN}]{{2,12}}?)产业集群")
# or as the clause's subject, said to be recognised: 借智能机电产业集群被认定为国家级创新型试点机遇 (a designation is
# given to a named cluster, so words everyday in general, 智能+机电, name its sector there; one everyday word, or
# grades only, do not: 主导产业集群, 传统优势产业集群)
_RECOGNISED_CLUSTER = re.compile(
    rf"(?:[借以随]|[，。；：、“”（）\s]|^)([{HAN}]{{2,8}}?)产业集群(?=(?:成功)?(?:被[^，。；]{{0,6}}?)?(?:认定为|列入|列为|评为))")


def described_clusters(text: str, sectors: list[Mention], clusters: list[Mention],
                       taken: list[tuple[int, int]]) -> tuple[list[Mention], list[Mention]]:
    """Clusters written after 的 and named by a sector the taxonomy does not know, or knows only in
    part (a narrower sector): new sectors and clusters. A known sector there is the list rules' to read."""
    new_sectors: list[Mention] = []
    new_clusters: list[Mention] = []
    if "集群" not in text:
        return new_sectors, new_clusters
    sentence = SectorSentence(text, sectors, taken)
    for match in [*(_DESCRIBED_CLUSTER.finditer(text) if "的" in text else ()), *_DEVELOPED_CLUSTER.finditer(text),
                  *_RECOGNISED_CLUSTER.finditer(text)]:
        a, b = match.span(1)
        if any(a < c.end and c.start < match.end() for c in clusters):
            continue
        inside = [m for m in sectors if a <= m.start and m.end <= b]
        if any(m.start == a and m.extra.get("phrase_end", m.end) >= b for m in inside):
            continue
        absorbed = [m.extra.get("absorbed") for m in inside]
        for sector in unknown_sectors(text, [(a, b)], sentence.covered, known=inside):
            verb = any(sector.name.endswith(word) for word in long_boundary_words())  # …的突破助力产业集群发展
            everyday = (is_everyday(sector.name) if match.re is not _RECOGNISED_CLUSTER
                        else sector.name in everyday_words() or is_everyday_phrase(sector.name, sector_qualifiers()))
            if everyday or _NO_SECTORS_WORDS.search(sector.name) or verb:
                # 现代化产业集群, 全周期创新链集群, 三大特色产业集群: what clusters are like, not their sector;
                # the known sectors inside stay (装备制造 of 装备制造业生产集群)
                for m, was in zip(inside, absorbed):
                    m.extra["absorbed"] = was
                continue
            sector.in_list = False
            new_sectors.append(sector)
            new_clusters.append(_cluster(text, sector.start, match.end(), sector, "cluster-described"))
    return new_sectors, new_clusters


# 谷 the text counts as its industrial 谷 right after naming them: 谋划打造细胞治疗谷、创新医药谷、智能康复谷、营养健康谷等
# “四个特色产业谷” (clusters by the text's own word, each named by the sector its stem is; a 谷 alone may be a
# park, a project or a slogan, and data/cluster_nicknames.csv knows only the few met as clusters)
_COUNTED_VALLEYS = re.compile(rf"((?:{chars_but(HAN, '谷和')}{{2,8}}?谷[、和])+[{HAN}]{{2,6}}谷)等?[“\"]?([{NUMERAL}]+)[个大](?:特色)?产业谷")


def counted_valleys(text: str, sectors: list[Mention], clusters: list[Mention],
                    taken: list[tuple[int, int]]) -> tuple[list[Mention], list[Mention]]:
    """Clusters named as 谷 that a count of 产业谷 closes, as many as the count says: the sectors of
    their stems (known, or new ones) and the clusters."""
    new_sectors: list[Mention] = []
    new_clusters: list[Mention] = []
    if "产业谷" not in text:
        return new_sectors, new_clusters
    sentence = SectorSentence(text, sectors, taken)
    for match in _COUNTED_VALLEYS.finditer(text):
        items = [(match.start(1) + part.start(), match.start(1) + part.end())
                 for part in re.finditer(r"[^、和]+", match.group(1))]
        first_a, first_b = items[0]
        items[0] = (cut_after_boundary(text, first_a, first_b - 1, boundary_words(), keep=2), first_b)  # 打造…: the verb
        if small_count(match.group(2)) != len(items) or any(b - a < 3 for a, b in items):
            continue  # (the count names other things, or more of them)
        if any(a < c.end and c.start < b for a, b in items for c in clusters):
            continue
        for a, b in items:
            stem = b - 1  # the 谷 is the cluster's word, no part of its sector
            whole = next((m for m in sectors if m.start == a and m.extra.get("phrase_end", m.end) == stem), None)
            if whole is not None:  # 细胞治疗谷: a known sector
                new_clusters.append(_cluster(text, a, b, whole, "cluster-counted"))
                continue
            inside = [m for m in sectors if a <= m.start and m.end <= b]
            for m in inside:  # (创新医药谷: not 新医药's form)
                m.extra.pop("written", None)
            for sector in unknown_sectors(text, [(a, stem)], sentence.covered, known=inside):
                sector.in_list = False
                new_sectors.append(sector)
                new_clusters.append(_cluster(text, a, b, sector, "cluster-counted"))
    return new_sectors, new_clusters


# a sector listed as one of the Torch Centre's innovative clusters: 生物医药产业综合竞争力…被列入全国
# 第三批创新型产业集群试点 (the sector with its own 产业 opens the clause)
_LISTED_AS_CLUSTER = re.compile(r"[^。；，]{0,24}，?[^。；，]{0,8}?(?:被)?(?:列入|列为|入选|获批|认定为)[^。；，]{0,12}?创新型产业集群")


# the sector right before the verb: …被科技部认定为国家创新型产业集群, 以…获批国家创新型产业集群为契机, …被列为国家
# 创新型产业集群试点 (a gloss in brackets may follow the sector: 民族药(彝族药))
_ITEM_GLOSS_BEFORE_VERB = re.compile(r"[（(][^（）()，。；、]{1,12}[）)]")
_RECOGNISED_AS_CLUSTER = re.compile(r"(?:被[^，。；、的]{0,6}?)?(?:列入|列为|入选|获批|认定为)(?:国家级?|省级)?创新型产业集群")


# what joins two sectors of one list of clusters, a grade after the first allowed (…千亿级、先进制造…)
_JOINED = re.compile(rf"(?:{OUTPUT_GRADE})?(?:、|和|及|与|以及)")


# clusters a sentence counts after naming their sectors: …为主导产业的四大产业集群, …等四大产业，入列国家
# 战略性新兴产业集群 (or without 等: 集成电路、…和生物医药四大产业，入列…)
_COUNTED_CLUSTERS = re.compile(
    rf"的([{NUMERAL}]+)[个大]产业集群|等?([{NUMERAL}]+)[个大]产业[，,]?(?:入列|列入|入选|获批|被认定为)[^，。；]{{0,16}}?产业集群"
)
# a sector said to be one of the zone's clusters: …产业是宝鸡高新区的七大产业集群之一
_ONE_OF_CLUSTERS = re.compile(rf"(?:产业)?(?:是|为|成为)[^，。；]{{0,16}}?(?:[{NUMERAL}]+[大个])?[{HAN}]{{0,6}}?产业集群之一")
# a code that counts the clusters of the sectors named before it: …为侧重，以发展“3+3”产业集群为目标
_CODED_CLUSTERS = re.compile(r"[“\"](\d(?:\+\d){1,3})[”\"](?:产业)?集群")
# what joins the two sectors of one item of a list of clusters (软件和集成电路、…)
_PAIR_JOINERS = ("和", "及", "与")
_ZONE_WORDS_BEFORE_A_CLUSTER = ("高新区", "开发区")


def _pairs_inside_items(text: str, group: list[Mention]) -> list[Mention]:
    """A list of clusters whose items are split by 、 and hold a 和 inside them (软件和集成电路、生物医药和医疗器械、
    智能制造和机器人等特色产业集群): each pair one item, one cluster, marked as a compound for _compounds_joined; a
    list whose 和 only closes it (电子信息、新材料和生物医药产业集群) keeps three."""
    joins = [text[left.extra["phrase_end"] : right.start] for left, right in zip(group, group[1:])]
    inner = any(join in _PAIR_JOINERS and "、" in joins[index + 1 :] for index, join in enumerate(joins))
    # or one pair right after the zone's name: 威海高新区电子信息与智能制造产业集群, the zone's one cluster of both
    # (or after the zone's own word: 火炬健康食品和医药产业集群 of 中山火炬开发区)
    named = len(group) == 2 and joins[0] in _PAIR_JOINERS and text.endswith(
        (*_ZONE_WORDS_BEFORE_A_CLUSTER, *zones_own_words()), 0, group[0].start)
    if not inner and not named:
        return group
    out = list(group)
    for index, join in enumerate(joins):
        if join in _PAIR_JOINERS:
            left, right = out[index], out[index + 1]
            pair = left.extra.get("compound") or (left.start, right.extra["phrase_end"])
            out[index] = replace(left, extra={**left.extra, "compound": pair})
            out[index + 1] = replace(right, extra={**right.extra, "compound": pair})
    return out


def _compounds_joined(group: list[Mention]) -> list[Mention]:
    """The sectors of a list before 产业集群, with the two parts of a compound read as two sectors
    (医疗器械和生物医药, see industries.split_counted_compounds) joined again: one cluster of both
    (苏州高新区医疗器械和生物医药产业集群), the second part kept as its other sector (``also``)."""
    out: list[Mention] = []
    for m in group:
        previous = out[-1] if out else None
        if previous is not None and m.extra.get("compound") and previous.extra.get("compound") == m.extra["compound"]:
            joined = replace(previous, extra={**previous.extra, "phrase_end": m.extra["phrase_end"],
                                             "also": (*previous.extra.get("also", ()), m)})
            out[-1] = joined
        else:
            out.append(m)
    return out


def _cluster(text: str, start: int, end: int, sector: Mention, rule: str) -> Mention:
    """A cluster is named by its sector as the text writes it (医养健康产业集群), zone prefix added
    later; as annotators name them, a 服务业 keeps its 业 (现代服务业产业集群), a 制造业 does not
    (先进装备制造产业集群)."""
    written = text[sector.start : sector.extra["phrase_end"]]
    if sector.extra.get("written") and sector.extra["phrase_end"] == sector.end:
        written = sector.extra["written"]  # …、精密机械制造为主导的两大产业集群: the sector's words after its label too
    written = written[:-2] if written.endswith("集群") and len(written) >= 4 else written  # 生产型服务集群等三大产业集群
    written = written[:-2] if written.endswith(("产业", "行业")) and len(written) >= 4 else written
    written = written[:-1] if written.endswith("制造业") else written
    return Mention("IndustrialCluster", start, end, text[start:end], written + "产业集群", rule, extra={"sector": sector})


_COUNT_OR_GOAL_OPENING = re.compile(rf"(?:[{NUMERAL}]+个|世界|全球|国际)")


@lru_cache(maxsize=None)
def _zones_own_names() -> frozenset[str]:
    """The zones' short names that are nicknames too (光谷, 中国光谷: data/zones.csv)."""
    return frozenset(name for zone in zones() for name in zone.short_names if name.endswith("谷"))


def _nicknamed(text: str) -> list[Mention]:
    sectors = {n.nickname: n.sector for n in cluster_nicknames()}
    found = []
    for match in _NICKNAME.finditer(text):
        nickname = match.group(2)
        if match.group(1) in _zones_own_names():
            continue  # （简称“光谷”）, “中国光谷”: the zone itself by its byname, as annotators read it
        if _EVENT_AFTER.match(text, match.end()):
            continue  # “才聚光谷”赴外招聘会, “才聚光谷”系列招聘活动: the name of a campaign, no cluster
        if nickname not in sectors and _COUNT_OR_GOAL_OPENING.match(nickname):
            continue  # “三个光谷”, “世界光谷”: a count or a goal before the nickname, not a place's cluster
        sector = sectors.get(nickname) or sectors.get(nickname[-2:])
        concept = next((c for c in industries() if sector in c.variants), None) if sector else None
        if concept is None:
            continue  # “中国碳谷”, “蓝色智谷”: a slogan unless the table knows the cluster
        # the sector as the table names it: the nickname's stem (湾区药, 中国声) is no sector word
        industry = Mention("Industry", match.start(1), match.end(1), sector, concept.label, "cluster-nickname",
                           extra={"concept": concept, "phrase_end": match.end(1)})
        found.append(Mention("IndustrialCluster", match.start(1), match.end(1), match.group(1),
                             concept.label + "产业集群", "cluster-nickname", extra={"sector": industry}))
    return found
