"""Firms named beside words that say what they are: a kind or grade of firm before a quoted or bare name
(龙头企业A, 企业“A”), a dash, a registered capital, a zone's fund, a description (…的动漫企业A), an
officer's title after it (A董事长…), a regional headquarters, a firm's own teams and party bodies."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import (HAN, NUMERAL, PREPOSITIONS, boundary_words, cut_after_boundary, item_spans,
                                     long_boundary_words)
from zonegraph.mentions.enterprises.candidates import _Candidates
from zonegraph.mentions.enterprises.items import _clean_left, _could_be_company
from zonegraph.mentions.enterprises.words import _LISTED_CHAR
from zonegraph.mentions.organizations import (BRAND_AT_END, BRAND_ENDING, is_described, is_everyday,
                                              is_generic_enterprise, is_name, left_edge)
from zonegraph.reference import place_at, place_forms, place_or_county_at, zones


# companies listed right after the kind of company they are: 引入…上下游关联企业南洋电缆、京宇电气、远洋线缆
_HEADED_LIST = re.compile(
    rf"(?:关联|骨干|领军|知名|配套|链主|头部|龙头|招商引资|重点)企业(?:有|包括|如|与)?[：:]?"  # (…等领军企业与|索贝数位、…)
    rf"((?:{_LISTED_CHAR}{{2,8}}、)+{_LISTED_CHAR}{{2,8}})(?=[，。；]|等|$)"
)


def _placed_name(text: str, a: int, b: int, industry_labels: frozenset[str]) -> bool:
    """A company's short name of a place and a word of its own (行业领军企业上海纽创，…: 上海 + 纽创),
    not a place and everyday words (龙头企业上海工厂)."""
    place = place_at(text, a, b)
    return (place is not None and b - a - len(place) >= 2
            and not is_everyday(text[a + len(place) : b], industry_labels))


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


# what a leading-firm head may be followed by that is no firm: the firms' gathering or their roll (链主企业恳谈会上)
_GATHERING = re.compile(r"会|论坛|联盟|名单|榜")


# a company named after what it is, set off by a dash: 全国特种车行业首家上市公司——迪马、…龙头——泽塔电源
_DASHED_COMPANY = re.compile(rf"(?:企业|公司|龙头|冠军|领军者|领头羊)——([{HAN}A-Za-z0-9·]{{2,8}}?)(?=[、，。；]|等|(?<=公司|集团))")
# …企业——新华制药布洛芬系列产品…: the name runs on into what it makes, up to its brand ending
_DASHED_BRAND = re.compile(rf"(?:企业|公司|龙头|冠军|领军者|领头羊)——([{HAN}A-Za-z0-9·]{{1,6}}?(?:{BRAND_ENDING.pattern}))")


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


@lru_cache(maxsize=None)
def _zones_funds() -> re.Pattern[str]:
    """A zone's own investment firms, named by its short name or nickname (光谷, 张江: words to the brand rules) and a
    finance house's short ending (光谷金控, 光谷产投)."""
    forms = sorted({form for zone in zones() for form in zone.short_names if not form.endswith(("区", "园", "城"))},
                   key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, forms)) + ")(?:金控|产投)")


@lru_cache(maxsize=None)
def _long_words_and_with() -> frozenset[str]:
    """The long boundary words and 与: what may stand before a titled officer's firm."""
    return long_boundary_words() | {"与"}


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


# a firm named right after its description, a comma or a list mark after it: …的知名原创动漫企业两点十分，
_DESCRIBED_FIRM = re.compile(rf"的[^，。；、]{{2,24}}?企业([{HAN}A-Za-z0-9]{{2,6}}?)(?=[，。；、…]|$)")


# a firm named before its officer's title and name, in a list of such: 依迅电子董事长付诚、斗鱼副总裁王岩、…
_FIRM_TITLES = (r"(?:常务)?(?:副)?(?:董事长|总经理|总裁)|首席[\u4e00-\u9fff]{1,4}官|(?:运营|技术|财务)?总监|总助|创始人|CEO")
_TITLE_WORD = re.compile(r"董事长|总经理|总裁|总监|总助|创始人|CEO|首席")
_TITLED_ITEM = re.compile(rf"(?:^|(?<=[、，：:]))([\u4e00-\u9fffA-Za-z0-9]{{2,10}}?)(?:{_FIRM_TITLES})([\u4e00-\u9fff]{{2,3}})(?=[、，等])")


_NOT_A_FIRMS_NAME = re.compile(r"的|之一|数量|总数|达到|超过|\d|[一二三四五六七八九十百千万]+[家个户名余多]")  # (两点十分 is a name)
# a company's headquarters for a region: 金橙子中国研发总部, 艾多美中国总部, 罗格朗华东总部
_REGIONAL_HEADQUARTERS = re.compile(r"(?:中国|亚太|全球|[川渝陕鄂湘苏浙粤闽赣皖鲁豫冀晋辽吉黑滇黔桂]?(?:华东|华南|华北|华中|西南|西北|东北)|国际)"
                                    r"(?:区域)?(?:研发|运营|结算|销售|制造)?总部")  # (金螳螂川西南总部: 川西南's)


# the teams of a firms' contest, or their party branches, each named by its firm (三一中阳代表队、科力远代表队、…和高新区干职工
# 代表队; 分别与家家美党支部、力合党支部、…结对共建): three or more
_FIRMS_OWN_BODIES = ("代表队", "党支部", "党总支", "团支部")
_TEAM_ITEM = re.compile(rf"([{HAN}A-Za-z0-9]{{2,10}}?)(?:{'|'.join(_FIRMS_OWN_BODIES)})")
_TEAMS_LISTED = re.compile(rf"(?:{_TEAM_ITEM.pattern}[、和及]){{2,}}{_TEAM_ITEM.pattern}")
# a team named by what is no firm: a site, the zone's or a body's staff, a place, a business district
_NOT_A_FIRMS_TEAM = re.compile(r"(?:基地|高新区|开发区|园区|管委会|机关|干职工|职工|干部|社区|街道|学校|学院|大学|医院|局|委|办|商圈|纪检|监察)$"
                               r"|高新区|管委会|机关")
