"""State Data: each state's figures, the chosen state's pay against the nation, top areas.

On screen the section is the interactive State Data tab (a map, a table of
every state and territory, areas by jobs or wage); on paper it is the
chosen state's figures and pay, or the states with the most jobs, and the
metro and nonmetro areas with the most jobs and the highest wage.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from explorer.data.records import AreaFigures, Wages
from explorer.profile.blocks import Block, Chart, Html, StateExplorer, Table
from explorer.profile.chart_data import ChartData, Series
from explorer.profile.context import ProfileError, SectionContext
from explorer.profile.pay import PERCENTILE_FIELDS, PERCENTILE_LABELS, hourly_only, wage_series
from explorer.profile.plain_words import PERCENTILE_MEANING
from explorer.profile.sources import Releases
from explorer.profile.state_map import (
    MEASURE_BY_KEY,
    STATE_NAMES,
    TOP_ANNUAL,
    TOP_HOURLY,
    Figure,
    figure,
    footnote_texts,
    state_rows,
)

AREA_LIMIT = 10
#: How many of each table a printed report keeps.
PRINT_STATES, PRINT_AREAS = 8, 6


def _percentile_series(name: str, wages: Wages | None, hourly: bool) -> Series:
    prefix = "hourly" if hourly else "annual"
    return wage_series(name, wages, [f"{prefix}_{f}" for f in PERCENTILE_FIELDS])


def percentiles_vs_nation(
    state: str | None,
    state_wages: Wages | None,
    nation: Wages | None,
    hourly: bool,
    releases: Releases,
) -> ChartData:
    """The 10th to 90th percentile wages in the selected state and in the U.S.

    state is the selected state's name, or None for the national view (one series).
    """
    prefix = "hourly" if hourly else "annual"
    series = [_percentile_series("U.S.", nation, hourly)]
    notes: list[str] = []
    if nation is None:
        notes.append("BLS publishes no wage estimate for this occupation.")
    if state is not None:
        series.insert(0, _percentile_series(state, state_wages, hourly))
        if state_wages is None and nation is not None:
            notes.append(f"BLS published no wage estimate for this occupation in {state}.")
    elif nation is not None:
        notes.append("Select a state on the map or in the table to compare it with the U.S.")
    measures = {f"{prefix}_{f}" for f in PERCENTILE_FIELDS}
    for wages in (state_wages, nation):
        for note in (
            f.text for f in (wages.footnotes if wages else ()) if measures & set(f.measures)
        ):
            if note not in notes:
                notes.append(note)
    if nation is not None:
        notes.append(PERCENTILE_MEANING)
    place = f"{state} (left bars) and the U.S. (right bars)" if state else "the U.S."
    return ChartData(
        title=f"{'Hourly' if hourly else 'Annual'} wages in {place}, {releases.oews}",
        kind="bar",
        categories=PERCENTILE_LABELS,
        series=tuple(series),
        unit="dollars_hourly" if hourly else "dollars",
        category_axis="Percentile",
        value_axis="Hourly wage ($)" if hourly else "Annual wage ($)",
        source=releases.oews_source,
        notes=tuple(notes),
    )


# -- metropolitan and nonmetropolitan areas -----------------------------------------------


def is_nonmetro(name: str) -> bool:
    """A BLS nonmetropolitan area ("Alaska nonmetropolitan area", some "(noncontiguous)")."""
    return "nonmetropolitan area" in name


def area_states(area: AreaFigures) -> tuple[str, ...]:
    """Every state an area lies in: a metro's names after the comma ("IL-IN")."""
    if is_nonmetro(area.name):
        return (area.state_abbr,)
    _, comma, tail = area.name.rpartition(", ")
    states = tuple(s for s in tail.split("-") if s in STATE_NAMES) if comma else ()
    return states or (area.state_abbr,)


@dataclass(frozen=True)
class AreaRow:
    """An area ranked for the top-areas table."""

    area: AreaFigures
    kind: str  # "Metro" or "Nonmetro"
    employment: Figure
    wage: Figure


