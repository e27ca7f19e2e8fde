"""The build step on small fixture sources: every joining rule and footnote case."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.data.schema import SCHEMA_VERSION
from explorer.dataset.build import build
from explorer.dataset.readers import SourceError

from fixtures.source_fixtures import write_sources


def _one(db: Path, sql: str, *params: object) -> tuple:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql, params).fetchone()


def test_occupations_take_figures_by_own_aggregate_and_broad_code(fixture_db: Path) -> None:
    rows = dict(
        (code, (wage, proj))
        for code, wage, proj in sqlite3.connect(fixture_db).execute(
            "SELECT code, wage_soc_code, projection_soc_code FROM occupation"
        )
    )
    assert rows["29-2072.00"] == ("29-2072", "29-2072")
    assert rows["29-2072.01"] == ("29-2072", "29-2072")
    assert rows["13-1021.00"] == ("13-1020", "13-1020")
    assert rows["53-1042.00"] == ("53-1047", "53-1047")
    assert rows["11-1031.00"] == (None, "11-1031")
    assert rows["55-1011.00"] == (None, None)


def test_national_wages_are_stored_as_published(fixture_db: Path) -> None:
    row = _one(
        fixture_db,
        "SELECT employment, annual_median, hourly_median_cents, annual_p90,"
        " footnotes FROM wage WHERE soc_code = '29-2072' AND area_code = '0000000'"
        " AND industry_code = '000000'",
    )
    assert row == (194720, 51140, 2459, 81150, None)


def test_dash_is_null_with_its_footnote_never_zero(fixture_db: Path) -> None:
    actors = _one(
        fixture_db,
        "SELECT annual_mean, annual_median, hourly_median_cents, footnotes"
        " FROM wage WHERE soc_code = '27-2011' AND area_code = '0000000'",
    )
    assert actors[:3] == (None, None, 2905)
    assert set(actors[3].split()) == {"04=4", "11=4", "12=4", "13=4", "14=4", "15=4"}
    ceo = _one(
        fixture_db,
        "SELECT annual_median, annual_p75, annual_p90, hourly_p90_cents,"
        " footnotes FROM wage WHERE soc_code = '11-1011' AND area_code = '0000000'",
    )
    assert ceo[:4] == (213990, None, None, None)
    assert set(ceo[4].split()) == {"09=5", "10=5", "14=5", "15=5"}
    california = _one(
        fixture_db,
        "SELECT employment, annual_median, footnotes FROM wage"
        " WHERE soc_code = '29-2072' AND area_code = '0600000'",
    )
    assert california[:2] == (None, None)
    assert "13=8" in california[2].split()


def test_rows_with_nothing_published_and_no_reason_are_left_out(fixture_db: Path) -> None:
    assert _one(
        fixture_db, "SELECT COUNT(*) FROM wage WHERE soc_code = '13-1020' AND area_code = '0010180'"
    ) == (0,)


def test_states_metros_and_industries_are_kept(fixture_db: Path) -> None:
    texas = _one(
        fixture_db,
        "SELECT w.employment, w.per_1000, w.location_quotient, a.state_abbr"
        " FROM wage w JOIN area a USING (area_code) WHERE w.soc_code = '29-2072'"
        " AND a.name = 'Texas'",
    )
    assert texas == (15000, 1.25, 0.95, "TX")
    assert _one(
        fixture_db,
        "SELECT employment FROM wage WHERE soc_code = '29-2072' AND area_code = '0010180'",
    ) == (120,)
    assert _one(
        fixture_db,
        "SELECT employment FROM wage WHERE soc_code = '29-2072' AND industry_code = '622000'",
    ) == (80000,)


def test_group_rows_are_kept_for_nation_and_states_only(fixture_db: Path) -> None:
    areas = {
        a
        for (a,) in sqlite3.connect(fixture_db).execute(
            "SELECT area_code FROM wage WHERE soc_code = '29-0000'"
        )
    }
    assert areas == {"0000000", "4800000"}
    assert _one(
        fixture_db,
        "SELECT COUNT(*) FROM wage WHERE soc_code = '00-0000' AND industry_code = '622000'",
    ) == (1,)
    assert _one(fixture_db, "SELECT COUNT(*) FROM wage WHERE soc_code = '99-9999'") == (0,)


def test_projections_in_persons_with_growth_category_and_openings_parts(fixture_db: Path) -> None:
    row = _one(
        fixture_db,
        "SELECT employment_2024, employment_2034, change_numeric,"
        " change_percent, openings_annual, growth_category, openings_exits,"
        " openings_transfers, openings_growth, ooh_url, top_skill_1"
        " FROM projection WHERE soc_code = '29-2072'",
    )
    assert row == (
        194800,
        208600,
        13800,
        7.1,
        14200,
        "Much faster than average",
        5000,
        7800,
        1380,  # BLS's method: the change 13,800 / 10, not openings - separations
        "https://www.bls.gov/ooh/healthcare/medical-records.htm",
        "Detail oriented",
    )
    actors = _one(
        fixture_db,
        "SELECT growth_category, median_wage_2024, median_wage_2024_note"
        " FROM projection WHERE soc_code = '27-2011'",
    )
    assert actors == ("Decline", None, None)
    chief = _one(
        fixture_db,
        "SELECT median_wage_2024, median_wage_2024_note FROM projection WHERE soc_code = '11-1011'",
    )
    assert chief == (None, "$239,200 or more")
    assert _one(
        fixture_db, "SELECT median_wage_2024 FROM projection WHERE soc_code = '29-2072'"
    ) == (50250,)
    assert _one(fixture_db, "SELECT title FROM projection WHERE soc_code = '53-1047'") == (
        "First-line supervisors",
    )


def test_bright_outlook_is_computed(fixture_db: Path) -> None:
    flags = dict(sqlite3.connect(fixture_db).execute("SELECT code, bright_outlook FROM occupation"))
    assert flags["29-2072.00"] == 1  # much faster than average
    assert flags["13-1021.00"] == 1  # 40,000 openings a year
    assert flags["11-1031.00"] == 0  # 3,000 a year, 0.4% growth
    assert flags["55-1011.00"] == 0


def test_onet_details(fixture_db: Path) -> None:
    connection = sqlite3.connect(fixture_db)
    assert connection.execute(
        "SELECT realistic, conventional, high_point_1, high_point_2,"
        " high_point_3 FROM interest WHERE code = '29-2072.00'"
    ).fetchone() == (2.86, 6.97, "Conventional", "Investigative", None)
    assert connection.execute(
        "SELECT related_code FROM related_occupation WHERE code = '29-2072.00' ORDER BY rank"
    ).fetchall() == [("27-2011.00",), ("13-1021.00",)]
    assert connection.execute(
        "SELECT name, extent, high_point_rank FROM work_value ORDER BY element_id"
    ).fetchall() == [("Achievement", 5.0, None), ("Working Conditions", 6.0, 1)]
    assert connection.execute("SELECT impact, distinctiveness_rank FROM work_style").fetchone() == (
        -1.2,
        3.0,
    )
    assert connection.execute(
        "SELECT COUNT(*) FROM alternate_title WHERE code = '99-9999.00'"
    ).fetchone() == (0,)
    assert connection.execute(
        "SELECT importance, level FROM ability_rating JOIN element"
        " USING (element_id) WHERE name = 'Reading Comprehension'"
    ).fetchone() == (3.5, 4.25)


def test_ooh_text_is_cleaned_of_glued_headings(fixture_db: Path) -> None:
    assert _one(
        fixture_db,
        "SELECT ooh_summary, ooh_work_environment FROM occupation WHERE code = '29-2072.00'",
    ) == ("Medical records specialists compile patient records.", "Most work in hospitals.")


def test_history_keeps_unpublished_values_as_null_with_a_note(fixture_db: Path) -> None:
    rows = (
        sqlite3.connect(fixture_db)
        .execute(
            "SELECT soc_code, year, employment, annual_median, hourly_median_cents, note"
            " FROM wage_history ORDER BY soc_code, year"
        )
        .fetchall()
    )
    assert ("29-2072", 2024, 187910, 50250, 2416, None) in rows
    assert ("27-2011", 2023, 50000, None, 2300, "not available") in rows
    assert ("11-1011", 2023, 200000, None, None, "at or above the top wage BLS publishes") in rows
    assert len([r for r in rows if r[0] == "29-2072" and r[1] == 2024]) == 1


def test_search_index_and_meta(fixture_db: Path) -> None:
    connection = sqlite3.connect(fixture_db)
    assert connection.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert connection.execute(
        "SELECT code, kind FROM search_text WHERE search_text MATCH 'health'"
    ).fetchall() == [("29-2072.00", "alternate")]
    meta = dict(connection.execute("SELECT key, value FROM meta"))
    assert meta["release.onet"] == "December 2025"
    assert meta["release.oews"] == "May 2025"
    assert meta["release.projections"] == "2024–34"
    hashes = dict(connection.execute("SELECT name, sha256 FROM source"))
    assert len(hashes) == 9 and all(len(h) == 64 for h in hashes.values())


def test_two_builds_from_the_same_sources_are_byte_identical(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources")
    first, second = tmp_path / "first.db", tmp_path / "second.db"
    build(sources, first, log=lambda _message: None)
    build(sources, second, log=lambda _message: None)
    assert first.read_bytes() == second.read_bytes()


def test_missing_source_fails_and_keeps_the_old_database(tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources")
    (sources / "onet-30.1" / "Tasks to DWAs.txt").unlink()
    out = tmp_path / "careers.db"
    out.write_bytes(b"previous")
    with pytest.raises(SourceError, match="Tasks to DWAs"):
        build(sources, out, log=lambda _message: None)
    assert out.read_bytes() == b"previous"
    assert not (tmp_path / "careers.db.tmp").exists()


def test_build_command_line_reports_a_missing_folder(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "explorer.dataset",
            "build",
            "--sources",
            str(tmp_path / "nowhere"),
            "--out",
            str(tmp_path / "x.db"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "sources folder not found" in result.stderr
    assert "Traceback" not in result.stderr


def test_build_step_never_imports_qt(tmp_path: Path) -> None:
    code = (
        "import sys, explorer.dataset.build, explorer.dataset.__main__; "
        "print(any(m.startswith(('PySide6', 'pyqtgraph')) for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_marks_and_history_caps_are_kept_from_the_sources(fixture_db: Path) -> None:
    marks = (
        sqlite3.connect(fixture_db)
        .execute("SELECT table_name, soc_code, note FROM projection_mark ORDER BY 1, 2")
        .fetchall()
    )
    assert [m[:2] for m in marks] == [("Table 5.3", "29-2072"), ("Table 6.5", "11-1031")]
    assert marks[1][2].startswith("Skills information from similar O*NET-SOC occupation")
    assert _one(
        fixture_db,
        "SELECT annual_median, annual_cap, hourly_cap_cents FROM wage_history"
        " WHERE soc_code = '11-1011' AND year = 2023",
    ) == (None, 239200, 11500)
    assert _one(
        fixture_db, "SELECT annual_cap FROM wage_history WHERE soc_code = '29-2072' AND year = 2023"
    ) == (None,)
