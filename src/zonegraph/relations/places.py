"""Places named around a mention: the zone's city, a district before a name, another area or province,
a boundary; what makes a sentence's subject a place other than the zone."""

from __future__ import annotations

import re

from zonegraph.entities.registry import Entity
from zonegraph.mentions import Mention
from zonegraph.mentions.industries import AREA_WORDS
from zonegraph.mentions.zones import find_zones
from zonegraph.reference import place_at, place_before, place_cues, zone_prefix
from zonegraph.relations.attribution import another_area_subject, district_at
from zonegraph.relations.cues import CLAUSE_END, clause_span


ZONE_WORDS = re.compile(r"高新区|园区|该区|全区|我区|开发区(?<!经济开发区)(?<!技术开发区)")  # (无锡空港经济开发区 is none)
# (the lookbehinds after 开发区, not before it: every branch then opens with a character, and a search skips to one of them)


# another kind of area opening the clause, then its joiner (市经开区与…, 郑蒲港新区与…): the clause's subject
_ANOTHER_AREA_WITH = re.compile(r"[^，。；：、]{0,6}?(?<!高)(?:经济技术开发区|经济开发区|经开区|新区|保税区)(?:还|也|已|先后)?(?:与|同|和)")


def another_area_with(text: str, mention: Mention) -> bool:
    """Whether the mention's clause opens with an area that is no high-tech zone working with it."""
    start, end = clause_span(text, mention)
    opening = _ANOTHER_AREA_WITH.match(text, start, mention.start)
    return opening is not None and not find_zones(text[start : opening.end()])


# an area's boundary, drawn along landmarks (四至范围：东至湖滨路，南至沙岭村，…北至海滨化工): a company there
# marks the line, it is not said to be in the zone
# (or along axes: 南起北京邮电大学，经国家知识产权局向北延伸至北京科技大学: the bodies mark the axis, round 193)
_BOUNDARY = re.compile(r"四至|(?:东|南|西|北)至[^，。；]{2,40}[，；](?:东|南|西|北)至|(?:东|南|西|北)起[^。；]{2,60}?延伸至")
_BOUNDARY_MARK = re.compile(r"四至|[东南西北](?:至|起)|延伸至")


def marks_a_boundary(text: str, mention: Mention) -> bool:
    """Whether the mention stands in an area's boundary, from its first mark to the end of the clause of its
    last (not 物联网产业社区…北至江南大道,南至联慧街,…,以智慧e谷为核心,由聚光科技、…等产业板块组成: the firms after
    the line is drawn make up the area)."""
    if _BOUNDARY.search(text) is None:
        return False
    marks = list(_BOUNDARY_MARK.finditer(text))
    end = CLAUSE_END.search(text, marks[-1].end())
    return marks[0].start() <= mention.start < (end.start() if end else len(text))


def opens_the_zones_names(place: str, zone: Entity) -> bool:
    """Whether a place opens the zone's official name or one of its forms (杨凌 of 杨凌农业高新技术产业示范区, 杨凌示范区)."""
    return any(form.startswith(place) for form in (zone.name, *zone.forms))


def names_no_zone_word(text: str) -> bool:
    """Whether a sentence names no 高新区 or 开发区 of any kind: its firms, sectors and acts may then be a
    province's, a city's, a county's or the nation's rather than the page's zone's."""
    return "高新" not in text and "开发区" not in text


ZONE_WORD_BEFORE = re.compile(r"高新区|开发区|管委会|园区")


# 阿里巴巴、华为、浪潮落户郑州市郑东新区，新华三…落户郑州高新区: a clause settling its companies in another area
SETTLES_IN = re.compile(r"(?:签约)?(?:落户|入驻|进驻|落地|扎根)(?:于|在|到)?")


def another_area(area: re.Match, zone: Entity) -> bool:
    """Whether an area a company settles in is another than the zone (not 滨江区 of 杭州高新区（滨江）)."""
    own_words = area.group(0).rstrip("区县")[:2]
    return not own_words or not _in_the_zones_names(own_words, zone)


