"""Industry mentions from the SKOS taxonomy of data/, and sectors named in the genre's lists."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from zonegraph.mentions.base import (
    CHAINS,
    Gazetteer,
    HAN,
    Mention,
    NUMERAL,
    PREPOSITIONS,
    boundary_words,
    cut_after_boundary,
    item_spans,
    long_boundary_words,
    name_run_start,
    small_count,
)
from zonegraph.mentions.organizations import enterprise_gazetteer
from zonegraph.reference import IndustryConcept, county_forms, industries, place_at, place_before, place_forms, stopwords, zones
# a sector's or a cluster's output grade: 千亿级, 五百亿级, 500亿级, 2个百亿级
OUTPUT_GRADE = rf"[{NUMERAL}]*个?[千百万]?亿元?级"
# the output a sector is aimed at, graded or bare (千亿级, 百亿元级, 千亿): one pattern, anchored where it is used
_OUTPUT_AIM = rf"(?:{OUTPUT_GRADE}|[千百万]亿)"
# how a count of sectors may be described before its head: 三大特色鲜明的产业集群
DESCRIBED = "(?:特色鲜明|优势突出|优势明显|特色突出)的"


@lru_cache(maxsize=None)
def industry_gazetteer() -> Gazetteer[IndustryConcept]:
    """Every label of the taxonomy, and each equipment label with 制造 after it (节能环保装备制造 is
    the making of 节能环保装备: one sector, as 高端装备 and 高端装备制造 are) unless a label already."""
    labels = {label for concept in industries() for label in concept.variants}
    return Gazetteer([(label, concept) for concept in industries() for label in concept.variants]
                     + [(label + "制造", concept) for concept in industries() for label in concept.variants
                        if label.endswith("装备") and label + "制造" not in labels])


@lru_cache(maxsize=None)
def industry_labels() -> frozenset[str]:
    return frozenset(label for concept in industries() for label in concept.variants)


# what a sector's own supply chain adds to its name: 汽车及核心零部件, 新能源电池及材料, 医用设备及耗材
# is one sector as written (the taxonomy's concept of its head), not the head and a second item
_WITH_ITS_PARTS = re.compile(r"(?:及|与|和)其?(?:核心|关键)?(?:零部件|零配件|配件|部品部件|材料|耗材|制品|应用)(?![\u4e00-\u9fff]{0,1}(?:企业|公司|项目|基地))")


# what the text writes after a sector's label as part of its name, the phrase ending there: 钢铁深加工,
# 创新药物, 汽车关键零部件, 功率半导体制造 name the taxonomy's 钢铁, 创新药, 汽车, 功率半导体 as written
# (relations/sectors.py reads a list's first item with it too: 在创新药物、…)
WRITTEN_ON = re.compile(r"(?:精深加工|深加工|加工|配套|关键零部件|零部件|零配件|配件|整车|封测|机电|设备制造|制造|(?<=药)物)"
                        r"(?=产业|行业|业|[、，。；”）)]|等|和|及|与|领域|为(?:主|核心|重点|支柱|特色))")  # (…、精密机械制造为主导的…)


def find_industries(text: str) -> list[Mention]:
    mentions = []
    # no label begins inside a word that names no sector (国家电子商务示范基地 holds no 家电: data/words/
    # not_sectors.txt) nor at a count's 家 (六家具有…资质的企业 holds no 家具): masked, same offsets
    masked = _MASK_WORDS.sub(lambda m: m.group()[0] + "\0" * (len(m.group()) - 1), text)
    if "家" in masked:
        masked = _COUNTED_FIRMS.sub(lambda m: m.group(1) + "\0", masked)
    for a, b, surface, concept in industry_gazetteer().find(masked):
        parts = _WITH_ITS_PARTS.match(text, b)
        if parts:
            b, surface = parts.end(), text[a : parts.end()]
        # 产业 after a label is part of the phrase (生物医药产业), so that it is not read alone
        if text.startswith("产业", b) and surface + "产业" not in industry_labels():
            b_extended = b + 2
        elif text.startswith("业", b) and surface.endswith(("制造", "服务")) and surface + "业" not in industry_labels():
            b_extended = b + 1  # 先进装备制造业、…: the 业 of a 制造业 is the phrase's, as 产业 is
        else:
            b_extended = b
        extra = {"concept": concept, "phrase_end": b_extended}
        written_on = WRITTEN_ON.match(text, b) if b_extended == b else None
        if written_on and surface + written_on.group() not in industry_labels():
            extra["written"] = surface + written_on.group()
        mentions.append(Mention("Industry", a, b, surface, concept.label, "industry-taxonomy", extra=extra))
    _mark_lists(text, mentions)
    return [m for m in mentions if not _an_example_of_the_next(text, m, mentions)]


def _an_example_of_the_next(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the sector, alone (no list before it), is only an example of the broader one named right after 等
    (激光等光电产业: 光电; not the last item of 数字物流、…、电子商务等现代服务业)."""
    if not text.startswith("等", mention.extra["phrase_end"]) or text[mention.start - 1 : mention.start] in ("、", "和", "及", "与"):
        return False
    after = next((m for m in mentions if m.start == mention.extra["phrase_end"] + 1), None)
    return after is not None and after.extra["concept"].iri in _broader_all(mention.extra["concept"].iri)


@lru_cache(maxsize=None)
def _broader_all(iri: URIRef) -> frozenset[URIRef]:
    """Every sector broader than the one at ``iri``, up the taxonomy."""
    by_iri = {concept.iri: concept for concept in industries()}
    seen, todo = set(), [iri]
    while todo:
        for up in by_iri[todo.pop()].broader:
            if up not in seen and up in by_iri:
                seen.add(up)
                todo.append(up)
    return frozenset(seen)


_MASK_WORDS = re.compile("|".join(map(re.escape, sorted(stopwords("words/not_sectors.txt"), key=len, reverse=True))))
_COUNTED_FIRMS = re.compile(rf"([\d{NUMERAL}几多数余首每]+)家")  # (首家具备…: the first one, no 家具)


# the count a list of sectors is given after its last item: …医疗器械及医药服务四大板块, …为主的四大产业板块
_COUNT_OF_ITEMS = re.compile(rf"(?:产业|行业)?(?:为主的?|为核心的?|等)?\s*([{NUMERAL}]+)\s*[个大项类条]")
_JOINED_ITEM = re.compile(rf"([{HAN}]{{2,}}?)(?:及|和|与)([{HAN}]{{2,}})")


def split_counted_compounds(text: str, industries: list[Mention]) -> list[Mention]:
    """A list of sectors the text counts (创新药物、细胞产品、医疗器械及医药服务四大板块) holds as many
    items as its count says: where the items written number fewer by exactly their joined ones
    (X及Y, X和Y, X与Y), each of those is two sectors, as the count reads it. A list whose count
    matches its items as written keeps its joined items whole (新能源汽车及零部件 is one sector)."""
    out, run = [], []
    ordered = sorted(industries, key=lambda m: m.start)
    for index, mention in enumerate(ordered):
        run.append(mention)
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        end = mention.extra.get("phrase_end", mention.end)
        if following is not None and text[end : following.start] == "、":
            continue
        out.extend(_split_if_counted(text, run))
        run = []
    return out


def _split_if_counted(text: str, run: list[Mention]) -> list[Mention]:
    run_end = run[-1].extra.get("phrase_end", run[-1].end)
    counted = _COUNT_OF_ITEMS.match(text, run_end)
    count = small_count(counted.group(1)) if counted else None
    joined = {id(m): _JOINED_ITEM.fullmatch(m.surface) for m in run}
    if count is None:
        figures = _RESPECTIVE_FIGURES.match(text, run_end)
        if figures is not None and figures.group(1).count("、") + 1 == len(run):
            return run  # 物联网、集成电路、生物医药、大数据和云计算等…分别同比增长15%、20%、15%、15%: four sectors
        system = _COUNTED_SYSTEM.search(text, max(0, run[0].start - 60), run[0].start)
        if system is not None and int(system.group(1)) == len(run):
            return run  # 打造“6+2+X”…产业体系，发力物联网及数字产业、集成电路、…、新能源等: the six the system counts
        if len(run) >= 3 and sum(1 for m in run if joined[id(m)]) >= 2 and _PAIRS_SPLIT_BY_MARKS.search(text, run[0].start, run_end):
            return run  # 软件和集成电路、生物医药和医疗器械、智能制造和机器人等: a list of pairs, each pair one item
        return [part for mention in run for part in _two_known_sectors(text, mention, joined[id(mention)])]
    if len(run) < 2 or len(run) + sum(1 for j in joined.values() if j) != count or count == len(run):
        return run
    if text[run[0].start - 1 : run[0].start] == "、":
        return run  # (钛及钛合金、)汽车及零部件、高端装备制造三大…产业: an item before the run is no sector found, the count is not the run's
    out = []
    for mention in run:
        parts = joined[id(mention)]
        if parts is None:
            out.append(mention)
            continue
        for a, b, concept in _joined_parts(text, mention, parts):
            name = concept.label if concept else _SECTOR_SUFFIX.sub("", text[a:b])
            out.append(Mention("Industry", a, b, text[a:b], name, "industry-taxonomy" if concept else mention.rule, True,
                               extra={"concept": concept, "phrase_end": b}))
    return out


def _joined_parts(text: str, mention: Mention, parts: re.Match) -> list[tuple[int, int, IndustryConcept | None]]:
    """The two parts of a joined item (X及Y): where each stands, and the concept whose label it is as written."""
    out = []
    for group in (1, 2):
        a, b = mention.start + parts.start(group), mention.start + parts.end(group)
        out.append((a, b, next((c for x, y, _, c in industry_gazetteer().all(text[a:b]) if x == 0 and y == b - a), None)))
    return out


# an industrial system named by its counts just before a list of its sectors: “6+2+X”, 2+6+X
_COUNTED_SYSTEM = re.compile(r"[“\"]?(\d{1,2})\+(?:\d{1,2}|[XxN])(?:\+(?:\d{1,2}|[XxN]))*[”\"]?[^。；]*$")
# two pairs joined by 和 side by side in a list (…和…、…和…): the list's items are the pairs
_PAIR = rf"[{HAN}]{{2,8}}和[{HAN}]{{2,8}}"  # two sectors joined by 和 inside one item
_PAIRS_SPLIT_BY_MARKS = re.compile(rf"{_PAIR}、{_PAIR}")
# figures given to a list's items in turn, after it: …等战略性新兴产业分别同比增长15%、20%、15%、15%
_RESPECTIVE_FIGURES = re.compile(r"[^，。；]{0,20}?分别[^，。；、\d]{0,12}((?:[\d.]+%?、)+[\d.]+%?)")


# a sector heading a section of its own: only a number (3、, （三）) or nothing before it on its line, a colon or a full
# stop after it (3、现代中药及生物医药产业：…)
_HEADING_BEFORE = re.compile(rf"(?:^|[\n。；])\s*(?:[\d{NUMERAL}]+\s*[、.．]|[（(][\d{NUMERAL}]+[）)])?\s*$")
_HEADING_AFTER = re.compile(r"(?:产业|行业)?\s*[：:。]")


