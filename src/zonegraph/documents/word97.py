"""A Word 97-2003 .doc document's text: its paragraphs in order, its tables as tab-separated rows.

Chinese government sites still publish many zone plans and notices as .doc (and WPS writes the
same format), so refusing them would send users to convert files by hand. The format ([MS-DOC])
keeps the text in the WordDocument stream, in pieces the piece table lists in the order they are
read; a table's cells end with a cell mark (0x07) and each row with a row mark, a 0x07 paragraph
that the paragraph properties flag as the row's end (an empty cell is a bare 0x07 too, so the
flag, not the count of marks, tells them apart). The compound file is read by olefile.

Word keeps an automatic list's numbers out of the text, as in .docx: a paragraph names its list
(an index into the list overrides, sprmPIlfo) and level (sprmPIlvl), and the list's levels are
defined in the table stream (PlfLst, PlfLfo). Each numbered paragraph is given its number as Word
shows it (``documents/numbering.py``); a list a paragraph takes from its style alone is not read.
A text box's text is a story of its own after the main one; the main story marks where each shape
stands (0x08), and the box is read after the paragraph that anchors it, as the .docx reader does.
"""

from __future__ import annotations

import bisect
import io
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import olefile

from zonegraph.documents.formats import cell_line
from zonegraph.documents.numbering import Level, ListCounter
from zonegraph.errors import ZonegraphError

_WORD_MAGIC = 0xA5EC  # the FIB's wIdent
_FIRST_WORD97_NFIB = 101  # Word 6 and 95 files (nFib below it) keep their text another way
_FLAG_ENCRYPTED = 0x0100
_FLAG_TABLE_1 = 0x0200  # fWhichTblStm: the table stream is 1Table, not 0Table
_FC_CLX = 33  # indexes into FibRgFcLcb97 of the pairs this reader needs
_FC_BTE_PAPX = 13
_FC_LISTS = 73  # PlfLst: the lists and, after them, their levels
_FC_LIST_OVERRIDES = 74  # PlfLfo: what a paragraph's list index points to
_FC_SHAPE_ANCHORS = 40  # PlcSpaMom: where the main story anchors its shapes
_FC_TEXT_BOXES = 56  # PlcftxbxTxt: the text boxes' ranges in their story
_CCP_TEXT = 3  # index into FibRgLw97 of the main story's length in characters
_STORIES_BEFORE_BOXES = (3, 4, 5, 6, 7, 8)  # main, footnotes, headers, macros, comments, endnotes: then the boxes'

_CELL_MARK = "\x07"
_PARAGRAPH_ENDS = frozenset("\r\x0b\x0c\x0e")  # a paragraph's end, a line break, a page or section break, a column break
_SHAPE_ANCHOR = "\x08"  # a drawn object's place in the text: a text box's, or a picture's
_DROPPED = frozenset("\x00\x01\x02\x03\x04\x05\x06\x1f")  # pictures, note and comment anchors, soft hyphens
_NON_BREAKING_HYPHEN = "\x1e"
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"

_SPRM_IN_TABLE = 0x2416
_SPRM_ROW_END = 0x2417  # sprmPFTtp: this paragraph ends a table row
_SPRM_INNER_ROW_END = 0x244C  # sprmPFInnerTtp: the end of a nested table's row
_SPRM_DEF_TABLE = 0xD608  # its operand's length is a two-byte count, one less than the operand
_SPRM_CHANGE_TABS = 0xC615
_SPRM_HUGE_PAPX = 0x6646  # the paragraph's properties are in the Data stream, at this offset
_SPRM_LIST = 0x460B  # sprmPIlfo: 1 + the index of the paragraph's list override; 0 for none
_SPRM_LIST_LEVEL = 0x260A  # sprmPIlvl
# a level's number style (MSONFC) by Word's name for it, as documents/numbering.py writes it
_NUMBER_STYLES = {0: "decimal", 1: "upperRoman", 2: "lowerRoman", 3: "upperLetter", 4: "lowerLetter",
                  10: "ideographDigital", 11: "japaneseCounting", 18: "decimalEnclosedCircle", 22: "decimalZero",
                  23: "bullet", 27: "decimalEnclosedParen", 28: "decimalEnclosedCircleChinese",
                  30: "ideographTraditional", 33: "taiwaneseCounting", 35: "taiwaneseCountingThousand",
                  37: "chineseCounting", 39: "chineseCountingThousand", 255: "none"}
