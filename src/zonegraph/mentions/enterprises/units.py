"""A group's units by their names, companies written with 公司, a company's sites and branches in a city,
bank sub-branches under their banks, firms of professionals and a city's banks."""

from __future__ import annotations

import re

from zonegraph.mentions.base import (chars_but, HAN, NAME_CHAR, Gazetteer, Mention, boundary_words, cut_after_boundary, item_spans,
                                     long_boundary_words, overlaps)
from zonegraph.mentions.enterprises.candidates import _Candidates
from zonegraph.mentions.enterprises.items import _clean_left
from zonegraph.mentions.enterprises.words import _KIND_OF_COMPANY, _LIST_MARK_AFTER, _UNITS
from zonegraph.mentions.enterprises.zone_companies import _after_a_bare_zone_word
from zonegraph.mentions.organizations import (BRAND_AT_END, BRAND_ENDING, GROUPS_COMPANY, PLACE_QUALIFIER_BEFORE,
                                              SHORT_BANK_INITIALS, SHORT_COMPANY, before_cut, enterprise_gazetteer,
                                              everyday_words, group_gazetteer, is_everyday, is_generic_enterprise,
                                              is_name, left_edge, short_places)
from zonegraph.mentions.projects import PROJECT_VERB_AT_END
from zonegraph.reference import countries, place_at, place_before, place_forms, place_or_county_at


# what a group's base or cluster is named with, no unit's name: 华为西部制造基地, 比亚迪产业集群
_GROUPS_OWN_SITE = re.compile(r"产业集群|(?:[东南西北]部|华[东南西北中]|西南|西北|东北|全球|亚太)?(?:制造|生产|研发)")
# a group's unit: two to four characters after the group's short name, then a list mark or a joiner
# (not 比亚迪|等企业, nor a visit's or a settling verb: 来到长电科技|调研, 引进比亚迪|落户, nor where it happens: 在中海油|现场)
_UNIT_AFTER_GROUP = re.compile(rf"(?!等|[在于从向对到]|(?:总部|研发楼|大楼|办公楼)(?=[、，。；：]|等|和|与|及)|落户|入驻|落地|进驻|扎根|布局|来到|签约|方面)({chars_but(HAN, '的是等')}{{2,4}}?)(?<!调研|考察|视察|参观|走访|检查|指导|座谈|交流|洽谈|落户|入驻|落地|签约|投产|开工|扎根|现场|释放|拓展|提升|扩张|增长|升级|转型|扩产|扩能|中心|大厦|广场|手机|电脑|产品)"
                               r"(?:总部|工厂)?(?:产业园|基地|项目)?(?<![还也又并已将正])(?=[、，。；：]|等|和|与|及)")  # 中电科航空电子产业园、: the unit's park
# (not 华为云等企业: 等 ends a list, inside no unit's name;
# not 联想总部、百度研发楼、…: the group's headquarters or a building of it, the group itself;
# not 比亚迪产能释放和…: what the group does, no unit; not 华润医药还|与: an adverb before the joiner ends no unit's name; not 西门子的身影: 的 and 是 are in no unit's name;
# not 联想在北京等地: a preposition and a place, no unit)
# (not 国药|医药中心, 国药|大厦: a building or a centre the group builds, no unit; not 联想|方面透露, the group's side speaking,
# nor 联想|手机及…, its products)
_UNIT_WORDS = re.compile(rf"{chars_but(HAN, '的在与和及将已也还是为等了')}{{2,4}}")


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


# what follows a group's short name standing alone in a clause: punctuation, a particle or a verb of its own
_GROUP_ACTS_WORDS = ("在|的|与|和|将|已|也|还|正|签约|签署|合作|投资|落户|入驻|设立|建设|打造|成立|携手|联合|旗下"
                     "|率先|正式|首先|布局|成为|推出|发布|于|\\d{4}年")  # (华为于2012年在松山湖设立…)
_GROUP_ACTS = re.compile(rf"[。；：）)”]|(?:{_GROUP_ACTS_WORDS})")
# an item of a list running on past eight characters with no mark: a name and what it does, not a group's project
_ITEM_GOES_ON = re.compile(rf"(?!{_GROUP_ACTS_WORDS})[^、，。；：等]{{9}}")


def _units_and_bodies(candidates: _Candidates) -> None:
    """A group's units by their names, firms written with 公司, sites, bank branches, professional
    firms and a city's banks, a company named after its place."""
    _group_units(candidates)
    _companies_listed(candidates)
    _companies_by_short_form(candidates)
    _sites_and_branches(candidates)
    candidates.found.extend(_bank_branches(candidates.context[0], candidates.found))
    _professional_firms(candidates)
    _city_banks(candidates)
    _arms_in_a_city(candidates)


def _group_units(candidates: _Candidates) -> None:
    """A group's units by their names after the group's short name (丰田研发, 中粮家佳康广水…项目), or the group
    itself where a place, a list mark or its own act follows it (比亚迪常州基地, 贵阳高新区和华为签约)."""
    text, _, _, _ = candidates.context
    add = candidates.add
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


