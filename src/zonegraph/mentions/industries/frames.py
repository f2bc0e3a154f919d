"""One sector named by the words around it, known to the taxonomy or not: a cluster's (阜新液压产业集群),
a chain's (在输变电产业链上), a base's title (国家…产业化基地), a numbered heading (1、…产业：), one
leading a broader sector or the zone's (以激光为引领的…), one companies represent, one said to be one of the
zone's sectors (…产业之一) or that a strong verb develops (大力发展…产业)."""

from __future__ import annotations

import re

from zonegraph.mentions.base import (
    chars_but, HAN,
    Mention,
    NUMERAL,
    boundary_words,
    cut_after_boundary,
    item_spans,
    long_boundary_words,
    name_run_start,
)
from zonegraph.mentions.industries.sentence import SectorSentence, _after_taken
from zonegraph.mentions.industries.shared import _GRADE_AT_END
from zonegraph.mentions.industries.unknown import unknown_sectors
from zonegraph.reference import place_at, place_before


# the sector whose chain a sentence works on: 在输变电产业链上深挖存量
_CHAIN_OF = re.compile(rf"在([{HAN}]{{2,8}}?)产业链(?:上|中)")


# a chain a company leads, named by its sector: 以中钨高新为龙头的硬质合金新材料产业链
_COMPANY_LED_CHAIN = re.compile(rf"为(?:龙头|核心|引领|代表|骨干|链主)(?:企业)?的([{HAN}]{{2,10}}?)产业链")


def _company_led_chains(s: SectorSentence) -> list[Mention]:
    """以湖南白银为龙头的稀贵金属精深加工产业链: the sector of a chain a company leads."""
    return [m for match in _COMPANY_LED_CHAIN.finditer(s.text)
            for m in unknown_sectors(s.text, [(match.start(1), match.end(1) + 2)], s.covered, s.known)]  # with 产业


def _led_by(s: SectorSentence) -> list[Mention]:
    """以激光为引领的新一代信息技术产业: the sector leading a broader one."""
    return [m for match in _LED_BY.finditer(s.text) for m in unknown_sectors(s.text, [match.span(1)], s.covered)]


# the sector the companies before it represent, named to the clause's end: 以莱克电气、爱普电器等为代表的高效
# 节能装备制造，以NGK环保陶瓷…等为核心的先进环保装备制造 (two known labels run together: one sector); not a
# group of firms (…为代表的药品和医疗器械生产群体, 封装测试企业群), nor firms said to grow (…为代表的工程机械企业快速壮大)
_REPRESENTED = re.compile(rf"为(?:代表|核心|龙头|引领)的((?:(?!产业|行业|企业)[{HAN}]){{4,12}}?)(?:产业|行业)?(?=[，。；])(?<!群体)(?<!群)")


def _represented_sectors(s: SectorSentence) -> list[Mention]:
    """The sector named after companies that represent it (以…等为代表的…), where companies were found
    between 以 and 为 (以CAR-T技术为核心的细胞免疫治疗: a technology, not firms)."""
    found = []
    for match in _REPRESENTED.finditer(s.text):
        opening = s.text.rfind("以", max(0, match.start() - 60), match.start())
        if opening >= 0 and any(opening < a and b <= match.start() for a, b in s.taken):
            found.extend(unknown_sectors(s.text, [match.span(1)], s.covered, s.known))
    return found


def _chain_of(s: SectorSentence) -> list[Mention]:
    """在输变电产业链上深挖存量: the sector whose chain the sentence works on (with its 产业)."""
    return [m for match in _CHAIN_OF.finditer(s.text)
            for m in unknown_sectors(s.text, [(match.start(1), match.end(1) + 2)], s.covered, s.known)]


_ENTERED = re.compile(r"进入|入选|列入|纳入|跻身")
_COUNT_OPENING = re.compile(rf"的?(?:[多几数]|[{NUMERAL}]+)[个大项条]")


