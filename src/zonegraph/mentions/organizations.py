"""Research institutes and enterprises: tables first, then name endings and list contexts.

Chinese has no spaces, so a name's left edge is found by walking back over name characters to
the nearest punctuation, zone name or boundary word (与, 共建的, 引进 … in data/words/).
"""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import (
    HAN,
    NUMERAL,
    AnchoredPattern,
    NAME_CHAR,
    Gazetteer,
    Mention,
    boundary_words,
    cut_after_boundary,
    is_everyday_phrase,
    item_spans,
    long_boundary_words,
    name_run_start,
    overlaps,
    strip_generic,
)
from zonegraph.mentions.industries import industry_gazetteer
from zonegraph.reference import (
    countries,
    enterprise_brands,
    enterprise_groups,
    institutes,
    org_aliases,
    place_at,
    place_before,
    place_forms,
    place_forms_longest_first,
    stopwords,
)

INSTITUTE_ENDING = re.compile(
    rf"(?:大学(?!科技园|城|生(?![命物态])|校区)|学院|研究院|研究总院|研究所|科学院|工程院|分院|实验室|研究中心|研发中心|创新中心|工研院|研究生院"
    rf"|试验站|试验中心|工程中心|技术转移中心"
    # 江南大学江阴校区, …创新中心江阴分中心, 沈阳工业大学辽阳分校, 吉林大学南校区: a branch
    rf"|(?<=大学|学院|中心|科大|交大|工大|验室)(?:[{HAN}]{{2,3}}(?:校区|分中心|分室|分校)|[东南西北]校区)"
    # 南开大学现代光电所: a university's institute by its short name
    rf"|(?<=大学|学院)(?:(?![等和及与])[{HAN}]){{2,5}}(?<![事务派出交易诊场院多])所)"
)
_DESCRIPTIVE_ENDINGS = frozenset({"实验室", "创新中心", "研究中心", "研发中心", "学院", "研究院"})
_QUALIFIER = re.compile(rf"（(?!含|包括|包含|即|如|以下|暂名|筹)[{HAN}A-Za-z0-9]{{1,8}}）")  # not （含分析检测平台）: what it holds, nor （暂名）
SHORT_FORM = re.compile(rf"（(?:以下)?(?:简称|下称)[“\"]?([{HAN}A-Za-z0-9]{{2,10}}?)[”\"]?）")  # （简称苏州医工所）
_PLACE_QUALIFIER_BEFORE = re.compile(rf"[（(][{HAN}]{{2,4}}[）)]")
_NUMBERED_INSTITUTE = re.compile(r"(?:集团)?第?[〇一二三四五六七八九十百零\d]{2,4}(?:研究)?所")
_CAS_INSTITUTE = re.compile(rf"(?:中科院|中国科学院)[{HAN}]{{1,8}}?所")
LEGAL_ENDING = re.compile(r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|（有限合伙）)")
# what ends a company's name right after an institute-like one: 有限公司, （中国）有限公司
_LEGAL_ENDING_AFTER = re.compile(rf"(?:[（(][{HAN}A-Za-z]{{1,8}}[）)])?{LEGAL_ENDING.pattern}")
BRAND_ENDING = re.compile(
    r"(?:[（(]集团[）)]|集团公司|集团|股份|控股|科技|医疗|电子|通讯|通信|动力|乳业|食品|新材料|新能源|生物|制药|药业|光电|智能|电气|"
    r"重工|传动|汽车|能源|机器人|化工|钢铁|电力|特钢|半导体|微电子|软件|网络|精密|装备|机械|环保|纸业|家居|电器|"
    r"电池|基因|芯片|实业|材料|氢能|光伏|航空|通用|物流|智造|云|数据|量子)(?!化)"  # 电气化, 智能化: an -ization, no ending
)
# a number before a name: a count (39无锡…, 10家…) or a year (2019年中国科学院…)
_LEADING_COUNT = re.compile(r"[A-Za-z0-9.]*\d[A-Za-z0-9.]*(?:[家个所]|多家|余家|年[度底初末]?)?|[A-Za-z0-9.]+")
_BRAND_AT_END = re.compile(f"(?:{BRAND_ENDING.pattern})$")
STRONG_ENDINGS = frozenset({"集团", "集团公司", "股份", "控股", "（集团）", "(集团)"})  # 中国兵器装备集团公司
# a unit after a number (3亿元科技, 万元科技) or a scope word: no name; 亿纬动力, 万华化学 open with 亿, 万
_UNITS = re.compile(rf"(?<=[\d.{NUMERAL}百千万亿几])[元万亿个家年月日项台套吨亩]|以上|以下|全区|全市|区域|省级|市级|国家")
_AFTER_NAME = re.compile(
    r"[、，。；）]|等|获|入选|荣获|牵头|研发|成功|挂牌|上市|进入|被|是|为|已|将|在|于|与|和|的(?:产品|项目|技术)|公司|总部|项目|投资|投产|落户|建成|跻身|位居|成为|通过|拥有|$"
)
_ENTERPRISE_CUE = re.compile(
    r"企业|公司|集团|龙头|上市|挂牌|获评|入选|独角兽|瞪羚|小巨人|冠军|牵头|研发的|签约|落户|投产|代表|产品|项目"
)
_ITEM = rf"[{HAN}A-Za-z0-9·]{{2,10}}?"
_LIST_TAIL = (  # what follows the list's 等 or 和
    rf"(?!方式|形式|途径|模式|渠道|区域|地区|地方|省份|城市|国家(?!级))\s*\d*\s*(?:家|个)?(?:一批)?(?:(?![在于等])[{HAN}]|\d+(?=强|家)|(?<=[高强大好])、)*?"  # 等世界500强企业, not 等方式在…创办企业 nor 和共同研发等方式成立企业, nor 京津冀、长三角等区域的…企业
    rf"(?:企业(?!家)|公司|龙头|冠军|独角兽|瞪羚|小巨人|服务商|供应商|运营商|制造商|厂商|翘楚|领军|品牌)"
)
# 和 ends the list unless a name of its own follows it: …、上海联和投资公司等 is no 上海联 and a 投资公司
_ENTERPRISE_LIST = re.compile(
    rf"((?:{_ITEM}、)+{_ITEM})(?:等|和(?!中小|其他|其它|各类|相关|广大|连锁)(?![{HAN}]{{2,6}}公司)){_LIST_TAIL}"
)
# a list of companies counted right after it, without 等: 硕博电子、三禾、中矿安华3家优质企业完成扩产
_LISTED_CHAR = rf"(?:(?!等)[{HAN}A-Za-z0-9·])"  # a name character of a listed item, the list's 等 left out
_COUNTED_ITEM = rf"(?:(?!第){_LISTED_CHAR}){{2,10}}?"
_COUNTED_LIST = re.compile(rf"((?:{_COUNTED_ITEM}、)+{_COUNTED_ITEM})(?=\s*[{NUMERAL}]+\s*家[{HAN}]{{0,6}}?(?:企业|公司))")
_STRONG_VERBS = ("获评", "入选", "入围", "荣获", "荣膺", "被评为", "被认定为", "挂牌上市", "成功上市", "登陆")
# 正大天晴连续入选…, 天明机械荣膺…: an adverb may stand between the name and its award
_ENTERPRISE_AWARDED = re.compile(
    rf"((?:{_ITEM}、)*{_ITEM})(?:等)?(?:连续|再次|首次|成功|先后|均)?({'|'.join(_STRONG_VERBS)}|进入|牵头建设|研发的|获批)(?!者)"
)
# a group's unit: two to four characters after the group's short name, then a list mark or a joiner
_UNIT_AFTER_GROUP = re.compile(rf"([{HAN}]{{2,4}}?)(?=[、，。；：]|等|和|与|及)")
_LIST_MARK_AFTER = re.compile(r"[、，]|等")
_SHORT_COMPANY = re.compile(r"(?<!有限|责任|集团|股份)(?<![分子母总])公司")
# every award match holds its verb two characters or more after its start, after name characters and 、
_AWARDED_SEARCH = AnchoredPattern(_ENTERPRISE_AWARDED, "|".join((*_STRONG_VERBS, "进入", "牵头建设", "研发的", "获批")),
                                  rf"{HAN}A-Za-z0-9·、", min_before=2)
# every list match holds 等 or 和 five characters or more after its start, after name characters and 、
_LIST_SEARCH = AnchoredPattern(_ENTERPRISE_LIST, "等|和", rf"{HAN}A-Za-z0-9·、", min_before=5, after=_LIST_TAIL)
# what a single name is said to have won, when only a company wins it (…百强榜, …示范企业, …单项冠军)
_AWARD_FOR_COMPANIES = re.compile(r"[^，。；]{0,20}?(?:企业|百强|强榜|冠军|瞪羚|独角兽|小巨人|隐形冠军|品牌价值|绿色工厂|智能工厂)")
# companies listed right after the kind of company they are: 引入…上下游关联企业南洋电缆、京宇电气、远洋线缆
_HEADED_LIST = re.compile(
    rf"(?:关联|骨干|领军|知名|配套|链主|头部|龙头|招商引资|重点)企业(?:有|包括|如)?[：:]?"
    rf"((?:{_LISTED_CHAR}{{2,8}}、)+{_LISTED_CHAR}{{2,8}})(?=[，。；]|等|$)"
)


# short names listed as the subject of what companies do: 光威、迪尚、三阳加快建设协同实验室
_ACTING_LIST = re.compile(
    rf"(?:^|(?<=[，。；：]))((?:{_LISTED_CHAR}{{2,4}}、)+{_LISTED_CHAR}{{2,4}}?)"
    r"(?=(?:加快|正在|分别|相继|纷纷|先后|共同|已)?(?:建设|投资|新建|扩建|共建|组建|入驻|落户|签约|投产|开工|扩产|布局|牵头|联合|设立|成立))"
)
# or of what they became: 神威施普瑞、瑞药金方成为…领军企业
_BECOMING_LIST = re.compile(
    rf"(?:^|(?<=[，。；：]))((?:{_LISTED_CHAR}{{2,6}}、)+{_LISTED_CHAR}{{2,6}}?)(?=(?:均|先后|相继)?成为[^，。；]{{0,24}}?企业)")


def _could_be_company(text: str, a: int, b: int, known: Gazetteer[str], industry_labels: frozenset[str]) -> bool:
    """Whether a list item may name a company: no institute, site or quality (…中心, …性), no verb
    inside (入园设立…), and a known name, a brand ending or words that are not everyday ones."""
    name = text[a:b]
    if INSTITUTE_ENDING.search(name) or name.endswith(("中心", "平台", "基地", "园", "项目", "性")):
        return False
    if cut_after_boundary(text, a, b, long_boundary_words(), keep=1) > a:
        return False
    return name in known or bool(_BRAND_AT_END.search(name)) or not _is_everyday(name, industry_labels)
