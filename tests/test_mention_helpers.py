"""The shared mention helpers of mentions/base.py give exactly what their plain forms gave.

The helpers were rewritten for speed; each test compares them with the straightforward version
they replaced (kept here as the specification) on chosen edge cases and on many random strings.
"""

from __future__ import annotations

import random
import re

import pytest

from zonegraph.mentions.base import (
    Gazetteer,
    _cut_after_boundary_scan,
    _whole_word,
    boundary_words,
    cut_after_boundary,
    long_boundary_words,
    name_run_start,
    strip_generic,
)
from zonegraph.mentions.organizations import generic_words
from zonegraph.reference import stopwords


def plain_cut_after_boundary(text, start, end, boundaries, keep=2):
    """The scan it replaced, left-to-right over every position (kept in base.py for odd spans)."""
    return _cut_after_boundary_scan(text, start, end, boundaries, keep)


def plain_strip_generic(part, generic):
    for word in sorted(generic, key=len, reverse=True):
        part = part.replace(word, "")
    return part


def plain_find(gazetteer, text):
    """Leftmost-longest, said plainly: of the whole-word hits not before the last one's end, the
    one that starts first, the longest of those; again until none is left."""
    hits = [h for h in gazetteer.all(text) if _whole_word(text, h[0], h[1])]
    chosen, reach = [], 0
    while free := [h for h in hits if h[0] >= reach]:
        chosen.append(min(free, key=lambda h: (h[0], h[0] - h[1])))
        reach = chosen[-1][1]
    return chosen


def plain_name_run_start(text, end, limit=24):
    from zonegraph.mentions.base import NAME_CHAR

    start = end
    while start > 0 and end - start < limit and NAME_CHAR.match(text[start - 1]):
        start -= 1
    return start


WORDS = frozenset({"与", "和", "共建", "引进了", "AB", "5G", "B", "由", "联合共建"})
ALPHABET = "与和共建引进了由联合AB5G研究院大学，、 x9·"


