"""Lists the text says are of sectors: headed by 等 or a count and a kind of sector (…等主导产业,
…三大产业集群, “2+6+X”), opened by a verb of developing, led (以…为主导), given parts (…为主导、…为补充),
spelled out from a code (“3辅”即…), two counted as two, run into their clusters, fields a project covers,
or bounded by 、 among known sectors. Where a list holds a known sector, its other items are sectors too
(unknown_sectors reads each); where a list gives no such sign, its items are left alone."""

from __future__ import annotations

import re

from zonegraph.mentions.base import (
    chars_but, CHAINS,
    HAN,
    Mention,
    NUMERAL,
    PREPOSITIONS,
    cut_after_boundary,
    item_spans,
    long_boundary_words,
)
from zonegraph.mentions.industries.sentence import SectorSentence, _after_taken
from zonegraph.mentions.industries.shared import NOT_A_SECTOR_ITEM, _DEVELOPING
from zonegraph.mentions.industries.unknown import _a_list_of_firms, unknown_sectors


# how a count of sectors may be described before its head: 三大特色鲜明的产业集群
DESCRIBED = "(?:特色鲜明|优势突出|优势明显|特色突出)的"


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
    rf"(?:(?<=等)(?!产业|行业|为|以|细分|相关|其[他它]|各类){chars_but(HAN, '区市省县园的')}{{2,6}}?"
    r"(?=(?:产业|行业)(?:全领域|全链条|链|集群|体系|发展|[，。；]))"
    rf"|(?<=等){chars_but(HAN, '区市省县园的')}{{2,6}}的(?=产业(?:体系|集群|链))"
    # …、软件外包、商贸会展等高端服务业, …、高端装备制造等先进制造业: the kind of service or manufacturing they make up
    r"|(?<=等)(?:高端|先进|现代|生产性)(?:服务|制造)(?=业(?:[，。；的和]|$)))?"
    r"(?:产业|行业|(?<=服务|制造)业|(?<=[个大])(?:板块|细分领域|细分行业|子行业)|(?<=[一二三四五六七八九十两]大)领域)(?!化|领先|龙头|领军|骨干|排头兵|头部|[“\"]?(?:大咖|专家|精英|人士|嘉宾|代表|领袖|大佬))"  # 等19个产业化项目: projects; 等行业领先企业, 等行业头部: firms
    # (…副院长乔标、…轮值总裁孟祥军等行业“大咖”: people, the industry's leading figures)
)  # (四大板块: the economy's counted segments; 聚焦…和生命科学四大领域: the counted fields)
_ITEM_CHAR = rf"{chars_but(HAN + r'A-Za-z0-9（）()+＋', '等')}"
# (not a last item ending in 的 or 了: …和风力发电领域形成了三大板块 is a clause)
# (a count's digits are not split between the last item and the head: …体育休闲四个主导产业|16个细分领域)
_SECTOR_LIST = re.compile(rf"((?:{_ITEM_CHAR}{{2,14}}、)+{_ITEM_CHAR}{{2,18}})(?<![的了])(?!(?<=\d)\d)(?={SECTORS_HEAD.pattern})")  # …为引领的“6+2+X”


# a list a verb of developing sectors opens: 重点发展电子信息、端产品制造和大数据服务
_SECTOR_VERB_LIST = re.compile(
    rf"(?:{'|'.join(_DEVELOPING)})"
    rf"((?:[{HAN}A-Za-z0-9]{{2,12}}[、和及与])+[{HAN}A-Za-z0-9]{{2,12}}?)(?=[，。；：]|等|$)"
)


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
_ROLE_WORD = rf"{chars_but(HAN + r'A-Za-z0-9', '为、，。；')}{{2,12}}"
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


# a list's run within a clause: it ends at 等 (…新材料等主导产业结构优化、链条延长: another list after it)
_CLAUSE_RUN = re.compile(r"[^，,。；;：:！？!?（）()“”\"《》\s等]+")
_ITEM_WORDS = re.compile(rf"[{HAN}A-Za-z0-9]{{2,10}}")


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


# a counted head of sectors, then a dash or a colon, then the list: 三个核心特色产业——文漫影游、教育出版、直播电竞；
_COUNTED_HEAD_LIST = re.compile(
    rf"[{NUMERAL}]+[个大项类][{HAN}]{{0,8}}?(?:产业|领域|行业)(?:——|[：:])"
    rf"((?:[{HAN}A-Za-z0-9]{{2,12}}、)*[{HAN}A-Za-z0-9]{{2,12}})(?=[；。，]|$)")


def _counted_heads(s: SectorSentence) -> list[Mention]:
    """三个核心特色产业——文漫影游、教育出版、直播电竞；两个规模支撑产业——创意设计服务、…: each item a sector,
    the head counting and naming them as such."""
    return [m for match in _COUNTED_HEAD_LIST.finditer(s.text)
            for m in unknown_sectors(s.text, item_spans(match.group(1), match.start(1), "、"), s.covered, s.known)]


_SCOPE_OPENING = re.compile(r"(?:辖区|全区|区内|园区|我区|该区|本区|全市|全省|市内|省内)?")


# a list that leads the zone's sectors: 以数字智慧医疗、高端医疗器械研发与制造、医疗会展等为主攻方向
_LEADING_ITEM = rf"{chars_but(HAN + r'A-Za-z0-9', '为等')}"
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
