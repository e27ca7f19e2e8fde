"""Civilian careers that use a military occupation's skills (O*NET military crosswalk).

Part of Similar Occupations (similar.py). A military occupation (55-xxxx) has
no BLS figures; instead its profile lists the civilian occupations that the
same military codes (svc letter and code, such as Army 68W) are matched to.
On screen a list to open from, on paper a table of the first PRINT_LIMIT.
The crosswalk matches most military codes either to military occupations or
to civilian ones, so many military occupations have none; the section then
says so. Every occupation with matched codes also lists them (military_codes).
"""

from __future__ import annotations

from html import escape

from explorer.profile import formatting
from explorer.profile.blocks import Block, Html, OccupationList, Table
from explorer.profile.context import SectionContext

MILITARY_GROUP = "55-"
PRINT_LIMIT = 10
CAPTION = "Civilian careers that use these skills"


def is_military(code: str) -> bool:
    """True for an occupation of the Military Specific group (55-xxxx)."""
    return code.startswith(MILITARY_GROUP)


def civilian_blocks(ctx: SectionContext) -> tuple[Block, ...]:
    """For a military occupation, the civilian occupations its military codes match;
    nothing for a civilian one."""
    code = ctx.occupation.code
    if not is_military(code):
        return ()
    r = ctx.releases
    codes = [c for c in ctx.data.civilian_matches(code) if c in ctx.catalog]
    count = len({m.code for m in ctx.occupation.military_codes})
    why = (
        f"The O*NET military crosswalk matches {count} military occupational code"
        f"{'' if count == 1 else 's'} to this occupation; these civilian occupations are "
        "matched to the same codes, those sharing the most codes first."
    )
    if not codes:
        return (
            Html(
                f"<p><b>{CAPTION}</b>: none listed. The O*NET military crosswalk matches "
                f"this occupation's {count} military code{'' if count == 1 else 's'} to no "
                "civilian occupation; the related occupations below are O*NET's own list."
                f"</p><p><small>{escape(r.military_source)}</small></p>",
                key="civilian",
            ),
        )
    if ctx.printing:
        shown = codes[:PRINT_LIMIT]
        more = len(codes) - len(shown)
        note = f" And {more} more (Career Explorer lists them all)." if more > 0 else ""
        return (
            Table(
                ("Civilian occupation", "Median pay", "Typical education"),
                tuple(
                    (
                        ctx.catalog[c].title,
                        formatting.annual_pay(
                            ctx.catalog[c].annual_median,
                            ctx.catalog[c].hourly_median,
                            ctx.catalog[c].median_footnotes,
                        ),
                        ctx.catalog[c].typical_education or formatting.NOT_AVAILABLE,
                    )
                    for c in shown
                ),
                caption=f"{CAPTION}. {why}",
                source=f"{r.military_source}. Pay: BLS OEWS {r.oews}; education: BLS "
                f"Employment Projections {r.projections}.{note}",
                key="civilian",
            ),
        )
    return (
        OccupationList(
            f"<b>{CAPTION}</b>, click one to open it. {escape(why)}",
            tuple(codes),
            source=r.military_source,
            key="civilian",
        ),
    )


def military_codes_blocks(ctx: SectionContext) -> tuple[Block, ...]:
    """The military codes the crosswalk matches to the occupation (all on screen, the
    first PRINT_LIMIT on paper); nothing where there are none."""
    codes = ctx.occupation.military_codes
    if not codes:
        return ()
    shown = codes[:PRINT_LIMIT] if ctx.printing else codes
    more = len(codes) - len(shown)
    note = f" And {more} more (Career Explorer lists them all)." if more > 0 else ""
    return (
        Table(
            ("Service", "Military code", "Military job title"),
            tuple((m.service, m.code, m.title) for m in shown),
            caption=f"Military jobs the O*NET military crosswalk matches to this occupation "
            f"({len(codes)})",
            source=f"{ctx.releases.military_source}.{note}",
            key="military_codes",
        ),
    )
