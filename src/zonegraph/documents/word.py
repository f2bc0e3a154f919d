"""A Word .docx document's text: its paragraphs in order, its tables as tab-separated rows (python-docx).

Word writes a list's numbers (一、 （二） 第三章 1.) in its numbering part, not in the text; each
numbered paragraph is given its number as Word shows it (``documents/numbering.py``). A text box
(a newsletter's sidebar, a plan's boxed case study) is kept inside the run that anchors it, where
a paragraph's text does not look; its paragraphs are read after that paragraph's.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree  # (python-docx's own XML library: its elements are lxml's)

from zonegraph.documents.formats import cell_line
from zonegraph.documents.numbering import Level, ListCounter
from zonegraph.errors import ZonegraphError


def docx_text(data: bytes, path: Path | str) -> str:
    """A Word document's paragraphs in order, each table's rows as tab-separated lines."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if "word/document.xml" not in archive.namelist():
                raise ZonegraphError("a ZIP archive that is not a Word .docx document", path)
        document = docx.Document(io.BytesIO(data))
        numbers = _Numbering(document)
        lines = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_docx_rows(block))
            else:
                lines.append(numbers.label(block) + block.text)
                lines.extend(_text_box_lines(block))
    except ZonegraphError:
        raise
    except Exception as error:  # a damaged archive or XML part raises zipfile's, lxml's or python-docx's errors
        raise ZonegraphError(f"cannot read the Word document: {error or type(error).__name__}", path) from None
    return "\n".join(lines)  # (a document with no text is refused as empty by read_document, as a text file is)


def _docx_rows(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:  # (a merged cell comes once for each grid column it spans)
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell_line(cell.text))
        rows.append("\t".join(cells))
    return rows


# a text box's content; the box Word writes again for older readers (mc:Fallback, as VML) is the same text
_TEXT_BOXES = etree.XPath(".//w:txbxContent[not(ancestor::mc:Fallback)]", namespaces={
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"})


def _text_box_lines(paragraph: Paragraph) -> list[str]:
    """The paragraphs of the text boxes a paragraph anchors, in the order they stand in it."""
    return [Paragraph(p, paragraph._parent).text
            for box in _TEXT_BOXES(paragraph._p) for p in box.iterchildren(qn("w:p"))]


class _Numbering:
    """The numbers Word shows before its list paragraphs, counted through the document as Word counts
    them: per list (numId) and level, a level's count starting again under a new count above it."""

    def __init__(self, document: Any) -> None:
        try:
            self._root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # (a document with no list has no numbering part)
            self._root = None
        self._counter = ListCounter()
        self._levels: dict[str, dict[int, Level]] = {}
        self._styles: dict[str | None, tuple[str | None, int | None]] = {}  # a style's list and level

    def label(self, paragraph: Any) -> str:
        """The number Word shows before ``paragraph`` (一、 （二） 第三章), a space after it where Word
        puts a tab or a space; empty for a paragraph of no list or a bulleted one, and where the
        numbering part is not as the standard writes it (the text is read all the same)."""
        if self._root is None:
            return ""
        try:
            return self._label(paragraph)
        except (ValueError, TypeError, AttributeError, KeyError, IndexError):
            return ""

    def _label(self, paragraph: Any) -> str:
        num_id, level = self._list_of(paragraph)
        if num_id is None or num_id == "0":
            return ""
        levels = self._levels.get(num_id)
        if levels is None:
            levels = self._levels[num_id] = self._read_levels(num_id)
        return self._counter.label(num_id, level, levels)

    def _list_of(self, paragraph: Any) -> tuple[str | None, int]:
        """The list (numId) and level a paragraph is numbered in, by its own properties or its style's
        (a heading style carries its numbering, or the style it is based on does; read once a style)."""
        num_id, level = _numbered_in(paragraph._p.pPr)
        if num_id is None or level is None:
            style_id = paragraph._p.style
            if style_id not in self._styles:
                self._styles[style_id] = self._style_list(paragraph.style)
            style_num_id, style_level = self._styles[style_id]
            num_id, level = num_id or style_num_id, level if level is not None else style_level
        return num_id, level or 0

    @staticmethod
    def _style_list(style: Any) -> tuple[str | None, int | None]:
        num_id, level = None, None
        while style is not None and (num_id is None or level is None):
            own_id, own_level = _numbered_in(style.element.pPr)
            num_id, level = num_id or own_id, level if level is not None else own_level
            style = style.base_style
        return num_id, level

    def _read_levels(self, num_id: str) -> dict[int, Level]:
        """Each level of the list ``num_id``: its start, number style, text (%1、) and suffix."""
        lists = [num for num in self._root.iterchildren(qn("w:num")) if num.get(qn("w:numId")) == num_id]
        abstract = lists[0].find(qn("w:abstractNumId")) if lists else None
        if abstract is None:
            return {}
        starts = {override.get(qn("w:ilvl")): start.get(qn("w:val"))
                  for override in lists[0].iterchildren(qn("w:lvlOverride"))
                  if (start := override.find(qn("w:startOverride"))) is not None}
        levels = {}
        for definition in self._root.iterchildren(qn("w:abstractNum")):
            if definition.get(qn("w:abstractNumId")) != abstract.get(qn("w:val")):
                continue
            for lvl in definition.iterchildren(qn("w:lvl")):
                def value(tag: str, default: str, lvl=lvl) -> str:
                    found = lvl.find(qn(tag))
                    return found.get(qn("w:val"), default) if found is not None else default
                at = lvl.get(qn("w:ilvl"))
                levels[int(at)] = Level(int(starts.get(at) or value("w:start", "0")), value("w:numFmt", "decimal"),
                                        value("w:lvlText", ""), value("w:suff", "tab"))
        return levels


def _numbered_in(properties: Any) -> tuple[str | None, int | None]:
    """The list and level a paragraph's or a style's properties name, where they do."""
    numbering = properties.numPr if properties is not None else None
    if numbering is None:
        return None, None
    return (str(numbering.numId.val) if numbering.numId is not None else None,
            int(numbering.ilvl.val) if numbering.ilvl is not None else None)
