"""Issue 17, first steps: a table is one Tab stop, and no label hides its words from a
screen reader behind a fixed name (a name may add context, never replace the text)."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from explorer.ui.main_window import MainWindow


def _plain(text: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)).strip())


def _open_everything(qtbot: QtBot, window: MainWindow) -> None:
    window.show_filters_action.setChecked(True)
    window.search_box.setText("nurse")
    qtbot.waitUntil(lambda: window.search.last_result is not None, timeout=5000)
    assert window.open_profile("29-1141.00")
    assert window.profile.pages  # every section filled


def test_no_label_hides_its_words_behind_a_fixed_name(qtbot: QtBot, window: MainWindow) -> None:
    _open_everything(qtbot, window)
    hidden = []
    for label in window.findChildren(QLabel):
        name, text = label.accessibleName().lower(), _plain(label.text()).lower()
        words = re.findall(r"\w+", text)[:8]
        if name and words and not set(words) <= set(re.findall(r"\w+", name)):
            hidden.append((name, text[:40]))
    assert hidden == [], "\n".join(map(str, hidden))


def test_every_table_and_list_is_one_tab_stop(qtbot: QtBot, window: MainWindow) -> None:
    _open_everything(qtbot, window)
    views = window.findChildren(QAbstractItemView)
    assert len(views) > 10
    assert [v.accessibleName() for v in views if v.tabKeyNavigation()] == []


def test_tab_from_the_search_box_reaches_the_profile(qtbot: QtBot, window: MainWindow) -> None:
    """Real Tab presses: through the results (one stop) and on into the profile, no trap."""
    _open_everything(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search_box.setFocus()
    qtbot.waitUntil(window.search_box.hasFocus)
    seen: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused)
        if window.profile.isAncestorOf(focused):
            break
    assert window.profile.isAncestorOf(seen[-1]), [type(w).__name__ for w in seen[-8:]]
    assert seen.count(window.table) == 1
