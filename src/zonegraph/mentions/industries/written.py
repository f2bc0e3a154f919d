"""A sector the taxonomy knows, written with words of its own: a narrower sector where a material or a
kind stands before the label or a head after it (尼龙新材料产业, 节能环保装备产业), but not where the
words only grade, count or place it (高端, 千亿元, 光谷); and a list's item as written around its label
(智能芯片、…), a form the document names the sector by."""

from __future__ import annotations

import re
from functools import lru_cache

from zonegraph.mentions.base import chars_but, HAN, Mention, NUMERAL, boundary_words, cut_after_boundary
from zonegraph.mentions.industries.places import _zone_forms
from zonegraph.mentions.industries.taxonomy import _broader_all
from zonegraph.mentions.industries.shared import _CATEGORIES, _OUTPUT_AIM, _SECTOR_SUFFIX
from zonegraph.mentions.industries.unknown import sector_qualifiers
from zonegraph.reference import place_at, stopwords


# a sector written longer than the label it holds, right before 产业/行业: 推动尼龙新材料产业…,
# 引导电气装备制造产业…, 节能环保装备产业, 汽车电子产业
_SECTOR_AFTER = re.compile(r"(?:产业|行业|全产业链)(?!化)")  # (打造硅衬底LED全产业链集群: the whole chain of the sector)
_HEAD_AFTER_LABEL = re.compile(r"(?:[\u4e00-\u9fff]{2}(?=装备))?(?:装备|材料|技术|设备|组件|器件|电子|制造|服务|应用)(?=(?:产业|行业)(?!化))")


_CLUSTER_AFTER = re.compile(r"(?:产业)?集群")


# the verbs after which a sector's own words may precede a label: 推动尼龙新材料产业, 引导电气装备制造产业
_GROWING = ("推动", "引导", "发展", "壮大", "做强", "做大", "做优", "培育", "打造", "构建", "聚焦", "布局", "引进")


def _bilateral(words: str) -> bool:
    """中日, 中德, 中以: China and a country (data/words/countries.txt), as in 中日绿色产业合作."""
    return words.startswith("中") and len(words) >= 2 and words[1] in _country_initials()


@lru_cache(maxsize=None)
def _country_initials() -> frozenset[str]:
    return frozenset(country[0] for country in stopwords("words/countries.txt"))


