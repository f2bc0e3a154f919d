"""Firms in lists: closed by 等 or a count (A、B、C等5家企业), two counted (A和B两家), awarded (A、B获评…),
the subjects of one act, investors, financed firms and the stops of a visit; each item kept only where
the list is not one of kinds, sectors, people, places or actions."""

from __future__ import annotations

import re

from zonegraph.mentions.base import (CHAINS, HAN, NAME_CHAR, NUMERAL, OBJECT_PREPOSITIONS, PREPOSITIONS,
                                     AnchoredPattern, Gazetteer, boundary_words, cut_after_boundary, item_spans,
                                     long_boundary_words)
from zonegraph.mentions.enterprises.candidates import _Candidates
from zonegraph.mentions.enterprises.items import _all_machines, _clean_left, _could_be_company
from zonegraph.mentions.enterprises.words import (STRONG_ENDINGS, _GOVERNMENT_BODY, _ITEM, _KINDS_OF_FIRM, _LISTED_CHAR,
                                                  _TITLED_PERSON)
from zonegraph.mentions.enterprises.zone_companies import _BARE_ZONE_OPENING, _after_a_bare_zone_word
from zonegraph.mentions.organizations import BRAND_AT_END, BRAND_ENDING, PERSON_TITLE, after_particle, is_everyday
from zonegraph.mentions.projects import project_investor
from zonegraph.reference import county_forms, place_forms


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


_COUNT_OF_FIRMS = re.compile(rf"[{NUMERAL}]\s*家")  # what every counted list is followed by: a sentence without it has none
_STRONG_VERBS = ("获评", "入选", "入围", "入库", "荣获", "荣膺", "被评为", "被认定为", "挂牌上市", "成功上市", "登陆")
# 正大天晴连续入选…, 天明机械荣膺…: an adverb may stand between the name and its award
_ENTERPRISE_AWARDED = re.compile(
    rf"((?:{_ITEM}、)*{_ITEM})(?:等)?(?:连续|再次|首次|成功|先后|均|分别)?({'|'.join(_STRONG_VERBS)}|进入|牵头建设|研发的|获批)(?!者)(?<!入库(?=企业|的))"
)


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


_PARALLEL_VERBS = "抓促强稳保提建推育引聚优"  # one-character verbs a run of slogans repeats (抓统筹、抓调度)
_QUALITY_SAID = "高大快强好多优低"  # (a list of qualities: 科技含量高、投资力度大、建设进度快)


# activities a firm or a park brings together (集…、…等为一体, 集…于一体)
_ALL_IN_ONE = re.compile(r"等?(?:为|于)一体")


_COUNTED = re.compile(r"\d+\s*[家个名]$")


# a body named by the level of government alone: 市交通中心, 省信息中心, 县农机站
_CITYS_OWN_BODY = re.compile(r"[省市县][\u4e00-\u9fff]{1,6}(?:中心|局|委|办|站|队)")


def _preposition_before_two(text: str, start: int, end: int) -> bool:
    """Whether a three-character item is 以, 与, 跟, 继 or 由 before a two-character name (以步长, 与中央, 已跟巨腾, 继烽火、…等
    6家企业后, 由联想、用友…等一百家企业自发成立), or 在 or 到 before one that is no everyday word (在亿纬、格林美等龙头带动下,
    深入到恒信、…; not 在线): the preposition opens no name, where other three-character items are kept whole."""
    return end - start == 3 and (text[start] in "以与跟继由" or text[start] in "在到" and not is_everyday(text[start + 1 : end]))


# what closes a list of firms given as examples of a kind (像云尚、网丫这样的…企业)
_LIKE_THESE = re.compile(r"等?(?:这样|这类|一样|那样)")


_KIND_OF_FIRM = re.compile(r"企业(?!集团)")  # a list's item naming a kind of firm (瞪羚企业), not a firm (not 海尔企业集团)


def _listed_firms(candidates: _Candidates) -> None:
    """Firms in lists: two counted (A和B两家), listed and counted (A、B、C等5家企业), awarded."""
    _two_counted_firms(candidates)
    text, blocked, known, _ = candidates.context
    counted = _counted_lists(text)
    for matches, rule in ((_LIST_SEARCH.finditer(text), "enterprise-list"), (counted, "enterprise-list"),
                          (_AWARDED_SEARCH.finditer(text), "enterprise-awarded")):
        for match in matches:
            cut = _list_items(text, match, rule, blocked, known)
            if cut is not None:
                _add_list_items(candidates, match, rule, *cut)


