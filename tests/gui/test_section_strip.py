"""The profile's section buttons (SectionStrip): all in view, keyboard like a tab bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from explorer.data.repository import CareerData
from explorer.profile.registry import TAB_SECTIONS
from explorer.ui.profile.view import ProfileView


def _view(qtbot: QtBot, data: CareerData, width: int) -> ProfileView:
    view = ProfileView(data)
    qtbot.addWidget(view)
    view.resize(width, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert view.show_occupation("29-1141.00")
    return view


def test_every_section_is_a_button_in_view_on_a_narrow_pane(qtbot: QtBot, data: CareerData) -> None:
    view = _view(qtbot, data, 420)
    strip = view.sections
    qtbot.waitUntil(lambda: strip.height() > strip.buttons()[0].height() * 2)  # wrapped
    assert [b.text() for b in strip.buttons()] == [s.tab_label for s in TAB_SECTIONS]
    assert not view.tabs.tabBar().isVisible()
    for button in strip.buttons():
        assert strip.rect().contains(button.geometry()), button.text()
        assert button.width() >= button.sizeHint().width()


def test_arrows_switch_sections_and_tab_goes_into_the_page(qtbot: QtBot, data: CareerData) -> None:
    view = _view(qtbot, data, 1000)
    first = view.sections.buttons()[0]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert view.tabs.currentIndex() == 1
    assert view.sections.buttons()[1].hasFocus() and view.sections.buttons()[1].isChecked()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End)
    assert view.tabs.currentIndex() == view.tabs.count() - 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Home)
    assert view.tabs.currentIndex() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and view.tabs.currentWidget().isAncestorOf(focused)
