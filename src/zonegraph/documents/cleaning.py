"""Clean extracted PDF text one character at a time, keeping where each character came from.

The cleaning is local (each decision looks only at the nearest non-space neighbours), so cleaning
any span of the raw text gives exactly the cleaned text of that span: evidence offsets into the
raw file can always be checked by cleaning ``raw[start:end]``.
"""

from __future__ import annotations

import re

# (with the invisible ones: a soft hyphen, zero-width joiners and the word joiner inside 华中\u00ad科技大学 hid the name)
WHITESPACE = frozenset(" \t\n\r\f\v\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff\u00ad\u200c\u200d\u2060")

# Full-width forms of ASCII letters, digits and a few symbols become ASCII.
_TO_ASCII = {chr(code): chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}
_TO_ASCII.update({chr(code): chr(code - 0xFEE0) for code in range(0xFF21, 0xFF3B)})
_TO_ASCII.update({chr(code): chr(code - 0xFEE0) for code in range(0xFF41, 0xFF5B)})
_TO_ASCII.update({"％": "%", "．": ".", "－": "-", "＋": "+", "／": "/", "＝": "=", "＆": "&"})

# Half-width punctuation in Chinese text becomes the full-width form Chinese typesetting uses.
_TO_FULL = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）"}
# Corner quotes (Hong Kong and Taiwan pages, some mainland ones) become the curly quotes the rest of the text has.
_TO_FULL.update({"「": "“", "」": "”", "『": "‘", "』": "’"})
_NUMERIC_SEPARATORS = frozenset(",:")  # kept half-width between digits: 1,000 and 10:30
# the closing marks a sentence's end may follow (…的地方”.) or come before (…。”)
CLOSERS = "”’」』）)》"
# What clean_span cannot copy as it is: a run of white space (group 1), or a character it maps.
_SPECIAL = re.compile(
    "([" + "".join(map(re.escape, sorted(WHITESPACE))) + "]+)"
    "|[" + "".join(map(re.escape, sorted({*_TO_ASCII, *_TO_FULL, "[", "."}))) + "]"
)


# A pinyin gloss a machine mirror put after a character (产(chǎn)业(yè)): dropped with its brackets.
# Only a syllable with a tone mark counts, so that (a) or (SND) stays.
_GLOSS = re.compile(r"\([a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ][a-zü]{0,5}\)")


# An encyclopedia's footnote mark after a word (华中农业大学[1]、生物肥料[2]、): dropped, so that the
# word meets the list mark after it.
_FOOTNOTE = re.compile(r"\[\d{1,3}\]")


def _note_end(raw: str, i: int, end: int) -> int | None:
    """Where the footnote mark starting at ``raw[i]`` ends, if one does before ``end``."""
    match = _FOOTNOTE.match(raw, i, end)
    return match.end() if match else None


def _dropped_end(raw: str, i: int, end: int) -> int | None:
    """Where what a Han character may carry at ``raw[i]`` ends, if it carries one: a pinyin gloss
    (产(chǎn)业) or a footnote mark (生物肥料[2]、), both dropped."""
    if raw[i] == "(":
        return _gloss_end(raw, i, end)
    if raw[i] == "[":
        return _note_end(raw, i, end)
    return None


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _gloss_end(raw: str, i: int, end: int) -> int | None:
    """Where the pinyin gloss starting at ``raw[i]`` ends, if one does before ``end``."""
    match = _GLOSS.match(raw, i, end)
    return match.end() if match else None


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _separates(run: str, before: str, after: str) -> bool:
    """Whether a run of white space between two characters stays as one space: between Latin words
    and numbers it does, except a bare line break after a digit, which wrapping put inside a
    token (10-800\nG光模块, 202\n1年; with a blank line after it, as double-spaced PDF text has it:
    华中3\n\nD打印): a line of Latin words breaks between words, not in a number."""
    if not (_is_ascii_alnum(before) and _is_ascii_alnum(after)):
        return False
    return not (before.isdigit() and run.count("\n") in (1, 2) and not run.strip("\r\n"))


