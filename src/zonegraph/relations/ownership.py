"""Which organisation owns which: subsidiaries and units named in the text or alike in name, a group's
units, the companies a company holds."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.documents.model import Document, Sentence
from zonegraph.entities.registry import Entity, EntityKey, Registry
from zonegraph.mentions import Mention
from zonegraph.mentions.base import NUMERAL
from zonegraph.mentions.enterprises import COUNTED_UNITS
from zonegraph.mentions.organizations import LEGAL_ENDING
from zonegraph.reference import place_at
from zonegraph.relations.facts import Fact
from zonegraph.relations.places import ZONE_WORD_BEFORE


_LEGAL_FORM = re.compile(r"(股份有限公司|有限责任公司|有限公司)$")
_PLACE_QUALIFIER = re.compile(r"[（(][^（）()]{1,8}[）)]")


@lru_cache(maxsize=4096)
def _name_core(name: str) -> tuple[str, str, str]:
    """A legal name's opening place, its own words and its legal form: 玉溪 | 沃森生物技术 | 有限公司."""
    form = _LEGAL_FORM.search(name)
    if form is None:
        return "", "", ""
    body = _PLACE_QUALIFIER.sub("", name[: form.start()])
    place = place_at(body, 0) or ""
    own = re.sub(r"^(?:省|市|区|县)", "", body[len(place):])
    return place, own, form.group(1)


def subsidiaries_named_alike(facts: list[Fact], registry: Registry, document: str) -> list[Fact]:
    """A limited company whose legal name is a joint-stock company's named on the same page but for
    its place belongs to it (玉溪沃森生物技术有限公司 of 云南沃森生物技术股份有限公司, 惠州市赢合科技有限公司
    of 深圳市赢合科技股份有限公司): the held-out annotators give every such pair that parent (3 of 3). Two
    names of one form, one without a place (江苏顺风新能源科技有限公司, 顺风新能源科技有限公司), are more
    often one company written two ways."""
    first = first_sentences(facts)
    out = []
    alike: dict[str, list[EntityKey]] = {}  # companies by their own words: only these are compared
    for key in first:
        alike.setdefault(_name_core(key[1])[1], []).append(key)
    for key, sentence in first.items():
        company = registry.get(key)
        place, own, form = _name_core(key[1])
        if company is None or company.parent is not None or not place or len(own) < 3:
            continue
        for other in alike.get(own, ()):
            other_place, _, other_form = _name_core(other[1])
            if other == key or other_place == place:
                continue
            if other_form == "股份有限公司" and form != other_form:
                company.parent = other
                out.append(Fact(key, "subOrganizationOf", other, document, sentence, "parent-same-name", 0.8))
                break
    return out


# a group named by its brand: 湘电集团, 长飞集团有限公司 (not 河北高速公路集团, whose brand is longer)
_GROUP_NAME = re.compile(r"([\u4e00-\u9fff]{2,4})集团(?:股份有限公司|有限责任公司|有限公司|公司)?")
_GROUP_ITSELF_AFTER = ("股份", "控股", "公司", "有限公司", "股份有限公司")
_GROUP_BRAND_KINDS = ("科技", "实业", "控股", "投资", "股份")  # words of a group's name after its brand (先导|科技集团, 嘉寓|股份集团)


def units_of_a_group_named_alike(facts: list[Fact], registry: Registry, document: str) -> list[Fact]:
    """A company whose own words, after its place, begin with the brand of a group named on the same
    page belongs to that group: 湘电动力 of 湘电集团, 浙江正泰太阳能科技有限公司 of 正泰集团, 长飞光纤 of
    长飞集团 (one such group only; a name-given parent stands). The guidelines give a unit whose name
    implies its parent that parent; the held-out annotators wrote 3 of the 7 such pairs (许继新能源 of
    许继集团 and 英利能源 of 英利集团 among the 4 they left out)."""
    groups: dict[str, list[EntityKey]] = {}
    for entity in registry.named_in(document):
        match = _GROUP_NAME.fullmatch(entity.name) if entity.kind == "Enterprise" else None
        if match:
            groups.setdefault(match.group(1), []).append(entity.key)
            short = match.group(1)[:-2] if match.group(1).endswith(_GROUP_BRAND_KINDS) else ""
            if len(short) >= 2 and place_at(short, 0) is None:
                groups.setdefault(short, []).append(entity.key)  # 先导科技集团: 先导微电子 is its unit too
    if not groups:
        return []
    out = []
    for key, sentence in first_sentences(facts).items():
        company = registry.get(key)
        if company.parent is not None or "集团" in key[1]:
            continue
        core = LEGAL_ENDING.sub("", _PLACE_QUALIFIER.sub("", key[1]))
        own = core[len(place_at(core, 0) or ""):]
        fits = [group for brand, keys in groups.items() for group in keys if own.startswith(brand)
                and len(own) - len(brand) >= 2 and own[len(brand):] not in _GROUP_ITSELF_AFTER]
        if len(fits) == 1:
            company.parent = fits[0]
            out.append(Fact(key, "subOrganizationOf", fits[0], document, sentence, "parent-group-named-alike", 0.8))
    return out


