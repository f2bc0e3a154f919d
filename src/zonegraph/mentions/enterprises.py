"""Enterprises: legal names, brand names in lists, awards and tables, companies named by their zone, peers."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zonegraph.mentions.base import (
    AnchoredPattern,
    CHAINS,
    Gazetteer,
    HAN,
    MEMBERS_BODIES,
    Mention,
    NAME_CHAR,
    NUMERAL,
    OBJECT_PREPOSITIONS,
    PREPOSITIONS,
    SHORT_FORM,
    boundary_words,
    cut_after_boundary,
    item_spans,
    long_boundary_words,
    overlaps,
)
from zonegraph.mentions.industries import industry_gazetteer
from zonegraph.mentions.organizations import (
    LEGAL_FORM,
    declarable,
    BRAND_AT_END,
    BRAND_ENDING,
    GROUPS_COMPANY,
    INSTITUTE_ENDING,
    LEGAL_ENDING,
    NUMBERED_UNIT,
    PARTICLES,
    PERSON_TITLE,
    PLACE_QUALIFIER_BEFORE,
    SHORT_BANK_INITIALS,
    SHORT_COMPANY,
    after_last,
    after_particle,
    an_unnamed_firm,
    before_cut,
    enterprise_gazetteer,
    everyday_words,
    group_gazetteer,
    is_described,
    is_everyday,
    is_generic_enterprise,
    is_name,
    left_edge,
    listed_enterprise_names,
    maximal,
    short_places,
)
from zonegraph.mentions.projects import (
    PROJECT_NOUN,
    PROJECT_VERB_AT_END,
    WAYS_LISTED,
    invested_projects,
    not_only_a_place,
    phased_projects,
    project_investor,
    project_investors,
)
from zonegraph.reference import (
    central_bodies,
    countries,
    county_forms,
    foreign_brands,
    place_at,
    place_before,
    place_forms,
    place_or_county_at,
    zones,
)
STRONG_ENDINGS = frozenset({"集团", "集团公司", "股份", "控股", "（集团）", "(集团)"})  # 中国兵器装备集团公司
# a unit after a number (3亿元科技, 万元科技) or a scope word: no name; 亿纬动力, 万华化学 open with 亿, 万
_UNITS = re.compile(rf"(?<=[\d.{NUMERAL}百千万亿几])[元万亿个家年月日项台套吨亩]|以上|以下|全区|全市|区域|省级|市级|国家")
_AFTER_NAME = re.compile(
    r"[、，。；）]|等(?!人(?![工才形]))|获|入选|荣获|斩获|摘得|夺得|牵头|研发|自主|自行|成功|挂牌|上市|进入|被|是|为|已|将|在|于|与|和|的(?:产品|项目|技术)|公司|总部|项目|投资|投产|落户|建成|跻身|位居|成为|通过|拥有|$"
    r"|(?:全国|国内|全球|世界|全省|省内|行业)首(?:创|个|款|台|套|批)"  # 美益达医疗全国首创…产品: a first of its making
    r"|的(?:研发|生产|智能|数字化|总装)?(?:车间|厂房|生产线|产线|厂区|展厅)"  # 走进无锡亘芯悦科技的研发车间: its workshop
    # 深圳朗科智能董事长陈静、…, 斗鱼科技党委书记袁刚对记者说: its head, named
    r"|(?:董事长|总经理|副总经理|总裁|副总裁|CEO|创始人|党委书记)(?=[\u4e00-\u9fff]{2,3}(?:[、，等]|对|说|表示|介绍|告诉))"
)
_ITEM = rf"[{HAN}A-Za-z0-9·]{{2,10}}?"
# the last of a list's things joined by 和, then the kind of firm that supplies or makes them (…雷射纸和烫金箔供应商)
_WHAT_A_SUPPLIER_SUPPLIES = re.compile(rf"和[{HAN}]{{1,8}}?(?:供应商|制造商|生产商|提供商)")
_LIST_TAIL = (  # what follows the list's 等 or 和
    # (包括金田轮胎、…等在内的9家园区重点汽车零部件企业: 在内的 after 等, the list's firms included)
    # (nor 通过展期、续贷、…等多种业务扶持…中小微企业: kinds of business, before the firms they serve)
    rf"(?!方式|方面|形式|途径|模式|渠道|区域|地区|地方|地(?!产|理)|省份|城市|国家(?!级)|领导|嘉宾|同志|一行"
    rf"|(?:多种|各种|多项|各项)?(?:业务|措施|举措|手段|方法))(?:在内的)?(?!\s*\d*\s*[家个]?(?:方面|领域|环节))\s*\d*\s*(?:家|个)?"
    rf"(?:一批)?(?:(?![在于等])[{HAN}]|\d+(?=强|家)|(?<=[高强大好])、)*?"  # 等世界500强企业, not 等方式在…创办企业 nor 和共同研发等方式成立企业, nor 京津冀、长三角等区域的…企业,
    # nor 出口退税、研发加计扣除和高新技术企业所得税优惠 (a tax),
    # nor 从项目落地、项目融资…等13个方面对医药企业, 涵盖感知设备、网络通信等领域的物联网企业,
    # nor 武汉市委常委、秘书长曾晟等领导一行莅临统信软件技术有限公司 (people, up to the company they visit)
    rf"(?:企业(?!家|所得税)|公司|龙头|冠军|独角兽|瞪羚|小巨人|服务商|供应商|运营商|制造商|厂商|翘楚|领军|品牌|合作方"
    r"|[台外央民港日韩美德]企|(?:双创|孵化|金融|投资|创投)机构)"  # 吸引了台湾东元、菱光、…等一批行业领先台企; 三板汇等…双创机构
)
# 和 ends the list unless a name of its own follows it: …、上海联和投资公司等 is no 上海联 and a 投资公司;
# an ellipsis and 这些 end it as 等 does (伟信奥图、天逸瑞狮、加拉泰克……这些…中小科创企业明星)
_ENTERPRISE_LIST = re.compile(
    rf"((?:{_ITEM}、)+{_ITEM})(?:等|这样的|…+这些|(?<=[{HAN}A-Za-z0-9])(?=在内的)|和(?!中小|其他|其它|各类|相关|广大|连锁|公司)(?![{HAN}]{{2,6}}公司)){_LIST_TAIL}"
)
# a list of companies counted right after it, without 等: 硕博电子、三禾、中矿安华3家优质企业完成扩产, …、中科普瑞昇5家
# 国家级专精特新“小巨人”企业
_LISTED_CHAR = rf"(?:(?!等)[{HAN}A-Za-z0-9·])"  # a name character of a listed item, the list's 等 left out
_COUNTED_ITEM = rf"(?:(?!第){_LISTED_CHAR}){{2,10}}?"
# what the managers of a zone's fund are counted as (relations/extract.py: companies the zone does not host)
FUND_MANAGER_KINDS = ("基金管理人", "投资机构", "创投机构")
_COUNTED_LIST = re.compile(rf"((?:{_COUNTED_ITEM}、)+{_COUNTED_ITEM})"
                           rf"(?=\s*[{NUMERAL}]+\s*家[{HAN}“”\"]{{0,14}}?(?:企业|公司|{'|'.join(FUND_MANAGER_KINDS)}))")
# a list of companies after their count and 分别是: 这5家企业分别是：斗鱼、安翰、卷皮、斑马快跑、直播优选
_LIST_AFTER_COUNT = re.compile(rf"[{NUMERAL}]+\s*家[{HAN}“”\"]{{0,12}}?(?:企业|公司)(?:分别是|分别为)[：:]?"
                               rf"((?:{_COUNTED_ITEM}、)+{_COUNTED_ITEM})(?=[。；，]|$)")
# two firms joined by 和 and counted, or heading a batch: 拥有海尔生物和易邦生物两家市级“链主”企业, 海富光子和新北洋等一批
# 科技型企业 (one at least a known name or with a brand ending)
_TWO_COUNTED = re.compile(rf"((?:(?!和){_COUNTED_ITEM}))和({_COUNTED_ITEM})"
                          rf"(?=(?:两家|等一批|等一大批|等[{NUMERAL}]+家)[{HAN}“”\"]{{0,14}}?(?:企业|公司)|分别)")  # …和…分别摘得: each one
# one firm opening a clause, then how many firms it stands first of: …，江冶机电等11家企业获…，恒宇建材等6家企业…
_ONE_AND_A_COUNT = re.compile(rf"(?:^|(?<=[，。；：,]))((?:(?!等)[{HAN}A-Za-z0-9·]){{2,8}})等\s*[{NUMERAL}\d]+\s*家(?:企业|公司)?")
_COUNT_OF_FIRMS = re.compile(rf"[{NUMERAL}]\s*家")  # what every counted list is followed by: a sentence without it has none
_STRONG_VERBS = ("获评", "入选", "入围", "入库", "荣获", "荣膺", "被评为", "被认定为", "挂牌上市", "成功上市", "登陆")
# 正大天晴连续入选…, 天明机械荣膺…: an adverb may stand between the name and its award
_ENTERPRISE_AWARDED = re.compile(
    rf"((?:{_ITEM}、)*{_ITEM})(?:等)?(?:连续|再次|首次|成功|先后|均|分别)?({'|'.join(_STRONG_VERBS)}|进入|牵头建设|研发的|获批)(?!者)(?<!入库(?=企业|的))"
)
# what a group's base or cluster is named with, no unit's name: 华为西部制造基地, 比亚迪产业集群
_GROUPS_OWN_SITE = re.compile(r"产业集群|(?:[东南西北]部|华[东南西北中]|西南|西北|东北|全球|亚太)?(?:制造|生产|研发)")
# a group's unit: two to four characters after the group's short name, then a list mark or a joiner
# (not 比亚迪|等企业, nor a visit's or a settling verb: 来到长电科技|调研, 引进比亚迪|落户, nor where it happens: 在中海油|现场)
_UNIT_AFTER_GROUP = re.compile(rf"(?!等|[在于从向对到]|(?:总部|研发楼|大楼|办公楼)(?=[、，。；：]|等|和|与|及)|落户|入驻|落地|进驻|扎根|布局|来到|签约|方面)((?:(?![的是等])[{HAN}]){{2,4}}?)(?<!调研|考察|视察|参观|走访|检查|指导|座谈|交流|洽谈|落户|入驻|落地|签约|投产|开工|扎根|现场|释放|拓展|提升|扩张|增长|升级|转型|扩产|扩能|中心|大厦|广场|手机|电脑|产品)"
                               r"(?:总部|工厂)?(?:产业园|基地|项目)?(?<![还也又并已将正])(?=[、，。；：]|等|和|与|及)")  # 中电科航空电子产业园、: the unit's park
# (not 华为云等企业: 等 ends a list, inside no unit's name;
# not 联想总部、百度研发楼、…: the group's headquarters or a building of it, the group itself;
# not 比亚迪产能释放和…: what the group does, no unit; not 华润医药还|与: an adverb before the joiner ends no unit's name; not 西门子的身影: 的 and 是 are in no unit's name;
# not 联想在北京等地: a preposition and a place, no unit)
# (not 国药|医药中心, 国药|大厦: a building or a centre the group builds, no unit; not 联想|方面透露, the group's side speaking,
# nor 联想|手机及…, its products)
_UNIT_WORDS = re.compile(rf"(?:(?![的在与和及将已也还是为等了])[{HAN}]){{2,4}}")


def _unit_before_a_place(text: str, end: int) -> int | None:
    """Where a group's unit named after the group's short name ends, when a place follows it (中粮|家佳康|广水
    肉食品…项目): two to four characters of its own, then the place its project or plant is in."""
    words = _UNIT_WORDS.match(text, end)
    if words is None or is_everyday(text[end : end + 2]):
        return None  # 比亚迪收购了西安…: a verb, not a unit's name
    for stop in range(end + 2, min(end + 4, words.end()) + 1):
        place = place_or_county_at(text, stop)
        if place is not None and not is_everyday(text[end:stop]) and re.match(rf"[{HAN}]", text[stop + len(place) : stop + len(place) + 1]):
            return stop
    return None


# a project's yearly capacity opening right after a unit's own words: 中粮粮谷|年产90万吨小麦深加工…项目
_CAPACITY_OPENING = re.compile(r"年产(?:能)?\s*\d|年(?:加工|处理)\s*\d")


def _unit_before_a_capacity(text: str, end: int) -> int | None:
    """Where a group's unit named after the group's short name ends, when its project's yearly capacity
    follows it (中粮|粮谷|年产90万吨…): two to four characters of its own, not a verb nor a product alone."""
    words = _UNIT_WORDS.match(text, end)
    if words is None:
        return None
    for stop in range(end + 2, min(end + 4, words.end()) + 1):
        if _CAPACITY_OPENING.match(text, stop):
            verb = PROJECT_VERB_AT_END.search(text, end, stop) or cut_after_boundary(text, end, stop, boundary_words(), keep=0) > end
            return None if verb else stop  # (中粮新上|年产…, 华润拟建|年产…: a verb after the group, no unit's name)
    return None


_LIST_MARK_AFTER = re.compile(r"[、，]|等")
# what follows a group's short name standing alone in a clause: punctuation, a particle or a verb of its own
_GROUP_ACTS_WORDS = ("在|的|与|和|将|已|也|还|正|签约|签署|合作|投资|落户|入驻|设立|建设|打造|成立|携手|联合|旗下"
                     "|率先|正式|首先|布局|成为|推出|发布|于|\\d{4}年")  # (华为于2012年在松山湖设立…)
_GROUP_ACTS = re.compile(rf"[。；：）)”]|(?:{_GROUP_ACTS_WORDS})")
# an item of a list running on past eight characters with no mark: a name and what it does, not a group's project
_ITEM_GOES_ON = re.compile(rf"(?!{_GROUP_ACTS_WORDS})[^、，。；：等]{{9}}")
# every award match holds its verb two characters or more after its start, after name characters and 、
_AWARDED_SEARCH = AnchoredPattern(_ENTERPRISE_AWARDED, "|".join((*_STRONG_VERBS, "进入", "牵头建设", "研发的", "获批")),
                                  rf"{HAN}A-Za-z0-9·、", min_before=2)
# every list match holds 等, 和 or 这样的 (既有三安意法、中冶赛迪信息这样的产业龙头) five characters or more after its start, after name characters and 、
_LIST_SEARCH = AnchoredPattern(_ENTERPRISE_LIST, "等|和|这样的|…+这些|在内的", rf"{HAN}A-Za-z0-9·、", min_before=5, after=_LIST_TAIL)
# words that give a count of firms rather than end a name: 惠州共有|10家, 全区新增|5家
_HAS_COUNTED = re.compile(r"(?:共计|累计|新增|有)$")
_VERB_OR_ROUGHLY = ("了", "近", "约", "逾", "超")  # 培育了近|80家: a verb and how many, no name
# what a single name is said to have won, when only a company wins it (…百强榜, …示范企业, …单项冠军)
_AWARD_FOR_COMPANIES = re.compile(r"[^，。；]{0,20}?(?:企业|百强|强榜|冠军|瞪羚|独角兽|小巨人|隐形冠军|品牌价值|绿色工厂|智能工厂)")
# companies listed right after the kind of company they are: 引入…上下游关联企业南洋电缆、京宇电气、远洋线缆
_HEADED_LIST = re.compile(
    rf"(?:关联|骨干|领军|知名|配套|链主|头部|龙头|招商引资|重点)企业(?:有|包括|如|与)?[：:]?"  # (…等领军企业与|索贝数位、…)
    rf"((?:{_LISTED_CHAR}{{2,8}}、)+{_LISTED_CHAR}{{2,8}})(?=[，。；]|等|$)"
)


# short names listed as the subject of what companies do: 光威、迪尚、三阳加快建设协同实验室
_ACTING_LIST = re.compile(
    rf"(?:^|(?<=[，。；：]))((?:{_LISTED_CHAR}{{2,4}}、)+{_LISTED_CHAR}{{2,4}}?)"
    r"(?=(?:加快|正在|分别|相继|纷纷|先后|共同|已|积极|持续)?(?:建设|投资|新建|扩建|共建|组建|入驻|落户|签约|投产|开工|扩产|布局|牵头|联合|设立|成立"
    r"|深耕|拓展|开拓))"  # (新茄食品、阜北国际深耕番茄制品出口; 慧尔农业、华兴集团积极拓展…海外渠道)
)
# or of what they became: 神威施普瑞、瑞药金方成为…领军企业
_BECOMING_LIST = re.compile(
    rf"(?:^|(?<=[，。；：]))((?:{_LISTED_CHAR}{{2,6}}、)+{_LISTED_CHAR}{{2,6}}?)(?=(?:均|先后|相继)?成为[^，。；]{{0,24}}?企业)")

# or where they listed: 哈工智能制造、哈工三维、哈工圣尧在湖南股交所上市, 甲、乙先后在科创板挂牌上市
_LISTED_ON_A_MARKET = re.compile(
    rf"(?:^|(?<=[，。；：]))((?:{_LISTED_CHAR}{{2,6}}、)+{_LISTED_CHAR}{{2,6}}?)"
    r"(?=(?:均|已|先后|相继|成功|分别)?(?:在|登陆)[^，。；、]{2,12}?(?:挂牌)?上市)")

# the investors of a financing round, listed after 投资方为 or before 领投/跟投: 投资方为联合光电、同鑫资本、光谷金控;
# 由深创投领投，元禾原点、英诺天使跟投
_INVESTORS_LIST = re.compile(
    rf"(?:投资方|投资人|投资机构)(?:为|是|包括|有)[：:]?((?:{_LISTED_CHAR}{{2,8}}、)*{_LISTED_CHAR}{{2,8}}?)(?=[，。；]|等|$)"
    rf"|(?:^|(?<=[，。；：]))由?((?:{_LISTED_CHAR}{{2,8}}、)*{_LISTED_CHAR}{{2,8}}?)(?<![做是为将也再来去与和])(?:共同|联合)?(?:领投|跟投|参投)")


def investor_lists(text: str) -> list[list[tuple[int, int]]]:
    """The spans of each list of a financing round's investors, in a sentence about a round (融资, …轮)
    (relations/hosting.py: not firms the zone hosts)."""
    if "投" not in text or ("融资" not in text and "轮" not in text):
        return []  # (投资方为全球行业巨头长飞: a project's investor, a firm the zone hosts, not a round's)
    lists = []
    for match in _INVESTORS_LIST.finditer(text):
        group = 1 if match.group(1) else 2
        lists.append(item_spans(match.group(group), match.start(group)))
    return lists


# a firm corner-quoted or quoted before the round it raised: 「天眸光电」获得Pre-A轮融资
_FINANCED_FIRM = re.compile(rf"[「“]([{HAN}A-Za-z0-9·]{{2,10}})[」”](?:宣布|已|近日|日前)?(?:完成|获得|获)[^，。；]{{0,16}}?轮(?:融资|投资)")


# the stops of a visit, one 、 after another: 实地察看了欧菲未来科技园、南昌比亚迪、欧菲生物识别、冠一通用航空
# (its parks, bases and institutes are no companies: _could_be_company leaves them out one by one)
_VISITED_LIST = re.compile(
    rf"(?:察看|查看|考察(?![团组])|走访|参观|视察|观摩)了?((?:{_LISTED_CHAR}{{2,12}}、)+{_LISTED_CHAR}{{2,12}}?)(?=[，。；]|等|$)")


_SIDE_BY_SIDE = re.compile(r"边.边")  # 边看边学, 边思边议: doing two things at once
# a speech given (韩九云在致辞中表示, 张三致辞时说): by a person, not a firm
_A_SPEECH_AFTER = re.compile(r"(?:在|于)?(?:致辞|讲话|发言|致词)(?:中|时)")
# a page's byline before a person's name (责任编辑：, 记者 , 通讯员 …)
_BYLINE_BEFORE = re.compile(r"(?:责任编辑|编辑|审核|校对|记者|作者|通讯员|摄影|来源)\s*[：:]\s*$")
_PARALLEL_VERBS = "抓促强稳保提建推育引聚优"  # one-character verbs a run of slogans repeats (抓统筹、抓调度)
_QUALITY_SAID = "高大快强好多优低"  # (a list of qualities: 科技含量高、投资力度大、建设进度快)
_VISITED_NO_FIRMS = re.compile(r"等(?:科室|部门|场所|展区|展厅|区域|地|处|点位|现场|场馆|设施|景点|社区|学校|医院|高校|院校|大学|科研院所|院所|产品|装备|设备|展品|演示|应用演示|流程|环节)")


def _placed_name(text: str, a: int, b: int, industry_labels: frozenset[str]) -> bool:
    """A company's short name of a place and a word of its own (行业领军企业上海纽创，…: 上海 + 纽创),
    not a place and everyday words (龙头企业上海工厂)."""
    place = place_at(text, a, b)
    return (place is not None and b - a - len(place) >= 2
            and not is_everyday(text[a + len(place) : b], industry_labels))


def _maker_named_in_full(text: str, a: int, b: int) -> bool:
    """A maker named by four characters or more without a company's ending (国电高科天启研发的,
    中盛溯源研发的): a name, if it holds no verb of its own (沃华医药研发|生产的) and opens with no
    preposition (凭借中国…)."""
    return (b - a >= 4 and not text.endswith(("研发", "生产", "研制", "开发", "自主", "率先"), a, b)
            and not text.startswith(("凭借", "依托", "借助", "通过", "随着", "作为"), a, b))


def _could_be_company(text: str, a: int, b: int, known: Gazetteer[str], industry_labels: frozenset[str]) -> bool:
    """Whether a list item may name a company: no institute, site or quality (…中心, …性), no verb
    inside (入园设立…), and a known name, a brand ending or words that are not everyday ones."""
    name = text[a:b]
    if INSTITUTE_ENDING.search(name) or name.endswith(("中心", "平台", "基地", "园", "项目", "性", "工作")):
        return False  # (以创新基层团建工作为龙头: work done, no company)
    if "项目" in name or "企业" in name:
        return False  # 龙头企业一马当先、重点项目如火如荼: things said of kinds, no list of names
    if "的" in name and name not in known:
        return False  # 以良好的软、硬投资环境: a phrase (美的, 奥的斯 are known)
    if name in central_bodies() or name.startswith(("《", "“")):
        return False  # 商务部、农业部联合发布…: the State Council's ministries; 《矿井…: a title's words
    cut = cut_after_boundary(text, a, b, long_boundary_words(), keep=1)
    place = place_at(text, a) if cut > a else None
    if cut > a and not (place and BRAND_AT_END.search(name) and cut - 2 == a + len(place)):
        return False  # (山东联合电力: a place, then a name's own word that is a verb elsewhere)
    return name in known or bool(BRAND_AT_END.search(name)) or not is_everyday(name, industry_labels)
# 以泰丰纺织为龙头; 以摩尔农庄为核心的植物蛋白产业链 (a company at the core of a chain, not 以…生态为核心)
_REPRESENTED = re.compile(rf"以({_ITEM})(?:等(?:企业|公司|单位|龙头企业|骨干企业))?等?为(?:代表|龙头|(?:核心|链主)(?=的[^，。；]{{0,16}}?(?:产业链|产业集群|产业园)))")
_CHAIN_INSIDE = re.compile(r"为(?:代表|龙头|骨干|核心|引领)")
_CHAIN_OR_FIELD = ("产业链", "链", "产业", "行业", "领域", "产品", "技术")  # 以钠电全产业链为代表的…产业集群
# a sector's one company, named as what the sector is mostly or as its example
_SECTOR_LED_BY = re.compile(rf"(?:产业|行业)(?:以({_ITEM})为主(?=[，。；])|如({_ITEM})(?=产值|营收|年产|规模|[，。；]))")
# the next items of such a chain, without their 以: 以丰田汽车零部件为代表的变速箱、科力美为代表的电池
_REPRESENTED_AGAIN = re.compile(rf"(?<=、)(?!以)({_ITEM})(?<!等)等?为代表的")  # (…、华米科技等为代表的: not its 等)
# a short name opening its clause as the maker of what follows: 其中，维信电子生产的挠性板…, 威诺数控自主研发的…
_MAKING = "研发|生产|研制|开发|推出|投资建设|投资兴建|出资建设"
# (衷华脑机独立自主研发的: the ways of making may run two together)
# (the maker's own launch may stand between: 永新医疗正式推出自主研发的…)
_MAKER = re.compile(rf"(?:^|(?<=[，。；：]))(?:其中|如|由)?((?:(?![其如由])[{HAN}A-Za-z0-9]){{2,8}}?)(?:(?:正式|首次|成功)?(?:推出|发布)了?)?"
                    rf"(?:所|自主|独立|率先){{0,2}}(?:{_MAKING})的")
_MADE_BY = re.compile(f"(?:{_MAKING})的")  # what every _MAKER match ends with: a sentence without it has none
# companies leading a chain or a sector: 以爱地高分子、呈瑞粉末冶金为骨干企业的新材料产业链
_REPRESENTED_LIST = re.compile(
    rf"以(?!及)((?:{_LISTED_CHAR}{{2,10}}、)+{_LISTED_CHAR}{{2,16}})(?:等)?为(代表|龙头|骨干|核心|引领)(?:的)?"
    rf"(?:([{HAN}]{{0,8}}?)(企业|公司))?")  # (…为代表的集成电路企业: the firms of a sector)
# what says the words before it name a sector: 以起重装备为主导产业, 起重装备研发制造基地
_SECTOR_NEXT = re.compile(r"为(?:主导|支柱|首位|特色|优势)产业|(?:研发)?制造基地")
# what a list's representatives stand for when it is a sector: …为代表的焊接和汽车零部件产业
_SECTOR_REPRESENTED = re.compile(rf"[{HAN}、和及与]{{2,16}}?(?:产业|行业)")
# …, or a list of sectors or one made (…等为代表的固废资源化利用、水处理与资源利用产业, …等为核心的先进环保装备制造)
_SECTORS_REPRESENTED = re.compile(rf"的?[{HAN}、和及与]{{2,24}}?(?:产业|行业|制造(?=[，。；]))")
# companies counted as the projects they bring: 引建沃尔沃、忠旺、联想、绿地、新华08等16个…大项目
_COUNTED_AS_PROJECTS = re.compile(rf"((?:{_LISTED_CHAR}{{2,6}}、)+{_LISTED_CHAR}{{2,6}})等?[{NUMERAL}\d]+[个项][^，。；]{{0,20}}?项目")
# one company brought in, then the kind of firm it is: 引进开沃等整车企业 (not 引进高端装备等企业: a sector)
_ONE_BROUGHT_IN = re.compile(rf"(?:引进|招引|引入|吸引|集聚|聚集)了?([{HAN}]{{2,4}})等[{HAN}]{{0,6}}?(?:企业|龙头)")


_SECTOR_OR_GRADE = re.compile(r"级|(?:产业|行业|领域)$")  # 以…千亿级智能制造产业…为龙头: sectors, not companies
# companies named in quotes right after the kind of company they are: 世界500强企业“辉瑞制药”、医药工业百强企业
# “齐都药业”“迪沙药业”
_QUOTED_NAME = re.compile(rf"“([{HAN}A-Za-z0-9·]{{2,10}})”")
_QUOTED_AFTER_KIND = re.compile(rf"(?:企业|公司)[：:]?((?:“[{HAN}A-Za-z0-9·]{{2,10}}”[、和及]?)+)")
# a company named in quotes after its registered capital, which only companies have: 注册资本达2亿美元的“港中旅成得置业”
_QUOTED_AFTER_CAPITAL = re.compile(rf"注册资本[^，。；“”]{{0,14}}?的“([{HAN}A-Za-z0-9·]{{2,14}})”")
# the grades only firms are given, which name the firm right after them (光谷“瞪羚企业”艺画开天)
_FIRM_GRADES = ("瞪羚", "独角兽", "小巨人", "专精特新")
# one company named right after the kind of company it is
_HEADED_NAME = re.compile(
    # (or a firm's grade, maybe quoted: 光谷“瞪羚企业”艺画开天正在进行紧张的制作)
    rf"(?:制造商|供应商|服务商|运营商|龙头企业|上市企业|上市公司|领军企业|骨干企业|头部企业|链主企业|区内企业|园区企业|辖区企业"
    rf"|(?:{'|'.join(_FIRM_GRADES)})企业[”\"]?)"
    rf"((?![也都还又正将已均亦])(?:{_LISTED_CHAR}){{2,8}}?)(?=[，。；、]|等|位列|入选|获|成功|已|将|在|于|与|的|打造|建设|投资|落户|生产|研发|去年|今年|占|正在"
    rf"|担纲|牵头|承担|负责|第一时间|积极|主动|率先|全力)"  # 由上市公司张江高科担纲建设的…双子塔; 区内企业亚特重工第一时间…
    # (not an adverb opening the clause after the head: 龙头企业也在积极推动…)
)
_LEADING_FIRM = ("龙头企业", "领军企业", "链主企业", "头部企业")
_A_COUNT_OPENING = re.compile(rf"[{NUMERAL}]")  # (“瞪羚企业”一年一认定: a count, no name)
_QUOTED_GRADES = tuple(f"{grade}企业{mark}" for grade in _FIRM_GRADES for mark in "”\"")
_NAME_GOES_ON = ("研发", "生产", "建设", "投资", "打造")  # 龙头企业丰田研发担任…: 丰田 alone is too short a cut


def _vouched_by_a_leading_firm_head(text: str, a: int, b: int, industry_labels: frozenset[str]) -> bool:
    """Whether a short name without a company's ending is vouched for by the head before it: a sector's
    leading firm (应急储能龙头企业泽塔电源去年…, …系统龙头企业东君照明、…), the head qualified by what
    it leads (not 产业规模不断扩大、龙头企业争先恐后: what leading firms do)."""
    head = next((h for h in _LEADING_FIRM if text.endswith(h, 0, a)), None)
    return (head is not None and b - a <= 4 and a - len(head) > 0 and "\u4e00" <= text[a - len(head) - 1] <= "\u9fff"
            and not text.startswith(_NAME_GOES_ON, b) and not is_described(text[a:b], industry_labels)
            and not _GATHERING.search(text, a, b)  # 链主企业恳谈会上: the firms' meeting, no name
            and not _ANOTHER_KIND_OF_FIRM_AFTER.match(text, b)  # 龙头企业顶天立地、中小企业铺天盖地: what each kind does
            and not text.endswith(_WORKING_TOGETHER, a, b)  # 与…行业领军企业通力合作: how they work with them
            and not text.startswith(_DOING_TOGETHER, a)  # 与龙头企业共谋发展、多方共赢: what they do together
            and text[a:b] not in _COMING_TO_A_PLACE)  # 吸引头部企业落户、孵化…: what the firms do


# what leading firms are drawn to do, no firm's name after the head (吸引头部企业落户、…)
_COMING_TO_A_PLACE = frozenset({"落户", "入驻", "落地", "扎根", "集聚", "聚集", "汇聚", "进驻"})


# ways of working together, which end no firm's name after a leading-firm head (通力合作, 深度协作)
_WORKING_TOGETHER = ("合作", "协作", "联动", "协同", "攻关")
# what is done together with the leading firms, opening no firm's name after the head (共谋发展, 携手共进)
_DOING_TOGETHER = ("共谋", "共建", "共创", "共享", "共同", "共赢", "共促", "携手", "联手")
# another kind of firm right after, the clause set beside the leading firms' (…、中小企业铺天盖地)
_ANOTHER_KIND_OF_FIRM_AFTER = re.compile(r"[、，](?:中小微|中小|小微|配套|骨干|初创|科技型|民营)企业")
# activities a firm or a park brings together (集…、…等为一体, 集…于一体)
_ALL_IN_ONE = re.compile(r"等?(?:为|于)一体")
# what a leading-firm head may be followed by that is no firm: the firms' gathering or their roll (链主企业恳谈会上)
_GATHERING = re.compile(r"会|论坛|联盟|名单|榜")
# a brand-like phrase that is a kind of company, ranked or counted (我国十大军工集团): no name (_brand_name)
_RANKED_KIND = re.compile(rf"^(?:我国|全国|国内|全球|世界)|[{NUMERAL}]+大")
# a part of an industry's chain listed beside firms (上游原材料、中游显示面板…): no peer company (peer_companies)
_PART_OF_A_CHAIN = re.compile(r"(?:上|中|下|中下|上下)游")


# a company named after what it is, set off by a dash: 全国特种车行业首家上市公司——迪马、…龙头——泽塔电源
_DASHED_COMPANY = re.compile(rf"(?:企业|公司|龙头|冠军|领军者|领头羊)——([{HAN}A-Za-z0-9·]{{2,8}}?)(?=[、，。；]|等|(?<=公司|集团))")
# …企业——新华制药布洛芬系列产品…: the name runs on into what it makes, up to its brand ending
_DASHED_BRAND = re.compile(rf"(?:企业|公司|龙头|冠军|领军者|领头羊)——([{HAN}A-Za-z0-9·]{{1,6}}?(?:{BRAND_ENDING.pattern}))")
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
_COMPANY_NAME_WORDS = frozenset({"发展", "建设", "服务", "管理", "开发", "投资", "实业", "控股", "运营"})


@lru_cache(maxsize=None)
def _long_words_of_no_company() -> frozenset[str]:
    """The boundary words no company name holds: the long ones but 发展, 投资 …, and 分别是, 的, 了
    (它们分别是武汉华中师大科技园发展有限公司), and a joiner after an adverb (华润医药还与成都…发展集团有限公司)."""
    return long_boundary_words() - _COMPANY_NAME_WORDS | {"分别是", "的", "了", "还与", "也与", "并与", "又与", "还和", "并和"}


@lru_cache(maxsize=None)
def _long_words_and_with() -> frozenset[str]:
    """The long boundary words and 与: what may stand before a titled officer's firm."""
    return long_boundary_words() | {"与"}


