"""Pay: percentile wages (annual or hourly), the median compared, its trend, industries."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from explorer.data.footnotes import TOP_CODED, top_coding_caps
from explorer.data.records import IndustryFigures, WagePoint, Wages
from explorer.profile import formatting
from explorer.profile.blocks import Block, Chart, ChartChoice, Html
from explorer.profile.chart_data import ChartData, Series
from explorer.profile.context import SectionContext
from explorer.profile.environment import INDUSTRY_LIMIT, industry_rows
from explorer.profile.plain_words import PERCENTILE_MEANING

ALL_OCCUPATIONS = "00-0000"
PERCENTILE_LABELS = ("10th", "25th", "Median", "75th", "90th")
PERCENTILE_FIELDS = ("p10", "p25", "median", "p75", "p90")
#: The note the build stores on a history year whose median BLS top-coded ("#").
TOP_CODED_NOTE = "at or above the top wage"
#: Best-paying industries rank only industries that employ at least this share of the
#: occupation's national jobs (OEWS), so an industry of 30 jobs does not top the list.
MIN_INDUSTRY_SHARE = 0.01


def hourly_only(wages: Wages | None) -> bool:
    """True when BLS publishes hourly but no annual wages (footnote 4: actors, dancers)."""
    return wages is not None and wages.annual.median is None and (wages.hourly.median is not None)


def wage_series(name: str, wages: Wages | None, measures: Sequence[str]) -> Series:
    """One wage per measure ("annual_p90") as a chart series: a figure BLS top-coded
    (footnote 5) is drawn at the cap its footnote states and flagged "or more"; one it
    did not publish is a gap with the footnote's words."""
    values: list[float | None] = []
    at_least: list[bool] = []
    missing: list[str | None] = []
    text = next((f.text for f in wages.footnotes if f.code == TOP_CODED), "") if wages else ""
    caps = top_coding_caps(text)
    for measure in measures:
        kind, _, field = measure.partition("_")
        figures = (wages.hourly if kind == "hourly" else wages.annual) if wages else None
        value = getattr(figures, field) if figures else None
        codes = wages.footnote_codes(measure) if wages else frozenset()
        capped = value is None and TOP_CODED in codes and caps is not None
        if capped and caps is not None:
            value = caps[0] if kind == "hourly" else float(caps[1])
        values.append(value)
        at_least.append(capped)
        missing.append(formatting.missing_wage(measure, codes) if wages and value is None else None)
    return Series(name, tuple(values), missing=tuple(missing), at_least=tuple(at_least))


def pay_percentiles(ctx: SectionContext, hourly: bool = False) -> ChartData:
    """The 10th to 90th percentile wages of the occupation."""
    occupation = ctx.occupation
    wages = occupation.wages
    prefix = "hourly" if hourly else "annual"
    measures = [f"{prefix}_{name}" for name in PERCENTILE_FIELDS]
    notes = (
        tuple(f.text for f in wages.footnotes if any(m in f.measures for m in measures))
        if wages
        else ("BLS publishes no wage estimate for this occupation.",)
    )
    return ChartData(
        title=f"{'Hourly' if hourly else 'Annual'} wages, {ctx.releases.oews}",
        kind="bar",
        categories=PERCENTILE_LABELS,
        series=(wage_series(occupation.title, wages, measures),),
        unit="dollars_hourly" if hourly else "dollars",
        category_axis="Percentile",
        value_axis="Hourly wage ($)" if hourly else "Annual wage ($)",
        source=ctx.releases.oews_source,
        notes=notes,
    )