def random_texts(count: int, seed: int, alphabet: str = ALPHABET, longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


@pytest.mark.parametrize("text, start, end, keep, expected", [
    ("", 0, 0, 2, 0),                      # nothing to look at
    ("与中科院", 0, 4, 0, 1),               # a boundary word at the very start
    ("中科院与", 0, 4, 0, 4),               # and at the very end, when nothing is kept
    ("中科院与", 0, 4, 2, 0),               # kept characters are not looked at
    ("联合共建研究院", 0, 7, 2, 4),          # the longest word ending furthest right wins
    ("由与和", 1, 3, 0, 3),                 # the span starts inside the text
    ("与和AB由", 2, 4, 0, 4),               # Latin letters
    ("x5G研究院", 0, 6, 3, 3),              # digits
    ("共建", 1, 2, 0, 1),                   # a word that starts before the span is not inside it
    ("与和", 2, 1, 0, 2),                   # an empty span returns its start
])
def test_cut_after_boundary_edges(text, start, end, keep, expected):
    assert cut_after_boundary(text, start, end, WORDS, keep) == expected
    assert plain_cut_after_boundary(text, start, end, WORDS, keep) == expected


def test_cut_after_boundary_outside_the_text_is_the_plain_scan():
    # ends past the text and negative starts keep what slicing made of them
    for text, start, end, keep in [("与和", 0, 9, 0), ("与和", -2, 2, 0), ("引进了", -1, 5, 1), ("", 0, 3, 0)]:
        assert cut_after_boundary(text, start, end, WORDS, keep) == plain_cut_after_boundary(text, start, end, WORDS, keep)


@pytest.mark.parametrize("words", [WORDS, frozenset(), frozenset({""}), frozenset({"与"}), {"共建", "与"}])
def test_cut_after_boundary_matches_the_plain_scan_on_random_text(words):
    rng = random.Random(7)
    for text in random_texts(400, 3):
        for keep in (0, 1, 2):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert cut_after_boundary(text, start, end, words, keep) == plain_cut_after_boundary(text, start, end, words, keep), (text, start, end, keep)


def test_cut_after_boundary_with_the_shipped_boundary_words():
    texts = ["黄冈高新区与中科院武汉分院", "获得银行科技", "引进了清华大学", "由江南大学和无锡市共建", "同和", ""]
    texts += random_texts(300, 5, alphabet="".join(sorted({c for w in boundary_words() for c in w}))[:40] + "大学研究院A1", longest=20)
    for words in (boundary_words(), long_boundary_words()):
        for text in texts:
            for keep in (0, 2):
                for start in range(len(text) + 1):
                    assert cut_after_boundary(text, start, len(text), words, keep) == plain_cut_after_boundary(text, start, len(text), words, keep)


def test_cut_after_boundary_sees_a_word_list_that_changes():
    words = {"与"}
    assert cut_after_boundary("与共建方", 0, 4, words, 0) == 1
    words.add("共建")  # a set, not a frozenset: not remembered between calls
    assert cut_after_boundary("与共建方", 0, 4, words, 0) == 3


@pytest.mark.parametrize("part, generic, expected", [
    ("", frozenset({"科技"}), ""),
    ("高新科技", frozenset({"高新", "科技"}), ""),
    ("AXYZB", frozenset({"XYZ", "AB"}), ""),          # a removal brings a later word together
    ("ABXY", frozenset({"AB", "X"}), "Y"),
    ("AXB", frozenset({"AB", "X"}), "AB"),             # AB is tried before X takes out what parts it
    ("潍柴动力", frozenset({"动力"}), "潍柴"),
    ("5G科技", frozenset({"5G", "科技"}), ""),
    ("科技", frozenset(), "科技"),
    ("科技", frozenset({""}), "科技"),
])
def test_strip_generic_edges(part, generic, expected):
    assert strip_generic(part, generic) == expected
    assert plain_strip_generic(part, generic) == expected


def test_strip_generic_matches_the_plain_loop():
    generic = generic_words()
    alphabet = "".join(sorted({c for w in generic for c in w}))[:30] + "潍柴歌尔A5"
    for part in random_texts(3000, 11, alphabet=alphabet, longest=10):
        assert strip_generic(part, generic) == plain_strip_generic(part, generic), part
    small = frozenset({"ABC", "BC", "AB", "CA", "B", "CC"})
    for part in random_texts(3000, 12, alphabet="ABCD", longest=9):
        assert strip_generic(part, small) == plain_strip_generic(part, small), part


def test_gazetteer_find_matches_the_plain_selection():
    gazetteer = Gazetteer([("5G", 1), ("25GW", 2), ("苏州", 3), ("苏州高新区", 4), ("高新区", 5), ("州高", 6), ("AI", 7), ("", 8)])
    assert gazetteer.find("") == []
    assert [h[2] for h in gazetteer.find("5G与25GW")] == ["5G", "25GW"]
    assert gazetteer.find("125GW") == []                       # 25GW continues a number here
    assert [h[2] for h in gazetteer.find("苏州高新区AI")] == ["苏州高新区", "AI"]
    assert [h[2] for h in gazetteer.find("AIx苏州")] == ["苏州"]
    for text in random_texts(3000, 13, alphabet="苏州高新区5G2WAIx、", longest=16):
        assert gazetteer.find(text) == plain_find(gazetteer, text), text
    assert Gazetteer([]).find("苏州") == [] and Gazetteer([("", 1)]).find("") == []


def test_a_gazetteer_matched_as_bytes_finds_what_one_matched_as_characters_finds(monkeypatch):
    names = [("5G", 1), ("25GW", 2), ("苏州", 3), ("苏州高新区", 4), ("高新区", 5), ("州高", 6), ("AI", 7), ("𠀋州", 8), ("é高", 9)]
    by_characters = Gazetteer(names)
    monkeypatch.setattr(Gazetteer, "WIDE", 0)  # names opening with one character or more: as bytes
    by_bytes = Gazetteer(names)
    assert by_bytes._by_bytes and not by_characters._by_bytes
    for text in random_texts(3000, 17, alphabet="苏州高新区5G2WAIx、𠀋é\udc80", longest=16):
        assert by_bytes.find(text) == by_characters.find(text), text
        assert list(by_bytes.all(text)) == list(by_characters.all(text)), text
    assert all(name in by_bytes for name, _ in names) and "苏" not in by_bytes and "" not in by_bytes


def test_name_run_start_edges():
    for text, end, limit in [("", 0, 24), ("中科院", 3, 24), ("，中科院", 4, 24), ("A·B1", 4, 2), ("中科院", 0, 24),
                             ("中科院", 3, 0), ("中科院", 3, -2), ("中科院", -1, 24), ("中，科院", 2, 24), ("中科院", 2, 1)]:
        assert name_run_start(text, end, limit) == plain_name_run_start(text, end, limit), (text, end, limit)
    assert name_run_start("中科院", 2, 1) == 1 and name_run_start("，中科院", 4) == 1
    for run_start in (name_run_start, plain_name_run_start):  # an end past the text is an error
        with pytest.raises(IndexError):
            run_start("中科院", 5)
    for text in random_texts(2000, 17, alphabet="中科A9·，、 ", longest=30):
        for end in range(len(text) + 1):
            assert name_run_start(text, end) == plain_name_run_start(text, end)
            assert name_run_start(text, end, 3) == plain_name_run_start(text, end, 3)


def test_boundary_lists_are_the_cached_frozensets():
    # the helpers remember facts about a word list per frozenset object
    assert stopwords("words/left_boundaries.txt") is boundary_words()


def test_zone_pattern_and_list_searches_are_finditer():
    """find_zones starts its regex searches late; the matches must be finditer's, spans and groups."""
    from zonegraph.mentions.zones import _LIST, _LIST_SEARCH, _PATTERN, _PATTERN_SEARCH

    def same(text):
        for fast, pattern in ((_PATTERN_SEARCH, _PATTERN), (_LIST_SEARCH, _LIST)):
            got = [(m.span(), m.groups()) for m in fast.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in pattern.finditer(text)], (text, pattern.pattern)

    texts = [
        "", "高新区", "高新", "苏州高新区", "国家高新区", "武汉东湖、苏州、西安和济南等9家国家高新区代表",
        "苏州、无锡高新区和常州高新区", "推动国家高新区高质量发展，省级高新区和山东省高新区", "，苏州、无锡 高新区",
        "攀枝花钒钛高新技术产业开发区与成都高新技术产业园区", "一二三四五六七八九十一二三四五高新区", "苏州、无锡１２家高新区",
        "甲乙、丙丁高新区甲乙、丙丁国家级高新区", "A苏州、无锡高新区", "苏州、无锡\n 3 个高新区",
        "济南、青岛（含青岛西海岸片区）、淄博等3个国家高新技术产业开发区", "（含甲乙）、苏州（含）高新技术产业开发区",
    ]
    for text in texts:
        same(text)
    rng = random.Random(19)
    pieces = ["苏州", "无锡", "武汉东湖", "甲", "乙", "丙丁", "、", "、", "和", "及", "等", "9", "家", "个", "国家",
              "级", "高新区", "高新区", "高新", "高新技术产业开发区", "高新技术产业园区", "，", " ", "A", "（含甲乙）", "（"]
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        same(text)
        matched += bool(_PATTERN.search(text)) + bool(_LIST.search(text))
    assert matched > 2000  # the random texts do hold matches to compare


def test_place_start_skips_only_characters_no_place_name_starts_with(monkeypatch):
    from zonegraph.mentions import zones as Z

    class Everything:
        def __contains__(self, char):
            return True

    rng = random.Random(23)
    pieces = ["苏州", "攀枝花", "山东", "省", "市", "钒钛", "无锡", "新", "促进", "国家", "示范", "江阴", "A", "，", "高"]
    cases = [("".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))) for _ in range(3000)]
    cases = [(text, end) for text in cases for end in range(len(text) + 1)]
    fast = [Z._place_start(text, end) for text, end in cases]
    with monkeypatch.context() as patch:  # every character may start a place name: nothing skipped
        patch.setattr(Z, "_place_initials", lambda: Everything())
        assert [Z._place_start(text, end) for text, end in cases] == fast
    assert sum(start is not None for start in fast) > 1000
    assert Z._place_start("四川省攀枝花市把攀枝花钒钛", 13) == 8


