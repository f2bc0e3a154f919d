"""Short names listed beside organisations already found, as their peers (整合长虹、九洲、中国工程物理研究院
…): a list is of one kind, so an item that could be a company's name beside one found whole is one."""

from __future__ import annotations

import re

from zonegraph.mentions.base import MEMBERS_BODIES, Mention, boundary_words, cut_after_boundary, item_spans
from zonegraph.mentions.enterprises.items import _clean_left, _could_be_company
from zonegraph.mentions.enterprises.words import (STRONG_ENDINGS, _A_SCHOLAR, _GOVERNMENT_BODY, _KINDS_OF_FIRM,
                                                  _LISTED_CHAR, _PUBLIC_BODY, _TITLED_PERSON)
from zonegraph.mentions.enterprises.zone_companies import _BARE_ZONE_WORD_BEFORE_A_NAME, _after_a_bare_zone_word
from zonegraph.mentions.organizations import (BRAND_AT_END, BRAND_ENDING, is_everyday, is_generic_enterprise,
                                              listed_enterprise_names)
from zonegraph.mentions.projects import WAYS_LISTED, not_only_a_place
from zonegraph.reference import county_forms


# a part of an industry's chain listed beside firms (上游原材料、中游显示面板…): no peer company (peer_companies)
_PART_OF_A_CHAIN = re.compile(r"(?:上|中|下|中下|上下)游")


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


# …医科大: a university; 沙岭村, 汉南社区, 湖滨路, 竹泽公路, 汉江大堤: places a boundary runs along
# (三星救援队: a team; 数码港大厦、盈科广场: buildings)
# (or a town named after a trade or science: 光谷南科技城, 中关村电子城, 汽车城)
_NOT_A_COMPANY_END = re.compile(r"[所站院室馆会办局处校大村路街堤渠]$|社区$|大道$|(?:救援|消防|应急|志愿服务|服务)队$|大厦$|广场$|大楼$"
                                r"|(?:科技|科学|电子|汽车|智造|产业|生态|影视)城$|智库$")  # (…、中国海洋大学、东略智库等专家: a think tank)


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
