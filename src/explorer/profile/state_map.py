"""State figures as plain data: tile-map layout, measures, figures with reasons, colour bins.

No Qt here, so tests can check every tile, legend bin and ranking against the
database. A figure BLS did not publish stays None: its tile is "not available"
(hatched grey, outside the colour scale) with the reason from the OEWS
footnote, never 0. A wage at or above the top figure BLS publishes (footnote 5)
is written "$239,200 or more" and counts as that figure for colour and order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from explorer.data.footnotes import wage_text
from explorer.data.places import PLACE_NAMES
from explorer.data.records import AreaFigures, Footnote, StateFigures
from explorer.profile import formatting
from explorer.profile.sources import Releases

#: The NPR Visuals square tile grid (2015) of the 50 states and DC, 12 columns by 8
#: rows, (row, column) from the top left; Puerto Rico and the Virgin Islands sit apart at the
#: bottom right, Guam at the bottom left beside Hawaii.
TILE_GRID: dict[str, tuple[int, int]] = {
    "AK": (0, 0),
    "ME": (0, 11),
    "VT": (1, 10),
    "NH": (1, 11),
    "WA": (2, 1),
    "ID": (2, 2),
    "MT": (2, 3),
    "ND": (2, 4),
    "MN": (2, 5),
    "IL": (2, 6),
    "WI": (2, 7),
    "MI": (2, 8),
    "NY": (2, 9),
    "RI": (2, 10),
    "MA": (2, 11),
    "OR": (3, 1),
    "NV": (3, 2),
    "WY": (3, 3),
    "SD": (3, 4),
    "IA": (3, 5),
    "IN": (3, 6),
    "OH": (3, 7),
    "PA": (3, 8),
    "NJ": (3, 9),
    "CT": (3, 10),
    "CA": (4, 1),
    "UT": (4, 2),
    "CO": (4, 3),
    "NE": (4, 4),
    "MO": (4, 5),
    "KY": (4, 6),
    "WV": (4, 7),
    "VA": (4, 8),
    "MD": (4, 9),
    "DE": (4, 10),
    "AZ": (5, 2),
    "NM": (5, 3),
    "KS": (5, 4),
    "AR": (5, 5),
    "TN": (5, 6),
    "NC": (5, 7),
    "SC": (5, 8),
    "DC": (5, 9),
    "OK": (6, 4),
    "LA": (6, 5),
    "MS": (6, 6),
    "AL": (6, 7),
    "GA": (6, 8),
    "HI": (7, 0),
    "GU": (7, 1),
    "TX": (7, 4),
    "FL": (7, 9),
    "PR": (7, 10),
    "VI": (7, 11),
}
GRID_ROWS, GRID_COLUMNS = 8, 12

#: Every state and territory by postal abbreviation (explorer.data.places, the one list).
STATE_NAMES: dict[str, str] = PLACE_NAMES

#: Viridis in five steps, light (low) to dark (high): distinct for colour-blind
#: readers and still ordered when printed in grey.
RAMP = ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154")
#: Tiles without a figure: light grey, and hatched so they never pass for a colour.
NOT_AVAILABLE_COLOUR = "#d9d9d9"
TOP_ANNUAL, TOP_HOURLY = float(formatting.TOP_ANNUAL_DOLLARS), formatting.TOP_HOURLY_DOLLARS


@dataclass(frozen=True)
class Measure:
    """A figure the map can be coloured by: its OEWS name, words and unit."""

    key: str
    label: str
    unit: str
    short: str


MEASURES: tuple[Measure, ...] = (
    Measure("employment", "Employment", "jobs", "jobs"),
    Measure(
        "per_1000", "Jobs per 1,000", "per 1,000 jobs of all kinds in the state", "jobs per 1,000"
    ),
    Measure(
        "location_quotient",
        "Location quotient",
        "1.00 = the same share of jobs as the U.S.",
        "location quotient",
    ),
    Measure("annual_median", "Median annual wage", "dollars a year", "annual wage"),
    Measure("hourly_median", "Median hourly wage", "dollars an hour", "hourly wage"),
)
MEASURE_BY_KEY = {m.key: m for m in MEASURES}


def format_measure(value: float | None, key: str, short: bool = False) -> str:
    """A figure written for people; short gives a tile-sized form ("$57.6k", "12k")."""
    if value is None:
        return formatting.NOT_AVAILABLE
    if key == "employment":
        if not short or value < 1000:
            return formatting.count(round(value))
        return (
            f"{value / 1e6:.1f}M"
            if value >= 1e6
            else (f"{value / 1000:.1f}k" if value < 10_000 else f"{value / 1000:.0f}k")
        )
    if key == "per_1000":
        return f"{value:.1f}" if value >= 10 else f"{value:.2f}" if value >= 1 else f"{value:.3f}"
    if key == "location_quotient":
        return f"{value:.2f}"
    if key == "hourly_median":
        return formatting.dollars(value, cents=True)
    if short:
        return f"${value / 1000:.0f}k" if value >= 100_000 else f"${value / 1000:.1f}k"
    return formatting.dollars(value)


#: The measures that are wages, written by the one footnote rule when BLS gives no figure.
WAGE_KEYS = frozenset({"annual_median", "hourly_median"})


@dataclass(frozen=True)
class Figure:
    """One published (or unpublished) figure, ready to show and to sort.

    sort_value orders and colours it (a top-coded wage counts as the top figure);
    reason says why BLS published no exact figure ("" when it did).
    """

    value: float | None
    sort_value: float | None
    text: str
    short_text: str
    reason: str = ""
    why: str = ""


def footnote_texts(footnotes: Iterable[Footnote], key: str) -> dict[str, str]:
    """The texts of the footnotes on one measure, by footnote code."""
    return {f.code: f.text for f in footnotes if key in f.measures}


def figure(figures: StateFigures | AreaFigures | None, key: str, no_data: str) -> Figure:
    """The figure `key` of a state or area, or "not available" with its reason.

    no_data is the reason given when BLS published no row at all for the place.
    """
    if figures is None:
        return Figure(None, None, formatting.NOT_AVAILABLE, "n/a", no_data, "no estimate")
    value = getattr(figures, key)
    if value is not None:
        return Figure(
            value, float(value), format_measure(value, key), format_measure(value, key, short=True)
        )
    codes = footnote_texts(figures.footnotes, key)
    if "5" in codes:
        hourly = key.startswith("hourly")
        text = formatting.TOP_CODED_HOURLY if hourly else formatting.TOP_CODED_ANNUAL
        top = TOP_HOURLY if hourly else TOP_ANNUAL
        return Figure(
            None,
            top,
            text,
            format_measure(top, key, short=True) + "+",
            codes["5"],
            "BLS's top figure",
        )
    if "4" in codes:
        why = "paid by the hour" if key.startswith("annual") else "paid by the year"
    elif "8" in codes:
        why = "not released"
    else:
        why = "not published"
    reason = " ".join(codes.values()) or "BLS did not publish this figure."
    # A wage in the one footnote rule's words ("hourly wages only"); a count "not available".
    text = wage_text(None, key, codes) if key in WAGE_KEYS else formatting.NOT_AVAILABLE
    return Figure(None, None, text, "n/a", reason, why)


@dataclass(frozen=True)
class StateRow:
    """A state or territory with every measure, for the map and the table."""

    abbr: str
    name: str
    figures: dict[str, Figure]
    note: str


def no_data_reason(name: str, published: bool) -> str:
    """Why a state has no row: the occupation has no OEWS figures at all, or not there."""
    if not published:
        return (
            "BLS publishes no wage or employment estimates for this occupation "
            "(OEWS covers wage and salary workers only)."
        )
    return f"BLS published no estimate for this occupation in {name}."


def state_rows(states: Sequence[StateFigures], published: bool = True) -> list[StateRow]:
    """Every state and territory (and any other place BLS publishes), sorted by name.

    published is False when BLS publishes nothing for the occupation anywhere.
    """
    by_abbr = {s.abbr: s for s in states}
    rows = []
    for abbr in sorted(set(STATE_NAMES) | set(by_abbr)):
        found = by_abbr.get(abbr)
        name = found.name if found else STATE_NAMES.get(abbr, abbr)
        reason = no_data_reason(name, published)
        figures = {m.key: figure(found, m.key, reason) for m in MEASURES}
        rows.append(StateRow(abbr, name, figures, _note(figures, found is None)))
    return sorted(rows, key=lambda r: r.name)


def _note(figures: dict[str, Figure], missing_row: bool) -> str:
    """Short words on what is missing and why, for the table's Note column."""
    if missing_row:
        return "No estimate published"
    by_why: dict[str, list[str]] = {}
    for key, fig in figures.items():
        if fig.why:
            by_why.setdefault(fig.why, []).append(MEASURE_BY_KEY[key].short)
    return "; ".join(f"{', '.join(keys).capitalize()}: {why}" for why, keys in by_why.items())


