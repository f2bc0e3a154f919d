"""A PDF's text layer, as the reader takes text: the page's lines, and its ruled tables as rows.

pdfplumber (over pdfminer.six's character positions) gives each page's lines in the order the file
writes them (a typesetter writes a column, then the next: lines read across the page would run
two columns together), and each ruled table where it stands, one tab-separated line per row, as
the shipped plan's table of projects comes. A page of lines would run a table's cells together
(续建江阴天安数码城置业有限公司); the table rows keep an investor its own cell. A three-line table (三线表,
no rule between its columns) is found where the text between its long rules lines up in columns;
a table that runs on over a page without rules there is read as lines on that page. A title printed
twice over itself for bold is read once; a frame ruled in one column is no table.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect

from zonegraph.documents.formats import cell_line
from zonegraph.errors import ZonegraphError


def pdf_text(data: bytes, path: Path | str) -> str:
    """The text layer of a PDF, page after page."""
    return joined_pages(pdf_pages(data, path), path)


def pdf_pages(data: bytes, path: Path | str, first: int = 0, step: int = 1) -> list[str]:
    """The text of a PDF's pages ``first``, ``first + step`` … (every page by default): each page is
    read alone, so workers can share a long PDF's pages (``documents/ahead.py``)."""
    # pdfminer warns about every font descriptor it finds incomplete (FontBBox), hundreds a page
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = []
            for page in pdf.pages[first::step]:
                pages.append(_page_text(page))
                page.close()  # (its parsed objects: kept, a 300-page plan would hold them all)
    except Exception as error:  # pdfplumber wraps pdfminer's errors in its own, and a broken file raises anything
        cause = error.__cause__ or error.__context__ or error
        if isinstance(error, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect):
            raise ZonegraphError("the PDF is encrypted: it cannot be read without its password", path) from None
        raise ZonegraphError(f"cannot read the PDF: {cause or type(cause).__name__}", path) from None
    return pages


def joined_pages(pages: list[str], path: Path | str) -> str:
    """A PDF's text from its pages' text, in order; refused where it has no text layer to read."""
    text = "\n".join(pages)
    if not text.strip():
        raise ZonegraphError("the PDF has no text layer (a scan?): run OCR on it first", path)
    unmapped = len(_UNMAPPED.findall(text))
    if unmapped and unmapped >= len(_HAN.findall(text)):
        raise ZonegraphError("the PDF's fonts give no Unicode for its characters, only glyph numbers (cid:…): "
                             "its text layer cannot be read; run OCR on it", path)
    return _UNMAPPED.sub("", text)  # (a stray symbol's glyph number among readable text)


# what pdfminer writes for a glyph its font maps to no character: (cid:2371)
_UNMAPPED = re.compile(r"\(cid:\d+\)")
_HAN = re.compile(r"[\u2e80-\u2fdf\u3400-\u9fff\uf900-\ufaff]")


def _page_text(page: Any) -> str:
    """A page's lines, with each ruled table in its place as tab-separated rows."""
    if _overprinted(page.chars):
        page = page.dedupe_chars()  # (a 40% longer read: only where a page has it)
    # (a frame ruled in one column, an item's box under its title bar, is no table: its lines are read as lines)
    tables = [(table.bbox, rows) for table in page.find_tables() if _columns(rows := table.extract()) >= 2]
    tables = sorted(tables + _three_line_tables(page, [box for box, _ in tables]), key=lambda found: found[0][1])
    boxes = [box for box, _ in tables]

    def lines_between(top: float, bottom: float) -> str:
        def kept(obj: dict) -> bool:
            if obj.get("object_type") != "char":
                return True
            x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
            return top <= y < bottom and not any(x0 <= x <= x1 and y0 <= y <= y1 for x0, y0, x1, y1 in boxes)
        return page.filter(kept).extract_text(use_text_flow=True) or ""

    pieces, above = [], float("-inf")
    for (_, table_top, _, table_bottom), rows in tables:
        pieces.append(lines_between(above, table_top))
        pieces.append("\n".join(_table_row(row) for row in rows))
        above = table_bottom
    pieces.append(lines_between(above, float("inf")))
    return "\n".join(piece for piece in pieces if piece)


# a three-line table (三线表): rules above and below its header and below its last row, no rule between its columns,
# which the ruled-table finder cannot see; its columns are where its rows' cells line up
_TEXT_TABLE = {"vertical_strategy": "text", "horizontal_strategy": "text"}
_RULE_SHARE = 0.4  # a rule a table's is at least this share of the page's width
_BAND_SHARE = 0.6  # and the rules around one enclose at most this share of its height (not a page's head and foot rules)