_FOLLOWS = {0: "tab", 1: "space", 2: "nothing"}
_OPERAND_SIZES = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by a sprm's spra bits; 6 is variable


def doc_text(data: bytes, path: Path | str) -> str:
    """The main story of a Word 97-2003 document, each table row as tab-separated cells."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if not ole.exists("WordDocument"):
                raise ZonegraphError("an Office binary file that is not a Word document (an .xls or .ppt?)", path)
            word = ole.openstream("WordDocument").read()
            flags, n_fib = _fib_flags(word, path)
            if flags & _FLAG_ENCRYPTED:
                raise ZonegraphError("an encrypted Word document: save it without a password", path)
            if n_fib < _FIRST_WORD97_NFIB:
                raise ZonegraphError("a Word 6 or Word 95 document: save it as .docx, PDF or text", path)
            table_name = "1Table" if flags & _FLAG_TABLE_1 else "0Table"
            if not ole.exists(table_name):
                raise ZonegraphError(f"a damaged Word document: no {table_name} stream", path)
            table = ole.openstream(table_name).read()
            data_stream = ole.openstream("Data").read() if ole.exists("Data") else b""
        return story_text(word, table, data_stream)
    except ZonegraphError:
        raise
    except Exception as error:  # olefile's, struct's and index errors on a damaged file
        raise ZonegraphError(f"cannot read the Word 97-2003 document: {error or type(error).__name__}", path) from None


def story_text(word: bytes, table: bytes, data: bytes = b"") -> str:
    """The main story's text from a .doc's WordDocument, table (0Table or 1Table) and Data streams."""
    return _Story(word, table, data).text()


def _fib_flags(word: bytes, path: Path | str) -> tuple[int, int]:
    if len(word) < 0x200:
        raise ZonegraphError("a damaged Word document: its file information block is cut short", path)
    ident, n_fib = struct.unpack_from("<HH", word, 0)
    if ident != _WORD_MAGIC:
        raise ZonegraphError("a damaged Word document: no Word file information block", path)
    return struct.unpack_from("<H", word, 0x0A)[0], n_fib


class _Properties(NamedTuple):
    """What this reader needs of a paragraph's properties."""

    in_table: bool = False
    row_end: bool = False
    list_index: int = 0  # 1 + the index of its list override (0: no list)
    level: int = 0


_NO_PROPERTIES = _Properties()


