"""Header fields as HTTP/1.1 writes them, for answers the server gives without the ASGI
layers (`at_once.py`, `app/server.py`): checked once, when an answer is stored,
with the rules the server checks on every answer it is handed."""

import re
from collections.abc import Iterable

_NAME = re.compile(rb"[!#$%&'*+\-.^_`|~0-9a-z]+")  # a token (RFC 9110 5.6.2), lower case
_BAD_VALUE = re.compile(rb"[\x00-\x08\x0a-\x1f\x7f]")  # control characters but tab
_FRAMING = (b"connection", b"transfer-encoding")  # what the server decides for each answer

Headers = Iterable[tuple[bytes, bytes]]


def lines(headers: Headers) -> bytes:
    """`name: value` lines, CRLF-ended, for fields known to be well formed."""
    return b"".join(b"%s: %s\r\n" % (name, value) for name, value in headers)


def fields(headers: Headers, length: int | None) -> bytes | None:
    """The header lines of a stored answer whose body is `length` bytes (None: no body, as in
    a 304), names lower-cased; None when the server must write them itself: a malformed field,
    a framing field, or a Content-Length other than the body's (or one on a 304)."""
    kept, declared = [], None
    for raw_name, value in headers:
        name = raw_name.lower()
        if not _NAME.fullmatch(name) or _BAD_VALUE.search(value) or name in _FRAMING:
            return None
        if name == b"content-length" and declared is None:
            declared = value
        kept.append((name, value))
    expected = None if length is None else str(length).encode()
    return lines(kept) if declared == expected else None