def first_sentences(facts: list[Fact]) -> dict[EntityKey, Sentence]:
    """Each company of the facts, with the first sentence a fact about it came from."""
    first: dict[EntityKey, Sentence] = {}
    for f in facts:
        for key in (f.subject, f.object):
            if key[0] == "Enterprise":
                first.setdefault(key, f.sentence)
    return first


def parent_facts(entity: Entity, registry: Registry, document: str, sentence: Sentence) -> list[Fact]:
    """``subOrganizationOf`` up the entity's chain of parents, each backed by the sentence that
    named the entity (its name, or a table cell, gave the parents)."""
    facts = []
    child = entity
    while child.parent is not None:
        facts.append(Fact(child.key, "subOrganizationOf", child.parent, document, sentence, "parent-by-name", 0.9))
        child = registry.get(child.parent)
    return facts


_OWNED_BY = ("的", "旗下的", "旗下", "下属的", "下属", "所属的", "控股的",  # and X全资子公司Y: the second is the first's
             # (华工科技核心子公司——武汉华工激光工程有限责任公司: with a dash or a colon before the unit)
             # (海光信息两家核心子公司——海光集成、海光微电子: counted first)
             *(f"{of}{count}{kind}子公司{mark}" for of in ("", "的", "之") for count in ("", "两家", "三家", "多家")
               for kind in ("", "全资", "控股", "核心") for mark in ("", "——", "：")))
# what follows the owner in 作为X（以下简称“高投集团”）的全资子公司，Y: the unit is named after the comma
_DECLARED_SHORT_NAME = r"[（(]以下简称[^）)]{1,24}[）)]"
_AS_ITS_SUBSIDIARY = re.compile(rf"(?:{_DECLARED_SHORT_NAME})?的?(?:(?:全资|控股|核心)?子公司|旗下(?:的)?(?:企业|公司))[，,]")
_SHORT_FORM_DECLARED = re.compile("^" + _DECLARED_SHORT_NAME)
_FOUNDED_FROM = re.compile(r"(?:公司)?为母体[，,]?(?:设立|成立|组建|注册)了?")
# the first company buying the second (and those joined to it): X(000628.SZ)发布关于现金收购Y, X兼并重组Y
_ACQUIRES = re.compile(r"(?:[（(][^）)]{0,12}[）)])?[^，。；、]{0,10}?(?:现金|全资)?(?:收购|并购|兼并重组|兼并)了?")
# what makes a purchase no whole one: 收购…的部分股权, …的资产, 少数股权
_A_PART_BOUGHT = re.compile(r"的?(?:部分|少数|参股|资产|业务|产品|项目|土地|厂房|设备|品牌)")
# the first company setting up the second in a place: X在光谷注册成立了Y, X于2019年在…设立全资子公司Y (not X与Z在…:
# a joint venture's founders are two)
_SET_UP_THERE = re.compile(r"(?:于[^，。；、与和]{2,10}?)?在[^，。；、与和]{1,16}?(?:注册|投资)?(?:成立|设立|组建)了?"
                           r"(?:(?:全资|控股)?子公司)?")
_JOINED_FOUNDER = frozenset("与和、及同跟")  # (a character before the first company joining it to another founder)


