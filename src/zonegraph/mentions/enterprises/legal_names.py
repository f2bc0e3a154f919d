"""Legal names (…有限公司): where each starts, read back from its legal form past the prepositions,
places, facilities, zone words and clause words that run into it, and the short names the text
declares for it (（以下简称“…”）)."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import HAN, OBJECT_PREPOSITIONS, SHORT_FORM, Gazetteer, Mention, long_boundary_words
from zonegraph.mentions.enterprises.candidates import _Candidates
from zonegraph.mentions.enterprises.zone_companies import _after_a_bare_zone_word
from zonegraph.mentions.organizations import (BRAND_AT_END, BRAND_ENDING, LEGAL_ENDING, PLACE_QUALIFIER_BEFORE,
                                              after_last, an_unnamed_firm, before_cut, declarable, is_everyday,
                                              is_generic_enterprise, left_edge)
from zonegraph.reference import place_at, place_forms


# boundary words that are also the last words of companies' names (…科技发展有限公司, …投资建设集团)
_COMPANY_NAME_WORDS = frozenset({"发展", "建设", "服务", "管理", "开发", "投资", "实业", "控股", "运营"})


@lru_cache(maxsize=None)
def _long_words_of_no_company() -> frozenset[str]:
    """The boundary words no company name holds: the long ones but 发展, 投资 …, and 分别是, 的, 了
    (它们分别是武汉华中师大科技园发展有限公司), and a joiner after an adverb (华润医药还与成都…发展集团有限公司)."""
    return long_boundary_words() - _COMPANY_NAME_WORDS | {"分别是", "的", "了", "还与", "也与", "并与", "又与", "还和", "并和"}


@lru_cache(maxsize=None)
def _words_of_no_company() -> frozenset[str]:
    """Those and the copula and passive 为 and 受 (北侧为…, 受…委托), tried where no long word cuts a run
    whose first cut (after 发展) left nothing of the name; not every one-character word (向阳发展,
    新疆国经事业新发展: a name's own)."""
    return _long_words_of_no_company() | {"为", "受"}


# prepositions that open no company's legal name (在线…, 向日葵…, 到家… do)
_NEVER_OPENS_A_LEGAL_NAME = frozenset("由被把将从离在据另与就对")  # 离亿恩…公司不远: how far from it; (另)据…公司…介绍; 对…公司…重点扶持


def _past_prepositions(text: str, start: int, end: int) -> int:
    """``start``, moved past prepositions opening a legal name's run (由福建华忠…有限公司投资…), while
    more than two characters are left before ``end`` and the two opening it are no everyday word (在线)."""
    while end - start > 2 and text[start] in _NEVER_OPENS_A_LEGAL_NAME and not is_everyday(text[start : start + 2]):
        start += 1
    return start


_FACILITY = re.compile(r"基地|产业园|工业园|科技园|园区|孵化器|工作站")
_BRANCH_OFFICE = re.compile(r"(?:省|市|自治区)?分公司")


def _branch_end(text: str, end: int) -> int:
    """Where a legal name ends when a place's branch office follows it (中国邮政集团有限公司河北省分公司)."""
    place = place_at(text, end, end + 8)
    branch = _BRANCH_OFFICE.match(text, end + len(place)) if place else None
    return branch.end() if branch else end


# words that end what stands before a legal name and are never part of one: its parent's relation
# to it (…股份有限公司全资子公司马鞍山华旺…), a body beside it (…与火炬高新区管委会厦门天马…: a
# caption run into the text), a caption's words (…生产线桂林南药股份有限公司)
_BEFORE_A_NAME = re.compile(r"(?:全资|控股|参股)?子公司|管委会|管理委员会|生产线|外景|供图|摄影|摄|共同为|CEO兼|总裁兼|兼")


def _after_facility(text: str, start: int, end: int) -> int:
    """Where a legal name starts when a facility's name runs into it, the company's own name opening
    with its place (大唐电信移动互联孵化基地石家庄云高网络科技有限公司 -> 石家庄云高网络科技有限公司)."""
    for facility in reversed(list(_FACILITY.finditer(text, start, end))):
        if place_at(text, facility.end(), end) is not None:
            return facility.end()
    return start


# a zone's science city named by its area, then a firm's own name: 光谷未来科技城|帝尔激光科技股份有限公司
_NAMED_SCIENCE_CITY = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:科技城|科学城)(?=[\u4e00-\u9fff]{2})")


def _after_a_named_science_city(text: str, start: int, end: int) -> int:
    """Where a legal name starts when the science city the page places it in runs into it, as a bare zone
    word does (not 绵阳科技城发展投资（集团）有限公司, a zone company's own words after it; nor 成都科学城科技
    有限公司, no name of its own after it)."""
    after = _after_a_bare_zone_word(text, start, end, words=_NAMED_SCIENCE_CITY)
    return after if len(BRAND_ENDING.sub("", text[after:end])) >= 2 else start


