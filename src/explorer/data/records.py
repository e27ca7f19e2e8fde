"""Plain dataclasses that the data layer hands out; no SQL and no Qt here.

A field is None wherever BLS or O*NET published no figure: the program shows
"not available" and, where a footnote says why, the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class MajorGroup:
    """A SOC major group ("29-0000", "Healthcare Practitioners and Technical Occupations")."""

    code: str
    title: str


@dataclass(frozen=True)
class Percentiles:
    """Mean and percentile wages in dollars (annual or hourly)."""

    mean: float | None = None
    p10: float | None = None
    p25: float | None = None
    median: float | None = None
    p75: float | None = None
    p90: float | None = None


@dataclass(frozen=True)
class Footnote:
    """A BLS footnote and the measures it applies to ("annual_median")."""

    code: str
    text: str
    measures: tuple[str, ...]


@dataclass(frozen=True)
class Wages:
    """OEWS figures for one BLS code in one area (and industry)."""

    release: str
    soc_code: str
    employment: int | None
    annual: Percentiles
    hourly: Percentiles
    per_1000: float | None = None
    location_quotient: float | None = None
    footnotes: tuple[Footnote, ...] = ()

    def footnote_codes(self, measure: str) -> frozenset[str]:
        """Codes of the footnotes that apply to one measure ("annual_median")."""
        return frozenset(f.code for f in self.footnotes if measure in f.measures)


@dataclass(frozen=True)
class Projection:
    """BLS Employment Projections 2024–34 for one BLS code; employment in persons."""

    soc_code: str
    employment_2024: int | None
    employment_2034: int | None
    change_numeric: int | None
    change_percent: float | None
    openings_annual: int | None
    growth_category: str | None
    typical_education: str | None
    work_experience: str | None
    training: str | None
    self_employed_percent: float | None = None
    openings_growth: int | None = None
    openings_exits: int | None = None
    openings_transfers: int | None = None


@dataclass(frozen=True)
class Interests:
    """O*NET RIASEC interest scores, 1 (low) to 7 (high)."""

    realistic: float | None
    investigative: float | None
    artistic: float | None
    social: float | None
    enterprising: float | None
    conventional: float | None


@dataclass(frozen=True)
class Technology:
    """A technology skill; hot marks an O*NET Hot Technology (often in job postings for
    any occupation), in_demand one O*NET marks In Demand (often in job postings for
    this occupation)."""

    name: str
    category: str
    hot: bool
    in_demand: bool = False


@dataclass(frozen=True)
class StateFigures:
    """OEWS figures for one occupation in one state or territory."""

    abbr: str
    name: str
    employment: int | None
    per_1000: float | None
    location_quotient: float | None
    annual_median: float | None
    hourly_median: float | None
    footnotes: tuple[Footnote, ...] = ()


@dataclass(frozen=True)
class IndustryFigures:
    """OEWS national figures for one occupation in one industry."""

    code: str
    name: str
    employment: int | None
    annual_median: int | None
    hourly_median: float | None = None
    #: BLS's top-coding cap where it top-coded the median (footnote 5): the true
    #: median is this or more. None where the median is published or not top-coded.
    annual_cap: int | None = None
    hourly_cap: float | None = None


@dataclass(frozen=True)
class WagePoint:
    """One year of the national wage trend. A median BLS top-coded ("#") is None,
    with the cap that year's file states beside it (the median is that or more)."""

    year: int
    annual_median: int | None
    hourly_median: float | None
    annual_cap: int | None = None
    hourly_cap: float | None = None
    #: BLS's mark on the year's median in words ("at or above the top wage BLS publishes").
    note: str | None = None


@dataclass(frozen=True)
class RelatedOccupation:
    """An occupation O*NET lists as related, with its tier ("Primary-Short")."""

    code: str
    title: str
    tier: str


@dataclass(frozen=True)
class Program:
    """An instructional program (NCES CIP 2020) that prepares for an occupation."""

    cip: str
    title: str
    definition: str | None = None


@dataclass(frozen=True)
class MilitaryCode:
    """A military occupational code the O*NET crosswalk matches to an occupation."""

    service: str
    code: str
    title: str


@dataclass(frozen=True)
class Occupation:
    """One occupation as the profile and `show` present it."""

    code: str
    title: str
    description: str
    major_group: MajorGroup
    job_zone: int | None
    wage_soc_code: str | None
    wages: Wages | None
    projections: Projection | None
    interests: Interests | None
    tasks: tuple[str, ...] = ()
    technology: tuple[Technology, ...] = ()
    alternate_titles: tuple[str, ...] = ()
    states: tuple[StateFigures, ...] = ()
    related: tuple[RelatedOccupation, ...] = ()
    wage_soc_title: str | None = None
    projection_soc_code: str | None = None
    projection_soc_title: str | None = None
    programs: tuple[Program, ...] = ()
    military_codes: tuple[MilitaryCode, ...] = ()


@dataclass(frozen=True)
class SearchHit:
    """One search result and why it matched ("alternate title: Coder")."""

    code: str
    title: str
    matched: str
    score: float = field(default=0.0, compare=False)


@dataclass(frozen=True)
class OccupationDetails:
    """What the profile shows beyond `show`: the What They Do tab and quick facts."""

    code: str
    core_tasks: tuple[str, ...]
    supplemental_tasks: tuple[str, ...]
    emerging_tasks: tuple[str, ...]
    work_activities: tuple[str, ...]
    tools: tuple[tuple[str, str], ...]
    reported_titles: tuple[str, ...]
    interest_high_points: tuple[str, ...]
    bright_outlook: bool
    ooh_summary: str | None
    ooh_work_environment: str | None
    ooh_url: str | None


@dataclass(frozen=True)
class AreaFigures:
    """OEWS figures for one occupation in one metropolitan or nonmetropolitan area.

    state_abbr is the first state BLS lists for the area; a metro area that
    crosses state lines names all of them after the comma ("Chicago-Naperville-
    Elgin, IL-IN"), which explorer.profile.state_map reads.
    """

    code: str
    name: str
    state_abbr: str
    employment: int | None
    annual_median: float | None
    hourly_median: float | None
    footnotes: tuple[Footnote, ...] = ()