def _companies_listed(candidates: _Candidates) -> None:
    """Companies listed each written with 公司 (与联邦电缆公司、德国斯凯特机械公司、瑞士布斯公司签约), by their names
    without it, where no item is described and the name is no kind of company."""
    text, blocked, _, _ = candidates.context
    add = candidates.add
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


def _companies_by_short_form(candidates: _Candidates) -> None:
    """Companies written with 公司 after their short name (与华为公司打造, 以黄开投公司为母体), where the words
    before 公司 are a name, not "the company" nor a kind of company."""
    text, blocked, _, _ = candidates.context
    for match in (SHORT_COMPANY.finditer(text) if "公司" in text else ()):  # 与华为公司打造, 以黄开投公司为母体
        edge = _short_form_start(text, match, blocked)
        if edge is None:
            continue
        start, by_zone = edge
        if _the_company_or_a_kind(text, match, start):
            continue
        _add_short_form_company(candidates, match, start, by_zone)


def _short_form_start(text: str, match: re.Match, blocked: list[tuple[int, int]]) -> tuple[int, bool] | None:
    """Where the name before a short form's 公司 starts, and whether a zone's bare word stands before it (高新區建誠
    電子科技公司); None where a word of two characters leaves one before 公司 (从而使公司)."""
    start = left_edge(text, match.end(), match.start(), blocked)
    if match.start() - start < 2:
        if text[max(0, start - 2) : start] in long_boundary_words():
            return None  # 从而使公司: a word of two characters ends where the name would start, and one is left
        start = before_cut(text, start, blocked)  # 与华为公司: 为 is part of the name
    after_zone = _after_a_bare_zone_word(text, start, match.start())  # 高新區建誠電子科技公司: the zone's firm
    by_zone, start = after_zone > start, after_zone
    return start, by_zone


def _the_company_or_a_kind(text: str, match: re.Match, start: int) -> bool:
    """Whether the words from ``start`` to a short form's 公司 say "the company" (使公司, 本公司, 但新公司) or a
    kind of company (跨国公司, 子公司, 上市公司, 一家供应链公司), no name."""
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
        return True  # 跨国公司, 子公司, 通信公司, (湖南省)上市公司, 各区属公司, 新设公司, 初创公司, 新三板公司, 外国公司: a kind of company
    return False


def _add_short_form_company(candidates: _Candidates, match: re.Match, start: int, by_zone: bool) -> None:
    """The company a short form's 公司 ends from ``start`` on: a known company's or a named group's unit (国家电网
    天津市电力公司, 平高集团电力检修公司), or a company whose name is two to four characters, or up to eight after
    a place, a group or the zone (北京中传未来投资公司)."""
    text, _, known, industry_labels = candidates.context
    add = candidates.add
    prefix = text[start : match.start()]
    # 北京中传未来投资公司, 曲水安凯投资公司: a place opens it (a city's or a county's)
    placed = place_or_county_at(text, start) is not None
    country = next((c for c in countries() if prefix.startswith(c)), "")
    own = prefix[len(country) :]
    if country and 2 <= len(own) <= 6 and is_name(own, known) and not is_everyday(own, industry_labels) \
            and not _UNITS.search(own) and (by_zone or _clean_left(text, start)):
        add(start + len(country), match.end(), "enterprise-company")  # 芬兰卡特比勒公司: a foreign firm by its country
        return
    if country and len(own) < 2:
        return  # 德国大公司: "a big German company", no name
    # 中国石油大庆炼化公司: a group's unit, named by the group, its place and its business; 国家电网天津市电力公司:
    # a known company's, by its name and its place
    known_placed = next((a for a, b, _, _ in enterprise_gazetteer().all(prefix)
                         for place in (place_at(prefix, b),) if place and len(prefix) - b - len(place) >= 2), None)
    if known_placed is not None and len(prefix) - known_placed <= 12:
        # (最终国家电网天津市电力公司: the words before the known name are no part of it)
        add(start + known_placed, match.end(), "enterprise-group-unit")
        return
    grouped = len(prefix) > 4 and any(a == 0 for a, _, _, _ in group_gazetteer().all(prefix))
    # 平高集团电力检修公司, 罗普特科技集团大冶公司: a named group's company, by its business or its place
    of_a_group = GROUPS_COMPANY.fullmatch(prefix)
    if of_a_group and (of_a_group.group(1) in known or BRAND_AT_END.search(of_a_group.group(1)[:-2])):
        if _clean_left(text, start):
            add(start, match.end(), "enterprise-group-unit")
        return
    if ((2 <= len(prefix) <= 4 or ((placed or grouped or (by_zone and BRAND_AT_END.search(prefix))
                                    or _own_name_and_trade(prefix, industry_labels)) and len(prefix) <= 8))
            and (start > 0 or len(prefix) <= 4 or placed) and (by_zone or _clean_left(text, start))
            and not _UNITS.search(prefix)
            and not (prefix[-1] in "中里内上" and is_everyday(prefix[:-1], industry_labels))  # 在活动中|公司的凝聚力
            and is_name(prefix, known) and not is_everyday(prefix, industry_labels)):
        add(start, match.end(), "enterprise-group-unit" if grouped else "enterprise-company")


