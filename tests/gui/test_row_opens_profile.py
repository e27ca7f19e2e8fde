"""The row picked in the results is the profile shown: a click or an arrow key opens it once
the moves pause, arrowing through rows opens only the last, and a new search's own first-row
selection opens nothing until Enter (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.ui.browse.results_model import CODE_ROLE
from explorer.ui.browse.row_picker import ROW_PAUSE_MS
from explorer.ui.main_window import MainWindow


@pytest.fixture
def opened(window: MainWindow) -> list[str]:
    """Every code the results asked the window to open, in order."""
    codes: list[str] = []
    window.search.open_requested.connect(codes.append)
    return codes


def _settle(qtbot, window: MainWindow) -> None:
    """Run the event loop for well past the pause, or until another open is asked for."""
    with qtbot.waitSignal(window.search.open_requested, timeout=ROW_PAUSE_MS * 3, raising=False):
        pass


def _code(window: MainWindow, row: int) -> str:
    return str(window.proxy.index(row, 0).data(CODE_ROLE))


def _opened(window: MainWindow) -> str | None:
    view = window._profile
    return view.code if view is not None else None


def test_a_click_on_a_row_opens_its_profile(qtbot, window: MainWindow, opened) -> None:
    rect = window.table.visualRect(window.proxy.index(3, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: _opened(window) == _code(window, 3), timeout=5000)
    assert opened == [_code(window, 3)]
    assert window.table.currentIndex().row() == 3


def test_arrowing_through_rows_opens_only_the_last(qtbot, window: MainWindow, opened) -> None:
    window.table.setCurrentIndex(window.proxy.index(0, 0))  # the program's move: opens nothing
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=5000)
    for _ in range(5):
        qtbot.keyClick(window.table, Qt.Key.Key_Down)  # 0 ms apart
    qtbot.waitUntil(lambda: _opened(window) is not None, timeout=5000)
    _settle(qtbot, window)
    assert opened == [_code(window, 5)]
    assert _opened(window) == _code(window, 5)


def test_a_new_search_selects_its_first_row_without_opening_it(
    qtbot, window: MainWindow, opened
) -> None:
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus, timeout=5000)
    window.table.setCurrentIndex(window.proxy.index(2, 0))  # not the student's move
    _settle(qtbot, window)
    assert opened == []
    qtbot.keyClicks(window.search_box, "nurse")
    qtbot.waitUntil(lambda: window.table.currentIndex().isValid(), timeout=5000)
    window.table.setFocus()  # even with the table focused when the next answer arrives
    window.search_box.setText("dentist")
    qtbot.waitUntil(lambda: window.proxy.index(0, 0).data() == "Dentists, General", timeout=5000)
    _settle(qtbot, window)
    assert opened == [] and _opened(window) is None
    assert window.table.currentIndex().row() == 0  # where Down and Enter go
    assert window.table.selectionModel().selectedRows() == []  # not highlighted: not open


def test_the_highlighted_row_is_always_the_profile_shown(qtbot, window: MainWindow) -> None:
    window.search_box.setText("nurse")
    qtbot.waitUntil(lambda: window.search.last_result is not None, timeout=5000)
    nurse_codes = [_code(window, row) for row in range(window.proxy.rowCount())]
    assert window.open_profile(nurse_codes[3])  # opened elsewhere (Recent, Similar)

    def highlighted() -> list[str]:
        return [str(i.data(CODE_ROLE)) for i in window.table.selectionModel().selectedRows()]

    assert highlighted() == [nurse_codes[3]]
    assert window.open_profile("47-2111.00")  # electricians: not in this list
    assert "47-2111.00" not in nurse_codes and highlighted() == []
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus, timeout=5000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # into the list: its row opens
    qtbot.waitUntil(lambda: _opened(window) == nurse_codes[0], timeout=5000)
    assert highlighted() == [nurse_codes[0]]


def test_a_filter_moving_the_current_row_opens_nothing(qtbot, window: MainWindow, opened) -> None:
    from explorer.data.catalog import OccupationFilter

    window.table.setCurrentIndex(window.proxy.index(300, 0))
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=5000)
    window.filters.set_filter(OccupationFilter(bright_outlook_only=True))
    assert window.table.currentIndex().row() != 300  # the filter moved it
    _settle(qtbot, window)
    assert opened == [] and window._profile is None


def test_a_double_click_opens_the_row_once(qtbot, window: MainWindow, opened) -> None:
    rect = window.table.visualRect(window.proxy.index(2, 0))
    viewport, left = window.table.viewport(), Qt.MouseButton.LeftButton
    qtbot.mouseClick(viewport, left, pos=rect.center())  # a real double click: a click,
    qtbot.mouseDClick(viewport, left, pos=rect.center())  # then the second press
    qtbot.waitUntil(lambda: _opened(window) == _code(window, 2), timeout=5000)
    _settle(qtbot, window)
    assert opened == [_code(window, 2)]
