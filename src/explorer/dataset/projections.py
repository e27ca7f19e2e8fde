"""BLS Employment Projections 2024–34: occupation, skills and education workbooks.

Employment is published in thousands with one decimal; it is stored in
persons (194.8 -> 194,800), which is the same figure in other units.
"""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook

from explorer.dataset.joins import growth_category
from explorer.dataset.readers import (
    BLS_MISSING,
    SourceError,
    bls_number,
    clean_title,
    read_sheet,
    require,
    thousands_to_persons,
)

CODE = "2024 National Employment Matrix code"
TITLE = "2024 National Employment Matrix title"
CHANGE_PERCENT = "Employment change, percent, 2024–34"
OPENINGS = "Occupational openings, 2024–34 annual average"
HYPERLINK = re.compile(r'HYPERLINK\("([^"]+)"')

Row = dict[str, object]


def _text(value: object) -> str | None:
    return None if value in BLS_MISSING else str(value).strip()


def _percent(value: object) -> float | None:
    return bls_number(value)


def _years_in_title(path: Path, sheet: str) -> str | None:
    """The years a BLS table's title names ("2024–34", "2022–23"), or None."""
    workbook = load_workbook(require(path), read_only=True)
    try:
        title = str(next(workbook[sheet].iter_rows(values_only=True))[0])
    finally:
        workbook.close()
    match = re.search(r"(\d{4})[–-](\d{2,4})", title)
    return f"{match.group(1)}–{match.group(2)[-2:]}" if match else None


def period(folder: Path) -> str:
    """The projection period named in Table 1.2's title ("2024–34")."""
    years = _years_in_title(folder / "occupation.xlsx", "Table 1.2")
    if years is None:
        raise SourceError("occupation.xlsx: no projection period in Table 1.2's title")
    return years


def attainment_period(folder: Path) -> str:
    """The years of the attainment survey Table 5.3's title names ("2022–23"); "" where the
    title names none (the program then names no years)."""
    return _years_in_title(folder / "education.xlsx", "Table 5.3") or ""


def projections(folder: Path) -> list[Row]:
    """Table 1.2 joined with Table 1.10 (openings and their parts) and Table 6.2.

    The growth part of the openings is BLS's own: the employment change over
    the decade divided by 10 (``growth_openings``), not openings minus
    separations, which are rounded separately and would be off by up to 100.
    """
    separations = {r[CODE]: r for r in read_sheet(folder / "occupation.xlsx", "Table 1.10")}
    skills = {r[CODE]: r for r in read_sheet(folder / "skills.xlsx", "Table 6.2", formulas=True)}
    rows = []
    for r in read_sheet(folder / "occupation.xlsx", "Table 1.2"):
        code = str(r[CODE])
        sep = separations.get(code, {})
        top = skills.get(code, {})
        openings = thousands_to_persons(r[OPENINGS])
        exits = thousands_to_persons(sep.get("Labor force exits, 2024–34 annual average"))
        transfers = thousands_to_persons(sep.get("Occupational transfers, 2024–34 annual average"))
        change = thousands_to_persons(r["Employment change, numeric, 2024–34"])
        link = HYPERLINK.search(
            str(top.get("Related Occupational Outlook Handbook (OOH) content") or "")
        )
        change_percent = _percent(r[CHANGE_PERCENT])
        wage = _wage_and_note(r["Median annual wage, dollars, 2024[1]"])
        rows.append(
            {
                "soc_code": code,
                "title": clean_title(r[TITLE]),
                "occupation_type": str(r["Occupation type"]),
                "employment_2024": thousands_to_persons(r["Employment, 2024"]),
                "employment_2034": thousands_to_persons(r["Employment, 2034"]),
                "change_numeric": change,
                "change_percent": change_percent,
                "growth_category": growth_category(change_percent),
                "self_employed_percent": _percent(r["Percent self employed, 2024"]),
                "openings_annual": openings,
                "openings_exits": exits,
                "openings_transfers": transfers,
                "openings_growth": growth_openings(change),
                "exit_rate": _percent(sep.get("Labor force exit rate, 2024–34 annual average")),
                "transfer_rate": _percent(
                    sep.get("Occupational transfer rate, 2024–34 annual average")
                ),
                "median_wage_2024": wage[0],
                "median_wage_2024_note": wage[1],
                "typical_education": _text(r["Typical education needed for entry"]),
                "work_experience": _text(r["Work experience in a related occupation"]),
                "training": _text(
                    r["Typical on-the-job training needed to attain competency in the occupation"]
                ),
                "ooh_url": link.group(1) if link else None,
                "top_skill_1": _text(top.get("Top highest skill")),
                "top_skill_2": _text(top.get("Second highest skill")),
                "top_skill_3": _text(top.get("Third highest skill")),
            }
        )
    return sorted(rows, key=lambda r: str(r["soc_code"]))


