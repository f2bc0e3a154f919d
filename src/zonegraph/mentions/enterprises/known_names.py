"""Known companies (the gazetteer) as the page writes them: a known name is read on to the word its
last character opens, its trade or its group's unit, and left where it is only part of a page's
chrome, a person's name, an association's or the words around it."""

from __future__ import annotations

import re

from zonegraph.mentions.base import (chars_but, HAN, MEMBERS_BODIES, NAME_CHAR, PREPOSITIONS, Mention, boundary_words,
                                     cut_after_boundary)
from zonegraph.mentions.enterprises.words import _A_SCHOLAR, _BYLINE_BEFORE
from zonegraph.mentions.organizations import (BRAND_AT_END, BRAND_ENDING, LEGAL_ENDING, PERSON_TITLE,
                                              enterprise_gazetteer, everyday_words, is_described)
from zonegraph.reference import countries, foreign_brands, place_at, place_before


# (…网 before a mark or the page's words: 来源：凤凰传媒网, ©2020凤凰传媒网All Rights Reserved: the company's site;
# a site's section path: 网易首页>网易江苏>正文)
# (and a browser notice's software: 需要较新版本的 Adobe Flash Player)
_PAGE_CHROME_AFTER = re.compile(r"(?:首页|新闻|[\u4e00-\u9fff]{0,4}[>＞]|客户端|频道|网(?:$|[^\u4e00-\u9fff]|点击|版权|讯|站|的)|号[”\x22」]|\s*(?:Flash|Reader|Acrobat)\b)")


# what a person tells the news outlet named before it: 向搜狐IT表示, 向网易科技透露
_TOLD_AFTER = re.compile(r"[A-Za-z]{0,4}(?:科技|财经|新闻)?(?:记者)?(?:表示|透露|介绍|坦言)")


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
_TITLE_AND_SURNAME = re.compile(rf"(?:{PERSON_TITLE.pattern}|负责人|工程师|博士|{_A_SCHOLAR.pattern})[{HAN}]$")
_ENDING_THEN_COMPANY = re.compile(rf"((?:{BRAND_ENDING.pattern}){{1,2}})公司")
# (not the kind of firms a list closes with: 大疆创新、光启、中集集团等高科技公司)
_BUSINESS_THEN_COMPANY = re.compile(rf"(?!等)[{HAN}]{{2,8}}?(?:制造|科技|技术|电子|设备|材料|工程)公司")
# a trade word right after a known name makes another company of it: 三得利肥业 is no 三得利 (the drinks maker)
_TRADE_AFTER = re.compile(r"(?:肥业|药业|纸业|乳业|酒业|鞋业|矿业|实业|化工)(?![\u4e00-\u9fff]{0,2}(?:产业|行业|企业|领域))")


# a foreign company's China arm named by its trade, then a list mark: 勃林格殷格翰中国生物制药、复宏汉霖
_CHINA_TRADE_AFTER = re.compile(rf"中国[{HAN}]{{0,4}}?(?:生物制药|制药|医药|医疗|生物|投资|汽车|电子|半导体|化学|化工|能源)"
                                r"(?=[、，。；,;]|等)")


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
_AN_ASSOCIATIONS_NAME_AFTER = re.compile(chars_but(r"\u4e00-\u9fff", "的了在与和及等是为") + rf"{{0,4}}?(?:{'|'.join(MEMBERS_BODIES)})")


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