# 以泰丰纺织为龙头; 以摩尔农庄为核心的植物蛋白产业链 (a company at the core of a chain, not 以…生态为核心)
_REPRESENTED = re.compile(rf"以({_ITEM})等?为(?:代表|龙头|(?:核心|链主)(?=的[^，。；]{{0,16}}?(?:产业链|产业集群|产业园)))")
_CHAIN_INSIDE = re.compile(r"为(?:代表|龙头|骨干|核心|引领)")
# a sector's one company, named as what the sector is mostly or as its example
_SECTOR_LED_BY = re.compile(rf"(?:产业|行业)(?:以({_ITEM})为主(?=[，。；])|如({_ITEM})(?=产值|营收|年产|规模|[，。；]))")
# the next items of such a chain, without their 以: 以丰田汽车零部件为代表的变速箱、科力美为代表的电池
_REPRESENTED_AGAIN = re.compile(rf"(?<=、)(?!以)({_ITEM})为代表的")
# a short name opening its clause as the maker of what follows: 其中，维信电子生产的挠性板…, 威诺数控自主研发的…
_MAKER = re.compile(rf"(?:^|(?<=[，。；：]))(?:其中|如)?((?:(?![其如])[{HAN}A-Za-z0-9]){{2,8}}?)(?:自主|独立|率先)?(?:研发|生产|研制|开发|推出)的")
# companies leading a chain or a sector: 以爱地高分子、呈瑞粉末冶金为骨干企业的新材料产业链
_REPRESENTED_LIST = re.compile(
    rf"以(?!及)((?:{_LISTED_CHAR}{{2,10}}、)+{_LISTED_CHAR}{{2,16}})(?:等)?为(代表|龙头|骨干|核心|引领)(?:的)?(企业|公司)?")
# what says the words before it name a sector: 以起重装备为主导产业, 起重装备研发制造基地
_SECTOR_NEXT = re.compile(r"为(?:主导|支柱|首位|特色|优势)产业|(?:研发)?制造基地")
# a person's post in one body, then (兼) a post in the next: …研究院副院长兼…中心主任
_OFFICER_OF = re.compile(r"(?:常务|执行)?副?(?:院长|所长|校长|主任|书记|理事长|董事长|总经理|部长)兼")
# what a list's representatives stand for when it is a sector: …为代表的焊接和汽车零部件产业
_SECTOR_REPRESENTED = re.compile(rf"[{HAN}、和及与]{{2,16}}?(?:产业|行业)")
# one company brought in, then the kind of firm it is: 引进开沃等整车企业 (not 引进高端装备等企业: a sector)
_ONE_BROUGHT_IN = re.compile(rf"(?:引进|招引|引入|吸引|集聚|聚集)了?([{HAN}]{{2,4}})等[{HAN}]{{0,6}}?(?:企业|龙头)")


_SECTOR_OR_GRADE = re.compile(r"级|(?:产业|行业|领域)$")  # 以…千亿级智能制造产业…为龙头: sectors, not companies
# companies named in quotes right after the kind of company they are: 世界500强企业“辉瑞制药”、医药工业百强企业
# “齐都药业”“迪沙药业”
_QUOTED_NAME = re.compile(rf"“([{HAN}A-Za-z0-9·]{{2,10}})”")
_QUOTED_AFTER_KIND = re.compile(rf"(?:企业|公司)[：:]?((?:“[{HAN}A-Za-z0-9·]{{2,10}}”[、和及]?)+)")
# one company named right after the kind of company it is
_HEADED_NAME = re.compile(
    rf"(?:制造商|供应商|服务商|运营商|龙头企业|上市企业|上市公司|领军企业|骨干企业|头部企业|链主企业)"
    rf"((?:{_LISTED_CHAR}){{2,8}}?)(?=[，。；、]|等|位列|入选|获|成功|已|将|在|于|与|的|打造|建设|投资|落户|生产|研发)"
)
# a company named after what it is, set off by a dash: 全国特种车行业首家上市公司——迪马、…龙头——泽塔电源
_DASHED_COMPANY = re.compile(rf"(?:企业|公司|龙头|冠军|领军者|领头羊)——([{HAN}A-Za-z0-9·]{{2,8}}?)(?=[、，。；]|等|(?<=公司|集团))")
_COUNTED = re.compile(r"\d+\s*[家个名]$")


@lru_cache(maxsize=None)
def _boundary_tuple() -> tuple[str, ...]:
    return tuple(boundary_words())


@lru_cache(maxsize=None)
def _labels_ending_with(industry_labels: frozenset[str]) -> dict[str, tuple[str, ...]]:
    table: dict[str, list[str]] = {}
    for label in industry_labels:
        if label:
            table.setdefault(label[-1], []).append(label)
    return {char: tuple(labels) for char, labels in table.items()}


# boundary words that are also the last words of companies' names (…科技发展有限公司, …投资建设集团)
_COMPANY_NAME_WORDS = frozenset({"发展", "建设", "服务", "管理", "开发", "投资", "实业", "控股"})


@lru_cache(maxsize=None)
def _long_words_of_no_company() -> frozenset[str]:
    return long_boundary_words() - _COMPANY_NAME_WORDS


def _generic() -> frozenset[str]:
    return stopwords("words/generic_name_parts.txt")


@lru_cache(maxsize=None)
def _everyday() -> frozenset[str]:
    return stopwords("words/common_words.txt") | _generic()


def _is_everyday(part: str, industry_labels: frozenset[str] = frozenset()) -> bool:
    """无线网络, 战略思维, 集成电路材料: everyday words or a sector, not a company's own name."""
    return part in industry_labels or is_everyday_phrase(part, _everyday(), industry_labels)


@lru_cache(maxsize=None)
def institute_gazetteer() -> Gazetteer[str]:
    entries = []
    for record in institutes():
        entries.append((record.name, record.name))
        entries.extend((alias, record.name) for alias in record.aliases)
    entries.extend((a.alias, a.canonical) for a in org_aliases() if a.kind == "ResearchInstitute")
    return Gazetteer(entries)


@lru_cache(maxsize=None)
def group_gazetteer() -> Gazetteer[str]:
    return Gazetteer((group.short, group.name) for group in enterprise_groups())


@lru_cache(maxsize=None)
def enterprise_gazetteer() -> Gazetteer[str]:
    entries = []
    for alias in (*org_aliases(), *enterprise_brands()):
        if alias.kind == "Enterprise":
            entries.extend([(alias.alias, alias.canonical), (alias.canonical, alias.canonical)])
    return Gazetteer(entries)


def _known_name_before(text: str, start: int, ending_start: int) -> int:
    """``start``, or the start of a known organisation whose name a boundary cut went through
    (华为成都研究院 cut after 为) or that opens the words joined before it (浙江大学遥感与GIS研究中心
    cut after 与)."""
    run = name_run_start(text, start)
    if run == start:
        return start
    for gazetteer in (institute_gazetteer(), group_gazetteer(), enterprise_gazetteer()):
        for a, b, _, _ in gazetteer.all(text[run:ending_start]):
            if run + a < start <= run + b:
                return run + a
            between = text[run + b : start - 1]  # 浙江大学 [遥感] 与GIS研究中心: a few words of its own, no verb
            if (a == 0 and text[start - 1] in "与和及" and 1 <= len(between) <= 4 and "等" not in between
                    and cut_after_boundary(text, run + b, start - 1, long_boundary_words(), keep=0) == run + b):
                return run
    return start


def _left_edge(text: str, end_of_name: int, ending_start: int, blocked: list[tuple[int, int]],
               words: frozenset[str] | None = None) -> int:
    start = name_run_start(text, ending_start)
    for _, b in blocked:  # a zone name (or other taken span) before the name bounds it
        if start < b <= ending_start:
            start = b
    # after a table cell's edge (a space) a name is a cell of its own: a one-character word inside
    # it (同, 和 in 北京同安电子, 江苏德和生物) is part of the name, not a verb before it
    if words is None:
        words = long_boundary_words() if start > 0 and text[start - 1] == " " else boundary_words()
    run_start, start = start, cut_after_boundary(text, start, ending_start, words, keep=0)
    start = _after_particle(text, start, ending_start)
    start = _country_kept(text, run_start, start)
    count = _LEADING_COUNT.match(text, start, ending_start)  # "39无锡…", "10家…": a number, not a name
    if count and count.end() == ending_start and not re.search(r"\d", count.group(0)):
        return start  # ABB（中国）有限公司: a Latin name is the whole name, not a count before one
    return count.end() if count else start


_PARTICLES = re.compile("[了着]")


def _after_particle(text: str, start: int, end: int) -> int:
    """``start``, or just past the last particle 了 or 着 among the first words before ``end``
    (孕育了汉威科技, 聚集着国盾量子), or past a 的 left at the start by a cut (大连高新区的融科储能…有限公司):
    no name has one, and the word before it need not be a known boundary word. A 的 further in is
    a possessive (新产投的聚碳酸酯: the company is before it)."""
    last = -1
    for particle in _PARTICLES.finditer(text, start, min(end, start + 4)):
        last = particle.start()
    if last < 0 and text.startswith("的", start):
        last = start
    return last + 1 if last >= 0 and end - last > 2 else start


def _country_kept(text: str, run_start: int, start: int) -> int:
    """Where a name starts when the boundary word it was cut after opens a country's name
    (及以色列创新中心: 以 begins 以色列, it is no preposition here)."""
    for back in (1, 2):
        if start - back >= run_start and text.startswith(countries(), start - back):
            country = start - back
            place = place_before(text, country)
            return place if place >= run_start else country  # 广东以色列理工学院: a place opens it
    return start


@lru_cache(maxsize=None)
def _country_names() -> frozenset[str]:
    return frozenset(countries())


_ZONE_COMPANY = re.compile(rf"([{HAN}]{{2,6}}?)(集团公司|集团|公司|控股)")
_KIND_OF_COMPANY = re.compile(r"^(?:与|和|同|及|跟|向|对|上市|子|分|总|母|平台|龙头|骨干|科技型|高新技术|规上|外资|民营|国有|新增|入驻|重点|企业|全资|控股|的|各|该|本)")


# what a zone does to a company, not a company's name: 益阳高新区支持园区平台公司实行市场化运作
_ZONE_DOES = re.compile(r"支持|推动|鼓励|引导|加快|推进|实施|组织|指导|帮助|协助|要求|积极|大力|全力|依托|成立|组建|设立")


def zone_companies(text: str, zones: list[Mention]) -> list[Mention]:
    """Companies a zone owns, named after it: 益阳高新区高投集团公司, 黄冈高新区招商服务公司,
    江阴高新区国资公司 (the zone's name is part of the company's, and still names the zone)."""
    found = []
    for zone in zones:
        match = _ZONE_COMPANY.match(text, zone.end) if zone.surface.endswith("高新区") else None
        if (match is None or _KIND_OF_COMPANY.match(match.group(1)) or _UNITS.search(match.group(1))
                or _ZONE_DOES.match(match.group(1)) or _PARTICLES.search(match.group(1))):
            continue  # 益阳高新区支持园区平台公司, 宝鸡高新区聚集了宝钛集团: a verb, the zone is the subject
        end = match.end() - (2 if match.group(2) == "集团公司" else 0)  # 高投集团公司: 高投集团
        surface = text[zone.start : end]
        found.append(Mention("Enterprise", zone.start, end, surface, surface, "enterprise-zone-owned"))
    return found


# a kind of university, not the name of one: what a cut through a name leaves (中南财经|政法大学)
_KIND_OF_UNIVERSITY = re.compile(r"(?:政法|理工|师范|医科|财经|农业|工业|科技|交通|石油|林业|农林|外国语|中医药|民族|工程)(?:大学|学院)")
_PREPOSITION_AFTER_VERB = frozenset("以对在将把向从由被")
# what follows an item of a list of fields: the other items, then 等 and at most a count or a few
# words before 领域 (…、视频处理等领域, 数控装备、…等十余个领域; not 华为等企业在5G领域, nor the
# companies of a field: 先声药业、绿叶思科等生命健康领域各类企业, 联想…等数10家相关领域的世界500强)
_LISTED_AS_FIELDS = re.compile(
    rf"(?:、[{HAN}A-Za-z0-9]{{1,12}})*等(?:(?!企业|公司|在|与|和)[^，。；、]){{0,6}}?(?:领域|方面|环节|赛道)"
    r"(?![^，。；、]{0,8}?(?:企业|公司|500强|龙头|巨头|厂商|集团))")
