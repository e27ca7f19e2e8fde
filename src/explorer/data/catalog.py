"""Every occupation in one line each: what the results table shows and filters on.

Loaded once (about 1,000 rows) so that browsing and filtering never touch
the database again; the filters themselves are plain Python (OccupationFilter).
Its query runs through CareerData._query, which is private to explorer.data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from explorer.data.repository import ALL_INDUSTRIES, NATIONAL, CareerData
from explorer.data.schema import DECLINE, GROWTH_THRESHOLDS, measure_footnotes

#: BLS typical entry education, from least to most.
EDUCATION_LEVELS = (
    "No formal educational credential",
    "High school diploma or equivalent",
    "Some college, no degree",
    "Postsecondary nondegree award",
    "Associate's degree",
    "Bachelor's degree",
    "Master's degree",
    "Doctoral or professional degree",
)
#: OOH growth categories, from fastest to declining.
GROWTH_CATEGORIES = (*(name for _, name in GROWTH_THRESHOLDS), DECLINE)
INTERESTS = ("Realistic", "Investigative", "Artistic", "Social", "Enterprising", "Conventional")


@dataclass(frozen=True)
class OccupationSummary:
    """One row of the results table. None where BLS or O*NET publish nothing."""

    code: str
    title: str
    major_group: str
    major_group_title: str
    annual_median: int | None
    hourly_median: float | None
    median_footnotes: frozenset[str]
    growth_category: str | None
    change_percent: float | None
    openings_annual: int | None
    typical_education: str | None
    job_zone: int | None
    top_interest: str | None
    bright_outlook: bool
    employment_rank: int | None
    clusters: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class OccupationFilter:
    """What the student narrowed the list to; None (or empty) means any.

    `education` is one exact level; `education_min` and `education_max` are "at least"
    and "at most" a level, in the order of EDUCATION_LEVELS.
    """

    major_group: str | None = None
    cluster: str | None = None
    pathway: str | None = None
    education: str | None = None
    education_min: str | None = None
    education_max: str | None = None
    wage_min: int | None = None
    wage_max: int | None = None
    growth: str | None = None
    openings_min: int | None = None
    job_zone: int | None = None
    interest: str | None = None
    bright_outlook_only: bool = False

    def is_empty(self) -> bool:
        """True when no filter is set."""
        return self == OccupationFilter()

    def _set(self) -> dict[str, Any]:
        """The fields that are set (not their default)."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if getattr(self, f.name) != f.default
        }

    def includes(self, other: OccupationFilter) -> bool:
        """Whether every field set in `other` is set the same way here."""
        return all(getattr(self, name) == value for name, value in other._set().items())

    def plus(self, other: OccupationFilter) -> OccupationFilter:
        """This filter with the fields set in `other` set too (`other` wins)."""
        return replace(self, **other._set())

    def accepts(self, row: OccupationSummary) -> bool:
        """Whether an occupation passes every filter that is set.

        A wage, openings or education range excludes occupations with no published
        figure: their pay (or education) is not known to be in the range.
        """
        rank = education_rank(row.typical_education)
        lowest, highest = education_rank(self.education_min), education_rank(self.education_max)
        checks = (
            self.major_group is None or row.major_group == self.major_group,
            self.cluster is None or any(c == self.cluster for c, _ in row.clusters),
            self.pathway is None or any(p == self.pathway for _, p in row.clusters),
            self.education is None or row.typical_education == self.education,
            self.education_min is None
            or (rank is not None and lowest is not None and rank >= lowest),
            self.education_max is None
            or (rank is not None and highest is not None and rank <= highest),
            self.wage_min is None or (row.annual_median or -1) >= self.wage_min,
            self.wage_max is None
            or (row.annual_median is not None and row.annual_median <= self.wage_max),
            self.growth is None or row.growth_category == self.growth,
            self.openings_min is None or (row.openings_annual or -1) >= self.openings_min,
            self.job_zone is None or row.job_zone == self.job_zone,
            self.interest is None or row.top_interest == self.interest,
            not self.bright_outlook_only or row.bright_outlook,
        )
        return all(checks)


