"""Turn a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""

from __future__ import annotations

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