_COUNTED_KIND = re.compile(rf"[{NUMERAL}]+[大个家所]|\d+强")
_JOINED_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[、，：]))([{HAN}]{{2,10}})[与和及]$")


def _joined_name_start(text: str, start: int) -> int:
    """Where a listed institute's name starts when a boundary cut it at 与/和/及 (脑机交互与人机共融
    海河实验室 after 、): the words before the joiner, back to the list mark, if no ending is among them."""
    joined = _JOINED_ITEM_BEFORE.search(text, max(0, start - 12), start)
    words = joined.group(1) if joined else ""
    if words and (words in enterprise_gazetteer() or words in institute_gazetteer()
                  or text.startswith(place_forms_longest_first(), start) or _PERSON_TITLE.search(words)):
        return start  # 中海油和广东海洋大学, 管委会主任曹志宏与湘南学院: two parties, each named on its own
    if (joined and text[joined.start(1) - 1 : joined.start(1)] == "、" and not INSTITUTE_ENDING.search(words)
            and "等" not in words and not words.endswith(("孵化器", "基地", "园", "平台", "公司", "企业"))):
        return joined.start(1)
    return start


# fields joined by 与 inside a unit's name: 中科院宁波材料技术与工程研究所, 武汉理工大学船海与能源动力
# 工程学院 (after the institute the unit belongs to), 化学与精细化工广东省实验室 (opening a clause)
_PARENT_BEFORE_FIELD = re.compile(rf"(?:大学|学院|科学院|中科院|研究院)([{HAN}]{{2,10}})$")
_FIELD_OPENING = re.compile(rf"(?:^|(?<=[，。；：,;:]))([{HAN}]{{2,4}})$")
_FIELD_ENDINGS = frozenset({"实验室", "研究院", "研究所", "研究中心", "创新中心", "学院", "试验站", "试验中心", "工程中心"})
_ACTORS = frozenset({"政府", "企业", "高校", "园区", "学校", "医院", "公司", "单位", "机构", "院校", "双方", "我们", "我市", "我区"})


def _field_joined_start(text: str, start: int, ending_start: int, ending: str, blocked: list[tuple[int, int]],
                        known: Gazetteer[str]) -> int:
    """Where a unit's name starts when a joiner inside it (与, 和, 及) cut it: the field before the
    joiner belongs to the name if an institute's name comes right before it, or if it opens the
    clause and is a field's word (化学), not an actor's (政府与…) nor a name (the words after the joiner
    opening with a place or a known name are a name of their own: 华为与北京大学)."""
    if ending not in _FIELD_ENDINGS or start < 3 or text[start - 1] not in "与和及" or ending_start - start < 2:
        return start  # (车间与实验室: nothing but the ending after the joiner, two things)
    joiner = start - 1
    if any(joiner - 10 < b <= joiner for _, b in blocked):
        return start
    parent = _PARENT_BEFORE_FIELD.search(text, max(0, joiner - 14), joiner)
    if parent and cut_after_boundary(text, parent.start(1), joiner, boundary_words(), keep=0) == parent.start(1):
        parent_start = _left_edge(text, parent.start(1), parent.start(), blocked)
        name = text[parent_start : parent.start(1)]
        if name in known or (parent.start() - parent_start >= 2 and _is_name(text[parent_start : parent.start()], known)):
            return parent_start
    opening = _FIELD_OPENING.search(text, max(0, joiner - 5), joiner)
    if (opening and opening.group(1) not in _ACTORS and opening.group(1) not in boundary_words()  # 先后与…
            and _is_everyday(opening.group(1))
            and not text.startswith(("国家", "省", "市", "重点"), start)  # 加强与国家实验室: a kind of body
            and not text.startswith(place_forms_longest_first(), start) and not any(True for _ in known.all(text[start:ending_start]))):
        return opening.start(1)
    return start


_GOVERNMENT_BODY = re.compile(r"(?:部|厅|政府|委员会|管委会|办公室)$")
_PERSON_TITLE = re.compile(r"书记|主任|局长|院长|校长|主席|部长|经理|董事长|总裁|区长|市长|县长|秘书长|处长|厅长|记者")


def _before_cut(text: str, start: int, blocked: list[tuple[int, int]]) -> int:
    """Where a name starts if the one-character word just before ``start`` is part of it (和 in
    江苏德和生物, 碳中和研究院): the boundary before that one, else ``start`` itself."""
    if start > 0 and text[start - 1] in boundary_words() and text[start - 1] not in _NEVER_INSIDE | {"与", "及"}:
        before = _left_edge(text, start - 1, start - 1, blocked)
        if text[start - 1] != "和" or start - 1 - before <= 3:  # 碳中和, 江苏德和, not 湘南学院科研成果展和…
            return before
    return start


# one-character boundary words that never stand inside a name: 高新区由大学园区… is no 高新区由大学
_NEVER_INSIDE = frozenset("由被把将在是的了从到让给等向")
# and those of them that open no company's legal name either (在线…, 向日葵…, 到家… do)
_NEVER_OPENS_A_LEGAL_NAME = frozenset("由被把将从")


_GLUED_ITEM = re.compile(rf"[{HAN}]{{1,3}}、")


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether a short abbreviation stands as a name: not glued into a longer word."""
    if text[end : end + 1] in ("学", "院", "校") or _GLUED_ITEM.match(text, end):
        return False  # 东北大学; 北大培新、明信投资两只产业基金: a longer name, listed
    if start == 0 or not NAME_CHAR.match(text[start - 1]):
        return True
    return any(text[:start].endswith(word) for word in boundary_words())


def _is_name(prefix: str, known: Gazetteer[str]) -> bool:
    """Whether the part before an ending is a proper name rather than a category."""
    if any(True for _ in known.all(prefix)):
        return True
    return len(strip_generic(prefix, _generic())) >= 2


_YEAR_BEFORE = re.compile(r"\d{2,4}年度?$")


def _year_designation(text: str, start: int, prefix: str) -> bool:
    """Whether the name is a year's designation of a province or city (2023年度山东省技术创新中心绩效评价,
    2017年湖北省工程研究中心授牌): a year, a place, then nothing of its own before the ending."""
    if not _YEAR_BEFORE.search(text, max(0, start - 7), start):
        return False
    place = place_at(prefix, 0)
    return place is not None and len(strip_generic(prefix[len(place):], _generic())) == 0


def find_institutes(text: str, blocked: list[tuple[int, int]]) -> list[Mention]:
    known = institute_gazetteer()
    candidates: list[Mention] = []
    described: list[Mention] = []  # named like a kind of body (人工智能实验室): kept only in company
    for a, b, surface, canonical in known.find(text):
        if surface != canonical and len(surface) <= 3 and not _standalone(text, a, b):
            continue  # 北大 inside 东北大学, 南大 inside 环南大科创圈: not an abbreviation here
        candidates.append(Mention("ResearchInstitute", a, b, surface, canonical, "institute-gazetteer"))
    for match in INSTITUTE_ENDING.finditer(text):
        end, ending_start = match.end(), match.start()
        start = _known_name_before(text, _left_edge(text, end, ending_start, blocked), ending_start)
        if text.startswith(("大学", "学院"), start) and start > 0 and NAME_CHAR.match(text[start - 1]):
            # 组建北京联合|大学…: the word cut was the university's own (联合), the cut before it holds
            before = cut_after_boundary(text, name_run_start(text, start - 1), start - 1, boundary_words(), keep=0)
            if text.startswith(place_forms_longest_first(), before):
                start = before  # (a place opens the university's name; not 充分发挥|大学)
        qualified = _PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 6), start)
        if qualified and qualified.end() == start and qualified.group(0)[1:-1] in _short_places():
            # 上交（徐州）新材料研究院: the name goes on before the place
            before = _left_edge(text, qualified.start(), qualified.start(), blocked)
            if qualified.start() - before >= 2:
                start = before
        for inner in INSTITUTE_ENDING.finditer(text, start, ending_start):
            if text.startswith("国家", inner.end()) and inner.group() not in ("大学", "学院", "科学院"):
                start = inner.end()  # …实验室渭南分室国家增材制造创新中心: a list without its 、 (not 南昌大学国家…中心)
        if ending_start - start < 2 or _KIND_OF_UNIVERSITY.fullmatch(text, start, end):
            # 共建碳中和研究院: 和 is part of the name; 与中南财经政法大学: so is 经 (政法大学 is a kind)
            start = _before_cut(text, start, blocked)
            if ending_start - start < 2:
                continue
        if re.match(r"\s*\d+\s*[个家所]", text[end:]):  # 新型产业技术研究院10个: a count, not a name
            continue
        prefix = text[start:ending_start]
        if re.search(r"省级|市级|国家级|省部级|^全国重点|以上|的|^(?:这些|那些|这|该|各)|这一|[各诸]$", prefix) or _is_regional_centre(text[start:end]):
            continue
        if _year_designation(text, start, prefix):
            continue
        if _COUNTED_KIND.search(prefix):
            continue  # 三大海河实验室, 家纺、…海洋工程装备三大产业研究院, 世界500强研发中心: a count or a kind
        start = _joined_name_start(text, start)  # …、脑机交互与人机共融海河实验室: 与 inside a listed name
        start = _field_joined_start(text, start, ending_start, match.group(0), blocked, known)
        start = _known_name_after_words(text, start, end, known)
        start = _after_last(_OFFICER_OF, text, start, ending_start, 2)  # …研究院副院长兼生物医药研究中心主任
        prefix = text[start:ending_start]
        proper = _is_name(prefix, known)
        # 人工智能实验室, 现代产业学院, 未来技术创新中心: named like a kind of body
        kind_of_body = match.group(0) in _DESCRIPTIVE_ENDINGS and (not proper or (
            "国家" not in prefix and not text[:start].endswith(("大学", "学院"))
            and not any(True for _ in known.all(prefix)) and _is_everyday(prefix)))
        if not proper and not kind_of_body:
            continue
        qualifier = _QUALIFIER.match(text, end)  # 国家市场监管技术创新中心（特殊食品）: part of the name
        short = SHORT_FORM.match(text, end)  # …研究所（简称苏州医工所）: the name the text will use
        if qualifier and not short:
            end = qualifier.end()
        surface = text[start:end]
        mention = Mention("ResearchInstitute", start, end, surface, surface, "institute-ending",
                          extra={"own_words": proper})
        (described if kind_of_body else candidates).append(mention)
        if short and not kind_of_body:
            candidates.append(Mention("ResearchInstitute", short.start(1), short.end(1), short.group(1), surface,
                                      "institute-short-form"))
    for a, b, _, _ in group_gazetteer().all(text):  # 中船七一六所, 中国电科38所: a group's numbered institute
        numbered = _NUMBERED_INSTITUTE.match(text, b)
        if numbered:
            surface = text[a : numbered.end()]
            candidates.append(Mention("ResearchInstitute", a, numbered.end(), surface, surface, "institute-numbered"))
    for match in _LISTED_SHORT_INSTITUTE.finditer(text):  # …玻璃钢研究院、703所、哈焊所、兽研所……
        if INSTITUTE_ENDING.search(text, max(0, match.start() - 30), match.start()) and not _NOT_AN_INSTITUTE.search(match.group(1)):
            candidates.append(Mention("ResearchInstitute", match.start(1), match.end(1), match.group(1), match.group(1),
                                      "institute-listed-short"))
    for match in _CAS_INSTITUTE.finditer(text):  # 中科院苏州医工所: the pattern holds the whole name
        candidates.append(Mention("ResearchInstitute", match.start(), match.end(), match.group(0), match.group(0), "institute-cas"))
    named = _maximal(candidates)
    found = _joint_institutes(text, _maximal(named + [m for m in described if _in_named_company(text, m, named)]))
    # 无锡物联网创新中心有限公司: an institute's name before a legal ending names a company
    return [m for m in found if not _LEGAL_ENDING_AFTER.match(text, m.end) and not _placed_legal_ending(text, m.end)]


def _known_name_after_words(text: str, start: int, end: int, known: Gazetteer[str]) -> int:
    """``start``, or the start of a known institute that ends the name, where the words before it are
    neither a place nor an organisation (全面承接|山东大学, 内设|山东大学, 就有|西北农林科技大学: a verb the
    boundary words did not hold). A place or an organisation before it makes a longer name of its
    own (西安电子科技大学, 中国人民解放军国防科技大学, 中科院苏州医工所)."""
    name = text[start:end]
    inner = [a for a, b, _, _ in known.all(name) if b == len(name) and a >= 2]
    if not inner:
        return start
    prefix = name[: inner[0]]
    if any(True for _ in known.all(prefix)) or any(True for _ in group_gazetteer().all(prefix)):
        return start
    if any(place in prefix for place in place_forms_longest_first()) or any(c in prefix for c in countries()):
        return start
    return start + inner[0]


# two universities joined by a dash, then the joint body's own name: 北京师范大学-香港浸会大学联合国际学院,
# 新南威尔士大学—上海交通大学（嘉兴）光伏联合创新研究院
JOINING_DASH = re.compile("[-—–－]")
_JOINT_REST = re.compile(rf"(?:[（(][{HAN}]{{2,4}}[）)])?[{HAN}A-Za-z]{{0,10}}?(?:联合|合作)[{HAN}]{{0,8}}?(?:{INSTITUTE_ENDING.pattern})")


def _joint_institutes(text: str, found: list[Mention]) -> list[Mention]:
    """One joint institute where two institutes' names are joined by a dash and a joint body's name
    follows the second (its first-named founder is read as its parent; the second is named in it)."""
    if not JOINING_DASH.search(text):
        return found
    ordered = sorted(found, key=lambda m: m.start)
    merged: list[Mention] = []
    skip_to = -1
    for first, second in zip(ordered, ordered[1:]):
        if first.start < skip_to or second.start != first.end + 1 or not JOINING_DASH.match(text, first.end):
            continue
        rest = _JOINT_REST.match(text, second.start + len(re.sub(r"[（(].*$", "", second.surface)))
        if rest is None or rest.end() <= second.end:
            continue
        surface = text[first.start : rest.end()]
        merged.append(Mention("ResearchInstitute", first.start, rest.end(), surface, surface, "institute-joint"))
        skip_to = rest.end()
    if not merged:
        return found
    return sorted([m for m in found if not any(j.start <= m.start and m.end <= j.end for j in merged)] + merged,
                  key=lambda m: m.start)


def _placed_legal_ending(text: str, end: int) -> bool:
    """Whether a place and a legal ending follow (…产业研究院承德有限公司): a company's name."""
    for size in (4, 3, 2):
        if text[end : end + size] in place_forms() and LEGAL_ENDING.match(text, end + size):
            return True
    return False


