"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 or Big5.

A page saved from a Hong Kong or Taiwan site may be Big5 (Traditional characters). Big5's byte
pairs are nearly all valid GB18030 too, so a strict GB18030 read does not fail on them: it gives
other characters, mostly rare ones (蘇州高新區 reads 默蔼穝跋). Which reading is right is told by
how many of its Han characters are everyday ones (those of data/words/common_words.txt, a
Traditional reading compared in Simplified): about 98% for the right one, 20% for the other.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from zonegraph.errors import ZonegraphError
from zonegraph.resources import data_file

_BINARY_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode_bytes(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of ``data`` and the name of the encoding it was read with.

    A BOM decides; otherwise strict UTF-8, then strict GB18030 (which covers GBK and GB2312), or
    Big5 where GB18030 fails or reads mostly rare characters and Big5 reads everyday ones.
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
        text = data.decode("gb18030")
    except UnicodeDecodeError as error:
        text, failed_at = None, error.start
    if text is not None and _everyday_share(text) >= _MISREAD_SHARE:
        return text, "gb18030"
    big5 = _big5(data)
    if big5 is not None and _everyday_share(big5, traditional=True) >= _MISREAD_SHARE:
        return big5, "big5"
    if text is None:
        raise ZonegraphError(f"cannot decode the text: neither UTF-8, GB18030 nor Big5 (byte {failed_at})", path)
    return text, "gb18030"  # (rare characters either way: a list of names, say)


# below this share of everyday characters a reading is taken for a misreading (the right one's is about 0.98)
_MISREAD_SHARE = 0.6


def _big5(data: bytes) -> str | None:
    try:
        return data.decode("cp950")  # (Microsoft's Big5, which most Big5 pages are)
    except UnicodeDecodeError:
        return None


def _everyday_share(text: str, traditional: bool = False) -> float:
    """The share of ``text``'s Han characters that are characters of everyday words."""
    if traditional:
        from zonegraph.documents.script import to_simplified  # (OpenCC loads on a Big5 candidate only)

        text = to_simplified(text)[0]
    han = [c for c in text if "\u3400" <= c <= "\u9fff"]
    everyday = _everyday_characters()
    return sum(c in everyday for c in han) / len(han) if han else 1.0


@lru_cache(maxsize=1)
def _everyday_characters() -> frozenset[str]:
    with data_file("words/common_words.txt").open(encoding="utf-8") as handle:
        return frozenset("".join(line.strip() for line in handle if not line.startswith("#")))


def _strict(data: bytes, encoding: str, path: Path | str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ZonegraphError(f"cannot decode the text as {encoding} (byte {error.start})", path) from None


def _control_share(data: bytes) -> float:
    sample = data[:4096]
    return sum(1 for byte in sample if byte in _BINARY_CONTROL) / max(len(sample), 1)
