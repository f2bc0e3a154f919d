"""Whether a company a sentence names is one the zone hosts, or is there as something else: a project's
builder, a predecessor or a founder, a service to a project, a lender or a bank, an investor, a customer,
a ranking's top firm, a firm placed in another area."""

from __future__ import annotations

import re

from zonegraph.entities.registry import Entity
from zonegraph.mentions import Mention
from zonegraph.mentions.base import chars_but
from zonegraph.mentions.enterprises import SUPPLY_ADVERBS, investor_lists
from zonegraph.mentions.organizations import SHORT_BANK_INITIALS
from zonegraph.mentions.zones import find_zones
from zonegraph.reference import place_at, place_or_county_at, province_forms
from zonegraph.relations.cues import clause_span
from zonegraph.relations.places import (SETTLES_IN, ZONE_WORDS, ZONE_WORD_BEFORE, another_area, names_no_zone_word,
                                        opens_the_zones_names, zone_place_cues)


PREDECESSOR = ("前身", "前身是", "前身为")  # (its predecessor is …)


def builder_predecessor_founder_or_supplier(text: str, mention: Mention) -> bool:
    """Whether a company is named as the builder of a project (中铁上海工程局集团有限公司承建), as a company's
    predecessor (其前身惠普（HP）公司), as what founded the firm the sentence is about (由山东卡森…有限公司投资成立)
    or as its supplier (核心原料由中国平煤神马集团提供): the zone's firm is another."""
    if _BUILDS_IT.match(text, mention.end) is not None or text.endswith(PREDECESSOR, 0, mention.start):
        return True
    by = text.endswith("由", 0, mention.start) or _BY_THE_DESCRIBED.search(text, max(0, mention.start - 24), mention.start)
    if not by and _FOUNDERS_OF_A_VENTURE_AFTER.match(text, mention.end):
        return True  # …,是三元材料巨头当升科技与四川国企蜀道矿业集团成立的合资公司, …分别持股51%、49%: the venture's founders
    founds = _FOUNDS_OR_SUPPLIES.match(text, mention.end) if by else None
    # (由联想、用友、神州数码等一百家企业自发成立了这一企业自律组织: the founders of an association, firms of their own)
    return founds is not None and _AN_ASSOCIATION_AFTER.match(text, founds.end()) is None


_AN_ASSOCIATION_AFTER = re.compile(r"了?[^，。；]{0,10}?(?:协会|联盟|促进会|商会|学会|俱乐部|自律组织|联合会)")


# a founder of a joint venture, said of the venture: X与Y(共同)成立的合资公司; or its shareholders: X与Y分别持股51%、49%
_FOUNDERS_OF_A_VENTURE_AFTER = re.compile(r"(?:[与和、][^，。；]{2,20}?)?(?:(?:共同|联合)?(?:出资|投资)?(?:成立|设立|组建)的(?:合资|合营)(?:公司|企业)"
                                          r"|分别持股\s*\d)")


# 由, what the founder is, then a dash and its name: 由亚洲蕞大的铝业集团——亚洲铝业控股有限公司投资兴建
_BY_THE_DESCRIBED = re.compile(r"由[^，。；由]{1,20}(?:——|—)$")


def founds_a_firm(text: str, mention: Mention) -> bool:
    """Whether an institute is named among the founders of the firm the sentence is about (由…和华南农业大学共同
    创办), the zone not among them (not 由清华大学与高新区共同组建: the zone's partner)."""
    opening = text.rfind("由", max(0, mention.start - 30), mention.start)
    founds = _FOUNDS.match(text, mention.end) if opening >= 0 else None
    if founds is None:
        return False
    return ZONE_WORDS.search(text, opening, founds.end()) is None and "管委会" not in text[opening : founds.end()]


def in_a_service_role(text: str, mention: Mention) -> bool:
    """Whether a notice names the company in the role of a service to a project (环境影响评价机构 | 天津中环…有限公司,
    环评单位：…, 设计单位, 监理单位), as the works that take its waste (生活污水接管至…污水处理有限公司) or as
    the agency rating a firm (中诚信国际信用评级有限公司、…同时给予…AAA主体信用等级): not a firm of the zone's for that."""
    return (_SERVICE_ROLE_BEFORE.search(text, max(0, mention.start - 16), mention.start) is not None
            or text.endswith(_TAKES_WASTE_BEFORE, 0, mention.start) or _RATES_AFTER.match(text, mention.end) is not None)