def test_anchored_pattern_with_several_anchors_is_finditer():
    """A pattern of the shape of the enterprise award pattern: names in a list, then a verb."""
    import re

    from zonegraph.mentions.base import HAN, AnchoredPattern

    verbs = ("获评", "入选", "荣获", "被评为", "挂牌上市", "进入", "研发的")
    item = rf"[{HAN}A-Za-z0-9·]{{2,10}}?"
    pattern = re.compile(rf"((?:{item}、)*{item})({'|'.join(verbs)})(?!者)")
    search = AnchoredPattern(pattern, "|".join(verbs), rf"{HAN}A-Za-z0-9·、", min_before=2)
    rng = random.Random(29)
    pieces = ["潍柴", "动力", "歌尔", "A", "5G", "·", "、", "、", "，", "。", " ", "获评", "入选", "者", "研发的", "进入",
              "挂牌", "上市", "被评为", "荣获", "评"]
    matched = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in search.finditer(text)] == expected, text
        matched += len(expected)
    assert matched > 2000


def test_anchored_pattern_refuses_an_empty_match():
    import re

    from zonegraph.mentions.base import AnchoredPattern

    search = AnchoredPattern(re.compile(r"x*"), "a", "a-z")  # x* holds no anchor: a misuse
    with pytest.raises(ValueError):
        list(search.finditer("ba"))