# words between a place and 特色产业集群 that say what it does, not which sector: 泸州将培育特色产业集群
_A_VERB_AS_SECTOR = re.compile(r"^[将要还已正拟再也又均][\u4e00-\u9fff]{0,2}$|(?:培育|打造|发展|建设|形成|壮大|做强|做大)$")


def _one_cluster(s: SectorSentence) -> list[Mention]:
    """赣州高新区稀土新材料制造创新型产业集群, 阜新液压产业集群: the sector of a cluster named alone."""
    text, found = s.text, []
    for match in _ONE_CLUSTER.finditer(text):
        start = name_run_start(text, match.start())
        start = _after_taken(start, match.start() + 1, s.taken)
        start = cut_after_boundary(text, start, match.start(), long_boundary_words(), keep=2)  # 聚焦稀土…: not 及 of 及应用
        start = _CLUSTER_GRADE.match(text, start, match.start()).end()  # 千亿级钒钛: the grade is no name
        counted = _COUNT_OPENING.match(text, start, match.start())
        if counted:  # …为龙头企业的多个新能源新材料产业集群: the count is no name
            start = counted.end()
        headed = _HEAD_BEFORE_CLUSTER.search(text, start, match.start())
        if headed:  # 第一大主导产业|电子显示产业集群: the zone's head sector, named after its head
            start = headed.end()
        end = match.start() + (2 if match.group(0) == "产业集群" else 0)  # the sector's own 产业, if any
        graded = _GRADE_AT_END.search(text, start, match.start())
        if graded:  # 生物医药千亿元级产业集群: the sector ends before its grade
            end = graded.start()
        if ("等" in text[start:end] or not re.fullmatch(rf"[{HAN}]+", text[start:end])
                or re.search(rf"[{NUMERAL}][个大项条]$", text[start:match.start()])):
            continue  # …医养健康等3个产业集群, …三大支柱产业集群: the end of a list, read above
        if _ENTERED.search(text, start, end):
            continue  # 安全应急产业进入国家创新产业集群: a sector said to have joined a designation
        # a sector no taxonomy holds names a cluster where its words stand apart: after a place
        # (阜新液压产业集群), a mark (“国家液压产业集群示范基地”) or a designation (国家级创新型…)
        place = place_at(text, start, end - 2)
        if place and not any(a <= start < b for a, b in s.taken):
            start += len(place)
        else:
            place = None
        if _A_VERB_AS_SECTOR.search(text, start, end):
            continue  # 泸州将培育特色产业集群: what the place will do, no sector
        apart = not text.endswith("型", 0, end) and (
            headed is not None and 2 <= end - start <= 8
            or 2 <= end - start <= 10 and text[start - 1 : start] in ("、", "“")
            or 2 <= end - start <= 6 and (place is not None or text.endswith(("国家", "省"), 0, start))
            or 2 <= end - start <= 8 and text.endswith("“国家", 0, start))  # “国家海洋生物与医药创新型产业集群”: a title
        found.extend(unknown_sectors(text, [(start, end)], s.covered, s.known, narrower_only=not apart))
    return found


def _numbered_headings(s: SectorSentence) -> list[Mention]:
    """1、特钢及金属新材料产业：…: a heading names its sector whole, as the plan writes it."""
    text, found = s.text, []
    for match in _NUMBERED_HEADING.finditer(text):
        a, b = match.span(1)
        if s.covered(a, b) and not any(m.start == a and m.end in (b, b + 2) for m in s.known) and not any(
                x < b and a < y for x, y in s.taken):
            inside = [m for m in s.known if a <= m.start and m.end <= b + 2]
            for m in inside:
                m.extra["absorbed"] = True
            broader = inside[-1].extra.get("concept") if inside else None
            found.append(Mention("Industry", a, b, text[a:b], text[a:b], "industry-heading", True,
                                 extra={"concept": None, "broader": broader, "phrase_end": b + 2}))
        elif not s.covered(a, b):
            found.extend(unknown_sectors(text, [(a, b + 2)], s.covered))
    return found