def _two_counted_firms(candidates: _Candidates) -> None:
    """Two firms joined by 和 and counted (海尔生物和易邦生物两家…): each where it is shaped like a company, or
    where the other one is and it could be one."""
    text, _, known, industry_labels = candidates.context
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


def _counted_lists(text: str) -> list[re.Match]:
    """Lists counted right after them (硕博电子、三禾、中矿安华3家优质企业) or right before them (这5家企业分别是：
    斗鱼、…), without those whose items end in a verb or a word of how many (培育了近80家)."""
    counted = ([*_COUNTED_LIST.finditer(text), *_LIST_AFTER_COUNT.finditer(text)] if "、" in text and _COUNT_OF_FIRMS.search(text)
               else ())  # 硕博电子、三禾、中矿安华3家优质企业; 这5家企业分别是：斗鱼、…
    # (not verbs counted: 合肥高新区就招引、培育了近80家…企业)
    return [match for match in counted if not any(item.endswith(_VERB_OR_ROUGHLY) or item[-2:] in long_boundary_words()
                                                  for item in match.group(1).split("、"))]


def _list_items(text: str, match: re.Match, rule: str, blocked: list[tuple[int, int]],
                known: Gazetteer[str]) -> tuple[list[str], int, int] | None:
    """The items of a list ``match`` found by ``rule``, as they may name firms, where the first starts and how
    long the word joining the last two is (…、金立研和飞眼无人机); None where the list names no firms."""
    items = match.group(1).split("、")
    if _a_list_of_things(text, match, rule, items):
        return None
    closed = next((i for i, item in enumerate(items[:-1]) if "等" in item[1:]), None)
    if rule == "enterprise-list" and closed is not None:  # …、依麦德等柔性基板、显示材料等…企业: the firms end at
        items = items[:closed] + [items[closed][: items[closed].index("等", 1)]]  # their 等, what they make follows
    items, position = _first_item_past_the_zone(text, match, rule, items, blocked, known)
    last = re.split("以及|[和及]", items[-1])  # (…、高科集团以及中车电动等企业: 以及 whole, not 高科集团以)
    joiner = 1
    if rule == "enterprise-list" and len(items) >= 2 and len(last) == 2 and min(map(len, last)) >= 2:
        joiner = len(items[-1]) - len(last[0]) - len(last[1])
        items[-1:] = last  # …、谱天生物、金立研和飞眼无人机等8家企业, 恒信、南玻及盟科三家企业: two items, joined
    if _a_list_of_bodies_or_acts(text, match, rule, items, known):
        return None
    return items, position, joiner


def _a_list_of_things(text: str, match: re.Match, rule: str, items: list[str]) -> bool:
    """Whether a list, as matched, names things and no firms: chains, what one firm does or supplies, what
    firms made, kinds of firm, the links a chain runs through."""
    if any(item in CHAINS for item in items):
        return True  # 在产业链、创新链、供应链等医药健康产业…: the chains a policy works on, no firms
    if rule == "enterprise-list" and _ALL_IN_ONE.match(text, match.end(1)):
        return True  # 建成集中药材种植、生产加工、…、进出口贸易等为一体的综合性企业: what one firm does, no firms
    if rule == "enterprise-list" and _FIRMS_WORK_AFTER.match(text, match.end()):
        return True  # 展示了人工智能芯片、人脸识别技术、…等中关村示范区170家企业的340项最新创新成果: what firms made
    if rule == "enterprise-list" and sum(bool(_KIND_OF_FIRM.search(item)) for item in items) >= 2:
        return True  # 科技型中小企业铺天盖地、高新技术企业飞天走地、瞪羚企业和…: kinds of firms, no firms
    if "从" in items[0] and "到" in items[-1][1:]:
        return True  # 已集聚从整车制造、动力电池正负极材料、隔膜…到电池等3400多家产业链企业: the links a chain runs through
    if rule == "enterprise-list" and _WHAT_A_SUPPLIER_SUPPLIES.match(text, match.end(1)):
        return True  # 光群雷射是全球第一大雷射全像膜、雷射纸和烫金箔供应商: the things one firm supplies
    return False


def _first_item_past_the_zone(text: str, match: re.Match, rule: str, items: list[str], blocked: list[tuple[int, int]],
                              known: Gazetteer[str]) -> tuple[list[str], int]:
    """A list's items and where the first starts, past a zone before it (天津高新区|合源生物), the zone's bare word
    (其中，高新区潍柴动力) and the district the zone is run with (荆门高新区掇刀区|固润科技)."""
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
    return items, position


