"""The zones a document names in short, by city or by county, and the zone of each article and title."""

from __future__ import annotations

from collections.abc import Iterable

from zonegraph.documents.model import Sentence
from zonegraph.entities.registry import Entity, Registry
from zonegraph.mentions import Mention
from zonegraph.mentions.base import SHORT_FORM
from zonegraph.mentions.zones import find_zones, zone_of_a_page
from zonegraph.reference import ZoneRecord, place_at, place_cues, zone_prefix
from zonegraph.relations.attribution import article_zone, page_articles


def name_short_zones(texts: dict[int, str], found: dict[int, list[Mention]]) -> None:
    """A zone the text names, then gives a short form (南京江宁高新技术产业开发区（简称“江宁高新区”）):
    the short form, there and wherever the document uses it, is that zone."""
    full_of: dict[str, Mention] = {}
    for index, mentions in found.items():
        zones = [m for m in mentions if m.kind == "Zone"]
        for full, short in zip(zones, zones[1:]):
            given = SHORT_FORM.match(texts[index], full.end)
            if given is not None and given.span(1) == short.span and short.name != full.name:
                full_of[short.name] = full
    _rename_zones(found, {short: (full.name, full.extra.get("zone")) for short, full in full_of.items()})


def _rename_zones(found: dict[int, list[Mention]], names: dict[str, tuple[str, ZoneRecord | None]]) -> None:
    """Every zone mention of the document named by a key of ``names`` takes that name and record."""
    for mentions in found.values():
        for m in mentions:
            if m.kind == "Zone" and m.name in names:
                m.name, m.extra["zone"] = names[m.name]


def zones_named_with_their_city(found: dict[int, list[Mention]]) -> None:
    """A zone no list holds, named once with its city and once without (长沙宁乡高新区, 宁乡高新区;
    南京江宁高新技术产业开发区, 江宁高新技术产业开发区): one zone, by the fuller name, wherever the document
    uses the shorter."""
    named = {m.name for mentions in found.values() for m in mentions if m.rule == "zone-pattern"}
    _rename_zones(found, {short: (full, None) for short in named for full in named
                          if len(full) > len(short) and full.endswith(short)
                          and place_at(full[: len(full) - len(short)], 0) == full[: len(full) - len(short)]})


def zones_named_by_their_county(found: dict[int, list[Mention]]) -> None:
    """A zone no list holds whose place is inside the name of a national zone the document names (大冶市高新区
    beside 黄石大冶湖高新区, the zone in 大冶市): that national zone, where only one such is named."""
    known = {m.extra["zone"].name: m.extra["zone"] for mentions in found.values() for m in mentions
             if m.kind == "Zone" and m.extra.get("zone") is not None}
    renamed = {}
    for name in {m.name for mentions in found.values() for m in mentions if m.rule == "zone-pattern"}:
        place = name.split("高新", 1)[0]
        fits = [zone for zone in known.values() if place in zone.prefix and zone.prefix != place] if len(place) >= 2 else []
        if len(fits) == 1:
            renamed[name] = (fits[0].name, fits[0])
    _rename_zones(found, renamed)


def zones_of_articles(sentences: list[Sentence], zone_names: dict[int, list[tuple[Mention, str]]],
                       found: dict[int, list[Mention]], registry: Registry, document: str) -> dict[int, str | None]:
    """On a page that runs several articles, each article's zone by its first sentence's index: the zone it
    names most, or, naming none, the zone of its policies' titles (《泉州高新技术产业开发区主园区发展规划》日前出台)
    or of the city it means by a bare 高新区; none for an article of no zone. Empty for a page of one article,
    or whose articles name no zone or one zone only, unless an article of four sentences or more is of none
    (a visit to 本溪's 高新区 before an article on 长春净月高新区: not 净月's)."""
    articles = [part for article in page_articles(sentences) for part in _split_at_zone_titles(article, zone_names)]
    if len(articles) < 2:
        return {}
    zones: dict[int, str | None] = {}
    sizes: dict[int, int] = {}
    for article in articles:
        zone = article_zone(article, zone_names)
        if zone is None and not any(zone_names.get(s.index) for s in article):
            titled = zones_of_titles(m for s in article for m in found[s.index])
            record = zone_of_titles_or_city(titled, "".join(s.text for s in article))
            zone = registry.ensure("Zone", record.name, None, document, zone=record).name if record else None
        zones[article[0].index], sizes[article[0].index] = zone, len(article)
    named = {zone for zone in zones.values() if zone is not None}
    if len(named) >= 2 or (named and any(zone is None and sizes[start] >= 4 for start, zone in zones.items())):
        return zones
    return {}


