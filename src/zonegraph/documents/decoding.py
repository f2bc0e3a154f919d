"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""

from __future__ import annotations

import html
import re
from pathlib import Path

from zonegraph.errors import ZonegraphError

_BINARY_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode_bytes(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read with.

    A BOM decides; otherwise strict UTF-8, then strict GB18030 (which covers GBK and GB2312).
    Empty files and files that look binary raise ZonegraphError naming ``path``.
    """
    if not data.strip():
        raise ZonegraphError("empty file: no text to read", path)
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return _strict(data, "utf-16", path), "utf-16"
    if b"\x00" in data or _control_share(data) > 0.05:
        raise ZonegraphError("not a text document: the file holds binary data", path)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data, "utf-8-sig", path), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError as error:
        raise ZonegraphError(
            f"cannot decode the text: neither UTF-8 nor GB18030 (byte {error.start})", path
        ) from None


def _strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ZonegraphError(f"cannot decode the text as {encoding} (byte {error.start})", path) from None


def _control_share(data: bytes) -> float:
    sample = data[:4096]
    return sum(1 for byte in sample if byte in _BINARY_CONTROL) / max(len(sample), 1)


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
