"""Recently viewed and My list sharing the room under the filters: a button each, one
list shown at a time.

Buttons rather than a tab bar: like the profile's sections (widgets/section_strip.py),
every name is whole at any width and font size, never elided or scrolled. The
buttons are checkable and exclusive; each names its list for screen readers.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


class SideLists(QWidget):
    """Pages with a row of buttons above them that choose the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QStackedWidget()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.setSpacing(4)
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._buttons)
        layout.addWidget(self.stack, 1)
        self.group.idClicked.connect(self.stack.setCurrentIndex)

    def add_page(self, page: QWidget, text: str, description: str) -> QPushButton:
        """A page and its button (the first page added is shown first)."""
        number = self.stack.addWidget(page)
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(number == 0)
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        self.group.addButton(button, number)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button

    def button(self, number: int) -> QPushButton:
        """The button of the page added `number`th (from 0)."""
        found = self.group.button(number)
        assert isinstance(found, QPushButton)
        return found

    def show_page(self, page: QWidget) -> None:
        """Show page and check its button."""
        number = self.stack.indexOf(page)
        self.stack.setCurrentIndex(number)
        self.button(number).setChecked(True)