# an institute known by a short form in a list of institutes: 703所, 哈焊所, 兽研所
_LISTED_SHORT_INSTITUTE = re.compile(rf"(?<=、)([{HAN}0-9]{{1,3}}所)(?=[、，。；…等])")
_NOT_AN_INSTITUTE = re.compile(r"(?:诊|场|厕|住|派出|事务|律|会)所$")


_FOUNDED_WITH = re.compile(r"共建|联合组建|合作共建|合作建设|联合成立|携手")


# 北京国际科技创新中心, 合肥综合性国家科学中心: what a city or region is to become, not a body
_REGIONAL_CENTRE = re.compile(r"(.*?)(?:(?:国际|全球|全国|区域性?)?科技创新中心|综合性国家科学中心)")


def _is_regional_centre(name: str) -> bool:
    match = _REGIONAL_CENTRE.fullmatch(name)
    return match is not None and (not match.group(1) or match.group(1) in place_forms())


def _in_named_company(text: str, mention: Mention, named: list[Mention]) -> bool:
    """Whether an institute named like a kind of body is a particular one all the same: listed
    beside named institutes (江阴智能制造创新研究院、生命健康产业技术研究院), or founded with named
    partners when its name has words of its own (联合复旦、上海交大等专业院校共建碳中和研究院), unlike
    与高等学校共建现代产业学院 or …等高等院校合作，共建产业技术研究院."""
    for other in named:
        between = text[other.end : mention.start] if other.end <= mention.start else text[mention.end : other.start]
        if between in ("、", "和", "及", "与"):
            return True
    if not mention.extra.get("own_words"):
        return False  # 共建产业技术研究院: nothing of its own in the name, a kind of body still
    before = text[max(0, mention.start - 4) : mention.start]
    return bool(_FOUNDED_WITH.search(before)) and any(other.end <= mention.start for other in named)


_FACILITY = re.compile(r"基地|产业园|园区|孵化器|工作站")
_BRANCH_OFFICE = re.compile(r"(?:省|市|自治区)?分公司")


def _branch_end(text: str, end: int) -> int:
    """Where a legal name ends when a place's branch office follows it (中国邮政集团有限公司河北省分公司)."""
    place = place_at(text, end, end + 8)
    branch = _BRANCH_OFFICE.match(text, end + len(place)) if place else None
    return branch.end() if branch else end


# words that end what stands before a legal name and are never part of one: its parent's relation
# to it (…股份有限公司全资子公司马鞍山华旺…), a body beside it (…与火炬高新区管委会厦门天马…: a
# caption run into the text), a caption's words (…生产线桂林南药股份有限公司)
_BEFORE_A_NAME = re.compile(r"(?:全资|控股|参股)?子公司|管委会|管理委员会|生产线|外景|供图|摄影|摄|共同为")


def _after_last(words: re.Pattern, text: str, start: int, end: int, keep: int) -> int:
    """Where a name in ``text[start:end]`` starts when words that are never part of one run into it:
    after the last of them that leaves ``keep`` characters or more of the name."""
    for word in reversed(list(words.finditer(text, start, end))):
        if end - word.end() >= keep:
            return word.end()
    return start


def _after_facility(text: str, start: int, end: int) -> int:
    """Where a legal name starts when a facility's name runs into it, the company's own name opening
    with its place (大唐电信移动互联孵化基地石家庄云高网络科技有限公司 -> 石家庄云高网络科技有限公司)."""
    for facility in reversed(list(_FACILITY.finditer(text, start, end))):
        if place_at(text, facility.end(), end) is not None:
            return facility.end()
    return start


_LIST_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[^{HAN}A-Za-z0-9、]))([{HAN}A-Za-z0-9]{{2,12}})、$")
_LIST_ITEM_AFTER = re.compile(rf"[、和及]([{HAN}A-Za-z0-9]{{2,12}}?)(?:产业|行业)?(?=[、和及等]|$|[^{HAN}A-Za-z0-9])")