@lru_cache(maxsize=None)
def _words_of_no_company() -> frozenset[str]:
    """Those and the copula and passive 为 and 受 (北侧为…, 受…委托), tried where no long word cuts a run
    whose first cut (after 发展) left nothing of the name; not every one-character word (向阳发展,
    新疆国经事业新发展: a name's own)."""
    return _long_words_of_no_company() | {"为", "受"}


@lru_cache(maxsize=None)
def _country_names() -> frozenset[str]:
    return frozenset(countries())


# (有限公司 too: 青岛高新区创业园管理有限公司)
_ZONE_COMPANY = re.compile(rf"([{HAN}]{{2,6}}?)(集团公司|集团|{LEGAL_FORM.pattern}|公司|控股)")
# a brand and its trade, no word of a zone's own company (投资, 建设, 招商, 服务, 国资 …): 象形科技, 唐图网络
# (投 and 建 as words of investing and building: 城投, 建设; not 建诚电子科技's 建, a brand's character)
_ZONES_OWN_WORDS = "投资|[城高产建]投|投控|建设|[城基]建|建工|发展|开发|招商|服务|国资|资产|运营|管理|创|产业"
_ZONES_OWN_BUSINESS = re.compile(rf"(?:{_ZONES_OWN_WORDS})+")  # 建投, 城投, 投资发展, 产业发展
_A_FIRMS_OWN_NAME = re.compile(rf"(?!.*(?:{_ZONES_OWN_WORDS}))[{HAN}]{{2,4}}(?:科技|电子|生物|网络|软件|光电|医药|药业|智能)")
# or its legal name, longer: 湛江高新技术产业开发区科技创业服务中心有限公司 (not …开发区内的重庆宇海…有限公司,
# …开发区物联网企业三川智慧…: a company in the zone, named after words of the sentence)
_ZONE_LEGAL_NAME = re.compile(rf"([{HAN}]{{2,12}}?)({LEGAL_FORM.pattern})")
_NOT_ITS_OWN = re.compile(r"[的内]|企业|公司|集团")


def _legal_form_end(text: str, end: int) -> int:
    """A zone's company written out to its legal form (莱芜高新投资控股有限公司) ends after it."""
    form = LEGAL_FORM.match(text, end)
    return form.end() if form else end


def _zone_company_end(text: str, match: re.Match) -> int:
    """Where a zone's company matched by _ZONE_COMPANY ends: 高投集团公司 is 高投集团, 西安高新金融控股集团
    goes on past 控股 to its 集团, and either to its legal form."""
    end = match.end() - (2 if match.group(2) == "集团公司" else 0)
    if match.group(2) == "控股" and text.startswith("集团", end):
        end += 2
    return _legal_form_end(text, end)


_OWNED_AS = re.compile(r"(?:区属|直属|下属|旗下)?(?:国有企业|国企|平台公司)?")
_KIND_OF_COMPANY = re.compile(r"^(?:首家|第一家|唯一|多家|各类|与|和|同|及|跟|向|对|上市|(?:境内|境外|海外|A股|港股|美股)上市|子|分|总|母|平台|龙头|骨干|科技型|高新技术|规上|外资|民营|国有|新增|入驻|重点|企业|全资|控股|的|各|该|本)")  # (中关村境内上市公司: a kind)


# what a zone does to a company, not a company's name: 益阳高新区支持园区平台公司实行市场化运作 (and 来到中关村创办美通云动公司:
# what is done in the zone)
_ZONE_DOES = re.compile(r"(?:累计|共计|目前|现已|还|也)?(?:支持|推动|鼓励|引导|加快|推进|实施|组织|指导|帮助|协助|要求|积极|大力|全力|依托|成立|组建|设立|创办|创立|创建|注册"
                        r"|将|在|利用|借助|携手|联手|联合|会同|引进"  # 大庆高新区将利用中石油集团…: the zone is the subject
                        r"|已有|现有|拥有|聚集|集聚|汇聚|吸引)")  # 苏州高新区已有上市公司鱼跃医疗…: what the zone has
# (after an adverb of counting: 中关村累计拥有上市公司224家)


def zone_companies(text: str, zones: list[Mention]) -> list[Mention]:
    """Companies a zone owns, named after it: 益阳高新区高投集团公司, 黄冈高新区招商服务公司,
    江阴高新区国资公司 (the zone's name is part of the company's, and still names the zone)."""
    found = []
    for zone in zones:
        # (or a zone's bare name: 中关村发展集团, 东湖高新集团)
        named = zone.surface.endswith(("高新区", "开发区")) or not zone.surface.endswith(("区", "园", "城"))
        match = _ZONE_COMPANY.match(text, zone.end) if named else None
        if match is None and (zone.surface.endswith("开发区") or len(zone.surface) > 3):
            # the zone's official name opening a legal name; or its short name, before the words of a zone's
            # own company (成都高新区电子信息产业发展有限公司)
            legal = _ZONE_LEGAL_NAME.match(text, zone.end)
            if (legal and not _NOT_ITS_OWN.search(legal.group(1)) and place_at(text, legal.start(1)) is None
                    and (zone.surface.endswith("开发区") or _ZONE_COMPANY_WORDS.search(legal.group(1)))):
                match = legal
        if (match is None or _KIND_OF_COMPANY.match(match.group(1)) or _UNITS.search(match.group(1))
                or _ZONE_DOES.match(match.group(1)) or PARTICLES.search(match.group(1)) or an_unnamed_firm(match.group(1))
                or any(c in PREPOSITIONS or c in "和及同跟" for c in match.group(1)[1:])
                or _GOVERNMENT_BODY.search(match.group(1))):
            continue  # 益阳高新区支持园区平台公司, 宝鸡高新区聚集了宝钛集团, 苏州高新区还与浪潮集团: the zone is the subject;
            # 西安高新区管委会控股的…国企: its administration, holding (控股, a verb)
        if match.group(2).endswith("有限公司") and place_at(text, match.start(1)) is not None:
            continue  # 威海火炬高新区山东洹球药业有限公司: a firm in the zone, by its own legal name
        if any(a == 0 for a, _, _, _ in enterprise_gazetteer().all(text[match.start(1) : match.end()])):
            continue  # 石家庄市高新区石药集团: a known firm in the zone, by its own name (the tables find it)
        owned_as = _OWNED_AS.match(match.group(1))
        if owned_as and owned_as.end() > 0 and len(match.group(1)) - owned_as.end() >= 2:
            # 火炬高新区区属国企张企集团: the zone's company, by its own name after what it is to the zone
            a = match.start(1) + owned_as.end()
            found.append(Mention("Enterprise", a, match.end(), text[a : match.end()], text[a : match.end()], "enterprise-company"))
            continue
        own = match.group(1)
        if LEGAL_ENDING.fullmatch(match.group(2)) and not _ZONE_COMPANY_WORDS.search(own):
            # 威海高新区盛洁医疗科技有限公司: a firm in the zone, by its own legal name (no word of the zone's own business)
            surface = text[match.start(1) : match.end()]
            found.append(Mention("Enterprise", match.start(1), match.end(), surface, surface, "enterprise-company"))
            continue
        if match.group(2) == "公司" and (_A_FIRMS_OWN_NAME.fullmatch(own) or (len(own) >= 4 and any(
                a == 0 and b < len(own) for a, b, _, _ in group_gazetteer().all(own)))):
            # 天津滨海高新区象形科技公司: a firm in the zone, by its own brand, not one the zone owns; 保定市高新区中航惠腾
            # 公司: by a group's unit's name
            found.append(Mention("Enterprise", match.start(1), match.end(1), match.group(1), match.group(1), "enterprise-company"))
            continue
        end = _zone_company_end(text, match)
        surface = text[zone.start : end]
        found.append(Mention("Enterprise", zone.start, end, surface, surface, "enterprise-zone-owned"))
    for high_tech in (re.finditer("高新(?![区园技])", text) if "高新" in text else ()):
        at = high_tech.start()  # 济宁高新产业发展集团: a zone's place and 高新, no 区, open its company's name
        place = next((text[at - k : at] for k in (4, 3, 2) if text[at - k : at] in _zone_places()), None)
        match = _ZONE_COMPANY.match(text, high_tech.end()) if place else None
        if place is None and (at == 0 or text[at - 1] == "的" or not NAME_CHAR.match(text[at - 1])):
            # …工作的高新建投公司: 高新 alone and the zone's own business (建投, 城投, 发展) name the zone's company
            match = _ZONE_COMPANY.match(text, high_tech.end())
            if match is None or not _ZONES_OWN_BUSINESS.fullmatch(match.group(1)):
                continue
            place = ""
        if (match is None or any(m.start <= at < m.end for m in found) or _KIND_OF_COMPANY.match(match.group(1))
                or _UNITS.search(match.group(1)) or PARTICLES.search(match.group(1)) or match.group(1).startswith("等")):
            continue  # (张江高科、苏州高新等上市公司: a list of firms closed by 等, no company named 等上市公司)
        end = _zone_company_end(text, match)
        surface = text[at - len(place) : end]
        # (高新建投公司 named without its 公司, as short names are; a place's zone company keeps its whole name)
        name = surface[:-2] if not place and surface.endswith("公司") and not LEGAL_ENDING.search(surface) else surface
        found.append(Mention("Enterprise", at - len(place), end, surface, name, "enterprise-zone-owned"))
    for bare in (_BARE_ZONE_COMPANY.finditer(text) if "集团" in text else ()):
        at = bare.start()  # …组织人事部、高科集团…: the zone's own company, by its bare name; one per zone, so each
        # zone's is its own node (relations/extract.py names it with its zone's place: 株洲高科集团)
        before = text[at - 1] if at else ""  # (not in quotes: （以下简称“高投集团”） declares a short name)
        if ((not before or not NAME_CHAR.match(before) or before in "及和与的") and before not in ("“", '"')
                and not any(m.start <= at < m.end for m in found)):
            found.append(Mention("Enterprise", at, bare.end(), bare.group(), bare.group(1), "enterprise-zone-owned",
                                 extra={"zone_qualified": True}))
    return found


# the bare name of a zone's own investment company (高科集团, 高投集团, 高科控股集团公司)
_BARE_ZONE_COMPANY = re.compile(r"((?:高科|高投)(?:控股)?集团)(?:有限公司|公司)?")


@lru_cache(maxsize=None)
def _zone_places() -> frozenset[str]:
    """The places national zones are named after (济宁, 昆山, 武汉东湖), as they open a zone company's name."""
    return frozenset(zone.prefix for zone in zones()) - {""}


# a list said to be of fields before its first item, the item here one of them (领域包括…、…、)
_FIELDS_LISTED_BEFORE = re.compile(r"(?:领域|方向|板块)(?:主要)?(?:包括|涵盖|包含|有|为|是)[:：]?(?:[^，。；：、]{2,12}、)*$")
# what follows an item of a list of fields: the other items, then 等 and at most a count or a few
# words before 领域 (…、视频处理等领域, 数控装备、…等十余个领域; not 华为等企业在5G领域, nor the
# companies of a field: 先声药业、绿叶思科等生命健康领域各类企业, 联想…等数10家相关领域的世界500强)
_LISTED_AS_FIELDS = re.compile(
    rf"(?:、[{HAN}A-Za-z0-9]{{1,12}})*等(?:(?!企业|公司|在|与|和)[^，。；、]){{0,6}}?(?:领域|方面|环节|赛道)"
    r"(?![^，。；、]{0,8}?(?:企业|公司|500强|龙头|巨头|厂商|集团))")


