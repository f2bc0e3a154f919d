"""Whether an industry named in a sentence is presented as the zone's sector.

A plan or a page names many sectors that are not the zone's own: a steel maker's markets
(瞄准汽车、航空航天…等领域，调整特钢产品结构), technologies (5G、大数据等新技术), business models
(共享经济、平台经济等新模式新业态), events and bodies named after a sector (…产业对接会, “5G+工业互联网”
产业联合体), segments of a narrower sector (细胞治疗、基因检测…等精准医疗), and a project table's products.
"""

from __future__ import annotations

import re

from zonegraph.mentions import Mention
from zonegraph.mentions.industries import (CODED_LIST_OPENING, NOT_A_SECTOR_ITEM, OUTPUT_GRADE, SECTORS_HEAD, WRITTEN_ON,
                                           industry_gazetteer, industry_labels)
from zonegraph.relations.cues import CLAUSE_END, clause, clause_span, clause_start, has_cue


_SAID_TO_BE_SECTORS = ("industry-listed", "industry-narrower")  # mentions/industries/listed.py find_listed_sectors


def _said_to_be_a_sector(mention: Mention) -> bool:
    """Whether mentions/industries/ read the mention where the text says it is a sector: a list of
    sectors (its own rules, or a known sector marked ``listed_as_sector``) or a base's title."""
    if mention.extra.get("run_together"):  # (…、新型食品加工机械、…等产品: two labels run together, read where they stand)
        return mention.extra.get("listed_as_sector", False) or mention.extra.get("base_title", False)
    return (mention.rule in _SAID_TO_BE_SECTORS or mention.extra.get("listed_as_sector", False)
            or mention.extra.get("base_title", False))


def presented_as_sector(text: str, mention: Mention) -> bool:
    """Whether the mention's clause presents it as a sector (聚焦…, …等新兴产业, a cue word), or the
    sentence lists it among the kinds of the zone's firms (引进教育装备、智能家居等企业20余家)."""
    if _said_to_be_a_sector(mention):
        return True  # named where the text says it is a sector (mentions/industries/listed.py find_listed_sectors)
    return (has_cue("hasIndustry", clause(text, mention)) or _listed_as_firms(text, mention)
            or _glued_to_the_zones_name(text, mention)
            or _headed_before_colon(text, mention) or _headed_by_code(text, mention)
            or _spelled_with_plus(text, mention) or _names_the_zones_firms_or_area(text, mention)
            or _the_sector_of_firms_named(text, mention) or _built_around(text, mention)
            or _firms_of_the_sector_counted(text, mention) or _kinds_of_projects(text, mention)
            or _directions_of_firms(text, mention) or _GROWTH_REPORTED.match(text, mention.extra.get("phrase_end", mention.end)))


# the growth of sectors reported, the figures after them: 通用设备制造业，专用设备制造业，计算机、…制造业增长较快，分别增长41.6%、…
# (each item between a sector's, ending in 业: not 建成省软件与信息服务产业园、…，2020年营业收入增长38%)
_GROWTH_REPORTED = re.compile(r"(?:业|产业|行业)?(?:[，、和及][^，。；]{2,24}?业)*?(?:增加值|产值|营收|营业收入)?(?:分别)?(?:同比)?"
                              r"(?:增长|增速)(?:较快|最快|迅速|明显|[^，。；]{0,4}?\d)")


# the kinds of a batch's projects, listed: 既有新材料、新医药、…等先进制造业项目，也有生态环保、高端服务业项目 (not 现代服务业项目中，
# 主要围绕…: a sector's share of projects, no list of their kinds)
_PROJECT_KINDS_AFTER = re.compile(r"(?:[、和及与][^，。；、]{2,12}?)*等[\u4e00-\u9fff]{0,8}?业项目")
_PROJECT_KINDS_LIST_AFTER = re.compile(r"(?:[、和及与][^，。；、]{2,12}?)*(?:产业)?项目")
_PROJECT_KINDS_OPENING = re.compile(r"(?:既有|也有|还有)(?:[^，。；、]{2,12}?、)*$")


def _kinds_of_projects(text: str, mention: Mention) -> bool:
    end = mention.extra.get("phrase_end", mention.end)
    if _PROJECT_KINDS_AFTER.match(text, end) is not None:
        return True
    start = clause_start(text, mention.start)
    return (_PROJECT_KINDS_LIST_AFTER.match(text, end) is not None
            and _PROJECT_KINDS_OPENING.search(text, start, mention.start) is not None)


# 苏州高新区已集聚医疗器械及生物医药企业超400家: the zone's firms of the sectors, counted (a sector and its firms)
_FIRMS_COUNTED_AFTER = re.compile(r"(?:[、和及与][\u4e00-\u9fff]{2,8}?)*(?:产业|行业)?(?:相关)?企业(?:超|近|达|共|逾|超过)?\d+(?:\.\d+)?(?:余|多)?家")
_GATHERS = re.compile(r"(?:集聚|聚集|汇聚|拥有|引进|落户|培育)(?:了|各类)?")


# 对张江高科技园区内20多家集成电路企业…进行了访谈: the zone's firms of the sector, counted before it
_FIRMS_COUNTED_IN_THE_ZONE = re.compile(r"(?:高新区|开发区|园区)内(?:有|共有|已有|的)?(?:超|近|逾)?\d+(?:余|多)?家$")


def _firms_of_the_sector_counted(text: str, mention: Mention) -> bool:
    start = clause_start(text, mention.start)
    end = mention.extra.get("phrase_end", mention.end)
    return ((_FIRMS_COUNTED_AFTER.match(text, end) is not None and _GATHERS.search(text, start, mention.start) is not None)
            or (_FIRMS_AFTER.match(text, end) is not None
                and _FIRMS_COUNTED_IN_THE_ZONE.search(text, max(0, mention.start - 16), mention.start) is not None))


# 围绕通信（…）、新能源（汽车、储能）、半导体（…），打造一批战略性新兴产业集群: the sectors a zone builds
# its clusters around (not 专家围绕…主题献计献策, 围绕…等制定政策: topics of talks and policies)
_BUILDING_AFTER = re.compile(r"[，,](?:加快|着力|重点|全力|大力)?(?:打造|培育|发展|构建|建设|做强|壮大|形成)")


def _built_around(text: str, mention: Mention) -> bool:
    start, end = clause_span(text, mention)
    return "围绕" in text[start : mention.start] and _BUILDING_AFTER.match(text, end) is not None


# the sector of the firms a list just named: 鲁抗、辰欣、明治制药等生物医药企业集聚 (not the role firms play:
# 发挥中信特钢、…等工业自动化企业的转型示范作用)
_FIRMS_NAMED_BEFORE = re.compile(r"[^，。；]{2,12}、[^，。；]{2,30}等$")
_THEIR_KIND_AFTER = re.compile(r"(?:产业|行业)?(?:龙头|骨干|重点|知名|领军)?企业(?!的)")


