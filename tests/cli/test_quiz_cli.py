"""`career-explorer quiz --list` and `career-explorer match`, as a script runs them."""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import COMMITTED_DB

RIASEC = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line in a fresh interpreter, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "explorer", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def _one_line(result: subprocess.CompletedProcess[str], code: int, words: str) -> None:
    assert result.returncode == code, result.stderr
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert words in result.stderr, result.stderr


@pytest.mark.parametrize(("form", "count"), [([], 30), (["--long"], 60)])
def test_quiz_list_prints_the_items(form: list[str], count: int) -> None:
    result = run("quiz", "--list", "--json", *form)
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == count and all(list(i) == ["id", "area", "text"] for i in items)
    assert {i["area"] for i in items} == set(RIASEC)
    with sqlite3.connect(COMMITTED_DB) as db:
        activities = {a for (a,) in db.execute("SELECT activity FROM interest_activity")}
    assert {i["text"] for i in items} <= activities


def test_the_short_list_is_the_start_of_the_long_one() -> None:
    short = json.loads(run("quiz", "--list", "--json").stdout)
    long = json.loads(run("quiz", "--list", "--json", "--long").stdout)
    assert long[:30] == short


def test_quiz_without_list_says_what_to_add() -> None:
    _one_line(run("quiz", "--json"), 1, "--list")


def test_match_prints_occupations_best_first() -> None:
    scores = (4, 18, 6, 15, 3, 9)
    result = run("match", "--scores", ",".join(map(str, scores)), "--limit", "25", "--json")
    assert result.returncode == 0, result.stderr
    matches = json.loads(result.stdout)
    assert len(matches) == 25
    assert all(list(m) == ["code", "title", "fit", "tier", "job_zone"] for m in matches)
    tiers = [m["tier"] for m in matches]
    order = ["Best", "Great", "Good"]
    assert tiers == sorted(tiers, key=order.index) and tiers[0] == "Best"
    with sqlite3.connect(COMMITTED_DB) as db:
        for match in matches[:5]:
            row = db.execute(
                "SELECT o.title, o.job_zone, i.realistic, i.investigative, i.artistic, i.social,"
                " i.enterprising, i.conventional FROM occupation o JOIN interest i USING (code)"
                " WHERE code = ?",
                (match["code"],),
            ).fetchone()
            assert (match["title"], match["job_zone"]) == row[:2]
            assert match["fit"] == pytest.approx(statistics.correlation(scores, row[2:]), abs=5e-4)


def test_match_keeps_to_a_job_zone() -> None:
    result = run("match", "--scores", "20,2,1,5,8,12", "--job-zone", "2", "--json")
    matches = json.loads(result.stdout)
    assert len(matches) == 20 and {m["job_zone"] for m in matches} == {2}


def test_six_equal_scores_are_one_line_and_exit_1() -> None:
    _one_line(run("match", "--scores", "9,9,9,9,9,9", "--json"), 1, "no interest stands out")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--scores", "1,2,3,4,5"], "six numbers"),
        (["--scores", "1,2,3,4,5,6,7"], "six numbers"),
        (["--scores", "1,2,three,4,5,6"], "'three' is not a whole number"),
        (["--scores", "1,2,3.5,4,5,6"], "'3.5' is not a whole number"),
        (["--scores", "1,2,3,4,5,41"], "41 is out of range"),
        (["--scores=-1,2,3,4,5,6"], "-1 is out of range"),
        (["--scores", "1,2,3,4,5,6", "--job-zone", "6"], "--job-zone"),
        (["--scores", "1,2,3,4,5,6", "--job-zone", "two"], "--job-zone"),
        (["--scores", "1,2,3,4,5,6", "--limit", "0"], "--limit"),
        ([], "--scores"),
    ],
)
def test_bad_scores_are_one_clear_line_and_exit_1(args: list[str], words: str) -> None:
    _one_line(run("match", *args, "--json"), 1, words)


def test_a_database_without_the_quiz_tables_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "partial.db"
    shutil.copy(COMMITTED_DB, path)
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE interest_activity")
    _one_line(run("--db", str(path), "quiz", "--list", "--json"), 2, "missing tables")