def _in_the_zones_names(words: str, zone: Entity) -> bool:
    """Whether an area's own words stand in one of the zone's names (滨江 in 杭州高新区（滨江）)."""
    return any(words in form for form in (zone.name, *zone.forms))


def zone_place_cues(zone: Entity) -> tuple[str, ...]:
    """Words that place a sentence in a zone without naming it: 黄冈, 攀枝花 (city), 钒钛 (prefix)."""
    return place_cues(zone.name, zone.zone.city if zone.zone is not None else None)


def the_citys_own(text: str, mention: Mention, place: str, zone: Entity) -> bool:
    """Whether a sector written right after the zone's city (内江电子信息产业) is the city's: not when it
    opens a list (围绕自贡节能环保、高端装备制造…等五大战略性新兴产业: the place names the whole list), nor
    in the title of a base the zone holds (国家火炬计划德阳精细化工特色产业基地) or a cluster's name."""
    end = mention.extra.get("phrase_end", mention.end)
    return (place in (city_of(zone), zone.zone and zone.zone.city) and not text.startswith("、", end)
            and not mention.extra.get("base_title") and _CLUSTER_NEXT.match(text, end) is None)


# 玉溪生物医药产业集群, 成都电子信息产业功能区: a cluster or area the zone has a part in
_CLUSTER_NEXT = re.compile(r"(?:产业)?(?:(?:创新型)?集群|功能区|生态圈)")


def city_of(zone: Entity) -> str | None:
    """The zone's city as a text names it (无锡, 攀枝花), from its record."""
    return zone.zone.city.rstrip("市") if zone.zone is not None and zone.zone.city else None


def district_before(text: str, end: int, zone: Entity | None) -> str | None:
    """The district, county or town named right before ``end`` (…、樊城区|航空航天…产业集群, 东凤镇|数智家电…),
    none of the zone's own names holding it."""
    for size in (3, 4):
        district = district_at(text, end - size) if end >= size else None
        if district is not None and len(district) == size:
            if text[end - size - 1 : end - size] in ("·", "•", "・"):
                return None  # 荆门高新区·掇刀区新能源新材料产业: the district the zone is run with
            return None if zone is not None and _in_the_zones_names(district.rstrip("区县"), zone) else district
    town = TOWN_BEFORE.search(text, max(0, end - 4), end)  # 东凤镇|数智家电产业集群: a town's, as a district's
    return town.group() if town and not (zone is not None and _in_the_zones_names(town.group()[:-1], zone)) else None


# a town named right before a cluster, a name of its own after a list mark or a clause's start (…、东凤镇, 沙溪镇;
# not the end of a longer word, nor a 特色小镇)
TOWN_BEFORE = re.compile(r"(?<![\u4e00-\u9fff]{3})[\u4e00-\u9fff]{2,3}(?<!小)镇$")


def place_named_before(text: str, end: int) -> str | None:
    """The place (and development area) that ends right before ``end``: 许昌, 汉川经开区."""
    for area in ("", *AREA_WORDS):
        stop = end - len(area)
        if area and not text.startswith(area, stop):
            continue
        start = place_before(text, stop, longest=5)
        if start < stop:
            return text[start:end]
    return None


# a sector said to be a place's leading one: …产业是扬州工业经济的主导产业 (not …是高新区的主导产业)
# (or the last of a list of them: 新能源电池、汽车装备、…、生物医药是荆门市重点培育的战略性新兴产业; or one of its directions:
# 生物医药健康产业更是石家庄“4+4”现代产业发展方向之一)
_PLACES_SECTOR = re.compile(r"(?:[、和及][^，。；、]{2,12}?)*(?:产业|行业)?(?:更|也|都|均)?(?:是|为|作为)([^，。；]{2,12}?)"
                            r"(?:的(?:[^，。；]{0,6}?(?:主导|支柱|首位|优势|重点|新兴|特色))?产业|的(?:主导|支柱|首位|优势|重点)产业"
                            r"|[^，。；]{0,4}?产业发展方向之一)")
