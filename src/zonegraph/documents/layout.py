"""Recover paragraphs and sentences from PDF text whose lines were wrapped at a column width.

A line break joins two lines unless the text says it ends something: sentence-final punctuation
at the end of the line, a paragraph marker at the start of the next (►, 一、, （二）, 第三章 …), a
line much shorter than the lines around it (a heading, a table cell, a paragraph's last line), or
a table row (tab-separated cells) on either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from zonegraph.documents.cleaning import CLOSERS, WHITESPACE, clean_span, display_width, full_stop_at
from zonegraph.documents.model import Sentence

_SENTENCE_END = "。！？!?…"
_CONTINUES = "，,、：:；;（(“‘《—-"
_MARKER = re.compile(
    r"^(?:[►▶■●◆◇★☆【]|第[一二三四五六七八九十百零]+[章节条篇部]|[一二三四五六七八九十]+、"
    r"|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、．]|附件|表\s*\d)"
)
_BYLINE = re.compile(r"^[►▶■●◆]|本报记者|通讯员|^来源[：:]|^来自[：:]")  # a line of its own
# a web page's editor and source line, in either script (责任编辑：郭昕玥 2022-09-29 … 来源：香港商报网): a line of its own
_EDITOR_LINE = re.compile(r"^(?:责任编辑|責任編輯)\s*[：:]")
# a web page's breadcrumb line (您当前的位置 : 长城网 >> 专题库, 当前位置：首页 > 新闻中心): a line of its own
BREADCRUMB = re.compile(r"^.{0,4}?(?:当前|现在|所在)?的?位置\s*[：:]")
_SPLIT = re.compile(r"(?<=[。！？!?])[”’」』）)]*|(?<=……)(?!这些|这样|等)")  # (加拉泰克……这些…企业: the list goes on, one sentence)
# a photo's caption ends with its credit: "…数据。 尹婷 摄", "（记者 王洋 摄）", "…如火如荼。资料图片"
_CAPTION_CREDIT = re.compile(
    r"(?:(?:^|[。！？\s（(])[\u4e00-\u9fff·]{2,4}\s+摄|[（(][^（）()]{0,8}[\u4e00-\u9fff]\s*摄|"
    r"(?:^|[。！？\s（(])资料图片|(?:^|[。！？\s（(])图片来源[：:][^。]{0,20})[）)]?$"
)


def _ends_with_credit(text: str) -> bool:
    """Whether a line ends with a photo's credit: every credit holds 摄 or 图片, and most lines
    neither, which then skip the regex's search from every position."""
    return ("摄" in text or "图片" in text) and _CAPTION_CREDIT.search(text) is not None


# a company's legal name alone on a line: no mark, no space, its legal form at the end (浙江小虫科技有限公司)
_A_LEGAL_NAME_ALONE = re.compile(r"[\u4e00-\u9fff（）()A-Za-z]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团公司)")


# a line that opens with a zone's name (潍坊高新区:冲刺一流国家高新区, 重庆高新区组织集中收看…), in either script, after a
# section's bracketed name: two such lines in a row are a table of contents' items, each a line of its own
# (a place of two to six characters, not a word of a sentence before it: 在大连高新区举行, 科大学分别与大连高新区签署)
_ZONE_FIRST = re.compile(r"(?:【[^】]{1,16}】\s*)?(?![在与和同从到对由把将为于及等])[\u4e00-\u9fff]{2,6}?(?:国家)?"
                         r"(?:高新区|高新區|高新技术产业开发区|高新技術產業開發區)")


_MIN_DUPLICATE = 12  # a repeated sentence shorter than this may honestly recur (a slogan, a heading)


@dataclass
class _Line:
    start: int
    end: int
    text: str  # stripped raw text of the line

    @property
    def width(self) -> int:
        return display_width(self.text)


_SPACE = "".join(sorted(WHITESPACE))


def _lines(raw: str) -> list[_Line]:
    lines = []
    position = 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        stripped = body.strip(_SPACE)
        if stripped:
            lead = len(body) - len(body.lstrip(_SPACE))
            lines.append(_Line(position + lead, position + lead + len(stripped), stripped))
        position += len(piece)
    return lines


def _ends_sentence(text: str) -> bool:
    return (text.rstrip(CLOSERS)[-1:] in _SENTENCE_END or text.endswith("……")
            or (text.endswith(".") and full_stop_at(text, len(text) - 1)))