# the first company said to be the second's subsidiary: X是(上市公司)Y(位于…的)全资子公司, maybe after a clause
# of its founding (金城金素成立于2015年,是上市公司山东金城医药集团股份有限公司的控股子公司)
_IS_A = re.compile(r"(?:成立于[^，。；,]{2,12}[，,])?是(?:上市公司|国内|全球)?")
# …的全资子公司; 旗下…板块之一, 旗下企业: the second company owns the first (通用技术中国汽研是中国通用技术（集团）
# 控股有限责任公司旗下检测认证板块之一)
_SUBSIDIARY_AFTER = re.compile(r"(?:[^，。；]{0,12}的)?(?:全资|控股)?子公司|旗下|(?:的)?下属(?:企业|公司)")  # (…是…有限公司下属企业)
# the first company held or bought by the second: X由Y投资控股, X已被(上市公司)Y收购
_HELD_BY = re.compile(r"(?:已|已经|于\d{4}年)?(?:由|被)(?:上市公司|国有企业)?")
_HOLDS = re.compile(r"(?:投资|全资|绝对|相对)?控股|全资(?:持有|拥有)|(?:整体)?收购|并购")
_BELONGS_TO = re.compile(r"(?:现|目前)?(?:隶属于?|归属于|从属于)")


def mark_groups_naming_units(mentions: list[Mention]) -> None:
    """A group written right before a company's name (中国信科集团光迅科技) names that company's group:
    the company is its unit (owned_units), and the one the sentence is about."""
    companies = [m for m in mentions if m.kind == "Enterprise"]
    for group, unit in zip(companies, companies[1:]):
        if group.end == unit.start and group.surface.endswith("集团"):
            group.extra["names_its_unit"] = True


def owned_units(mentions: list[Mention], sentence: Sentence, document: Document,
           registry: Registry) -> tuple[list[Fact], set[EntityKey]]:
    """国家能源集团的国华能源投资有限公司, X集团旗下的Y, 以X为母体，设立Y: the second company is the
    first's (unless its name already gave it a parent: an organisation has one parent). Also the owners
    a unit is said to belong to (Y是X的全资子公司, Y是X旗下…), named to describe the unit."""
    facts = []
    described: set[EntityKey] = set()
    # (not the short name declared in brackets right after a legal name: the same company again)
    companies = [m for m in mentions if m.kind == "Enterprise" and m.rule != "enterprise-short-form"]
    pairs = list(zip(companies, companies[1:]))
    for owner in companies:  # 作为X（以下简称“高投集团”）全资子公司，Y…: Y, the one the sentence goes on about, is X's
        tail = _AS_ITS_SUBSIDIARY.match(sentence.text, owner.end) if sentence.text.endswith("作为", 0, owner.start) else None
        unit = next((m for m in companies if m.start == tail.end()), None) if tail else None
        if unit is not None and (owner, unit) not in pairs:  # (side by side, the pair is there already)
            pairs.append((owner, unit))
    counted = list(COUNTED_UNITS.finditer(sentence.text)) if "子公司" in sentence.text else []
    owner = next((m for m in companies if counted and m.end <= counted[0].start()), None)
    listed_units = set()  # 宁德时代控股子公司广东邦普…有限公司、宁波邦普…有限公司: every unit the list names is its
    for match in counted if owner is not None else ():  # 国药集团…其中一级子公司一家（国药工程）、二级子公司三家（…）
        units = [m for m in companies if match.start(1) <= m.start and m.end <= match.end(1)]
        pairs.extend((owner, m) for m in units)
        listed_units.update((owner.start, m.start) for m in units)
    for match in _held_lists(sentence.text):  # 山东重工集团…，拥有潍柴动力、潍柴重机和山推股份三家上市公司
        holder = next((m for m in reversed(companies) if m.end <= match.start()), None)
        units = [m for m in companies if match.start(1) <= m.start and m.end <= match.end(1)]
        if holder is not None and units:
            pairs.extend((holder, m) for m in units)
            listed_units.update((holder.start, m.start) for m in units)
    for index, (owner, unit) in enumerate(zip(companies, companies[1:])):
        if _ACQUIRES.fullmatch(_words_between(sentence.text, owner, unit)):
            # 高新发展(000628.SZ)发布关于现金收购成都森未科技有限公司和成都高投芯未半导体有限公司控股权…: each bought is its
            bought = [unit, *_joined_after(sentence.text, companies, index + 1, ("、", "和", "及", "与"))]
            if not _A_PART_BOUGHT.match(sentence.text, bought[-1].end):  # (not 收购…的部分股权, …的资产)
                for company in bought:
                    listed_units.add((owner.start, company.start))
                    if company is not unit:
                        pairs.append((owner, company))
        if _words_between(sentence.text, owner, unit) in _OWNED_BY:
            for following in _joined_after(sentence.text, companies, index + 1, ("、",)):
                listed_units.add((owner.start, following.start))
                pairs.append((owner, following))
    for owner, unit in pairs:
        as_subsidiary = _AS_ITS_SUBSIDIARY.fullmatch(sentence.text, owner.end, unit.start) is not None
        between = _words_between(sentence.text, owner, unit)
        subsidiary = ((_IS_A.fullmatch(between) and _SUBSIDIARY_AFTER.match(sentence.text, unit.end))
                      or (_HELD_BY.fullmatch(between) and _HOLDS.match(sentence.text, unit.end))
                      or _BELONGS_TO.fullmatch(between))  # 信成电动隶属于中国之信集团: the first is the second's
        if subsidiary:  # 亿纬动力是上市公司惠州亿纬锂能股份有限公司位于荆门高新区的全资子公司: the first is the second's
            owner, unit = unit, owner
        founded = ((_FOUNDED_FROM.fullmatch(between) and sentence.text[: owner.start].endswith("以"))
                   or (_SET_UP_THERE.fullmatch(between)  # 霍尼韦尔在光谷注册成立了霍盛工业科技有限责任公司
                       and sentence.text[owner.start - 1 : owner.start] not in _JOINED_FOUNDER))  # (not 华为与|比亚迪在…)
        named_with_group = not between and owner.extra.get("names_its_unit", False)  # 中国信科集团光迅科技
        listed = (owner.start, unit.start) in listed_units
        if between in _OWNED_BY or founded or subsidiary or named_with_group or as_subsidiary or listed:  # 以黄开投公司为母体，设立…招商服务公司
            parent, child = registry.resolve(owner, document.file_name), registry.resolve(unit, document.file_name)
            if parent is None or child is None or parent.key == child.key:
                continue
            if child.parent is None:  # one parent each: a name-given parent stands
                child.parent = parent.key
            if child.parent == parent.key:
                facts.append(Fact(child.key, "subOrganizationOf", parent.key, document.file_name, sentence, "owned-by", 0.8))
                if subsidiary:
                    described.add(parent.key)
    return facts, described


