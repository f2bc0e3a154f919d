"""Word's automatic list numbers, counted as Word counts them, for the .docx and the .doc readers.

Word keeps a list's numbers (一、 （二） 第三章 1.) out of a paragraph's text, in list definitions;
a plan whose headings Word numbers would lose them, and the rules that read a numbered heading
(1、特钢及金属新材料产业：…, 一是…) with them. Both formats define a list's levels the same way (a
start, a number style, a text such as %1、 and what follows the number), so one counter serves.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Level(NamedTuple):
    """One level of a list: its first count, its number style (Word's names: decimal, chineseCounting,
    bullet …), its text with %1-%9 where the levels' counts go, and what follows the number (tab,
    space or nothing)."""

    start: int
    style: str
    text: str
    suffix: str


class ListCounter:
    """The counts of every list of a document, per list and level: a level's count starts again under
    a new count above it."""

    def __init__(self) -> None:
        self._counts: dict[object, list[int | None]] = {}

    def label(self, list_key: object, level: int, levels: dict[int, Level]) -> str:
        """The number Word shows before the next paragraph of ``list_key`` at ``level``, a space after
        it where Word puts a tab or a space; empty for a bullet or a level the list does not define."""
        if level not in levels or not 0 <= level <= 8:
            return ""
        counts = self._counts.setdefault(list_key, [None] * 9)
        current = levels[level]
        counts[level] = current.start if counts[level] is None else counts[level] + 1
        counts[level + 1 :] = [None] * (8 - level)
        if current.style in ("bullet", "none"):
            return ""

        def number(match: re.Match) -> str:
            at = int(match.group(1)) - 1
            shown = levels.get(at, Level(1, "decimal", "", ""))
            return formatted(counts[at] if counts[at] is not None else shown.start, shown.style)

        label = _LEVEL_REFERENCE.sub(number, current.text)
        return label + (" " if label and current.suffix != "nothing" else "")


_LEVEL_REFERENCE = re.compile(r"%([1-9])")
_CHINESE_DIGITS = "零一二三四五六七八九"
_HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸"


def formatted(count: int, style: str) -> str:
    """``count`` written in Word's number style ``style`` (chineseCounting: 十二, upperRoman: XII …)."""
    if style in ("chineseCounting", "chineseCountingThousand", "ideographDigital", "japaneseCounting",
                 "taiwaneseCounting", "taiwaneseCountingThousand") and 0 < count < 100:
        tens, ones = divmod(count, 10)
        if tens == 0:
            return _CHINESE_DIGITS[ones]
        return ("" if tens == 1 else _CHINESE_DIGITS[tens]) + "十" + (_CHINESE_DIGITS[ones] if ones else "")
    if style == "ideographTraditional" and 0 < count <= 10:
        return _HEAVENLY_STEMS[count - 1]
    if style in ("upperLetter", "lowerLetter") and 0 < count <= 26:
        letter = chr(ord("A") + count - 1)
        return letter if style == "upperLetter" else letter.lower()
    if style in ("upperRoman", "lowerRoman") and 0 < count < 40:
        roman = "X" * (count // 10) + ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "")[count % 10 - 1]
        return roman if style == "upperRoman" else roman.lower()
    if style in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < count <= 20:
        return chr(0x2460 + count - 1)  # ①
    if style == "decimalEnclosedParen" and 0 < count <= 20:
        return chr(0x2474 + count - 1)  # ⑴
    if style == "decimalZero":
        return f"{count:02d}"
    return str(count)
