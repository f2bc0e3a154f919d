"""Zone mentions: the gazetteer of national zones, the XX高新区 pattern, and bare names in lists."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from zonegraph.mentions.base import chars_but, HAN, MEMBERS_BODIES, NUMERAL, AnchoredPattern, Gazetteer, Mention
from zonegraph.mentions.organizations import everyday_words, known_company_runs_on
from zonegraph.reference import (ZoneRecord, counties, county_forms, place_at, place_before, place_cues, place_forms, places,
                                 province_forms, stopwords, zone_prefix, zones)

_PATTERN = re.compile(rf"([{HAN}]{{2,12}}?)(?:国家级?)?(?:高新技术产业开发区|高新技术产业园区|高新区)")
# Prefixes that make "高新区" a category or an anaphor, not a name.
_GENERIC_PREFIX = re.compile(
    r"(?:国家|国家级|省级|市级|全国|全省|各|该|本|我|两个|其他|所在|地方|相关|周边|这些|省内|一流|同类|兄弟|"
    r"一批|首批|多个|各地|区内|新|老|大|示范|科技型|创新型|特色|"
    r"争创|创建|申创|申报|申建|创成|获批|升级为|升格为|成为|建成|"  # 支持荆州争创国家高新区: a goal
    r"首家|首个|唯一的?|第[一二三四五六七八九十\d]+[家个]|以上)$"  # 南通首家国家高新区, 山西省唯一的国家高新区: a rank
)
# words between a place and 高新区 that make no zone's qualifier: a rank further back (山东省首个规范高新区),
# a government, a preposition or verb before the zone (龙岩市政府将高新区…)
# 衢州市召开国家高新区建设推进大会: an event; 大连软件看高新区, 淮安有一座高新区, 天津新闻报道高新区企业…,
# 临沂老促会到高新区: a clause or a byline before the bare 高新区; 自贸试验区合肥片区高新区块: a free trade zone's area;
# 南昌市拥有国家级高新技术产业开发区: a verb of having
_NO_QUALIFIER = re.compile(r"首家|首个|首部|唯一|政府|召开|举行|举办|出席|参加|考察|调研|走访|观摩|促进|推动|支持|片区$|[将把对让使在为向给从以]$"
                           r"|[看到赴]|有一|新闻|报道|拥有|建有|设有|[是有]$")
# A bare zone name in an enumeration: 武汉东湖、苏州、西安……和济南等9家国家高新区
_SCIENCE_CITY = re.compile(r"(?:科学城|科创城|科技城|新城|综合性国家科学中心|校区|分校)")
_LIST_ITEM = rf"{chars_but(HAN, '等和及')}{{2,6}}"
# the last item as short as it can be, so that a count after it is no part of it: 沈阳、大连两个国家高新区
# 继福州、厦门、泉州之后的全省第四家国家级高新区; 与永川、泸州、内江就建立四个毗邻国家高新区…
# 青岛（含青岛西海岸片区）: what an item holds, after it; 以南昌、新余…、赣州等地7个国家高新区: 等地
_ITEM_HOLDS = rf"[（(]含[{HAN}]{{2,10}}[）)]"
_LIST = re.compile(
    rf"((?:{_LIST_ITEM}(?:{_ITEM_HOLDS})?[、和及])+{_LIST_ITEM}?)(?:{_ITEM_HOLDS})?等?(?:地的?)?(?:之后的?)?(?:全省|全国)?第?\s*[{NUMERAL}]*\s*[家个]?"
    r"(?:毗邻|相邻|先进|兄弟|知名|标杆)?(?:国家|省级)?(?:级)?(?:高新区|高新技术产业开发区)"  # 继成都、绵阳、自贡之后全省第四个…, 对标昆山、武进等先进高新区
)
# Where a search for them can start: a _PATTERN match holds 高新 2 to 14 characters after its
# start, after Han characters only (the name, 国家); a _LIST match holds 高新区 at least 5
# characters after its start (two items and a mark), after Han characters, 、, spaces, digits.
_PATTERN_SEARCH = AnchoredPattern(_PATTERN, "高新", HAN, min_before=2, max_before=14)
_LIST_SEARCH = AnchoredPattern(_LIST, "高新(?:区|技术产业开发区)", rf"{HAN}、\s\d（）()", min_before=5)


@lru_cache(maxsize=None)
def _gazetteer() -> Gazetteer[ZoneRecord]:
    return Gazetteer(_gazetteer_entries())


@lru_cache(maxsize=None)
def _gazetteer_entries() -> tuple[tuple[str, ZoneRecord], ...]:
    entries = []
    for zone in zones():
        # 青海国家高新技术产业开发区: the official name with 国家, as titles and openings write it (and 洛阳国家高新技术开发区)
        forms = {zone.name, zone.prefix + "高新区", zone.prefix + "国家高新区", zone.prefix + "国家级高新区", *zone.short_names,
                 zone.prefix + "国家高新技术产业开发区", zone.prefix + "国家级高新技术产业开发区",
                 zone.prefix + "高新技术开发区", zone.prefix + "国家高新技术开发区",
                 zone.prefix + "高新园区",  # 衢州高新园区, as local pages also call their zone
                 zone.prefix + "高开区",  # 哈尔滨高开区: 高新技术(产业)开发区 cut to its first and last words
                 zone.prefix + "高新技术园区"}  # 苏州高新技术园区, as older pages call it
        # 秀洲国家高新区, 荣昌国家级高新区: every short form of a zone also with 国家 or 国家级 before 高新区,
        # and written out (紫竹高新区: 紫竹高新技术产业开发区)
        forms |= {short[:-3] + ending for short in zone.short_names if short.endswith("高新区")
                  for ending in ("国家高新区", "国家级高新区", "高新技术产业开发区", "国家级高新技术产业开发区")}
        # 高新区（滨江）: a short form naming the zone's district after it, written without the city, names
        # the zone still (a page of 杭州's that never writes 杭州)
        forms |= {short[short.index("高新区") :] for short in zone.short_names if re.search(r"高新区[（(]", short)}
        if zone.city and zone.city.endswith("市") and zone.city[:-1] == zone.prefix or zone.prefix in _place_prefixes():
            # 连云港市高新区: the city written in full before the zone's short form (莱芜市, a city until 2019),
            # with 国家级 too (湛江市国家级高新区)
            city = zone.prefix + "市"
            forms |= {city + "高新区", city + "高新技术产业开发区", city + "高新技术开发区", city + "高新园区",
                      city + "国家高新区", city + "国家级高新区"}
        entries.extend((form, zone) for form in forms if len(form) >= 3)
    return tuple(entries)


@lru_cache(maxsize=None)
def _place_prefixes() -> frozenset[str]:
    """Zone prefixes that are a place's short name in data/places.csv (莱芜, 昆山): a page may write
    the place as a city (莱芜市高新区, a city until 2019, its zone's city now 济南市)."""
    named = {place.short for place in places()}
    return frozenset(zone.prefix for zone in zones() if len(zone.prefix) >= 2 and zone.prefix in named)


def _city(zone: ZoneRecord) -> str:
    """The zone's city as pages write it before a zone's words: 厦门 (of 厦门市), or nothing."""
    return zone.city.rstrip("市") if zone.city else ""


@lru_cache(maxsize=None)
def _bare_names() -> dict[str, ZoneRecord]:
    """Bare forms usable only inside a list of zones: 苏州, 武汉东湖, 上海张江."""
    table: dict[str, ZoneRecord] = {}
    for zone in zones():
        for form in {zone.prefix, *(zone_prefix(s) for s in zone.short_names if s.endswith("高新区"))}:
            table.setdefault(form, zone)
        for form in zone.short_names:
            if not form.endswith("区") and len(form) >= 2:
                table.setdefault(form, zone)
    # a zone named from its city and a word of its own (厦门火炬, 惠州仲恺) goes by its city in a list
    # (批准福州、厦门和泉州3个国家高新区), when the city has no other national zone
    cities = Counter(_city(zone) for zone in zones())
    for zone in zones():
        city = _city(zone)
        if len(city) >= 2 and cities[city] == 1 and zone.name.startswith(city):
            table.setdefault(city, zone)
    return table


@lru_cache(maxsize=None)
def _shared_forms() -> dict[str, tuple[ZoneRecord, ...]]:
    """Forms that local pages write without their city and that several zones share: 火炬高新区
    is 厦门's, 中山's or 威海's, 医药高新区 泰州's or 通化's. Which one only the document can say.
    A short name's own without its city (火炬开发区 of 中山火炬开发区) is one too, though one zone's:
    a page names it so only where it names the city."""
    owners: dict[str, set[ZoneRecord]] = {}
    of_a_short_name: set[str] = set()
    for zone in zones():
        city = _city(zone)
        for form in {zone.name, *zone.short_names}:
            for place in {city, zone.prefix}:
                rest = form[len(place):]
                # a word of the zone's own and an ending (火炬高新区), not the bare ending (高新区)
                if place and form.startswith(place) and len(rest) >= 5 and rest[0] != "高" and rest.endswith("区"):
                    owners.setdefault(rest, set()).add(zone)
                    # (not 国家自主创新示范区: any zone's; a …高新区 the pattern reads from its place: 金山高新区)
                    if form != zone.name and not rest.startswith("国家") and not rest.endswith("高新区"):
                        of_a_short_name.add(rest)
    known = {form for form, _ in _gazetteer_entries()}
    return {form: tuple(sorted(found, key=lambda z: z.name)) for form, found in owners.items()
            if (len(found) >= 2 or form in of_a_short_name) and form not in known}


@lru_cache(maxsize=None)
def _shared_gazetteer() -> Gazetteer[tuple[ZoneRecord, ...]]:
    return Gazetteer(_shared_forms().items())


def settle_shared_forms(mentions: list[Mention], document_text: str) -> list[Mention]:
    """The mentions of ``mentions`` with each shared form (see ``_shared_forms``) resolved to the
    one zone whose city the document names (中山市…火炬高新区), or dropped when none or several."""
    settled = []
    for mention in mentions:
        candidates = mention.extra.get("candidates")
        if candidates is not None:
            named = [z for z in candidates if any(cue in document_text for cue in place_cues(z.name, z.city))]
            if len(named) != 1:
                continue
            mention.name, mention.extra = named[0].name, {"zone": named[0]}
        settled.append(mention)
    return settled


# the head of a body's name, which no zone's name holds (咸宁供电公司|高新区供电中心)
_A_BODYS_HEAD = re.compile(r"公司|集团|银行|大学|学院")
# a zone's name in quotes after 的, as what another place is to become: 建成东北的“硅谷”、长春的“中关村”
_METAPHOR = re.compile(r"的“[^”]+”")


def find_zones(text: str) -> list[Mention]:
    """The zones a sentence names: known ones by any form (data/zones.csv), unknown ones by the pattern
    <place>高新区 (flagged by the rule zone-pattern), lists of zones, and agricultural zones."""
    mentions = [
        Mention("Zone", a, b, surface, zone.name, "zone-gazetteer", extra={"zone": zone})
        for a, b, surface, zone in _gazetteer().find(text)
        if not _METAPHOR.fullmatch(text[max(0, a - 2) : b + 1])  # 长春的“中关村”: what a place is likened to
        and not _inside_a_longer_place(text, a)
    ]
    taken = [(m.start, m.end) for m in mentions]
    if any(form in text for form in _shared_forms()):
        mentions.extend(_shared_form_zones(text, taken))
    if "农" in text:
        mentions.extend(_agricultural_zones(text, taken))
    # Both patterns end in 高新区 or 高新技术产业…: without 高新 neither can match
    if "高新" not in text:
        return _finish(text, mentions)
    mentions.extend(_patterned_zones(text, taken))
    if "（高新区）" in text or "(高新区)" in text:
        mentions.extend(_district_doubling_as_zone(text, taken))
    if "）高新" in text or ")高新" in text:
        mentions.extend(_zone_with_its_county(text, taken))
    if "国家高新区" in text or "国家级高新区" in text:
        mentions.extend(_zone_before_its_park(text, taken))
    mentions.extend(_listed_zones(text, taken))
    return _finish(text, mentions)


def _shared_form_zones(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Zones by a form several zones share without their cities (火炬高新区: 厦门's, 中山's or 威海's), their
    candidates kept for the document to settle (``settle_shared_forms``)."""
    found: list[Mention] = []
    for a, b, surface, candidates in _shared_gazetteer().find(text):
        if not any(x < b and a < y for x, y in taken):
            found.append(Mention("Zone", a, b, surface, surface, "zone-shared-form",
                                 extra={"zone": None, "candidates": candidates}))
            taken.append((a, b))
    return found


def _patterned_zones(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Zones named <place>高新区 or <place>高新技术产业开发区: known ones by the place's name (the province set
    aside, 市 dropped, a character typed twice), others named from their place and flagged zone-pattern."""
    found: list[Mention] = []
    for match in _PATTERN_SEARCH.finditer(text):
        a, b = match.span()
        if any(x < b and a < y for x, y in taken):
            continue
        start = _place_start(text, match.end(1))
        if start is None:
            placed = _placed_by_its_district(text, match.start(1), match.end(1))
            if placed is not None:  # 位于芜湖弋江区的高新区: the city's zone, where it lies
                found.append(Mention("Zone", placed[0], b, text[placed[0]:b], placed[1].name, "zone-gazetteer",
                                     extra={"zone": placed[1]}))
                taken.append((placed[0], b))
            continue
        prefix = text[start : match.end(1)]
        if _A_BODYS_HEAD.search(prefix):
            continue  # 国网咸宁供电公司高新区供电中心: a company's unit in the zone, no zone named 咸宁供电公司高新区;
            # 北京大学来高新区: a university coming to the zone, no zone named after it
        # 江西新余国家高新技术产业开发区 is 新余's; 大冶湖高新技术产业园区 is the zone known as 大冶湖高新区
        zone = _zone_after_province(prefix) or _zone_named(prefix + "高新区")
        if zone is None and _without_shi(prefix) != prefix:
            zone = _zone_named(_without_shi(prefix) + "高新区")  # 包头市高新区: the city written in full before a short name
        if zone is None and len(prefix) >= 3 and prefix[-1] == prefix[-2]:
            zone = _zone_named(prefix[:-1] + "高新区")  # 无锡锡高新区综合保税区: a character typed twice
        if zone is None:  # 辽宁省盘锦市高新区: a zone no list holds is named from its city, the province set aside
            start += _province_length(prefix)
            prefix = text[start : match.end(1)]
        own = _without_shi(prefix)  # 盘锦市高新区 and 盘锦高新区: one zone, named from its city without 市
        if zone is None and "国家" in text[match.end(1) : b]:
            zone = _national_zone_of_city(own)  # 通化国家级高新区: the one national zone of 通化, 通化医药
        found.append(Mention("Zone", start, b, text[start:b], zone.name if zone else own + "高新技术产业开发区",
                             "zone-gazetteer" if zone else "zone-pattern", extra={"zone": zone}))
        taken.append((start, b))
    return found


def _listed_zones(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Zones listed by their bare names (沈阳、大连两个国家高新区; 抚顺、丹东、铁岭…高新区): known ones, and
    provincial zones no list holds named from their places; a list that names anything else names no zones."""
    found: list[Mention] = []
    bare = _bare_names()
    for match in _LIST_SEARCH.finditer(text):
        position = match.start(1)
        items = re.split(r"[、和及]", match.group(1))
        placed: list[tuple[int, int, str]] | None = []
        # …、绥中7个省级高新区, 7家省级高新区，即汉寿、桃源…高新区: counties too
        provincial = "省级" in match.group()[match.end(1) - match.start() :] or bool(
            _PROVINCIAL_BEFORE.search(text, max(0, match.start(1) - 16), match.start(1)))
        for index, written in enumerate(items):
            item = re.sub(_ITEM_HOLDS, "", written)
            a, b = position, position + len(item)
            position += len(written) + 1
            zone = bare.get(item)
            if zone is None and index == 0:  # 批复同意沈阳、大连两个国家高新区: the first item after its verb
                tail = next((item[cut:] for cut in range(1, len(item) - 1) if item[cut:] in bare), None)
                if tail:
                    zone, a, item = bare[tail], b - len(tail), tail
            if len(items) == 2 and items[0] == items[1]:
                placed = None  # 新余和新余高新区: the city and its zone, not two zones
                break
            if zone and not any(x < b and a < y for x, y in taken):
                found.append(Mention("Zone", a, b, item, zone.name, "zone-list", in_list=True, extra={"zone": zone}))
                taken.append((a, b))
            elif zone is None and (_a_place_or_its_district(item) or (provincial and index > 0 and _a_county_like(item))):
                placed.append((a, b, item))
            elif zone is None and provincial and index == 0 and item[0] in "即有" and _a_county_like(item[1:]):
                placed.append((a + 1, b, item[1:]))  # …省级高新区，即汉寿、桃源…: the word that opens the list
            elif zone is None and index == 0 and (cut := _place_cut(item)):  # 其中滁州、安庆…: the place after the words before
                placed.append((a + cut, b, item[cut:]))
            elif zone is None and not any(x < b and a < y for x, y in taken):
                placed = None  # 委员会、包头市政府、…: not a list of zones
                break
        for a, b, item in placed or ():  # 抚顺、丹东、铁岭…高新区, 阜阳界首高新区: provincial zones no list holds
            if not any(x < b and a < y for x, y in taken):
                known = _zone_named(item + "高新区")
                found.append(Mention("Zone", a, b, item, known.name if known else item + "高新区",
                                     "zone-list" if known else "zone-list-pattern", in_list=True, extra={"zone": known}))
                taken.append((a, b))
    return found

def _without_shi(prefix: str) -> str:
    """A zone's place as its short name writes it: a city without 市 (包头市 -> 包头), not a one-character one."""
    return prefix[:-1] if prefix.endswith("市") and len(prefix) >= 3 else prefix


# 签约落户国家高新区佛山三水园: the zone, then its city and one of its parks
_ZONE_BEFORE_ITS_PARK = re.compile(rf"国家级?高新区([{HAN}]{{2,4}}?)[{HAN}]{{1,4}}园(?!区)")


def _zone_before_its_park(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A zone written as 国家高新区 with its city and a park of it after (国家高新区佛山三水园): the
    city's zone, when the city is a zone's bare name (a city of one zone, or a zone's own prefix),
    the park written with it as one mention."""
    out = []
    for match in _ZONE_BEFORE_ITS_PARK.finditer(text):
        zone = _bare_names().get(match.group(1))
        a, b = match.span()
        if zone is not None and not any(x < b and a < y for x, y in taken):
            out.append(Mention("Zone", a, b, text[a:b], zone.name, "zone-gazetteer", extra={"zone": zone}))
            taken.append((a, b))
    return out


# 德州(禹城)高新区: a zone by its city, the county it lies in written in brackets between
_CITY_AND_COUNTY = re.compile(rf"([{HAN}]{{2,3}})[（(]([{HAN}]{{2,4}})[）)](?:国家级?)?(?:高新技术产业开发区|高新区)")


def _zone_with_its_county(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A zone written with its city and, in brackets, the county or district it lies in (德州(禹城)高新区):
    the city's zone, when the city is a zone's bare name, city and county written with it as one mention."""
    out = []
    for match in _CITY_AND_COUNTY.finditer(text):
        county = match.group(2)
        if county not in county_forms() and county not in place_forms():
            continue
        for size in (3, 2):  # the city's name ends before the bracket: 新闻|德州(禹城)高新区
            zone = _bare_names().get(match.group(1)[-size:])
            a, b = match.end(1) - size, match.end()
            if zone is not None and a >= match.start(1):
                if not any(x < b and a < y for x, y in taken):
                    out.append(Mention("Zone", a, b, text[a:b], zone.name, "zone-gazetteer", extra={"zone": zone}))
                    taken.append((a, b))
                break
    return out


_PROVINCIAL_BEFORE = re.compile(r"省级(?:高新区|高新技术产业开发区)[，,：:]?(?:即|分别是|包括)?$")


def _a_place_or_its_district(item: str) -> bool:
    """A place (丹东, 葫芦岛) or a place and a district's two characters after it (柳州河西, 阜阳界首)."""
    if item.endswith(("省", "市", "县", "区")) or _place_names().get(item) == "province":
        return False  # 江苏省、淄博市: a government or a province, not a zone's place
    forms = place_forms()
    return item in forms or (len(item) >= 4 and item[:-2] in forms and not item[:-2].endswith(("省", "市", "县", "区"))
                             and _place_names().get(item[:-2]) != "province"  # 河北工大: a province has no two-character district
                             and item[-2] not in "省市县区"
                             and item[-2:] not in ("国家", "省级", "市级", "地区", "两个"))


def _a_county_like(item: str) -> bool:
    """A name of two to four characters that could be a county's (绥中, 汉寿): read so only in a list of
    provincial zones, where data/places.csv, which holds few counties, cannot say."""
    return (2 <= len(item) <= 4 and (item[-1] not in "省市县区" or len(item) == 2)  # 澧县, 津市: a county's own name
            and _place_names().get(item) != "province")


def _place_cut(item: str) -> int | None:
    """Where the place that ends the first item of a list starts, after the words before the list (其中滁州)."""
    return next((cut for cut in range(1, len(item) - 1) if _a_place_or_its_district(item[cut:])), None)


# a bare 高新区 as the page's own zone: after a mark, a year or a verb (到高新区调研, 2003年,高新区…)
# (我市高新区 on a city paper's page: the paper's city's zone)
# (or 高区, as 威海's pages call theirs: 记者从高区商务局获悉; not 农高区, 佛高区)
_BARE_ZONE = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]|[到来在与和赴对为向了的年日月以从于])|(?<=我市|本市|全市))(?:高新区|高区)")


_ZONES_DATELINE = re.compile(r"[·•]([\u4e00-\u9fff]{2,6}高新)讯")


def zone_of_a_page(text: str) -> ZoneRecord | None:
    """The zone a page that names no zone means by a bare 高新区 (…一行到高新区调研): the zone of the
    city the page names most (its source line counting as one more), twice at least and more than any
    other city with a zone, or once where no other city with a zone is named (…是潍坊打造国际动力城的…)."""
    nicknamed = zone_by_its_nickname(text)
    if nicknamed is not None:
        return nicknamed
    if not _BARE_ZONE.search(text):
        return None
    dateline = _ZONES_DATELINE.search(text)
    if dateline is not None and (zone := _zone_named(dateline.group(1) + "区")) is not None:
        return zone  # 中国网·滨海高新讯: the outlet's channel of the zone (滨海高新区) dates the page
    counts = {}
    for record in zones():
        # its city, or the place its name is of where that is a city of its own (莱芜, a city until
        # 2019: 大众网莱芜…高新区, whose zone's city is 济南 now)
        for city in {record.city.removesuffix("市"), *({record.prefix} & _place_prefixes())}:
            if len(city) >= 2 and city in text:
                zone = _zone_named(city + "高新区")
                if zone is not None:
                    # the page's source (来源：长治市人民政府网) is the city's own: it counts once more
                    said = text.count(city) + bool(re.search(rf"来源[：:]\s*{city}", text))
                    counts[zone] = max(counts.get(zone, 0), said)
    if not counts:  # 观山湖消防大队, 华州区“2·12”事故: a district of the one city with a zone, and no city named
        for a, _, _, zone in _district_gazetteer().find(text):
            counts[zone] = counts.get(zone, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or len(ranked) > 1 and (ranked[0][1] < 2 or ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


@lru_cache(maxsize=None)
def _district_gazetteer() -> Gazetteer[ZoneRecord]:
    """The districts and counties of each city with exactly one national zone (data/counties.csv), by their
    full names and their short ones of three characters or more (观山湖区, 观山湖 -> 贵阳高新区): a page
    naming no city but one of its districts means that city's zone by its bare 高新区."""
    by_city: dict[str, list[ZoneRecord]] = {}
    for zone in zones():
        if zone.city:
            by_city.setdefault(zone.city, []).append(zone)
    entries = []
    for county in counties():
        city_zones = by_city.get(county.prefecture, [])
        if len(city_zones) == 1:
            entries.extend((form, city_zones[0]) for form in {county.name, county.short} if len(form) >= 3)
    return Gazetteer(entries)


def provincial_zone_of_a_page(text: str) -> str | None:
    """The provincial zone a page means by a bare 高新区 where it names no zone and no national zone
    is the page's (太仓概览 > … 高新区依托…“太仓实践”): the zone named after the one county-level place
    the page names most, twice at least and more often than any city with a national zone."""
    if not _BARE_ZONE.search(text) and not _ZONE_HEADING.search(text):
        return None
    # a place opening its words (> 太仓概览, “太仓实践”, 在太仓), not inside a person's name (主任张新民一行)
    # (not a quoted word, “金凤”电缆: a brand, not 银川's 金凤区)
    # (nor a known company's name opening with the place's, 新华三集团: not 石家庄's 新华区)
    counts: Counter[str] = Counter(short for a, b, _, short in _county_gazetteer().find(text)
                                   if (a == 0 or not "\u4e00" <= text[a - 1] <= "\u9fff" or text[a - 1] in _BEFORE_A_PLACE)
                                   and not _QUOTED.fullmatch(text, max(0, a - 1), b + 1)
                                   and not known_company_runs_on(text, a, b))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    if any(text.count(city) >= ranked[0][1] for city in _zone_cities()):
        return None
    return ranked[0][0] + "高新技术产业开发区"


_BEFORE_A_PLACE = frozenset("在于到赴来至从省市我的和与及")
_QUOTED = re.compile(r"[“\"「][^”\"」]+[”\"」]")  # a word in quotes, whole
# the official ending alone on a line, as a zone's page heads itself (首页 > 太仓概览 > … \n高新技术产业开发区\n)
_ZONE_HEADING = re.compile(r"(?:^|\n)\s*高新技术产业开发区\s*(?:\n|$)")


@lru_cache(maxsize=None)
def _county_gazetteer() -> Gazetteer[str]:
    """County-level places with no national zone (data/counties.csv and the counties of places.csv;
    not a district a national zone is named by, 滨江 of 杭州高新区（滨江）), full and short forms, each
    to the short form a zone named after it takes (太仓市, 太仓 -> 太仓)."""
    named = _zone_cities()
    written = "|".join(form for zone in zones() for form in zone.short_names)  # 杭州高新区（滨江）: a national zone's district
    # 河南 (河南蒙古族自治县), 海南 (海南区), 河北 (河北区): a county's short form that is a province's name means the province
    provinces = province_forms()
    entries = []
    for place in (*(p for p in places() if p.level == "county"), *counties()):
        short = place.short or place.name[:-1]
        if len(short) >= 2 and short not in named and place.name not in named and short not in written and short not in provinces:
            entries.extend((form, short) for form in {place.name, place.short} if len(form) >= 2)
    return Gazetteer(entries)


@lru_cache(maxsize=None)
def _zone_cities() -> frozenset[str]:
    """The places the national zones are named after or lie in (苏州, 昆山), two characters or more."""
    return frozenset(form for zone in zones() for form in (zone.prefix, _city(zone)) if len(form) >= 2)


def zone_by_its_nickname(text: str) -> ZoneRecord | None:
    """The zone a page calls by a nickname of its own alone (光谷), if one does: ``zone_and_count_by_its_nickname``."""
    zone, _ = zone_and_count_by_its_nickname(text)
    return zone


def zone_and_count_by_its_nickname(text: str) -> tuple[ZoneRecord | None, int]:
    """The zone a page names only by a two-character name of its own that is no place (光谷, 东湖 in
    data/zones.csv), twice at least and more often than any other such name: not an area (东湖区), nor
    another region's namesake (湾区光谷, 西部光谷)."""
    counts: Counter[ZoneRecord] = Counter()
    for form, zone in _nicknames().items():
        counts[zone] += sum(1 for match in re.finditer(form, text)
                            if not text.startswith("区", match.end()) and not _A_REGIONS.search(text, 0, match.start())
                            and not _OPENS_AN_INSTITUTES_NAME.match(text, match.end()))
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None, 0
    return ranked[0]


# (nor the opening of an institute's name: 上海张江产业工程院, on a page about 石家庄高新区)
_OPENS_AN_INSTITUTES_NAME = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:研究院|工程院|研究所|实验室|研究中心)")
_A_REGIONS = re.compile(r"(?:湾区|西部|南方|东方|北方|中部|华南|华东|华北|海峡|[东西南北]部)$")


@lru_cache(maxsize=None)
def nicknames_of(name: str) -> tuple[str, ...]:
    """The two-character names of its own a zone goes by that are no place (光谷 for 武汉东湖新技术开发区)."""
    return tuple(form for form, zone in _nicknames().items() if zone.name == name)


@lru_cache(maxsize=None)
def _nicknames() -> dict[str, ZoneRecord]:
    # (a town the zone has grown over is no other place: 张江, whose town the science city took in)
    return {form: zone for zone in zones() for form in zone.short_names
            if len(form) == 2 and not form.endswith("区") and (place_at(form, 0) is None or _place_names().get(form) == "town")}


@lru_cache(maxsize=None)
def _national_zone_of_city(city: str) -> ZoneRecord | None:
    """The city's national zone where it has one alone, named after it and a word of its own (通化医药)."""
    owners = [zone for zone in zones() if _city(zone) == city]
    return owners[0] if len(owners) == 1 and owners[0].name.startswith(city) else None


def _inside_a_longer_place(text: str, start: int) -> bool:
    """Whether a place name opens before ``start`` and runs on into the name found there: 鞍山高新区
    in 马鞍山高新区 is no zone of 鞍山's, 津市 in 天津市 no county-level city."""
    forms = place_forms()
    return any(text[start - back : start - back + size] in forms
               for back in (1, 2) if start - back >= 0 for size in range(back + 1, back + 5))


def _placed_by_its_district(text: str, start: int, end: int) -> tuple[int, ZoneRecord] | None:
    """Where a bare 高新区 is placed by its city and district before 的 (位于芜湖弋江区的高新区): the
    start of the city's name and the city's known zone."""
    if text[end - 1 : end] != "的":
        return None
    return _citys_zone(text, start, end)


_BRACKETED_BARE_ZONE = re.compile(r"[（(]高新区[）)]")


def _district_doubling_as_zone(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """A district named with its zone in brackets (温州龙湾区（高新区）): the city's known zone."""
    found = []
    for match in _BRACKETED_BARE_ZONE.finditer(text):
        placed = _citys_zone(text, max(0, match.start() - 8), match.start())
        if placed is None or not text.endswith("区", 0, match.start()):
            continue
        a, b = placed[0], match.end()
        if not any(x < b and a < y for x, y in taken):
            found.append(Mention("Zone", a, b, text[a:b], placed[1].name, "zone-gazetteer", extra={"zone": placed[1]}))
            taken.append((a, b))
    return found


def _citys_zone(text: str, start: int, end: int) -> tuple[int, ZoneRecord] | None:
    """The city (or county) nearest ``end`` in ``text[start:end]`` that has a known zone, and where it
    starts: the one the district or the description after it belongs to."""
    names = _place_names()
    for at in range(end - 3, start - 1, -1):
        for size in (4, 3, 2):
            place = text[at : at + size]
            if names.get(place) not in (None, "province"):
                zone = _zone_named(place.removesuffix("市") + "高新区")
                if zone is not None:
                    return at, zone
    return None


def _zone_named(form: str) -> ZoneRecord | None:
    """The known zone that ``form`` names whole (芜湖高新区), if any."""
    return next((zone for a, b, _, zone in _gazetteer().find(form) if (a, b) == (0, len(form))), None)


def _province_at_start(prefix: str) -> int:
    """How long the province's short name opening ``prefix`` is (江西 of 江西新余), 0 when none does."""
    names = _place_names()
    return next((size for size in (4, 3, 2) if names.get(prefix[:size]) == "province"), 0)


def _province_length(prefix: str) -> int:
    """How long the province opening a zone's prefix is (辽宁省 of 辽宁省盘锦市), when a place follows it."""
    size = _province_at_start(prefix)
    end = size + prefix.startswith("省", size) if size else 0
    return end if end and len(prefix) - end >= 2 and place_at(prefix, end) is not None else 0


def _zone_after_province(prefix: str) -> ZoneRecord | None:
    """The known zone a name's prefix gives once its province is set aside (江西新余 -> 新余)."""
    size = _province_at_start(prefix)
    return _zone_named(prefix[size:].lstrip("省") + "高新区") if size else None


# a national agricultural high-tech zone (国家农业高新技术产业示范区, 农高区) beyond the two of the national list
# (杨凌, 黄河三角洲): 河南周口国家农高区, 昌吉国家农业高新技术产业示范区
_AGRICULTURAL = re.compile(rf"([{HAN}]{{2,8}}?)(国家)?(?:农业高新技术产业示范区|农高区|农业高新区)")


def _agricultural_zones(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Agricultural zones no list holds, named from their place, written with 国家 as their official names are."""
    found = []
    for match in _AGRICULTURAL.finditer(text):
        if any(x < match.end() and match.start() < y for x, y in taken):
            continue
        # 黄河三角洲国家农业高新区: a zone of the national list, written with 国家 and its name shortened
        known = next(((s, zone) for s in range(match.start(), match.end(1) - 1)
                      if (zone := _zone_named(text[s : match.end(1)] + "农业高新技术产业示范区")) is not None), None)
        if known is not None:
            start, zone = known
            found.append(Mention("Zone", start, match.end(), text[start : match.end()], zone.name, "zone-gazetteer",
                                 extra={"zone": zone}))
            taken.append((start, match.end()))
            continue
        start = _place_start(text, match.end(1))
        if start is None:
            continue
        name = text[start : match.end(1)] + "国家农业高新技术产业示范区"
        found.append(Mention("Zone", start, match.end(), text[start : match.end()], name, "zone-pattern",
                             extra={"zone": None}))
        taken.append((start, match.end()))
    return found


def _finish(text: str, mentions: list[Mention]) -> list[Mention]:
    # 上海张江科学城, 东湖科技城: a science city inside or beside a zone, not the zone
    # 南宁·中关村科技园: a city's park named after a zone elsewhere, not that zone
    mentions = [m for m in mentions if not _SCIENCE_CITY.match(text, m.end) and not _inside_listed_name(text, m)
                and text[m.start - 1 : m.start] not in ("·", "•") and not _named_after_in_another_province(text, m)
                and not _opening_an_associations_name(text, m)]
    mentions.sort(key=lambda m: m.start)
    _mark_lists(text, mentions)
    return mentions


def _a_bare_name(mention: Mention) -> bool:
    """Whether a zone is written by its bare name (中关村, 武汉东湖), without 高新, 开发区 or 科技园区."""
    return not any(word in mention.surface for word in ("高新", "开发区", "科技园区"))


# the rest of an association's name a zone's bare name opens: 中关村大数据产业联盟, 中关村企业家协会
_REST_OF_ASSOCIATION = re.compile(rf"[{HAN}]{{0,10}}?(?:{'|'.join(MEMBERS_BODIES)})")


def _opening_an_associations_name(text: str, mention: Mention) -> bool:
    """中关村大数据产业联盟副秘书长韩林华: a body named after a zone (its members the zone's firms, or the
    genre's), on any page; its name is no mention of the zone (a speaker's affiliation on a page of 无锡)."""
    return _a_bare_name(mention) and _REST_OF_ASSOCIATION.match(text, mention.end) is not None


def _named_after_in_another_province(text: str, mention: Mention) -> bool:
    """南宁中关村: a zone's bare name (one without 高新区) right after a place of another province names
    a park there named after the zone, not the zone (海淀中关村 and 武汉东湖 are the zones)."""
    zone = mention.extra.get("zone")
    if zone is None or mention.start < 2 or not _a_bare_name(mention):
        return False
    start = place_before(text, mention.start)
    if start == mention.start:
        return False
    return zone.province not in _provinces_of(text[start : mention.start])


@lru_cache(maxsize=None)
def _provinces_by_form() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for place in places():
        for form in (place.name, place.short):
            if len(form) >= 2:
                table.setdefault(form, set()).add(place.province)
    return {form: frozenset(provinces) for form, provinces in table.items()}


def _provinces_of(form: str) -> frozenset[str]:
    return _provinces_by_form().get(form, frozenset())


# the rest of a listed name a bare zone name opens: 中关村创客小镇、 / …、中关村创客小镇等
# …、中关村互联网文化创意产业园承德园、: a park named after the zone, elsewhere
_REST_OF_LISTED_NAME = re.compile(rf"[{HAN}]{{2,6}}(?=[、等])|[{HAN}]{{2,12}}?产业园(?:[{HAN}]{{2,3}}园)?(?=[、等，。；])")
# (not 位于浦东张江的上海极豆科技有限公司: 的 ends the zone's name, a legal name after it is a firm there)
_REST_OF_LEGAL_NAME = re.compile(rf"(?!的)[{HAN}（）()]{{2,20}}?(?:有限公司|有限责任公司)")
_ZONE_WORD = re.compile(r"高新|科技园|示范区|园区|自主创新|国家")
_PARK_COMMITTEE = re.compile(rf"[{HAN}]{{2,3}}园(?:管委会|管理委员会)")
_REST_OF_INSTITUTE = re.compile(rf"[{HAN}]{{0,8}}?(?:研究院|研究所|实验室|研究中心)")


def _inside_listed_name(text: str, mention: Mention) -> bool:
    """Whether a bare zone name (中关村, 张江) opens a longer name listed with others (a company or
    project: 中关村创客小镇), rather than naming the zone."""
    if (mention.rule != "zone-gazetteer" or mention.surface.endswith(("区", "园", "城"))
            or _ZONE_WORD.match(text, mention.end) or text[mention.end : mention.end + 1] in ("和", "及", "与")):
        return False  # a zone of a list of zones, a zone named in full, or the first of two joined
    if _PARK_COMMITTEE.match(text, mention.end):
        return False  # 中关村海淀园管委会、: the committee of the zone's own park, which runs it there
    # …、中关村创客小镇等, 北京中关村互联网文化创意产业园管理有限公司: a company's name holds the zone's;
    # 中关村信息谷创新示范基地 (in 莱芜): a known company named after the zone (data/enterprise_brands.csv)
    return (_REST_OF_LISTED_NAME.match(text, mention.end) is not None or _REST_OF_LEGAL_NAME.match(text, mention.end) is not None
            or _REST_OF_INSTITUTE.match(text, mention.end) is not None  # 复旦大学上海浦东张江研究院: an institute's name
            or known_company_runs_on(text, mention.start, mention.end, reach=16))


@lru_cache(maxsize=None)
def _place_names() -> dict[str, str]:
    """Place name -> level, full and short forms (苏州市 and 苏州)."""
    table = {}
    for place in places():
        for form in (place.name, place.short):
            if len(form) >= 2:
                table.setdefault(form, place.level)
    for zone in zones():
        table.setdefault(zone.prefix, "zone")
    for form in county_forms():  # 江都高新区: a provincial zone, named after its district
        table.setdefault(form, "other county")
    return table


@lru_cache(maxsize=None)
def _place_initials() -> frozenset[str]:
    return frozenset(name[0] for name in _place_names() if name)


def _place_start(text: str, end: int) -> int | None:
    """Where an unknown zone's name starts: at a place name at most 4 characters of qualifier
    before 高新区 (攀枝花 + 钒钛), never at a verb or a category (促进国家高新区, 省级高新区)."""
    names = _place_names()
    firsts = _place_initials()
    generic = stopwords("words/generic_name_parts.txt")
    for start in range(max(0, end - 10), end - 1):
        if text[start] not in firsts:
            continue  # no place name starts with this character
        for size in range(min(6, end - start), 1, -1):
            place = text[start : start + size]
            level = names.get(place)
            if level is None:
                continue
            rest = text[start + size : end]
            if start > 0 and _inside_a_longer_place(text, start):
                continue  # 天津市高新区: no zone of 津市's
            if (len(rest) > 4 or "的" in rest or _GENERIC_PREFIX.search(place + rest) or _NO_QUALIFIER.search(rest) or any(w in rest for w in generic if len(w) > 1)
                    or any(mark in rest for mark in "和及与、等")  # 鞍山市和高新区: the city and the zone
                    or not all("\u3400" <= c <= "\u9fff" for c in rest)):  # 来到贵阳，负责高新区: another clause's
                continue
            if level == "province" and len(rest.lstrip("省市")) < 2 and not _national_zone_of_city(place.rstrip("市")):
                continue  # 山东省高新区: the province's zones in general (天津市高新区: the city's one zone)
            if level == "other county" and (rest.lstrip("县区市旗") not in ("", "国家")
                                      or start > 0 and text[start - 1 : start + 1] in everyday_words()):
                # a district or county of data/counties.csv names its zone alone (江都高新区, 江都区国家高新区):
                # no qualifier after it (高明读代表高新区: a man's name), nor inside a word (科技创新和国家高新区)
                continue
            return start
    return None


def _mark_lists(text: str, mentions: list[Mention]) -> None:
    """Zones joined by 、 和 与 及 into an enumeration are peers: no single one is the subject."""
    for left, right in zip(mentions, mentions[1:]):
        between = text[left.end : right.start]
        if between in ("、", "和", "及", "与", "，", "以及") or (not between and left.end == right.start):
            left.in_list = right.in_list = True
