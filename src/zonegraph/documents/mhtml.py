"""A web archive's page: the HTML of a .mht / .mhtml file (RFC 2557), as a browser saved it.

Browsers save a page "as a single file" in MIME form: the page's HTML as one part, often
quoted-printable or base64 and in the page's own charset (gb2312 on many zone sites), its images
and style sheets as others. Read as plain text, the HTML part is =E8=8B=8F… or base64, with no
Chinese in it. The part is taken out and decoded, and read as any saved page's source is
(``documents/markup.py`` undoes its tags); evidence offsets index that HTML.
"""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

from zonegraph.documents.decoding import decode_bytes
from zonegraph.errors import ZonegraphError

# charsets pages declare that a wider one of the same family reads whole (a gb2312 page's 镕 is GBK's)
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "cp950"}


def mhtml_text(data: bytes, path: Path | str) -> str:
    """The HTML source of the page a web archive saved (its first text/html part)."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        body = part.get_payload(decode=True) or b""
        charset = (part.get_content_charset() or "").lower()
        try:
            return body.decode(_WIDER.get(charset, charset))
        except (LookupError, UnicodeDecodeError):  # no charset, an unknown one or a wrong one: read as a text file is
            return decode_bytes(body, path)[0]
    raise ZonegraphError("a MIME file (web archive?) with no HTML page in it", path)