# a news site or paper whose credit runs into the name: 来源：东南网莆田市涵江区依吨多层电路有限公司
_OUTLET_AT_END = re.compile(r"(?:网|报|台|社)$")


def _after_words_before_its_place(text: str, start: int, end: int, known: Gazetteer[str],
                                  industry_labels: frozenset[str]) -> int:
    """Where a legal name starts when words that name nothing run into its opening place (检测新材料|宝鸡
    鑫诺新金属材料有限公司), or an outlet's credit does (东南网|莆田市…): at the place, when a brand of its
    own follows the place. A brand before a place (一汽解放青岛汽车有限公司) stays the name's."""
    for position in range(start + 2, end - 2):
        place = place_at(text, position)
        if place is None or len(place) < 2 or text[position - 1] in "（(":
            continue  # (旭硝子显示玻璃（惠州）有限公司: a place in brackets qualifies the name)
        before = text[start:position]
        if before in known or place_at(text, start) is not None:
            return start
        after = text[position + len(place):end]
        ending = BRAND_AT_END.search(after)
        core = after[: ending.start()] if ending else after
        if is_everyday(after, industry_labels) and (core in industry_labels or len(core) < 4):
            continue  # (光线量子北京智能机器人科技有限公司: nothing of its own after the place, the words are a brand;
            # not 成都理想境界科技有限公司, whose words, everyday ones, are no sector)
        if (is_everyday(before, industry_labels) or _OUTLET_AT_END.search(before) or len(before) >= 8
                or _everyday_around_a_marker(before, industry_labels)):
            return position  # (…常务副区长瞿政前主持仪式湖南千德智能…: no brand runs eight characters before its place)
        # (a later place may still open the name: …天府新区未来规划沙盘模型成都理想境界科技有限公司, captions run together)
    return start


_OBJECT_MARKER = re.compile(f"[{''.join(sorted(OBJECT_PREPOSITIONS))}]")


def _everyday_around_a_marker(words: str, industry_labels: frozenset[str]) -> bool:
    """Whether ``words`` are everyday words on both sides of a preposition that puts the object first
    (双方将聚合|北京昌平科技园发展集团有限公司): a clause before the name, none of it the name's."""
    parts = _OBJECT_MARKER.split(words)
    return len(parts) > 1 and all(not part or is_everyday(part, industry_labels) for part in parts)


# a county opening a legal name (宜阳县青岛啤酒（洛阳）有限公司: checked for another place after it)
_COUNTY_OPENING = re.compile(r"[\u4e00-\u9fff]{1,4}县")


_GROUP_THEN_ITS_UNIT = re.compile(rf"(([{HAN}]{{2,4}}?)集团)")  # a group's name opening a legal name: 正泰集团浙江正泰…


# 转向 of a steering part (转向器, 转向系统) is no verb "turning to" that could open a name
_STEERING_PART = re.compile(r"转向(?:器|系统|机|节|泵|轴|柱|管柱|总成)")
_DATE_AT = re.compile(r"\d{1,2}月(?:\d{1,2}[日号])?|\d{1,2}[日号]")


def _back_to_a_place_before_a_joiner(text: str, start: int, bounded: list[tuple[int, int]]) -> int:
    """Where a legal name cut at 和 or 与 starts, when a place stands right before the joiner and a word of
    the name, not another place, after it: 参观无锡和邦生物科技有限公司 is 无锡和邦…, not 邦…."""
    joined = start - 1
    if joined < 2 or text[joined] not in "和与" or place_at(text, start) is not None:
        return start
    for size in (4, 3, 2):
        opening = joined - size
        if (opening >= 0 and place_at(text, opening, joined) == text[opening:joined]
                and not any(x < joined and opening < y for x, y in bounded)):
            return opening
    return start


# "the company" opening a legal name's run: no legal name opens with 公司 (项目公司, 新公司 are kinds of company)
_A_COMPANY_OPENING = re.compile(r"新?公司")


