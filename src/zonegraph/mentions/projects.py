"""Enterprises named as the investors of projects: 签约…等项目, 投资50亿元的X项目, X二期项目."""

from __future__ import annotations

import re

from zonegraph.mentions.base import (
    Gazetteer,
    HAN,
    NUMERAL,
    OBJECT_PREPOSITIONS,
    PREPOSITIONS,
    boundary_words,
    cut_after_boundary,
    item_spans,
    long_boundary_words,
    overlaps,
    small_count,
)
from zonegraph.mentions.industries import industry_gazetteer
from zonegraph.mentions.organizations import (
    BRAND_AT_END,
    BRAND_ENDING,
    INSTITUTE_ENDING,
    SHORT_COMPANY,
    after_particle,
    enterprise_gazetteer,
    everyday_words,
    group_gazetteer,
    institute_gazetteer,
    is_everyday,
    is_generic_enterprise,
    is_name,
    material_words,
)
from zonegraph.reference import countries, county_forms, place_at


# a list of projects, each named by its investor and what it builds: 长光华芯光电产业园、新磊半导体
# 生产基地、阿特斯全球供应链总部、长兴电子二期等
_RUN_ITEM = r"(?:[^；。，：、（）()]|[（(][^（）()、，]{1,6}[）)]){2,24}"  # 沃特玛（抚州）新能源汽车产业园项目: a place in brackets
_LIST_RUN = re.compile(rf"{_RUN_ITEM}(?:、{_RUN_ITEM})+")
# 等12个上下游项目, 等10亿元以上项目, 等14个“化尾”重点项目
# not 等为代表的…项目群, nor a list of fields (…、医疗、先进环保产业等领域促进优质项目引入); 等重点产业项目 is projects;
# not places visited (…、集贤园发展中心、草堂科技产业园发展中心等地观摩项目)
_PROJECTS_AFTER = re.compile(rf"等(?!地)[{NUMERAL}]*\s*[个项]?(?:(?!的|领域|行业)[{HAN}“”]|\d+(?=亿|万)){{0,8}}?项目")
# a count heads it without 等: …、大庆炼化增产石蜡三大“油头”项目
_FIRST_OF_COUNTED_PROJECTS = re.compile(rf"(?:^|(?<=[，。；：【,;:]))([^，。；：、【,;:]{{4,30}}?)等\s*[{NUMERAL}]+\s*个[{HAN}]{{0,4}}项目")
_PROJECTS_ARE = re.compile(r"项目(?:有|为|是|包括)")
_COUNTED_PROJECTS_AFTER = re.compile(rf"[{NUMERAL}]+\s*[个项大]“?[{HAN}]{{0,4}}”?项目")
# projects listed one a clause, each with its investment: …；河北创恒隧道智能装备项目，总投资1.7亿元；
_PROJECT_WITH_INVESTMENT = re.compile(
    r"(?:^|(?<=[：:；;，,]))(?:[^，,。；;：:]*?(?:分别是|分别为|包括))?([^，,。；;：:]{4,30}?)项目(?=[，,]?\s*(?:总|计划|预计)?投资)"
)
_SUM = r"(?:总)?投资(?:超|约|近|达)?[\d.]+多?[万亿]*(?:元|美元)"
_INVESTMENT = _SUM + "的"  # 总投资50亿元的, 投资20多亿元的
_INVESTMENT_BEFORE = re.compile(_INVESTMENT)
_MINISTRY_OPENING = re.compile(r"(?:工信|科技|商务|财政|教育|交通运输|交通|农业农村|自然资源|生态环境|水利|民政|公安)部")
PROJECT_NOUN = re.compile(r"(?:项目|总部|基地|产业园|工厂|厂房|生产线|[二三四五]期|(?:采购|研发|运营|结算|销售|营销)中心)$")
# an item named as a project or a plant: …江铃轻汽技改扩能项目, 众泰新能源汽车生产基地, 得润电子产业园
# parks a zone holds by kinds no company's plant is named after
_PARKS_OF_A_ZONE = ("工业园", "工业园区", "科创园", "留创园", "创业园", "科技园", "孵化园", "创新园")
_NAMED_PROJECT_END = re.compile(r"(?:项目|生产基地|制造基地|产业园|工厂|厂房|生产线)$")
_PROJECT_WORD = re.compile(r"项目|总部|基地|产业园|工厂|生产线|期|中心")
_PROJECTS_BEFORE = re.compile(r"签约|签署|落户|落地|开工|竣工|投产|引进|招引|项目")
WAYS_LISTED = re.compile(r"等(?:多种|各种)?(?:方式|模式|形式|途径|手段|举措|措施|渠道|方法)")
# where the investor's name ends inside a project's name: scope, activity, phase and kind words
_AFTER_INVESTOR = re.compile(
    r"全球|国际|中国|亚太|总部|南方|北方|华东|华南|华北|华中|西南|西北|长三角|研发|生产|制造|基地|产业园|项目|工厂|年产"
    r"|技改|扩能|改扩建|扩建|新建|智慧"  # 薪起程智慧车联网, 驴妈妈智慧旅游云
    r"|扩产|增资|在华|财务共享"  # 莫仕扩产项目, 芯源系统增资…项目, 日本电波在华综合型总部, 松下财务共享中心
    r"|第[一二三四五六七八九十]|[一二三四五]期|—|-|（|\(|[\d千百万]+万?吨|\d|的"  # 海国龙油550万吨重油…, 新产投的聚碳酸酯
)


