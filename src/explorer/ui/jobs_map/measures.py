"""What a tile's colour can show: median pay, growth or education, each in a few steps
with a legend. The steps of pay are the fifths of the occupations on the map (from
the data, never typed); growth and education use BLS's own categories."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from explorer.data.catalog import EDUCATION_LEVELS, GROWTH_CATEGORIES
from explorer.data.jobs_map import JobsTile
from explorer.profile import formatting

#: From least to most: light to dark blue (pay, education); growth from red to green.
BLUES = ("#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c")
GROWTH_COLOURS = ("#1a9850", "#66bd63", "#a6d96a", "#fee08b", "#f46d43", "#d73027")
MISSING_COLOUR = "#d9d9d9"
#: Education in five steps, as Home's lists say them.
EDUCATION_STEPS = (
    ("No degree needed", EDUCATION_LEVELS[:3]),
    ("A certificate", EDUCATION_LEVELS[3:4]),
    ("An associate's degree", EDUCATION_LEVELS[4:5]),
    ("A bachelor's degree", EDUCATION_LEVELS[5:6]),
    ("More than a bachelor's", EDUCATION_LEVELS[6:]),
)


@dataclass(frozen=True)
class Measure:
    """A measure: its name, each tile's step (None: not published), the steps' names
    and colours, and how a tile's figure is written."""

    name: str
    step: Callable[[JobsTile], int | None]
    legend: tuple[str, ...]
    colours: tuple[str, ...]
    text: Callable[[JobsTile], str]

    def colour(self, tile: JobsTile) -> str:
        """A tile's colour."""
        step = self.step(tile)
        return MISSING_COLOUR if step is None else self.colours[step]


def _fifths(values: Sequence[int]) -> list[int]:
    ordered = sorted(values)
    return [ordered[len(ordered) * k // 5] for k in range(1, 5)] if ordered else []


def measures(tiles: Sequence[JobsTile]) -> dict[str, Measure]:
    """The three measures for these tiles, by key ("pay", "growth", "education")."""
    cuts = _fifths([t.annual_median for t in tiles if t.annual_median is not None])
    money = [formatting.dollars(cut) for cut in cuts]
    pay_legend = (
        (f"Under {money[0]}", *(f"{a} to {b}" for a, b in pairwise(money)),
         f"{money[-1]} and up")
        if money
        else ()
    )  # fmt: skip

    def pay_step(tile: JobsTile) -> int | None:
        if tile.annual_median is None:
            return None
        return sum(1 for cut in cuts if tile.annual_median >= cut)

    def growth_step(tile: JobsTile) -> int | None:
        category = tile.growth_category
        return GROWTH_CATEGORIES.index(category) if category in GROWTH_CATEGORIES else None

    def education_step(tile: JobsTile) -> int | None:
        return next(
            (
                i
                for i, (_, levels) in enumerate(EDUCATION_STEPS)
                if tile.typical_education in levels
            ),
            None,
        )

    return {
        "pay": Measure(
            "Median pay",
            pay_step,
            pay_legend,
            BLUES,
            lambda t: formatting.annual_pay(t.annual_median, None, frozenset()),
        ),
        "growth": Measure(
            "Growth",
            growth_step,
            tuple(GROWTH_CATEGORIES),
            GROWTH_COLOURS,
            lambda t: formatting.growth(t.growth_category, t.change_percent),
        ),
        "education": Measure(
            "Typical education",
            education_step,
            tuple(name for name, _ in EDUCATION_STEPS),
            BLUES,
            lambda t: t.typical_education or formatting.NOT_AVAILABLE,
        ),
    }
