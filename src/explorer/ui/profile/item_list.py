"""A long list that opens short (an ItemList block): the first items, then a button that
shows the rest ("Show all 27 tasks") and shows fewer again.

The tab reuses the panel for the next occupation: a different list opens short,
and a list the student opened stays open when its occupation is shown again
(back, or the same row clicked twice), so the choice is neither lost nor
carried to an occupation the student did not open it for.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from explorer.profile.blocks import ItemList
from explorer.ui.widgets.rich_text import RichTextView


class ItemListPanel(QWidget):
    """The list as rich text, with a button under it when some items wait to be shown.

    `toggled` is emitted when the student presses the button (True: the whole list
    is shown).
    """

    toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block: ItemList | None = None
        self.expanded = False
        #: The lists the student opened (by content), to open them again when shown again.
        self._opened: set[ItemList] = set()
        self.view = RichTextView()
        self.button = QPushButton()
        self.button.setAutoDefault(False)  # Enter in the window is not a click here
        self.button.clicked.connect(self.toggle)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.view)
        column.addLayout(row)

    def set_list(self, block: ItemList) -> None:
        """Show block short, or whole where the student opened this same list before."""
        self.block = block
        self.view.setAccessibleName(block.heading)
        self.expanded = block.collapsible and block in self._opened
        self._show()

    def toggle(self) -> None:
        """Show the whole list, or only its first items again."""
        if self.block is None or not self.block.collapsible:
            return
        self.expanded = not self.expanded
        if self.expanded:
            self._opened.add(self.block)
        else:
            self._opened.discard(self.block)
        self._show()
        if not self.expanded:
            self._keep_button_in_view()
        self.toggled.emit(self.expanded)

    def text(self) -> str:
        """The rich text shown now."""
        return self.view.text()

    def _keep_button_in_view(self) -> None:
        """A list shown short again may leave its button above the view: scroll back to
        it. (A list opened stays where it is, so the new items show under the first.)"""
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is None:
            return
        body = area.widget()
        if body is None:
            return
        # Where the button will be: the page lays the shrunk panel out only later, but the
        # panel's top stays where it is and the list is already its new height.
        below = self.mapTo(body, QPoint(0, 0)).y() + self.view.height() + self.button.height()
        area.ensureVisible(0, below, 0, area.viewport().height() // 3)

    def _show(self) -> None:
        block = self.block
        if block is None:
            return
        self.view.setText(block.html(self.expanded))
        self.view.setAccessibleName(block.heading)
        self.button.setVisible(block.collapsible)
        words = f"Show fewer {block.noun}" if self.expanded else block.show_all_text
        self.button.setText(words)
        self.button.setAccessibleName(words)
        self.button.setAccessibleDescription(block.heading)