# the parks of a list counted as the zone's areas: 整车产业园、…、零配件产业园五大产业聚集区
_AREAS_COUNTED_AFTER = re.compile(rf"园[{NUMERAL}]+[大个](?:特色)?(?:产业)?(?:聚集区|集聚区|园区|产业园|板块|片区)")


# a project's sum written before its name in a list: 总投资80亿元…项目、计划总投资18.84亿元…项目
_AMOUNT_OPENING = re.compile(r"(?:计划)?" + _SUM)
_ADVERBS_BEFORE_FOR = ("先后", "分别", "已经", "主动", "积极", "累计", "共为", "相继", "陆续")
# what a project's investor is, written before its name (科创板首批上市企业睿创微纳…项目)
_FIRM_DESCRIBED_BEFORE = re.compile(r"(?:上市|龙头|领军|百强|500强|独角兽|瞪羚|小巨人|单项冠军)企业")


# what a project does, ending an item of a list of projects: research, making, processing (…军品科研, …装备制造)
_AN_ACTIVITY_AT_END = re.compile(r"(?:科研|研发|研制|制造|生产|加工)$")
# or a technique the project develops (…散热器技术, …LED车灯设计)
_A_TECHNIQUE_AT_END = re.compile(r"(?:技术|设计|工艺)$")


# a four-character phrase of manner, then what is done to projects (快马加鞭|建设|项目)
_WAY_OF_HANDLING_PROJECTS = re.compile(r"[\u4e00-\u9fff]{4}(?:招引|建设|服务|推进|谋划|储备|引进|落地|签约)项目")