# a word of government anywhere in a brand's words: no brand after a city (襄阳市发改委|数据: a city's commission)
_GOVERNMENT_WORD = re.compile(r"[委局厅]|政府")
# a body named by the level of government alone: 市交通中心, 省信息中心, 县农机站
_CITYS_OWN_BODY = re.compile(r"[省市县][\u4e00-\u9fff]{1,6}(?:中心|局|委|办|站|队)")
_GOVERNMENT_BODY = re.compile(r"(?:部|厅|政府|委员会|管委会|办公室)$")
# and those of them that open no company's legal name either (在线…, 向日葵…, 到家… do)
_NEVER_OPENS_A_LEGAL_NAME = frozenset("由被把将从离在据另与就对")  # 离亿恩…公司不远: how far from it; (另)据…公司…介绍; 对…公司…重点扶持


def _preposition_before_two(text: str, start: int, end: int) -> bool:
    """Whether a three-character item is 以, 与, 跟, 继 or 由 before a two-character name (以步长, 与中央, 已跟巨腾, 继烽火、…等
    6家企业后, 由联想、用友…等一百家企业自发成立), or 在 or 到 before one that is no everyday word (在亿纬、格林美等龙头带动下,
    深入到恒信、…; not 在线): the preposition opens no name, where other three-character items are kept whole."""
    return end - start == 3 and (text[start] in "以与跟继由" or text[start] in "在到" and not is_everyday(text[start + 1 : end]))


def _past_prepositions(text: str, start: int, end: int) -> int:
    """``start``, moved past prepositions opening a legal name's run (由福建华忠…有限公司投资…), while
    more than two characters are left before ``end`` and the two opening it are no everyday word (在线)."""
    while end - start > 2 and text[start] in _NEVER_OPENS_A_LEGAL_NAME and not is_everyday(text[start : start + 2]):
        start += 1
    return start


# what closes a list of firms given as examples of a kind (像云尚、网丫这样的…企业)
_LIKE_THESE = re.compile(r"等?(?:这样|这类|一样|那样)")
_FACILITY = re.compile(r"基地|产业园|工业园|科技园|园区|孵化器|工作站")
_BRANCH_OFFICE = re.compile(r"(?:省|市|自治区)?分公司")


def _branch_end(text: str, end: int) -> int:
    """Where a legal name ends when a place's branch office follows it (中国邮政集团有限公司河北省分公司)."""
    place = place_at(text, end, end + 8)
    branch = _BRANCH_OFFICE.match(text, end + len(place)) if place else None
    return branch.end() if branch else end


# words that end what stands before a legal name and are never part of one: its parent's relation
# to it (…股份有限公司全资子公司马鞍山华旺…), a body beside it (…与火炬高新区管委会厦门天马…: a
# caption run into the text), a caption's words (…生产线桂林南药股份有限公司)
_BEFORE_A_NAME = re.compile(r"(?:全资|控股|参股)?子公司|管委会|管理委员会|生产线|外景|供图|摄影|摄|共同为|CEO兼|总裁兼|兼")


def _after_facility(text: str, start: int, end: int) -> int:
    """Where a legal name starts when a facility's name runs into it, the company's own name opening
    with its place (大唐电信移动互联孵化基地石家庄云高网络科技有限公司 -> 石家庄云高网络科技有限公司)."""
    for facility in reversed(list(_FACILITY.finditer(text, start, end))):
        if place_at(text, facility.end(), end) is not None:
            return facility.end()
    return start


# a bare zone word before a firm's own name: 来到高新区海华金属复合材料有限公司 (not 高新区城市建设投资有限公司,
# a zone's own company: _A_FIRMS_OWN_NAME's words)
_BARE_ZONE_WORD = re.compile(r"(?:高新区|开发区|(?:高新)?(?:科技城|科学城))(?=[\u4e00-\u9fff]{4})")  # (高新科技城华天科技（宝鸡）…)
_ZONE_COMPANY_WORDS = re.compile(_ZONES_OWN_WORDS + "|控股|集团|实业|城市")
_BARE_ZONE_WORD_BEFORE_A_NAME = re.compile(r"(?:高新区|开发区)")  # (a list's first item, however short)


def _after_a_bare_zone_word(text: str, start: int, end: int, words: re.Pattern = _BARE_ZONE_WORD) -> int:
    """Where a legal name starts when the bare zone word the page places it by runs into it (``words``: the
    zone words looked for, those of a legal name's opening unless told)."""
    zone_word = words.match(text, start, end)
    if zone_word is None or _ZONE_COMPANY_WORDS.search(text, zone_word.end(), end):
        return start
    return zone_word.end()


# a zone's science city named by its area, then a firm's own name: 光谷未来科技城|帝尔激光科技股份有限公司
_NAMED_SCIENCE_CITY = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:科技城|科学城)(?=[\u4e00-\u9fff]{2})")


def _after_a_named_science_city(text: str, start: int, end: int) -> int:
    """Where a legal name starts when the science city the page places it in runs into it, as a bare zone
    word does (not 绵阳科技城发展投资（集团）有限公司, a zone company's own words after it; nor 成都科学城科技
    有限公司, no name of its own after it)."""
    after = _after_a_bare_zone_word(text, start, end, words=_NAMED_SCIENCE_CITY)
    return after if len(BRAND_ENDING.sub("", text[after:end])) >= 2 else start


# a news site or paper whose credit runs into the name: 来源：东南网莆田市涵江区依吨多层电路有限公司
_OUTLET_AT_END = re.compile(r"(?:网|报|台|社)$")


def _after_words_before_its_place(text: str, start: int, end: int, known: Gazetteer[str],
                                  industry_labels: frozenset[str]) -> int:
    """Where a legal name starts when words that name nothing run into its opening place (检测新材料|宝鸡
    鑫诺新金属材料有限公司), or an outlet's credit does (东南网|莆田市…): at the place, when a brand of its
    own follows the place. A brand before a place (一汽解放青岛汽车有限公司) stays the name's."""
    for position in range(start + 2, end - 2):
        place = place_at(text, position)
        if place is None or len(place) < 2 or text[position - 1] in "（(":
            continue  # (旭硝子显示玻璃（惠州）有限公司: a place in brackets qualifies the name)
        before = text[start:position]
        if before in known or place_at(text, start) is not None:
            return start
        after = text[position + len(place):end]
        ending = BRAND_AT_END.search(after)
        core = after[: ending.start()] if ending else after
        if is_everyday(after, industry_labels) and (core in industry_labels or len(core) < 4):
            continue  # (光线量子北京智能机器人科技有限公司: nothing of its own after the place, the words are a brand;
            # not 成都理想境界科技有限公司, whose words, everyday ones, are no sector)
        if (is_everyday(before, industry_labels) or _OUTLET_AT_END.search(before) or len(before) >= 8
                or _everyday_around_a_marker(before, industry_labels)):
            return position  # (…常务副区长瞿政前主持仪式湖南千德智能…: no brand runs eight characters before its place)
        # (a later place may still open the name: …天府新区未来规划沙盘模型成都理想境界科技有限公司, captions run together)
    return start


_OBJECT_MARKER = re.compile(f"[{''.join(sorted(OBJECT_PREPOSITIONS))}]")


def _everyday_around_a_marker(words: str, industry_labels: frozenset[str]) -> bool:
    """Whether ``words`` are everyday words on both sides of a preposition that puts the object first
    (双方将聚合|北京昌平科技园发展集团有限公司): a clause before the name, none of it the name's."""
    parts = _OBJECT_MARKER.split(words)
    return len(parts) > 1 and all(not part or is_everyday(part, industry_labels) for part in parts)


# a listed company's stock code after its name: 贵研铂业（600459.SH）, 宁德时代(300750.SZ), 比亚迪股份（01211.HK）,
# 长电科技（股票代码：600584）
_STOCK_CODE = re.compile(r"[（(]\s*(?:\d{6}\s*\.\s*(?:SH|SZ|BJ)|\d{4,5}\s*\.\s*HK|(?:SH|SZ)\s*\d{6}|股票代码[：:]\s*\d{6})\s*[）)]",
                         re.IGNORECASE)


_ROAD = re.compile(r"(?:路|街|大道|大街)等?$")
_ROAD_AFTER = re.compile(r"(?:大道|大街|路|街)(?:[东南西北]+(?:段|辅道|延长线)|南北辅道|辅道|改造|提质|建设|工程|[、，。；]|$)")


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

# (…网 before a mark or the page's words: 来源：凤凰传媒网, ©2020凤凰传媒网All Rights Reserved: the company's site;
# a site's section path: 网易首页>网易江苏>正文)
# (and a browser notice's software: 需要较新版本的 Adobe Flash Player)
_PAGE_CHROME_AFTER = re.compile(r"(?:首页|新闻|[\u4e00-\u9fff]{0,4}[>＞]|客户端|频道|网(?:$|[^\u4e00-\u9fff]|点击|版权|讯|站|的)|号[”\x22」]|\s*(?:Flash|Reader|Acrobat)\b)")


# a county opening a legal name (宜阳县青岛啤酒（洛阳）有限公司: checked for another place after it)
_COUNTY_OPENING = re.compile(r"[\u4e00-\u9fff]{1,4}县")
# what a person tells the news outlet named before it: 向搜狐IT表示, 向网易科技透露
_TOLD_AFTER = re.compile(r"[A-Za-z]{0,4}(?:科技|财经|新闻)?(?:记者)?(?:表示|透露|介绍|坦言)")
# a site's breadcrumb trail before a section's name: 首页 > 经济·科技
_BREADCRUMB_BEFORE = re.compile(r"[>＞»]\s*$")
_NAVIGATION_BARS = ("|", "｜")  # (an empty slice is in no tuple: a name at the text's edge is read)


def _word_completed(text: str, a: int, b: int, legal_name: str = "") -> int:
    """Where a known name ends when its last character opens a word the next one completes and the
    longer name ends as companies' names do (正泰新能|源: 正泰新能源, as a page names it), or when brand endings
    and 公司 follow it (深蓝航天|科技公司: 深蓝航天科技), or when the company's legal name goes on as the page does
    (斯达半导|体, of 嘉兴斯达半导体股份有限公司), else ``b``; not where the longer one is no name (京东方|面板)."""
    if b < len(text) and text[b - 1 : b + 1] in everyday_words() and BRAND_AT_END.search(text, a, b + 1):
        return b + 1
    if b < len(text) and text[a : b + 1] in legal_name and any(
            text[b - k : b + 1] in everyday_words() for k in range(1, min(4, b - a) + 1)):
        return b + 1  # (a word the known name cuts through: 半导|体)
    ending = _ENDING_THEN_COMPANY.match(text, b)  # 深蓝航天科技公司: the page names it with its ending
    return ending.end(1) if ending else b


# a person's post and surname, right before a two-character name: his given name (技术负责人尹|吉宝)
# a scholar's title (由黄维院士领衔、福建师范大学等共建的…: a scholar who leads, no company)
_A_SCHOLAR = re.compile(r"院士|教授|研究员")
_TITLE_AND_SURNAME = re.compile(rf"(?:{PERSON_TITLE.pattern}|负责人|工程师|博士|{_A_SCHOLAR.pattern})[{HAN}]$")
_ENDING_THEN_COMPANY = re.compile(rf"((?:{BRAND_ENDING.pattern}){{1,2}})公司")
# (not the kind of firms a list closes with: 大疆创新、光启、中集集团等高科技公司)
_BUSINESS_THEN_COMPANY = re.compile(rf"(?!等)[{HAN}]{{2,8}}?(?:制造|科技|技术|电子|设备|材料|工程)公司")
# a trade word right after a known name makes another company of it: 三得利肥业 is no 三得利 (the drinks maker)
_TRADE_AFTER = re.compile(r"(?:肥业|药业|纸业|乳业|酒业|鞋业|矿业|实业|化工)(?![\u4e00-\u9fff]{0,2}(?:产业|行业|企业|领域))")


# a foreign company's China arm named by its trade, then a list mark: 勃林格殷格翰中国生物制药、复宏汉霖
_CHINA_TRADE_AFTER = re.compile(rf"中国[{HAN}]{{0,4}}?(?:生物制药|制药|医药|医疗|生物|投资|汽车|电子|半导体|化学|化工|能源)"
                                r"(?=[、，。；,;]|等)")


_GROUP_THEN_ITS_UNIT = re.compile(rf"(([{HAN}]{{2,4}}?)集团)")  # a group's name opening a legal name: 正泰集团浙江正泰…
_KIND_OF_FIRM = re.compile(r"企业(?!集团)")  # a list's item naming a kind of firm (瞪羚企业), not a firm (not 海尔企业集团)
_UNIT_AFTER_KNOWN_GROUP = re.compile(rf"集团(([{HAN}]{{2,4}}?)(?:{BRAND_ENDING.pattern}))")
# what the group does to another company, not a unit's first words: 江铃集团|重组|富奇汽车, …集团收购…科技
_GROUP_DEALS = re.compile(r"重组|收购|并购|兼并|控股|入股|参股|投资|合资|携手|联手|牵头|出资")


def _opens_inside_a_word(text: str, a: int, b: int) -> bool:
    """Whether a known three-character name ``text[a:b]`` only appears because an everyday word ends in
    its first character and its other two are an everyday word (黑暗中移动 holds 中移动: 暗中|移动)."""
    words = everyday_words()
    return text[a + 1 : b] in words and any(a >= k and text[a - k : a + 1] in words for k in (1, 2))


def _straddles_words(text: str, a: int, b: int) -> bool:
    """Whether a known two-character name ``text[a:b]`` only appears because the words around it run into it:
    its first character ends an everyday word (使用友好 holds 用友, 推广达到 广达) or its last begins
    one (兴隆基地 holds 隆基, 经纬创新 and 经纬创始人 纬创)."""
    words = everyday_words()  # (a word of three too: 经纬创始人 holds 纬创)
    return (any(a >= k and text[a - k : a + 1] in words for k in (1, 2))
            or any(b + k <= len(text) and text[b - 1 : b + k] in words for k in (1, 2)))


# a known name that opens an association's, society's or chamber's (中国建筑|节能协会, 中国电子|学会)
_AN_ASSOCIATIONS_NAME_AFTER = re.compile(rf"(?:(?![的了在与和及等是为])[\u4e00-\u9fff]){{0,4}}?(?:{'|'.join(MEMBERS_BODIES)})")


# the dots between the parts of a foreign person's name written in Chinese (阿里·穆罕默德)
_NAME_DOTS = frozenset("·•‧・")


# a museum, a library or a stadium named with a known company's words (中国建筑|科技馆): a public venue, no company
_A_MUSEUM_AFTER = ("科技馆", "博物馆", "纪念馆", "美术馆", "图书馆", "体育馆", "展览馆")


# characters that open no list item's own name: prepositions, 的 and the joiners (built once: read for every known name)
_NO_ITEM_OPENING = PREPOSITIONS | frozenset("的和及等")


def _inside_a_listed_name(text: str, a: int) -> bool:
    """Whether a known name starting at ``a`` is only the tail of a list item's own name: one or two
    characters open the item before it, no place, no word and no mark (高新区九豪应用材料, 、思泰克科技园: 九豪's
    and 思泰克's, not Applied Materials' nor Tektronix'); 、深圳华为 and 、日本东芝 keep theirs."""
    for size in (1, 2):
        opening = a - size
        if opening < 1 or not (text[opening - 1] == "、" or (size == 2 and text[opening - 1] == "区")):
            continue  # (the first item right after its zone, by two characters: 昆山高新区九豪…, not 园区内阳光电源)
        prefix = text[opening:a]
        return (all("\u4e00" <= c <= "\u9fff" for c in prefix) and place_at(text, opening, a) != prefix
                and prefix not in countries()  # 、日本东芝
                and prefix not in everyday_words() and not any(c in _NO_ITEM_OPENING for c in prefix)
                and cut_after_boundary(text, opening, a, boundary_words(), keep=0) == opening)  # (、以稳健医疗为…)
    return False


def _known_names_as_written(text: str) -> list[Mention]:
    """The known companies of ``text`` (the gazetteer), each as the page writes it: on through a word
    its last character opens (正泰新能|源) or a brand ending written out to 公司, with the place before it
    (深圳古瑞瓦特新能源公司); with a trade word after it, another company (三得利肥业); two written as one, a
    joint venture of theirs (延锋安道拓, 宁德时代邦普)."""
    found = [
        # (北京合众思壮科技公司, known as 北京合众思壮科技: the form written with its 公司 stays a form)
        Mention("Enterprise", start, end, text[start:end], canonical, "enterprise-gazetteer",
                extra={"written": text[start : end + 2]} if text.startswith("公司", end) else {})
        for a, b, s, canonical in enterprise_gazetteer().find(text)
        if not _PAGE_CHROME_AFTER.match(text, b)  # 网易首页, 打开网易新闻: the page's portal, no company of the zone
        and not (text[a - 1 : a] in _NAVIGATION_BARS or text[b : b + 1] in _NAVIGATION_BARS)  # 搜狐|ChinaRen|…|搜狗: a site's menu
        and not _AN_ASSOCIATIONS_NAME_AFTER.match(text, b)  # 中国建筑节能协会: an association opens with its name
        and not _BYLINE_BEFORE.search(text, max(0, a - 8), a)  # [时间:2022-03-04 来源:网易]: the page's source
        and not (text[a - 1 : a] == "向" and _TOLD_AFTER.match(text, b))  # 杨鹏飞向搜狐IT表示: the outlet told
        and not (b - a == 2 and _straddles_words(text, a, b))  # a two-character name only: 加拿大麦格纳 stays
        and not (b - a == 3 and _opens_inside_a_word(text, a, b))
        and not (b - a == 2 and _TITLE_AND_SURNAME.search(text, max(0, a - 12), a))  # 技术负责人尹吉宝: a person's given name
        and not (text[b : b + 1] in _NAME_DOTS or text[a - 1 : a] in _NAME_DOTS)  # 阿里·穆罕默德·侯赛因: a person's name
        and not _inside_a_listed_name(text, a)  # 、思泰克科技园: 思泰克, no 泰克科技
        and not text.startswith(_A_MUSEUM_AFTER, b)  # 参观中国建筑科技馆: a museum of Chinese architecture, no company
        for end in (_word_completed(text, a, b, canonical),)
        for start in ((place_before(text, a) if end > b + 1 and text.startswith("公司", end) else a),)
    ]
    for index, m in enumerate(found):
        trade = _TRADE_AFTER.match(text, m.end)
        if trade:
            surface = text[m.start : trade.end()]
            found[index] = Mention("Enterprise", m.start, trade.end(), surface, surface, "enterprise-gazetteer")
            continue
        unit = _UNIT_AFTER_KNOWN_GROUP.match(text, m.end)  # 国家电投集团五凌电力: the group, then its unit by its brand
        if (unit and not is_described(unit.group(2), frozenset()) and "的" not in unit.group(2)  # 优美科集团投资的新能源…项目
                and not _GROUP_DEALS.match(unit.group(2))
                and not any(other.start < unit.end() and unit.start(1) < other.end for other in found)):  # (光迅科技: known)
            found[index] = Mention("Enterprise", m.start, unit.start(1), text[m.start : unit.start(1)], m.name,
                                   "enterprise-gazetteer")
            found.append(Mention("Enterprise", unit.start(1), unit.end(), unit.group(1), unit.group(1), "enterprise-group-unit"))
            continue
        china_trade = _CHINA_TRADE_AFTER.match(text, m.end) if m.surface in foreign_brands() else None
        if china_trade or (text.startswith("中国", m.end)
                           and (not NAME_CHAR.match(text, m.end + 2) or text.startswith("等", m.end + 2))):
            # 默克中国、…, 默克中国等: its China arm; 勃林格殷格翰中国生物制药、: the arm by its trade
            end = china_trade.end() if china_trade else m.end + 2
            surface = text[m.start : end]
            found[index] = Mention("Enterprise", m.start, end, surface, surface, "enterprise-gazetteer")
            continue
        place = place_at(text, m.end)  # 华大基因武汉公司: the known company's arm in a city, named as such
        if place and text.startswith("公司", m.end + len(place)):
            end = m.end + len(place) + 2
            found[index] = Mention("Enterprise", m.start, end, text[m.start : end], text[m.start : end], "enterprise-gazetteer")
            continue
        business = _BUSINESS_THEN_COMPANY.match(text, m.end)  # 武汉新芯集成电路制造公司: its business written out
        if business:
            found[index] = Mention("Enterprise", m.start, business.end(), text[m.start : business.end()],
                                   text[m.start : business.end()], "enterprise-gazetteer")
    for index in range(len(found) - 1, 0, -1):
        first, second = found[index - 1], found[index]
        if (first.end == second.start and first.surface != second.surface and second.rule != "enterprise-group-unit"
                and not LEGAL_ENDING.search(first.surface)  # (潍柴动力股份有限公司|潍柴青年…团队: a legal name is whole)
                # (华工科技烽火通信光迅科技: known names each whole with a company's ending, their separators lost)
                and not (BRAND_AT_END.search(first.surface) and BRAND_AT_END.search(second.surface))):
            surface = text[first.start : second.end]
            found[index - 1 : index + 1] = [Mention("Enterprise", first.start, second.end, surface, surface, "enterprise-gazetteer")]
    return found


# 转向 of a steering part (转向器, 转向系统) is no verb "turning to" that could open a name
_STEERING_PART = re.compile(r"转向(?:器|系统|机|节|泵|轴|柱|管柱|总成)")
_DATE_AT = re.compile(r"\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]")


def _back_to_a_place_before_a_joiner(text: str, start: int, bounded: list[tuple[int, int]]) -> int:
    """Where a legal name cut at 和 or 与 starts, when a place stands right before the joiner and a word of
    the name, not another place, after it: 参观无锡和邦生物科技有限公司 is 无锡和邦…, not 邦…."""
    joined = start - 1
    if joined < 2 or text[joined] not in "和与" or place_at(text, start) is not None:
        return start
    for size in (4, 3, 2):
        opening = joined - size
        if (opening >= 0 and place_at(text, opening, joined) == text[opening:joined]
                and not any(x < joined and opening < y for x, y in bounded)):
            return opening
    return start


# "the company" opening a legal name's run: no legal name opens with 公司 (项目公司, 新公司 are kinds of company)
_A_COMPANY_OPENING = re.compile(r"新?公司")


def find_enterprises(text: str, blocked: list[tuple[int, int]], industry_labels: frozenset[str]) -> list[Mention]:
    """The enterprises a sentence names, read by each way the genre names a firm in turn (``_PASSES``),
    then the longest of those that overlap; ``blocked`` are the spans other finders took."""
    candidates = _Candidates(text, blocked, industry_labels)
    for find in _PASSES:
        find(candidates)
    return _kept(candidates)


