"""Plain words for the terms a profile uses: interest areas, job zones, Bright Outlook,
median and percentiles.

A student of 13 meets "Job zone 4 of 5" or "Investigative" with no one to ask,
so each term is explained where it is shown, in short sentences. Figures come
from the data; the rule behind Bright Outlook is the one the build used
(explorer.data.schema.bright_outlook_reasons), so the reason given is always the
reason the flag was set.
"""

from __future__ import annotations

from explorer.data.records import Projection
from explorer.data.schema import (
    BRIGHT_OUTLOOK_OPENINGS_10Y,
    FAST_GROWTH,
    MANY_OPENINGS,
    bright_outlook_reasons,
)
from explorer.profile import formatting

#: What each O*NET interest area (RIASEC) means, in a few plain words. Written from
#: O*NET's own definitions of the six areas (Content Model 1.B.1.a to f).
INTEREST_MEANINGS: dict[str, str] = {
    "Realistic": "hands-on work with tools, machines, plants or animals",
    "Investigative": "studying things and solving problems, often in science",
    "Artistic": "creating art, music, writing, shows or designs",
    "Social": "helping, teaching or caring for people",
    "Enterprising": "leading people, selling and making decisions",
    "Conventional": "keeping information in order and following set steps",
}

#: How to read percentile wages, said where they are shown (Pay, State Data).
PERCENTILE_MEANING = (
    "The median is the middle wage: half of the workers earn more, half earn less. "
    "At the 10th percentile, 10 in 100 workers earn less; at the 90th, 90 in 100 earn less."
)
#: What "median pay" means, for the quick facts' tooltip.
MEDIAN_MEANING = "The median is the middle wage: half of the workers earn more, half earn less."

#: Why an occupation has a Bright Outlook, in a few words for each reason.
REASON_WORDS = {
    FAST_GROWTH: "grows much faster than average",
    MANY_OPENINGS: "many job openings",
}


def interests_text(high_points: tuple[str, ...]) -> str:
    """ "Social (helping, teaching or caring for people), Investigative (...)"; an area
    with no explanation (none today) is named alone."""
    return ", ".join(
        f"{name} ({INTEREST_MEANINGS[name]})" if name in INTEREST_MEANINGS else name
        for name in high_points
    )


def zone_words(name: str) -> str:
    """O*NET's name of a job zone as a phrase: "Job Zone Four: Considerable Preparation
    Needed" -> "considerable preparation needed"."""
    _, colon, words = name.partition(":")
    return (words if colon else name).strip().lower()


def job_zone_text(zone: int, name: str | None, zones: int = 5) -> str:
    """ "4 of 5 (considerable preparation needed)", in O*NET's words where it names the
    zone."""
    return f"{zone} of {zones} ({zone_words(name)})" if name else f"{zone} of {zones}"


def job_zone_scale(lowest: str, highest: str) -> str:
    """What the job zones are, from O*NET's names of the first and the last."""
    return (
        "O*NET sorts jobs into five job zones by how much preparation they need: from "
        f"Job Zone 1 ({zone_words(lowest)}) to Job Zone 5 ({zone_words(highest)})."
    )


def bright_outlook_text(p: Projection | None, flagged: bool) -> str:
    """The quick fact: "Yes (many job openings)", "No", or not available."""
    if p is None:
        return f"{formatting.NOT_AVAILABLE} (no BLS projections)"
    reasons = bright_outlook_reasons(p.growth_category, p.openings_annual)
    if not flagged:
        return "No"
    return "Yes" + (f" ({'; '.join(REASON_WORDS[r] for r in reasons)})" if reasons else "")


def bright_outlook_sentences(p: Projection, flagged: bool) -> str:
    """Why the occupation has a Bright Outlook or not, with its own figures (plain text)."""
    reasons = bright_outlook_reasons(p.growth_category, p.openings_annual)
    rule = (
        "O*NET gives a Bright Outlook to jobs that grow much faster than average "
        f"({formatting.growth_ranges()[0][1]}) or have {BRIGHT_OUTLOOK_OPENINGS_10Y:,} or "
        "more job openings in ten years."
    )
    change = formatting.percent_change(p.change_percent)
    openings = p.openings_annual
    yearly = (
        f"about {formatting.count(openings)} a year, or {formatting.count(openings * 10)} "
        "in ten years"
        if openings is not None
        else formatting.NOT_AVAILABLE
    )
    if not flagged:
        return f"Bright Outlook: no. {rule} This job: {change} growth; openings {yearly}."
    why = []
    if FAST_GROWTH in reasons:
        why.append(f"the number of jobs grows much faster than average ({change})")
    if MANY_OPENINGS in reasons:
        why.append(f"lots of jobs open up: {yearly}")
    text = f"Bright Outlook: yes, because {' and '.join(why)}. {rule}" if why else rule
    if FAST_GROWTH not in reasons and (p.change_percent or 0) < 0:
        text += (
            f" The number of jobs is expected to shrink ({change}), but many workers will "
            "retire or change jobs, and new people are needed to take their places."
        )
    return text
