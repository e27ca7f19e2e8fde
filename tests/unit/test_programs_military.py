"""Programs of study (NCES CIP to SOC) and military codes (O*NET military crosswalk):
the build on fixtures, the committed database against the raw files, the profile
blocks, `show --json` and search."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from explorer.data.catalog import load_catalog
from explorer.data.programs import service_of
from explorer.data.repository import CareerData
from explorer.data.serialize import occupation_to_dict
from explorer.dataset import cip
from explorer.profile import become, similar
from explorer.profile.blocks import Html, OccupationList, Table
from explorer.search.engine import TIERS, SearchEngine

from conftest import COMMITTED_DB, ctx


def _rows(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as connection:
        return connection.execute(sql).fetchall()


@pytest.fixture(scope="module")
def engine() -> SearchEngine:
    return SearchEngine(CareerData(COMMITTED_DB))


# -- the build on fixture sources ---------------------------------------------------


def test_fixture_programs_drop_no_match_and_trailing_period(fixture_db: Path) -> None:
    assert _rows(fixture_db, "SELECT cip, title, definition FROM program ORDER BY cip") == [
        (
            "51.0707",
            "Medical Records Technology/Technician",
            "A program that prepares individuals to keep medical records.",
        ),
        ("51.0713", "Medical Insurance Coding Specialist/Coder", None),
    ]
    assert _rows(fixture_db, "SELECT * FROM program_soc") == [
        ("29-2072", "51.0707"),
        ("29-2072", "51.0713"),
    ]
    assert _rows(fixture_db, "SELECT * FROM program_no_match") == [("11-1031",)]


def test_fixture_military_keeps_matched_codes_only(fixture_db: Path) -> None:
    assert _rows(fixture_db, "SELECT svc, moc, code FROM military_code ORDER BY 1, 2, 3") == [
        ("A", "68G", "29-2072.00"),
        ("A", "68GX", "29-2072.01"),
        ("F", "1A1X1", "29-2072.00"),
        ("F", "1A1X1", "55-1011.00"),
    ]


def test_fixture_search_rows_and_sources(fixture_db: Path) -> None:
    kinds = _rows(
        fixture_db, "SELECT kind, text FROM search_text WHERE kind IN ('program', 'military')"
    )
    assert ("military", "68G Patient Administration Specialist") in kinds
    assert ("program", "Medical Insurance Coding Specialist/Coder") in kinds
    names = {n for (n,) in _rows(fixture_db, "SELECT name FROM source")}
    assert {"cip", "military"} <= names


def test_a_cip_list_code_is_unquoted() -> None:
    assert cip.unquote('="01.0000"') == "01.0000"
    assert cip.clean_title("Computer Science.") == "Computer Science"


def test_service_letters() -> None:
    assert [service_of(s) for s in "AUMJNVYFGHCXZ"] == [
        "Army",
        "Army",
        "Marine Corps",
        "Marine Corps",
        "Navy",
        "Navy",
        "Navy",
        "Air Force",
        "Air Force",
        "Air Force",
        "Coast Guard",
        "Space Force",
        "Military",
    ]


# -- the committed database against the raw files --------------------------------------


def test_every_crosswalk_pair_of_an_occupation_is_in_the_database(shared_data: Path) -> None:
    pairs = cip.crosswalk_pairs(shared_data / cip.CROSSWALK)
    socs = {s for (s,) in _rows(COMMITTED_DB, "SELECT soc_code FROM occupation")}
    expected = {(s, c) for c, _, s in pairs if s in socs and c != cip.NO_MATCH_CIP}
    stored = set(_rows(COMMITTED_DB, "SELECT soc_code, cip FROM program_soc"))
    assert expected <= stored
    assert not any(s == cip.NO_MATCH_SOC for s, _ in stored)
    titles = dict(_rows(COMMITTED_DB, "SELECT cip, title FROM program"))
    assert titles["11.0701"] == "Computer Science"
    assert not any(t.endswith(".") for t in titles.values())


def test_every_military_match_is_in_the_database(shared_data: Path) -> None:
    with open(shared_data / "onet-military-crosswalk" / "military_crosswalk.csv") as handle:
        raw = {(r["svc"], r["moc"], r["onet_code"]) for r in csv.DictReader(handle)}
    codes = {c for (c,) in _rows(COMMITTED_DB, "SELECT code FROM occupation")}
    stored = set(_rows(COMMITTED_DB, "SELECT svc, moc, code FROM military_code"))
    assert stored == {r for r in raw if r[2] in codes}
    assert ("A", "68W", "29-2043.00") in stored


# -- profile, report and show --json ----------------------------------------------------


def _block(blocks: tuple, key: str) -> object:
    return next(b for b in blocks if getattr(b, "key", "") == key)


def test_programs_in_how_to_become_one() -> None:
    screen = _block(become.build(ctx("15-1252.00")), "programs")
    assert isinstance(screen, Table)
    titles = [row[0] for row in screen.rows]
    assert "Computer Science" in titles and screen.rows[titles.index("Computer Science")][1] == (
        "11.0701"
    )
    stored = _rows(COMMITTED_DB, "SELECT COUNT(*) FROM program_soc WHERE soc_code = '15-1252'")[0][
        0
    ]
    assert len(screen.rows) == stored
    paper = _block(become.build(ctx("15-1252.00", "print")), "programs")
    assert isinstance(paper, Table) and len(paper.rows) == min(stored, 10)
    if stored > 10:
        assert f"And {stored - 10} more" in paper.source
    assert "NCES" in paper.source


def test_no_matching_program_says_why() -> None:
    (soc,) = _rows(
        COMMITTED_DB,
        "SELECT n.soc_code FROM program_no_match n JOIN occupation o ON o.soc_code = n.soc_code"
        " ORDER BY 1 LIMIT 1",
    )[0]
    code = _rows(COMMITTED_DB, f"SELECT code FROM occupation WHERE soc_code = '{soc}'")[0][0]
    block = _block(become.build(ctx(code)), "programs")
    assert isinstance(block, Html) and "No matching program" in block.html
    assert "NO MATCH" in block.html


def test_show_json_lists_programs_and_military_codes(data: CareerData) -> None:
    occupation = data.occupation("29-2043.00")
    assert occupation is not None
    document = occupation_to_dict(occupation)
    assert {
        "cip": "51.0904",
        "title": "Emergency Medical Technology/Technician (EMT Paramedic)",
    } in (document["programs"])
    assert {"service": "Army", "code": "68W", "title": "Combat Medic Specialist"} in document[
        "military_codes"
    ]


@pytest.mark.parametrize("code", ["55-1015.00", "55-1019.00"])
def test_a_military_occupation_lists_civilian_careers(code: str) -> None:
    expected = {
        c
        for (c,) in _rows(
            COMMITTED_DB,
            "SELECT DISTINCT c.code FROM military_code m JOIN military_code c"
            f" ON c.svc = m.svc AND c.moc = m.moc WHERE m.code = '{code}'"
            " AND c.code NOT LIKE '55-%'",
        )
    }
    assert expected
    screen = _block(similar.build(ctx(code)), "civilian")
    assert isinstance(screen, OccupationList) and set(screen.codes) == expected
    assert "O*NET" in screen.source and "modified" in screen.source
    paper = _block(similar.build(ctx(code, "print")), "civilian")
    assert isinstance(paper, Table) and len(paper.rows) == min(len(expected), 10)
    assert not [b for b in similar.build(ctx("29-2043.00")) if b.key == "civilian"]


def test_a_military_occupation_without_civilian_matches_says_so() -> None:
    block = _block(similar.build(ctx("55-3016.00")), "civilian")
    assert isinstance(block, Html) and "none listed" in block.html
    assert "16 military codes" in block.html


def test_military_codes_of_an_occupation() -> None:
    screen = _block(similar.build(ctx("29-2043.00")), "military_codes")
    assert isinstance(screen, Table)
    assert ("Army", "68W", "Combat Medic Specialist") in screen.rows
    (count,) = _rows(
        COMMITTED_DB,
        "SELECT COUNT(DISTINCT svc || moc || title) FROM military_code WHERE code = '29-2043.00'",
    )[0]
    assert len(screen.rows) <= count
    infantry = _block(similar.build(ctx("55-3016.00", "print")), "military_codes")
    assert isinstance(infantry, Table) and len(infantry.rows) == 10
    assert "And 6 more" in infantry.source


def test_attribution_names_both_sources(data: CareerData) -> None:
    from explorer.profile.sources import releases

    text = " ".join(releases(data).attribution())
    assert "National Center for Education Statistics" in text
    assert "military crosswalk" in text and "modified" in text


# -- search -------------------------------------------------------------------------------


def test_a_military_code_finds_its_occupation_with_the_reason(engine: SearchEngine) -> None:
    hits = engine.search("68W").hits
    assert hits[0].code == "29-2043.00"
    assert hits[0].matched == "Army code 68W: Combat Medic Specialist"
    assert "Army code 11B: Infantryman" in [h.matched for h in engine.search("11B").hits]


def test_a_military_code_matches_whole(engine: SearchEngine) -> None:
    hits = engine.search("68W", 200).hits
    assert hits and all(" code 68W:" in h.matched for h in hits), hits
    assert not [h for h in engine.search("11B", 200).hits if " code 11B:" not in h.matched]


def test_combat_medic_finds_paramedics(engine: SearchEngine) -> None:
    assert "29-2043.00" in [h.code for h in engine.search("combat medic", 5).hits]


def test_a_program_ranks_below_titles_and_says_so(engine: SearchEngine) -> None:
    hits = engine.search("computer science", 50).hits
    tiers = [h.score for h in hits]
    assert tiers == sorted(tiers)
    program = [h for h in hits if h.matched == "program of study: Computer Science"]
    assert program and program[0].score == TIERS.index("program of study")
    codes = [h.code for h in hits]
    assert "15-1252.00" in codes


def test_catalog_still_loads(data: CareerData) -> None:
    assert len(load_catalog(data)) == data.occupation_count()