def _a_list_of_bodies_or_acts(text: str, match: re.Match, rule: str, items: list[str], known: Gazetteer[str]) -> bool:
    """Whether a list, its items cut, names bodies, people, kinds of firm or actions and no firms: ministries,
    experts, what firms make, ways of attracting investment, a plan's actions, a verb's objects, assets, machines."""
    if any(_GOVERNMENT_BODY.search(item) for item in items):
        return True  # 先后被财政部、科技部、工业和信息化部认定为…: ministries, not companies
    if rule == "enterprise-list" and _PEOPLE_TAIL.match(text, match.end(1)):
        return True  # 李殿荣、吉万全、马锋旺等专家学者: people, by what they are
    if (rule == "enterprise-list" and _KINDS_TAIL.match(text, match.end(1))
            and not any(item in known for item in items)):
        return True  # 引进光电医疗器械研发、原辅料等生产企业, …数字文化技术、内容、贸易等相关创新型企业: what firms make or do
    if sum(item.endswith("招商") for item in items) >= 2:
        return True  # 全面开展特色园区招商、专业平台招商、产业链条招商和龙头项目招商: ways of attracting investment
    if sum(_QUANTIFIED.search(item) is not None for item in items) >= 2:
        return True  # 做强一批优势企业、建设一批平台载体、…: a plan's actions, each on a kind of thing
    if sum(item[:2] in long_boundary_words() or item[:3] in long_boundary_words() for item in items) >= 2:
        return True  # 鼓励企业自主创新和转型升级、鼓励企业设立创新载体、…: actions, each opened by its verb
    if (len(items) >= 2 and len(items[0]) >= 4 and items[0][-3] in _PARALLEL_VERBS
            and all(item[:1] == items[0][-3] for item in items[1:])):
        return True  # 链长抓统筹、抓调度的…优势: one verb's objects in turn (抓…、抓…), no firms
    if rule == "enterprise-list" and (_MAKES.search(items[0]) or _QUALITY.search(items[0])):
        return True  # 一家生产汽车、电子、…等零部件的企业: what a firm makes; 良好的生态、区位优势和…让企业…: assets
    if rule == "enterprise-list" and "龙头" in text[match.end(1) : match.end()] and _all_machines(items[1:], known):
        return True  # 以密炼机、硫化机等为龙头的装备制造产业: the machines that lead a sector, no firms
    return False


def _add_list_items(candidates: _Candidates, match: re.Match, rule: str, items: list[str], position: int,
                    joiner: int) -> None:
    """Each item of a list that names a firm, from ``position`` on (``joiner``: the length of the word joining
    the last two items), past a count and the words before its name."""
    text, blocked, known, industry_labels = candidates.context
    add = candidates.add
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
        b = _end_before_a_count(text, item, a, b, index == len(items) - 1)
        if b is None:
            continue
        a = _past_the_words_opening(text, match, rule, index, a, b, known)
        a = _past_what_stands_before(text, index, a, b, known)
        if (_an_item_of_no_company(text, a, b) or _not_what_won(text, match, rule, items, a, b, known)
                or _a_kind_not_a_name(text, a, b, known, industry_labels)
                or _no_name_in_this_list(text, match, a, b, known, industry_labels, named_peer, kinds_of_firm)):
            continue
        if projects_too and text[a:b] not in known:
            investor = project_investor(text, a, b, blocked, known, industry_labels, True, listed=True)
            if investor is None or investor[1] - investor[0] < 4:
                continue  # …、单层石墨烯、北斗数据中心等项目和企业: a project with no company named
            a, b = investor  # 康宝生物疫苗: the company that runs the project
        add(a, b, rule, in_list=len(items) > 1)


def _end_before_a_count(text: str, item: str, a: int, b: int, last: bool) -> int | None:
    """Where the name of the list item ``item`` at ``text[a:b]`` ends: where a count in it begins, or at ``b``;
    None where a place and how many firms it has stand instead of a name (惠州共有10家企业入选)."""
    count = re.search(r"\d+\s*[家个]", item)
    if count:  # 微导纳米2家企业首次入选: the name ends where the count begins
        b = a + count.start()
        b -= text.startswith("等", b - 1)  # 路通科技、大正乳品等5家企业: the list's 等 is no part of it
        if _HAS_COUNTED.search(text, a, b):
            return None  # 惠州共有10家企业入选: a place and how many of its firms, no name
    elif last and _HAS_COUNTED.search(text, a, b):
        return None  # 天津、上海各有一家企业已签…: places and how many firms each has, no names
    return b


