"""Research institutes and enterprises: tables first, then name endings and list contexts.

Chinese has no spaces, so a name's left edge is found by walking back over name characters to
the nearest punctuation, zone name or boundary word (与, 共建的, 引进 … in data/words/).
"""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import (
    HAN,
    NAME_CHAR,
    Gazetteer,
    Mention,
    cut_after_boundary,
    name_run_start,
    overlaps,
    strip_generic,
)
from zonegraph.reference import institutes, org_aliases, stopwords

INSTITUTE_ENDING = re.compile(
    r"(?:大学(?!科技园|城|生|校区)|学院|研究院|研究所|科学院|工程院|分院|实验室|研究中心|创新中心|工研院|研究生院)"
)
_CAS_INSTITUTE = re.compile(rf"(?:中科院|中国科学院)[{HAN}]{{1,8}}?所")
LEGAL_ENDING = re.compile(r"(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司)")
BRAND_ENDING = re.compile(
    r"(?:集团|股份|控股|科技|医疗|电子|通讯|通信|动力|乳业|食品|新材料|新能源|生物|制药|药业|光电|智能|电气|"
    r"重工|传动|汽车|能源|机器人|化工|钢铁|电力|特钢|半导体|微电子|软件|网络|精密|装备|机械|环保|纸业|家居|电器|"
    r"电池|基因|芯片|实业|材料|氢能|光伏|航空|通用|物流|智造|云|数据)"
)
_ENTERPRISE_CUE = re.compile(
    r"企业|公司|集团|龙头|上市|挂牌|获评|入选|独角兽|瞪羚|小巨人|冠军|牵头|研发的|签约|落户|投产|代表|产品|项目"
)
_ITEM = rf"[{HAN}A-Za-z0-9·]{{2,10}}"
_ENTERPRISE_LIST = re.compile(rf"((?:{_ITEM}、)+{_ITEM})(?:等|和)\s*\d*\s*(?:家|个)?(?:一批)?[{HAN}]{{0,10}}?(?:企业|公司|龙头)")
_ENTERPRISE_AWARDED = re.compile(
    rf"((?:{_ITEM}、)*{_ITEM})(?:获评|入选|荣获|被评为|被认定为|挂牌上市|成功上市|上市|进入|牵头建设|研发的)"
)
_REPRESENTED = re.compile(rf"以({_ITEM})为(?:代表|龙头|引领)")
_AFTER_CUE = re.compile(rf"(?:企业|龙头)({_ITEM})")


def _boundaries() -> frozenset[str]:
    return stopwords("words/left_boundaries.txt")


def _generic() -> frozenset[str]:
    return stopwords("words/generic_name_parts.txt")


@lru_cache(maxsize=None)
def institute_gazetteer() -> Gazetteer[str]:
    entries = []
    for record in institutes():
        entries.append((record.name, record.name))
        entries.extend((alias, record.name) for alias in record.aliases)
    entries.extend((a.alias, a.canonical) for a in org_aliases() if a.kind == "ResearchInstitute")
    return Gazetteer(entries)


@lru_cache(maxsize=None)
def enterprise_gazetteer() -> Gazetteer[str]:
    entries = []
    for alias in org_aliases():
        if alias.kind == "Enterprise":
            entries.extend([(alias.alias, alias.canonical), (alias.canonical, alias.canonical)])
    return Gazetteer(entries)


def _left_edge(text: str, end_of_name: int, ending_start: int, blocked: list[tuple[int, int]]) -> int:
    start = name_run_start(text, ending_start)
    for a, b in blocked:  # a zone name (or other taken span) before the name bounds it
        if start < b <= ending_start:
            start = b
    start = cut_after_boundary(text, start, ending_start, _boundaries(), keep=0)
    while start < ending_start and text[start].isascii():  # a list number or a count: "39无锡…"
        start += 1
    return start


def _standalone(text: str, start: int, end: int) -> bool:
    """Whether a short abbreviation stands as a name: not glued into a longer word."""
    if text[end : end + 1] in ("学", "院", "校"):
        return False
    if start == 0 or not NAME_CHAR.match(text[start - 1]):
        return True
    return any(text[:start].endswith(word) for word in _boundaries())


def _is_name(prefix: str, known: Gazetteer[str]) -> bool:
    """Whether the part before an ending is a proper name rather than a category."""
    if any(True for _ in known.all(prefix)):
        return True
    return len(strip_generic(prefix, _generic())) >= 2