class _Candidates:
    """The enterprise mentions of one text as the passes find them; ``add`` keeps a span only where it
    reads as a firm's name."""

    def __init__(self, text: str, blocked: list[tuple[int, int]], industry_labels: frozenset[str]) -> None:
        self.context = (text, blocked, listed_enterprise_names(), industry_labels)  # what every pass reads
        self.found = _known_names_as_written(text)

    def add(self, start: int, end: int, rule: str, in_list: bool = False) -> None:
        text, _, known, industry_labels = self.context
        found = self.found
        if text[start:end][:1] in "“\"‘" and end - start >= 3:
            start += 1  # 投资60亿元的“苏宁西北商业管理总部”项目: a project's name in quotes, its investor first
        if (text.startswith("有", start) and (start == 0 or text[start - 1] in "，,；;：:。") and end - start >= 4
                and text[start:end] not in known):
            start += 1  # …光谷生物城，有美国辉瑞等8家世界500强企业: "there are", opening the clause before the name
        surface = re.sub(r"(?:(?<!集团)(?<!股份)公司|项目|基地|车间|工厂|码头)$" if rule != "enterprise-group-unit"
                         else r"(?:项目|基地|车间|工厂|码头)$", "", text[start:end])  # 中国石油大庆炼化公司: its name
        if (len(surface) < 2 or surface in industry_labels or is_generic_enterprise(surface) or _NO_NAME.fullmatch(surface)
                or an_unnamed_firm(surface)):
            return  # (光谷一科技公司: "a technology company in 光谷")
        if "「" in surface or "」" in surface:
            return  # 广东「科技奖」放榜…获奖项目: a corner-quoted title's words, no company
        if surface.endswith(("是", "为")) and is_everyday(surface[:-1], industry_labels):
            return  # 全部是大健康产业及有关配套项目: how many of the projects are of a kind, no investor
        if "其" in surface[1:] and surface not in known:
            return  # 以现金购买…的股权,取得其控股权: "its", a pronoun, in no name
        if (rule == "enterprise-company" and text.startswith(("股东大会", "董事会", "监事会", "章程"), end)
                and surface not in known):
            return  # 尚需提交公司股东大会审议: "the company" of a notice, a verb before it
        if surface.endswith(("镇", "乡", "街道")) and not surface.endswith("小镇"):
            return  # 邹城市太平镇济宁新能源船舶制造项目: the town a project is in, no company (中关村创客小镇 is one)
        if _BYLINE_BEFORE.search(text, max(0, start - 8), start) or text.startswith(("版权所有", "版权"), end):
            return  # （责任编辑：余凌云）: a page's editor, a person; 新浪公司版权所有: the site's footer
        if _BREADCRUMB_BEFORE.search(text, max(0, start - 3), start):
            return  # 首页 > 经济·科技: a section of the site's menu, no company
        if _A_SPEECH_AFTER.match(text, end):
            return  # 韩九云在致辞中表示: who gives a speech is a person
        if surface.endswith(_KINDS_OF_BODY):
            return  # 吸引了包括…在内的跨国巨头、BAT龙头、科研院所和独角兽企业: kinds of body, no names
        if surface.endswith(MEMBERS_BODIES):
            return  # 中国欧盟商会、中国日本商会, …行业协会: a chamber or an association of firms, no firm
        if surface.startswith("企业") or _LISTED_AS_FIELDS.match(text, end):
            return  # 企业落户审批; 为气象预测、石油勘探、视频处理等领域提供…: fields of work, not companies
        if surface not in known and _FIELDS_LISTED_BEFORE.search(text, max(0, start - 40), start):
            return  # 主要建设领域包括海洋工程装备、海洋生物、海洋能源等: a list the text says is of fields
        if surface.endswith(("和", "及", "与")) or surface.startswith(_SCOPE_OR_SIZE):
            return  # 化学和|生物制药基地: a joined name's half; 大型医药集团, 全球新能源汽车: a kind, described
        ending = BRAND_AT_END.search(surface) if rule == "enterprise-brand" else None
        if ending and surface.endswith(("园", "区"), 0, ending.start()):
            return  # 发挥海淀园科技和人才资源优势: a park's technology, not a company
        if ending and text.startswith(("园", "小镇"), start + len(surface)) and surface not in known:
            return  # 中电软件园二期, 麓谷智造园: a park named by its words, not a company
        if (surface.endswith(("产业", "行业", "大厦", "大楼", "广场", "产业园", "园区"))
                or _SECTOR_NEXT.match(text, start + len(surface))):
            return  # 以船舶海工装备产业为龙头: a sector; 中凯大厦: a building; 航天科技产业园: a park
        if _between_sector_names(text, start, start + len(surface), industry_labels):
            return  # 聚焦生物医药、海洋生物、新材料: an item among sectors, not a brand
        if (surface in _country_names() or surface in place_forms() or _ROAD.search(surface)
                or _ROAD_AFTER.match(text, start + len(surface))):
            return  # 吸引来自美国、法国、德国等国的供应商: countries and places, not companies; 龙腾路、江义街, 岳麓大道南北辅道: roads
        # 加拿大麦格纳, 日本东芝: the company is named without its country; the written form stays a form
        country = next((c for c in countries() if surface.startswith(c) and len(surface) - len(c) >= 2), None)
        name = surface[len(country):] if country and not is_everyday(surface[len(country):], industry_labels) else surface
        # 厦门ABB开关公司, named 厦门ABB开关: the written form with its 公司 stays a form
        written = {"written": text[start:end]} if text.endswith("公司", start, end) and end - start > len(surface) else {}
        found.append(Mention("Enterprise", start, start + len(surface), surface, name, rule, in_list, written))


def _legal_names(candidates: _Candidates) -> None:
    """Legal names (…有限公司), each from its legal form back to where its name begins, and the short
    names the text declares for them."""
    text, blocked, known, industry_labels = candidates.context
    found = candidates.found
    previous_end = 0  # a legal name does not reach back past the one before it (…有限公司特色乳加工产业园项目和…有限公司)
    for match in LEGAL_ENDING.finditer(text):
        project = text.rfind("项目", previous_end, match.start())
        if project >= 0 and text.startswith(("管理", "咨询", "投资", "开发"), project + 2):
            project = -1  # 大连聚贤项目管理有限公司: 项目管理 is the company's business
        if project >= 0:  # …产业园项目和新疆国经事业新发展股份有限公司: a project's name ends before it
            previous_end = project + 2 + (text[project + 2 : project + 3] in ("和", "与", "及", "、", "，", "；"))
        bounded = blocked + [(0, previous_end)] if previous_end else blocked
        previous_end = match.end()
        start = left_edge(text, match.end(), match.start(), bounded)
        if match.start() - start < 2 or _STEERING_PART.match(text, start - 2):
            # 重庆龙润汽车转向器有限公司: a one-character word (向) inside the name
            start = left_edge(text, match.end(), match.start(), bounded, words=long_boundary_words())
        if match.start() - start < 2 or is_generic_enterprise(text[start : match.start()] + "科技"):
            # 天津海泰科技发展股份有限公司: a verb that companies name themselves after (发展) cut it
            start = left_edge(text, match.end(), match.start(), bounded, words=_long_words_of_no_company())
            if start == left_edge(text, match.end(), match.start(), bounded, words=frozenset()):
                # 北侧为武汉光谷生物医药产业园发展有限公司: no long word cut it, a one-character one (为) may
                start = left_edge(text, match.end(), match.start(), bounded, words=_words_of_no_company())
        start = _past_prepositions(text, start, match.start())
        start = _back_to_a_place_before_a_joiner(text, start, bounded)
        if is_everyday(text[start : match.start()], industry_labels):
            # 与江苏德和生物科技有限公司: cut at 和, only everyday words were left
            start = _before_everyday_words(text, start, bounded)
        qualified = PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 8), start)
        if qualified and qualified.end() == start:  # 中粮（江阴）粮油仓储有限公司: the name goes on before the place
            before = left_edge(text, qualified.start(), qualified.start(), bounded)
            if _STEERING_PART.match(text, before - 2):  # 蒂森克虏伯转向系统(常州)有限公司
                before = left_edge(text, qualified.start(), qualified.start(), bounded, words=long_boundary_words())
            if qualified.start() - before >= 2:
                start = _past_prepositions(text, before, qualified.start())  # 据卡森（吉林）…公司…介绍
                if is_everyday(text[start : qualified.start()], industry_labels):  # 奇晟企业|管理（天津）有限责任公司
                    start = _before_everyday_words(text, start, bounded)
        start = _after_facility(text, start, match.start())
        start = _after_a_bare_zone_word(text, start, match.start())
        start = _after_a_named_science_city(text, start, match.start())
        start = _after_words_before_its_place(text, start, match.start(), known, industry_labels)
        start = after_last(_BEFORE_A_NAME, text, start, match.start(), 4)
        said = text.rfind("据", start + 1, match.start())  # …董事长杨川据天津海泰科技发展股份有限公司: "according to"
        if said > 0 and text[said - 1] not in "数证" and place_at(text, said + 1) is not None:
            start = said + 1
        dated = _DATE_AT.match(text, start)  # 2020年11月中国诚通控股集团有限公司控股…: the month is no part of it
        if dated and match.start() - dated.end() >= 2:
            start = dated.end()
        if text[start] == "与" and match.start() - start > 3:
            start += 1  # 内江高新技术产业开发区管理委员会与中信建设有限责任公司: the joiner after a body (和邦 is a name)
        elif text[start] in "和及" and match.start() - start > 3 and any(y == start for _, y in bounded):
            start += 1  # 河北工业大学和华为技术有限公司: the joiner right after another name
        joined = _JOINER_AFTER_A_BODY.search(text, start, match.start())
        if joined and match.start() - joined.end() >= 2:
            start = joined.end()  # 中国电子学会和华为技术有限公司: a body, the joiner, then the company
        county = _COUNTY_OPENING.match(text, start, match.start())
        if county and match.start() - county.end() >= 4 and place_at(text, county.end()) is not None:
            start = county.end()  # 宜阳县青岛啤酒（洛阳）有限公司, 新安县河南新开源…: where it is, then its own place-led name
        if text[start] == "有" and place_at(text, start + 1) is not None:
            start += 1  # 入选的企业有惠州市盛微电子有限公司: "there are", before the company's place
        elif text.startswith(("企业", "公司"), start) and place_at(text, start + 2) is not None:
            start += 2  # 位于西安高新区的企业西安爱生技术集团有限公司: the kind of body, before the company's place
        elif (opening := _A_COMPANY_OPENING.match(text, start)) and match.start() - opening.end() >= 4:
            start = opening.end()  # 当地项目公司双良硅材料(包头)有限公司, 新公司…: "the (new) company", then its name
        kind = _KIND_OF_FIRM_BEFORE.search(text, start, min(start + 9, match.start()))
        if kind and match.start() - kind.end() >= 2 and (kind.start() == start or place_at(text, start, kind.start())
                                                         == text[start : kind.start()]):
            # 台资企业新高科技电子材料有限公司, 襄阳台企风神襄阳汽车有限公司: the kind of firm it is (after its place), before its name
            start = kind.end()
        unit = _GROUP_THEN_ITS_UNIT.match(text, start, match.start())
        if unit and place_at(text, unit.end(1)) and unit.group(2) in text[unit.end(1) : match.start()]:
            start = unit.end(1)  # 正泰集团|浙江正泰中自控制工程有限公司: the group, then its unit's own legal name
            found.append(Mention("Enterprise", unit.start(1), unit.end(1), unit.group(1), unit.group(1), "enterprise-brand"))
        if match.start() - start >= 2 and not an_unnamed_firm(text[start : match.start()]):  # (某航空制造股份有限公司)
            end = _branch_end(text, match.end())
            surface = text[start:end]
            found.append(Mention("Enterprise", start, end, surface, surface, "enterprise-legal-name"))
            for a, b in _declared_short_names(text, end, surface):  # the names the text will use for it
                found.append(Mention("Enterprise", a, b, text[a:b], surface, "enterprise-short-form"))


def _listed_firms(candidates: _Candidates) -> None:
    """Firms in lists: two counted (A和B两家), listed and counted (A、B、C等5家企业), awarded."""
    text, blocked, known, industry_labels = candidates.context
    add = candidates.add
    for match in (_TWO_COUNTED.finditer(text) if "和" in text and ("两家" in text or "等" in text or "分别" in text) else ()):  # 海尔生物和易邦生物两家…
        first = cut_after_boundary(text, match.start(1), match.end(1), boundary_words(), keep=2)
        pair = ((first, match.end(1)), match.span(2))
        shaped = [text[a:b] in known or (BRAND_AT_END.search(text, a, b) and not is_everyday(text[a:b], industry_labels))
                  for a, b in pair]
        for (a, b), is_shaped in zip(pair, shaped):
            # the count says both are firms: one shaped like a company vouches for the other
            # (科华恒盛和麦克奥迪电气两家本土上市公司)
            if is_shaped or (any(shaped) and _could_be_company(text, a, b, known, industry_labels)):
                add(a, b, "enterprise-list", in_list=True)
    counted = ([*_COUNTED_LIST.finditer(text), *_LIST_AFTER_COUNT.finditer(text)] if "、" in text and _COUNT_OF_FIRMS.search(text)
               else ())  # 硕博电子、三禾、中矿安华3家优质企业; 这5家企业分别是：斗鱼、…
    # (not verbs counted: 合肥高新区就招引、培育了近80家…企业)
    counted = [match for match in counted if not any(item.endswith(_VERB_OR_ROUGHLY) or item[-2:] in long_boundary_words()
                                                     for item in match.group(1).split("、"))]
    for matches, rule in ((_LIST_SEARCH.finditer(text), "enterprise-list"), (counted, "enterprise-list"),
                          (_AWARDED_SEARCH.finditer(text), "enterprise-awarded")):
        for match in matches:
            items = match.group(1).split("、")
            if any(item in CHAINS for item in items):
                continue  # 在产业链、创新链、供应链等医药健康产业…: the chains a policy works on, no firms
            if rule == "enterprise-list" and _ALL_IN_ONE.match(text, match.end(1)):
                continue  # 建成集中药材种植、生产加工、…、进出口贸易等为一体的综合性企业: what one firm does, no firms
            if rule == "enterprise-list" and _FIRMS_WORK_AFTER.match(text, match.end()):
                continue  # 展示了人工智能芯片、人脸识别技术、…等中关村示范区170家企业的340项最新创新成果: what firms made
            if rule == "enterprise-list" and sum(bool(_KIND_OF_FIRM.search(item)) for item in items) >= 2:
                continue  # 科技型中小企业铺天盖地、高新技术企业飞天走地、瞪羚企业和…: kinds of firms, no firms
            if "从" in items[0] and "到" in items[-1][1:]:
                continue  # 已集聚从整车制造、动力电池正负极材料、隔膜…到电池等3400多家产业链企业: the links a chain runs through
            if rule == "enterprise-list" and _WHAT_A_SUPPLIER_SUPPLIES.match(text, match.end(1)):
                continue  # 光群雷射是全球第一大雷射全像膜、雷射纸和烫金箔供应商: the things one firm supplies
            closed = next((i for i, item in enumerate(items[:-1]) if "等" in item[1:]), None)
            if rule == "enterprise-list" and closed is not None:  # …、依麦德等柔性基板、显示材料等…企业: the firms end at
                items = items[:closed] + [items[closed][: items[closed].index("等", 1)]]  # their 等, what they make follows
            position = match.start(1)
            zone = next((y for x, y in blocked if position <= x < y < position + len(items[0])
                         and text.endswith(("高新区", "开发区"), x, y)), None)
            if rule == "enterprise-list" and zone is not None:  # 天津高新区|合源生物、…: the list starts after the zone
                items[0], position = items[0][zone - position :], zone
                if items[0].startswith("有") and len(items[0]) >= 3:  # 南通高新区有综艺股份、…: what the zone has
                    items[0], position = items[0][1:], position + 1
            opening = _BARE_ZONE_OPENING.match(items[0])
            if opening and len(items[0]) - opening.end() >= 2 and (
                    rule == "enterprise-list" or items[0][opening.end() :] in known
                    or len(items) >= 2 and not NAME_CHAR.match(text[position - 1 : position] or "，")):
                # (not 郴州高新区有色金属新材料获评…: a sector, alone; 高新区东兴电子、卡尔电气等7家企业入围…: a list of firms)
                items[0], position = items[0][opening.end() :], position + opening.end()  # 其中，高新区潍柴动力、…: the zone's
            if rule == "enterprise-list" and text.endswith(("高新区", "开发区"), 0, position):
                # 荆门高新区掇刀区|固润科技、…: the district the zone is run with (looked for only right after a zone)
                district = next((k for k in (4, 3) if items[0][:k] in county_forms() and items[0].endswith("区", 0, k)), 0)
                if district and len(items[0]) - district >= 2:
                    items[0], position = items[0][district:], position + district
            last = re.split("以及|[和及]", items[-1])  # (…、高科集团以及中车电动等企业: 以及 whole, not 高科集团以)
            joiner = 1
            if rule == "enterprise-list" and len(items) >= 2 and len(last) == 2 and min(map(len, last)) >= 2:
                joiner = len(items[-1]) - len(last[0]) - len(last[1])
                items[-1:] = last  # …、谱天生物、金立研和飞眼无人机等8家企业, 恒信、南玻及盟科三家企业: two items, joined
            if any(_GOVERNMENT_BODY.search(item) for item in items):
                continue  # 先后被财政部、科技部、工业和信息化部认定为…: ministries, not companies
            if rule == "enterprise-list" and _PEOPLE_TAIL.match(text, match.end(1)):
                continue  # 李殿荣、吉万全、马锋旺等专家学者: people, by what they are
            if (rule == "enterprise-list" and _KINDS_TAIL.match(text, match.end(1))
                    and not any(item in known for item in items)):
                continue  # 引进光电医疗器械研发、原辅料等生产企业, …数字文化技术、内容、贸易等相关创新型企业: what firms make or do
            if sum(item.endswith("招商") for item in items) >= 2:
                continue  # 全面开展特色园区招商、专业平台招商、产业链条招商和龙头项目招商: ways of attracting investment
            if sum(_QUANTIFIED.search(item) is not None for item in items) >= 2:
                continue  # 做强一批优势企业、建设一批平台载体、…: a plan's actions, each on a kind of thing
            if sum(item[:2] in long_boundary_words() or item[:3] in long_boundary_words() for item in items) >= 2:
                continue  # 鼓励企业自主创新和转型升级、鼓励企业设立创新载体、…: actions, each opened by its verb
            if (len(items) >= 2 and len(items[0]) >= 4 and items[0][-3] in _PARALLEL_VERBS
                    and all(item[:1] == items[0][-3] for item in items[1:])):
                continue  # 链长抓统筹、抓调度的…优势: one verb's objects in turn (抓…、抓…), no firms
            if rule == "enterprise-list" and (_MAKES.search(items[0]) or _QUALITY.search(items[0])):
                continue  # 一家生产汽车、电子、…等零部件的企业: what a firm makes; 良好的生态、区位优势和…让企业…: assets
            if rule == "enterprise-list" and "龙头" in text[match.end(1) : match.end()] and _all_machines(items[1:], known):
                continue  # 以密炼机、硫化机等为龙头的装备制造产业: the machines that lead a sector, no firms
            # a list headed as companies with a name no dictionary explains (耐世特) is of names: its
            # items made of words (玲珑轮胎) are names too, unless a sector's (汽车、电子等企业)
            # …、北京易捷大数据、新浪动漫等高科技项目和企业: the items are projects as much as companies
            projects_too = rule == "enterprise-list" and "项目" in text[match.end(1) : match.end()]
            # 面向高端装备制造、生物医疗、光机电、新材料等…企业: a sector among the items and no company
            # known makes it a list of kinds of firm, whose items name no company unless a strong ending does
            kinds_of_firm = rule == "enterprise-list" and (any(item in industry_labels for item in items) or (
                text.endswith(("行业企业", "行业的企业"), match.start(), match.end()))) and not any(
                item in known for item in items)  # 等高新技术行业企业: firms of those trades (not 等一批行业单项冠军)
            named_peer = rule == "enterprise-list" and len(items) >= 3 and any(
                item not in known and not is_everyday(item, industry_labels) for item in items)
            for index, item in enumerate(items):
                a, b = position, position + len(item)
                position = b + (joiner if index == len(items) - 2 else 1)
                count = re.search(r"\d+\s*[家个]", item)
                if count:  # 微导纳米2家企业首次入选: the name ends where the count begins
                    b = a + count.start()
                    b -= text.startswith("等", b - 1)  # 路通科技、大正乳品等5家企业: the list's 等 is no part of it
                    if _HAS_COUNTED.search(text, a, b):
                        continue  # 惠州共有10家企业入选: a place and how many of its firms, no name
                elif index == len(items) - 1 and _HAS_COUNTED.search(text, a, b):
                    continue  # 天津、上海各有一家企业已签…: places and how many firms each has, no names
                # an item starts after the last verb inside it (获得银行科技 -> 银行科技); one-character
                # words (同, 和) cut only the first item, whose left edge is open: 惠同新材 stays whole
                # 艾为电子、… opening the sentence: 为 is in the name; only a word before the name is cut (与江苏德和生物)
                opens = index == 0 and (a == 0 or not NAME_CHAR.match(text[a - 1]))
                if (opens and (text[a] in boundary_words() or text[a] == "有")
                        and (b - a > 3 or _preposition_before_two(text, a, b))  # 其中，有长江机械、…; 以步长、…
                        and cut_after_boundary(text, a, b, long_boundary_words(), keep=2) == a):
                    a += 1  # 已有美国美时医疗: a longer word (已有) opens it, cut below
                    if ((text[a] in PREPOSITIONS and b - a > 3) or _preposition_before_two(text, a, b)) and text[a:b] not in known:
                        a += 1  # 已为乐鸿科技、昌泰鞋业等7家企业, 对以三星、美光等为代表的: an adverb, then a preposition
                if opens and text[a] == "像" and b - a >= 3 and _LIKE_THESE.match(text, match.end(1)):
                    a += 1  # 像云尚、网丫这样的文化产业企业: the likeness word opens no name
                words = boundary_words() if index == 0 and not opens else long_boundary_words()
                cut = cut_after_boundary(text, a, b, words, keep=2)
                if opens and cut > a:  # 于今年|底前对康诺亚、…: a preposition after the clause's long word still opens the name
                    cut = cut_after_boundary(text, cut, b, OBJECT_PREPOSITIONS, keep=2)
                if cut > a and ((text[cut] in PREPOSITIONS and b - cut > 3) or _preposition_before_two(text, cut, b)):
                    cut += 1  # 形成了以朗进科技、…, 深化与中央、…: a preposition after the verb opens no name
                if not BRAND_ENDING.fullmatch(text, cut, b):
                    a = cut  # else the word is the name's (联合电子): an ending alone names nothing
                a = after_particle(text, a, b)  # 打造了茅台, 孕育了汉威科技
                if index == 0 and rule == "enterprise-list" and text[a:b] not in known:
                    a = _after_a_bare_zone_word(text, a, b - 2, words=_BARE_ZONE_OPENING)  # 已为园区|麦穗科技、…
                possessed = text.find("的", a, b)  # 东侧的博恒新材料、…: where the first firm stands, then its name
                if index == 0 and a < possessed and b - possessed > 2 and text[a:b] not in known:
                    a = possessed + 1
                if a > 0 and text[a - 1] in "了着" and text[a] in PREPOSITIONS and b - a > 3 and text[a:b] not in known:
                    a += 1  # 诞生了以科大讯飞、…: the preposition after the particle opens no name
                if index == 0 and _SUPPLYING_VERB.match(text, a, b) and text.endswith(SUPPLY_ADVERBS, 0, a):
                    a += 2  # 产品主要配套三星、华为…: the customers' verb (relations/hosting.py reads them as customers)
                if _PEOPLE_ITEM.search(text, a, b) or _TITLED_PERSON.search(text, a, b):
                    continue  # 多位专家学者、投资机构和领军企业代表齐聚: people, not companies
                if _CITYS_OWN_BODY.fullmatch(text, a, b):
                    continue  # 市交通中心, 省信息中心: the city's or province's own body, no company
                if _THIS_TIME.search(text, a, b) or _IZATION_AT_END.search(text, a, b):
                    continue  # …股份有限公司，系此次入选的: a time word; 智能模块化、轻量模块化等: what a supplier's systems become
                if _DESCRIBING_ITEM.match(text, a, b) or _ADVERBS_ONLY.fullmatch(text, a, b):
                    continue  # 这一风靡欧洲、极具知名度和影响力的国际品牌: what a brand is like; 已累计(成功上市): adverbs
                if rule == "enterprise-awarded" and match.group(2) == "研发的" and any(
                        s == 0 for s, _, _, _ in known.all(text[match.end() : match.end() + 12])):
                    continue  # 当时还在专攻电池研发的比亚迪: what the known company after it did, no company
                weak = rule == "enterprise-awarded" and (len(items) == 1 or match.group(2) not in _STRONG_VERBS)
                if (weak and match.group(2) in (*_STRONG_VERBS, "获批")
                        and _AWARD_FOR_COMPANIES.match(text, match.end())):
                    weak = False  # 正大天晴连续入选中国医药工业百强榜, …、江铃底盘获批“…优势企业”: only companies win it
                if weak and not BRAND_ENDING.search(text[max(a, b - 3) : b]) and text[a:b] not in known:
                    continue  # 原料生产、设备配套和设计研发的: activities, not companies
                if _COUNTED.search(text[max(0, a - 4) : a]) or text[a:b].endswith(("公司", "板", "品牌", *_KINDS_OF_FIRM,
                                                                                     *_FIRM_DESIGNATIONS)):
                    continue  # 1家独角兽企业、1家创业板上市公司, 瞪羚、独角兽: categories, not names
                if BRAND_ENDING.fullmatch(text, a, b):
                    continue  # 汽车、电子、机械等企业: an ending alone is a kind of firm
                if text[a:b].endswith(("店", "点", "站", "馆", "区", "摇篮", "园")):
                    continue  # 连锁店, 协同处置点: outlets and sites; …示范区、…试验区: what a zone became; 科创园: a park
                if text[a:b].endswith("中心") and text[a : b - 2] in industry_labels and text[a:b] not in known:
                    continue  # …、广东众智达、大数据中心、迪兴…等园区企业: a sector's centre, a facility, no company's name
                if text[a:b].endswith(_DRUG_FORMS) and text[a:b] not in known:
                    continue  # 祖卡木颗粒、寒喘祖帕颗粒入选…药品目录: medicines, by their dosage form, no companies
                if text[a:b].endswith(("唯一", "首家", "首个", "第一家")):
                    continue  # 是新疆唯一(获批…的国家高新区): a rank among places, not a name
                if "类" in text[a + 1 : b - 1] and text[a:b] not in known:
                    continue  # 多肽类生物药获批…特色产业集群: a category of product, no company
                if b - a > (8 if BRAND_AT_END.search(text, a, b) else 6) or (a > 0 and a == match.start(1) and not _clean_left(text, a)):
                    continue
                if (text[a:b] not in known and not BRAND_AT_END.search(text[a:b]) and is_everyday(text[a:b], industry_labels)
                        and not (named_peer and len(text[a:b]) >= 4 and text[a:b] not in industry_labels)):
                    continue  # 战略思维、开拓精神, 连锁店: everyday words, not company names
                if kinds_of_firm and not text[a:b].endswith(tuple(STRONG_ENDINGS)):
                    continue
                if b - a >= 4 and text[b - 1] in _QUALITY_SAID and is_everyday(text[a : b - 1], industry_labels):
                    continue  # 引进投资规模大、创新技术多的广银铝业、…: a quality of the firms, said before their names
                if projects_too and text[a:b] not in known:
                    investor = project_investor(text, a, b, blocked, known, industry_labels, True, listed=True)
                    if investor is None or investor[1] - investor[0] < 4:
                        continue  # …、单层石墨烯、北斗数据中心等项目和企业: a project with no company named
                    a, b = investor  # 康宝生物疫苗: the company that runs the project
                add(a, b, rule, in_list=len(items) > 1)


