"""Whether the items of a list are sectors the taxonomy does not know, and where each begins and ends
(unknown_sectors). An item is cut to the sector's name, past the verb, place, grade, count or role the list
writes around it, and refused where what is left is a grade, a category, a praise, a facility, a body or a
place; an item holding known sectors and more is a narrower sector of its own. Every reading of a list
calls it, so that every list's items are cut alike."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from zonegraph.mentions.base import Mention, NUMERAL, boundary_words, cut_after_boundary, long_boundary_words
from zonegraph.mentions.industries.places import _past_a_zones_name, _places_only
from zonegraph.mentions.industries.shared import (
    NOT_A_SECTOR_ITEM,
    _CATEGORIES,
    _FACILITY_AT_END,
    _FIRM_KIND_AT_END,
    _GRADE_AT_END,
    _OUTPUT_AIM,
    _SECTOR_SUFFIX,
)
from zonegraph.mentions.organizations import enterprise_gazetteer
from zonegraph.reference import county_forms, place_at, place_forms, stopwords


# a set counted opening a list's item (建立一套生产性服务业集群激励机制): no part of a sector's name (a 四大 before
# 国家先进制造业集群 is read as the list's own count, elsewhere)
_SET_OPENING = re.compile(rf"[{NUMERAL}]+[套批类种项]")


# the endings of NOT_A_SECTOR_ITEM a sector may have where its list presents it as one (卷烟及配套, 高端铝材及铝产品)
_LISTED_AS_SECTORS = ("产品", "配套")


# 等 closing a list inside what another list's 、 marks as one item (not 高等教育, 同等, 等级)
_LIST_CLOSED = re.compile(r"(?<![高中初同平对均相])等(?![级同于])")


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


# …、高端装备制造三大创新产业集群, …、数字产业四大新产业集群: the count, its kind and the cluster's own 产业
_COUNT_AT_END = re.compile(rf"[{NUMERAL}]+[个大项](?:主导|特色|优势|新兴|战略性新兴|战新|支柱|重点|先导|未来|创新|新)*(?:产业)?$")
# …(and the standing it aims at: 打造世界级光电子信息产业集群, 高水平光电子信息产业集群)
_GRADE_OPENING = re.compile(r"(?:若干|一批|一些|多个|诸多|众多|一系列)?(?:被?(?:认定|评)?为|成为)?(?:国家级|省级|市级)?(?:成长型|创新型|特色|示范)*"
                            r"(?:世界级|国际级|世界一流|全球一流|国际一流|国内一流|全国一流|国内领先|国际领先|全球领先|高水平|高质量|一流)?")
_AWARD_AT_END = re.compile(r"(?:成功)?(?:获评|获批|入选|被认定为|被评为|认定为|列入)(?:为)?(?:国家级|省级)?$")


_PROVINCE_OR_CITY = ("省级", "市级", "省", "市")
# a region of several provinces or cities: 长三角地区, 粤港澳大湾区, 成渝地区
_REGION = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?地区|粤港澳大湾区|长三角|珠三角|京津冀|大湾区|长江经济带)")
# areas that are not high-tech zones, named after their place: 汉川经开区, 吴忠金积工业园区
AREA_WORDS = ("经济技术开发区", "经济开发区", "经开区", "工业园区", "开发区")
# the links of a sector's chain, named alone: no sector of their own
_CHAIN_LINKS = frozenset({"生产", "加工", "后加工", "深加工", "精深加工", "应用", "研发", "科技", "销售", "配套", "装备配套",
                          "设计", "检测", "制造", "回收", "上游", "中游", "下游"})


# a category said of a batch, after a copula (其中主要为|战略性新兴|产业): no sector's name
_COPULA_THEN_CATEGORY = re.compile(rf"[\u4e00-\u9fff]{{0,3}}(?:为|是)(?:{'|'.join(sorted(_CATEGORIES, key=len, reverse=True))})")


# an item that is a place, a body or a project's phase, not a sector: 国家大学科技城, 高铁新城, 长三院, 世纪联合二期,
# 产学研配套区; a body (中国纺织工业联合会) or a change's start (…、松散型经营向产业集群发展); a street
# (以量子大道为核心的产业集聚空间)
# (or a roster a zone was entered in: 入选第二批企业创新积分制试点单位名录、…)
_NOT_A_SECTOR_AT_END = re.compile(r"(?:新城|科技城|[院所区]|[一二三四五六七八九十\d]期|[）)]|联合会|协会|委员会|商会|学会|向|大道|大街|名录|名单|目录|榜单|单位)$")


@lru_cache(maxsize=None)
def sector_qualifiers() -> frozenset[str]:
    """Grades and kinds that qualify a sector without naming one (新型, 高端: data/words/sector_qualifiers.txt)."""
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
        bounds = _sector_bounds(text, a, b, known)
        if bounds is None:
            continue  # a class of product (一类、二类创新药)
        a, b = bounds
        name = _SECTOR_SUFFIX.sub("", _CLUSTER_AT_END.sub("", text[a:b]))  # …机床产业集群入选…: the sector, not its cluster
        if _not_a_sectors_name(text, a, b, name, covered, known):
            continue
        if not covered(a, b):
            if narrower_only:
                continue
            out.append(Mention("Industry", a, a + len(name), name, name, "industry-listed", True,
                               extra={"concept": None, "phrase_end": b, "written": text[a:b]}))
            continue
        out.extend(_holding_known(text, a, b, name, covered, known))
    return out


def _sector_bounds(text: str, a: int, b: int, known: list[Mention] | None) -> tuple[int, int] | None:
    """Where the sector an item of a list names begins and ends: past what the list writes around it (a verb,
    a place or a zone, a grade, a count, a role, a description); None where the item is a class of
    product, no sector."""
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
        return None  # 研发…的一类、二类创新药: a class of drug or device, no sector
    if classed:
        a = classed.end()
    verb = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
    if verb > a and any(m.start == verb for m in known or ()):
        a = verb  # 有重点、分梯次推动新一代信息技术、…: the clause runs into the first item up to its verb
    a = _past_a_clause(text, a, b, known or [])
    return a, b


def _not_a_sectors_name(text: str, a: int, b: int, name: str, covered: Callable[[int, int], bool],
                        known: list[Mention] | None) -> bool:
    """Whether the name an item is cut to is no sector's: a grade, a category, a verb, praise, a place, a
    chain's link, too short or too long, a clause, a kind of firm, a facility or a body."""
    if (name in sector_qualifiers() or name in _CATEGORIES or name in long_boundary_words() or _PRAISE.search(name)
            or _COPULA_THEN_CATEGORY.fullmatch(name)
            or name in _CHAIN_LINKS or name.startswith(("这个", "这些", "这一", "那个", "那些", "上下游", "相关"))
            or name.endswith("多") or name.startswith("最") or _places_only(name) or _BATCH.fullmatch(name)):
        # 辐射多(产业集群): many sectors; 最强(产业集群): a superlative; 以徐州铜山为核心: a place
        return True  # 示范, 省级战略性新兴: a grade or a category; 引领(主导产业集群): a verb; 科技含量高: praise;
        # 盐城这个(创新型产业集群): a pointing word; …数字经济及上下游相关配套(产业): the others' suppliers;
        # 以稀土磁性材料生产、后加工、应用、及科技、人才、装备配套等完整产业集群: links of a chain
    if not 2 <= len(name) <= (12 if known else 8):
        return True
    inner = name.find("产业")
    if inner > 0 and cut_after_boundary(name, inner + 2, len(name), boundary_words(), keep=0) > inner + 2:
        return True  # 昌吉高新区新材料产业打造产业集群: a sector and a verb, a clause, not a sector's name
    if (_FIRM_KIND_AT_END.search(name) or _NOT_A_SECTOR_AT_END.search(name)
            or (not covered(a, b) and NOT_A_SECTOR_ITEM.search(name) and not name.endswith(_LISTED_AS_SECTORS))
            or (_FACILITY_AT_END.search(name) and (inner > 0 or not covered(a, b)))):
        return True  # 先进计算产业智库工作站, 中山国家健康基地, …企业联盟: a facility or a body, not a sector
    return False