@dataclass(frozen=True)
class Bin:
    """One colour of the map's scale: the lowest and highest figure it holds."""

    low: float
    high: float
    colour: str
    text: str


@dataclass(frozen=True)
class Tile:
    """One square of the tile map."""

    abbr: str
    name: str
    row: int
    column: int
    figure: Figure
    colour: str
    bin: int  # index into MapData.bins; -1 for "not available"


@dataclass(frozen=True)
class MapData:
    """What the tile map draws: a tile per state, the colour bins, title and source."""

    measure: Measure
    tiles: dict[str, Tile]
    bins: tuple[Bin, ...]
    title: str
    source: str


def bin_values(values: Sequence[float], classes: int = len(RAMP)) -> list[tuple[float, float]]:
    """Quantile classes (low, high) of values: about as many states in each colour.

    Equal values always share a class, so there may be fewer than `classes`.
    """
    ordered = sorted(values)
    n = len(ordered)
    groups: list[list[float]] = []
    last_index = -1
    for i, value in enumerate(ordered):
        index = min(classes - 1, i * classes // n)
        if groups and (value == groups[-1][-1] or index == last_index):
            groups[-1].append(value)
        else:
            groups.append([value])
            last_index = index
    return [(g[0], g[-1]) for g in groups]


def ramp_colours(count: int) -> list[str]:
    """count colours spread over the ramp, lightest first."""
    if count <= 1:
        return [RAMP[len(RAMP) // 2]] * count
    return [RAMP[round(i * (len(RAMP) - 1) / (count - 1))] for i in range(count)]


def map_data(rows: Sequence[StateRow], key: str, releases: Releases) -> MapData:
    """Tiles and colour bins of one measure over the states on the map."""
    measure = MEASURE_BY_KEY[key]
    on_map = [r for r in rows if r.abbr in TILE_GRID]
    figures = [r.figures[key] for r in on_map]
    values = [f.sort_value for f in figures if f.sort_value is not None]
    ranges = bin_values(values) if values else []
    colours = ramp_colours(len(ranges))
    # A top-coded wage ("$239,200 or more") counts as $239,200; its bin says "or more".
    top_coded = {f.sort_value for f in figures if f.value is None and f.sort_value is not None}
    bins = tuple(
        Bin(
            low, high, colour, _range_text(low, high, key, any(low <= t <= high for t in top_coded))
        )
        for (low, high), colour in zip(ranges, colours, strict=True)
    )
    tiles = {}
    for r in on_map:
        fig = r.figures[key]
        index = next(
            (
                i
                for i, b in enumerate(bins)
                if fig.sort_value is not None and b.low <= fig.sort_value <= b.high
            ),
            -1,
        )
        row, column = TILE_GRID[r.abbr]
        tiles[r.abbr] = Tile(
            r.abbr,
            r.name,
            row,
            column,
            fig,
            bins[index].colour if index >= 0 else NOT_AVAILABLE_COLOUR,
            index,
        )
    return MapData(
        measure, tiles, bins, f"{measure.label} by state, {releases.oews}", releases.oews_source
    )


def _range_text(low: float, high: float, key: str, top_coded: bool) -> str:
    """ "$48,120 to $50,300"; a bin that ends on a top-coded wage ends "or more"."""
    high_text = format_measure(high, key)
    if top_coded and high == (TOP_HOURLY if key.startswith("hourly") else TOP_ANNUAL):
        high_text += " or more"
    return high_text if low == high else f"{format_measure(low, key)} to {high_text}"


@lru_cache(maxsize=64)
def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on fill ("#rrggbb"), by WCAG contrast."""
    channels = [int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "#000000" if (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) else "#ffffff"
