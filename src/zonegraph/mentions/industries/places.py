"""Words that open an item and name a zone or a place, not a sector: a zone's name or its own word
(光谷|光电子信息, 火炬|健康食品), or a name made of places only (徐州铜山). A sector the taxonomy does
not know is named as written, so that the zone or the place it is in must be cut off first."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import Gazetteer, HAN, Mention
from zonegraph.mentions.industries.taxonomy import industry_labels
from zonegraph.reference import county_forms, place_at, zones


@lru_cache(maxsize=None)
def _zone_forms() -> Gazetteer[str]:
    """Every zone's name and short forms (data/zones.csv), 光谷 and 张江 among them."""
    return Gazetteer([(form, zone.name) for zone in zones() for form in (zone.name, *zone.short_names) if len(form) >= 2])


_AREA_KIND_WORDS = ("高新", "高新技术产业", "新技术", "经济技术和")  # (东湖新技术开发区: a kind of area, no zone's own word)


def _past_a_zones_name(text: str, a: int, b: int, known: list[Mention]) -> int:
    """``a``, or the end of a zone's name inside ``text[a:b]`` where a known sector follows it: the zone
    whose sector it is, and what opens the clause before it, are no part of the sector
    (习近平与光谷|光电子信息产业、激光产业、…等领域企业家)."""
    for _, end, _, _ in reversed(_zone_forms().find(text[a:b])):
        if b - (a + end) >= 2 and any(m.start == a + end for m in known):
            return a + end
    own = next((word for word in zones_own_words() if text.startswith(word, a, b)), None)
    if own and b - (a + len(own)) >= 2:
        return a + len(own)  # 火炬健康食品和医药产业集群 (中山火炬开发区): the zone's own word, no sector's
    return a


@lru_cache(maxsize=None)
def zones_own_words() -> tuple[str, ...]:
    """The words of the zones' names between their city and their kind (火炬 of 中山火炬高新区, 紫竹,
    松山湖), where they are neither a place nor a sector's first word (not 医药 of 泰州医药高新区, 稀土, 钒钛)."""
    words = set()
    for zone in zones():
        for form in (zone.name, *zone.short_names):
            core = _ZONE_KIND_AT_END.sub("", form)
            place = place_at(core, 0)
            word = core[len(place):] if place else ""
            if (2 <= len(word) <= 4 and place_at(word, 0) is None and not any(label.startswith(word) for label in industry_labels())
                    and re.fullmatch(f"[{HAN}]+", word) and word not in _AREA_KIND_WORDS):
                words.add(word)
    return tuple(sorted(words, key=len, reverse=True))


_ZONE_KIND_AT_END = re.compile(r"(?:国家)?(?:农业)?(?:高新技术产业开发区|高技术产业开发区|高新技术产业示范区|高新区|开发区|示范区|科技园区|园区|区)$")


def _places_only(name: str) -> bool:
    """Whether a name is made of places only (徐州铜山: a city and its district)."""
    at, forms = 0, county_forms()
    while at < len(name):
        place = place_at(name, at) or next((name[at : at + k] for k in _county_lengths() if name[at : at + k] in forms), None)
        if not place:
            return False
        at += len(place)
    return True


@lru_cache(maxsize=None)
def _county_lengths() -> tuple[int, ...]:
    """The lengths of the counties' names (reference.county_forms), longest first."""
    return tuple(sorted({len(form) for form in county_forms()}, reverse=True))
