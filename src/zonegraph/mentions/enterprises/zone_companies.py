"""Companies named by their zone (益阳高新区高投集团公司, 高新建投公司, 高科集团), and the bare zone
word a page places a firm by (高新区|海华金属…), which the other readers step past unless a zone
company's own words follow it."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import HAN, NAME_CHAR, PREPOSITIONS, Mention
from zonegraph.mentions.enterprises.words import _GOVERNMENT_BODY, _KIND_OF_COMPANY, _UNITS
from zonegraph.mentions.organizations import (LEGAL_ENDING, LEGAL_FORM, PARTICLES, an_unnamed_firm,
                                              enterprise_gazetteer, group_gazetteer)
from zonegraph.reference import place_at, zones


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


# the bare zone word opening a list's first item, no part of the firm's name (高新区潍柴动力、天瑞重工等4家企业)
_BARE_ZONE_OPENING = re.compile(r"(?:高新区|园区|开发区)(?:内的?|的)?")
