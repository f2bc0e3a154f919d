"""Firms by what they build and are given: a name opening one clause of a series
whose others open with firms, land grants, factories by their place, invested and phased projects and
their investors, one firm before a count (A等11家企业), factories listed by their numbers."""

from __future__ import annotations

import re

from zonegraph.mentions.base import chars_but, HAN, NUMERAL, Gazetteer, Mention
from zonegraph.mentions.enterprises.candidates import _Candidates
from zonegraph.mentions.enterprises.items import _could_be_company
from zonegraph.mentions.enterprises.words import _UNITS
from zonegraph.mentions.organizations import BRAND_ENDING, NUMBERED_UNIT, is_everyday, is_name, left_edge
from zonegraph.mentions.projects import invested_projects, not_only_a_place, phased_projects, project_investors
from zonegraph.reference import place_at


# one firm opening a clause, then how many firms it stands first of: …，江冶机电等11家企业获…，恒宇建材等6家企业…
_ONE_AND_A_COUNT = re.compile(rf"(?:^|(?<=[，。；：,]))({chars_but(HAN + r'A-Za-z0-9·', '等')}{{2,8}})等\s*[{NUMERAL}\d]+\s*家(?:企业|公司)?")


def _projects_and_factories(candidates: _Candidates) -> None:
    """Firms by their projects and clauses: a name opening one clause of a series whose others open with
    firms, land given, factories, invested and phased projects and their investors, one firm and a count
    (A等11家企业), factories listed by their numbers."""
    text, blocked, known, industry_labels = candidates.context
    found, add = candidates.found, candidates.add
    for start, end in _series_openers(text, found, blocked, known, industry_labels):
        add(start, end, "enterprise-series")
    for start, end in (_land_given(text, blocked, known, industry_labels) if "亩" in text else ()):
        add(start, end, "enterprise-land", in_list=True)
    for match in (_FACTORY_END.finditer(text) if "厂" in text else ()):  # 哈尔滨第二工具厂, 湖北专用汽车制造厂
        start = left_edge(text, match.end(), match.start(), blocked)
        place = place_at(text, start)
        if place and match.start() - start - len(place) >= 2 and not _NOT_A_FACTORY.search(text, start, match.end()):
            found.append(Mention("Enterprise", start, match.end(), text[start : match.end()], text[start : match.end()],
                                 "enterprise-factory"))
    for start, end in invested_projects(text, blocked, known, industry_labels):
        add(start, end, "enterprise-invested-project")
    legal_names = [m.surface for m in found if m.rule == "enterprise-legal-name"]
    for start, end in (phased_projects(text, blocked, known, industry_labels) if "项目" in text else ()):
        if any(start < m.start and m.end == end and m.rule == "enterprise-gazetteer" for m in found):
            continue  # 在|川发龙蟒20万吨/年…项目: the known name the project opens with is its investor
        if not any(text[start:end] in legal for legal in legal_names):  # 信邦年产…项目 beside 江阴信邦电子有限公司
            add(start, end, "enterprise-phased-project")
    for match in (_ONE_AND_A_COUNT.finditer(text) if "等" in text and "家" in text else ()):
        a, b = match.span(1)  # 江冶机电等11家企业获省著名商标奖励: the first of the firms counted names one
        if (not any(x < b and a < y for x, y in blocked) and _could_be_company(text, a, b, known, industry_labels)
                and not_only_a_place(text, a, b, industry_labels)):
            add(a, b, "enterprise-counted")
    for start, end in project_investors(text, blocked, known, industry_labels):
        add(start, end, "enterprise-project-list", in_list=True)
    numbered = list(NUMBERED_UNIT.finditer(text)) if "厂、" in text or "厂等" in text else []
    if len(numbered) >= 2:  # …、北海船厂、388厂、481厂等单位: factories listed by their numbers, beside numbered institutes
        for match in numbered:  # (add() takes a name with digits for a count: these are names by number)
            if match.group().endswith("厂") and not any(x < match.end() and match.start() < y for x, y in blocked):
                found.append(Mention("Enterprise", match.start(), match.end(), match.group(), match.group(),
                                     "enterprise-numbered", True))