def find_institutes(text: str, blocked: list[tuple[int, int]]) -> list[Mention]:
    known = institute_gazetteer()
    candidates: list[Mention] = []
    for a, b, surface, canonical in known.find(text):
        if surface != canonical and len(surface) <= 3 and not _standalone(text, a, b):
            continue  # 北大 inside 东北大学, 南大 inside 环南大科创圈: not an abbreviation here
        candidates.append(Mention("ResearchInstitute", a, b, surface, canonical, "institute-gazetteer"))
    for match in INSTITUTE_ENDING.finditer(text):
        end, ending_start = match.end(), match.start()
        start = _left_edge(text, end, ending_start, blocked)
        if ending_start - start < 2:
            continue
        if re.match(r"\s*\d+\s*[个家所]", text[end:]):  # 新型产业技术研究院10个: a count, not a name
            continue
        prefix = text[start:ending_start]
        if not _is_name(prefix, known) or re.search(r"省级|市级|国家级|省部级|以上", prefix):
            continue
        surface = text[start:end]
        candidates.append(Mention("ResearchInstitute", start, end, surface, surface, "institute-ending"))
    for match in _CAS_INSTITUTE.finditer(text):  # 中科院苏州医工所: the pattern holds the whole name
        candidates.append(Mention("ResearchInstitute", match.start(), match.end(), match.group(0), match.group(0), "institute-cas"))
    return _maximal(candidates)


def find_enterprises(text: str, blocked: list[tuple[int, int]], industry_labels: frozenset[str]) -> list[Mention]:
    known = enterprise_gazetteer()
    found: list[Mention] = [
        Mention("Enterprise", a, b, s, canonical, "enterprise-gazetteer") for a, b, s, canonical in known.find(text)
    ]
    for match in LEGAL_ENDING.finditer(text):
        start = _left_edge(text, match.end(), match.start(), blocked)
        if match.start() - start >= 2:
            surface = text[start : match.end()]
            found.append(Mention("Enterprise", start, match.end(), surface, surface, "enterprise-legal-name"))

    def add(start: int, end: int, rule: str, in_list: bool = False) -> None:
        surface = re.sub(r"(?:公司|项目|基地|车间)$", "", text[start:end])
        if len(surface) < 2 or surface in industry_labels or _is_generic_enterprise(surface):
            return
        found.append(Mention("Enterprise", start, start + len(surface), surface, surface, rule, in_list))

    for pattern, rule in ((_ENTERPRISE_LIST, "enterprise-list"), (_ENTERPRISE_AWARDED, "enterprise-awarded")):
        for match in pattern.finditer(text):
            position = match.start(1)
            items = match.group(1).split("、")
            for index, item in enumerate(items):
                a = position
                position += len(item) + 1
                if index == 0:
                    a = max(a, _left_edge(text, a + len(item), a + len(item), blocked))
                    item = text[a : match.start(1) + len(item)]
                    if rule == "enterprise-awarded" and len(items) == 1 and not BRAND_ENDING.search(item[-3:]):
                        continue
                add(a, a + len(item), rule, in_list=len(items) > 1)
    for match in _REPRESENTED.finditer(text):
        add(match.start(1), match.end(1), "enterprise-represented")
    for match in _AFTER_CUE.finditer(text):
        ending = BRAND_ENDING.search(match.group(1))
        if ending:
            add(match.start(1), match.start(1) + ending.end(), "enterprise-after-cue")
    if _ENTERPRISE_CUE.search(text):
        for match in BRAND_ENDING.finditer(text):
            start = _left_edge(text, match.end(), match.start(), blocked)
            prefix = text[start : match.start()]
            if 2 <= len(prefix) <= 4 and _is_name(prefix, known):
                add(start, match.end(), "enterprise-brand")
    return _maximal(found)


def _is_generic_enterprise(name: str) -> bool:
    core = BRAND_ENDING.sub("", name[-4:])
    return len(strip_generic(name[:-4] + core, _generic())) < 2 or bool(re.search(r"\d", name))


def _maximal(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping candidates (the earliest table match on ties)."""
    order = {"institute-gazetteer": 0, "enterprise-gazetteer": 0, "enterprise-legal-name": 1}
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), order.get(m.rule, 2), m.start)):
        if not any(overlaps(mention.span, c.span) for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
