"""Career clusters stored one per row, no markup in any stored text, tools shown once.

Checked against the raw O*NET OnLine cluster export and OOH file (shared_data)
and against every text column of the committed careers.db.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from pathlib import Path

from explorer.data.catalog import OccupationFilter, choices, load_catalog, pathways_by_cluster
from explorer.data.repository import CareerData
from explorer.dataset.readers import MARKUP, clean_text
from explorer.profile.what import repeats, tool_lines

from conftest import COMMITTED_DB

IT = "Information Technology"


def _raw_clusters(shared_data: Path) -> list[tuple[str, str, str]]:
    """(code, cluster, pathway) from the export, splitting its "; "-joined lists."""
    path = shared_data / "onet-career-clusters" / "All_Career_Clusters.csv"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    result = []
    for row in rows:
        clusters = row["Career Cluster"].split("; ")
        pathways = row["Career Pathway"].split("; ")
        assert len(clusters) == len(pathways)
        result.extend((row["Code"], c, p) for c, p in zip(clusters, pathways, strict=True))
    return result


def test_clusters_are_the_sixteen_of_the_export(data: CareerData, shared_data: Path) -> None:
    raw = _raw_clusters(shared_data)
    catalog = load_catalog(data)
    offered = choices(catalog)
    clusters = [value for value, _ in offered["cluster"]]
    pathways = [value for value, _ in offered["pathway"]]
    assert len(clusters) == 16 and len(pathways) == 73
    assert sorted(clusters) == sorted({c for _, c, _ in raw})
    assert not [name for name in clusters + pathways if ";" in name]
    with sqlite3.connect(COMMITTED_DB) as db:
        stored = set(db.execute("SELECT code, cluster, pathway FROM career_cluster"))
    assert stored == set(raw)


def test_information_technology_lists_every_occupation_of_the_export(
    data: CareerData, shared_data: Path
) -> None:
    expected = {code for code, cluster, _ in _raw_clusters(shared_data) if cluster == IT}
    catalog = load_catalog(data)
    chosen = {row.code for row in catalog if OccupationFilter(cluster=IT).accepts(row)}
    assert chosen == expected
    assert {"15-1255.00", "15-1253.00"} <= chosen


def test_each_pathway_belongs_to_one_cluster(data: CareerData, shared_data: Path) -> None:
    by_cluster = pathways_by_cluster(load_catalog(data))
    assert len(by_cluster) == 16
    owners: dict[str, set[str]] = {}
    for cluster, pathways in by_cluster.items():
        for pathway in pathways:
            owners.setdefault(pathway, set()).add(cluster)
    assert len(owners) == 73 and all(len(c) == 1 for c in owners.values())
    raw_it = sorted({p for _, c, p in _raw_clusters(shared_data) if c == IT})
    assert by_cluster[IT] == raw_it


def test_clean_text_decodes_entities_and_drops_tags() -> None:
    assert clean_text("physicians&rsquo; offices") == "physicians\u2019 offices"
    assert clean_text("twice &amp;rsquo; escaped") == "twice \u2019 escaped"
    assert clean_text("<p>In <b>cleanrooms</b></p>\n  here ") == "In cleanrooms here"
    assert clean_text("AT&T; 3 < 5 and R&D") == "AT&T; 3 < 5 and R&D"


def test_no_stored_text_holds_an_entity_or_a_tag() -> None:
    found: list[str] = []
    with sqlite3.connect(COMMITTED_DB) as db:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for column in [r[1] for r in db.execute(f'PRAGMA table_info("{table}")')]:
                sql = f'SELECT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                for (value,) in db.execute(sql):
                    if re.search(r"&[a-z#0-9]+;|<[a-z/]", value, re.IGNORECASE):
                        found.append(f"{table}.{column}: {value[:80]}")
    assert len(tables) > 30
    assert not found, found[:10]


def test_ooh_sentences_with_entities_are_stored_decoded(
    data: CareerData, shared_data: Path
) -> None:
    profiles = json.loads(
        (shared_data / "ooh-summaries" / "careers-full.json").read_text(encoding="utf-8")
    )
    with_entity = {
        p["soc"]
        for p in profiles
        if MARKUP.search(p.get("work_environment") or "") and p.get("soc")
    }
    assert len(with_entity) >= 20
    with sqlite3.connect(COMMITTED_DB) as db:
        rows = db.execute(
            "SELECT code, ooh_work_environment FROM occupation"
            " WHERE ooh_work_environment LIKE '%\u2019%'"
        ).fetchall()
    assert len({code[:7] for code, _ in rows} & with_entity) >= 20


def test_a_tool_that_repeats_its_commodity_is_shown_once() -> None:
    assert repeats("Awls", "Awls") and repeats("Desktop computers", "Desktop computer")
    assert not repeats("Application servers", "Computer server")
    lines = tool_lines(
        (
            ("Awls", "Awls"),
            ("Application servers", "Computer server"),
            ("Computer servers", "Computer server"),
            ("Claw hammers", "Hammers"),
        )
    )
    assert lines == [
        ("Awls", []),
        ("Computer servers", ["Application servers"]),
        ("Hammers", ["Claw hammers"]),
    ]


def test_every_tool_is_listed_and_none_repeats_its_label(data: CareerData) -> None:
    with sqlite3.connect(COMMITTED_DB) as db:
        codes = [r[0] for r in db.execute("SELECT DISTINCT code FROM tool")]
    assert len(codes) > 800
    for code in codes:
        details = data.details(code)
        assert details is not None
        lines = tool_lines(details.tools)
        shown = {label for label, _ in lines} | {n for _, names in lines for n in names}
        assert {name for name, _ in details.tools} <= shown, code
        assert not [(label, n) for label, names in lines for n in names if repeats(n, label)]
        assert len(lines) == len({category for _, category in details.tools}), code


def test_the_build_splits_joined_clusters_and_cleans_markup(fixture_db: Path) -> None:
    with sqlite3.connect(fixture_db) as db:
        clusters = db.execute(
            "SELECT cluster, pathway FROM career_cluster WHERE code = '27-2011.00' ORDER BY pathway"
        ).fetchall()
        summary = db.execute(
            "SELECT ooh_summary, ooh_work_environment FROM occupation WHERE code = '27-2011.00'"
        ).fetchone()
    arts = "Arts, A/V Technology & Communications"
    assert clusters == [(arts, "Journalism and Broadcasting"), (arts, "Performing Arts")]
    assert summary == (
        "Actors play parts in plays & films.",
        "Actors work in physicians\u2019 offices.",
    )
