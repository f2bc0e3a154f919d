"""A MIME file's text: the page of a web archive (.mht, .mhtml) or the body of an e-mail (.eml).

Browsers save a page "as a single file" in MIME form (RFC 2557): the page's HTML as one part,
often quoted-printable or base64 and in the page's own charset (gb2312 on many zone sites), its
images and style sheets as others. A newsletter such as 火炬动态 reaches its readers as an e-mail,
saved the same way (.eml): its subject, then its body as HTML, plain text or both. Read as plain
text, such a body is =E8=8B=8F… or base64, with no Chinese in it. The HTML part (else the plain
one) is taken out and decoded, and read as any saved page's source is (``documents/markup.py``
undoes its tags); an e-mail's subject comes first, as its title. Evidence offsets index this text.
"""

from __future__ import annotations

import email
import email.errors
import email.header
import email.policy
from email.message import Message
from pathlib import Path

from zonegraph.documents.decoding import decode_bytes
from zonegraph.errors import ZonegraphError

# charsets pages declare that a wider one of the same family reads whole (a gb2312 page's 镕 is GBK's)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}


def mime_text(data: bytes, path: Path | str) -> tuple[str, str]:
    """The text of a MIME file and what it is: ``mhtml`` (a web archive's page, its HTML source) or
    ``email`` (its subject, a blank line, its body)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [part for part in message.walk() if part.get_content_type() in ("text/html", "text/plain")
             and part.get_content_disposition() != "attachment"]
    body = next((part for part in parts if part.get_content_type() == "text/html"), parts[0] if parts else None)
    if message.get_content_type() == "multipart/related":
        if body is None or body.get_content_type() != "text/html":
            raise ZonegraphError("a MIME file (web archive?) with no HTML page in it", path)
        return _decoded(body, path), "mhtml"
    if body is None:
        raise ZonegraphError("an e-mail with no text in it (only attachments?)", path)
    subject = _subject(message)
    return f"{subject}\n\n{_decoded(body, path)}" if subject else _decoded(body, path), "email"


def _subject(message: Message) -> str:
    """An e-mail's subject, its encoded words (=?gb2312?B?…?=) decoded, one a charset cannot read in
    full kept with a replacement character, one that does not decode at all as written."""
    raw = str(message.get("Subject", ""))
    try:
        words = email.header.decode_header(raw)
    except email.errors.HeaderParseError:
        return raw.strip()
    pieces = []
    for word, charset in words:
        if isinstance(word, str):
            pieces.append(word)
            continue
        try:
            pieces.append(word.decode(_WIDER.get((charset or "").lower(), charset or "ascii"), errors="replace"))
        except LookupError:
            pieces.append(word.decode("ascii", errors="replace"))
    return "".join(pieces).strip()


def _decoded(part: Message, path: Path | str) -> str:
    body = part.get_payload(decode=True) or b""
    charset = (part.get_content_charset() or "").lower()
    try:
        return body.decode(_WIDER.get(charset, charset))
    except (LookupError, UnicodeDecodeError):  # no charset, an unknown one or a wrong one: read as a text file is
        return decode_bytes(body, path)[0]