def _split_at_zone_titles(article: list[Sentence], zone_names: dict[int, list[tuple[Mention, str]]]) -> list[list[Sentence]]:
    """An article as found, split where a title naming one zone follows body text (【壮丽70年·奋斗新时代】合肥高新区管委会
    三让办公楼之后, after 秀洲's item that the page finder ran into 合肥's): each part an article of its own."""
    parts: list[list[Sentence]] = [[]]
    for sentence in article:
        named = {name for mention, name in zone_names.get(sentence.index, ()) if not mention.in_list}
        if sentence.heading and len(named) == 1 and any(not s.heading for s in parts[-1]):
            parts.append([])
        parts[-1].append(sentence)
    return parts


def zones_of_titles(mentions: Iterable[Mention]) -> dict[str, ZoneRecord]:
    """The zones the policies' titles name (《泉州高新技术产业开发区主园区发展规划》), by name."""
    return {z.extra["zone"].name: z.extra["zone"] for m in mentions if m.kind == "Policy"
            for z in find_zones(m.surface) if z.extra.get("zone") is not None}


def zone_of_titles_or_city(titled: dict[str, ZoneRecord], text: str) -> ZoneRecord | None:
    """The zone of a text that names none outside titles: its policies' (《泉州高新技术产业开发区主园区发展规划》
    is its zone's), or the city's it means by a bare 高新区 (到高新区调研, 张新民对高新区的迅猛发展…)."""
    return (_most_placed(titled, text) if titled else None) or zone_of_a_page(text)


def _most_placed(zones: dict[str, ZoneRecord], text: str) -> ZoneRecord | None:
    """Of the zones a page's titles name, the one whose place the page names most (a 齐齐哈尔 page
    citing 《国务院关于同意哈尔滨、大庆、齐齐哈尔高新技术产业开发区…的批复》), if one leads."""
    if len(zones) == 1:
        return next(iter(zones.values()))
    counts = sorted(((sum(text.count(cue) for cue in place_cues(record.name, record.city)), name)
                     for name, record in zones.items()), reverse=True)
    return zones[counts[0][1]] if counts[0][0] > counts[1][0] else None


def zone_just_before(text: str, at: int, place: str, registry: Registry, document: str) -> Entity | None:
    """The zone named right before ``at`` (a quote between at most) whose name opens with ``place``."""
    zone = zone_ending(text[max(0, at - 16) : at].rstrip("“\"‘ "), registry, document)
    return zone if zone is not None and zone_prefix(zone.name).startswith(place) else None


def zone_ending(window: str, registry: Registry, document: str) -> Entity | None:
    """The zone whose name ends ``window`` (安阳高新区 of …：安阳高新区), if any."""
    found = [m for m in find_zones(window) if m.end == len(window)]
    if not found:
        return None
    candidates = found[-1].extra.get("candidates")
    if candidates is not None:  # 火炬高新区…产业集群: a form two zones share is the one this page named
        named = [registry.entities[("Zone", z.name)] for z in candidates if ("Zone", z.name) in registry.entities
                 and document in registry.entities[("Zone", z.name)].documents]
        return named[0] if len(named) == 1 else None
    return registry.resolve(found[-1], document)
