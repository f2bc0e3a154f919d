"""Firms named as a sector's representatives or makers: 以A为代表, 以A、B为龙头, 电子产业以A为主,
A研发的…, projects counted by their firms, 引进A等整车企业."""

from __future__ import annotations

import re

from zonegraph.mentions.base import chars_but, HAN, NUMERAL, boundary_words, cut_after_boundary, item_spans
from zonegraph.mentions.enterprises.candidates import _Candidates
from zonegraph.mentions.enterprises.items import _all_machines, _could_be_company
from zonegraph.mentions.enterprises.words import _ITEM, _LISTED_CHAR
from zonegraph.mentions.industries import industry_gazetteer
from zonegraph.mentions.organizations import BRAND_AT_END, group_gazetteer, is_everyday
from zonegraph.mentions.projects import PROJECT_NOUN


def _maker_named_in_full(text: str, a: int, b: int) -> bool:
    """A maker named by four characters or more without a company's ending (国电高科天启研发的,
    中盛溯源研发的): a name, if it holds no verb of its own (沃华医药研发|生产的) and opens with no
    preposition (凭借中国…)."""
    return (b - a >= 4 and not text.endswith(("研发", "生产", "研制", "开发", "自主", "率先"), a, b)
            and not text.startswith(("凭借", "依托", "借助", "通过", "随着", "作为"), a, b))


# 以泰丰纺织为龙头; 以摩尔农庄为核心的植物蛋白产业链 (a company at the core of a chain, not 以…生态为核心)
_REPRESENTED = re.compile(rf"以({_ITEM})(?:等(?:企业|公司|单位|龙头企业|骨干企业))?等?为(?:代表|龙头|(?:核心|链主)(?=的[^，。；]{{0,16}}?(?:产业链|产业集群|产业园)))")
_CHAIN_INSIDE = re.compile(r"为(?:代表|龙头|骨干|核心|引领)")
_CHAIN_OR_FIELD = ("产业链", "链", "产业", "行业", "领域", "产品", "技术")  # 以钠电全产业链为代表的…产业集群
# a sector's one company, named as what the sector is mostly or as its example
_SECTOR_LED_BY = re.compile(rf"(?:产业|行业)(?:以({_ITEM})为主(?=[，。；])|如({_ITEM})(?=产值|营收|年产|规模|[，。；]))")
# the next items of such a chain, without their 以: 以丰田汽车零部件为代表的变速箱、科力美为代表的电池
_REPRESENTED_AGAIN = re.compile(rf"(?<=、)(?!以)({_ITEM})(?<!等)等?为代表的")  # (…、华米科技等为代表的: not its 等)
# a short name opening its clause as the maker of what follows: 其中，维信电子生产的挠性板…, 威诺数控自主研发的…
_MAKING = "研发|生产|研制|开发|推出|投资建设|投资兴建|出资建设"
# (衷华脑机独立自主研发的: the ways of making may run two together)
# (the maker's own launch may stand between: 永新医疗正式推出自主研发的…)
_MAKER = re.compile(rf"(?:^|(?<=[，。；：]))(?:其中|如|由)?({chars_but(HAN + r'A-Za-z0-9', '其如由')}{{2,8}}?)(?:(?:正式|首次|成功)?(?:推出|发布)了?)?"
                    rf"(?:所|自主|独立|率先){{0,2}}(?:{_MAKING})的")
_MADE_BY = re.compile(f"(?:{_MAKING})的")  # what every _MAKER match ends with: a sentence without it has none
# companies leading a chain or a sector: 以爱地高分子、呈瑞粉末冶金为骨干企业的新材料产业链
_REPRESENTED_LIST = re.compile(
    rf"以(?!及)((?:{_LISTED_CHAR}{{2,10}}、)+{_LISTED_CHAR}{{2,16}})(?:等)?为(代表|龙头|骨干|核心|引领)(?:的)?"
    rf"(?:([{HAN}]{{0,8}}?)(企业|公司))?")  # (…为代表的集成电路企业: the firms of a sector)


