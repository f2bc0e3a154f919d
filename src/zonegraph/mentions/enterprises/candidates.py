"""The enterprise mentions of one sentence as the passes find them (_Candidates): a span is kept only
where it reads as a firm's name, not a field, a road, a country or a kind of body; and what is kept in
the end (_kept): the longest of those that overlap, without public bodies, pointers and former names."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from zonegraph.mentions.base import HAN, MEMBERS_BODIES, NAME_CHAR, Mention
from zonegraph.mentions.enterprises.known_names import _known_names_as_written
from zonegraph.mentions.enterprises.words import _BYLINE_BEFORE, _KINDS_OF_BODY, _PUBLIC_BODY
from zonegraph.mentions.organizations import (BRAND_AT_END, an_unnamed_firm, is_everyday, is_generic_enterprise,
                                              listed_enterprise_names, maximal)
from zonegraph.reference import countries, place_forms


# a speech given (韩九云在致辞中表示, 张三致辞时说): by a person, not a firm
_A_SPEECH_AFTER = re.compile(r"(?:在|于)?(?:致辞|讲话|发言|致词)(?:中|时)")


# what says the words before it name a sector: 以起重装备为主导产业, 起重装备研发制造基地
_SECTOR_NEXT = re.compile(r"为(?:主导|支柱|首位|特色|优势)产业|(?:研发)?制造基地")


@lru_cache(maxsize=None)
def _country_names() -> frozenset[str]:
    return frozenset(countries())


# a list said to be of fields before its first item, the item here one of them (领域包括…、…、)
_FIELDS_LISTED_BEFORE = re.compile(r"(?:领域|方向|板块)(?:主要)?(?:包括|涵盖|包含|有|为|是)[:：]?(?:[^，。；：、]{2,12}、)*$")
# what follows an item of a list of fields: the other items, then 等 and at most a count or a few
# words before 领域 (…、视频处理等领域, 数控装备、…等十余个领域; not 华为等企业在5G领域, nor the
# companies of a field: 先声药业、绿叶思科等生命健康领域各类企业, 联想…等数10家相关领域的世界500强)
_LISTED_AS_FIELDS = re.compile(
    rf"(?:、[{HAN}A-Za-z0-9]{{1,12}})*等(?:(?!企业|公司|在|与|和)[^，。；、]){{0,6}}?(?:领域|方面|环节|赛道)"
    r"(?![^，。；、]{0,8}?(?:企业|公司|500强|龙头|巨头|厂商|集团))")


_ROAD = re.compile(r"(?:路|街|大道|大街)等?$")
_ROAD_AFTER = re.compile(r"(?:大道|大街|路|街)(?:[东南西北]+(?:段|辅道|延长线)|南北辅道|辅道|改造|提质|建设|工程|[、，。；]|$)")


_LIST_ITEM_BEFORE = re.compile(rf"(?:^|(?<=[^{HAN}A-Za-z0-9、]))([{HAN}A-Za-z0-9]{{2,12}})、$")
_LIST_ITEM_AFTER = re.compile(rf"[、和及]([{HAN}A-Za-z0-9]{{2,12}}?)(?:产业|行业)?(?=[、和及等]|$|[^{HAN}A-Za-z0-9])")


def _between_sector_names(text: str, start: int, end: int, industry_labels: frozenset[str]) -> bool:
    """Whether ``text[start:end]`` is an item of a list between two sector names the taxonomy
    knows, as written (…、生物医药、海洋生物、新材料、…): a brand ending (生物) is no company there."""
    before = _LIST_ITEM_BEFORE.search(text, max(0, start - 13), start)
    if before is None or before.end() != start:
        return False
    after = _LIST_ITEM_AFTER.match(text, end)
    words = before.group(1)
    # the item before may carry the verb that opens the list (聚焦|生物医药): it ends in a label
    return (after is not None and after.group(1) in industry_labels
            and any(words[-size:] in industry_labels for size in range(2, len(words) + 1)))


# a site's breadcrumb trail before a section's name: 首页 > 经济·科技
_BREADCRUMB_BEFORE = re.compile(r"[>＞»]\s*$")


# what a project's or a company's word is glued to when no name is: 公司的(一期项目), (此次)二期, 投产后(公司…)
# (a generic word before 的 only: 美的 is a company)
_NO_NAME = re.compile(r"[\u4e00-\u9fff]*(?:公司|企业|项目|工厂|集团)的|[一二三四五六七八九十\d]+期|(?:投产|建成|竣工|达产|开工|落户|完成)[后前时]")


_SCOPE_OR_SIZE = ("大型", "中型", "小型", "大中型", "全球", "全国", "国内", "世界")  # what describes a kind of firm


class _Candidates:
    """The enterprise mentions of one text as the passes find them; ``add`` keeps a span only where it
    reads as a firm's name."""

    def __init__(self, text: str, blocked: list[tuple[int, int]], industry_labels: frozenset[str]) -> None:
        self.context = (text, blocked, listed_enterprise_names(), industry_labels)  # what every pass reads
        self.found = _known_names_as_written(text)

    def add(self, start: int, end: int, rule: str, in_list: bool = False) -> None:
        text, _, known, industry_labels = self.context
        found = self.found
        if text[start:end][:1] in "“\"‘" and end - start >= 3:
            start += 1  # 投资60亿元的“苏宁西北商业管理总部”项目: a project's name in quotes, its investor first
        if (text.startswith("有", start) and (start == 0 or text[start - 1] in "，,；;：:。") and end - start >= 4
                and text[start:end] not in known):
            start += 1  # …光谷生物城，有美国辉瑞等8家世界500强企业: "there are", opening the clause before the name
        surface = re.sub(r"(?:(?<!集团)(?<!股份)公司|项目|基地|车间|工厂|码头)$" if rule != "enterprise-group-unit"
                         else r"(?:项目|基地|车间|工厂|码头)$", "", text[start:end])  # 中国石油大庆炼化公司: its name
        if (len(surface) < 2 or surface in industry_labels or is_generic_enterprise(surface) or _NO_NAME.fullmatch(surface)
                or an_unnamed_firm(surface)):
            return  # (光谷一科技公司: "a technology company in 光谷")
        if "「" in surface or "」" in surface:
            return  # 广东「科技奖」放榜…获奖项目: a corner-quoted title's words, no company
        if surface.endswith(("是", "为")) and is_everyday(surface[:-1], industry_labels):
            return  # 全部是大健康产业及有关配套项目: how many of the projects are of a kind, no investor
        if "其" in surface[1:] and surface not in known:
            return  # 以现金购买…的股权,取得其控股权: "its", a pronoun, in no name
        if (rule == "enterprise-company" and text.startswith(("股东大会", "董事会", "监事会", "章程"), end)
                and surface not in known):
            return  # 尚需提交公司股东大会审议: "the company" of a notice, a verb before it
        if surface.endswith(("镇", "乡", "街道")) and not surface.endswith("小镇"):
            return  # 邹城市太平镇济宁新能源船舶制造项目: the town a project is in, no company (中关村创客小镇 is one)
        if _BYLINE_BEFORE.search(text, max(0, start - 8), start) or text.startswith(("版权所有", "版权"), end):
            return  # （责任编辑：余凌云）: a page's editor, a person; 新浪公司版权所有: the site's footer
        if _BREADCRUMB_BEFORE.search(text, max(0, start - 3), start):
            return  # 首页 > 经济·科技: a section of the site's menu, no company
        if _A_SPEECH_AFTER.match(text, end):
            return  # 韩九云在致辞中表示: who gives a speech is a person
        if surface.endswith(_KINDS_OF_BODY):
            return  # 吸引了包括…在内的跨国巨头、BAT龙头、科研院所和独角兽企业: kinds of body, no names
        if surface.endswith(MEMBERS_BODIES):
            return  # 中国欧盟商会、中国日本商会, …行业协会: a chamber or an association of firms, no firm
        if surface.startswith("企业") or _LISTED_AS_FIELDS.match(text, end):
            return  # 企业落户审批; 为气象预测、石油勘探、视频处理等领域提供…: fields of work, not companies
        if surface not in known and _FIELDS_LISTED_BEFORE.search(text, max(0, start - 40), start):
            return  # 主要建设领域包括海洋工程装备、海洋生物、海洋能源等: a list the text says is of fields
        if surface.endswith(("和", "及", "与")) or surface.startswith(_SCOPE_OR_SIZE):
            return  # 化学和|生物制药基地: a joined name's half; 大型医药集团, 全球新能源汽车: a kind, described
        ending = BRAND_AT_END.search(surface) if rule == "enterprise-brand" else None
        if ending and surface.endswith(("园", "区"), 0, ending.start()):
            return  # 发挥海淀园科技和人才资源优势: a park's technology, not a company
        if ending and text.startswith(("园", "小镇"), start + len(surface)) and surface not in known:
            return  # 中电软件园二期, 麓谷智造园: a park named by its words, not a company
        if (surface.endswith(("产业", "行业", "大厦", "大楼", "广场", "产业园", "园区"))
                or _SECTOR_NEXT.match(text, start + len(surface))):
            return  # 以船舶海工装备产业为龙头: a sector; 中凯大厦: a building; 航天科技产业园: a park
        if _between_sector_names(text, start, start + len(surface), industry_labels):
            return  # 聚焦生物医药、海洋生物、新材料: an item among sectors, not a brand
        if (surface in _country_names() or surface in place_forms() or _ROAD.search(surface)
                or _ROAD_AFTER.match(text, start + len(surface))):
            return  # 吸引来自美国、法国、德国等国的供应商: countries and places, not companies; 龙腾路、江义街, 岳麓大道南北辅道: roads
        # 加拿大麦格纳, 日本东芝: the company is named without its country; the written form stays a form
        country = next((c for c in countries() if surface.startswith(c) and len(surface) - len(c) >= 2), None)
        name = surface[len(country):] if country and not is_everyday(surface[len(country):], industry_labels) else surface
        # 厦门ABB开关公司, named 厦门ABB开关: the written form with its 公司 stays a form
        written = {"written": text[start:end]} if text.endswith("公司", start, end) and end - start > len(surface) else {}
        found.append(Mention("Enterprise", start, start + len(surface), surface, name, rule, in_list, written))