# the sector a national (or provincial) programme's base is titled after, when the zone holds the
# title: 国家新型工业化（电子信息、光伏发电）产业示范基地, 国家新型工业化产业示范基地（硅电子）,
# 国家应急产业（专用汽车）示范基地, 国家光伏发电装备高新技术产业化基地, 国家火炬计划新乡生物新医药特色
# 产业基地, 国家级非金属新材料特色产业基地
_TITLE_OPENING = r"(?:国家火炬计划|国家火炬|国家级|国家|省级|自治区级?)"
_BRACKETED_BASE = (
    re.compile(rf"(?:新型工业化|安全应急产业|应急产业|军民结合|军民融合)(?:产业)?[（(]([{HAN}A-Za-z0-9、·]{{2,24}})[）)](?:产业)?示范基地"),
    re.compile(rf"新型工业化(?:产业)?示范基地[（(]([{HAN}A-Za-z0-9、·]{{2,24}})[）)]"),
)
_TITLED_BASE = re.compile(
    rf"(?:{_TITLE_OPENING}|(?<=[、“]))([{HAN}]{{2,16}}?)(?:高新技术)?(?:产业化|特色产业)基地")
# a demonstration base titled by a sector the taxonomy knows: 国家电子商务示范基地 (not 国家双创示范基地)
_DEMONSTRATION_BASE = re.compile(rf"{_TITLE_OPENING}([{HAN}]{{2,10}}?)(?:产业)?示范基地")
_BASE_ITEM_SEPARATORS = "、·及和"
_OPENING_AGAIN = re.compile(rf"{_TITLE_OPENING}(?:的)?")
_NOT_A_BASE_SECTOR = re.compile(r"^(?:火炬|计划|火炬计划)$|基地|类$")  # 国家火炬特色产业基地, …（综合类）


def _base_titles(s: SectorSentence) -> list[Mention]:
    """The sectors a base's title names (see _TITLED_BASE): the zone was given the title for them."""
    text, found = s.text, []
    titles = [(m, True) for pattern in (*_BRACKETED_BASE, _TITLED_BASE) for m in pattern.finditer(text)]
    titles += [(m, False) for m in _DEMONSTRATION_BASE.finditer(text)]
    for match, any_sector in titles:
        a, b = match.span(1)
        if text[a - 1 : a] in "、“":  # no title opening: 、打造微系统产业化基地, the verb is no part of it
            a = cut_after_boundary(text, a, b, boundary_words())
        place = place_at(text, a, b)  # 国家火炬计划新乡生物新医药…: the place is no part of it
        if place and b - (a + len(place)) >= 2:
            a += len(place)
        opening = _OPENING_AGAIN.match(text, a, b)  # 惠州国家通信…: the title's opening after its place
        a = opening.end() if opening else a
        placed_after = place_before(text, b)  # 国家地球空间信息武汉产业化基地: the base's place after its sector
        b = placed_after if placed_after - a >= 2 else b
        if b - a < 2 or _NOT_A_BASE_SECTOR.search(text[a:b]):
            continue
        if s.covered(a, b) and not any(m.start >= a and m.end <= b for m in s.known):
            continue  # a company's or an institute's base (…有限公司产业化基地)
        items = item_spans(text[a:b], a, _BASE_ITEM_SEPARATORS)
        for m in unknown_sectors(text, items, s.covered, s.known) if any_sector else ():
            m.extra["base_title"] = True
            found.append(m)
        for m in s.known:
            if any(x <= m.start and m.end <= y for x, y in items) and not m.extra.get("absorbed"):
                m.extra["base_title"] = True  # a known sector's name in the title (电子信息)
    return found


# a sector said to be one of the zone's leading sectors, opening its clause: 高端食品行业作为肇庆高新区“主导+特色”产业之一
_ONE_OF_THE_SECTORS = re.compile(rf"(?:^|(?<=[，。；]))([{HAN}]{{2,8}}?)(?:产业|行业)(?:作为|是|为|已成为)[^，。；]{{0,16}}?"
                                 r"(?:主导|特色|支柱|优势|重点|首位)[^，。；]{0,6}?产业之一")


