"""Build data/careers.db from the public sources in ../shared/data.

The build is deterministic: rows are inserted in sorted order into a fresh
file, nothing time-dependent is stored, and the file is vacuumed, so two
builds from the same sources are byte-identical. It writes to a temporary
file beside the target and renames it at the end, so a failed build leaves
the previous database untouched. No Qt is imported here.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from explorer.data.schema import DDL, SCHEMA_VERSION
from explorer.dataset import cip, interests, military, oews, onet, ooh, projections
from explorer.dataset.joins import (
    aggregates,
    find_bls_code,
    is_bright_outlook,
    major_group_of,
    soc_of,
)
from explorer.dataset.readers import SourceError
from explorer.dataset.sources import (
    CLUSTERS,
    HISTORY,
    OEWS_FILE,
    ONET,
    ONET_29,
    OOH_FILE,
    PROJECTIONS,
    source_rows,
)

ALL_OCCUPATIONS = "00-0000"
#: SOC 2018 title of the one major group that OEWS and the projections omit.
MILITARY_GROUP = ("55-0000", "Military Specific Occupations")


@dataclass
class Coverage:
    """How many occupations got each kind of figure: printed after every build."""

    occupations: int = 0
    national_wages: int = 0
    national_wages_by_rule: dict[str, int] = field(default_factory=dict)
    projections: int = 0
    projections_by_rule: dict[str, int] = field(default_factory=dict)
    state_wages: int = 0
    military: int = 0

    def percent(self, count: int) -> float:
        """count as a percentage of all occupations."""
        return 100.0 * count / self.occupations if self.occupations else 0.0

    def report(self) -> str:
        """Human-readable summary lines."""
        civilian = self.occupations - self.military
        return "\n".join(
            [
                f"occupations: {self.occupations}"
                f" ({self.military} military, which BLS does not survey)",
                f"national wages: {self.national_wages} ({self.percent(self.national_wages):.1f}%;"
                f" {100 * self.national_wages / civilian:.1f}% of civilian) by rule"
                f" {self.national_wages_by_rule}",
                f"projections: {self.projections} ({self.percent(self.projections):.1f}%;"
                f" {100 * self.projections / civilian:.1f}% of civilian) by rule"
                f" {self.projections_by_rule}",
                f"state wages: {self.state_wages} occupations with figures for at least one state",
            ]
        )


def _insert(db: sqlite_utils.Database, table: str, rows: Iterable[dict]) -> None:
    db.table(table).insert_all(rows, batch_size=5000)


def _bright_outlook(projection: dict[str, object] | None) -> int:
    """1 where the occupation's projection meets O*NET's Bright Outlook rule, else 0."""
    if not projection:
        return 0
    category, openings = projection["growth_category"], projection["openings_annual"]
    return int(
        is_bright_outlook(
            category if isinstance(category, str) else None,
            openings if isinstance(openings, int) else None,
        )
    )


def build(sources: Path, out: Path, log: Callable[[str], None] = print) -> Coverage:
    """Read every source under sources and write the database to out."""
    started = time.perf_counter()
    sources = sources.resolve()
    if not sources.is_dir():
        raise SourceError(f"sources folder not found: {sources}")
    tmp = out.with_name(out.name + ".tmp")
    tmp.unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(tmp)
    try:
        db.conn.executescript(DDL)
        coverage = _fill(db, sources, log)
        db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.conn.commit()
        db.conn.execute("INSERT INTO search_text(search_text) VALUES ('optimize')")
        db.conn.commit()
        db.conn.execute("VACUUM")
        db.conn.close()
        os.replace(tmp, out)
    except BaseException:
        db.conn.close()
        tmp.unlink(missing_ok=True)
        raise
    log(coverage.report())
    log(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - started:.1f} s")
    return coverage


def _fill(db: sqlite_utils.Database, sources: Path, log: Callable[[str], None]) -> Coverage:
    onet_dir = sources / ONET
    occupations = onet.occupations(onet_dir)
    codes = {str(o["code"]) for o in occupations}
    coverage = Coverage(
        occupations=len(occupations), military=sum(1 for c in codes if c.startswith("55-"))
    )
    log(f"O*NET: {len(occupations)} occupations")

    projection_rows = projections.projections(sources / PROJECTIONS)
    projected = {str(r["soc_code"]): r for r in projection_rows}
    ooh_text = ooh.summaries(sources / OOH_FILE)

    with oews.opened(sources / OEWS_FILE) as oews_db:
        national = oews.national_codes(oews_db)
        titles = oews.occupation_titles(oews_db)
        oews_release = oews.release(oews_db)
        job_zones = onet.job_zones(onet_dir)
        socs = {soc_of(c) for c in codes}
        wage_aggregates = aggregates(national, socs)
        line_items = (c for c, r in projected.items() if r["occupation_type"] == "Line item")
        projection_aggregates = aggregates(line_items, socs)
        rows: list[dict[str, object]] = []
        wage_codes: set[str] = set()
        for occ in occupations:
            code = str(occ["code"])
            wage = find_bls_code(code, national, wage_aggregates)
            proj = find_bls_code(code, projected, projection_aggregates)
            soc = soc_of(code)
            for found, counts in (
                (wage, coverage.national_wages_by_rule),
                (proj, coverage.projections_by_rule),
            ):
                if found:
                    counts[found[1]] = counts.get(found[1], 0) + 1
            ooh_code = next((c for c in (soc, wage and wage[0]) if c in ooh_text), None)
            projection = projected.get(proj[0]) if proj else None
            rows.append(
                {
                    **occ,
                    "soc_code": soc,
                    "major_group": major_group_of(soc),
                    "job_zone": job_zones.get(code),
                    "wage_soc_code": wage[0] if wage else None,
                    "wage_soc_title": titles.get(wage[0]) if wage else None,
                    "projection_soc_code": proj[0] if proj else None,
                    "projection_soc_title": projection["title"] if projection else None,
                    "bright_outlook": _bright_outlook(projection),
                    "ooh_soc_code": ooh_code,
                    "ooh_summary": ooh_text[ooh_code]["summary"] if ooh_code else None,
                    "ooh_work_environment": ooh_text[ooh_code]["work_environment"]
                    if ooh_code
                    else None,
                    "employment_rank": None,
                }
            )
            if wage:
                wage_codes.add(wage[0])
        coverage.national_wages = sum(1 for r in rows if r["wage_soc_code"])
        coverage.projections = sum(1 for r in rows if r["projection_soc_code"])

        groups = sorted({major_group_of(soc_of(code)) for code in codes})
        group_titles = {g: titles.get(g) for g in groups}
        group_titles[MILITARY_GROUP[0]] = group_titles.get(MILITARY_GROUP[0]) or MILITARY_GROUP[1]
        _insert(db, "major_group", ({"code": g, "title": group_titles[g]} for g in groups))

        wanted = wage_codes | set(groups) | {ALL_OCCUPATIONS}
        log(f"OEWS {oews_release}: {len(wanted)} BLS codes")
        _insert(db, "wage", oews.wages(oews_db, wage_codes, set(groups) | {ALL_OCCUPATIONS}))
        _insert(db, "area", oews.areas(oews_db))
        _insert(db, "industry", oews.industries(oews_db))
        _insert(db, "wage_footnote", oews.footnotes(oews_db))

    _rank_by_employment(db, rows)
    _insert(db, "occupation", rows)
    coverage.state_wages = db.execute(
        "SELECT COUNT(DISTINCT o.code) FROM occupation o"
        " JOIN wage w ON w.soc_code = o.wage_soc_code"
        " JOIN area a ON a.area_code = w.area_code WHERE a.area_type = 'S'"
    ).fetchone()[0]

    log("O*NET details")
    _insert(db, "job_zone", onet.job_zone_reference(onet_dir))
    _insert(db, "alternate_title", onet.alternate_titles(onet_dir, codes))
    _insert(db, "reported_title", onet.reported_titles(onet_dir, codes))
    _insert(db, "task", onet.tasks(onet_dir, codes))
    _insert(db, "emerging_task", onet.emerging_tasks(onet_dir, codes))
    _insert(db, "work_activity_title", onet.work_activity_titles(onet_dir))
    _insert(db, "work_activity", onet.work_activities(onet_dir, codes))
    _insert(db, "technology", onet.technology(onet_dir, codes))
    _insert(db, "tool", onet.tools(onet_dir, codes))
    _insert(db, "interest", onet.interests(onet_dir, codes))
    interest_elements = interests.elements(onet_dir)
    known = {str(e["element_id"]) for e in interest_elements}
    _insert(db, "interest_element", interest_elements)
    _insert(db, "interest_activity", interests.activities(onet_dir, known))
    _insert(db, "basic_interest_area", interests.basic_interest_areas(onet_dir, known))
    _insert(db, "work_style", onet.work_styles(onet_dir, codes))
    _insert(db, "work_value", onet.work_values(onet_dir, codes))
    _insert(db, "education_level", onet.education_levels(onet_dir, codes))
    _insert(db, "related_occupation", onet.related(onet_dir, codes))
    _insert(db, "career_cluster", onet.career_clusters(sources / CLUSTERS, codes))
    log("O*NET 29.0 skills and knowledge")
    elements, ratings = onet.skills_and_knowledge(sources / ONET_29, codes)
    _insert(db, "element", elements)
    _insert(db, "ability_rating", ratings)

    log("BLS projections")
    _insert(db, "projection", projection_rows)
    _insert(db, "bls_skill_rank", projections.skill_ranks(sources / PROJECTIONS))
    _insert(db, "attainment", projections.attainment(sources / PROJECTIONS))
    _insert(db, "projection_mark", projections.marks(sources / PROJECTIONS))
    _insert(db, "utilization_factor", projections.utilization_factors(sources / PROJECTIONS))

    log("OEWS history")
    _insert(db, "wage_history", oews.history(sources / HISTORY, wanted))

    log("NCES programs of study and the O*NET military crosswalk")
    programs, program_socs, no_match = cip.tables(sources)
    _insert(db, "program", programs)
    _insert(db, "program_soc", program_socs)
    _insert(db, "program_no_match", no_match)
    _insert(db, "military_code", military.matches(sources, codes))
    log(military.coverage_line(db))

    search_rows = list(_search_rows(db))
    _insert_search_rows(db, search_rows)
    _insert(db, "search_word", _search_words(search_rows))
    sources_meta = source_rows(sources, oews_release)
    _insert(db, "source", sources_meta)
    _insert(
        db,
        "meta",
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            *({"key": f"release.{s['name']}", "value": s["release"]} for s in sources_meta),
            {
                "key": "release.attainment",
                "value": projections.attainment_period(sources / PROJECTIONS),
            },
        ],
    )
    return coverage


def _rank_by_employment(db: sqlite_utils.Database, rows: list[dict]) -> None:
    """Rank occupations by the national employment of their wage code (1 = most)."""
    employment = dict(
        db.execute(
            "SELECT soc_code, employment FROM wage WHERE area_code = '0000000'"
            " AND industry_code = '000000' AND employment IS NOT NULL"
        ).fetchall()
    )
    ranked = sorted(
        (r for r in rows if employment.get(r["wage_soc_code"])),
        key=lambda r: (-employment[r["wage_soc_code"]], r["code"]),
    )
    for rank, row in enumerate(ranked, start=1):
        row["employment_rank"] = rank


def _insert_search_rows(db: sqlite_utils.Database, rows: list[dict[str, str]]) -> None:
    """Store the index rows in search_row, each kind once in search_kind, and index them.

    search_text is an external-content FTS5 table reading the view search_content: the
    text is stored once, and a row's kind as a number (it was 0.8 MB of repeated words).
    """
    kinds = list(dict.fromkeys(row["kind"] for row in rows))
    kind_ids = {kind: number for number, kind in enumerate(kinds, start=1)}
    _insert(db, "search_kind", ({"kind_id": n, "kind": k} for k, n in kind_ids.items()))
    _insert(
        db,
        "search_row",
        (
            {"row_id": n, "code": r["code"], "kind_id": kind_ids[r["kind"]], "text": r["text"]}
            for n, r in enumerate(rows, start=1)
        ),
    )
    db.conn.execute("INSERT INTO search_text(search_text) VALUES ('rebuild')")


def _search_words(rows: Iterable[dict[str, str]]) -> list[dict[str, object]]:
    """Every word of three letters or more in the index, with how often it is
    used: the vocabulary search corrects typos against ("electrican")."""
    counts: dict[str, int] = {}
    for row in rows:
        for word in re.findall(r"[a-z]{3,}", row["text"].lower()):
            counts[word] = counts.get(word, 0) + 1
    return [{"word": w, "uses": counts[w]} for w in sorted(counts)]


def _search_rows(db: sqlite_utils.Database) -> Iterable[dict[str, str]]:
    """Rows of the full-text index: one per title, alternate title, reported
    title, description and task, so a match can say what it matched."""
    queries = (
        ("title", "SELECT code, title FROM occupation ORDER BY code"),
        ("alternate", "SELECT code, title FROM alternate_title ORDER BY code, title"),
        (
            "short",
            "SELECT code, short_title FROM alternate_title"
            " WHERE short_title IS NOT NULL ORDER BY code, title",
        ),
        ("reported", "SELECT code, title FROM reported_title ORDER BY code, title"),
        (
            "program",
            "SELECT DISTINCT o.code, p.title FROM occupation o JOIN program_soc s"
            " ON s.soc_code = o.soc_code JOIN program p ON p.cip = s.cip ORDER BY o.code, p.title",
        ),
        (
            "military",
            "SELECT DISTINCT code, moc || ' ' || title FROM military_code"
            " ORDER BY code, moc, title",
        ),
        ("description", "SELECT code, description FROM occupation ORDER BY code"),
        ("task", "SELECT code, text FROM task ORDER BY code, task_id"),
        ("task", "SELECT code, text FROM emerging_task ORDER BY code, text"),
    )
    for kind, sql in queries:
        for code, text in db.execute(sql).fetchall():
            yield {"code": code, "kind": kind, "text": text}
