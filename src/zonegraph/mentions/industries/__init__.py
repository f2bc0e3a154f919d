"""Industry mentions: the sectors of the SKOS taxonomy in data/ (find_industries), and those it does not
know that the genre's lists and phrases name (find_listed_sectors).

find_industries reads the taxonomy's labels where they stand in a sentence, with the words the text writes
as part of the same sector (产业 after it, 及零部件, 深加工), and marks the labels that stand in a list. The
other modules decide the rest, one question each: ``taxonomy`` (the labels), ``compounds`` (X及Y: one
sector or two), ``written`` (a known sector written longer than its label), ``unknown`` (whether an item
is a sector the taxonomy lacks, and its bounds), ``places`` (a zone's or a place's words before a sector),
``listed`` with ``sentence``, ``lists`` and ``frames`` (where the text says something is a sector), and
``shared`` (the patterns several of them read). The names other packages import are all here.
"""

from __future__ import annotations

import re

from zonegraph.mentions.base import Mention, NUMERAL
from zonegraph.mentions.industries.compounds import split_counted_compounds
from zonegraph.mentions.industries.listed import find_listed_sectors
from zonegraph.mentions.industries.lists import CODED_LIST_OPENING, DESCRIBED, SECTORS_HEAD
from zonegraph.mentions.industries.places import zones_own_words
from zonegraph.mentions.industries.sentence import SectorSentence
from zonegraph.mentions.industries.shared import NOT_A_SECTOR_ITEM, OUTPUT_GRADE
from zonegraph.mentions.industries.taxonomy import _broader_all, industry_gazetteer, industry_labels
from zonegraph.mentions.industries.unknown import AREA_WORDS, unknown_sectors
from zonegraph.mentions.industries.written import record_items_as_written
from zonegraph.reference import stopwords

__all__ = [
    "AREA_WORDS",
    "CODED_LIST_OPENING",
    "DESCRIBED",
    "NOT_A_SECTOR_ITEM",
    "OUTPUT_GRADE",
    "SECTORS_HEAD",
    "SectorSentence",
    "WRITTEN_ON",
    "find_industries",
    "find_listed_sectors",
    "industry_gazetteer",
    "industry_labels",
    "record_items_as_written",
    "split_counted_compounds",
    "unknown_sectors",
    "zones_own_words",
]


# what a sector's own supply chain adds to its name: 汽车及核心零部件, 新能源电池及材料, 医用设备及耗材
# is one sector as written (the taxonomy's concept of its head), not the head and a second item
_WITH_ITS_PARTS = re.compile(r"(?:及|与|和)其?(?:核心|关键)?(?:零部件|零配件|配件|部品部件|材料|耗材|制品|应用)(?![\u4e00-\u9fff]{0,1}(?:企业|公司|项目|基地))")


# what the text writes after a sector's label as part of its name, the phrase ending there: 钢铁深加工,
# 创新药物, 汽车关键零部件, 功率半导体制造 name the taxonomy's 钢铁, 创新药, 汽车, 功率半导体 as written
# (relations/sectors.py reads a list's first item with it too: 在创新药物、…)
WRITTEN_ON = re.compile(r"(?:精深加工|深加工|加工|配套|关键零部件|零部件|零配件|配件|整车|封测|机电|设备制造|制造|(?<=药)物)"
                        r"(?=产业|行业|业|[、，。；”）)]|等|和|及|与|领域|为(?:主|核心|重点|支柱|特色))")  # (…、精密机械制造为主导的…)


def find_industries(text: str) -> list[Mention]:
    """The taxonomy's sectors a sentence names, by any of their labels (集成电路, 芯片, IC设计), each with its concept,
    where its phrase ends (生物医药产业) and how the text writes it when longer (汽车关键零部件), marked when listed;
    not inside a word that names no sector, nor a sector given only as an example of the broader one after 等."""
    mentions = []
    # no label begins inside a word that names no sector (国家电子商务示范基地 holds no 家电: data/words/
    # not_sectors.txt) nor at a count's 家 (六家具有…资质的企业 holds no 家具): masked, same offsets
    masked = _MASK_WORDS.sub(lambda m: m.group()[0] + "\0" * (len(m.group()) - 1), text)
    if "家" in masked:
        masked = _COUNTED_FIRMS.sub(lambda m: m.group(1) + "\0", masked)
    for a, b, surface, concept in industry_gazetteer().find(masked):
        if _A_LINES_NUMBER.match(text, b):
            continue  # 轨道交通1号线: a line of the city's metro, not the rail-equipment sector
        parts = _WITH_ITS_PARTS.match(text, b)
        if parts:
            b, surface = parts.end(), text[a : parts.end()]
        # 产业 after a label is part of the phrase (生物医药产业), so that it is not read alone
        if text.startswith("产业", b) and surface + "产业" not in industry_labels():
            b_extended = b + 2
        elif text.startswith("业", b) and surface.endswith(("制造", "服务")) and surface + "业" not in industry_labels():
            b_extended = b + 1  # 先进装备制造业、…: the 业 of a 制造业 is the phrase's, as 产业 is
        else:
            b_extended = b
        extra = {"concept": concept, "phrase_end": b_extended}
        written_on = WRITTEN_ON.match(text, b) if b_extended == b else None
        if written_on and surface + written_on.group() not in industry_labels():
            extra["written"] = surface + written_on.group()
        mentions.append(Mention("Industry", a, b, surface, concept.label, "industry-taxonomy", extra=extra))
    _mark_lists(text, mentions)
    return [m for m in mentions if not _an_example_of_the_next(text, m, mentions)]


def _an_example_of_the_next(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the sector, alone (no list before it), is only an example of the broader one named right after 等
    (激光等光电产业: 光电; not the last item of 数字物流、…、电子商务等现代服务业)."""
    if not text.startswith("等", mention.extra["phrase_end"]) or text[mention.start - 1 : mention.start] in ("、", "和", "及", "与"):
        return False
    after = next((m for m in mentions if m.start == mention.extra["phrase_end"] + 1), None)
    return after is not None and after.extra["concept"].iri in _broader_all(mention.extra["concept"].iri)


_MASK_WORDS = re.compile("|".join(map(re.escape, sorted(stopwords("words/not_sectors.txt"), key=len, reverse=True))))
_A_LINES_NUMBER = re.compile(rf"[\d{NUMERAL}]+号线")
_COUNTED_FIRMS = re.compile(rf"([\d{NUMERAL}几多数余首每]+)家")  # (首家具备…: the first one, no 家具)


def _mark_lists(text: str, mentions: list[Mention]) -> None:
    for left, right in zip(mentions, mentions[1:]):
        if text[left.extra["phrase_end"] : right.start] in ("、", "和", "及", "与", "以及", "，"):
            left.in_list = right.in_list = True