def top_areas(
    areas: Iterable[AreaFigures],
    by: str = "employment",
    state: str | None = None,
    hourly: bool = False,
    limit: int = AREA_LIMIT,
) -> list[AreaRow]:
    """The areas with the most jobs (by="employment") or the highest median wage
    (by="wage"), in `state` only when given.

    Areas whose figure BLS did not publish cannot be ranked: they come after the
    ranked ones, by name, so a state's areas are listed even when all are suppressed.
    """
    wage_key = "hourly_median" if hourly else "annual_median"
    ranked_key = "employment" if by == "employment" else wage_key
    top = TOP_HOURLY if hourly else TOP_ANNUAL

    def order(area: AreaFigures) -> tuple[bool, float, str]:
        value = getattr(area, ranked_key)
        if (
            value is None
            and ranked_key != "employment"
            and "5" in footnote_texts(area.footnotes, ranked_key)
        ):
            value = top
        return (value is None, -(value or 0.0), area.name)

    chosen = sorted((a for a in areas if not state or state in area_states(a)), key=order)[:limit]
    return [
        AreaRow(
            a,
            "Nonmetro" if is_nonmetro(a.name) else "Metro",
            figure(a, "employment", f"BLS published no estimate for {a.name}."),
            figure(a, wage_key, f"BLS published no estimate for {a.name}."),
        )
        for a in chosen
    ]


def check_state(state: str | None) -> str | None:
    """The state or territory code, upper case, or ProfileError if there is none such."""
    if not state:
        return None
    code = state.strip().upper()
    if code not in STATE_NAMES:
        raise ProfileError(
            f"unknown state: {state!r}; use a two-letter code such as TX (or DC, PR, GU, VI)"
        )
    return code


def build(ctx: SectionContext) -> tuple[Block, ...]:
    """On screen the interactive explorer; on paper fixed tables for ctx.state."""
    occupation, r = ctx.occupation, ctx.releases
    if not ctx.printing:
        return (StateExplorer(occupation),)
    soc = occupation.wage_soc_code
    if soc is None:
        return (
            Html(
                "<p>BLS publishes no state or area estimates for this occupation "
                "(OEWS covers wage and salary workers only).</p>",
                key="none",
            ),
        )
    state = check_state(ctx.state)
    hourly = hourly_only(occupation.wages)
    wage_key = "hourly_median" if hourly else "annual_median"
    rows = state_rows(occupation.states)
    source = f"Source: BLS Occupational Employment and Wage Statistics, {r.oews}."
    blocks: list[Block] = []
    if state:
        name = STATE_NAMES[state]
        row = next(row for row in rows if row.abbr == state)
        figures = tuple((MEASURE_BY_KEY[key].label, fig.text) for key, fig in row.figures.items())
        blocks.append(
            Table(
                ("In " + name, r.oews),
                figures,
                caption=f"{occupation.title} in {name}",
                source=source,
                key="state",
            )
        )
        blocks.append(
            Chart(
                percentiles_vs_nation(
                    name, ctx.data.state_wages(soc, state), occupation.wages, hourly, r
                ),
                key="percentiles",
            )
        )
    else:
        ranked = sorted(rows, key=lambda row: -(row.figures["employment"].sort_value or -1))
        blocks.append(
            Table(
                ("State", "Jobs", "Median wage"),
                tuple(
                    (row.name, row.figures["employment"].text, row.figures[wage_key].text)
                    for row in ranked[:PRINT_STATES]
                ),
                caption="The states with the most jobs in this occupation",
                source=source,
                key="states",
            )
        )
    areas = ctx.data.areas(soc)
    place = f" in {STATE_NAMES[state]}" if state else ""
    if not any(state is None or state in area_states(a) for a in areas):
        blocks.append(
            Html(
                f"<p>BLS published no metro or nonmetro area figures for this "
                f"occupation{place}.</p>",
                key="areas",
            )
        )
        return tuple(blocks)
    for by, label in (("employment", "the most jobs"), ("wage", "the highest median wage")):
        top = top_areas(areas, by=by, state=state, hourly=hourly, limit=PRINT_AREAS)
        rows_text = tuple((a.area.name, a.kind, a.employment.text, a.wage.text) for a in top)
        blocks.append(
            Table(
                ("Area", "Kind", "Jobs", "Median wage"),
                rows_text,
                caption=f"Metro and nonmetro areas{place} with {label}",
                source=source,
                key=f"areas_{by}",
            )
        )
    return tuple(blocks)
