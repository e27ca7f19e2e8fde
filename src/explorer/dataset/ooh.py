"""Occupational Outlook Handbook summaries (ooh-summaries/careers-full.json).

Only two sentences are used: the one-sentence summary and the work
environment summary. The compiled file glues section headings onto the text
("Work Environment Most accountants ...") and keeps some HTML entities
("physicians&rsquo; offices"); both are removed here (readers.clean_text).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from explorer.dataset.readers import clean_text, require

HEADINGS = ("Work Environment", "What They Do", "Summary")


def clean(text: str | None) -> str | None:
    """The sentence as plain text (no entities, tags or doubled spaces) without
    glued-on headings; None if empty."""
    value = clean_text(text or "")
    changed = True
    while changed:
        changed = False
        for heading in HEADINGS:
            rest = value[len(heading) + 1 :]
            if value.startswith(heading + " ") and rest[:1].isupper():
                value = rest.lstrip()
                changed = True
    return value or None


def summaries(path: Path) -> dict[str, dict[str, str | None]]:
    """OOH summary and work-environment sentence by SOC code (first profile wins)."""
    profiles = json.loads(require(path).read_text(encoding="utf-8"))
    result: dict[str, dict[str, str | None]] = {}
    for profile in sorted(profiles, key=lambda p: (str(p.get("soc") or ""), p.get("id") or 0)):
        code = str(profile.get("soc") or "").strip()
        if not re.fullmatch(r"\d\d-\d{4}", code) or code in result:
            continue
        result[code] = {
            "summary": clean(profile.get("description")),
            "work_environment": clean(profile.get("work_environment")),
        }
    return result
