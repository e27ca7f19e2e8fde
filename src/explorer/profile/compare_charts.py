"""The comparison's two charts: every career's pay range and its six interest scores.

One series per career, named by its letter (profile.compare.LETTERS: long titles do
not fit a chart's key), the letters' titles in the notes. The pay range is Pay's
own wage_series, so a wage BLS top-codes or does not publish reads as in the
profile. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from explorer.profile.chart_data import ChartData, Series
from explorer.profile.context import SectionContext
from explorer.profile.pay import PERCENTILE_FIELDS, PERCENTILE_LABELS, hourly_only, wage_series
from explorer.profile.plain_words import INTEREST_MEANINGS

#: The letters that name the careers on the two charts' keys (long titles do not fit).
LETTERS = "ABCD"
INTEREST_AREAS = tuple(INTEREST_MEANINGS)


def pay_range_chart(contexts: Sequence[SectionContext]) -> ChartData:
    """The 10th to 90th percentile wages of every career on one chart, a series each
    (Pay's wage_series: a top-coded wage drawn at the cap, flagged "or more"). Annual,
    unless every career is paid only by the hour."""
    hourly = all(hourly_only(c.occupation.wages) for c in contexts)
    kind = "hourly" if hourly else "annual"
    measures = [f"{kind}_{name}" for name in PERCENTILE_FIELDS]
    series = tuple(
        wage_series(LETTERS[i], c.occupation.wages, measures) for i, c in enumerate(contexts)
    )
    r = contexts[0].releases
    notes = [f"{LETTERS[i]}: {c.occupation.title}" for i, c in enumerate(contexts)]
    if not hourly and any(hourly_only(c.occupation.wages) for c in contexts):
        notes.append("BLS publishes only hourly wages for some of these careers (no bar).")
    return ChartData(
        title=f"{kind.capitalize()} wages from the 10th to the 90th percentile, {r.oews}",
        kind="bar",
        categories=PERCENTILE_LABELS,
        series=series,
        unit="dollars_hourly" if hourly else "dollars",
        category_axis="Percentile",
        value_axis="Hourly wage ($)" if hourly else "Annual wage ($)",
        source=r.oews_source,
        notes=tuple(notes),
    )


def interest_chart(contexts: Sequence[SectionContext]) -> ChartData:
    """O*NET's six interest scores (1 to 7) of every career, a series each."""
    series = tuple(
        Series(
            LETTERS[i],
            tuple(
                getattr(c.occupation.interests, area.lower()) if c.occupation.interests else None
                for area in INTEREST_AREAS
            ),
            missing=() if c.occupation.interests else ("no O*NET interest profile",) * 6,
        )
        for i, c in enumerate(contexts)
    )
    return ChartData(
        title="Interest areas (O*NET, 1 = low, 7 = high)",
        kind="bar",
        categories=INTEREST_AREAS,
        series=series,
        unit="score",
        category_axis="Interest area",
        value_axis="Score (1 to 7)",
        source=contexts[0].releases.onet_source,
        notes=tuple(f"{LETTERS[i]}: {c.occupation.title}" for i, c in enumerate(contexts)),
    )
