"""The quiz's data: O*NET's interest areas, activities and profiles, as published, and the
search index that gave up its copy of the text to make room for them."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from pathlib import Path

import pytest

from explorer.data.db import DataError
from explorer.data.interests import RIASEC
from explorer.data.repository import CareerData

from conftest import COMMITTED_DB


def _tsv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_the_build_keeps_areas_and_basic_interests_in_onets_order(fixture_db: Path) -> None:
    data = CareerData(fixture_db)
    try:
        areas = data.interest_areas()
        activities = data.interest_activities()
    finally:
        data.close()
    assert [a.name for a in areas] == list(RIASEC)
    assert areas[0].description == "Work involves realistic work. More."
    # The parent element 1.B.1 and the work value 1.B.2.a are not interest areas.
    assert [a.element_id for a in areas] == [f"1.B.1.{c}" for c in "abcdef"]
    basic = [a for a in activities if a.kind == "Basic"]
    assert [(a.basic_interest, a.areas) for a in basic] == [
        ("Construction/Woodwork", ("Realistic",)),
        ("Health Care Service", ("Investigative", "Social")),
    ]
    general = [a for a in activities if a.kind == "General"]
    assert len(general) == 7 and all(len(a.areas) == 1 for a in general)
    assert {a.text for a in general if a.areas == ("Realistic",)} == {
        "Do realistic work.",
        "Build kitchen cabinets.",
    }


def test_the_fixture_profiles_and_job_zones_are_read(fixture_db: Path) -> None:
    data = CareerData(fixture_db)
    try:
        profiles = {p.code: p for p in data.interest_profiles()}
        zones = data.job_zone_names()
    finally:
        data.close()
    assert profiles["29-2072.00"].scores == (2.86, 4.33, 1.0, 3.38, 1.88, 6.97)
    assert profiles["29-2072.00"].job_zone == 3
    assert set(profiles) == {"29-2072.00"}  # the only occupation with interest scores
    assert zones == {z: f"Job Zone {z}" for z in range(1, 6)}


@pytest.mark.sources
def test_every_activity_is_stored_with_the_areas_onet_gives_it(
    data: CareerData, shared_data: Path
) -> None:
    onet = shared_data / "onet-30.1"
    names = {r["Element ID"]: r["Element Name"] for r in _tsv(onet / "Content Model Reference.txt")}
    areas_of: dict[str, set[str]] = {}
    for r in _tsv(onet / "Basic Interests to RIASEC.txt"):
        areas_of.setdefault(r["Basic Interests Element ID"], set()).add(r["RIASEC Element Name"])
    expected = {
        (
            r["Activity"],
            r["Interest Type"],
            frozenset({names[r["Element ID"]]})
            if r["Interest Type"] == "General"
            else frozenset(areas_of[r["Element ID"]]),
        )
        for r in _tsv(onet / "Interests Illustrative Activities.txt")
    }
    stored = {(a.text, a.kind, frozenset(a.areas)) for a in data.interest_activities()}
    assert stored == expected
    assert len(stored) == 188
    assert sum(1 for _, kind, _ in stored if kind == "General") == 24


@pytest.mark.sources
def test_area_descriptions_and_profiles_are_onets(data: CareerData, shared_data: Path) -> None:
    onet = shared_data / "onet-30.1"
    described = {
        r["Element Name"]: r["Description"] for r in _tsv(onet / "Content Model Reference.txt")
    }
    assert {a.name: a.description for a in data.interest_areas()} == {
        area: described[area] for area in RIASEC
    }
    published: dict[str, dict[str, float]] = {}
    for r in _tsv(onet / "Interests.txt"):
        if r["Scale ID"] == "OI":
            published.setdefault(r["O*NET-SOC Code"], {})[r["Element Name"]] = float(
                r["Data Value"]
            )
    profiles = data.interest_profiles()
    assert len(profiles) == len(published)
    for profile in profiles:
        assert profile.scores == tuple(published[profile.code][area] for area in RIASEC)


def _integrity_check(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO search_text(search_text, rank) VALUES ('integrity-check', 1)")


def test_the_search_index_matches_the_text_it_reads(tmp_path: Path) -> None:
    """search_text keeps no copy of the text (external content, the view search_content):
    FTS5's integrity check compares the index with that text, token by token."""
    copy = tmp_path / "careers.db"
    shutil.copyfile(COMMITTED_DB, copy)
    _integrity_check(copy)
    with sqlite3.connect(copy) as db:
        db.execute("UPDATE search_row SET text = 'something else' WHERE row_id = 1")
    with pytest.raises(sqlite3.DatabaseError):
        _integrity_check(copy)


def test_the_index_gives_back_each_rows_code_kind_and_text() -> None:
    with sqlite3.connect(COMMITTED_DB) as db:
        indexed = db.execute(
            "SELECT rowid, code, kind, text FROM search_text WHERE search_text MATCH 'cardiologist'"
        ).fetchall()
        stored = {
            r[0]: r
            for r in db.execute(
                "SELECT r.row_id, r.code, k.kind, r.text FROM search_row r"
                " JOIN search_kind k USING (kind_id)"
            )
        }
    assert indexed
    assert all(stored[row[0]] == row for row in indexed)
    assert {row[2] for row in stored.values()} == {
        "title",
        "alternate",
        "short",
        "reported",
        "program",
        "military",
        "description",
        "task",
    }


def test_a_database_without_the_search_view_or_quiz_tables_is_refused(tmp_path: Path) -> None:
    for drop in ("DROP VIEW search_content", "DROP TABLE basic_interest_area"):
        copy = tmp_path / "partial.db"
        shutil.copyfile(COMMITTED_DB, copy)
        with sqlite3.connect(copy) as db:
            db.execute(drop)
        with pytest.raises(DataError, match="missing tables"):
            CareerData(copy)
        copy.unlink()
