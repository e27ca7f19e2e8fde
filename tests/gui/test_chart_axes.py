"""A chart drawn after a "Not available" one (or after bars the other way round) has
its axis numbers and category names again (issue 12, item 3).

What an axis draws is read from pyqtgraph's own drawing step (AxisItem.generateDrawSpecs,
the texts it would paint), so a hidden style or a fixed, empty tick list both show up.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from explorer.data.repository import CareerData
from explorer.profile.chart_data import ChartData, Series
from explorer.ui.profile.view import ProfileView
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.charts import ChartGraph

NUMBER_CHARS = set("0123456789,.-$%")


def _texts(graph: ChartGraph, axis: str) -> list[str]:
    """The tick labels the axis would paint now."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = graph.getAxis(axis).generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]] if specs else []


def _chart(categories: tuple[str, ...], values: tuple[float | None, ...]) -> ChartData:
    return ChartData(
        title="Median pay",
        kind="bar",
        categories=categories,
        series=(Series("Pay", values),),
        unit="dollars",
        category_axis="Where",
        value_axis="Dollars a year",
        source="BLS",
    )


NORMAL = _chart(("Nation", "State"), (48_000.0, 52_000.0))
EMPTY = _chart(("Nation", "State"), (None, None))
LONG = _chart(("A very long industry name, more than most", "Another long name"), (1.0, 2.0))


def test_numbers_come_back_after_an_empty_chart(qtbot) -> None:
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(600, 400)
    panel.show()
    panel.set_chart(NORMAL)
    assert EMPTY.is_empty()
    panel.set_chart(EMPTY)
    assert _texts(panel.graph, "left") == [] and _texts(panel.graph, "bottom") == []
    panel.set_chart(NORMAL)
    qtbot.waitUntil(lambda: bool(_texts(panel.graph, "left")))
    numbers = _texts(panel.graph, "left")
    assert all(set(text) <= NUMBER_CHARS for text in numbers), numbers
    assert "50,000" in numbers
    assert _texts(panel.graph, "bottom") == ["Nation", "State"]


def test_value_axis_after_sideways_bars(qtbot) -> None:
    """Long names draw bars sideways, with no numbers on the left; upright bars after
    them have their numbers on the left again, and none of the old names below."""
    graph = ChartGraph()
    qtbot.addWidget(graph)
    graph.resize(600, 400)
    graph.show()
    graph.set_data(NORMAL)
    graph.set_data(LONG)
    assert _texts(graph, "left") == []
    assert all(set(text) <= NUMBER_CHARS for text in _texts(graph, "bottom"))
    graph.set_data(NORMAL)
    qtbot.waitUntil(lambda: "50,000" in _texts(graph, "left"))
    assert _texts(graph, "bottom") == ["Nation", "State"]


def _axes(view: ProfileView) -> dict[tuple[str, str], tuple[list[str], list[str]]]:
    """Each visible, non-empty chart's left and bottom tick labels, by (tab, block)."""
    shown: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for section, page in view.pages.items():
        view.tabs.setCurrentWidget(page)
        for key, panel in page.chart_panels().items():
            chart = panel.graph.chart
            if chart is not None and not chart.is_empty() and not panel.showing_table():
                shown[section, key] = (_texts(panel.graph, "left"), _texts(panel.graph, "bottom"))
    return shown


def test_profile_charts_keep_their_axes_after_legislators(qtbot, data: CareerData) -> None:
    view = ProfileView(data)
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    assert view.show_occupation("29-2072.00")
    first = _axes(view)
    assert len(first) >= 10
    for (section, key), (left, bottom) in first.items():
        assert left or bottom, (section, key)
    assert view.show_occupation("11-1031.00")
    assert view.show_occupation("29-2072.00")
    again = _axes(view)
    assert again.keys() == first.keys()
    for where, axes in again.items():
        assert axes == first[where], where


def test_the_first_and_last_values_of_a_line_stay_inside_the_chart(qtbot) -> None:
    """A value over the last year ("$72,040") was cut at the chart's right edge."""
    years = tuple(str(y) for y in range(2014, 2026))
    line = ChartData(
        title="Median annual wage over time",
        kind="line",
        categories=years,
        series=(Series("25-2031", tuple(56_310.0 + 1_430 * i for i in range(len(years)))),),
        unit="dollars",
        category_axis="Year",
        value_axis="Median annual wage ($)",
        source="BLS",
    )
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(540, 420)
    panel.show()
    panel.set_chart(line)
    qtbot.waitExposed(panel)
    item = panel.graph._item
    transform = item.deviceTransform(panel.graph.viewportTransform())
    view = item.getViewBox().viewRect()
    left, right = transform.map(view.topLeft()).x(), transform.map(view.topRight()).x()
    placed = item.placed(transform)
    assert [text for _, text in placed][-1] == "$72,040"
    assert all(left <= rect.left() and rect.right() <= right for rect, _ in placed)


def test_an_axis_label_is_never_scaled(qtbot) -> None:
    """One industry's bar (secondary school teachers): its axis read "Industry (x0.001)"."""
    one = ChartData(
        title="Best-paying industries",
        kind="bar",
        categories=("Educational Services",),
        series=(Series("Median annual wage", (72_170.0,)),),
        unit="dollars",
        category_axis="Industry",
        value_axis="Median annual wage ($)",
        source="BLS",
    )
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(540, 420)
    panel.show()
    panel.set_chart(one)
    qtbot.waitExposed(panel)
    labels = [panel.graph.getAxis(side).labelString() for side in ("left", "bottom")]
    assert any("Industry" in label for label in labels)
    assert not any("(x" in label for label in labels), labels


def test_a_declines_value_is_written_beyond_its_bar_not_on_it(qtbot) -> None:
    """Secondary school teachers' -1.6% was written inside its dark bar."""
    change = ChartData(
        title="Projected employment change",
        kind="bar",
        categories=("Secondary School Teachers", "Educational Instruction", "All occupations"),
        series=(Series("Percent change", (-1.6, 0.6, 3.1)),),
        unit="percent",
        category_axis="",
        value_axis="Change (%)",
        source="BLS",
    )
    panel = ChartPanel()
    qtbot.addWidget(panel)
    panel.resize(540, 420)
    panel.show()
    panel.set_chart(change)
    qtbot.waitExposed(panel)
    item = panel.graph._item
    transform = item.deviceTransform(panel.graph.viewportTransform())
    view = item.getViewBox().viewRect()
    left = transform.map(view.topLeft()).x()
    texts = dict((text, rect) for rect, text in item.placed(transform))
    x0, y0, x1, y1, _ = item.bars[0]
    bar = transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1))).normalized()
    assert texts["-1.6%"].right() <= bar.left() and texts["-1.6%"].left() >= left
    x0, y0, x1, y1, _ = item.bars[2]
    rising = transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1))).normalized()
    assert texts["+3.1%"].left() >= rising.right()
