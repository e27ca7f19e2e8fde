"""Charts on screen follow the chart rules (issue 12, item 8): read from the pyqtgraph
view's range, the axis's own tick texts, and the rectangles the chart item paints its
texts and bars in (device pixels): trend axes from zero, shares and ranks to 100, a
negative bar's value left of it and off the axis, no text over another or over a bar."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from explorer.data.repository import CareerData
from explorer.profile.chart_layout import lying
from explorer.ui.profile.view import ProfileView
from explorer.ui.widgets.charts import ChartGraph


def _ticks(graph: ChartGraph, axis: str) -> list[float]:
    """The numbers the axis would write now, as numbers."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = graph.getAxis(axis).generateDrawSpecs(painter)
    finally:
        painter.end()
    return [float(text.replace(",", "")) for _rect, _flags, text in specs[2]] if specs else []


def _texts(graph: ChartGraph) -> list[tuple[str, QRectF]]:
    return [(text, box) for text, box, _ in graph._item.label_rects()]


def _bars(graph: ChartGraph) -> list[QRectF]:
    transform = graph._item.deviceTransform_()
    return [
        transform.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)).normalized())
        for x0, y0, x1, y1, _ in graph._item.bars
    ]


def _view(graph: ChartGraph) -> QRectF:
    return graph._item.deviceTransform_().mapRect(graph.getViewBox().viewRect())


def _meet(a: QRectF, b: QRectF) -> bool:
    return a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5))


def _assert_apart(graph: ChartGraph, where: str) -> None:
    """No text meets another or a bar, and every text is inside the graph, as painted.

    A graph scrolled out of sight is painted (grabbed) first: pyqtgraph brings a view's
    mapping up to date with its size only when it paints."""
    graph.grab()
    texts, bars = _texts(graph), _bars(graph)
    for (a, box_a), (b, box_b) in itertools.combinations(texts, 2):
        assert not _meet(box_a, box_b), f"{where}: {a!r} and {b!r} overlap"
    for (text, box), bar in itertools.product(texts, bars):
        assert not _meet(box, bar), f"{where}: {text!r} is over a bar"
    inside = QRectF(graph.rect())
    for text, box in texts:
        assert inside.contains(box), f"{where}: {text!r} leaves the chart"


def _show(qtbot, view: ProfileView, section: str) -> None:
    """Show a tab and let its graphs take their size (they lay out again when resized)."""
    page = view.pages[section]
    view.tabs.setCurrentWidget(page)
    graphs = [panel.graph for panel in page.chart_panels().values()]
    if section == "states":
        graphs.append(view.states.percentiles.graph)
    qtbot.waitUntil(lambda: all(g.height() >= g.minimumHeight() for g in graphs))
    qtbot.wait(10)


def _profile(qtbot, data: CareerData, code: str, width: int, state: str = "") -> ProfileView:
    view = ProfileView(data)
    qtbot.addWidget(view)
    view.resize(width, 900)
    view.show()
    assert view.show_occupation(code)
    if state:
        _show(qtbot, view, "states")
        view.states.select_state(state)
    return view


def _graphs(qtbot, view: ProfileView) -> dict[str, ChartGraph]:
    """Every drawn chart of the profile, shown (each tab in turn), by title."""
    graphs = {}
    for section, page in view.pages.items():
        _show(qtbot, view, section)
        for panel in page.chart_panels().values():
            chart = panel.graph.chart
            if chart is not None and not chart.is_empty():
                graphs[chart.title] = panel.graph
    graphs[view.states.percentiles.graph.chart.title] = view.states.percentiles.graph
    return graphs


def test_the_trend_starts_at_zero(qtbot, data: CareerData) -> None:
    view = _profile(qtbot, data, "25-2031.00", 900)
    _show(qtbot, view, "pay")
    graph = view.pages["pay"].chart_panels()["trend"].graph
    assert min(v for v in graph.chart.series[0].values if v is not None) > 50_000
    (low, _high) = graph.getViewBox().viewRange()[1]
    assert low == 0
    assert min(_ticks(graph, "left")) == 0  # and the axis says so


def test_shares_and_ranks_end_at_100(qtbot, data: CareerData) -> None:
    view = _profile(qtbot, data, "25-2031.00", 900)
    _show(qtbot, view, "become")
    for key in ("skill_ranks", "attainment"):
        graph = view.pages["become"].chart_panels()[key].graph
        assert graph.getViewBox().viewRange()[0] == [0, 100], key
        assert max(_ticks(graph, "bottom")) == 100, key  # the last number, shown
        # "96" sits past the 96 bar, before 100 or in the margin after it, in the graph.
        _assert_apart(graph, key)


