"""Issue 17, screen readers: what the accessibility tree (QAccessible, the tree AT-SPI
hands Orca) says about charts and the tile map, and what is announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from pytestqt.qtbot import QtBot

from explorer.profile.chart_words import chart_sentence
from explorer.ui import announce
from explorer.ui.main_window import MainWindow
from explorer.ui.widgets.chart_panel import ChartPanel
from explorer.ui.widgets.tile_map import TileMap

Text = QAccessible.Text
#: A nurse, a job with a top-coded wage and one with few published figures.
PROFILES = ["29-1141.00", "29-1242.00", "45-2091.00"]


def _charts(window: MainWindow) -> list[ChartPanel]:
    return [panel for panel in window.findChildren(ChartPanel) if panel.has_graph()]


def _check_chart(panel: ChartPanel) -> None:
    graph, chart = panel.graph, panel.graph.chart
    assert chart is not None
    node = QAccessible.queryAccessibleInterface(graph)
    description = node.text(Text.Description)
    assert description == chart_sentence(chart)
    if not chart.is_empty():
        for series in chart.series:
            for index in range(len(chart.categories)):
                assert chart.value_text(series, index) in description
    assert node.text(Text.Name) == f"Chart: {chart.title}"
    # One Tab stop: the graph; its viewport (pyqtgraph's drawing area) is not another.
    assert graph.viewport().focusPolicy() == Qt.FocusPolicy.NoFocus
    assert chart.title in QAccessible.queryAccessibleInterface(panel.toggle).text(Text.Name)
    # Tab order follows the page: the graph, then its Show as table button.
    after = graph.nextInFocusChain()
    while after is not panel.toggle and (
        after.focusPolicy() == Qt.FocusPolicy.NoFocus
        or graph.isAncestorOf(after)
        or (panel.isAncestorOf(after) and not after.isVisibleTo(panel))
    ):
        after = after.nextInFocusChain()
    assert after is panel.toggle, chart.title


@pytest.mark.parametrize("code", PROFILES)
def test_every_profile_chart_says_its_figures(window: MainWindow, code: str) -> None:
    assert window.open_profile(code)
    checked = 0
    for page in window.profile.pages.values():
        window.profile.tabs.setCurrentWidget(page)  # the Tab order as the student meets it
        for panel in page.findChildren(ChartPanel):
            if panel.has_graph():
                _check_chart(panel)
                checked += 1
    assert checked >= 5


def test_state_data_chart_follows_the_state_chosen(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_profile(PROFILES[0])
    states = window.profile.states
    states.select_state("TX")
    _check_chart(states.percentiles)
    assert "Texas" in states.percentiles.graph.accessibleDescription()


def test_the_quiz_score_chart_says_its_scores(qtbot: QtBot, window: MainWindow) -> None:
    window.home.page.quiz_button.click()
    quiz = window.quiz
    while quiz.question.isVisible():
        qtbot.keyClick(quiz.question, Qt.Key.Key_4)
    panels = [p for p in _charts(window) if p.isVisible()]
    assert panels
    for panel in panels:
        _check_chart(panel)


def test_each_state_is_a_child_of_the_map(qtbot: QtBot, window: MainWindow) -> None:
    assert window.open_profile(PROFILES[0])
    window.profile.sections.buttons()[5].click()
    tile_map = window.profile.states.findChild(TileMap)
    assert isinstance(tile_map, TileMap)
    window.activateWindow()
    tile_map.setFocus()
    qtbot.waitUntil(tile_map.hasFocus)
    node = QAccessible.queryAccessibleInterface(tile_map)
    assert node.role() == QAccessible.Role.List
    assert node.childCount() == len(tile_map.tiles) == 54
    names = [node.child(i).text(Text.Name) for i in range(node.childCount())]
    assert {"Texas", "Alaska", "Guam", "District of Columbia"} <= set(names)
    for index, abbr in enumerate(tile_map.tiles):
        child = node.child(index)
        assert child.role() == QAccessible.Role.ListItem
        assert child.text(Text.Value) == tile_map.tiles[abbr].figure.text
        assert child.parent().text(Text.Name) == node.text(Text.Name)
        assert node.indexOfChild(child) == index
    # The name follows the keyboard's state; Enter selects it, and the tree says so.
    before = node.text(Text.Name)
    qtbot.keyClick(tile_map, Qt.Key.Key_Right)
    after = node.text(Text.Name)
    at = tile_map.tiles[tile_map.focus_abbr]
    assert after != before and at.name in after and at.figure.text in after
    focused = node.focusChild()
    assert focused is not None and focused.text(Text.Name) == at.name
    assert focused.state().focused and not focused.state().selected
    qtbot.keyClick(tile_map, Qt.Key.Key_Return)
    selected = [
        node.child(i).text(Text.Name)
        for i in range(node.childCount())
        if node.child(i).state().selected
    ]
    assert selected == [at.name]


def test_changes_are_announced(qtbot: QtBot, window: MainWindow) -> None:
    """A new result count, a profile opened, a section switched to and a file saved."""
    announce.heard.clear()
    window.search_box.setText("nurse")
    qtbot.waitUntil(lambda: window.search.last_result is not None, timeout=5000)
    qtbot.waitUntil(lambda: any("matching occupations" in t for _, t in announce.heard))
    assert window.open_profile(PROFILES[0])
    assert announce.heard[-1][1].startswith("Profile: Registered Nurses, 29-1141.00")
    first = window.profile.sections.buttons()[0]
    window.activateWindow()
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert announce.heard[-1][1] == "How to Become One section, 2 of 7"
    window.reports.message.emit("Saved /tmp/x.pdf (6 pages).")
    assert announce.heard[-1][1] == "Saved /tmp/x.pdf (6 pages)."


def test_the_profile_heading_is_named_after_the_occupation(window: MainWindow) -> None:
    assert window.open_profile(PROFILES[0])
    node = QAccessible.queryAccessibleInterface(window.profile.heading)
    assert node.text(Text.Name).startswith("Registered Nurses, 29-1141.00")


def test_each_job_is_a_child_of_the_jobs_map(qtbot: QtBot, window: MainWindow) -> None:
    window.show_jobs_map()
    view = window.jobs_map.view
    qtbot.waitUntil(lambda: bool(view.boxes))
    window.activateWindow()
    qtbot.waitUntil(view.hasFocus)
    node = QAccessible.queryAccessibleInterface(view)
    assert node.childCount() == len(view.tiles) > 700
    first = node.child(0)
    assert first.text(Text.Name) == view.tiles[0].title
    assert first.text(Text.Value).endswith(" jobs")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.tiles[1].title in node.text(Text.Name)
    focused = node.focusChild()
    assert focused is not None and focused.text(Text.Name) == view.tiles[1].title
    assert focused.state().focused


def _unnamed(root: object) -> tuple[int, list[tuple[object, object]]]:
    """Walk the accessibility tree under root: how many nodes can take the focus, and
    those of them with no name (a table's empty cell excepted: it has nothing to say)."""
    unnamed: list[tuple[object, object]] = []
    focusable = 0

    def walk(node: QAccessibleInterface | None, depth: int = 0) -> None:
        nonlocal focusable
        if node is None or depth > 40:
            return
        state = node.state()
        if state.focusable and not state.invisible:
            focusable += 1
            if not node.text(Text.Name).strip() and node.role() != QAccessible.Role.Cell:
                owner = node.object()
                unnamed.append((node.role(), type(owner).__name__ if owner else None))
        for index in range(min(node.childCount(), 300)):
            walk(node.child(index), depth + 1)

    walk(QAccessible.queryAccessibleInterface(root))
    return focusable, unnamed


def test_every_focusable_node_is_named(window: MainWindow) -> None:
    """With a profile open, the filters and My list shown: every node that can take
    the focus has a name."""
    window.show_filters_action.setChecked(True)
    assert window.open_profile(PROFILES[0])
    assert window.profile.pages
    for code in PROFILES:
        window.my_list.add(code)
    window.my_list.set_note(PROFILES[0], "a note")
    window.show_my_list()
    focusable, unnamed = _unnamed(window)
    assert focusable > 300
    assert unnamed == []


def test_the_comparison_and_the_plan_dialog_name_every_node(qtbot, window: MainWindow) -> None:
    """The comparison window (its table, charts, buttons) and My plan's dialog."""
    from explorer.ui.mylist.plan import PlanDialog

    assert window.open_comparison(list(PROFILES[:3]))
    compare = window.compare.window
    qtbot.waitUntil(compare.isVisible)
    focusable, unnamed = _unnamed(compare)
    assert focusable > 10 and unnamed == []
    compare.close()
    dialog = PlanDialog([(c, window.my_list.title(c)) for c in PROFILES], PROFILES[:2], window)
    qtbot.addWidget(dialog)
    dialog.show()
    focusable, unnamed = _unnamed(dialog)
    assert focusable >= 4 and unnamed == []
