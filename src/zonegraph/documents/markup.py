"""Undo what a web page's copy carries besides its text, offset for offset: HTML tags and character
references, straight quotes, markdown's marks and tables. Each function returns a text as long as the one it is given, the
characters that stay in their places, so that evidence offsets still point into the page as read."""

from __future__ import annotations

import html
import re


def without_markup(text: str) -> str:
    """``text`` with a web copy's markup undone, offset for offset: tags blanked, markdown's tables made
    tab-separated, then character references read (a reference may spell a quote or an angle bracket), a title's
    marks typed as angle brackets read as 《》, markdown's other marks blanked, straight quotes curled."""
    return curl_straight_quotes(strip_markdown(angle_titles(unescape_entities(pipe_tables_as_tabs(strip_tags(text))))))


# an HTML character reference a web page's text was copied with: &nbsp; &ldquo; &amp; &#8220; &#x201C;
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def unescape_entities(text: str) -> str:
    """``text`` with each HTML character reference (&ldquo;创新&rdquo;, 研发&amp;制造, &nbsp;) replaced by the
    character it stands for, offset for offset: the character takes the reference's last place, spaces its
    others (spaces the cleaner drops between Chinese characters). An unknown name stays as it is."""
    if "&" not in text:
        return text

    def character(match: re.Match) -> str:
        reference = match.group(0)
        decoded = html.unescape(reference)
        if decoded == reference or len(decoded) != 1:
            return reference
        return " " * (len(reference) - 1) + decoded
    return _ENTITY.sub(character, text)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def curl_straight_quotes(text: str) -> str:
    """``text`` with the straight double quotes of its Chinese lines made curly, offset for offset: opening
    and closing in turn (称"中国声谷"的 → 称“中国声谷”的), an odd one carried over to the next line (a quotation a
    line break cut). Lines without a Chinese character (a page's markup, id="x") keep theirs."""
    if '"' not in text:
        return text
    lines = text.split("\n")
    opened = False
    for number, line in enumerate(lines):
        if '"' not in line or not _HAN.search(line):
            continue
        chars = list(line)
        for i, char in enumerate(chars):
            if char == '"':
                chars[i] = "”" if opened else "“"
                opened = not opened
        lines[number] = "".join(chars)
    return "\n".join(lines)


# markdown a page converted from HTML carries: an image ![alt](url), a link's brackets and address
# [text](url), bold or italic marks around a word (**…**, __…__), a heading's or a quotation's marks at a
# line's start (## , > )
_IMAGE = re.compile(r"!\[[^\]\n]{0,200}\]\([^)\s]{0,500}\)")
_LINK = re.compile(r"\[([^\]\n]{1,200})\]\((?:https?://|/|www\.)[^)\s]{0,500}\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)\1")
_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", re.M)


def strip_markdown(text: str) -> str:
    """``text`` with markdown's marks blanked out, offset for offset: an image whole, a link's brackets and
    address (its text stays), emphasis marks, a heading's hashes and a quotation's mark."""
    if not any(mark in text for mark in "[*_#>"):
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        chars[start:end] = " " * (end - start)

    for match in _IMAGE.finditer(text):
        blank(*match.span())
    for match in _LINK.finditer(text):
        if text[match.start() - 1 : match.start()] != "!":
            blank(match.start(), match.start() + 1)
            blank(match.end(1), match.end())
    for match in _EMPHASIS.finditer(text):
        blank(match.start(), match.start(2))
        blank(match.end(2), match.end())
    for match in _LINE_MARK.finditer(text):
        blank(*match.span())
    return "".join(chars)


# an HTML tag a page's source left in its text: <p style="…">, </span>, <br/>, <!-- … -->, <!DOCTYPE html> (not <<关于…>>, a title's
# marks typed as angle brackets, nor 5<6)
_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9]{0,15}(?:\s[^<>]{0,500})?/?|/[A-Za-z][A-Za-z0-9]{0,15}\s*|!--[^<>]{0,500}?--"
                  r"|![Dd][Oo][Cc][Tt][Yy][Pp][Ee]\b[^<>]{0,500}|\?xml\b[^<>]{0,500}\?)>")  # (<!DOCTYPE html>, <?xml …?>)