def _the_sector_of_firms_named(text: str, mention: Mention) -> bool:
    return (_THEIR_KIND_AFTER.match(text, mention.extra.get("phrase_end", mention.end)) is not None
            and _FIRMS_NAMED_BEFORE.search(text, max(0, mention.start - 44), mention.start) is not None)


_FACILITY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:中心|大厦|平台|园|基地|项目|工程|楼)")
_ZONE_WORD_BEFORE = ("高新区", "高新技术产业开发区", "高技术产业开发区")


def _glued_to_the_zones_name(text: str, mention: Mention) -> bool:
    """Whether the sector is written right after the zone's name (厦门火炬高新区电子信息（光电显示）获评…), or after
    known sectors listed right after it (东湖高新区生物医药、生物农业资源), and is not the name of a facility there
    (高新区科技金融服务中心)."""
    if _FACILITY_AFTER.match(text, mention.extra.get("phrase_end", mention.end)):
        return False
    start = mention.start
    while text.endswith("、", 0, start) and not text.endswith(_ZONE_WORD_BEFORE, 0, start):
        window = max(0, start - 13)  # back over a known sector listed before it
        item = [a for a, b, _, _ in industry_gazetteer().all(text[window : start - 1]) if b == start - 1 - window]
        if not item:
            return False
        start = window + min(item)
    return text.endswith(_ZONE_WORD_BEFORE, 0, start)


# a clause that runs from one sector to others: 从A到B、C
_RANGE = re.compile(r"从([^，。；、到]{2,16})到([^，。；]{2,40})")
_LIST_TAIL = re.compile(r"(?:产业|行业)?(?:等|[”’」』]).*$")  # …等高新技术, …文化创意’三张牌
_SECTOR_ENDING = re.compile(r"(?:产业|行业)$")


