"""The pay, outlook and education charts of a profile, as ChartData built from careers.db.

One function per chart. Each reads through CareerData and returns plain
data, so tests can check every bar against the database.
"""

from __future__ import annotations

from explorer.data.records import Occupation
from explorer.data.repository import CareerData
from explorer.profile import formatting
from explorer.profile.chart_data import (
    HISTORY_SOURCE,
    OEWS_SOURCE,
    ONET_SOURCE,
    PROJECTIONS_SOURCE,
    ChartData,
    Series,
)

ALL_OCCUPATIONS = "00-0000"
PERCENTILE_LABELS = ("10th", "25th", "Median", "75th", "90th")


def pay_percentiles(occupation: Occupation, hourly: bool = False) -> ChartData:
    """The 10th to 90th percentile wages of the occupation."""
    wages = occupation.wages
    figures = (wages.hourly if hourly else wages.annual) if wages else None
    values = (figures.p10, figures.p25, figures.median, figures.p75, figures.p90) \
        if figures else (None,) * 5
    prefix = "hourly" if hourly else "annual"
    measures = [f"{prefix}_{name}" for name in ("p10", "p25", "median", "p75", "p90")]
    missing = tuple(formatting.missing_wage(m, wages.footnote_codes(m)) for m in measures) \
        if wages else ()
    notes = tuple(f.text for f in wages.footnotes
                  if any(m in f.measures for m in measures)) if wages else (
        "BLS publishes no wage estimate for this occupation.",)
    return ChartData(
        title=f"{'Hourly' if hourly else 'Annual'} wages, May 2025",
        kind="bar", categories=PERCENTILE_LABELS,
        series=(Series(occupation.title, values, missing=missing),),
        unit="dollars_hourly" if hourly else "dollars",
        category_axis="Percentile", value_axis="Hourly wage ($)" if hourly else
        "Annual wage ($)", source=OEWS_SOURCE, notes=notes)


def pay_comparison(data: CareerData, occupation: Occupation) -> ChartData:
    """Median annual wage of the occupation, its major group and all occupations."""
    group = data.wages(occupation.major_group.code)
    everyone = data.wages(ALL_OCCUPATIONS)
    values = (occupation.wages.annual.median if occupation.wages else None,
              group.annual.median if group else None,
              everyone.annual.median if everyone else None)
    wages = occupation.wages
    missing = (formatting.missing_wage("annual_median", wages.footnote_codes("annual_median"))
               if wages else "no wage estimate",)
    return ChartData(
        title="Median annual wage compared, May 2025", kind="bar",
        categories=(occupation.title, occupation.major_group.title, "All occupations"),
        series=(Series("Median annual wage", values, missing=missing),), unit="dollars",
        category_axis="", value_axis="Median annual wage ($)", source=OEWS_SOURCE)


def wage_trend(data: CareerData, occupation: Occupation) -> ChartData:
    """National median wage, 2014 to 2025, for the years the code is published: annual,
    or hourly for occupations BLS publishes only by the hour."""
    if not occupation.wage_soc_code:
        return ChartData("Median annual wage over time", "line", (), (), "dollars", "Year",
                         "Median annual wage ($)", HISTORY_SOURCE,
                         ("BLS publishes no wage estimate for this occupation.",))
    history = data.wage_history(occupation.wage_soc_code)
    wages = occupation.wages
    years = [str(year) for year, _, _ in history] + (["2025"] if wages else [])
    annual = [value for _, value, _ in history] + ([wages.annual.median] if wages else [])
    hourly = [value for _, _, value in history] + ([wages.hourly.median] if wages else [])
    by_hour = all(v is None for v in annual) and any(v is not None for v in hourly)
    kind = "hourly" if by_hour else "annual"
    notes = ["Only years in which BLS published the same occupation code are shown; "
             "wages are not adjusted for inflation."]
    if by_hour:
        notes.insert(0, "BLS publishes only hourly wages for this occupation.")
    return ChartData(
        title=f"Median {kind} wage over time (May of each year)", kind="line",
        categories=tuple(years),
        series=(Series(f"{occupation.wage_soc_code}", tuple(hourly if by_hour else annual)),),
        unit="dollars_hourly" if by_hour else "dollars", category_axis="Year",
        value_axis=f"Median {kind} wage ($)", source=HISTORY_SOURCE, notes=tuple(notes))


def employment_projection(occupation: Occupation) -> ChartData:
    """Employment in 2024 and projected for 2034."""
    p = occupation.projections
    values = (p.employment_2024, p.employment_2034) if p else (None, None)
    return ChartData(
        title="Employment, 2024 and projected 2034", kind="bar", categories=("2024", "2034"),
        series=(Series(occupation.title, values),), unit="count", category_axis="Year",
        value_axis="Jobs", source=PROJECTIONS_SOURCE)