def _past_the_words_opening(text: str, match: re.Match, rule: str, index: int, a: int, b: int,
                            known: Gazetteer[str]) -> int:
    """Where a list item's name starts past the words of the clause before it (已有美国美时医疗, 形成了以朗进科技,
    像云尚、…这样的, 打造了茅台, 已为园区|麦穗科技)."""
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
    return a


def _past_what_stands_before(text: str, index: int, a: int, b: int, known: Gazetteer[str]) -> int:
    """Where a list item's name starts past where the first firm stands (东侧的博恒新材料), a preposition after a
    particle (诞生了以科大讯飞) and the verb of supplying customers (主要配套三星)."""
    possessed = text.find("的", a, b)  # 东侧的博恒新材料、…: where the first firm stands, then its name
    if index == 0 and a < possessed and b - possessed > 2 and text[a:b] not in known:
        a = possessed + 1
    if a > 0 and text[a - 1] in "了着" and text[a] in PREPOSITIONS and b - a > 3 and text[a:b] not in known:
        a += 1  # 诞生了以科大讯飞、…: the preposition after the particle opens no name
    if index == 0 and _SUPPLYING_VERB.match(text, a, b) and text.endswith(SUPPLY_ADVERBS, 0, a):
        a += 2  # 产品主要配套三星、华为…: the customers' verb (relations/hosting.py reads them as customers)
    return a


def _an_item_of_no_company(text: str, a: int, b: int) -> bool:
    """Whether the list item ``text[a:b]`` names people, a city's own body, a time, what a system becomes, or
    describes rather than names."""
    if _PEOPLE_ITEM.search(text, a, b) or _TITLED_PERSON.search(text, a, b):
        return True  # 多位专家学者、投资机构和领军企业代表齐聚: people, not companies
    if _CITYS_OWN_BODY.fullmatch(text, a, b):
        return True  # 市交通中心, 省信息中心: the city's or province's own body, no company
    if _THIS_TIME.search(text, a, b) or _IZATION_AT_END.search(text, a, b):
        return True  # …股份有限公司，系此次入选的: a time word; 智能模块化、轻量模块化等: what a supplier's systems become
    if _DESCRIBING_ITEM.match(text, a, b) or _ADVERBS_ONLY.fullmatch(text, a, b):
        return True  # 这一风靡欧洲、极具知名度和影响力的国际品牌: what a brand is like; 已累计(成功上市): adverbs
    return False


def _not_what_won(text: str, match: re.Match, rule: str, items: list[str], a: int, b: int, known: Gazetteer[str]) -> bool:
    """Whether an item of an award's list names no company: a known one's work before it (研发的比亚迪), or
    activities before a weak verb, where no brand ending or known name shows a company and only
    companies win no award said (原料生产、设备配套和设计研发的)."""
    if rule == "enterprise-awarded" and match.group(2) == "研发的" and any(
            s == 0 for s, _, _, _ in known.all(text[match.end() : match.end() + 12])):
        return True  # 当时还在专攻电池研发的比亚迪: what the known company after it did, no company
    weak = rule == "enterprise-awarded" and (len(items) == 1 or match.group(2) not in _STRONG_VERBS)
    if (weak and match.group(2) in (*_STRONG_VERBS, "获批")
            and _AWARD_FOR_COMPANIES.match(text, match.end())):
        weak = False  # 正大天晴连续入选中国医药工业百强榜, …、江铃底盘获批“…优势企业”: only companies win it
    if weak and not BRAND_ENDING.search(text[max(a, b - 3) : b]) and text[a:b] not in known:
        return True  # 原料生产、设备配套和设计研发的: activities, not companies
    return False


