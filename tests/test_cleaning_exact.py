"""clean_span, display_width and the paragraph median give exactly what their plain forms gave.

They were rewritten for speed (runs of ordinary characters copied at once); the plain forms are
kept here as the specification and compared on edge cases and many random strings and spans.
"""

from __future__ import annotations

import random
import statistics

import pytest

from zonegraph.documents.cleaning import _clean_by_character, clean, clean_span, display_width
from zonegraph.documents.layout import _median


def plain_clean_span(raw, start=0, end=None):
    """The character loop clean_span was (kept in cleaning.py for spans outside the text)."""
    return _clean_by_character(raw, start, len(raw) if end is None else end)


ALPHABET = "中文高新区Ab9１２Ａｚ，,:;!?()[]％．－ \t\n\r\u3000\u00a0\u200b\ufeffchǎnyè"


@pytest.mark.parametrize("raw", [
    "", " ", "\n\n", "中", "a b", "a\nb", "中 文", "1, 000", "1 ,000", "10:30", "x:y", "１，２", "1,2",
    "a\tb", "a\t\nb", "\ta", "a\t", "ＡＢ ｃ", "（1）", "(1)", "  中文  ", "2,\n0", "a\u3000b", "５％",
    "产(chǎn)业(yè)", "区 (qū)的", "a(chǎn)", "中(chan)", "中(ǎ", "中(chǎn)(yè)1,0",
    "学[1]、", "学 [12]院", "a[1]", "学[1234]", "学[1", "学[x]", "学[1][2]、", "[3]学",
    "中.文", "中 .", "1.5", "中.5", "”.", "中..", "「中」『文』",
])
def test_clean_span_edges(raw):
    assert clean_span(raw) == plain_clean_span(raw)
    for start in range(len(raw) + 1):
        for end in range(start, len(raw) + 1):
            assert clean_span(raw, start, end) == plain_clean_span(raw, start, end), (raw, start, end)


def test_clean_span_keeps_its_rules():
    assert clean("1, 000 与 2,5") == "1,000与2,5"
    assert clean("苏 州\n高新区 (SND) :") == "苏州高新区（SND）："
    assert clean("AI 芯片 5 G") == "AI芯片5 G"
    assert clean_span("a\tb  c", 0, 6) == ("a b c", [0, 1, 2, 3, 5])
    assert clean("  ") == "" and clean("１０：３０") == "10：30" and clean("10:30 a:b") == "10:30 a：b"
    # a machine mirror's pinyin glosses go; brackets without a tone-marked syllable stay
    assert clean("产(chǎn)业(yè)集群") == "产业集群" and clean("苏州(SND)") == "苏州（SND）"
    # an encyclopedia's footnote marks after a word go; other brackets stay
    assert clean("华中农业大学[1]、生物肥料[2]、") == "华中农业大学、生物肥料、" and clean("a[1] 中[x]") == "a[1]中[x]"
    # corner quotes are the curly quotes the rules read
    assert clean("「中国声谷」『核』") == "“中国声谷”‘核’"


def test_clean_span_matches_the_plain_loop_on_random_text():
    rng = random.Random(3)
    for _ in range(3000):
        raw = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        assert clean_span(raw) == plain_clean_span(raw), raw
        start = rng.randint(0, len(raw))
        end = rng.randint(start, len(raw))
        assert clean_span(raw, start, end) == plain_clean_span(raw, start, end), (raw, start, end)


def test_clean_span_outside_the_text_keeps_what_indexing_made_of_it():
    assert clean_span("ab 中", -2, 4) == plain_clean_span("ab 中", -2, 4)
    assert clean_span("ab", 1, 0) == plain_clean_span("ab", 1, 0) == ("", [])
    with pytest.raises(IndexError):
        clean_span("ab", 0, 5)


def test_display_width_counts_wide_characters_twice():
    wide = "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
    import re

    pattern = re.compile(wide)
    rng = random.Random(4)
    samples = ["", "a", "中", "中文ab，", "한글", "ｱ", "\uff61", "\u115f\u1160"]
    samples += ["".join(rng.choice("中a，,한\u1160\uff60\uff61\uffe6 ") for _ in range(rng.randint(0, 20))) for _ in range(500)]
    for text in samples:
        assert display_width(text) == len(text) + len(pattern.findall(text)), text


def test_median_is_statistics_median():
    rng = random.Random(6)
    for size in range(1, 12):
        for _ in range(50):
            values = [rng.randint(0, 80) for _ in range(size)]
            assert _median(values) == statistics.median(values)
            assert type(_median(values)) is type(statistics.median(values))