def growth_openings(change: int | None) -> int | None:
    """The annual openings that come from growth, by BLS's method: the employment
    change over the ten years divided by 10 (13,800 -> 1,380), rounded to a person."""
    return None if change is None else round(change / 10)


def _wage_and_note(value: object) -> tuple[int | None, str | None]:
    """A Table 1.2 median wage: BLS writes ">=$239,200" where the wage is at or
    above the top it publishes; that is kept as a note, the number as NULL."""
    number = bls_number(value)
    if number is not None:
        return round(number), None
    text = str(value or "").strip()
    if text.startswith(">="):
        return None, f"{text[2:].strip()} or more"
    return None, None


def skill_ranks(folder: Path) -> list[Row]:
    """Table 6.5: the percentile rank of each detailed occupation on 17 skills."""
    rows = []
    for r in read_sheet(folder / SKILL_RANKS[0], SKILL_RANKS[1]):
        for skill, value in r.items():
            if skill in (CODE, TITLE):
                continue
            number = bls_number(value)
            if number is not None:
                rows.append({"soc_code": str(r[CODE]), "skill": skill, "percentile": round(number)})
    return sorted(rows, key=lambda r: (r["soc_code"], r["skill"]))


def attainment(folder: Path) -> list[Row]:
    """Table 5.3: educational attainment of workers 25 and older, in percent."""
    rows = []
    for r in read_sheet(folder / ATTAINMENT[0], ATTAINMENT[1]):
        levels = [k for k in r if k not in (CODE, TITLE)]
        for level, label in enumerate(levels, start=1):
            number = bls_number(r[label])
            if number is not None:
                rows.append(
                    {"soc_code": str(r[CODE]), "level": level, "label": label, "percent": number}
                )
    return sorted(rows, key=lambda r: (r["soc_code"], r["level"]))


SKILL_RANKS = ("skills.xlsx", "Table 6.5")
ATTAINMENT = ("education.xlsx", "Table 5.3")
MARK = re.compile(r"\[(\d+)\]")


def _footnote_texts(path: Path, sheet: str) -> dict[str, str]:
    """A BLS table's footnote lines below the data ("[1] Skills information from ..."),
    by mark ("1")."""
    workbook = load_workbook(require(path), read_only=True)
    try:
        texts = {}
        for row in workbook[sheet].iter_rows(values_only=True):
            match = re.match(r"\s*\[(\d+)\]\s*(.+)", str(row[0] or "")) if row else None
            if match and row[1] in BLS_MISSING:
                texts[match.group(1)] = match.group(2).strip()
        return texts
    finally:
        workbook.close()


def marks(folder: Path) -> list[Row]:
    """BLS's marks on the rows of Table 6.5 (skill ranks imputed from similar
    occupations) and Table 5.3 (attainment not an exact census match): the
    footnote mark on a title ("Legislators[1]") with the footnote's own text."""
    rows = []
    for workbook, sheet in (SKILL_RANKS, ATTAINMENT):
        texts = _footnote_texts(folder / workbook, sheet)
        for r in read_sheet(folder / workbook, sheet):
            for mark in MARK.findall(str(r[TITLE])):
                if mark not in texts:
                    raise SourceError(f"{workbook} {sheet}: mark [{mark}] has no footnote")
                rows.append(
                    {
                        "table_name": sheet,
                        "soc_code": str(r[CODE]),
                        "mark": mark,
                        "note": texts[mark],
                    }
                )
    return sorted(rows, key=lambda r: (r["table_name"], r["soc_code"], r["mark"]))


def utilization_factors(folder: Path) -> list[Row]:
    """Table 1.12: why BLS expects an occupation's share of an industry to change."""
    rows: dict[tuple[str, str], Row] = {}
    for r in read_sheet(folder / "occupation.xlsx", "Table 1.12"):
        code = str(r["2024 National Employment Matrix occupation code"])
        industry = str(r["2024 National Employment Matrix industry code"])
        rows[(code, industry)] = {
            "soc_code": code,
            "industry_code": industry,
            "industry_title": clean_title(r["2024 National Employment Matrix industry title"]),
            "factor": str(r["Factors affecting occupational utilization"]).strip(),
        }
    return [rows[k] for k in sorted(rows)]
