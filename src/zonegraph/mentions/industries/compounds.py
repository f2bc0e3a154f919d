"""Two sectors joined in one item (X及Y, X和Y, X与Y): one sector or two. A count after the list
(…四大板块), figures given to each item, a list of pairs or the code of the zone's system decide it where
the text gives one; else a compound label is two sectors where the taxonomy holds each part (医疗器械与生物
医药). A list's item joining a known sector to words the taxonomy lacks is one sector as written
(_compound_items: 新能源与能源装备制造)."""

from __future__ import annotations

import re
from collections.abc import Callable

from zonegraph.mentions.base import chars_but, HAN, Mention, NUMERAL, cut_after_boundary, long_boundary_words, small_count
from zonegraph.mentions.industries.shared import _FACILITY_AT_END, _FIRM_KIND_AT_END, _SECTOR_SUFFIX
from zonegraph.mentions.industries.taxonomy import industry_gazetteer
from zonegraph.mentions.industries.unknown import _covered_by_others
from zonegraph.reference import IndustryConcept


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


# an item of a list joining two sectors into one, as zones name such sectors: 生物医药及大健康,
# 电子信息与物联网、…; a final 和 before the list's end joins two items (纺织服装、…、电子信息和新能源新材料四大产业)
# …、新材料、高效节能与环保的高新技术支柱产业群体: the last item before 的 and the list's head (never
# across the list's frame: …电子信息及生物制药为代表的…产业体系, …高端装备制造和以新兴金融、…为代表的…)
_COMPOUND_ITEM = re.compile(rf"(?:(?<=[、：:])|(?<=打造|发展|聚焦|培育|形成|包括)|(?<=形成了|打造了|培育了))((?!了)[{HAN}]{{2,8}}?)(及|与|和)({chars_but(HAN, '为的以')}{{2,10}}?)(?=产业|业)?"
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
