"""The data layer against the committed careers.db, checked against the raw files.

Expected figures are read straight from ../shared/data with code written
here (gzip + sqlite3 for OEWS, openpyxl for the projections), not through
the build step, so a wrong join or a lost footnote shows up as a mismatch.
"""

from __future__ import annotations

import gzip
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook

from explorer.data.repository import CareerData
from explorer.search.engine import search


@pytest.fixture(scope="module")
def raw_oews(shared_data: Path, tmp_path_factory: pytest.TempPathFactory):
    target = tmp_path_factory.mktemp("raw") / "oews.sqlite"
    target.write_bytes(
        gzip.decompress((shared_data / "oews-may-2025" / "oews-2025.sqlite.gz").read_bytes())
    )
    connection = sqlite3.connect(target)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def raw_projections(shared_data: Path) -> dict[str, tuple]:
    book = load_workbook(
        shared_data / "bls-projections-2024-34" / "occupation.xlsx", read_only=True
    )
    rows = {row[1]: row for row in book["Table 1.2"].iter_rows(values_only=True) if row[1]}
    book.close()
    return rows


def _raw_cell(raw_oews: sqlite3.Connection, key: str) -> tuple:
    return raw_oews.execute("SELECT * FROM cell WHERE key = ?", (key,)).fetchone()


def test_medical_records_specialists_match_the_raw_files(
    data: CareerData, raw_oews: sqlite3.Connection, raw_projections: dict
) -> None:
    occupation = data.occupation("29-2072.00")
    cell = _raw_cell(raw_oews, "OEUN0000000000000292072")
    assert occupation.wages.employment == int(cell[1]) == 194_720
    assert occupation.wages.annual.median == float(cell[13]) == 51_140
    assert occupation.wages.hourly.median == float(cell[8])
    assert occupation.wages.annual.p90 == float(cell[15])
    raw = raw_projections["29-2072"]
    projection = occupation.projections
    assert projection.employment_2024 == round(raw[3] * 1000) == 194_800
    assert projection.employment_2034 == round(raw[4] * 1000) == 208_600
    assert projection.change_percent == raw[8] == 7.1
    assert projection.openings_annual == round(raw[10] * 1000) == 14_200
    assert projection.typical_education == raw[12]


def test_actors_have_hourly_wages_only(data: CareerData, raw_oews: sqlite3.Connection) -> None:
    cell = _raw_cell(raw_oews, "OEUN0000000000000272011")
    wages = data.occupation("27-2011.00").wages
    assert cell[13] == "-" and wages.annual.median is None and wages.annual.mean is None
    assert wages.hourly.median == float(cell[8])
    footnote = next(f for f in wages.footnotes if f.code == "4")
    assert "annual_median" in footnote.measures
    assert footnote.text.startswith("Wages for some occupations")


def test_top_coded_wages_are_null_with_footnote_5(
    data: CareerData, raw_oews: sqlite3.Connection
) -> None:
    keys = [
        k
        for (k,) in raw_oews.execute(
            "SELECT key FROM cell WHERE v15 = '-' AND f15 = '5' AND substr(key, 12, 6) = '000000'"
            " ORDER BY key"
        )
    ]
    assert keys, "May 2025 has top-coded wages in some areas"
    wanted = {o.wage_soc_code for o in map(data.occupation, ["29-1215.00", "29-1211.00"])}
    key = next(k for k in keys if f"{k[-6:-4]}-{k[-4:]}" in wanted)
    wages = data.wages(f"{key[-6:-4]}-{key[-4:]}", key[4:11])
    assert wages is not None and wages.annual.p90 is None
    assert any(f.code == "5" and "annual_p90" in f.measures for f in wages.footnotes)


def test_every_state_figure_matches_the_raw_file(
    data: CareerData, raw_oews: sqlite3.Connection
) -> None:
    states = {s.name: s for s in data.occupation("29-2072.00").states}
    raw = raw_oews.execute(
        "SELECT a.area_name, c.v01, c.v13 FROM cell c JOIN area a ON a.area_code ="
        " substr(c.key, 5, 7) WHERE c.key LIKE 'OEUS%' AND substr(c.key, 12, 6) = '000000'"
        " AND substr(c.key, 18) = '292072'"
    ).fetchall()
    assert len(states) == len(raw) > 50
    for name, employment, median in raw:
        assert states[name].employment == (None if employment == "-" else int(employment))
        assert states[name].annual_median == (None if median == "-" else float(median))


def test_legislators_have_no_wage_data(data: CareerData, raw_oews: sqlite3.Connection) -> None:
    assert _raw_cell(raw_oews, "OEUN0000000000000111031") is None
    legislators = data.occupation("11-1031.00")
    assert legislators.wage_soc_code is None and legislators.wages is None
    assert legislators.states == ()
    assert legislators.projections is not None


def test_broad_code_figures_name_their_code(data: CareerData) -> None:
    buyers = data.occupation("13-1021.00")
    assert buyers.wage_soc_code == "13-1020" == buyers.wages.soc_code
    assert buyers.projections.soc_code == "13-1020"


def test_codes_resolve_in_every_written_form(data: CareerData) -> None:
    assert {data.resolve_code(t) for t in ("29-2072.00", "29-2072", "292072", " 29207200 ")} == {
        "29-2072.00"
    }
    assert data.resolve_code("29-2072.99") is None
    assert data.resolve_code("nurse") is None


def test_release_names(data: CareerData) -> None:
    releases = data.releases()
    assert releases["onet"] == "December 2025"
    assert releases["oews"] == "May 2025"
    assert releases["projections"] == "2024–34"


def test_every_occupation_loads(data: CareerData) -> None:
    codes = data.occupation_codes()
    assert len(codes) == 1016
    for code in codes:
        occupation = data.occupation(code)
        assert occupation.title and occupation.major_group.title
        if occupation.wages:
            for value in (occupation.wages.annual.median, occupation.wages.hourly.median):
                assert value is None or value > 0


def test_simple_search_finds_by_nickname_and_survives_hostile_text(data: CareerData) -> None:
    assert search(data, "coder")[0].code == "29-2072.00"
    assert search(data, "coder")[0].matched == "alternate title: Coder"
    assert search(data, "RN")[0].code == "29-2072.00" or search(data, "RN")[0].code == (
        "29-1141.00"
    )
    assert search(data, "electrican")[0].code == "47-2111.00"