def project_investors(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                       industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investors opening the items of a list of projects (see _LIST_RUN): a list the text says
    is of projects (…等项目, 签约…包括…), two of its items or more named as projects, and two
    investors or more found, each a name that is no place, institute or everyday phrase."""
    found = []
    for read in (_first_of_counted_projects, _projects_with_investment, _projects_by_clause, _counted_projects_by_name,
                 _project_opening_a_clause, _bracketed_projects):
        found.extend(read(text, blocked, known, industry_labels))
    if "、" not in text or not _PROJECT_WORD.search(text):
        return found  # no list, or nothing in it named as a project
    found.extend(_listed_projects(text, blocked, known, industry_labels))
    # 兖州生物医药产业园: a county's or district's park counts toward the list, but names no investor
    return [(a, b) for a, b in found if text[a:b] not in county_forms() or text[a:b] in known]


def _first_of_counted_projects(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                               industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The first project of a count names its investor (新泉汽车内饰件等70个项目完成竣工)."""
    found = []
    for match in (_FIRST_OF_COUNTED_PROJECTS.finditer(text) if "等" in text and "项目" in text else ()):
        a, b = match.span(1)  # 新泉汽车内饰件等70个项目完成竣工: the first project of a count names its investor
        said = _PROJECTS_ARE.search(text, a, b)
        if said:
            a = said.end()  # 集中投产项目有|湘潭新恒兴…基地项目等3个项目: the kind of project, then the first of them
        start = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
        name = project_investor(text, start, b, blocked, known, industry_labels, True)
        if name:
            found.append(name)
    return found


def _projects_with_investment(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                              industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """Projects listed each with its investment (分别是中科恒道…项目，总投资18亿元；河北创恒…项目，总投资…)."""
    found = []
    invested = [match.span(1) for match in _PROJECT_WITH_INVESTMENT.finditer(text)] if "投资" in text else []
    if len(invested) >= 2:  # 分别是中科恒道高端装备制造研发基地项目，总投资18亿元；河北创恒…项目，总投资…
        for a, b in invested:
            start = cut_after_boundary(text, a, min(b, a + 5), long_boundary_words(), keep=2)  # 分别是…
            name = project_investor(text, start, b, blocked, known, industry_labels, True)
            if name:
                found.append(name)
    return found


def _bracketed_projects(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                        industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """Projects named in brackets after what they make (第一台液晶电视（襄阳惠冠电子项目）、…)."""
    found = []
    bracketed = list(_BRACKETED_PROJECT.finditer(text)) if "（" in text else []
    if len(bracketed) >= 2:  # 第一台液晶电视（襄阳惠冠电子项目）、第一台笔记本（襄阳好的数码项目正在安装设备）、…
        for match in bracketed:
            name = project_investor(text, match.start(1), match.end(1), blocked, known, industry_labels, True)
            if name:
                found.append(name)
    return found


def _listed_projects(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                     industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investors opening the items of a list of projects (see _LIST_RUN): two at least, one of them showing a
    company, in a list the text says or names as of projects, and not of parks, sectors, products or activities."""
    found = []
    for run in _LIST_RUN.finditer(text):
        items = item_spans(run.group(0), run.start())
        if sum(text[a] in "“\"" for a, _ in items) >= 2:
            continue  # “基于TPU材料3D打印鞋垫的研发及产业化”、“带有…”等10个项目: projects' quoted titles, no investors
        closed = [i for i, (a, b) in enumerate(items[:-1]) if "等" in text[a:b]]
        if closed:  # 浩达股份、…、帝盛车辆等企业就隔音降噪材料、散热器技术、…: one list closed, the next opened after its 等
            a, b = items[closed[-1]]
            items = [(text.index("等", a, b) + 1, b), *items[closed[-1] + 1 :]]
        last_start, last_end = items[-1]
        cut = text.find("等", last_start, last_end)
        if cut > last_start:
            items[-1] = (last_start, cut)
        if cut > last_start and WAYS_LISTED.match(text, cut):
            continue  # 以创新“飞地”招商、驻点扎根招商、借力活动招商等方式: ways of working, no projects
        if all(_WAY_OF_HANDLING_PROJECTS.fullmatch(text, a, b) for a, b in items):
            continue  # 量质齐升招引项目、快马加鞭建设项目、高效便捷服务项目: how projects are handled, four words each
        said_projects = cut > last_start and _PROJECTS_AFTER.match(text, cut)  # …、长兴电子二期等项目
        counted_head = None
        if not said_projects:  # …、大庆炼化增产石蜡三大“油头”项目
            counted = _COUNTED_PROJECTS_AFTER.search(text, last_start, run.end() + 12)
            if counted and not _COUNTED_PROJECTS_AFTER.search(text, last_start, counted.start()):
                items[-1] = (last_start, counted.start())
                said_projects = counted_head = counted
        said_before = said_projects or _PROJECTS_BEFORE.search(text, max(0, run.start() - 20), run.start() + 6)
        if not said_before and sum(text.endswith("项目", 0, b) for _, b in items) < 2:
            if sum(_NAMED_PROJECT_END.search(text, a, b) is not None for a, b in items) < 2:
                continue  # neither said to be projects nor named so (…江铃轻汽技改扩能项目、…产业园项目等)
            plants_only = True  # 众泰新能源汽车生产基地、得润电子产业园: a company must show among them
        else:
            plants_only = False
        if all(text.endswith(("园", "园区"), a, b) for a, b in items) and any(
                text.endswith(_PARKS_OF_A_ZONE, a, b) for a, b in items):
            continue  # …武陵移动互联网产业园、汉寿工业园、…; 张企科创园、中山留创园、华业智造产业园: the zone's parks
        if _AREAS_COUNTED_AFTER.search(run.group(0)):
            continue  # 整车产业园、…、零配件产业园五大产业聚集区: the zone's parks, counted as its areas
        first_a, first_b = items[0]  # the first item may run on from the clause: it ends in the sector
        sectors = any(text[first_b - size : first_b] in industry_labels for size in range(2, min(8, first_b - first_a) + 1))
        listed = sum(text[a:b] in industry_labels for a, b in items[1:])
        if len(items) >= 3 and listed and (2 * (sectors + listed) >= len(items) or not any(
                any(s == 0 for s, _, _, _ in known.all(text[a:b])) for a, b in items)):
            # 涵盖了传感器、无人机、数据存储…等一批项目, 引进玻璃基板热端、生物制药、航空材料等项目: projects of
            # sectors and products, no investors named (a sector among them and no known company opening one)
            continue
        if all(_AN_ACTIVITY_AT_END.search(text, a, b) for a, b in items):
            continue  # 引进有机硅军品科研、智能高端完井装备制造等项目: the work the projects do, no investors named
        if 2 * sum(_A_TECHNIQUE_AT_END.search(text, a, b) is not None for a, b in items) >= len(items):
            continue  # 就隔音降噪材料、散热器技术、LED车灯设计、安全气囊等项目开发: what the projects develop, half of them techniques
        projects = [(a, b) for a, b in items
                    if " " not in text[a:b] and (said_projects or PROJECT_NOUN.search(text, a, b))]
        names, shown = [], False
        for a, b in projects:
            name = _item_investor(text, run.start(), a, b, blocked, known, industry_labels, bool(counted_head),
                                  bool(said_projects))
            if name:
                names.append(name)
                shown = shown or _looks_like_a_company(text, *name, known) or b - name[1] >= 4  # …建设项目 after it
        if plants_only and not any(_looks_like_a_company(text, *name, known) for name in names):
            continue  # 钛白粉生产基地、钛金属生产基地: bases of products
        # a list of short openings none of which shows a company names products (超声手术器械…项目、人用疫苗…项目)
        short_only = all(y - x <= 3 for x, y in names) and not any(_looks_like_a_company(text, *name, known) for name in names)
        if len(names) >= 2 and shown and not short_only:
            # not 精冲、精锻、铸造砂…等5个项目: products, none of them a company's name; nor 侨商国际大厦, a building
            # named by its words, though it counts toward the list (中田集团大厦 is the group's, 汇特嘉西安总部大厦 the firm's)
            found.extend((x, y) for x, y in names if not _named_building(text, x, y, known))
    return found


def _item_investor(text: str, run_start: int, a: int, b: int, blocked: list[tuple[int, int]], known: Gazetteer[str],
                   industry_labels: frozenset[str], by_count: bool, said_projects: bool) -> tuple[int, int] | None:
    """The investor opening the list item ``text[a:b]`` of a run starting at ``run_start``, if one does: past a sum
    and a description before it, from each place the name may start (the first item may run on from the clause),
    the longest name ``project_investor`` accepts. ``by_count``: the list's projects are counted after it (…三大
    “油头”项目); ``said_projects``: the text says the items are projects."""
    if text[a] in "“\"" and text[b - 1] in "”\"":
        return None  # 盛虹储能、“国能绿岛”、…等百亿级项目: a project's own name in quotes, no investor's
    # 计划总投资20亿元泰邦生物科技园项目: the sum comes first; in the first item the clause may run on
    # before it (威高今年新上了总投资100亿元的威高生物疫苗、…等项目)
    amount = (_AMOUNT_OPENING.search if a == run_start else _AMOUNT_OPENING.match)(text, a, b)
    if amount and b - amount.end() >= 4:
        a = amount.end() + text.startswith("的", amount.end())
    described = _FIRM_DESCRIBED_BEFORE.search(text, a, b)
    if described and b - described.end() >= 4:
        a = described.end()  # 科创板首批上市企业睿创微纳红外热成像终端项目: the firm after what it is
    # 包括长光华芯…; after a 、 only a longer word is cut (…、科乐为数控: 为 is the name's)
    words = boundary_words() if a == run_start else long_boundary_words()
    starts = [cut_after_boundary(text, a, min(b, a + 4), words, keep=0)]
    if 0 < starts[0] and is_everyday(text[starts[0] - 1 : starts[0] + 1]):
        starts = []  # 同时施工…: the item starts inside a word (同时), after its first half (同)
    if a == run_start:  # 集成电路2021年已招引中芯二期、…: the first item may run on from the clause
        cut = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
        starts.append(cut + text.startswith("了", cut))  # 落地了东创精密: the verb's particle
        # 于今年底前对康诺亚、…: a preposition after the long word still opens the name's object
        starts.append(cut_after_boundary(text, cut, b, OBJECT_PREPOSITIONS, keep=2))
        if a > 0 and re.match(rf"[{HAN}]", text[a - 1]):
            # 此次集|中开工的项目有…: the run's reach of 24 characters began inside the clause, at no edge
            starts = [start for start in starts if start > a]
    starts += [start + 1 for start in starts if text.startswith("有", start) and b - start > 3]  # 西边则有纳力新材料
    # 镇江供电公司先后为诺贝丽斯铝业、…等重点项目提供定制化服务: for whom, not the name's
    starts = [start + (text.startswith("为", start) and text[start - 2 : start] in _ADVERBS_BEFORE_FOR) for start in starts]
    named_project = by_count or PROJECT_NOUN.search(text, a, b) is not None  # …数字化制造基地
    name = next((span for span in (project_investor(text, start, b, blocked, known, industry_labels,
                                                    named_project, said_projects)
                                   for start in sorted(set(starts), reverse=True)) if span), None)
    if name and text[name[1] - 1] in "”\"’'" and name[1] - name[0] > 3:
        name = (name[0], name[1] - 1)  # 世界500强企业“国电投”、…等大项目: the name inside its quotes
    return name


# the area of a city a listed project is in, before its investor: a place's development zone (昆山开发区), or a town
# (张浦镇: any two or three characters before 镇)
_AREA_OPENING = re.compile(r"(?:([\u4e00-\u9fff]{2,4}?)(?:经济技术开发区|经济开发区|开发区|经开区|高新区|工业园区|工业园)"
                           r"|[\u4e00-\u9fff]{2,3}(?:镇|街道))(?=[\u4e00-\u9fff]{2})")


# a project named in brackets after what it makes: 第一台液晶电视（襄阳惠冠电子项目）
_BRACKETED_PROJECT = re.compile(rf"（([{HAN}A-Za-z]{{2,10}}?)项目")


# projects counted, then named one by one by their firms: 本次集中开工的6个产业项目分别为海利锂电、益达医药、…
_COUNTED_THEN_NAMED = re.compile(
    rf"([{NUMERAL}]+)\s*[个项]“?[{HAN}]{{0,6}}”?项目(?:分别为|分别是|包括|依次为)[：:]?((?:[^、，。；：“”]{{2,12}}、)+[^、，。；：“”]{{2,12}}?)(?=[，。；]|$)")


def _counted_projects_by_name(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                              industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The firms a counted list of projects is named by, where the count is the number of items and
    every item is a name (no sector, place or everyday phrase): each item is its firm's short name."""
    found = []
    for match in (_COUNTED_THEN_NAMED.finditer(text) if "项目" in text and "、" in text else ()):
        items = item_spans(match.group(2), match.start(2))
        if small_count(match.group(1)) != len(items):
            continue  # 3个项目分别为…: a count the list does not fill is not its list of names
        spans = [(a, b - 2 if text.endswith("项目", a, b) else b) for a, b in items]
        if all(b - a >= 2 and text[a:b] not in industry_labels and not is_everyday(text[a:b], industry_labels)
               and place_at(text[a:b], 0) != text[a:b] and not any(overlaps((a, b), span) for span in blocked)
               for a, b in spans):
            found.extend(spans)
    return found


# a clause that is a project's name and nothing else: …，诺博汽车内外饰、座椅、橡胶件项目，…
_CLAUSE_PROJECT = re.compile(r"(?:^|(?<=[，；：）)]))[^，。；：（）()“”]{3,30}?项目(?=[，；。…]|$)")


# what makes a clause more than a project's name: 是省内首家启动的…项目, 既有补全产业链条的…项目 (the 的 of a sum
# before the name aside: 总投资15亿元的蜂巢发动机项目), a signing's clause (与…有限公司签订…项目: the company is named in it)
_SAID_OF_PROJECT = re.compile(r"的|^(?:是|既有|也有|还有|有|与)|签订|签约|签署")


def _projects_by_clause(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                        industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investors of projects listed a clause each, by commas (精诚工科热冲压项目，曼德公司汽车车灯…项目，
    诺博汽车内外饰…项目……): two clauses or more in a row, each a project's name alone, and two of them
    opened by an investor (one may be a company found already), each showing itself a company."""
    clauses = []
    for match in (_CLAUSE_PROJECT.finditer(text) if "项目，" in text else ()):
        sum_first = _INVESTMENT_BEFORE.match(text, *match.span())  # (总投资15亿元的…: the sum's 的 is no clause's)
        if not _SAID_OF_PROJECT.search(text, sum_first.end() if sum_first else match.start(), match.end()):
            clauses.append(match.span())
    runs: list[list[tuple[int, int]]] = []
    for a, b in clauses:
        if runs and runs[-1][-1][1] + 1 == a and text[a - 1] == "，":
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    found = []
    for run in (run for run in runs if len(run) >= 2):
        names = []
        for a, b in run:
            start = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
            name = project_investor(text, start, b, blocked, known, industry_labels, True, True)
            if name and (_looks_like_a_company(text, *name, known) or b - name[1] >= 4):
                names.append(name)
        companies = sum(any(a <= x < b for x, _ in blocked) for a, b in run)
        if names and len(names) + companies >= 2:
            found.extend(names)
    return found


# one project opening a clause as its subject, something said of it after: 如天光电项目是10亿元的…项目,
# 诺博汽车内外饰件项目仅用两个月…, 鲲鹏科技水下机器人项目多次在全国大赛中获奖
_PROJECT_AS_SUBJECT = re.compile(r"(?:^|(?<=[，；：。]))([^，。；：、（）()“”《》]{3,24}?)项目(?=[是已将仅于在正由总计预实建开完投签落获入顺全多被])")


def _project_opening_a_clause(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                              industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investor of a single project a clause opens with, when its opening words show a company
    (a known name, a brand ending, a place before it): 其中，如天光电项目是…, 鲲鹏科技水下机器人项目多次…获奖."""
    found = []
    for match in (_PROJECT_AS_SUBJECT.finditer(text) if "项目" in text else ()):
        a, b = match.span(1)
        if _INVESTMENT_BEFORE.match(text, a, b) or _SAID_OF_PROJECT.search(text, a, b):
            continue  # 总投资…的X项目 (invested_projects reads it); 是…的项目: a clause about a project, not its name
        a = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)  # 其中探未智能…: the clause's opening word
        name = project_investor(text, a, b, blocked, known, industry_labels, True)
        if name is None or name[1] - name[0] < 3:
            continue
        written = text[name[0] : name[1]]
        ending = BRAND_AT_END.search(written)
        # 德国威伊艾姆高端电机研制项目: a foreign company by its country, its name a transliteration
        foreign = any(text.endswith(country, a, name[0]) for country in countries())
        # (单个科技项目, 一次性生物反应袋项目: everyday words before the ending are no brand)
        if (written in known or (foreign and not is_everyday(written, industry_labels))
                or (ending and ending.start() >= 2 and not is_everyday(written[: ending.start()], industry_labels)
                    and written[: ending.start()] not in industry_labels)):
            found.append(name)
    return found


def _looks_like_a_company(text: str, a: int, b: int, known: Gazetteer[str]) -> bool:
    """Whether a project's opening words show a company: a known name, a brand ending, a place
    before it (深圳创普斯), a phase after it (中芯二期) or a group's short name in it (吉利欣旺达). (A
    project whose name goes on after its opening words shows one too: see project_investors.)"""
    name = text[a:b]
    return (name in known or BRAND_AT_END.search(name) is not None or place_at(text, a) is not None
            or _PHASE_AFTER.match(text, b) is not None or any(True for _ in group_gazetteer().all(name)))


_PHASE_AFTER = re.compile(r"[一二三四五六七八九十\d]期")


_PRODUCT_AT_END = re.compile(r"(?:机|器|仪|耗材|类|剂|空调)$")  # what a project makes, when its name opens with it
_DESCRIBED_AS = re.compile(r"性[强高好]$|[强好优]$")  # 牵动性强, 带动性强: what projects are like


_BUILDING_AFTER = re.compile(r"(?:大厦|大楼)")


def _named_building(text: str, a: int, b: int, known: Gazetteer[str]) -> bool:
    """Whether the words ``text[a:b]`` name the building after them (侨商国际大厦), no company: no known name, nor
    one with a company's ending (中田集团大厦)."""
    return _BUILDING_AFTER.match(text, b) is not None and text[a:b] not in known and not BRAND_AT_END.search(text, a, b)


_PARK_AFTER = re.compile(r"(?:(?:国际)?(?:物流|商贸|商务|工业|创业)园|园|小镇|谷(?![物类])|新城|生态城|科技城)")  # (美安科技新城: a new town; 孟家港国际物流园)


_WORKS_DONE = ("建设", "改造", "整合", "综合利用", "扩建", "搬迁")


_MODEL_CUT = re.compile(r"[A-Za-z]+$")  # the letters of a model number (GA20, CR929) its digits cut from


# more of a kind, or a kind by its grade, opening a project's words: no investor (更多优质项目, 一批重点项目)
_MORE_OF_A_KIND = re.compile(r"(?:更多|众多|诸多|一批|一大批|大批|大量|多个|优质|重大|重点|优秀)")


def project_investor(text: str, a: int, b: int, blocked: list[tuple[int, int]], known: Gazetteer[str],
                      industry_labels: frozenset[str], named_project: bool, listed: bool = False
                      ) -> tuple[int, int] | None:
    """The investor opening the project ``text[a:b]``, if its opening words name one (``named_project``:
    the text says it is a project, so its name may end where common words begin)."""
    invested = _INVESTMENT_BEFORE.match(text, a, b)  # 总投资50亿元的海尔无锡物联生态网基地项目
    a = after_particle(text, invested.end() if invested else a, b)  # 孵化了卡邦电气
    a += next((len(c) for c in countries() if text.startswith(c, a)), 0)  # 德国爱尔铃克铃尔
    area = _AREA_OPENING.match(text, a, b)  # 昆山开发区国显光电、…, 张浦镇春秋电子、…: the area the project is in, first
    if area and b - area.end() >= 2 and (area.group(1) is None or place_at(text, a) is not None
                                         or text[a : a + len(area.group(1))] in county_forms()):
        a = area.end()
    end = _investor_end(text, a, b, industry_labels, projects=named_project, listed=listed)
    # 中联重科塔机智能工厂: a well-known company opening the project, and its products after it
    opening = max((e for s, e, _, _ in enterprise_gazetteer().all(text[a:end]) if s == 0), default=0)
    rest = text[a + opening : end]  # (not 宁德时代邦普, 欣旺达东风: a joint venture named by two companies)
    # 康佳空调生产基地: a known company and what it makes there (not 欣旺达东风: 东风 is a company too)
    product = rest in everyday_words() and not any(e - s == len(rest) for s, e, _, _ in known.all(rest))
    if (3 <= opening or (opening == 2 and product)) and opening < end - a and (
            len(rest) != 2 or BRAND_ENDING.fullmatch(rest) or product):
        end = a + opening
    model = _MODEL_CUT.search(text, a, end)
    if model and text[end : end + 1].isdigit():  # 冠一通飞GA20单发四座通用飞机, CR929复材机身段: a model number
        end = model.start()  # (its letters no part of the investor's name, or no investor)
        if end - a < 2:
            return None
    name = text[a:end]
    work = _WORK_ON_A_PLANT_AT_END.search(name)
    if work and work.start() >= 2:  # 宜化转型升级(项目): the investor, then the work done on its plant
        end = a + work.start()
        name = text[a:end]
    if _AFTER_INVESTOR.match(text, a):
        return None  # 世纪联合二期 cut at 联合: a phase is left, no investor
    if text.startswith("被", a):
        return None  # (…项目,)被列为全省重大产业项目: what a project was made, no investor
    if _MORE_OF_A_KIND.match(name):
        return None  # 带动新加坡更多优质项目落户佛山: more projects of a kind, no investor
    if name.endswith(_WORKS_DONE) and name not in known:
        return None  # 铁路专用线建设, 高端石油石化装备整合: works done, no investor
    if text[a : a + 1] in ("型", "性", "式", "化"):
        return None  # 服务|型制造示范平台: a word's suffix is left after a cut inside it, no investor
    if BRAND_ENDING.fullmatch(name):
        return None  # 联合微电子 cut at 联合: a name's ending is left, no investor
    if _MINISTRY_OPENING.match(name):
        return None  # 工信部电子科技情报所: a ministry's body, no company
    if name.endswith(_AREA_ENDINGS) and name not in known:
        return None  # 原苏宁产业园仓库、出口加工区等项目: an area of the zone, no investor
    if _PERSONS_PROJECT.search(text, a, b):
        return None  # 海归硕士贾秀清的…项目, 留学荷兰的那顺吉博士的…: a person's project, no company named
    if _PARK_AFTER.match(text, end) and name not in known:
        return None  # 中电软件园二期, 麓谷智造园: a park named by its words, no investor
    if name not in known and _PUBLIC_WORKS.search(text, end, b):
        return None  # 狮子岭一期东片区基础设施工程项目: public works of a place, no company's
    if name not in known and any(s == 0 and a + e > end for s, e, _, _ in industry_gazetteer().all(text[a:b])):
        return None  # 增材|制造产业园项目: a sector's name cut short, a park of the sector, no investor
    if (_PRODUCT_AT_END.search(name) and name not in known and not BRAND_AT_END.search(name)
            and place_at(name, 0) is None):
        return None  # 光刻机总部项目, 高端医用离心机生产基地项目, 神经植入类医疗器械项目: a product or a kind, no
        # investor (益阳橡机: a place, then a firm's short name)
    if text.startswith("的", end) and _DESCRIBED_AS.search(name) and name not in known:
        return None  # 一批牵动性强的大项目: what the projects are like, no investor (新产投的聚碳酸酯 is one's)
    if (not_only_a_place(text, a, end, industry_labels)
            and _investor_name(text, a, end, blocked, known, industry_labels)
            and (name in known or BRAND_AT_END.search(name) or not is_everyday(name, industry_labels))):
        return a, end
    return None


# a housing estate, whose phases are projects too: 龙惠花苑三期项目 (no investor named)
_HOUSING = ("花苑", "家园", "小区", "公寓")
# work done on a company's plant, named after the company as a project (宜化转型升级, …技改, …扩能)
_WORK_ON_A_PLANT_AT_END = re.compile(r"(?:转型升级|技术改造|技改|扩能|扩产|升级改造|搬迁改造)$")
# a public utility, built as a project by no company: 污水处理厂, 变电站 (not a hospital: 内江爱尔眼科医院 is a firm's)
_PUBLIC_FACILITIES = ("处理厂", "水厂", "变电站", "垃圾站", "停车场")
_AREA_ENDINGS = ("加工区", "片区", "园区", "工业园", "功能区", "保税区", "综保区", "示范区", "集聚区", "众创城", *_HOUSING, *_PUBLIC_FACILITIES)


def not_only_a_place(text: str, a: int, b: int, industry_labels: frozenset[str]) -> bool:
    """Whether a project's opening words are more than its place: 深圳鸿海 (芯片封测) names its
    investor after the city, 无锡 (物联网创新中心) does not, nor 苏州新区."""
    place = place_at(text, a)
    if place is None:
        return True
    rest = text[a + len(place) : b]
    return len(rest) >= 2 and not is_everyday(rest, industry_labels) and not rest.endswith(("区", "市", "县"))


# one project, its investment first: 投资20多亿元的深圳创普斯年产28万吨磷酸铁锂正极材料项目正式签约
# a person named as a project's owner: 海归硕士贾秀清的…, 留学荷兰的…博士的…
_PERSONS_PROJECT = re.compile(r"硕士|博士|教授|院士|海归|留学|专家|团队")
_INVESTED_PROJECT = re.compile(rf"{_INVESTMENT}([^，。；、]{{4,30}}?)(?:项目|基地|总部)")


_CLAUSE_BEFORE = re.compile(r"[^，。；：、（）()]{2,10}$")


def _investor_before(text: str, at: int, known: Gazetteer[str]) -> bool:
    """Whether a company is named right before the sum at ``at`` (台州德仕乐投资14亿元的…, 天元集团投资…):
    the words back to the clause's start, after a boundary word, show a company (not 签约了总投资…)."""
    if text.startswith("总", at):
        return False
    clause = _CLAUSE_BEFORE.search(text, max(0, at - 10), at)
    if clause is None:
        return False
    start = cut_after_boundary(text, clause.start(), at, long_boundary_words(), keep=2)
    return at - start >= 2 and _looks_like_a_company(text, start, at, known)


_MODEL_CODE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,2}\d")  # a project's or a plant's code: t3, T5, B12


def invested_projects(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                       industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investor opening the name of a project introduced by its investment, when the name is
    one a company has: opening with its city (深圳创普斯, 北京峰智科技), a brand ending or a known name."""
    found = []
    matches = list(_INVESTED_PROJECT.finditer(text)) if "投资" in text else []
    # two projects or more, each introduced by its investment (分别为总投资10.5亿元的斯高德…项目和总投资10.2亿元的
    # 职通…项目): a list of projects, whose openings name their investors as project lists do
    several = len(matches) >= 2
    for match in matches:
        a, b = match.span(1)
        if _investor_before(text, match.start(), known):
            continue  # 台州德仕乐投资14亿元的智能水表产业园项目: the investor is named before its sum, the rest is products
        if several:
            investor = project_investor(text, a, b, blocked, known, industry_labels, True)
            if investor is not None and investor[1] - investor[0] >= 2:
                found.append(investor)
            continue
        end = _investor_end(text, a, b, industry_labels, projects=True)  # 合全创新药项目: ends at 创新
        code = _MODEL_CODE.search(text, a, end + 4)
        if code and code.start() - a >= 2:
            end = min(end, code.start())  # 武汉华星t3项目: the project's code after the investor's name
        name = text[a:end]
        placed = place_at(text, a) is not None and end - a > 3
        if ((placed or name in known or BRAND_AT_END.search(name)) and not is_everyday(name, industry_labels)
                and _investor_name(text, a, end, blocked, known, industry_labels)):
            found.append((a, end))
    return found


# a project named by its investor and a phase or a capacity, opening a clause: 台达电子二期项目已建成投产,
# 长飞光纤一期项目, 金旺铋业年产4000吨高纯铋项目投产后…, 协鑫10万吨正极材料项目 (not 投资2亿元的年产…项目: a sum, no name)
_PHASED_PROJECT = re.compile(rf"(?<![{HAN}A-Za-z0-9.])([{HAN}A-Za-z]{{2,9}}?)(?:[一二三四五六]期|年产\s*[\d.]+|[\d.]+\s*万?(?:吨|套|台|辆|GWh|MW|兆瓦))[^，。；、：]{{0,24}}?(?:项目|工程)")
_NOT_AN_INVESTOR_END = re.compile(rf"(?:园|区|城|镇|港|谷|基地|中心|厂房|工程|项目|小镇|大厦|广场|{'|'.join(_HOUSING)})$")


_PUBLIC_WORKS = re.compile(r"(?<!配套)基础设施|片区|道路|管网|安置|棚改|市政")  # (not a plant's 配套基础设施)
# a yearly capacity's verb written where an investor would stand: 年处置40万吨…项目, 年加工, 年回收
_YEARLY_CAPACITY = re.compile(rf"年[{HAN}]{{1,2}}")
_CAPACITY_WORDS = ("年产", "新增", "新建", "扩建", "建设", "形成", "达到", "产能")


# what an investor does to a project, between its name and the project's capacity or phase (海尔拟建|年产…,
# 中粮新上|年产…): no part of the name
PROJECT_VERB_AT_END = re.compile(r"(?:[拟新扩投在续改再又]建|新上|建设|投资|规划|实施|上马|启动|签约|开工|打造|推进)$")


_ADVERBS_BEFORE_A_VERB = frozenset("将还已正也再又要并均拟")


def phased_projects(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                     industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The investor whose name a phase (二期) or a capacity (年产…) follows in the name of a project
    opening a clause: the whole name before the phase, when it is a name and no place, park or
    sector (not 产业园二期项目, 标准厂房一期)."""
    found = []
    for match in _PHASED_PROJECT.finditer(text):
        a, b = match.span(1)
        a = cut_after_boundary(text, a, b, long_boundary_words(), keep=2)
        if text[a] in PREPOSITIONS and b - a >= 4 and text[a + 1 : b] not in known:
            a += 1  # 在川发龙蟒10万吨…项目: a preposition before the investor
        verb = PROJECT_VERB_AT_END.search(text, a, b)
        if verb and verb.start() - a >= 2:
            if text[verb.start() - 1] in _ADVERBS_BEFORE_A_VERB:
                continue  # 未来园区还将建设10GWh…项目: a clause's subject and its adverb, no investor
            b = verb.start()  # 海尔拟建|年产10万吨…项目: the investor, then what it does to the project
        name = text[a:b]
        if name.endswith(_CAPACITY_WORDS) or _YEARLY_CAPACITY.fullmatch(name) or name.endswith(("有", "了")) or "的" in name:
            continue  # 年产10万吨…项目, 新增5万吨…: the capacity's own words, no investor; 又有年产…, 又陆续投资了年产…: a verb;
            # 此次投产的为一期项目: a clause, no name
        if _PUBLIC_WORKS.search(text, b, match.end()) and name not in known:
            continue  # 狮子岭一期东片区基础设施工程项目: public works of a place, no company's
        if (name in known or not is_everyday(name, industry_labels)) and not _NOT_AN_INVESTOR_END.search(name) \
                and not any(name[-k:] in long_boundary_words() for k in (2, 3)) \
                and not any(True for _ in industry_gazetteer().all(name)) \
                and not_only_a_place(text, a, b, industry_labels) and _investor_name(text, a, b, blocked, known, industry_labels) \
                and len(name) <= 6:
            found.append((a, b))
    return found


def _investor_name(text: str, a: int, b: int, blocked: list[tuple[int, int]], known: Gazetteer[str],
                   industry_labels: frozenset[str]) -> bool:
    """Whether ``text[a:b]``, read as a project's investor, may be a company: two to eight
    characters, none taken by another mention, no institute, no category of company."""
    name = text[a:b]
    return (2 <= len(name) <= 8 and not any(overlaps((a, b), span) for span in blocked) and "《" not in name
            and name not in institute_gazetteer() and not INSTITUTE_ENDING.search(name)
            and not is_generic_enterprise(name) and is_name(name, known))


# a company's own word after its ending: 丹康生物科技
_COMPANYS_OWN_WORD = re.compile("科技|股份|集团|控股|实业")
_NAME_GOES_ON = re.compile(f"(?:{BRAND_ENDING.pattern}|国际)(?:{_COMPANYS_OWN_WORD.pattern})?")


_PRODUCT_GRADE = re.compile(r"(?:高端|新型|先进|高性能|高品质|新一代|智能)")  # (湘潭新恒兴智能电力设备…: 智能 is the product's)


def _investor_end(text: str, start: int, end: int, industry_labels: frozenset[str], projects: bool = False,
                  listed: bool = False) -> int:
    """Where the investor's name ends in a project's name: before the first scope or activity word
    or sector name after its first two characters; a two-character name goes on through a brand
    ending or 国际 (理想汽车, 中建国际). ``projects``: the text names it a project (…项目, …基地), so
    the name may end where common words begin; ``listed``: it is an item of a list said to be of
    projects (…等重点在建项目), so the name ends at a brand ending or a grade (高端) at least."""
    company = SHORT_COMPANY.search(text, start + 2, end)
    if company is not None:
        return company.start()  # 斗工智能装备公司铸造件: the investor is named up to its 公司
    stop = end
    word = _AFTER_INVESTOR.search(text, start + 2, end)
    if word:
        stop = word.start()
    places = [i for i in range(start + 2, stop) if place_at(text, i) is not None]
    if places:  # 海尔无锡物联生态网基地: the project's place follows its investor
        stop = places[0]
    if text.endswith("产业", start, stop):  # 特康科技产业基地
        stop -= 2
    labels = industry_gazetteer().find(text[start:stop])
    if labels and labels[0][0] < 2:
        return start  # 省软件与信息服务产业园, 智慧物流产业园: a sector's park, no investor named
    if labels:
        stop = start + labels[0][0]
    if projects or listed:  # a project's name: the investor's ends where the product's begins
        branded = BRAND_ENDING.search(text, start + 2, stop)  # 精工电子高能量密度…: at its brand ending
        prefix = text[start : branded.start()] if branded else ""
        if branded and 2 <= len(prefix) <= 4 and branded.end() < stop and not is_everyday(prefix, industry_labels):
            own_word = _COMPANYS_OWN_WORD.match(text, branded.end(), stop)  # 丹康生物科技生产基地: on through 科技
            stop = own_word.end() if own_word else branded.end()
        graded = _PRODUCT_GRADE.search(text, start + 2, stop)
        if graded and graded.end() == stop:
            stop = graded.start()  # 天衢锂能高端锂离子电池: before the product's grade
    if stop - start > 4 and (projects or text.endswith("项目", 0, end)):  # 拓仕达智慧城市及安全智能建设项目: nothing
        # above, in a project named as such: the name ends where common words begin (not 大湾区, a region)
        cut = next((i for i in range(start + 2, start + 6) if _common_word_at(text, i, stop)), stop)
        stop = cut if cut == stop or text[cut - 1] not in "区市县省" else stop
    if stop - start == 2:
        extension = _NAME_GOES_ON.match(text, stop, end)
        # 新磊半导体 goes on through its ending; 卓朗 not into the 云 of 卓朗云计算…项目, 凯硕 not into the
        # 机器人 of 凯硕机器人及智造装备项目 (a product joined to another)
        if extension and not (labels and labels[0][0] == 2 and (start + labels[0][1] > extension.end()
                                                              or text.startswith(("及", "和", "与"), start + labels[0][1]))):
            stop = extension.end()
    return stop


def _common_word_at(text: str, at: int, end: int) -> bool:
    """Whether a common word of two to four characters, or a material a product is named by (亿恩科天润|电解液二期), starts
    at ``at`` (and ends by ``end``)."""
    if BRAND_ENDING.match(text, at):
        return False  # 北京峰智科技…: a brand ending goes on with the name
    words, materials = everyday_words(), material_words()
    return any(text[at : at + size] in words or text[at : at + size] in materials for size in (4, 3, 2) if at + size <= end)
