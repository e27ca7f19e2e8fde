"""BLS OEWS: the May 2025 estimates (a gzipped SQLite file) and the 2014–2024 national files.

A '-' or '*' in BLS data means "not published"; it is stored as NULL, and the
May 2025 footnote code that says why is kept in the row's ``footnotes`` column
as "datatype=code" pairs with the BLS datatype codes ("04=4 13=4": annual mean
and annual median, footnote 4).
"""

from __future__ import annotations

import gzip
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from openpyxl import load_workbook

from explorer.data.places import ABBR_OF_FIPS
from explorer.data.schema import WAGE_MEASURES
from explorer.dataset.readers import read_header_sheet, require

INTEGER_MEASURES = {
    "employment",
    "annual_mean",
    "annual_p10",
    "annual_p25",
    "annual_median",
    "annual_p75",
    "annual_p90",
}
ALL_INDUSTRIES = "000000"

Row = dict[str, object]


def bls_code(oews_code: str) -> str:
    """OEWS writes 292072; careers.db writes 29-2072."""
    return f"{oews_code[:2]}-{oews_code[2:]}"


@contextmanager
def opened(gz_path: Path) -> Iterator[sqlite3.Connection]:
    """The May 2025 SQLite file, decompressed to a temporary folder for the build."""
    with tempfile.TemporaryDirectory(prefix="oews-") as folder:
        target = Path(folder) / "oews.sqlite"
        with gzip.open(require(gz_path), "rb") as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out, 1 << 20)
        connection = sqlite3.connect(target)
        try:
            yield connection
        finally:
            connection.close()


def release(connection: sqlite3.Connection) -> str:
    """The release name the file carries ("May 2025")."""
    return dict(connection.execute("SELECT name, value FROM meta"))["release"]


def national_codes(connection: sqlite3.Connection) -> set[str]:
    """BLS codes with a national, all-industry row."""
    prefix = "OEUN0000000" + ALL_INDUSTRIES
    return {
        bls_code(key[-6:])
        for (key,) in connection.execute(
            "SELECT key FROM cell WHERE key BETWEEN ? AND ?", (prefix, prefix + "z")
        )
    }


def occupation_titles(connection: sqlite3.Connection) -> dict[str, str]:
    """Title of every OEWS occupation code, major groups included."""
    return {
        bls_code(c): t
        for c, t in connection.execute("SELECT occupation_code, occupation_name FROM occupation")
    }


def column_of(measure: str) -> str:
    """The wage column of a measure: hourly figures are kept in whole cents."""
    return f"{measure}_cents" if measure.startswith("hourly_") else measure


def _value(text: str | None, measure: str) -> float | int | None:
    if text is None or text.strip() in ("", "-", "*", "#", "**"):
        return None
    number = float(text.replace(",", ""))
    if measure.startswith("hourly_"):
        return round(number * 100)
    return round(number) if measure in INTEGER_MEASURES else number


def wages(
    connection: sqlite3.Connection, soc_codes: set[str], group_codes: set[str]
) -> Iterator[Row]:
    """Every published cell for the given BLS codes: national (all industries and
    by industry), states, and metro and nonmetro areas, in key order.

    Group codes (major groups, all occupations) serve only as a yardstick, so
    they are kept for the nation and the states, not for every metro area; the
    all-occupations row is kept by industry too (an industry's total jobs).
    """
    columns = ", ".join(f"v{n}, f{n}" for n, _ in WAGE_MEASURES)
    wanted = {code.replace("-", "") for code in soc_codes}
    groups = {code.replace("-", "") for code in group_codes}
    for key, *values in connection.execute(f"SELECT key, {columns} FROM cell ORDER BY key"):
        occupation = key[-6:]
        area_type, area, industry = key[3], key[4:11], key[11:17]
        if occupation in groups:
            if area_type == "M" or (industry != ALL_INDUSTRIES and occupation != "000000"):
                continue
        elif occupation not in wanted:
            continue
        if area_type != "N" and industry != ALL_INDUSTRIES:
            continue
        row: Row = {"soc_code": bls_code(occupation), "area_code": area, "industry_code": industry}
        notes = []
        for index, (datatype, measure) in enumerate(WAGE_MEASURES):
            value, footnote = values[2 * index], values[2 * index + 1]
            row[column_of(measure)] = _value(value, measure)
            if footnote:
                notes.append(f"{datatype}={footnote}")
        row["footnotes"] = " ".join(notes) or None
        if any(row[column_of(m)] is not None for _, m in WAGE_MEASURES) or notes:
            yield row