def _series_openers(text: str, found: list[Mention], blocked: list[tuple[int, int]], known: Gazetteer[str],
                    industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """Brand-style names opening the clauses of a series whose other clauses open with companies:
    …；歌尔集团进入…；盛瑞传动研发的…；天瑞重工磁悬浮产品被列入… (天瑞重工 is a company as its peers are)."""
    starts = [0] + [m.end() for m in re.finditer("；", text)]
    if len(starts) < 3:
        return []
    # (其中，力神电池总投资…；捷德航空致力于…: the series' first clause after its opening word)
    starts = [opening.end() if (opening := _SERIES_OPENING.match(text, a)) else a for a in starts]
    openers = [a for a in starts if any(m.start == a for m in found)]
    if not openers:
        return []
    names = []
    for a in starts:
        if a in openers:
            continue
        for ending in BRAND_ENDING.finditer(text, a + 2, min(len(text), a + 8)):
            if ending.start() - a <= 4 and left_edge(text, ending.end(), ending.start(), blocked) == a:
                prefix = text[a : ending.start()]
                if is_name(prefix, known) and not is_everyday(prefix, industry_labels) and not _UNITS.search(prefix):
                    names.append((a, ending.end()))
                break
        else:  # 长城华冠建设…, 易泰博建设…: a name of no brand ending, then what the company builds
            built = _NAME_THEN_BUILDING.match(text, a)
            name = built.group(1) if built else ""
            if (built and not any(x < a + len(name) and a < y for x, y in blocked) and is_name(name, known)
                    and not is_everyday(name, industry_labels) and not _UNITS.search(name) and place_at(text, a) is None):
                names.append((a, a + len(name)))
    return names if len(openers) + len(names) >= 3 else []


# a factory named by its place, maybe a number, and what it makes (a state firm's name): 哈尔滨电表厂, 峨眉半导体材料厂
_FACTORY_END = re.compile(r"(?<![工电水建设办])厂(?![区房长家商])")
_NOT_A_FACTORY = re.compile(r"处理|水厂|晶圆厂|[的在是和与及、\d]|公司|工业园|产业园")  # 德州仪器…成都晶圆厂: a firm's plant named by its city


_SERIES_OPENING = re.compile(r"(?:其中|此外|同时|另外)，")
# a company's name (three to six characters), then what it builds or invests in
_NAME_THEN_BUILDING = re.compile(rf"([{HAN}A-Za-z]{{3,6}}?)(?=致力于建设|建设|总投资|投资建设|新建|打造)")


# the land a zone gives its firms, each by its short name and its acres: 分别为明坤二期135亩，金池二期15亩，鸿亮80亩，…
_LAND_OPENING = re.compile(r"分别(?:为|是)|包括|其中")
_LAND_ITEM = re.compile(rf"([{HAN}A-Za-z]{{2,8}}?)(?:[一二三四五六七八九十]期)?\d+(?:\.\d+)?亩[，、；]?")


def _land_given(text: str, blocked: list[tuple[int, int]], known: Gazetteer[str],
                industry_labels: frozenset[str]) -> list[tuple[int, int]]:
    """The firms a list of land grants names (分别为明坤二期135亩，…，起帆电缆400亩): three items or more in a
    row after its opening word, each a name and its acres."""
    names = []
    for opening in _LAND_OPENING.finditer(text):
        at, items = opening.end(), []
        while (item := _LAND_ITEM.match(text, at)) is not None:
            items.append(item.span(1))
            at = item.end()
        if len(items) < 3:
            continue
        names.extend((a, b) for a, b in items
                     if not any(x < b and a < y for x, y in blocked) and is_name(text[a:b], known)
                     and not is_everyday(text[a:b], industry_labels) and place_at(text, a) is None
                     and not text[a:b].endswith(("用地", "土地", "面积", "项目")) and not _LAND_OPENING.search(text, a, b))
    return sorted(set(names))