def _one_of_the_sectors(s: SectorSentence) -> list[Mention]:
    """高端食品行业作为…“主导+特色”产业之一: the sector is one of the zone's."""
    return [m for match in _ONE_OF_THE_SECTORS.finditer(s.text) for m in unknown_sectors(s.text, [match.span(1)], s.covered)]


# one sector the text says is to be developed, of four characters or more, its clause ending at 产业: 大力发展智能衡器计量产业，
_ONE_DEVELOPED = re.compile(rf"(?:大力|重点|加快|着力|优先)发展({chars_but(HAN, '等和及与')}{{4,8}}?)产业(?=[，。；]|$)")  # (not 激光等光电产业)


def _one_developed(s: SectorSentence) -> list[Mention]:
    """大力发展智能衡器计量产业: the one sector a strong verb of developing names, known to the taxonomy or not."""
    return [m for match in _ONE_DEVELOPED.finditer(s.text) for m in unknown_sectors(s.text, [match.span(1)], s.covered)]


# one sector leading the zone's chain or cluster: 形成以高端医用材料为特色的产业链; or written as a sector
# and leading what the zone does (以海洋战略新兴产业为核心,建设…)
_ONE_LEADING = re.compile(rf"以([{HAN}]{{3,8}}?)为(?:特色|主导|核心|龙头|引领|首位)的[{HAN}]{{0,4}}?(?:产业链|产业集群|产业体系)"
                          rf"|以([{HAN}]{{3,8}}?产业)为(?:主导|核心|龙头|引领|首位)")


def _one_leading(s: SectorSentence) -> list[Mention]:
    """以高端医用材料为特色的产业链: the sector leading it is the zone's, known to the taxonomy or not."""
    return [m for match in _ONE_LEADING.finditer(s.text)
            for m in unknown_sectors(s.text, [match.span(1) if match.group(1) else match.span(2)], s.covered)]


# a numbered heading naming a sector, as plans and funding rules list them: （一）…；1、特钢及金属新材料产业：
_NUMBERED_HEADING = re.compile(rf"(?:^|(?<=[：；。\s]))[（(]?[{NUMERAL}]{{1,2}}[、.．）)]\s*([{HAN}]{{2,16}}?)产业[：:]")


# what heads a cluster named after the zone's head sector: …的第一大主导产业电子显示产业集群
_HEAD_BEFORE_CLUSTER = re.compile(r"(?:主导|首位|支柱)产业(?=[\u4e00-\u9fff]{2,8}$)")
# a cluster named after one sector: …稀土新材料制造创新型产业集群, 中国（温州）激光与光电产业集群
_ONE_CLUSTER = re.compile(r"(?<![、和及与])(?:(?:国家级|省级)?(?:创新型|首位|特色|主导|优势|支柱)?产业集群|(?<=制造业|服务业)集群)")


# what may stand before a cluster's sector and is no part of it: the place, a grade, the designating body
_CLUSTER_GRADE = re.compile(
    r"(?:高新区|开发区|园区|全区|我区|该区|本区|[千百万]亿元?级?|国家级|省级|市级|国家|全国|中国"
    r"|科技部|工信部|工业和信息化部|国家发改委|发改委|商务部)*"
)


# a sector named as leading a broader one: 以激光为引领的新一代信息技术产业, 以电池为龙头的新能源产业
_LED_BY = re.compile(rf"以([{HAN}A-Za-z0-9]{{2,10}}?)为(?:(?:引领|龙头|核心|主导|主体|代表)的[{HAN}]{{0,10}}?(?:产业|集群)(?!体系)"
                     r"|(?:主导|支柱|首位)产业)")  # 以起重装备为主导产业的…示范区: the zone's one leading sector