# a bank's branch for a city or a province (中国银行本溪分行, 工商银行株洲分行), or its sub-branch (杭州银行科技支行,
# 中国工商银行兰州分行城关支行): the city's, lending to the zone's firms, not one the zone hosts (…高新区支行 is the zone's own)
# (or the bank by its short form: 建行高新大道支行)
_A_CITYS_BANK_BRANCH = re.compile(rf"(?:银行(?:股份有限公司)?|^[{SHORT_BANK_INITIALS}]行)"
                                  r"(?:[\u4e00-\u9fff]{2,4}?(?:省|市)?分行|(?:(?!高新区|开发区)[\u4e00-\u9fff])*?支行)$")


# a known bank (data/enterprise_brands.csv): it lends to the zone's firms and sponsors its contests, a zone hosts none
# (大赛还收到中关村银行、北京银行、华夏银行等500多家…); a foreign bank in a roll of investors may be hosted (三井住友银行)
_A_BANK = re.compile(r"银行(?:股份有限公司)?$")


def a_bank_or_its_branch(entity: Entity, mention: Mention) -> bool:
    """Whether the company is a bank's city branch or sub-branch, or a known bank: a lender, not a firm of the zone."""
    return (_A_CITYS_BANK_BRANCH.search(entity.name) is not None
            or (mention.rule == "enterprise-gazetteer" and _A_BANK.search(entity.name) is not None))


# a facility a group's unit is named by, right after its name: 中粮贸易码头 (the unit's wharf, not the unit)
_FACILITY_AFTER = re.compile(r"码头|油库|堆场|货场")


def a_units_facility(text: str, mention: Mention) -> bool:
    """Whether a group's unit is named only as the owner of the facility its name runs into (振华港机、中粮贸易码头、
    肖山码头拆除到位: the wharf, pulled down), not as a firm of the zone."""
    return mention.rule == "enterprise-group-unit" and _FACILITY_AFTER.match(text, mention.end) is not None


def a_lender(text: str, mention: Mention) -> bool:
    """Whether the company is named as the one a firm borrowed from (从中国邮政储蓄银行成功获贷300万元)."""
    return (text.endswith(("从", "向"), max(0, mention.start - 1), mention.start)
            and _BORROWED_AFTER.match(text, mention.end) is not None)


_BORROWED_AFTER = re.compile(r"[^，。；]{0,8}?(?:获贷|贷款|借款|获得[^，。；]{0,6}?(?:贷款|授信))")


_SERVICE_ROLE_BEFORE = re.compile(r"(?:环评|环境影响评价|评价|设计|施工|监理|招标代理|勘察)(?:单位|机构)\s*[：:|｜]?\s*$")
_TAKES_WASTE_BEFORE = ("接管至", "接入", "排入", "送至", "委托")
# (the company and the other agencies rating with it, then the rating they give)
_RATES_AFTER = re.compile(r"(?:、[^，。；、]{2,24}?)*(?:同时|分别|均|共同)?给予[^。；]{0,40}?(?:评级|信用等级)")


# (or with other founders: 该公司由广东温氏集团和华南农业大学共同创办; 由…亚洲铝业控股有限公司投资兴建)
_FOUNDS = re.compile(r"(?:(?:和|与|、)[^，。；由]{2,24}?)?(?:共同|联合)?(?:投资|出资|独资|控股)?(?:成立|设立|创办|组建|兴建)")
_FOUNDS_OR_SUPPLIES = re.compile(_FOUNDS.pattern + r"|提供|供应|供货")


_BUILDS_IT = re.compile(r"(?:负责)?(?:承建|施工|总承包|监理)")


# what a company is said to be of, just before it: 位于宁波市余姚市的…, 武汉经开区的…
_OF_A_PLACE_BEFORE = re.compile(r"位于([^，。；、]{2,12}?)的$")
_OF_ANOTHER_AREA_BEFORE = re.compile(r"(?:经济技术开发区|经济开发区|经开区|保税区|综保区|(?<![高])新区)的$")