def _represented_firms(candidates: _Candidates) -> None:
    """Firms named as a sector's representatives or makers: 以A为代表, 以A、B为龙头, 电子产业以A为主,
    由A生产, projects counted by their firms, 引进A等整车企业."""
    text, _, known, industry_labels = candidates.context
    add = candidates.add
    represented = [match for match in _REPRESENTED.finditer(text) if not match.group(1).endswith((*_CHAIN_OR_FIELD, "区", "园", "学", "工作")) and not (
        _SECTOR_REPRESENTED.match(text, match.end()) and match.group(1) not in known
        and any(is_everyday(part, industry_labels) for part in re.split("[和及与、]", match.group(1)) if part)
    ) and not (match.group(1) not in known and is_everyday(match.group(1)))
    ]  # 以激光为代表的一批战略性新兴产业, 以碳纤维和石墨烯为代表的新型碳材料产业: a sector's examples; 以合成生物学为代表的: a science;
    # 以机构、以个人等为代表投资: an everyday word, no company; 以创新基层团建工作为龙头: work done
    for match in represented:
        a, b = match.span(1)
        opening = max((e for s, e, _, _ in known.all(text[a:b]) if s == 0), default=0)
        if opening and text[a + opening : b] in industry_labels:
            b = a + opening  # 以比亚迪新能源汽车为代表的“新三样”产品: the company, then what it makes
        add(a, b, "enterprise-represented")
    for again in (_REPRESENTED_AGAIN.finditer(text, represented[0].end()) if represented else ()):
        if _could_be_company(text, again.start(1), again.end(1), known, industry_labels):
            add(again.start(1), again.end(1), "enterprise-represented")  # the chain's next items, once
    for match in (_SECTOR_LED_BY.finditer(text) if "为主" in text or "如" in text else ()):
        a, b = match.span(1 if match.group(1) else 2)  # 电子产业以东光电子为主, 新医药产业如百科药业产值显著: a company of a brand's shape
        if (BRAND_AT_END.search(text, a, b) and text[a:b] not in industry_labels
                and _could_be_company(text, a, b, known, industry_labels) and not is_everyday(text[a:b], industry_labels)):
            add(a, b, "enterprise-represented")
    for match in (_MAKER.finditer(text) if _MADE_BY.search(text) else ()):
        a, b = match.span(1)
        district = _DISTRICT_OPENING.match(text, a, b)
        if district and b - district.end() >= 2:
            a = district.end()  # 大武口区中色东方生产的: the district, then the maker
        if ((text[a:b] in known or BRAND_AT_END.search(text, a, b) or _maker_named_in_full(text, a, b)) and cut_after_boundary(text, a, b, boundary_words(), keep=2) == a
                and _could_be_company(text, a, b, known, industry_labels) and not is_everyday(text[a:b], industry_labels)):
            add(a, b, "enterprise-maker")  # a name of a company's shape: not 这款, 由该, 凭借中国…
    for match in (_COUNTED_AS_PROJECTS.finditer(text) if "项目" in text and "、" in text else ()):
        items = item_spans(match.group(1), match.start(1))
        first_a, first_b = items[0]  # the first item may run on from its verb: 引建沃尔沃
        ending = [first_a + s for g in (known, group_gazetteer()) for s, e, _, _ in g.all(text[first_a:first_b])
                  if e == first_b - first_a]  # …沃尔沃: a known name ending it starts it
        items[0] = (min(ending) if ending else cut_after_boundary(text, first_a, first_b, boundary_words(), keep=2), first_b)
        # (a group named in full is named too: 也有山东三箭集团、山东联合电力2个…总部类项目)
        named = [text[a:b] in known or text[a:b] in group_gazetteer() or text.endswith("集团", a, b) for a, b in items]
        # (or four short names or more, none a sector, a product or an everyday word: 法拉达、粤新、浩宇、美而达、唯美等22个项目)
        short_names = len(items) >= 4 and all(2 <= b - a <= 3 and text[a:b] not in industry_labels
                                              and not is_everyday(text[a:b], industry_labels) for a, b in items)
        if ((any(named) or short_names) and not any(PROJECT_NOUN.search(text, a, b) for a, b in items)
                and all(is_known or _could_be_company(text, a, b, known, industry_labels)
                        for is_known, (a, b) in zip(named, items))):
            for is_known, (a, b) in zip(named, items):
                if not is_known:  # (the known ones are found by their tables)
                    add(a, b, "enterprise-list", in_list=True)
    for match in (_ONE_BROUGHT_IN.finditer(text) if "等" in text else ()):
        name = match.group(1)  # 引进开沃等整车企业: one company, named before the kind of firm it leads
        if not is_everyday(name, industry_labels) and not any(True for _ in industry_gazetteer().all(name)):
            add(match.start(1), match.end(1), "enterprise-list")
    for match in (_REPRESENTED_LIST.finditer(text) if "、" in text else ()):
        if _CHAIN_INSIDE.search(match.group(1)):
            continue  # 以晨鸣为代表的造纸、以稳健医疗为代表…: a chain of single representatives (_REPRESENTED)
        items = item_spans(match.group(1), match.start(1), "、和及")  # …、加华制药及蒙牛乳业
        if any(text[a:b] in industry_labels for a, b in items):
            continue  # 以生物与新医药、新材料、新能源为代表的…产业: a list of sectors, all its items sectors
        # 以松下、爱信为代表的焊接和汽车零部件产业: a sector's representatives that hold no sector's name are its companies
        of_a_sector = match.group(2) in ("代表", "核心") and _SECTORS_REPRESENTED.match(text, match.end()) and not any(
            True for a, b in items for _ in industry_gazetteer().all(text[a:b]))
        # …为代表的集成电路企业: firms, where the words before 企业 name a sector (not 新物种企业, kinds of firm)
        firms = match.group(4) and (not match.group(3) or any(True for _ in industry_gazetteer().all(match.group(3))))
        if match.group(2) != "龙头" and not firms and not of_a_sector and 2 * sum(
                text[a:b] in known or BRAND_AT_END.search(text, a, b) is not None for a, b in items) < len(items):
            continue  # 以…为代表的药品和医疗器械研发群体: companies only where half the items are named as such
        if _all_machines([text[a:b] for a, b in items], known):
            continue  # (以密炼机、硫化机等为龙头: machines, no companies)
        if all(_could_be_company(text, a, b, known, industry_labels) and not _SECTOR_OR_GRADE.search(text, a, b)
               for a, b in items):
            for a, b in items:
                add(a, b, "enterprise-represented", in_list=True)


def _quoted_and_headed_firms(candidates: _Candidates) -> None:
    """Firms named after what they are: a quoted name after a kind of firm or its capital, a zone's
    fund, a name headed by its rank (龙头企业A), after a dash, a list headed as firms."""
    text, _, known, industry_labels = candidates.context
    add = candidates.add
    for match in (_QUOTED_AFTER_KIND.finditer(text) if "”" in text else ()):  # 世界500强企业“辉瑞制药”
        for name in _QUOTED_NAME.finditer(match.group(1)):
            a, b = match.start(1) + name.start(1), match.start(1) + name.end(1)
            if _could_be_company(text, a, b, known, industry_labels) and (
                    text[a:b] in known or BRAND_AT_END.search(text[a:b])):  # not 企业“走出去”, a slogan
                add(a, b, "enterprise-quoted")
    for match in (_QUOTED_AFTER_CAPITAL.finditer(text) if "注册资本" in text else ()):
        if _could_be_company(text, match.start(1), match.end(1), known, industry_labels):
            add(match.start(1), match.end(1), "enterprise-quoted")
    for match in (_zones_funds().finditer(text) if "金控" in text or "产投" in text else ()):
        if _clean_left(text, match.start()):  # 光谷金控是东湖高新区国有投资平台, 光谷产投: a zone's own investment firm
            add(match.start(), match.end(), "enterprise-zones-fund")
    for match in _HEADED_NAME.finditer(text):  # 国产头部设备制造商中微半导体, 上市企业中车时代新材位列…
        a, b = match.span(1)
        if (_could_be_company(text, a, b, known, industry_labels) and text[a] not in PREPOSITIONS | {"的", "与", "和"}
                and cut_after_boundary(text, a, b, boundary_words(), keep=2) == a
                and (text[a:b] in known or (BRAND_AT_END.search(text[a:b]) and not BRAND_ENDING.fullmatch(text, a, b)
                                             and not is_generic_enterprise(text[a:b]))
                     or _placed_name(text, a, b, industry_labels)
                     # 应急储能龙头企业泽塔电源去年…投产: a short name the leading-firm head vouches for
                     or _vouched_by_a_leading_firm_head(text, a, b, industry_labels)
                     # 光谷“瞪羚企业”艺画开天正在…: a grade only firms are given, quoted, before the name
                     # (not “瞪羚企业”一年一认定: how often the grade is given)
                     or (text.endswith(_QUOTED_GRADES, 0, a) and b - a <= 6 and not _A_COUNT_OPENING.match(text, a)
                         and not is_described(text[a:b], industry_labels)))):
            add(a, b, "enterprise-headed")  # a name with a company's ending, not 为引领, 后备库
    dashed = ([*_DASHED_COMPANY.finditer(text)] or [*_DASHED_BRAND.finditer(text)]) if "——" in text else ()
    for match in dashed:
        if _could_be_company(text, match.start(1), match.end(1), known, industry_labels):
            # (——武汉楚天光电子公司成立: written with its 公司, a form too, as a brand-style name is)
            add(match.start(1), match.end(1) + 2 * text.startswith("公司", match.end(1)), "enterprise-dashed")
    for match in (_HEADED_LIST.finditer(text) if "企业" in text else ()):  # 关联企业南洋电缆、京宇电气、远洋线缆。
        items = item_spans(match.group(1), match.start(1))
        if all(_could_be_company(text, a, b, known, industry_labels) for a, b in items):  # a list is of one kind
            for a, b in items:
                add(a, b, "enterprise-headed-list", in_list=True)


def _acting_firms(candidates: _Candidates) -> None:
    """Firms listed as the subjects of one act (A、B加快建设…, …在湖南股交所上市), as investors, as
    financed, or as the stops of a visit."""
    text, _, known, industry_labels = candidates.context
    add = candidates.add
    acting = [*_ACTING_LIST.finditer(text), *(_BECOMING_LIST.finditer(text) if "成为" in text else ()),
              *(_LISTED_ON_A_MARKET.finditer(text) if "上市" in text else ())] if "、" in text else ()
    for match in acting:  # 光威、迪尚、三阳加快建设…; 神威施普瑞、瑞药金方成为…企业; …在湖南股交所上市
        items = item_spans(match.group(1), match.start(1))
        if all(_could_be_company(text, a, b, known, industry_labels)
               and cut_after_boundary(text, a, b, boundary_words(), keep=2) == a for a, b in items):
            for a, b in items:  # (not 争当表率、争做示范、走在前列: a slogan's verbs)
                add(a, b, "enterprise-acting-list", in_list=True)
    for items in investor_lists(text):  # 投资方为联合光电、同鑫资本、光谷金控 (the list's opening bounds its first name)
        if all(text[a:b] in known or BRAND_AT_END.search(text[a:b]) or _could_be_company(text, a, b, known, industry_labels)
               for a, b in items):
            for a, b in items:
                add(a, b, "enterprise-investor", in_list=len(items) > 1)
    for match in (_FINANCED_FIRM.finditer(text) if "轮" in text else ()):  # 「天眸光电」获得Pre-A轮融资
        if _could_be_company(text, match.start(1), match.end(1), known, industry_labels):
            add(match.start(1), match.end(1), "enterprise-financed")
    for match in (_VISITED_LIST.finditer(text) if "、" in text else ()):
        visited = item_spans(match.group(1), match.start(1))
        if any(is_everyday(text[a:b], industry_labels) and text[a:b] not in known for a, b in visited):
            continue  # 邀请企业考察交流、投资兴业: what visitors do, a list of one kind
        if _VISITED_NO_FIRMS.match(text, match.end()):
            continue  # 参观了…门诊大厅、…、中医内科等科室: the list says what its stops are, and they are no firms
        if any("了" in text[a:b] or _SIDE_BY_SIDE.search(text, a, b) for a, b in visited):
            continue  # 观摩进一步开拓了视野、学到了经验; (考察团成员)边看边学、边思边议: what the visitors did
        if sum(text[b - 1] in _QUALITY_SAID for a, b in visited) >= 2:
            continue  # 本次观摩的五个重点项目科技含量高、投资力度大、建设进度快…: what the projects are like
        for a, b in visited:
            if (_could_be_company(text, a, b, known, industry_labels) and text[a:b] not in place_forms()
                    and not text.endswith(("园区", "车间", "工厂", "厂区", "馆", "室", "站", "镇", "区", "村", "街"), a, b)
                    and not text.startswith(("园区", "区内"), a, b) and not any(j in text[a:b] for j in "及和与")
                    and not PERSON_TITLE.search(text, a, b)):  # 副省长郑为文: an officer met, no company
                add(a, b, "enterprise-visited-list", in_list=True)


