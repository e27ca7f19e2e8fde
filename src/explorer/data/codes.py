"""Occupation codes as people type them: 29-2072.00, 29-2072, 292072, 29207200."""

from __future__ import annotations

import re

_CODE = re.compile(r"^\s*(\d{2})-?(\d{4})(?:\.?(\d{2}))?\s*$")


def parse_code(text: str) -> tuple[str, str | None] | None:
    """Split typed text into the SOC code and the O*NET suffix, or None if it is
    not a code: "292072" -> ("29-2072", None), "29-2072.01" -> ("29-2072", "01")."""
    match = _CODE.match(text)
    if not match:
        return None
    return f"{match.group(1)}-{match.group(2)}", match.group(3)