# what a page's source holds that the page does not show: a script, a style sheet, a comment
_HIDDEN = re.compile(r"<(script|style|noscript|template)\b[^<>]{0,500}>.*?</\1\s*>|<!--.*?-->", re.S | re.I)
# the elements a browser starts on a line of their own: a page saved as one line of source (many sites serve it
# so) keeps its paragraphs, title and table rows apart
_BLOCKS = frozenset(("p", "div", "br", "li", "tr", "table", "title", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
                     "dl", "dt", "dd", "section", "article", "header", "footer", "blockquote", "hr", "pre", "form"))
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")


def strip_tags(text: str) -> str:
    """``text`` with its HTML tags blanked out, offset for offset; what they enclose stays, unless a page does
    not show it (a script, a style sheet, a comment). A tag that starts a block on the page (<p>, <div>, <br>,
    </tr> …) starts a line, and a table's cells after a row's first are tab-separated, as a PDF's table rows
    are (what ``numbers.tables`` reads)."""
    if "<" not in text:
        return text
    chars = list(text)
    for match in _HIDDEN.finditer(text):
        for at in range(*match.span()):
            if chars[at] != "\n":
                chars[at] = " "
    shown = "".join(chars)
    cells = 0  # the cells the current table row has opened
    in_cell = False  # inside a cell a block (<br>, <p>) is no new line: the row stays one line
    for match in _TAG.finditer(shown):
        start, end = match.span()
        chars[start:end] = " " * (end - start)
        name = _TAG_NAME.match(match.group(0))
        tag = name.group(1).lower() if name else ""
        opening = not match.group(0).startswith("</")
        if tag in ("td", "th"):
            if opening:
                chars[start] = "\t" if cells else " "
                cells += 1
            in_cell = opening
        elif tag in ("tr", "table"):
            chars[start] = "\n"
            cells, in_cell = 0, False
        elif tag in _BLOCKS and not in_cell:
            chars[start] = "\n"
    return "".join(chars)


# a row of a markdown table (| 序号 | 项目名称 | 投资方 |) and the rule under its header (|---|:---:|)
_PIPE_ROW = re.compile(r"^[ \t]*\|(?:[^|\n]*\|){2,}[ \t]*$", re.M)
_RULE_ROW = re.compile(r"[ \t|:\-]+")


def pipe_tables_as_tabs(text: str) -> str:
    """``text`` with its markdown tables written as the tab-separated rows a PDF's tables come out as (what
    ``numbers.tables`` reads), offset for offset: a row's inner bars become tabs, its outer bars spaces, the
    rule under the header spaces."""
    if "|" not in text:
        return text
    chars = list(text)
    for match in _PIPE_ROW.finditer(text):
        row = match.group(0)
        start = match.start()
        if _RULE_ROW.fullmatch(row):
            chars[start : match.end()] = " " * len(row)
            continue
        bars = [start + i for i, char in enumerate(row) if char == "|"]
        for number, at in enumerate(bars):
            chars[at] = " " if number in (0, len(bars) - 1) else "\t"
    return "".join(chars)


# a title's marks typed as doubled angle brackets, as a keyboard without 《》 writes them (<<关于促进…的意见>>)
_ANGLE_TITLE = re.compile(r"<<([^<>\n]{1,100})>>")


def angle_titles(text: str) -> str:
    """``text`` with each title between doubled angle brackets between 《》 instead, offset for offset: of each pair
    of brackets, the inner one becomes the mark and the outer one a space (<<关于…>> → " 《关于…》 ")."""
    if "<<" not in text:
        return text
    return _ANGLE_TITLE.sub(lambda match: f" 《{match.group(1)}》 ", text)