def _a_kind_not_a_name(text: str, a: int, b: int, known: Gazetteer[str], industry_labels: frozenset[str]) -> bool:
    """Whether the list item ``text[a:b]`` is a kind or a thing rather than a company's name: a category of firm,
    a brand ending alone, an outlet or a site, a sector's centre, a medicine, a rank, a category of product."""
    if _COUNTED.search(text[max(0, a - 4) : a]) or text[a:b].endswith(("公司", "板", "品牌", *_KINDS_OF_FIRM,
                                                                         *_FIRM_DESIGNATIONS)):
        return True  # 1家独角兽企业、1家创业板上市公司, 瞪羚、独角兽: categories, not names
    if BRAND_ENDING.fullmatch(text, a, b):
        return True  # 汽车、电子、机械等企业: an ending alone is a kind of firm
    if text[a:b].endswith(("店", "点", "站", "馆", "区", "摇篮", "园")):
        return True  # 连锁店, 协同处置点: outlets and sites; …示范区、…试验区: what a zone became; 科创园: a park
    if text[a:b].endswith("中心") and text[a : b - 2] in industry_labels and text[a:b] not in known:
        return True  # …、广东众智达、大数据中心、迪兴…等园区企业: a sector's centre, a facility, no company's name
    if text[a:b].endswith(_DRUG_FORMS) and text[a:b] not in known:
        return True  # 祖卡木颗粒、寒喘祖帕颗粒入选…药品目录: medicines, by their dosage form, no companies
    if text[a:b].endswith(("唯一", "首家", "首个", "第一家")):
        return True  # 是新疆唯一(获批…的国家高新区): a rank among places, not a name
    if "类" in text[a + 1 : b - 1] and text[a:b] not in known:
        return True  # 多肽类生物药获批…特色产业集群: a category of product, no company
    return False


def _no_name_in_this_list(text: str, match: re.Match, a: int, b: int, known: Gazetteer[str],
                          industry_labels: frozenset[str], named_peer: bool, kinds_of_firm: bool) -> bool:
    """Whether the list item ``text[a:b]`` names no company in its list: too long or at an unclean edge,
    everyday words (unless ``named_peer``), no strong ending in a list of ``kinds_of_firm``, or a quality."""
    if b - a > (8 if BRAND_AT_END.search(text, a, b) else 6) or (a > 0 and a == match.start(1) and not _clean_left(text, a)):
        return True
    if (text[a:b] not in known and not BRAND_AT_END.search(text[a:b]) and is_everyday(text[a:b], industry_labels)
            and not (named_peer and len(text[a:b]) >= 4 and text[a:b] not in industry_labels)):
        return True  # 战略思维、开拓精神, 连锁店: everyday words, not company names
    if kinds_of_firm and not text[a:b].endswith(tuple(STRONG_ENDINGS)):
        return True
    if b - a >= 4 and text[b - 1] in _QUALITY_SAID and is_everyday(text[a : b - 1], industry_labels):
        return True  # 引进投资规模大、创新技术多的广银铝业、…: a quality of the firms, said before their names
    return False


# what the firms a list ends in made, after it: …等…170家企业的340项最新创新成果
_FIRMS_WORK_AFTER = re.compile(r"的[^，。；]{0,12}?(?:成果|产品|技术|专利|发明)")


_DRUG_FORMS = ("颗粒", "胶囊", "口服液", "注射液", "片剂", "软膏", "滴丸", "冲剂")


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


_PEOPLE_ITEM = re.compile(r"(?:专家|学者|嘉宾|代表|领导|院士|教授|人员|人才)$")
# a list closed as people: …等专家学者, …等知名院士, …等嘉宾 (not …等企业代表: the firms' people)
_PEOPLE_TAIL = re.compile(r"等(?:(?!企业|公司|单位|集团)[\u4e00-\u9fff]){0,4}?(?:专家|学者|院士|教授|嘉宾|领导|代表)")
# a list opened by what a firm does with its items (一家生产汽车、电子…) or by a quality (良好的生态、区位优势…)
_MAKES = re.compile(r"(?:生产|制造|研发|从事|经营|加工|销售)[\u4e00-\u9fffA-Za-z0-9]{1,4}$")  # (从事ITO、钼靶、…)
_QUALITY = re.compile(r"(?:良好|优良|优越|优美|优质|完善|便利|便捷|浓厚|独特)的[\u4e00-\u9fff]{1,4}$")


# adverbs before a verb, read as an item of their own: 科创板已累计(成功上市…)
_ADVERBS_ONLY = re.compile(r"(?:已经|已|累计|共|先后|均|还|又|再|都|也)+")


# what firms are designated as: 以瞪羚、潜在独角兽、独角兽等为代表的新物种企业
_FIRM_DESIGNATIONS = ("瞪羚", "独角兽", "小巨人", "隐形冠军", "单项冠军", "专精特新", "领军企业")
_QUANTIFIED = re.compile(r"一(?:大)?批|一系列")  # 建设一批平台载体: a kind of thing, counted


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


_VISITED_NO_FIRMS = re.compile(r"等(?:科室|部门|场所|展区|展厅|区域|地|处|点位|现场|场馆|设施|景点|社区|学校|医院|高校|院校|大学|科研院所|院所|产品|装备|设备|展品|演示|应用演示|流程|环节)")


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