class _Story:
    """The main document's characters, read through the piece table, with each paragraph's table
    and list properties read from the paragraph properties (PAPX) pages."""

    def __init__(self, word: bytes, table: bytes, data: bytes) -> None:
        self.word = word
        self.table = table
        self.data = data
        csw = struct.unpack_from("<H", word, 32)[0]
        lw_at = 32 + 2 + 2 * csw
        cslw = struct.unpack_from("<H", word, lw_at)[0]
        self.lengths_at = lw_at + 2  # FibRgLw97: the stories' lengths in characters among its fields
        self.ccp_text = struct.unpack_from("<I", word, self.lengths_at + 4 * _CCP_TEXT)[0]
        self.pairs_at = lw_at + 2 + 4 * cslw + 2
        self.pair_count = struct.unpack_from("<H", word, self.pairs_at - 2)[0]
        self.pieces = self._pieces()
        self.paragraphs = self._paragraph_runs()
        self.lists = self._lists()

    def _pair(self, index: int) -> tuple[int, int]:
        if index >= self.pair_count:
            return 0, 0
        return struct.unpack_from("<II", self.word, self.pairs_at + 8 * index)

    def _pieces(self) -> list[tuple[int, int, int, bool]]:
        """(first CP, last CP, FC, compressed) of each piece, from the Clx's piece table."""
        at, size = self._pair(_FC_CLX)
        end = at + size
        while at < end and self.table[at] == 0x01:  # Prc: formatting the pieces share, skipped
            at += 3 + struct.unpack_from("<H", self.table, at + 1)[0]
        if at >= end or self.table[at] != 0x02:
            raise ValueError("no piece table")
        length = struct.unpack_from("<I", self.table, at + 1)[0]
        plc = self.table[at + 5 : at + 5 + length]
        count = (length - 4) // 12
        cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
        pieces = []
        for i in range(count):
            fc = struct.unpack_from("<I", plc, 4 * (count + 1) + 8 * i + 2)[0]
            compressed = bool(fc & 0x40000000)
            fc &= 0x3FFFFFFF
            pieces.append((cps[i], cps[i + 1], fc // 2 if compressed else fc, compressed))
        return pieces

    def _paragraph_runs(self) -> tuple[list[int], list[int], list[_Properties]]:
        """The FC ranges of the paragraphs, each with its properties, from the PAPX pages."""
        at, size = self._pair(_FC_BTE_PAPX)
        count = (size - 4) // 8
        starts, ends, properties = [], [], []
        for i in range(count):
            page = (struct.unpack_from("<I", self.table, at + 4 * (count + 1) + 4 * i)[0] & 0x3FFFFF) * 512
            fkp = self.word[page : page + 512]
            runs = fkp[511]
            fcs = struct.unpack_from(f"<{runs + 1}I", fkp, 0)
            for j in range(runs):
                offset = fkp[4 * (runs + 1) + 13 * j] * 2
                starts.append(fcs[j])
                ends.append(fcs[j + 1])
                properties.append(_paragraph_properties(fkp, offset, self.data) if offset else _NO_PROPERTIES)
        order = sorted(range(len(starts)), key=starts.__getitem__)
        return [starts[i] for i in order], [ends[i] for i in order], [properties[i] for i in order]

    def _properties(self, fc: int) -> _Properties:
        """The properties of the paragraph the character at ``fc`` belongs to."""
        starts, ends, properties = self.paragraphs
        i = bisect.bisect_right(starts, fc) - 1
        return properties[i] if i >= 0 and fc < ends[i] else _NO_PROPERTIES

    def _lists(self) -> dict[int, tuple[int, dict[int, Level]]]:
        """Each list override's list (its lsid) and the list's levels, by the 1-based index a
        paragraph's sprmPIlfo gives. A list's levels follow the list table, nine a list, one for
        a simple list."""
        at, size = self._pair(_FC_LISTS)
        if size < 2:
            return {}
        count = struct.unpack_from("<h", self.table, at)[0]
        ids, simple = [], []
        for i in range(count):
            ids.append(struct.unpack_from("<i", self.table, at + 2 + 28 * i)[0])
            simple.append(bool(self.table[at + 2 + 28 * i + 26] & 1))
        levels_at = at + 2 + 28 * count
        levels_of: dict[int, dict[int, Level]] = {}
        for list_id, one_level in zip(ids, simple):
            levels_of[list_id] = {}
            for level in range(1 if one_level else 9):
                levels_of[list_id][level], levels_at = _level(self.table, levels_at)
        at, size = self._pair(_FC_LIST_OVERRIDES)
        if size < 4:
            return {}
        lists = {}
        for i in range(struct.unpack_from("<i", self.table, at)[0]):
            list_id = struct.unpack_from("<i", self.table, at + 4 + 16 * i)[0]
            lists[i + 1] = (list_id, levels_of.get(list_id, {}))
        return lists

    def _text_boxes(self) -> dict[int, list[tuple[int, int]]]:
        """The CP ranges of the text boxes, in the text box story, by the CP of the main story's
        anchor character (0x08) of each: a shape's anchor (PlcSpaMom) names its shape id, which a
        text box's entry (PlcftxbxTxt) names as its own."""
        at, size = self._pair(_FC_SHAPE_ANCHORS)
        shapes = (size - 4) // 30  # a CP each and one more, and a 26-byte FSPA each
        at_box, box_size = self._pair(_FC_TEXT_BOXES)
        boxes = (box_size - 4) // 26  # a CP each and one more, and a 22-byte FTXBXS each
        if shapes <= 0 or boxes <= 0:
            return {}
        story = sum(struct.unpack_from("<I", self.word, self.lengths_at + 4 * i)[0] for i in _STORIES_BEFORE_BOXES)
        box_cps = struct.unpack_from(f"<{boxes + 1}I", self.table, at_box)
        ranges = {}
        for i in range(boxes):
            shape_id = struct.unpack_from("<i", self.table, at_box + 4 * (boxes + 1) + 22 * i + 14)[0]
            ranges[shape_id] = (story + box_cps[i], story + box_cps[i + 1])
        anchors: dict[int, list[tuple[int, int]]] = {}
        cps = struct.unpack_from(f"<{shapes + 1}I", self.table, at)
        for i in range(shapes):
            shape_id = struct.unpack_from("<i", self.table, at + 4 * (shapes + 1) + 26 * i)[0]
            if shape_id in ranges:
                anchors.setdefault(cps[i], []).append(ranges[shape_id])
        return anchors

    def _characters(self, start: int, stop: int) -> Iterator[tuple[str, int, int]]:
        """Each character from CP ``start`` to ``stop`` with the FC it is stored at and its CP."""
        for first, last, fc, compressed in self.pieces:
            if last <= start or first >= stop:
                continue
            skip, last = max(start - first, 0), min(last, stop)
            width = 1 if compressed else 2
            raw = self.word[fc + skip * width : fc + (last - first) * width]
            chars = raw.decode("cp1252", errors="replace") if compressed else raw.decode("utf-16-le", errors="replace")
            for k, char in enumerate(chars):
                yield char, fc + (skip + k) * width, first + skip + k

    def text(self) -> str:
        """The main story's paragraphs as lines, each numbered one after its number as Word shows
        it, each table row as one line of tab-separated cells, and each text box's paragraphs
        after the paragraph that anchors it; a field's code (a link's address, a page number's
        formula) left out, its result kept."""
        return "\n".join(self._lines(0, self.ccp_text, ListCounter(), self._text_boxes()))

    def _lines(self, start: int, stop: int, counter: ListCounter, boxes: dict[int, list[tuple[int, int]]]) -> list[str]:
        lines: list[str] = []
        line: list[str] = []
        cells: list[str] = []
        in_code: list[bool] = []  # per open field, whether its code (begin to separator, not text) is being read
        anchored: list[tuple[int, int]] = []  # the text boxes anchored in the paragraph or row being read

        def end_line(text: str) -> None:
            lines.append(text)
            for box_start, box_stop in anchored:
                box = self._lines(box_start, box_stop, counter, {})
                while box and not box[-1]:  # (the mark that ends the box's last paragraph ends the box too)
                    box.pop()
                lines.extend(box)
            anchored.clear()

        paragraph_starts = True
        for char, fc, cp in self._characters(start, stop):
            if paragraph_starts:
                paragraph_starts = False
                properties = self._properties(fc)
                if properties.list_index and not properties.in_table and properties.list_index in self.lists:
                    list_id, levels = self.lists[properties.list_index]
                    line.append(counter.label(list_id, properties.level, levels))
            if char == _FIELD_BEGIN:
                in_code.append(True)
                continue
            if char == _FIELD_SEPARATOR:
                if in_code:
                    in_code[-1] = False
                continue
            if char == _FIELD_END:
                if in_code:
                    in_code.pop()
                continue
            if any(in_code):
                continue
            if char == _CELL_MARK:
                if self._properties(fc).row_end:
                    end_line("\t".join(cells))
                    cells = []
                else:
                    cells.append(cell_line("".join(line)))
                line = []
                paragraph_starts = True
            elif char in _PARAGRAPH_ENDS:
                paragraph_starts = char == "\r"
                if self._properties(fc).in_table:  # a paragraph inside a cell: the cell goes on
                    line.append("\n")
                else:
                    end_line("".join(line))
                    line = []
            elif char == _SHAPE_ANCHOR:
                anchored.extend(boxes.get(cp, ()))
            elif char not in _DROPPED:
                line.append("-" if char == _NON_BREAKING_HYPHEN else char)
        if cells:
            end_line("\t".join(cells))
        if line or anchored:
            end_line("".join(line))
        return lines


def _level(table: bytes, at: int) -> tuple[Level, int]:
    """A list level (LVL) at ``at``: its start, number style, text and what follows the number, and
    where the next level begins. The text's characters 0-8 stand for the levels' counts (%1-%9)."""
    start, style = struct.unpack_from("<iB", table, at)
    follows = table[at + 15]
    chpx_size, papx_size = table[at + 24], table[at + 25]
    text_at = at + 28 + papx_size + chpx_size
    length = struct.unpack_from("<H", table, text_at)[0]
    raw = table[text_at + 2 : text_at + 2 + 2 * length].decode("utf-16-le", errors="replace")
    text = "".join(f"%{ord(c) + 1}" if c < "\x09" else c for c in raw)
    level = Level(start, _NUMBER_STYLES.get(style, "decimal"), text, _FOLLOWS.get(follows, "tab"))
    return level, text_at + 2 + 2 * length


def _paragraph_properties(fkp: bytes, offset: int, data: bytes) -> _Properties:
    """A PapxInFkp's properties. A paragraph whose properties outgrow the page (a wide table's row
    end) keeps them in the Data stream, pointed to by sprmPHugePapx."""
    size = fkp[offset]
    at = offset + 1
    if size == 0:
        size, at = fkp[at] * 2, at + 1
    else:
        size = size * 2 - 1
    properties, huge = _sprm_properties(fkp, at + 2, min(at + size, len(fkp)))  # (after the style, istd)
    if huge is not None and huge + 2 <= len(data):
        size = struct.unpack_from("<H", data, huge)[0]
        properties, _ = _sprm_properties(data, huge + 2, min(huge + 2 + size, len(data)))
    return properties


def _sprm_properties(buffer: bytes, at: int, end: int) -> tuple[_Properties, int | None]:
    """The properties a run of sprms sets, and where sprmPHugePapx points in the Data stream."""
    found: dict[str, int | bool] = {}
    huge = None
    while at + 2 <= end:
        sprm = struct.unpack_from("<H", buffer, at)[0]
        at += 2
        size = _OPERAND_SIZES.get(sprm >> 13)
        if size is None:  # variable: a count before the operand
            if sprm == _SPRM_DEF_TABLE:
                size = struct.unpack_from("<H", buffer, at)[0] + 1
            elif sprm == _SPRM_CHANGE_TABS and buffer[at] == 255:
                deleted = buffer[at + 1]
                size = 2 + 4 * deleted + 1 + 3 * buffer[at + 2 + 4 * deleted]
            else:
                size = buffer[at] + 1
        if at + size > end:
            break
        if sprm == _SPRM_IN_TABLE:
            found["in_table"] = buffer[at] != 0
        elif sprm in (_SPRM_ROW_END, _SPRM_INNER_ROW_END):
            found["row_end"] = buffer[at] != 0
        elif sprm == _SPRM_LIST:
            found["list_index"] = struct.unpack_from("<h", buffer, at)[0]
        elif sprm == _SPRM_LIST_LEVEL:
            found["level"] = buffer[at]
        elif sprm == _SPRM_HUGE_PAPX:
            huge = struct.unpack_from("<I", buffer, at)[0]
        at += size
    return _Properties(**found), huge