def clean_span(raw: str, start: int = 0, end: int | None = None) -> tuple[str, list[int]]:
    """Clean ``raw[start:end]``; return the text and, for each of its characters, its raw index."""
    end = len(raw) if end is None else end
    if start < 0 or end > len(raw):  # indices that wrap or run past the text: as they always did
        return _clean_by_character(raw, start, end)
    out: list[str] = []
    origin: list[int] = []
    last = ""  # the last character written
    i = start
    # Characters that are neither white space nor mapped are copied as they are, a run at a time;
    # _SPECIAL stops at the others, each handled as the character-by-character rules say.
    for special in _SPECIAL.finditer(raw, start, max(start, end)):
        at = special.start()
        if at < i:
            continue  # inside a gloss already dropped
        if at > i:
            out.append(raw[i:at])
            origin.extend(range(i, at))
            last = raw[at - 1]
        i = special.end()
        if raw[at] in "([" and _is_han(last):
            dropped = _dropped_end(raw, at, end)
            if dropped is not None:  # 产(chǎn)业, 生物肥料[2]、: dropped, 产 and 料 stay the last character
                i = dropped
                continue
        if special.lastindex:  # a run of white space, raw[at:i]
            # A run of white space only separates two Latin words or numbers, or two cells of a
            # table row (a tab); elsewhere it is an artefact of line wrapping or letter-spacing.
            run = special.group()
            cell = "\t" in run and "\n" not in run
            if last and i < end and (cell or _separates(run, last, _normal(raw, i, start, end))):
                out.append(" ")
                origin.append(at)
                last = " "
        else:
            last = _normal(raw, at, start, end)
            out.append(last)
            origin.append(at)
    if i < end:
        out.append(raw[i:end])
        origin.extend(range(i, end))
    return "".join(out), origin


def _clean_by_character(raw: str, start: int, end: int) -> tuple[str, list[int]]:
    """clean_span one character at a time (the rules in their plainest form)."""
    out: list[str] = []
    origin: list[int] = []
    i = start
    while i < end:
        char = raw[i]
        if char in WHITESPACE:
            run_start = i
            while i < end and raw[i] in WHITESPACE:
                i += 1
            cell = "\t" in raw[run_start:i] and "\n" not in raw[run_start:i]
            if out and i < end and (cell or _separates(raw[run_start:i], out[-1], _normal(raw, i, start, end))):
                out.append(" ")
                origin.append(run_start)
            continue
        if char in "([" and out and _is_han(out[-1]):
            dropped = _dropped_end(raw, i, end)
            if dropped is not None:
                i = dropped
                continue
        out.append(_normal(raw, i, start, end))
        origin.append(i)
        i += 1
    return "".join(out), origin


def clean(raw: str) -> str:
    """The cleaned text of ``raw`` (what evidence quotes are compared with)."""
    return clean_span(raw)[0]


def _normal(raw: str, i: int, start: int, end: int) -> str:
    char = raw[i]
    if char in _TO_ASCII:
        return _TO_ASCII[char]
    if char in _TO_FULL:
        if char in _NUMERIC_SEPARATORS and _digit_at(raw, i - 1, start, end, -1) and _digit_at(raw, i + 1, start, end, 1):
            return char
        return _TO_FULL[char]
    if char == "." and _full_stop(raw, i, start, end):
        return "。"
    return char


def full_stop_at(text: str, i: int) -> bool:
    """Whether the ASCII full stop at ``text[i]`` ends a Chinese sentence, as a page copied with half-width
    punctuation writes it (园区发展迅速.下一步…): after a Chinese character or a closing mark, and not before a
    Latin letter, a digit or another stop (1.经济, U.S., 461.8, www.gov.cn, 等...)."""
    return _full_stop(text, i, 0, len(text))


def _full_stop(raw: str, i: int, start: int, end: int) -> bool:
    before = _nearest(raw, i - 1, start, end, -1)
    if not (_is_han(before) or (before and before in CLOSERS)):
        return False
    following = raw[i + 1] if i + 1 < end else ""
    return following != "." and not _is_ascii_alnum(following)


def _nearest(raw: str, i: int, start: int, end: int, step: int) -> str:
    """The nearest non-space character of ``raw[start:end]`` from ``i`` in direction ``step``; empty if none."""
    while start <= i < end and raw[i] in WHITESPACE:
        i += step
    return raw[i] if start <= i < end else ""


def _digit_at(raw: str, i: int, start: int, end: int, step: int) -> bool:
    """Whether the nearest non-space character from ``i`` in direction ``step`` is a digit."""
    char = _nearest(raw, i, start, end, step)
    char = _TO_ASCII.get(char, char)
    return char.isascii() and char.isdigit()


_DISPLAY_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+")


def display_width(text: str) -> int:
    """Columns the text takes in print: CJK characters two, others one."""
    return len(text) + sum(map(len, _DISPLAY_WIDE.findall(text)))  # runs: fewer strings made
