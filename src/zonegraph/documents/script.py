"""Traditional Chinese in, Simplified out: the finders and the reference data are Simplified.

Pages about mainland zones also circulate in Traditional characters (蘇州高新區, 研究院 written
研究院 but 產業 for 产业); read as they are, no zone, institute or sector would be found. OpenCC's
``t2s`` conversion (the standard open-source converter, its dictionaries in the wheel) maps them
character for character, so every offset into the converted text is the offset into the file,
and evidence still points at the right place of the source.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache

import opencc

from zonegraph.resources import data_file

# share of Han characters that t2s changes above which a text is Traditional: Simplified text loses
# a few variants (three in the shipped corpus's 88,000 characters), Traditional text a fifth or more
TRADITIONAL_SHARE = 0.05


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, bool]:
    """``text`` in Simplified characters, and whether it was Traditional, whole or in some of its
    lines (then converted).

    Simplified text is returned unchanged; so is a conversion that would change the length (none
    is known for t2s), since offsets must keep meaning the file's characters.
    """
    converted = _converter().convert(text)
    if converted == text or len(converted) != len(text):
        return text, False
    if _changed(text, converted) >= TRADITIONAL_SHARE * _han_count(text):
        return converted, True
    # a Simplified page that runs an item in Traditional characters (a mirror's 延吉高新區… among its own news): those
    # lines converted, each clearly Traditional on its own, the rest kept as written
    traditional = [(a, b) for a, b, han in ((m.start(), m.end(), _han_count(m.group())) for m in _LINE.finditer(text))
                   if han >= _LINE_HAN and _changed(text[a:b], converted[a:b]) >= TRADITIONAL_LINE_SHARE * han]
    if not traditional:
        return text, False
    pieces, at = [], 0
    for a, b in traditional:
        pieces += [text[at:a], converted[a:b]]
        at = b
    return "".join(pieces) + text[at:], True


# a line of a Simplified page is Traditional when t2s changes a fifth of its Han characters or more, and it has
# enough of them for that share to mean something (a Simplified line loses a variant now and then: 泓昇 in 江阴's plan)
TRADITIONAL_LINE_SHARE = 0.2
_LINE_HAN = 8
_LINE = re.compile(r"[^\n]+")


def _han_count(text: str) -> int:
    return sum(map(len, _HAN_RUN.findall(text)))


def fold_radicals(text: str) -> str:
    """``text`` with each radical or compatibility ideograph written as the ideograph it stands for
    (⼭东理⼯⼤学 -> 山东理工大学, ⻓春 -> 长春), as text copied out of PDFs often has them: a font that
    draws a radical and an ideograph with one glyph maps it to the radical's lower code point. Each is one
    character for one, so offsets keep their meaning."""
    if not _FOLDED_RUN.search(text):
        return text
    return text.translate(_radical_table())


_FOLDED_RUN = re.compile("[\u2e80-\u2fdf\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _radical_table() -> dict[int, str]:
    """Kangxi radicals and compatibility ideographs by their NFKC form; the CJK Radicals Supplement,
    which NFKC leaves as it is (⻓, ⻔, ⺠), by Unicode's equivalent ideographs (data/radicals.csv)."""
    table = {}
    for code in (*range(0x2E80, 0x2FE0), *range(0xF900, 0xFB00)):
        folded = unicodedata.normalize("NFKC", chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    with data_file("radicals.csv").open(encoding="utf-8", newline="") as handle:
        table.update((ord(row["radical"]), row["ideograph"]) for row in csv.DictReader(handle))
    return table


def simplified_name(name: str) -> str:
    """A short name in Simplified characters whatever its script (for comparing names, where
    length and offsets do not matter)."""
    return _converter().convert(name)


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_BLOCK = 64


def _changed(text: str, converted: str) -> int:
    """How many characters of ``text`` differ in ``converted`` (of the same length). Simplified
    text differs in a few variants only, so blocks are compared first and characters in the
    blocks that differ: the same count as comparing every character."""
    changed = 0
    for start in range(0, len(text), _BLOCK):
        end = start + _BLOCK
        if text[start:end] != converted[start:end]:
            changed += sum(map(str.__ne__, text[start:end], converted[start:end]))
    return changed
