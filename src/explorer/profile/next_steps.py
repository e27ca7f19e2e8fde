"""The next steps the data supports for one career, for My plan: how to get in, what to
study, and careers like it.

Each part comes from the profile section that defines it (How to Become One's
entry facts and job zone, its programs of study, Similar Occupations' related
careers), so the plan says what the profile says. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.profile import become, programs, quick, similar
from explorer.profile.context import make_context

PROGRAMS, RELATED = 6, 5


@dataclass(frozen=True)
class NextSteps:
    """What a student could do next towards one career; every text is plain."""

    code: str
    title: str
    entry: tuple[tuple[str, str], ...]  # education, experience, training, job zone
    programs: tuple[str, ...]
    programs_note: str  # how many more, or why there are none
    related: tuple[str, ...]


def next_steps(data: CareerData, code: str, catalog: Mapping[str, OccupationSummary]) -> NextSteps:
    """The next steps of one resolved code (ProfileError if unknown)."""
    ctx = make_context(data, code, catalog)
    occupation = ctx.occupation
    facts = dict(quick.quick_facts(ctx))
    entry = (*become.become_facts(ctx), ("Job zone", facts["Job zone"]))
    found = occupation.programs
    if found:
        more = len(found) - PROGRAMS
        note = f"And {more} more in Career Explorer." if more > 0 else ""
    else:
        note = f"No matching program. {programs.no_program_reason(ctx)}"
    related = similar.related(ctx)[:RELATED]
    return NextSteps(
        code=occupation.code,
        title=occupation.title,
        entry=tuple(entry),
        programs=tuple(f"{p.title} (CIP {p.cip})" for p in found[:PROGRAMS]),
        programs_note=note,
        related=tuple(f"{s.title} ({s.code}), {tier.lower()}" for s, tier in related),
    )