def areas(connection: sqlite3.Connection) -> list[Row]:
    """The nation, states and territories, and metro and nonmetro areas."""
    return [
        {
            "area_code": code,
            "area_type": kind,
            "state_code": state,
            "state_abbr": ABBR_OF_FIPS.get(state),
            "name": name,
        }
        for code, kind, state, name in connection.execute(
            "SELECT area_code, areatype_code, state_code, area_name FROM area ORDER BY area_code"
        )
    ]


def industries(connection: sqlite3.Connection) -> list[Row]:
    """OEWS industries with their level in the NAICS hierarchy (0 = all)."""
    return [
        {"industry_code": code, "name": name, "level": level}
        for code, name, level in connection.execute(
            "SELECT industry_code, industry_name, display_level FROM industry "
            "ORDER BY industry_code"
        )
    ]


def footnotes(connection: sqlite3.Connection) -> list[Row]:
    """BLS footnote texts by code."""
    return [
        {"code": c, "text": t}
        for c, t in connection.execute(
            "SELECT footnote_code, footnote_text FROM footnote ORDER BY footnote_code"
        )
    ]


HISTORY_NOTES = {"*": "not available", "#": "at or above the top wage BLS publishes"}
#: The "#" line of a national file's notes: "#  = indicates a wage equal to or greater
#: than $115.00 per hour or $239,200 per year".
CAP_NOTE = re.compile(r"#\s*=.*?\$([\d,.]+)\s+per hour or \$([\d,.]+)\s+per year", re.IGNORECASE)


def history_caps(path: Path) -> tuple[int, int] | None:
    """The top-coding cap a national file states in its notes, as (hourly cents,
    annual dollars): (11500, 239200) for May 2022-2024, (10000, 208000) for May
    2019-2021. None where the file states none (May 2014-2018 have no notes)."""
    workbook = load_workbook(require(path), read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets[1:]:
            for row in sheet.iter_rows(values_only=True):
                text = " ".join(str(cell) for cell in row if cell is not None)
                match = CAP_NOTE.search(text)
                if match:
                    hourly, annual = (float(g.replace(",", "")) for g in match.groups())
                    return round(hourly * 100), round(annual)
        return None
    finally:
        workbook.close()


def history(folder: Path, soc_codes: set[str]) -> list[Row]:
    """National employment and median wage, May 2014 to May 2024, by the code
    as each year's file writes it (2014–2018 files use SOC 2010 codes).

    Where the file top-codes a median ("#") the median stays NULL and the cap
    the file's notes state is kept beside it (annual_cap, hourly_cap_cents):
    the true median is that or more. A file that states no cap leaves them NULL.
    """
    rows: dict[tuple[str, int], Row] = {}
    for path in sorted(folder.glob("national_M*_dl.xlsx")):
        year = int(path.stem.split("_")[1][1:])
        caps = history_caps(path)
        for r in read_header_sheet(path):
            code = str(r.get("occ_code") or "")
            if code not in soc_codes:
                continue
            if "area" in r and (str(r["area"]) != "99" or str(r.get("naics")) != ALL_INDUSTRIES):
                continue
            raw = {
                "employment": r.get("tot_emp"),
                "annual_median": r.get("a_median"),
                "hourly_median": r.get("h_median"),
            }
            notes = sorted({HISTORY_NOTES[str(v)] for v in raw.values() if str(v) in HISTORY_NOTES})
            rows[(code, year)] = {
                "soc_code": code,
                "year": year,
                "employment": _whole(raw["employment"]),
                "annual_median": _whole(raw["annual_median"]),
                "hourly_median_cents": _cents(raw["hourly_median"]),
                "annual_cap": caps[1] if caps and str(raw["annual_median"]) == "#" else None,
                "hourly_cap_cents": caps[0] if caps and str(raw["hourly_median"]) == "#" else None,
                "note": "; ".join(notes) or None,
            }
    return [rows[k] for k in sorted(rows)]


def _number(value: object) -> float | None:
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def _whole(value: object) -> int | None:
    number = _number(value)
    return None if number is None else round(number)


def _cents(value: object) -> int | None:
    number = _number(value)
    return None if number is None else round(number * 100)
