"""What to study: the programs of study (NCES CIP) that prepare for an occupation.

Part of How to Become One (become.py). NCES maps programs to 6-digit SOC
codes, so every O*NET occupation under one SOC code (29-2072.00, 29-2072.01)
lists the same programs. On screen every program, its definition on demand;
on paper the first PRINT_LIMIT, and how many more there are.
"""

from __future__ import annotations

from html import escape

from explorer.profile import formatting
from explorer.profile.blocks import Block, Html, Table
from explorer.profile.context import SectionContext

PRINT_LIMIT = 10
CAPTION = "What to study: programs of study that prepare for this occupation"


def no_program_reason(ctx: SectionContext) -> str:
    """Why an occupation has no program: NCES says NO MATCH, or no program maps to it."""
    soc = ctx.occupation.code[:7]
    if ctx.data.nces_no_match(soc):
        return (
            f"NCES's CIP to SOC crosswalk lists SOC {soc} as NO MATCH: no instructional "
            "program prepares for it."
        )
    return f"No program in NCES's CIP to SOC crosswalk maps to SOC {soc}."


def programs_block(ctx: SectionContext) -> Block:
    """A table of the occupation's programs of study, or why there are none."""
    programs = ctx.occupation.programs
    source = ctx.releases.programs_source
    if not programs:
        return Html(
            f"<p><b>{escape(CAPTION)}</b></p><p>No matching program. "
            f"{escape(no_program_reason(ctx))}</p><p><small>{escape(source)}</small></p>",
            key="programs",
        )
    if ctx.printing:
        shown = programs[:PRINT_LIMIT]
        more = len(programs) - len(shown)
        note = f" And {more} more (Career Explorer lists them all)." if more > 0 else ""
        return Table(
            ("Program of study", "CIP code"),
            tuple((p.title, p.cip) for p in shown),
            caption=CAPTION,
            source=f"{source}.{note}",
            key="programs",
        )
    return Table(
        ("Program of study", "CIP code"),
        tuple((p.title, p.cip) for p in programs),
        caption=f"{CAPTION} ({len(programs)}; choose one to see what it covers)",
        source=f"{source}. Programs are matched on the 6-digit SOC code {ctx.occupation.code[:7]}.",
        key="programs",
        details=tuple(p.definition or formatting.NOT_AVAILABLE for p in programs),
    )