def _legal_names(candidates: _Candidates) -> None:
    """Legal names (…有限公司), each from its legal form back to where its name begins, and the short
    names the text declares for them."""
    text, blocked, known, industry_labels = candidates.context
    found = candidates.found
    previous_end = 0  # a legal name does not reach back past the one before it (…有限公司特色乳加工产业园项目和…有限公司)
    for match in LEGAL_ENDING.finditer(text):
        project = text.rfind("项目", previous_end, match.start())
        if project >= 0 and text.startswith(("管理", "咨询", "投资", "开发"), project + 2):
            project = -1  # 大连聚贤项目管理有限公司: 项目管理 is the company's business
        if project >= 0:  # …产业园项目和新疆国经事业新发展股份有限公司: a project's name ends before it
            previous_end = project + 2 + (text[project + 2 : project + 3] in ("和", "与", "及", "、", "，", "；"))
        bounded = blocked + [(0, previous_end)] if previous_end else blocked
        previous_end = match.end()
        start = left_edge(text, match.end(), match.start(), bounded)
        if match.start() - start < 2 or _STEERING_PART.match(text, start - 2):
            # 重庆龙润汽车转向器有限公司: a one-character word (向) inside the name
            start = left_edge(text, match.end(), match.start(), bounded, words=long_boundary_words())
        if match.start() - start < 2 or is_generic_enterprise(text[start : match.start()] + "科技"):
            # 天津海泰科技发展股份有限公司: a verb that companies name themselves after (发展) cut it
            start = left_edge(text, match.end(), match.start(), bounded, words=_long_words_of_no_company())
            if start == left_edge(text, match.end(), match.start(), bounded, words=frozenset()):
                # 北侧为武汉光谷生物医药产业园发展有限公司: no long word cut it, a one-character one (为) may
                start = left_edge(text, match.end(), match.start(), bounded, words=_words_of_no_company())
        start = _past_prepositions(text, start, match.start())
        start = _back_to_a_place_before_a_joiner(text, start, bounded)
        if is_everyday(text[start : match.start()], industry_labels):
            # 与江苏德和生物科技有限公司: cut at 和, only everyday words were left
            start = _before_everyday_words(text, start, bounded)
        qualified = PLACE_QUALIFIER_BEFORE.search(text, max(0, start - 8), start)
        if qualified and qualified.end() == start:  # 中粮（江阴）粮油仓储有限公司: the name goes on before the place
            before = left_edge(text, qualified.start(), qualified.start(), bounded)
            if _STEERING_PART.match(text, before - 2):  # 蒂森克虏伯转向系统(常州)有限公司
                before = left_edge(text, qualified.start(), qualified.start(), bounded, words=long_boundary_words())
            if qualified.start() - before >= 2:
                start = _past_prepositions(text, before, qualified.start())  # 据卡森（吉林）…公司…介绍
                if is_everyday(text[start : qualified.start()], industry_labels):  # 奇晟企业|管理（天津）有限责任公司
                    start = _before_everyday_words(text, start, bounded)
        start = _after_facility(text, start, match.start())
        start = _after_a_bare_zone_word(text, start, match.start())
        start = _after_a_named_science_city(text, start, match.start())
        start = _after_words_before_its_place(text, start, match.start(), known, industry_labels)
        start = after_last(_BEFORE_A_NAME, text, start, match.start(), 4)
        said = text.rfind("据", start + 1, match.start())  # …董事长杨川据天津海泰科技发展股份有限公司: "according to"
        if said > 0 and text[said - 1] not in "数证" and place_at(text, said + 1) is not None:
            start = said + 1
        dated = _DATE_AT.match(text, start)  # 2020年11月中国诚通控股集团有限公司控股…: the month is no part of it
        if dated and match.start() - dated.end() >= 2:
            start = dated.end()
        if text[start] == "与" and match.start() - start > 3:
            start += 1  # 内江高新技术产业开发区管理委员会与中信建设有限责任公司: the joiner after a body (和邦 is a name)
        elif text[start] in "和及" and match.start() - start > 3 and any(y == start for _, y in bounded):
            start += 1  # 河北工业大学和华为技术有限公司: the joiner right after another name
        joined = _JOINER_AFTER_A_BODY.search(text, start, match.start())
        if joined and match.start() - joined.end() >= 2:
            start = joined.end()  # 中国电子学会和华为技术有限公司: a body, the joiner, then the company
        county = _COUNTY_OPENING.match(text, start, match.start())
        if county and match.start() - county.end() >= 4 and place_at(text, county.end()) is not None:
            start = county.end()  # 宜阳县青岛啤酒（洛阳）有限公司, 新安县河南新开源…: where it is, then its own place-led name
        if text[start] == "有" and place_at(text, start + 1) is not None:
            start += 1  # 入选的企业有惠州市盛微电子有限公司: "there are", before the company's place
        elif text.startswith(("企业", "公司"), start) and place_at(text, start + 2) is not None:
            start += 2  # 位于西安高新区的企业西安爱生技术集团有限公司: the kind of body, before the company's place
        elif (opening := _A_COMPANY_OPENING.match(text, start)) and match.start() - opening.end() >= 4:
            start = opening.end()  # 当地项目公司双良硅材料(包头)有限公司, 新公司…: "the (new) company", then its name
        kind = _KIND_OF_FIRM_BEFORE.search(text, start, min(start + 9, match.start()))
        if kind and match.start() - kind.end() >= 2 and (kind.start() == start or place_at(text, start, kind.start())
                                                         == text[start : kind.start()]):
            # 台资企业新高科技电子材料有限公司, 襄阳台企风神襄阳汽车有限公司: the kind of firm it is (after its place), before its name
            start = kind.end()
        unit = _GROUP_THEN_ITS_UNIT.match(text, start, match.start())
        if unit and place_at(text, unit.end(1)) and unit.group(2) in text[unit.end(1) : match.start()]:
            start = unit.end(1)  # 正泰集团|浙江正泰中自控制工程有限公司: the group, then its unit's own legal name
            found.append(Mention("Enterprise", unit.start(1), unit.end(1), unit.group(1), unit.group(1), "enterprise-brand"))
        if match.start() - start >= 2 and not an_unnamed_firm(text[start : match.start()]):  # (某航空制造股份有限公司)
            end = _branch_end(text, match.end())
            surface = text[start:end]
            found.append(Mention("Enterprise", start, end, surface, surface, "enterprise-legal-name"))
            for a, b in _declared_short_names(text, end, surface):  # the names the text will use for it
                found.append(Mention("Enterprise", a, b, text[a:b], surface, "enterprise-short-form"))