# or our city's, its rank before it: 非织造布产业是我市第一大支柱产业
_OUR_CITYS_SECTOR = re.compile(r"(?:产业|行业)?(?:是|为|作为)(?:我市|全市|本市|我省|全省)(?:的)?(?:第[一二三]大|首位|传统)?"
                               r"(?:主导|支柱|首位|优势|重点|特色)产业")


def a_places_leading_sector(text: str, mention: Mention) -> bool:
    """Whether the sector is said to be a place's leading sector, a place other than a zone (扬州工业经济,
    我市)."""
    end = mention.extra.get("phrase_end", mention.end)
    said = _PLACES_SECTOR.match(text, end)
    return bool(said and place_at(said.group(1), 0) is not None and not find_zones(said.group(1))) or bool(
        _OUR_CITYS_SECTOR.match(text, end))


def part_of_another_area(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the part of the sentence after its last ； before the mention opens with a development
    area that is no high-tech zone (attribution.another_area_subject) or another place acting
    (…；黄冈结合自身资源…，大力发展医疗器械…), and names no zone before it."""
    start = text.rfind("；", 0, mention.start) + 1
    if start == 0 or any(m.kind == "Zone" for m in find_zones(text[start : mention.start])):
        return False
    place = place_at(text, start)
    acting = (place is not None and _PLACE_ACTS.match(text, start + len(place)) is not None
              and names_other_place(place, zone) and not any(name.startswith(place) for name in (zone.name, *zone.forms)))
    return acting or another_area_subject(text[start:])


def headed_by_another_area(text: str, mention: Mention) -> bool:
    """Whether a development area that is no zone heads the list the sector is in, its name right before
    the list (在漕河泾新兴技术开发区微电子、光电子、计算机及其软件和新材料四大产业的基础上)."""
    head = _AREA_BEFORE_A_LIST.search(text, max(0, mention.start - 40), mention.start)
    return head is not None and not any(m.end >= head.end(1) > m.start for m in find_zones(text[: head.end(1)]))


# a development area's name, then the items of a list up to the sector (…开发区微电子、光电子、…软件和)
_AREA_BEFORE_A_LIST = re.compile(r"([\u4e00-\u9fff]{2,8}?(?:新兴技术|经济技术|经济)?开发区)(?:[^，。；、]{2,12}、)*(?:[^，。；、]{2,12}[和及与])?$")


_PLACE_ACTS = re.compile(r"(?:市|区|县)?(?:则|结合|依托|立足|围绕|聚焦|重点|正|也|将|还|已|要|大力|着力|加快|积极|全力|持续)")


def clause_of_another_place(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the mention's clause opens with a place other than the zone's (its city included) and
    does not name the zone: that place is the clause's subject."""
    start, end = clause_span(text, mention)
    opening = _clause_opening(text, start, end)
    if not opening or not names_other_place(opening, zone):
        return False
    place = place_at(opening, 0)
    if any(name.startswith(place) for name in (zone.name, *zone.forms)):
        return False  # 杨凌围绕打造…: the zone's own place name (杨凌示范区)
    if _RANKED_IN_A_PLACE.match(opening, len(place)):
        return False  # 四川惟一的节能环保装备制造示范基地: what the zone is, ranked within the place
    return not any(m.kind == "Zone" for m in find_zones(text[start:end]))


_RANKED_IN_A_PLACE = re.compile(r"(?:省|市)?(?:惟一|唯一|首个|首家|第一|最大)")


# the zone's city, named as a city, doing or planning: 鄂尔多斯市提出构建能源、现代煤化工…4个世界级产业
_CITY_DOES = re.compile(r"(?:委|政府|委、市政府|委市政府)?(?:提出|计划|构建|打造|正|也|将|还|要|坚持|围绕|着力|加快|大力|发布|出台|印发"
                        r"|十分重视|高度重视|一直|始终|积极)")


def _city_speaks(opening: str, zone: Entity) -> bool:
    """Whether ``opening`` starts with the zone's city, written with 市 (河源市), or without it where the zone is
    named after another place (常州十分重视… of 武进高新区), as the subject of a verb."""
    city = zone.zone.city if zone.zone is not None else ""
    if not (city.endswith("市") and len(city) >= 3):
        return False
    bare = city[:-1]
    said = city if opening.startswith(city) else bare if (
        len(bare) >= 2 and opening.startswith(bare) and bare not in zone.name) else ""
    return bool(said) and _CITY_DOES.match(opening, len(said)) is not None


_TIME_OPENING = re.compile(r"(?:\d{4}年(?:\d{1,2}月(?:[—-]\d{1,2}月)?)?|近年来|今年以来|去年以来?|目前|同时|此外)[，,]|(?:近日|日前)[，,]?")


_PROVINCE_OR_CITY_BEFORE = re.compile(r"(?:我|全|本)(?:省|市)(?:的)?$")


def the_provinces_or_citys_firm(text: str, mention: Mention) -> bool:
    """Whether a company opens a list the province's or city's own words head, in a sentence naming no
    zone (今年我省颠峰软件等26家服务外包企业…获得…资金支持): the province's firms, not the zone's."""
    return (_PROVINCE_OR_CITY_BEFORE.search(text, 0, mention.start) is not None
            and names_no_zone_word(text))


def sentence_of_its_city_or_province(text: str, zone: Entity) -> bool:
    """Whether the sentence opens with the zone's city, written with 市, as its subject, and names no
    高新区 or 开发区 (2024年，河源市围绕…重点产业，…引进华勤技术、赛锐科技等…项目: the city's), or speaks
    of investment in a province by its one-character name (新加坡在川直接投资…主要分布在电子元器件、…)."""
    if not names_no_zone_word(text):
        return False
    time = _TIME_OPENING.match(text)
    return _city_speaks(text[time.end() if time else 0 :], zone) or _INVESTED_IN_A_PROVINCE.search(text) is not None


# investment in a province named by its one-character name: 新加坡在川直接投资, 对川投资, …等新加坡知名企业均在川创业发展
_INVESTED_IN_A_PROVINCE = re.compile(r"[在对来赴][川蜀渝黔滇陕甘青宁藏蒙晋冀豫鲁苏浙皖闽赣湘鄂粤桂琼辽吉黑](?:直接)?(?:投资|创业|设立|落户|布局)")


def clause_of_its_city(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the mention's clause opens with the zone's city, written with 市, as its subject (not the
    place in the zone's own name, 杨凌围绕…, nor the zone itself)."""
    return _city_speaks(_clause_opening(text, *clause_span(text, mention)), zone)


def _clause_opening(text: str, start: int, end: int) -> str:
    """The clause ``text[start:end]`` without the quote marks that open it."""
    return text[start:end].lstrip("“\"‘ ")


def outside_the_zone(place: str, zone: Entity) -> bool:
    """Whether a place (许昌, 汉川经开区) lies outside the zone: neither its city nor its province."""
    province = zone.zone.province if zone.zone is not None else ""
    if province and (place == province or place == province.rstrip("省") or place.startswith(province)):
        return False  # 湖南省新型显示产业重要承载区: the zone's province
    return names_other_place(place, zone)


def names_other_place(title: str, zone: Entity) -> bool:
    """Whether a title begins with a place other than the zone's (《三河市…办法》 in 燕郊高新区), or
    with its city named as a city (《怀化市…行动计划》)."""
    own = {zone_prefix(zone.name), *(f for f in zone.forms)}
    if any(title.startswith(form) for form in own if form):
        return False
    city = city_of(zone)
    if city and title.startswith(city + "市"):
        return True  # 《怀化市新型显示产业链发展三年行动计划》: the zone's city's own, named as the city
    if city and title.startswith(city):
        return False
    return place_at(title, 0) is not None