def _holding_known(text: str, a: int, b: int, name: str, covered: Callable[[int, int], bool],
                   known: list[Mention] | None) -> list[Mention]:
    """What an item holding known sectors names besides them: nothing where one of them is the item as
    written (marked ``listed_as_sector``), where two are joined or something else is in it; the unknown
    sector joined by 和 before the only known one (健康食品和医药); else a narrower sector under the last
    known one, absorbing those inside."""
    inside = [m for m in known or () if a <= m.start and m.end <= b]
    whole = [m for m in inside if m.start == a and m.end >= a + len(name)]
    for m in whole:  # the item is a known sector as written, in a list read as one of sectors
        m.extra["listed_as_sector"] = True
    if not inside or whole or _covered_by_others(a, b, inside, covered):
        return []  # (or it holds something else: a company)
    if any(text[left.end : right.start] in ("和", "及", "与", "以及") for left, right in zip(inside, inside[1:])):
        return []  # 电子信息和新能源新材料: two sectors joined, not one narrower
    tail = text[inside[-1].end : a + len(name)]
    if tail[:1] in ("和", "及", "与") and NOT_A_SECTOR_ITEM.search(tail):
        return []  # 文化创意和社会民生(等领域): a sector joined to what is none, not one narrower
    joined = max(text.rfind(word, a, inside[0].start) for word in ("和", "及", "与"))
    if joined > a and text[joined + 1 : inside[0].start] in sector_qualifiers():
        return []  # 持续赋智与优势新材料(产业集群): a grade opens the sector's phrase, what the joiner joins is no part of it
    joiner = inside[0].start - 1
    left = text[a:joiner]
    if (len(inside) == 1 and joiner - a >= 2 and text[joiner] == "和" and inside[0].end >= a + len(name)
            and not covered(a, joiner) and not NOT_A_SECTOR_ITEM.search(left) and not _FIRM_KIND_AT_END.search(left)
            and not _NOT_A_SECTOR_AT_END.search(left) and _SECTOR_HEAD_AT_END.search(left)):
        # 健康食品和医药产业集群: a sector the taxonomy does not know joined to one it knows, two sectors
        inside[0].extra["listed_as_sector"] = True
        return [Mention("Industry", a, joiner, left, left, "industry-listed", True,
                        extra={"concept": None, "phrase_end": joiner, "written": left})]
    for m in inside:
        m.extra["absorbed"] = True
    head = inside[-1].extra["concept"]
    return [Mention("Industry", a, a + len(name), name, name, "industry-narrower", True,
                    extra={"concept": None, "broader": head, "phrase_end": b, "written": text[a:b]})]


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