def _two_known_sectors(text: str, mention: Mention, parts: re.Match | None) -> list[Mention]:
    """A compound label written where no count says it is one sector (围绕…医疗器械与生物医药产业项目合作):
    its two parts, when the taxonomy holds each as a sector of its own, as annotators read it (医疗器械,
    生物医药); else the mention as it is (新能源汽车及零部件: 零部件 is no sector)."""
    if parts is None or mention.rule != "industry-taxonomy":
        return [mention]
    whole = mention.extra.get("concept")
    if whole is not None and any(whole.iri in concept.broader for _, _, concept in _joined_parts(text, mention, parts) if concept):
        return [mention]  # 激光与光电产业集群: a part is a narrower sector of the whole (激光), which is one sector so named
    if _HEADING_BEFORE.search(text, 0, mention.start) and _HEADING_AFTER.match(text, mention.end):
        return [mention]  # 3、现代中药及生物医药产业：…, 现代中药和生物医药。瞄准…: a section of the plan headed by the one sector
    out = []
    for a, b, concept in _joined_parts(text, mention, parts):
        if concept is None:
            return [mention]
        out.append(Mention("Industry", a, b, text[a:b], concept.label, "industry-taxonomy", True,
                           extra={"concept": concept, "phrase_end": b, "compound": mention.span}))
    return out


def _mark_lists(text: str, mentions: list[Mention]) -> None:
    for left, right in zip(mentions, mentions[1:]):
        if text[left.extra["phrase_end"] : right.start] in ("、", "和", "及", "与", "以及", "，"):
            left.in_list = right.in_list = True


# a list the text heads as sectors: 软件及电子信息、生物科技、卫星导航应用等主导、特色产业集群
# (…等主导产业, …三大支柱产业集群, …等配套产业, …“四条产业链”: 等 or a count, then kinds of sector)
SECTORS_HEAD = re.compile(  # (”三大主导产业: a quoted list, its count after the quote)
    rf"(?:[“”\"]?(?:等\s*[{NUMERAL}]*|[{NUMERAL}]+)\s*[个大项条]?|等?[“\"]\d+(?:[+＋](?:\d+|[A-Za-z]))+[”\"])"  # “3+1”主导产业
    # (…、检测服务等细分产业: the sub-sectors of one just named; not 等细分产业链条, a chain's links)
    r"(?:(?:主导|主体|特色|优势|新兴|战略性新兴|战略新兴|战新|支柱|重点|先导|未来|配套|高新技术|高技术|高科技|细分(?!产业链))、?)*"
    rf"(?:(?<=[个大项条]){DESCRIBED})?"  # 三大特色鲜明的产业集群
    # …动力及储能锂电池两个新能源产业集群: the broader sector the counted clusters share
    rf"(?:(?<=[个大])[{HAN}]{{1,4}}?(?=产业集群))?"
    # …、新型储能等能源电力产业: the broader sector the listed ones make up, after 等
    # (a sector's name: not 等为主导产业, 等细分产业链条, 等高新区产业链), or what the whole makes
    # (…、药用辅料包装材料等全链条发展的产业体系; not 等完善的产业发展配套体系)
    rf"(?:(?<=等)(?!产业|行业|为|以|细分|相关|其[他它]|各类)(?:(?![区市省县园的])[{HAN}]){{2,6}}?"
    r"(?=(?:产业|行业)(?:全领域|全链条|链|集群|体系|发展|[，。；]))"
    rf"|(?<=等)(?:(?![区市省县园的])[{HAN}]){{2,6}}的(?=产业(?:体系|集群|链))"
    # …、软件外包、商贸会展等高端服务业, …、高端装备制造等先进制造业: the kind of service or manufacturing they make up
    r"|(?<=等)(?:高端|先进|现代|生产性)(?:服务|制造)(?=业(?:[，。；的和]|$)))?"
    r"(?:产业|行业|(?<=服务|制造)业|(?<=[个大])(?:板块|细分领域|细分行业|子行业)|(?<=[一二三四五六七八九十两]大)领域)(?!化|领先|龙头|领军|骨干|排头兵|头部|[“\"]?(?:大咖|专家|精英|人士|嘉宾|代表|领袖|大佬))"  # 等19个产业化项目: projects; 等行业领先企业, 等行业头部: firms
    # (…副院长乔标、…轮值总裁孟祥军等行业“大咖”: people, the industry's leading figures)
)  # (四大板块: the economy's counted segments; 聚焦…和生命科学四大领域: the counted fields)
_ITEM_CHAR = rf"(?:(?!等)[{HAN}A-Za-z0-9（）()+＋])"
# (not a last item ending in 的 or 了: …和风力发电领域形成了三大板块 is a clause)
# (a count's digits are not split between the last item and the head: …体育休闲四个主导产业|16个细分领域)
_SECTOR_LIST = re.compile(rf"((?:{_ITEM_CHAR}{{2,14}}、)+{_ITEM_CHAR}{{2,18}})(?<![的了])(?!(?<=\d)\d)(?={SECTORS_HEAD.pattern})")  # …为引领的“6+2+X”
# the sector whose chain a sentence works on: 在输变电产业链上深挖存量
_CHAIN_OF = re.compile(rf"在([{HAN}]{{2,8}}?)产业链(?:上|中)")
_SECTOR_SUFFIX = re.compile(r"(?:产业|行业|(?<=制造|服务)业)$")  # 先进制造业 -> 先进制造


# a list a verb of developing sectors opens: 重点发展电子信息、端产品制造和大数据服务
_DEVELOPING = ("重点发展", "大力发展", "加快发展", "着力发展", "聚焦发展", "主攻", "主导产业为", "主导产业是")
_SECTOR_VERB_LIST = re.compile(
    rf"(?:{'|'.join(_DEVELOPING)})"
    rf"((?:[{HAN}A-Za-z0-9]{{2,12}}[、和及与])+[{HAN}A-Za-z0-9]{{2,12}}?)(?=[，。；：]|等|$)"
)


@dataclass(frozen=True)
class SectorSentence:
    """What every pass of find_listed_sectors reads: the text, the sectors the taxonomy found in
    it (``known``) and the spans other finders took (zones, institutes, companies)."""

    text: str
    known: list[Mention]
    taken: list[tuple[int, int]]

    def covered(self, a: int, b: int) -> bool:
        """Whether something found already lies in ``text[a:b]``."""
        return any(m.start < b and a < m.end for m in self.known) or any(s < b and a < e for s, e in self.taken)

    def sectors_beside_known(self, items: list[tuple[int, int]]) -> list[Mention]:
        """The items of a list as sectors, the unknown ones too, where one at least holds a known sector."""
        if not any(self.covered(a, b) for a, b in items):
            return []
        return unknown_sectors(self.text, items, self.covered, self.known)

    def whole(self, a: int, b: int) -> bool:
        """Whether ``text[a:b]`` is a known sector's name and nothing more."""
        return any(m.start == a and m.extra["phrase_end"] in (b, b - 1) for m in self.known)


