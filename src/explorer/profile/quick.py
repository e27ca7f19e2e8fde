"""Quick facts: the ten figures above the tabs and at the top of a printed profile."""

from __future__ import annotations

from html import escape

from explorer.data.schema import BRIGHT_OUTLOOK_OPENINGS_10Y
from explorer.profile import formatting, plain_words
from explorer.profile.blocks import Block, Facts, Html, Table
from explorer.profile.context import SectionContext
from explorer.profile.sources import Releases


def _note(sentence: str) -> str:
    """A figure's "whose figures" sentence, to follow it: "" where there is none."""
    return f". {sentence}" if sentence else ""


def quick_facts(ctx: SectionContext) -> list[tuple[str, str]]:
    """(label, text) pairs, in reading order; "not available" where BLS has no figure."""
    occupation, details, r = ctx.occupation, ctx.details, ctx.releases
    wages, p = occupation.wages, occupation.projections
    wage_note = _note(
        formatting.figures_for(
            occupation.code, wages.soc_code if wages else None, occupation.wage_soc_title
        )
    )
    projection_note = _note(
        formatting.figures_for(
            occupation.code,
            p.soc_code if p else None,
            formatting.projection_title(
                p.soc_code if p else None,
                occupation.wage_soc_code,
                occupation.wage_soc_title,
                occupation.projection_soc_title,
            ),
        )
    )
    if projection_note and projection_note == wage_note:
        projection_note = " (for the same group)"  # said once, beside the pay
    if wages:
        annual = formatting.annual_pay(
            wages.annual.median, wages.hourly.median, wages.footnote_codes("annual_median")
        )
        hourly = formatting.dollars(wages.hourly.median, cents=True)
        if not wages.annual.median:
            pay = f"{annual}{wage_note}"
        elif wages.hourly.median is None:  # teachers: BLS publishes salaries only
            pay = f"{annual} a year (BLS publishes no hourly wage){wage_note}"
        else:
            pay = f"{annual} a year, {hourly} an hour{wage_note}"
    else:
        pay = f"{formatting.NOT_AVAILABLE} (BLS publishes no wage estimate)"
    change = (
        f"{formatting.percent_change(p.change_percent)} "
        f"({(p.growth_category or '').lower()}), {p.change_numeric:+,} jobs"
        if p and p.change_percent is not None and p.change_numeric is not None
        else formatting.NOT_AVAILABLE
    )
    return [
        (f"Median pay, {r.oews}", pay),
        (
            "Typical education to enter",
            (p.typical_education if p else None) or formatting.NOT_AVAILABLE,
        ),
        ("Work experience", (p.work_experience if p else None) or formatting.NOT_AVAILABLE),
        ("On-the-job training", (p.training if p else None) or formatting.NOT_AVAILABLE),
        (
            f"Number of jobs, {r.base_year}",
            formatting.count(p.employment_2024 if p else None) + projection_note,
        ),
        (f"Projected change, {r.projections}", change),
        ("Openings a year", formatting.count(p.openings_annual if p else None)),
        ("Job zone", _job_zone(ctx)),
        ("Bright Outlook", plain_words.bright_outlook_text(p, details.bright_outlook)),
        (
            "Top interests",
            plain_words.interests_text(details.interest_high_points) or formatting.NOT_AVAILABLE,
        ),
    ]


def _job_zone(ctx: SectionContext) -> str:
    """ "4 of 5 (considerable preparation needed)", in O*NET's name of the zone."""
    zone = ctx.occupation.job_zone
    if not zone:
        return formatting.NOT_AVAILABLE
    described = ctx.data.job_zone(zone)
    return plain_words.job_zone_text(zone, described["name"] if described else None)


def fact_help(releases: Releases) -> dict[str, str]:
    """What some facts' labels mean, by label (the window shows them as tooltips)."""
    return {
        f"Median pay, {releases.oews}": plain_words.MEDIAN_MEANING,
        "Bright Outlook": bright_outlook_rule(releases),
    }


def bright_outlook_rule(releases: Releases) -> str:
    """What Bright Outlook means, in one sentence (a tooltip and the filter's help)."""
    return (
        f"{bright_outlook_meaning(releases)} "
        "Computed by Career Explorer from BLS projections with O*NET's rule."
    )


def bright_outlook_meaning(releases: Releases) -> str:
    """The rule alone, short enough to stand under the quick facts on screen."""
    return (
        f"Bright Outlook: projected to grow much faster than average "
        f"({formatting.growth_ranges()[0][1]}, {releases.projections}) or to have "
        f"{BRIGHT_OUTLOOK_OPENINGS_10Y:,} or more job openings over the ten years."
    )


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """The facts as one list on screen; on paper, two facts to a row, read down the left
    then the right, and the last (the interests and what they mean) across the page."""
    facts = quick_facts(ctx)
    source = f"Sources: {ctx.releases.short}."
    if not ctx.printing:
        return (Facts(tuple(facts), source=source, key="facts"),)
    *paired, (last_label, last_value) = facts
    half = (len(paired) + 1) // 2
    rows = tuple(
        (*paired[i], *(paired[i + half] if i + half < len(paired) else ("", "")))
        for i in range(half)
    )
    return (
        Table(("Fact", "Figure", "Fact", "Figure"), rows, key="facts"),
        Html(
            f"<p><b>{escape(last_label)}:</b> {escape(last_value)}</p>"
            f"<p><small>{escape(source)}</small></p>",
            key="last",
        ),
    )
