"""Military occupational codes: the O*NET Military Crosswalk (military_crosswalk.csv).

One row per military code (svc letter, code such as 68W, title) and each
O*NET-SOC occupation it matches. Rows with no match, and matches to codes the
O*NET database does not hold, are left out; the rest are kept as published.
"""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from explorer.dataset.readers import SourceError, read_csv

FILE = "onet-military-crosswalk/military_crosswalk.csv"
#: The DMDC file the extract was made from (SOURCES.md): milx0724.
RELEASE = "July 2024"
COLUMNS = ("svc", "moc", "moc_title", "onet_code")


def matches(sources: Path, codes: set[str]) -> list[dict[str, str]]:
    """Rows of the military_code table: (svc, moc, title, code), sorted."""
    found: dict[tuple[str, str, str], str] = {}
    for row in read_csv(sources / FILE):
        if any(c not in row for c in COLUMNS):
            raise SourceError(f"{sources / FILE}: missing one of the columns {COLUMNS}")
        code = row["onet_code"].strip()
        svc, moc = row["svc"].strip(), row["moc"].strip()
        if code in codes and svc and moc:
            found.setdefault((svc, moc, code), " ".join(row["moc_title"].split()))
    return [
        {"svc": svc, "moc": moc, "title": found[(svc, moc, code)], "code": code}
        for svc, moc, code in sorted(found)
    ]


def coverage_line(db: sqlite_utils.Database) -> str:
    """How many occupations have programs of study and military codes (build log)."""
    programs, military_codes = db.execute(
        "SELECT (SELECT COUNT(DISTINCT o.code) FROM occupation o JOIN program_soc s"
        " ON s.soc_code = o.soc_code), (SELECT COUNT(DISTINCT code) FROM military_code)"
    ).fetchone()
    return (
        f"programs of study: {programs} occupations; military codes: {military_codes} occupations"
    )