def _kept(candidates: _Candidates) -> list[Mention]:
    """The mentions the passes found, each with its arm in a place where one is written (台积电（南京）),
    the longest of any that overlap, without public bodies, pointers (该公司) and former names."""
    text, *_ = candidates.context
    found = candidates.found
    for m in [m for m in found if m.rule not in ("enterprise-legal-name", "enterprise-branch")]:
        arm = _ARM_IN_PLACE.match(text, m.end)  # 台积电（南京）公司, 华天科技（昆山）: the company's arm there, as written
        if arm and (arm.group(1) in place_forms() or arm.group(1) == "中国"):
            surface = text[m.start : arm.end()]
            found.append(Mention("Enterprise", m.start, arm.end(), surface, surface, "enterprise-arm-in-place", m.in_list))
    found = [m for m in maximal(found) if m.rule == "enterprise-legal-name"
             or not (_among_public_bodies(text, m) or _PLACES_BUREAU.search(m.surface) or m.surface.startswith(_THIS)
                     or (m.surface.endswith("局") and _BUREAUS_HEAD.match(text, m.end))
                     or m.surface.endswith(("该", "其", "此")))]  # 将成为该|公司面向…: a pointer, no name
    if "原" in text or "前身" in text:  # …有限公司（原西门子光缆成都有限公司）: no firm of its own in a former name
        former = [match.span() for match in _FORMER_NAME.finditer(text)]
        found = [m for m in found if not any(a <= m.start < b for a, b in former)]
    return [_past_since(text, m) for m in found] if "以来" in text else found