def _between_sector_names(text: str, start: int, end: int, industry_labels: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is an item of a list between two sector names the taxonomy
    knows, as written (…、生物医药、海洋生物、新材料、…): a brand ending (生物) is no company there."""
    before = _LIST_ITEM_BEFORE.search(text, max(0, start - 13), start)
    if before is None or before.end() != start:
        return False
    after = _LIST_ITEM_AFTER.match(text, end)
    words = before.group(1)
    # the item before may carry the verb that opens the list (聚焦|生物医药): it ends in a label
    return (after is not None and after.group(1) in industry_labels
            and any(words[-size:] in industry_labels for size in range(2, len(words) + 1)))

_PAGE_CHROME_AFTER = re.compile(r"(?:首页|新闻|号[>＞]|客户端|频道)")


def _straddles_words(text: str, a: int, b: int) -> bool:
    """Whether a known two-character name ``text[a:b]`` only appears because the words around it run into it:
    its first character ends an everyday word (使用友好 holds 用友, 推广达到 广达) or its last begins
    one (兴隆基地 holds 隆基, 经纬创新 纬创)."""
    words = _everyday()
    return (a > 0 and text[a - 1 : a + 1] in words) or (b < len(text) and text[b - 1 : b + 1] in words)


def find_enterprises(text: str, blocked: list[tuple[int, int]], industry_labels: frozenset[str]) -> list[Mention]:
    known = enterprise_gazetteer()
    found: list[Mention] = [
        Mention("Enterprise", a, b, s, canonical, "enterprise-gazetteer") for a, b, s, canonical in known.find(text)
        if not _PAGE_CHROME_AFTER.match(text, b)  # 网易首页, 打开网易新闻: the page's portal, no company of the zone
        and not (b - a == 2 and _straddles_words(text, a, b))  # a two-character name only: 加拿大麦格纳 stays
    ]
    previous_end = 0  # a legal name does not reach back past the one before it (…有限公司特色乳加工产业园项目和…有限公司)
    for match in LEGAL_ENDING.finditer(text):
        project = text.rfind("项目", previous_end, match.start())
        if project >= 0:  # …产业园项目和新疆国经事业新发展股份有限公司: a project's name ends before it
            previous_end = project + 2 + (text[project + 2 : project + 3] in ("和", "与", "及", "、"))
        bounded = blocked + [(0, previous_end)] if previous_end else blocked
        previous_end = match.end()
        start = _left_edge(text, match.end(), match.start(), bounded)
        if match.start() - start < 2:  # 重庆龙润汽车转向器有限公司: a one-character word (向) inside the name
            start = _left_edge(text, match.end(), match.start(), bounded, words=long_boundary_words())
        if match.start() - start < 2 or _is_generic_enterprise(text[start : match.start()] + "科技"):
            # 天津海泰科技发展股份有限公司: a verb that companies name themselves after (发展) cut it
            start = _left_edge(text, match.end(), match.start(), bounded, words=_long_words_of_no_company())
        while (match.start() - start > 2 and text[start] in _NEVER_OPENS_A_LEGAL_NAME
               and not _is_everyday(text[start : start + 2])):
            start += 1  # 由福建华忠生态科技发展有限公司投资…: a preposition, not a name's first character
        if _is_everyday(text[start : match.start()], industry_labels):
            # 与江苏德和生物科技有限公司: cut at 和, only everyday words were left
            start = _before_cut(text, start, bounded)
            if text.endswith("企业", 0, start):  # 西安瑞硕企业|管理有限公司: 企业管理 is its business
                before = _left_edge(text, start - 2, start - 2, bounded)
                start = before if start - 2 - before >= 2 else start
        qualified = _PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 8), start)
        if qualified and qualified.end() == start:  # 中粮（江阴）粮油仓储有限公司: the name goes on before the place
            before = _left_edge(text, qualified.start(), qualified.start(), bounded)
            if qualified.start() - before >= 2:
                start = before
        start = _after_facility(text, start, match.start())
        start = _after_last(_BEFORE_A_NAME, text, start, match.start(), 4)
        if match.start() - start >= 2:
            end = _branch_end(text, match.end())
            surface = text[start:end]
            found.append(Mention("Enterprise", start, end, surface, surface, "enterprise-legal-name"))

    def add(start: int, end: int, rule: str, in_list: bool = False) -> None:
        surface = re.sub(r"(?:(?<!集团)公司|项目|基地|车间|工厂|码头)$" if rule != "enterprise-group-unit"
                         else r"(?:项目|基地|车间|工厂|码头)$", "", text[start:end])  # 中国石油大庆炼化公司: its name
        if len(surface) < 2 or surface in industry_labels or _is_generic_enterprise(surface):
            return
        if surface.startswith("企业") or _LISTED_AS_FIELDS.match(text, end):
            return  # 企业落户审批; 为气象预测、石油勘探、视频处理等领域提供…: fields of work, not companies
        if surface.endswith(("产业", "行业", "大厦", "大楼", "广场")) or _SECTOR_NEXT.match(text, start + len(surface)):
            return  # 以船舶海工装备产业为龙头: a sector; 中凯大厦: a building; 以起重装备为主导产业: a sector
        if _between_sector_names(text, start, start + len(surface), industry_labels):
            return  # 聚焦生物医药、海洋生物、新材料: an item among sectors, not a brand
        if surface in _country_names() or surface in place_forms():
            return  # 吸引来自美国、法国、德国等国的供应商: countries and places, not companies
        # 加拿大麦格纳, 日本东芝: the company is named without its country; the written form stays a form
        country = next((c for c in countries() if surface.startswith(c) and len(surface) - len(c) >= 2), None)
        name = surface[len(country):] if country and not _is_everyday(surface[len(country):], industry_labels) else surface
        found.append(Mention("Enterprise", start, start + len(surface), surface, name, rule, in_list))

    counted = _COUNTED_LIST.finditer(text) if "家" in text else ()  # 硕博电子、三禾、中矿安华3家优质企业
    for matches, rule in ((_LIST_SEARCH.finditer(text), "enterprise-list"), (counted, "enterprise-list"),
                          (_AWARDED_SEARCH.finditer(text), "enterprise-awarded")):
        for match in matches:
            items = match.group(1).split("、")
            position = match.start(1)
            if any(_GOVERNMENT_BODY.search(item) for item in items):
                continue  # 先后被财政部、科技部、工业和信息化部认定为…: ministries, not companies
            if sum(_QUANTIFIED.search(item) is not None for item in items) >= 2:
                continue  # 做强一批优势企业、建设一批平台载体、…: a plan's actions, each on a kind of thing
            # a list headed as companies with a name no dictionary explains (耐世特) is of names: its
            # items made of words (玲珑轮胎) are names too, unless a sector's (汽车、电子等企业)
            # …、北京易捷大数据、新浪动漫等高科技项目和企业: the items are projects as much as companies
            projects_too = rule == "enterprise-list" and "项目" in text[match.end(1) : match.end()]
            # 面向高端装备制造、生物医疗、光机电、新材料等…企业: a sector among the items and no company
            # known makes it a list of kinds of firm, whose items name no company unless a strong ending does
            kinds_of_firm = rule == "enterprise-list" and any(item in industry_labels for item in items) and not any(
                item in known for item in items)
            named_peer = rule == "enterprise-list" and len(items) >= 3 and any(
                item not in known and not _is_everyday(item, industry_labels) for item in items)
            for index, item in enumerate(items):
                a, b = position, position + len(item)
                position = b + 1
                count = re.search(r"\d+\s*[家个]", item)
                if count:  # 微导纳米2家企业首次入选: the name ends where the count begins
                    b = a + count.start()
                # an item starts after the last verb inside it (获得银行科技 -> 银行科技); one-character
                # words (同, 和) cut only the first item, whose left edge is open: 惠同新材 stays whole
                # 艾为电子、… opening the sentence: 为 is in the name; only a word before the name is cut (与江苏德和生物)
                opens = index == 0 and (a == 0 or not NAME_CHAR.match(text[a - 1]))
                if (opens and text[a] in boundary_words() and b - a > 3
                        and cut_after_boundary(text, a, b, long_boundary_words(), keep=2) == a):
                    a += 1  # 已有美国美时医疗: a longer word (已有) opens it, cut below
                words = boundary_words() if index == 0 and not opens else long_boundary_words()
                cut = cut_after_boundary(text, a, b, words, keep=2)
                if cut > a and text[cut] in _PREPOSITION_AFTER_VERB and b - cut > 3:
                    cut += 1  # 形成了以朗进科技、…: a preposition after the verb opens no name
                if not BRAND_ENDING.fullmatch(text, cut, b):
                    a = cut  # else the word is the name's (联合电子): an ending alone names nothing
                a = _after_particle(text, a, b)  # 打造了茅台, 孕育了汉威科技
                weak = rule == "enterprise-awarded" and (len(items) == 1 or match.group(2) not in _STRONG_VERBS)
                if (weak and match.group(2) in (*_STRONG_VERBS, "获批")
                        and _AWARD_FOR_COMPANIES.match(text, match.end())):
                    weak = False  # 正大天晴连续入选中国医药工业百强榜, …、江铃底盘获批“…优势企业”: only companies win it
                if weak and not BRAND_ENDING.search(text[max(a, b - 3) : b]) and text[a:b] not in known:
                    continue  # 原料生产、设备配套和设计研发的: activities, not companies
                if _COUNTED.search(text[max(0, a - 4) : a]) or text[a:b].endswith(("公司", "板", "品牌", *_KINDS_OF_FIRM)):
                    continue  # 1家独角兽企业、1家创业板上市公司: categories counted, not names
                if BRAND_ENDING.fullmatch(text, a, b):
                    continue  # 汽车、电子、机械等企业: an ending alone is a kind of firm
                if text[a:b].endswith(("店", "点", "站", "馆")):
                    continue  # 连锁店, 协同处置点: outlets and sites, not companies
                if b - a > (8 if _BRAND_AT_END.search(text, a, b) else 6) or (a > 0 and a == match.start(1) and not _clean_left(text, a)):
                    continue
                if (text[a:b] not in known and not _BRAND_AT_END.search(text[a:b]) and _is_everyday(text[a:b], industry_labels)
                        and not (named_peer and len(text[a:b]) >= 4 and text[a:b] not in industry_labels)):
                    continue  # 战略思维、开拓精神, 连锁店: everyday words, not company names
                if kinds_of_firm and not text[a:b].endswith(tuple(STRONG_ENDINGS)):
                    continue
                if projects_too and text[a:b] not in known:
                    investor = _project_investor(text, a, b, blocked, known, industry_labels, True, listed=True)
                    if investor is None or investor[1] - investor[0] < 4:
                        continue  # …、单层石墨烯、北斗数据中心等项目和企业: a project with no company named
                    a, b = investor  # 康宝生物疫苗: the company that runs the project
                add(a, b, rule, in_list=len(items) > 1)
    represented = list(_REPRESENTED.finditer(text))
    for match in represented:
        add(match.start(1), match.end(1), "enterprise-represented")
    for again in (_REPRESENTED_AGAIN.finditer(text, represented[0].end()) if represented else ()):
        if _could_be_company(text, again.start(1), again.end(1), known, industry_labels):
            add(again.start(1), again.end(1), "enterprise-represented")  # the chain's next items, once
    for match in (_SECTOR_LED_BY.finditer(text) if "为主" in text or "如" in text else ()):
        a, b = match.span(1 if match.group(1) else 2)  # 电子产业以东光电子为主, 新医药产业如百科药业产值显著: a company of a brand's shape
        if (_BRAND_AT_END.search(text, a, b) and text[a:b] not in industry_labels
                and _could_be_company(text, a, b, known, industry_labels) and not _is_everyday(text[a:b], industry_labels)):
            add(a, b, "enterprise-represented")
    for match in (_MAKER.finditer(text) if "的" in text else ()):
        a, b = match.span(1)
        if ((text[a:b] in known or _BRAND_AT_END.search(text, a, b)) and cut_after_boundary(text, a, b, boundary_words(), keep=2) == a
                and _could_be_company(text, a, b, known, industry_labels) and not _is_everyday(text[a:b], industry_labels)):
            add(a, b, "enterprise-maker")  # a name of a company's shape: not 这款, 由该, 凭借中国…
    for match in (_ONE_BROUGHT_IN.finditer(text) if "等" in text else ()):
        name = match.group(1)  # 引进开沃等整车企业: one company, named before the kind of firm it leads
        if not _is_everyday(name, industry_labels) and not any(True for _ in industry_gazetteer().all(name)):
            add(match.start(1), match.end(1), "enterprise-list")
    for match in (_REPRESENTED_LIST.finditer(text) if "、" in text else ()):
        if _CHAIN_INSIDE.search(match.group(1)):
            continue  # 以晨鸣为代表的造纸、以稳健医疗为代表…: a chain of single representatives (_REPRESENTED)
        items = item_spans(match.group(1), match.start(1), "、和及")  # …、加华制药及蒙牛乳业
        if any(text[a:b] in industry_labels for a, b in items):
            continue  # 以生物与新医药、新材料、新能源为代表的…产业: a list of sectors, all its items sectors
        # 以松下、爱信为代表的焊接和汽车零部件产业: a sector's representatives that hold no sector's name are its companies
        of_a_sector = match.group(2) == "代表" and _SECTOR_REPRESENTED.match(text, match.end()) and not any(
            True for a, b in items for _ in industry_gazetteer().all(text[a:b]))
        if match.group(2) != "龙头" and not match.group(3) and not of_a_sector and 2 * sum(
                text[a:b] in known or _BRAND_AT_END.search(text, a, b) is not None for a, b in items) < len(items):
            continue  # 以…为代表的药品和医疗器械研发群体: companies only where half the items are named as such
        if all(_could_be_company(text, a, b, known, industry_labels) and not _SECTOR_OR_GRADE.search(text, a, b)
               for a, b in items):
            for a, b in items:
                add(a, b, "enterprise-represented", in_list=True)
    for match in (_QUOTED_AFTER_KIND.finditer(text) if "”" in text else ()):  # 世界500强企业“辉瑞制药”
        for name in _QUOTED_NAME.finditer(match.group(1)):
            a, b = match.start(1) + name.start(1), match.start(1) + name.end(1)
            if _could_be_company(text, a, b, known, industry_labels) and (
                    text[a:b] in known or _BRAND_AT_END.search(text[a:b])):  # not 企业“走出去”, a slogan
                add(a, b, "enterprise-quoted")
    for match in _HEADED_NAME.finditer(text):  # 国产头部设备制造商中微半导体, 上市企业中车时代新材位列…
        a, b = match.span(1)
        if (_could_be_company(text, a, b, known, industry_labels) and text[a] not in _PREPOSITION_AFTER_VERB | {"的", "与", "和"}
                and cut_after_boundary(text, a, b, boundary_words(), keep=2) == a
                and (text[a:b] in known or (_BRAND_AT_END.search(text[a:b]) and not _is_generic_enterprise(text[a:b])))):
            add(a, b, "enterprise-headed")  # a name with a company's ending, not 为引领, 后备库
    for match in (_DASHED_COMPANY.finditer(text) if "——" in text else ()):
        if _could_be_company(text, match.start(1), match.end(1), known, industry_labels):
            add(match.start(1), match.end(1), "enterprise-dashed")
    for match in (_HEADED_LIST.finditer(text) if "企业" in text else ()):  # 关联企业南洋电缆、京宇电气、远洋线缆。
        items = item_spans(match.group(1), match.start(1))
        if all(_could_be_company(text, a, b, known, industry_labels) for a, b in items):  # a list is of one kind
            for a, b in items:
                add(a, b, "enterprise-headed-list", in_list=True)
    acting = [*_ACTING_LIST.finditer(text), *_BECOMING_LIST.finditer(text)] if "、" in text else ()
    for match in acting:  # 光威、迪尚、三阳加快建设…; 神威施普瑞、瑞药金方成为…企业
        items = item_spans(match.group(1), match.start(1))
        if all(_could_be_company(text, a, b, known, industry_labels) for a, b in items):
            for a, b in items:
                add(a, b, "enterprise-acting-list", in_list=True)
    for a, b, short, _ in group_gazetteer().all(text):  # 丰田研发、重塑科技: a group's unit, by its name
        if not _clean_left(text, a):
            continue
        itself = text.startswith(("公司", "集团", "股份", "控股"), b)  # 华为公司合作: the group, not a unit
        unit = None if itself else _UNIT_AFTER_GROUP.match(text, b)
        if unit:
            add(a, unit.end(1), "enterprise-group-unit")
        elif _LIST_MARK_AFTER.match(text, b) or text[a - 1 : a] == "、":  # …、大富科技、中建材合作建设
            add(a, b, "enterprise-group")
    for match in _SHORT_COMPANY.finditer(text):  # 与华为公司打造, 以黄开投公司为母体
        start = _left_edge(text, match.end(), match.start(), blocked)
        if match.start() - start < 2:
            start = _before_cut(text, start, blocked)  # 与华为公司: 为 is part of the name
        prefix = text[start : match.start()]
        if any(text[match.start() - k : match.end()] in _everyday() for k in (1, 2)) or BRAND_ENDING.fullmatch(prefix):
            continue  # 跨国公司, 子公司, 通信公司: a kind of company
        placed = text.startswith(place_forms_longest_first(), start)  # 北京中传未来投资公司: a place opens it
        # 中国石油大庆炼化公司: a group's unit, named by the group, its place and its business
        grouped = len(prefix) > 4 and any(a == 0 for a, _, _, _ in group_gazetteer().all(prefix))
        if ((2 <= len(prefix) <= 4 or ((placed or grouped) and len(prefix) <= 8)) and start > 0 and _clean_left(text, start)
                and not _UNITS.search(prefix)
                and _is_name(prefix, known) and not _is_everyday(prefix, industry_labels)):
            add(start, match.end(), "enterprise-group-unit" if grouped else "enterprise-company")
    for match in (_SITE.finditer(text) if any(w in text for w in ("厂区", "工厂", "基地", "分公司")) else ()):
        start = _sited_company(text, match.start(), blocked, known, industry_labels)  # 北汽福田潍坊厂区
        if start is not None and match.group() == "分公司":  # 长城汽车重庆分公司: a branch, named as such
            found.append(Mention("Enterprise", start, match.end(), text[start : match.end()], text[start : match.end()],
                                 "enterprise-branch"))
        elif start is not None:
            add(start, place_before(text, match.start()), "enterprise-sited")
    for start, end in _series_openers(text, found, blocked, known, industry_labels):
        add(start, end, "enterprise-series")
    for start, end in _invested_projects(text, blocked, known, industry_labels):
        add(start, end, "enterprise-invested-project")
    legal_names = [m.surface for m in found if m.rule == "enterprise-legal-name"]
    for start, end in (_phased_projects(text, blocked, known, industry_labels) if "项目" in text else ()):
        if not any(text[start:end] in legal for legal in legal_names):  # 信邦年产…项目 beside 江阴信邦电子有限公司
            add(start, end, "enterprise-phased-project")
    for start, end in _project_investors(text, blocked, known, industry_labels):
        add(start, end, "enterprise-project-list", in_list=True)
    rejected = []
    for match in BRAND_ENDING.finditer(text):
        candidate = _brand_name(text, match, blocked, known, industry_labels)
        if candidate is not None:  # 0 too: a name opening the sentence
            add(candidate, match.end(), "enterprise-brand")
        elif "、" in text[max(0, match.start() - 8) : match.start()]:
            rejected.append(match)
    for match in rejected:  # 重塑科技、治臻新能源、擎动科技瞄准…: the last of a list of companies
        candidate = _brand_name(text, match, blocked, known, industry_labels, after_peer=True)
        if candidate is not None and any(m.end == candidate - 1 and text[m.end] == "、" for m in found):
            add(candidate, match.end(), "enterprise-brand")
    return [m for m in _maximal(found) if m.rule == "enterprise-legal-name"
            or not (_among_public_bodies(text, m) or _PLACES_BUREAU.search(m.surface))]


_PUBLIC_BODY = re.compile(r"(?:局|厅|海关|政府|委员会|管委会|法院|检察院)$")
_CLAUSE_MARK = re.compile(r"[，。；：,;:]")
# a government bureau named by its place: 沈阳市科技局, 浙江省商务厅 (招商局 alone stays a company's name)
_PLACES_BUREAU = re.compile(r"[省市区县][\u4e00-\u9fff]{1,8}(?:局|厅)$")


def _among_public_bodies(text: str, mention: Mention) -> bool:
    """Whether a name stands in a list of public bodies (设有财政局、招商局、…、保税公司、银行等机构):
    招商局 is the bureau there, and 保税公司 a kind of office, not a company's name."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, mention.start)), default=0)
    end_match = _CLAUSE_MARK.search(text, mention.end)
    items = text[start : end_match.start() if end_match else len(text)].split("、")
    return len(items) >= 3 and sum(bool(_PUBLIC_BODY.search(item)) for item in items) >= 2


# a company's site in a city: 北汽福田潍坊厂区, 索菲亚黄冈基地, 丰田苏州工厂
_SITE = re.compile(r"(?:厂区|工厂|生产基地|基地|分公司)")


@lru_cache(maxsize=None)
def _short_places() -> frozenset[str]:
    return frozenset(form for form in place_forms() if len(form) <= 4)


def _sited_company(text: str, site: int, blocked: list[tuple[int, int]], known: Gazetteer[str],
                   industry_labels: frozenset[str]) -> int | None:
    """Where the company of a site named ``<company><city><site>`` starts, if it is one: two to six
    characters after a boundary word, no place, sector or everyday phrase."""
    end = place_before(text, site)
    if end == site:
        return None
    start = _left_edge(text, end, end, blocked)
    name = text[start:end]
    if not 2 <= len(name) <= 6 or not _clean_left(text, start) or any(overlaps((start, end), span) for span in blocked):
        return None
    if name in _short_places() or (name not in known and _is_everyday(name, industry_labels)) or _is_generic_enterprise(name):
        return None
    return start


def _series_openers(text: str, found: list[Mention], blocked: list[tuple[int, int]], known: Gazetteer[str],
                    industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """Brand-style names opening the clauses of a series whose other clauses open with companies:
    …；歌尔集团进入…；盛瑞传动研发的…；天瑞重工磁悬浮产品被列入… (天瑞重工 is a company as its peers are)."""
    starts = [0] + [m.end() for m in re.finditer("；", text)]
    if len(starts) < 3:
        return []
    openers = [a for a in starts if any(m.start == a for m in found)]
    if not openers:
        return []
    names = []
    for a in starts:
        if a in openers:
            continue
        for ending in BRAND_ENDING.finditer(text, a + 2, min(len(text), a + 8)):
            if ending.start() - a <= 4 and _left_edge(text, ending.end(), ending.start(), blocked) == a:
                prefix = text[a : ending.start()]
                if _is_name(prefix, known) and not _is_everyday(prefix, industry_labels) and not _UNITS.search(prefix):
                    names.append((a, ending.end()))
                break
    return names if len(openers) + len(names) >= 3 else []


# a list of projects, each named by its investor and what it builds: 长光华芯光电产业园、新磊半导体
# 生产基地、阿特斯全球供应链总部、长兴电子二期等
_RUN_ITEM = r"(?:[^；。，：、（）()]|[（(][^（）()、，]{1,6}[）)]){2,24}"  # 沃特玛（抚州）新能源汽车产业园项目: a place in brackets
_LIST_RUN = re.compile(rf"{_RUN_ITEM}(?:、{_RUN_ITEM})+")
# 等12个上下游项目, 等10亿元以上项目, 等14个“化尾”重点项目
# not 等为代表的…项目群, nor a list of fields (…、医疗、先进环保产业等领域促进优质项目引入); 等重点产业项目 is projects
_PROJECTS_AFTER = re.compile(rf"等[{NUMERAL}]*\s*[个项]?(?:(?!的|领域|行业)[{HAN}“”]|\d+(?=亿|万)){{0,8}}?项目")
# a count heads it without 等: …、大庆炼化增产石蜡三大“油头”项目
_FIRST_OF_COUNTED_PROJECTS = re.compile(rf"(?:^|(?<=[，。；：]))([^，。；：、]{{4,20}}?)等\s*[{NUMERAL}]+\s*个[{HAN}]{{0,4}}项目")
_COUNTED_PROJECTS_AFTER = re.compile(rf"[{NUMERAL}]+\s*[个项大]“?[{HAN}]{{0,4}}”?项目")
# projects listed one a clause, each with its investment: …；河北创恒隧道智能装备项目，总投资1.7亿元；
_PROJECT_WITH_INVESTMENT = re.compile(
    r"(?:^|(?<=[：:；;，,]))(?:[^，,。；;：:]*?(?:分别是|分别为|包括))?([^，,。；;：:]{4,30}?)项目(?=[，,]\s*(?:总|计划|预计)?投资)"
)
_INVESTMENT = r"(?:总)?投资(?:超|约|近)?[\d.]+多?[万亿]*(?:元|美元)的"  # 总投资50亿元的, 投资20多亿元的
_INVESTMENT_BEFORE = re.compile(_INVESTMENT)
_PROJECT_NOUN = re.compile(r"(?:项目|总部|基地|产业园|工厂|生产线|[二三四五]期|(?:采购|研发|运营|结算|销售|营销)中心)$")
# an item named as a project or a plant: …江铃轻汽技改扩能项目, 众泰新能源汽车生产基地, 得润电子产业园
_NAMED_PROJECT_END = re.compile(r"(?:项目|生产基地|制造基地|产业园|工厂|生产线)$")
_PROJECT_WORD = re.compile(r"项目|总部|基地|产业园|工厂|生产线|期|中心")
_PROJECTS_BEFORE = re.compile(r"签约|签署|落户|落地|开工|竣工|投产|引进|招引|项目")
# where the investor's name ends inside a project's name: scope, activity, phase and kind words
_AFTER_INVESTOR = re.compile(
    r"全球|国际|中国|亚太|总部|南方|北方|华东|华南|华北|华中|西南|西北|长三角|研发|生产|制造|基地|产业园|项目|工厂|年产"
    r"|技改|扩能|改扩建|扩建|新建|智慧"  # 薪起程智慧车联网, 驴妈妈智慧旅游云
    r"|第[一二三四五六七八九十]|[一二三四五]期|—|-|（|\(|[\d千百万]+万?吨|\d|的"  # 海国龙油550万吨重油…, 新产投的聚碳酸酯
)


# the parks of a list counted as the zone's areas: 整车产业园、…、零配件产业园五大产业聚集区
_AREAS_COUNTED_AFTER = re.compile(rf"园[{NUMERAL}]+[大个](?:特色)?(?:产业)?(?:聚集区|集聚区|园区|产业园|板块|片区)")


def _project_investors(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                       industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investors opening the items of a list of projects (see _LIST_RUN): a list the text says
    is of projects (…等项目, 签约…包括…), two of its items or more named as projects, and two
    investors or more found, each a name that is no place, institute or everyday phrase."""
    found = []
    for match in (_FIRST_OF_COUNTED_PROJECTS.finditer(text) if "等" in text and "项目" in text else ()):
        a, b = match.span(1)  # 新泉汽车内饰件等70个项目完成竣工: the first project of a count names its investor
        start = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
        name = _project_investor(text, start, b, blocked, known, industry_labels, True)
        if name:
            found.append(name)
    invested = [match.span(1) for match in _PROJECT_WITH_INVESTMENT.finditer(text)] if "投资" in text else []
    if len(invested) >= 2:  # 分别是中科恒道高端装备制造研发基地项目，总投资18亿元；河北创恒…项目，总投资…
        for a, b in invested:
            start = cut_after_boundary(text, a, min(b, a + 5), long_boundary_words(), keep=2)  # 分别是…
            name = _project_investor(text, start, b, blocked, known, industry_labels, True)
            if name:
                found.append(name)
    if "、" not in text or not _PROJECT_WORD.search(text):
        return found  # no list, or nothing in it named as a project
    for run in _LIST_RUN.finditer(text):
        items = item_spans(run.group(0), run.start())
        last_start, last_end = items[-1]
        cut = text.find("等", last_start, last_end)
        if cut > last_start:
            items[-1] = (last_start, cut)
        said_projects = cut > last_start and _PROJECTS_AFTER.match(text, cut)  # …、长兴电子二期等项目
        counted_head = None
        if not said_projects:  # …、大庆炼化增产石蜡三大“油头”项目
            counted = _COUNTED_PROJECTS_AFTER.search(text, last_start, run.end() + 12)
            if counted and not _COUNTED_PROJECTS_AFTER.search(text, last_start, counted.start()):
                items[-1] = (last_start, counted.start())
                said_projects = counted_head = counted
        said_before = said_projects or _PROJECTS_BEFORE.search(text, max(0, run.start() - 20), run.start() + 6)
        if not said_before and sum(text.endswith("项目", 0, b) for _, b in items) < 2:
            if sum(_NAMED_PROJECT_END.search(text, a, b) is not None for a, b in items) < 2:
                continue  # neither said to be projects nor named so (…江铃轻汽技改扩能项目、…产业园项目等)
            plants_only = True  # 众泰新能源汽车生产基地、得润电子产业园: a company must show among them
        else:
            plants_only = False
        if all(text.endswith(("园", "园区"), a, b) for a, b in items) and any(
                text.endswith(("工业园", "工业园区"), a, b) for a, b in items):
            continue  # …武陵移动互联网产业园、汉寿工业园、西洞庭生物科技产业园: the zone's parks, named by place
        if _AREAS_COUNTED_AFTER.search(run.group(0)):
            continue  # 整车产业园、…、零配件产业园五大产业聚集区: the zone's parks, counted as its areas
        first_a, first_b = items[0]  # the first item may run on from the clause: it ends in the sector
        sectors = any(text[first_b - size : first_b] in industry_labels for size in range(2, min(8, first_b - first_a) + 1))
        listed = sum(text[a:b] in industry_labels for a, b in items[1:])
        if len(items) >= 3 and listed and 2 * (sectors + listed) >= len(items):
            continue  # 涵盖了传感器、无人机、数据存储…等一批项目: projects of sectors, no investors named
        projects = [(a, b) for a, b in items
                    if " " not in text[a:b] and (said_projects or _PROJECT_NOUN.search(text, a, b))]
        names, shown = [], False
        for a, b in projects:
            # 包括长光华芯…; after a 、 only a longer word is cut (…、科乐为数控: 为 is the name's)
            words = boundary_words() if a == run.start() else long_boundary_words()
            starts = [cut_after_boundary(text, a, min(b, a + 4), words, keep=0)]
            if 0 < starts[0] and _is_everyday(text[starts[0] - 1 : starts[0] + 1]):
                starts = []  # 同时施工…: the item starts inside a word (同时), after its first half (同)
            if a == run.start():  # 集成电路2021年已招引中芯二期、…: the first item may run on from the clause
                cut = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
                starts.append(cut + text.startswith("了", cut))  # 落地了东创精密: the verb's particle
            named_project = bool(counted_head) or _PROJECT_NOUN.search(text, a, b) is not None  # …数字化制造基地
            name = next((span for span in (_project_investor(text, start, b, blocked, known, industry_labels,
                                                               named_project, bool(said_projects))
                                           for start in sorted(set(starts), reverse=True)) if span), None)
            if name:
                names.append(name)
                shown = shown or _looks_like_a_company(text, *name, known) or b - name[1] >= 4  # …建设项目 after it
        if plants_only and not any(_looks_like_a_company(text, *name, known) for name in names):
            continue  # 钛白粉生产基地、钛金属生产基地: bases of products
        if len(names) >= 2 and shown:
            found.extend(names)  # not 精冲、精锻、铸造砂…等5个项目: products, none of them a company's name
    return found


def _looks_like_a_company(text: str, a: int, b: int, known: Gazetteer[str]) -> bool:
    """Whether a project's opening words show a company: a known name, a brand ending, a place
    before it (深圳创普斯), a phase after it (中芯二期) or a group's short name in it (吉利欣旺达). (A
    project whose name goes on after its opening words shows one too: see _project_investors.)"""
    name = text[a:b]
    return (name in known or _BRAND_AT_END.search(name) is not None or text.startswith(place_forms_longest_first(), a)
            or _PHASE_AFTER.match(text, b) is not None or any(True for _ in group_gazetteer().all(name)))


_PHASE_AFTER = re.compile(r"[一二三四五六七八九十\d]期")


def _project_investor(text: str, a: int, b: int, blocked: list[tuple[int, int]], known: Gazetteer[str],
                      industry_labels: frozenset[str], named_project: bool, listed: bool = False
                      ) -> tuple[int, int] | None:
    """The investor opening the project ``text[a:b]``, if its opening words name one (``named_project``:
    the text says it is a project, so its name may end where common words begin)."""
    invested = _INVESTMENT_BEFORE.match(text, a, b)  # 总投资50亿元的海尔无锡物联生态网基地项目
    a = _after_particle(text, invested.end() if invested else a, b)  # 孵化了卡邦电气
    a += next((len(c) for c in countries() if text.startswith(c, a)), 0)  # 德国爱尔铃克铃尔
    end = _investor_end(text, a, b, industry_labels, projects=named_project, listed=listed)
    name = text[a:end]
    if _AFTER_INVESTOR.match(text, a):
        return None  # 世纪联合二期 cut at 联合: a phase is left, no investor
    if (_not_only_a_place(text, a, end, industry_labels)
            and _investor_name(text, a, end, blocked, known, industry_labels)
            and (name in known or _BRAND_AT_END.search(name) or not _is_everyday(name, industry_labels))):
        return a, end
    return None


def _not_only_a_place(text: str, a: int, b: int, industry_labels: frozenset[str]) -> bool:
    """Whether a project's opening words are more than its place: 深圳鸿海 (芯片封测) names its
    investor after the city, 无锡 (物联网创新中心) does not, nor 苏州新区."""
    place = place_at(text, a)
    if place is None:
        return True
    rest = text[a + len(place) : b]
    return len(rest) >= 2 and not _is_everyday(rest, industry_labels) and not rest.endswith(("区", "市", "县"))


# one project, its investment first: 投资20多亿元的深圳创普斯年产28万吨磷酸铁锂正极材料项目正式签约
_INVESTED_PROJECT = re.compile(rf"{_INVESTMENT}([^，。；、]{{4,30}}?)项目")


def _invested_projects(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                       industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investor opening the name of a project introduced by its investment, when the name is
    one a company has: opening with its city (深圳创普斯, 北京峰智科技), a brand ending or a known name."""
    found = []
    for match in (_INVESTED_PROJECT.finditer(text) if "投资" in text else ()):
        a, b = match.span(1)
        end = _investor_end(text, a, b, industry_labels, projects=True)  # 合全创新药项目: ends at 创新
        name = text[a:end]
        placed = text.startswith(place_forms_longest_first(), a) and end - a > 3
        if ((placed or name in known or _BRAND_AT_END.search(name)) and not _is_everyday(name, industry_labels)
                and _investor_name(text, a, end, blocked, known, industry_labels)):
            found.append((a, end))
    return found


# a project named by its investor and a phase or a capacity, opening a clause: 台达电子二期项目已建成投产,
# 长飞光纤一期项目, 金旺铋业年产4000吨高纯铋项目投产后…
_PHASED_PROJECT = re.compile(rf"(?<![{HAN}A-Za-z])([{HAN}A-Za-z]{{2,9}}?)(?:[一二三四五六]期|年产\s*[\d.]+)[^，。；、：]{{0,24}}?(?:项目|工程)")
_NOT_AN_INVESTOR_END = re.compile(r"(?:园|区|城|镇|港|谷|基地|中心|厂房|工程|项目|小镇|大厦|广场)$")


def _phased_projects(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                     industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investor whose name a phase (二期) or a capacity (年产…) follows in the name of a project
    opening a clause: the whole name before the phase, when it is a name and no place, park or
    sector (not 产业园二期项目, 标准厂房一期)."""
    found = []
    for match in _PHASED_PROJECT.finditer(text):
        a, b = match.span(1)
        a = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
        name = text[a:b]
        if (name in known or not _is_everyday(name, industry_labels)) and not _NOT_AN_INVESTOR_END.search(name) \
                and not any(True for _ in industry_gazetteer().all(name)) \
                and _not_only_a_place(text, a, b, industry_labels) and _investor_name(text, a, b, blocked, known, industry_labels) \
                and len(name) <= 6:
            found.append((a, b))
    return found


def _investor_name(text: str, a: int, b: int, blocked: list[tuple[int, int]], known: Gazetteer[str],
                   industry_labels: frozenset[str]) -> bool:
    """Whether ``text[a:b]``, read as a project's investor, may be a company: two to eight
    characters, none taken by another mention, no institute, no category of company."""
    name = text[a:b]
    return (2 <= len(name) <= 8 and not any(overlaps((a, b), span) for span in blocked)
            and name not in institute_gazetteer() and not INSTITUTE_ENDING.search(name)
            and not _is_generic_enterprise(name) and _is_name(name, known))


_NAME_GOES_ON = re.compile(f"(?:{BRAND_ENDING.pattern}|国际)")


_PRODUCT_GRADE = re.compile(r"(?:高端|新型|先进|高性能|高品质|新一代)")


def _investor_end(text: str, start: int, end: int, industry_labels: frozenset[str], projects: bool = False,
                  listed: bool = False) -> int:
    """Where the investor's name ends in a project's name: before the first scope or activity word
    or sector name after its first two characters; a two-character name goes on through a brand
    ending or 国际 (理想汽车, 中建国际). ``projects``: the text names it a project (…项目, …基地), so
    the name may end where common words begin; ``listed``: it is an item of a list said to be of
    projects (…等重点在建项目), so the name ends at a brand ending or a grade (高端) at least."""
    company = _SHORT_COMPANY.search(text, start + 2, end)
    if company is not None:
        return company.start()  # 斗工智能装备公司铸造件: the investor is named up to its 公司
    stop = end
    word = _AFTER_INVESTOR.search(text, start + 2, end)
    if word:
        stop = word.start()
    places = [i for i in range(start + 2, stop) if text.startswith(place_forms_longest_first(), i)]
    if places:  # 海尔无锡物联生态网基地: the project's place follows its investor
        stop = places[0]
    if text.endswith("产业", start, stop):  # 特康科技产业基地
        stop -= 2
    labels = industry_gazetteer().find(text[start:stop])
    if labels and labels[0][0] < 2:
        return start  # 省软件与信息服务产业园, 智慧物流产业园: a sector's park, no investor named
    if labels:
        stop = start + labels[0][0]
    if projects or listed:  # a project's name: the investor's ends where the product's begins
        branded = BRAND_ENDING.search(text, start + 2, stop)  # 精工电子高能量密度…: at its brand ending
        prefix = text[start : branded.start()] if branded else ""
        if branded and 2 <= len(prefix) <= 4 and branded.end() < stop and not _is_everyday(prefix, industry_labels):
            stop = branded.end()
        graded = _PRODUCT_GRADE.search(text, start + 2, stop)
        if graded and graded.end() == stop:
            stop = graded.start()  # 天衢锂能高端锂离子电池: before the product's grade
    if stop - start > 4 and (projects or text.endswith("项目", 0, end)):  # 拓仕达智慧城市及安全智能建设项目: nothing
        # above, in a project named as such: the name ends where common words begin (not 大湾区, a region)
        cut = next((i for i in range(start + 2, start + 6) if _common_word_at(text, i, stop)), stop)
        stop = cut if cut == stop or text[cut - 1] not in "区市县省" else stop
    if stop - start == 2:
        extension = _NAME_GOES_ON.match(text, stop, end)
        # 新磊半导体 goes on through its ending; 卓朗 not into the 云 of 卓朗云计算…项目
        if extension and not (labels and labels[0][0] == 2 and start + labels[0][1] > extension.end()):
            stop = extension.end()
    return stop


def _common_word_at(text: str, at: int, end: int) -> bool:
    """Whether a common word of two to four characters starts at ``at`` (and ends by ``end``)."""
    if BRAND_ENDING.match(text, at):
        return False  # 北京峰智科技…: a brand ending goes on with the name
    return any(text[at : at + size] in _everyday() for size in (4, 3, 2) if at + size <= end)


# what the sentence says of a name that only a company is: …是全国最大的轮速传感器供应商, …苏北首家科创板上市
_SAID_TO_BE_A_COMPANY = re.compile(
    rf"(?:是|成为)[^，。；]{{0,20}}?(?:企业|供应商|制造商|生产商|公司|厂商)|[{HAN}]{{0,4}}首家[^，。；]{{0,8}}?上市"
)


def _brand_name(text: str, ending: re.Match, blocked: list[tuple[int, int]], known: Gazetteer[str],
                industry_labels: frozenset[str], after_peer: bool = False) -> int | None:
    """Where a brand-style name (潍柴动力, 力创科技, 歌尔集团) ending at ``ending`` starts, if it is one.

    Strong endings (集团, 股份, 控股) name a company wherever they stand. Weak ones (科技, 电子 …)
    also end ordinary phrases (提高环保, 万元科技), so the name must stand alone: its left edge at
    punctuation or a boundary word, two to four characters before the ending, and an action or a
    list mark after it (获评, 入选, 牵头, 、, 等 …) — or, ``after_peer``, a company just before it in
    a list.
    """
    start = _left_edge(text, ending.end(), ending.start(), blocked)
    prefix = text[start : ending.start()]
    if not 2 <= len(prefix) <= (6 if ending.group(0) in STRONG_ENDINGS else 4):
        return None
    if _UNITS.search(prefix) or (start > 0 and text[start - 1] in "0123456789（(") or not _is_name(prefix, known):
        return None
    if ending.group(0) in STRONG_ENDINGS:
        return start
    said = _SAID_TO_BE_A_COMPANY.match(text, ending.end())  # 大陆汽车电子是全国最大的…供应商
    if not _clean_left(text, start) or not (after_peer or said or _AFTER_NAME.match(text, ending.end())):
        return None
    if _is_everyday(prefix, industry_labels) and not said:
        return None  # 质子医疗, 无线网络, 集成电路材料: a description, not a brand
    name = text[start : ending.end()]
    if not said and any(name.endswith(label) and len(label) > len(ending.group(0))
                        for label in _labels_ending_with(industry_labels).get(name[-1], ())):
        return None  # 主攻现代家居, 聚焦人工智能: a verb and an industry
    if not said and _FOCUSED_BEFORE.search(text, max(0, start - 30), start) and any(
            name.endswith(label) for label in _labels_ending_with(industry_labels).get(name[-1], ())):
        return None  # 聚焦铝基新材料、输变电装备制造: sectors the zone focuses on, in a list a verb opens
    return start


# a verb of focusing on sectors, then a list (of sectors) up to the name: no clause break between
_FOCUSED_BEFORE = re.compile(rf"(?:聚焦|重点发展|大力发展|加快发展|着力发展|主攻|培育壮大|做强)(?:[{HAN}A-Za-z0-9]{{2,12}}、)*$")


def _clean_left(text: str, start: int) -> bool:
    """Whether a name may start at ``start``: after punctuation, a boundary word, or 企业/公司."""
    if start == 0 or not NAME_CHAR.match(text[start - 1]):
        return True
    return text.endswith(_boundary_tuple(), 0, start) or text.endswith(("企业", "公司"), 0, start)


def _is_generic_enterprise(name: str) -> bool:
    """A name made of a count, or of generic words plus one brand ending (高新科技, 新动能)."""
    if re.search(r"\d|第[一二三四五六七八九十百千]|^[一二两三四五六七八九十]+[辆台款件座只个]", name):
        return True  # 第一辆汽车, 两台设备: things counted, not companies
    ending = _BRAND_AT_END.search(name)
    core = name[: ending.start()] if ending and ending.start() > 0 else name
    return len(strip_generic(core, _generic())) < 2


def _maximal(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping candidates (the earliest table match on ties)."""
    if len(mentions) < 2:  # nothing to choose between (most sentences)
        return list(mentions)
    order = {"institute-gazetteer": 0, "enterprise-gazetteer": 0, "enterprise-legal-name": 1}
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), order.get(m.rule, 2), m.start)):
        if not any(overlaps(mention.span, c.span) for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)