def _units_and_bodies(candidates: _Candidates) -> None:
    """A group's units by their names, firms written with 公司, sites, bank branches, professional
    firms and a city's banks, a company named after its place."""
    text, blocked, known, industry_labels = candidates.context
    found, add = candidates.found, candidates.add
    for a, b, short, _ in group_gazetteer().all(text):  # 丰田研发、重塑科技: a group's unit, by its name
        if not _clean_left(text, a) or text[b - 1 : b + 1] in everyday_words():
            continue  # (中电科|技: 科技 is a word, 中电科技 no unit of 中电科)
        itself = text.startswith(("公司", "集团", "股份", "控股"), b)  # 华为公司合作: the group, not a unit
        unit = None if itself else _UNIT_AFTER_GROUP.match(text, b)
        if unit and (re.sub(r"(?:基地|工厂|厂区|项目|总部)$", "", unit.group(1)) in place_forms()
                     or _GROUPS_OWN_SITE.fullmatch(unit.group(1)) and unit.group(0).endswith(("集群", "基地"))):
            # 比亚迪常州基地, 华为青岛总部: the group's plant or seat in a place, the group itself (华为西部制造基地,
            # 比亚迪产业集群: its base for a region, its cluster)
            add(a, b, "enterprise-group")
        elif unit:
            add(a, unit.end(1), "enterprise-group-unit")
        elif _LIST_MARK_AFTER.match(text, b) or (text[a - 1 : a] == "、" and _ITEM_GOES_ON.match(text, b) is None):
            # …、大富科技、中建材合作建设, …、中建材太阳能新材料、…: the group, its project; not …、中信建投证券担任联席主承销商
            # (a longer name the group's opens, acting)
            add(a, b, "enterprise-group")
        elif _GROUP_ACTS.match(text, b) and not itself:
            add(a, b, "enterprise-group")  # 贵阳高新区和华为签约, 引进百度智能网联汽车…: the group itself, acting
        elif not itself and (sited := _unit_before_a_place(text, b)):
            add(a, sited, "enterprise-group-unit")  # 中粮家佳康广水肉食品全产业链项目: the unit, then where it builds
        elif not itself and (sized := _unit_before_a_capacity(text, b)):
            add(a, sized, "enterprise-group-unit")  # 中粮粮谷年产90万吨小麦深加工…项目: the unit, then what its project makes
    for match in (_COMPANIES_LISTED.finditer(text) if "公司、" in text else ()):
        # 与联邦电缆公司、德国斯凯特机械公司、瑞士布斯公司签约: a list of companies, each written with 公司
        items = item_spans(match.group(), match.start())
        if any(text.find("的", a + 2, b) >= 0 for a, b in items):
            continue  # 由全球最大的微生物诊断公司、法国最大的体外诊断公司梅里埃集团…: what a company is, described
        first_a, first_b = items[0]
        items[0] = (cut_after_boundary(text, first_a, first_b, boundary_words(), keep=4), first_b)
        for a, b in items:
            end = b - 2  # its 公司 (a country before the name stays in the written form: add() names it without)
            name = text[a + next((len(c) for c in countries() if text.startswith(c, a) and end - a - len(c) >= 2), 0) : end]
            if (2 <= len(name) <= 8 and not is_generic_enterprise(name) and name not in place_forms()
                    and not _KIND_OF_COMPANY.match(name) and not name.endswith(_KINDS_BY_OWNERSHIP) and name not in ("投资", "科技")
                    and not (name.endswith(_KINDS_OF_SERVICE) and is_everyday(name))  # 基地管理公司、物业公司: kinds
                    and not any(x < b and a < y for x, y in blocked)):
                add(a, end, "enterprise-company-list", in_list=True)
    for match in (SHORT_COMPANY.finditer(text) if "公司" in text else ()):  # 与华为公司打造, 以黄开投公司为母体
        start = left_edge(text, match.end(), match.start(), blocked)
        if match.start() - start < 2:
            if text[max(0, start - 2) : start] in long_boundary_words():
                continue  # 从而使公司: a word of two characters ends where the name would start, and one is left
            start = before_cut(text, start, blocked)  # 与华为公司: 为 is part of the name
        after_zone = _after_a_bare_zone_word(text, start, match.start())  # 高新區建誠電子科技公司: the zone's firm
        by_zone, start = after_zone > start, after_zone
        prefix = text[start : match.start()]
        if (any(text[match.start() - k : match.end()] in everyday_words() for k in (1, 2)) or BRAND_ENDING.fullmatch(prefix)
                or "公司" in prefix  # 由公司或公司在…组建的子公司: "the company", twice
                or text.endswith(("一家", "两家"), 0, start)  # 成立一家供应链公司: a kind of company, counted
                or (len(prefix) >= 2 and prefix[-1] in "对向给把被让")  # 听取讲解员对公司…, 观摩团对公司…: "the company"
                or prefix.endswith(("使", "令"))  # 不仅打破了国外垄断，也使公司迅速抢占了…: "made the company", no name
                or (len(prefix) == 2 and prefix[1] == "新" and prefix[0] in "但而并该其这此的了在与和及将")  # 但新公司…设立后: "the new company"
                or (prefix.endswith("性") and len(prefix) >= 3)  # 高成长性公司, 综合性公司: a kind of company, described
                or (len(prefix) == 2 and prefix.endswith("业") and text.endswith("的", 0, start))  # 马丁的鞋业公司: his trade
                or _THIS_COMPANY.search(prefix)  # …的公告本公司及其董事会: "this company", the announcing one
                or prefix.endswith((*_KINDS_BY_OWNERSHIP, "区属", "市属", "省属", "县属", "新设", "新成立", "新注册",
                                    "新三板", "科创", "挂牌", "外国", "国外", "境外", "海外", "国内", "本土", "本地", "当地"))):
            continue  # 跨国公司, 子公司, 通信公司, (湖南省)上市公司, 各区属公司, 新设公司, 初创公司, 新三板公司, 外国公司: a kind of company
        # 北京中传未来投资公司, 曲水安凯投资公司: a place opens it (a city's or a county's)
        placed = place_or_county_at(text, start) is not None
        # 中国石油大庆炼化公司: a group's unit, named by the group, its place and its business; 国家电网天津市电力公司:
        # a known company's, by its name and its place
        known_placed = next((a for a, b, _, _ in enterprise_gazetteer().all(prefix)
                             for place in (place_at(prefix, b),) if place and len(prefix) - b - len(place) >= 2), None)
        if known_placed is not None and len(prefix) - known_placed <= 12:
            # (最终国家电网天津市电力公司: the words before the known name are no part of it)
            add(start + known_placed, match.end(), "enterprise-group-unit")
            continue
        grouped = len(prefix) > 4 and any(a == 0 for a, _, _, _ in group_gazetteer().all(prefix))
        # 平高集团电力检修公司, 罗普特科技集团大冶公司: a named group's company, by its business or its place
        of_a_group = GROUPS_COMPANY.fullmatch(prefix)
        if of_a_group and (of_a_group.group(1) in known or BRAND_AT_END.search(of_a_group.group(1)[:-2])):
            if _clean_left(text, start):
                add(start, match.end(), "enterprise-group-unit")
            continue
        if ((2 <= len(prefix) <= 4 or ((placed or grouped or (by_zone and BRAND_AT_END.search(prefix))) and len(prefix) <= 8))
                and (start > 0 or len(prefix) <= 4 or placed) and (by_zone or _clean_left(text, start))
                and not _UNITS.search(prefix)
                and not (prefix[-1] in "中里内上" and is_everyday(prefix[:-1], industry_labels))  # 在活动中|公司的凝聚力
                and is_name(prefix, known) and not is_everyday(prefix, industry_labels)):
            add(start, match.end(), "enterprise-group-unit" if grouped else "enterprise-company")
    for match in (_SITE.finditer(text) if any(w in text for w in ("厂区", "工厂", "基地", "分公司", "分行", "支行")) else ()):
        start = _sited_company(text, match.start(), blocked, known, industry_labels)  # 北汽福田潍坊厂区
        # 长城汽车重庆分公司, 中国工商银行深圳市分行: a branch, named as such
        if start is not None and match.group() in ("分公司", "分行", "支行"):
            found.append(Mention("Enterprise", start, match.end(), text[start : match.end()], text[start : match.end()],
                                 "enterprise-branch"))
        elif start is not None:  # 长城汽车重庆永川生产基地: every place before the site, the city's and its district's
            end = place_before(text, match.start())
            while start < end and (earlier := place_before(text, end)) < end and earlier - start >= 2:
                end = earlier
            add(start, end, "enterprise-sited")
    found.extend(_bank_branches(text, found))
    for match in (_PROFESSIONAL_FIRM.finditer(text) if "事务所" in text else ()):
        start = left_edge(text, match.end(), match.start(), blocked)  # 泰和泰律师事务所: a firm of lawyers or accountants
        qualified = PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 8), start)
        if qualified and qualified.end() == start:  # 北京京师（成都）律师事务所: the name goes on before its city
            before = left_edge(text, qualified.start(), qualified.start(), blocked)
            start = before if 2 <= qualified.start() - before <= 6 else start
        if match.start() - start >= 2 and not is_everyday(text[start : match.start()], industry_labels):
            add(start, match.end(), "enterprise-professional")
    for match in (_A_CITYS_BANK.finditer(text) if "农" in text or "村镇" in text else ()):
        start = place_before(text, match.start())  # 镇江农商行, 长沙农村商业银行: a city's bank, by its kind
        if start < match.start() and not any(m.start <= start < m.end for m in found):
            add(start, match.end(), "enterprise-bank")
    for match in (_PLACE_THEN_COMPANY.finditer(text) if "公司" in text else ()):
        # 中电光谷天津公司, 创新工场成都公司: a company's arm in a city, named by the company, the city and 公司
        start = _sited_company(text, match.start(), blocked, known, industry_labels)
        place = place_before(text, match.start())
        # (a list's 中科器武汉, read without its 公司, is this arm: replaced)
        without = [m for m in found if m.start == start and m.end == match.start()] if start is not None else []
        if start is None or any(m.start < match.end() and start < m.end for m in found if m not in without):
            continue
        brand = Mention("Enterprise", start, place, text[start:place], text[start:place], "enterprise-brand")
        surface = text[start : match.end()]
        found[:] = [m for m in found if m not in without]
        found.append(Mention("Enterprise", start, match.end(), surface, surface, "enterprise-branch",
                             extra={"unit_of": brand}))


def _described_and_titled_firms(candidates: _Candidates) -> None:
    """Firms described in a list of their kind (…的A、…的B), named with a person's title (A董事长…),
    regional headquarters, a firm's own teams and party bodies."""
    text, blocked, known, industry_labels = candidates.context
    add = candidates.add
    described = [match.span(1) for match in (_DESCRIBED_FIRM.finditer(text) if "的" in text and "企业" in text else ())
                 if not any(x < match.end(1) and match.start(1) < y for x, y in blocked)
                 and (match.group(1) in known or not is_described(match.group(1), industry_labels))
                 and not is_generic_enterprise(match.group(1)) and not _NOT_A_FIRMS_NAME.search(match.group(1))]
    for a, b in (described if len(described) >= 2 else ()):
        add(a, b, "enterprise-described")  # …的知名原创动漫企业两点十分，…的游戏开发企业铃空网络……: a roll of firms, each described
    titled = list(_TITLED_ITEM.finditer(text)) if _TITLE_WORD.search(text) else []
    for match in (titled if len(titled) >= 2 else ()):  # 依迅电子董事长付诚、斗鱼副总裁王岩、…等18位企业代表分别发言
        # 包括|烽火科技集团董事长, 顾波与|华工科技董事长: a long boundary word, or the joiner after the person leading the roll
        opening = cut_after_boundary(text, match.start(1), match.end(1), _long_words_and_with())
        end = match.end(1)
        lead = max((b for a, b, _, _ in known.all(text[opening:end]) if a == 0), default=0)
        if 2 <= lead < end - opening and not BRAND_AT_END.search(text, opening + lead, end) and place_at(
                text, opening + lead) is None:
            end = opening + lead  # 统信软件|华中生态合作总监: a known company, then its department
        name = text[opening:end]
        if (not any(x < end and opening < y for x, y in blocked) and name not in place_forms()
                and not is_everyday(name, industry_labels) and not _NOT_A_FIRMS_NAME.search(name)
                and not (name.endswith(("部", "处", "科", "室")) and is_everyday(name[:-1], industry_labels))):
            add(opening, end, "enterprise-titled", in_list=True)  # (not 智能孵化服务部总经理: a company's department)
    for match in (_REGIONAL_HEADQUARTERS.finditer(text) if "总部" in text else ()):
        start = left_edge(text, match.start(), match.start(), blocked)  # 金橙子中国研发总部在…开工建设
        # (启动其新兴市场中国总部: 其 and 该 point back to a company named before, whose headquarters it is)
        name = text[start : match.start()]
        if (2 <= len(name) <= 6 and _clean_left(text, start) and is_name(name, known) and name[0] not in "其该"
                and (name in known or not is_described(name, industry_labels)) and place_at(text, start) is None):
            add(start, match.start(), "enterprise-headquarters")
    # (read only where one of the bodies is written: 党 alone is in most zone pages, 党工委)
    for match in (_TEAMS_LISTED.finditer(text) if any(body in text for body in _FIRMS_OWN_BODIES) else ()):
        for item in _TEAM_ITEM.finditer(match.group()):  # 三一中阳代表队、科力远代表队、…
            a, b = match.start() + item.start(1), match.start() + item.end(1)
            if item.start() == 0:
                a = cut_after_boundary(text, a, b, boundary_words(), keep=2)
            if (not _NOT_A_FIRMS_TEAM.search(text, a, b) and place_or_county_at(text, a) != text[a:b]
                    and not any(x < b and a < y for x, y in blocked) and _could_be_company(text, a, b, known, industry_labels)):
                add(a, b, "enterprise-team", in_list=True)  # (not 益阳青创基地代表队, 高新区干职工代表队)


def _projects_and_factories(candidates: _Candidates) -> None:
    """Firms by their projects and clauses: a name opening one clause of a series whose others open with
    firms, land given, factories, invested and phased projects and their investors, one firm and a count
    (A等11家企业), factories listed by their numbers."""
    text, blocked, known, industry_labels = candidates.context
    found, add = candidates.found, candidates.add
    for start, end in _series_openers(text, found, blocked, known, industry_labels):
        add(start, end, "enterprise-series")
    for start, end in (_land_given(text, blocked, known, industry_labels) if "亩" in text else ()):
        add(start, end, "enterprise-land", in_list=True)
    for match in (_FACTORY_END.finditer(text) if "厂" in text else ()):  # 哈尔滨第二工具厂, 湖北专用汽车制造厂
        start = left_edge(text, match.end(), match.start(), blocked)
        place = place_at(text, start)
        if place and match.start() - start - len(place) >= 2 and not _NOT_A_FACTORY.search(text, start, match.end()):
            found.append(Mention("Enterprise", start, match.end(), text[start : match.end()], text[start : match.end()],
                                 "enterprise-factory"))
    for start, end in invested_projects(text, blocked, known, industry_labels):
        add(start, end, "enterprise-invested-project")
    legal_names = [m.surface for m in found if m.rule == "enterprise-legal-name"]
    for start, end in (phased_projects(text, blocked, known, industry_labels) if "项目" in text else ()):
        if any(start < m.start and m.end == end and m.rule == "enterprise-gazetteer" for m in found):
            continue  # 在|川发龙蟒20万吨/年…项目: the known name the project opens with is its investor
        if not any(text[start:end] in legal for legal in legal_names):  # 信邦年产…项目 beside 江阴信邦电子有限公司
            add(start, end, "enterprise-phased-project")
    for match in (_ONE_AND_A_COUNT.finditer(text) if "等" in text and "家" in text else ()):
        a, b = match.span(1)  # 江冶机电等11家企业获省著名商标奖励: the first of the firms counted names one
        if (not any(x < b and a < y for x, y in blocked) and _could_be_company(text, a, b, known, industry_labels)
                and not_only_a_place(text, a, b, industry_labels)):
            add(a, b, "enterprise-counted")
    for start, end in project_investors(text, blocked, known, industry_labels):
        add(start, end, "enterprise-project-list", in_list=True)
    numbered = list(NUMBERED_UNIT.finditer(text)) if "厂、" in text or "厂等" in text else []
    if len(numbered) >= 2:  # …、北海船厂、388厂、481厂等单位: factories listed by their numbers, beside numbered institutes
        for match in numbered:  # (add() takes a name with digits for a count: these are names by number)
            if match.group().endswith("厂") and not any(x < match.end() and match.start() < y for x, y in blocked):
                found.append(Mention("Enterprise", match.start(), match.end(), match.group(), match.group(),
                                     "enterprise-numbered", True))


def _brands_and_listings(candidates: _Candidates) -> None:
    """Firms by their brand endings and listings: a foreign firm acting in the zone, a stock code, brand
    names (…科技) a list vouches for, one firm after its rank and before a count, subsidiaries counted, a
    firm listed on a board or said to be one (A是一家…)."""
    text, blocked, known, industry_labels = candidates.context
    found, add = candidates.found, candidates.add
    for match in (_FOREIGN_ACTING.finditer(text) if _ACTING_IN_ZONE.search(text) else ()):
        # 美国花旗以并购形式入驻高新区, 日本瑞萨正式入驻, 携手美国莱姆纳投资…: a foreign company by its country
        a, b = match.span(2)
        if (not is_everyday(text[a:b], industry_labels) and text[a] not in _PLACE_PREPOSITIONS and text[a] != "等"  # 德国等地设立
                and place_at(text, a) is None and not any(x < b and a < y for x, y in blocked)):
            add(match.start(1), b, "enterprise-foreign")
    for match in (_STOCK_CODE.finditer(text) if "." in text or "代码" in text else ()):
        start = left_edge(text, match.start(), match.start(), blocked)  # 贵研铂业（600459.SH）: a listed company
        if match.start() - start < 2:  # 高新发展（000628.SZ）: a verb companies name themselves after (发展) cut it
            start = left_edge(text, match.start(), match.start(), blocked, words=_long_words_of_no_company())
        # (a listed name may be everyday words, 高新发展（000628.SZ）, where it opens its clause)
        if 2 <= match.start() - start <= 10 and (not is_everyday(text[start : match.start()], industry_labels) or (
                4 <= match.start() - start <= 6 and (start == 0 or text[start - 1] in "，。；：,;:"))):
            add(start, match.start(), "enterprise-stock-code")
    rejected = []
    for match in BRAND_ENDING.finditer(text):
        candidate = _brand_name(text, match, blocked, known, industry_labels)
        if (candidate is not None and BRAND_ENDING.fullmatch(text, candidate, match.start())
                and text[candidate : match.end()] not in known):
            candidate = None  # 亚洲蕞大的铝业集团——…: one ending before another names a kind of firm, none in particular
        if candidate is not None and match.group() == "集团" and text.endswith("率", 0, match.start()):
            candidate = None  # 总经理熊一江率集团及旗下子公司代表: a person "led the group" he heads, no group named
        if candidate is not None and _TITLED_PERSON.fullmatch(text, candidate, match.end()):
            candidate = None  # 校长丁烈云: an officer whose name ends as a brand may (…云), no company
        if candidate is not None:  # 0 too: a name opening the sentence
            # 华智机器股份公司: a joint-stock company written without 有限, its 公司 part of the name
            written_out = match.group() == "股份" and text.startswith("公司", match.end())
            # 固远晨通科技公司: the name is 固远晨通科技, written with its 公司, a form too
            add(candidate, match.end() + 2 * (written_out or text.startswith("公司", match.end())), "enterprise-brand")
        elif "、" in text[max(0, match.start() - 8) : match.start()]:
            rejected.append(match)
    for match in rejected:  # 重塑科技、治臻新能源、擎动科技瞄准…: the last of a list of companies
        candidate = _brand_name(text, match, blocked, known, industry_labels, after_peer=True)
        if candidate is not None and any(m.end == candidate - 1 and text[m.end] == "、" for m in found):
            add(candidate, match.end(), "enterprise-brand")
    for match in (_HEADED_ONE.finditer(text) if "企业" in text and "等" in text else ()):
        _add_if_a_name(text, match.span(1), blocked, industry_labels, add, "enterprise-headed-one")
    for match in (COUNTED_UNITS.finditer(text) if "子公司" in text else ()):
        # 一级子公司一家（国药工程）、二级子公司三家（国药器械、国控湖北、…）: a group's units, counted, then named
        taken = blocked + [(m.start, m.end) for m in found]
        for a, b in item_spans(match.group(1), match.start(1)):
            _add_if_a_name(text, (a, b), taken, industry_labels, add, "enterprise-counted-unit")
    for match in (_LISTED_ON_A_BOARD.finditer(text) if "上市" in text or "挂牌" in text else ()):
        _add_if_a_name(text, match.span(1), blocked, industry_labels, add, "enterprise-listed-on-a-board")
    for match in (_SAYS_IT_IS_A_FIRM.finditer(text) if "是一家" in text else ()):
        # 京山轻机是一家…的国际化智能装备制造企业: a sentence's subject, said to be a firm
        _add_if_a_name(text, match.span(1), blocked, industry_labels, add, "enterprise-said-a-firm")


def _kept(candidates: _Candidates) -> list[Mention]:
    """The mentions the passes found, each with its arm in a place where one is written (台积电（南京）),
    the longest of any that overlap, without public bodies, pointers (该公司) and former names."""
    text, *_ = candidates.context
    found = candidates.found
    for m in [m for m in found if m.rule not in ("enterprise-legal-name", "enterprise-branch")]:
        arm = _ARM_IN_PLACE.match(text, m.end)  # 台积电（南京）公司, 华天科技（昆山）: the company's arm there, as written
        if arm and (arm.group(1) in place_forms() or arm.group(1) == "中国"):
            surface = text[m.start : arm.end()]
            found.append(Mention("Enterprise", m.start, arm.end(), surface, surface, "enterprise-arm-in-place", m.in_list))
    found = [m for m in maximal(found) if m.rule == "enterprise-legal-name"
             or not (_among_public_bodies(text, m) or _PLACES_BUREAU.search(m.surface) or m.surface.startswith(_THIS)
                     or (m.surface.endswith("局") and _BUREAUS_HEAD.match(text, m.end))
                     or m.surface.endswith(("该", "其", "此")))]  # 将成为该|公司面向…: a pointer, no name
    if "原" in text or "前身" in text:  # …有限公司（原西门子光缆成都有限公司）: no firm of its own in a former name
        former = [match.span() for match in _FORMER_NAME.finditer(text)]
        found = [m for m in found if not any(a <= m.start < b for a, b in former)]
    return [_past_since(text, m) for m in found] if "以来" in text else found


# the ways the genre names a firm, read in this order (a later pass sees what the earlier ones found)
_PASSES = (_legal_names, _listed_firms, _represented_firms, _quoted_and_headed_firms, _acting_firms, _units_and_bodies,
           _described_and_titled_firms, _projects_and_factories, _brands_and_listings)


_FORMER_NAME = re.compile(r"[（(](?:原|曾用名|前身为|前身是)[^（()）]{2,40}[）)]")


# the rest of a clause that 自 opens as "since": 自创明新能源总部项目签约以来
_SINCE_AFTER = re.compile(r"[^，。；！？]*?以来")


def _past_since(text: str, mention: Mention) -> Mention:
    """The mention without the 自 of 自…以来 ("since …") opening its clause: 自创明新能源总部项目签约以来 names
    创明新能源 (自贡 and other names opening with 自 stand in clauses with no 以来)."""
    start = mention.start
    if (text.startswith("自", start) and mention.end - start >= 4 and (start == 0 or not NAME_CHAR.match(text[start - 1]))
            and _SINCE_AFTER.match(text, mention.end)):
        surface = text[start + 1 : mention.end]
        name = surface if mention.name == mention.surface else mention.name
        return replace(mention, start=start + 1, surface=surface, name=name)
    return mention


_THIS = ("这是", "这一", "这个", "这些", "那些")  # 这是成都第6家科创板挂牌上市企业: a clause, no name


def _add_if_a_name(text: str, span: tuple[int, int], blocked: list[tuple[int, int]], industry_labels: frozenset[str],
                   add, rule: str) -> None:
    """Add the words at ``span`` as a company found by ``rule`` where they can be a company's name: not
    taken, no place alone, no pointer, no everyday words, no boundary word inside."""
    a, b = span
    name = text[a:b]
    if (not any(x < b and a < y for x, y in blocked) and place_at(name, 0) != name and not _POINTING.match(name)
            and not _PERSONS_PRONOUN.search(name)  # 称他们是一家美国咨询公司: "said they are", no name
            and not is_everyday(name, industry_labels) and cut_after_boundary(text, a, b, boundary_words(), keep=0) == a):
        add(a, b, rule)


_PERSONS_PRONOUN = re.compile(r"[他她它我你咱]们?$")


# a group's units by their tier, counted, then named in brackets: 二级子公司三家（国药器械、国控湖北、国药医工总院武汉分院）
COUNTED_UNITS = re.compile(rf"(?:[一二三四五]级|全资|控股)?子公司[{NUMERAL}\d]+家[（(]([^（）()，。；]{{2,80}})[）)]")


# one company after the kind of company it is, then 等 and a count: 煤电产业链链主企业华源热电等5家…企业
_HEADED_ONE = re.compile(rf"(?:骨干|领军|链主|头部|龙头|重点)企业([{HAN}A-Za-z]{{2,8}}?)(?=等\s*[\d{NUMERAL}]+\s*家)")
# a company opening a clause, then its listing on a board: 武汉蓝电在北交所顺利上市
_LISTED_ON_A_BOARD = re.compile(
    rf"(?:^|(?<=[，。；：]))([{HAN}A-Za-z]{{2,8}}?)(?:在|于|登陆|登录)(?:上海证券交易所|深圳证券交易所|北京证券交易所|北交所|上交所|深交所|港交所|"
    rf"科创板|创业板|主板|新三板|纳斯达克|纽交所)[^，。；]{{0,12}}?(?:上市|挂牌)")
# a name opening a sentence or clause, then 是一家 … a kind of firm (not 该公司是一家…, a pointer)
_SAYS_IT_IS_A_FIRM = re.compile(r"(?:^|(?<=[，。；：]))([\u4e00-\u9fffA-Za-z]{2,8}?)(?:公司|集团)?(?:原|本|也|曾|仍|则)?是一家"
                                r"[^，。；]{0,30}?(?:企业|公司|供应商|制造商|生产商|厂商|服务商)")
_POINTING = re.compile(r"[该这那此其我]|本(?:公司|企业|集团)|公司|企业|集团")  # (not 本田, 本钢)


# not 奇瑞（鄂尔多斯）智能网联汽车产业园, 百度（青岛）智创基地: the company's park or base there is the company's
_ARM_IN_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)](?:公司|(?=[、，。；,;等和与]|$))")


@lru_cache(maxsize=None)
def _words_of_three_or_more() -> tuple[str, ...]:
    return tuple(w for w in long_boundary_words() if len(w) >= 3)


