"""Work Environment: where and how the work is done, by whom, and what it asks and offers."""

from __future__ import annotations

from html import escape

from explorer.data.records import IndustryFigures
from explorer.profile.blocks import Block, Chart, Html
from explorer.profile.chart_data import ChartData, Series
from explorer.profile.context import SectionContext

INDUSTRY_LEVEL = 3  # NAICS subsectors: they do not overlap, and add up to the total
INDUSTRY_LIMIT = 8


def industry_rows(ctx: SectionContext) -> list[IndustryFigures]:
    """The occupation's national figures in each NAICS subsector, most jobs first."""
    code = ctx.occupation.wage_soc_code
    return ctx.data.industries(code, INDUSTRY_LEVEL) if code else []


def environment_html(ctx: SectionContext) -> str:
    """The OOH work-environment sentence and the share of self-employed."""
    p = ctx.occupation.projections
    parts = []
    if ctx.details.ooh_work_environment:
        parts.append(
            f"<p><i>From the Occupational Outlook Handbook:</i> "
            f"{escape(ctx.details.ooh_work_environment)}</p>"
        )
    if p and p.self_employed_percent is not None:
        parts.append(
            f"<p><b>{p.self_employed_percent:.1f}%</b> of the people in this "
            f"occupation were self-employed in {ctx.releases.base_year}. "
            "<small>(BLS Employment Projections)</small></p>"
        )
    else:
        parts.append(
            "<p>Self-employed: not available. BLS publishes no figure for this occupation.</p>"
        )
    return "".join(parts)


def industries_employing(ctx: SectionContext) -> ChartData:
    """The industries with the most of the occupation's jobs, and their share of all of them.

    The share is computed here: jobs in the industry divided by the
    occupation's national total for all industries, both as OEWS publishes them.
    """
    occupation, r = ctx.occupation, ctx.releases
    total = occupation.wages.employment if occupation.wages else None
    chosen = [row for row in industry_rows(ctx) if row.employment][:INDUSTRY_LIMIT]
    shares = tuple(
        round(100 * row.employment / total, 1) if total and row.employment else None
        for row in chosen
    )
    notes = (
        (
            "Share: the industry's jobs divided by all "
            f"{total:,} wage and salary jobs in the occupation in {r.oews} (computed from "
            f"BLS figures). The quick facts give BLS Employment Projections' count for "
            f"{r.base_year}, which also counts the self-employed.",
        )
        if total
        else ()
    )
    if not chosen:
        notes = ("BLS publishes no industry figures for this occupation.",)
    return ChartData(
        title=f"Industries that employ the most, {r.oews}",
        kind="bar",
        categories=tuple(row.name for row in chosen),
        series=(
            Series("Share of the occupation's jobs", shares),
            Series("Jobs", tuple(row.employment for row in chosen), unit="count", drawn=False),
        ),
        unit="share",
        category_axis="Industry",
        value_axis="Share of the occupation's jobs (%)",
        source=r.oews_source,
        notes=notes,
    )


def work_styles(ctx: SectionContext, limit: int = 8) -> ChartData:
    """O*NET work styles that matter most for doing the job well."""
    rows = ctx.data.work_styles(ctx.occupation.code)[:limit]
    return ChartData(
        title="Work styles that matter most (O*NET)",
        kind="bar",
        categories=tuple(name for name, _, _ in rows),
        series=(
            Series("Impact on performance (−3 to +3)", tuple(impact for _, impact, _ in rows)),
        ),
        unit="score",
        category_axis="Work style",
        value_axis="Impact on job performance (−3 to +3)",
        source=ctx.releases.onet_source,
        notes=(
            "Impact: how much the style helps (+) or hinders (−) performance in this "
            "job, O*NET's rating from −3 to +3.",
        )
        if rows
        else ("O*NET has no work styles for this occupation.",),
    )


def work_values(ctx: SectionContext) -> ChartData:
    """O*NET work values: what a job like this offers the people who do it."""
    rows = ctx.data.work_values(ctx.occupation.code)
    top = [name for name, _, rank in sorted(rows, key=lambda r: r[2] or 99) if rank]
    notes = (
        (
            f"Strongest: {', '.join(top)}. Extent: how well the job meets each value, "
            "O*NET's rating from 1 (low) to 7 (high).",
        )
        if top
        else ()
    )
    return ChartData(
        title="What the job offers: work values (O*NET)",
        kind="bar",
        categories=tuple(name for name, _, _ in rows),
        series=(Series("Extent (1 to 7)", tuple(extent for _, extent, _ in rows)),),
        unit="score",
        category_axis="Work value",
        value_axis="Extent (1 to 7)",
        source=ctx.releases.onet_source,
        notes=notes if rows else ("O*NET has no work values for this occupation.",),
    )


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """The OOH sentence and self-employment, then industries, styles and values."""
    return (
        Html(environment_html(ctx), key="text"),
        Chart(industries_employing(ctx), key="industries"),
        Chart(work_styles(ctx), key="styles"),
        Chart(work_values(ctx), key="values"),
    )