@lru_cache(maxsize=None)
def _words_of_three_or_more() -> tuple[str, ...]:
    return tuple(w for w in long_boundary_words() if len(w) >= 3)


def _before_everyday_words(text: str, start: int, bounded: list[tuple[int, int]]) -> int:
    """Where a legal name starts when the words cut off before its ending were everyday ones: the
    name goes on before the cut (江苏德和|生物科技), and past 企业 when that is its business (西安瑞硕企业|管理),
    or past a longer boundary word that is its business (新疆高新人才运营|管理)."""
    # (not past a longer word's last character: 分别为|东风汽车集团股份有限公司)
    longer = any(text.endswith(w, 0, start) for w in _words_of_three_or_more())
    cut = start if longer else before_cut(text, start, bounded)
    if cut == start:
        word = next((w for w in _COMPANY_NAME_WORDS if text.endswith(w, 0, start)), "")
        before = left_edge(text, start - len(word), start - len(word), bounded) if word else start
        cut = before if start - len(word) - before >= 2 else start
    start = cut
    if text.endswith("企业", 0, start):
        before = left_edge(text, start - 2, start - 2, bounded)
        start = before if start - 2 - before >= 2 else start
    return start


# a body's name ending before a joiner, inside what a legal name's left edge took in
# (or a city's, a government's or an institute's short name before 与: 武汉市与小米科技有限责任公司, 武汉院与中材节能…)
_JOINER_AFTER_A_BODY = re.compile(r"(?:(?<=学会|协会|商会|大学|学院|集团|公司|中心|医院|银行)|(?<=研究院|研究所|委员会))[和与及]"
                                  r"|(?<=[市省县院局厅府])与")


_KIND_OF_FIRM_BEFORE = re.compile(r"(?:[台港澳外日韩美欧德法英侨]资|中外合资|合资|独资|民营|国有|台属)企业|[台港澳外]企(?!业)")


# a short name in bare brackets after a legal name: 长沙宇顺触控技术有限公司（宇顺触控）
_BARE_SHORT = re.compile(rf"（([{HAN}]{{2,6}})）")


# what a listed company's notice declares it will call the company (…股份有限公司（以下简称“公司”）): a word
# everywhere else, so read for the company only before its subsidiaries (relations/coreference.py)
THE_COMPANY = ("公司", "本公司")


def _declared_short_names(text: str, end: int, legal_name: str) -> list[tuple[int, int]]:
    """Where the short names a text declares right after a legal name stand: …建筑材料有限公司（以下简称“东方
    雨虹”）, or a bare bracket holding the legal name's characters in order (长沙宇顺触控技术有限公司（宇顺触控）;
    not its place, （北京）, nor a word about it, （集团）, （筹）)."""
    short = SHORT_FORM.match(text, end)
    if short is not None:
        return [short.span(group) for group in (1, 2)
                if short.group(group) and (declarable(short.group(group)) or short.group(group) in THE_COMPANY)]
    bare = _BARE_SHORT.match(text, end)
    if bare is None or bare.group(1) in place_forms() or not declarable(bare.group(1)):
        return []
    rest = iter(legal_name[len(place_at(legal_name, 0) or "") :])
    return [bare.span(1)] if all(char in rest for char in bare.group(1)) else []