# what a list's representatives stand for when it is a sector: …为代表的焊接和汽车零部件产业
_SECTOR_REPRESENTED = re.compile(rf"[{HAN}、和及与]{{2,16}}?(?:产业|行业)")
# …, or a list of sectors or one made (…等为代表的固废资源化利用、水处理与资源利用产业, …等为核心的先进环保装备制造)
_SECTORS_REPRESENTED = re.compile(rf"的?[{HAN}、和及与]{{2,24}}?(?:产业|行业|制造(?=[，。；]))")
# companies counted as the projects they bring: 引建沃尔沃、忠旺、联想、绿地、新华08等16个…大项目
_COUNTED_AS_PROJECTS = re.compile(rf"((?:{_LISTED_CHAR}{{2,6}}、)+{_LISTED_CHAR}{{2,6}})等?[{NUMERAL}\d]+[个项][^，。；]{{0,20}}?项目")
# one company brought in, then the kind of firm it is: 引进开沃等整车企业 (not 引进高端装备等企业: a sector)
_ONE_BROUGHT_IN = re.compile(rf"(?:引进|招引|引入|吸引|集聚|聚集)了?([{HAN}]{{2,4}})等[{HAN}]{{0,6}}?(?:企业|龙头)")


_SECTOR_OR_GRADE = re.compile(r"级|(?:产业|行业|领域)$")  # 以…千亿级智能制造产业…为龙头: sectors, not companies