def _joined_after(text: str, companies: list[Mention], index: int, joiners: tuple[str, ...]) -> list[Mention]:
    """The companies after ``companies[index]`` joined to it, one to the next, by nothing but one of ``joiners``
    (宁德时代控股子公司A、B: B after A; 收购A和B: B after A)."""
    joined = []
    for before, following in zip(companies[index:], companies[index + 1 :]):
        if text[before.end : following.start] not in joiners:
            break
        joined.append(following)
    return joined


def _words_between(text: str, owner: Mention, unit: Mention) -> str:
    """The words between two companies, without the short name the first declares (包头天和磁材科技股份有限公司
    (以下简称“公司”)全资子公司包头天和新材料…: the declaration is no word between them)."""
    return _SHORT_FORM_DECLARED.sub("", text[owner.end : unit.start], 1)


# (not 中航工业旗下多家工业企业, 高投集团旗下子公司: units not named, the group is the one the text places)
# (or its named subsidiary: 杰普特的子公司惠州杰普特项目已在仲恺高新区动工)
# (or counted, then named after a dash: 海光信息两家核心子公司——海光集成、海光微电子落地成都高新区)
_UNITS_AFTER = re.compile(r"(?:[（(]以下简称[^（()）]{1,20}[）)]|[”\"]?[）)])?(?:集团)?(?:旗下的?|[的之]?(?:全资|控股|核心)?子公司(?=[\u4e00-\u9fff“]))"
                          r"(?!多家|[\d一二三四五六七八九十两]+家|企业|子公司|公司|各|板块|[^，。；]{0,4}板块)"
                          r"|的?(?:多家|[\d一二三四五六七八九十两]+家)(?:全资|控股|核心)?子公司(?:——|—|：|:)")


# the companies a company holds, listed and counted: 拥有潍柴动力、潍柴重机和山推股份三家上市公司
_HOLDS_COMPANIES = re.compile(rf"拥有((?:[^，。；、和]{{2,12}}[、和及与])+[^，。；、和]{{2,12}}?)(?:[{NUMERAL}\d]+家|等)"
                              r"[^，。；]{0,4}?(?:上市公司|子公司|控股公司)")


