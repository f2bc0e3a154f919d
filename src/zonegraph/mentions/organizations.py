"""What research institutes and enterprises share: name endings, gazetteers, the left edge of a name.

Chinese has no spaces, so a name's left edge is found by walking back over name characters to
the nearest punctuation, zone name or boundary word (与, 共建的, 引进 … in data/words/).
institutes.py, enterprises/ and projects.py find the names; this module knows their shapes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import (
    chars_but, Gazetteer,
    HAN,
    Mention,
    boundary_words,
    cut_after_boundary,
    is_everyday_phrase,
    long_boundary_words,
    name_run_start,
    overlaps,
    strip_generic,
)
from zonegraph.reference import (
    countries,
    enterprise_brand_words,
    enterprise_brands,
    enterprise_groups,
    institutes,
    org_aliases,
    place_at,
    place_before,
    place_forms,
    stopwords,
    zones,
)

INSTITUTE_ENDING = re.compile(
    rf"(?:大学(?!科技园|科群|城|生(?![命物态]))|学院|职院(?!校)|研究院|研究总院|研究所|科学院|工程院|分院|实验室|研究中心|研发中心|创新中心|科学中心|工研院|研究生院|创新院(?!士)"
    rf"|试验站|试验中心|实验中心|工程中心|技术转移中心|技转中心|院士工作站|概念验证中心|检验所|检测所|检验院"  # 江苏省医疗器械检验所
    rf"|技术创新与育成中心"  # 中科院江西产业技术创新与育成中心: the academy's centres in the provinces
    rf"|(?<=大学|.大)医学部"  # 北京大学医学部, 北大医学部: a university's medical school
    # 江南大学江阴校区, …创新中心江阴分中心, 沈阳工业大学辽阳分校, 吉林大学南校区, 中科院计算所烟台分所, 中科院声学所青岛分所: a branch
    # (not 国家量子科学中心的一个分中心: a branch described, no place)
    rf"|(?<=大学|学院|中心|科大|交大|工大|验室|究所|算所|学所|理所|物所|机所|工所|验所|测所)(?:{chars_but(HAN, '的个')}{{2,3}}(?:校区|分中心|分室|分校|分所)|[东南西北]校区)"
    # 中国科学院声学研究所青岛研发基地, 中船重工710所青岛海洋装备研发基地: an institute's base in a place
    rf"|(?<=究所|\d所|究院|大学){chars_but(HAN, '的建设在等和与及为')}{{2,8}}?研发基地"
    # 南开大学现代光电所: a university's institute by its short name (not 江苏大学各研究所: its institutes, each)
    rf"|(?<=大学|学院){chars_but(HAN, '等和及与各')}{{2,5}}(?<![事务派出交易诊场院多一])所"
    # 长江大学农学实验实训中心, 海南医学院安评中心, 中国药科大学成果转移转化中心: a university's or an academy's own
    # centre, named after it (not 大学生创业中心: students'; nor 大学城科创中心: a university town's)
    rf"|(?<=大学|学院)(?![生城]){chars_but(HAN, '的等和及与各为在是、')}{{2,8}}?中心)"
)
# a character every INSTITUTE_ENDING match holds (keep it so when adding a branch): four sentences in
# five have none, and need no search from each of their positions
INSTITUTE_ENDING_CHARACTER = re.compile("[学院所室心站校]")
# a unit named by its number in a list (710所、…、602院、388厂、481厂): three digits, then 所, 院 or 厂 (3所高校 is a count)
NUMBERED_UNIT = re.compile(r"(?<![\d.A-Za-z])\d{3}(?:所|院|厂)(?=[、，。；]|等|和|及)")
# a named group's company, by its business or its place, before its 公司: 平高集团|电力检修, 罗普特科技集团|大冶
# (not 集团股份公司, 集团有限公司: the group's own legal form)
GROUPS_COMPANY = re.compile(rf"([{HAN}A-Za-z]{{2,10}}集团)(?!股份|有限|控股)[{HAN}]{{2,6}}")
# an officer's title: words naming a person, never an organisation (副省长郑为文, 校长侯建国)
PERSON_TITLE = re.compile(r"书记|主任|局长|院长|校长|主席|部长|经理|董事长|总裁|区长|市长|县长|省长|秘书长|处长|厅长|记者")
PLACE_QUALIFIER_BEFORE = re.compile(rf"[（(][{HAN}]{{2,6}}[）)]")
LEGAL_ENDING = re.compile(r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|株式会社|（有限合伙）)")  # 株式会社: a Korean or Japanese company
# a Chinese company's legal form alone, as it ends a name (…有限公司, …股份有限公司, …有限责任公司)
LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")
# (（集团）and (集团) as two branches: with every branch opening with a character of its own, the
# regex engine searches only from positions holding one of those characters, 3x faster)
BRAND_ENDING = re.compile(
    r"(?:（集团[）)]|\(集团[）)]|集团公司|集团|股份|控股|科技|医疗|电子|通讯|通信|动力|乳业|食品|新材料|新能源|生物|制药|药业|医药|光电子(?=公司)|光电|智能|电气|"
    r"重工|传动|汽车|能源|机器人|化工|钢铁|电力|特钢|半导体|微电子|软件|网络|精密|装备|机械|环保|纸业|家居|电器|"
    r"电池|基因|芯片|实业|材料|氢能|光伏|航空|通航|通用|物流|智造|云|数据|量子|钛业|铝业|锂业|钨业|钼业|镁业|高科(?!技|园))(?!化)"  # 电气化, 智能化: an -ization, no ending
)
# a number before a name: a count (39无锡…, 10家…, 15名清华大学研究生), a year (2019年中国科学院…) or a date (去年6月清远万马…)
_LEADING_COUNT = re.compile(r"[A-Za-z0-9.]*\d[A-Za-z0-9.]*(?:[家个所名位]|多家|余家|年[度底初末]?|月份?(?:\d{1,2}日)?|日)?|[A-Za-z0-9.]+")
# the banks the press writes by one character and 行 (建行, 农行, 交行, 招行: data/enterprise_brands.csv), their
# sub-branches named so (建行高新大道支行); not 工行 or 中行, which 加工行业 and 其中行业 hold
SHORT_BANK_INITIALS = "建农交招"
BRAND_AT_END = re.compile(f"(?:{BRAND_ENDING.pattern})$")
SHORT_COMPANY = re.compile(r"(?<!有限|责任|集团|股份)(?<![分子母总])公司")


def generic_words() -> frozenset[str]:
    """Words a name is made of but that name nothing alone (新型, 产业, 科技, 国家级): data/words/generic_name_parts.txt."""
    return stopwords("words/generic_name_parts.txt")


@lru_cache(maxsize=None)
def everyday_words() -> frozenset[str]:
    """The common words (jieba's, filtered, and those it tags as names: 普及, 城市) and the generic ones:
    what a company's own name is not made of alone."""
    return stopwords("words/common_words.txt") | stopwords("words/common_words_tagged_as_names.txt") | generic_words()


def is_everyday(part: str, industry_labels: frozenset[str] = frozenset()) -> bool:
    """无线网络, 战略思维, 集成电路材料: everyday words or a sector, not a company's own name."""
    return part in industry_labels or is_everyday_phrase(part, everyday_words(), industry_labels)


@lru_cache(maxsize=None)
def descriptive_words() -> frozenset[str]:
    """Rarer words describing a product or a state (抛光, 不竭), and the materials a product is named by (镍氢, 钛合金),
    which ``is_described`` adds to the everyday ones: a brand-style name of them alone names a product (镍氢电池). Not
    everyday words, which every kind of name is checked against: 氮化镓 names a sector and its cluster."""
    return stopwords("words/descriptive_words.txt") | material_words()


@lru_cache(maxsize=None)
def material_words() -> frozenset[str]:
    """The materials and chemistries products are named by (镍氢, 钛合金, 电解液: data/words/materials.txt)."""
    return stopwords("words/materials.txt")


def is_described(part: str, industry_labels: frozenset[str] = frozenset()) -> bool:
    """Everyday words or a sector, or rarer words that describe a product or a state (抛光, 焊接机器人,
    不竭): the stricter test a brand-style name's own part must pass, where nothing else vouches for it."""
    return is_everyday(part, industry_labels) or is_everyday_phrase(part, everyday_words(), descriptive_words(),
                                                                     industry_labels)


@lru_cache(maxsize=None)
def institute_gazetteer() -> Gazetteer[str]:
    """Every institute's name and alias (data/institutes.csv, org_aliases.csv) -> its canonical name, for one
    pass over a sentence: 中科院 and 中国科学院 find the same body."""
    entries = []
    for record in institutes():
        entries.append((record.name, record.name))
        entries.extend((alias, record.name) for alias in record.aliases)
    entries.extend((a.alias, a.canonical) for a in org_aliases() if a.kind == "ResearchInstitute")
    # the full names the aliases stand for, known by themselves too (华中师范大学 of 华中师大): a university's
    # name before 科技园 is then found, as the annotators read it (华中师范大学科技园: the university's)
    entries.extend((a.canonical, a.canonical) for a in org_aliases() if a.kind == "ResearchInstitute")
    return Gazetteer(entries)


@lru_cache(maxsize=None)
def group_gazetteer() -> Gazetteer[str]:
    """The enterprise groups' short names (中船, 中国电科) -> their full names: what opens a group's unit's name."""
    return Gazetteer((group.short, group.name) for group in enterprise_groups())


def _enterprise_entries() -> list[tuple[str, str]]:
    entries = []
    for alias in (*org_aliases(), *enterprise_brands()):
        if alias.kind == "Enterprise":
            entries.extend([(alias.alias, alias.canonical), (alias.canonical, alias.canonical)])
    return entries


@lru_cache(maxsize=None)
def enterprise_gazetteer() -> Gazetteer[str]:
    """Companies found wherever running text names them."""
    return Gazetteer(_enterprise_entries())


def known_company_runs_on(text: str, start: int, end: int, reach: int = 12) -> bool:
    """Whether a known company's name opens at ``start`` and runs past ``end`` (南大光电 over 南大, 新华三集团
    over 新华, 中关村发展集团 over 中关村): the shorter name is part of the company's, looked for within ``reach``."""
    return any(a == 0 and b > end - start for a, b, _, _ in enterprise_gazetteer().all(text[start : start + reach]))


@lru_cache(maxsize=None)
def listed_enterprise_names() -> Gazetteer[str]:
    """The companies a list, a representatives' frame or a project may name: those of the gazetteer and
    the famous short names that are everyday words too (以美的、日立为代表, 推进重汽、吉利新能源整车项目)."""
    words = [(alias.alias, alias.canonical) for alias in enterprise_brand_words()]
    return Gazetteer(_enterprise_entries() + words)


def left_edge(text: str, end_of_name: int, ending_start: int, blocked: list[tuple[int, int]],
               words: frozenset[str] | None = None) -> int:
    """Where the name ending at ``ending_start`` (its kind's ending, such as 有限公司, after it) begins: the run of
    name characters before it, cut after the last boundary word (a verb, a preposition) and after any taken span in
    ``blocked``, with the place, country or count that opens a name kept or dropped as the genre writes them."""
    start = name_run_start(text, ending_start)
    for _, b in blocked:  # a zone name (or other taken span) before the name bounds it
        if start < b <= ending_start:
            start = b
    # after a table cell's edge (a space) a name is a cell of its own: a one-character word inside
    # it (同, 和 in 北京同安电子, 江苏德和生物) is part of the name, not a verb before it
    if words is None:
        words = long_boundary_words() if start > 0 and text[start - 1] == " " else boundary_words()
    run_start, start = start, cut_after_boundary(text, start, ending_start, words, keep=0)
    if start == run_start + 2 and text[run_start + 1] == "和" and text[run_start] not in _ADVERBS_BEFORE_AND:
        start = run_start  # …承办,亿和精密工业(威海)有限公司: one character and 和 opening the run are a name's (亿和, 天和)
    elif (start - 2 > run_start and text[start - 1] == "和" and text.endswith(_GOING_INTO, run_start, start - 2)
          and text[start - 2] not in _ADVERBS_BEFORE_AND):
        start -= 2  # 在亿和精密工业(威海)有限公司: after a preposition of place, one character and 和 open the name as well
    start = after_particle(text, start, ending_start)
    start = _country_kept(text, run_start, start)
    start = _place_kept(text, run_start, start)
    count = _LEADING_COUNT.match(text, start, ending_start)  # "39无锡…", "10家…": a number, not a name
    if count and count.end() == ending_start and not re.search(r"\d", count.group(0)):
        return start  # ABB（中国）有限公司: a Latin name is the whole name, not a count before one
    if count and count.group(0).isalpha() and count.group(0) in enterprise_gazetteer():
        return start  # TCL王牌电器（成都）有限公司: a known company's Latin name opens its unit's
    if count and _DIGITS_AND_LETTERS.fullmatch(count.group(0)):
        return start  # 3D打印精准医疗研究院, 5G创新中心: a term of digits and letters, no count
    if count and _ACRONYM.fullmatch(count.group(0)) and ending_start - count.end() >= 2:
        return start  # AG电竞集团: a firm's letters open its name, no count
    return count.end() if count else start


_ACRONYM = re.compile(r"[A-Z]{2,4}")
# where a visit or a scene takes place, right before a name (在亿和…, 走进亿和…): no word a name's first character completes
_GOING_INTO = ("在", "到", "走进", "来到", "位于", "参观", "深入")
_ADVERBS_BEFORE_AND = frozenset("并也还又再都就将已与及或且而则共但更正要可需仍均亦")  # (并和华为公司…: "and also with")
_DIGITS_AND_LETTERS = re.compile(r"(?=[^A-Za-z]*[A-Za-z])(?=[^0-9]*[0-9])[A-Za-z0-9]{2,4}")


PARTICLES = re.compile("[了着]")


def after_particle(text: str, start: int, end: int) -> int:
    """``start``, or just past the last particle 了 or 着 among the first words before ``end``
    (孕育了汉威科技, 聚集着国盾量子), or past a 的 left at the start by a cut (大连高新区的融科储能…有限公司):
    no name has one, and the word before it need not be a known boundary word. A 的 further in is
    a possessive (新产投的聚碳酸酯: the company is before it)."""
    last = -1
    for particle in PARTICLES.finditer(text, start, min(end, start + 4)):
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


def _place_kept(text: str, run_start: int, start: int) -> int:
    """Where a name starts when the 和 it was cut after follows a place and one to three characters of
    the name (北京燕和盛投资管理有限公司, 盐城融和智电新能源有限公司, 陕西天地人和药业有限公司: the 和 is the name's)."""
    if text[start - 1 : start] == "同":  # 河北同光晶体有限公司: a 同 right after a place is the name's
        for opening in range(max(run_start, start - 7), start - 2):
            place = place_at(text, opening, start - 1)
            if place is not None and opening + len(place) == start - 1:
                return opening
        return start
    if start - run_start < 4 or text[start - 1 : start] != "和":
        return start  # (not 锦州市政府与…, 浙江大学等…, 四川遂宁的…: words that are never a name's)
    for opening in range(max(run_start, start - 8), start - 2):
        place = place_at(text, opening, start - 1)
        if (place is not None and 1 <= start - 1 - (opening + len(place)) <= 3  # 陕西天地人和药业
                and text[start - 2] not in "院所校学心室站"):  # not 辽宁医学院和…: an institute ends there
            return opening
    return start


def before_cut(text: str, start: int, blocked: list[tuple[int, int]]) -> int:
    """Where a name starts if the one-character word just before ``start`` is part of it (和 in
    江苏德和生物, 碳中和研究院): the boundary before that one, else ``start`` itself."""
    if start > 0 and text[start - 1] in boundary_words() and text[start - 1] not in _NEVER_INSIDE | {"与", "及", "或"}:
        before = left_edge(text, start - 1, start - 1, blocked)
        if text[start - 1] != "和" or 2 <= start - 1 - before <= 3 and text[start - 3 : start - 1] not in stopwords("words/common_words.txt"):
            return before  # 碳中和, 江苏德和, not 湘南学院科研成果展和…, 介绍了…的情况和|研究所, 加速器和|创新中心
    return start


# one-character boundary words that never stand inside a name: 高新区由大学园区… is no 高新区由大学
_NEVER_INSIDE = frozenset("由被把将在是的了从到让给等向于")  # (穿梭于|研发中心: 于 a preposition)


def is_name(prefix: str, known: Gazetteer[str]) -> bool:
    """Whether the part before an ending is a proper name rather than a category."""
    if any(True for _ in known.all(prefix)):
        return True
    return len(strip_generic(prefix, generic_words())) >= 2


def after_last(words: re.Pattern, text: str, start: int, end: int, keep: int) -> int:
    """Where a name in ``text[start:end]`` starts when words that are never part of one run into it:
    after the last of them that leaves ``keep`` characters or more of the name."""
    for word in reversed(list(words.finditer(text, start, end))):
        if end - word.end() >= keep:
            return word.end()
    return start


@lru_cache(maxsize=None)
def short_places() -> frozenset[str]:
    """Place names of four characters or fewer (苏州, 徐州市): a place in brackets inside a name (上交（徐州）…), and
    words that are a place, not a company's own name."""
    return frozenset(form for form in place_forms() if len(form) <= 4)


@lru_cache(maxsize=None)
def _places_and_zones() -> frozenset[str]:
    """Place names and zones' short names (光谷, 东湖高新区), as they open "a firm of the place"."""
    return place_forms() | {short for zone in zones() for short in zone.short_names}


def an_unnamed_firm(name: str) -> bool:
    """A firm the text leaves unnamed: 某航空制造(股份有限公司); a place's or a zone's 一 ("a") and a
    kind of firm (光谷一科技公司); not 统一企业 or 一汽集团, whose 一 is their name's."""
    if name.startswith("某"):
        return True
    at = name.find("一")
    if at < 1:  # (一汽集团: 一 opening a name is its own)
        return False
    rest = name[at + 1 :].lstrip("家个")
    ending = BRAND_AT_END.search(rest)
    core = rest[: ending.start()] if ending and ending.start() > 0 else rest
    # (generic words only after the 一: not 柳州一阳科技有限公司, whose 阳 is a name's)
    return bool(rest) and not strip_generic(core, generic_words()) and name[:at] in _places_and_zones()


def is_generic_enterprise(name: str) -> bool:
    """A name made of a count, or of generic words plus one brand ending (高新科技, 新动能)."""
    if re.search(r"\d|第[一二三四五六七八九十百千]|^[一二两三四五六七八九十]+[辆台款件座只个轴]", name):
        return True  # 第一辆汽车, 两台设备, 六轴机器人: things counted or specified, not companies
    ending = BRAND_AT_END.search(name)
    core = name[: ending.start()] if ending and ending.start() > 0 else name
    # (a two-character name whose second character is a brand ending is a name of its own where the
    # first is no generic word: 凌云, not 新云)
    return len(strip_generic(core, generic_words())) < (1 if len(name) == 2 else 2)


_PARTIES = frozenset({"甲方", "乙方", "丙方", "双方", "本公司", "该公司", "公司", "集团", "企业", "项目"})


def declarable(form: str) -> bool:
    """Whether a short name a text declares for a company (（以下简称“东方雨虹”）) can stand for it
    elsewhere in the text: a name of its own, not a party's role (甲方), everyday words or a place."""
    return form not in _PARTIES and form not in place_forms() and not is_everyday(form)


def maximal(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping candidates (the earliest table match on ties)."""
    if len(mentions) < 2:  # nothing to choose between (most sentences)
        return list(mentions)
    order = {"enterprise-short-form": -1, "institute-gazetteer": 0, "enterprise-gazetteer": 0, "enterprise-legal-name": 1}
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), order.get(m.rule, 2), m.start)):
        if not any(overlaps(mention.span, c.span) for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