def education_rank(level: str | None) -> int | None:
    """Where a typical education stands in EDUCATION_LEVELS (0 is the least); None for
    no level or one BLS does not list."""
    return EDUCATION_LEVELS.index(level) if level in EDUCATION_LEVELS else None


def highest_pay(rows: Iterable[OccupationSummary]) -> OccupationSummary | None:
    """The occupation with the highest national median yearly pay; None if none has one."""
    paid = [r for r in rows if r.annual_median is not None]
    return max(paid, key=lambda r: r.annual_median or 0, default=None)


def load_catalog(data: CareerData) -> list[OccupationSummary]:
    """Every occupation, in title order: national all-industry pay, projections and
    interests joined once, so filtering never queries again."""
    clusters: dict[str, list[tuple[str, str]]] = {}
    for r in data._query(
        "SELECT code, cluster, pathway FROM career_cluster ORDER BY code, cluster, pathway"
    ):
        clusters.setdefault(r["code"], []).append((r["cluster"], r["pathway"]))
    rows = data._query(
        "SELECT o.code, o.title, o.major_group, g.title AS group_title, w.annual_median,"
        " w.hourly_median_cents, w.footnotes, p.growth_category, p.change_percent,"
        " p.openings_annual, p.typical_education, o.job_zone, i.high_point_1,"
        " o.bright_outlook, o.employment_rank"
        " FROM occupation o JOIN major_group g ON g.code = o.major_group"
        " LEFT JOIN wage w ON w.soc_code = o.wage_soc_code AND w.area_code = ?"
        " AND w.industry_code = ?"
        " LEFT JOIN projection p ON p.soc_code = o.projection_soc_code"
        " LEFT JOIN interest i ON i.code = o.code ORDER BY o.title, o.code",
        (NATIONAL, ALL_INDUSTRIES),
    )
    return [
        OccupationSummary(
            code=r["code"],
            title=r["title"],
            major_group=r["major_group"],
            major_group_title=r["group_title"],
            annual_median=r["annual_median"],
            hourly_median=None
            if r["hourly_median_cents"] is None
            else r["hourly_median_cents"] / 100,
            median_footnotes=measure_footnotes(r["footnotes"], "annual_median"),
            growth_category=r["growth_category"],
            change_percent=r["change_percent"],
            openings_annual=r["openings_annual"],
            typical_education=r["typical_education"],
            job_zone=r["job_zone"],
            top_interest=r["high_point_1"],
            bright_outlook=bool(r["bright_outlook"]),
            employment_rank=r["employment_rank"],
            clusters=tuple(clusters.get(r["code"], ())),
        )
        for r in rows
    ]


def pathways_by_cluster(rows: Iterable[OccupationSummary]) -> dict[str, list[str]]:
    """Each career cluster's pathways, sorted: what the pathway filter offers once a
    cluster is chosen (plain Python, from the loaded catalog)."""
    result: dict[str, set[str]] = {}
    for row in rows:
        for cluster, pathway in row.clusters:
            result.setdefault(cluster, set()).add(pathway)
    return {cluster: sorted(result[cluster]) for cluster in sorted(result)}


def choices(rows: Iterable[OccupationSummary]) -> dict[str, list[tuple[str, str]]]:
    """(value, label) pairs for each filter, from what the catalog holds; "highest_pay"
    is the one highest median yearly pay and its occupation (for the pay filter's note)."""
    rows = list(rows)
    top = highest_pay(rows)
    groups = sorted({(r.major_group, r.major_group_title) for r in rows})
    cluster_names = sorted({c for r in rows for c, _ in r.clusters})
    pathways = sorted({p for r in rows for _, p in r.clusters})
    return {
        "major_group": [(code, f"{title} ({code[:2]})") for code, title in groups],
        "cluster": [(c, c) for c in cluster_names],
        "pathway": [(p, p) for p in pathways],
        "education": [(e, e) for e in EDUCATION_LEVELS],
        "growth": [(g, g) for g in GROWTH_CATEGORIES],
        "interest": [(i, i) for i in INTERESTS],
        "job_zone": [(str(z), f"Job Zone {z}") for z in range(1, 6)],
        "highest_pay": [] if top is None else [(str(top.annual_median), top.title)],
    }
