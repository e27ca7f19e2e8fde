"""Text from outside the program (a path, a typed code) made safe for one terminal line.

A file name may hold a newline, an escape sequence or a byte that is not UTF-8
(Python keeps it as a lone surrogate); printed raw, the first splits a message
over two lines, the second recolours or rewrites the terminal, the third cannot
be written at all. `escaped` writes each such character as a backslash escape
(\\n, \\x1b, \\u202e, \\xff); `quoted` puts the result between single quotes, the
form every message uses for a path. No Qt and no SQL: every layer may use it.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL, the bidirectional and zero-width format characters, the
# Unicode line and paragraph separators, and lone surrogates (undecodable bytes).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ud800-\udfff]"
)
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    point = ord(char)
    if 0xDC80 <= point <= 0xDCFF:  # surrogateescape: the original byte
        return f"\\x{point - 0xDC00:02x}"
    return f"\\x{point:02x}" if point <= 0xFF else f"\\u{point:04x}"


def escaped(text: str) -> str:
    """text with every control, format or undecodable character as a backslash escape."""
    return _UNSAFE.sub(_escape, text)


def quoted(value: object) -> str:
    """str(value) escaped and between single quotes: how a message names a path."""
    return f"'{escaped(str(value))}'"