def _median(values: list[int]) -> float:
    """statistics.median, without its generality: the middle value, or the mean of the two."""
    values = sorted(values)
    half = len(values) // 2
    return values[half] if len(values) % 2 else (values[half - 1] + values[half]) / 2


_MID_CLAUSE = re.compile(r"[，、；,;]")  # a mark inside a sentence: a line holding one is no heading


def _double_spaced(gaps: list[int]) -> bool:
    """Whether a blank line follows every one of a page's first lines (a PDF's text layer often has one), by the
    line breaks between its lines (``gaps``)."""
    first = gaps[:8]
    return len(first) >= 4 and all(gap >= 2 for gap in first)


def paragraph_spans(raw: str) -> list[tuple[int, int]]:
    """Raw ``(start, end)`` spans of the paragraphs of ``raw``, in order."""
    return _paragraph_spans(raw, _lines(raw))


def _paragraph_spans(raw: str, lines: list[_Line]) -> list[tuple[int, int]]:
    """``paragraph_spans`` of ``raw``, whose lines are ``lines``."""
    if not lines:
        return []
    widths = [line.width for line in lines]
    gaps = [raw.count("\n", line.end, following.start) for line, following in zip(lines, lines[1:])]  # line breaks
    # on a page that leaves no blank line after most of its lines (a web page's, not a PDF text layer's, which
    # has one after every line), a blank line ends a paragraph: a title over its item, a credit under it
    blank_breaks = sum(gap >= 2 for gap in gaps) < 0.5 * len(gaps)
    spans = []
    start = lines[0].start
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        width = widths[i]
        neighbours = widths[max(0, i - 5) : i] + widths[i + 1 : i + 6]
        typical = _median(neighbours) if neighbours else width
        # (not a line a single break cuts, mid-clause, on a page whose paragraphs a blank line parts: the one break
        # there is a wrap, 共建南大苏州创新 / 研究院，…, though the line is short beside single-line paragraphs)
        wrapped = (gaps[i] == 1 and not blank_breaks and _MID_CLAUSE.search(line.text) is not None
                   and not _ends_sentence(line.text))
        short = width < 0.6 * typical and line.text[-1] not in _CONTINUES and not wrapped
        # (and a line before a byline of its own ends there too: a title above its byline, in text wrapped so
        # narrow that the title is not much shorter than the lines around it)
        byline = ((width < 40 and bool(_BYLINE.search(line.text))) or _ends_with_credit(line.text)
                  or (widths[i + 1] < 40 and bool(_BYLINE.search(following.text)) and line.text[-1] not in _CONTINUES)
                  or (width < 80 and bool(_EDITOR_LINE.search(line.text))))
        row = "\t" in line.text or "\t" in following.text  # a table row stands alone
        # the first line, alone before a blank line and without a comma, is the document's title
        # (a first line with one is wrapped text that a page break cut)
        # (not a first line as wide as the lines after it on a page that leaves a blank line after every line: a
        # headline or sentence wrapped, 国务院关于同意宁波省级高新 / 技术产业开发区升级为…的批复)
        title = (i == 0 and gaps[i] >= 2
                 and not any(mark in line.text for mark in "，,、；;：:")
                 and not (width >= 0.9 * typical and _double_spaced(gaps)))
        crumbs = bool(BREADCRUMB.match(line.text) or BREADCRUMB.match(following.text))
        # a web page's headline written twice, one line after the other: each a line of its own
        repeated = line.text == following.text or (i > 0 and lines[i - 1].text == line.text)
        # a line that is one legal name and nothing else, a blank line after it: an item of a list of firms (a page's
        # roll of member companies, one per line), not wrapped text running on into the next line
        named = _A_LEGAL_NAME_ALONE.fullmatch(line.text) is not None and gaps[i] >= 2
        # two lines in a row opening with a zone's name: items of a table of contents (潍坊高新区:冲刺一流国家高新区 /
        # 无锡高新区:构建新兴产业策源地), not a sentence wrapped
        listed = (line.text[-1] not in _CONTINUES and _ZONE_FIRST.match(line.text) is not None
                  and _ZONE_FIRST.match(following.text) is not None)
        # (not a line as wide as the one above it or below it, a column's lines wrapped: a blank line there is a
        # page's break)
        blank = (blank_breaks and gaps[i] >= 2 and line.text[-1] not in _CONTINUES
                 and not (i > 0 and gaps[i - 1] == 1 and abs(width - widths[i - 1]) <= 0.1 * width)
                 and not abs(width - widths[i + 1]) <= 0.1 * width)
        if (_ends_sentence(line.text) or short or byline or row or title or crumbs or repeated or named or listed
                or blank or _MARKER.match(following.text)):
            spans.append((start, line.end))
            start = following.start
    spans.append((start, lines[-1].end))
    return spans