# a run of 、-separated items of name characters: 长虹、九洲、中国工程物理研究院、西南科技大学
_PEER_RUN = re.compile(rf"(?:{_LISTED_CHAR}{{2,16}}、)+{_LISTED_CHAR}{{2,16}}")
_PEER_LIST_END = re.compile(r"[，。；：）)”]|等|$")
_NOT_A_COMPANY_END = re.compile(r"[所站院室馆会办局处校大]$")  # …医科大: a university
_KINDS_OF_FIRM = ("企业", "机构")  # 优秀凤凰企业、…、银行、创投机构: kinds, not names
_QUANTIFIED = re.compile(r"一(?:大)?批|一系列")  # 建设一批平台载体: a kind of thing, counted
_VOUCHING_RULES = frozenset({"enterprise-gazetteer", "enterprise-legal-name", "enterprise-list", "enterprise-represented",
                             "enterprise-headed-list", "enterprise-acting-list", "enterprise-company"})


def _sector_item(text: str, a: int, b: int, sectors: list[Mention]) -> bool:
    """Whether a list item is a sector: one begins it, or ends it after everyday words (特种机器人)."""
    return any(m.start < b and a < m.end and (m.start == a or m.end == b and _is_everyday(text[a : m.start]))
               for m in sectors)


def _vouches(mention: Mention) -> bool:
    """Whether a mention is sure enough of being an organisation to make its list-mates ones: not
    a name whose ending products share (智能导钻装备, 增材制造装备)."""
    if mention.kind == "ResearchInstitute" or mention.rule in _VOUCHING_RULES:
        return True
    ending = _BRAND_AT_END.search(mention.surface)
    return mention.rule == "enterprise-brand" and ending is not None and ending.group() in _COMPANY_ENDINGS