_FORMER_NAME = re.compile(r"[（(](?:原|曾用名|前身为|前身是)[^（()）]{2,40}[）)]")


# the rest of a clause that 自 opens as "since": 自创明新能源总部项目签约以来
_SINCE_AFTER = re.compile(r"[^，。；！？]*?以来")


def _past_since(text: str, mention: Mention) -> Mention:
    """The mention without the 自 of 自…以来 ("since …") opening its clause: 自创明新能源总部项目签约以来 names
    创明新能源 (自贡 and other names opening with 自 stand in clauses with no 以来)."""
    start = mention.start
    if (text.startswith("自", start) and mention.end - start >= 4 and (start == 0 or not NAME_CHAR.match(text[start - 1]))
            and _SINCE_AFTER.match(text, mention.end)):
        surface = text[start + 1 : mention.end]
        name = surface if mention.name == mention.surface else mention.name
        return replace(mention, start=start + 1, surface=surface, name=name)
    return mention


_THIS = ("这是", "这一", "这个", "这些", "那些")  # 这是成都第6家科创板挂牌上市企业: a clause, no name


# not 奇瑞（鄂尔多斯）智能网联汽车产业园, 百度（青岛）智创基地: the company's park or base there is the company's
_ARM_IN_PLACE = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)](?:公司|(?=[、，。；,;等和与]|$))")


_CLAUSE_MARK = re.compile(r"[，。；：,;:]")
# a bureau's head after its name: 高新区党工委委员、招商局局长李仲飞 (招商局 the zone's bureau, not the group)
_BUREAUS_HEAD = re.compile(r"(?:常务)?副?局长")
# a government bureau named by its place: 沈阳市科技局, 浙江省商务厅 (招商局 alone stays a company's name)
_PLACES_BUREAU = re.compile(r"[省市区县][\u4e00-\u9fff]{1,8}(?:局|厅)$")


def _among_public_bodies(text: str, mention: Mention) -> bool:
    """Whether a name stands in a list of public bodies (设有财政局、招商局、…、保税公司、银行等机构):
    招商局 is the bureau there, and 保税公司 a kind of office, not a company's name."""
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, mention.start)), default=0)
    end_match = _CLAUSE_MARK.search(text, mention.end)
    items = text[start : end_match.start() if end_match else len(text)].split("、")
    return len(items) >= 3 and sum(bool(_PUBLIC_BODY.search(item)) for item in items) >= 2
