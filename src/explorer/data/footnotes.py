"""The one rule that turns a published OEWS wage and its footnote codes into words.

Where BLS publishes no wage, its May 2025 footnote says why, and a person
reads that reason, never 0: code 5, the wage is at or above the highest figure
OEWS publishes; code 4, the occupation is paid only by the hour (or only by the
year); code 8, BLS did not release the estimate. The window, printed reports
and `show --json` all take their words from wage_text, so they always agree.
"""

from __future__ import annotations

import re
from collections.abc import Collection

NOT_AVAILABLE = "not available"
#: The highest wages OEWS publishes (footnote 5); a wage above is written as these.
TOP_ANNUAL_DOLLARS, TOP_HOURLY_DOLLARS = 239_200, 115.0
TOP_CODED_ANNUAL = f"${TOP_ANNUAL_DOLLARS:,} or more"
TOP_CODED_HOURLY = f"${TOP_HOURLY_DOLLARS:,.2f} or more"
#: OEWS footnote codes that wage_text puts into words.
TOP_CODED, ONE_KIND_OF_PAY_ONLY, NOT_RELEASED = "5", "4", "8"


_CAP = re.compile(r"\$([\d,.]+)\s+per hour or \$([\d,.]+)\s+per year", re.IGNORECASE)


def top_coding_caps(text: str) -> tuple[float, int] | None:
    """The cap a BLS top-coding footnote states, as (hourly dollars, annual dollars):
    "... equal to or greater than $115.00 per hour or $239,200 per year" -> (115.0,
    239200). None where the text states none."""
    match = _CAP.search(text)
    if not match:
        return None
    hourly, annual = (float(g.replace(",", "")) for g in match.groups())
    return hourly, round(annual)


def dollar_text(value: float | None, cents: bool = False) -> str:
    """$51,140 or, with cents, $24.59; "not available" for None."""
    if value is None:
        return NOT_AVAILABLE
    return f"${value:,.2f}" if cents else f"${value:,.0f}"


def is_hourly(measure: str) -> bool:
    """True for an hourly measure ("hourly_median"), False for an annual one."""
    return measure.startswith("hourly")


def wage_text(value: float | None, measure: str, codes: Collection[str]) -> str:
    """A wage as a person reads it: the figure where BLS published one, else why not.

    measure is an OEWS measure such as "annual_median" or "hourly_p90" (hourly
    figures are written with cents); codes are the OEWS footnote codes on that
    measure. Without a value: 5 -> "$239,200 or more" ("$115.00 or more"
    hourly), 4 -> "hourly wages only" for an annual measure and "annual
    salaries only" for an hourly one, 8 -> "not released", else "not available".
    """
    hourly = is_hourly(measure)
    if value is not None:
        return dollar_text(value, cents=hourly)
    if TOP_CODED in codes:
        return TOP_CODED_HOURLY if hourly else TOP_CODED_ANNUAL
    if ONE_KIND_OF_PAY_ONLY in codes:
        return "annual salaries only" if hourly else "hourly wages only"
    if NOT_RELEASED in codes:
        return "not released"
    return NOT_AVAILABLE
