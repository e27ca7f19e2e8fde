"""Where a chart's value axis runs and where its value labels go, decided once for the
screen (pyqtgraph, ui/widgets/charts.py) and for paper (QPainter, reports/chart_painter.py).

The rules (issue 12, item 8):

- Every value axis starts at zero: bars grow from zero, and a trend line is drawn over
  an axis from zero, so a small change never looks like a large one. A negative value
  takes the axis below zero.
- A share of a whole ("share") or a percentile rank ("rank") is drawn on an axis that
  ends at 100, so a bar's length is its part of the whole. A label that does not fit
  before 100 goes in a margin past the axis's end, not on a longer axis.
- A value label sits outside its bar, past the bar's end: after a positive bar, before
  a negative one (to the left of a lying bar, under a standing one). It is never inside
  the bar or over the axis, and the axis range leaves it room.
- Labels never overlap each other or another bar. A label wider than its bar moves
  sideways, away from the next bar of its group; one that still meets a label or a bar
  moves further out, past it.

Everything here is plain numbers: values in the chart's unit, sizes in the renderer's
pixels. Measuring texts and turning values into pixels is the renderer's part.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from explorer.profile.chart_data import ChartData

#: Category names longer than this lay a bar chart's bars down, each name above its bars.
LONG_LABEL = 14
#: Units that are a part of a whole or a percentile rank: their axis ends at 100.
FULL_SCALE = {"share": 100.0, "rank": 100.0}
#: The longest a label may be, as a part of the plot's length, and still be given room.
MAX_LABEL_SHARE = 0.4
#: Pixels between a label and what it was moved past.
SEPARATION = 2.0
_NICE_STEPS = (1.0, 2.0, 2.5, 5.0, 10.0)


def lying(chart: ChartData) -> bool:
    """Whether a bar chart's bars lie down (long category names read better above them
    than squeezed under standing bars)."""
    return chart.kind == "bar" and any(len(c) > LONG_LABEL for c in chart.categories)


@dataclass(frozen=True)
class Scale:
    """The values the value axis must show: from low (0, or the lowest negative value)
    to high (the highest value, or 100 for a share or a rank: `fixed`, an end no label
    room may move)."""

    low: float
    high: float
    fixed: bool = False


def value_scale(chart: ChartData) -> Scale:
    """The axis a chart's drawn values need: from zero, to 100 for shares and ranks,
    to the chart's own `full_scale` (a quiz score's maximum) when it has one."""
    values = [v for s in chart.drawn_series() for v in s.values if v is not None]
    low, high = min([0.0, *values]), max([0.0, *values])
    full = chart.full_scale if chart.full_scale is not None else FULL_SCALE.get(chart.unit)
    if full is not None and high <= full:
        return Scale(low, full, fixed=True)
    return Scale(low, high if high > low else low + 1.0)


@dataclass(frozen=True)
class Tag:
    """A value label to place (pixels): where its bar or point ends, how big its text
    is, and across the axis where its bar is and how far it may move sideways."""

    value: float
    #: The middle of its bar or point, across the value axis.
    centre: float
    #: The text's size across the value axis (its width on a standing bar).
    across: float
    #: The text's size along the value axis (its height on a standing bar).
    along: float
    #: Its bar's extent across the value axis; None for a point or a missing value.
    bar: tuple[float, float] | None = None
    #: The extent it may move sideways within (its category's slot).
    room: tuple[float, float] | None = None
    #: +1 or -1 to put the label above or below a point whatever its sign (see
    #: point_sides); 0 for a bar's label, which goes past the bar's end.
    side: int = 0

    @property
    def outward(self) -> int:
        """+1 where the label goes towards higher values, -1 towards lower ones."""
        if self.side:
            return self.side
        return -1 if self.value < 0 else 1


@dataclass(frozen=True)
class Place:
    """Where one label goes: its near edge `out` pixels past its bar's end (away from
    zero), its extent across the value axis from `start`, and its size as placed (a
    turned label's across and along are its height and width)."""

    out: float
    start: float
    across: float
    along: float


@dataclass(frozen=True)
class Layout:
    """The value range to draw over a plot's length, the margin past `high` kept for
    labels (a fixed end: the axis stops at `high`), each label's place, and whether the
    bars' labels are turned to run along their bars."""

    low: float
    high: float
    margin: float
    places: tuple[Place, ...]
    turned: bool = False

    def per_unit(self, length: float) -> float:
        """Pixels per unit of value, over a plot `length` pixels long, margin included."""
        return (length - self.margin) / (self.high - self.low)


def lay_out(
    scale: Scale,
    tags: Sequence[Tag],
    length: float,
    gap: float,
    end: float = 0.0,
    can_turn: bool = False,
) -> Layout:
    """The range, margin and label places for tags on a plot `length` pixels long
    (the margin, if any, included); each label at least `gap` pixels past its bar, and
    at least `end` pixels of margin (for the number at the axis's end).

    Where a bar's label is wider than the room over its bar (up to the next bars), and
    `can_turn` (standing bars), every bar's label is turned to run up its bar: all the
    labels of a chart read the same way."""
    frees = [_free(tag, tags) for tag in tags]
    turned = can_turn and any(
        t.bar is not None and t.across > free[1] - free[0]
        for t, free in zip(tags, frees, strict=True)
    )
    if turned:
        tags = [replace(t, across=t.along, along=t.across) if t.bar else t for t in tags]
    starts = [_across_start(tag, free) for tag, free in zip(tags, frees, strict=True)]
    # What each label may meet does not change with the range: only how far apart they are.
    near = _neighbours(tags, starts)
    low, high, margin = scale.low, scale.high, end
    outs = _stack(tags, near, low, (length - margin) / (high - low), gap)
    for _ in range(4):  # the range leaves the labels room; moving them may need more
        fitted = _fit(scale, tags, outs, length, end)
        if all(
            abs(a - b) < 1e-6 * (1 + abs(b))
            for a, b in zip(fitted, (low, high, margin), strict=True)
        ):
            break
        low, high, margin = fitted
        outs = _stack(tags, near, low, (length - margin) / (high - low), gap)
    places = tuple(
        Place(o, s, t.across, t.along) for o, s, t in zip(outs, starts, tags, strict=True)
    )
    return Layout(low, high, margin, places, turned)


def _free(tag: Tag, tags: Sequence[Tag]) -> tuple[float, float]:
    """The stretch across the axis a bar's label may use without covering another bar:
    between the nearest drawn bars on either side, within the label's room."""
    low, high = tag.room if tag.room is not None else (-math.inf, math.inf)
    if tag.bar is None:
        return low, high
    for other in tags:
        if other is tag or other.bar is None or other.value == 0:
            continue
        if other.bar[1] <= tag.bar[0] + 0.5:
            low = max(low, other.bar[1])
        elif other.bar[0] >= tag.bar[1] - 0.5:
            high = min(high, other.bar[0])
    return low, high


def _across_start(tag: Tag, free: tuple[float, float]) -> float:
    """Where a label starts across the axis: centred on its bar or point, moved sideways
    (away from the next bar, or into the plot) as far as it must and may."""
    start = tag.centre - tag.across / 2
    low, high = free
    if tag.across <= high - low:
        start = max(low, min(start, high - tag.across))
    return start


def _neighbours(tags: Sequence[Tag], starts: Sequence[float]) -> list[tuple[list[int], list[int]]]:
    """For each label, the other bars and the other labels level with it across the
    axis: the only ones it can meet."""

    def level(a: tuple[float, float], b: tuple[float, float]) -> bool:
        return a[0] < b[1] - 0.5 and a[1] > b[0] + 0.5

    spans = [(start, start + tag.across) for tag, start in zip(tags, starts, strict=True)]
    return [
        (
            [j for j, t in enumerate(tags) if j != i and t.bar and level(t.bar, spans[i])],
            [j for j in range(len(tags)) if j != i and level(spans[j], spans[i])],
        )
        for i in range(len(tags))
    ]


def _stack(
    tags: Sequence[Tag],
    near: Sequence[tuple[list[int], list[int]]],
    low: float,
    per_unit: float,
    gap: float,
) -> list[float]:
    """How far past its bar's end each label goes (pixels) so that none covers another
    label or another bar: the labels nearest zero first, each moved past what it meets."""

    def at(value: float) -> float:
        return (value - low) * per_unit

    def extent(end: float, tag: Tag, out: float) -> tuple[float, float]:
        a, b = end + tag.outward * out, end + tag.outward * (out + tag.along)
        return (a, b) if a < b else (b, a)

    placed: dict[int, tuple[float, float]] = {}
    outs = [gap] * len(tags)
    for i in sorted(range(len(tags)), key=lambda i: abs(tags[i].value)):
        tag, end = tags[i], at(tags[i].value)
        bars, labels = near[i]
        zero = at(0)
        obstacles = [(min(zero, at(tags[j].value)), max(zero, at(tags[j].value))) for j in bars]
        obstacles += [placed[j] for j in labels if j in placed]
        out = gap
        for _ in range(len(obstacles) + 1):
            a, b = extent(end, tag, out)
            hits = [(c, d) for c, d in obstacles if c < b and d > a]
            if not hits:
                break
            if tag.outward > 0:
                out = max(d - end for _, d in hits) + SEPARATION
            else:
                out = max(end - c for c, _ in hits) + SEPARATION
        outs[i] = out
        placed[i] = extent(end, tag, out)
    return outs


def _fit(
    scale: Scale, tags: Sequence[Tag], outs: Sequence[float], length: float, end: float
) -> tuple[float, float, float]:
    """The (low, high, margin) that leave every label its room (pixels) past its bar,
    and at least `end` pixels of margin."""
    length -= end
    cap = MAX_LABEL_SHARE * length
    # Each label's room: past its bar, its own length, and a little before the plot's edge.
    room = [min(o + t.along + SEPARATION, cap) for t, o in zip(tags, outs, strict=True)]
    ups = [(t.value, r) for t, r in zip(tags, room, strict=True) if t.outward > 0]
    downs = [(t.value, r) for t, r in zip(tags, room, strict=True) if t.outward < 0]
    if not scale.fixed:
        low, high = _span(scale.low, scale.high, ups, downs, length)
        return low, high, end
    # A fixed end stays where it is: the labels past it go in a margin outside the axis.
    plot = length - max((e for _, e in ups), default=0.0)
    low, high = _span(scale.low, scale.high, [], downs, plot)
    per_unit = plot / (high - low)
    margin = max([0.0, *(e - (high - v) * per_unit for v, e in ups)])
    return low, high, max(margin, end)  # the end's number and the labels: side by side


def _span(
    low: float,
    high: float,
    ups: Sequence[tuple[float, float]],
    downs: Sequence[tuple[float, float]],
    length: float,
) -> tuple[float, float]:
    """The range that leaves each (value, pixels) its pixels past the value: above it
    for ups, below it for downs. Each label is at most MAX_LABEL_SHARE of the length, so
    a range wide enough for the longest on both sides exists; it is then narrowed, and
    each narrower range still leaves the room (it only makes a unit longer)."""
    up = max((e for _, e in ups), default=0.0) / length
    down = max((e for _, e in downs), default=0.0) / length
    span = (high - low) / (1 - up - down)
    new_low, new_high = low, high
    for _ in range(3):
        per_unit = length / span
        new_high = max([high, *(v + e / per_unit for v, e in ups)])
        new_low = min([low, *(v - e / per_unit for v, e in downs)])
        span = new_high - new_low
    return new_low, new_high


def labelled_points(
    values: Sequence[float | None], widths: Sequence[float], step: float
) -> set[int]:
    """Which points of a line carry their value: all where the widest label fits the
    room between points (`step` pixels), else the first, the last, the lowest and the
    highest (the table lists them all). widths are the labels' widths, by position."""
    shown = [i for i, v in enumerate(values) if v is not None]
    if not shown or max(widths[i] for i in shown) + 6 <= step:
        return set(shown)
    return {
        shown[0],
        shown[-1],
        min(shown, key=lambda i: values[i] or 0.0),
        max(shown, key=lambda i: values[i] or 0.0),
    }


def point_sides(values: Sequence[float | None]) -> list[int]:
    """Which side of each point of a line its value goes: below (-1) a point lower than
    the points on both sides of it (where the line comes down to it and goes up again,
    a label above would sit on the line), else above (+1)."""
    sides = []
    for i, value in enumerate(values):
        around = [v for v in (*values[max(i - 1, 0) : i], *values[i + 1 : i + 2]) if v is not None]
        low = value is not None and bool(around) and all(v > value for v in around)
        sides.append(-1 if low else 1)
    return sides


def ticks(low: float, high: float, count: int = 5) -> list[float]:
    """About `count` round values from low to high (0, 25, 50, 75, 100), zero among
    them; the last is high itself when high is round (100), never past it."""
    span = high - low
    if span <= 0:
        return [low]
    raw = span / max(count - 1, 1)
    power = 10.0 ** _floor_log10(raw)
    step = next(s * power for s in _NICE_STEPS if s * power >= raw)
    first = -(-low // step) * step
    values, value = [], first
    while value <= high + step * 1e-9:
        values.append(round(value, 10) + 0.0)
        value += step
    return values


def _floor_log10(value: float) -> int:
    exponent = 0
    while value >= 10:
        value, exponent = value / 10, exponent + 1
    while value < 1:
        value, exponent = value * 10, exponent - 1
    return exponent


def tick_text(value: float, step: float) -> str:
    """An axis number: thousands separated (40,000), with the decimals the steps need
    (2.5, 0.25)."""
    decimals = next((d for d in range(4) if abs(step * 10**d - round(step * 10**d)) < 1e-6), 3)
    return f"{value:,.{decimals}f}"
