"""How an O*NET occupation finds its BLS figures, and the rules derived from them.

Rules (../shared/data/SOURCES.md, "Joining the sources"), narrowest first:

1. own code: 29-2072.00 and 29-2072.01 take the figures of SOC 29-2072;
2. the BLS aggregate that contains it (21-1011 -> 21-1018), derived from the
   sources by ``aggregates`` below;
3. the broad code that contains it: the 6th digit set to 0 (13-1021 -> 13-1020).

Whatever rule applied, the database records the BLS code the figures came
from and its BLS title, so the program can say "Figures are for Substance
Abuse, Behavioral Disorder, and Mental Health Counselors, which BLS reports
together" next to them.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from decimal import ROUND_HALF_UP, Decimal

from explorer.data.schema import DECLINE, GROWTH_THRESHOLDS, bright_outlook_reasons


def aggregates(published: Iterable[str], soc_codes: Iterable[str]) -> dict[str, str]:
    """The BLS aggregate that stands for each SOC code BLS does not publish.

    published: the codes a BLS source publishes as occupations (OEWS national
    codes; the projections' line items). soc_codes: the SOC 2018 detailed
    codes (the O*NET occupations' 6-digit codes). A published code that does
    not end in 0 (not a broad or major group) and is no SOC 2018 detailed code
    is a BLS aggregate (21-1018, 25-2052, 25-9045, 51-2028, 53-1047); it
    contains the SOC codes of its broad group (the first five digits) that
    BLS does not publish. Where a broad group holds two aggregates the
    containment is not decided by the code lists, so none is used there
    (the broad code then applies).
    """
    published, socs = set(published), set(soc_codes)
    found: dict[str, list[str]] = {}
    for code in sorted(published - socs):
        if code[-1] != "0" and code[2] == "-":
            found.setdefault(code[:6], []).append(code)
    return {
        soc: found[soc[:6]][0]
        for soc in sorted(socs - published)
        if len(found.get(soc[:6], ())) == 1
    }


def soc_of(onet_code: str) -> str:
    """The 6-digit SOC code of an O*NET-SOC code: 29-2072.01 -> 29-2072."""
    return onet_code[:7]


def major_group_of(soc_code: str) -> str:
    """The SOC major group of a code: 29-2072 -> 29-0000."""
    return soc_code[:2] + "-0000"


def find_bls_code(
    onet_code: str, published: Container[str], aggregate_of: Mapping[str, str]
) -> tuple[str, str] | None:
    """The BLS code whose figures the occupation takes, and the rule that chose it.

    published holds the BLS codes that have figures in the source at hand;
    aggregate_of is ``aggregates`` of that source. Returns None where no rule
    finds one.
    """
    own = soc_of(onet_code)
    if own in published:
        return own, "own"
    aggregate = aggregate_of.get(own)
    if aggregate and aggregate in published:
        return aggregate, "aggregate"
    broad = own[:6] + "0"
    if broad != own and broad in published:
        return broad, "broad"
    return None


def growth_category(change_percent: float | None) -> str | None:
    """The OOH growth category for a published percent change (one decimal).

    The percent is rounded half away from zero to a whole number first, as
    the OOH does: 6.5% is "much faster than average" (7%), -0.4% is "little
    or no change" (0%), -0.5% is a decline (-1%).
    """
    if change_percent is None:
        return None
    rounded = int(Decimal(str(change_percent)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    for threshold, name in GROWTH_THRESHOLDS:
        if rounded >= threshold:
            return name
    return DECLINE


def is_bright_outlook(category: str | None, openings_annual: int | None) -> bool:
    """O*NET's Bright Outlook rule, computed: the flag is not in the download."""
    return bool(bright_outlook_reasons(category, openings_annual))
