"""The career-explorer command: show, search, --version and its error messages."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import COMMITTED_DB

SHOW_KEYS = [
    "code",
    "title",
    "description",
    "major_group",
    "job_zone",
    "wage_soc_code",
    "wage_soc_title",
    "projection_soc_code",
    "projection_soc_title",
    "wages",
    "projections",
    "interests",
    "tasks",
    "technology",
    "alternate_titles",
    "states",
    "related",
    "programs",
    "military_codes",
]
WAGE_KEYS = [
    "release",
    "soc_code",
    "employment",
    "annual",
    "annual_text",
    "hourly",
    "hourly_text",
    "footnotes",
]
STATE_KEYS = [
    "abbr",
    "name",
    "employment",
    "per_1000",
    "location_quotient",
    "annual_median",
    "annual_median_text",
    "hourly_median",
    "hourly_median_text",
    "footnotes",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line in a fresh interpreter, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_show_prints_the_documented_keys_and_real_figures() -> None:
    result = run("show", "29-2072", "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert list(shown) == SHOW_KEYS
    assert shown["code"] == "29-2072.00"
    assert shown["major_group"] == {
        "code": "29-0000",
        "title": "Healthcare Practitioners and Technical Occupations",
    }
    assert shown["wages"]["release"] == "May 2025"
    assert shown["wages"]["employment"] == 194_720
    assert shown["wages"]["annual"]["median"] == 51_140
    assert list(shown["wages"]) == WAGE_KEYS
    assert shown["wages"]["annual_text"]["median"] == "$51,140"
    assert shown["wages"]["hourly_text"] == {
        key: f"${value:,.2f}" for key, value in shown["wages"]["hourly"].items()
    }
    assert shown["projections"]["employment_2024"] == 194_800
    assert shown["projections"]["employment_2034"] == 208_600
    assert shown["projections"]["change_percent"] == 7.1
    assert shown["projections"]["openings_annual"] == 14_200
    assert set(shown["interests"]) == {
        "realistic",
        "investigative",
        "artistic",
        "social",
        "enterprising",
        "conventional",
    }
    assert all(1 <= v <= 7 for v in shown["interests"].values())
    assert "Coder" in shown["alternate_titles"]
    texas = next(s for s in shown["states"] if s["abbr"] == "TX")
    assert texas["name"] == "Texas" and texas["employment"] > 0
    assert list(texas) == STATE_KEYS
    assert texas["annual_median_text"] == f"${texas['annual_median']:,}"
    assert texas["hourly_median_text"] == f"${texas['hourly_median']:.2f}"
    assert {r["tier"] for r in shown["related"]} <= {
        "Primary-Short",
        "Primary-Long",
        "Supplemental",
    }


def test_show_lists_related_occupations_as_onet_publishes_them(shared_data: Path) -> None:
    shown = json.loads(run("show", "29-2072", "--json").stdout)
    with open(shared_data / "onet-30.1" / "Related Occupations.txt", encoding="utf-8") as raw:
        expected = sorted(
            (int(r[3]), r[1], r[2])
            for r in (line.rstrip("\n").split("\t") for line in raw)
            if r[0] == "29-2072.00"
        )
    assert [(r["code"], r["tier"]) for r in shown["related"]] == [
        (code, tier) for _, code, tier in expected
    ]


@pytest.mark.parametrize("code", ["29-2072.00", "292072", "29207200"])
def test_show_accepts_every_code_form(code: str) -> None:
    result = run("show", code, "--json")
    assert result.returncode == 0 and result.stderr == ""
    assert json.loads(result.stdout)["code"] == "29-2072.00"


def test_show_prints_null_not_zero_where_nothing_is_published() -> None:
    actors = json.loads(run("show", "27-2011", "--json").stdout)
    assert actors["wages"]["annual"]["median"] is None
    assert actors["wages"]["hourly"]["median"] > 0
    assert actors["wages"]["footnotes"][0]["code"] == "4"
    assert actors["wages"]["annual_text"]["median"] == "hourly wages only"
    assert actors["wages"]["hourly_text"]["median"] == (
        f"${actors['wages']['hourly']['median']:.2f}"
    )
    new_york = next(s for s in actors["states"] if s["abbr"] == "NY")
    assert new_york["annual_median"] is None
    assert new_york["annual_median_text"] == "hourly wages only"
    legislators = json.loads(run("show", "11-1031", "--json").stdout)
    assert legislators["wages"] is None and legislators["wage_soc_code"] is None


@pytest.mark.parametrize("code", ["99-9999", "29-2072.99", "nurse", ""])
def test_unknown_code_is_one_line_and_exit_1(code: str) -> None:
    result = run("show", code, "--json")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "unknown occupation code" in result.stderr


@pytest.mark.parametrize(
    "text",
    [
        '"',
        "NEAR(a b)",
        "'); DROP TABLE x;--",
        "🙂",
        "x" * 5000,
        "   ",
        "-nurse",
        "--",
        "nurse AND OR",
    ],
)
def test_search_command_survives_hostile_text(text: str) -> None:
    result = run("search", "--json", "--", text)
    assert result.returncode == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


@pytest.mark.parametrize(
    "args",
    [
        ["search"],
        ["show"],
        ["search", "nurse", "--limit", "abc"],
        ["frobnicate"],
        ["--no-such-option"],
    ],
)
def test_usage_mistakes_are_one_line(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 1  # usage errors exit 1; 2 is the database's (issue 16)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_search_json() -> None:
    result = run("search", "coder", "--limit", "3", "--json")
    hits = json.loads(result.stdout)
    assert len(hits) == 3 and list(hits[0]) == ["code", "title", "matched"]
    assert hits[0]["code"] == "29-2072.00"


def test_version_names_the_data_releases() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert "Career Explorer 0." in result.stdout
    for release in ("O*NET 30.1: December 2025", "May 2025", "2024–34"):
        assert release in result.stdout


def _assert_clean_failure(result: subprocess.CompletedProcess[str], path: Path, words: str) -> None:
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert str(path) in result.stderr and words in result.stderr


def test_missing_database(tmp_path: Path) -> None:
    path = tmp_path / "none.db"
    _assert_clean_failure(run("--db", str(path), "show", "29-2072"), path, "not found")


def test_corrupt_database(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.db"
    path.write_bytes(b"this is not a database" * 500)
    _assert_clean_failure(run("--db", str(path), "show", "29-2072"), path, "damaged")


def test_truncated_database(tmp_path: Path) -> None:
    path = tmp_path / "truncated.db"
    path.write_bytes(COMMITTED_DB.read_bytes()[:2_000_000])
    result = run("--db", str(path), "show", "29-2072", "--json")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert str(path) in result.stderr


def test_wrong_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA user_version = 999")
    _assert_clean_failure(run("--db", str(path), "search", "nurse"), path, "schema version 999")


def test_database_missing_a_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "partial.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE search_word")
    for args in (["search", "electrican", "--json"], ["show", "29-2072", "--json"]):
        _assert_clean_failure(run("--db", str(path), *args), path, "missing tables")


def test_an_internal_error_is_one_line_exit_3_and_its_traceback_is_logged(tmp_path: Path) -> None:
    """A query naming a column the file lacks is the program's mistake, not a damaged file:
    the user gets one line and exit 3, the log gets the traceback."""
    path = tmp_path / "older.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE occupation DROP COLUMN employment_rank")
    log = tmp_path / "logs" / "career-explorer.log"
    result = subprocess.run(
        [sys.executable, "-m", "explorer", "--db", str(path), "search", "nurse", "--json"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=os.environ | {"CAREER_EXPLORER_LOG_DIR": str(log.parent)},
    )
    assert result.returncode == 3, result.stderr
    assert result.stdout == "" and result.stderr.count("\n") == 1
    assert result.stderr.startswith("career-explorer: internal error: ")
    assert "no such column: employment_rank" in result.stderr
    assert result.stderr.rstrip().endswith(f"(see the log: {log})")
    assert "Traceback" not in result.stderr and "damaged" not in result.stderr
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "sqlite3.OperationalError" in logged


def test_state_figures_carry_their_footnotes(fixture_db: Path) -> None:
    shown = json.loads(run("--db", str(fixture_db), "show", "29-2072", "--json").stdout)
    california = next(s for s in shown["states"] if s["abbr"] == "CA")
    assert california["annual_median"] is None and california["employment"] is None
    assert california["footnotes"][0]["code"] == "8"
    assert "annual_median" in california["footnotes"][0]["measures"]
    assert california["annual_median_text"] == "not released"


def test_show_writes_top_coded_wages_in_words() -> None:
    cardiologists = json.loads(run("show", "29-1212", "--json").stdout)
    arizona = next(s for s in cardiologists["states"] if s["abbr"] == "AZ")
    assert arizona["annual_median"] is None and arizona["hourly_median"] is None
    assert arizona["annual_median_text"] == "$239,200 or more"
    assert arizona["hourly_median_text"] == "$115.00 or more"


def test_not_a_career_explorer_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    _assert_clean_failure(run("--db", str(path), "show", "29-2072"), path, "not a Career")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_works_from_a_read_only_folder_with_two_readers(tmp_path: Path) -> None:
    folder = tmp_path / "install"
    folder.mkdir()
    path = folder / "careers.db"
    shutil.copy(COMMITTED_DB, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        readers = [
            subprocess.Popen(
                [sys.executable, "-m", "explorer", "--db", str(path), "show", "29-2072", "--json"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [reader.communicate(timeout=60) for reader in readers]
        assert [r.returncode for r in readers] == [0, 0], outputs
        assert all(json.loads(out)["code"] == "29-2072.00" for out, _ in outputs)
        assert sorted(p.name for p in folder.iterdir()) == ["careers.db"]
    finally:
        folder.chmod(stat.S_IRWXU)
