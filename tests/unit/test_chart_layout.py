"""The chart rules both renderers share (profile.chart_layout, issue 12 item 8): axes
from zero, shares and ranks to 100, values past their bars' ends (before a negative
bar), and no value over another or over a bar. Pure numbers: sizes in pixels."""

from __future__ import annotations

import itertools

import pytest

from explorer.data.repository import CareerData
from explorer.profile import become, environment, outlook, pay, states
from explorer.profile.chart_layout import (
    Layout,
    Scale,
    Tag,
    labelled_points,
    lay_out,
    point_sides,
    tick_text,
    ticks,
    value_scale,
)
from explorer.profile.sources import releases

from conftest import ctx

GAP = 4.0


def _boxes(layout: Layout, tags: list[Tag], length: float) -> list[tuple[float, ...]]:
    """Each label as (across from, across to, along from, along to), pixels from the
    axis's low end."""
    per_unit = layout.per_unit(length)
    boxes = []
    for tag, place in zip(tags, layout.places, strict=True):
        end = (tag.value - layout.low) * per_unit
        near, far = end + tag.outward * place.out, end + tag.outward * (place.out + place.along)
        boxes.append((place.start, place.start + place.across, min(near, far), max(near, far)))
    return boxes


def _bars(layout: Layout, tags: list[Tag], length: float) -> list[tuple[float, ...]]:
    per_unit = layout.per_unit(length)
    zero = (0 - layout.low) * per_unit
    return [
        (*t.bar, *sorted((zero, (t.value - layout.low) * per_unit)))
        for t in tags
        if t.bar is not None
    ]