# the top firms of a ranking, named as such: 榜单前10名企业分别为：华为、联想、…
_RANKINGS_TOP_FIRMS = re.compile(r"(?:榜单|排行榜|名单)[^。；]{0,10}?前\s*(?:\d+|[十二三四五六七八九]+)\s*(?:名|位|强)"
                                 r"(?:企业)?(?:分别|依次)?(?:为|是)[：:]?[^。；]*$")


def a_rankings_top_firms(text: str, mention: Mention) -> bool:
    """Whether the firm is one of a ranking's top firms, named in a sentence naming no zone (记者获悉，榜单前10名
    企业分别为：华为、联想、…): the nation's, not the zone's, wherever the page's zone is."""
    return (names_no_zone_word(text)
            and _RANKINGS_TOP_FIRMS.search(text, max(0, mention.start - 80), mention.start) is not None)


# a sentence set in a county: 在宜阳县，观摩团先后到…观摩 (a tour's stop before the zone's)
_IN_A_COUNTY = re.compile(r"[在于]([\u4e00-\u9fff]{1,4}县)[，,]")


def a_scene_in_a_county(text: str, zone: Entity) -> bool:
    """Whether the sentence opens in a county the zone's names do not hold and names no zone (在宜阳县，
    观摩团先后到宜阳县青岛啤酒（洛阳）有限公司、…观摩): the firms it visits there are the county's."""
    opening = _IN_A_COUNTY.match(text)
    if opening is None or not names_no_zone_word(text):
        return False
    county = opening.group(1)
    return not any(county[:-1] in form for form in (zone.name, *zone.forms))


# a company's site or project in a place, named after the company and the place (…重庆车规级模块生产基地项目)
_SITE_AFTER_ITS_PLACE = re.compile(r"[^，。；、]{0,10}?(?:生产基地|研发基地|基地|工厂|项目|分公司|产业园)")


