"""O*NET's interest areas and their illustrative activities, for the interest quiz.

Three O*NET 30.1 files, kept as published: Content Model Reference.txt gives the
name and description of the six RIASEC areas (1.B.1.a to 1.B.1.f) and of the
basic interests (1.B.3.*); Interests Illustrative Activities.txt lists the sample
activities of each (General for an area, Basic for a basic interest); Basic
Interests to RIASEC.txt says which area or areas each basic interest belongs to.
Which activities the quiz asks is decided at run time (explorer.quiz.items), so
every activity is stored.
"""

from __future__ import annotations

import re
from pathlib import Path

from explorer.dataset.readers import SourceError, read_tsv

Row = dict[str, object]

#: Element IDs of the six RIASEC areas and of the basic interests.
AREA_ID = re.compile(r"^1\.B\.1\.[a-f]$")
BASIC_ID = re.compile(r"^1\.B\.3\.[a-z]+$")
KINDS = {"General": AREA_ID, "Basic": BASIC_ID}


def element_order(element_id: str) -> tuple[int, str]:
    """O*NET's order of element IDs: 1.B.3.z before 1.B.3.aa."""
    last = element_id.rsplit(".", 1)[-1]
    return (len(last), element_id)


def elements(folder: Path) -> list[Row]:
    """The six areas (kind General) and every basic interest (kind Basic), with
    O*NET's description of each, in O*NET's order."""
    rows: list[Row] = []
    for r in read_tsv(folder / "Content Model Reference.txt"):
        element_id = r["Element ID"]
        kind = next((k for k, pattern in KINDS.items() if pattern.match(element_id)), None)
        if kind is not None:
            rows.append(
                {
                    "element_id": element_id,
                    "name": r["Element Name"],
                    "kind": kind,
                    "description": r["Description"],
                }
            )
    if sum(1 for r in rows if r["kind"] == "General") != 6:
        raise SourceError("Content Model Reference.txt: the six RIASEC areas (1.B.1.a-f) not found")
    return sorted(rows, key=lambda r: element_order(str(r["element_id"])))


def activities(folder: Path, known: set[str]) -> list[Row]:
    """Every illustrative activity, keyed by the element it illustrates."""
    rows: dict[tuple[str, str], None] = {}
    for r in read_tsv(folder / "Interests Illustrative Activities.txt"):
        element_id = r["Element ID"]
        pattern = KINDS.get(r["Interest Type"])
        if pattern is None or not pattern.match(element_id) or element_id not in known:
            raise SourceError(
                f"Interests Illustrative Activities.txt: unexpected element {element_id}"
                f" ({r['Interest Type']})"
            )
        rows[(element_id, r["Activity"])] = None
    ordered = sorted(rows, key=lambda key: (element_order(key[0]), key[1]))
    return [{"element_id": e, "activity": a} for e, a in ordered]


def basic_interest_areas(folder: Path, known: set[str]) -> list[Row]:
    """Which RIASEC area or areas each basic interest belongs to."""
    pairs = set()
    for r in read_tsv(folder / "Basic Interests to RIASEC.txt"):
        basic, area = r["Basic Interests Element ID"], r["RIASEC Element ID"]
        if basic not in known or area not in known:
            raise SourceError(f"Basic Interests to RIASEC.txt: unknown element {basic} or {area}")
        pairs.add((basic, area))
    ordered = sorted(pairs, key=lambda p: (element_order(p[0]), p[1]))
    return [{"basic_id": b, "area_id": a} for b, a in ordered]
