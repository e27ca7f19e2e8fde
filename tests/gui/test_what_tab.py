"""What They Do opens short: the description and five key tasks fit about two screens,
each list shows the rest when its button is pressed (by mouse or keyboard), and the
panels the tab reuses for the next occupation neither keep nor lose a list wrongly."""

from __future__ import annotations

import sqlite3
from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from explorer.data.repository import CareerData
from explorer.ui.profile.item_list import ItemListPanel
from explorer.ui.profile.view import ProfileView

from conftest import COMMITTED_DB

NURSES, TEACHERS, SOLDIERS = "29-1141.00", "25-2031.00", "55-1011.00"
#: The profile pane at the window's usual size (1366 x 860 at 100%).
PANE = (570, 800)


def _tasks(code: str) -> list[str]:
    with sqlite3.connect(COMMITTED_DB) as db:
        return [
            r[0]
            for r in db.execute(
                "SELECT text FROM task WHERE code = ? ORDER BY type = 'Supplemental', task_id",
                (code,),
            )
        ]


@pytest.fixture
def view(qtbot, data: CareerData) -> ProfileView:
    shown = ProfileView(data)
    qtbot.addWidget(shown)
    shown.resize(*PANE)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _open(view: ProfileView, code: str) -> None:
    assert view.show_occupation(code)
    view.tabs.setCurrentWidget(view.pages["what"])
    QApplication.processEvents()


def _panel(view: ProfileView, key: str) -> ItemListPanel:
    panel = view.pages["what"].block_widget(key)
    assert isinstance(panel, ItemListPanel)
    return panel


def _screens(view: ProfileView) -> float:
    page = view.pages["what"]
    page.widget().layout().activate()
    return page.widget().sizeHint().height() / page.viewport().height()


def test_registered_nurses_fit_about_two_screens_before_expanding(view: ProfileView) -> None:
    _open(view, NURSES)
    assert _screens(view) <= 2.1
    tasks = _panel(view, "tasks")
    assert tasks.button.isVisible()
    tasks.button.click()
    QApplication.processEvents()
    assert _screens(view) > 2.5  # the whole list is long; it opens only when asked


def test_show_all_tasks_shows_every_task(qtbot, view: ProfileView) -> None:
    _open(view, NURSES)
    every = _tasks(NURSES)
    tasks = _panel(view, "tasks")
    assert tasks.button.text() == f"Show all {len(every)} tasks"
    assert tasks.button.accessibleName() == tasks.button.text()
    assert tasks.view.accessibleName() == "On the job, you would:"
    assert sum(escape(t) in tasks.text() for t in every) == 5
    qtbot.mouseClick(tasks.button, Qt.MouseButton.LeftButton)
    assert all(escape(t) in tasks.text() for t in every)
    assert tasks.button.text() == "Show fewer tasks" == tasks.button.accessibleName()
    tasks.button.click()
    assert sum(escape(t) in tasks.text() for t in every) == 5


def test_the_buttons_are_reached_and_pressed_from_the_keyboard(qtbot, view: ProfileView) -> None:
    _open(view, NURSES)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.sections.buttons()[view.tabs.currentIndex()].setFocus()  # the section buttons
    buttons = [p.button for p in view.pages["what"].findChildren(ItemListPanel)]
    reached = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and focused in buttons:
            reached.append(focused)
    assert reached[:4] == buttons[:4] and len(buttons) == 4  # tasks, activities, tech, tools
    tasks = _panel(view, "tasks")
    tasks.button.setFocus()
    qtbot.keyClick(tasks.button, Qt.Key.Key_Space)
    assert tasks.expanded and all(escape(t) in tasks.text() for t in _tasks(NURSES))


def test_switching_occupations_starts_each_list_short_and_remembers_one_opened(
    view: ProfileView,
) -> None:
    _open(view, NURSES)
    tasks = _panel(view, "tasks")
    tasks.button.click()
    assert tasks.expanded
    _open(view, TEACHERS)  # the same panel, a different list: short, with its own count
    assert _panel(view, "tasks") is tasks and not tasks.expanded
    teachers = _tasks(TEACHERS)
    assert tasks.button.text() == f"Show all {len(teachers)} tasks"
    assert sum(escape(t) in tasks.text() for t in teachers) == 5
    assert not any(escape(t) in tasks.text() for t in _tasks(NURSES))
    _open(view, SOLDIERS)  # no tasks at all: the panel hides, nothing of the last shows
    assert not tasks.isVisibleTo(view.pages["what"])
    _open(view, NURSES)  # back: the list the student opened is open again
    assert tasks.isVisibleTo(view.pages["what"]) and tasks.expanded
    assert tasks.button.text() == "Show fewer tasks" and tasks.button.isVisible()
    assert all(escape(t) in tasks.text() for t in _tasks(NURSES))


def _settle() -> None:
    """Let the panel, the page and the scroll area each lay out (a posted request each)."""
    for _ in range(3):
        QApplication.processEvents()


def test_showing_fewer_brings_the_button_back_into_view(view: ProfileView) -> None:
    _open(view, NURSES)
    tools, tasks = _panel(view, "tools"), _panel(view, "tasks")
    tools.button.click()  # a long page, so that nothing below is pulled up when tasks shrink
    tasks.button.click()
    _settle()
    page = view.pages["what"]

    def top() -> int:
        return tasks.button.mapTo(page.widget(), tasks.button.rect().topLeft()).y()

    page.verticalScrollBar().setValue(top() - 10)  # the student read to the end of the tasks
    tasks.button.click()
    _settle()
    shown_from = page.verticalScrollBar().value()
    assert shown_from <= top() <= shown_from + page.viewport().height() - tasks.button.height()