def pay_comparison(ctx: SectionContext) -> ChartData:
    """Median annual wage of the occupation, its major group and all occupations."""
    occupation = ctx.occupation
    group = ctx.data.wages(occupation.major_group.code)
    everyone = ctx.data.wages(ALL_OCCUPATIONS)
    own = wage_series("Median annual wage", occupation.wages, ("annual_median",))
    values = (
        own.values[0],
        group.annual.median if group else None,
        everyone.annual.median if everyone else None,
    )
    missing = (own.missing[0] if occupation.wages else "no wage estimate",)
    return ChartData(
        title=f"Median annual wage compared, {ctx.releases.oews}",
        kind="bar",
        categories=(occupation.title, occupation.major_group.title, "All occupations"),
        series=(Series("Median annual wage", values, missing=missing, at_least=own.at_least),),
        unit="dollars",
        category_axis="",
        value_axis="Median annual wage ($)",
        source=ctx.releases.oews_source,
    )


def _caps(wages: Wages) -> tuple[int | None, float | None]:
    """The (annual, hourly) cap where BLS top-coded the median (footnote 5), from the
    footnote's own text; None where the median is not top-coded."""
    text = next((f.text for f in wages.footnotes if f.code == TOP_CODED), "")
    caps = top_coding_caps(text)
    if caps is None:
        return None, None
    return (
        caps[1] if TOP_CODED in wages.footnote_codes("annual_median") else None,
        caps[0] if TOP_CODED in wages.footnote_codes("hourly_median") else None,
    )


def wage_trend(ctx: SectionContext) -> ChartData:
    """National median wage by year, for the years the code is published: annual, or
    hourly for occupations BLS publishes only by the hour."""
    occupation, r = ctx.occupation, ctx.releases
    if not occupation.wage_soc_code:
        return ChartData(
            "Median annual wage over time",
            "line",
            (),
            (),
            "dollars",
            "Year",
            "Median annual wage ($)",
            r.history_source,
            ("BLS publishes no wage estimate for this occupation.",),
        )
    history = ctx.data.wage_history(occupation.wage_soc_code)
    wages = occupation.wages
    latest = (
        [
            WagePoint(
                int(r.oews_year),
                None if wages.annual.median is None else round(wages.annual.median),
                wages.hourly.median,
                *_caps(wages),
            )
        ]
        if wages and r.oews_year.isdigit()
        else []
    )
    points = [*history, *latest]
    years = [str(p.year) for p in points]
    annual = [p.annual_median if p.annual_median is not None else p.annual_cap for p in points]
    hourly = [p.hourly_median if p.hourly_median is not None else p.hourly_cap for p in points]
    by_hour = all(v is None for v in annual) and any(v is not None for v in hourly)
    kind = "hourly" if by_hour else "annual"
    capped = tuple(
        (p.hourly_median is None and p.hourly_cap is not None)
        if by_hour
        else (p.annual_median is None and p.annual_cap is not None)
        for p in points
    )
    # A year BLS top-coded in a file that states no cap (May 2014-2018) stays a gap.
    uncapped = tuple(
        "top-coded; that year's file states no cap"
        if value is None and p.note and TOP_CODED_NOTE in p.note
        else None
        for p, value in zip(points, hourly if by_hour else annual, strict=True)
    )
    notes = [
        "Only years in which BLS published the same occupation code are shown; "
        "wages are not adjusted for inflation."
    ]
    if by_hour:
        notes.insert(0, "BLS publishes only hourly wages for this occupation.")
    if any(capped):
        notes.append(
            "A hollow point is a year BLS top-coded the median: the median was the cap BLS "
            "used that year, as its file states, or more."
        )
    return ChartData(
        title=f"Median {kind} wage over time (May of each year)",
        kind="line",
        categories=tuple(years),
        series=(
            Series(
                # Named for what it is; the SOC code says whose figures they are (an O*NET
                # occupation may have its SOC code's wages).
                f"Median {kind} wage (SOC {occupation.wage_soc_code})",
                tuple(hourly if by_hour else annual),
                at_least=capped,
                missing=uncapped,
            ),
        ),
        unit="dollars_hourly" if by_hour else "dollars",
        category_axis="Year",
        value_axis=f"Median {kind} wage ($)",
        source=r.history_source,
        notes=tuple(notes),
    )


