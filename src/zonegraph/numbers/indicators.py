"""The indicator vocabulary of data/indicators.ttl, and figures read from running text.

A figure in text is an indicator's name followed closely by a number and a unit, as in
1-9月预计地区生产总值1160亿元、增长10% (a level and its growth) or 高新技术企业972家.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SKOS

from zonegraph.documents.cleaning import clean
from zonegraph.documents.model import Sentence
from zonegraph.mentions.base import Gazetteer
from zonegraph.numbers.quantities import Quantity, read_quantity, unit_pattern
from zonegraph.namespaces import ZG
from zonegraph.resources import data_file


@dataclass(frozen=True)
class Indicator:
    """An indicator of the scheme (营业收入, 研发投入强度), with the units it may be measured in."""

    iri: URIRef
    label: str
    units: frozenset[str] = frozenset()  # canonical units it is measured in; empty: any

    def measured(self, quantity: Quantity) -> Quantity | None:
        """``quantity`` in this indicator's unit, or None if it is another indicator's. 家 counts organisations of an
        indicator that counts them (医院数量's [3]家), where data/units.csv reads it as enterprises, the genre's usual."""
        if not self.units or quantity.unit in self.units:
            return quantity
        if quantity.unit == "enterprise" and "organisation" in self.units:
            return replace(quantity, unit="organisation")
        return None


@lru_cache(maxsize=None)
def indicator_graph() -> Graph:
    """The indicators' SKOS scheme, data/indicators.ttl (营业收入, 研发投入强度 …, each with its units)."""
    return Graph().parse(data_file("indicators.ttl"), format="turtle")


@lru_cache(maxsize=None)
def indicator_gazetteer() -> Gazetteer[Indicator]:
    """Every indicator's Chinese labels, preferred and alternative -> the indicator, for one pass over a sentence."""
    graph = indicator_graph()
    entries = []
    for concept, label in graph.subject_objects(SKOS.prefLabel):
        if isinstance(label, Literal) and label.language == "zh":
            indicator = Indicator(concept, str(label), frozenset(str(u) for u in graph.objects(concept, ZG.unit)))
            entries.append((str(label), indicator))
            entries.extend((str(alt), indicator) for alt in graph.objects(concept, SKOS.altLabel))
    return Gazetteer(entries)


def indicator_labels() -> list[str]:
    """The Chinese preferred label of every indicator, sorted."""
    graph = indicator_graph()
    return sorted(str(l) for l in graph.objects(None, SKOS.prefLabel) if isinstance(l, Literal) and l.language == "zh")


def find_indicator(name: str) -> Indicator | None:
    """The indicator a table row names (its whole cell, stars and spaces removed)."""
    name = re.sub(r"[*＊/]+$", "", clean(name))
    return next((i for a, b, s, i in indicator_gazetteer().find(name) if a == 0 and b == len(name)), None)


@dataclass(frozen=True)
class TextFigure:
    """A figure read in running text: its indicator, quantity, kind (actual, target, growth) and span."""

    indicator: Indicator
    quantity: Quantity
    kind: str  # actual, target, growth; start: the value a change started from (从461亿元提升到701亿元)
    start: int
    end: int


_VALUE = None
_GROWTH = re.compile(r"^[、，]?\s*(?:同比)?(?:增长|增速|增幅)\s*(\d+(?:\.\d+)?)\s*%")
_UNREADABLE = re.compile(r"^[^，。；]{0,6}?([一二三四五六七八九十百千万两几]+[位倍]?数?|千亿级|百亿级)(?:以上)?(?:增长|亿元|万元|家|个)")
# (到2025年 sets a target; 增长到2021年的68平方公里 tells a change that has happened)
_TARGET = re.compile(r"力争|目标|(?<![长升加高大])到\s*20\d{2}\s*年|将(?:达到|突破|超过)|预期")


_FROM = re.compile(r"[从由]")
# between an indicator and its value: another kind it is counted with, or candidates for it
_SHARED_OR_CANDIDATES = re.compile(r"[和及与、]|培育|后备|潜在")
_SHARED_BEFORE = re.compile(r"企业[和及与]$")  # 独角兽企业和|瞪羚企业17家: the second kind of one count
# before an indicator: the sector or the group of firms the figure is of (物联网产业营业收入, 机械制造业规模以上工业总产值,
# 在孵企业实现营业收入); not 工业 or 企业 as such (规上工业企业营业收入 is the zone's)
_OF_A_SECTOR = re.compile(r"(?:产业|(?<![工企])业|在孵企业|孵化企业)(?:实现|完成|的)?$")
_CHANGED_TO: re.Pattern | None = None
_DATED_CHANGE: re.Pattern | None = None


def _value_pattern() -> re.Pattern:
    global _VALUE, _CHANGED_TO, _DATED_CHANGE
    if _VALUE is None:
        # a change that dates both its ends: 从2012年的1195亿元增长到2021年的2271亿元
        number, year = r"\d+(?:,\d{3})*(?:\.\d+)?", r"(?:19|20)\d{2}\s*年(?:底|末)?的?\s*"
        _DATED_CHANGE = re.compile(
            rf"^\s*[从由]\s*{year}(?P<started>{number})\s*(?P<started_unit>{unit_pattern()})\s*"
            rf"(?:提升|提高|增加|增长|上升|扩大|跃升|降低|下降|减少|攀升)?\s*(?:到|至)\s*{year}"
            rf"(?P<number>{number})\s*(?P<unit>{unit_pattern()})(?P<more>以上|多)?")
        # the value a change reached: 从461亿元|提升到701亿元, 由2.7%|增加至5.54%
        _CHANGED_TO = re.compile(
            rf"\s*(?:提升|提高|增加|增长|上升|扩大|跃升|降低|下降|减少|攀升)?\s*(?P<bound>到|至)\s*"
            rf"(?P<number>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*(?P<unit>{unit_pattern()})(?P<more>以上|多)?")
        _VALUE = re.compile(
            rf"^[^，。；0-9]{{0,8}}?(?P<bound>超过|突破|逾|近|约|达到|达|为|至)?\s*(?P<number>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*(?P<unit>{unit_pattern()})(?P<more>以上|多)?"
        )
    return _VALUE


def _dated_change(indicator: Indicator, text: str, start: int, end: int, dated: re.Match) -> list[TextFigure]:
    """Both ends of a change whose years the text gives (地区生产总值从2012年的1195亿元增长到2021年的2271亿元): each an
    actual figure of its year (the reached one a target after 力争, 目标 …), each starting right after its year, which
    is so the last year before it (numbers.extract reads a figure's period there)."""
    reached_kind = "target" if _TARGET.search(text[:start]) else "actual"
    more = dated.group("more") or ""
    ends = (("started", dated.group("started_unit"), "", "actual"), ("number", dated.group("unit"), more, reached_kind))
    out = []
    for group, unit, after, kind in ends:
        quantity = read_quantity(dated.group(group), unit, dated.group(group) + unit + after, "atLeast" if after else None)
        quantity = quantity and indicator.measured(quantity)
        if quantity is None:
            return []  # (another indicator's change: 单位地区生产总值能耗从2015年的0.5吨标准煤…)
        out.append(TextFigure(indicator, quantity, kind, end + dated.start(group), end + dated.end(group)))
    return out


def figures_in(sentence: Sentence) -> tuple[list[TextFigure], list[str]]:
    """The figures of one sentence, and a warning for each value that could not be read."""
    found, warnings = [], []
    text = sentence.text
    for start, end, _, indicator in indicator_gazetteer().find(text):
        after = text[end:]
        match = _value_pattern().match(after)
        dated = _DATED_CHANGE.match(after) if match is None and ("从" in after[:3] or "由" in after[:3]) else None
        if dated is not None:
            found += _dated_change(indicator, text, start, end, dated)
            continue
        if not match:
            unreadable = _UNREADABLE.match(after)
            if unreadable:
                warnings.append(f"cannot read the value {unreadable.group(1)!r} of {indicator.label}: {text[start:end + 20]}")
            continue
        if "分别" in match.group(0):
            continue  # 分别为88家、11家: values spread over several indicators, not this one's alone
        if (_SHARED_OR_CANDIDATES.search(after, 0, match.start("number")) or text.endswith("潜在", 0, start)
                or _SHARED_BEFORE.search(text, max(0, start - 4), start)):
            continue  # 独角兽培育企业25家, 潜在独角兽企业和瞪羚企业17家: candidates, or one count of two kinds
        if _OF_A_SECTOR.search(text, max(0, start - 6), start):
            continue  # 电子信息产业营业收入834.35亿元, 在孵企业实现营业收入10.2亿元: a sector's or a group's, not the zone's
        value_end = end + match.end()
        change = _FROM.search(match.group(0), 0, match.start("number"))
        if change:
            # 地区生产总值从461亿元提升到701亿元 (a plan's review of five years): the value the change started
            # from is of a year the sentence does not give, a "start" figure whose year only the review's period
            # can tell (numbers.extract); the value it reached is read as any figure without a year is, and the
            # growth after it (、增长52%) is the whole change's
            started = read_quantity(match.group("number"), match.group("unit"), match.group("number") + match.group("unit"))
            started = started and indicator.measured(started)
            if started is None:
                continue  # (地区生产总值综合能耗由0.832吨标准煤…: another indicator's change)
            reached = _CHANGED_TO.match(text, value_end)
            if reached is None:
                warnings.append(f"no year for the starting value {match.group('number')}{match.group('unit')} "
                                f"of {indicator.label}: {text[start:end + 20]}")
                continue
            found.append(TextFigure(indicator, started, "start", start, value_end))
            match, value_end = reached, reached.end()
        bound = "atLeast" if match.group("bound") in ("超过", "突破", "逾") or match.group("more") else None
        quantity = read_quantity(match.group("number"), match.group("unit"),
                                 match.group("number") + match.group("unit") + (match.group("more") or ""), bound)
        if quantity is None:
            continue
        if quantity.unit == "percent" and not change and "增长" in match.group(0)[:6]:
            kind = "growth"
        else:
            quantity = indicator.measured(quantity)
            if quantity is None:
                continue  # 单位地区生产总值能耗0.832吨标准煤: another indicator's figure
            kind = "target" if _TARGET.search(text[:start]) else "actual"
        found.append(TextFigure(indicator, quantity, kind, start, value_end))
        growth = None if change else _GROWTH.match(text[value_end:])
        if growth and kind != "growth":
            rate = read_quantity(growth.group(1), "%")
            found.append(TextFigure(indicator, rate, "growth" if kind == "actual" else "target-growth", start, value_end + growth.end()))
    return found, warnings