def _written_longer(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Narrower sectors a text writes as a known label with words of their own before it (a
    material or kind: 尼龙, 电气, after a verb or a mark) or a head after it (装备, 电子), right
    before 产业 or 行业. Words that only grade or place a sector (高端, 千亿级, a place) do not
    make one (data/words/sector_qualifiers.txt)."""
    out = []
    for m in known:
        if m.extra.get("absorbed") or m.rule != "industry-taxonomy":
            continue
        own = _SECTOR_SUFFIX.search(m.surface)  # 新材料产业: the label holds its 产业
        end = m.end - (len(own.group(0)) if own else 0)
        head = None if own else _HEAD_AFTER_LABEL.match(text, end)
        if head:
            end = head.end()
        elif not own and not _SECTOR_AFTER.match(text, end):
            continue
        start = m.start
        # 钒钛金属材料产业: a two-character label (a material) written into the next one's name is one
        # sector; longer labels run together are peers a page forgot to part (新材料新能源, 云计算大数据)
        joined = next((k for k in known if k.end == m.start and k.end - k.start == 2 and k.rule == "industry-taxonomy"
                       and not k.extra.get("absorbed") and k.extra.get("phrase_end", k.end) == k.end), None)
        if joined is not None and own:
            joined.extra["absorbed"] = True
            out.append(_narrower(m, joined.start, end, text[joined.start:end]))
            continue
        # (or that open the sentence, the sector its subject: 电气装备制造产业是高新区重点发展的主导产业之一)
        left = m.start - next((size for size in (2, 3) if text.endswith(_GROWING, 0, m.start - size)
                               or (own and m.start - size >= 0 and (m.start == size or text[m.start - size - 1] in "。；\n")
                                   and text.startswith("是", m.end))), 0)
        heading_a_cluster = left == m.start and _CLUSTER_AFTER.match(text, m.extra.get("phrase_end", m.end))
        if heading_a_cluster:
            # (or after 的, the label heading a cluster: 以…为先导的智能焊接装备制造业产业集群)
            left = m.start - next((size for size in (2, 3, 4) if text.endswith("的", 0, m.start - size)), 0)
        modifier = text[left : m.start]  # the words between a verb of growing sectors and the label
        if (2 <= len(modifier) <= 4 and re.fullmatch(rf"{chars_but(HAN, '等和及与')}+", modifier)
                and not modifier.endswith(_GROWING)  # 聚焦发展电子信息产业
                and _words_of_its_own(text, left, m, known, taken)):
            start = left
        if start == m.start and head is None:
            continue
        narrower = _narrower(m, start, end, text[start:end])
        if heading_a_cluster and start < m.start:
            narrower.extra["phrase_end"] = max(end, m.extra.get("phrase_end", m.end))  # (…制造业产业: up to its cluster)
        out.append(narrower)
    return out


# where a sector's phrase ends when no 产业 closes it: the next item, the list's end, the clause's
_PHRASE_CLOSED = re.compile(r"[、，,。；;]|等|和|及|与|$")


def _run_together(text: str, known: list[Mention]) -> list[Mention]:
    """Two labels the text writes as one word, no mark between them, the first naming the kind of the
    second (云计算大数据产业, 有色金属新材料, 汽车机械、, 新能源智能汽车产业城): one narrower sector as written,
    under the second's concept. Read from the left (有色金属新材料新能源产业: 有色金属新材料, then 新能源);
    the run must end where a sector's phrase does (its 产业, a list's mark), not inside a longer word
    (航空工业智能制造领域 names two)."""
    out = []
    taxonomy = sorted((k for k in known if k.rule == "industry-taxonomy"), key=lambda k: k.start)
    used: set[int] = set()
    for x, y in zip(taxonomy, taxonomy[1:]):
        if (x.extra.get("absorbed") or y.extra.get("absorbed") or id(x) in used or x.end != y.start
                or x.extra.get("phrase_end", x.end) != x.end or _SECTOR_SUFFIX.search(x.surface)):
            continue
        end = y.extra.get("phrase_end", y.end)
        own = end > y.end or _SECTOR_SUFFIX.search(y.surface)
        if not own and not _PHRASE_CLOSED.match(text, end) and not any(z.start == end for z in taxonomy):
            continue
        if y.extra["concept"].iri in _broader_all(x.extra["concept"].iri) and not x.extra.get("written"):
            # 有色金属新材料: the first sector written with the broader one's name after it, a form of the first
            y.extra["absorbed"] = True
            used.add(id(y))
            x.extra["written"] = _SECTOR_SUFFIX.sub("", text[x.start:end])
            continue
        if not _kind_and_sector(x.extra["concept"], y.extra["concept"]):
            continue
        used.add(id(y))
        x.extra["absorbed"] = True
        joined = _narrower(y, x.start, end, _SECTOR_SUFFIX.sub("", text[x.start:end]))
        joined.in_list = x.in_list or y.in_list
        joined.extra["run_together"] = True  # a sector where its clause says so, as its two labels were
        out.append(joined)
    return out


def _kind_and_sector(first, second) -> bool:
    """Whether two sectors run together name one narrower sector: not where one is the other or broader than it
    (集成电路芯片制造: the chip-making the second names), not an equipment's making (船舶海工装备制造: 船舶海工's,
    as the gazetteer reads 装备 labels with 制造), and not two top sectors side by side (新材料新能源: peers)."""
    if first.iri == second.iri or first.iri in _broader_all(second.iri) or second.iri in _broader_all(first.iri):
        return False
    if first.label.endswith("装备") and second.label in ("装备制造", "高端装备制造"):
        return False
    return bool(first.broader or second.broader)


_OUTPUT_AIMED_AT = re.compile(rf"{_OUTPUT_AIM}元?")
_A_COUNT = re.compile(rf"[{NUMERAL}百千万几多数]+[余多]?[家个批类种项所套]$")  # (建立一套生产性服务业…机制)


def _words_of_its_own(text: str, left: int, m: Mention, known: list[Mention], taken: list[tuple[int, int]]) -> bool:
    """Whether the words ``text[left:m.start]`` before a known label make a narrower sector of it: not a
    grade (data/words/sector_qualifiers.txt), a place, 中日-style partners, a boundary word, nor part of
    another mention."""
    modifier = text[left : m.start]
    if modifier.startswith(("成", "为", "起", "了")) or "的" in modifier:
        return False  # 打造成全球算力产业新高地, 构建起覆盖…, 推动了我国脑机接口行业: the verb's complement, not a
        # sector's words; 构建强大的…: praise
    if modifier in ("我国", "全国", "国内", "全球", "世界", "全省", "全市"):
        return False  # 打造我国集成电路产业重要一极: whose sector it is, not a narrower one
    if _A_COUNT.search(modifier) or _OUTPUT_AIMED_AT.fullmatch(modifier):
        return False  # 孵化培育超百家生物医药、医疗器械企业: how many firms, not a sector's words; 打造千亿元智能终端产业: its output
    if _zone_forms().find(modifier):
        return False  # 推动光谷光电子信息产业规模突破5000亿元: the zone whose sector it is (光谷, 东湖's), no sector's words
    return (modifier not in sector_qualifiers() and place_at(modifier, 0) is None
            and not _bilateral(modifier) and not modifier.endswith(("县", "市", "区", "省", "镇", "州"))
            and modifier not in boundary_words()
            and not any(x < m.start and left < y for x, y in taken)
            and not any(k.end > left and k.start < m.start for k in known if k is not m))


def _narrower(m: Mention, start: int, end: int, name: str) -> Mention:
    """A sector written longer than the known label ``m`` it holds, under that label's concept
    (``m`` is absorbed into it)."""
    m.extra["absorbed"] = True
    return Mention("Industry", start, start + len(name), name, name, "industry-narrower", True,
                   extra={"concept": None, "broader": m.extra["concept"], "phrase_end": end})


# where an item of a list of sectors ends: the next item, the list's end, its count or its clause's end
# (or the count of the list's items: 锚定尼龙新材料和电气装备制造两大主导产业)
_ITEM_END = re.compile(rf"[、，。；]|等|和|及|与|(?:产业|行业)|集群|[{NUMERAL}]+大")


def _listed_longer(text: str, known: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """Items of a list of sectors written as a known label with words of their own before it, after
    a verb of growing sectors or a list mark (聚焦铝基新材料、输变电装备制造): a narrower sector under
    the label's, named as written. Words that only grade a sector (高端, 下游:
    data/words/sector_qualifiers.txt) make none."""
    out = []
    ends = {k.extra["phrase_end"] for k in known}
    for m in known:
        if m.extra.get("absorbed") or m.rule != "industry-taxonomy":
            continue
        end = m.extra["phrase_end"]
        if not _ITEM_END.match(text, end):
            continue
        # (or joined to the sector before it: 先进装备制造和精优食品加工产业集群)
        size = next((k for k in (2, 3, 4) if m.start - k > 0 and ((m.in_list and (text[m.start - k - 1] == "、"
                     or text.endswith(_GROWING, 0, m.start - k)))
                     or (text[m.start - k - 1] in "和及与" and m.start - k - 1 in ends))), 0)
        left = m.start - size
        modifier = text[left : m.start]
        if (size and re.fullmatch(rf"{chars_but(HAN, '等和及与的了以为把将对在从向')}+", modifier)
                and not any(word in modifier for word in _GROWING) and modifier not in _CATEGORIES
                and _words_of_its_own(text, left, m, known, taken)):
            out.append(_narrower(m, left, end, _SECTOR_SUFFIX.sub("", text[left:end])))
    return out


# what ends a list's item on either side
_ITEM_EDGE = "、，,：:；;（）()“”\"《》。！？ "
_LIST_OPENERS = ("：", ":", "（", "(", "“")  # what a list's first item may follow
_SECTOR_SUFFIX_AT_END = re.compile(r"(?:产业|行业|(?<![农工商渔林牧务])业)$")


def record_items_as_written(text: str, industries: list[Mention]) -> None:
    """A sector of the taxonomy that is an item of a list, written with words of its own around it
    (…、智能芯片、…, 数字动漫、…, 汽车核心零部件、…): the item as written is a form the document names the
    sector by (registry.resolve records it), when the sector is the item's only one and no verb or 的 is in it."""
    for m in industries:
        if m.extra.get("concept") is None or m.extra.get("written"):
            continue
        end = m.extra.get("phrase_end", m.end)
        left = m.start
        while left > 0 and text[left - 1] not in _ITEM_EDGE and m.start - left < 6:
            left -= 1
        right = end
        while (right < len(text) and text[right] not in _ITEM_EDGE and text[right] != "等" and right - end < 6
               and not _LEADING_AFTER.match(text, right)):
            right += 1
        led = _LEADING_AFTER.match(text, right) is not None
        if left < m.start and led:  # (…、整机智能终端为龙头, 以LED和移动智能终端产业为主: the item ends where the frame does)
            left = max(left, *(text.rfind(joiner, left, m.start) + 1 for joiner in "和及与"))
        elif not (left == 0 or text[left - 1] in _ITEM_EDGE):
            left = -1
        if left < 0 or not (right == len(text) or text[right] in _ITEM_EDGE + "等" or led):
            continue  # the item runs on past six characters either side: a clause, not an item
        opener = text[left - 1] if left else ""
        if (opener != "、" and not (opener in _LIST_OPENERS and text.startswith("、", right))
                and not (led and opener in "和及与" and any(o.extra.get("phrase_end", o.end) == left - 1 for o in industries))):
            continue  # no item of a list, or its first after a comma (whose words may be the verb opening it: 实施数字经济、…)
        item = _SECTOR_SUFFIX_AT_END.sub("", text[left:right])
        extra = text[left : m.start] + text[m.end : left + len(item)]
        if (item == m.surface or not 3 <= len(item) <= 10 or any(c in item for c in "的和及与或")
                or _NOT_A_SECTORS_WORD.search(extra) or any(o is not m and left < o.end and o.start < right for o in industries)
                or cut_after_boundary(text, left, right, boundary_words(), keep=2) != left):
            continue  # 以大数据, 发布出台集成电路: a verb or preposition; 大数据五大先导: a count; 生物医药创新港: a place
        m.extra["written"] = item


# the frame that says a list's items lead the zone's sectors, right after its last item (以…、整机智能终端为龙头,
# 以LED和移动智能终端产业为主): the item ends there
_LEADING_AFTER = re.compile(r"(?:产业|行业)?为(?:主导|主体|主|龙头|核心|重点|支柱|特色|引领|先导)")


# what no sector's own words hold: digits and counts, places and facilities, policies and projects
_NOT_A_SECTORS_WORD = re.compile(r"[\d一二三四五六七八九十两百千万]|[港园城区]|基地|中心|平台|机构|政策|项目|集群|示范|试点")