# a PDF page's number on a line of its own: — 12 —, - 12 -, ·12·, 第12页, 第 3 页 共 20 页; and what a browser prints
# on each page of a web page: the page's address and 3/16 at its foot, the date and time (and title) at its head
_PAGE_NUMBER = re.compile(r"[-—–－·•]+\s*\d{1,3}\s*[-—–－·•]+|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?"
                          r"|(?:[a-z]+://\S+\s+)?\d{1,3}\s*/\s*\d{1,3}"
                          r"|\d{1,4}/\d{1,2}/\d{1,4},?\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s+.{1,80})?")
_PRINTED_PAGE = re.compile(r"\d/\d{1,3}\s*$", re.M)  # (whether a text may have a browser's page foot at all)


def without_page_furniture(raw: str, lines: list[_Line] | None = None) -> str:
    """``raw`` with its pages' numbers and running heads blanked out, offset for offset: a line that is a page
    number, and a line beside page numbers that is written there on two pages or more (火炬动态 2023年第5期).
    A page break cuts a paragraph, even a word, wherever it falls; the lines either side are one text again,
    each line break kept (the line above has its own, the furniture's is blanked). ``lines``: ``raw``'s, if read
    already; ``raw`` itself comes back where it has no furniture."""
    if "页" not in raw and not any(mark in raw for mark in "-—–－·•") and not _PRINTED_PAGE.search(raw):
        return raw  # (most pages have no page numbers: no scan)
    lines = _lines(raw) if lines is None else lines
    numbers = [i for i, line in enumerate(lines) if _PAGE_NUMBER.fullmatch(line.text)]
    if not numbers:
        return raw
    # (each line once: one between two page numbers, a page of one line, is not "written there twice")
    beside = sorted({i + step for i in numbers for step in (-1, 1) if 0 <= i + step < len(lines) and i + step not in numbers})
    counts: dict[str, int] = {}
    for i in beside:
        counts[lines[i].text] = counts.get(lines[i].text, 0) + 1
    heads = {i for i in beside if counts[lines[i].text] >= 2 and len(lines[i].text) <= 40 and "\t" not in lines[i].text}
    chars = list(raw)
    for i in sorted({*numbers, *heads}):
        end = lines[i].end + 1 if raw.startswith("\n", lines[i].end) else lines[i].end
        chars[lines[i].start : end] = " " * (end - lines[i].start)
    return "".join(chars)


def sentences(raw: str) -> list[Sentence]:
    """The cleaned sentences of ``raw``, with repeats of earlier sentences marked ``duplicate``."""
    lines = _lines(raw)
    cleared = without_page_furniture(raw, lines)
    if cleared is not raw:  # (the lines of a page with furniture, read again without it)
        raw, lines = cleared, _lines(cleared)
    result: list[Sentence] = []
    seen: set[str] = set()
    for number, (start, end) in enumerate(_paragraph_spans(raw, lines)):
        text, origin = clean_span(raw, start, end)
        if not text:
            continue
        table_row = "\t" in raw[start:end]
        heading = len(text) <= 40 and not _ends_sentence(text) and not table_row
        cuts = [0] + [m.end() for m in _SPLIT.finditer(text) if 0 < m.end() < len(text)] + [len(text)]
        for a, b in zip(cuts, cuts[1:]):
            piece = text[a:b]
            # trim a clean-text edge that is white space (kept only between Latin words)
            while piece and piece[0] == " ":
                a += 1
                piece = piece[1:]
            if not piece:
                continue
            # (a heading that repeats one read before is still read: an item's title under a table of contents that
            # lists it, 重庆高新区组织集中收看党的二十大开幕会, opens the item; a title written twice running is not)
            duplicate = len(piece) >= _MIN_DUPLICATE and piece in seen and not (
                heading and piece == text and not (result and result[-1].text == piece))
            seen.add(piece)
            result.append(Sentence(len(result), piece, origin[a:b], number, heading, duplicate, table_row))
    return result
