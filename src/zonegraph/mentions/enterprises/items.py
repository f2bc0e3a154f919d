"""What every reader asks of the words it would take for a firm: may a name start there (_clean_left),
could a list item be a company (_could_be_company), or is a list one of machines (_all_machines)."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import NAME_CHAR, Gazetteer, boundary_words, cut_after_boundary, long_boundary_words
from zonegraph.mentions.organizations import BRAND_AT_END, INSTITUTE_ENDING, is_everyday
from zonegraph.reference import central_bodies, place_at


def _could_be_company(text: str, a: int, b: int, known: Gazetteer[str], industry_labels: frozenset[str]) -> bool:
    """Whether a list item may name a company: no institute, site or quality (…中心, …性), no verb
    inside (入园设立…), and a known name, a brand ending or words that are not everyday ones."""
    name = text[a:b]
    if INSTITUTE_ENDING.search(name) or name.endswith(("中心", "平台", "基地", "园", "项目", "性", "工作")):
        return False  # (以创新基层团建工作为龙头: work done, no company)
    if "项目" in name or "企业" in name:
        return False  # 龙头企业一马当先、重点项目如火如荼: things said of kinds, no list of names
    if "的" in name and name not in known:
        return False  # 以良好的软、硬投资环境: a phrase (美的, 奥的斯 are known)
    if name in central_bodies() or name.startswith(("《", "“")):
        return False  # 商务部、农业部联合发布…: the State Council's ministries; 《矿井…: a title's words
    cut = cut_after_boundary(text, a, b, long_boundary_words(), keep=1)
    place = place_at(text, a) if cut > a else None
    if cut > a and not (place and BRAND_AT_END.search(name) and cut - 2 == a + len(place)):
        return False  # (山东联合电力: a place, then a name's own word that is a verb elsewhere)
    return name in known or bool(BRAND_AT_END.search(name)) or not is_everyday(name, industry_labels)


_MACHINE_AT_END = re.compile(r"[机器仪泵阀]$")  # 密炼机, 硫化机, 电容器: a machine or a device, a product


def _all_machines(names: list[str], known: Gazetteer[str]) -> bool:
    """Whether every name is a machine's or a device's, none known and none closed by a brand ending
    (密炼机、硫化机, not 格力电器): products a list names, no firms."""
    return all(_MACHINE_AT_END.search(name) and name not in known and not BRAND_AT_END.search(name) for name in names)


@lru_cache(maxsize=None)
def _boundary_tuple() -> tuple[str, ...]:
    return tuple(boundary_words())


def _clean_left(text: str, start: int) -> bool:
    """Whether a name may start at ``start``: after punctuation, a boundary word, or 企业/公司."""
    if start == 0 or not NAME_CHAR.match(text[start - 1]):
        return True
    return text.endswith(_boundary_tuple(), 0, start) or text.endswith(("企业", "公司"), 0, start)
