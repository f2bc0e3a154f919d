"""The Mention record and the pieces every finder shares: a gazetteer matcher and name edges."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Generic, Iterable, Iterator, TypeVar

import ahocorasick

from zonegraph.reference import stopwords

T = TypeVar("T")

HAN = r"\u3400-\u9fff"
NUMERAL = r"\d一二三四五六七八九十两"  # digits and Chinese numerals, for counts (等3个, 四大, 五条)
_SMALL_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def small_count(written: str) -> int | None:
    """A small count as written: 4, 四, 十 (the counts of clusters and of a list's items)."""
    if written.isdigit():
        return int(written)
    return _SMALL_NUMERALS.get(written) if len(written) == 1 else None


NAME_CHAR = re.compile(rf"[{HAN}A-Za-z0-9·]")


def chars_but(body: str, excluded: str) -> str:
    """The character class ``[body]`` less the characters of ``excluded``, as one class: what
    ``(?:(?![excluded])[body])`` matches, written so that the regex engine repeats it a character at a
    time in one step, where a lookahead before each character makes it try every repetition as a group
    (a list's run of names: 3 times as fast). ``body`` holds characters, ``\\uXXXX`` escapes and ranges."""
    points, i = [], 0
    def char_at(i: int) -> tuple[int, int]:
        if body.startswith("\\u", i):
            return int(body[i + 2 : i + 6], 16), i + 6
        if body[i] == "\\":
            if body[i + 1].isalnum():
                raise ValueError(f"an escape chars_but does not read: {body!r}")
            return ord(body[i + 1]), i + 2
        if body[i] in "[]^":
            raise ValueError(f"a class chars_but does not read: {body!r}")
        return ord(body[i]), i + 1
    while i < len(body):
        low, i = char_at(i)
        high = low
        if i + 1 < len(body) and body[i] == "-":
            high, i = char_at(i + 1)
        points.append((low, high))
    out = set(map(ord, excluded))
    ranges = []
    for low, high in sorted(points):
        start = low
        for gap in sorted(c for c in out if low <= c <= high) + [high + 1]:
            if start <= gap - 1:
                ranges.append((start, gap - 1))
            start = gap + 1
    return "[" + "".join(f"\\u{a:04x}" if a == b else f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]"


_NAME_RUN = re.compile(rf"[{HAN}A-Za-z0-9·]*\Z")


# the short name a text declares it will use for a body it has just named: …研究所（简称苏州医工所）,
# …建筑材料有限公司（以下简称“东方雨虹”, 以下简称：张江集团）, or two (…建设集团有限公司（以下简称“成都高投产城集团”“高投产城集团”）)
SHORT_FORM = re.compile(rf"（(?:以下)?(?:简称|下称)[：:]?[“\"]?([{HAN}A-Za-z0-9]{{2,10}}?)[”\"]?"
                        rf"(?:[、，,或和及]?[“\"]([{HAN}A-Za-z0-9]{{2,10}})[”\"])?）")


@dataclass
class Mention:
    """A name found in a sentence: ``text[start:end]`` of kind ``kind``.

    ``name`` is the form to resolve (the surface, or a canonical name a table gave), ``rule`` the
    finder's rule id, ``in_list`` whether it stands in an enumeration of peers (X、Y、Z等).
    """

    kind: str
    start: int
    end: int
    surface: str
    name: str
    rule: str
    in_list: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


class Gazetteer(Generic[T]):
    """Aho-Corasick matching of many names in one pass, leftmost-longest and non-overlapping.

    pyahocorasick looks a character up among a node's children one by one, so where the names open
    with hundreds of different characters (the companies': 815) every character of a text costs a
    walk through the root's children. Such an automaton holds the names' UTF-8 bytes instead (as
    Latin-1 text) and reads the text's: no node has more than 256 children (enterprise names: 9 µs
    a sentence -> 2.6 µs). UTF-8 is self-synchronising, so the byte matches are the character
    matches, their character offsets counted back from their bytes.
    """

    WIDE = 256  # names opening with more different characters than this are matched as bytes

    def __init__(self, entries: Iterable[tuple[str, T]]) -> None:
        entries = [(surface, payload) for surface, payload in entries if surface]
        self._by_bytes = len({surface[0] for surface, _ in entries}) > self.WIDE
        self._automaton = ahocorasick.Automaton()
        for surface, payload in entries:
            self._automaton.add_word(_as_bytes(surface) if self._by_bytes else surface, (surface, payload))
        self._empty = not entries
        if not self._empty:
            self._automaton.make_automaton()

    def _matches(self, text: str) -> list[tuple[int, int, str, T]]:
        """Every occurrence, as ``(start, end, surface, payload)``, in the automaton's order."""
        data = text.encode("utf-8", "surrogatepass") if self._by_bytes else None
        if data is None or len(data) == len(text):  # (ASCII: its bytes are its characters)
            return [(last - len(surface) + 1, last + 1, surface, payload)
                    for last, (surface, payload) in self._automaton.iter(text)]
        return [(end - len(surface), end, surface, payload)
                for last, (surface, payload) in self._automaton.iter(data.decode("latin-1"))
                for end in (len(data[: last + 1].decode("utf-8", "surrogatepass")),)]

    def all(self, text: str) -> Iterator[tuple[int, int, str, T]]:
        """Every occurrence, overlapping ones included, as ``(start, end, surface, payload)``."""
        return iter(() if self._empty else self._matches(text))

    def find(self, text: str) -> list[tuple[int, int, str, T]]:
        """Leftmost-longest, non-overlapping occurrences."""
        if self._empty:
            return []
        hits = [hit for hit in self._matches(text) if _whole_word(text, hit[0], hit[1])]
        if len(hits) < 2:
            return hits
        hits.sort(key=_leftmost_longest)  # no two hits share (start, end): a surface is added once
        chosen, reach = [], 0
        for hit in hits:
            if hit[0] >= reach:
                chosen.append(hit)
                reach = hit[1]
        return chosen

    def __contains__(self, surface: str) -> bool:
        return not self._empty and (_as_bytes(surface) if self._by_bytes else surface) in self._automaton


def _as_bytes(text: str) -> str:
    """``text``'s UTF-8 bytes as a str of code points below 256."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


def _leftmost_longest(hit: tuple) -> tuple[int, int]:
    return hit[0], hit[0] - hit[1]


def _ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _whole_word(text: str, start: int, end: int) -> bool:
    """A name with Latin letters or digits at an edge must not continue a Latin word: 5G is not in 25GW."""
    if start > 0 and _ascii_alnum(text[start]) and _ascii_alnum(text[start - 1]):
        return False
    return not (end < len(text) and _ascii_alnum(text[end - 1]) and _ascii_alnum(text[end]))


class AnchoredPattern:
    """``pattern.finditer(text)`` with each search started where a match can first begin.

    For a pattern every match of which holds an ``anchor`` (a regex of non-empty matches: 高新区,
    获评|入选…) starting at least ``min_before`` and at most ``max_before`` characters after the
    match's own start, with only characters of the class ``before`` (a character-class body)
    ahead of it.
    A match from a search position then begins no earlier than the run of ``before``
    characters leading up to the first such anchor, nor more than ``max_before`` ahead of it,
    so the regex is not tried at every position of the text: same matches, fewer attempts.
    ``after``, when given, is a regex that every match holds right after the anchor it holds:
    an anchor not followed by it is no match's, and its window is not tried.
    What the pattern needs must be stated exactly; a test comparing the two on texts built to
    match belongs with each use.
    """

    def __init__(self, pattern: re.Pattern, anchor: str, before: str, min_before: int = 0,
                 max_before: int | None = None, after: str | None = None) -> None:
        self.pattern = pattern
        self._anchor = re.compile(anchor)
        self._after = re.compile(after).match if after else None
        self._run = re.compile(rf"[{before}]*\Z")
        self._min_before = min_before
        self._max_before = max_before

    def finditer(self, text: str) -> Iterator[re.Match]:
        # Each anchor has a window of starts (after the run of ``before`` characters leading to
        # it, min_before ahead of it), tried one by one: a search from the window would go on
        # through the rest of the text whenever the anchor is not part of a match.
        floor, at = 0, self._min_before - 1  # no match starts before floor; the last anchor tried
        match_at = self.pattern.match
        while (anchor := self._anchor.search(text, max(at + 1, floor + self._min_before))) is not None:
            at = anchor.start()
            if self._after is not None and self._after(text, anchor.end()) is None:
                continue  # a match starting before it holds a later anchor: a later window has it
            lowest = self._run.search(text, floor, at).start()
            if self._max_before is not None:
                lowest = max(lowest, at - self._max_before)
            for start in range(lowest, at - self._min_before + 1):
                match = match_at(text, start)
                if match is not None:
                    break
            else:  # no match starts in the window: a later one starts after it
                floor = max(floor, at - self._min_before + 1)
                continue
            if match.end() == match.start():  # cannot be, if every match holds its anchor
                raise ValueError(f"an empty match of {self.pattern.pattern!r}: it holds no anchor")
            yield match
            floor = match.end()


def name_run_start(text: str, end: int, limit: int = 24) -> int:
    """Where the run of name characters that ends at ``end`` begins (at most ``limit`` back)."""
    if limit > 0 and 0 <= end <= len(text):  # the first position from which all is name to ``end``
        return _NAME_RUN.search(text, max(0, end - limit), end).start()
    start = end
    while start > 0 and end - start < limit and NAME_CHAR.match(text[start - 1]):
        start -= 1
    return start


# prepositions that open no name, after a verb or an adverb before it: 形成了以朗进科技、…, 已为乐鸿科技、…,
# 争取与正威集团、…, 在川发龙蟒20万吨…项目
PREPOSITIONS = frozenset("以对在将把向从由被为与")
# bodies of members, no firms: what a name ending in one of these is (中关村大数据产业联盟, 中国建筑节能协会)
MEMBERS_BODIES = ("商会", "协会", "学会", "联合会", "促进会", "研究会", "联盟")
# the chains a plan names beside the industrial one (四链融合: 产业链、创新链、资金链、人才链): neither sectors nor firms
CHAINS = frozenset({"创新链", "供应链", "资金链", "人才链", "价值链", "服务链", "政策链", "数据链"})
# the prepositions that put an object before the verb or mark whom a deed is for (对康诺亚…兑付, 将聚合…):
# never inside a firm's opening word, so a clause ends at them
OBJECT_PREPOSITIONS = frozenset("对向给把被将由")


def cut_after_boundary(text: str, start: int, end: int, boundaries: frozenset[str], keep: int = 2) -> int:
    """Move ``start`` past the rightmost boundary word inside ``text[start:end-keep]``.

    That is the furthest end of a boundary word lying wholly in the span: walking back from
    ``end - keep``, the first position where a word ends.
    """
    limit = end - keep
    if start < 0 or limit > len(text):  # slices would wrap or come up short: the plain scan
        return _cut_after_boundary_scan(text, start, end, boundaries, keep)
    longest, last_chars = _word_shape(boundaries)
    for stop in range(limit, start, -1):
        if text[stop - 1] in last_chars:
            for size in range(1, min(longest, stop - start) + 1):
                if text[stop - size : stop] in boundaries and not _inside_a_word(text, stop - size, stop):
                    return stop
    return start


# words holding a one-character boundary word that is no boundary there: 承德石油高等专科学校 (等),
# 成渝地区双城经济圈 (经), 联影医疗影像 (像), 数据 (据), 文化和旅游部技术创新中心 (和, inside a ministry's name),
# 地理科学与技术研究院 (与, inside a discipline's name)
_WORDS_HOLDING_A_BOUNDARY = frozenset({
    "高等", "中等", "初等", "同等", "平等", "对等", "特等",
    "经济", "经营", "经贸",
    "影像", "图像", "成像", "显像", "摄像", "录像", "画像", "肖像",
    "数据", "证据", "占据", "据点", "求是", "协同",
    "文化和旅游", "工业和信息化", "经济和信息化", "住房和城乡", "人力资源和社会", "科学技术和",
    "科学与技术", "科学与工程", "技术与工程",  # 中科苏州地理科学与技术研究院, 材料科学与工程学院: a discipline's name
    "成都",  # 建设成|都…研究院: 建设成 (built into) is no boundary where its 成 begins 成都
    "如皋", "驻马店",  # places that open with a boundary word: 如皋市化合物半导体产业研究所 (如, "such as")
    "有限",  # a legal form after a word ending in 有: …服务平台有|限公司 (平台有, "the platforms are")
    "中国联合",  # 中国联合网络通信有限公司, 中国联合重型燃气轮机技术有限公司: 联合 of a company's name
    "能源建设",  # 中国能源建设集团华东建设投资有限公司: 建设 of a group's name
    "地方联合",  # …技术国家地方联合工程研究中心: 联合 of a designation (national and local together)
    "电动工具", "自动工", "移动工", "劳动工", "活动工",  # 博世电动工具（中国）有限公司: 动工 (work begun) inside a word
    "碳中和",  # 成都岷山氢能及碳中和技术研究院: carbon neutrality, no joiner
    # a field's term holding a verb of two characters: 粤港澳大湾区协同创新研究院, 国家盐碱地综合利用技术创新中心
    "协同创新", "综合利用",
    "及时", "及早",  # 及时为公司解决了…: in time, no joiner
})
# each character of those words -> (word, where the character stands in it), for a lookup per character
_HOLDING_BY_CHARACTER: dict[str, list[tuple[str, int]]] = {}
for _word in _WORDS_HOLDING_A_BOUNDARY:
    for _at, _character in enumerate(_word):
        _HOLDING_BY_CHARACTER.setdefault(_character, []).append((_word, _at))


def _inside_a_word(text: str, start: int, stop: int) -> bool:
    """Whether the one-character boundary word ``text[start:stop]`` is a character of a longer word
    (_WORDS_HOLDING_A_BOUNDARY), not a word of its own; or a longer one ends in the first character
    of such a word (打造成|都) or stands whole inside one (中国|联合|网络)."""
    if stop - start > 1:
        last = text[stop - 1 : stop]  # (a scan over odd spans may stop past the text's end)
        if any(at == 0 and text.startswith(word, stop - 1) for word, at in _HOLDING_BY_CHARACTER.get(last, ())):
            return True
        boundary = text[start:stop]  # 中国联合网络通信有限公司: a longer word holding the whole boundary word
        return any(len(word) > len(boundary) and word.startswith(boundary, at) and start >= at
                   and text.startswith(word, start - at) for word, at in _HOLDING_BY_CHARACTER.get(text[start : start + 1], ()))
    if stop - start < 1:
        return False
    return any(start >= at and text.startswith(word, start - at)
               for word, at in _HOLDING_BY_CHARACTER.get(text[start], ()))


def _cut_after_boundary_scan(text: str, start: int, end: int, boundaries: frozenset[str], keep: int) -> int:
    best = start
    longest = _word_shape(boundaries)[0]
    for i in range(start, end - keep):
        for size in range(min(longest, end - keep - i), 0, -1):
            if text[i : i + size] in boundaries and i + size > best and not _inside_a_word(text, i, i + size):
                best = i + size
                break
    return best


def strip_generic(part: str, generic: frozenset[str]) -> str:
    """What remains of ``part`` once every generic word is taken out (longest words first)."""
    order, by_first = _removal_order(generic)
    # Removals never add characters, so only words whose first character is in ``part`` can
    # ever be taken out: those are tried, in the order all of them would be.
    tried: set[int] = set()
    for char in set(part):
        found = by_first.get(char)
        if found:
            tried.update(found)
    for index in sorted(tried):
        part = part.replace(order[index], "")
    return part


# Word-list facts computed once per frozenset object (the lists are the cached frozensets of
# reference.stopwords and industry_labels); keyed by id, holding the object so the id stays its.
_SHAPES: dict[int, tuple[frozenset[str], int, frozenset[str]]] = {}
_ORDERS: dict[int, tuple[frozenset[str], tuple[str, ...], dict[str, tuple[int, ...]]]] = {}


def _word_shape(words: frozenset[str]) -> tuple[int, frozenset[str]]:
    """The longest word's length and the last characters of the words."""
    entry = _SHAPES.get(id(words))
    if entry is not None and entry[0] is words:
        return entry[1], entry[2]
    shape = (max((len(w) for w in words), default=0), frozenset(w[-1] for w in words if w))
    if type(words) is frozenset:  # other collections may change between calls: not kept
        if len(_SHAPES) > 64:
            _SHAPES.clear()
        _SHAPES[id(words)] = (words, *shape)
    return shape


def _removal_order(generic: frozenset[str]) -> tuple[tuple[str, ...], dict[str, tuple[int, ...]]]:
    """``generic`` longest first (as ``sorted`` orders it), and for each first character the
    positions in that order of the words that start with it."""
    entry = _ORDERS.get(id(generic))
    if entry is not None and entry[0] is generic:
        return entry[1], entry[2]
    order = tuple(sorted(generic, key=len, reverse=True))
    by_first: dict[str, list[int]] = {}
    for index, word in enumerate(order):
        if word:
            by_first.setdefault(word[0], []).append(index)
    result = (order, {char: tuple(indices) for char, indices in by_first.items()})
    if type(generic) is frozenset:
        if len(_ORDERS) > 64:
            _ORDERS.clear()
        _ORDERS[id(generic)] = (generic, *result)
    return result


def is_everyday_phrase(part: str, *word_sets: frozenset[str]) -> bool:
    """Whether ``part`` is made wholly of everyday words (质子, 无线网络, 战略思维), each of two or
    more characters: a description, not a proper name such as 潍柴 or 歌尔."""
    if len(part) < 2:
        return False
    reachable = [True] + [False] * len(part)
    for end in range(2, len(part) + 1):
        reachable[end] = any(reachable[start] and any(part[start:end] in words for words in word_sets)
                             for start in range(max(0, end - 4), end - 1))
    return reachable[-1]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open spans share a character (touching ends do not)."""
    return a[0] < b[1] and b[0] < a[1]


def item_spans(run: str, offset: int, separators: str = "、") -> list[tuple[int, int]]:
    """The spans of the items of a list ``run`` found at ``offset``, split at any of ``separators``
    (empty items dropped)."""
    for other in separators[1:]:  # one-character separators: one of them in place of each, and one split
        run = run.replace(other, separators[0])
    items, start = [], offset
    for item in run.split(separators[0]):
        if item:
            items.append((start, start + len(item)))
        start += len(item) + 1
    return items


def boundary_words() -> frozenset[str]:
    """data/words/left_boundaries.txt: the words after which a name starts (与, 共建的, 聚焦 …)."""
    return stopwords("words/left_boundaries.txt")


@lru_cache(maxsize=None)
def long_boundary_words() -> frozenset[str]:
    """The boundary words of two characters or more (打造, 聚焦, 围绕): those that never stand
    inside a name the way 和 (江苏德和生物) and 及 (稀土新材料及应用) do."""
    return frozenset(w for w in boundary_words() if len(w) > 1)
