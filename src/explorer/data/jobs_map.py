"""The map of all jobs: each BLS occupation with its 2024 jobs and the figures a student
can colour it by.

One row per occupation BLS projects (the projections' SOC code), because that is
the unit BLS counts jobs in: Registered Nurses' 3.4 million jobs are not split among
O*NET's nurse specialties. Each row names the O*NET occupation a click opens (the
SOC code's own, "29-1141.00", else its first specialty). Occupations with no jobs
figure are left out, and counted (`JobsMap.left_out`).
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.data.repository import ALL_INDUSTRIES, NATIONAL, CareerData


@dataclass(frozen=True)
class JobsTile:
    """One BLS occupation: its jobs in 2024 and the figures it can be coloured by."""

    soc_code: str
    title: str
    code: str
    major_group: str
    major_group_title: str
    jobs: int
    annual_median: int | None
    change_percent: float | None
    growth_category: str | None
    typical_education: str | None


@dataclass(frozen=True)
class JobsMap:
    """Every tile, most jobs first, and how many O*NET occupations have no jobs figure."""

    tiles: tuple[JobsTile, ...]
    left_out: int


def jobs_map(data: CareerData) -> JobsMap:
    """The tiles of the map of all jobs, from the projections, wages and occupations."""
    rows = data._query(
        "SELECT p.soc_code, p.title, p.employment_2024, p.change_percent, p.growth_category,"
        " p.typical_education, MIN(o.code) AS code, o.major_group, g.title AS group_title,"
        " w.annual_median"
        " FROM projection p JOIN occupation o ON o.projection_soc_code = p.soc_code"
        " JOIN major_group g ON g.code = o.major_group"
        " LEFT JOIN wage w ON w.soc_code = o.wage_soc_code AND w.area_code = ?"
        " AND w.industry_code = ?"
        " WHERE p.employment_2024 > 0"
        " GROUP BY p.soc_code ORDER BY p.employment_2024 DESC, p.soc_code",
        (NATIONAL, ALL_INDUSTRIES),
    )
    tiles = tuple(
        JobsTile(
            soc_code=r["soc_code"],
            title=r["title"],
            code=r["code"],
            major_group=r["major_group"],
            major_group_title=r["group_title"],
            jobs=r["employment_2024"],
            annual_median=r["annual_median"],
            change_percent=r["change_percent"],
            growth_category=r["growth_category"],
            typical_education=r["typical_education"],
        )
        for r in rows
    )
    missing = data._query(
        "SELECT COUNT(*) AS n FROM occupation o LEFT JOIN projection p"
        " ON p.soc_code = o.projection_soc_code"
        " WHERE p.employment_2024 IS NULL OR p.employment_2024 <= 0"
    )
    return JobsMap(tiles, int(missing[0]["n"]))