def of_somewhere_else(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the text places the company, right before its name, in a place other than the zone: a city
    or county the zone is not in (在位于宁波市余姚市的智昌科技集团有限公司), or an area of another kind
    (武汉经开区的武汉理工氢电科技有限公司)."""
    before = text[max(0, mention.start - 16) : mention.start]
    if _OF_ANOTHER_AREA_BEFORE.search(before):
        return True
    after = place_at(text, mention.end)  # 斯达半导体重庆车规级模块生产基地项目, on a page of 无锡高新区: its site elsewhere
    if (after is not None and _SITE_AFTER_ITS_PLACE.match(text, mention.end + len(after))
            and not any(cue in after for cue in zone_place_cues(zone)) and not find_zones(text[mention.end : mention.end + 8])
            and not opens_the_zones_names(after, zone)):  # (步长制药杨凌…基地 on 杨凌's page)
        return True
    if _one_of_a_brands_units_elsewhere(text, mention, zone):
        return True
    placed = _OF_A_PLACE_BEFORE.search(before)
    # (位于浦东张江的…: a place that names a zone, 浦东张江 is 张江高新区)
    if (placed is None or ZONE_WORD_BEFORE.search(placed.group(1)) or place_at(placed.group(1), 0) is None
            or find_zones(placed.group(1))):
        return False
    where = placed.group(1)  # (位于秀洲区的…: the district the zone is named after is the zone's)
    return not (any(cue in where for cue in zone_place_cues(zone)) or where[:2] in zone.name)


def _one_of_a_brands_units_elsewhere(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company is one of a brand's units listed by their places (…包括重庆弗迪电池研究院、无为弗迪、盐城弗迪、
    济南弗迪…: 比亚迪's battery firms in other cities), its place none of the zone's: a unit elsewhere."""
    place = place_or_county_at(mention.surface, 0)
    brand = mention.surface[len(place):] if place else ""
    if not place or len(brand) < 2 or any(cue in place or place in cue for cue in zone_place_cues(zone)):
        return False
    return any(_listed_by_its_place(text, at.start(), brand) for at in re.finditer(re.escape(brand), text)
               if at.start() != mention.start + len(place))


def _listed_by_its_place(text: str, at: int, brand: str) -> bool:
    """Whether the brand written at ``at`` is a list's item named by a place before it (、盐城弗迪、)."""
    for size in (2, 3):
        place = place_or_county_at(text, at - size) if at >= size else None
        if place is not None and len(place) == size:
            return text[at - size - 1 : at - size] in ("、", "和") or text.startswith(("、", "和"), at + len(brand))
    return False


# the party a company signs with, named right before it: 淮南经开区管委会与安徽九曜…, 凤台县政府与…
_PARTY_BEFORE = re.compile(r"([^，。；、与和同]{2,14}?)(?:管委会|管理委员会|人民政府|政府)(?:与|和|同)$")


def paired_with_another_area(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company signs with the government or committee of another area, named right before it (寿县经开区
    管委会与安徽蔚众…、凤台县政府与…、淮南高新区管委会与无锡天堃…: each its own area's)."""
    party = _PARTY_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if party is None:
        return False
    name = party.group(1)
    if "经开区" in name or "经济" in name or "县" in name:
        return True  # an economic development area's, a county's
    return not (ZONE_WORD_BEFORE.search(name) or any(cue in name for cue in zone_place_cues(zone)))


_SUPPLIED = re.compile(r"供货|供应|出货|销售|出口|交付|提供|配套|建设了|搭建了|定制了|开发了")  # (…为北控水务等…集团建设了…云平台)


def an_investor(text: str, mention: Mention) -> bool:
    """Whether a company is named among a financing round's investors (投资方为…, …领投), not as a firm the zone hosts."""
    return any(a <= mention.start and mention.end <= b for items in investor_lists(text) for a, b in items)


def is_customer(text: str, mention: Mention) -> bool:
    """Whether a company is named as a customer the zone's firm supplies (分别向华为、中兴等通信公司供货,
    产品主要配套三星、华为、海力士等知名品牌, 拥有华为、苹果…等长期合作的全球高端客户)."""
    start, end = clause_span(text, mention)
    if _WITHIN_BEFORE.search(text, start, mention.start):
        return False  # 已成为辖区内华勤、龙旗…等龙头企业的重要供货商: customers the zone hosts
    if (_CUSTOMERS_BEFORE.search(text, start, mention.start) or _SUPPLIER_OF_AFTER.match(text, mention.end)
            or _CUSTOMERS_AFTER.match(text, mention.end, end)):
        return True
    if text.endswith(("在", "于"), start, mention.start) and _BIDS_AT_AFTER.match(text, mention.end, end):
        return True  # 公司产品在国家电网公司中标额排名湖南第一: the buyer whose tenders a firm won
    to = max(text.rfind("向", start, mention.start), _last_for(text, start, mention.start))
    supplied = _SUPPLIED.search(text, mention.end, end) if to >= 0 else None
    return supplied is not None and not _SERVICE_GIVEN.match(text, supplied.start())


# the tenders of the company just named: 在国家电网公司中标额…, 在中国移动集采中中标
_BIDS_AT_AFTER = re.compile(r"(?:公司|集团)?[^，。；、]{0,6}?(?:中标|招标|集采|采购)")


# what a zone gives its firms (为中兴能源、鹏成科技等23户企业提供施工用电): a service, the firms no customers
_SERVICE_GIVEN = re.compile(r"提供[^，。；]{0,8}?(?:服务|用电|用水|用气|供电|供水|供气|保障|支持|帮助|便利|指导|场地|用地|资金|贷款|融资|政策)")


# the zone's own ground just before a list of companies: 辖区内, 区内, 园区内 (not 省内, 国内)
_WITHIN_BEFORE = re.compile(r"(?:辖区|高新区|园区|区)内(?:的)?(?:[^，。；、]{1,12}、)*$")


def _last_for(text: str, start: int, end: int) -> int:
    """Where the last 为 (for) before a name stands in its clause, not 成为 or 作为: 可为京东方、…等知名企业进行配套."""
    at = text.rfind("为", start, end)  # (opening the clause too: …的企业，为国际家电巨头飞利浦…等配套生产)
    return at if at >= 0 and (at == 0 or text[at - 1] not in "成作认视列评称") else -1


# the list of customers a firm's products go to: 主要配套三星、华为…, 客户包括苹果、…
# (配套 as a verb, after its adverb: not 电子配套园二期、…, a park)
# …拥有华为、苹果、三星、特斯拉、宝马等长期合作的全球高端客户: a list the text closes as customers
_CUSTOMERS_AFTER = re.compile(r"(?:、[^，。；、]{1,12})*等?[^，。；、]{0,14}?(?:客户|用户)(?:群)?(?:[，。；]|$)")
_CUSTOMERS_BEFORE = re.compile(rf"(?:(?:{'|'.join(SUPPLY_ADVERBS)})配套|供货给|供应给|客户(?:包括|有|涵盖|遍及|以|主要(?:是|为|有)?))"
                               r"(?:[^，。；、]{1,12}、)*$")


# the firm named before is whom a zone's firm supplies: 是国家电网、南方电网的优秀供应商, 作为京东方的主要配套供应商,
# 波音、空客等国际知名航空企业的零部件供应商 (not 是全国最大的轮速传感器供应商: the firm is the supplier)
# (or its partner: 成为三星和美光等国际巨头的核心合作伙伴)
# (a model after the customer: 是空客A320、A350等主力机型的重要复合材料供应商)
_SUPPLIER_OF_AFTER = re.compile(r"[A-Za-z0-9\-]{0,8}(?:[、和及与][^，。；、]{2,12}?|[，,][A-Za-z\u4e00-\u9fff]{2,5}(?=[，,、等]))*(?:等[^，。；的]{0,12})?的[^，。；的]{0,8}?(?:供应商|配套商|供货商|合作伙伴)"
                                r"|(?:一级|二级|核心|重要|主要)(?:供应商|配套商|供货商)")  # 小鹏汽车一级供应商江苏博俊…
# (short items may be joined by commas: 已成为华为、阿里巴巴，IBM，微软等国内外知名企业的重要合作伙伴)


# the one company the sentence places in the zone: 位于惠州仲恺高新区的旭硝子显示玻璃（惠州）有限公司
# (…的企业西安爱生技术集团有限公司; not a park placed there: 位于潍坊高新区的潍柴国际配套产业园开工建设, whose firms are the zone's)
_PLACED_IN = re.compile(r"位于[^，。；、]{2,16}?(?:高新区|园区|开发区)的(?:企业|公司)?(?![^，。；、]{2,16}?(?:产业园|园区|科技园|基地|科学城)[^，。；、]{0,4}[，。；])")


_AREA_AFTER_PLACE = re.compile(chars_but(r"\u4e00-\u9fff", "，。；、") + r"{0,6}?(?:新区|开发区|经开区|园区|自贸区|[区县])")


def settles_in_another_area(text: str, mention: Mention, zone: Entity) -> bool:
    """Whether the company's clause settles it in an area of a place (…落户郑州市郑东新区) that is no
    high-tech zone and none of the zone's own (not 落户滨江区 in 杭州高新区（滨江）)."""
    end = min((at for at in (text.find(mark, mention.end) for mark in "，。；") if at >= 0), default=len(text))
    verb = SETTLES_IN.search(text, mention.end, end)
    if verb is None or "高新" in text[verb.end() : end]:
        return False
    place = place_at(text, verb.end())
    area = _AREA_AFTER_PLACE.match(text, verb.end() + len(place), end) if place is not None else None
    if area is None:
        # …等国内一流生物养殖和食品制造企业相继进驻贵州: settling in a province, named alone, is no settling in the zone
        # (not the four cities at that level: 落户上海)
        return place is not None and place in province_forms(with_municipalities=False) and verb.end() + len(place) == end
    return another_area(area, zone)


def placed_elsewhere(text: str, mention: Mention) -> bool:
    """Whether the sentence places another company in the zone (位于…高新区的X, …运到深圳市华星光电…):
    the others it names are its customers, suppliers or peers, wherever they are."""
    places = [match.end() for match in _PLACED_IN.finditer(text)]
    return (bool(places) and mention.start not in places
            and not (text[mention.start - 1 : mention.start] in _JOINED_TO_THE_PLACED
                     and _placed_just_before(text, mention.start, places)))


# a second company joined to the one placed there: 位于济南高新区的华熙生物科技股份有限公司和福瑞达生物科技有限公司
# (not 与: the partner it signs with)
_JOINED_TO_THE_PLACED = ("和", "及", "、")


def _placed_just_before(text: str, start: int, places: list[int]) -> bool:
    """Whether the company before the joiner at ``start`` is the one placed in the zone: it opens right
    where a 位于…的 ends, and the joiner follows it (…的华熙生物科技股份有限公司和|福瑞达…)."""
    return any(place < start - 1 and start - 1 - place <= 24 and not re.search(r"[，。；]", text[place : start - 1]) for place in places)