# brand endings that name companies rather than products
_COMPANY_ENDINGS = STRONG_ENDINGS | frozenset({"科技", "电子", "光电", "微电子", "通讯", "药业", "制药", "生物", "电气",
                                               "重工", "实业", "乳业", "化工", "特钢", "纸业", "电器", "传动", "医疗"})


# what a list of organisations does together, where its last item ends: …、零度资本主办的
_PEERS_ACT = re.compile(r"(?:共同|联合|分别)?(?:主办|承办|协办|发起|参与|出席|参加|签约|签署|合作|共建|牵头)")


def peer_companies(text: str, named: list[Mention], taken: list[tuple[int, int]], sectors: list[Mention],
                   industry_labels: frozenset[str]) -> list[Mention]:
    """Short names listed beside institutes or companies already found, as their peers:
    整合长虹、九洲、中国工程物理研究院、西南科技大学等创新资源 (长虹 and 九洲 are organisations
    as the two institutes are); 由漳州高新区管委会、漳州城投集团、兴证资本、零度资本主办. A list is
    of one kind: an item that could be a company's name (no sector, place, everyday words or
    institute ending) beside an organisation found whole is a company. Only names found by
    their form or a table vouch for a list (not a weak brand ending: 增材制造装备), and the items
    a sector begins (特种机器人, 海洋工程装备) are sectors."""
    if "、" not in text or not named:
        return []
    known = enterprise_gazetteer()
    whole = {(m.start, m.end) for m in named if _vouches(m)}
    if not whole:
        return []
    found = []
    for run in _PEER_RUN.finditer(text):
        items = item_spans(run.group(), run.start())
        first_a, first_b = items[0]
        cut = cut_after_boundary(text, first_a, first_b, boundary_words(), keep=2)
        if not BRAND_ENDING.fullmatch(text, cut, first_b):  # 联合电子: an ending alone names nothing
            items[0] = (cut, first_b)
        last_a, last_b = items[-1]
        act = _PEERS_ACT.search(text, last_a + 2, last_b)
        if act:
            items[-1] = (last_a, act.start())
        elif not _PEER_LIST_END.match(text, last_b):
            items.pop()  # the last item runs on into the sentence: 欣旺达尽快产能释放
        if not any(item in whole for item in items) or any(_sector_item(text, a, b, sectors) for a, b in items):
            continue  # no organisation vouches for the list, or it lists sectors (特种机器人、…增材制造装备)
        for index, (a, b) in enumerate(items):
            if (a, b) in whole or any(a < y and x < b for x, y in taken):
                continue
            if index == 0 and (not _clean_left(text, a) or (a == first_a and b - a > 4)):
                continue  # an open left edge: only a short name is sure to start where the run does
            name = text[a:b]
            if _NOT_A_COMPANY_END.search(name) or name.endswith(_KINDS_OF_FIRM):
                continue  # 石河子蔬菜所, 东区办; 鲲鹏企业, 创投机构: kinds of firm the zone honours
            if (b - a > (8 if _BRAND_AT_END.search(name) else 6) or not _could_be_company(text, a, b, known, industry_labels)
                    or not _not_only_a_place(text, a, b, industry_labels) or _is_generic_enterprise(name)
                    or _GOVERNMENT_BODY.search(name) or _PUBLIC_BODY.search(name)):
                continue
            found.append(Mention("Enterprise", a, b, name, name, "enterprise-peer", True))
    return found
