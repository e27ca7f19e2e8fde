"""Similar Occupations: what O*NET lists as related, and others in the same career pathway."""

from __future__ import annotations

from explorer.data.catalog import OccupationSummary
from explorer.profile import formatting
from explorer.profile.blocks import Block, Html, OccupationList, Table
from explorer.profile.context import SectionContext
from explorer.profile.military import civilian_blocks, military_codes_blocks

TIER_TEXT = {
    "Primary-Short": "Most similar",
    "Primary-Long": "Similar",
    "Supplemental": "Somewhat similar",
}
PATHWAY_LIMIT = 30
PRINT_LIMIT = 6  # O*NET's most closely related first


def related(ctx: SectionContext) -> list[tuple[OccupationSummary, str]]:
    """Related occupations that the catalog holds, with how similar O*NET says they are."""
    return [
        (ctx.catalog[r.code], TIER_TEXT.get(r.tier, r.tier))
        for r in ctx.occupation.related
        if r.code in ctx.catalog
    ]


def same_pathway(ctx: SectionContext) -> tuple[list[str], list[OccupationSummary]]:
    """The occupation's career pathways, and the other occupations in any of them, those
    with the most jobs first."""
    own = ctx.catalog.get(ctx.occupation.code)
    pathways = sorted({p for _, p in own.clusters}) if own else []
    others = [
        row
        for row in ctx.catalog.values()
        if row.code != ctx.occupation.code and set(pathways) & {p for _, p in row.clusters}
    ]
    others.sort(key=lambda row: (row.employment_rank or 10**6, row.title))
    return pathways, others


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """A military occupation's civilian careers first, then the related occupations,
    then the military jobs matched to the occupation."""
    return civilian_blocks(ctx) + _related_blocks(ctx) + military_codes_blocks(ctx)


def _related_blocks(ctx: SectionContext) -> tuple[Block, ...]:
    """On screen two lists to open from; on paper a table of the most similar."""
    r = ctx.releases
    rows = related(ctx)
    if ctx.printing:
        if not rows:
            return (Html("<p>O*NET lists no related occupations for this one.</p>", key="related"),)
        more = len(rows) - PRINT_LIMIT
        note = f" Career Explorer lists {more} more." if more > 0 else ""
        return (
            Table(
                (
                    "Occupation",
                    "How similar",
                    "Median pay",
                    "Typical education",
                    f"Growth {r.projections}",
                ),
                tuple(
                    (
                        s.title,
                        tier,
                        formatting.annual_pay(s.annual_median, s.hourly_median, s.median_footnotes),
                        s.typical_education or formatting.NOT_AVAILABLE,
                        formatting.growth(s.growth_category, s.change_percent),
                    )
                    for s, tier in rows[:PRINT_LIMIT]
                ),
                source=f"Sources: O*NET® {r.onet} related occupations; BLS OEWS "
                f"{r.oews}; BLS Employment Projections {r.projections}.{note}",
                key="related",
            ),
        )
    pathways, others = same_pathway(ctx)
    shown = others[:PATHWAY_LIMIT]
    related_block: Block = (
        OccupationList(
            "<b>Related occupations</b> (O*NET), click one to open it",
            tuple(s.code for s, _ in rows),
            tuple(tier for _, tier in rows),
            note_header="How similar",
            key="related",
        )
        if rows
        else Html(
            "<p><b>Related occupations</b>: O*NET lists no related occupations for this one.</p>",
            key="related",
        )
    )
    return (
        related_block,
        OccupationList(
            f"<b>Same career pathway</b> ({', '.join(pathways) or 'none'}): the "
            f"{len(shown)} with the most jobs",
            tuple(s.code for s in shown),
            source=f"Sources: O*NET® {r.onet} related occupations and career "
            f"clusters; BLS OEWS {r.oews}; BLS Employment Projections "
            f"{r.projections}. Pay: median, {r.oews}; growth: projected "
            f"{r.projections}. Occupations that BLS counts under one code "
            "share its pay and growth.",
            key="pathway",
        ),
    )
