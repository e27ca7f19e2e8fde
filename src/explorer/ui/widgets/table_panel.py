"""A titled view that can show the same numbers as a table: the chart and map panels' base.

Every chart (and the State Data map) has a source line under it and a button,
Ctrl+T, that swaps it for a table of the same numbers, for screen-reader users
and for copying; this is that shared frame.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from explorer.ui.widgets.flow_layout import FlowLayout


class TablePanel(QWidget):
    """A titled view with its source line under it and a button (Ctrl+T) that shows the
    same numbers as a table; subclasses place their view and implement show_table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.toggle = QToolButton()
        self.toggle.setText("Show as table")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.show_table)
        self.source = QLabel()
        self.source.setWordWrap(True)
        # The button beside the title, or under it where both do not fit (a large font).
        header = FlowLayout(spacing=6, stretch=0)
        header.addWidget(self.title)
        header.addWidget(self.toggle)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(0, 4, 0, 8)
        self.body.addLayout(header)
        shortcut = QShortcut(QKeySequence("Ctrl+T"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle.toggle)

    def show_table(self, as_table: bool) -> None:
        """Show the table (True) or the view (False)."""
        raise NotImplementedError