def _before_everyday_words(text: str, start: int, bounded: list[tuple[int, int]]) -> int:
    """Where a legal name starts when the words cut off before its ending were everyday ones: the
    name goes on before the cut (江苏德和|生物科技), and past 企业 when that is its business (西安瑞硕企业|管理),
    or past a longer boundary word that is its business (新疆高新人才运营|管理)."""
    # (not past a longer word's last character: 分别为|东风汽车集团股份有限公司)
    longer = any(text.endswith(w, 0, start) for w in _words_of_three_or_more())
    cut = start if longer else before_cut(text, start, bounded)
    if cut == start:
        word = next((w for w in _COMPANY_NAME_WORDS if text.endswith(w, 0, start)), "")
        before = left_edge(text, start - len(word), start - len(word), bounded) if word else start
        cut = before if start - len(word) - before >= 2 else start
    start = cut
    if text.endswith("企业", 0, start):
        before = left_edge(text, start - 2, start - 2, bounded)
        start = before if start - 2 - before >= 2 else start
    return start


_PUBLIC_BODY = re.compile(r"(?:局|厅|海关|政府|委员会|管委会|法院|检察院)$")
_CLAUSE_MARK = re.compile(r"[，。；：,;:]")
# a bureau's head after its name: 高新区党工委委员、招商局局长李仲飞 (招商局 the zone's bureau, not the group)
_BUREAUS_HEAD = re.compile(r"(?:常务)?副?局长")
# a government bureau named by its place: 沈阳市科技局, 浙江省商务厅 (招商局 alone stays a company's name)
_PLACES_BUREAU = re.compile(r"[省市区县][\u4e00-\u9fff]{1,8}(?:局|厅)$")


def _among_public_bodies(text: str, mention: Mention) -> bool:
    """Whether a name stands in a list of public bodies (设有财政局、招商局、…、保税公司、银行等机构):
    招商局 is the bureau there, and 保税公司 a kind of office, not a company's name."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, mention.start)), default=0)
    end_match = _CLAUSE_MARK.search(text, mention.end)
    items = text[start : end_match.start() if end_match else len(text)].split("、")
    return len(items) >= 3 and sum(bool(_PUBLIC_BODY.search(item)) for item in items) >= 2


# 公司 after a city, no word of a legal name before it (…有限公司, 分公司, 子公司): a company's arm there
_PLACE_THEN_COMPANY = re.compile(r"(?<![有限分子总母])公司")
# a company's site in a city: 北汽福田潍坊厂区, 索菲亚黄冈基地, 丰田苏州工厂
_SITE = re.compile(r"(?:厂区|工厂|生产基地|基地|分公司|分行|支行)")
# a firm named right after its description, a comma or a list mark after it: …的知名原创动漫企业两点十分，
_DESCRIBED_FIRM = re.compile(rf"的[^，。；、]{{2,24}}?企业([{HAN}A-Za-z0-9]{{2,6}}?)(?=[，。；、…]|$)")
# a body's name ending before a joiner, inside what a legal name's left edge took in
# (or a city's, a government's or an institute's short name before 与: 武汉市与小米科技有限责任公司, 武汉院与中材节能…)
_JOINER_AFTER_A_BODY = re.compile(r"(?:(?<=学会|协会|商会|大学|学院|集团|公司|中心|医院|银行)|(?<=研究院|研究所|委员会))[和与及]"
                                  r"|(?<=[市省县院局厅府])与")
# what the firms a list ends in made, after it: …等…170家企业的340项最新创新成果
_FIRMS_WORK_AFTER = re.compile(r"的[^，。；]{0,12}?(?:成果|产品|技术|专利|发明)")
_KINDS_OF_SERVICE = ("管理", "物业", "服务", "餐饮", "保洁", "安保", "运营", "咨询", "招商", "法人")  # (基地管理公司, 招商公司, 基金法人公司: kinds of company)
_TIERS = re.compile(r"[一二三四五六七八九十两多]级")  # 三级党建网络, 四级联动体系
# a firm named before its officer's title and name, in a list of such: 依迅电子董事长付诚、斗鱼副总裁王岩、…
_FIRM_TITLES = (r"(?:常务)?(?:副)?(?:董事长|总经理|总裁)|首席[\u4e00-\u9fff]{1,4}官|(?:运营|技术|财务)?总监|总助|创始人|CEO")
_TITLE_WORD = re.compile(r"董事长|总经理|总裁|总监|总助|创始人|CEO|首席")
_TITLED_ITEM = re.compile(rf"(?:^|(?<=[、，：:]))([\u4e00-\u9fffA-Za-z0-9]{{2,10}}?)(?:{_FIRM_TITLES})([\u4e00-\u9fff]{{2,3}})(?=[、，等])")
_KIND_OF_FIRM_BEFORE = re.compile(r"(?:[台港澳外日韩美欧德法英侨]资|中外合资|合资|独资|民营|国有|台属)企业|[台港澳外]企(?!业)")
_NOT_A_FIRMS_NAME = re.compile(r"的|之一|数量|总数|达到|超过|\d|[一二三四五六七八九十百千万]+[家个户名余多]")  # (两点十分 is a name)
# a company's headquarters for a region: 金橙子中国研发总部, 艾多美中国总部, 罗格朗华东总部
_REGIONAL_HEADQUARTERS = re.compile(r"(?:中国|亚太|全球|[川渝陕鄂湘苏浙粤闽赣皖鲁豫冀晋辽吉黑滇黔桂]?(?:华东|华南|华北|华中|西南|西北|东北)|国际)"
                                    r"(?:区域)?(?:研发|运营|结算|销售|制造)?总部")  # (金螳螂川西南总部: 川西南's)


# a bank's sub-branch, named after its bank and, when it sits under one, the bank's branch for a city:
# 杭州银行科技支行, 兴业银行武汉自贸区支行, 中国工商银行兰州分行城关支行
# (or the bank by its short form in the press, its 行 alone after its initial: 建行高新大道支行)
_BANK_BRANCH = re.compile(rf"(?:银行|(?<=[{SHORT_BANK_INITIALS}])行)((?:(?!银行)[{HAN}]){{2,6}}?分行)?((?:(?![分支]行|银行)[{HAN}]){{2,8}}?支行)")


# a firm of professionals by its kind (北京京师（成都）律师事务所, …会计师事务所): a company, where 事务所 alone ends none
_PROFESSIONAL_FIRM = re.compile(r"(?:律师|会计师|税务师|专利代理|资产评估|知识产权代理)事务所")
# a city's bank by its kind after the city (镇江农商行, 长沙农村商业银行), not its branch (…支行, read by _bank_branches)
_A_CITYS_BANK = re.compile(r"(?:农村商业银行|农商银行|农商行|村镇银行|农村信用合作联社|农村信用社|农信社)(?![分支]行)")


def _bank_branches(text: str, found: list[Mention]) -> list[Mention]:
    """Each sub-branch of a bank the text names (a known bank, or one named after its city: 杭州银行,
    长沙农商银行) as a company of its own, its parent the bank's city branch or the bank (entities/registry.py
    reads ``unit_of``)."""
    out = []
    for match in (_BANK_BRANCH.finditer(text) if "支行" in text else ()):
        bank_end = match.start() + (2 if text.startswith("银行", match.start()) else 1)
        known = next((m for m in found if m.end == bank_end and m.rule == "enterprise-gazetteer"), None)
        if known is not None:
            bank = known
        else:
            city_end = match.start() - next((len(w) for w in ("农村商业", "农商") if text.endswith(w, 0, match.start())), 0)
            start = place_before(text, city_end)
            if start == city_end or (start > 0 and NAME_CHAR.match(text[start - 1]) and place_before(text, start) == start):
                continue  # (no city's bank: 商业银行科技支行, 该银行…支行)
            bank = Mention("Enterprise", start, bank_end, text[start:bank_end], text[start:bank_end], "enterprise-bank")
        parent = bank
        if match.group(1):  # 中国工商银行兰州分行|城关支行: the city branch, under the bank
            surface = text[bank.start : match.end(1)]
            parent = Mention("Enterprise", bank.start, match.end(1), surface, surface, "enterprise-branch",
                             extra={"unit_of": bank})
        surface = text[bank.start : match.end()]
        out.append(Mention("Enterprise", bank.start, match.end(), surface, surface, "enterprise-branch",
                           extra={"unit_of": parent}))
    return out


# a verb of putting or moving something into a site, or of raising or rebuilding the site, ending the words before the site's place
_MOVED_INTO = re.compile(r"(?:投入|投放|迁入|迁往|迁至|搬至|转移至|转移到|进驻|入驻|落户|升格|升级|扩建|改造)$")


def _sited_company(text: str, site: int, blocked: list[tuple[int, int]], known: Gazetteer[str],
                   industry_labels: frozenset[str]) -> int | None:
    """Where the company of a site named ``<company><city><site>`` starts, if it is one: two to six
    characters after a boundary word, no place, sector or everyday phrase."""
    end = place_before(text, site)
    if end == site:
        return None
    start = left_edge(text, end, end, blocked)
    # 送往长城汽车荆门分公司, 服务好长城汽车…: a known company ending before the place starts the name
    whole = [a for a, b, _, _ in known.all(text[start:end]) if b == end - start]
    inside = 0 if 0 in whole else min((a for a in whole if a > 0), default=0)  # (中国工商银行, not its 工商银行)
    start += inside
    name = text[start:end]
    if (not 2 <= len(name) <= 6 or not (inside or _clean_left(text, start))
            or any(overlaps((start, end), span) for span in blocked)):
        return None
    if name in short_places() or (name not in known and is_everyday(name, industry_labels)) or is_generic_enterprise(name):
        return None
    if name not in known and _MOVED_INTO.search(name):
        return None  # 将新车型投入|肇庆基地生产: what is put or moved into the site, then the verb
    if not inside and any(b == start - max(0, start - 8) for _, b, _, _ in known.all(text[max(0, start - 8) : start])):
        return None  # 美的微波炉佛山顺德工厂: a known company, then its product, names the site
    return start


def _series_openers(text: str, found: list[Mention], blocked: list[tuple[int, int]], known: Gazetteer[str],
                    industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """Brand-style names opening the clauses of a series whose other clauses open with companies:
    …；歌尔集团进入…；盛瑞传动研发的…；天瑞重工磁悬浮产品被列入… (天瑞重工 is a company as its peers are)."""
    starts = [0] + [m.end() for m in re.finditer("；", text)]
    if len(starts) < 3:
        return []
    # (其中，力神电池总投资…；捷德航空致力于…: the series' first clause after its opening word)
    starts = [opening.end() if (opening := _SERIES_OPENING.match(text, a)) else a for a in starts]
    openers = [a for a in starts if any(m.start == a for m in found)]
    if not openers:
        return []
    names = []
    for a in starts:
        if a in openers:
            continue
        for ending in BRAND_ENDING.finditer(text, a + 2, min(len(text), a + 8)):
            if ending.start() - a <= 4 and left_edge(text, ending.end(), ending.start(), blocked) == a:
                prefix = text[a : ending.start()]
                if is_name(prefix, known) and not is_everyday(prefix, industry_labels) and not _UNITS.search(prefix):
                    names.append((a, ending.end()))
                break
        else:  # 长城华冠建设…, 易泰博建设…: a name of no brand ending, then what the company builds
            built = _NAME_THEN_BUILDING.match(text, a)
            name = built.group(1) if built else ""
            if (built and not any(x < a + len(name) and a < y for x, y in blocked) and is_name(name, known)
                    and not is_everyday(name, industry_labels) and not _UNITS.search(name) and place_at(text, a) is None):
                names.append((a, a + len(name)))
    return names if len(openers) + len(names) >= 3 else []


# a factory named by its place, maybe a number, and what it makes (a state firm's name): 哈尔滨电表厂, 峨眉半导体材料厂
_FACTORY_END = re.compile(r"(?<![工电水建设办])厂(?![区房长家商])")
_NOT_A_FACTORY = re.compile(r"处理|水厂|晶圆厂|[的在是和与及、\d]|公司|工业园|产业园")  # 德州仪器…成都晶圆厂: a firm's plant named by its city
# a short name in bare brackets after a legal name: 长沙宇顺触控技术有限公司（宇顺触控）
_BARE_SHORT = re.compile(rf"（([{HAN}]{{2,6}})）")


# what a listed company's notice declares it will call the company (…股份有限公司（以下简称“公司”）): a word
# everywhere else, so read for the company only before its subsidiaries (relations/coreference.py)
THE_COMPANY = ("公司", "本公司")


def _declared_short_names(text: str, end: int, legal_name: str) -> list[tuple[int, int]]:
    """Where the short names a text declares right after a legal name stand: …建筑材料有限公司（以下简称“东方
    雨虹”）, or a bare bracket holding the legal name's characters in order (长沙宇顺触控技术有限公司（宇顺触控）;
    not its place, （北京）, nor a word about it, （集团）, （筹）)."""
    short = SHORT_FORM.match(text, end)
    if short is not None:
        return [short.span(group) for group in (1, 2)
                if short.group(group) and (declarable(short.group(group)) or short.group(group) in THE_COMPANY)]
    bare = _BARE_SHORT.match(text, end)
    if bare is None or bare.group(1) in place_forms() or not declarable(bare.group(1)):
        return []
    rest = iter(legal_name[len(place_at(legal_name, 0) or "") :])
    return [bare.span(1)] if all(char in rest for char in bare.group(1)) else []


_SERIES_OPENING = re.compile(r"(?:其中|此外|同时|另外)，")
# a company's name (three to six characters), then what it builds or invests in
_NAME_THEN_BUILDING = re.compile(rf"([{HAN}A-Za-z]{{3,6}}?)(?=致力于建设|建设|总投资|投资建设|新建|打造)")


# the land a zone gives its firms, each by its short name and its acres: 分别为明坤二期135亩，金池二期15亩，鸿亮80亩，…
_LAND_OPENING = re.compile(r"分别(?:为|是)|包括|其中")
_LAND_ITEM = re.compile(rf"([{HAN}A-Za-z]{{2,8}}?)(?:[一二三四五六七八九十]期)?\d+(?:\.\d+)?亩[，、；]?")


def _land_given(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The firms a list of land grants names (分别为明坤二期135亩，…，起帆电缆400亩): three items or more in a
    row after its opening word, each a name and its acres."""
    names = []
    for opening in _LAND_OPENING.finditer(text):
        at, items = opening.end(), []
        while (item := _LAND_ITEM.match(text, at)) is not None:
            items.append(item.span(1))
            at = item.end()
        if len(items) < 3:
            continue
        names.extend((a, b) for a, b in items
                     if not any(x < b and a < y for x, y in blocked) and is_name(text[a:b], known)
                     and not is_everyday(text[a:b], industry_labels) and place_at(text, a) is None
                     and not text[a:b].endswith(("用地", "土地", "面积", "项目")) and not _LAND_OPENING.search(text, a, b))
    return sorted(set(names))


# what the sentence says of a name that only a company is: …是全国最大的轮速传感器供应商, …苏北首家科创板上市
_SAID_TO_BE_A_COMPANY = re.compile(
    rf"(?:是|成为)[^，。；]{{0,20}}?(?:企业|供应商|制造商|生产商|公司|厂商)|[{HAN}]{{0,4}}首家[^，。；]{{0,8}}?上市"
)


_GIVING_STRENGTH = ("注入", "增添", "提供", "带来", "激发", "汇聚", "凝聚", "释放", "积蓄", "增强", "增进")
_DRUG_FORMS = ("颗粒", "胶囊", "口服液", "注射液", "片剂", "软膏", "滴丸", "冲剂")
# a stake held, no company: 参与企业各方占相应股份, 持有…股份
_A_STAKE_BEFORE = re.compile(r"(?:占|持有|持|认购|相应|部分|全部)$")
_KINDS_OF_STRENGTH = ("内生", "内在", "强劲", "澎湃", "不竭", "持久", "持续")  # …创新发展的内生动力: a kind of strength


_FAME = re.compile(r"著名|知名|最大|最强|领先|一流|老牌")
_ONE_AFTER_ANOTHER = re.compile(r"一(.)\1")  # 一组组, 一张张, 一件件: a measure word doubled
_MACHINE_AT_END = re.compile(r"[机器仪泵阀]$")  # 密炼机, 硫化机, 电容器: a machine or a device, a product


def _all_machines(names: list[str], known: Gazetteer[str]) -> bool:
    """Whether every name is a machine's or a device's, none known and none closed by a brand ending
    (密炼机、硫化机, not 格力电器): products a list names, no firms."""
    return all(_MACHINE_AT_END.search(name) and name not in known and not BRAND_AT_END.search(name) for name in names)


# the next item of a list, a sector (…、夹江陶瓷产业、): the list is of sectors
_SECTOR_PEER_AFTER = re.compile(r"、[^、，。；]{2,10}?(?:产业|行业)(?=[、等和及之，。；])")
# a company's verb of making, then 的, before a product written like a brand (…研发的|胃镜机器人)
_MADE_BY_BEFORE = re.compile(r"(?:研发|研制|生产|推出|开发|制造)的$")


@lru_cache(maxsize=None)
def _zones_funds() -> re.Pattern[str]:
    """A zone's own investment firms, named by its short name or nickname (光谷, 张江: words to the brand rules) and a
    finance house's short ending (光谷金控, 光谷产投)."""
    forms = sorted({form for zone in zones() for form in zone.short_names if not form.endswith(("区", "园", "城"))},
                   key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + ")(?:金控|产投)")


def _brand_name(text: str, ending: re.Match, blocked: list[tuple[int, int]], known: Gazetteer[str],
                industry_labels: frozenset[str], after_peer: bool = False) -> int | None:
    """Where a brand-style name (潍柴动力, 力创科技, 歌尔集团) ending at ``ending`` starts, if it is one.

    Strong endings (集团, 股份, 控股) name a company wherever they stand. Weak ones (科技, 电子 …)
    also end ordinary phrases (提高环保, 万元科技), so the name must stand alone: its left edge at
    punctuation or a boundary word, two to four characters before the ending, and an action or a
    list mark after it (获评, 入选, 牵头, 、, 等 …) — or, ``after_peer``, a company just before it in
    a list.
    """
    start = left_edge(text, ending.end(), ending.start(), blocked)
    called = text.rfind("公司", start, ending.start() - 2)
    if called >= 0 and ending.start() - (called + 2) >= 2 and not is_everyday(text[called + 2 : ending.start()], industry_labels):
        start = called + 2  # 法国最大的体外诊断公司梅里埃集团: the name after the kind of company it is (not …公司投资控股的)
    if text.startswith("有", start) and ending.start() - start >= 3 and (
            start == 0 or not NAME_CHAR.match(text[start - 1]) or _LIST_MARK_AFTER.match(text, ending.end())):
        start += 1  # 其中，有驰腾科技、…, 兽药企业有永健生物、澳龙生物: the verb, not the name's (有研科技 is known)
    start = _after_a_bare_zone_word(text, start, ending.start() - 2, words=_BARE_ZONE_OPENING)  # 已为园区|麦穗科技
    prefix = text[start : ending.start()]
    headed = prefix.startswith("项目") and len(prefix) >= 4 and text[start:ending.end()] not in known
    if headed:
        start, prefix = start + 2, prefix[2:]  # 新增签约项目华禧生物、宏怡电子等16个: the head noun, then the names
    placed = (place_at(prefix, 0) if len(prefix) > 4 and ending.group(0) not in STRONG_ENDINGS
              and not _GOVERNMENT_WORD.search(prefix) else None)  # 无锡|亘芯悦|科技: a city, then the brand (two to four)
    if not 2 <= len(prefix) - (len(placed) if placed else 0) <= (6 if ending.group(0) in STRONG_ENDINGS else 4):
        return None
    if prefix.endswith("公司") and prefix not in known:
        return None  # 公司控股子公司…: "the company" holding its unit, no company 公司控股
    if text.startswith("城", ending.end()) and text[start : ending.end()] not in known:
        return None  # 光谷南科技城, 中关村电子城, 汽车城: a town named after a trade, no company
    if prefix.endswith(("市", "省", "县")) or any(w in prefix for w in _CLAUSE_WORDS) or "领导" in prefix:
        return None  # 南宁市科技与产业融合: a place's; 创新才有动力: a clause; 市领导凌云: a person after his office
    if "着" in prefix[1:] and prefix not in known:
        return None  # 主要承载着高科技研发与生产: a verb and its particle, no company
    if prefix in _REGIONS:
        return None  # 定位“长三角生物与生命科技产业高地”: a region's field, no company
    if _SECTOR_PEER_AFTER.match(text, ending.end()) and text[start : ending.end()] not in known:
        return None  # 继广汉油气装备、夹江陶瓷产业、…之后: a place's sector among its peers, no company
    if _MADE_BY_BEFORE.search(text, max(0, start - 4), start) and text[start : ending.end()] not in known:
        return None  # 安翰科技研发的胃镜机器人: a product of the company named before it
    if prefix[0] == prefix[1] and prefix not in known:
        return None  # 处处有光伏、家家用光伏、人人享光伏: a slogan
    if _TIERS.match(prefix) and prefix not in known:
        return None  # 企业党组织三级党建网络: how many tiers a system has, no company
    if prefix.endswith("性") and prefix not in known:
        return None  # 功能性食品研发, 布局柔性电子等未来产业: a kind of product or field, no company
    if ending.group(0) == "动力" and (text.endswith(_GIVING_STRENGTH, 0, start) or prefix.startswith(_GIVING_STRENGTH)
                                      or prefix in _KINDS_OF_STRENGTH
                                      or prefix[-1] in "带推驱拉") and prefix not in known:
        return None  # 为高质量发展注入澎湃新动力: strength given; 辐射带动力, 推动力: a driving force, no company
    if ending.group(0) == "医药" and _MEDICINE_AS_A_FIELD.match(text, ending.end()) and prefix not in known:
        return None  # 小分子医药研发, 万泽珠海医药研发及产业化基地: medicine as a field of work, no brand
    if text.endswith("等", 0, start) and prefix not in known:
        return None  # 检测分子蛋白质组、…、肌骨系统等表型数据: the kind a list ends in, no company
    if _THINGS_AFTER.match(text, ending.end()) and prefix not in known:
        return None  # 配备AGV无人运输系统、智能分梳机器人等先进设备: equipment, no company
    if (_THING_BEFORE.search(text, max(0, start - 12), start) or _THING_AFTER.match(text, ending.end())) and prefix not in known:
        return None  # 引进海水淡化设备、船舶压载水设备、水下机器人、…: an item of a list of things, no company
    if (prefix.endswith("式") or prefix in _KINDS_OF_USE) and prefix not in known:
        return None  # 分布式光伏、户用光伏、集中式光伏三大类型…: kinds of a product, no company
    if text.startswith("之一", ending.end()) and prefix not in known:
        return None  # 全市最具核心竞争力的国有资本集团之一: one of a kind of group, no name
    if text.endswith("以", 0, start) and _A_WAY_IN_AFTER.match(text, ending.end()) and prefix not in known:
        return None  # 以消防机器人为切入点进入特种机器人领域: a product as a way in, 以海洋高科技为主的: a field, no company
    if _RANKED_KIND.search(prefix):
        return None  # 均来自我国十大军工集团: a kind of company, counted, no name
    if _FAME.search(prefix) and prefix not in known:
        return None  # 乐敦制药株式会社是日本著名制药公司: what the company is famed as, no name
    if _ONE_AFTER_ANOTHER.match(prefix):
        return None  # 以一组组数据、一张张图片…展示: things one after another, no company
    if _PROVIDED_BEFORE.search(text, max(0, start - 60), start) and _SERVICES_AFTER.match(text, ending.end()) and prefix not in known:
        return None  # 为入园企业…提供道路管网、土方平整、杆线迁移、临时水电气等前期服务工作: services, no company
    if (ending.group(0) in STRONG_ENDINGS and text.startswith("公司", ending.end()) and prefix not in known
            and is_everyday(prefix, industry_labels)):
        return None  # 是中央企业中唯一的投资控股公司: a kind of company, no name
    if ending.group(0) == "股份" and _A_STAKE_BEFORE.search(prefix) and prefix not in known:
        return None  # 参与企业各方占相应股份: the stake each holds, no company
    if ending.group(0) == "控股" and (text.startswith("子公司", ending.end())
                                      or (text.startswith("的", ending.end())
                                          and (BRAND_AT_END.search(prefix) or _GOVERNMENT_BODY.search(prefix)))):
        # 杉杉股份控股的湖南杉杉能源…, 中国华电集团控股子公司华电新能源…, 管委会控股的…国企: a stake in a company (控股 a verb)
        return None
    held = next((i for i in range(start + 2, ending.start()) if text[i : ending.end()] in known), None)
    if held is not None and is_everyday(text[start:held], industry_labels):
        return None  # 肩负振兴彩虹集团重任: a known company (彩虹集团) after everyday words, found by its own name
    if ending.group(0) in STRONG_ENDINGS:
        qualified = PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 8), start)
        if qualified and qualified.end() == start and start == ending.start() - len(prefix):
            before = left_edge(text, qualified.start(), qualified.start(), blocked)
            if 2 <= qualified.start() - before <= 4:
                return before  # 中色（宁夏）东方集团: the name goes on before the place
    if _UNITS.search(prefix) or (start > 0 and text[start - 1] in "0123456789（(/／") or not is_name(prefix, known):
        return None
    if ending.group(0) in STRONG_ENDINGS:
        return start
    if _MANY.match(prefix):
        return None  # 更多科技, 一大批科技项目, 这一新能源项目, 上游原材料: things counted, pointed at or in a chain
    said = _SAID_TO_BE_A_COMPANY.match(text, ending.end())  # 大陆汽车电子是全国最大的…供应商
    if not (headed or _clean_left(text, start)) or not (after_peer or said or _AFTER_NAME.match(text, ending.end())):
        return None
    if is_described(prefix, industry_labels) and not said:
        return None  # 质子医疗, 无线网络, 集成电路材料, 抛光材料, 不竭动力: a description, not a brand
    name = text[start : ending.end()]
    if not said and any(name.endswith(label) and len(label) > len(ending.group(0))
                        for label in _labels_ending_with(industry_labels).get(name[-1], ())):
        return None  # 主攻现代家居, 聚焦人工智能: a verb and an industry
    if not said and _SECTORS_ROLE_AFTER.match(text, ending.end()):
        return None  # 以光固化新材料、新型化工中间体…为重点的…产业体系: sectors given a role, not companies
    if not said and _FOCUSED_BEFORE.search(text, max(0, start - 30), start) and any(
            name.endswith(label) for label in _labels_ending_with(industry_labels).get(name[-1], ())):
        return None  # 聚焦铝基新材料、输变电装备制造: sectors the zone focuses on, in a list a verb opens
    return start


