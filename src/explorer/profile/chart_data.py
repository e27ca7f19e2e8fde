"""Chart data as plain values: what each profile chart draws, built from the database.

The same ChartData feeds the on-screen graph, its "show as table" view and the
printed report, and tests compare it with the database figures. A value of
None is a figure BLS did not publish: it is drawn as a gap and written as
"not available", never as 0. A value flagged at_least is the cap BLS top-codes
a wage at ("$239,200 or more"): drawn at the cap and marked as such.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.profile import formatting


@dataclass(frozen=True)
class Series:
    """One named row of values, aligned with ChartData.categories."""

    name: str
    values: tuple[float | None, ...]
    #: How the values are written, when not in the chart's unit.
    unit: str | None = None
    #: False for a series shown in the table and in the bar labels but not drawn,
    #: such as the number of jobs beside a share ("23.5% · 52,340 jobs").
    drawn: bool = True
    #: Words for values BLS did not publish, by position ("$239,200 or more");
    #: "not available" where empty or None.
    missing: tuple[str | None, ...] = ()
    #: True, by position, where the value is the cap BLS top-codes wages at: the true
    #: value is this or more. It is drawn at the cap, marked (a hatched bar, a hollow
    #: point) and written "$239,200 or more".
    at_least: tuple[bool, ...] = ()

    def is_at_least(self, index: int) -> bool:
        """True where the value at index is BLS's cap, not the figure itself."""
        return index < len(self.at_least) and self.at_least[index]


@dataclass(frozen=True)
class ChartData:
    """Everything needed to draw a chart, or to write it out as a table.

    kind is "bar" (categories along the axis) or "line" (categories are
    ordered points, such as years). unit says how values are written:
    "dollars", "dollars_hourly", "count", "percent" (a change), "share" (a part
    of 100), "rank" (a percentile rank) or "score" (an O*NET rating).
    """

    title: str
    kind: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    unit: str
    category_axis: str
    value_axis: str
    source: str
    notes: tuple[str, ...] = field(default=())
    #: Where the value axis ends when every value is at most this (a quiz score out of
    #: 20 or 40), as it ends at 100 for shares and ranks; None: at the highest value.
    full_scale: float | None = None

    def is_empty(self) -> bool:
        """True when no value at all was published."""
        return all(v is None for s in self.drawn_series() for v in s.values)

    def drawn_series(self) -> tuple[Series, ...]:
        """The series drawn as bars or lines."""
        return tuple(s for s in self.series if s.drawn)

    def value_text(self, series: Series, index: int) -> str:
        """One value written in its series' unit, or why it is missing."""
        value = series.values[index]
        if value is None and index < len(series.missing) and series.missing[index]:
            return str(series.missing[index])
        text = format_value(value, series.unit or self.unit)
        return f"{text} or more" if value is not None and series.is_at_least(index) else text

    def bar_label(self, series: Series, index: int) -> str:
        """What is written on a drawn value: the value, then any undrawn series."""
        extra = [
            f"{self.value_text(s, index)} {s.name.lower()}"
            for s in self.series
            if not s.drawn and s.values[index] is not None
        ]
        return " · ".join([self.value_text(series, index), *extra])

    def rows(self) -> list[list[object]]:
        """The chart as table rows: category, then one value per series."""
        return [
            [category, *(s.values[i] for s in self.series)]
            for i, category in enumerate(self.categories)
        ]


_SHARE_FORMATS = {"share": "{:.1f}%", "rank": "{:.0f}", "score": "{:.2f}"}


def format_value(value: float | None, unit: str) -> str:
    """A chart value written for people ("$51,140", "194,800", "+7.1%", "37.3%")."""
    if value is None:
        return formatting.NOT_AVAILABLE
    if unit in ("dollars", "dollars_hourly"):
        return formatting.dollars(value, cents=unit == "dollars_hourly")
    if unit == "percent":
        return formatting.percent_change(value)
    if unit in _SHARE_FORMATS:
        return _SHARE_FORMATS[unit].format(value)
    return formatting.count(round(value))