def _three_line_tables(page: Any, ruled: list[tuple]) -> list[tuple[tuple, list[list[str | None]]]]:
    """The tables a page's long horizontal rules enclose, three rules (a header ruled off) or two,
    where the text between them lines up in three columns or more on two rows or more."""
    rules = _long_rules(page, ruled)
    found: list[tuple[tuple, list[list[str | None]]]] = []
    below = float("-inf")  # the last table's bottom rule: the next one starts there or lower
    for first, top in enumerate(rules):
        if top < below:
            continue
        for bottom in reversed(rules[first + 1 : first + 3]):
            table = _lined_up(page, top, bottom)
            if table is not None:
                found.append(table)
                below = bottom
                break
    return found


def _lined_up(page: Any, top: float, bottom: float) -> tuple[tuple, list[list[str | None]]] | None:
    """The table the text between two rules makes (its box and its rows), if it is one."""
    if bottom - top > _BAND_SHARE * page.height:
        return None
    band = page.crop((page.bbox[0], top - 1, page.bbox[2], bottom + 1))
    for table in band.find_tables(_TEXT_TABLE):
        rows = _wrapped_lines_joined(table.extract(), [(row.bbox[1] + row.bbox[3]) / 2 for row in table.rows])
        if len(rows) >= 2 and _columns(rows) >= 3 and _cells_are_words(rows):
            return (table.bbox[0], top, table.bbox[2], bottom), rows
    return None


def _wrapped_lines_joined(lines: list[list[str | None]], heights: list[float]) -> list[list[str | None]]:
    """A table's rows from the lines of text found between its rules. A row starts a line in its key
    column, the one whose short entries (a 序号's 1, 2, 3) fill the most lines, leftmost first; a
    line with nothing there is a wrapped cell's next line (above the key where the row centres its
    cells, or below) and joins the nearest row, cell by cell, in the order the lines stand. Nothing
    is dropped: the table's text is read from its rows alone."""
    filled = [(height, line) for height, line in zip(heights, lines) if any(line)]
    width = max((len(line) for _, line in filled), default=0)
    short = [sum(1 for _, line in filled if column < len(line) and line[column] and len(line[column]) <= 4)
             for column in range(width)]
    if not width or max(short) < 2:
        return []
    key = max(range(width), key=lambda column: (short[column], -column))
    starts = [i for i, (_, line) in enumerate(filled) if key < len(line) and line[key]]
    pieces: dict[int, list[list[tuple[float, str]]]] = {i: [[] for _ in range(width)] for i in starts}
    for i, (height, line) in enumerate(filled):
        row = i if i in pieces else min(starts, key=lambda start: (abs(filled[start][0] - height), start > i))
        for column, cell in enumerate(line):
            if cell:
                pieces[row][column].append((height, cell))
    return [["".join(text for _, text in sorted(cell)) or None for cell in pieces[i]] for i in starts]


def _long_rules(page: Any, ruled: list[tuple]) -> list[float]:
    """The heights of a page's horizontal rules as long as a table's (its cells' borders drawn
    piece by piece joined), outside the ruled tables found."""
    spans: dict[int, list[tuple[float, float]]] = {}
    for edge in page.edges:
        inside = any(x0 <= edge["x0"] and edge["x1"] <= x1 and y0 - 1 <= edge["top"] <= y1 + 1 for x0, y0, x1, y1 in ruled)
        if edge["orientation"] == "h" and not inside:
            spans.setdefault(round(edge["top"] / 2), []).append((edge["x0"], edge["x1"]))
    rules = []
    for height, pieces in sorted(spans.items()):
        covered, reach = 0.0, float("-inf")
        for x0, x1 in sorted(pieces):
            covered += max(0.0, x1 - max(x0, reach))
            reach = max(reach, x1)
        if covered >= _RULE_SHARE * page.width and (not rules or height * 2 - rules[-1] > 4):
            rules.append(height * 2.0)
    return rules


def _cells_are_words(rows: list[list[str | None]]) -> bool:
    """Whether a found table's cells are words, not a letter-spaced line's single characters."""
    cells = [cell for row in rows for cell in row if cell]
    return sum(len(cell) for cell in cells) >= 2 * len(cells)


def _overprinted(chars: list[dict]) -> bool:
    """Whether a page prints some characters twice on the same spot, as a title set in bold by a
    font without a bold face is (the text layer would read 苏苏州州)."""
    return len({(char["text"], round(char["x0"]), round(char["top"])) for char in chars}) < len(chars)


def _columns(rows: list[list[str | None]]) -> int:
    """The most cells a row of a found table has."""
    return max((sum(cell is not None for cell in row) for row in rows), default=0)


def _table_row(cells: list[str | None]) -> str:
    """One row as a line of tab-separated cells; a cell that another spans (None) is no cell."""
    return "\t".join(cell_line(cell) for cell in cells if cell is not None)