def find_listed_sectors(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Sectors the taxonomy does not know, named where the text says they are sectors: in a list it
    heads as sectors next to one it knows (生物科技 and 卫星导航应用 in 软件及电子信息、生物科技、卫星
    导航应用等主导、特色产业集群), in a list a verb of developing sectors opens with known sectors for
    at least half its items (重点发展…), or as leading a broader sector (以激光为引领的新一代信息技术
    产业), and the other kinds of list _LIST_PASSES reads, each only where its words are. The name is
    the item as written, minus a trailing 产业 or 行业; such sectors have no taxonomy concept."""
    sentence = SectorSentence(text, known, taken)
    found = [m for words, read in _LIST_PASSES if words(text) for m in read(sentence)]
    if "产业" in text or "行业" in text:
        found.extend(_written_longer(text, known, taken))
    if "、" in text or any(joiner in text for joiner in "和及与"):
        found.extend(_listed_longer(text, known, taken))
    if "、" in text and any(joiner in text for joiner in "及与和"):
        read = {m.start for m in found}  # an item another rule read as a sector stays as it read it
        found.extend(m for m in _compound_items(text, known, sentence.covered) if m.start not in read)
    return list({(m.start, m.end): m for m in found}.values())  # one mention a span, whichever rule read it


def _headed_lists(s: SectorSentence) -> list[Mention]:
    """A list the text heads as sectors (…、生物科技、卫星导航应用等主导、特色产业集群)."""
    text, found = s.text, []
    for match in (_SECTOR_LIST.finditer(text) if SECTORS_HEAD.search(text) else ()):
        items = item_spans(match.group(1), match.start(1), "、")
        begin = _after_taken(items[0][0], items[0][1], s.taken)
        first = _first_item_start(text, begin, items[0][1])
        # the first item is a whole name only where a boundary word opens it (对输变电装备制造、…);
        # else a verb may be glued to it (主攻现代家居、…): its known sectors are read as they are
        # opened by a boundary word, or opening the sentence (装备机械制造、电子信息、新材料三大产业占…)
        if first == 0:
            first = _SCOPE_OPENING.match(text).end()  # 辖区信息技术、生物医药…: the scope is no part of it
        # at the sentence start, a word of two or three characters before a known sector (装备|机械制造),
        # not a verb (强|集成电路) nor a clause (初步构建了以|装备制造)
        opened = first > items[0][0] or (first <= 2 and any(first + 2 <= m.start <= first + 3 and m.end <= items[0][1]
                                                           for m in s.known))
        items[0] = (first, items[0][1])
        last_a, last_b = items[-1]
        joiner = text.rfind("和", last_a, last_b)
        if len(items) >= 2 and joiner - last_a >= 2 and last_b - joiner > 2:  # …、健康卫生和生产性服务“4+1”主体产业
            items[-1:] = [(last_a, joiner), (joiner + 1, last_b)]
        # (else perhaps no list of sectors at all; and a list of firms is none: its first item is read alone below)
        if any(text[a:b] in CHAINS for a, b in items):
            continue  # 在产业链、创新链、供应链等…关键环节: the chains a policy works on, no sectors
        if any(s.covered(a, b) for a, b in items) and not _a_list_of_firms(text, items):
            found.extend(unknown_sectors(text, items[:1], s.covered, s.known if opened else None))
            found.extend(unknown_sectors(text, items[1:], s.covered, s.known))
    return found


# a list of sectors run straight into their clusters, without 等 or a count (…高端装备制造产业形成了重卡和零部件装备、
# 风电设备、工程机械装备产业集群)
_CLUSTERED_LIST = re.compile(rf"((?:{_ITEM_CHAR}{{2,14}}、)+{_ITEM_CHAR}{{2,14}}?)(?:产业)?集群")
# what makes such a list no list of sectors: a count, a kind, or qualities (国内领先、国际一流的集成电路…)
_KIND_OR_COUNT_IN_ITEM = re.compile(rf"[{NUMERAL}\d][大个项]|创新型|特色|主导|优势|新兴|产业|的")


def _clustered_lists(s: SectorSentence) -> list[Mention]:
    """A list whose last item runs into 产业集群, known sectors in half its items at least: each item a sector."""
    text, found = s.text, []
    for match in _CLUSTERED_LIST.finditer(text):
        items = item_spans(match.group(1), match.start(1), "、")
        begin = _after_taken(items[0][0], items[0][1], s.taken)
        items[0] = (_first_item_start(text, begin, items[0][1]), items[0][1])
        if any(text[a:b] in CHAINS for a, b in items) or _a_list_of_firms(text, items):
            continue
        last_a, last_b = items[-1]
        if any(_KIND_OR_COUNT_IN_ITEM.search(text, a, b) for a, b in items) or not any(
                last_a <= m.start < last_b for m in s.known):
            continue  # …现代服务业三大产业创新集群, 新材料创新型产业集群: a count or a kind, read by the list rules with heads
        if any(cut_after_boundary(text, a, b, long_boundary_words(), keep=2) > a for a, b in items[1:]):
            continue  # 以区域协同创、打造先进制造业集群、…为目标: actions, each opened by its verb
        if 2 * sum(s.covered(a, b) for a, b in items) >= len(items):
            found.extend(unknown_sectors(text, items, s.covered, s.known))
    return found


def _developing_lists(s: SectorSentence) -> list[Mention]:
    """A list a verb of developing sectors opens, known sectors for half its items (重点发展…)."""
    found = []
    for match in _SECTOR_VERB_LIST.finditer(s.text):
        items = item_spans(match.group(1), match.start(1), "、和及与")
        if 2 * sum(s.whole(a, b) for a, b in items) >= len(items):
            found.extend(unknown_sectors(s.text, items, s.covered))
    return found


def _leading_lists(s: SectorSentence) -> list[Mention]:
    """以数字智慧医疗、…等为主攻方向, 以…为代表的…产业, 由电子元器件制造、…、设备集成等为主导的, 以创新药、
    抗体药、…为主的."""
    found = []
    for match in _LISTS_LEADING.finditer(s.text):
        items = item_spans(_JOINED_AFTER_SECTOR.sub("、", match.group(1)), match.start(1), "、")
        if any(x < b and a < y for a, b in items for x, y in s.taken):
            continue  # 以华兰生物、海滨药业、佐今明等为重点的…: a list of companies
        items[-1:] = _last_two_items(s, *items[-1])
        if not SECTORS_HEAD.search(match.group(1)):  # …两大产业: read above
            found.extend(s.sectors_beside_known(items))
    return found


# two sectors joined and counted as two (打造航空制造及航空服务两大产业板块): a list of two without 、
_COUNTED_PAIR = re.compile(rf"({_ITEM_CHAR}{{2,10}}?)[和及与]({_ITEM_CHAR}{{2,10}}?)(?=两(?:大|个|项)[^，。；]{{0,8}}?(?:产业|板块|集群|领域))")


def _counted_pairs(s: SectorSentence) -> list[Mention]:
    """Two items joined by 和, 及 or 与 that the text counts as two sectors, one of them a known sector's
    name and nothing more: the other, holding no known sector, is a sector too."""
    found = []
    for match in _COUNTED_PAIR.finditer(s.text):
        (a, b), second = match.span(1), match.span(2)
        first = (_first_item_start(s.text, _after_taken(a, b, s.taken), b), b)
        for known, other in ((first, second), (second, first)):
            if s.whole(*known) and other[1] - other[0] >= 2 and not s.covered(*other):
                found.extend(unknown_sectors(s.text, [other], s.covered))
    return found


def _last_two_items(s: SectorSentence, a: int, b: int) -> list[tuple[int, int]]:
    """The last item of a list split at its joiner when a known sector's name opens it and words
    of two characters or more, not the sector's own parts, follow: …、节能环保和新型交通 is two items,
    …、汽车及零部件 one (find_industries reads the parts with their sector)."""
    for m in s.known:
        joiner = m.extra["phrase_end"]
        if (m.start == a and m.end == joiner and b - joiner >= 3 and s.text[joiner] in "和及与"
                and not s.covered(joiner + 1, b)):
            return [(a, joiner), (joiner + 1, b)]
    return [(a, b)]


# sectors given their parts in the zone's pattern: 以生物医药为主导、健康食品为补充、医疗器械为储备的产业发展格局
_ROLE_WORD = rf"(?:(?![为、，。；])[{HAN}A-Za-z0-9]){{2,12}}"
_ROLE_ITEM = rf"({_ROLE_WORD})"
_ROLES = re.compile(rf"以{_ROLE_ITEM}为(?:主导|核心|龙头|引领|首位)(?:产业)?"
                    rf"(?:、{_ROLE_ITEM}为(?:补充|支撑|储备|特色|重点|辅助|配套|两翼|基础|先导|突破|延伸)(?:产业)?)"
                    rf"(?:、{_ROLE_ITEM}为(?:补充|支撑|储备|特色|重点|辅助|配套|两翼|基础|先导|突破|延伸)(?:产业)?)?")


# a list of sectors given a supporting part after the leading ones: 形成以“云药”特色产业、新型疫苗产业为主，
# 化学药、生物药、医学护肤品…为重要补充的发展格局
_SUPPORTING_LIST = re.compile(
    rf"以([^，。；]{{2,40}}?)为(?:主导|主|核心|龙头|引领|首位)(?:产业)?[、，]"
    rf"((?:{_ROLE_WORD}、)+{_ROLE_WORD})"
    r"为(?:重要)?(?:补充|支撑|储备|辅助|配套|两翼|延伸)")


def _sector_roles(s: SectorSentence) -> list[Mention]:
    """以生物医药为主导、健康食品为补充、医疗器械为储备的…: each sector given its part is the zone's,
    and each of a list given a supporting part (…为主，化学药、生物药…为重要补充)."""
    found = []
    for match in _ROLES.finditer(s.text):
        items = [match.span(k) for k in (1, 2, 3) if match.group(k)]
        found.extend(s.sectors_beside_known(items))
    for match in _SUPPORTING_LIST.finditer(s.text):
        if s.covered(*match.span(1)):  # the leading part names a sector: the frame is one of sectors
            found.extend(unknown_sectors(s.text, item_spans(match.group(2), match.start(2), "、"), s.covered, s.known))
    return found


def _main_sector_lists(s: SectorSentence) -> list[Mention]:
    """…、再生非金属资源化利用和陆港物流产业为主的“5+1”循环经济产业体系: each item a sector."""
    found = []
    for match in _LISTED_AS_MAIN.finditer(s.text):
        items = item_spans(match.group(1), match.start(1), "、和及与")
        items[0] = (_first_item_start(s.text, items[0][0], items[0][1]), items[0][1])
        found.extend(s.sectors_beside_known(items))
    return found


def _chain_parts(s: SectorSentence) -> list[Mention]:
    """包括锂盐、…、电池应用在内的…锂电产业链."""
    return [m for match in _CHAIN_PARTS.finditer(s.text)
            for m in unknown_sectors(s.text, item_spans(match.group(1), match.start(1), "、"), s.covered, s.known)]


# a chain a company leads, named by its sector: 以中钨高新为龙头的硬质合金新材料产业链
_COMPANY_LED_CHAIN = re.compile(rf"为(?:龙头|核心|引领|代表|骨干|链主)(?:企业)?的([{HAN}]{{2,10}}?)产业链")


def _company_led_chains(s: SectorSentence) -> list[Mention]:
    """以湖南白银为龙头的稀贵金属精深加工产业链: the sector of a chain a company leads."""
    return [m for match in _COMPANY_LED_CHAIN.finditer(s.text)
            for m in unknown_sectors(s.text, [(match.start(1), match.end(1) + 2)], s.covered, s.known)]  # with 产业


# a quoted code spelled out as a list of sectors: “3辅”即绿色食品、绿色化工、现代服务业
CODED_LIST_OPENING = re.compile(r"[“\"][^“”\"，。]{1,8}[”\"](?:即|是|为|包括|指)[：:]?")
_CODED_LIST = re.compile(
    CODED_LIST_OPENING.pattern + rf"((?:[{HAN}A-Za-z0-9]{{2,12}}、)+[{HAN}A-Za-z0-9]{{2,12}})(?=[，。；]|$)"
)


def _coded_lists(s: SectorSentence) -> list[Mention]:
    """以“2主3辅”的主导产业体系…，“3辅”即绿色食品、绿色化工、现代服务业: a code's sectors, where
    one of them at least is a sector the taxonomy knows."""
    return [m for match in _CODED_LIST.finditer(s.text)
            for m in s.sectors_beside_known(item_spans(match.group(1), match.start(1), "、"))]


def _each_named_sector(s: SectorSentence) -> list[Mention]:
    """高端装备制造产业、新能源新材料产业、新闻出版产业均…: each item called a sector."""
    found = []
    for match in _EACH_NAMED_SECTOR.finditer(s.text):
        items = item_spans(match.group(1), match.start(1), "、")
        first = items[0][0]
        if first > 0 and _HAN_CHAR.match(s.text, first - 1):  # (聚焦|生物医药及医疗器械产业: begun inside the verb)
            first = max(s.text.rfind(mark, 0, first) for mark in "，。；：,;: ") + 1
        begin = _after_taken(first, items[0][1], s.taken)
        items[0] = (_first_item_start(s.text, begin, items[0][1]), items[0][1])
        if sum(s.covered(a, b) for a, b in items) * 2 >= len(items):
            found.extend(unknown_sectors(s.text, items, s.covered, s.known))
    return found


def _led_by(s: SectorSentence) -> list[Mention]:
    """以激光为引领的新一代信息技术产业: the sector leading a broader one."""
    return [m for match in _LED_BY.finditer(s.text) for m in unknown_sectors(s.text, [match.span(1)], s.covered)]


# the sector the companies before it represent, named to the clause's end: 以莱克电气、爱普电器等为代表的高效
# 节能装备制造，以NGK环保陶瓷…等为核心的先进环保装备制造 (two known labels run together: one sector); not a
# group of firms (…为代表的药品和医疗器械生产群体, 封装测试企业群), nor firms said to grow (…为代表的工程机械企业快速壮大)
_REPRESENTED = re.compile(rf"为(?:代表|核心|龙头|引领)的((?:(?!产业|行业|企业)[{HAN}]){{4,12}}?)(?:产业|行业)?(?=[，。；])(?<!群体)(?<!群)")


def _represented_sectors(s: SectorSentence) -> list[Mention]:
    """The sector named after companies that represent it (以…等为代表的…), where companies were found
    between 以 and 为 (以CAR-T技术为核心的细胞免疫治疗: a technology, not firms)."""
    found = []
    for match in _REPRESENTED.finditer(s.text):
        opening = s.text.rfind("以", max(0, match.start() - 60), match.start())
        if opening >= 0 and any(opening < a and b <= match.start() for a, b in s.taken):
            found.extend(unknown_sectors(s.text, [match.span(1)], s.covered, s.known))
    return found


# the fields a set of projects or a base covers, named as such: 项目涵盖高端医疗器械、生物药、高端仿制药、
# 医药服务等领域, 已初步形成新能源整车、汽车关键零部件、智能网联…等领域全面发展新格局 (not 涵盖城市更新、股权
# 投资…等领域: no known sector among them; nor 围绕技术转移、检验检测…等领域 or 包括…等领域: a plan's fields of
# service or of any kind)
_FIELD_LIST = re.compile(rf"(?:涵盖|覆盖|涉及|形成)了?((?:{_ITEM_CHAR}{{2,14}}、)+{_ITEM_CHAR}{{2,14}}?)等[^，。；、]{{0,6}}?(?:领域|门类)")


# or the fields a zone has its edge in: 在生物医药、生物医学工程、生物农业…等方面形成比较优势
_ADVANTAGE_LIST = re.compile(rf"在((?:{_ITEM_CHAR}{{2,14}}、)+{_ITEM_CHAR}{{2,14}}?)等(?:方面|领域)[^，。；]{{0,4}}?"
                             r"(?:形成|具有|拥有|保持)[^，。；]{0,6}?优势")


def _field_lists(s: SectorSentence) -> list[Mention]:
    """The items of a list of fields a project or a base covers, or a zone has its edge in, where one of
    them is a known sector."""
    found = []
    for match in [*_FIELD_LIST.finditer(s.text), *_ADVANTAGE_LIST.finditer(s.text)]:
        items = item_spans(match.group(1), match.start(1), "、")
        if any(s.covered(a, b) for a, b in items):
            found.extend(unknown_sectors(s.text, items, s.covered, s.known))
    return found


def _chain_of(s: SectorSentence) -> list[Mention]:
    """在输变电产业链上深挖存量: the sector whose chain the sentence works on (with its 产业)."""
    return [m for match in _CHAIN_OF.finditer(s.text)
            for m in unknown_sectors(s.text, [(match.start(1), match.end(1) + 2)], s.covered, s.known)]


_ENTERED = re.compile(r"进入|入选|列入|纳入|跻身")
_COUNT_OPENING = re.compile(rf"的?(?:[多几数]|[{NUMERAL}]+)[个大项条]")
# a set counted opening a list's item (建立一套生产性服务业集群激励机制): no part of a sector's name (a 四大 before
# 国家先进制造业集群 is read as the list's own count, elsewhere)
_SET_OPENING = re.compile(rf"[{NUMERAL}]+[套批类种项]")


# words between a place and 特色产业集群 that say what it does, not which sector: 泸州将培育特色产业集群
_A_VERB_AS_SECTOR = re.compile(r"^[将要还已正拟再也又均][\u4e00-\u9fff]{0,2}$|(?:培育|打造|发展|建设|形成|壮大|做强|做大)$")


def _one_cluster(s: SectorSentence) -> list[Mention]:
    """赣州高新区稀土新材料制造创新型产业集群, 阜新液压产业集群: the sector of a cluster named alone."""
    text, found = s.text, []
    for match in _ONE_CLUSTER.finditer(text):
        start = name_run_start(text, match.start())
        start = _after_taken(start, match.start() + 1, s.taken)
        start = cut_after_boundary(text, start, match.start(), long_boundary_words(), keep=2)  # 聚焦稀土…: not 及 of 及应用
        start = _CLUSTER_GRADE.match(text, start, match.start()).end()  # 千亿级钒钛: the grade is no name
        counted = _COUNT_OPENING.match(text, start, match.start())
        if counted:  # …为龙头企业的多个新能源新材料产业集群: the count is no name
            start = counted.end()
        headed = _HEAD_BEFORE_CLUSTER.search(text, start, match.start())
        if headed:  # 第一大主导产业|电子显示产业集群: the zone's head sector, named after its head
            start = headed.end()
        end = match.start() + (2 if match.group(0) == "产业集群" else 0)  # the sector's own 产业, if any
        graded = _GRADE_AT_END.search(text, start, match.start())
        if graded:  # 生物医药千亿元级产业集群: the sector ends before its grade
            end = graded.start()
        if ("等" in text[start:end] or not re.fullmatch(rf"[{HAN}]+", text[start:end])
                or re.search(rf"[{NUMERAL}][个大项条]$", text[start:match.start()])):
            continue  # …医养健康等3个产业集群, …三大支柱产业集群: the end of a list, read above
        if _ENTERED.search(text, start, end):
            continue  # 安全应急产业进入国家创新产业集群: a sector said to have joined a designation
        # a sector no taxonomy holds names a cluster where its words stand apart: after a place
        # (阜新液压产业集群), a mark (“国家液压产业集群示范基地”) or a designation (国家级创新型…)
        place = place_at(text, start, end - 2)
        if place and not any(a <= start < b for a, b in s.taken):
            start += len(place)
        else:
            place = None
        if _A_VERB_AS_SECTOR.search(text, start, end):
            continue  # 泸州将培育特色产业集群: what the place will do, no sector
        apart = not text.endswith("型", 0, end) and (
            headed is not None and 2 <= end - start <= 8
            or 2 <= end - start <= 10 and text[start - 1 : start] in ("、", "“")
            or 2 <= end - start <= 6 and (place is not None or text.endswith(("国家", "省"), 0, start)))
        found.extend(unknown_sectors(text, [(start, end)], s.covered, s.known, narrower_only=not apart))
    return found


def _numbered_headings(s: SectorSentence) -> list[Mention]:
    """1、特钢及金属新材料产业：…: a heading names its sector whole, as the plan writes it."""
    text, found = s.text, []
    for match in _NUMBERED_HEADING.finditer(text):
        a, b = match.span(1)
        if s.covered(a, b) and not any(m.start == a and m.end in (b, b + 2) for m in s.known) and not any(
                x < b and a < y for x, y in s.taken):
            inside = [m for m in s.known if a <= m.start and m.end <= b + 2]
            for m in inside:
                m.extra["absorbed"] = True
            broader = inside[-1].extra.get("concept") if inside else None
            found.append(Mention("Industry", a, b, text[a:b], text[a:b], "industry-heading", True,
                                 extra={"concept": None, "broader": broader, "phrase_end": b + 2}))
        elif not s.covered(a, b):
            found.extend(unknown_sectors(text, [(a, b + 2)], s.covered))
    return found


# a list's run within a clause: it ends at 等 (…新材料等主导产业结构优化、链条延长: another list after it)
_CLAUSE_RUN = re.compile(r"[^，,。；;：:！？!?（）()“”\"《》\s等]+")
_ITEM_WORDS = re.compile(rf"[{HAN}A-Za-z0-9]{{2,10}}")
# what ends an item that is a task, an aspect or a system, not a sector (孵化培育体系, 社会事业,
# 科技成果转化促进, 创新资源集聚, 产业创新)
# (and kinds of intellectual property: 专利、商标、著作权、数据知识产权、集成电路等全部主要门类)
NOT_A_SECTOR_ITEM = re.compile(r"(?:体系|事业|促进|推广|集聚|建设|机制|环境|方面|能力|水平|空间|平台|配套|产品|人才|政策|资金|基础设施|整治|创新"
                               r"|专利|商标|著作权|版权|知识产权|民生|孵化|产业化|意识|素质|作风|理念|工作|路网|管网)$")
# (…文化创意和社会民生等领域: public works; 高新技术研发、孵化和产业化基地: stages of work; 增强团员意识、提高团干部
# 素质为两翼: what a league of youth works on)


# the endings of NOT_A_SECTOR_ITEM a sector may have where its list presents it as one (卷烟及配套, 高端铝材及铝产品)
_LISTED_AS_SECTORS = ("产品", "配套")


def _between_known(s: SectorSentence) -> list[Mention]:
    """力争在高端装备制造、金属新材料、医疗、先进环保产业等领域…: an item between two 、 of a list
    whose items are, for half of them at least and two or more, sectors the taxonomy knows by
    that name, and the last item where 等 closes the list. Between two 、 (or a 、 and 等) an
    item's bounds are certain, whatever opens or closes the list. The
    mention is ``industry-between``: its clause must still present it as a sector."""
    text, found = s.text, []
    for clause in _CLAUSE_RUN.finditer(text):
        if clause.group().count("、") < 2:
            continue
        items = item_spans(clause.group(), clause.start(), "、")
        first_a, first_b = items[0]
        last_a, last_b = items[-1]
        known = sum(s.whole(a, b) for a, b in items[1:-1])
        known += any(m.end == first_b or m.extra["phrase_end"] == first_b for m in s.known if first_a <= m.start)
        known += any(m.start == last_a for m in s.known)
        if known < 2 or 2 * known < len(items):
            continue
        # the last item is bounded too where 等 closes the list (…、医疗、先进环保产业等领域)
        bounded = items[1:] if text.startswith("等", last_b) else items[1:-1]
        joiner = text.rfind("和", last_a, last_b)
        if bounded and bounded[-1] == (last_a, last_b) and joiner - last_a >= 2 and last_b - joiner > 2:
            bounded[-1:] = [(last_a, joiner), (joiner + 1, last_b)]  # …、生物农业和健康医疗等: two items
        for a, b in bounded:
            if s.whole(a, b) or not _ITEM_WORDS.fullmatch(text, a, b) or NOT_A_SECTOR_ITEM.search(text, a, b):
                continue
            for m in unknown_sectors(text, [(a, b)], s.covered, s.known):
                found.append(Mention("Industry", m.start, m.end, m.surface, m.name, "industry-between", True,
                                     extra=m.extra))
    return found


# the sector a national (or provincial) programme's base is titled after, when the zone holds the
# title: 国家新型工业化（电子信息、光伏发电）产业示范基地, 国家新型工业化产业示范基地（硅电子）,
# 国家应急产业（专用汽车）示范基地, 国家光伏发电装备高新技术产业化基地, 国家火炬计划新乡生物新医药特色
# 产业基地, 国家级非金属新材料特色产业基地
_TITLE_OPENING = r"(?:国家火炬计划|国家火炬|国家级|国家|省级|自治区级?)"
_BRACKETED_BASE = (
    re.compile(rf"(?:新型工业化|安全应急产业|应急产业|军民结合|军民融合)(?:产业)?[（(]([{HAN}A-Za-z0-9、·]{{2,24}})[）)](?:产业)?示范基地"),
    re.compile(rf"新型工业化(?:产业)?示范基地[（(]([{HAN}A-Za-z0-9、·]{{2,24}})[）)]"),
)
_TITLED_BASE = re.compile(
    rf"(?:{_TITLE_OPENING}|(?<=[、“]))([{HAN}]{{2,16}}?)(?:高新技术)?(?:产业化|特色产业)基地")
# a demonstration base titled by a sector the taxonomy knows: 国家电子商务示范基地 (not 国家双创示范基地)
_DEMONSTRATION_BASE = re.compile(rf"{_TITLE_OPENING}([{HAN}]{{2,10}}?)(?:产业)?示范基地")
_BASE_ITEM_SEPARATORS = "、·及和"
_OPENING_AGAIN = re.compile(rf"{_TITLE_OPENING}(?:的)?")
_NOT_A_BASE_SECTOR = re.compile(r"^(?:火炬|计划|火炬计划)$|基地|类$")  # 国家火炬特色产业基地, …（综合类）


def _base_titles(s: SectorSentence) -> list[Mention]:
    """The sectors a base's title names (see _TITLED_BASE): the zone was given the title for them."""
    text, found = s.text, []
    titles = [(m, True) for pattern in (*_BRACKETED_BASE, _TITLED_BASE) for m in pattern.finditer(text)]
    titles += [(m, False) for m in _DEMONSTRATION_BASE.finditer(text)]
    for match, any_sector in titles:
        a, b = match.span(1)
        if text[a - 1 : a] in "、“":  # no title opening: 、打造微系统产业化基地, the verb is no part of it
            a = cut_after_boundary(text, a, b, boundary_words())
        place = place_at(text, a, b)  # 国家火炬计划新乡生物新医药…: the place is no part of it
        if place and b - (a + len(place)) >= 2:
            a += len(place)
        opening = _OPENING_AGAIN.match(text, a, b)  # 惠州国家通信…: the title's opening after its place
        a = opening.end() if opening else a
        placed_after = place_before(text, b)  # 国家地球空间信息武汉产业化基地: the base's place after its sector
        b = placed_after if placed_after - a >= 2 else b
        if b - a < 2 or _NOT_A_BASE_SECTOR.search(text[a:b]):
            continue
        if s.covered(a, b) and not any(m.start >= a and m.end <= b for m in s.known):
            continue  # a company's or an institute's base (…有限公司产业化基地)
        items = item_spans(text[a:b], a, _BASE_ITEM_SEPARATORS)
        for m in unknown_sectors(text, items, s.covered, s.known) if any_sector else ():
            m.extra["base_title"] = True
            found.append(m)
        for m in s.known:
            if any(x <= m.start and m.end <= y for x, y in items) and not m.extra.get("absorbed"):
                m.extra["base_title"] = True  # a known sector's name in the title (电子信息)
    return found


# a sector said to be one of the zone's leading sectors, opening its clause: 高端食品行业作为肇庆高新区“主导+特色”产业之一
_ONE_OF_THE_SECTORS = re.compile(rf"(?:^|(?<=[，。；]))([{HAN}]{{2,8}}?)(?:产业|行业)(?:作为|是|为|已成为)[^，。；]{{0,16}}?"
                                 r"(?:主导|特色|支柱|优势|重点|首位)[^，。；]{0,6}?产业之一")


def _one_of_the_sectors(s: SectorSentence) -> list[Mention]:
    """高端食品行业作为…“主导+特色”产业之一: the sector is one of the zone's."""
    return [m for match in _ONE_OF_THE_SECTORS.finditer(s.text) for m in unknown_sectors(s.text, [match.span(1)], s.covered)]


# one sector the text says is to be developed, of four characters or more, its clause ending at 产业: 大力发展智能衡器计量产业，
_ONE_DEVELOPED = re.compile(rf"(?:大力|重点|加快|着力|优先)发展((?:(?![等和及与])[{HAN}]){{4,8}}?)产业(?=[，。；]|$)")  # (not 激光等光电产业)


def _one_developed(s: SectorSentence) -> list[Mention]:
    """大力发展智能衡器计量产业: the one sector a strong verb of developing names, known to the taxonomy or not."""
    return [m for match in _ONE_DEVELOPED.finditer(s.text) for m in unknown_sectors(s.text, [match.span(1)], s.covered)]


# one sector leading the zone's chain or cluster: 形成以高端医用材料为特色的产业链; or written as a sector
# and leading what the zone does (以海洋战略新兴产业为核心,建设…)
_ONE_LEADING = re.compile(rf"以([{HAN}]{{3,8}}?)为(?:特色|主导|核心|龙头|引领|首位)的[{HAN}]{{0,4}}?(?:产业链|产业集群|产业体系)"
                          rf"|以([{HAN}]{{3,8}}?产业)为(?:主导|核心|龙头|引领|首位)")


def _one_leading(s: SectorSentence) -> list[Mention]:
    """以高端医用材料为特色的产业链: the sector leading it is the zone's, known to the taxonomy or not."""
    return [m for match in _ONE_LEADING.finditer(s.text)
            for m in unknown_sectors(s.text, [match.span(1) if match.group(1) else match.span(2)], s.covered)]


# a counted head of sectors, then a dash or a colon, then the list: 三个核心特色产业——文漫影游、教育出版、直播电竞；
_COUNTED_HEAD_LIST = re.compile(
    rf"[{NUMERAL}]+[个大项类][{HAN}]{{0,8}}?(?:产业|领域|行业)(?:——|[：:])"
    rf"((?:[{HAN}A-Za-z0-9]{{2,12}}、)*[{HAN}A-Za-z0-9]{{2,12}})(?=[；。，]|$)")


def _counted_heads(s: SectorSentence) -> list[Mention]:
    """三个核心特色产业——文漫影游、教育出版、直播电竞；两个规模支撑产业——创意设计服务、…: each item a sector,
    the head counting and naming them as such."""
    return [m for match in _COUNTED_HEAD_LIST.finditer(s.text)
            for m in unknown_sectors(s.text, item_spans(match.group(1), match.start(1), "、"), s.covered, s.known)]


# The kinds of list find_listed_sectors reads, in order (a later reading of the same span wins),
# each with the words without which it cannot match.
_LIST_PASSES: tuple[tuple[Callable[[str], bool], Callable[[SectorSentence], list[Mention]]], ...] = (
    (lambda text: "产业之一" in text, _one_of_the_sectors),
    (lambda text: "发展" in text and "产业" in text, _one_developed),
    (lambda text: "以" in text and "为" in text and "产业" in text, _one_leading),
    (lambda text: text.count("、") >= 2, _between_known),
    (lambda text: "、" in text and ("产业" in text or "行业" in text or "大领域" in text), _headed_lists),
    (lambda text: "两" in text, _counted_pairs),
    (lambda text: any(verb in text for verb in _DEVELOPING), _developing_lists),
    (lambda text: ("以" in text or "由" in text) and "为" in text, _leading_lists),
    (lambda text: "以" in text and text.count("为") >= 2, _sector_roles),
    (lambda text: "在内的" in text, _chain_parts),
    (lambda text: "产业链" in text and "的" in text, _company_led_chains),
    (lambda text: "产业为主" in text, _main_sector_lists),
    (lambda text: "产业" in text and ("”即" in text or '"即' in text), _coded_lists),
    (lambda text: "产业、" in text, _each_named_sector),
    (lambda text: "以" in text and "为" in text, _led_by),
    (lambda text: "为" in text and "的" in text, _represented_sectors),
    (lambda text: "产业链" in text, _chain_of),
    (lambda text: ("领域" in text or "方面" in text or "门类" in text) and "、" in text, _field_lists),
    (lambda text: "集群" in text, _one_cluster),
    (lambda text: "、" in text and "集群" in text, _clustered_lists),
    (lambda text: "产业" in text, _numbered_headings),
    (lambda text: "基地" in text, _base_titles),
    (lambda text: "——" in text or "：" in text, _counted_heads),
)



# a numbered heading naming a sector, as plans and funding rules list them: （一）…；1、特钢及金属新材料产业：
_NUMBERED_HEADING = re.compile(rf"(?:^|(?<=[：；。\s]))[（(]?[{NUMERAL}]{{1,2}}[、.．）)]\s*([{HAN}]{{2,16}}?)产业[：:]")


_SCOPE_OPENING = re.compile(r"(?:辖区|全区|区内|园区|我区|该区|本区|全市|全省|市内|省内)?")


# a list that leads the zone's sectors: 以数字智慧医疗、高端医疗器械研发与制造、医疗会展等为主攻方向
_LEADING_ITEM = rf"(?:(?![为等])[{HAN}A-Za-z0-9])"
_LISTS_LEADING = re.compile(
    rf"[以由]((?:{_LEADING_ITEM}{{2,14}}、)+{_LEADING_ITEM}{{2,16}})等?(?:领域|产业|行业)?"  # (…、保健食品等领域为重点)
    rf"为(?:主导|主攻方向|主攻|重点方向|侧重|重点|支撑|特色|补充|主(?=的)"
    rf"|代表的[{HAN}]{{0,8}}?产业)"
)
# sectors listed as the main ones of a system: 形成了再生资源回收集散、…和陆港物流产业为主的“5+1”…产业体系
_LISTED_AS_MAIN = re.compile(rf"((?:{_LEADING_ITEM}{{2,14}}、)+{_LEADING_ITEM}{{2,24}}?)(?:等)?产业为(?:主|主导|主体)的")
_JOINED_AFTER_SECTOR = re.compile(r"(?<=产业)[和及与]")  # 新材料新能源产业和文旅体康产业: two items
# the parts of a sector's chain: 形成了包括锂盐、锂电池正负极材料、电池应用在内的较为完整的锂电产业链
_CHAIN_PARTS = re.compile(
    rf"包括((?:[{HAN}A-Za-z0-9]{{2,12}}、)+[{HAN}A-Za-z0-9]{{2,12}}?)(?:等)?在内的[{HAN}]{{0,10}}?(?:产业链|产业体系|产业集群)"
)


# a list each of whose items the text calls a sector: 高端装备制造产业、新能源新材料产业、新闻出版产业
_HAN_CHAR = re.compile(f"[{HAN}]")
_EACH_NAMED_SECTOR = re.compile(rf"((?:[{HAN}]{{2,10}}?产业、)+[{HAN}]{{2,10}}?产业)(?!园|基地|集群|链|化)")


# a sector written longer than the label it holds, right before 产业/行业: 推动尼龙新材料产业…,
# 引导电气装备制造产业…, 节能环保装备产业, 汽车电子产业
_SECTOR_AFTER = re.compile(r"(?:产业|行业)(?!化)")
_HEAD_AFTER_LABEL = re.compile(r"(?:[\u4e00-\u9fff]{2}(?=装备))?(?:装备|材料|技术|设备|组件|器件|电子|制造|服务|应用)(?=(?:产业|行业)(?!化))")


# the verbs after which a sector's own words may precede a label: 推动尼龙新材料产业, 引导电气装备制造产业
_GROWING = ("推动", "引导", "发展", "壮大", "做强", "做大", "做优", "培育", "打造", "构建", "聚焦", "布局", "引进")


def _bilateral(words: str) -> bool:
    """中日, 中德, 中以: China and a country (data/words/countries.txt), as in 中日绿色产业合作."""
    return words.startswith("中") and len(words) >= 2 and words[1] in _country_initials()


@lru_cache(maxsize=None)
def _country_initials() -> frozenset[str]:
    return frozenset(country[0] for country in stopwords("words/countries.txt"))


def _written_longer(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Narrower sectors a text writes as a known label with words of their own before it (a
    material or kind: 尼龙, 电气, after a verb or a mark) or a head after it (装备, 电子), right
    before 产业 or 行业. Words that only grade or place a sector (高端, 千亿级, a place) do not
    make one (data/words/sector_qualifiers.txt)."""
    out = []
    for m in known:
        if m.extra.get("absorbed") or m.rule != "industry-taxonomy":
            continue
        own = _SECTOR_SUFFIX.search(m.surface)  # 新材料产业: the label holds its 产业
        end = m.end - (len(own.group(0)) if own else 0)
        head = None if own else _HEAD_AFTER_LABEL.match(text, end)
        if head:
            end = head.end()
        elif not own and not _SECTOR_AFTER.match(text, end):
            continue
        start = m.start
        # 钒钛金属材料产业: a two-character label (a material) written into the next one's name is one
        # sector; longer labels run together are peers a page forgot to part (新材料新能源, 云计算大数据)
        joined = next((k for k in known if k.end == m.start and k.end - k.start == 2 and k.rule == "industry-taxonomy"
                       and not k.extra.get("absorbed") and k.extra.get("phrase_end", k.end) == k.end), None)
        if joined is not None and own:
            joined.extra["absorbed"] = True
            out.append(_narrower(m, joined.start, end, text[joined.start:end]))
            continue
        # (or that open the sentence, the sector its subject: 电气装备制造产业是高新区重点发展的主导产业之一)
        left = m.start - next((size for size in (2, 3) if text.endswith(_GROWING, 0, m.start - size)
                               or (own and m.start - size >= 0 and (m.start == size or text[m.start - size - 1] in "。；\n")
                                   and text.startswith("是", m.end))), 0)
        modifier = text[left : m.start]  # the words between a verb of growing sectors and the label
        if (2 <= len(modifier) <= 3 and re.fullmatch(rf"(?:(?![等和及与])[{HAN}])+", modifier)
                and not modifier.endswith(_GROWING)  # 聚焦发展电子信息产业
                and _words_of_its_own(text, left, m, known, taken)):
            start = left
        if start == m.start and head is None:
            continue
        out.append(_narrower(m, start, end, text[start:end]))
    return out


_OUTPUT_AIMED_AT = re.compile(rf"{_OUTPUT_AIM}元?")
_A_COUNT = re.compile(rf"[{NUMERAL}百千万几多数]+[余多]?[家个批类种项所套]$")  # (建立一套生产性服务业…机制)


def _words_of_its_own(text: str, left: int, m: Mention, known: list[Mention], taken: list[tuple[int, int]]) -> bool:
    """Whether the words ``text[left:m.start]`` before a known label make a narrower sector of it: not a
    grade (data/words/sector_qualifiers.txt), a place, 中日-style partners, a boundary word, nor part of
    another mention."""
    modifier = text[left : m.start]
    if modifier.startswith(("成", "为", "起", "了")) or "的" in modifier:
        return False  # 打造成全球算力产业新高地, 构建起覆盖…, 推动了我国脑机接口行业: the verb's complement, not a
        # sector's words; 构建强大的…: praise
    if modifier in ("我国", "全国", "国内", "全球", "世界", "全省", "全市"):
        return False  # 打造我国集成电路产业重要一极: whose sector it is, not a narrower one
    if _A_COUNT.search(modifier) or _OUTPUT_AIMED_AT.fullmatch(modifier):
        return False  # 孵化培育超百家生物医药、医疗器械企业: how many firms, not a sector's words; 打造千亿元智能终端产业: its output
    if _zone_forms().find(modifier):
        return False  # 推动光谷光电子信息产业规模突破5000亿元: the zone whose sector it is (光谷, 东湖's), no sector's words
    return (modifier not in _sector_qualifiers() and place_at(modifier, 0) is None
            and not _bilateral(modifier) and not modifier.endswith(("县", "市", "区", "省", "镇", "州"))
            and modifier not in boundary_words()
            and not any(x < m.start and left < y for x, y in taken)
            and not any(k.end > left and k.start < m.start for k in known if k is not m))


def _narrower(m: Mention, start: int, end: int, name: str) -> Mention:
    """A sector written longer than the known label ``m`` it holds, under that label's concept
    (``m`` is absorbed into it)."""
    m.extra["absorbed"] = True
    return Mention("Industry", start, start + len(name), name, name, "industry-narrower", True,
                   extra={"concept": None, "broader": m.extra["concept"], "phrase_end": end})


# 等 closing a list inside what another list's 、 marks as one item (not 高等教育, 同等, 等级)
_LIST_CLOSED = re.compile(r"(?<![高中初同平对均相])等(?![级同于])")

# where an item of a list of sectors ends: the next item, the list's end, its count or its clause's end
# (or the count of the list's items: 锚定尼龙新材料和电气装备制造两大主导产业)
_ITEM_END = re.compile(rf"[、，。；]|等|和|及|与|(?:产业|行业)|集群|[{NUMERAL}]+大")


def _listed_longer(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Items of a list of sectors written as a known label with words of their own before it, after
    a verb of growing sectors or a list mark (聚焦铝基新材料、输变电装备制造): a narrower sector under
    the label's, named as written. Words that only grade a sector (高端, 下游:
    data/words/sector_qualifiers.txt) make none."""
    out = []
    ends = {k.extra["phrase_end"] for k in known}
    for m in known:
        if m.extra.get("absorbed") or m.rule != "industry-taxonomy":
            continue
        end = m.extra["phrase_end"]
        if not _ITEM_END.match(text, end):
            continue
        # (or joined to the sector before it: 先进装备制造和精优食品加工产业集群)
        size = next((k for k in (2, 3, 4) if m.start - k > 0 and ((m.in_list and (text[m.start - k - 1] == "、"
                     or text.endswith(_GROWING, 0, m.start - k)))
                     or (text[m.start - k - 1] in "和及与" and m.start - k - 1 in ends))), 0)
        left = m.start - size
        modifier = text[left : m.start]
        if (size and re.fullmatch(rf"(?:(?![等和及与的了以为把将对在从向])[{HAN}])+", modifier)
                and not any(word in modifier for word in _GROWING) and modifier not in _CATEGORIES
                and _words_of_its_own(text, left, m, known, taken)):
            out.append(_narrower(m, left, end, _SECTOR_SUFFIX.sub("", text[left:end])))
    return out


# an item of a list joining two sectors into one, as zones name such sectors: 生物医药及大健康,
# 电子信息与物联网、…; a final 和 before the list's end joins two items (纺织服装、…、电子信息和新能源新材料四大产业)
# …、新材料、高效节能与环保的高新技术支柱产业群体: the last item before 的 and the list's head (never
# across the list's frame: …电子信息及生物制药为代表的…产业体系, …高端装备制造和以新兴金融、…为代表的…)
_COMPOUND_ITEM = re.compile(rf"(?:(?<=[、：:])|(?<=打造|发展|聚焦|培育|形成|包括)|(?<=形成了|打造了|培育了))((?!了)[{HAN}]{{2,8}}?)(及|与|和)((?:(?![为的以])[{HAN}]){{2,10}}?)(?=产业|业)?"
                            rf"(?=[、等“\"]|的[^，。；、]{{0,8}}产业|(?:产业)?(?:聚集区|集聚区|集群))")  # …、新能源与节能环保产业聚集区


# the item before, a pair joined by 和 itself: 生物医药和医疗器械、|智能制造和机器人等…
_PAIR_BEFORE = re.compile(rf"{_PAIR}、$")


# what a company's name puts after the sector it works in (汇丰和新材料科技), never a sector's words
_COMPANY_AFTER_SECTOR = re.compile(r"科技|股份|集团|实业|控股")


# a list's code after its last item: 等“2+2”主导产业, 等"4+3"产业
_CODE_AFTER_THE_LIST = re.compile(r"等?[“\"]((?:\d{1,2}[+＋]){1,4}\d{1,2})[”\"]")


def _counted_apart(text: str, a: int, b: int) -> bool:
    """Whether the code closing the list (等“2+2”…) counts one more item than the list has with the two sectors
    joined at ``a``-``b`` read as one: the zone counts them as two."""
    code = _CODE_AFTER_THE_LIST.match(text, b)
    if code is None:
        return False
    opening = max(text.rfind(mark, 0, a) for mark in "，。；：:,\n") + 1
    items = text.count("、", opening, a) + 1
    return items + 1 == sum(int(n) for n in re.split("[+＋]", code.group(1)))


def _compound_items(text: str, known: list[Mention], covered: Callable[[int, int], bool]) -> list[Mention]:
    """Sectors a list writes as two joined into one item (新能源与能源装备制造, 特种纤维和新型复合材料、; the
    first item after the verb that opens the list too: 打造生物医药及食品、新材料及新能源…):
    one industry as written, whose known parts it absorbs. 和 joins one item only inside the list
    (followed by 、); 及 and 与 also at its end (…、生物医药及大健康等)."""
    out = []
    for match in _COMPOUND_ITEM.finditer(text):
        a, b = match.start(1), match.end(3)
        if match.group(2) == "和" and not text.startswith("、", b) and not _PAIR_BEFORE.search(text, max(0, a - 14), a):
            continue  # (…、智能制造和机器人等特色产业集群: a last item joined as the one before it was is a pair too)
        if "等" in match.group(1):
            continue  # 新材料等高新产业及研发设计、…: a list closed (等) and a new one opened, no item joined
        after_verb = a > 0 and text[a - 1] not in "、：:"
        if after_verb and (match.group(2) == "和" or not text.startswith("、", b) or match.group(1).endswith("产业")
                           or not any(m.start == a for m in known)):
            continue  # after the verb, only a list's first item opening with a known sector (打造生物医药及食品、…)
        # (the last part may hold the item's 产业: …、新能源与节能环保产业聚集区)
        parts = [m for m in known if a <= m.start < b and (m.end <= b or text[b : m.end] in ("产业", "业"))]
        joiner = match.start(2)
        if any(m.start < joiner < m.end for m in parts):
            continue  # 现代中药和生物医药: a label of its own, already one sector
        if (_FACILITY_AT_END.search(text, a, b) or _FIRM_KIND_AT_END.search(text, a, b)
                or _FACILITY_AT_END.search(match.group(1)) or text.endswith(("园", "园区", "项目"), a, b)):
            continue  # 钢铁和装备制造产业园: a park of two sectors, not a sector; …研发楼宇及标准厂房项目: a project;
            # 国家海洋技术中心和中英两国海上风能、…: a body joined to a list of sectors
        if parts and _COMPANY_AFTER_SECTOR.fullmatch(text, max(m.end for m in parts), b):
            continue  # …、汇丰和新材料科技、…: a company named by its business, not two sectors
        if (not parts or _covered_by_others(a, b, parts, covered)
                or cut_after_boundary(text, a, b, long_boundary_words(), keep=0) > a):
            continue  # no known sector in it, something else in it (a company), or a verb
        if len(parts) == 2 and _counted_apart(text, a, b):
            continue  # 电子信息、新材料、航空制造及医药健康等“2+2”主导产业: the code counts the two apart
        for m in parts:
            m.extra["absorbed"] = True
        name = _SECTOR_SUFFIX.sub("", text[a:b])
        # not said to be a sector by its list (no industry-listed): its clause must present it as one
        out.append(Mention("Industry", a, a + len(name), name, name, "industry-compound", True,
                           extra={"concept": None, "phrase_end": b}))
    return out


def _past_a_clause(text: str, a: int, b: int, known: list[Mention]) -> int:
    """Where an item starts that runs into a known sector from its clause: words before the sector
    holding a boundary word (but a joiner), a place or 中国 are the clause's (建设好温州激光与光电…,
    已成为海南医药…, 两地在新能源与智能网联汽车), not a narrower sector's."""
    lead = next((m for m in known if a < m.start < b and m.rule == "industry-taxonomy"), None)
    if lead is None:
        return a
    if (text.startswith("中国", a, lead.start) or cut_after_boundary(text, a, lead.start, _boundaries_but_joiners(), keep=0) > a
            or any(place_at(text, i, lead.start) is not None for i in range(a, lead.start))):
        return lead.start
    return a


@lru_cache(maxsize=None)
def _boundaries_but_joiners() -> frozenset[str]:
    """The boundary words but 和, 及 and 与, which join a sector's own two halves (生命科学与生物技术)."""
    return boundary_words() - {"和", "及", "与"}


def _after_taken(start: int, end: int, taken: list[tuple[int, int]]) -> int:
    """``start``, or the end of a taken span (a zone's name) ending after it and before ``end``."""
    return max([start] + [e for _, e in taken if start < e < end])


_PREPOSITIONS = PREPOSITIONS - frozenset("由被与")  # (与 joins two items here: 电子信息与物联网)
_JOINER_OR_PREPOSITION = _PREPOSITIONS | frozenset("和及与")


def _first_item_start(text: str, begin: int, end: int) -> int:
    """Where a list's first item starts: after the verb before it, and after a preposition or
    joiner that opens it (昌吉高新区对输变电装备制造、…, …建设和节能环保、…, 努力把地理信息产业、…)."""
    first = cut_after_boundary(text, begin, end, long_boundary_words(), keep=2)
    if first > begin and text[first] == "了" and end - first > 3:
        first += 1  # 重点布局了现代纺织、…: the verb's particle
    if text[first] in (_PREPOSITIONS if first == begin else _JOINER_OR_PREPOSITION):
        first += 1
    elif first > begin and end - first > 3 and text[first + 1] in "和及与" and text[first] != text[first + 2]:
        first += 2  # 形成了产业聚集|区和新材料、…: the end of a word the verb cut, then a joiner (not 钛及钛合金)
    else:  # …4个主导产业集群和知识型服务业、新能源、生物3个产业: the head of a list before, then a joiner
        head = _HEAD_THEN_JOINER.search(text, first, end)
        if head and end - head.end() >= 2:
            first = head.end()
    return first


_HEAD_THEN_JOINER = re.compile(r"(?:产业集群|集群|产业|行业)[和及与]")


# what heads a cluster named after the zone's head sector: …的第一大主导产业电子显示产业集群
_HEAD_BEFORE_CLUSTER = re.compile(r"(?:主导|首位|支柱)产业(?=[\u4e00-\u9fff]{2,8}$)")
# a cluster named after one sector: …稀土新材料制造创新型产业集群, 中国（温州）激光与光电产业集群
_ONE_CLUSTER = re.compile(r"(?<![、和及与])(?:(?:国家级|省级)?(?:创新型|首位|特色|主导|优势|支柱)?产业集群|(?<=制造业|服务业)集群)")
_GRADE_AT_END = re.compile(rf"{_OUTPUT_AIM}$")  # …级, or 千亿 alone (打造轨道交通千亿产业集群)
# …、高端装备制造三大创新产业集群, …、数字产业四大新产业集群: the count, its kind and the cluster's own 产业
_COUNT_AT_END = re.compile(rf"[{NUMERAL}]+[个大项](?:主导|特色|优势|新兴|战略性新兴|战新|支柱|重点|先导|未来|创新|新)*(?:产业)?$")
# …(and the standing it aims at: 打造世界级光电子信息产业集群, 高水平光电子信息产业集群)
_GRADE_OPENING = re.compile(r"(?:若干|一批|一些|多个|诸多|众多|一系列)?(?:被?(?:认定|评)?为|成为)?(?:国家级|省级|市级)?(?:成长型|创新型|特色|示范)*"
                            r"(?:世界级|国际级|世界一流|全球一流|国际一流|国内一流|全国一流|国内领先|国际领先|全球领先|高水平|高质量|一流)?")
_AWARD_AT_END = re.compile(r"(?:成功)?(?:获评|获批|入选|被认定为|被评为|认定为|列入)(?:为)?(?:国家级|省级)?$")
# what may stand before a cluster's sector and is no part of it: the place, a grade, the designating body
_CLUSTER_GRADE = re.compile(
    r"(?:高新区|开发区|园区|全区|我区|该区|本区|[千百万]亿元?级?|国家级|省级|市级|国家|全国|中国"
    r"|科技部|工信部|工业和信息化部|国家发改委|发改委|商务部)*"
)


# a sector named as leading a broader one: 以激光为引领的新一代信息技术产业, 以电池为龙头的新能源产业
_LED_BY = re.compile(rf"以([{HAN}A-Za-z0-9]{{2,10}}?)为(?:(?:引领|龙头|核心|主导|主体|代表)的[{HAN}]{{0,10}}?(?:产业|集群)(?!体系)"
                     r"|(?:主导|支柱|首位)产业)")  # 以起重装备为主导产业的…示范区: the zone's one leading sector


_PROVINCE_OR_CITY = ("省级", "市级", "省", "市")
# a region of several provinces or cities: 长三角地区, 粤港澳大湾区, 成渝地区
_REGION = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?地区|粤港澳大湾区|长三角|珠三角|京津冀|大湾区|长江经济带)")
# areas that are not high-tech zones, named after their place: 汉川经开区, 吴忠金积工业园区
AREA_WORDS = ("经济技术开发区", "经济开发区", "经开区", "工业园区", "开发区")
# the links of a sector's chain, named alone: no sector of their own
_CHAIN_LINKS = frozenset({"生产", "加工", "后加工", "深加工", "精深加工", "应用", "研发", "科技", "销售", "配套", "装备配套",
                          "设计", "检测", "制造", "回收", "上游", "中游", "下游"})
_CATEGORIES = frozenset({"战略性新兴", "战略新兴", "战新", "高新技术", "高技术", "示范", "创新型", "新兴"})
# a category said of a batch, after a copula (其中主要为|战略性新兴|产业): no sector's name
_COPULA_THEN_CATEGORY = re.compile(rf"[\u4e00-\u9fff]{{0,3}}(?:为|是)(?:{'|'.join(sorted(_CATEGORIES, key=len, reverse=True))})")


_FACILITY_AT_END = re.compile(r"(?:工作站|中心|平台|基地|园|联盟|智库|研究院|实验室|载体)$")
_FIRM_KIND_AT_END = re.compile(r"(?<!电)商$|企业$")  # …制造商、运营商, 骨干企业: kinds of firm (跨境电商 is a sector)
# an item that is a place, a body or a project's phase, not a sector: 国家大学科技城, 高铁新城, 长三院, 世纪联合二期,
# 产学研配套区; a body (中国纺织工业联合会) or a change's start (…、松散型经营向产业集群发展); a street
# (以量子大道为核心的产业集聚空间)
# (or a roster a zone was entered in: 入选第二批企业创新积分制试点单位名录、…)
_NOT_A_SECTOR_AT_END = re.compile(r"(?:新城|科技城|[院所区]|[一二三四五六七八九十\d]期|[）)]|联合会|协会|委员会|商会|学会|向|大道|大街|名录|名单|目录|榜单|单位)$")


@lru_cache(maxsize=None)
def _sector_qualifiers() -> frozenset[str]:
    return stopwords("words/sector_qualifiers.txt")


# what a list says of its sectors before naming them: 科技含量高、市场前景好、引领作用大、集聚能力强的…产业集群
# 入选广东省第二批产业集群…: the batch a list of clusters was named in, no sector
_BATCH = re.compile(rf"(?:第[{NUMERAL}\d]+|首|新一|下一)批")
_PRAISE = re.compile(r"(?:含量|前景|作用|能力|效益|潜力|实力|优势|带动性|关联度|附加值|竞争力)[高好大强足优广明显突出]+$")


# what may stand between a list's verb or place and a sector's name without being part of it: a
# particle, a determiner, a rank, a district (邗江区) or a town (东凤镇)
# (“四新”指新能源产业、…: what a quoted term stands for, after its 指)
_FILLER_BEFORE_SECTOR = re.compile(r"(?:了|着|现已|已经|此次|唯一的?|这一|该|其|在|对|向|从|全国|全省|全市|(?<=[”\"])指|[\u4e00-\u9fff]{1,3}?(?:[区县]|(?<!小)镇)(?![域内外间])"
                                   r"|(?<=[该本全我])区(?![域内外间块]))+")  # (为该区电子信息、…: the area cut from its 该)


_CLUSTER_AT_END = re.compile(r"(?:产业)?(?:创新)?集群$")
_CLASS_AT_START = re.compile(rf"[{NUMERAL}ⅠⅡⅢⅣ]+类")
_GRADE_AT_START = re.compile(rf"{_OUTPUT_AIM}(?!元)")
_BRACKET_AT_START = re.compile(r"[（(][^（）()]{1,10}[）)]")
_CHAIN_AT_END = re.compile(r"全?产业链$")
# a sector's role written inside a list's item (两主一特: 以A、B为主导产业、以C产业为特色产业)
_ROLE_IN_ITEM = re.compile(rf"(?:产业)?为(?:[{NUMERAL}]+[个大项])?(?:主导|特色|核心|支柱|引领|首位|重点|主体)")  # (…为三大主导产业)


def _split_at_yiji(text: str, items: list[tuple[int, int]], known: list[Mention] | None) -> list[tuple[int, int]]:
    """Items with 以及 after a known sector are two (先进装备制造、电子信息以及医药食品三大主导产业): no
    sector's name holds it (but products of a chain, LCM模组以及终端会议一体机, stay one item, and none)."""
    out = []
    for a, b in items:
        joiner = text.find("以及", a, b)
        if joiner - a >= 2 and b - joiner - 2 >= 2 and any(m.start == a and m.end == joiner for m in known or ()):
            out.extend([(a, joiner), (joiner + 2, b)])
        else:
            out.append((a, b))
    return out


def _opening_verb(text: str, a: int, b: int) -> str:
    """The longest boundary word of two characters or more opening ``text[a:b]`` with two characters
    or more after it, or "": one set lookup per length such a word has, not a startswith per word."""
    words = long_boundary_words()
    return next((text[a : a + size] for size in _long_boundary_lengths()
                 if b - a - size >= 2 and text[a : a + size] in words), "")


@lru_cache(maxsize=None)
def _long_boundary_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(word) for word in long_boundary_words()}, reverse=True))