def _meet(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[1] - 0.5 and b[0] < a[1] - 0.5 and a[2] < b[3] - 0.5 and b[2] < a[3] - 0.5


def _assert_apart(layout: Layout, tags: list[Tag], length: float) -> None:
    """No label meets another label or any bar, and every label is inside the plot."""
    boxes, bars = _boxes(layout, tags, length), _bars(layout, tags, length)
    for (i, a), (j, b) in itertools.combinations(enumerate(boxes), 2):
        assert not _meet(a, b), f"labels {i} and {j} overlap: {a} {b}"
    for (i, box), bar in itertools.product(enumerate(boxes), bars):
        assert not _meet(box, bar), f"label {i} is over a bar: {box} {bar}"
    for box in boxes:
        assert box[2] >= -0.5 and box[3] <= length + 0.5, (box, length)


def _standing(values: list[list[float]], width: float, text: float) -> list[Tag]:
    """Tags of standing bars, `len(values[0])` series side by side, in a plot `width`
    wide; each label `text` pixels wide and 14 tall."""
    groups, count = len(values), len(values[0])
    slot = width / groups
    bar = slot * 0.7 / count
    tags = []
    for g, group in enumerate(values):
        for s, value in enumerate(group):
            left = slot * g + slot * 0.15 + s * bar
            room = (slot * g, slot * (g + 1))
            tags.append(Tag(value, left + bar / 2, text, 14.0, (left, left + bar), room))
    return tags


# -- the axis -----------------------------------------------------------------------------


def test_a_trend_starts_at_zero(data: CareerData) -> None:
    for code in ("25-2031.00", "29-1141.00", "27-2011.00"):
        chart = pay.wage_trend(ctx(code))
        assert chart.kind == "line"
        lowest = min(v for v in chart.series[0].values if v is not None)
        assert lowest > 10  # far from zero: an axis from the lowest value would hide it
        assert value_scale(chart).low == 0


def test_shares_and_ranks_end_at_100(data: CareerData) -> None:
    for chart in (
        become.skill_ranks(ctx("25-2031.00")),
        become.attainment(ctx("25-2031.00")),
        become.education_required(ctx("29-1141.00")),
        environment.industries_employing(ctx("29-1141.00")),
    ):
        highest = max(v for v in chart.series[0].values if v is not None)
        assert highest < 100
        assert value_scale(chart) == Scale(0.0, 100.0, fixed=True), chart.title
    dollars = pay.pay_percentiles(ctx("29-1141.00"))
    assert not value_scale(dollars).fixed


def test_a_fixed_end_stays_put_and_its_labels_go_in_a_margin() -> None:
    tags = [Tag(96.0, 10, 14, 40, (0, 20)), Tag(50.0, 40, 14, 40, (30, 50))]
    layout = lay_out(Scale(0, 100, fixed=True), tags, 500, GAP)
    assert (layout.low, layout.high) == (0, 100)
    assert layout.margin > 0  # "96" does not fit before 100 on 500 pixels...
    _assert_apart(layout, tags, 500)  # ...and is inside the plot, in the margin


def test_a_negative_value_takes_the_axis_below_zero(data: CareerData) -> None:
    chart = outlook.growth_comparison(ctx("25-2031.00"))
    assert chart.series[0].values[0] == -1.6
    scale = value_scale(chart)
    assert scale.low == -1.6 and scale.high == 3.1


def test_ticks_run_from_zero_to_100() -> None:
    assert ticks(0, 100) == [0, 25, 50, 75, 100]
    assert ticks(-1.9, 3.4) == [0, 2]
    assert ticks(0, 118_000, 5) == [0, 50_000, 100_000]
    assert tick_text(2.5, 2.5) == "2.5" and tick_text(40_000, 10_000) == "40,000"


# -- where the values go --------------------------------------------------------------------


def test_a_negative_bars_value_is_past_its_end_not_over_the_axis() -> None:
    """-1.6% growth lying left of zero: its value is left of the bar's end, inside the
    plot, and the range leaves it room."""
    tags = [Tag(-1.6, 20, 14, 44, (10, 30)), Tag(0.6, 60, 14, 44, (50, 70))]
    tags.append(Tag(3.1, 100, 14, 44, (90, 110)))
    layout = lay_out(Scale(-1.6, 3.1), tags, 600, GAP)
    per_unit = layout.per_unit(600)
    negative = _boxes(layout, tags, 600)[0]
    bar_end = (-1.6 - layout.low) * per_unit
    assert negative[3] <= bar_end - GAP + 1e-6  # before the bar's end, past the gap
    assert negative[2] >= -1e-6  # not past the plot's (and the axis's) edge
    assert layout.low < -1.6
    _assert_apart(layout, tags, 600)


def test_close_values_side_by_side_do_not_overlap(data: CareerData) -> None:
    """State Data: Texas and U.S. percentiles, some within a few hundred dollars; wide
    labels move sideways off the next bar, and where they cannot, turn up their bars."""
    occupation = data.occupation("25-2031.00")
    chart = states.percentiles_vs_nation(
        "Texas",
        data.state_wages("25-2031", "TX"),
        occupation.wages,
        False,
        releases(data),
    )
    texas, nation = (s.values for s in chart.series)
    assert abs((texas[1] or 0) - (nation[1] or 0)) < 2_000  # $61,390 and $59,980
    values = [[t or 0.0, n or 0.0] for t, n in zip(texas, nation, strict=True)]
    scale = value_scale(chart)
    wide = _standing(values, 800, 64)  # wider than a bar: room over it and the gap beside
    layout = lay_out(scale, wide, 300, GAP, can_turn=True)
    assert not layout.turned
    _assert_apart(layout, wide, 300)
    # Each sits on its own bar (moved sideways, not up over the next bar).
    assert all(place.out == GAP for place in layout.places)
    narrow = _standing(values, 400, 56)
    layout = lay_out(scale, narrow, 300, GAP, can_turn=True)
    assert layout.turned  # 56 pixels do not fit over a 28-pixel bar
    turned = [Tag(t.value, t.centre, 14, 56, t.bar, t.room) for t in narrow]
    _assert_apart(layout, turned, 300)
    unturned = lay_out(scale, narrow, 300, GAP)
    _assert_apart(unturned, narrow, 300)  # not turned: moved out past what they meet


@pytest.mark.parametrize("count", [2, 3, 7])
def test_labels_stay_apart_whatever_the_values(count: int) -> None:
    """Many bars of nearly equal values with wide labels: none overlaps."""
    values = [[1000.0 + 10 * ((g * count + s) % 5) for s in range(count)] for g in range(5)]
    tags = _standing(values, 500, 70)
    layout = lay_out(Scale(0, 1040), tags, 400, GAP)
    _assert_apart(layout, tags, 400)


def test_the_check_sees_an_overlap() -> None:
    """_assert_apart fails for two labels placed over each other."""
    tags = [Tag(10.0, 10, 20, 14, (0, 20)), Tag(10.0, 12, 20, 14, (2, 22))]
    from explorer.profile.chart_layout import Place

    stacked = Layout(0, 20, 0, (Place(GAP, 0, 20, 14), Place(GAP, 2, 20, 14)))
    with pytest.raises(AssertionError, match="overlap"):
        _assert_apart(stacked, tags, 100)


def test_a_lines_values_go_where_the_line_is_not() -> None:
    values = [56.0, 57.0, 62.0, 61.0, 65.0, 64.0, 72.0]
    assert point_sides(values) == [-1, 1, 1, -1, 1, -1, 1]
    assert labelled_points(values, [40.0] * 7, 60) == set(range(7))
    assert labelled_points(values, [40.0] * 7, 30) == {0, 6}  # first, lowest; last, highest
    assert labelled_points([None, 5.0, 1.0, None], [40.0] * 4, 30) == {1, 2}