def _represented_firms(candidates: _Candidates) -> None:
    """Firms named as a sector's representatives or makers: 以A为代表, 以A、B为龙头, 电子产业以A为主,
    由A生产, projects counted by their firms, 引进A等整车企业."""
    text, _, known, industry_labels = candidates.context
    add = candidates.add
    represented = [match for match in _REPRESENTED.finditer(text) if not match.group(1).endswith((*_CHAIN_OR_FIELD, "区", "园", "学", "工作")) and not (
        _SECTOR_REPRESENTED.match(text, match.end()) and match.group(1) not in known
        and any(is_everyday(part, industry_labels) for part in re.split("[和及与、]", match.group(1)) if part)
    ) and not (match.group(1) not in known and is_everyday(match.group(1)))
    ]  # 以激光为代表的一批战略性新兴产业, 以碳纤维和石墨烯为代表的新型碳材料产业: a sector's examples; 以合成生物学为代表的: a science;
    # 以机构、以个人等为代表投资: an everyday word, no company; 以创新基层团建工作为龙头: work done
    for match in represented:
        a, b = match.span(1)
        opening = max((e for s, e, _, _ in known.all(text[a:b]) if s == 0), default=0)
        if opening and text[a + opening : b] in industry_labels:
            b = a + opening  # 以比亚迪新能源汽车为代表的“新三样”产品: the company, then what it makes
        add(a, b, "enterprise-represented")
    for again in (_REPRESENTED_AGAIN.finditer(text, represented[0].end()) if represented else ()):
        if _could_be_company(text, again.start(1), again.end(1), known, industry_labels):
            add(again.start(1), again.end(1), "enterprise-represented")  # the chain's next items, once
    for match in (_SECTOR_LED_BY.finditer(text) if "为主" in text or "如" in text else ()):
        a, b = match.span(1 if match.group(1) else 2)  # 电子产业以东光电子为主, 新医药产业如百科药业产值显著: a company of a brand's shape
        if (BRAND_AT_END.search(text, a, b) and text[a:b] not in industry_labels
                and _could_be_company(text, a, b, known, industry_labels) and not is_everyday(text[a:b], industry_labels)):
            add(a, b, "enterprise-represented")
    for match in (_MAKER.finditer(text) if _MADE_BY.search(text) else ()):
        a, b = match.span(1)
        district = _DISTRICT_OPENING.match(text, a, b)
        if district and b - district.end() >= 2:
            a = district.end()  # 大武口区中色东方生产的: the district, then the maker
        if ((text[a:b] in known or BRAND_AT_END.search(text, a, b) or _maker_named_in_full(text, a, b)) and cut_after_boundary(text, a, b, boundary_words(), keep=2) == a
                and _could_be_company(text, a, b, known, industry_labels) and not is_everyday(text[a:b], industry_labels)):
            add(a, b, "enterprise-maker")  # a name of a company's shape: not 这款, 由该, 凭借中国…
    for match in (_COUNTED_AS_PROJECTS.finditer(text) if "项目" in text and "、" in text else ()):
        items = item_spans(match.group(1), match.start(1))
        first_a, first_b = items[0]  # the first item may run on from its verb: 引建沃尔沃
        ending = [first_a + s for g in (known, group_gazetteer()) for s, e, _, _ in g.all(text[first_a:first_b])
                  if e == first_b - first_a]  # …沃尔沃: a known name ending it starts it
        items[0] = (min(ending) if ending else cut_after_boundary(text, first_a, first_b, boundary_words(), keep=2), first_b)
        # (a group named in full is named too: 也有山东三箭集团、山东联合电力2个…总部类项目)
        named = [text[a:b] in known or text[a:b] in group_gazetteer() or text.endswith("集团", a, b) for a, b in items]
        # (or four short names or more, none a sector, a product or an everyday word: 法拉达、粤新、浩宇、美而达、唯美等22个项目)
        short_names = len(items) >= 4 and all(2 <= b - a <= 3 and text[a:b] not in industry_labels
                                              and not is_everyday(text[a:b], industry_labels) for a, b in items)
        if ((any(named) or short_names) and not any(PROJECT_NOUN.search(text, a, b) for a, b in items)
                and all(is_known or _could_be_company(text, a, b, known, industry_labels)
                        for is_known, (a, b) in zip(named, items))):
            for is_known, (a, b) in zip(named, items):
                if not is_known:  # (the known ones are found by their tables)
                    add(a, b, "enterprise-list", in_list=True)
    for match in (_ONE_BROUGHT_IN.finditer(text) if "等" in text else ()):
        name = match.group(1)  # 引进开沃等整车企业: one company, named before the kind of firm it leads
        if not is_everyday(name, industry_labels) and not any(True for _ in industry_gazetteer().all(name)):
            add(match.start(1), match.end(1), "enterprise-list")
    for match in (_REPRESENTED_LIST.finditer(text) if "、" in text else ()):
        if _CHAIN_INSIDE.search(match.group(1)):
            continue  # 以晨鸣为代表的造纸、以稳健医疗为代表…: a chain of single representatives (_REPRESENTED)
        items = item_spans(match.group(1), match.start(1), "、和及")  # …、加华制药及蒙牛乳业
        if any(text[a:b] in industry_labels for a, b in items):
            continue  # 以生物与新医药、新材料、新能源为代表的…产业: a list of sectors, all its items sectors
        # 以松下、爱信为代表的焊接和汽车零部件产业: a sector's representatives that hold no sector's name are its companies
        of_a_sector = match.group(2) in ("代表", "核心") and _SECTORS_REPRESENTED.match(text, match.end()) and not any(
            True for a, b in items for _ in industry_gazetteer().all(text[a:b]))
        # …为代表的集成电路企业: firms, where the words before 企业 name a sector (not 新物种企业, kinds of firm)
        firms = match.group(4) and (not match.group(3) or any(True for _ in industry_gazetteer().all(match.group(3))))
        if match.group(2) != "龙头" and not firms and not of_a_sector and 2 * sum(
                text[a:b] in known or BRAND_AT_END.search(text, a, b) is not None for a, b in items) < len(items):
            continue  # 以…为代表的药品和医疗器械研发群体: companies only where half the items are named as such
        if _all_machines([text[a:b] for a, b in items], known):
            continue  # (以密炼机、硫化机等为龙头: machines, no companies)
        if all(_could_be_company(text, a, b, known, industry_labels) and not _SECTOR_OR_GRADE.search(text, a, b)
               for a, b in items):
            for a, b in items:
                add(a, b, "enterprise-represented", in_list=True)


_DISTRICT_OPENING = re.compile(rf"[{HAN}]{{2,3}}[区县]")
