"""How figures are written for people: dollars, counts, growth, and "not available".

Where BLS publishes no figure, the text says so and why (its footnote), never
0. Used by the window and by printed reports alike.
"""

from __future__ import annotations

from collections.abc import Collection

from explorer.data.catalog import EDUCATION_LEVELS

# The wage words and the top-coded figures are written once, in explorer.data.footnotes;
# they are re-exported here for the window and the reports.
from explorer.data.footnotes import NOT_AVAILABLE as NOT_AVAILABLE
from explorer.data.footnotes import TOP_ANNUAL_DOLLARS as TOP_ANNUAL_DOLLARS
from explorer.data.footnotes import TOP_CODED_ANNUAL as TOP_CODED_ANNUAL
from explorer.data.footnotes import TOP_CODED_HOURLY as TOP_CODED_HOURLY
from explorer.data.footnotes import TOP_HOURLY_DOLLARS as TOP_HOURLY_DOLLARS
from explorer.data.footnotes import dollar_text, wage_text
from explorer.data.schema import DECLINE, GROWTH_THRESHOLDS


def dollars(value: float | None, cents: bool = False) -> str:
    """$51,140 or $24.59; "not available" for None (footnotes.dollar_text)."""
    return dollar_text(value, cents)


def figures_for(own_code: str, soc_code: str | None, soc_title: str | None) -> str:
    """Whose BLS figures an occupation shows, in words, where they are not its own:
    "Figures are for Substance Abuse, Behavioral Disorder, and Mental Health
    Counselors, which BLS reports together" (a BLS aggregate) or "... Counselors, the
    broader group BLS reports, which includes this occupation" (a broad code, ending
    in 0). "" where the figures are the occupation's own (own_code is 6-digit SOC)."""
    if not soc_code or soc_code == own_code[:7]:
        return ""
    name = soc_title or f"BLS code {soc_code}"
    if soc_code.endswith("0"):
        return f"Figures are for {name}, the broader group BLS reports, which includes this one"
    return f"Figures are for {name}, which BLS reports together"


def projection_title(
    code: str | None, wage_code: str | None, wage_title: str | None, projection_title: str | None
) -> str | None:
    """The title to name a projections code by: OEWS's, in title case, where both sources
    use the same code (the projections tables write titles in sentence case)."""
    if code is not None and code == wage_code and wage_title:
        return wage_title
    return projection_title


def count(value: int | None) -> str:
    """194,720; "not available" for None."""
    return NOT_AVAILABLE if value is None else f"{value:,}"


def annual_pay(annual: float | None, hourly: float | None, codes: Collection[str]) -> str:
    """The median annual wage as BLS publishes it, with its footnote in words.

    codes are the OEWS footnote codes on the annual median: 5 is "at or above
    the top figure" (footnotes.wage_text), 4 "paid by the hour", written here
    with the hourly median where there is one.
    """
    if annual is not None or "5" in codes:
        return wage_text(annual, "annual_median", codes)
    if "4" in codes and hourly is not None:
        return f"{wage_text(hourly, 'hourly_median', ())} an hour"
    return NOT_AVAILABLE


def missing_wage(measure: str, codes: Collection[str]) -> str:
    """A wage BLS did not publish, in words from its OEWS footnote codes.

    measure is "annual_median", "hourly_p90" and so on: 5 is the top-coded
    wage, 4 an occupation paid only by the hour (or only by the year), 8 an
    estimate BLS did not release (footnotes.wage_text).
    """
    return wage_text(None, measure, codes)


def growth_ranges() -> list[tuple[str, str]]:
    """Each OOH growth category with the projected change it stands for."""
    ranges: list[tuple[str, str]] = []
    upper: int | None = None
    for threshold, name in GROWTH_THRESHOLDS:
        if upper is None:
            text = f"{threshold}% or more"
        else:
            text = f"{threshold}%" if upper == threshold else f"{threshold}–{upper}%"
        ranges.append((name, text))
        upper = threshold - 1
    ranges.append((DECLINE, f"{upper}% or less".replace("-", "−")))
    return ranges


def growth(category: str | None, percent: float | None) -> str:
    """ "+7.1% (much faster than average)"; "not available" without projections."""
    if percent is None:
        return NOT_AVAILABLE
    sign = "+" if percent > 0 else ""
    return f"{sign}{percent:.1f}% ({(category or '').lower()})"


def percent_change(percent: float | None) -> str:
    """ "+7.1%"; "not available" without projections."""
    if percent is None:
        return NOT_AVAILABLE
    return f"{'+' if percent > 0 else ''}{percent:.1f}%"


def education_rank(level: str | None) -> int:
    """Position of a typical-education level, for sorting (-1 when unknown)."""
    return EDUCATION_LEVELS.index(level) if level in EDUCATION_LEVELS else -1
