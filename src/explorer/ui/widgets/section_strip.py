"""The profile's section buttons: every section's name in full, on one row or two.

A QTabBar with seven tabs needs scroll arrows in a half-screen pane, hiding
"State Data" and "Similar Occupations" from a student on a 1024-pixel screen.
This strip takes the tab widget's place above its pages: one button per tab,
laid out by FlowLayout, so they wrap onto a second row instead. The tab
widget still owns the pages and the current index (its own bar is hidden),
so Ctrl+Tab, Ctrl+Page Down and everything that reads `tabs` work as before.
Alt plus a section's underlined letter opens it; Left and Right move between
sections; a screen reader hears each by name, with its place ("Section 2 of 7").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QTabWidget, QToolButton, QWidget

from explorer.ui.announce import announce
from explorer.ui.widgets.flow_layout import FlowLayout

STYLE = """
QToolButton { padding: 3px 8px; border: 1px solid palette(mid); border-radius: 3px;
              background: palette(button); }
QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      border-color: palette(highlight); }
QToolButton:focus { border: 2px solid palette(highlight); }
"""


class SectionStrip(QWidget):
    """Buttons for `tabs`' pages, wrapping to fit the width; the checked one is current."""

    def __init__(self, tabs: QTabWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.setAccessibleName(tabs.accessibleName() or "Sections")
        self.setStyleSheet(STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.flow = FlowLayout(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        tabs.tabBar().hide()
        # The tab widget passes focus to its (hidden) bar, which would hold Tab in place:
        # the section buttons take the bar's place in the focus chain instead.
        tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        tabs.setDocumentMode(True)
        for index in range(tabs.count()):
            self._add_button(index)
        self.group.idClicked.connect(tabs.setCurrentIndex)
        tabs.currentChanged.connect(self._current_changed)
        self._current_changed(tabs.currentIndex())

    def buttons(self) -> list[QToolButton]:
        """The section buttons, in tab order."""
        return [b for b in self.group.buttons() if isinstance(b, QToolButton)]

    def _add_button(self, index: int) -> None:
        label = self.tabs.tabText(index)
        button = QToolButton(self)
        button.setText(label)
        button.setCheckable(True)
        button.setAutoRaise(False)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        title = label.replace("&", "")
        button.setAccessibleName(title)
        button.setAccessibleDescription(f"Section {index + 1} of {self.tabs.count()}")
        button.installEventFilter(self)
        self.group.addButton(button, index)
        self.flow.addWidget(button)

    def _current_changed(self, index: int) -> None:
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)
            if self.isVisible():
                announce(
                    button, f"{button.accessibleName()} section, {index + 1} of {self.tabs.count()}"
                )
        for other in self.buttons():  # one tab stop: the current section
            other.setFocusPolicy(
                Qt.FocusPolicy.TabFocus if other is button else Qt.FocusPolicy.ClickFocus
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Left and Right (Home and End) on a section button move to the previous or next
        section, as on a tab bar."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        count, current = self.tabs.count(), self.tabs.currentIndex()
        moves = {
            Qt.Key.Key_Left: current - 1,
            Qt.Key.Key_Right: current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        target = moves.get(Qt.Key(event.key()))
        if target is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        if 0 <= target < count:
            self.tabs.setCurrentIndex(target)
            button = self.group.button(target)
            if button is not None:
                button.setFocus(Qt.FocusReason.TabFocusReason)
        return True
