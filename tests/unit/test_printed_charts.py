"""Printed charts follow the chart rules (issue 12, item 8): each chart is painted into a
QImage by the report's ChartPainter at the width the page gives it, and what it drew
(its record, the boxes it wrote each value in) is checked: trend axes from zero,
shares and ranks to 100, a negative bar's value left of it, no value over another."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from explorer.data.catalog import load_catalog
from explorer.data.repository import CareerData
from explorer.profile import become, environment, outlook, pay
from explorer.profile.blocks import Chart, ChartChoice
from explorer.profile.chart_data import ChartData
from explorer.profile.registry import SECTION_KEYS, build_report
from explorer.reports.chart_painter import ChartPainter, Drawn, height_in_points, wide

from conftest import ctx

DPI = 150.0
TEXT_WIDTH_PT = 8.5 * 72 - 2 * 16 / 25.4 * 72  # letter, the report's 16 mm margins


@pytest.fixture
def gui_app(qapp):
    return qapp


def _paint(chart: ChartData) -> tuple[Drawn, QRectF]:
    """Draw chart as the report does (half the text width, or all of it for a wide one)
    into an image; what the painter drew, and the chart's rectangle."""
    width_pt = TEXT_WIDTH_PT - 2 if wide(chart) else TEXT_WIDTH_PT / 2 - 2
    scale = DPI / 72
    rect = QRectF(0, 0, width_pt * scale, height_in_points(chart, width_pt) * scale)
    image = QImage(int(rect.width()) + 1, int(rect.height()) + 1, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    try:
        chart_painter = ChartPainter(painter, DPI)
        chart_painter.draw(chart, rect)
    finally:
        painter.end()
    return chart_painter.drawn, rect


def _report_charts(data: CareerData, code: str, state: str) -> Iterator[ChartData]:
    catalog = {row.code: row for row in load_catalog(data)}
    report = build_report(data, code, tuple(SECTION_KEYS), catalog, state)
    for section in report.sections:
        for block in section.blocks:
            if isinstance(block, Chart | ChartChoice) and not block.chart.is_empty():
                yield block.chart


def _meet(a: QRectF, b: QRectF) -> bool:
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5))


def _assert_apart(drawn: Drawn, rect: QRectF, title: str) -> None:
    """No value's box meets another's or a bar, and each is inside the chart."""
    for (a, box_a, _), (b, box_b, _) in itertools.combinations(drawn.labels, 2):
        assert not _meet(box_a, box_b), f"{title}: {a} and {b} overlap"
    for (text, box, _), bar in itertools.product(drawn.labels, drawn.bars):
        assert not _meet(box, bar), f"{title}: {text} is over a bar"
    for text, box, _ in drawn.labels:
        assert rect.contains(box), f"{title}: {text} leaves the chart"


def test_a_printed_trend_starts_at_zero(gui_app) -> None:
    for code in ("25-2031.00", "29-1141.00"):
        drawn, _ = _paint(pay.wage_trend(ctx(code, "print")))
        assert drawn.axis is not None and drawn.axis[0] == 0
        assert drawn.ticks[0] == ("0", pytest.approx(drawn.axis[2]))  # "0" at the bottom


def test_printed_shares_and_ranks_end_at_100(gui_app) -> None:
    for chart in (
        become.skill_ranks(ctx("25-2031.00", "print")),
        become.attainment(ctx("25-2031.00", "print")),
        environment.industries_employing(ctx("29-1141.00", "print")),
    ):
        drawn, _ = _paint(chart)
        assert drawn.axis is not None
        low, high, low_at, high_at = drawn.axis
        assert (low, high) == (0, 100), chart.title
        assert drawn.ticks[-1] == ("100", pytest.approx(high_at)), chart.title
        # A bar's length is its part of 100.
        value = max(v for v in chart.series[0].values if v is not None)
        longest = max(bar.width() for bar in drawn.bars)
        assert longest / (high_at - low_at) == pytest.approx(value / 100, abs=0.01)


def test_a_printed_negative_bars_value_is_left_of_it(gui_app) -> None:
    chart = outlook.growth_comparison(ctx("25-2031.00", "print"))
    drawn, rect = _paint(chart)
    assert drawn.axis is not None
    bar = min(drawn.bars, key=lambda b: b.left())  # -1.6%, the only bar left of zero
    text, box, _ = drawn.labels[0]
    assert text == "-1.6%"
    assert box.right() <= bar.left()
    assert box.left() >= drawn.axis[2]  # inside the axis's range, not over its end
    _assert_apart(drawn, rect, chart.title)


@pytest.mark.parametrize(("code", "state"), [("25-2031.00", "TX"), ("29-1141.00", "TX")])
def test_no_printed_value_meets_another_or_a_bar(
    gui_app, data: CareerData, code: str, state: str
) -> None:
    """Every chart of the printed report, State Data's Texas against the U.S. included."""
    titles = []
    for chart in _report_charts(data, code, state):
        drawn, rect = _paint(chart)
        assert drawn.labels, chart.title
        _assert_apart(drawn, rect, chart.title)
        titles.append(chart.title)
    assert any(title.startswith("Annual wages in Texas") for title in titles)
    assert len(titles) >= 14


def test_the_check_sees_values_that_overlap(gui_app) -> None:
    """_assert_apart fails where two boxes cross, or a value sits on a bar."""
    rect = QRectF(0, 0, 100, 100)
    crossing = Drawn(
        labels=[("a", QRectF(0, 0, 20, 10), False), ("b", QRectF(10, 5, 20, 10), False)]
    )
    with pytest.raises(AssertionError, match="overlap"):
        _assert_apart(crossing, rect, "t")
    on_bar = Drawn(labels=[("a", QRectF(0, 0, 20, 10), False)], bars=[QRectF(5, 0, 10, 50)])
    with pytest.raises(AssertionError, match="over a bar"):
        _assert_apart(on_bar, rect, "t")