def _own_name_and_trade(prefix: str, industry_labels: frozenset[str]) -> bool:
    """Whether the words before a short form's 公司, five or more, are a firm's own name of two characters and its
    trade in everyday words (工银|金融资产投资公司), as a firm's full name is written: the own name no everyday word,
    nor running into one with the trade's first character (the name's edge is then certain)."""
    if place_at(prefix, 0) is not None or any(prefix.startswith(c) for c in countries()):
        return False  # 日本著名制药公司: a country's or a place's firm of a trade, described, no name
    return (len(prefix) >= 5 and not is_everyday(prefix[:2], industry_labels) and is_everyday(prefix[2:], industry_labels)
            and not is_everyday(prefix[:3], industry_labels) and prefix[1:3] not in everyday_words())


def _sites_and_branches(candidates: _Candidates) -> None:
    """A company's branch named as such (长城汽车重庆分公司, 中国工商银行深圳市分行), or its site in a city by the
    company before every place before the site (北汽福田潍坊厂区, 长城汽车重庆永川生产基地)."""
    text, blocked, known, industry_labels = candidates.context
    found, add = candidates.found, candidates.add
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


def _professional_firms(candidates: _Candidates) -> None:
    """Firms of lawyers or accountants by their kind (泰和泰律师事务所), the name going on before a city in
    brackets (北京京师（成都）律师事务所)."""
    text, blocked, _, industry_labels = candidates.context
    add = candidates.add
    for match in (_PROFESSIONAL_FIRM.finditer(text) if "事务所" in text else ()):
        start = left_edge(text, match.end(), match.start(), blocked)  # 泰和泰律师事务所: a firm of lawyers or accountants
        qualified = PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 8), start)
        if qualified and qualified.end() == start:  # 北京京师（成都）律师事务所: the name goes on before its city
            before = left_edge(text, qualified.start(), qualified.start(), blocked)
            start = before if 2 <= qualified.start() - before <= 6 else start
        if match.start() - start >= 2 and not is_everyday(text[start : match.start()], industry_labels):
            add(start, match.end(), "enterprise-professional")


def _city_banks(candidates: _Candidates) -> None:
    """A city's bank by its kind after the city (镇江农商行, 长沙农村商业银行), where no mention found holds the city."""
    text, _, _, _ = candidates.context
    found, add = candidates.found, candidates.add
    for match in (_A_CITYS_BANK.finditer(text) if "农" in text or "村镇" in text else ()):
        start = place_before(text, match.start())  # 镇江农商行, 长沙农村商业银行: a city's bank, by its kind
        if start < match.start() and not any(m.start <= start < m.end for m in found):
            add(start, match.end(), "enterprise-bank")


def _arms_in_a_city(candidates: _Candidates) -> None:
    """A company's arm in a city, named by the company, the city and 公司 (中电光谷天津公司), the company its
    parent; it replaces the company read without its 公司 and the city."""
    text, blocked, known, industry_labels = candidates.context
    found = candidates.found
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


# 公司 after a city, no word of a legal name before it (…有限公司, 分公司, 子公司): a company's arm there
_PLACE_THEN_COMPANY = re.compile(r"(?<![有限分子总母])公司")
# a company's site in a city: 北汽福田潍坊厂区, 索菲亚黄冈基地, 丰田苏州工厂
_SITE = re.compile(r"(?:厂区|工厂|生产基地|基地|分公司|分行|支行)")


_KINDS_OF_SERVICE = ("管理", "物业", "服务", "餐饮", "保洁", "安保", "运营", "咨询", "招商", "法人")  # (基地管理公司, 招商公司, 基金法人公司: kinds of company)


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


# "this company" after the words before it (公告|本公司), not 红杉资本公司 nor 日本公司
_THIS_COMPANY = re.compile(r"(?<![资日成基根版样剧文])本$")


# a list of companies each written with its 公司 (联邦电缆公司、德国斯凯特机械公司、瑞士布斯公司), no legal form
_COMPANIES_LISTED = re.compile(r"(?:[^、，。；：（）()“”]{2,14}?(?<!有限|责任|集团|股份)(?<![子分母总])公司、)+"
                               r"[^、，。；：（）()“”]{2,12}?(?<!有限|责任|集团|股份)(?<![子分母总])公司")
# what a kind of company ends with, not a name (…上市公司, 中外合资公司): see _KIND_OF_COMPANY for what opens one
_KINDS_BY_OWNERSHIP = ("上市", "国有", "民营", "外资", "合资", "初创")  # (初创公司: start-ups)