def _held_lists(text: str) -> list[re.Match]:
    """The lists of companies a company is said to hold; not where a zone's word stands in the words before the
    list (高新区拥有…等上市公司: the zone's firms), read by ZONE_WORD_BEFORE below."""
    if "拥有" not in text:
        return []
    return [match for match in _HOLDS_COMPANIES.finditer(text)
            if not ZONE_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start())]


def held_by_a_company(text: str, mention: Mention) -> bool:
    """Whether a company is one of those another company is said to hold (…集团…，拥有A、B和C三家上市公司):
    the holder's, named to describe it, not firms the sentence places in the zone."""
    return any(match.start(1) <= mention.start and mention.end <= match.end(1) for match in _held_lists(text))


def a_units_parent(text: str, mention: Mention) -> bool:
    """Whether a company is named as the parent of the unit after it (中国农业发展集团旗下的湖北省种子集团, 隶属于X的Y,
    隆平高科旗下湖北惠民种业, 博盛新材（以下简称…）之全资子公司盐城博盛), or of the firm or the plant the sentence is
    about (…，是德国大陆集团在华投资的首个…生产基地, …，是上市公司…的控股子公司): the unit is the zone's firm."""
    return (_UNITS_AFTER.match(text, mention.end) is not None
            # 与隶属于国家能源集团的国华能源投资有限公司合作: the group the unit after it belongs to
            or (_BELONGS_TO_BEFORE.search(text, max(0, mention.start - 6), mention.start) is not None
                and text.startswith("的", mention.end))
            or (text.endswith("是", 0, mention.start) and _ITS_PLANT_IN_CHINA_AFTER.match(text, mention.end) is not None)
            # 金城金素…，是上市公司山东金城医药集团股份有限公司的控股子公司，…: the parent of the sentence's firm
            or (_IS_THE_PARENT_OF_BEFORE.search(text, max(0, mention.start - 8), mention.start) is not None
                and (subsidiary := _SUBSIDIARY_AFTER.match(text, mention.end)) is not None
                and _CLAUSE_ENDS.match(text, subsidiary.end()) is not None))


_BELONGS_TO_BEFORE = re.compile(_BELONGS_TO.pattern + "$")
_IS_THE_PARENT_OF_BEFORE = re.compile(r"(?:是|系|为)(?:上市公司|国有企业|央企|国企)?$")
_CLAUSE_ENDS = re.compile(r"[，。；）)]|$")


# what a foreign group set up in China, after its name: 是德国大陆集团|在华投资的首个全外资轮胎生产基地, 在中国的第一个…工厂
# (or its move in a field: 是中国移动在云计算、大数据、IT支撑等领域的重要布局, the unit the sentence is about)
_ITS_PLANT_IN_CHINA_AFTER = re.compile(r"在(?:华|中国|国内|亚洲|亚太)(?:投资|设立|建设|布局)?的[^，。；]{0,16}?"
                                       r"(?:基地|工厂|企业|公司|子公司|总部|中心)"
                                       r"|在[^，。；]{2,24}?(?:领域|方面|行业)的(?:重要|重大|战略|关键|重点)?(?:布局|落子)")


# what stands between a body and the lab or centre it owns: 广东医科大学的广东省医学分子诊断重点实验室,
# 驻吉林吉星轮胎有限公司的郭孔辉院士工作站, 中国科学院旗下的…研究所
_UNIT_OF = ("的", "旗下", "旗下的", "下属", "下属的", "所属", "所属的")


def institutes_units(mentions: list[Mention], sentence: Sentence, document: Document, registry: Registry) -> list[Fact]:
    """A research body written right after a university, an institute or a company and 的 (旗下, 下属) is that one's
    unit (广东医科大学的广东省医学分子诊断重点实验室), unless its own name gave it a parent already."""
    facts = []
    bodies = [m for m in mentions if m.kind in ("ResearchInstitute", "Enterprise")]
    for owner, unit in zip(bodies, bodies[1:]):
        if unit.kind != "ResearchInstitute" or sentence.text[owner.end : unit.start] not in _UNIT_OF:
            continue
        parent, child = registry.resolve(owner, document.file_name), registry.resolve(unit, document.file_name)
        if parent is None or child is None or parent.key == child.key or child.parent not in (None, parent.key):
            continue
        child.parent = parent.key
        facts.append(Fact(child.key, "subOrganizationOf", parent.key, document.file_name, sentence, "owned-unit-of", 0.8))
    return facts

