"""The profile's sections, defined once: what each is called and how it is built.

The profile tabs, the printed report (and later the handout and the
comparison) all take their sections from SECTIONS, so adding a chart to a
section's builder adds it to the tab and to paper alike.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from explorer.data.catalog import OccupationSummary
from explorer.data.repository import CareerData
from explorer.profile import become, environment, outlook, pay, quick, similar, states, what
from explorer.profile.blocks import Block, OccupationReport, Section
from explorer.profile.context import PRINT, ProfileError, SectionContext, make_context

#: A request the report cannot honour (the command line's and the print dialog's name).
ReportError = ProfileError


@dataclass(frozen=True)
class SectionSpec:
    """One section: its key (the command line's --sections name), heading, tab label
    with its Alt-key mnemonic ("" when it is not a tab), and builder."""

    key: str
    title: str
    tab_label: str
    build: Callable[[SectionContext], tuple[Block, ...]]


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("quick", "Quick facts", "", quick.build),
    SectionSpec("what", "What They Do", "&What They Do", what.build),
    SectionSpec("become", "How to Become One", "How to &Become One", become.build),
    SectionSpec("environment", "Work Environment", "Wor&k Environment", environment.build),
    SectionSpec("pay", "Pay", "&Pay", pay.build),
    SectionSpec("outlook", "Outlook", "O&utlook", outlook.build),
    SectionSpec("states", "State Data", "St&ate Data", states.build),
    SectionSpec("similar", "Similar Occupations", "&Similar Occupations", similar.build),
)
SECTION_BY_KEY: dict[str, SectionSpec] = {spec.key: spec for spec in SECTIONS}
#: Every section's key, in report order.
SECTION_KEYS: tuple[str, ...] = tuple(SECTION_BY_KEY)
TAB_SECTIONS: tuple[SectionSpec, ...] = tuple(spec for spec in SECTIONS if spec.tab_label)


def build_section(key: str, ctx: SectionContext) -> Section:
    """One section of an occupation, for the context's medium."""
    spec = SECTION_BY_KEY[key]
    return Section(spec.key, spec.title, spec.build(ctx))


def parse_sections(text: str | None) -> tuple[str, ...]:
    """Section keys from "pay,outlook" (every section for None); ProfileError if unknown."""
    if not text:
        return tuple(SECTION_BY_KEY)
    wanted = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [key for key in wanted if key not in SECTION_BY_KEY]
    if unknown or not wanted:
        raise ProfileError(
            f"unknown section {', '.join(unknown) or repr(text)!s}; choose "
            f"from {','.join(SECTION_BY_KEY)}"
        )
    return tuple(key for key in SECTION_BY_KEY if key in wanted)


def build_report(
    data: CareerData,
    code: str,
    sections: tuple[str, ...],
    catalog: Mapping[str, OccupationSummary],
    state: str | None = None,
) -> OccupationReport:
    """The printed report of one occupation: the chosen sections, State Data for `state`."""
    checked = states.check_state(state)
    ctx = make_context(data, code, catalog, PRINT, checked)
    occupation = ctx.occupation
    return OccupationReport(
        code=occupation.code,
        title=occupation.title,
        subtitle=f"{occupation.code} · {occupation.major_group.title}",
        sections=tuple(build_section(key, ctx) for key in sections),
    )