def test_a_negative_bars_value_is_left_of_it_not_over_the_axis(qtbot, data: CareerData) -> None:
    view = _profile(qtbot, data, "25-2031.00", 520)
    _show(qtbot, view, "outlook")
    for key, text in (("growth", "-1.6%"), ("openings", "-1,780")):
        graph = view.pages["outlook"].chart_panels()[key].graph
        box = dict(_texts(graph))[text]
        bar = min(_bars(graph), key=lambda b: b.left())
        assert box.right() <= bar.left(), key  # past the bar's end, on its left
        assert box.left() >= _view(graph).left(), key  # not over the axis
        _assert_apart(graph, key)


@pytest.mark.parametrize("width", [1000, 520])
def test_no_value_meets_another_or_a_bar(qtbot, data: CareerData, width: int) -> None:
    """Every chart of two profiles, State Data's Texas against the U.S. included (close
    values side by side), wide and in a half-screen pane."""
    # A Texas figure within a few hundred dollars of the U.S. one beside it.
    for code, close in (("25-2031.00", "$61,390"), ("29-1141.00", "$95,970")):
        view = _profile(qtbot, data, code, width, "TX")
        graphs = _graphs(qtbot, view)
        assert len(graphs) >= 14
        for title, graph in graphs.items():
            _assert_apart(graph, f"{code} at {width}: {title}")
        texas = graphs["Annual wages in Texas (left bars) and the U.S. (right bars), May 2025"]
        assert close in dict(_texts(texas))
        view.close()


def test_the_check_sees_a_value_on_a_bar(qtbot, data: CareerData) -> None:
    """_assert_apart fails where a value is painted over a bar, as it used to be."""
    view = _profile(qtbot, data, "25-2031.00", 900)
    _show(qtbot, view, "outlook")
    graph = view.pages["outlook"].chart_panels()["growth"].graph
    x, y, text, box, turned = graph._item.labels[-1]
    graph._item.labels[-1] = (x, y, text, box.translated(-box.width() - 12, 0), turned)
    with pytest.raises(AssertionError, match="over a bar"):
        _assert_apart(graph, "moved")


def test_years_under_a_line_never_run_together(qtbot, data: CareerData) -> None:
    """In a half-screen pane twelve years do not fit side by side: every second one is
    written, the latest among them, and no two overlap."""
    view = _profile(qtbot, data, "29-1141.00", 520)
    _show(qtbot, view, "pay")
    graph = view.pages["pay"].chart_panels()["trend"].graph
    graph.grab()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = graph.getAxis("bottom").generateDrawSpecs(painter)
    finally:
        painter.end()
    years = [(rect, text) for rect, _flags, text in specs[2]]
    assert len(graph.chart.categories) == 12
    assert 4 <= len(years) < 12 and years[-1][1] == "2025"
    for (a, text_a), (b, text_b) in itertools.combinations(years, 2):
        assert not a.intersects(b), (text_a, text_b)


def test_a_chart_filled_on_a_hidden_tab_is_laid_out_when_shown(qtbot, data: CareerData) -> None:
    """A profile fills every tab but lays a graph out only when it is shown (see also
    test_chart_axes, legislators): the next occupation's jobs get their own axis and
    values."""
    view = _profile(qtbot, data, "25-2031.00", 900)
    _show(qtbot, view, "outlook")
    graph = view.pages["outlook"].chart_panels()["employment"].graph
    assert graph.getViewBox().viewRange()[1][1] < 2_000_000  # 1,094,500 jobs
    _show(qtbot, view, "pay")
    assert view.show_occupation("29-1141.00")  # filled while hidden
    _show(qtbot, view, "outlook")
    assert graph.getViewBox().viewRange()[1][1] > 3_557_100
    graph.grab()
    assert "3,557,100" in dict(_texts(graph))
    _assert_apart(graph, "employment, again")


@pytest.mark.parametrize("code", ["29-1141.00", "51-4033.00"])
def test_at_an_18_point_font_long_names_and_values_wrap_never_cut(
    qtbot, data: CareerData, code: str
) -> None:
    """Issue 17 item 8: at a student's 18-point font in a half-screen pane, the industry
    names and "$110,780 · 169,640 jobs" values of the lying bar charts are wrapped onto
    more lines, every word painted, none cut short with "…" at the chart's edge, and
    still no text meets another or a bar (the charts grow to make room)."""
    view = ProfileView(data)
    qtbot.addWidget(view)
    font = view.font()
    font.setPointSizeF(18)
    view.setFont(font)
    view.resize(520, 900)
    view.show()
    assert view.show_occupation(code)
    wrapped = 0
    for title, graph in _graphs(qtbot, view).items():
        _assert_apart(graph, f"{code} at 18 pt: {title}")
        painted = [text for text, _box, _turned in graph._item.label_rects()]
        assert painted == [label[2] for label in graph._item.labels], title  # none cut
        if lying(graph.chart):  # every name and value, whole (a line labels some points)
            words = " ".join(painted).replace("·", " ").split()
            for text in (*graph.labels, *graph.chart.categories):
                assert all(w in words for w in text.replace("·", " ").split()), (title, text)
        wrapped += sum("\n" in text for text in painted)
    assert wrapped >= 3  # the long names and values did need more lines
