"""A chart drawn after a "Not available" one (or after bars the other way round) has
its axis numbers and category names again (issue 12, item 3).

What an axis draws is read from pyqtgraph's own drawing step (AxisItem.generateDrawSpecs,
the texts it would paint), so a hidden style or a fixed, empty tick list both show up.
"""

from __future__ import annotations

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
