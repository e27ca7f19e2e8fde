"""The Work Environment and industry charts of a profile, as ChartData built from careers.db.

Where people in the occupation work (industries, with the share of all the
occupation's jobs), which industries pay best, and the O*NET work styles and
work values. Like profile_charts, one function per chart, plain data only.
"""

from __future__ import annotations

from explorer.data.records import IndustryFigures, Occupation
from explorer.data.repository import CareerData
from explorer.profile.chart_data import OEWS_SOURCE, ONET_SOURCE, ChartData, Series

INDUSTRY_LEVEL = 3  # NAICS subsectors: they do not overlap, and add up to the total
INDUSTRY_LIMIT = 8


def _industries(data: CareerData, occupation: Occupation) -> list[IndustryFigures]:
    if not occupation.wage_soc_code:
        return []
    return data.industries(occupation.wage_soc_code, INDUSTRY_LEVEL)


def industries_employing(data: CareerData, occupation: Occupation) -> ChartData:
    """The industries with the most of the occupation's jobs, and their share of all of them.

    The share is computed here: jobs in the industry divided by the
    occupation's national total for all industries, both as OEWS publishes them.
    """
    total = occupation.wages.employment if occupation.wages else None
    chosen = [r for r in _industries(data, occupation) if r.employment][:INDUSTRY_LIMIT]
    shares = tuple(round(100 * r.employment / total, 1) if total and r.employment else None
                   for r in chosen)
    notes = ("Share: the industry's jobs divided by all "
             f"{total:,} wage and salary jobs in the occupation in May 2025 (computed from "
             "BLS figures). The quick facts give BLS Employment Projections' count for 2024, "
             "which also counts the self-employed.",) if total else ()
    if not chosen:
        notes = ("BLS publishes no industry figures for this occupation.",)
    return ChartData(
        title="Industries that employ the most, May 2025", kind="bar",
        categories=tuple(r.name for r in chosen),
        series=(Series("Share of the occupation's jobs", shares),
                Series("Jobs", tuple(r.employment for r in chosen), unit="count",
                       drawn=False)),
        unit="share", category_axis="Industry", value_axis="Share of the occupation's jobs (%)",
        source=OEWS_SOURCE, notes=notes)


def best_paying_industries(data: CareerData, occupation: Occupation) -> ChartData:
    """The industries with the highest median wage: annual, or hourly where BLS
    publishes only hourly wages for the occupation (actors, for instance)."""
    rows = _industries(data, occupation)
    hourly = not any(r.annual_median for r in rows) and any(r.hourly_median for r in rows)

    def median(r: IndustryFigures) -> float | None:
        return r.hourly_median if hourly else r.annual_median

    chosen = sorted((r for r in rows if median(r)), key=lambda r: median(r) or 0,
                    reverse=True)[:INDUSTRY_LIMIT]
    kind = "hourly" if hourly else "annual"
    notes: tuple[str, ...] = ()
    if hourly:
        notes = ("BLS publishes only hourly wages for this occupation.",)
    if not chosen:
        notes = ("BLS publishes no industry wages for this occupation.",)
    return ChartData(
        title="Best-paying industries, May 2025", kind="bar",
        categories=tuple(r.name for r in chosen),
        series=(Series(f"Median {kind} wage", tuple(median(r) for r in chosen)),
                Series("Jobs", tuple(r.employment for r in chosen), unit="count",
                       drawn=False)),
        unit="dollars_hourly" if hourly else "dollars", category_axis="Industry",
        value_axis=f"Median {kind} wage ($)", source=OEWS_SOURCE, notes=notes)


def work_styles(data: CareerData, occupation: Occupation, limit: int = 8) -> ChartData:
    """O*NET work styles that matter most for doing the job well."""
    rows = data.work_styles(occupation.code)[:limit]
    return ChartData(
        title="Work styles that matter most (O*NET)", kind="bar",
        categories=tuple(name for name, _, _ in rows),
        series=(Series("Impact on performance (−3 to +3)",
                       tuple(impact for _, impact, _ in rows)),),
        unit="score", category_axis="Work style",
        value_axis="Impact on job performance (−3 to +3)", source=ONET_SOURCE,
        notes=("Impact: how much the style helps (+) or hinders (−) performance in this "
               "job, O*NET's rating from −3 to +3.",) if rows else
        ("O*NET has no work styles for this occupation.",))


def work_values(data: CareerData, occupation: Occupation) -> ChartData:
    """O*NET work values: what a job like this offers the people who do it."""
    rows = data.work_values(occupation.code)
    top = [name for name, _, rank in sorted(rows, key=lambda r: r[2] or 99) if rank]
    notes = (f"Strongest: {', '.join(top)}. Extent: how well the job meets each value, "
             "O*NET's rating from 1 (low) to 7 (high).",) if top else ()
    return ChartData(
        title="What the job offers: work values (O*NET)", kind="bar",
        categories=tuple(name for name, _, _ in rows),
        series=(Series("Extent (1 to 7)", tuple(extent for _, extent, _ in rows)),),
        unit="score", category_axis="Work value", value_axis="Extent (1 to 7)",
        source=ONET_SOURCE,
        notes=notes if rows else ("O*NET has no work values for this occupation.",))
