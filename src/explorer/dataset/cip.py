"""Programs of study: the NCES CIP 2020 to SOC 2018 crosswalk and the CIP 2020 list.

The crosswalk pairs each instructional program (CIP code, "11.0701") with the
6-digit SOC codes it prepares for; the CIP list gives each program's
definition. NCES writes "NO MATCH" pairs (SOC 99-9999 for a program that
prepares for no occupation, CIP 99.9999 for an occupation no program
prepares for): the first are left out, the second are kept as the SOC codes
NCES says have no program, so the profile can say so. Titles lose the
trailing period NCES writes ("Computer Science." -> "Computer Science").
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from explorer.dataset.readers import SourceError, read_csv, require

FOLDER = "nces-cip2020-soc2018"
CROSSWALK = f"{FOLDER}/CIP2020_SOC2018_Crosswalk.xlsx"
CIP_LIST = f"{FOLDER}/CIPCode2020.csv"
SHEET = "CIP-SOC"
NO_MATCH_SOC = "99-9999"
NO_MATCH_CIP = "99.9999"
HEADER = ("CIP2020Code", "CIP2020Title", "SOC2018Code", "SOC2018Title")


def clean_title(title: str) -> str:
    """A CIP title for display: spaces trimmed, the trailing period dropped."""
    return title.strip().removesuffix(".").strip()


def unquote(value: str) -> str:
    """A CIP list cell written Excel-style (`="01.0000"`) as its plain text."""
    value = value.strip()
    if value.startswith('="') and value.endswith('"'):
        return value[2:-1]
    return value


def crosswalk_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(CIP code, CIP title, SOC code) of every row of the CIP-SOC sheet, as published."""
    book = load_workbook(require(path), read_only=True)
    try:
        if SHEET not in book.sheetnames:
            raise SourceError(f"{path}: no sheet {SHEET!r}")
        rows = book[SHEET].iter_rows(values_only=True)
        header = tuple(str(c).strip() for c in next(rows))
        if header[:4] != HEADER:
            raise SourceError(f"{path}: unexpected columns {header}")
        return [
            (str(cip).strip(), str(title).strip(), str(soc).strip())
            for cip, title, soc, *_ in rows
            if cip and soc
        ]
    finally:
        book.close()


def definitions(path: Path) -> dict[str, str]:
    """CIP code -> definition, from the CIP 2020 list."""
    found: dict[str, str] = {}
    for row in read_csv(require(path)):
        code = unquote(row["CIPCode"])
        text = " ".join((row.get("CIPDefinition") or "").split())
        if code and text:
            found[code] = text
    return found


def tables(sources: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows of the program, program_soc and program_no_match tables."""
    pairs = crosswalk_pairs(sources / CROSSWALK)
    defined = definitions(sources / CIP_LIST)
    programs: dict[str, str] = {}
    links: set[tuple[str, str]] = set()
    no_match: set[str] = set()
    for cip, title, soc in pairs:
        if cip == NO_MATCH_CIP:
            no_match.add(soc)
        elif soc != NO_MATCH_SOC:
            programs[cip] = clean_title(title)
            links.add((soc, cip))
    return (
        [{"cip": c, "title": programs[c], "definition": defined.get(c)} for c in sorted(programs)],
        [{"soc_code": s, "cip": c} for s, c in sorted(links)],
        [{"soc_code": s} for s in sorted(no_match - {s for s, _ in links})],
    )
