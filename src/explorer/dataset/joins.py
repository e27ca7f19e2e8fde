"""How an O*NET occupation finds its BLS figures, and the rules derived from them.

Rules (../shared/data/SOURCES.md, "Joining the sources"):

1. own code: 29-2072.00 and 29-2072.01 take the figures of SOC 29-2072;
2. a BLS aggregate that BLS publishes in place of the detailed codes
   (AGGREGATES below, from the OEWS and Employment Projections code lists);
3. the broad code that contains it: the 6th digit set to 0 (13-1021 -> 13-1020).

Whatever rule applied, the database records the BLS code the figures came
from, so the program can say "figures for 13-1020, Buyers and Purchasing
Agents" next to them.
"""

from __future__ import annotations

from collections.abc import Container
from decimal import ROUND_HALF_UP, Decimal

from explorer.data.schema import BRIGHT_OUTLOOK_OPENINGS_10Y, DECLINE, GROWTH_THRESHOLDS

#: BLS aggregates that no digit rule finds. The 2024 National Employment
#: Matrix and OEWS publish 53-1047 ("First-line supervisors of transportation
#: and material moving workers, except aircraft cargo handling supervisors")
#: in place of SOC 2018's 53-1042, 53-1043, 53-1044 and 53-1049.
AGGREGATES: dict[str, str] = {
    "53-1042": "53-1047",
    "53-1043": "53-1047",
    "53-1044": "53-1047",
    "53-1049": "53-1047",
}


def soc_of(onet_code: str) -> str:
    """The 6-digit SOC code of an O*NET-SOC code: 29-2072.01 -> 29-2072."""
    return onet_code[:7]


def major_group_of(soc_code: str) -> str:
    """The SOC major group of a code: 29-2072 -> 29-0000."""
    return soc_code[:2] + "-0000"


def find_bls_code(onet_code: str, published: Container[str]) -> tuple[str, str] | None:
    """The BLS code whose figures the occupation takes, and the rule that chose it.

    published holds the BLS codes that have figures in the source at hand.
    Returns None where no rule finds one.
    """
    own = soc_of(onet_code)
    if own in published:
        return own, "own"
    aggregate = AGGREGATES.get(own)
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
    if category == GROWTH_THRESHOLDS[0][1]:
        return True
    return openings_annual is not None and openings_annual * 10 >= BRIGHT_OUTLOOK_OPENINGS_10Y
