"""Outlook: jobs now and in ten years, growth compared, openings, and what affects them."""

from __future__ import annotations

from html import escape

from explorer.profile import formatting, plain_words
from explorer.profile.blocks import Block, Chart, Html, ItemList
from explorer.profile.chart_data import ChartData, Series
from explorer.profile.context import SectionContext
from explorer.profile.pay import ALL_OCCUPATIONS

#: BLS factors listed on screen before "Show all" (one occupation has 46). Paper lists
#: them all.
FACTORS_SHOWN = 6


def outlook_html(ctx: SectionContext) -> str:
    """The growth category and its meaning, and openings."""
    occupation, r = ctx.occupation, ctx.releases
    p = occupation.projections
    if p is None:
        return (
            "<p>BLS publishes no employment projections for this occupation, so its "
            "growth and openings are not available.</p>"
        )
    parts = []
    title = formatting.projection_title(
        p.soc_code,
        occupation.wage_soc_code,
        occupation.wage_soc_title,
        occupation.projection_soc_title,
    )
    whose = formatting.figures_for(occupation.code, p.soc_code, title)
    if whose:
        parts.append(f"<p>{escape(whose)} (projections code {escape(p.soc_code)}).</p>")
    ranges = dict(formatting.growth_ranges())
    category = p.growth_category or ""
    parts.append(
        f"<p>Growth {r.projections}: "
        f"<b>{escape(formatting.growth(category, p.change_percent))}"
        f"</b>. <i>{escape(category)}</i> means a projected change, rounded to a whole "
        f"percent, of {escape(ranges.get(category, formatting.NOT_AVAILABLE))} over the ten "
        "years.</p>"
        f"<p>About <b>{formatting.count(p.openings_annual)}</b> openings a year on average. "
        "Most openings come from replacing workers who retire, leave the labor force or "
        "move to other occupations, not only from growth.</p>"
        f"<p>{escape(plain_words.bright_outlook_sentences(p, ctx.details.bright_outlook))}</p>"
    )
    parts.append(
        "<p><small>OOH growth categories: "
        + "; ".join(f"{escape(name.lower())} {escape(text)}" for name, text in ranges.items())
        + ".</small></p>"
    )
    return "".join(parts)


def factors_list(ctx: SectionContext) -> ItemList | None:
    """The BLS factors affecting the occupation, each with the industries it concerns;
    None where BLS published none. The first few on screen, every one on paper."""
    p = ctx.occupation.projections
    factors = ctx.data.utilization_factors(p.soc_code) if p else []
    if not factors:
        return None
    grouped: dict[str, list[str]] = {}
    for industry, factor in factors:
        grouped.setdefault(factor, []).append(industry)
    items = tuple(
        escape(f"{factor} ({', '.join(industries)})") for factor, industries in grouped.items()
    )
    return ItemList(
        heading="What BLS expects to affect these jobs",
        items=items,
        noun="factors",
        count=len(items),
        shown=len(items) if ctx.printing else FACTORS_SHOWN,
        key="factors",
    )


def factors_source(ctx: SectionContext) -> str:
    """The source line under the factors."""
    return (
        f"<p><small>Source: BLS Employment Projections {ctx.releases.projections}, "
        "occupational utilization factors.</small></p>"
    )


def employment_projection(ctx: SectionContext) -> ChartData:
    """Employment in the base year and projected for the target year."""
    r, p = ctx.releases, ctx.occupation.projections
    values = (p.employment_2024, p.employment_2034) if p else (None, None)
    return ChartData(
        title=f"Employment, {r.base_year} and projected {r.target_year}",
        kind="bar",
        categories=(r.base_year, r.target_year),
        series=(Series(ctx.occupation.title, values),),
        unit="count",
        category_axis="Year",
        value_axis="Jobs",
        source=r.projections_source,
    )


def growth_comparison(ctx: SectionContext) -> ChartData:
    """Projected percent change: the occupation, its group, all occupations."""
    occupation = ctx.occupation
    group = ctx.data.projection(occupation.major_group.code)
    everyone = ctx.data.projection(ALL_OCCUPATIONS)
    values = (
        occupation.projections.change_percent if occupation.projections else None,
        group.change_percent if group else None,
        everyone.change_percent if everyone else None,
    )
    return ChartData(
        title=f"Projected employment change, {ctx.releases.projections}",
        kind="bar",
        categories=(occupation.title, occupation.major_group.title, "All occupations"),
        series=(Series("Percent change", values),),
        unit="percent",
        category_axis="",
        value_axis="Change (%)",
        source=ctx.releases.projections_source,
    )


def openings_breakdown(ctx: SectionContext) -> ChartData:
    """Openings a year on average over the projection decade, and what they are made of."""
    p = ctx.occupation.projections
    values = (p.openings_growth, p.openings_exits, p.openings_transfers) if p else (None,) * 3
    total = formatting.count(p.openings_annual if p else None)
    notes = (
        (
            f"Openings a year in all: {total}. Growth is the projected change in jobs over "
            "the ten years divided by 10, as BLS computes it; BLS rounds the other figures "
            "to the nearest hundred, so the parts need not add up exactly. Growth is "
            "negative where the number of jobs is projected to fall.",
        )
        if p
        else ("BLS publishes no employment projections for this occupation.",)
    )
    return ChartData(
        title=f"Openings each year and where they come from, {ctx.releases.projections} average",
        kind="bar",
        categories=(
            "New jobs from growth",
            "Workers leaving the labor force",
            "Workers moving to other occupations",
        ),
        series=(Series("Openings a year", values),),
        unit="count",
        category_axis="",
        value_axis="Openings a year",
        source=ctx.releases.projections_source,
        notes=notes,
    )


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """Growth and openings in words, three charts, then the BLS factors where published."""
    blocks: list[Block] = [
        Html(outlook_html(ctx), key="summary"),
        Chart(employment_projection(ctx), key="employment"),
        Chart(growth_comparison(ctx), key="growth"),
        Chart(openings_breakdown(ctx), key="openings"),
    ]
    factors = factors_list(ctx)
    if factors is not None:
        blocks += [factors, Html(factors_source(ctx), key="factors_source")]
    return tuple(blocks)