def test_the_enterprise_searches_find_what_their_patterns_find():
    """_LIST_SEARCH and _AWARDED_SEARCH against the regexes they wrap, on text built to match."""
    from zonegraph.mentions.enterprises.lists import _AWARDED_SEARCH, _LIST_SEARCH

    rng = random.Random(31)
    pieces = ["潍柴", "动力", "歌尔", "新潮科技", "A", "5G", "·", "、", "、", "，", "。", " ", "等", "和", "中小", "企业",
              "龙头企业", "服务商", "一批", "3家", "获评", "入选", "连续", "首次", "荣膺", "成功上市", "进入", "研发的", "者", "……", "这些"]
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 16)))
        for search in (_LIST_SEARCH, _AWARDED_SEARCH):
            expected = [(m.span(), m.groups()) for m in search.pattern.finditer(text)]
            assert [(m.span(), m.groups()) for m in search.finditer(text)] == expected, text
            matched += len(expected)
    assert matched > 2000


def test_place_at_gives_the_longest_place_form_opening_the_span_as_a_scan_of_every_form_did():
    from zonegraph.reference import place_at, place_forms

    forms = sorted(place_forms(), key=len, reverse=True)

    def plain(text, start, end=None):
        return next((p for p in forms if text.startswith(p, start, len(text) if end is None else end)), None)

    chosen = ["苏州市高新区", "苏州", "苏州高新区", "内蒙古自治区包头", "包头", "新乡生物", "无锡", "州市"]
    assert place_at("江苏省苏州市高新区", 3) == "苏州市" and place_at("江苏省苏州市高新区", 3, 5) == "苏州"
    assert place_at("江苏省苏州市高新区", 3, 4) is None and place_at("苏州", 5) is None
    rng = random.Random(7)
    alphabet = "".join(sorted(set("".join(forms[:400]))))[:300] + "高新区技术产业"
    for text in chosen + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]:
        text = text + rng.choice(forms) if rng.random() < 0.3 else text
        for start in range(len(text) + 1):
            for end in (None, start + 1, start + 2, start + 3, len(text), len(text) + 3):
                assert place_at(text, start, end) == plain(text, start, end), (text, start, end)


def test_every_institute_ending_holds_a_character_of_institute_ending_character():
    """find_institutes searches a sentence for INSTITUTE_ENDING only if INSTITUTE_ENDING_CHARACTER finds
    one of its characters there: every match of each branch (研究院, 实验室, …校区, …分所, 大学…所) holds one."""
    from zonegraph.mentions.organizations import INSTITUTE_ENDING, INSTITUTE_ENDING_CHARACTER

    rng = random.Random(37)
    pieces = ["大学", "学院", "研究", "研究院", "总院", "所", "科学", "工程", "院", "分院", "实验", "室", "中心", "研发", "创新",
              "生", "试验", "站", "技术转移", "院士工作", "概念验证", "检验", "检测", "校区", "分中心", "分室", "分校", "分所", "南",
              "科大", "交大", "工大", "计算", "声学", "现代", "光电", "江阴", "科技园", "城", "生命", "等", "、", "，", "A"]
    matched = 0
    for _ in range(6000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for match in INSTITUTE_ENDING.finditer(text):
            assert INSTITUTE_ENDING_CHARACTER.search(match.group()), (text, match.group())
            matched += 1
    assert matched > 3000


@pytest.mark.parametrize("body, excluded", [("\\u4e00-\\u9fff", "等和及"), ("\\u3400-\\u9fffA-Za-z0-9", "、，和"),
                                            ("\\u4e00-\\u9fff（）()", "的")])
def test_a_class_less_some_characters_is_the_lookahead_it_replaces(body, excluded):
    # session 69's speed change: chars_but writes (?:(?![…])[…]) as one class; the two match the same characters
    from zonegraph.mentions.base import chars_but

    one_class = re.compile(chars_but(body, excluded))
    lookahead = re.compile(f"(?:(?![{excluded}])[{body}])")
    for point in (*range(0x20, 0x3000, 7), *range(0x3000, 0xA000), *range(0xFF00, 0xFF10)):
        char = chr(point)
        assert bool(one_class.fullmatch(char)) == bool(lookahead.fullmatch(char)), hex(point)
