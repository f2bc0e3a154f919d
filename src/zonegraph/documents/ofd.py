"""An OFD document's text: its pages' text objects as lines, in the order the file writes them.

OFD (GB/T 33190-2016, 开放版式文档) is China's own fixed-layout format, which government offices
publish notices and documents in beside PDF. A file is a ZIP of XML: OFD.xml names each document's
root (DocRoot), the document lists its pages (Pages/Page, each with its content's BaseLoc), and a
page's content holds text objects (TextObject, placed by its Boundary) whose TextCode elements carry
the characters, each run at its own X and Y inside the object. Runs are read in the file's order
(a page's columns one after the other, as the PDF reader takes them), a new line where a run sits
lower or starts back to the left, and a wide gap within a line (a table's next cell) read as a
tab, the shape the PDF reader gives a ruled table. Page templates (running heads, footers) and
annotations are not read. Elements are matched by their local names, since writers differ in the
namespace they declare.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from zonegraph.errors import ZonegraphError


class _Run(NamedTuple):
    x: float  # where the run starts and ends on the page, and its baseline
    end: float
    y: float
    size: float
    text: str


def ofd_text(data: bytes, path: Path | str) -> str:
    """The text of every page of every document an OFD file holds, a line of text a line."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            roots = [_part_name("", element.text) for element in _local(_parse(archive, "OFD.xml"), "DocRoot")]
            if not roots:
                raise ZonegraphError("an OFD file that names no document (no DocRoot in OFD.xml)", path)
            lines: list[str] = []
            for root in roots:
                document = _parse(archive, root)
                for page in _local(document, "Page"):
                    location = page.get("BaseLoc") or next((e.text for e in _local(page, "BaseLoc")), None)
                    if location:
                        lines.extend(_page_lines(_parse(archive, _part_name(root, location))))
    except ZonegraphError:
        raise
    except Exception as error:  # a damaged archive, a missing part or XML that does not parse
        raise ZonegraphError(f"cannot read the OFD document: {error or type(error).__name__}", path) from None
    return "\n".join(lines)


def _parse(archive: zipfile.ZipFile, name: str) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.fromstring(archive.read(name), parser)


def _local(element: etree._Element, name: str) -> list[etree._Element]:
    return element.xpath(f".//*[local-name()='{name}']")


def _part_name(base: str, location: str | None) -> str:
    """A part's name in the archive: absolute (/Doc_0/…) from the root, else beside ``base``'s part."""
    location = (location or "").strip()
    if location.startswith("/"):
        return posixpath.normpath(location.lstrip("/"))
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), location))


def _page_lines(page: etree._Element) -> list[str]:
    runs = [run for text_object in _local(page, "TextObject") for run in _object_runs(text_object)]
    lines: list[str] = []
    line: list[_Run] = []
    for run in runs:
        if line and (abs(run.y - line[-1].y) > line[-1].size / 2 or run.x < line[-1].x):
            lines.append(_joined(line))
            line = []
        line.append(run)
    if line:
        lines.append(_joined(line))
    return lines


def _joined(line: list[_Run]) -> str:
    """A line's runs as one text, a tab where the gap before a run is wider than two characters."""
    pieces = [line[0].text]
    for before, run in zip(line, line[1:]):
        pieces.append(("\t" if run.x - before.end > 2 * run.size else "") + run.text)
    return "".join(pieces)


_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE]-?\d+)?")


def _object_runs(text_object: etree._Element) -> list[_Run]:
    """A text object's TextCode runs, placed on the page (its Boundary's origin plus each run's X, Y)."""
    boundary = [float(n) for n in _NUMBER.findall(text_object.get("Boundary", ""))] + [0.0, 0.0]
    size = next((float(text_object.get(name)) for name in ("Size", "size") if text_object.get(name)), 3.5)
    runs = []
    x = y = 0.0
    for code in _local(text_object, "TextCode"):
        text = code.text or ""
        x = float(code.get("X", x))
        y = float(code.get("Y", y))
        if text:
            advance = _advance(code.get("DeltaX"), len(text), size)
            runs.append(_Run(boundary[0] + x, boundary[0] + x + advance, boundary[1] + y, size, text))
            x += advance
    return runs


def _advance(delta_x: str | None, count: int, size: float) -> float:
    """How far a run of ``count`` characters reaches: the sum of its first ``count - 1`` DeltaX steps
    ("g N d" is N steps of d), and one character's width for the last; ``size`` a character where
    no steps are given."""
    if not delta_x:
        return count * size
    tokens = delta_x.split()
    reach, steps, i = 0.0, 0, 0
    while i < len(tokens) and steps < count - 1:
        if tokens[i] == "g" and i + 2 < len(tokens):
            repeated = min(int(float(tokens[i + 1])), count - 1 - steps)
            reach, steps, i = reach + repeated * float(tokens[i + 2]), steps + repeated, i + 3
        else:
            reach, steps, i = reach + float(tokens[i]), steps + 1, i + 1
    return reach + size