def best_paying_industries(ctx: SectionContext) -> ChartData:
    """The industries with the highest median wage: annual, or hourly where BLS
    publishes only hourly wages for the occupation (actors, for instance)."""
    rows = industry_rows(ctx)
    hourly = not any(r.annual_median or r.annual_cap for r in rows) and any(
        r.hourly_median or r.hourly_cap for r in rows
    )

    def median(r: IndustryFigures) -> float | None:
        """The published median, else the cap BLS top-coded it at."""
        if hourly:
            return r.hourly_median if r.hourly_median is not None else r.hourly_cap
        return r.annual_median if r.annual_median is not None else r.annual_cap

    def capped(r: IndustryFigures) -> bool:
        return (r.hourly_median if hourly else r.annual_median) is None and median(r) is not None

    wages = ctx.occupation.wages
    total = wages.employment if wages else None
    floor = total * MIN_INDUSTRY_SHARE if total else 0
    # A top-coded median ranks above every published one (it is the cap or more).
    chosen = sorted(
        (r for r in rows if median(r) and r.employment is not None and r.employment >= floor),
        key=lambda r: (capped(r), median(r) or 0),
        reverse=True,
    )[:INDUSTRY_LIMIT]
    kind = "hourly" if hourly else "annual"
    notes: tuple[str, ...] = (
        f"Only industries with at least {MIN_INDUSTRY_SHARE:.0%} of the occupation's "
        f"{formatting.count(total)} national jobs are ranked.",
    )
    if hourly:
        notes = ("BLS publishes only hourly wages for this occupation.", *notes)
    if any(capped(r) for r in chosen):
        notes = (
            *notes,
            "A hatched bar is a median BLS top-codes: the wage is that figure or more.",
        )
    if not chosen:
        notes = (
            ("BLS publishes no industry wages for this occupation.",)
            if not any(median(r) for r in rows)
            else (
                f"No industry with a published median employs {MIN_INDUSTRY_SHARE:.0%} or "
                "more of the occupation's national jobs.",
            )
        )
    return ChartData(
        title=f"Best-paying industries, {ctx.releases.oews}",
        kind="bar",
        categories=tuple(r.name for r in chosen),
        series=(
            Series(
                f"Median {kind} wage",
                tuple(median(r) for r in chosen),
                at_least=tuple(capped(r) for r in chosen),
            ),
            Series("Jobs", tuple(r.employment for r in chosen), unit="count", drawn=False),
        ),
        unit="dollars_hourly" if hourly else "dollars",
        category_axis="Industry",
        value_axis=f"Median {kind} wage ($)",
        source=ctx.releases.oews_source,
        notes=notes,
    )


def pay_summary_html(ctx: SectionContext) -> str:
    """Whose wages the Pay figures are, or why there are none; then what the median and
    the percentiles mean, just above the chart that shows them."""
    occupation, wages = ctx.occupation, ctx.occupation.wages
    if wages is None:
        return (
            "<p>BLS publishes no wage estimate for this occupation (OEWS covers wage and "
            "salary workers, not the armed forces or the self-employed).</p>"
        )
    whose = formatting.figures_for(occupation.code, wages.soc_code, occupation.wage_soc_title)
    if whose:
        first = f"{escape(whose)} (SOC {wages.soc_code}), {ctx.releases.oews}."
    else:
        first = f"Wages for {escape(occupation.title)} (SOC {wages.soc_code}), {ctx.releases.oews}."
    return f"<p>{first}</p><p>{escape(PERCENTILE_MEANING)}</p>"


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """Whose wages, the percentiles (hourly first for hourly-only occupations), the
    comparison, the trend and the best-paying industries."""
    hourly = hourly_only(ctx.occupation.wages)
    return (
        Html(pay_summary_html(ctx), key="summary"),
        ChartChoice(
            (("Annual", pay_percentiles(ctx)), ("Hourly", pay_percentiles(ctx, hourly=True))),
            selected=1 if hourly else 0,
            key="percentiles",
        ),
        Chart(pay_comparison(ctx), key="comparison"),
        Chart(wage_trend(ctx), key="trend"),
        Chart(best_paying_industries(ctx), key="industries"),
    )