# (or the field a list of sectors is mainly in: 以海洋高科技为主的风电、潮汐、海洋工程等领域)
_A_WAY_IN_AFTER = re.compile(r"为(?:切入点|突破口|抓手|主攻方向|方向|主线|载体|主的)")
# a role given to what a list names, up to the clause's end: …为重点的精细化工新材料产业体系
_SECTORS_ROLE_AFTER = re.compile(r"[^，。；：]{0,30}?为(?:重点|主导|主体|支撑|特色|核心)的[^，。；]{0,16}?(?:产业|体系)")
# (not 沃华医药研发生产的“脑血疏”: a company doing research)
# (技术 only where the list ends there: 等先进技术，; not 等高新技术企业)
# (…、消防机器人、履带排爆机器人、…等多款工业智能化产品: the items after it too, up to the list's head)
# (not …、宇海精密等智慧装备、电子信息企业: the head goes on to the firms of those sectors)
_THINGS_AFTER = re.compile(r"(?:、[^、，。；]{1,12})*等[^，。；]{0,8}?(?:设备|装备|产品|仪器|器械|系统|技术(?=[，。；）)]|$))"
                           r"(?![^，。；]{0,12}?(?:企业|公司))")
# a list item next to one that is a thing (…船舶压载水设备、水下机器人、…、海洋能装备、基于北斗的…监测系统等)
_THING_ENDS = r"(?:设备|仪器|器械|系统|产品|浮标|整机)"
_THING_BEFORE = re.compile(rf"{_THING_ENDS}、$")
_THING_AFTER = re.compile(rf"、[^、，。；]{{1,20}}?{_THING_ENDS}(?=[、等])")
# a list of what is provided, up to its kind of service: 提供道路管网、土方平整、杆线迁移、临时水电气等前期服务工作
_PROVIDED_BEFORE = re.compile(r"提供(?:[^，。；、]{2,10}、)*$")
_SERVICES_AFTER = re.compile(r"(?:、[^，。；、]{2,10})*等[^，。；]{0,6}?(?:服务|工作|保障)")
# regions of several provinces, named before a field: no brand's own part (长三角生物)
_REGIONS = frozenset({"长三角", "珠三角", "京津冀", "大湾区", "粤港澳", "成渝", "长江经济带"})  # (not 华北, 东北: 华北制药, 东北制药)
# what a product is for, before its brand-like name: 户用光伏, 家用机器人 (kinds of the product, no company)
_KINDS_OF_USE = frozenset({"户用", "家用", "商用", "民用", "车用", "医用", "工业用"})
_MEDICINE_AS_A_FIELD = re.compile(r"(?:研发|研究)(?:及|和|与|基地|中心|平台|[”\"、，。]|$)|产业|行业|领域")
# "this company" after the words before it (公告|本公司), not 红杉资本公司 nor 日本公司
_THIS_COMPANY = re.compile(r"(?<![资日成基根版样剧文])本$")
# things counted or pointed at (更多科技, 这一新能源项目), or over a whole chain (…检测报告等全链条数据), not a brand
_MANY = re.compile(r"更多|众多|诸多|许多|大批|一大?批|这|那[一个些]|该|此|[上中下]游|全(?:链条|流程|过程|产业链|生命周期|方位)")
_DISTRICT_OPENING = re.compile(rf"[{HAN}]{{2,3}}[区县]")
_SUPPLYING_VERB = re.compile(r"配套(?=[\u4e00-\u9fffA-Za-z]{2})")
# the adverbs before 配套 as a verb of supplying customers (主要配套三星、华为…): relations/hosting.py reads
# the companies after them as customers
SUPPLY_ADVERBS = ("主要", "直接", "长期", "批量", "已", "为")
# a list item that describes rather than names: a demonstrative or a degree opening it
_DESCRIBING_ITEM = re.compile(r"这一|这个|这些|该|极具|颇具|最具|富有|从[\u4e00-\u9fff]{1,6}到")  # 从硬件生产到软件(研发的): a span
_THIS_TIME = re.compile(r"此次|本次|这次")
# a list closed by what its firms make or their being related (等生产企业, 等相关创新型企业): kinds of firm, no names
_KINDS_TAIL = re.compile(r"等(?:相关|生产|加工|制造)[^，。；]{0,6}?(?:企业|公司)")
_IZATION_AT_END = re.compile(r"(?:模块|智能|数字|轻量|自动|信息|网络|集成|国产|产业|规模|标准|绿色|高端|集约|精细)化$")
# an officer's title, then the person's name, ending a list item (副市长兰燕, …保障局副局长王强)
_TITLED_PERSON = re.compile(rf"(?:{PERSON_TITLE.pattern})[\u4e00-\u9fff]{{2,3}}$")
_PEOPLE_ITEM = re.compile(r"(?:专家|学者|嘉宾|代表|领导|院士|教授|人员|人才)$")
# a list closed as people: …等专家学者, …等知名院士, …等嘉宾 (not …等企业代表: the firms' people)
_PEOPLE_TAIL = re.compile(r"等(?:(?!企业|公司|单位|集团)[\u4e00-\u9fff]){0,4}?(?:专家|学者|院士|教授|嘉宾|领导|代表)")
# a list opened by what a firm does with its items (一家生产汽车、电子…) or by a quality (良好的生态、区位优势…)
_MAKES = re.compile(r"(?:生产|制造|研发|从事|经营|加工|销售)[\u4e00-\u9fffA-Za-z0-9]{1,4}$")  # (从事ITO、钼靶、…)
_QUALITY = re.compile(r"(?:良好|优良|优越|优美|优质|完善|便利|便捷|浓厚|独特)的[\u4e00-\u9fff]{1,4}$")
_CLAUSE_WORDS = ("才有", "就有", "才能", "就是", "都有", "也有", "还有", "没有", "才是")
# a verb of focusing on sectors, then a list (of sectors) up to the name: no clause break between
_FOCUSED_BEFORE = re.compile(rf"(?:聚焦|重点发展|大力发展|加快发展|着力发展|主攻|培育壮大|做强)(?:[{HAN}A-Za-z0-9]{{2,12}}、)*$")


# the teams of a firms' contest, or their party branches, each named by its firm (三一中阳代表队、科力远代表队、…和高新区干职工
# 代表队; 分别与家家美党支部、力合党支部、…结对共建): three or more
_FIRMS_OWN_BODIES = ("代表队", "党支部", "党总支", "团支部")
_TEAM_ITEM = re.compile(rf"([{HAN}A-Za-z0-9]{{2,10}}?)(?:{'|'.join(_FIRMS_OWN_BODIES)})")
_TEAMS_LISTED = re.compile(rf"(?:{_TEAM_ITEM.pattern}[、和及]){{2,}}{_TEAM_ITEM.pattern}")
# a team named by what is no firm: a site, the zone's or a body's staff, a place, a business district
_NOT_A_FIRMS_TEAM = re.compile(r"(?:基地|高新区|开发区|园区|管委会|机关|干职工|职工|干部|社区|街道|学校|学院|大学|医院|局|委|办|商圈|纪检|监察)$"
                               r"|高新区|管委会|机关")


def _clean_left(text: str, start: int) -> bool:
    """Whether a name may start at ``start``: after punctuation, a boundary word, or 企业/公司."""
    if start == 0 or not NAME_CHAR.match(text[start - 1]):
        return True
    return text.endswith(_boundary_tuple(), 0, start) or text.endswith(("企业", "公司"), 0, start)


# a run of 、-separated items of name characters: 长虹、九洲、中国工程物理研究院、西南科技大学
_PEER_RUN = re.compile(rf"(?:{_LISTED_CHAR}{{2,16}}、)+{_LISTED_CHAR}{{2,16}}")
_PEER_LIST_END = re.compile(r"[，。；：）)”]|等|$")
_PROJECTS_LISTED = re.compile(r"[^，。；、]{0,16}?等(?:重点|重大)?项目")
_HOSPITALS_LISTED = re.compile(r"[^，。；、]{0,16}?等[^，。；、]{0,4}?(?:医疗机构|医院)")
# a list of schools or universities, by its head or by one item's ending (…等多所学校, 七宝中学, 信阳一职高,
# 来自厦大、集美、华侨、理工等130多所省内外高校: short names of universities)
_SCHOOLS_LISTED = re.compile(r"[^，。；、]{0,4}?等[^，。；]{0,10}?(?:学校|中学|院校|中小学|职校|高校)")
_SCHOOL_ENDINGS = ("中学", "小学", "学校", "职高", "职中", "附中", "技校")
# what a list's head after its last item says it lists, when no organisations: projects, hospitals, schools
_NO_FIRMS_LISTED = (_PROJECTS_LISTED, _HOSPITALS_LISTED, _SCHOOLS_LISTED, WAYS_LISTED)  # (…、投资基金汇聚等手段: means)
# what a project's or a company's word is glued to when no name is: 公司的(一期项目), (此次)二期, 投产后(公司…)
# (a generic word before 的 only: 美的 is a company)
_NO_NAME = re.compile(r"[\u4e00-\u9fff]*(?:公司|企业|项目|工厂|集团)的|[一二三四五六七八九十\d]+期|(?:投产|建成|竣工|达产|开工|落户|完成)[后前时]")
# a country, then a short foreign name acting in the zone (入驻, 设立, 投资, 落户…), after a clause's start or
# a partner's verb
# (美国花旗以并购形式入驻, 日本瑞萨正式入驻, 携手美国莱姆纳投资: the countries of data/words/countries.txt)
_ACTS_IN_ZONE = "入驻|设立|投资|落户|以并购|以独资|以合资|签约|建设|成立|并购|携手"
_FOREIGN_ACTING = re.compile(
    r"(?:^|(?<=[，。；、：与和年])|(?<=携手|联合|引进))(" + "|".join(countries()) + r")([\u4e00-\u9fff]{2,4}?)"
    r"(?=(?:公司|集团)?(?:正式|已经|已|也|还|将|率先)?(?:" + _ACTS_IN_ZONE + "))")
# a preposition after the country opens where it acts, not a company's name: 新加坡对川投资, 新加坡在川直接投资
_PLACE_PREPOSITIONS = frozenset("在对向于从到赴")
_ACTING_IN_ZONE = re.compile(_ACTS_IN_ZONE)  # what every _FOREIGN_ACTING match is followed by: a sentence without it has none


# a list of companies each written with its 公司 (联邦电缆公司、德国斯凯特机械公司、瑞士布斯公司), no legal form
_COMPANIES_LISTED = re.compile(r"(?:[^、，。；：（）()“”]{2,14}?(?<!有限|责任|集团|股份)(?<![子分母总])公司、)+"
                               r"[^、，。；：（）()“”]{2,12}?(?<!有限|责任|集团|股份)(?<![子分母总])公司")
# what a kind of company ends with, not a name (…上市公司, 中外合资公司): see _KIND_OF_COMPANY for what opens one
_KINDS_BY_OWNERSHIP = ("上市", "国有", "民营", "外资", "合资", "初创")  # (初创公司: start-ups)


# adverbs before a verb, read as an item of their own: 科创板已累计(成功上市…)
_ADVERBS_ONLY = re.compile(r"(?:已经|已|累计|共|先后|均|还|又|再|都|也)+")
# …医科大: a university; 沙岭村, 汉南社区, 湖滨路, 竹泽公路, 汉江大堤: places a boundary runs along
# (三星救援队: a team; 数码港大厦、盈科广场: buildings)
# (or a town named after a trade or science: 光谷南科技城, 中关村电子城, 汽车城)
_NOT_A_COMPANY_END = re.compile(r"[所站院室馆会办局处校大村路街堤渠]$|社区$|大道$|(?:救援|消防|应急|志愿服务|服务)队$|大厦$|广场$|大楼$"
                                r"|(?:科技|科学|电子|汽车|智造|产业|生态|影视)城$|智库$")  # (…、中国海洋大学、东略智库等专家: a think tank)
_SCOPE_OR_SIZE = ("大型", "中型", "小型", "大中型", "全球", "全国", "国内", "世界")  # what describes a kind of firm
# …在内的跨国巨头、BAT龙头、科研院所和独角兽企业: kinds of body, never the end of a name
_KINDS_OF_BODY = ("巨头", "龙头", "院所")
_KINDS_OF_FIRM = ("企业", "机构", *_KINDS_OF_BODY)  # 优秀凤凰企业、…、银行、创投机构: kinds, not names
# what firms are designated as: 以瞪羚、潜在独角兽、独角兽等为代表的新物种企业
_FIRM_DESIGNATIONS = ("瞪羚", "独角兽", "小巨人", "隐形冠军", "单项冠军", "专精特新", "领军企业")
_QUANTIFIED = re.compile(r"一(?:大)?批|一系列")  # 建设一批平台载体: a kind of thing, counted
_VOUCHING_RULES = frozenset({"enterprise-gazetteer", "enterprise-legal-name", "enterprise-list", "enterprise-represented",
                             "enterprise-headed-list", "enterprise-acting-list", "enterprise-company"})


def _sector_item(text: str, a: int, b: int, sectors: list[Mention]) -> bool:
    """Whether a list item is a sector: one begins it, or ends it after everyday words (特种机器人)."""
    return any(m.start < b and a < m.end and (m.start == a or m.end == b and is_everyday(text[a : m.start]))
               for m in sectors)


def _vouches(mention: Mention) -> bool:
    """Whether a mention is sure enough of being an organisation to make its list-mates ones: not
    a name whose ending products share (智能导钻装备, 增材制造装备)."""
    if mention.kind == "ResearchInstitute" or mention.rule in _VOUCHING_RULES:
        return True
    ending = BRAND_AT_END.search(mention.surface)
    return mention.rule == "enterprise-brand" and ending is not None and ending.group() in _COMPANY_ENDINGS


# brand endings that name companies rather than products
_COMPANY_ENDINGS = STRONG_ENDINGS | frozenset({"科技", "电子", "光电", "微电子", "通讯", "药业", "制药", "生物", "电气",
                                               "重工", "实业", "乳业", "化工", "特钢", "纸业", "电器", "传动", "医疗"})


# what a list of organisations does together, where its last item ends: …、零度资本主办的
_PEERS_ACT = re.compile(r"(?:共同|联合|分别|强强)?(?:主办|承办|协办|发起|参与|出席|参加|签约|签署|签订|合作|共建|牵头)"
                        r"|位?列(?:前|第)"  # …、陆金所、借贷宝列前十: where they rank
                        r"|之后|之前|以后")  # 是继戴尔、…、冠捷之后: the firms something came after


# the bare zone word opening a list's first item, no part of the firm's name (高新区潍柴动力、天瑞重工等4家企业)
_BARE_ZONE_OPENING = re.compile(r"(?:高新区|园区|开发区)(?:内的?|的)?")


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
    known = listed_enterprise_names()
    whole = {(m.start, m.end) for m in named if _vouches(m)}
    if not whole:
        return []
    found = []
    for run in _PEER_RUN.finditer(text):
        items = item_spans(run.group(), run.start())
        first_a, first_b = items[0]
        cut = cut_after_boundary(text, first_a, first_b, boundary_words(), keep=2)
        opened = text.startswith("有", cut) and not text.startswith("有限", cut) and first_b - cut >= 3 and text[cut:first_b] not in known
        if opened:
            cut += 1  # 公司中，有朗讯、惠普、可口可乐…: the verb that opens the list
        if not BRAND_ENDING.fullmatch(text, cut, first_b):  # 联合电子: an ending alone names nothing
            items[0] = (cut, first_b)
        after_zone = _after_a_bare_zone_word(text, *items[0], words=_BARE_ZONE_WORD_BEFORE_A_NAME)
        placed = after_zone > items[0][0] and items[0][1] - after_zone >= 2
        if placed:
            items[0] = (after_zone, items[0][1])  # 与高新区奇思智能、光库科技…: the zone word the page places them by
        last_a, last_b = items[-1]
        if any(head.match(text, last_b) for head in _NO_FIRMS_LISTED) or any(text.endswith(_SCHOOL_ENDINGS, a, b) for a, b in items):
            # 签约涉及地热供暖、…、太阳景研发中心等项目: projects; 同济、协和、…等顶尖医疗机构: hospitals; 华二紫竹、交附闵分、
            # 七宝中学…等多所学校, 信阳高级技工学校、信阳一职高…: schools; no organisations
            continue
        act = _PEERS_ACT.search(text, last_a + 2, last_b)
        if act:
            items[-1] = (last_a, act.start())
        elif not _PEER_LIST_END.match(text, last_b):
            items.pop()  # the last item runs on into the sentence: 欣旺达尽快产能释放
        if items:
            joined = text.find("和", items[-1][0] + 2, items[-1][1] - 1)
            if joined >= 0 and (items[-1][0], joined) in whole and items[-1][1] - joined - 1 >= 2:
                # …、埃克森美孚和阿普拉，: the last two joined by 和, the first of them found whole
                items[-1:] = [(items[-1][0], joined), (joined + 1, items[-1][1])]
            the = text.rfind("的", items[0][0], items[0][1] - 2)
            if the >= 0 and len(items) >= 2:
                items[0] = (the + 1, items[0][1])  # 首次加入植树大队伍的|国核自仪、…: a description, then the first name
        if not any(item in whole for item in items) or any(_sector_item(text, a, b, sectors) for a, b in items):
            continue  # no organisation vouches for the list, or it lists sectors (特种机器人、…增材制造装备)
        for index, (a, b) in enumerate(items):
            if (a, b) in whole or any(a < y and x < b for x, y in taken):
                continue
            if index == 0 and (not (opened or placed or _clean_left(text, a)) or (a == first_a and b - a > 4)):
                continue  # an open left edge: only a short name is sure to start where the run does
            name = text[a:b]
            if (_NOT_A_COMPANY_END.search(name) or name.endswith(_KINDS_OF_FIRM) or name.endswith(MEMBERS_BODIES)
                    or _TITLED_PERSON.search(name)):
                continue  # 石河子蔬菜所, 东区办; 鲲鹏企业, 创投机构: kinds of firm the zone honours; …产业服务联盟: members' body
            if text[a - 1 : a] == "等" or _PART_OF_A_CHAIN.match(name):
                continue  # 尚赛光电、…、依麦德等柔性基板、…企业: what the firms before 等 make; 上游原材料: a chain's part
            if (b - a > (8 if BRAND_AT_END.search(name) else 6) or not _could_be_company(text, a, b, known, industry_labels)
                    or not not_only_a_place(text, a, b, industry_labels) or is_generic_enterprise(name)
                    or _GOVERNMENT_BODY.search(name) or _PUBLIC_BODY.search(name) or _A_SCHOLAR.search(name)
                    or (name in county_forms() and name.endswith(("县", "区", "市", "旗")))):
                continue  # (由黄维院士领衔、福建师范大学等共建的…: a scholar who leads, no company; 与大邑县、…共建: a county)
            found.append(Mention("Enterprise", a, b, name, name, "enterprise-peer", True))
    return found