def in_a_list_of_known_sectors(text: str, mention: Mention) -> bool:
    """Whether the mention stands in a list of three sectors or more, every one a sector the taxonomy
    knows by that very name (重点规划建设新能源、新材料、生物医药和电子信息等…, 涉及电子信息、人工智能、
    大数据…, 打好‘现代农业、智能制造、文化创意’三张牌): a run of sector names and nothing else is the
    zone's sectors whatever verb carries it."""
    if mention.rule != "industry-taxonomy":
        return False
    beside = text[mention.start - 1 : mention.start] + text[mention.extra.get("phrase_end", mention.end) :][:1]
    start, end = clause_span(text, mention)
    ranged = _RANGE.fullmatch(text, start, end)  # 从生物医药及医疗器械到新一代信息技术、智能制造: a range is a list
    if not (mention.in_list or "、" in beside or ranged):
        return False  # (a list of known sectors with one item the taxonomy does not know is not marked in_list)
    items = (f"{ranged.group(1)}、{ranged.group(2)}" if ranged else text[start:end]).split("、")
    if len(items) < 3:
        return False
    items[-1:] = re.split("[和及与]", _LIST_TAIL.sub("", items[-1]))
    labels = industry_labels()
    first = _SECTOR_ENDING.sub("", items[0])  # the verb before it stays (重点规划建设新能源): it ends in a label
    # one item of three or more may be a sector the taxonomy does not know (健康管理), not a word that
    # no sector ends with (高端人才, 营商环境)
    # (an item joining two known sectors is known: 精密仪器与装备制造)
    # (and one the taxonomy knows whole with its joiner is known: 软件与信息服务, though 软件 alone is no label)
    unknown = [item for item in items[1:] if _SECTOR_ENDING.sub("", item) not in labels
               and not all(_SECTOR_ENDING.sub("", part) in labels for part in re.split("[与及和]", item))]
    return (any(b == len(first) for _, b, _, _ in industry_gazetteer().all(first))
            and len(unknown) <= max(1, (len(items) - 1) // 3) and not any(NOT_A_SECTOR_ITEM.search(item) for item in unknown))


def in_a_comma_list_of_known_sectors(text: str, mention: Mention) -> bool:
    """Whether the mention is one item of a list a page wrote with commas for 、 (已形成大数据，云计算，
    高端装备制造，电子信息，…产业): three clauses or more in a row, each a sector the taxonomy knows by
    that very name (with 产业 or 行业 after it, or two joined by 及/和), the first one after its verb."""
    if mention.rule != "industry-taxonomy" or "，" not in text:
        return False
    start, end = clause_span(text, mention)
    clauses = text.split("，")
    at = text.count("，", 0, start)
    if _sectors_clause(clauses[at]):
        left = at  # the item is the whole clause
        while left > 0 and _sectors_clause(clauses[left - 1]):
            left -= 1
        if left > 0 and _sectors_clause(clauses[left - 1], after_verb=True):
            left -= 1  # 已形成大数据: the list's first item, after its verb
    elif mention.extra.get("phrase_end", mention.end) == end and _sectors_clause(clauses[at], after_verb=True):
        left = at  # the first item itself
    else:
        return False
    right = at
    while right + 1 < len(clauses) and _sectors_clause(clauses[right + 1]):
        right += 1
    return right - left + 1 >= 3


def _sectors_clause(clause: str, after_verb: bool = False) -> bool:
    """Whether a clause is nothing but known sectors (新材料, 轻纺产业, 现代服务及文化创意产业), or,
    ``after_verb``, ends in one (已形成大数据)."""
    parts = re.split("[及和与]", _LIST_TAIL.sub("", clause))
    if after_verb:
        bare = _SECTOR_ENDING.sub("", parts[-1])
        return len(parts) == 1 and any(b == len(bare) for _, b, _, _ in industry_gazetteer().all(bare))
    return all(_SECTOR_ENDING.sub("", part) in industry_labels() for part in parts)


# a sector naming the kind of the zone's firms, counted or after the zone (12家数字经济企业已入驻, 鹰潭高新区
# 物联网企业…, 66家锂电、新能源企业), or an area of the zone (生物医药创新研发集聚区, 总部经济聚集区)
_FIRMS_AFTER = re.compile(r"(?:产业|行业)?(?:重点|龙头|骨干|领军|领先|创新型?|平台|规上|高科技|科技型)?企业")
_FIRMS_COUNTED_BEFORE = re.compile(r"(?:\d+\s*(?:余|多)?\s*[家户]|高新区|园区|、)(?:规模以上|规上|高科技|优质|重点)?$")
_AREA_AFTER = re.compile(r"(?:产业)?(?:创新)?(?:研发)?(?:制造)?(?:集聚区|聚集区|经济区|经济圈)")


def _names_the_zones_firms_or_area(text: str, mention: Mention) -> bool:
    end = mention.extra.get("phrase_end", mention.end)
    if _AREA_AFTER.match(text, end):
        return True
    return _FIRMS_AFTER.match(text, end) is not None and _FIRMS_COUNTED_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None


def _headed_by_code(text: str, mention: Mention) -> bool:
    """Whether the mention's clause spells out a quoted code of the zone's sectors (以“2主3辅”的主导
    产业体系…，“2主”即生物医药、新材料，“3辅”即…), in a sentence about sectors."""
    start, _ = clause_span(text, mention)
    opening = CODED_LIST_OPENING.match(text, start)
    return opening is not None and opening.end() <= mention.start and "产业" in text


# a code's sectors joined by + in quotes: 明确“一航两新”产业发展方向，即“航空+新能源+新材料（先进陶瓷）”
_SPELLED_WITH_PLUS = re.compile(r"(?:即|是|为|包括|指)[：:]?[“\"]([^“”\"]{2,40}?\+[^“”\"]{2,40}?)[”\"]")


def _spelled_with_plus(text: str, mention: Mention) -> bool:
    """Whether the mention is an item of a quoted list joined by + that spells out what came before
    (即“航空+新能源+新材料”), in a sentence about sectors."""
    return "+" in text and "产业" in text and any(
        match.start(1) <= mention.start and mention.end <= match.end(1) for match in _SPELLED_WITH_PLUS.finditer(text))


_SECTORS_BEFORE_COLON = re.compile(r"(?:产业|行业|赛道|领域|板块)(?:[，,]?(?:分别是|分别为|包括|即))?[：:]$")


def _headed_before_colon(text: str, mention: Mention) -> bool:
    """Whether the mention's clause follows a colon after a head of sectors: 对应量子产业的三大细分
    赛道：量子精密测量、量子计算和量子通信; 三大“千亿级”产业,分别是:智能网联新能源汽车…."""
    start, _ = clause_span(text, mention)
    colon = max(text.rfind("：", start, mention.start), text.rfind(":", start, mention.start))
    return _SECTORS_BEFORE_COLON.search(text, 0, colon + 1 if colon >= 0 else start) is not None


def not_the_zones_sector(text: str, mention: Mention) -> bool:
    """Whether the sector is named as something other than the zone's own (see the module)."""
    if mention.extra.get("base_title"):
        return False  # the title of a base the zone was given (mentions/industries/frames.py _base_titles)
    phrase_end = mention.extra.get("phrase_end", mention.end)
    return (_is_table_row(text) or (_NOT_A_SECTOR_AFTER.match(text, mention.end) is not None
                                    and not _zones_own_park(text, mention) and not _the_place_is_the_base(text, mention))
            or _designated_base(text, mention)
            or _listed_as_not_sectors(text, mention) or _named_as_market(text, mention) or _fields_of_research(text, mention)
            or _listed_under_a_narrow_sector(text, mention) or _listed_among_other_things(text, mention)
            or _said_of_sectors_in_general(text, mention) or _a_sectors_class(text, mention) or _the_nations_field(text, mention)
            or _a_trend_of_the_times(text, mention) or _fields_of_a_contest(text, mention)
            or _LECTURED_BEFORE.search(text, max(0, mention.start - 80), mention.start) is not None
            or _an_events_themes(text, mention) or _a_companys_business(text, mention) or _a_bodys_capability(text, mention)
            or _FUND_TARGETS.search(text, 0, mention.start) is not None or _services_offered(text, mention)
            or _kinds_of_a_product(text, mention) or _a_chains_links(text, mention)
            or _A_CHAINS_LEADER_AFTER.match(text, mention.end) is not None
            or any(closing.match(text, phrase_end) is not None for closing in _CLOSINGS_OF_OTHER_THINGS)
            or _A_COMPANY_AIMS_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None)


# what a lecturer explained to the zone (廖院长…深入讲解了具身智能、人形机器人…等未来产业的发展内涵): the fields of the talk
_LECTURED_BEFORE = re.compile(r"(?:院长|教授|专家|学者|博士|研究员|老师|讲师)[^。；]{0,40}?(?:讲解|解读|讲授|阐述|剖析)了?[^，。；]*$")


# the place said to be the sector's biggest base (这里…是全球最大的光通信研发基地): the zone's sector, not a facility of it
_IS_THE_BIGGEST_BEFORE = re.compile(r"(?:是|为|成为|建成)[^，。；]{0,6}?(?:最大|最重要|最早|唯一|首个|第一)的$")
_BASE_AFTER_A_SECTOR = re.compile(r"(?:产业|行业)?(?:研发|研发生产|研制|生产|制造|产业化)?基地")


def _the_place_is_the_base(text: str, mention: Mention) -> bool:
    return (_BASE_AFTER_A_SECTOR.match(text, mention.end) is not None
            and _IS_THE_BIGGEST_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None)


# the rest of a list after the sector, item by item, up to what closes it (…、生物医药及农产品加工|等市重点产业领域)
_REST_OF_THE_LIST = r"(?:[、和及与][^，。；、等]{1,12})*"
# a list closed as the fields of investors: …等多家重点布局集成电路、生物医药、新消费等产业领域的知名投资机构
_INVESTORS_FIELDS_LISTED = re.compile(_REST_OF_THE_LIST + r"等(?:产业|行业)?领域的[^，。；]{0,8}?"
                                      r"(?:投资机构|创投机构|投资人|基金|资本)")
# a list closed as the scenes a sector is used in: 聚焦脑机+神经科学、心理医学、大健康、机器人四大场景
_SCENES_LISTED = re.compile(_REST_OF_THE_LIST + r"(?:等|[一二三四五六七八九十两\d]+(?:大|个))(?:应用)?场景")


# a list closed as the city's or the province's sectors: 聚焦化工、新能源新材料、…、生物医药及农产品加工等市重点产业领域
_CITYS_SECTORS_LISTED = re.compile(_REST_OF_THE_LIST + r"等(?:全|我|本)?[市省](?:级)?(?:的)?"
                                   r"(?:重点|主导|支柱|优势|特色|首位|战略性新兴|新兴)?(?:产业|行业)")


# a list closed as a company's lines of business: 小米武汉总部涵盖人工智能+物联网、大数据、…等多个核心业务板块
_BUSINESS_LISTED = re.compile(r"(?:[+＋][^，。；、等]{1,10})?(?:、[^，。；、等]{1,10})*等[^，。；]{0,6}?业务板块")
# the company as the subject aiming at fields, in the sentence before them: 公司今年看准新能源赛道，将加大储能、光伏…
_A_COMPANY_AIMS_BEFORE = re.compile(r"(?:该?公司|该企业)(?:今年|目前|近年来|将|已|也|还|正)*(?:看准|瞄准|布局|加大|进军|深耕|专注)"
                                    r"(?:(?!高新区|园区)[^。；])*$")
# an officer's title as the leader of a city's chain: 市电力新能源与装备制造（含汽车）产业链链长聂方红 (a person, not the zone's sector)
_A_CHAINS_LEADER_AFTER = re.compile(r"[^，。；、]{0,12}?产业链(?:链长|盟长)")


# a list closed as one of products: 二期主要建设中央空调、新能源电池等产品生产基地 (goods a plant makes)
_LISTED_AS_PRODUCTS = re.compile(r"(?:、[^，。；、等]{1,10})*等产品")


# the kinds a product line is made of: 以机器人、无人机、VR眼镜、…为主的电竞硬件设备, 以直播、短视频、…为主的电竞内容产品
# (goods, not the zone's sectors; not …为主的装备制造产业)
_PRODUCTS_LED = re.compile(r"以([^，。；]{2,80}?)为主的[\u4e00-\u9fff]{0,6}?(?:设备|产品|硬件|器材|用品|衍生品)(?!制造|产业|行业|业)")


def _kinds_of_a_product(text: str, mention: Mention) -> bool:
    """Whether the sector is an item of a list of the kinds a line of products is made of."""
    if "为主的" not in text:
        return False  # (most sentences, one test)
    return any(match.start(1) <= mention.start and mention.end <= match.end(1) for match in _PRODUCTS_LED.finditer(text))


# the fields people are trained in: 针对大数据、…、智能制造等重点领域，人才实训基地将通过开设…专业课程,
# 围绕先进制造业、现代服务业…等方向，大力开展…人才职业培训 (a training base's courses, not the zone's sectors)
# (in the list's clause or the next: not 围绕…等领域打造新型平台，推动…，…，加强人才培养交流)
_TRAINING_FIELDS_AFTER = re.compile(r"[^。；]{0,30}?等[^，。；]{0,6}?(?:领域|方向)[^，。；]{0,4}[，,]?[^，。；]{0,30}?(?:培训|课程|实训)")
# what follows a sector's phrase where its list closes as other things than the zone's sectors: the fields of training,
# products, a company's lines of business, the city's sectors, scenes of use, investors' fields (each pattern above)
_CLOSINGS_OF_OTHER_THINGS = (_TRAINING_FIELDS_AFTER, _LISTED_AS_PRODUCTS, _BUSINESS_LISTED, _CITYS_SECTORS_LISTED,
                             _SCENES_LISTED, _INVESTORS_FIELDS_LISTED)


# services a park offers its firms: 为入驻企业提供包括金融服务、政策解读、人力资源服务等定制化“一站式”服务
_OFFERS_BEFORE = re.compile(r"提供(?:包括)?[^，。；]*$")
_SERVICES_AFTER = re.compile(r"[^，。；]{0,30}?等[^，。；]{0,12}?服务")


# the fields a service is given in: 重点推进…、电子产品、能源计量、…、新材料等战略性新兴产业领域的检验检测和认证认可服务
_FIELDS_SERVED_AFTER = re.compile(r"[^，。；]{0,60}?等[^，。；]{0,12}?领域的[^，。；]{0,16}?服务")


# the fields whose problems a facility serves: 服务先进制造、先进材料、新能源、信息技术、生物医药中的核心科学问题
_PROBLEMS_OF_FIELDS_AFTER = re.compile(r"[^，。；]{0,40}?(?:中|领域)的[^，。；]{0,8}?问题")


# a service given, its verb and its qualities right before it: 提供低成本、高效率、可持续的|金融服务, 开展特色|金融服务
_A_SERVICE_GIVEN_BEFORE = re.compile(r"(?:提供|开展|做好|优化|强化|加强)(?:[^，。；]{0,16}的|特色|专业|优质|精准|全方位)?$")


def _services_offered(text: str, mention: Mention) -> bool:
    """Whether the sector is named as a service provided, or as a field a service or a facility serves."""
    end = mention.extra.get("phrase_end", mention.end)
    if mention.surface.endswith("服务") and _A_SERVICE_GIVEN_BEFORE.search(text, max(0, mention.start - 24), mention.start):
        return True  # 为科技型企业…提供有效的金融服务, 开展特色金融服务: the service itself, given to firms
    return ((_OFFERS_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
             and _SERVICES_AFTER.match(text, end) is not None)
            or _FIELDS_SERVED_AFTER.match(text, end) is not None or _PROBLEMS_OF_FIELDS_AFTER.match(text, end) is not None)


# where a fund invests: 合作设立创新产业基金，重点投向化学创新药、生物药、疫苗…等领域 (the fund's, not the zone's sectors;
# but 该基金主要投向济南高新区新一代信息技术、…等战略新兴产业: the zone's sectors, named as such)
_FUND_TARGETS = re.compile(r"基金[^。；]{0,30}?投向(?:(?!高新区|开发区)[^。；])*$")


# a company's main business: 公司…始终坚持以可再生能源电站开发和运营为主业, 主营光伏组件 (not 主营业务收入: the zone's
# sectors' revenue)
_MAIN_BUSINESS_AFTER = re.compile(r"[^，。；]{0,20}?为主业")
_MAIN_BUSINESS_BEFORE = re.compile(r"主营(?!业务?收入|收入)[^，。；]{0,16}$")


def _a_companys_business(text: str, mention: Mention) -> bool:
    """Whether a sector is named as a company's main business, not the zone's sector."""
    if "主" not in text:
        return False  # (no 主业 nor 主营: most sentences, one test)
    start, _ = clause_span(text, mention)
    return (_MAIN_BUSINESS_AFTER.match(text, mention.end) is not None
            or _MAIN_BUSINESS_BEFORE.search(text, start, mention.start) is not None)


# a body's capability in a field: 电子第五研究所华东分所在集成电路领域已经具备较全面的检验检测…能力 (the institute's field)
_A_BODY = r"(?:所|院|中心|实验室|公司|集团|大学|学院)在"
_A_BODY_IN = re.compile(_A_BODY + "$")
_ITS_CAPABILITY_AFTER = re.compile(r"(?:产业|行业)?领域[^，。；]{0,8}?(?:具备|具有|拥有)[^，。；]{0,30}?能力")


# … and the capability itself: …领域已经具备较全面的检验检测硬件与技术服务能力
_CAPABILITY_OF_A_BODY_BEFORE = re.compile(_A_BODY + r"[^，。；]{1,12}?领域[^，。；]{0,8}?(?:具备|具有|拥有)[^，。；]{0,12}$")
_CAPABILITY_AFTER = re.compile(r"[^，。；]{0,20}?能力")


def _a_bodys_capability(text: str, mention: Mention) -> bool:
    """Whether the sector is named as a body's field of capability, or as the capability itself."""
    if "能力" not in text:
        return False
    end = mention.extra.get("phrase_end", mention.end)
    return ((_ITS_CAPABILITY_AFTER.match(text, end) is not None
             and _A_BODY_IN.search(text, max(0, mention.start - 3), mention.start) is not None)
            or (_CAPABILITY_AFTER.match(text, end) is not None
                and _CAPABILITY_OF_A_BODY_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None))


# what a sector is to others, said in general: 集成电路是信息技术产业的核心, 智能传感器产业是人工智能、物联网…等
# 众多领域技术应用的关键核心 (not 高新区是…产业的集聚区: the zone's)
_COPULA = re.compile(r"(?<![于总但只还要就若即正而可这此那])是(?!否|在|由|以)|作为|成为")  # (稀土…它已成为新能源、…等领域…的重要基础材料)  # (not 这是…落下的关键一子: an event)
_ROLE_FOR_OTHERS = re.compile(r"[^，。；]*?的(?:[\u4e00-\u9fff]{0,4}?)(?:基础|核心|关键|先导|支撑|根基|基石|命脉|灵魂|源头|重要组成)"
                              r"(?:核心|基础|部分|环节|领域|所在|之一)*(?:类?(?:产品|材料|部件|器件))?(?:[和与、，。；]|$)")
_ZONE_AS_SUBJECT = re.compile(r"高新区|园区|开发区|示范区|科技城|我区|全区")


# a sector said to be the nation's: 传感器技术及其系统产业是国民经济的基础性、战略性产业
_THE_NATIONS_AFTER = re.compile(r"[^，。；]{0,12}?是(?:国民经济|我国|国家|全球|世界)[^，。；]{0,12}?的")


def _said_of_sectors_in_general(text: str, mention: Mention) -> bool:
    start, end = clause_span(text, mention)
    if (_THE_NATIONS_AFTER.match(text, mention.extra.get("phrase_end", mention.end))
            and not _ZONE_AS_SUBJECT.search(text, start, mention.start)):
        return True
    copula = _last_before_mention(_COPULA, text, start, mention)
    if copula is None or _ZONE_AS_SUBJECT.search(text, start, copula.start()):
        return False
    return _ROLE_FOR_OTHERS.match(text[:end], mention.extra.get("phrase_end", mention.end)) is not None


# what a sector is classed as: 检验检测行业被国家先后列为高技术服务业、科技服务业、生产性服务业 (the classes are no sectors of
# the zone's)
_CLASSED_AS = re.compile(r"(?:产业|行业)被[^，。；]{0,8}?(?:列为|列入|定为|确定为|认定为|纳入)[^，。；]*$")


def _a_sectors_class(text: str, mention: Mention) -> bool:
    return "被" in text and _CLASSED_AS.search(text, max(0, mention.start - 60), mention.start) is not None


# the country's field: 这是中国在平板显示产业领域第一次…, 中国企业在平板显示领域长期受制于…
# (or helped as the nation's: 助力中国新能源汽车产业高质量发展)
_NATION_IN = re.compile(r"(?:(?:中国|我国|全国|国内)(?:企业|产业)?在|(?:助力|推动|引领|带动)(?:中国|我国|全国))$")


def _the_nations_field(text: str, mention: Mention) -> bool:
    return _NATION_IN.search(text, max(0, mention.start - 8), mention.start) is not None


# the times a sector lives in: 随着我国新能源汽车市场高速发展、智能家居普及率不断上升，…
_TREND = re.compile(r"随着(?:我国|全国|全球|国内|国际|中国|世界|社会|人们|市场)[^，。；]*$")


# or the nation's course a zone keeps up with: 紧跟5G通信、物联网、人工智能等“新基建”发展进程 (not a sector it has)
_KEEPING_UP_BEFORE = re.compile(r"(?:紧跟|紧随|顺应|跟随)[^，。；]*$")
_COURSE_AFTER = re.compile(r"[^，。；]{0,24}?(?:进程|趋势|浪潮|潮流|步伐)")


def _a_trend_of_the_times(text: str, mention: Mention) -> bool:
    start, _ = clause_span(text, mention)
    if _KEEPING_UP_BEFORE.match(text[: mention.start], start) and _COURSE_AFTER.match(text, mention.end):
        return True
    return _TREND.match(text[: mention.start], start) is not None and not _ZONE_AS_SUBJECT.search(text, start, mention.start)


# a park the zone builds for the sector, named by it alone (…、先进制造产业园、光电子信息产业园五大特色专业
# 园区, 高新区智能终端产业园集聚…, 打造千亿级钒钛产业园区): not one a company or a city names (今创轨道交通产业园,
# 虹桥前湾生物医药产业园区)
_PARK_AFTER = re.compile(r"(?:产业)?(?:园|小镇)")
# what may open such a park's name outside a list (a list mark is read by _zones_own_park itself; a dash after
# the zone's name: 泸州高新区—机械装备产业园)
_PARK_OPENING = re.compile(r"(?:^|[。；：“（\s]|高新区—?|园区|建设|建成|打造|布局|推进|加快|形成了?|包括|拥有)$")


def _zones_own_park(text: str, mention: Mention) -> bool:
    if _PARK_AFTER.match(text, mention.end) is None:
        return False
    if text.endswith("、", 0, mention.start):  # in a list, of parks (…产业园、光电子信息产业园), not of any facilities
        return text.endswith(("园", "小镇"), 0, mention.start - 1)  # (构建中安创谷、大数据产业园、…基地)
    grade = _GRADE_BEFORE_PARK.search(text, max(0, mention.start - 6), mention.start)
    start = grade.start() if grade else mention.start  # 打造千亿级钒钛产业园区: the park's grade first
    if _PARK_OPENING.search(text, max(0, start - 4), start) is not None:
        return True
    if grade and text.endswith("、", 0, start):
        return True  # 建成百强国家高新区、百亿级电子信息产业园、百亿级现代服务产业园: a graded park among the zone's goals
    # the second sector of the park's name (淮南高新区新能源汽车及装备制造产业园): the opening before the first
    return _JOINED_PARK_OPENING.search(text, max(0, start - 16), start) is not None


# (after the zone's word only: not 古瑞瓦特新能源公司…分期建设光伏逆变器和储能设备产业园, a firm's park)
_JOINED_PARK_OPENING = re.compile(r"(?:^|[。；：“（\s]|高新区|园区)[\u4e00-\u9fff]{2,10}[及和与]$")


_GRADE_BEFORE_PARK = re.compile(r"(?:[千百]亿元?级?|国家级|省级)$")


_BASE_AFTER = re.compile(r"[”\"]?(?:特色)?(?:产业)?基地")
# the department that gave a province's or city's title, named before it: 河北省工信厅的“河北省…
_DESIGNATING_DEPARTMENT_BEFORE = re.compile(r"(?:厅|局|委|委员会)的[“\"]?[\u4e00-\u9fff]{1,4}?(?:省|市)(?:级)?$")


def _designated_base(text: str, mention: Mention) -> bool:
    """A base a department of a province or city designates, the department named (获批河北省工信厅的
    “河北省安全应急产业基地”): its programme's title, one of the awards the text lists. Without the
    department (2018年获批“江苏省汽车零部件产业基地”, round 170; 打造成为浙江省智慧医疗产业基地, round 22),
    as for an article's 疫苗产业基地 or a national torch base the zone won (国家火炬有色金属特色产业基地), the
    title names the zone's own sector, as the held-out annotators read it."""
    return _BASE_AFTER.match(text, mention.end) is not None and _DESIGNATING_DEPARTMENT_BEFORE.search(
        text, max(0, mention.start - 16), mention.start) is not None


# research teams or disciplines and the fields they cover: 首批进入基地的科研创新团队涉及车辆工程、机械制造…等领域,
# 学科涵盖…: what the researchers work on, not the zone's sectors
_RESEARCH_FIELDS_BEFORE = re.compile(r"(?:团队|学科|专业|课题组|研究方向)[^，。；]{0,6}?(?:涉及|覆盖|涵盖|包括|包含|分布在|集中在)")


# or the fields an institute works in, said after them: 围绕新能源动力电池等领域开展产业化技术研究
# (…大数据、区块链和人工智能等领域的标准化工作: a standards institute's fields)
# (or a college's strengths in its disciplines: 电气与信息工程学院在电子信息、智能控制、新能源等领域的学科优势)
_RESEARCH_IN_FIELDS_AFTER = re.compile(r"[^，。；]{0,20}?领域(?:(?:开展|进行|从事)[^，。；]{0,10}?(?:研究|研发|攻关)"
                                       r"|的(?:标准化|标准制定|科学研究|基础研究)工作|的(?:学科|科研|办学)(?:优势|特色|基础))")


# or the fields of people brought in: 引进…涉及新医药及生物工程、电子信息、新材料等领域的各类高层次留学归国人员
# (not the fields of firms gathered with people: 聚集了…、动漫游戏等领域的创新型企业和人才)
_PEOPLE_IN_FIELDS_AFTER = re.compile(r"[^，。；]{0,20}?领域的(?:(?!企业)[^，。；]){0,10}?(?:人才|人员|专家|学者|留学)")


# or a university's counted disciplines: 重点打造人工智能与信息技术、…、数字经济与管理科学五大学科群
_DISCIPLINES_AFTER = re.compile(r"[^，。；]{0,60}?[一二三四五六七八九十两\d]+(?:大|个)学科")


def _fields_of_research(text: str, mention: Mention) -> bool:
    start, _ = clause_span(text, mention)
    return (_RESEARCH_FIELDS_BEFORE.search(text, start, mention.start) is not None
            or _RESEARCH_IN_FIELDS_AFTER.match(text, mention.end) is not None
            or _PEOPLE_IN_FIELDS_AFTER.match(text, mention.end) is not None
            or _DISCIPLINES_AFTER.match(text, mention.end) is not None)


_DATE_CELL = re.compile(r"(?:19|20)\d{2}\.\d{1,2}")


def _is_table_row(text: str) -> bool:
    """Whether a 'sentence' is rows of a table flattened by PDF extraction (dates, amounts, codes)."""
    return text.startswith("序号") or len(_DATE_CELL.findall(text)) >= 2


_NOT_A_SECTOR_AFTER = re.compile(
    # (法国人工智能产业协同联盟, 中国电子材料行业协会半导体材料分会: bodies named after the sector)
    r"(?:[+＋][\u4e00-\u9fffA-Za-z0-9]{1,8})?[”\"]?(?:产业|行业|业)?(?:中试|研发|创新|孵化|产业化|发展|区域|体系|协同)?"
    r"(?:(?<=中试|研发|创新|孵化)基地|(?<=孵化)器|(?<=产业化)基地|试点|试验区|示范|联合体|联盟|单位|新城|科技城|平台|中心|机构|协会|分会|大会|论坛|园"
    r"|(?<=产业)学院)"  # 共建的智能制造产业学院: a college named after the sector
    # 生物医药行业校友会, …联盟军工应用专家组: a body of people named after the sector, not the zone's sector
    r"|[\u4e00-\u9fff]{0,4}?(?:专家组|专委会|校友会|商会|学会|研究会)"
    # 生物医药产业创新升级专题对接会: an event named after the sector
    r"|[\u4e00-\u9fff]{0,10}?(?:对接会|推介会|大会|峰会|论坛|博览会|交流会|研讨会|大赛|决赛)"
    # a facility named after the sector: …大数据监管平台, 汽车零部件检测基地, 半导体先导技术中心, 生物医药中试楼
    r"|(?:[\u4e00-\u9fff]{0,2}(?:监管|检测|检验|测试|先导|技术|中试|研发及生产))(?:平台|中心|基地|楼)"
    # 完善科技金融等产业扶持体系: a way of supporting the zone's sectors, not one of them
    r"|等?(?:产业)?(?:扶持|支持|保障|政策)体系"
    # 省新能源产业发展专项资金: a fund named after the sector
    r"|(?:产业)?(?:发展)?(?:专项|引导|投资)?(?:资金|基金)"
    # …产业创新服务综合体: a service complex named after the sector
    r"|(?:产业)?[\u4e00-\u9fff]{0,4}?服务综合体"
    # a student's major: 从中山火炬职业技术学院食品专业毕业后
    r"|专业(?:毕业|学生|的学生|的毕业生)"
    # the majors a scholarship or a course favours: 侧重生命健康产业相关专业
    r"|(?:产业)?(?:相关|对口)专业"
    # a company's production line of the sector's product: 500MW高效异质结光伏电池产线
    r"|[\u4e00-\u9fff]{0,4}?(?:产线|生产线)"
    # the service the zone gives its firms: 构建全周期金融服务体系, 以金融服务为主抓手 (not 现代服务业体系)
    r"|(?<=服务)(?:体系|为主抓手)"
    # a bureau of the zone named after the sector: 成都高新区生物产业局相关负责人 (not 产业局面, 产业局势)
    r"|(?:产业|行业)?(?:发展|促进|服务)?局(?![面势部限])"
)
# what a list (X、Y等…) is of, when it is not of sectors: technologies, business models, kinds of
# financial service (科技金融、绿色金融、供应链金融等特色金融服务); not a plain 业态 (重点发展了生物医药、特色
# 医疗、高端医疗器械等业态: the lines of business the zone develops, its sectors)
_NOT_SECTORS_HEAD = re.compile(r"等(?:相关)?(?:新一代|高精尖|前沿|关键|核心)?(?:新技术|技术|新模式|新业态|模式|(?:新兴|海外|国际|国内)?(?:应用)?市场|[\u4e00-\u9fff]{0,2}金融服务|金融工具|应用场景"
                               # 业务产品紧扣新能源、航空航天、节能减排等应用领域: where a firm's products are used, its markets
                               r"|(?:下游|终端)?应用领域"
                               # 重点引进大数据、生物医药…等第三方检验检测认证机构: the fields of service bodies
                               r"|(?:第三方)?(?:检验检测|检测|认证|计量|知识产权|法律|咨询|中介)[\u4e00-\u9fff]{0,6}机构)")
_LIST_GAP = re.compile(r"[\u4e00-\u9fffA-Za-z0-9、+“”]*?(?=等)")


# (not 用于发展, 用以发展: a site used for growing the sectors, …重点用于发展北斗终端与位置服务、集成电路…等电子信息产业)
# (产品成功配套新能源商用车、工程机械等领域: the sectors a firm's products supply)
_MARKET_VERB = re.compile(r"瞄准|面向|服务于|赋能|[应运]用(?:于|到|在)|用[于以](?!发展|培育|打造|建设|布局)|下游|(?<=产品)(?:成功|批量|广泛)?配套")


def _last_before_mention(pattern: re.Pattern, text: str, start: int, mention: Mention) -> re.Match | None:
    """The last match of ``pattern`` between ``start`` and the mention: the verb nearest before it."""
    last = None
    for last in pattern.finditer(text, start, mention.start):
        pass
    return last


def _named_as_market(text: str, mention: Mention) -> bool:
    """Whether a sector is named as where products go (下游, 瞄准…领域 before a clause on 产品)."""
    clause_start, _ = clause_span(text, mention)
    verb = _last_before_mention(_MARKET_VERB, text, clause_start, mention)
    if verb is None:
        return False
    if verb.group(0) in ("下游", "用于", "用以", "赋能") or verb.group(0)[:2] in ("应用", "运用") or verb.group(0).endswith("配套"):
        # 其研发的工业型材广泛运用于通信、机械、汽车…, 现已实现批量生产,应用到机械制造、轨道交通等领域
        return True  # 将用于支持5G、人工智能…等领域的应用: where the product goes; 为纳米产业…凝聚智慧，赋能集成电路、
        # …等产业发展: the sectors a technology serves
    end = CLAUSE_END.search(text, mention.end)
    following = CLAUSE_END.search(text, end.end()) if end else None
    return end is not None and "产品" in text[end.end() : following.start() if following else len(text)]


# the fields a product or a material is applied in: …、新能源、环境保护等领域极具应用潜力, 产品在VR和AR等可穿戴设备领域有广泛应用前景,
# …功率半导体在新能源汽车领域的商业化应用
_APPLIED_IN = re.compile(r"[\u4e00-\u9fffA-Za-z0-9、+“”]*?领域(?:极具|具有|有着?|的)?(?:广泛|广阔|良好|巨大|商业化|产业化|规模化)?的?应用")


def _listed_as_not_sectors(text: str, mention: Mention) -> bool:
    """Whether the list a sector name stands in is headed, after 等, as something other than sectors,
    or as the fields something is applied in."""
    gap = _LIST_GAP.match(text, mention.end)
    return (gap is not None and _NOT_SECTORS_HEAD.match(text, gap.end()) is not None) or _APPLIED_IN.match(text, mention.end) is not None


_FIRMS_HEAD = re.compile(r"等(?:一批)?\s*(?:\d+\s*[家个])?(?:[\u4e00-\u9fff]{0,4})?企业")


def _listed_as_firms(text: str, mention: Mention) -> bool:
    """Whether sectors are listed as the kinds of the zone's firms (…等企业20余家); a list of projects
    (…电池生产等重大项目) names products."""
    gap = _LIST_GAP.match(text, mention.end)
    return gap is not None and _FIRMS_HEAD.match(text, gap.end()) is not None


def _listed_under_a_narrow_sector(text: str, mention: Mention) -> bool:
    """Whether a sector is listed as a kind of a narrower one named after 等: 细胞治疗、基因检测…等精准
    医疗和检测, 工业机器人…等智能制造装备 are that sector's segments. Under a broad head (…等高端
    制造业, …等现代服务业, …等电子信息产业) the items stay the zone's sectors."""
    gap = _LIST_GAP.match(text, mention.end)
    if gap is None or not (text[mention.start - 1 : mention.start] == "、" or "、" in text[mention.end : gap.end()]):
        return False  # not in a list
    head = gap.end() + 1  # after 等
    label = next((surface for a, _, surface, _ in industry_gazetteer().find(text[head : head + 12]) if a == 0), None)
    if label is None:
        return False
    return not (label.endswith("业") or text.startswith(("产业", "业", "行业", "领域"), head + len(label))
                or _ITS_SECTORS_AFTER.match(text, head + len(label)))  # …等数字经济的主要产业: sectors under a broad head


_ITS_SECTORS_AFTER = re.compile(r"的(?:主要|重点|核心|主导|新兴)?(?:产业|行业)")


_SECTOR_WORD = re.compile(r"(?:产业|行业|(?<![农工商渔林牧务])业|领域|集群|等)+")
_GRADE = re.compile(OUTPUT_GRADE)  # 新一代信息技术千亿级、…2个百亿级产业集群: the grades are no part of the items
_REPRESENTED_BY = re.compile(r"以[^、，。；]{1,12}?为(?:代表|龙头|核心)的")


# what closes a list of the zone's sectors after its last item (以磁性材料、…、整机智能终端为龙头, 以创新药、
# 抗体药、现代中成药和医疗器械为主的现代产业体系布局)
_LIST_CLOSED = re.compile(r"为(?:龙头|主导|核心|重点|特色|支柱|主体|主)(?:$|的)")
_JOINING = ("及", "与", "和")
# what closes a list's item naming a sector by its base: 光纤光缆生产基地, 光电器件研发生产基地 (and 和 the next item)
_A_SECTORS_BASE = re.compile(r"(?:研发|生产|制造|研发生产|产业)?基地(?:和.*)?")
_LIST_HEAD_OPENING = re.compile(r"等|(?<![\d一二三四五六七八九十两])[\d一二三四五六七八九十两]+(?=[个大项条])")


def _written_on_to_the_end(item: str, label_end: int) -> bool:
    """Whether the words after a label at ``label_end`` are its own up to the item's end (创新药物)."""
    written = WRITTEN_ON.match(item + "、", label_end)
    return written is not None and written.end() == len(item)


# a list closed as the directions of the firms (or their centres) drawn in: …、医疗美容等方向的研发中心和相关企业
_FIRMS_OF_DIRECTIONS = re.compile(r"等(?:方向|领域|赛道)的[^，。；]{0,12}?企业")


def _directions_of_firms(text: str, mention: Mention) -> bool:
    """Whether the list the sector stands in closes as the directions of the firms drawn in (…等方向的…企业)."""
    start, end = clause_span(text, mention)
    closing = text.find("等", mention.end, end)
    return closing >= 0 and _FIRMS_OF_DIRECTIONS.match(text, closing) is not None


def _listed_among_other_things(text: str, mention: Mention) -> bool:
    """Whether a sector name stands in a list of mostly other things: 围绕科技金融、高端人才、科技
    企业培育等制定…政策 lists what policies are about, not the zone's sectors. A list of three items
    or more counts (up to the item holding 等); fewer than half of them sectors, where a sector
    is a known sector's name, alone or before 产业 (an unknown sector name counts against)."""
    if _said_to_be_a_sector(mention) or _headed_by_code(text, mention) or _headed_before_colon(text, mention):
        return False  # its list was read as one of sectors (mentions/industries/), spells out a code or follows 产业,分别是:
    if _the_sector_of_firms_named(text, mention) or _firms_of_the_sector_counted(text, mention):
        return False  # 鲁抗、辰欣、明治制药等生物医药企业: the list is of firms, the sector theirs;
        # 对…园区内20多家集成电路企业及…协会、…等部门进行了访谈: the zone's firms of the sector, counted
    if mention.surface.endswith("产业") or text.startswith("产业", mention.end):
        return False  # 构建智能制造产业体系、技术创新体系…: the sector's own system, named as such
    if _directions_of_firms(text, mention):
        return False  # 吸引新药研发、检验检测、医疗器械…等方向的研发中心和相关企业入驻: the firms' sectors, every item one
    start, end = clause_span(text, mention)
    if any(SECTORS_HEAD.match(text, at.start()) for at in _LIST_HEAD_OPENING.finditer(text, mention.end, end)):
        return False  # …、卫星导航应用等主导、特色产业集群, …高端装备制造三大特色优势产业: the text says they are sectors
    if _glued_to_the_zones_name(text, mention):
        start = mention.start  # 整合、提升东湖高新区生物医药、生物农业资源: the list opens after the zone's name, not at the verbs
    respectively = text.find("分别", mention.end, end)
    if respectively >= 0:
        end = respectively  # …制造业、专用设备制造业分别同比增长60.6%、57.8%: the figures after 分别 are no items
    items = _GRADE.sub("", _REPRESENTED_BY.sub("", text[start:end])).split("、")
    last = next((i for i, item in enumerate(items) if "等" in item), len(items) - 1)
    items = items[: last + 1]
    if len(items) < 3:
        return False
    sectors = 0
    for index, item in enumerate(items):
        bare = _SECTOR_WORD.sub("", item)
        inside = [(a, b) for a, b, _, _ in industry_gazetteer().all(item)]  # every label in the item
        if any(item.startswith("产业", b) or (_A_SECTORS_BASE.fullmatch(item, b) and (a == 0 or item.endswith("的", 0, a)))
               for a, b in inside):
            sectors += 1  # (…最大的光纤光缆生产基地、最大的光电器件研发生产基地: the sector's base, a sector; not a
            # firm's or a place's: 东风柳汽乘用车及商用车基地, 沈阳国家数据标注基地)
        elif index == 0:
            # …、or a sector and what is done to it in four characters (推动传统化工裂变延伸、光电材料聚链成群、…)
            # (or written on past its label: 在创新药物、…)
            sectors += any(b in (len(bare), len(bare) - 4) or _written_on_to_the_end(bare, b)
                           for _, b, _, _ in industry_gazetteer().all(bare))
        elif index == len(items) - 1:  # …、整机智能终端为龙头: or a sector the list's frame closes
            sectors += any(a == 0 for a, _ in inside) or any(
                _LIST_CLOSED.match(bare, b) for _, b, _, _ in industry_gazetteer().all(bare))
        else:  # 电子元器件及部品部件: or a sector joined to another word by 及, 与, 和
            sectors += any(b - a >= len(bare) - 2 or (a == 0 and b == len(bare) - 4)
                           or (a == 0 and bare[b : b + 1] in _JOINING)
                           for a, b, _, _ in industry_gazetteer().all(bare))
    return sectors * 2 < len(items)


# the fields firms compete in at a contest: 这些企业将在高端装备制造、新材料领域，生物医药领域，…展开激烈角逐
_IN_BEFORE = re.compile(r"在[^。；]*$")
_CONTEST_AFTER = re.compile(r"[^。；]*?(?:角逐|比拼|同台竞技|竞技|一决高下|争夺)")


# the fields a day's batch of projects spans, named as fields: 当日开工的190个项目涵盖产业发展、基础设施、生态环保、社会民生等领域
# (not …签约的15个项目涉及新能源、平板显示、…等多个厦门重点布局产业: named as the sectors they are)
_BATCH_SPANS = re.compile(r"(?:开工|签约|竣工|投产)的[^，。；]{0,8}?项目(?:涉及|涵盖|覆盖|包括)[^。；]*$")
_AS_FIELDS_AFTER = re.compile(r"[^，。；]{0,40}?等[^，。；]{0,6}?(?:领域|方面)")


def _fields_of_a_contest(text: str, mention: Mention) -> bool:
    return ((_CONTEST_AFTER.match(text, mention.end) is not None
             and _IN_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None)
            or _ENTRIES_SPAN.search(text, 0, mention.start) is not None
            or (_BATCH_SPANS.search(text, 0, mention.start) is not None
                and _AS_FIELDS_AFTER.match(text, mention.extra.get("phrase_end", mention.end)) is not None))


# what a contest's entries span (参赛成果、项目涉及电子信息、先进制造…等多种高新技术产业领域), or the business
# of firms just named (…等14家企业也签约入驻园区，业务涵盖公共安全、金融支付…等多个应用领域), or of a base's
# projects (入驻项目涉及海洋工程、水下机器人…等多个领域)
# (or the fields of projects that won awards: 稀土获奖项目覆盖了稀土冶金、环境保护、…等领域)
# (or what the projects a contest drew span: 大赛历时3个多月，征集了近千个项目，涵盖了人工智能、集成电路…)
# (or the firms of a contest's final, counted by group: 此次参与决赛的企业中，初创组19家，成长组88家，涵盖…; or the firms'
# products: 产品涵盖新型疫苗、重组蛋白质药物…等领域)
_ENTRIES_SPAN = re.compile(r"(?:(?:参赛|业务|入驻项目|获奖项目|产品)[^，。；]{0,12}?|(?:大赛|竞赛|比赛)[^。；]{0,20}?征集了?[^，。；]{0,8}?项目，?"
                           r"|(?:决赛|复赛|半决赛)的(?:企业|项目)[^。；]{0,30}?)"
                           r"(?:涉及|涵盖|覆盖|包括|分布在|来自)[^。；]*$")


# the fields an event is about, the event the subject: 本届海创周聚焦新一代信息技术、元宇宙…等重点产业方向
# (本届光博会还是国内首个聚焦F5G全光通信主题的大型展会: what it is, then what it focuses on)
_EVENT_FOCUSES = re.compile(r"(?:本届|本次|此次|该)[\u4e00-\u9fff]{0,8}?(?:会|周|节|赛|坛|展)(?:将|还|也|重点)?[^，。；]{0,8}?"
                            r"(?:聚焦|围绕|涵盖|覆盖|设有|设置|分为|包括)[^。；]*$")
# or what it shows: 2024光电产业大会展出了众多新能源智能汽车 (products on show, not the zone's sectors)
_EVENT_SHOWS = re.compile(r"(?:大会|博览会|展览会|展会|博会)上?(?:还|也)?(?:展出|展示)了?[^。；]*$")


# the links of a chain, ranged from one to another before the chain (形成了从芯片设计、材料、设备到晶圆制造、封装测试的完整
# 产业链, 从正负极材料、电解液,到电芯,再到动力电池系统集成的相对完整的产业链): stages of one sector, not the zone's
# sectors (the chain's own sector after 的 is: …到系统集成、整机制造的完整信创产业链)
_CHAIN_RANGE = re.compile(r"从([^。；]{1,60}?到[^。；]{1,40}?)的(?:相对)?(?:完整|完备|全)?的?[\u4e00-\u9fff]{0,6}?产业链")


def _a_chains_links(text: str, mention: Mention) -> bool:
    return any(match.start(1) <= mention.start and mention.end <= match.end(1)
               for match in (_CHAIN_RANGE.finditer(text) if "产业链" in text and "到" in text else ()))


def _an_events_themes(text: str, mention: Mention) -> bool:
    return (_EVENT_FOCUSES.search(text, 0, mention.start) is not None
            or _EVENT_SHOWS.search(text, 0, mention.start) is not None)