_APPLIED_IN_ITEM = re.compile(r"(?:技术|材料|产品)在(?!线)")


def _a_list_of_firms(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether two items or more of a list end in a known company's name: a list of firms."""
    return sum(any(e == b - a for _, e, _, _ in enterprise_gazetteer().all(text[a:b])) for a, b in items) >= 2


# what a sector's name ends in, where a list gives no other sign that it names one (健康食品和医药产业集群)
_SECTOR_HEAD_AT_END = re.compile(r"(?:食品|材料|装备|制造|服务|器械|电子|信息|能源|化工|医药|农业|物流|设备|技术|软件)$")


def unknown_sectors(text: str, items: list[tuple[int, int]], covered: Callable[[int, int], bool],
                     known: list[Mention] | None = None, narrower_only: bool = False) -> list[Mention]:
    """Mentions of the items that are sectors the taxonomy does not know. With ``known`` (a list
    the text heads as sectors), an item that holds known sectors and more (输变电装备制造, 化工新材料)
    is a narrower sector of its own, under the last sector it holds (its head: 装备制造): the
    mentions of the sectors inside are marked ``absorbed``."""
    if _a_list_of_firms(text, items):
        return []  # 京东方、创维、3M、英国FlexEnable、出光新产等光电显示产业链…企业代表: a list of firms, its others firms too
    out = []
    for a, b in _split_at_yiji(text, items, known):
        if text.startswith("园", a) and b - a >= 3 and any(text[a - k : a] in county_forms() or text[a - k : a] in place_forms() for k in (2, 3)):
            a += 1  # 中关村海淀园人工智能产业集群: the zone's sub-park (its district and 园) is no part of it
        closing = _LIST_CLOSED.search(text, a, b)
        if closing and closing.start() - a >= 2:
            b = closing.start()  # …、低空经济等新兴产业、未来产业: one list ends at 等; its head (新兴产业) is no sector
        a = max(a, text.rfind("的", a, b) + 1)  # 以晨鸣为代表的纸浆, 国内一流的智能装备: a description first
        role = _ROLE_IN_ITEM.search(text, a, b)
        if role and role.start() - a >= 2:
            b = role.start()  # …、先进装备制造业为主导产业、以新能源汽车产业为特色: the role is no part of it
        elif text[b - 1] == "为" and b - a >= 3:
            b -= 1  # 以移动互联网、平板显示、智能装备为三大主导产业: the role's verb before the list's head
        if text[a] == "了" and b - a >= 3:
            a += 1  # 打造了汽车、电子信息两大千亿级产业集群: the verb's particle opens no sector
        bracket = _BRACKET_AT_START.match(text, a, b)
        if bracket and b - bracket.end() >= 2:
            a = bracket.end()  # 乌鲁木齐高新区（新市区）新一代信息技术: the zone's district, in brackets, is no part of it
        if text.startswith(("并与", "并和", "并以"), a) and b - a >= 4:
            a += 1  # (…新材料产业打造产业集群，并与新装备、生物科技产业形成三大主导产业: 并, then the joiner)
        if text[a] in "以与和及" and b - a >= 3 and not text.startswith("以色列", a):
            a += 1  # (…以新能源汽车, “光芯屏端网”与生命健康: a preposition or a joiner opens no sector)
        verb = _opening_verb(text, a, b)
        a += len(verb)  # 加强生物医药、聚焦集成电路…, 通过导入高端装备制造: the verb opens no sector
        applied = _APPLIED_IN_ITEM.search(text, a + 2, b - 2)
        if applied:
            a = applied.end()  # 石墨烯技术在显示触控屏、…: the field a technology is applied in
        graded = _GRADE_AT_END.search(text, a, b)
        if graded and graded.start() > a:
            b = graded.start()  # 新一代信息技术千亿级、先进制造五百亿级…产业集群: the grade is no part of it
        awarded = _AWARD_AT_END.search(text, a, b)
        if awarded and awarded.start() - a >= 2:
            b = awarded.start()  # 有色金属新材料获评国家级创新型产业集群: what it won is no part of it
        counted = _COUNT_AT_END.search(text, a, b)
        if counted and counted.start() - a >= 2:
            b = counted.start()  # …、高端装备制造三大特色优势产业集群: the list's count is no part of it
        opening = _GRADE_OPENING.match(text, a, b)
        if opening and opening.end() > a and b - opening.end() >= 2:
            a = opening.end()  # 申报为省级成长型先进制造业集群: the grade it was given is no part of it
        graded = _GRADE_AT_START.match(text, a, b)
        if graded and b - graded.end() >= 2:
            a = graded.end()  # 千亿级新能源产业集群: the output it aims at is no part of the sector
        chain = _CHAIN_AT_END.search(text, a, b)
        if chain and chain.start() - a >= 2:
            b = chain.start()  # 以钠电全产业链为代表的…: the sector whose chain it is
        # 自贡节能环保、…, 省新能源, 长三角地区新能源汽车: the place or region is no part of it
        region = _REGION.match(text, a, b)
        place = (place_at(text, a, b) or next((w for w in _PROVINCE_OR_CITY if text.startswith(w, a, b)), None)
                 or (region.group() if region else None))
        if place and b - (a + len(place)) >= 2 and (
                place in _PROVINCE_OR_CITY or any(m.start == a + len(place) for m in known or ())):
            a += len(place)
        area = next((w for w in AREA_WORDS if text.startswith(w, a, b)), None)
        if area and b - (a + len(area)) >= 2:
            a += len(area)  # 汉川经开区现代纺织服装: the development area is no part of it
        a = _past_a_zones_name(text, a, b, known or [])
        filler = _FILLER_BEFORE_SECTOR.match(text, a, b)
        if filler and b - filler.end() >= 4:
            a = filler.end()  # 打造了新一代电子信息…, 扬州唯一数控成形机床…, 邗江区数控成形机床…: no part of its name
            place = place_at(text, a, b)  # 现已玉溪生物医药…: and the place after the filler
            if place and b - (a + len(place)) >= 2 and any(m.start == a + len(place) for m in known or ()):
                a += len(place)
        a = _past_grades(text, a, b, known or [])  # 全市千亿级规模生物医药产业集群: the grades are no part of it
        counted = _SET_OPENING.match(text, a, b)
        if counted and b - counted.end() >= 2:
            a = counted.end()  # 建立一套生产性服务业集群激励机制: how many, no part of it
        classed = _CLASS_AT_START.match(text, a, b)
        if classed and b - classed.end() < 2:
            continue  # 研发…的一类、二类创新药: a class of drug or device, no sector
        if classed:
            a = classed.end()
        verb = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
        if verb > a and any(m.start == verb for m in known or ()):
            a = verb  # 有重点、分梯次推动新一代信息技术、…: the clause runs into the first item up to its verb
        a = _past_a_clause(text, a, b, known or [])
        name = _SECTOR_SUFFIX.sub("", _CLUSTER_AT_END.sub("", text[a:b]))  # …机床产业集群入选…: the sector, not its cluster
        if (name in _sector_qualifiers() or name in _CATEGORIES or name in long_boundary_words() or _PRAISE.search(name)
                or _COPULA_THEN_CATEGORY.fullmatch(name)
                or name in _CHAIN_LINKS or name.startswith(("这个", "这些", "这一", "那个", "那些", "上下游", "相关"))
                or name.endswith("多") or name.startswith("最") or _places_only(name) or _BATCH.fullmatch(name)):
            # 辐射多(产业集群): many sectors; 最强(产业集群): a superlative; 以徐州铜山为核心: a place
            continue  # 示范, 省级战略性新兴: a grade or a category; 引领(主导产业集群): a verb; 科技含量高: praise;
            # 盐城这个(创新型产业集群): a pointing word; …数字经济及上下游相关配套(产业): the others' suppliers;
            # 以稀土磁性材料生产、后加工、应用、及科技、人才、装备配套等完整产业集群: links of a chain
        if not 2 <= len(name) <= (12 if known else 8):
            continue
        inner = name.find("产业")
        if inner > 0 and cut_after_boundary(name, inner + 2, len(name), boundary_words(), keep=0) > inner + 2:
            continue  # 昌吉高新区新材料产业打造产业集群: a sector and a verb, a clause, not a sector's name
        if (_FIRM_KIND_AT_END.search(name) or _NOT_A_SECTOR_AT_END.search(name)
                or (not covered(a, b) and NOT_A_SECTOR_ITEM.search(name) and not name.endswith(_LISTED_AS_SECTORS))
                or (_FACILITY_AT_END.search(name) and (inner > 0 or not covered(a, b)))):
            continue  # 先进计算产业智库工作站, 中山国家健康基地, …企业联盟: a facility or a body, not a sector
        if not covered(a, b):
            if narrower_only:
                continue
            out.append(Mention("Industry", a, a + len(name), name, name, "industry-listed", True,
                               extra={"concept": None, "phrase_end": b, "written": text[a:b]}))
            continue
        inside = [m for m in known or () if a <= m.start and m.end <= b]
        whole = [m for m in inside if m.start == a and m.end >= a + len(name)]
        for m in whole:  # the item is a known sector as written, in a list read as one of sectors
            m.extra["listed_as_sector"] = True
        if not inside or whole or _covered_by_others(a, b, inside, covered):
            continue  # (or it holds something else: a company)
        if any(text[left.end : right.start] in ("和", "及", "与", "以及") for left, right in zip(inside, inside[1:])):
            continue  # 电子信息和新能源新材料: two sectors joined, not one narrower
        tail = text[inside[-1].end : a + len(name)]
        if tail[:1] in ("和", "及", "与") and NOT_A_SECTOR_ITEM.search(tail):
            continue  # 文化创意和社会民生(等领域): a sector joined to what is none, not one narrower
        joiner = inside[0].start - 1
        left = text[a:joiner]
        if (len(inside) == 1 and joiner - a >= 2 and text[joiner] == "和" and inside[0].end >= a + len(name)
                and not covered(a, joiner) and not NOT_A_SECTOR_ITEM.search(left) and not _FIRM_KIND_AT_END.search(left)
                and not _NOT_A_SECTOR_AT_END.search(left) and _SECTOR_HEAD_AT_END.search(left)):
            # 健康食品和医药产业集群: a sector the taxonomy does not know joined to one it knows, two sectors
            inside[0].extra["listed_as_sector"] = True
            out.append(Mention("Industry", a, joiner, left, left, "industry-listed", True,
                               extra={"concept": None, "phrase_end": joiner, "written": left}))
            continue
        for m in inside:
            m.extra["absorbed"] = True
        head = inside[-1].extra["concept"]
        out.append(Mention("Industry", a, a + len(name), name, name, "industry-narrower", True,
                           extra={"concept": None, "broader": head, "phrase_end": b, "written": text[a:b]}))
    return out


@lru_cache(maxsize=None)
def _zone_forms() -> Gazetteer[str]:
    """Every zone's name and short forms (data/zones.csv), 光谷 and 张江 among them."""
    return Gazetteer([(form, zone.name) for zone in zones() for form in (zone.name, *zone.short_names) if len(form) >= 2])


_AREA_KIND_WORDS = ("高新", "高新技术产业", "新技术", "经济技术和")  # (东湖新技术开发区: a kind of area, no zone's own word)


def _past_a_zones_name(text: str, a: int, b: int, known: list[Mention]) -> int:
    """``a``, or the end of a zone's name inside ``text[a:b]`` where a known sector follows it: the zone
    whose sector it is, and what opens the clause before it, are no part of the sector
    (习近平与光谷|光电子信息产业、激光产业、…等领域企业家)."""
    for _, end, _, _ in reversed(_zone_forms().find(text[a:b])):
        if b - (a + end) >= 2 and any(m.start == a + end for m in known):
            return a + end
    own = next((word for word in zones_own_words() if text.startswith(word, a, b)), None)
    if own and b - (a + len(own)) >= 2:
        return a + len(own)  # 火炬健康食品和医药产业集群 (中山火炬开发区): the zone's own word, no sector's
    return a


@lru_cache(maxsize=None)
def zones_own_words() -> tuple[str, ...]:
    """The words of the zones' names between their city and their kind (火炬 of 中山火炬高新区, 紫竹,
    松山湖), where they are neither a place nor a sector's first word (not 医药 of 泰州医药高新区, 稀土, 钒钛)."""
    words = set()
    for zone in zones():
        for form in (zone.name, *zone.short_names):
            core = _ZONE_KIND_AT_END.sub("", form)
            place = place_at(core, 0)
            word = core[len(place):] if place else ""
            if (2 <= len(word) <= 4 and place_at(word, 0) is None and not any(label.startswith(word) for label in industry_labels())
                    and re.fullmatch(f"[{HAN}]+", word) and word not in _AREA_KIND_WORDS):
                words.add(word)
    return tuple(sorted(words, key=len, reverse=True))


_ZONE_KIND_AT_END = re.compile(r"(?:国家)?(?:农业)?(?:高新技术产业开发区|高技术产业开发区|高新技术产业示范区|高新区|开发区|示范区|科技园区|园区|区)$")


def _places_only(name: str) -> bool:
    """Whether a name is made of places only (徐州铜山: a city and its district)."""
    at, forms = 0, county_forms()
    while at < len(name):
        place = place_at(name, at) or next((name[at : at + k] for k in _county_lengths() if name[at : at + k] in forms), None)
        if not place:
            return False
        at += len(place)
    return True


@lru_cache(maxsize=None)
def _county_lengths() -> tuple[int, ...]:
    """The lengths of the counties' names (reference.county_forms), longest first."""
    return tuple(sorted({len(form) for form in county_forms()}, reverse=True))


def _past_grades(text: str, a: int, b: int, known: list[Mention]) -> int:
    """Where an item starts past a scale or a place before a known sector in it (千亿级|规模|生物医药):
    the start of that sector. Grades of kind stay (新型纺织材料, 高端精密制造: the annotators' names)."""
    if any(m.start == a for m in known):
        return a
    scale = _SCALE_OR_PLACE.match(text, a, b)
    return scale.end() if scale and any(m.start == scale.end() for m in known) else a


_SCALE_OR_PLACE = re.compile(r"(?:[百千万]亿级?|规模|全[市省区]|本地|[我该本]区)+")


def _covered_by_others(a: int, b: int, inside: list[Mention], covered: Callable[[int, int], bool]) -> bool:
    """Whether something other than the sectors ``inside`` covers part of ``text[a:b]``."""
    spans = sorted((m.start, m.end) for m in inside)
    gaps, position = [], a
    for start, end in spans:
        if start > position:
            gaps.append((position, start))
        position = max(position, end)
    if position < b:
        gaps.append((position, b))
    return any(covered(x, y) for x, y in gaps)


# what ends a list's item on either side
_ITEM_EDGE = "、，,：:；;（）()“”\"《》。！？ "
_LIST_OPENERS = ("：", ":", "（", "(", "“")  # what a list's first item may follow
_SECTOR_SUFFIX_AT_END = re.compile(r"(?:产业|行业|(?<![农工商渔林牧务])业)$")


def record_items_as_written(text: str, industries: list[Mention]) -> None:
    """A sector of the taxonomy that is an item of a list, written with words of its own around it
    (…、智能芯片、…, 数字动漫、…, 汽车核心零部件、…): the item as written is a form the document names the
    sector by (registry.resolve records it), when the sector is the item's only one and no verb or 的 is in it."""
    for m in industries:
        if m.extra.get("concept") is None or m.extra.get("written"):
            continue
        end = m.extra.get("phrase_end", m.end)
        left = m.start
        while left > 0 and text[left - 1] not in _ITEM_EDGE and m.start - left < 6:
            left -= 1
        right = end
        while right < len(text) and text[right] not in _ITEM_EDGE and text[right] != "等" and right - end < 6:
            right += 1
        if not (left == 0 or text[left - 1] in _ITEM_EDGE) or not (right == len(text) or text[right] in _ITEM_EDGE + "等"):
            continue  # the item runs on past six characters either side: a clause, not an item
        opener = text[left - 1] if left else ""
        if opener != "、" and not (opener in _LIST_OPENERS and text.startswith("、", right)):
            continue  # no item of a list, or its first after a comma (whose words may be the verb opening it: 实施数字经济、…)
        item = _SECTOR_SUFFIX_AT_END.sub("", text[left:right])
        extra = text[left : m.start] + text[m.end : left + len(item)]
        if (item == m.surface or not 3 <= len(item) <= 10 or any(c in item for c in "的和及与或")
                or _NOT_A_SECTORS_WORD.search(extra) or any(o is not m and left < o.end and o.start < right for o in industries)
                or cut_after_boundary(text, left, right, boundary_words(), keep=2) != left):
            continue  # 以大数据, 发布出台集成电路: a verb or preposition; 大数据五大先导: a count; 生物医药创新港: a place
        m.extra["written"] = item


# what no sector's own words hold: digits and counts, places and facilities, policies and projects
_NOT_A_SECTORS_WORD = re.compile(r"[\d一二三四五六七八九十两百千万]|[港园城区]|基地|中心|平台|机构|政策|项目|集群|示范|试点")