def growth_comparison(data: CareerData, occupation: Occupation) -> ChartData:
    """Projected percent change 2024–34: the occupation, its group, all occupations."""
    group = data.projection(occupation.major_group.code)
    everyone = data.projection(ALL_OCCUPATIONS)
    values = (occupation.projections.change_percent if occupation.projections else None,
              group.change_percent if group else None,
              everyone.change_percent if everyone else None)
    return ChartData(
        title="Projected employment change, 2024–34", kind="bar",
        categories=(occupation.title, occupation.major_group.title, "All occupations"),
        series=(Series("Percent change", values),), unit="percent", category_axis="",
        value_axis="Change (%)", source=PROJECTIONS_SOURCE)


def openings_breakdown(occupation: Occupation) -> ChartData:
    """Openings a year on average, 2024–34, and what they are made of."""
    p = occupation.projections
    values = (p.openings_growth, p.openings_exits, p.openings_transfers) if p else (None,) * 3
    total = formatting.count(p.openings_annual if p else None)
    notes = (f"Openings a year in all: {total}. BLS rounds each figure to the nearest "
             "hundred; growth is negative where the number of jobs is projected to fall.",
             ) if p else (
        "BLS publishes no employment projections for this occupation.",)
    return ChartData(
        title="Openings each year and where they come from, 2024–34 average", kind="bar",
        categories=("New jobs from growth", "Workers leaving the labor force",
                    "Workers moving to other occupations"),
        series=(Series("Openings a year", values),), unit="count", category_axis="",
        value_axis="Openings a year", source=PROJECTIONS_SOURCE, notes=notes)


ONET_29_SOURCE = "Source: O*NET® 29.0 Database (USDOL/ETA), CC BY 4.0"
ATTAINMENT_SOURCE = ("Source: BLS Employment Projections, educational attainment of workers "
                     "25 and older, 2022–23")
SKILLS_SOURCE = "Source: BLS Employment Projections 2024–34, skills data"


def education_required(data: CareerData, occupation: Occupation) -> ChartData:
    """O*NET: percent of workers saying each education level is required."""
    # O*NET's labels run on ("Post-Secondary Certificate - awarded for training ..."):
    # the part before the dash names the level.
    levels = [(label.split(" - ")[0].strip(), pct)
              for label, pct, _ in data.education_levels(occupation.code) if pct > 0]
    suppressed = any(s for _, _, s in data.education_levels(occupation.code))
    notes = ("O*NET flags some of these figures as unreliable (small samples).",) \
        if suppressed else ()
    return ChartData(
        title="Education workers say the job requires (O*NET)", kind="bar",
        categories=tuple(label for label, _ in levels),
        series=(Series("Percent of workers", tuple(pct for _, pct in levels)),),
        unit="share", category_axis="Education", value_axis="Percent of workers",
        source=ONET_SOURCE,
        notes=notes if levels else ("O*NET has no education survey for this occupation.",))


def attainment(data: CareerData, occupation: Occupation) -> ChartData:
    """BLS: highest education of the people in the occupation."""
    code = occupation.projections.soc_code if occupation.projections else None
    rows = data.attainment(code) if code else []
    return ChartData(
        title="Highest education of workers in the occupation (BLS)", kind="bar",
        categories=tuple(label for label, _ in rows),
        series=(Series("Percent of workers", tuple(pct for _, pct in rows)),), unit="share",
        category_axis="Education", value_axis="Percent of workers", source=ATTAINMENT_SOURCE,
        notes=() if rows else ("BLS publishes no attainment figures for this occupation.",))


def skill_ranks(data: CareerData, occupation: Occupation) -> ChartData:
    """BLS: how the occupation ranks on 17 skills against all occupations."""
    code = occupation.projections.soc_code if occupation.projections else None
    rows = data.skill_ranks(code) if code else []
    return ChartData(
        title="How much the job uses each skill, compared with all occupations (BLS)",
        kind="bar", categories=tuple(name for name, _ in rows),
        series=(Series("Percentile rank", tuple(float(v) for _, v in rows)),), unit="rank",
        category_axis="Skill", value_axis="Percentile rank (100 = uses it most)",
        source=SKILLS_SOURCE,
        notes=() if rows else ("BLS publishes no skills data for this occupation.",))


def top_ratings(data: CareerData, occupation: Occupation, domain: str,
                limit: int = 8) -> ChartData:
    """O*NET 29.0: the most important skills or knowledge areas (importance 1-5)."""
    rows = [r for r in data.ratings(occupation.code, domain) if r[1] is not None][:limit]
    label = "skills" if domain == "skill" else "knowledge areas"
    return ChartData(
        title=f"Most important {label} (O*NET)", kind="bar",
        categories=tuple(name for name, _, _ in rows),
        series=(Series("Importance (1–5)", tuple(imp for _, imp, _ in rows)),),
        unit="score", category_axis=label.capitalize(), value_axis="Importance (1 to 5)",
        source=ONET_29_SOURCE,
        notes=() if rows else (f"O*NET 29.0 has no {label} ratings for this occupation.",))

