"""Enter in the search box opens the first result of exactly what was typed, however fast
the student presses it, and the window title names the open occupation (issue 12)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from explorer.data.repository import CareerData
from explorer.search.engine import search
from explorer.ui.main_window import MainWindow


def _opened(window: MainWindow) -> str | None:
    view = window._profile
    return view.code if view is not None else None


@pytest.mark.parametrize("text", ["dentist", "police", "welder"])
def test_enter_right_after_the_last_key_opens_the_first_result_of_that_text(
    qtbot, data: CareerData, window: MainWindow, text: str
) -> None:
    expected = search(data, text, 1)[0].code
    title = window._by_code[expected].title
    assert window.windowTitle() == "Career Explorer"
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # 0 ms after the last key
    qtbot.waitUntil(lambda: _opened(window) is not None, timeout=5000)
    assert _opened(window) == expected
    assert window.proxy.index(0, 0).data() == title
    assert window.windowTitle() == f"{title} — Career Explorer"


def test_enter_on_a_stale_list_never_opens_a_row_of_it(qtbot, data: CareerData, window) -> None:
    """The answer for "nurse" is on screen; "police" + Enter must wait for its own answer."""
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "nurse")
    qtbot.waitUntil(lambda: window._last_result is not None, timeout=5000)
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "police")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert _opened(window) is None  # nothing opened from the list for "nurse"
    qtbot.waitUntil(lambda: _opened(window) is not None, timeout=5000)
    assert _opened(window) == search(data, "police", 1)[0].code


def test_changing_the_text_after_enter_forgets_the_waiting_enter(qtbot, window: MainWindow) -> None:
    def answered(text: str) -> bool:
        return window._last_result is not None and window._last_result.query == text

    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "welder")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.keyClicks(window.search_box, "s")  # the student went on typing...
    qtbot.waitUntil(lambda: answered("welders"), timeout=5000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Backspace)  # ...and back to "welder"
    qtbot.waitUntil(lambda: answered("welder"), timeout=5000)
    assert _opened(window) is None
    assert window.windowTitle() == "Career Explorer"


def test_going_down_into_the_rows_after_enter_forgets_the_waiting_enter(
    qtbot, window: MainWindow
) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "nurse")
    qtbot.waitUntil(lambda: window._last_result is not None, timeout=5000)
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "police")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # the student went to the rows
    qtbot.waitUntil(lambda: window._last_result.query == "police", timeout=5000)
    assert _opened(window) is None
